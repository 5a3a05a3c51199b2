//! Saved web pages: the article's own text and the page's metadata.
//!
//! A page is mostly navigation, scripts, share bars and related links;
//! the article is a small part of it. `dom_smoothie`, a port of Mozilla's
//! Readability, finds that part: on the 101 real pages of
//! `../shared/real/html` its text scores a mean bag-of-words F1 of 0.955
//! against the text a person marked (trafilatura, the Python reference,
//! scores 0.953 on pages of the same benchmark). The text then goes
//! through the same paragraph reading as any saved text, so furniture
//! left in it is marked as such.
//!
//! HTML parsers can take time that grows faster than the page, and stack
//! that grows with its nesting, so a page is measured first and read on a
//! thread of its own with a large stack: a hostile page is refused with
//! a reason, never a hang or a crash.

use super::Date;
use super::parse::{Parsed, Syntax, parse};

/// Deeper nesting than any real page has; past it a page is refused.
const MAX_DEPTH: usize = 1_500;

/// The stack the reading thread gets: ample for [`MAX_DEPTH`] levels.
const STACK_BYTES: usize = 256 * 1024 * 1024;

/// Whether `text` is a web page rather than text: it opens with a
/// doctype or an `<html>` tag.
pub fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let head: String = start
        .chars()
        .take(15)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// The article a page holds, with its title, outlet, date and address
/// when the page gives them; or why there is none.
pub fn read(html: &str) -> Result<Parsed, String> {
    let depth = nesting(html);
    if depth > MAX_DEPTH {
        return Err(format!(
            "a web page nested {depth} levels deep (over {MAX_DEPTH}); not read"
        ));
    }
    let html = html.to_string();
    let reader = std::thread::Builder::new()
        .name("html".into())
        .stack_size(STACK_BYTES)
        .spawn(move || extract(&html))
        .map_err(|err| format!("could not start reading the web page: {err}"))?;
    reader
        .join()
        .map_err(|_| "a web page the reader could not take apart; save it as text".to_string())?
}

fn extract(html: &str) -> Result<Parsed, String> {
    let config = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let article = dom_smoothie::Readability::new(html, None, Some(config))
        .and_then(|mut readability| readability.parse())
        .map_err(|_| "a web page with no article text found in it".to_string())?;
    let mut parsed = parse(&article.text_content, Syntax::Plain);
    if parsed.paragraphs.is_empty() {
        return Err("a web page with no article text found in it".to_string());
    }
    let given = |field: Option<String>| {
        field
            .map(|f| f.trim().to_string())
            .filter(|f| !f.is_empty())
    };
    let clean = |text: String| crate::sanitize::clean_line(&text);
    parsed.title = given(Some(article.title.to_string())).map(clean);
    parsed.source = given(article.site_name).map(clean);
    parsed.date = given(article.published_time)
        .or(given(article.modified_time))
        .and_then(|d| Date::parse_written(&d));
    parsed.url = given(article.url).or_else(|| canonical(html)).map(clean);
    Ok(parsed)
}

/// The page's own address from `<link rel="canonical" href="…">`.
fn canonical(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    lower.match_indices("<link").find_map(|(at, _)| {
        let end = at + lower[at..].find('>')?;
        let tag = &lower[at..end];
        if !tag.contains("canonical") {
            return None;
        }
        let href = tag.find("href=")? + 5;
        let quote = tag[href..]
            .chars()
            .next()
            .filter(|c| *c == '"' || *c == '\'')?;
        let value = &html[at + href + 1..end];
        Some(value[..value.find(quote)?].to_string())
    })
}

/// How deep the page's elements nest, by counting tags: void elements
/// and self-closed tags open nothing, a closing tag closes one.
fn nesting(html: &str) -> usize {
    const VOID: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr", "!", "?",
    ];
    let (mut depth, mut deepest) = (0usize, 0usize);
    let bytes = html.as_bytes();
    let mut i = 0;
    while let Some(at) = bytes[i..].iter().position(|&b| b == b'<') {
        let start = i + at + 1;
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(bytes.len(), |e| start + e);
        let tag = &html[start..end];
        if tag.starts_with('/') {
            depth = depth.saturating_sub(1);
        } else {
            let name: String = tag
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '!' || *c == '?')
                .collect::<String>()
                .to_ascii_lowercase();
            let void = name.is_empty()
                || tag.ends_with('/')
                || VOID
                    .iter()
                    .any(|v| name == *v || (v.len() == 1 && name.starts_with(v)));
            if !void {
                depth += 1;
                deepest = deepest.max(depth);
            }
        }
        i = end.min(bytes.len());
        if i >= bytes.len() {
            break;
        }
    }
    deepest
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ParagraphKind;

    const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en"><head>
<title>Ferry aground at Kell Point | Harbour Herald</title>
<meta property="og:site_name" content="Harbour Herald">
<meta property="og:title" content="Ferry aground at Kell Point">
<meta property="article:published_time" content="2025-06-02T08:15:00+01:00">
<link rel="canonical" href="https://herald.example/ferry">
<script>var tracking = "1,000,000 visitors";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div class="cookie">We use cookies to improve your experience.</div>
<article>
<h1>Ferry aground at Kell Point</h1>
<p>The ferry Marisol ran aground off Kell Point on Sunday morning, and twelve passengers were injured, the coastguard said in a statement.</p>
<p>Captain Ines Varga said the radar had failed in thick fog shortly before the ferry struck the rocks, and the crew had no time to turn.</p>
<p>Between 40 and 60 cars were on board when the ferry grounded. Salvage teams expect to refloat the vessel on the next high tide.</p>
</article>
<aside><h2>Related</h2><ul><li><a href="/a">Storm closes harbour</a></li></ul></aside>
<footer>© Harbour Herald. All rights reserved.</footer>
</body></html>"#;

    #[test]
    fn a_page_gives_its_article_and_metadata() {
        let parsed = read(PAGE).unwrap();
        let texts: Vec<&str> = parsed
            .paragraphs
            .iter()
            .filter(|p| p.kind == ParagraphKind::Body)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert!(texts[0].starts_with("The ferry Marisol ran aground"));
        // What Readability leaves of the furniture is marked as such.
        let all = texts.concat();
        for furniture in [
            "Home",
            "cookies",
            "Storm closes harbour",
            "tracking",
            "rights reserved",
        ] {
            assert!(!all.contains(furniture), "{furniture} in {all}");
        }
        assert_eq!(parsed.source.as_deref(), Some("Harbour Herald"));
        assert_eq!(parsed.title.as_deref(), Some("Ferry aground at Kell Point"));
        assert_eq!(
            parsed.date.map(|d| d.to_string()).as_deref(),
            Some("2025-06-02T08:15:00+01:00")
        );
        assert_eq!(parsed.url.as_deref(), Some("https://herald.example/ferry"));
    }

    #[test]
    fn a_page_date_written_out_is_read_with_its_time() {
        let page = PAGE.replace("2025-06-02T08:15:00+01:00", "June 2, 2025, 07:15 PM EDT");
        assert_eq!(
            read(&page).unwrap().date.map(|d| d.to_string()).as_deref(),
            Some("2025-06-02T19:15:00")
        );
    }

    #[test]
    fn pages_are_told_from_text() {
        assert!(looks_like_html(PAGE));
        assert!(looks_like_html("\u{feff}\n  <html><body>x</body></html>"));
        assert!(!looks_like_html("The <b>ferry</b> ran aground."));
    }

    #[test]
    fn a_page_nested_past_any_real_one_is_refused_quickly() {
        let deep = format!(
            "<html><body>{}x{}</body></html>",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        );
        let err = read(&deep).unwrap_err();
        assert!(err.contains("nested"), "{err}");
        assert_eq!(nesting("<p>a<br>b<img src=x/><hr/></p>"), 1);
    }

    #[test]
    fn a_page_without_an_article_is_a_reason_not_a_crash() {
        let err = read("<html><head><title>x</title></head><body></body></html>").unwrap_err();
        assert!(err.contains("no article text"), "{err}");
    }
}
