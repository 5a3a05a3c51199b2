//! The side-by-side document for the articles in the panes at one width:
//! every row's cells wrapped into lines, rows padded to equal height so
//! corresponding paragraphs start on the same screen line.
//!
//! Built when the panes' articles or the width change, never per frame;
//! drawing only copies the lines in view. Every pane reads the same
//! document, so with synchronised scrolling off a pane only needs its own
//! offset into it, and turning it back on lines the panes up again.

use std::collections::HashMap;
use std::ops::Range;

use ratatui::layout::{Constraint, Flex, Layout, Rect};
use textwrap::WordSeparator;
use textwrap::core::{Word, break_words};
use textwrap::wrap_algorithms::wrap_first_fit;

use crate::compare::{CellStatus, Comparison, PairDiff, Significance, Span, segments};
use crate::corpus::{Paragraph, ParagraphKind};

/// Columns before the text: the marker and a space.
pub const GUTTER: u16 = 2;

/// A blank column between the text and the right border.
const MARGIN: u16 = 1;

/// How a piece of text is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Plain,
    Changed(Significance),
    Heading,
    Boilerplate,
    /// A figure the outlets disagree on (a conflict or an update).
    Disputed,
    /// A name or figure no other article reports.
    Own,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    /// Where the piece starts in its paragraph's text, in bytes, so search
    /// matches found on the paragraph can be drawn over the wrapped lines.
    pub at: usize,
    pub text: String,
    pub mark: Mark,
}

/// One wrapped line of a cell; a blank line between paragraphs has no
/// pieces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextLine {
    pub paragraph: usize,
    pub pieces: Vec<Piece>,
}

/// One side of a laid-out row.
#[derive(Clone, Debug)]
pub struct Side {
    pub status: CellStatus,
    pub lines: Vec<TextLine>,
}

#[derive(Clone, Debug)]
pub struct LaidRow {
    /// Index into the comparison's rows.
    pub row: usize,
    /// First screen line of the row in the whole document.
    pub top: usize,
    /// Lines the row takes, the blank line after it included.
    pub height: usize,
    /// One per pane, in pane order.
    pub sides: Vec<Side>,
}

impl LaidRow {
    /// Whether a reader comparing the pair should stop at this row.
    pub fn is_difference(&self) -> bool {
        self.sides.iter().any(|s| s.status.is_difference())
    }
}

#[derive(Clone, Debug, Default)]
pub struct Document {
    pub rows: Vec<LaidRow>,
    /// Total lines.
    pub lines: usize,
    /// The pane whose lines alone set each row's height, in the narrow
    /// layout (the others show in the strip); `None` when every pane
    /// shows and the tallest side sets it.
    pub sized_by: Option<usize>,
}

/// The article each pane is read against: the first pane against the
/// second, every other pane against the first, as the text export pairs
/// them. A lone pane is read against itself (all of it is its own).
pub fn counterpart(panes: &[usize], i: usize) -> usize {
    match (i, panes.len()) {
        (_, 1) => panes[0],
        (0, _) => panes[1],
        _ => panes[0],
    }
}

/// The word differences the panes show: those of the first article with
/// each other one, one list per row, once per choice of articles.
pub fn pane_diffs(comparison: &Comparison, panes: &[usize]) -> Vec<Vec<PairDiff>> {
    panes
        .iter()
        .skip(1)
        .map(|&b| comparison.pair_diffs(panes[0], b))
        .collect()
}

impl Document {
    /// Lays out articles `panes` of `comparison` side by side with `width`
    /// columns of text each (the gutter not included); `diffs` are
    /// [`pane_diffs`]. Rows where none of the articles has anything are
    /// left out. With `sized_by`, that pane alone sets the rows' heights,
    /// so a lone pane is never padded with blank lines for a paragraph it
    /// does not show.
    pub fn build(
        comparison: &Comparison,
        (panes, sized_by): (&[usize], Option<usize>),
        diffs: &[Vec<PairDiff>],
        width: u16,
    ) -> Document {
        let width = usize::from(width.max(1));
        let overlays: Vec<_> = panes.iter().map(|&a| overlays(comparison, a)).collect();
        let mut rows = Vec::new();
        let mut top = 0;
        for (r, row) in comparison.rows.iter().enumerate() {
            if panes.iter().all(|&a| row.cells[a].is_empty()) {
                continue;
            }
            let spans = |i: usize| -> &[Span] {
                match i {
                    0 => diffs.first().map_or(&[], |d| &d[r].left),
                    _ => &diffs[i - 1][r].right,
                }
            };
            let sides: Vec<Side> = panes
                .iter()
                .enumerate()
                .map(|(i, &a)| Side {
                    status: comparison.status(r, a, counterpart(panes, i)),
                    lines: cell_lines(&comparison.cell(row, a), spans(i), &overlays[i], width),
                })
                .collect();
            // The blank line after the row is part of it; a row the lone
            // pane has nothing in takes no line (the strip shows it).
            let height = match sized_by {
                Some(pane) if sides[pane].lines.is_empty() => 0,
                Some(pane) => sides[pane].lines.len() + 1,
                None => sides.iter().map(|s| s.lines.len()).max().unwrap_or(0) + 1,
            };
            rows.push(LaidRow {
                row: r,
                top,
                height,
                sides,
            });
            top += height;
        }
        Document {
            rows,
            lines: top,
            sized_by,
        }
    }

    /// The index of the row that holds screen line `line`.
    pub fn row_at(&self, line: usize) -> Option<usize> {
        let i = self
            .rows
            .partition_point(|row| row.top + row.height <= line);
        (i < self.rows.len()).then_some(i)
    }
}

/// The narrowest a pane may be: below it, sentences break every few
/// words and the reader gets one pane and a strip instead.
pub const MIN_PANE_WIDTH: u16 = 40;

/// The fewest lines of the strip that shows the other article under a
/// lone pane: its label, then the start of its paragraph in the current
/// row. It takes a third of the screen when that is more, so a paragraph
/// shows more than its first words.
pub const STRIP_HEIGHT: u16 = 3;

/// How many panes fit side by side in `width` columns (at least one).
pub fn panes_that_fit(width: u16) -> usize {
    usize::from(width / MIN_PANE_WIDTH).max(1)
}

/// Where everything goes on a screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Screen {
    pub panes: Vec<Rect>,
    /// The other article's strip, in the narrow layout.
    pub strip: Option<Rect>,
    pub status: Rect,
}

/// The screen for `panes` visible panes in `area`, with the strip of the
/// other article when `strip` is asked and there is room for it.
pub fn screen(area: Rect, panes: usize, strip: bool) -> Screen {
    let strip = strip && area.height >= 3 * STRIP_HEIGHT;
    let [body, strip_area, status] = Layout::vertical([
        Constraint::Min(0),
        Constraint::Length(if strip {
            STRIP_HEIGHT.max(area.height.saturating_sub(1) / 3)
        } else {
            0
        }),
        Constraint::Length(1),
    ])
    .areas(area);
    let panes = Layout::horizontal(vec![
        Constraint::Ratio(1, panes.max(1) as u32);
        panes.max(1)
    ])
    .split(body);
    Screen {
        panes: panes.to_vec(),
        strip: strip.then_some(strip_area),
        status,
    }
}

/// A box of at most `width` x `height` in the middle of `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    cell
}

/// The text width inside a pane (borders and gutter excluded) and its
/// height.
pub fn pane_text_size(pane: Rect) -> (u16, u16) {
    (
        pane.width.saturating_sub(2 + GUTTER + MARGIN),
        pane.height.saturating_sub(2),
    )
}

/// What the claims engine found in article `a`, as marks over byte ranges
/// of its paragraphs: disputed figures, and names and figures no other
/// article reports.
fn overlays(comparison: &Comparison, a: usize) -> HashMap<usize, Vec<(Range<usize>, Mark)>> {
    let disputed = comparison
        .claims
        .iter()
        .filter(|c| c.verdict.is_disagreement())
        .flat_map(|c| &c.mentions)
        .filter(|m| m.article == a)
        .map(|m| (m.paragraph, m.range.clone(), Mark::Disputed));
    let own = comparison
        .unique
        .iter()
        .filter(|f| f.article == a)
        .map(|f| (f.paragraph, f.range.clone(), Mark::Own));
    let mut by_paragraph: HashMap<usize, Vec<(Range<usize>, Mark)>> = HashMap::new();
    for (paragraph, range, mark) in own.chain(disputed) {
        by_paragraph
            .entry(paragraph)
            .or_default()
            .push((range, mark));
    }
    by_paragraph
}

fn cell_lines(
    paragraphs: &[&Paragraph],
    spans: &[Span],
    overlays: &HashMap<usize, Vec<(Range<usize>, Mark)>>,
    width: usize,
) -> Vec<TextLine> {
    let mut lines = Vec::new();
    for (i, paragraph) in paragraphs.iter().enumerate() {
        if i > 0 {
            lines.push(TextLine {
                paragraph: paragraph.index,
                pieces: Vec::new(),
            });
        }
        let base = match paragraph.kind {
            ParagraphKind::Body => Mark::Plain,
            ParagraphKind::Heading => Mark::Heading,
            ParagraphKind::Boilerplate => Mark::Boilerplate,
        };
        let mut marks = Vec::new();
        let mut at = 0;
        for (text, changed) in segments(paragraph, spans) {
            marks.push((at..at + text.len(), changed.map_or(base, Mark::Changed)));
            at += text.len();
        }
        for (range, mark) in overlays.get(&paragraph.index).into_iter().flatten() {
            marks = paint(marks, range.clone(), *mark);
        }
        for range in wrap(&paragraph.text, width) {
            lines.push(TextLine {
                paragraph: paragraph.index,
                pieces: cut(&paragraph.text, &marks, range),
            });
        }
    }
    lines
}

/// Marks `range` with `mark` over whatever marks were there.
fn paint(
    marks: Vec<(Range<usize>, Mark)>,
    range: Range<usize>,
    mark: Mark,
) -> Vec<(Range<usize>, Mark)> {
    let mut out = Vec::new();
    for (r, m) in marks {
        if r.end <= range.start || r.start >= range.end {
            out.push((r, m));
            continue;
        }
        if r.start < range.start {
            out.push((r.start..range.start, m));
        }
        if r.end > range.end {
            out.push((range.end..r.end, m));
        }
    }
    out.push((range, mark));
    out.sort_by_key(|(r, _)| r.start);
    out
}

/// The marked pieces of `text` within byte range `line`.
fn cut(text: &str, marks: &[(Range<usize>, Mark)], line: Range<usize>) -> Vec<Piece> {
    marks
        .iter()
        .filter_map(|(range, mark)| {
            let (start, end) = (range.start.max(line.start), range.end.min(line.end));
            (start < end).then(|| Piece {
                at: start,
                text: text[start..end].to_string(),
                mark: *mark,
            })
        })
        .collect()
}

/// Byte ranges of `text`'s lines when wrapped to `width` columns, long
/// words broken. Ranges keep the text's own bytes, so highlights computed
/// on the paragraph survive wrapping.
fn wrap(text: &str, width: usize) -> Vec<Range<usize>> {
    let words: Vec<Word> = break_words(WordSeparator::AsciiSpace.find_words(text), width);
    let offset = |s: &str| s.as_ptr() as usize - text.as_ptr() as usize;
    wrap_first_fit(&words, &[width as f64])
        .into_iter()
        .filter_map(|line| {
            let (first, last) = (line.first()?, line.last()?);
            Some(offset(first.word)..offset(last.word) + last.word.len())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn wrapping_keeps_byte_ranges_within_width() {
        let text = "a few words and a verylongwordthatmustbreak 東京東京東京 end";
        for width in 1..30 {
            let lines = wrap(text, width);
            for range in &lines {
                let line = &text[range.clone()];
                // A double-width character alone is wider than a 1-column line.
                let fits = line.width() <= width || line.chars().count() == 1;
                assert!(fits, "{width}: {line:?}");
            }
            let joined: String = lines
                .iter()
                .map(|r| &text[r.clone()])
                .collect::<Vec<_>>()
                .join("");
            assert_eq!(joined.replace(' ', ""), text.replace(' ', ""));
        }
    }

    #[test]
    fn cut_splits_pieces_at_line_edges() {
        let text = "about 60 people dead";
        let marks = [
            (0..6, Mark::Plain),
            (6..15, Mark::Changed(Significance::Substantive)),
            (15..20, Mark::Plain),
        ];
        let got = cut(text, &marks, 3..10);
        assert_eq!(
            got,
            [
                Piece {
                    at: 3,
                    text: "ut ".into(),
                    mark: Mark::Plain
                },
                Piece {
                    at: 6,
                    text: "60 p".into(),
                    mark: Mark::Changed(Significance::Substantive)
                }
            ]
        );
    }

    #[test]
    fn painting_a_mark_splits_what_it_covers() {
        let marks = vec![
            (0..10, Mark::Plain),
            (10..20, Mark::Changed(Significance::Wording)),
        ];
        let painted = paint(marks, 5..12, Mark::Disputed);
        assert_eq!(
            painted,
            [
                (0..5, Mark::Plain),
                (5..12, Mark::Disputed),
                (12..20, Mark::Changed(Significance::Wording))
            ]
        );
    }
}
