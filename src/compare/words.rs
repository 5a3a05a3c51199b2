//! Which words differ between the two sides of a row.
//!
//! The row's paragraphs are cut into tokens (words, and each punctuation
//! mark on its own) and diffed with `similar`; the tokens that are not
//! common to both sides become [`Span`]s, with runs of changed tokens in one
//! paragraph merged into a single span so a rewritten clause reads as one
//! highlight:
//!
//! ```text
//! left:  "more than 130 people were killed"   right: "137 people were killed"
//!         ^^^^^^^^^^^^^                               ^^^
//! ```

use std::ops::Range;

use similar::{Algorithm, DiffTag};

use super::text::word_spans;
use crate::corpus::Paragraph;

/// Changed text within one paragraph: its index in the article and a byte
/// range of its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub paragraph: usize,
    pub range: Range<usize>,
}

/// The changed spans of each side of a row, as seen from the other side.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PairDiff {
    pub left: Vec<Span>,
    pub right: Vec<Span>,
}

/// Diffs the words of two cells. Either side may hold several paragraphs
/// (a split or a merge); their tokens are diffed as one sequence.
pub fn diff(left: &[&Paragraph], right: &[&Paragraph]) -> PairDiff {
    let (old, new) = (Tokens::of(left), Tokens::of(right));
    let ops = similar::capture_diff_slices(Algorithm::Patience, &old.texts, &new.texts);
    let mut changed_old = vec![false; old.texts.len()];
    let mut changed_new = vec![false; new.texts.len()];
    for op in ops {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        if tag != DiffTag::Equal {
            changed_old[old_range].fill(true);
            changed_new[new_range].fill(true);
        }
    }
    PairDiff {
        left: old.spans(&changed_old),
        right: new.spans(&changed_new),
    }
}

/// The number of words in `text`, as a reader would count them.
pub fn count(text: &str) -> usize {
    word_spans(text).count()
}

/// Cuts a paragraph's text into pieces, each flagged `true` when it is
/// changed text. `spans` may name other paragraphs; only those of
/// `paragraph` count. Displays use this to style or mark changed words.
pub fn segments<'a>(paragraph: &'a Paragraph, spans: &[Span]) -> Vec<(&'a str, bool)> {
    let text = paragraph.text.as_str();
    let mut pieces = Vec::new();
    let mut at = 0;
    for span in spans.iter().filter(|s| s.paragraph == paragraph.index) {
        if span.range.start > at {
            pieces.push((&text[at..span.range.start], false));
        }
        pieces.push((&text[span.range.clone()], true));
        at = span.range.end;
    }
    if at < text.len() || pieces.is_empty() {
        pieces.push((&text[at..], false));
    }
    pieces
}

/// The tokens of a cell, with where each one stands.
struct Tokens<'a> {
    texts: Vec<&'a str>,
    places: Vec<Span>,
}

impl<'a> Tokens<'a> {
    fn of(paragraphs: &[&'a Paragraph]) -> Tokens<'a> {
        let mut tokens = Tokens {
            texts: Vec::new(),
            places: Vec::new(),
        };
        for paragraph in paragraphs {
            for range in tokens_of(&paragraph.text) {
                tokens.texts.push(&paragraph.text[range.clone()]);
                tokens.places.push(Span {
                    paragraph: paragraph.index,
                    range,
                });
            }
        }
        tokens
    }

    /// Merges runs of changed tokens within a paragraph into spans.
    fn spans(&self, changed: &[bool]) -> Vec<Span> {
        let mut spans: Vec<Span> = Vec::new();
        let mut previous_changed = false;
        for (place, &is_changed) in self.places.iter().zip(changed) {
            if is_changed {
                match spans.last_mut() {
                    Some(last) if previous_changed && last.paragraph == place.paragraph => {
                        last.range.end = place.range.end
                    }
                    _ => spans.push(place.clone()),
                }
            }
            previous_changed = is_changed;
        }
        spans
    }
}

/// Words, and every other visible character on its own.
fn tokens_of(text: &str) -> Vec<Range<usize>> {
    let mut tokens = Vec::new();
    let mut at = 0;
    for (start, end) in word_spans(text) {
        tokens.extend(punctuation(text, at..start));
        tokens.push(start..end);
        at = end;
    }
    tokens.extend(punctuation(text, at..text.len()));
    tokens
}

fn punctuation(text: &str, range: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
    let offset = range.start;
    text[range]
        .char_indices()
        .filter(|(_, c)| !c.is_whitespace())
        .map(move |(i, c)| offset + i..offset + i + c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ParagraphKind;

    fn paragraph(index: usize, text: &str) -> Paragraph {
        Paragraph {
            index,
            kind: ParagraphKind::Body,
            text: text.to_string(),
        }
    }

    fn marked<'a>(paragraphs: &'a [Paragraph], spans: &[Span]) -> Vec<&'a str> {
        spans
            .iter()
            .map(|s| {
                &paragraphs
                    .iter()
                    .find(|p| p.index == s.paragraph)
                    .unwrap()
                    .text[s.range.clone()]
            })
            .collect()
    }

    #[test]
    fn changed_words_are_marked_on_each_side() {
        let left = [paragraph(
            0,
            "More than 130 people were killed, officials said.",
        )];
        let right = [paragraph(3, "137 people were killed, officials said.")];
        let diff = diff(&[&left[0]], &[&right[0]]);
        assert_eq!(marked(&left, &diff.left), ["More than 130"]);
        assert_eq!(marked(&right, &diff.right), ["137"]);
        assert_eq!(diff.right[0].paragraph, 3);
    }

    #[test]
    fn identical_cells_have_no_marks() {
        let p = [paragraph(0, "Same words, same order.")];
        assert_eq!(diff(&[&p[0]], &[&p[0]]), PairDiff::default());
    }

    #[test]
    fn a_split_is_diffed_as_one_sequence() {
        let left = [paragraph(0, "One sentence here. Another one there.")];
        let right = [
            paragraph(0, "One sentence here."),
            paragraph(1, "Another one there!"),
        ];
        let diff = diff(&[&left[0]], &[&right[0], &right[1]]);
        assert_eq!(marked(&left, &diff.left), ["."]);
        assert_eq!(
            diff.right,
            [Span {
                paragraph: 1,
                range: 17..18
            }]
        );
    }

    #[test]
    fn segments_alternate_plain_and_changed_text() {
        let p = paragraph(2, "about 60 people dead");
        let spans = [
            Span {
                paragraph: 2,
                range: 0..8,
            },
            Span {
                paragraph: 5,
                range: 0..1,
            },
            Span {
                paragraph: 2,
                range: 16..20,
            },
        ];
        assert_eq!(
            segments(&p, &spans),
            [("about 60", true), (" people ", false), ("dead", true)]
        );
        assert_eq!(segments(&p, &[]), [("about 60 people dead", false)]);
    }

    #[test]
    fn tokens_cover_words_and_punctuation_but_not_space() {
        let text = "Hi, 1,200 «x»";
        let got: Vec<_> = tokens_of(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, ["Hi", ",", "1,200", "«", "x", "»"]);
    }
}
