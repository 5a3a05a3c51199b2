//! News feeds: RSS 2.0 and Atom, one article per item.
//!
//! An item's full text comes from `content:encoded` (RSS) or `content`
//! (Atom) where the feed gives it; otherwise from its description or
//! summary, and the article then says it is only a summary, in a line of
//! its own that is never compared.

use quick_xml::Reader;
use quick_xml::events::Event;

use super::parse::{Parsed, Syntax, parse};
use super::{Date, Paragraph, ParagraphKind};

/// Whether `text` is a feed: its first element is `<rss>` or `<feed>`.
pub fn looks_like_feed(text: &str) -> bool {
    let mut reader = Reader::from_str(text);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => {
                return matches!(e.local_name().as_ref(), b"rss" | b"feed" | b"RDF");
            }
            Ok(Event::Eof) | Err(_) => return false,
            Ok(Event::Text(t)) if !t.iter().all(u8::is_ascii_whitespace) => return false,
            _ => {}
        }
    }
}

/// The line that marks an article read from a feed's summary.
pub const SUMMARY_ONLY: &str = "Summary only: the feed gives no full text of this article.";

/// One item of a feed as it is read.
#[derive(Default)]
struct Item {
    title: String,
    link: String,
    date: String,
    summary: String,
    content: String,
}

/// The articles of a feed, each an item, in the feed's order; or why the
/// feed cannot be read.
pub fn read(text: &str) -> Result<Vec<Result<Parsed, String>>, String> {
    let mut reader = Reader::from_str(text);
    let mut path: Vec<String> = Vec::new();
    let mut channel = String::new();
    let mut item: Option<Item> = None;
    let mut items = Vec::new();
    loop {
        let event = reader
            .read_event()
            .map_err(|err| format!("not a readable feed: {err}"))?;
        match event {
            Event::Start(e) => {
                let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                if matches!(name.as_str(), "item" | "entry") {
                    item = Some(Item::default());
                }
                path.push(name);
            }
            Event::Empty(e) => {
                // Atom's `<link rel="alternate" href="…"/>`.
                if let Some(item) = item.as_mut() {
                    if e.name().as_ref() == b"link" && item.link.is_empty() {
                        let rel = attribute(&e, b"rel");
                        if rel.is_none_or(|r| r == "alternate") {
                            item.link = attribute(&e, b"href").unwrap_or_default();
                        }
                    }
                }
            }
            Event::Text(t) => {
                let text = t.decode().map(|c| c.into_owned()).unwrap_or_default();
                take(&path, &mut item, &mut channel, &text);
            }
            // Entities arrive on their own: "harbour &amp; port".
            Event::GeneralRef(r) => {
                let name = r.decode().map(|c| c.into_owned()).unwrap_or_default();
                let text = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => quick_xml::escape::resolve_predefined_entity(&name)
                        .unwrap_or_default()
                        .to_string(),
                };
                take(&path, &mut item, &mut channel, &text);
            }
            Event::CData(c) => {
                let text = String::from_utf8_lossy(&c).into_owned();
                take(&path, &mut item, &mut channel, &text);
            }
            Event::End(e) => {
                path.pop();
                if matches!(e.name().as_ref(), b"item" | b"entry") {
                    if let Some(done) = item.take() {
                        items.push(article(done, &channel));
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if items.is_empty() {
        return Err("a feed with no items".to_string());
    }
    Ok(items)
}

/// Files `text` under the field the element path names.
fn take(path: &[String], item: &mut Option<Item>, channel: &mut String, text: &str) {
    let Some(name) = path.last().map(String::as_str) else {
        return;
    };
    let Some(item) = item.as_mut() else {
        // The channel's or the feed's own title names the outlet.
        let parent = path.len().checked_sub(2).map(|p| path[p].as_str());
        if name == "title" && matches!(parent, Some("channel" | "feed")) {
            channel.push_str(text);
        }
        return;
    };
    let field = match name {
        "title" => &mut item.title,
        "link" => &mut item.link,
        "pubDate" | "published" | "updated" | "dc:date" => &mut item.date,
        "description" | "summary" => &mut item.summary,
        "content:encoded" | "content" => &mut item.content,
        _ => return,
    };
    // A later date (`updated` after `published`) does not replace the first.
    if name == "updated" && !field.is_empty() {
        return;
    }
    field.push_str(text);
}

fn attribute(e: &quick_xml::events::BytesStart, key: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == key)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

fn article(item: Item, channel: &str) -> Result<Parsed, String> {
    let (body, summary_only) = if item.content.trim().is_empty() {
        (item.summary, true)
    } else {
        (item.content, false)
    };
    let mut parsed = parse(&fragment_text(&body), Syntax::Plain);
    if parsed.paragraphs.is_empty() {
        return Err("an item with no text".to_string());
    }
    if summary_only {
        parsed.paragraphs.insert(
            0,
            Paragraph {
                index: 0,
                kind: ParagraphKind::Boilerplate,
                text: SUMMARY_ONLY.to_string(),
            },
        );
        for (index, paragraph) in parsed.paragraphs.iter_mut().enumerate() {
            paragraph.index = index;
        }
    }
    let given = |text: &str| {
        let text = crate::sanitize::clean_line(text.trim());
        (!text.is_empty()).then_some(text)
    };
    parsed.title = given(&fragment_text(&item.title));
    parsed.source = given(channel);
    parsed.url = given(&item.link);
    parsed.date = Date::parse_written(item.date.trim());
    Ok(parsed)
}

/// The text of an HTML fragment, a paragraph a block: feeds carry their
/// items' text as escaped HTML.
fn fragment_text(html: &str) -> String {
    if !html.contains('<') {
        return html.to_string();
    }
    let document = dom_query::Document::fragment(html);
    let blocks = document.select("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre");
    let texts: Vec<String> = blocks
        .iter()
        .map(|block| block.text().to_string())
        .filter(|t| !t.trim().is_empty())
        .collect();
    if texts.is_empty() {
        document.select("body").text().to_string()
    } else {
        texts.join("\n\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Harbour Herald</title>
  <link>https://herald.example/</link>
  <item>
    <title>Ferry aground at Kell Point</title>
    <link>https://herald.example/ferry</link>
    <pubDate>Mon, 02 Jun 2025 08:15:00 +0100</pubDate>
    <description>Twelve hurt as ferry grounds.</description>
    <content:encoded><![CDATA[<p>The ferry Marisol ran aground off Kell Point, and twelve passengers were injured.</p><p>Captain Ines Varga said the radar had failed.</p>]]></content:encoded>
  </item>
  <item>
    <title>Storm closes harbour &amp; port</title>
    <link>https://herald.example/storm</link>
    <pubDate>Tue, 03 Jun 2025 07:00:00 GMT</pubDate>
    <description>&lt;p&gt;A storm closed the harbour for a second day.&lt;/p&gt;</description>
  </item>
</channel>
</rss>"#;

    const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Island Post</title>
  <entry>
    <title type="html">Marisol ferry lost</title>
    <link rel="alternate" href="https://post.example/marisol"/>
    <published>2025-06-02T09:00:00Z</published>
    <updated>2025-06-02T11:30:00Z</updated>
    <content type="html">&lt;p&gt;The Marisol ferry went down off Kell Point; 30 passengers were injured.&lt;/p&gt;</content>
  </entry>
</feed>"#;

    #[test]
    fn rss_items_are_articles_with_their_outlet_date_and_link() {
        assert!(looks_like_feed(RSS));
        let items = read(RSS).unwrap();
        assert_eq!(items.len(), 2);
        let first = items[0].as_ref().unwrap();
        assert_eq!(first.source.as_deref(), Some("Harbour Herald"));
        assert_eq!(first.title.as_deref(), Some("Ferry aground at Kell Point"));
        assert_eq!(first.url.as_deref(), Some("https://herald.example/ferry"));
        assert_eq!(
            first.date.map(|d| d.to_string()).as_deref(),
            Some("2025-06-02T08:15:00+01:00")
        );
        let texts: Vec<&str> = first.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "The ferry Marisol ran aground off Kell Point, and twelve passengers were injured.",
                "Captain Ines Varga said the radar had failed."
            ]
        );
        // Only a summary: said so, in a line never compared.
        let second = items[1].as_ref().unwrap();
        assert_eq!(second.title.as_deref(), Some("Storm closes harbour & port"));
        assert_eq!(second.paragraphs[0].text, SUMMARY_ONLY);
        assert_eq!(second.paragraphs[0].kind, ParagraphKind::Boilerplate);
        assert_eq!(
            second.paragraphs[1].text,
            "A storm closed the harbour for a second day."
        );
    }

    #[test]
    fn atom_entries_are_articles_too() {
        assert!(looks_like_feed(ATOM));
        let items = read(ATOM).unwrap();
        let entry = items[0].as_ref().unwrap();
        assert_eq!(entry.source.as_deref(), Some("Island Post"));
        assert_eq!(entry.url.as_deref(), Some("https://post.example/marisol"));
        assert_eq!(
            entry.date.map(|d| d.to_string()).as_deref(),
            Some("2025-06-02T09:00:00Z")
        );
        assert!(
            entry.paragraphs[0]
                .text
                .starts_with("The Marisol ferry went down")
        );
    }

    #[test]
    fn what_is_not_a_feed_says_so() {
        assert!(!looks_like_feed("Plain text about a <b>ferry</b>."));
        assert!(!looks_like_feed("<html><body>x</body></html>"));
        let err = read("<rss><channel><title>x</title></channel></rss>").unwrap_err();
        assert_eq!(err, "a feed with no items");
    }
}
