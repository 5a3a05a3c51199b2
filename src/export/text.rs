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
//! An article's own `{`, `}` and `\` are written `\{`, `\}` and `\\`, so
//! every unescaped brace is a change mark; the legend says so when an
//! article holds one.
//!
//! With more than two articles, the first is shown beside each other one
//! in turn, one page per pair, so every page reads like a two-way diff.
//! The claims table and the facts one article alone reports follow the
//! pages. Lines never exceed the width, measured in terminal columns (wide
//! CJK characters and emoji count two; colour sequences none).

use rayon::prelude::*;
use textwrap::core::display_width;

use super::view::{self, Side};
use super::wrap;
use crate::compare::{Comparison, MARKER_LEGEND, Significance};

const SEPARATOR: &str = " │ ";

/// How changed words are marked; spelling, case and punctuation changes
/// are left unmarked, as they change no claim.
const CHANGE_LEGEND: &str =
    "{{…}} changed figure, name, negation or qualifier   {…} changed wording";

/// Said under the legend when an article holds a character [`escape`]
/// writes otherwise.
const ESCAPE_LEGEND: &str = "an article's own { } \\ are written \\{ \\} \\\\";

/// The characters an article's text cannot show as they are: the marks'
/// braces, and the backslash that escapes them.
const ESCAPED: [char; 3] = ['{', '}', '\\'];

/// `text` with its braces and backslashes escaped, so they are never
/// read as change marks.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if ESCAPED.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The colours of changed words, as in the reader: bold and underlined
/// yellow for a changed claim, underlined cyan for wording. They only add
/// to the braces, which stay, so the text reads the same without them.
const SUBSTANTIVE: &str = "\x1b[1;4;33m";
const WORDING: &str = "\x1b[4;36m";
const RESET: &str = "\x1b[0m";

pub fn render(comparison: &Comparison, width: usize, color: bool) -> String {
    let column = (width.saturating_sub(display_width(SEPARATOR)) / 2).max(4);
    let mut out = Vec::new();
    out.extend(wrap(&format!("{MARKER_LEGEND}\n{CHANGE_LEGEND}"), width));
    let escaped = comparison
        .articles
        .iter()
        .flat_map(|a| &a.paragraphs)
        .any(|p| p.text.contains(ESCAPED));
    if escaped {
        out.extend(wrap(ESCAPE_LEGEND, width));
    }
    out.push(String::new());
    let pairs = view::pairs(comparison);
    for (n, &(a, b)) in pairs.iter().enumerate() {
        if pairs.len() > 1 {
            out.push(format!("[{}/{}]", n + 1, pairs.len()));
        }
        if a == b {
            alone(comparison, a, width, color, &mut out);
        } else {
            page(comparison, a, b, column, color, &mut out);
        }
        out.push(String::new());
    }
    out.extend(wrap(
        "Figures by quantity, disagreements first (see `newsdiff claims --help`):",
        width,
    ));
    let mut text = out.join("\n");
    text.push('\n');
    text.push_str(&super::report::table(comparison, width));
    text
}

/// An article with no other in its story: one column as wide as the
/// page, saying why, rather than a column beside an empty one.
fn alone(comparison: &Comparison, a: usize, width: usize, color: bool, out: &mut Vec<String>) {
    let head = view::head(&comparison.articles[a]);
    out.extend(wrap(&head.label, width));
    out.extend(wrap(&head.title, width));
    out.extend(wrap(ALONE, width));
    out.push("─".repeat(width));
    for (n, row) in view::pair_rows(comparison, a, a).iter().enumerate() {
        if n > 0 {
            out.push(String::new());
        }
        if let Some(side) = &row.left {
            out.extend(cell(side, width, color));
        }
    }
}

/// Said under an article that has none to be compared with.
const ALONE: &str =
    "(no other article tells this story: nothing to compare it with; give two or more)";

/// One pair of articles, `a` on the left and `b` on the right.
fn page(
    comparison: &Comparison,
    a: usize,
    b: usize,
    column: usize,
    color: bool,
    out: &mut Vec<String>,
) {
    let heads = |i: usize| {
        let head = view::head(&comparison.articles[i]);
        let mut lines = wrap(&head.label, column);
        lines.extend(wrap(&head.title, column));
        lines
    };
    let right = if a == b { Vec::new() } else { heads(b) };
    join(&heads(a), &right, column, out);
    out.push(format!(
        "{}┼{}",
        "─".repeat(column + 1),
        "─".repeat(column + 1)
    ));
    let lines = |side: &Option<Side>| {
        side.as_ref()
            .map_or_else(Vec::new, |side| cell(side, column, color))
    };
    // Wrapping and padding are most of an export's time, and each row's
    // cells are laid out alone: on all cores.
    let rows: Vec<Vec<String>> = view::pair_rows(comparison, a, b)
        .par_iter()
        .map(|row| {
            let mut joined = Vec::new();
            let left = lines(&row.left);
            // An update's versions share most paragraphs word for word,
            // and the same side is laid out the same.
            let right = if row.right == row.left {
                left.clone()
            } else {
                lines(&row.right)
            };
            join(&left, &right, column, &mut joined);
            joined
        })
        .collect();
    for (n, lines) in rows.into_iter().enumerate() {
        if n > 0 {
            join(&[], &[], column, out);
        }
        out.extend(lines);
    }
}

/// The lines of one side of a row: its marker, then its paragraphs with
/// changed words marked, wrapped two columns in.
fn cell(side: &Side, column: usize, color: bool) -> Vec<String> {
    let mut lines = Vec::new();
    for (i, pieces) in side.paragraphs.iter().enumerate() {
        if i > 0 {
            lines.push(String::new());
        }
        let marked: String = pieces
            .iter()
            .map(|(text, change)| mark(text, *change, color))
            .collect();
        let wrapped = carry_colour(wrap(&marked, column.saturating_sub(2).max(1)));
        lines.extend(wrapped.into_iter().map(|line| format!("  {line}")));
    }
    if let Some(first) = lines.first_mut() {
        first.replace_range(0..1, side.status.marker().encode_utf8(&mut [0; 4]));
    }
    lines
}

fn mark(text: &str, change: Option<Significance>, color: bool) -> String {
    let text = escape(text);
    let (open, close, style) = match change {
        Some(Significance::Substantive) => ("{{", "}}", SUBSTANTIVE),
        Some(Significance::Wording) => ("{", "}", WORDING),
        Some(Significance::Minor) | None => return text,
    };
    if color {
        format!("{style}{open}{text}{close}{RESET}")
    } else {
        format!("{open}{text}{close}")
    }
}

/// Ends each line's colour at its end and takes it up again on the next
/// line, so a change wrapped over two lines never colours the separator
/// or the other column.
fn carry_colour(lines: Vec<String>) -> Vec<String> {
    let mut open: Option<String> = None;
    lines
        .into_iter()
        .map(|line| {
            let mut styled = open.clone().unwrap_or_default();
            styled.push_str(&line);
            if let Some(at) = line.rfind('\x1b') {
                let end = line[at..].find('m').map_or(line.len(), |m| at + m + 1);
                let last = &line[at..end];
                open = (last != RESET).then(|| last.to_string());
            }
            if open.is_some() {
                styled.push_str(RESET);
            }
            styled
        })
        .collect()
}

/// Lays two columns beside each other, padding the left by display width.
fn join(left: &[String], right: &[String], column: usize, out: &mut Vec<String>) {
    let empty = String::new();
    for i in 0..left.len().max(right.len()).max(1) {
        let l = left.get(i).unwrap_or(&empty);
        let r = right.get(i).unwrap_or(&empty);
        let pad = column.saturating_sub(display_width(l));
        let line = format!("{l}{}{SEPARATOR}{r}", " ".repeat(pad));
        out.push(line.trim_end().to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::compare;
    use crate::export::tests::{article, tolls};
    use proptest::prelude::*;
    use unicode_width::UnicodeWidthStr;

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
        let text = render(&compare(&[a, b]), 80, false);
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
        let text = render(&compare(&articles), 60, false);
        assert!(text.contains("[1/2]") && text.contains("[2/2]"), "{text}");
    }

    #[test]
    fn a_single_article_is_one_column() {
        let text = render(&compare(&[article("a", "Alone.")]), 40, false);
        assert!(text.contains("\n+ Alone.\n"), "{text}");
        assert!(!text.contains('│'), "no empty column beside it: {text}");
        assert!(text.contains("nothing to compare it with"), "{text}");
    }

    #[test]
    fn an_articles_own_braces_are_escaped_and_never_read_as_marks() {
        let a = article("a", "The code {x} cost 60 dollars.");
        let b = article("b", "The code {x} cost 137 dollars.");
        let text = render(&compare(&[a, b]), 100, false);
        let row = text.lines().find(|l| l.starts_with("~ The code")).unwrap();
        assert!(row.starts_with(r"~ The code \{x\} cost {{60}}"), "{row}");
        assert!(
            text.contains(r"an article's own { } \ are written \{ \} \\"),
            "{text}"
        );
        let plain = render(&compare(&[article("c", "No braces here.")]), 100, false);
        assert!(!plain.contains("are written"), "{plain}");
    }

    /// The text with its colour sequences taken out.
    fn plain(text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(at) = rest.find('\x1b') {
            out.push_str(&rest[..at]);
            let end = rest[at..].find('m').expect("a whole SGR sequence");
            rest = &rest[at + end + 1..];
        }
        out.push_str(rest);
        out
    }

    #[test]
    fn claims_and_unique_facts_follow_the_pages() {
        let a = article(
            "a",
            "Officials said more than 130 people were killed in the attack on the hall.",
        );
        let b = article(
            "b",
            "Officials said about 60 people were killed in the attack on the hall. The mayor, Ada Quist, visited.",
        );
        let text = render(&compare(&[a, b]), 70, false);
        let claims = text.find("QUANTITY").expect(&text);
        let deaths = text[claims..]
            .lines()
            .find(|l| l.starts_with("deaths"))
            .expect(&text);
        assert!(
            deaths.contains("conflict") && deaths.contains("more than 130"),
            "{deaths}"
        );
        assert!(text[claims..].contains("about 60"), "{text}");
        assert!(text.contains("Only one article reports:"), "{text}");
        assert!(text.lines().all(|l| l.width() <= 70), "{text}");
    }

    #[test]
    fn colour_only_adds_to_the_marks_and_ends_with_each_line() {
        let comparison = tolls();
        let coloured = render(&comparison, 30, true);
        assert!(coloured.contains(SUBSTANTIVE), "{coloured:?}");
        assert_eq!(plain(&coloured), render(&comparison, 30, false));
        for line in coloured.lines() {
            let mut open = false;
            let mut rest = line;
            while let Some(at) = rest.find(['\x1b', '│']) {
                if rest[at..].starts_with('│') {
                    assert!(!open, "colour bleeds over the separator: {line:?}");
                } else {
                    open = !rest[at..].starts_with(RESET);
                }
                rest = &rest[at + rest[at..].chars().next().unwrap().len_utf8()..];
            }
            assert!(!open, "colour bleeds past the end: {line:?}");
        }
        assert!(!render(&comparison, 30, false).contains('\x1b'));
    }

    proptest! {
        #[test]
        fn lines_never_exceed_the_width(
            width in 20usize..140,
            color in any::<bool>(),
            left in "[a-z 東京🦀❤\u{fe0f},.0-9]{0,300}",
            right in "[a-z 東京🦀❤\u{fe0f},.0-9\n]{0,300}",
        ) {
            let text = render(&compare(&[article("left", &left), article("right", &right)]), width, color);
            for line in text.lines() {
                prop_assert!(display_width(line) <= width, "{} > {}: {:?}", display_width(line), width, line);
                prop_assert!(plain(line).width() <= width, "{:?}", line);
            }
        }
    }
}
