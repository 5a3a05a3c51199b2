//! What the formats for people (text, Markdown, HTML and the claims
//! table) show, read once from a [`Comparison`]: each format only lays it
//! out and escapes it, so all of them show the same pages, marks, claims
//! and facts, in the same order and words.
//!
//! Every article string leaves here through [`safe`]. The corpus already
//! cleans articles as it loads them, but [`crate::corpus::Article`] is
//! public and may be built another way, and an export is where untrusted
//! text meets a terminal or a browser.

use std::borrow::Cow;

use rayon::prelude::*;

use crate::compare::{CellStatus, Comparison, Significance, Verdict, segments};
use crate::corpus::{Article, ParagraphLabels};
use crate::sanitize;

/// `text` without control characters, escape sequences or bidi
/// overrides, and on one line: each line break or tab becomes one space,
/// so pieces cut from a paragraph keep their spacing.
pub(super) fn safe(text: &str) -> Cow<'_, str> {
    match sanitize::clean(text) {
        Cow::Borrowed(clean) if !clean.contains(['\t', '\n', '\r']) => Cow::Borrowed(clean),
        cleaned => Cow::Owned(cleaned.replace(['\t', '\n', '\r'], " ")),
    }
}

/// The pairs shown side by side, story by story: a story's first article
/// beside each other one in turn, so every page reads like a two-way diff
/// against one reference; an article alone in its story is shown by
/// itself. Two stories' articles are never put side by side.
pub(super) fn pairs(comparison: &Comparison) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for story in &comparison.stories {
        let mut members = story.articles.clone();
        members.sort_unstable();
        match members.as_slice() {
            [] => {}
            [alone] => pairs.push((*alone, *alone)),
            [first, rest @ ..] => pairs.extend(rest.iter().map(|&b| (*first, b))),
        }
    }
    pairs
}

/// What the formats say about an article: its column head ("source ·
/// date", title) and its line in the table of articles.
pub(super) struct Head<'a> {
    pub label: String,
    pub title: Cow<'a, str>,
    pub id: Cow<'a, str>,
    pub source: Cow<'a, str>,
    /// ISO 8601, or empty.
    pub date: String,
}

pub(super) fn head(article: &Article) -> Head<'_> {
    Head {
        label: safe(&article.label()).into_owned(),
        title: safe(&article.title),
        id: safe(&article.id),
        source: safe(&article.source),
        date: article.date.map_or_else(String::new, |d| d.short()),
    }
}

/// A piece of a paragraph and how much it changed beside the other side;
/// `None` for unchanged text and for spelling, case and punctuation
/// changes, which change no claim and are left unmarked everywhere.
pub(super) type Piece<'a> = (Cow<'a, str>, Option<Significance>);

/// One article's side of a row.
#[derive(PartialEq)]
pub(super) struct Side<'a> {
    pub status: CellStatus,
    /// Each paragraph of the cell (several for a split or merge), in pieces.
    pub paragraphs: Vec<Vec<Piece<'a>>>,
}

/// One row of a page; a side is `None` where its article has nothing.
pub(super) struct PairRow<'a> {
    pub left: Option<Side<'a>>,
    pub right: Option<Side<'a>>,
}

/// The rows of the page of articles `a` and `b` (`a == b` for a lone
/// article, with no right side), leaving out rows where neither has text.
pub(super) fn pair_rows(comparison: &Comparison, a: usize, b: usize) -> Vec<PairRow<'_>> {
    let diffs = comparison.pair_diffs(a, b);
    let side = |r: usize, this: usize, other: usize, spans| {
        let paragraphs = comparison.cell(&comparison.rows[r], this);
        (!paragraphs.is_empty()).then(|| Side {
            status: comparison.status(r, this, other),
            paragraphs: paragraphs
                .into_iter()
                .map(|p| {
                    segments(p, spans)
                        .into_iter()
                        .map(|(text, change)| {
                            (safe(text), change.filter(|&c| c > Significance::Minor))
                        })
                        .collect()
                })
                .collect(),
        })
    };
    // Each row's sides are cut and made safe alone: on all cores, in order.
    diffs
        .par_iter()
        .enumerate()
        .filter_map(|(r, diff)| {
            let left = side(r, a, b, &diff.left);
            let right = if a == b {
                None
            } else {
                side(r, b, a, &diff.right)
            };
            (left.is_some() || right.is_some()).then_some(PairRow { left, right })
        })
        .collect()
}

/// One line of the claims table: one article's figure for a quantity.
pub(super) struct ClaimRow<'a> {
    /// The quantity and its verdict, on the first line of each quantity
    /// only, so the table reads as groups.
    pub claim: Option<(Cow<'a, str>, Verdict)>,
    pub article: Cow<'a, str>,
    /// The paragraph as people count them: `¶2`.
    pub paragraph: String,
    /// The qualifier and value as a reader says them: "more than 130".
    pub figure: String,
    /// The article's words, with who it attributes them to.
    pub says: String,
}

/// Something one article alone reports.
pub(super) struct FactView<'a> {
    pub article: Cow<'a, str>,
    /// The paragraph as people count them: `¶2`.
    pub paragraph: String,
    pub kind: &'static str,
    pub text: Cow<'a, str>,
}

/// A name that goes by other forms, which no format counts as a
/// difference: the name and its other forms, comma-separated.
pub(super) fn aliases(comparison: &Comparison) -> Vec<(Cow<'_, str>, String)> {
    comparison
        .names
        .iter()
        .filter(|n| !n.aliases.is_empty())
        .map(|n| (safe(&n.name), safe(&n.aliases.join(", ")).into_owned()))
        .collect()
}

/// The title of the table of [`aliases`], in every format.
pub(super) const ALIASES_TITLE: &str = "One name, several forms (never counted as a difference)";

/// The column names of the table of [`aliases`].
pub(super) const ALIAS_COLUMNS: [&str; 2] = ["Name", "Also"];

/// The column names of the claims table, in every format.
pub(super) const CLAIM_COLUMNS: [&str; 6] =
    ["Quantity", "Verdict", "Article", "Para", "Figure", "Says"];

/// The column names of the table of what one article alone reports.
pub(super) const FACT_COLUMNS: [&str; 4] = ["Article", "Para", "Kind", "Text"];

/// The claims table, quantities in the engine's order (disagreements
/// first), each article's figure on its own line.
pub(super) fn claims(comparison: &Comparison) -> Vec<ClaimRow<'_>> {
    claims_in(comparison, None)
}

/// [`claims`] of one story (an index into the comparison's stories), or
/// of all.
pub(super) fn claims_in(comparison: &Comparison, story: Option<usize>) -> Vec<ClaimRow<'_>> {
    let mut rows = Vec::new();
    let mut labels = Labels::new(comparison);
    let story_of = comparison.story_table();
    let in_story = |claim: &&crate::compare::Claim| {
        story.is_none_or(|s| {
            claim
                .mentions
                .first()
                .is_some_and(|m| story_of[m.article] == s)
        })
    };
    for claim in comparison.claims.iter().filter(in_story) {
        for (k, m) in claim.mentions.iter().enumerate() {
            let article = &comparison.articles[m.article];
            // An update's timeline says when each figure was given.
            let article = match article.date {
                Some(date) if claim.verdict == Verdict::Updated => {
                    Cow::Owned(format!("{} ({})", safe(&article.id), date.short()))
                }
                _ => safe(&article.id),
            };
            rows.push(ClaimRow {
                claim: (k == 0).then(|| (safe(&claim.quantity), claim.verdict)),
                paragraph: labels.of(m.article, m.paragraph),
                article,
                figure: m.figure(),
                says: safe(&match &m.attribution {
                    Some(who) => format!("{} ({who})", m.text),
                    None => m.text.clone(),
                })
                .into_owned(),
            });
        }
    }
    rows
}

/// Each article's paragraph labels, counted once when first asked for.
struct Labels<'a> {
    comparison: &'a Comparison,
    counted: Vec<Option<ParagraphLabels<'a>>>,
}

impl<'a> Labels<'a> {
    fn new(comparison: &'a Comparison) -> Self {
        Labels {
            comparison,
            counted: std::iter::repeat_with(|| None)
                .take(comparison.articles.len())
                .collect(),
        }
    }

    /// The label of paragraph `p` of article `a`.
    fn of(&mut self, a: usize, p: usize) -> String {
        let article = &self.comparison.articles[a];
        self.counted[a]
            .get_or_insert_with(|| article.paragraph_labels())
            .get(p)
    }
}

pub(super) fn facts(comparison: &Comparison) -> Vec<FactView<'_>> {
    facts_in(comparison, None)
}

/// [`facts`] of one story, or of all.
pub(super) fn facts_in(comparison: &Comparison, story: Option<usize>) -> Vec<FactView<'_>> {
    let story_of = comparison.story_table();
    let mut labels = Labels::new(comparison);
    comparison
        .unique
        .iter()
        .filter(|f| story.is_none_or(|s| story_of[f.article] == s))
        .map(|f| FactView {
            article: safe(&comparison.articles[f.article].id),
            paragraph: labels.of(f.article, f.paragraph),
            kind: f.kind.as_str(),
            text: safe(&f.text),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_text_loses_controls_and_line_breaks_but_keeps_its_spacing() {
        assert_eq!(safe("a\u{1b}[2J\u{202e}b\u{7}\nc\td "), "ab\u{fffd} c d ");
        assert!(matches!(safe("plain 東京"), Cow::Borrowed(_)));
    }
}
