//! Paragraphs of several articles into the rows of a side-by-side view.
//!
//! Progressive alignment: the first article lays down one row per
//! paragraph; each further article then joins existing rows or opens rows
//! of its own.
//!
//! 1. Every alignable paragraph of the new article is scored against the
//!    rows it shares terms with (TF-IDF cosine to the row's closest
//!    member). Body text only meets body text, headings only headings.
//! 2. Pairs are taken greedily, best first, each row and paragraph used
//!    once. A moved paragraph therefore still meets its counterpart: order
//!    only breaks near ties (a paragraph and a row at the same relative
//!    place in their articles get a small bonus: reports put the lede
//!    first), so reordering never crosses wires.
//! 3. A paragraph with no counterpart gets a row of its own, placed right
//!    after the row of the paragraph before it, so it reads near its
//!    neighbours.
//!
//! ```text
//! A: a1 a2 a3        rows: [a1 b2] [·  b3] [a2 ·] [a3 b1]
//! B: b1 b2 b3        (b1 tells a3, b2 tells a1, b3 only B has:
//!                     it follows b2, its neighbour in B)
//! ```

use super::similarity::{Index, Vector};
use super::text::Terms;
use super::{Row, RowKind};
use crate::corpus::{Article, ParagraphKind};

/// The cosine below which two paragraphs are not taken to report the same
/// thing. Reworded reports of one fact share their rare terms (names,
/// places, figures) and score well above it; unrelated paragraphs on one
/// event share only its common vocabulary and score below.
const MATCH_THRESHOLD: f32 = 0.2;

/// The most that agreeing positions add to a pair's rank; well below the
/// gap between a true match and a chance one, so it only settles near ties.
const POSITION_WEIGHT: f32 = 0.05;

/// The cosine from which a matched row counts as an edit of one text
/// rather than two tellings of one fact.
const CHANGED_THRESHOLD: f32 = 0.5;

/// Aligns the paragraphs of `articles` into rows, in reading order.
pub fn align(articles: &[Article]) -> Vec<Row> {
    let docs = Documents::new(articles);
    let mut rows = Rows::new(articles.len());
    for (a, article) in articles.iter().enumerate() {
        let matches = docs.matches(a, &rows);
        let mut anchor = None;
        for p in 0..article.paragraphs.len() {
            let row = match (matches[p], anchor) {
                (Some(row), _) => row,
                (None, Some(anchor)) => rows.open_after(anchor),
                // Before the article's first match: just above it.
                (None, None) => rows.open_before(matches[p..].iter().find_map(|&m| m)),
            };
            rows.add(row, a, p, docs.id(a, p));
            anchor = Some(row);
        }
    }
    rows.finish(&docs, articles)
}

/// Every paragraph of every article as one document of a TF-IDF index.
struct Documents {
    index: Index,
    /// The first document of each article.
    offsets: Vec<usize>,
    kinds: Vec<ParagraphKind>,
}

impl Documents {
    fn new(articles: &[Article]) -> Documents {
        let terms = Terms::default();
        let mut offsets = Vec::with_capacity(articles.len());
        let mut documents = Vec::new();
        let mut kinds = Vec::new();
        for article in articles {
            offsets.push(documents.len());
            for paragraph in &article.paragraphs {
                kinds.push(paragraph.kind);
                documents.push(match paragraph.kind {
                    ParagraphKind::Boilerplate => Vec::new(),
                    _ => terms.of(&paragraph.text),
                });
            }
        }
        Documents {
            index: Index::new(&documents),
            offsets,
            kinds,
        }
    }

    fn id(&self, article: usize, paragraph: usize) -> usize {
        self.offsets[article] + paragraph
    }

    /// For each paragraph of article `a`, the row it joins, if any.
    fn matches(&self, a: usize, rows: &Rows) -> Vec<Option<usize>> {
        let start = self.offsets[a];
        let end = self.offsets.get(a + 1).copied().unwrap_or(self.kinds.len());
        let place = |i: usize, len: usize| {
            if len > 1 {
                i as f32 / (len - 1) as f32
            } else {
                0.0
            }
        };
        let mut row_place = vec![0.0; rows.cells.len()];
        for (i, &row) in rows.order.iter().enumerate() {
            row_place[row] = place(i, rows.order.len());
        }
        let mut candidates: Vec<(f32, usize, usize)> = Vec::new();
        for doc in start..end {
            let kind = self.kinds[doc];
            if kind == ParagraphKind::Boilerplate {
                continue;
            }
            let earlier = |other: usize| other < start && self.kinds[other] == kind;
            let mut best: Vec<(usize, f32)> = Vec::new();
            for (other, score) in self.index.similar(doc, MATCH_THRESHOLD, earlier) {
                let row = rows.of_document[other].expect("earlier documents are placed");
                match best.iter_mut().find(|(r, _)| *r == row) {
                    Some(entry) => entry.1 = entry.1.max(score),
                    None => best.push((row, score)),
                }
            }
            let here = place(doc - start, end - start);
            candidates.extend(best.into_iter().map(|(row, score)| {
                let bonus = POSITION_WEIGHT * (1.0 - (here - row_place[row]).abs());
                (score + bonus, doc - start, row)
            }));
        }
        // Best first; ties broken by position so the result is deterministic.
        candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
        let mut matches = vec![None; end - start];
        let mut row_taken = vec![false; rows.cells.len()];
        for (_, p, row) in candidates {
            if matches[p].is_none() && !row_taken[row] {
                matches[p] = Some(row);
                row_taken[row] = true;
            }
        }
        matches
    }
}

/// Rows under construction: cells per row, and the reading order.
struct Rows {
    articles: usize,
    cells: Vec<Vec<Vec<usize>>>,
    order: Vec<usize>,
    /// The row of each document placed so far.
    of_document: Vec<Option<usize>>,
}

impl Rows {
    fn new(articles: usize) -> Rows {
        Rows {
            articles,
            cells: Vec::new(),
            order: Vec::new(),
            of_document: Vec::new(),
        }
    }

    /// Opens an empty row right after `anchor` in reading order.
    fn open_after(&mut self, anchor: usize) -> usize {
        let at = self.position(anchor) + 1;
        self.open_at(at)
    }

    /// Opens an empty row right before `next`, or last when there is none.
    fn open_before(&mut self, next: Option<usize>) -> usize {
        let at = next.map_or(self.order.len(), |next| self.position(next));
        self.open_at(at)
    }

    fn open_at(&mut self, at: usize) -> usize {
        let row = self.cells.len();
        self.cells.push(vec![Vec::new(); self.articles]);
        self.order.insert(at, row);
        row
    }

    fn position(&self, row: usize) -> usize {
        self.order
            .iter()
            .position(|&r| r == row)
            .expect("row is placed")
    }

    fn add(&mut self, row: usize, article: usize, paragraph: usize, document: usize) {
        self.cells[row][article].push(paragraph);
        if self.of_document.len() <= document {
            self.of_document.resize(document + 1, None);
        }
        self.of_document[document] = Some(row);
    }

    fn finish(self, docs: &Documents, articles: &[Article]) -> Vec<Row> {
        let mut cells = self.cells;
        self.order
            .iter()
            .map(|&row| {
                let cells = std::mem::take(&mut cells[row]);
                let (kind, similarity) = judge(&cells, docs, articles);
                Row {
                    kind,
                    similarity,
                    cells,
                }
            })
            .collect()
    }
}

/// A row's kind and similarity: the mean cosine over pairs of its cells.
fn judge(cells: &[Vec<usize>], docs: &Documents, articles: &[Article]) -> (RowKind, f32) {
    let filled: Vec<(usize, &Vec<usize>)> = cells
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.is_empty())
        .collect();
    if filled.len() < 2 {
        return (RowKind::Unique, 0.0);
    }
    let text = |(a, cell): (usize, &Vec<usize>)| -> Vec<&str> {
        cell.iter()
            .map(|&p| articles[a].paragraphs[p].text.as_str())
            .collect()
    };
    if filled.iter().all(|&cell| text(cell) == text(filled[0])) {
        return (RowKind::Same, 1.0);
    }
    let vectors: Vec<Vector> = filled
        .iter()
        .map(|&(a, cell)| Vector::sum(cell.iter().map(|&p| docs.index.vector(docs.id(a, p)))))
        .collect();
    let mut total = 0.0;
    let mut pairs = 0;
    for (i, x) in vectors.iter().enumerate() {
        for y in &vectors[i + 1..] {
            total += x.cosine(y);
            pairs += 1;
        }
    }
    let similarity = total / pairs as f32;
    let kind = if similarity >= CHANGED_THRESHOLD {
        RowKind::Changed
    } else {
        RowKind::Related
    };
    (kind, similarity)
}
