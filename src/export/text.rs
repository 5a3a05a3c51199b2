//! The text export: two articles side by side in plain columns.
//!
//! ```text
//! = same   ~ edited   ≈ reworded   + only this side   ↕ moved
//! {{…}} changed figure, name, negation or qualifier   {…} changed wording
//!
//! a · 2024-03-24                         │ b · 2024-03-25
//! ───────────────────────────────────────┼───────────────────────────────────
//! ~ {{More than 130}} people were killed │ ~ {{137}} people were killed
//! ```
//!
//! With more than two articles, the first is shown beside each other one
//! in turn, one page per pair, so every page reads like a two-way diff.
//! Lines never exceed the width, measured in terminal columns (wide CJK
//! characters and emoji count two).

use unicode_width::UnicodeWidthStr;

use crate::compare::{Comparison, MARKER_LEGEND, Significance, Span, segments};

const SEPARATOR: &str = " │ ";

/// How changed words are marked; spelling, case and punctuation changes
/// are left unmarked, as they change no claim.
const CHANGE_LEGEND: &str =
    "{{…}} changed figure, name, negation or qualifier   {…} changed wording";

pub fn render(comparison: &Comparison, width: usize) -> String {
    let column = (width.saturating_sub(SEPARATOR.width()) / 2).max(4);
    let mut out = Vec::new();
    out.extend(wrap(&format!("{MARKER_LEGEND}\n{CHANGE_LEGEND}"), width));
    out.push(String::new());
    // The first article beside each other one; alone when it is the only one.
    let count = comparison.articles.len();
    let pairs: Vec<(usize, usize)> = match count {
        0 => Vec::new(),
        1 => vec![(0, 0)],
        _ => (1..count).map(|b| (0, b)).collect(),
    };
    for (n, &(a, b)) in pairs.iter().enumerate() {
        if pairs.len() > 1 {
            out.push(format!("[{}/{}]", n + 1, pairs.len()));
        }
        page(comparison, a, b, column, &mut out);
        out.push(String::new());
    }
    out.pop();
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// One pair of articles, `a` on the left and `b` on the right.
fn page(comparison: &Comparison, a: usize, b: usize, column: usize, out: &mut Vec<String>) {
    let heads = |i: usize| {
        let article = &comparison.articles[i];
        let mut lines = wrap(&article.label(), column);
        lines.extend(wrap(&article.title, column));
        lines
    };
    let (left, right) = if a == b {
        (heads(a), Vec::new())
    } else {
        (heads(a), heads(b))
    };
    join(&left, &right, column, out);
    out.push(format!(
        "{}┼{}",
        "─".repeat(column + 1),
        "─".repeat(column + 1)
    ));
    let diffs = comparison.pair_diffs(a, b);
    let mut first = true;
    for (r, (row, diff)) in comparison.rows.iter().zip(&diffs).enumerate() {
        if row.cells[a].is_empty() && (a == b || row.cells[b].is_empty()) {
            continue;
        }
        if !first {
            join(&[], &[], column, out);
        }
        first = false;
        let left = cell(comparison, r, a, b, &diff.left, column);
        let right = if a == b {
            Vec::new()
        } else {
            cell(comparison, r, b, a, &diff.right, column)
        };
        join(&left, &right, column, out);
    }
}

/// The lines of article `a`'s cell in row `r`, beside article `other`.
fn cell(
    comparison: &Comparison,
    r: usize,
    a: usize,
    other: usize,
    spans: &[Span],
    column: usize,
) -> Vec<String> {
    let paragraphs = comparison.cell(&comparison.rows[r], a);
    if paragraphs.is_empty() {
        return Vec::new();
    }
    let marker = comparison.status(r, a, other).marker();
    let mut lines = Vec::new();
    for (i, paragraph) in paragraphs.iter().enumerate() {
        if i > 0 {
            lines.push(String::new());
        }
        let marked: String = segments(paragraph, spans)
            .into_iter()
            .map(|(text, change)| match change {
                Some(Significance::Substantive) => format!("{{{{{text}}}}}"),
                Some(Significance::Wording) => format!("{{{text}}}"),
                Some(Significance::Minor) | None => text.to_string(),
            })
            .collect();
        lines.extend(
            wrap(&marked, column.saturating_sub(2).max(1))
                .into_iter()
                .map(|line| format!("  {line}")),
        );
    }
    lines[0].replace_range(0..1, marker.encode_utf8(&mut [0; 4]));
    lines
}

/// Lays two columns beside each other, padding the left by display width.
fn join(left: &[String], right: &[String], column: usize, out: &mut Vec<String>) {
    let empty = String::new();
    for i in 0..left.len().max(right.len()).max(1) {
        let l = left.get(i).unwrap_or(&empty);
        let r = right.get(i).unwrap_or(&empty);
        let pad = column.saturating_sub(l.width());
        let line = format!("{l}{}{SEPARATOR}{r}", " ".repeat(pad));
        out.push(line.trim_end().to_string());
    }
}

/// Wraps `text` to `width` columns, breaking words longer than a line.
fn wrap(text: &str, width: usize) -> Vec<String> {
    textwrap::wrap(text, textwrap::Options::new(width.max(1)).break_words(true))
        .into_iter()
        .map(|line| line.into_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::compare;
    use crate::corpus::{Article, Syntax, parse};
    use proptest::prelude::*;

    fn article(id: &str, text: &str) -> Article {
        Article::new(id.into(), format!("{id}.txt"), parse(text, Syntax::Plain))
    }

    #[test]
    fn pairs_read_side_by_side_with_changes_marked() {
        let a = article(
            "a",
            " date 2024-03-24 Officials said more than 130 people were killed in the attack on the hall.\n\nOnly A has this line about the weather today.",
        );
        let b = article(
            "b",
            " date 2024-03-25 Officials said 137 people were killed in the attack on the hall.",
        );
        let text = render(&compare(&[a, b]), 80);
        assert!(text.lines().all(|l| l.width() <= 80), "{text}");
        let row = text
            .lines()
            .find(|l| l.contains("{{more than 130}}"))
            .expect(&text);
        assert!(row.contains("{{137}}"), "both sides on one line: {row}");
        assert!(row.starts_with('~'), "{row}");
        assert!(text.contains("+ Only A has"), "{text}");
        assert!(text.contains("a · 2024-03-24") && text.contains("b · 2024-03-25"));
    }

    #[test]
    fn more_than_two_articles_give_a_page_per_pair() {
        let articles: Vec<_> = ["a", "b", "c"]
            .iter()
            .map(|id| article(id, "The same sentence in every article."))
            .collect();
        let text = render(&compare(&articles), 60);
        assert!(text.contains("[1/2]") && text.contains("[2/2]"), "{text}");
    }

    #[test]
    fn a_single_article_is_one_column() {
        let text = render(&compare(&[article("a", "Alone.")]), 40);
        assert!(text.contains("+ Alone."), "{text}");
    }

    proptest! {
        #[test]
        fn lines_never_exceed_the_width(
            width in 20usize..140,
            left in "[a-z 東京🦀❤\u{fe0f},.]{0,300}",
            right in "[a-z 東京🦀❤\u{fe0f},.\n]{0,300}",
        ) {
            let text = render(&compare(&[article("left", &left), article("right", &right)]), width);
            for line in text.lines() {
                prop_assert!(line.width() <= width, "{} > {}: {:?}", line.width(), width, line);
            }
        }
    }
}
