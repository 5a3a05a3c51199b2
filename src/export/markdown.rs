//! The Markdown export: the comparison as tables GitHub and other
//! CommonMark viewers render.
//!
//! ```markdown
//! # Comparison of 2 articles
//!
//! | # | Article | Source | Date | Title |
//! ...
//! ## a · 2024-03-24 ⟷ b · 2024-03-25
//!
//! | a · 2024-03-24 | b · 2024-03-25 |
//! | --- | --- |
//! | ~ **More than 130** people were killed | ~ **137** people were killed |
//! ```
//!
//! A page per pair of articles, as in the text export, then the claims
//! table and the facts one article alone reports. Article text is escaped
//! character by character wherever Markdown would read it as markup, so a
//! `<script>`, a `|` or a `[link](x)` in an article shows as written.

use std::fmt::Write;

use super::view::{self, Piece, Side};
use crate::compare::{Comparison, MARKER_LEGEND, Significance};

pub fn render(comparison: &Comparison) -> String {
    let mut out = String::new();
    let count = comparison.articles.len();
    let noun = if count == 1 { "article" } else { "articles" };
    let _ = writeln!(out, "# Comparison of {count} {noun}\n");
    let _ = writeln!(
        out,
        "Markers: {}. **Bold**: a changed figure, name, negation or qualifier; \
         *italic*: changed wording.\n",
        escape_inline(MARKER_LEGEND)
    );
    let articles: Vec<Vec<String>> = comparison
        .articles
        .iter()
        .enumerate()
        .map(|(i, article)| {
            let head = view::head(article);
            vec![
                (i + 1).to_string(),
                escape(&head.id),
                escape(&head.source),
                head.date,
                escape(&head.title),
            ]
        })
        .collect();
    table(
        &mut out,
        &["#", "Article", "Source", "Date", "Title"],
        &articles,
    );
    for (a, b) in view::pairs(comparison) {
        let (left, right) = (
            view::head(&comparison.articles[a]).label,
            view::head(&comparison.articles[b]).label,
        );
        let header = if a == b {
            vec![escape(&left)]
        } else {
            let _ = writeln!(out, "## {} ⟷ {}\n", escape(&left), escape(&right));
            vec![escape(&left), escape(&right)]
        };
        let rows: Vec<Vec<String>> = view::pair_rows(comparison, a, b)
            .iter()
            .map(|row| {
                let mut cells = vec![side(&row.left)];
                if a != b {
                    cells.push(side(&row.right));
                }
                cells
            })
            .collect();
        table(&mut out, &header, &rows);
    }
    out.push_str("## Claims\n\n");
    let rows: Vec<Vec<String>> = view::claims(comparison)
        .into_iter()
        .map(|row| {
            let (quantity, verdict) = row.claim.map_or_else(Default::default, |(q, v)| {
                let verdict = if v.is_disagreement() {
                    format!("**{}**", v.as_str())
                } else {
                    v.as_str().to_string()
                };
                (escape(&q), verdict)
            });
            vec![
                quantity,
                verdict,
                escape(&row.article),
                row.paragraph.clone(),
                escape(&row.figure),
                escape(&row.says),
            ]
        })
        .collect();
    if rows.is_empty() {
        out.push_str("No figures found.\n\n");
    } else {
        table(&mut out, &view::CLAIM_COLUMNS, &rows);
    }
    let facts = view::facts(comparison);
    if !facts.is_empty() {
        out.push_str("## Only one article reports\n\n");
        let rows: Vec<Vec<String>> = facts
            .iter()
            .map(|f| {
                vec![
                    escape(&f.article),
                    f.paragraph.clone(),
                    f.kind.to_string(),
                    escape(&f.text),
                ]
            })
            .collect();
        table(&mut out, &view::FACT_COLUMNS, &rows);
    }
    let aliased: Vec<Vec<String>> = view::aliases(comparison)
        .iter()
        .map(|(name, also)| vec![escape(name), escape(also)])
        .collect();
    if !aliased.is_empty() {
        let _ = writeln!(out, "## {}\n", view::ALIASES_TITLE);
        table(&mut out, &view::ALIAS_COLUMNS, &aliased);
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// One side of a row as a table cell: its marker, then its paragraphs,
/// apart by a blank line (`<br><br>`, as a table cell holds one line).
fn side(side: &Option<Side>) -> String {
    let Some(side) = side else {
        return String::new();
    };
    let paragraphs: Vec<String> = side.paragraphs.iter().map(|p| marked(p)).collect();
    let marker = side.status.marker();
    let text = paragraphs.join("<br><br>");
    if marker == ' ' {
        text
    } else {
        format!("{} {text}", escape_inline(&marker.to_string()))
    }
}

/// A paragraph with its changes in bold (a different claim) or italic
/// (other wording). White space and punctuation at a change's edges stay
/// outside the emphasis: CommonMark sees no emphasis in `mayor**, Ada
/// Quist,** said`, only asterisks.
fn marked(pieces: &[Piece]) -> String {
    let mut out = String::new();
    for (text, change) in pieces {
        let emphasis = match change {
            Some(Significance::Substantive) => "**",
            Some(Significance::Wording) => "*",
            Some(Significance::Minor) | None => "",
        };
        let edge = |c: char| !c.is_alphanumeric();
        let core = text.trim_matches(edge);
        if emphasis.is_empty() || core.is_empty() {
            out.push_str(&escape_inline(text));
            continue;
        }
        let lead = &text[..text.len() - text.trim_start_matches(edge).len()];
        let trail = &text[text.trim_end_matches(edge).len()..];
        let _ = write!(
            out,
            "{}{emphasis}{}{emphasis}{}",
            escape_inline(lead),
            escape_inline(core),
            escape_inline(trail)
        );
    }
    escape_line_start(&out)
}

/// A table: a header, its rule, and rows whose cells are already escaped.
fn table<S: AsRef<str>>(out: &mut String, header: &[S], rows: &[Vec<String>]) {
    let line = |cells: &mut dyn Iterator<Item = &str>| {
        let cells: Vec<&str> = cells.collect();
        format!("| {} |\n", cells.join(" | "))
    };
    out.push_str(&line(&mut header.iter().map(|h| h.as_ref())));
    out.push_str(&line(&mut header.iter().map(|_| "---")));
    for row in rows {
        out.push_str(&line(&mut row.iter().map(String::as_str)));
    }
    out.push('\n');
}

/// Article text made inert: every character Markdown (CommonMark and
/// GitHub's extensions) could read as markup is escaped, at any place in
/// a line and at its start.
fn escape(text: &str) -> String {
    escape_line_start(&escape_inline(text))
}

/// Escapes the characters that mean something anywhere in a line:
/// emphasis, code, links and images, raw HTML and entities, table pipes,
/// strike-through, GitHub's `$` maths, and headings and quotes.
fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '['
                | ']'
                | '('
                | ')'
                | '<'
                | '>'
                | '|'
                | '~'
                | '&'
                | '$'
                | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Escapes what starts a block only at the start of a line: a list item
/// (`-`, `+`, `1. `, `1) `), a rule or a setext underline (`-`, `=`).
fn escape_line_start(text: &str) -> String {
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let mut rest = text[digits..].chars();
    let at = match (rest.next(), rest.next()) {
        (Some('.' | ')'), None | Some(' ')) if digits > 0 => digits,
        (Some('-' | '+' | '='), _) if digits == 0 => 0,
        _ => return text.to_string(),
    };
    format!("{}\\{}", &text[..at], &text[at..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::compare;
    use crate::export::tests::{article, tolls};
    use proptest::prelude::*;

    #[test]
    fn markup_in_articles_is_escaped() {
        assert_eq!(escape("a *b* [c](d) <i>"), r"a \*b\* \[c\]\(d\) \<i\>");
        assert_eq!(escape("x | y"), r"x \| y");
        assert_eq!(escape("# not a heading"), r"\# not a heading");
        assert_eq!(escape("> not a quote"), r"\> not a quote");
        assert_eq!(escape("- not a list"), r"\- not a list");
        assert_eq!(escape("1999. A year"), r"1999\. A year");
        assert_eq!(escape("12)"), r"12\)");
        assert_eq!(escape("$2 and $3"), r"\$2 and \$3");
        assert_eq!(escape("1.5 million - ok"), "1.5 million - ok");
    }

    #[test]
    fn changes_are_emphasised_outside_their_spaces() {
        let md = render(&tolls());
        assert!(md.starts_with("# Comparison of 2 articles\n"), "{md}");
        let row = r"| \~ Officials said **about 60** people were killed. | \~ Officials said **137** people were killed. |";
        assert!(md.contains(row), "{md}");
        assert!(
            md.contains("| deaths | **conflict** | a | ¶1 | about 60 |"),
            "{md}"
        );
    }

    #[test]
    fn a_change_edged_with_punctuation_is_still_emphasis() {
        let articles = [
            article("a", "The mayor said repairs would cost 3 million dollars."),
            article(
                "b",
                "The mayor, Ada Quist, said repairs would cost 3 million dollars.",
            ),
        ];
        let md = render(&compare(&articles));
        let (text, foreign) = read_back(&md);
        assert!(foreign.is_empty(), "{foreign:?}");
        assert!(
            text.contains("The mayor, Ada Quist, said repairs"),
            "asterisks shown as text: {text}\n{md}"
        );
        assert!(md.contains(", **Ada Quist**,"), "{md}");
    }

    /// What a CommonMark reader with GitHub's extensions makes of `md`:
    /// the text it shows, and any markup it found besides ours.
    fn read_back(md: &str) -> (String, Vec<String>) {
        use pulldown_cmark::{Event, Options, Parser, Tag};
        let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_MATH;
        let mut text = String::new();
        let mut foreign = Vec::new();
        for event in Parser::new_ext(md, options) {
            match event {
                Event::Text(t) => text.push_str(&t),
                Event::InlineHtml(html) if &*html == "<br>" => text.push('\n'),
                Event::Start(
                    Tag::Paragraph
                    | Tag::Heading { .. }
                    | Tag::Table(_)
                    | Tag::TableHead
                    | Tag::TableRow
                    | Tag::Strong
                    | Tag::Emphasis,
                )
                | Event::End(_) => {}
                Event::Start(Tag::TableCell) => text.push('\n'),
                other => foreign.push(format!("{other:?}")),
            }
        }
        (text, foreign)
    }

    proptest! {
        /// Whatever markup an article holds, a Markdown reader shows its
        /// text as written and finds no markup but the export's own.
        #[test]
        fn article_markup_never_appears_raw(
            left in "[a-z *_|<>\\[\\]()`#~$&!=+.0-9-]{1,80}",
            right in "[a-z *_|<>\\[\\]()`#~$&!=+.0-9-]{1,80}",
        ) {
            let articles = [article("left", &left), article("right", &right)];
            let md = render(&compare(&articles));
            let (text, foreign) = read_back(&md);
            prop_assert!(foreign.is_empty(), "{foreign:?} in {md}");
            for paragraph in articles.iter().flat_map(|a| &a.paragraphs) {
                prop_assert!(text.contains(&paragraph.text), "{:?} not in {text:?}\n{md}", paragraph.text);
            }
        }
    }
}
