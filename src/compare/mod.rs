//! The comparison engine: articles in, a [`Comparison`] out.
//!
//! Nothing here reads a file or touches a terminal. Everything a display
//! needs (rows, their kinds, which words differ) is computed here once, so
//! the TUI and every export render the same answer.

mod align;
pub mod budget;
mod cells;
pub mod claims;
pub mod facts;
pub mod names;
pub mod similarity;
pub mod stories;
mod subset;
pub mod text;
pub mod words;

use std::borrow::Cow;

use foldhash::{HashMap, HashMapExt, HashSet};
use std::ops::Range;

use rayon::prelude::*;
use serde::Serialize;

use crate::corpus::{Article, Paragraph, ParagraphKind};
pub use budget::Budget;
pub use cells::Cells;
pub use claims::{Claim, Mention, Qualifier, Verdict};
pub use facts::{Fact, FactKind};
pub use names::Name;
pub use stories::{Story, stories};
pub use words::{PairDiff, Significance, Span, segments};

/// Several articles, aligned paragraph by paragraph.
#[derive(Clone, Debug)]
pub struct Comparison {
    pub articles: Vec<Article>,
    /// The side-by-side view, in reading order: the first article's order,
    /// with the others' unmatched paragraphs beside their neighbours.
    pub rows: Vec<Row>,
    /// The figures the articles state, grouped by quantity, conflicts first.
    pub claims: Vec<Claim>,
    /// Named things, with the aliases each goes by.
    pub names: Vec<Name>,
    /// What only one article reports.
    pub unique: Vec<Fact>,
    /// The articles grouped by the event they report, largest first: a
    /// folder of saved articles often holds several.
    pub stories: Vec<Story>,
    /// What the engine left out to finish in bounded time on a huge input,
    /// in words for the user.
    pub cuts: Vec<String>,
    /// The bounds it was compared within, which its findings keep to.
    pub budget: Budget,
}

/// One line of the side-by-side view.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub kind: RowKind,
    /// How alike the row's cells are, from 0 (unrelated) to 1 (identical).
    pub similarity: f32,
    /// Paragraph indices per article, in the order of
    /// [`Comparison::articles`]. Empty where an article has no counterpart;
    /// several where a paragraph was split or merged.
    /// Which cells stand out of their article's order is marked in them
    /// once for the whole comparison, since finding it for one cell means
    /// reading back through the rows.
    pub cells: Cells,
}

impl Row {
    /// The row as articles `keep` alone see it (indices into the row's
    /// articles, renumbered in that order): a row only one of them has
    /// is that article's alone.
    pub fn select(&self, keep: &[usize]) -> Row {
        let cells = self.cells.select(keep);
        Row {
            kind: if cells.count_filled() == 1 {
                RowKind::Unique
            } else {
                self.kind
            },
            similarity: self.similarity,
            cells,
        }
    }
}

/// What a reader should expect of a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RowKind {
    /// Word for word the same in every article that has it.
    Same,
    /// The same text, edited.
    Changed,
    /// The same thing, told in different words.
    Related,
    /// Only one article has it.
    Unique,
}

/// What one cell of a row is, seen beside another article's cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CellStatus {
    /// This article has nothing in the row.
    Empty,
    Same,
    Edited,
    Reworded,
    /// The other article has no counterpart.
    Alone,
    /// Out of this article's own order: it was moved.
    Moved,
    /// Page furniture ("Advertisement"): shown, never compared.
    Furniture,
}

impl CellStatus {
    /// A one-character mark that reads without colour.
    pub fn marker(self) -> char {
        match self {
            CellStatus::Empty | CellStatus::Furniture => ' ',
            CellStatus::Same => '=',
            CellStatus::Edited => '~',
            CellStatus::Reworded => '≈',
            CellStatus::Alone => '+',
            CellStatus::Moved => '↕',
        }
    }

    /// Whether a reader comparing the two sides should stop here.
    pub fn is_difference(self) -> bool {
        !matches!(
            self,
            CellStatus::Empty | CellStatus::Same | CellStatus::Furniture
        )
    }
}

/// What the markers mean, for legends and help.
pub const MARKER_LEGEND: &str = "= same   ~ edited   ≈ reworded   + only this side   ↕ moved";

/// What the engine finds once rows are laid out: the figures the articles
/// give and what one outlet alone reports. It is the slower half of a
/// comparison, so the reader shows the rows first and takes these when
/// they are ready (see [`layout`]).
#[derive(Clone, Debug, Default)]
pub struct Findings {
    pub claims: Vec<Claim>,
    pub unique: Vec<Fact>,
    /// What was left out to finish in bounded time, in words for the user.
    pub cuts: Vec<String>,
}

/// Aligns `articles`; the first one sets the reading order.
///
/// A folder may hold several events: the articles are grouped into
/// stories first, and rows, claims and what one article alone reports
/// are found within each story, never across two (a mill's 150 staff are
/// no rival count of a ferry's rescued), story after story, largest first.
pub fn compare(articles: &[Article]) -> Comparison {
    Budget::default().compare(articles)
}

/// Compares `articles` as one story, however they would group: what a
/// reader picked (`--story N`) is compared whole.
pub fn compare_as_one(articles: &[Article]) -> Comparison {
    Budget::default().compare_as_one(articles)
}

/// The first half of [`compare`]: names, stories and rows, with no claims
/// or facts yet; [`Comparison::findings`] gives those.
pub fn layout(articles: &[Article]) -> Comparison {
    Budget::default().layout(articles)
}

/// The most articles [`layout`] aligns whole before it knows they are
/// one story.
const SPECULATE: usize = 8;

/// The most text (bytes, all articles) that two stages work on at once,
/// on two cores (aligning while the names are found, claims while the
/// facts are drafted). Past it, the two halves' working memory together
/// (a 60 MB line's tokens, twice) costs more than the wait, so they run
/// one after the other.
const SIDE_BY_SIDE_BYTES: usize = 16 << 20;

/// Whether `articles` are small enough for two stages at once.
fn side_by_side(articles: &[Article]) -> bool {
    let bytes: usize = articles
        .iter()
        .flat_map(|a| &a.paragraphs)
        .map(|p| p.text.len())
        .sum();
    bytes <= SIDE_BY_SIDE_BYTES
}

/// `a` and `b` on two cores when `articles` are [`side_by_side`], else
/// one after the other.
fn together<A: Send, B: Send>(
    articles: &[Article],
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    if side_by_side(articles) {
        rayon::join(a, b)
    } else {
        (a(), b())
    }
}

/// The first half of [`compare_as_one`].
pub fn layout_as_one(articles: &[Article]) -> Comparison {
    Budget::default().layout_as_one(articles)
}

/// A [`Budget`] compares articles borrowed (`&[Article]`, copied into the
/// comparison) or given (`Vec<Article>`, moved there, so a huge file is
/// not held twice: a million short paragraphs' copy cost 60 MB).
impl Budget {
    /// [`compare`], within this budget.
    pub fn compare<'a>(&self, articles: impl Into<Cow<'a, [Article]>>) -> Comparison {
        self.layout(articles).found()
    }

    /// [`compare_as_one`], within this budget.
    pub fn compare_as_one<'a>(&self, articles: impl Into<Cow<'a, [Article]>>) -> Comparison {
        self.layout_as_one(articles).found()
    }

    /// [`layout`], within this budget.
    pub fn layout<'a>(&self, articles: impl Into<Cow<'a, [Article]>>) -> Comparison {
        let articles: Cow<[Article]> = articles.into();
        let grouped = || {
            let names = names::find(&articles);
            let stories = stories::group(&articles, &names, self.story_partners);
            (names, stories)
        };
        // A handful of articles almost always tells one story: they are
        // aligned whole on one core while another finds the stories, and
        // the rows are kept when it is one. Past a handful, a folder often
        // holds several, and aligning it whole would be work thrown away.
        let (whole, (names, (stories, cut))) =
            if articles.len() <= SPECULATE && side_by_side(&articles) {
                let (rows, grouped) =
                    rayon::join(|| align::align(&articles, self.rows_per_paragraph), grouped);
                (Some(rows), grouped)
            } else {
                (None, grouped())
            };
        let mut comparison = laid_out(articles, names, stories, (*self, whole));
        comparison.cuts.extend(cut);
        comparison
    }

    /// [`stories()`], within this budget, with what the budget left out.
    pub fn stories(&self, articles: &[Article]) -> (Vec<Story>, Option<String>) {
        stories::group(articles, &names::find(articles), self.story_partners)
    }

    /// [`layout_as_one`], within this budget.
    pub fn layout_as_one<'a>(&self, articles: impl Into<Cow<'a, [Article]>>) -> Comparison {
        let articles: Cow<[Article]> = articles.into();
        let (rows, names) = together(
            &articles,
            || align::align(&articles, self.rows_per_paragraph),
            || names::find(&articles),
        );
        let stories = vec![Story {
            articles: (0..articles.len()).collect(),
            title: articles
                .first()
                .map(|a| a.title.clone())
                .unwrap_or_default(),
        }];
        laid_out(articles, names, stories, (*self, Some(rows)))
    }
}

/// The comparison laid out by stories within `budget`; `whole` is the
/// rows of all the articles aligned together, if already done.
fn laid_out(
    articles: Cow<[Article]>,
    names: Vec<Name>,
    stories: Vec<Story>,
    (budget, whole): (Budget, Option<Vec<Row>>),
) -> Comparison {
    let mut comparison = Comparison {
        rows: Vec::new(),
        articles: articles.into_owned(),
        claims: Vec::new(),
        names,
        unique: Vec::new(),
        stories,
        cuts: Vec::new(),
        budget,
    };
    let rows_per_paragraph = budget.rows_per_paragraph;
    let articles = &comparison.articles;
    let mut rows = Vec::new();
    if comparison.is_one_story() {
        rows = whole.unwrap_or_else(|| align::align(articles, rows_per_paragraph));
    } else {
        for story in &comparison.stories {
            let members = story.members();
            let part: Vec<Article> = members.iter().map(|&a| articles[a].clone()).collect();
            rows.extend(
                align::align(&part, rows_per_paragraph)
                    .into_iter()
                    .map(|row| Row {
                        cells: row.cells.widen(&members, articles.len()),
                        ..row
                    }),
            );
        }
    }
    mark_moved(&mut rows);
    comparison.rows = rows;
    comparison
}

/// Marks the moved cells of each row: an article's cell is moved when it
/// begins before the cell above it in that article. Cells are placed by
/// where they begin, so a merge of paragraphs that stood apart does not
/// make the ones between look moved.
fn mark_moved(rows: &mut [Row]) {
    let Some(articles) = rows.first().map(|row| row.cells.len()) else {
        return;
    };
    let mut previous: Vec<Option<usize>> = vec![None; articles];
    for row in rows {
        let moved: Vec<usize> = row
            .cells
            .filled()
            .filter_map(|(a, cell)| {
                let here = cell[0];
                let before = previous[a].replace(here);
                before.is_some_and(|before| before > here).then_some(a)
            })
            .collect();
        for a in moved {
            row.cells.mark_moved(a);
        }
    }
}

impl Comparison {
    /// Whether every article tells one story, so nothing is split.
    fn is_one_story(&self) -> bool {
        matches!(self.stories.as_slice(), [story] if story.articles.len() == self.articles.len())
    }

    /// The claims and unique facts of the laid-out comparison, found
    /// within each story.
    pub fn findings(&self) -> Findings {
        // Facts need the claims only to finish: what they read of the text
        // is read on another core meanwhile.
        if self.is_one_story() {
            let ((claims, cuts), drafts) = together(
                &self.articles,
                || claims::find(&self.articles, &self.rows, &self.budget),
                || facts::draft(&self.articles, &self.names),
            );
            let unique = drafts.finish(&claims);
            return Findings {
                claims,
                unique,
                cuts,
            };
        }
        let mut findings = Findings::default();
        // A row of a story holds only that story's articles: each row is
        // the story's of its first article.
        let story_of = self.story_table();
        let mut rows_of: Vec<Vec<&Row>> = vec![Vec::new(); self.stories.len()];
        for row in &self.rows {
            if let Some((a, _)) = row.cells.filled().next() {
                if let Some(rows) = rows_of.get_mut(story_of[a]) {
                    rows.push(row);
                }
            }
        }
        for (story, rows) in self.stories.iter().zip(rows_of) {
            let members = story.members();
            let part: Vec<Article> = members.iter().map(|&a| self.articles[a].clone()).collect();
            let rows: Vec<Row> = rows.into_iter().map(|row| row.select(&members)).collect();
            let ((mut claims, cuts), drafts) = together(
                &part,
                || claims::find(&part, &rows, &self.budget),
                || facts::draft(&part, &names::find(&part)),
            );
            let mut unique = drafts.finish(&claims);
            for claim in &mut claims {
                for mention in &mut claim.mentions {
                    mention.article = members[mention.article];
                }
            }
            for fact in &mut unique {
                fact.article = members[fact.article];
            }
            findings.claims.extend(claims);
            findings.unique.extend(unique);
            findings.cuts.extend(cuts);
        }
        findings
    }

    /// Takes in what [`Comparison::findings`] found.
    pub fn settle(&mut self, findings: Findings) {
        self.claims = findings.claims;
        self.unique = findings.unique;
        self.cuts.extend(findings.cuts);
    }

    /// The laid-out comparison with its findings.
    fn found(mut self) -> Comparison {
        let findings = self.findings();
        self.settle(findings);
        self
    }

    /// The story article `a` belongs to, as an index into
    /// [`Comparison::stories`].
    pub fn story_of(&self, a: usize) -> usize {
        self.story_table()[a]
    }

    /// [`Comparison::story_of`] for every article at once, for callers
    /// that ask for each row.
    pub fn story_table(&self) -> Vec<usize> {
        let mut story_of = vec![0; self.articles.len()];
        for (s, story) in self.stories.iter().enumerate() {
            for &a in &story.articles {
                story_of[a] = s;
            }
        }
        story_of
    }

    /// The paragraphs of article `a` in `row`.
    pub fn cell(&self, row: &Row, a: usize) -> Vec<&Paragraph> {
        row.cells[a]
            .iter()
            .map(|&p| &self.articles[a].paragraphs[p])
            .collect()
    }

    /// Word differences between articles `a` and `b`, one per row; empty
    /// where either side has nothing or the row is word for word the same.
    /// Displays ask once per pair they show, not once per frame.
    pub fn pair_diffs(&self, a: usize, b: usize) -> Vec<PairDiff> {
        let places = |article: usize| {
            let mut places: HashMap<usize, Vec<(Range<usize>, usize)>> = HashMap::new();
            for (n, name) in self.names.iter().enumerate() {
                for place in name.places.iter().filter(|p| p.article == article) {
                    places
                        .entry(place.paragraph)
                        .or_default()
                        .push((place.range.clone(), n));
                }
            }
            places
        };
        let (places_a, places_b) = (places(a), places(b));
        // Each row's diff stands alone: the rows are shared among the
        // cores, and collected in order.
        self.rows
            .par_iter()
            .map(|row| {
                let (left, right) = (self.cell(row, a), self.cell(row, b));
                if left.is_empty() || right.is_empty() || row.kind == RowKind::Same {
                    return PairDiff::default();
                }
                let mut diff = words::diff(&left, &right);
                let named = |places: &HashMap<usize, Vec<(Range<usize>, usize)>>,
                             cell: &[usize]| {
                    cell.iter()
                        .flat_map(|p| places.get(p).into_iter().flatten().map(|(_, n)| *n))
                        .collect::<HashSet<usize>>()
                };
                let (in_a, in_b) = (
                    named(&places_a, &row.cells[a]),
                    named(&places_b, &row.cells[b]),
                );
                soften_aliases(&mut diff.left, &left, &places_a, &in_b);
                soften_aliases(&mut diff.right, &right, &places_b, &in_a);
                diff
            })
            .collect()
    }

    /// How article `a`'s cell in row `r` reads beside article `b`'s.
    pub fn status(&self, r: usize, a: usize, b: usize) -> CellStatus {
        let row = &self.rows[r];
        if row.cells[a].is_empty() {
            CellStatus::Empty
        } else if self
            .cell(row, a)
            .iter()
            .all(|p| p.kind == ParagraphKind::Boilerplate)
        {
            CellStatus::Furniture
        } else if self.is_moved(r, a) {
            CellStatus::Moved
        } else if a == b || row.cells[b].is_empty() {
            CellStatus::Alone
        } else {
            match row.kind {
                RowKind::Same => CellStatus::Same,
                RowKind::Changed => CellStatus::Edited,
                RowKind::Related => CellStatus::Reworded,
                RowKind::Unique => CellStatus::Alone,
            }
        }
    }

    /// Whether article `a`'s cell in row `r` stands elsewhere in its own
    /// order than the rows around it suggest: a moved paragraph.
    pub fn is_moved(&self, r: usize, a: usize) -> bool {
        self.rows[r].cells.is_moved(a)
    }
}

/// Ranks as wording, not as a different claim, a change that only names
/// something the other side names too under another form ("IS-K",
/// "Islamic State in Khorasan"): an alias is never a disagreement.
fn soften_aliases(
    spans: &mut [Span],
    cell: &[&Paragraph],
    places: &HashMap<usize, Vec<(Range<usize>, usize)>>,
    other_side: &HashSet<usize>,
) {
    for span in spans
        .iter_mut()
        .filter(|s| s.significance == Significance::Substantive)
    {
        let Some(paragraph) = cell.iter().find(|p| p.index == span.paragraph) else {
            continue;
        };
        let here = places.get(&span.paragraph).map_or(&[][..], Vec::as_slice);
        let changed = &paragraph.text[span.range.clone()];
        let named = |start: usize| {
            let at = span.range.start + start;
            here.iter()
                .any(|(range, n)| range.contains(&at) && other_side.contains(n))
        };
        // Only a name and the articles around it ("the", "its").
        let aliased = text::word_spans(changed).any(|(start, _)| named(start))
            && text::word_spans(changed).all(|(start, end)| {
                named(start)
                    || ["the", "a", "an", "its", "their"]
                        .contains(&changed[start..end].to_lowercase().as_str())
            });
        if aliased {
            span.significance = Significance::Wording;
        }
    }
}

#[cfg(test)]
mod tests;
