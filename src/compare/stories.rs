//! Grouping a large corpus into stories: the sets of articles that report
//! one event, across outlets and across dated versions of one article.
//!
//! ```text
//! dam-bursts.md  dam-questions.md  recount-day1.md  dam-rescue.md  recount-day2.md
//!     ─▶ story 1: dam-bursts, dam-rescue, dam-questions
//!        story 2: recount-day1, recount-day2
//! ```
//!
//! Two reports of one event share rare words ("spillway", "recount") and,
//! more tellingly, the proper names of the event ("Ostler Dam", "Dunmere"),
//! which an unrelated report almost never uses. So each pair of articles is
//! scored by the cosine of their whole-article TF-IDF vectors and the cosine
//! of their TF-IDF vectors over the names they use (from [`super::names`],
//! so "Gabriel Attal" and "Attal" count as one name), averaged. Dates are
//! left out: a story can run for weeks, and two events can share a day.
//!
//! Articles are then clustered by average link: two groups join while the
//! mean score over *all* pairs across them, absent pairs counting as 0, is
//! at least [`JOIN`]. Single link would chain stories through one loose
//! pair (an explainer that mentions two disasters); average link needs most
//! of both groups to agree.
//!
//! Only pairs that share one of their heaviest terms or names
//! ([`Index::keyword_pairs`]) are scored, at most
//! [`Budget::story_partners`] found from each article by its words and as
//! many by its names, so the cost follows
//! the size of the corpus, not its square, even where thousands of
//! articles share their words; the clustering keeps one map of summed
//! scores per group and a heap of candidate joins, so it never scans a
//! dense matrix.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BinaryHeap};

use foldhash::{HashMap, HashMapExt};

use super::Budget;
use super::names::Name;
use super::similarity::{Bag, BagCounter, Index};
use super::text::{self, Terms};
use crate::corpus::{Article, ParagraphKind};

/// One event's articles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Story {
    /// Indices into the articles given, oldest first (undated last), then
    /// by id.
    pub articles: Vec<usize>,
    /// The title of the article most like the rest of the story: the one
    /// that best says what the story is about.
    pub title: String,
}

impl Story {
    /// The story's articles in the order given, so the first one given
    /// sets the story's reading order.
    pub fn members(&self) -> Vec<usize> {
        let mut members = self.articles.clone();
        members.sort_unstable();
        members
    }
}

/// The mean pair score two groups need to join into one story.
///
/// On the eleven invented events, two reports of one event score 0.12 to
/// 0.6 (median 0.33) and reports of different events a median of 0.02.
/// Real reporting is looser: follow-ups weeks later and pages that are
/// half furniture score lower. On the seven real incidents of
/// `../shared/real/clusters` (53 articles, two of them shootings in one
/// city a year apart), scored as part of `POPULATION`: 0.05 joins the
/// two shootings (pooled precision 0.81); 0.06 keeps every pair right
/// pooled but leaves one article of an incident read alone apart; 0.07
/// keeps every incident read alone whole and the pooled ones apart (F1
/// 1.000 and 0.980); 0.08 to 0.1 split one incident read alone in two
/// (`cargo bench -p newsdiff-eval --bench quality -- stories`).
pub const JOIN: f32 = 0.07;

/// The mean score an article left alone needs to join a story. On the
/// seven real incidents pooled, 0.03 to 0.05 keep every pair right and
/// make 8 stories (F1 0.980); 0.06 leaves one more article alone (9).
/// Read alone, one incident splits at 0.05 and none at 0.04.
const ADOPT: f32 = 0.04;

/// How many articles a folder's term weights count it as, at least: see
/// [`Index::among`]. A user comparing one event's reports has a folder of
/// five to ten. On the seven real incidents each read alone, weighing
/// terms over the folder itself split two of them, into 2 and 3 stories
/// (pair F1 0.924); counting it as 20 to 60 articles kept all but one
/// article with its incident (0.980), and with [`JOIN`] at 0.07, 30 and
/// 40 keep every incident whole; 75 and more join the two shootings in
/// one city when the seven are pooled. A folder of more articles than
/// this is weighed as before.
const POPULATION: u32 = 40;

/// How many of an article's heaviest terms (and, apart, names) are looked
/// up to find the articles worth scoring against it. Two reports of one
/// event share some of their most distinctive words and names; a pair
/// that shares none is left unscored, as 0, which only an average over
/// the rest of both stories can outweigh.
const KEYWORDS: usize = 20;

/// How many words of an article's text, from its start, say what story it
/// tells: news puts the event first, and a live blog's later entries
/// drift to whatever came up that hour. Reading a 26,000-word revision
/// whole cost more than aligning it. On the real incidents the first
/// 1,000 words group exactly as whole articles do and 500 split more
/// (pooled F1 0.980 to 0.944); 2,000 leaves room for longer ledes.
const OPENING_WORDS: usize = 2000;

/// Groups `articles` into stories: larger stories first, then by their
/// first date. Every article is in exactly one story.
pub fn stories(articles: &[Article]) -> Vec<Story> {
    Budget::default().stories(articles).0
}

/// [`stories`], with the articles' names already found, as a comparison
/// has them, each article looking for at most `partners` others by its
/// words and as many by its names (see [`Budget::story_partners`]); with
/// what that bound left out, if anything, in words for the user.
pub fn group(
    articles: &[Article],
    names: &[Name],
    partners: usize,
) -> (Vec<Story>, Option<String>) {
    let (neighbours, stopped) = neighbours(articles, names, partners);
    let cut = stopped.then(|| {
        format!(
            "stories: so many articles share their keywords that each looked for at most {partners} to be scored against by its words and {partners} by its names (story_partners); a story of more than a few hundred articles may be split"
        )
    });
    let groups = average_link(&neighbours);
    let mut story_of = vec![0; articles.len()];
    for (k, group) in groups.iter().enumerate() {
        for &a in group {
            story_of[a] = k;
        }
    }
    let mut stories: Vec<Story> = groups
        .into_iter()
        .enumerate()
        .map(|(k, mut members)| {
            members.sort_by(|&a, &b| oldest_first(&articles[a], &articles[b]).then(a.cmp(&b)));
            let story_of = &story_of;
            let mates = |a: usize| {
                neighbours[a]
                    .iter()
                    .filter(move |&&(b, _)| story_of[b as usize] == k)
            };
            let title = articles[representative(&members, mates)].title.clone();
            Story {
                articles: members,
                title,
            }
        })
        .collect();
    stories.sort_by(|x, y| {
        y.articles.len().cmp(&x.articles.len()).then_with(|| {
            oldest_first(&articles[x.articles[0]], &articles[y.articles[0]])
                .then(x.articles[0].cmp(&y.articles[0]))
        })
    });
    (stories, cut)
}

/// Dated articles by date, undated ones after them; then by id.
fn oldest_first(a: &Article, b: &Article) -> Ordering {
    (a.date.is_none(), a.date, &a.id).cmp(&(b.date.is_none(), b.date, &b.id))
}

/// Each article's scored partners with their scores, ascending: how alike
/// each pair of articles that share enough is, the mean of the cosines of
/// their text and of the names they use. Only pairs that share one of
/// their heaviest terms or names are scored, at most `most` found from
/// each article; the others count as 0. With whether any article's
/// search stopped at `most`.
fn neighbours(articles: &[Article], names: &[Name], most: usize) -> (Vec<Vec<Partner>>, bool) {
    let terms = Terms::default();
    // Each article's bag is made as the index takes it, never all at once.
    let texts = Index::among(
        articles.iter().map(|article| {
            let mut words = 0;
            let body = article
                .paragraphs
                .iter()
                .filter(|p| p.kind != ParagraphKind::Boilerplate)
                .take_while(|p| {
                    let before = words;
                    words += text::words(&p.text).count();
                    before < OPENING_WORDS
                })
                .map(|p| p.text.as_str());
            terms.bag(std::iter::once(article.title.as_str()).chain(body))
        }),
        POPULATION,
    );
    let named = Index::among(name_bags(articles.len(), names), POPULATION);
    let (mut pairs, mut stopped) = (Vec::new(), false);
    for index in [&texts, &named] {
        let (found, short) = index.keyword_pairs(KEYWORDS, most);
        pairs.extend(found);
        stopped |= short;
    }
    pairs.sort_unstable();
    pairs.dedup();
    let (text, name) = (texts.pair_cosines(&pairs), named.pair_cosines(&pairs));
    let scores: Vec<f32> = text.iter().zip(&name).map(|(t, n)| (t + n) / 2.0).collect();
    (partners(articles.len(), &pairs, &scores), stopped)
}

/// Each of `n` articles' names, as the ids of [`Name`]s in a bag.
///
/// A bare surname that several full names end with ("Johnson": the gunman
/// in one report, a survivor in another) stands for the full name its own
/// article uses, so it never ties two events together.
fn name_bags(n: usize, names: &[Name]) -> Vec<Bag> {
    let mut full: HashMap<(usize, String), usize> = HashMap::new();
    for (id, name) in names.iter().enumerate() {
        if let Some((_, last)) = name.name.rsplit_once(' ') {
            for place in &name.places {
                full.entry((place.article, last.to_lowercase()))
                    .or_insert(id);
            }
        }
    }
    let mut named: Vec<Vec<u32>> = vec![Vec::new(); n];
    for (id, name) in names.iter().enumerate() {
        let bare = !name.name.contains(' ');
        for place in &name.places {
            let id = bare
                .then(|| full.get(&(place.article, name.name.to_lowercase())))
                .flatten()
                .copied()
                .unwrap_or(id);
            named[place.article].push(u32::try_from(id).expect("fewer than 2^32 names"));
        }
    }
    let mut counter = BagCounter::default();
    named
        .into_iter()
        .map(|ids| {
            ids.into_iter().for_each(|id| counter.add(id));
            counter.take()
        })
        .collect()
}

/// An article's scored partner and their pair's score. Articles are
/// numbered in `u32`: 3,000 articles make two million pairs, each kept
/// twice.
type Partner = (u32, f32);

/// Each of `n` articles' partners in `pairs` (each scored as in `scores`),
/// ascending; every list is made to its exact length.
fn partners(n: usize, pairs: &[(u32, u32)], scores: &[f32]) -> Vec<Vec<Partner>> {
    let mut degree = vec![0usize; n];
    for &(a, b) in pairs {
        degree[a as usize] += 1;
        degree[b as usize] += 1;
    }
    let mut partners: Vec<Vec<Partner>> = degree.into_iter().map(Vec::with_capacity).collect();
    for (&(a, b), &score) in pairs.iter().zip(scores) {
        partners[a as usize].push((b, score));
        partners[b as usize].push((a, score));
    }
    for list in &mut partners {
        list.sort_unstable_by_key(|&(b, _)| b);
    }
    partners
}

/// The best join of the group in slot `owner` with the group in slot
/// `partner`, and the versions of both slots it was computed from, so a
/// join made stale by an earlier one is weighed again.
#[derive(PartialEq)]
struct Join {
    mean: f32,
    owner: usize,
    partner: usize,
    /// The owner's and the partner's names: what a tie is settled by.
    names: (usize, usize),
    versions: (u32, u32),
}

impl Join {
    /// The lower name, the higher, and the owner's, as ties are settled.
    fn tie_key(&self) -> (usize, usize, usize) {
        let (owner, partner) = self.names;
        (owner.min(partner), owner.max(partner), owner)
    }
}

impl Eq for Join {}

impl Ord for Join {
    /// The best mean first; on a tie, the lowest groups, so the result
    /// never depends on the heap's order.
    fn cmp(&self, other: &Self) -> Ordering {
        self.mean
            .total_cmp(&other.mean)
            .then_with(|| other.tie_key().cmp(&self.tie_key()))
    }
}

impl PartialOrd for Join {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Groups under average-link clustering. A group is named by its lowest
/// item (a join keeps the lower name), and ties are settled by names;
/// its data lives in a slot.
///
/// A slot's links are its members' scored pairs, each to an item, and an
/// item's group is looked up when the links are read: a join appends the
/// smaller side's links and members to the larger's and touches no other
/// group. Keeping each group's summed score to every other up to date
/// made each join update the maps of all the smaller side's neighbours,
/// which over 30,000 pooled articles cost more than finding the pairs.
struct Groups {
    members: Vec<Vec<usize>>,
    names: Vec<usize>,
    /// Per slot, its scored pairs, by an item of the other side.
    links: Vec<Vec<Partner>>,
    /// Each item's slot.
    slot_of: Vec<u32>,
    versions: Vec<u32>,
    /// Scratch for [`Groups::best`]: the summed score to each slot
    /// gathered so far, and the slots gathered.
    sums: Vec<Option<f32>>,
    touched: Vec<u32>,
}

impl Groups {
    fn new(neighbours: &[Vec<Partner>]) -> Groups {
        let n = neighbours.len();
        Groups {
            members: (0..n).map(|i| vec![i]).collect(),
            names: (0..n).collect(),
            links: neighbours.to_vec(),
            slot_of: (0..n)
                .map(|i| u32::try_from(i).expect("fewer than 2^32 articles"))
                .collect(),
            versions: vec![0; n],
            sums: vec![None; n],
            touched: Vec::new(),
        }
    }

    /// Slot `x`'s best join, if any reaches [`JOIN`]. Its links are
    /// gathered into one sum a group first, and kept so: one link a group,
    /// to the group's name, until the next join appends more.
    fn best(&mut self, x: usize) -> Option<Join> {
        let links = std::mem::take(&mut self.links[x]);
        for &(item, score) in &links {
            let slot = self.slot_of[item as usize];
            if slot as usize == x {
                continue;
            }
            match &mut self.sums[slot as usize] {
                Some(sum) => *sum += score,
                empty => {
                    *empty = Some(score);
                    self.touched.push(slot);
                }
            }
        }
        let mut gathered = Vec::with_capacity(self.touched.len());
        let mut best: Option<(f32, usize)> = None;
        for slot in self.touched.drain(..) {
            let c = slot as usize;
            let sum = self.sums[c].take().expect("a touched slot has a sum");
            gathered.push((self.names[c] as u32, sum));
            let mean = sum / (self.members[x].len() * self.members[c].len()) as f32;
            let better = best.is_none_or(|(m, b)| {
                mean.total_cmp(&m)
                    .then(self.names[b].cmp(&self.names[c]))
                    .is_gt()
            });
            if mean >= JOIN && better {
                best = Some((mean, c));
            }
        }
        self.links[x] = gathered;
        best.map(|(mean, c)| Join {
            mean,
            owner: x,
            partner: c,
            names: (self.names[x], self.names[c]),
            versions: (self.versions[x], self.versions[c]),
        })
    }

    /// Whether `join` was weighed on the groups as they are now.
    fn is_current(&self, join: &Join) -> bool {
        let (x, c) = (join.owner, join.partner);
        !self.members[x].is_empty()
            && !self.members[c].is_empty()
            && join.versions == (self.versions[x], self.versions[c])
    }

    /// Joins slots `x` and `c`; returns the slot kept, the larger, so
    /// each join moves the fewer members and links.
    fn join(&mut self, x: usize, c: usize) -> usize {
        let size = |s: usize| self.members[s].len() + self.links[s].len();
        let (keep, gone) = if size(x) >= size(c) { (x, c) } else { (c, x) };
        let moved = std::mem::take(&mut self.members[gone]);
        let kept = u32::try_from(keep).expect("fewer than 2^32 articles");
        for &item in &moved {
            self.slot_of[item] = kept;
        }
        self.members[keep].extend(moved);
        self.names[keep] = self.names[keep].min(self.names[gone]);
        self.versions[keep] += 1;
        let links = std::mem::take(&mut self.links[gone]);
        self.links[keep].extend(links);
        keep
    }
}

/// Average-link clustering over sparse pair scores, given by item (one
/// list of scored partners an item): the groups, each in ascending order,
/// in order of their first item.
fn average_link(neighbours: &[Vec<Partner>]) -> Vec<Vec<usize>> {
    let n = neighbours.len();
    let mut groups = Groups::new(neighbours);
    // Each group's best join only: a merge never raises a mean (the mean
    // to a merged group lies between the means to its parts), so a
    // group's best stays its best until that partner or the group itself
    // changes, and then the stale entry, once popped, is weighed again.
    // One entry a group, where one a pair would fill the heap with the
    // square of a large story.
    let mut heap: BinaryHeap<Join> = (0..n).filter_map(|x| groups.best(x)).collect();
    while let Some(join) = heap.pop() {
        if groups.members[join.owner].is_empty() {
            continue;
        }
        if !groups.is_current(&join) {
            heap.extend(groups.best(join.owner));
            continue;
        }
        let kept = groups.join(join.owner, join.partner);
        heap.extend(groups.best(kept));
    }
    finish(groups.members, neighbours)
}

/// The groups the joins left, strays adopted, each in ascending order,
/// in order of their first item.
fn finish(members: Vec<Vec<usize>>, neighbours: &[Vec<Partner>]) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = members.into_iter().filter(|m| !m.is_empty()).collect();
    // In order of their first item, whatever slots they were joined in:
    // a stray as like two stories goes to the first.
    let in_order = |groups: &mut Vec<Vec<usize>>| {
        for group in groups.iter_mut() {
            group.sort_unstable();
        }
        groups.sort_by_key(|g| g[0]);
    };
    in_order(&mut groups);
    adopt_strays(&mut groups, neighbours);
    in_order(&mut groups);
    groups
}

/// Moves each article left alone into the story it is most like, when
/// its mean score to that story's articles reaches [`ADOPT`]: a real
/// report that is half page furniture, or a follow-up from another angle,
/// is seldom a story of its own when a folder holds its event.
fn adopt_strays(groups: &mut Vec<Vec<usize>>, neighbours: &[Vec<Partner>]) {
    let mut group_of = vec![0; neighbours.len()];
    for (k, group) in groups.iter().enumerate() {
        for &a in group {
            group_of[a] = k;
        }
    }
    let strays: Vec<usize> = groups
        .iter()
        .filter(|g| g.len() == 1)
        .map(|g| g[0])
        .collect();
    let mut homes: Vec<(usize, usize)> = Vec::new();
    for &stray in &strays {
        // Summed scores to each story of several, from the stray's pairs.
        let mut sums: BTreeMap<usize, f32> = BTreeMap::new();
        for &(b, score) in &neighbours[stray] {
            let k = group_of[b as usize];
            if groups[k].len() > 1 {
                *sums.entry(k).or_default() += score;
            }
        }
        let best = sums
            .into_iter()
            .map(|(k, sum)| (k, sum / groups[k].len() as f32))
            .max_by(|x, y| x.1.total_cmp(&y.1).then(y.0.cmp(&x.0)));
        if let Some((home, _)) = best.filter(|&(_, mean)| mean >= ADOPT) {
            homes.push((stray, home));
        }
    }
    for &(stray, home) in &homes {
        groups[home].push(stray);
    }
    groups.retain(|g| !(g.len() == 1 && homes.iter().any(|&(s, _)| s == g[0])));
}

/// The member with the highest summed score to the others (`mates` gives
/// an article's scored pairs within the story): the medoid, the article
/// most like the story as a whole. `members` is in story order, so a tie
/// goes to the oldest.
fn representative<'a, I>(members: &[usize], mates: impl Fn(usize) -> I) -> usize
where
    I: Iterator<Item = &'a Partner>,
{
    let total = |a: usize| -> f32 { mates(a).map(|&(_, score)| score).sum() };
    let mut best = members[0];
    let mut best_total = total(best);
    for &a in &members[1..] {
        let t = total(a);
        if t > best_total {
            (best, best_total) = (a, t);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::names;
    use crate::corpus::{Date, Syntax, bundled, parse};
    use proptest::prelude::*;

    /// Scores of pairs, keyed (smaller, larger).
    type Scores = std::collections::BTreeMap<(u32, u32), f32>;

    /// The partners of `n` articles with `scores`.
    fn scored(n: usize, scores: &Scores) -> Vec<Vec<Partner>> {
        let pairs: Vec<(u32, u32)> = scores.keys().copied().collect();
        let values: Vec<f32> = scores.values().copied().collect();
        partners(n, &pairs, &values)
    }

    fn article(id: &str, date: Option<&str>, text: &str) -> Article {
        let mut article = Article::new(id.into(), format!("{id}.txt"), parse(text, Syntax::Plain));
        article.date = date.and_then(Date::parse);
        article
    }

    fn members(stories: &[Story], articles: &[Article]) -> Vec<Vec<String>> {
        stories
            .iter()
            .map(|s| s.articles.iter().map(|&a| articles[a].id.clone()).collect())
            .collect()
    }

    const DAM: [&str; 3] = [
        "The Ostler Dam burst before dawn on Tuesday, flooding Dunmere. Police in Kellmoor confirmed ten deaths as rescuers searched the Varne valley.\n\nResidents of Dunmere were taken to a school hall in Kellmoor.",
        "Eleven people died when the Ostler Dam failed, sending a wall of water through Dunmere and Holloway Cross. The Varne Water Board had been warned about the spillway.\n\nKellmoor police said more bodies could be found.",
        "Engineers asked why the Ostler Dam spillway was blocked. The Varne Water Board said Dunmere had been evacuated within an hour.\n\nThe death toll in Kellmoor rose to eleven.",
    ];
    const RECOUNT: [&str; 2] = [
        "A recount of the Port Ardell mayoral vote began on Monday after Celia Marsh led by 41 ballots. Election officers in Port Ardell sealed the ballot boxes.\n\nMarsh said she trusted the count.",
        "Celia Marsh kept her lead as the Port Ardell recount ended, with the margin cut to 29 ballots. Her rival conceded in the town hall.\n\nTurnout in Port Ardell was the highest in a decade.",
    ];

    #[test]
    fn one_event_is_one_story() {
        let articles = bundled().articles;
        let found = stories(&articles);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].articles.len(), 5);
    }

    #[test]
    fn two_unrelated_events_are_two_stories_each_whole() {
        let articles: Vec<Article> = [
            ("dam-a", DAM[0]),
            ("recount-a", RECOUNT[0]),
            ("dam-b", DAM[1]),
            ("recount-b", RECOUNT[1]),
            ("dam-c", DAM[2]),
        ]
        .iter()
        .map(|(id, text)| article(id, None, text))
        .collect();
        let found = stories(&articles);
        assert_eq!(
            members(&found, &articles),
            [
                vec!["dam-a", "dam-b", "dam-c"],
                vec!["recount-a", "recount-b"]
            ]
        );
    }

    #[test]
    fn an_outlets_dated_versions_are_one_story_oldest_first() {
        let articles = vec![
            article("recount-later", Some("2025-05-03"), RECOUNT[1]),
            article("dam", Some("2025-03-18"), DAM[0]),
            article("recount-first", Some("2025-05-02"), RECOUNT[0]),
        ];
        let found = stories(&articles);
        assert_eq!(
            members(&found, &articles),
            [vec!["recount-first", "recount-later"], vec!["dam"]]
        );
    }

    #[test]
    fn the_title_is_the_articles_most_like_the_rest() {
        let articles: Vec<Article> = DAM
            .iter()
            .enumerate()
            .map(|(i, text)| article(&format!("dam-{i}"), None, text))
            .collect();
        let found = stories(&articles);
        let titles: Vec<&str> = articles.iter().map(|a| a.title.as_str()).collect();
        assert!(titles.contains(&found[0].title.as_str()));
    }

    #[test]
    fn no_articles_no_stories_and_one_article_one_story() {
        assert_eq!(stories(&[]), []);
        let one = [article("dam", None, DAM[0])];
        assert_eq!(
            stories(&one),
            [Story {
                articles: vec![0],
                title: one[0].title.clone()
            }]
        );
    }

    #[test]
    fn a_surname_two_people_share_ties_no_two_reports_together() {
        let articles = [
            article(
                "gunman",
                None,
                "Micah Johnson opened fire downtown. Police said Johnson acted alone.",
            ),
            article(
                "survivor",
                None,
                "Fred Johnson survived the nightclub attack. Johnson said he was blessed.",
            ),
        ];
        let names = names::find(&articles);
        let bags = name_bags(articles.len(), &names);
        let ids = |bag: &Bag| {
            bag.iter()
                .map(|&(id, _)| id)
                .collect::<std::collections::BTreeSet<_>>()
        };
        assert!(
            !names
                .iter()
                .any(|n| n.name.contains(' ') && n.articles().len() > 1)
        );
        assert_eq!(
            ids(&bags[0]).intersection(&ids(&bags[1])).count(),
            0,
            "{names:?}"
        );
        // Each bare "Johnson" counts as its own article's full name.
        assert_eq!(bags[0].iter().map(|(_, c)| c).sum::<u32>(), 2);
    }

    #[test]
    fn a_loose_link_does_not_chain_two_stories() {
        // Two tight groups and one pair across them scoring well above
        // JOIN (an article that mentions the other event): single link
        // would chain them; average link weighs that pair against the
        // five that share nothing.
        let mut scores = Scores::new();
        for pair in [(0, 1), (0, 2), (1, 2), (3, 4)] {
            scores.insert(pair, 0.5);
        }
        scores.insert((2, 3), 3.0 * JOIN);
        assert_eq!(
            average_link(&scored(5, &scores)),
            [vec![0, 1, 2], vec![3, 4]]
        );
    }

    #[test]
    fn an_article_left_alone_joins_the_story_it_is_most_like() {
        // Articles 0-2 are one story and 3-4 another; 5 scores below JOIN
        // with the first story but above ADOPT; 6 is like nothing.
        let mut scores = Scores::new();
        for pair in [(0, 1), (0, 2), (1, 2), (3, 4)] {
            scores.insert(pair, 0.5);
        }
        for pair in [(0, 5), (1, 5), (2, 5)] {
            scores.insert(pair, (ADOPT + JOIN) / 2.0);
        }
        scores.insert((3, 5), ADOPT / 4.0);
        scores.insert((4, 6), ADOPT / 2.0);
        assert_eq!(
            average_link(&scored(7, &scores)),
            [vec![0, 1, 2, 5], vec![3, 4], vec![6]]
        );
    }

    #[test]
    fn a_bound_on_partners_is_said_and_versions_of_one_story_stay_together() {
        let articles: Vec<Article> = (0..12)
            .map(|i| {
                let text = format!(
                    "The Ostler Dam spillway failed at dawn, said Mayor Ada Crane. Update {i}: crews reached Dunmere."
                );
                article(&format!("v{i:02}"), None, &text)
            })
            .collect();
        let names = names::find(&articles);
        let (whole, cut) = group(&articles, &names, 64);
        assert_eq!((whole.len(), cut), (1, None));
        let (bounded, cut) = group(&articles, &names, 3);
        assert!(cut.is_some_and(|cut| cut.contains("story_partners")));
        assert_eq!(bounded, whole);
    }

    /// Average link the plain way: every pair of groups weighed again
    /// after each join, the best mean joined (the lowest groups on a tie,
    /// the joined group keeping the lower number).
    fn average_link_by_brute_force(n: usize, scores: &Scores) -> Vec<Vec<usize>> {
        let score = |a: usize, b: usize| {
            scores
                .get(&(a.min(b) as u32, a.max(b) as u32))
                .copied()
                .unwrap_or(0.0)
        };
        let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
        loop {
            let mut best: Option<(f32, usize, usize)> = None;
            for a in 0..n {
                for b in a + 1..n {
                    if members[a].is_empty() || members[b].is_empty() {
                        continue;
                    }
                    let sum: f32 = members[a]
                        .iter()
                        .flat_map(|&x| members[b].iter().map(move |&y| (x, y)))
                        .map(|(x, y)| score(x, y))
                        .sum();
                    let mean = sum / (members[a].len() * members[b].len()) as f32;
                    if mean >= JOIN && best.is_none_or(|(m, _, _)| mean > m) {
                        best = Some((mean, a, b));
                    }
                }
            }
            let Some((_, a, b)) = best else { break };
            let moved = std::mem::take(&mut members[b]);
            members[a].extend(moved);
        }
        finish(members, &scored(n, scores))
    }

    proptest! {
        /// Scores in eighths add up exactly, so the two ways meet the same
        /// ties and must agree to the last article.
        #[test]
        fn one_heap_entry_a_group_joins_as_weighing_every_pair_does(
            n in 2usize..14,
            pairs in prop::collection::vec((0usize..14, 0usize..14, 0u8..9), 0..60)
        ) {
            let mut scores = Scores::new();
            for (a, b, eighths) in pairs {
                let (a, b) = (a % n, b % n);
                if a != b {
                    scores.insert((a.min(b) as u32, a.max(b) as u32), f32::from(eighths) / 8.0);
                }
            }
            prop_assert_eq!(
                average_link(&scored(n, &scores)),
                average_link_by_brute_force(n, &scores)
            );
        }

        #[test]
        fn every_article_is_in_exactly_one_story(
            texts in prop::collection::vec("[A-Za-z .,\n]{0,120}", 0..12)
        ) {
            let articles: Vec<Article> = texts
                .iter()
                .enumerate()
                .map(|(i, text)| article(&format!("a{i}"), None, text))
                .collect();
            let mut seen: Vec<usize> = stories(&articles)
                .into_iter()
                .flat_map(|s| {
                    assert!(!s.articles.is_empty());
                    s.articles
                })
                .collect();
            seen.sort_unstable();
            prop_assert_eq!(seen, (0..articles.len()).collect::<Vec<_>>());
        }
    }
}
