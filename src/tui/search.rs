//! Search over the articles in the panes: where a query occurs, in reading
//! order, so `n`/`N` can walk the matches and the panes can mark them.
//!
//! Matches are found on the paragraphs, not on the wrapped lines, so a
//! phrase broken across two screen lines is still one match, and a resize
//! does not have to search again: the document's rows do not depend on the
//! width.
//!
//! Case is ignored unless the query has a capital letter ("smart case", as
//! in vim and ripgrep): `attal` finds "Attal", `IS` finds only "IS".

use std::ops::Range;

use super::layout::Document;
use crate::compare::Comparison;

/// One occurrence of the query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    /// Index into the document's rows.
    pub row: usize,
    pub pane: usize,
    /// The article the pane showed, so the match can be found again after
    /// the panes change.
    pub article: usize,
    pub paragraph: usize,
    /// Bytes of the paragraph's text.
    pub range: Range<usize>,
}

#[derive(Clone, Debug, Default)]
pub struct Search {
    pub query: String,
    /// In reading order: by row, then pane, then position.
    pub matches: Vec<Match>,
    /// The match `n`/`N` last moved to.
    pub current: Option<usize>,
    /// A search typed after `?`, as in less: its first match is the one
    /// above, and `n` goes on upwards, `N` down.
    pub backward: bool,
}

impl Search {
    /// Finds the query again in `document`, after the query or the panes
    /// changed. The current match stays current where it is still found,
    /// so `n`/`N` go on from it rather than from the top of the screen.
    pub fn refresh(&mut self, comparison: &Comparison, panes: &[usize], document: &Document) {
        let current = self.current.take().map(|i| self.matches[i].clone());
        self.matches.clear();
        if self.query.is_empty() {
            return;
        }
        let fold = !self.query.chars().any(char::is_uppercase);
        let needle: Vec<char> = self.query.chars().map(|c| fold_char(c, fold)).collect();
        for (r, laid) in document.rows.iter().enumerate() {
            let row = &comparison.rows[laid.row];
            for (pane, &a) in panes.iter().enumerate() {
                for &p in &row.cells[a] {
                    let text = &comparison.articles[a].paragraphs[p].text;
                    self.matches
                        .extend(find(text, &needle, fold).map(|range| Match {
                            row: r,
                            pane,
                            article: a,
                            paragraph: p,
                            range,
                        }));
                }
            }
        }
        self.current = current.and_then(|was| {
            self.matches.iter().position(|m| {
                (m.article, m.paragraph, &m.range) == (was.article, was.paragraph, &was.range)
            })
        });
    }

    /// The matches in pane `pane` of document row `row`.
    /// The articles off screen that hold the query: a search finds only
    /// what the panes show, so a reader is told where else to look.
    pub fn elsewhere(&self, comparison: &Comparison, panes: &[usize]) -> Vec<usize> {
        let fold = !self.query.chars().any(char::is_uppercase);
        let needle: Vec<char> = self.query.chars().map(|c| fold_char(c, fold)).collect();
        (0..comparison.articles.len())
            .filter(|a| !panes.contains(a))
            .filter(|&a| {
                comparison.articles[a]
                    .paragraphs
                    .iter()
                    .any(|p| find(&p.text, &needle, fold).next().is_some())
            })
            .collect()
    }

    pub fn in_row(&self, row: usize, pane: usize) -> impl Iterator<Item = &Match> {
        let start = self.matches.partition_point(|m| m.row < row);
        self.matches[start..]
            .iter()
            .take_while(move |m| m.row == row)
            .filter(move |m| m.pane == pane)
    }
}

/// One character as compared: lower case when case is ignored. One
/// character for one, so byte ranges found stay on the text's own bytes.
fn fold_char(c: char, fold: bool) -> char {
    if fold {
        c.to_lowercase().next().unwrap_or(c)
    } else {
        c
    }
}

/// The byte ranges of `text` where `needle` occurs, not overlapping.
fn find<'a>(
    text: &'a str,
    needle: &'a [char],
    fold: bool,
) -> impl Iterator<Item = Range<usize>> + 'a {
    let mut starts = text.char_indices().map(|(i, _)| i);
    let mut after = 0;
    std::iter::from_fn(move || {
        for start in starts.by_ref() {
            if start < after {
                continue;
            }
            let mut chars = text[start..].char_indices();
            let mut end = start;
            let matched = needle.iter().all(|&want| match chars.next() {
                Some((i, c)) if fold_char(c, fold) == want => {
                    end = start + i + c.len_utf8();
                    true
                }
                _ => false,
            });
            if matched {
                after = end;
                return Some(start..end);
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'a>(text: &'a str, query: &str) -> Vec<&'a str> {
        let fold = !query.chars().any(char::is_uppercase);
        let needle: Vec<char> = query.chars().map(|c| fold_char(c, fold)).collect();
        find(text, &needle, fold).map(|r| &text[r]).collect()
    }

    #[test]
    fn case_is_ignored_unless_the_query_has_a_capital() {
        let text = "IS-K, is, Is it? Islamic";
        assert_eq!(found(text, "is"), ["IS", "is", "Is", "Is"]);
        assert_eq!(found(text, "IS"), ["IS"]);
    }

    #[test]
    fn matches_do_not_overlap_and_respect_characters() {
        assert_eq!(found("aaaa", "aa"), ["aa", "aa"]);
        assert_eq!(found("Ünïcode ünï", "ünï"), ["Ünï", "ünï"]);
        assert_eq!(found("東京 and 東京", "東京"), ["東京", "東京"]);
        assert!(found("short", "longer query").is_empty());
    }
}
