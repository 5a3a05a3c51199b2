//! A comparison narrowed to some of its articles: what the reader's panes
//! show, for an export of just those. Nothing is aligned again: the rows,
//! figures and facts are the whole comparison's, kept where they touch
//! the articles kept; only each quantity's verdict is judged again, since
//! "about 60" against "137" is no conflict once one of them is left out.

use super::claims;
use super::{Comparison, Story};

impl Comparison {
    /// The comparison of articles `keep` alone (indices into
    /// [`Comparison::articles`]), in that order: the first is the one the
    /// others are read against. Rows none of them has are left out; a row
    /// only one of them has is that article's alone. A fact one article
    /// alone reports stays its own; a figure others gave is judged among
    /// the articles kept.
    pub fn subset(&self, keep: &[usize]) -> Comparison {
        let new_index = |a: usize| keep.iter().position(|&k| k == a);
        let articles: Vec<_> = keep.iter().map(|&a| self.articles[a].clone()).collect();
        let rows = self
            .rows
            .iter()
            .map(|row| row.select(keep))
            .filter(|row| row.cells.count_filled() > 0)
            .collect();
        let groups = self.claims.iter().filter_map(|claim| {
            let mentions: Vec<_> = claim
                .mentions
                .iter()
                .filter_map(|m| {
                    let article = new_index(m.article)?;
                    Some(claims::Mention {
                        article,
                        ..m.clone()
                    })
                })
                .collect();
            (!mentions.is_empty()).then(|| (claim.quantity.clone(), mentions))
        });
        let claims = claims::judge_all(&articles, groups);
        let unique = self
            .unique
            .iter()
            .filter_map(|fact| {
                let article = new_index(fact.article)?;
                Some(super::Fact {
                    article,
                    ..fact.clone()
                })
            })
            .collect();
        let names = self
            .names
            .iter()
            .filter_map(|name| {
                let places: Vec<_> = name
                    .places
                    .iter()
                    .filter_map(|place| {
                        let article = new_index(place.article)?;
                        Some(super::names::Place {
                            article,
                            ..place.clone()
                        })
                    })
                    .collect();
                (!places.is_empty()).then(|| super::Name {
                    places,
                    ..name.clone()
                })
            })
            .collect();
        let story = self.stories.get(self.story_of(keep[0]));
        Comparison {
            stories: vec![Story {
                articles: (0..keep.len()).collect(),
                title: story.map_or_else(|| articles[0].title.clone(), |s| s.title.clone()),
            }],
            articles,
            rows,
            claims,
            names,
            unique,
            cuts: self.cuts.clone(),
            budget: self.budget,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::compare::{Verdict, compare};
    use crate::corpus::bundled;

    #[test]
    fn two_articles_kept_are_compared_alone_in_the_order_given() {
        let all = compare(&bundled().articles);
        // 003 says 137 deaths, 001 "more than 130": no conflict between them.
        let two = all.subset(&[3, 1]);
        let ids: Vec<&str> = two.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["003_12b1194fc15ca6a7", "001_5d229ea3870d1d12"]);
        assert!(two.rows.iter().all(|r| r.cells.len() == 2));
        assert!(
            two.rows
                .iter()
                .all(|r| r.cells.iter().any(|c| !c.is_empty()))
        );
        let deaths = two.claims.iter().find(|c| c.quantity == "deaths").unwrap();
        assert_eq!(deaths.verdict, Verdict::Compatible);
        assert!(deaths.mentions.iter().all(|m| m.article < 2));
        assert!(two.unique.iter().all(|f| f.article < 2));
        let full = all.claims.iter().find(|c| c.quantity == "deaths").unwrap();
        assert_eq!(full.verdict, Verdict::Conflict);
    }
}
