//! A row's paragraphs, article by article, kept only for the articles that
//! have some. A folder of thousands of articles falls into hundreds of
//! stories, and each row touches a handful of them: rows that held a slot
//! for every article took a gigabyte on 3,000 articles. A file of a
//! million paragraphs has a million rows, so a row's cells are one
//! allocation of exactly the size they need.

use std::ops::Index;

/// Paragraph indices per article, for the `len()` articles of a
/// comparison, and which of them stand out of their article's order.
/// Indexing an article that has nothing in the row gives an empty slice,
/// as a dense table would.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cells {
    articles: u32,
    /// `[k, key_1 … key_k, end_1 … end_k, paragraphs…]` for the `k`
    /// articles with paragraphs, in article order: each key is
    /// `article << 1 | moved`, each end where that article's paragraphs
    /// (ascending) end in the list after. Empty when no article has any.
    data: Vec<usize>,
}

/// One filled cell, decoded: the article, whether it is moved, its
/// paragraphs.
type Entry = (usize, bool, Vec<usize>);

impl Cells {
    /// No paragraphs yet, for `articles` articles.
    pub fn new(articles: usize) -> Cells {
        Cells {
            articles: u32::try_from(articles).expect("fewer than 2^32 articles"),
            data: Vec::new(),
        }
    }

    /// How many articles the row has a cell for, filled or not.
    pub fn len(&self) -> usize {
        self.articles as usize
    }

    /// Whether the comparison has no articles at all.
    pub fn is_empty(&self) -> bool {
        self.articles == 0
    }

    /// Every article's cell in article order, empty ones included.
    pub fn iter(&self) -> impl Iterator<Item = &[usize]> {
        (0..self.len()).map(|a| &self[a])
    }

    /// How many articles have paragraphs in the row.
    pub fn count_filled(&self) -> usize {
        self.data.first().copied().unwrap_or(0)
    }

    /// The articles with paragraphs in the row and their paragraphs, in
    /// article order.
    pub fn filled(&self) -> impl Iterator<Item = (usize, &[usize])> {
        (0..self.count_filled()).map(|i| (self.key(i) >> 1, self.paragraphs(i)))
    }

    /// The articles whose cell stands out of their own order, ascending.
    pub fn moved(&self) -> impl Iterator<Item = usize> {
        (0..self.count_filled())
            .map(|i| self.key(i))
            .filter(|key| key & 1 == 1)
            .map(|key| key >> 1)
    }

    /// Whether article `a`'s cell stands out of its own order.
    pub fn is_moved(&self, a: usize) -> bool {
        self.find(a).is_some_and(|i| self.key(i) & 1 == 1)
    }

    /// Marks article `a`'s cell as out of its own order; an empty cell
    /// cannot be.
    pub fn mark_moved(&mut self, a: usize) {
        if let Some(i) = self.find(a) {
            self.data[1 + i] |= 1;
        }
    }

    /// Puts `paragraph` of `article` in the row, keeping the order.
    /// In place: a row of many articles is built one paragraph at a time.
    pub fn add(&mut self, article: usize, paragraph: usize) {
        debug_assert!(article < self.len(), "article {article} is outside the row");
        if self.data.is_empty() {
            self.data = vec![1, article << 1, 1, paragraph];
            return;
        }
        let k = self.count_filled();
        let at = self.data[1..1 + k].binary_search_by_key(&article, |key| key >> 1);
        let i = match at {
            Ok(i) => {
                let (start, end) = self.bounds(i);
                let base = 1 + 2 * k;
                let cell = &self.data[base + start..base + end];
                let Err(p) = cell.binary_search(&paragraph) else {
                    return;
                };
                self.data.insert(base + start + p, paragraph);
                i
            }
            Err(i) => {
                // A key and an end for the new article, then its paragraph
                // where the article's cell begins.
                let start = self.bounds(i.saturating_sub(1)).1 * usize::from(i > 0);
                self.data[0] = k + 1;
                self.data.insert(1 + i, article << 1);
                self.data.insert(1 + (k + 1) + i, start);
                self.data.insert(1 + 2 * (k + 1) + start, paragraph);
                i
            }
        };
        let k = self.count_filled();
        for end in &mut self.data[1 + k + i..1 + 2 * k] {
            *end += 1;
        }
    }

    /// Adds every paragraph of `other`: two rows merged.
    pub fn absorb(&mut self, other: Cells) {
        for (article, cell) in other.filled() {
            for &paragraph in cell {
                self.add(article, paragraph);
            }
        }
    }

    /// The cells of articles `keep` only, renumbered in that order.
    pub fn select(&self, keep: &[usize]) -> Cells {
        let entries: Vec<Entry> = keep
            .iter()
            .enumerate()
            .filter_map(|(new, &old)| {
                let i = self.find(old)?;
                Some((new, self.key(i) & 1 == 1, self.paragraphs(i).to_vec()))
            })
            .collect();
        let mut cells = Cells::new(keep.len());
        cells.data = encode(&entries);
        cells
    }

    /// These cells, numbered within `members` of a wider comparison of
    /// `articles` articles: a story's row placed among all the articles.
    pub fn widen(self, members: &[usize], articles: usize) -> Cells {
        let mut entries = self.entries();
        for entry in &mut entries {
            entry.0 = members[entry.0];
        }
        entries.sort_unstable_by_key(|e| e.0);
        let mut cells = Cells::new(articles);
        cells.data = encode(&entries);
        cells
    }

    fn key(&self, i: usize) -> usize {
        self.data[1 + i]
    }

    fn paragraphs(&self, i: usize) -> &[usize] {
        let k = self.count_filled();
        let (start, end) = self.bounds(i);
        &self.data[1 + 2 * k + start..1 + 2 * k + end]
    }

    /// Where the `i`th filled cell's paragraphs start and end in the list.
    fn bounds(&self, i: usize) -> (usize, usize) {
        let k = self.count_filled();
        let start = if i == 0 { 0 } else { self.data[k + i] };
        (start, self.data[1 + k + i])
    }

    /// Where article `a` stands among the filled cells.
    fn find(&self, a: usize) -> Option<usize> {
        let k = self.count_filled();
        self.data
            .get(1..1 + k)?
            .binary_search_by_key(&a, |key| key >> 1)
            .ok()
    }

    fn entries(&self) -> Vec<Entry> {
        (0..self.count_filled())
            .map(|i| {
                let key = self.key(i);
                (key >> 1, key & 1 == 1, self.paragraphs(i).to_vec())
            })
            .collect()
    }
}

/// The layout of [`Cells::data`] for `entries`, in article order.
fn encode(entries: &[Entry]) -> Vec<usize> {
    if entries.is_empty() {
        return Vec::new();
    }
    let total: usize = entries.iter().map(|e| e.2.len()).sum();
    let mut data = Vec::with_capacity(1 + 2 * entries.len() + total);
    data.push(entries.len());
    data.extend(
        entries
            .iter()
            .map(|&(a, moved, _)| a << 1 | usize::from(moved)),
    );
    let mut end = 0;
    for entry in entries {
        end += entry.2.len();
        data.push(end);
    }
    for entry in entries {
        data.extend(&entry.2);
    }
    data
}

impl Index<usize> for Cells {
    type Output = [usize];

    fn index(&self, article: usize) -> &[usize] {
        assert!(
            article < self.len(),
            "article {article} is outside a row of {}",
            self.articles
        );
        self.find(article).map_or(&[], |i| self.paragraphs(i))
    }
}

/// A dense table of cells, one per article: how tests and small callers
/// write a row.
impl From<Vec<Vec<usize>>> for Cells {
    fn from(dense: Vec<Vec<usize>>) -> Cells {
        let mut cells = Cells::new(dense.len());
        for (article, cell) in dense.into_iter().enumerate() {
            for paragraph in cell {
                cells.add(article, paragraph);
            }
        }
        cells
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn an_article_with_nothing_reads_as_an_empty_cell() {
        let mut cells = Cells::new(3);
        cells.add(2, 5);
        cells.add(2, 4);
        assert!(cells[0].is_empty());
        assert_eq!(cells[2], [4, 5]);
        assert_eq!(cells.len(), 3);
        assert_eq!(cells.count_filled(), 1);
        assert_eq!(cells.iter().collect::<Vec<_>>(), [&[][..], &[], &[4, 5]]);
    }

    #[test]
    #[should_panic(expected = "outside a row of 2")]
    fn an_article_outside_the_comparison_is_a_bug_not_an_empty_cell() {
        let _ = &Cells::new(2)[2];
    }

    #[test]
    fn a_story_row_widened_keeps_each_paragraph_with_its_article() {
        let story = Cells::from(vec![vec![1], vec![], vec![0, 2]]);
        let wide = story.widen(&[7, 3, 1], 9);
        assert_eq!(wide.len(), 9);
        assert_eq!(wide[7], [1]);
        assert_eq!(wide[1], [0, 2]);
        assert!(wide[3].is_empty());
        assert_eq!(wide.filled().map(|(a, _)| a).collect::<Vec<_>>(), [1, 7]);
        assert_eq!(
            wide.select(&[7, 3, 1]),
            Cells::from(vec![vec![1], vec![], vec![0, 2]])
        );
    }

    #[test]
    fn a_moved_mark_stays_with_its_article_through_select_and_widen() {
        let mut cells = Cells::from(vec![vec![4], vec![], vec![1]]);
        cells.mark_moved(2);
        cells.mark_moved(1);
        assert_eq!(
            cells.moved().collect::<Vec<_>>(),
            [2],
            "an empty cell is never moved"
        );
        assert!(cells.is_moved(2) && !cells.is_moved(0));
        assert_eq!(cells[2], [1]);
        let picked = cells.select(&[2, 0]);
        assert_eq!(picked.moved().collect::<Vec<_>>(), [0]);
        assert_eq!(picked[0], [1]);
        let wide = picked.widen(&[5, 3], 6);
        assert_eq!(wide.moved().collect::<Vec<_>>(), [5]);
        assert_eq!(wide[3], [4]);
    }

    proptest! {
        #[test]
        fn sparse_cells_read_as_the_dense_table_they_came_from(
            dense in proptest::collection::vec(proptest::collection::btree_set(0usize..50, 0..4), 1..8),
            merged in proptest::collection::vec(proptest::collection::btree_set(0usize..50, 0..4), 1..8),
        ) {
            let dense: Vec<Vec<usize>> = dense.into_iter().map(|c| c.into_iter().collect()).collect();
            let cells = Cells::from(dense.clone());
            prop_assert_eq!(cells.iter().map(<[usize]>::to_vec).collect::<Vec<_>>(), dense.clone());
            prop_assert_eq!(cells.count_filled(), dense.iter().filter(|c| !c.is_empty()).count());
            let width = dense.len().max(merged.len());
            let pad = |mut d: Vec<Vec<usize>>| { d.resize(width, Vec::new()); d };
            let merged: Vec<Vec<usize>> = merged.into_iter().map(|c| c.into_iter().collect()).collect();
            let mut both = Cells::from(pad(dense.clone()));
            both.absorb(Cells::from(pad(merged.clone())));
            for a in 0..width {
                let mut want: Vec<usize> = pad(dense.clone())[a].iter().chain(&pad(merged.clone())[a]).copied().collect();
                want.sort_unstable();
                want.dedup();
                prop_assert_eq!(&both[a], want.as_slice());
            }
        }
    }
}
