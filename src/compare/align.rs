//! Paragraphs of several articles into the rows of a side-by-side view.
//!
//! Progressive alignment: the first article lays down one row per
//! paragraph; each further article, in the order of their ids, then joins
//! existing rows or opens rows of its own.
//!
//! 1. Every alignable paragraph of the new article is scored against the
//!    rows it shares terms with (TF-IDF cosine to the row's closest
//!    member). Body text only meets body text, headings only headings.
//!    In a revision, a paragraph kept word for word goes to its copy's
//!    row without a search.
//! 2. How strict to be depends on what the new article is. A revision of
//!    an earlier one keeps many paragraphs nearly whole, and an unrelated
//!    paragraph that shares its vocabulary must not be taken for an edit;
//!    another outlet words everything differently, and its counterparts
//!    share only a few rare terms. The share of nearly identical
//!    paragraphs tells the two apart, and sets the threshold.
//! 3. Pairs are taken greedily, best first, each row and paragraph used
//!    once. A moved paragraph therefore still meets its counterpart: order
//!    only breaks near ties (a paragraph and a row at the same relative
//!    place in their articles get a small bonus: reports put the lede
//!    first), so reordering never crosses wires.
//! 4. A split or a merge shows as a strong pair whose row or paragraph is
//!    already taken: the paragraph joins the row (a split), or the row
//!    joins the paragraph's row (a merge), when the joined text matches
//!    better than the part alone. Across outlets the parts must be
//!    neighbours; in a revision they may have moved apart since. A merged
//!    row stands where its earlier part stood.
//! 5. A paragraph with no counterpart gets a row of its own, placed right
//!    after the row of the paragraph before it, so it reads near its
//!    neighbours.
//!
//! ```text
//! A: a1 a2 a3        rows: [a1 b2] [·  b3] [a2 ·] [a3 b1]
//! B: b1 b2 b3        (b1 tells a3, b2 tells a1, b3 only B has:
//!                     it follows b2, its neighbour in B)
//! ```

use foldhash::{HashMap, HashMapExt};
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use super::similarity::{Index, Sum, Tally, Vector};
use super::text::Terms;
use super::{Cells, Row, RowKind};
use crate::corpus::{Article, ParagraphKind};

/// The match threshold for a revision of an earlier article: an edit, even
/// a heavy one, keeps well over this much of the text.
const REVISION_THRESHOLD: f32 = 0.25;

/// The match threshold for another outlet's report: paraphrases of one fact
/// share little beyond its names, places and figures, which TF-IDF weighs
/// heavily, so their cosine is low but still clear of chance.
const OUTLET_THRESHOLD: f32 = 0.1;

/// A paragraph this close to an earlier one is the same text, lightly
/// edited at most.
const NEAR_IDENTICAL: f32 = 0.6;

/// The share of nearly identical paragraphs from which an article is taken
/// for a revision of an earlier one.
const REVISION_SHARE: f32 = 0.3;

/// The least cosine a part must have with the whole it joins (a split half
/// with its original paragraph, or a merged paragraph with one of its
/// sources), in a revision: half of an edited paragraph keeps this much.
const REVISION_JOIN_THRESHOLD: f32 = 0.3;

/// The same across outlets, where one outlet tells in two paragraphs what
/// another tells in one, in other words.
const OUTLET_JOIN_THRESHOLD: f32 = 0.15;

/// How much of a row's score comes from all its members together rather
/// than its closest one: a paragraph that matches one member loosely but
/// the row as a whole poorly should not join it.
const CENTROID_WEIGHT: f32 = 0.5;

/// The most that agreeing positions add to a pair's rank; well below the
/// gap between a true match and a chance one, so it only settles near ties.
const POSITION_WEIGHT: f32 = 0.08;

/// The cosine from which a matched row counts as an edit of one text
/// rather than two tellings of one fact.
const CHANGED_THRESHOLD: f32 = 0.5;

/// Aligns the paragraphs of `articles` into rows, in reading order. A
/// paragraph is a candidate for its `rows_per_paragraph` closest rows
/// ([`Budget::rows_per_paragraph`](super::Budget)): its counterpart is
/// among its closest few.
pub fn align(articles: &[Article], rows_per_paragraph: usize) -> Vec<Row> {
    // One article meets nothing: each paragraph is a row of its own, in
    // order, as the general path below would make them, without the
    // index it would build to find no match (a file of a million short
    // paragraphs spent a third of its memory on that).
    if let [article] = articles {
        return (0..article.paragraphs.len())
            .map(|p| {
                let mut cells = Cells::new(1);
                cells.add(0, p);
                Row {
                    kind: RowKind::Unique,
                    similarity: 0.0,
                    cells,
                }
            })
            .collect();
    }
    let docs = Documents::new(articles);
    let mut rows = Rows::new(articles.len(), docs.text_kinds.len());
    // The first article leads; the others follow in the order of their
    // ids, so the rows depend on which articles are compared, not on the
    // order they were given in.
    let mut order: Vec<usize> = (1..articles.len()).collect();
    order.sort_by(|&x, &y| articles[x].id.cmp(&articles[y].id).then(x.cmp(&y)));
    for a in std::iter::once(0).chain(order).take(articles.len()) {
        let article = &articles[a];
        let plan = Plan::make(&docs, &rows, a, rows_per_paragraph);
        for &(from, into) in &plan.merges {
            rows.merge(from, into);
        }
        let mut anchor = None;
        for p in 0..article.paragraphs.len() {
            let row = match (plan.matches[p], anchor) {
                (Some(row), _) => row,
                (None, Some(anchor)) => rows.open_after(anchor),
                // Before the article's first match: just above it.
                (None, None) => rows.open_before(plan.matches[p..].iter().find_map(|&m| m)),
            };
            rows.add(&docs, row, a, p);
            anchor = Some(row);
        }
    }
    rows.finish(&docs, articles)
}

/// Every paragraph of every article as one document of a TF-IDF index.
///
/// Identical paragraphs (of one kind) are one text of the index, weighed
/// by how often they occur: an update's versions repeat most of their
/// paragraphs, and scoring each copy again would make every version cost
/// as much as all the versions before it.
struct Documents {
    index: Index,
    /// The first document of each article.
    offsets: Vec<usize>,
    kinds: Vec<ParagraphKind>,
    /// Each document's text in the index.
    text_of: Vec<usize>,
    /// Each text's kind.
    text_kinds: Vec<ParagraphKind>,
}

impl Documents {
    fn new(articles: &[Article]) -> Documents {
        let terms = Terms::default();
        let mut offsets = Vec::with_capacity(articles.len());
        let mut kinds = Vec::new();
        let mut text_of = Vec::new();
        let mut texts: HashMap<(ParagraphKind, &str), usize> = HashMap::new();
        let (mut documents, mut copies, mut text_kinds) = (Vec::new(), Vec::new(), Vec::new());
        for article in articles {
            offsets.push(kinds.len());
            for paragraph in &article.paragraphs {
                kinds.push(paragraph.kind);
                let text = *texts
                    .entry((paragraph.kind, paragraph.text.as_str()))
                    .or_insert_with(|| {
                        documents.push(match paragraph.kind {
                            ParagraphKind::Boilerplate => Vec::new(),
                            _ => terms.bag([paragraph.text.as_str()]),
                        });
                        copies.push(0);
                        text_kinds.push(paragraph.kind);
                        documents.len() - 1
                    });
                copies[text] += 1;
                text_of.push(text);
            }
        }
        Documents {
            index: Index::with_copies(documents.into_iter().zip(copies)),
            offsets,
            kinds,
            text_of,
            text_kinds,
        }
    }

    fn vector(&self, document: usize) -> &Vector {
        self.index.vector(self.text_of[document])
    }

    fn id(&self, article: usize, paragraph: usize) -> usize {
        self.offsets[article] + paragraph
    }

    /// The documents of article `a`.
    fn range(&self, a: usize) -> std::ops::Range<usize> {
        self.offsets[a]..self.offsets.get(a + 1).copied().unwrap_or(self.kinds.len())
    }

    /// What several paragraphs of article `a` say together.
    fn cell_vector(&self, a: usize, paragraphs: &[usize]) -> Vector {
        Vector::sum(paragraphs.iter().map(|&p| self.vector(self.id(a, p))))
    }
}

/// A candidate pair: paragraph `p` of the new article and a row.
struct Candidate {
    rank: f32,
    cosine: f32,
    p: usize,
    row: usize,
}

/// How the paragraphs of one new article join the rows so far.
struct Plan {
    /// The row each paragraph joins, if any.
    matches: Vec<Option<usize>>,
    /// Rows to fold into another before placing: (from, into).
    merges: Vec<(usize, usize)>,
}

impl Plan {
    fn make(docs: &Documents, rows: &Rows, a: usize, rows_per_paragraph: usize) -> Plan {
        let range = docs.range(a);
        let candidates = candidates(docs, rows, a, rows_per_paragraph);
        let alignable = range
            .clone()
            .filter(|&d| docs.kinds[d] != ParagraphKind::Boilerplate)
            .count();
        let mut best = vec![0.0f32; range.len()];
        for c in &candidates {
            best[c.p] = best[c.p].max(c.cosine);
        }
        let near = best.iter().filter(|&&b| b >= NEAR_IDENTICAL).count();
        let revision = near as f32 >= REVISION_SHARE * alignable.max(1) as f32;
        let threshold = if revision {
            REVISION_THRESHOLD
        } else {
            OUTLET_THRESHOLD
        };
        let join_threshold = if revision {
            REVISION_JOIN_THRESHOLD
        } else {
            OUTLET_JOIN_THRESHOLD
        };
        // Each paragraph's and each row's first choice, for outlet mode.
        let mut first_row = vec![None; range.len()];
        let mut first_paragraph = vec![None; rows.cells.len()];
        for c in &candidates {
            first_row[c.p].get_or_insert(c.row);
            first_paragraph[c.row].get_or_insert(c.p);
        }
        // Among loosely related paragraphs the greedy order alone can pair
        // two leftovers that each had a better partner; another outlet's
        // paragraph must be the first choice of one side.
        let chosen = |c: &Candidate| {
            revision || first_row[c.p] == Some(c.row) || first_paragraph[c.row] == Some(c.p)
        };

        let mut plan = Plan {
            matches: vec![None; range.len()],
            merges: Vec::new(),
        };
        // The new article's paragraphs in each row, and rows merged away.
        let mut cells: Vec<Vec<usize>> = vec![Vec::new(); rows.cells.len()];
        let mut merged_into: Vec<Option<usize>> = vec![None; rows.cells.len()];
        for c in candidates {
            let mut row = c.row;
            while let Some(into) = merged_into[row] {
                row = into;
            }
            match plan.matches[c.p] {
                None if cells[row].is_empty() && c.cosine >= threshold && chosen(&c) => {
                    plan.matches[c.p] = Some(row);
                    cells[row].push(c.p);
                }
                None if !cells[row].is_empty() && c.cosine >= join_threshold => {
                    // In a revision a split half may have moved since; across
                    // outlets only a neighbour continues the same telling.
                    let next_to = revision || cells[row].iter().any(|&q| q.abs_diff(c.p) == 1);
                    let mut joined = cells[row].clone();
                    joined.push(c.p);
                    let members = rows.members(&[row]);
                    let better = members.cosine(&docs.cell_vector(a, &joined))
                        > members.cosine(&docs.cell_vector(a, &cells[row]));
                    if next_to && better {
                        plan.matches[c.p] = Some(row);
                        cells[row] = joined;
                    }
                }
                Some(own) if own != row && cells[row].is_empty() && c.cosine >= join_threshold => {
                    let cell = docs.cell_vector(a, &cells[own]);
                    let better = rows.members(&[own, row]).cosine(&cell)
                        > rows.members(&[own]).cosine(&cell);
                    // In a revision the sources of a merge may have stood
                    // apart (one was moved, then merged); across outlets
                    // only neighbouring rows merge.
                    let next_to = revision || rows.position(own).abs_diff(rows.position(row)) == 1;
                    if next_to && better {
                        merged_into[row] = Some(own);
                        plan.merges.push((row, own));
                    }
                }
                _ => {}
            }
        }
        plan
    }
}

/// Every (paragraph, row) pair of article `a` worth considering, best first.
fn candidates(
    docs: &Documents,
    rows: &Rows,
    a: usize,
    rows_per_paragraph: usize,
) -> Vec<Candidate> {
    let range = docs.range(a);
    // The first article has nothing to meet.
    if rows.cells.is_empty() {
        return Vec::new();
    }
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
    let floor = OUTLET_THRESHOLD.min(REVISION_THRESHOLD);
    // An exact copy of a text that rows hold alone, with a row for each
    // of the article's copies, goes to one of those rows, at a cosine of
    // one, once the article is surely a revision: enough of its
    // paragraphs are such copies. Its other candidates could only join it
    // to a row it matches less well than its copy, which neither a split
    // nor a merge accepts, so it is not scored against every row: an
    // update's unchanged paragraphs cost a lookup, not a search.
    let mut in_article: HashMap<usize, usize> = HashMap::new();
    for doc in range.clone() {
        *in_article.entry(docs.text_of[doc]).or_default() += 1;
    }
    let copies_of = |doc: usize| -> Option<&[(usize, u32)]> {
        let text = docs.text_of[doc];
        let held = &rows.of_text[text];
        let alone = !held.is_empty()
            && in_article[&text] <= held.len().min(rows_per_paragraph)
            && held
                .iter()
                .all(|&(row, _)| rows.only[row] == Only::Text(text));
        alone.then_some(held.as_slice())
    };
    let alignable = range
        .clone()
        .filter(|&d| docs.kinds[d] != ParagraphKind::Boilerplate);
    let copies = alignable
        .clone()
        .filter(|&d| copies_of(d).is_some())
        .count();
    let revision = copies as f32 >= REVISION_SHARE * alignable.count().max(1) as f32;
    // Each paragraph is scored alone against the rows so far, so the
    // paragraphs are shared among the cores; the sort below makes the
    // order whatever way they were shared.
    let mut candidates: Vec<Candidate> = range
        .clone()
        .into_par_iter()
        .map_init(
            || Scratch::new(rows.cells.len()),
            |scratch, doc| {
                let kind = docs.kinds[doc];
                if kind == ParagraphKind::Boilerplate {
                    return Vec::new();
                }
                let p = doc - range.start;
                let here = place(p, range.len());
                let best = match copies_of(doc).filter(|_| revision) {
                    Some(held) => {
                        let mut best: Vec<(usize, f32)> =
                            held.iter().map(|&(row, _)| (row, 1.0)).collect();
                        best.sort_unstable_by_key(|&(row, _)| row);
                        best.truncate(rows_per_paragraph);
                        best
                    }
                    None => scratch.best_rows(docs, rows, doc, (floor, rows_per_paragraph)),
                };
                best.into_iter()
                    .map(|(row, cosine)| {
                        let bonus = POSITION_WEIGHT * (1.0 - (here - row_place[row]).abs());
                        Candidate {
                            rank: cosine + bonus,
                            cosine,
                            p,
                            row,
                        }
                    })
                    .collect()
            },
        )
        .flatten_iter()
        .collect();
    // Best first; ties broken by position so the result is deterministic.
    candidates.sort_by(|x, y| {
        y.rank
            .total_cmp(&x.rank)
            .then(x.p.cmp(&y.p))
            .then(x.row.cmp(&y.row))
    });
    candidates
}

/// What one core needs to score paragraphs against the rows, kept from
/// one paragraph to the next.
struct Scratch {
    /// The length of each row's summed members, found for the rows some
    /// paragraph shares a term with.
    norms: Vec<Option<f32>>,
    tally: Tally,
    /// Where each row stands in the paragraph's list, while it is scored.
    slot: Vec<Option<usize>>,
}

impl Scratch {
    fn new(rows: usize) -> Scratch {
        Scratch {
            norms: vec![None; rows],
            tally: Tally::default(),
            slot: vec![None; rows],
        }
    }

    /// The rows document `doc` may join, with their scores, at least
    /// `floor`, the closest `rows_per_paragraph` at most.
    fn best_rows(
        &mut self,
        docs: &Documents,
        rows: &Rows,
        doc: usize,
        (floor, rows_per_paragraph): (f32, usize),
    ) -> Vec<(usize, f32)> {
        let kind = docs.kinds[doc];
        let earlier = |text: usize| !rows.of_text[text].is_empty() && docs.text_kinds[text] == kind;
        // Per row: its closest member's cosine, counted only from a quarter
        // of the floor (a row can score above the floor with no single
        // member above it), and the dot product with all its members
        // together, which over the length of their sum is the cosine to
        // the row's centroid.
        let mut seen: Vec<(usize, f32, f32)> = Vec::new();
        let text = docs.text_of[doc];
        for (other, score) in docs.index.similar(text, 0.0, earlier, &mut self.tally) {
            for &(row, copies) in &rows.of_text[other] {
                let k = *self.slot[row].get_or_insert_with(|| {
                    seen.push((row, 0.0, 0.0));
                    seen.len() - 1
                });
                seen[k].2 += copies as f32 * score;
                if score >= floor / 4.0 {
                    seen[k].1 = seen[k].1.max(score);
                }
            }
        }
        for &(row, _, _) in &seen {
            self.slot[row] = None;
        }
        let mut best: Vec<(usize, f32)> = seen
            .into_iter()
            .filter(|&(_, closest, _)| closest > 0.0)
            .map(|(row, closest, dot)| {
                let norm = *self.norms[row].get_or_insert_with(|| rows.sums[row].norm());
                let centroid = if norm > 0.0 {
                    (dot / norm).min(1.0)
                } else {
                    0.0
                };
                (
                    row,
                    (1.0 - CENTROID_WEIGHT) * closest + CENTROID_WEIGHT * centroid,
                )
            })
            .collect();
        best.retain(|&(_, score)| score >= floor);
        if best.len() > rows_per_paragraph {
            best.sort_unstable_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            best.truncate(rows_per_paragraph);
        }
        best
    }
}

/// What texts a row holds: none yet, copies of one, or several.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Only {
    Empty,
    Text(usize),
    Mixed,
}

impl Only {
    /// What a row holds once `other`'s members join it.
    fn and(self, other: Only) -> Only {
        match (self, other) {
            (Only::Empty, x) | (x, Only::Empty) => x,
            (Only::Text(a), Only::Text(b)) if a == b => Only::Text(a),
            _ => Only::Mixed,
        }
    }
}

/// Rows under construction: cells per row, and the reading order.
struct Rows {
    articles: usize,
    cells: Vec<Cells>,
    order: Vec<usize>,
    /// For each text of the index, the rows its copies placed so far
    /// stand in, with how many copies each holds.
    of_text: Vec<Vec<(usize, u32)>>,
    /// Each row's members' vectors added up.
    sums: Vec<Sum>,
    /// Whether each row holds copies of one text only.
    only: Vec<Only>,
    /// The place [`Rows::position`] last found or a row was opened at:
    /// atomic only so that the rows can be read from several cores.
    hint: AtomicUsize,
}

impl Rows {
    fn new(articles: usize, texts: usize) -> Rows {
        Rows {
            articles,
            cells: Vec::new(),
            order: Vec::new(),
            of_text: vec![Vec::new(); texts],
            sums: Vec::new(),
            only: Vec::new(),
            hint: AtomicUsize::new(0),
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
        self.cells.push(Cells::new(self.articles));
        self.sums.push(Sum::default());
        self.only.push(Only::Empty);
        self.order.insert(at, row);
        self.hint.store(at, Ordering::Relaxed);
        row
    }

    /// Where `row` stands in reading order. An article's rows are mostly
    /// looked up one after another (each opens after the one before), so
    /// the last answer and the place after it are tried before a scan:
    /// reading a long article alone is then linear, not quadratic.
    fn position(&self, row: usize) -> usize {
        let hint = self.hint.load(Ordering::Relaxed);
        let at = [hint, hint + 1]
            .into_iter()
            .find(|&at| self.order.get(at) == Some(&row))
            .unwrap_or_else(|| {
                self.order
                    .iter()
                    .position(|&r| r == row)
                    .expect("row is placed")
            });
        self.hint.store(at, Ordering::Relaxed);
        at
    }

    /// What the earlier articles' paragraphs in `rows` say together.
    fn members(&self, rows: &[usize]) -> Vector {
        match rows {
            [row] => self.sums[*row].vector(),
            _ => {
                let mut total = Sum::default();
                for &row in rows {
                    total.add_sum(&self.sums[row]);
                }
                total.vector()
            }
        }
    }

    /// Folds row `from` into row `into`: a merge seen by a later article.
    fn merge(&mut self, from: usize, into: usize) {
        // The merged row reads where the first article's earlier part stood;
        // with no part of that article in `from`, where `into` stood.
        let first = |row: usize| self.cells[row][0].first().copied();
        let take_from_place = match (first(from), first(into)) {
            (Some(f), Some(i)) => f < i,
            (Some(_), None) => true,
            (None, _) => false,
        };
        let at = self.position(from);
        if take_from_place {
            let kept = self.position(into);
            self.order[at] = into;
            self.order.remove(kept);
        } else {
            self.order.remove(at);
        }
        let sum = std::mem::take(&mut self.sums[from]);
        self.sums[into].add_sum(&sum);
        let from_only = std::mem::replace(&mut self.only[from], Only::Empty);
        self.only[into] = self.only[into].and(from_only);
        let cells = std::mem::take(&mut self.cells[from]);
        self.cells[into].absorb(cells);
        for rows in &mut self.of_text {
            if let Some(k) = rows.iter().position(|&(row, _)| row == from) {
                let (_, copies) = rows.swap_remove(k);
                match rows.iter_mut().find(|(row, _)| *row == into) {
                    Some(entry) => entry.1 += copies,
                    None => rows.push((into, copies)),
                }
            }
        }
    }

    fn add(&mut self, docs: &Documents, row: usize, article: usize, paragraph: usize) {
        let document = docs.id(article, paragraph);
        self.cells[row].add(article, paragraph);
        self.sums[row].add(docs.vector(document));
        self.only[row] = self.only[row].and(Only::Text(docs.text_of[document]));
        let rows = &mut self.of_text[docs.text_of[document]];
        match rows.iter_mut().find(|(r, _)| *r == row) {
            Some(entry) => entry.1 += 1,
            None => rows.push((row, 1)),
        }
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
fn judge(cells: &Cells, docs: &Documents, articles: &[Article]) -> (RowKind, f32) {
    let filled: Vec<(usize, &[usize])> = cells.filled().collect();
    if filled.len() < 2 {
        return (RowKind::Unique, 0.0);
    }
    let text = |(a, cell): (usize, &[usize])| -> Vec<&str> {
        cell.iter()
            .map(|&p| articles[a].paragraphs[p].text.as_str())
            .collect()
    };
    if filled.iter().all(|&cell| text(cell) == text(filled[0])) {
        return (RowKind::Same, 1.0);
    }
    let vectors: Vec<Vector> = filled
        .iter()
        .map(|&(a, cell)| Vector::sum(cell.iter().map(|&p| docs.vector(docs.id(a, p)))))
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
