//! A row's paragraphs, article by article, kept only for the articles that
//! have some. A folder of thousands of articles falls into hundreds of
//! stories, and each row touches a handful of them: rows that held a slot
//! for every article took a gigabyte on 3,000 articles.

use std::ops::Index;

/// Paragraph indices per article, for the `len()` articles of a
/// comparison. Indexing an article that has nothing in the row gives an
/// empty slice, as a dense table would.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cells {
    articles: usize,
    /// The articles with paragraphs in the row, in article order, each
    /// with its paragraphs in ascending order.
    filled: Vec<(usize, Vec<usize>)>,
}

impl Cells {
    /// No paragraphs yet, for `articles` articles.
    pub fn new(articles: usize) -> Cells {
        Cells {
            articles,
            filled: Vec::new(),
        }
    }

    /// How many articles the row has a cell for, filled or not.
    pub fn len(&self) -> usize {
        self.articles
    }

    /// Whether the comparison has no articles at all.
    pub fn is_empty(&self) -> bool {
        self.articles == 0
    }

    /// Every article's cell in article order, empty ones included.
    pub fn iter(&self) -> impl Iterator<Item = &[usize]> {
        (0..self.articles).map(|a| &self[a])
    }

    /// The articles with paragraphs in the row and their paragraphs, in
    /// article order.
    pub fn filled(&self) -> impl Iterator<Item = (usize, &[usize])> {
        self.filled.iter().map(|(a, cell)| (*a, cell.as_slice()))
    }

    /// How many articles have paragraphs in the row.
    pub fn count_filled(&self) -> usize {
        self.filled.len()
    }

    /// Puts `paragraph` of `article` in the row, keeping the order.
    pub fn add(&mut self, article: usize, paragraph: usize) {
        debug_assert!(
            article < self.articles,
            "article {article} is outside the row"
        );
        let cell = match self.filled.binary_search_by_key(&article, |(a, _)| *a) {
            Ok(at) => &mut self.filled[at].1,
            Err(at) => {
                self.filled.insert(at, (article, Vec::new()));
                &mut self.filled[at].1
            }
        };
        if let Err(at) = cell.binary_search(&paragraph) {
            cell.insert(at, paragraph);
        }
    }

    /// Adds every paragraph of `other`: two rows merged.
    pub fn absorb(&mut self, other: Cells) {
        for (article, cell) in other.filled {
            for paragraph in cell {
                self.add(article, paragraph);
            }
        }
    }

    /// The cells of articles `keep` only, renumbered in that order.
    pub fn select(&self, keep: &[usize]) -> Cells {
        let mut cells = Cells::new(keep.len());
        for (new, &old) in keep.iter().enumerate() {
            for &paragraph in &self[old] {
                cells.add(new, paragraph);
            }
        }
        cells
    }

    /// These cells, numbered within `members` of a wider comparison of
    /// `articles` articles: a story's row placed among all the articles.
    pub fn widen(self, members: &[usize], articles: usize) -> Cells {
        let mut filled: Vec<(usize, Vec<usize>)> = self
            .filled
            .into_iter()
            .map(|(k, cell)| (members[k], cell))
            .collect();
        filled.sort_unstable_by_key(|(a, _)| *a);
        Cells { articles, filled }
    }
}

impl Index<usize> for Cells {
    type Output = [usize];

    fn index(&self, article: usize) -> &[usize] {
        assert!(
            article < self.articles,
            "article {article} is outside a row of {}",
            self.articles
        );
        self.filled
            .binary_search_by_key(&article, |(a, _)| *a)
            .map_or(&[], |at| self.filled[at].1.as_slice())
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
