//! The aligners newsdiff must beat, and the engine itself, all behind one
//! signature: two articles' paragraphs in, links (original, revised) out.

use std::collections::BTreeSet;

use similar::{Algorithm, DiffTag};

use newsdiff::compare::similarity::{Index, Tally};
use newsdiff::compare::text::Terms;
use newsdiff::compare::{Comparison, compare};
use newsdiff::corpus::{Article, Syntax, parse};

pub type Links = BTreeSet<(usize, usize)>;

/// newsdiff's engine.
pub fn engine(original: &[String], revised: &[String]) -> Links {
    links(
        &compare(&[article("original", original), article("revised", revised)]),
        0,
        1,
    )
}

/// The links between articles `a` and `b` that a comparison's rows make.
pub fn links(comparison: &Comparison, a: usize, b: usize) -> Links {
    comparison
        .rows
        .iter()
        .flat_map(|row| {
            row.cells[a]
                .iter()
                .flat_map(move |&i| row.cells[b].iter().map(move |&j| (i, j)))
        })
        .collect()
}

/// A paragraph-level line diff, as `diff` or `git diff` would see the
/// paragraphs: equal paragraphs pair up, and a replaced run pairs its
/// paragraphs in order, as difflib's `replace` opcodes do.
pub fn line_diff(original: &[String], revised: &[String]) -> Links {
    let mut links = Links::new();
    for op in similar::capture_diff_slices(Algorithm::Myers, original, revised) {
        let (tag, old, new) = op.as_tag_tuple();
        if matches!(tag, DiffTag::Equal | DiffTag::Replace) {
            links.extend(old.zip(new));
        }
    }
    links
}

/// Each revised paragraph linked to its nearest original by TF-IDF cosine,
/// when that is at least `threshold`.
pub fn nearest_tfidf(original: &[String], revised: &[String], threshold: f32) -> Links {
    nearest(original, revised, threshold, false)
}

/// Nearest neighbours both ways: each revised paragraph to its nearest
/// original, and each original to its nearest revised paragraph. The way
/// back finds the second source of a merge, which one way cannot.
pub fn nearest_tfidf_both_ways(original: &[String], revised: &[String], threshold: f32) -> Links {
    nearest(original, revised, threshold, true)
}

fn nearest(original: &[String], revised: &[String], threshold: f32, both_ways: bool) -> Links {
    let terms = Terms::default();
    let index = Index::new(
        original
            .iter()
            .chain(revised)
            .map(|text| terms.bag([text.as_str()])),
    );
    let n = original.len();
    let mut tally = Tally::default();
    let mut best = |doc: usize, keep: &dyn Fn(usize) -> bool| {
        index
            .similar(doc, threshold, keep, &mut tally)
            .into_iter()
            .max_by(|x, y| x.1.total_cmp(&y.1))
            .map(|(d, _)| d)
    };
    let mut links: Links = (0..revised.len())
        .filter_map(|j| best(n + j, &|d| d < n).map(|i| (i, j)))
        .collect();
    if both_ways {
        links.extend((0..n).filter_map(|i| best(i, &|d| d >= n).map(|d| (i, d - n))));
    }
    links
}

/// The cosine threshold the nearest-neighbour baseline uses on revisions:
/// the best of a sweep (0.1 to 0.5) on the generated cases, so the baseline
/// is not a straw man.
pub const NEAREST_THRESHOLD: f32 = 0.3;

/// The same, swept on the labelled outlet sets: paraphrases score lower.
pub const OUTLET_NEAREST_THRESHOLD: f32 = 0.1;

/// An article whose paragraphs are exactly `paragraphs`.
pub fn article(id: &str, paragraphs: &[String]) -> Article {
    Article::new(
        id.to_string(),
        format!("{id}.txt"),
        parse(&paragraphs.join("\n\n"), Syntax::Plain),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn line_diff_pairs_equal_and_replaced_paragraphs() {
        let a = texts(&["one.", "two.", "three.", "four."]);
        let b = texts(&["one.", "TWO.", "three.", "five.", "six."]);
        assert_eq!(line_diff(&a, &b), [(0, 0), (1, 1), (2, 2), (3, 3)].into());
    }

    #[test]
    fn nearest_neighbour_links_each_revised_paragraph_once() {
        let a = texts(&[
            "the harbour closed to ships.",
            "rescuers found survivors in rubble.",
        ]);
        let b = texts(&[
            "survivors found in the rubble by rescuers.",
            "an unrelated budget vote.",
        ]);
        assert_eq!(nearest_tfidf(&a, &b, 0.3), [(1, 0)].into());
    }
}
