//! The claims panel's list: the figures the articles compare, each with
//! the mention of every article, then what only one outlet reports,
//! outlet by outlet. Built once per comparison from the engine's claims
//! and facts; the panel only selects in it and the view only draws it.

use unicode_width::UnicodeWidthStr;

use super::cursor::ListCursor;
use crate::compare::{Comparison, Verdict};

/// The claims panel: its lines, built once per comparison, the selected
/// one, and the width of its figures' column.
pub struct ClaimsPanel {
    pub entries: Vec<Entry>,
    pub cursor: ListCursor,
    /// The widest figure, so the figures line up in a column.
    pub figure_width: usize,
}

impl ClaimsPanel {
    pub fn new(comparison: &Comparison) -> ClaimsPanel {
        let entries = entries(comparison);
        ClaimsPanel {
            figure_width: figure_width(comparison, &entries),
            entries,
            cursor: ListCursor::default(),
        }
    }

    /// The lines that point at a place in an article, which are the ones
    /// that can be selected.
    pub fn items(&self, comparison: &Comparison) -> Vec<usize> {
        (0..self.entries.len())
            .filter(|&i| self.entries[i].target(comparison).is_some())
            .collect()
    }

    /// The selected line.
    pub fn selected(&self) -> Entry {
        self.entries[self.cursor.selected()]
    }
}

/// One line of the panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// A section heading: figures, or facts one outlet alone has.
    Section(Section),
    /// A quantity and its verdict: index into the comparison's claims.
    Claim(usize),
    /// A claim's mention: claim index, mention index.
    Mention(usize, usize),
    /// The outlet whose own facts follow: an article index.
    Outlet(usize),
    /// Index into the comparison's unique facts.
    Fact(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Figures,
    OwnFacts,
}

impl Entry {
    /// The article and paragraph `Enter` jumps to, for the lines that
    /// point at a place in an article.
    pub fn target(self, comparison: &Comparison) -> Option<(usize, usize)> {
        match self {
            Entry::Mention(c, m) => {
                let mention = &comparison.claims[c].mentions[m];
                Some((mention.article, mention.paragraph))
            }
            Entry::Fact(f) => {
                let fact = &comparison.unique[f];
                Some((fact.article, fact.paragraph))
            }
            _ => None,
        }
    }
}

/// The panel's lines. Figures only one article gives are left to the
/// facts section, where they are listed by outlet with its other facts.
fn entries(comparison: &Comparison) -> Vec<Entry> {
    let mut entries = vec![Entry::Section(Section::Figures)];
    for (c, claim) in comparison.claims.iter().enumerate() {
        if claim.verdict == Verdict::Unique {
            continue;
        }
        entries.push(Entry::Claim(c));
        entries.extend((0..claim.mentions.len()).map(|m| Entry::Mention(c, m)));
    }
    if !comparison.unique.is_empty() {
        entries.push(Entry::Section(Section::OwnFacts));
    }
    let mut outlet = None;
    for (f, fact) in comparison.unique.iter().enumerate() {
        if outlet != Some(fact.article) {
            outlet = Some(fact.article);
            entries.push(Entry::Outlet(fact.article));
        }
        entries.push(Entry::Fact(f));
    }
    entries
}

/// The widest figure among the panel's mentions, so the figures line up
/// in a column (measured once, not per frame).
fn figure_width(comparison: &Comparison, entries: &[Entry]) -> usize {
    entries
        .iter()
        .filter_map(|&entry| match entry {
            Entry::Mention(c, m) => Some(comparison.claims[c].mentions[m].figure().width()),
            _ => None,
        })
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::compare;
    use crate::corpus::bundled;

    #[test]
    fn the_conflicting_tolls_come_first_with_every_outlet() {
        let comparison = compare(&bundled().articles);
        let entries = entries(&comparison);
        let Entry::Claim(c) = entries[1] else {
            panic!("{entries:?}")
        };
        let claim = &comparison.claims[c];
        assert_eq!(
            (claim.quantity.as_str(), claim.verdict),
            ("deaths", Verdict::Conflict)
        );
        let mentions = entries
            .iter()
            .filter(|e| matches!(e, Entry::Mention(m, _) if *m == c))
            .count();
        assert_eq!(mentions, claim.mentions.len());
        let targets = entries
            .iter()
            .filter(|e| e.target(&comparison).is_some())
            .count();
        let facts = comparison.unique.len();
        let mentions: usize = comparison
            .claims
            .iter()
            .filter(|c| c.verdict != Verdict::Unique)
            .map(|c| c.mentions.len())
            .sum();
        assert_eq!(targets, facts + mentions);
    }
}
