//! The HTML export: one self-contained page to share, read offline or
//! print.
//!
//! Everything is in the file: the styles are inline, there is no script,
//! and nothing (fonts, images) is fetched, so the page looks the same on
//! any machine and leaks nothing when opened. Two columns per pair of
//! articles fold into one on a narrow screen, where each paragraph is
//! labelled with its article; colours follow the reader's light or dark
//! setting, and every mark also reads without colour (bold, underline,
//! the marker column), as on paper.
//!
//! The markup is also well-formed XML (void elements closed with `/>`),
//! so tests can check its structure with a strict parser.

use std::fmt::Write;

use super::view::{self, Piece, Side};
use crate::compare::{CellStatus, Comparison, MARKER_LEGEND, Significance};

const STYLE: &str = r#"
:root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #59636e;
  --line: #d1d9e0; --panel: #f6f8fa; --claim: #fff1a8; --wording: #ddf4ff;
  --conflict: #cf222e; --updated: #9a6700; --compatible: #1a7f37; --same: #59636e; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --panel: #151b23;
    --claim: #5c4a00; --wording: #0c2d4a; --conflict: #f85149; --updated: #d29922;
    --compatible: #3fb950; --same: #9198a1; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 80rem; padding: 1rem 1.25rem 3rem; color: var(--fg);
  background: var(--bg); font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', sans-serif; }
h1 { font-size: 1.6rem; margin: 0.5rem 0; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.75rem; padding-bottom: 0.25rem;
  border-bottom: 1px solid var(--line); }
.legend { color: var(--muted); margin: 0.25rem 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.6rem;
  border-bottom: 1px solid var(--line); }
td { overflow-wrap: anywhere; }
th { background: var(--panel); white-space: nowrap; }
td.num { white-space: nowrap; color: var(--muted); }
td.word { white-space: nowrap; }
.row, .heads { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.5rem; }
.one .row, .one .heads { grid-template-columns: 1fr; }
.heads { position: sticky; top: 0; background: var(--bg); border-bottom: 2px solid var(--line);
  padding: 0.4rem 0; font-weight: 600; }
.heads .title { font-weight: normal; color: var(--muted); }
.row { border-bottom: 1px solid var(--line); padding: 0.5rem 0; }
.cell { display: flex; gap: 0.5rem; min-width: 0; overflow-wrap: anywhere; }
.cell p { margin: 0 0 0.5rem; }
.cell p:last-child { margin-bottom: 0; }
.marker { flex: none; width: 1ch; color: var(--muted); font-family: ui-monospace, monospace; }
.who { display: none; }
.furniture { color: var(--muted); font-style: italic; }
mark { color: var(--fg); border-radius: 2px; padding: 0 1px; }
mark.claim { background: var(--claim); font-weight: 700; text-decoration: underline; }
mark.wording { background: var(--wording); text-decoration: underline dotted; }
.badge { display: inline-block; padding: 0 0.5em; border-radius: 1em; font-size: 0.85em;
  font-weight: 600; color: var(--bg); background: var(--same); white-space: nowrap; }
.badge.conflict { background: var(--conflict); }
.badge.updated { background: var(--updated); }
.badge.compatible { background: var(--compatible); }
footer { margin-top: 2rem; color: var(--muted); font-size: 0.85rem; }
@media (max-width: 40rem) {
  body { padding: 0.75rem; }
  .row, .heads { grid-template-columns: 1fr; }
  .heads { position: static; }
  .heads .head + .head { margin-top: 0.5rem; }
  .empty { display: none; }
  .cell + .cell { margin-top: 0.5rem; }
  .who { display: block; font-size: 0.8rem; color: var(--muted); }
  .articles thead { display: none; }
  .articles tr { display: block; padding: 0.4rem 0; border-bottom: 1px solid var(--line); }
  .articles td { display: inline; padding: 0 0.5rem 0 0; border: none; }
  .articles td:last-child { display: block; }
  .articles td:nth-child(n+3):not(:last-child)::before { content: "· "; color: var(--muted); }
  th, td { padding: 0.3rem 0.3rem; }
  .claims th:nth-child(6), .claims td:nth-child(6) { display: none; }
}
@media print {
  body { max-width: none; font-size: 11pt; }
  .heads { position: static; }
  .row { break-inside: avoid; }
  mark, .badge { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"#;

pub fn render(comparison: &Comparison) -> String {
    let count = comparison.articles.len();
    let noun = if count == 1 { "article" } else { "articles" };
    let title = format!("Comparison of {count} {noun}");
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n\
         <meta name=\"color-scheme\" content=\"light dark\" />\n<title>{title}</title>\n\
         <style>{STYLE}</style>\n</head>\n<body>\n<h1>{title}</h1>\n\
         <p class=\"legend\">Markers: {}. <mark class=\"claim\">A changed figure, name, \
         negation or qualifier</mark>; <mark class=\"wording\">changed wording</mark>.</p>\n",
        escape(MARKER_LEGEND)
    );
    out.push_str(
        "<table class=\"articles\">\n<thead><tr><th>#</th><th>Article</th><th>Source</th>\
         <th>Date</th><th>Title</th></tr></thead>\n<tbody>\n",
    );
    for (i, article) in comparison.articles.iter().enumerate() {
        let head = view::head(article);
        let _ = writeln!(
            out,
            "<tr><td class=\"num\">{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            i + 1,
            escape(&head.id),
            escape(&head.source),
            head.date,
            escape(&head.title),
        );
    }
    out.push_str("</tbody>\n</table>\n");
    for (a, b) in view::pairs(comparison) {
        page(comparison, a, b, &mut out);
    }
    claims(comparison, &mut out);
    out.push_str(
        "<footer>Made by newsdiff. The verdicts compare the figures as stated; \
         check the articles before you quote them.</footer>\n</body>\n</html>\n",
    );
    out
}

/// One pair of articles side by side.
fn page(comparison: &Comparison, a: usize, b: usize, out: &mut String) {
    let heads = if a == b { vec![a] } else { vec![a, b] };
    let labels: Vec<String> = heads
        .iter()
        .map(|&i| escape(&view::head(&comparison.articles[i]).label))
        .collect();
    out.push_str(if a == b {
        "<section class=\"pair one\">\n"
    } else {
        "<section class=\"pair\">\n"
    });
    let _ = writeln!(out, "<h2>{}</h2>", labels.join(" ⟷ "));
    out.push_str("<div class=\"heads\">");
    for (&i, label) in heads.iter().zip(&labels) {
        let head = view::head(&comparison.articles[i]);
        let _ = write!(
            out,
            "<div class=\"head\">{label}<div class=\"title\">{}</div></div>",
            escape(&head.title)
        );
    }
    out.push_str("</div>\n");
    for row in view::pair_rows(comparison, a, b) {
        out.push_str("<div class=\"row\">");
        cell(&row.left, &labels[0], out);
        if let Some(label) = labels.get(1) {
            cell(&row.right, label, out);
        }
        out.push_str("</div>\n");
    }
    out.push_str("</section>\n");
}

fn cell(side: &Option<Side>, label: &str, out: &mut String) {
    let Some(side) = side else {
        out.push_str("<div class=\"cell empty\"></div>");
        return;
    };
    let (class, meaning) = match side.status {
        CellStatus::Empty => ("empty", "nothing here"),
        CellStatus::Same => ("same", "same"),
        CellStatus::Edited => ("edited", "edited"),
        CellStatus::Reworded => ("reworded", "reworded"),
        CellStatus::Alone => ("alone", "only this side"),
        CellStatus::Moved => ("moved", "moved"),
        CellStatus::Furniture => ("furniture", "page furniture, not compared"),
    };
    let _ = write!(
        out,
        "<div class=\"cell {class}\"><span class=\"marker\" title=\"{meaning}\">{}</span><div>\
         <span class=\"who\">{label}</span>",
        escape(&side.status.marker().to_string())
    );
    for paragraph in &side.paragraphs {
        out.push_str("<p>");
        marked(paragraph, out);
        out.push_str("</p>");
    }
    out.push_str("</div></div>");
}

fn marked(pieces: &[Piece], out: &mut String) {
    for (text, change) in pieces {
        match change {
            Some(Significance::Substantive) => {
                let _ = write!(out, "<mark class=\"claim\">{}</mark>", escape(text));
            }
            Some(Significance::Wording) => {
                let _ = write!(out, "<mark class=\"wording\">{}</mark>", escape(text));
            }
            Some(Significance::Minor) | None => out.push_str(&escape(text)),
        }
    }
}

/// The claims table with a badge per verdict, then what one article
/// alone reports and the names that go by several forms.
fn claims(comparison: &Comparison, out: &mut String) {
    out.push_str("<section>\n<h2>Claims</h2>\n");
    let claims = view::claims(comparison);
    if claims.is_empty() {
        out.push_str("<p>No figures found.</p>\n");
    } else {
        header(out, "claims", &view::CLAIM_COLUMNS);
        for row in &claims {
            out.push_str("<tr>");
            match &row.claim {
                Some((quantity, verdict)) => {
                    let verdict = verdict.as_str();
                    let _ = write!(
                        out,
                        "<td>{}</td><td class=\"word\"><span class=\"badge {verdict}\">{verdict}</span></td>",
                        escape(quantity),
                    );
                }
                None => out.push_str("<td></td><td></td>"),
            }
            let _ = writeln!(
                out,
                "<td>{}</td><td class=\"num\">{}</td><td class=\"word\">{}</td><td>{}</td></tr>",
                escape(&row.article),
                row.paragraph,
                escape(&row.figure),
                escape(&row.says),
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</section>\n");
    let facts = view::facts(comparison);
    if !facts.is_empty() {
        out.push_str("<section>\n<h2>Only one article reports</h2>\n");
        header(out, "facts", &view::FACT_COLUMNS);
        for f in &facts {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"word\">{}</td><td>{}</td></tr>",
                escape(&f.article),
                f.paragraph,
                f.kind,
                escape(&f.text),
            );
        }
        out.push_str("</tbody>\n</table>\n</section>\n");
    }
    let aliases = view::aliases(comparison);
    if !aliases.is_empty() {
        let _ = writeln!(out, "<section>\n<h2>{}</h2>", view::ALIASES_TITLE);
        header(out, "aliases", &view::ALIAS_COLUMNS);
        for (name, also) in &aliases {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td></tr>",
                escape(name),
                escape(also)
            );
        }
        out.push_str("</tbody>\n</table>\n</section>\n");
    }
}

/// Opens a table with its header row and body.
fn header(out: &mut String, class: &str, columns: &[&str]) {
    let _ = write!(out, "<table class=\"{class}\">\n<thead><tr>");
    for column in columns {
        let _ = write!(out, "<th>{column}</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
}

/// Text made safe inside an element or a quoted attribute: the five
/// characters HTML reads as markup become references, so no article can
/// open a tag, end an attribute or start an entity. A handful of lines
/// with a test beside them, rather than a templating crate for them.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::compare;
    use crate::export::tests::{article, tolls};
    use proptest::prelude::*;

    #[test]
    fn markup_characters_become_references() {
        assert_eq!(
            escape(r#"<script>alert("x & 'y'")</script>"#),
            "&lt;script&gt;alert(&quot;x &amp; &#39;y&#39;&quot;)&lt;/script&gt;"
        );
        assert_eq!(escape("plain 東京"), "plain 東京");
    }

    /// The elements of `html`, checked by a strict XML reader (every tag
    /// closed, in order), and the text a browser would show.
    fn read_back(html: &str) -> (Vec<String>, String) {
        use quick_xml::events::Event;
        let mut reader = quick_xml::Reader::from_str(html);
        let (mut elements, mut text) = (Vec::new(), String::new());
        loop {
            match reader.read_event().expect("well-formed markup") {
                Event::Start(e) | Event::Empty(e) => {
                    let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                    if name != "mark" {
                        text.push('\n');
                    }
                    elements.push(name);
                }
                Event::Text(t) => text.push_str(&t.decode().unwrap()),
                Event::GeneralRef(r) => match r.resolve_char_ref().unwrap() {
                    Some(c) => text.push(c),
                    None => text.push(match &*r.decode().unwrap() {
                        "amp" => '&',
                        "lt" => '<',
                        "gt" => '>',
                        "quot" => '"',
                        other => panic!("unknown reference &{other};"),
                    }),
                },
                Event::Eof => break,
                _ => {}
            }
        }
        (elements, text)
    }

    const OUR_ELEMENTS: [&str; 20] = [
        "html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "mark", "table",
        "thead", "tbody", "tr", "th", "td", "section", "div", "span", "footer",
    ];

    #[test]
    fn a_page_is_self_contained_and_well_formed() {
        let html = render(&tolls());
        let (elements, text) = read_back(&html);
        assert!(
            elements.iter().all(|e| OUR_ELEMENTS.contains(&e.as_str())),
            "{elements:?}"
        );
        for outside in ["<script", "http:", "https:", "url(", "@import", "<link"] {
            assert!(!html.contains(outside), "{outside}");
        }
        assert!(
            html.contains("<mark class=\"claim\">about 60</mark>"),
            "{html}"
        );
        assert!(html.contains("<mark class=\"claim\">137</mark>"), "{html}");
        assert!(
            html.contains("<span class=\"badge conflict\">conflict</span>"),
            "{html}"
        );
        assert!(text.contains("Officials said 137 people were killed."));
        assert!(html.contains("prefers-color-scheme: dark") && html.contains("max-width: 40rem"));
    }

    #[test]
    fn a_lone_article_is_one_column() {
        let html = render(&compare(&[article("a", "Alone in the harbour.")]));
        assert!(html.contains("<section class=\"pair one\">"), "{html}");
        assert!(!html.contains("cell empty"), "{html}");
        assert!(html.contains("<p>Alone in the harbour.</p>"), "{html}");
    }

    proptest! {
        /// Whatever markup an article holds, the page's elements are only
        /// its own, and a browser shows the article's text as written.
        #[test]
        fn article_markup_never_appears_raw(
            left in "[a-z <>&\"'=/;#!-]{1,80}|<script>[a-z]{0,9}</script>",
            right in "[a-z <>&\"'=/;#!-]{1,80}|<img src=x onerror=alert(1)>",
        ) {
            let articles = [article("left", &left), article("right", &right)];
            let html = render(&compare(&articles));
            let (elements, text) = read_back(&html);
            prop_assert!(elements.iter().all(|e| OUR_ELEMENTS.contains(&e.as_str())), "{elements:?}");
            for paragraph in articles.iter().flat_map(|a| &a.paragraphs) {
                prop_assert!(text.contains(&paragraph.text), "{:?} not in {text:?}", paragraph.text);
            }
        }
    }
}
