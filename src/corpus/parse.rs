//! From an article's text to its metadata and paragraphs.
//!
//! Two header forms are read. The seed form puts the date on the first line,
//! before the first paragraph:
//!
//! ```text
//!  date 2024-03-24 Following a deadly attack on a Moscow concert hall, …
//! ```
//!
//! and front matter gives any of `title`, `source`, `date`, `url`:
//!
//! ```text
//! ---
//! title: "Toll rises to 137"
//! source: The Daily
//! date: 2024-03-24T18:05:00Z
//! ---
//! ```
//!
//! or the same fields as TOML between `+++` lines, as Hugo writes them. A
//! header that does not read (front matter never closed, a date in no
//! form known) is said in [`Parsed::notes`], never dropped in silence.
//!
//! The body is split on blank lines. Every block becomes a [`Paragraph`], in
//! file order, so an article always reads as it was written; only its kind
//! (body, heading, boilerplate) decides what the comparison uses.

use super::{Date, Paragraph, ParagraphKind};
use crate::sanitize;

/// How to read the text's markup.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    Plain,
    /// `#` headings lose their marks.
    Markdown,
}

/// What parsing found: the header's fields, when present, and the blocks.
/// Kept as it is in the index cache.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Parsed {
    pub title: Option<String>,
    pub source: Option<String>,
    pub date: Option<Date>,
    pub url: Option<String>,
    pub paragraphs: Vec<Paragraph>,
    /// What in the header could not be read, for the user: the article
    /// still loads.
    pub notes: Vec<String>,
}

/// Parses an article. Never fails: text that is not a header is body text.
pub fn parse(text: &str, syntax: Syntax) -> Parsed {
    let text = sanitize::clean(text);
    // Copied only when there is a carriage return to fold: a copy of a
    // 60 MB article is 60 MB more at the peak.
    let text = if text.contains('\r') {
        std::borrow::Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        text
    };
    let mut parsed = Parsed::default();
    let body = if let Some((fields, body)) = split_front_matter(&text, "---") {
        read_front_matter(fields, &mut parsed);
        body
    } else if let Some((fields, body)) = split_front_matter(&text, "+++") {
        read_toml_front_matter(fields, &mut parsed);
        body
    } else {
        if let Some(fence) = ["---", "+++"].into_iter().find(|f| opens(&text, f)) {
            parsed.notes.push(format!(
                "front matter opened with {fence} never closes, so it is read as text; end it with a line of {fence}"
            ));
        }
        text.as_ref()
    };
    let body = match split_seed_header(body) {
        Some((Ok(date), rest)) => {
            parsed.date = parsed.date.or(Some(date));
            rest
        }
        Some((Err(bad), rest)) => {
            parsed.notes.push(no_date(bad));
            rest
        }
        None => body,
    };
    parsed.paragraphs = blocks(body)
        .map(|block| classify(block, syntax))
        .enumerate()
        .map(|(index, (kind, text))| Paragraph { index, kind, text })
        .collect();
    parsed
}

/// The title when the header gave none: a heading that opens the article,
/// else its first sentence, shortened.
pub(super) fn fallback_title(paragraphs: &[Paragraph]) -> String {
    if let Some(heading) = leading_heading(paragraphs) {
        return heading;
    }
    let Some(first) = paragraphs.iter().find(|p| p.kind == ParagraphKind::Body) else {
        return String::new();
    };
    let sentence = first_sentence(&first.text);
    shorten(sentence, 80)
}

fn leading_heading(paragraphs: &[Paragraph]) -> Option<String> {
    paragraphs
        .iter()
        .find(|p| p.kind != ParagraphKind::Boilerplate)
        .filter(|p| p.kind == ParagraphKind::Heading)
        .map(|p| p.text.clone())
}

fn first_sentence(text: &str) -> &str {
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, '.' | '!' | '?') && chars.peek().is_none_or(|&(_, next)| next == ' ') {
            // "ORLANDO, Fla. —", "St. Joseph": a short capitalised word
            // before a point is an abbreviation, not a sentence's end.
            let word = text[..i].rsplit(' ').next().unwrap_or("");
            let abbreviation = c == '.'
                && word.starts_with(char::is_uppercase)
                && word.chars().filter(|c| c.is_alphabetic()).count() <= 4
                && chars.peek().is_some();
            if !abbreviation {
                return &text[..i + c.len_utf8()];
            }
        }
    }
    text
}

/// Cuts `text` to at most `max` characters at a word boundary, with "…".
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max - 1).collect();
    // Break at the last space, unless that loses more than half the room.
    let last_space = cut
        .chars()
        .enumerate()
        .filter(|&(_, c)| c == ' ')
        .map(|(i, _)| i)
        .last();
    let cut: String = match last_space {
        Some(space) if space > max / 2 => cut.chars().take(space).collect(),
        _ => cut,
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// Whether `text` opens with a `fence` line, as front matter does.
fn opens(text: &str, fence: &str) -> bool {
    text.strip_prefix(fence)
        .map(|rest| rest.trim_start_matches([' ', '\t']))
        .is_some_and(|rest| rest.starts_with('\n'))
}

/// Splits front matter between `fence` lines (`---`, which YAML may also
/// close with `...`, or `+++`) from the body; `None` when there is none
/// or it never closes (then the fence is just text).
fn split_front_matter<'t>(text: &'t str, fence: &str) -> Option<(&'t str, &'t str)> {
    let rest = text.strip_prefix(fence)?;
    let rest = rest.trim_start_matches([' ', '\t']).strip_prefix('\n')?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        let bare = line.trim_end();
        if bare == fence || (fence == "---" && bare == "...") {
            return Some((&rest[..offset], &rest[offset + line.len()..]));
        }
        offset += line.len();
    }
    None
}

fn read_front_matter(fields: &str, parsed: &mut Parsed) {
    for line in fields.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        field(parsed, key, unquote(value.trim()));
    }
}

/// Reads TOML front matter (`+++`): the same fields, strings or, for the
/// date, a TOML date-time.
fn read_toml_front_matter(fields: &str, parsed: &mut Parsed) {
    match toml::from_str::<toml::Table>(fields) {
        Ok(table) => {
            for (key, value) in table {
                let value = match value {
                    toml::Value::String(text) => text,
                    toml::Value::Datetime(when) => when.to_string(),
                    _ => continue,
                };
                field(parsed, &key, &value);
            }
        }
        Err(err) => parsed.notes.push(format!(
            "the +++ front matter is no TOML ({}), so its fields are left out",
            sanitize::fold_whitespace(err.message())
        )),
    }
}

/// Sets one header field; a date in no form known is said, not dropped.
fn field(parsed: &mut Parsed, key: &str, value: &str) {
    let value = sanitize::fold_whitespace(value);
    if value.is_empty() {
        return;
    }
    match key.trim().to_ascii_lowercase().as_str() {
        "title" | "headline" => parsed.title = Some(value),
        "source" | "outlet" | "publisher" | "site_name" => parsed.source = Some(value),
        "date" | "published" | "published_at" | "datetime" => {
            parsed.date = Date::parse_written(&value);
            if parsed.date.is_none() {
                parsed.notes.push(no_date(&value));
            }
        }
        "url" | "link" => parsed.url = Some(value),
        _ => {}
    }
}

fn unquote(value: &str) -> &str {
    for quote in ['"', '\''] {
        if let Some(inner) = value
            .strip_prefix(quote)
            .and_then(|v| v.strip_suffix(quote))
        {
            return inner;
        }
    }
    value
}

/// Why a header's date was left out.
fn no_date(value: &str) -> String {
    format!(
        "date \"{}\" is in no form newsdiff reads, so the article is undated; write it as 2025-06-12 or 12 June 2025",
        sanitize::clean_line(&shorten(value, 40))
    )
}

/// Reads the seed header, ` date YYYY-MM-DD `, and returns the date and the
/// text after it. A header of that shape whose date does not exist
/// (` date 2024-13-45 `) is still a header, never the article's first
/// words (and so its title): its text comes back as the error.
fn split_seed_header(text: &str) -> Option<(Result<Date, &str>, &str)> {
    let rest = text
        .trim_start_matches([' ', '\t', '\n'])
        .strip_prefix("date")?;
    let rest = rest
        .strip_prefix([' ', '\t'])?
        .trim_start_matches([' ', '\t']);
    let field = rest.get(..10)?;
    let after = &rest[10..];
    let shaped = field.bytes().enumerate().all(|(i, b)| {
        if i == 4 || i == 7 {
            b == b'-'
        } else {
            b.is_ascii_digit()
        }
    });
    if !shaped || !(after.is_empty() || after.starts_with(char::is_whitespace)) {
        return None;
    }
    Some((Date::parse(field).ok_or(field), after))
}

/// Blank-line-separated blocks, each as its lines.
fn blocks(text: &str) -> impl Iterator<Item = Vec<&str>> {
    let mut lines = text.lines().peekable();
    std::iter::from_fn(move || {
        while lines.next_if(|line| line.trim().is_empty()).is_some() {}
        let block: Vec<&str> =
            std::iter::from_fn(|| lines.next_if(|line| !line.trim().is_empty())).collect();
        (!block.is_empty()).then_some(block)
    })
}

fn classify(lines: Vec<&str>, syntax: Syntax) -> (ParagraphKind, String) {
    let text = sanitize::fold_whitespace(&lines.join(" "));
    // A video player's controls glued to its caption ("CLOSE Skip in Skip
    // x Embed x Share A memorial is set up…"): the controls go, the
    // caption stays a paragraph.
    let text = match without_share_bar(&text) {
        Some(rest) if rest.split(' ').nth(3).is_some() => rest.to_string(),
        _ => text,
    };
    if syntax == Syntax::Markdown && lines.len() == 1 {
        if let Some(heading) = markdown_heading(&text) {
            return (ParagraphKind::Heading, heading);
        }
    }
    let kind = if is_boilerplate(&text) {
        ParagraphKind::Boilerplate
    } else if lines.len() == 1 && looks_like_heading(&text) {
        ParagraphKind::Heading
    } else {
        ParagraphKind::Body
    };
    (kind, text)
}

/// `## Title ##` → `Title`; `None` when the line is not an ATX heading.
fn markdown_heading(line: &str) -> Option<String> {
    let hashes = line.len() - line.trim_start_matches('#').len();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let rest = &line[hashes..];
    if !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    let title = rest.trim().trim_end_matches('#').trim_end();
    (!title.is_empty()).then(|| title.to_string())
}

/// A heading is one short line that does not end like a sentence.
fn looks_like_heading(text: &str) -> bool {
    const MAX_WORDS: usize = 14;
    let words = text.split(' ').take(MAX_WORDS + 1).count();
    let last = text
        .trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', '*', '_'])
        .chars()
        .last();
    words <= MAX_WORDS
        && text.chars().any(char::is_alphabetic)
        && !matches!(
            last,
            Some('.' | '!' | '?' | '…' | ':' | ';' | ',' | '。' | '！' | '？')
        )
}

/// Page furniture that says nothing about the event.
fn is_boilerplate(text: &str) -> bool {
    /// Whole blocks, compared without case and outer punctuation.
    const LINES: &[&str] = &[
        "ad",
        "advert",
        "advertisement",
        "advertisment",
        "advertising",
        "article continues below",
        "article continues below advertisement",
        "click here",
        "continue reading",
        "continue reading below",
        "listen to this article",
        "more on this story",
        "print",
        "read more",
        "related",
        "related articles",
        "related stories",
        "scroll to continue",
        "scroll to continue with content",
        "share",
        "share this",
        "share this article",
        "share this story",
        "sign up",
        "skip advertisement",
        "skip to content",
        "sponsored",
        "sponsored content",
        "story continues below",
        "story continues below advertisement",
        "subscribe",
        "subscribe now",
        "supported by",
    ];
    /// Openings of short blocks that only point elsewhere or credit the
    /// writers.
    const OPENINGS: &[&str] = &[
        "read more:",
        "related:",
        "see also:",
        "we use cookies",
        "this site uses cookies",
        "this website uses cookies",
        "accept cookies",
        "accept all cookies",
        "sign up for",
        "subscribe to our",
        "view all",
        "click here to",
        "follow us on",
        "copyright ©",
        "©",
        "all rights reserved",
        // Who wrote or helped: no part of the story.
        "contributing:",
        "reporting by",
        "additional reporting by",
        "editing by",
        "written by",
    ];
    const SHORT_BLOCK_WORDS: usize = 30;
    let lower = text.to_lowercase();
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
    if !lower.chars().any(char::is_alphanumeric) {
        // Separators such as `* * *` or `---`.
        return true;
    }
    // Every test below reads at most the first 31 words, or whether there
    // are more: a long paragraph is not split whole.
    let words: Vec<&str> = lower
        .split(' ')
        .map(bare_word)
        .filter(|w| !w.is_empty())
        .take(SHORT_BLOCK_WORDS + 1)
        .collect();
    let short = words.len() <= SHORT_BLOCK_WORDS;
    LINES.contains(&bare)
        || short && OPENINGS.iter().any(|opening| lower.starts_with(opening))
        // With no brackets, a credit line has at most 20 words.
        || (lower.contains('(') || words.len() <= 20) && credit_line(&lower)
        || share_bar(&words)
        || stamp(&lower, &words)
        || short && credits_writers(text, &lower)
        // "ST." or "AP": a dateline's remnant, no paragraph.
        || lower.chars().filter(|c| c.is_alphabetic()).take(4).count() <= 3
        // "DALLAS (AP) -": a dateline cut from its story; not "- 14 dead,
        // 17 wounded -", a subhead set between dashes.
        || words.len() <= 4
            && lower.trim_end().ends_with(['-', '–', '—'])
            && !lower.trim_start().starts_with(['-', '–', '—'])
}

/// Whether a block is a picture's credit, or a note on a video, and
/// little else: "(AP Photo/Gerald Herbert).", "Krol (Photo: Wayne County
/// Sheriff's Office)", "Warning: the audio in the video above…". A
/// sentence with a credit after it ("… led to three officers' deaths.
/// (Photo: WFAA)") is the article's own.
fn credit_line(lower: &str) -> bool {
    let mut rest = String::new();
    let mut credited = false;
    for (n, part) in lower.split(['(', ')']).enumerate() {
        // Odd parts stood between brackets.
        if n % 2 == 1 && CREDITS.iter().any(|c| format!("({part})").contains(c)) {
            credited = true;
        } else {
            rest.push_str(part);
            rest.push(' ');
        }
    }
    let left = rest.split(' ').filter(|w| !bare_word(w).is_empty()).count();
    credited && left <= 3
        || left <= 20
            && CREDITS
                .iter()
                .any(|c| !c.starts_with('(') && rest.contains(c))
}

/// Whether a block credits who wrote or helped with the story, which is
/// no part of it: "By DAVID EGGERT and ED WHITE", "Megan Guza
/// contributed.", "Elizabeth Behrman is a staff writer for the
/// Tribune-Review. She can be reached at …" ("Contributing: …" is one
/// of the openings). "By 8:48 a.m., medics arrive" is the story's.
fn credits_writers(text: &str, lower: &str) -> bool {
    const MARKS: &[&str] = &[
        "contributed to this",
        "contributed reporting",
        " contributed.",
        "can be reached at",
        "reach him at",
        "reach her at",
        "reach them at",
    ];
    const BYLINE_WORDS: usize = 8;
    let by_names = text.strip_prefix("By ").is_some_and(|names| {
        let words: Vec<&str> = names.split(' ').collect();
        words.len() <= BYLINE_WORDS
            && words.iter().all(|w| {
                matches!(*w, "and" | "of" | "the" | "&")
                    || w.starts_with(|c: char| c.is_uppercase())
            })
    });
    by_names
        || MARKS.iter().any(|m| lower.contains(m))
        || lower.trim_end_matches('.').ends_with(" contributed")
}

/// What marks a picture's credit or a note on a video.
const CREDITS: &[&str] = &[
    "(photo:",
    "(photo ",
    "photo/",
    "(ap photo",
    "/ap)",
    "via ap)",
    "getty images",
    "(credit:",
    "photo credit",
    "photo via",
    "video above",
    "video below",
];

/// Words of a share bar or a video player's controls.
const SHARE_WORDS: &[&str] = &[
    "facebook",
    "twitter",
    "email",
    "e-mail",
    "share",
    "embed",
    "close",
    "skip",
    "play",
    "x",
    "in",
    "whatsapp",
    "linkedin",
    "pinterest",
    "reddit",
    "print",
    "comment",
    "comments",
    "copy",
    "link",
    "tweet",
    "messenger",
    "sms",
    "flipboard",
    "tumblr",
    "google+",
    "google",
    "plus",
];

/// Whether a block opens with a share bar or player controls ("Play
/// Facebook", "CLOSE Skip in Skip x Embed x Share …", "Share Facebook
/// Twitter Email"): three words of them, or all of a shorter block, one
/// of them a network or "embed"/"share".
fn share_bar(words: &[&str]) -> bool {
    let opening = &words[..words.len().min(3)];
    let named = words.iter().take(8).any(|w| {
        !matches!(
            *w,
            "close" | "skip" | "play" | "x" | "in" | "copy" | "link" | "print"
        )
    });
    let lone = words.len() == 1 && named;
    (opening.len() >= 2 || lone)
        && opening.iter().all(|w| SHARE_WORDS.contains(w))
        && named
        && words
            .iter()
            .take(8)
            .any(|w| SHARE_WORDS.contains(w) && *w != "in")
}

/// What follows a share bar that opens `text`, if one does.
fn without_share_bar(text: &str) -> Option<&str> {
    // A share bar is told by its first 8 words and whether there is more
    // than one, so most paragraphs are read no further.
    let opening: Vec<String> = text.split(' ').take(9).map(str::to_lowercase).collect();
    let opening: Vec<&str> = opening.iter().map(|w| bare_word(w)).collect();
    if !share_bar(&opening) {
        return None;
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split(' ').map(bare_word).collect();
    let controls = words.iter().take_while(|w| SHARE_WORDS.contains(w)).count();
    text.splitn(controls + 1, ' ').nth(controls)
}

/// A word without the marks around it.
fn bare_word(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric() && c != '+')
}

/// Whether a block is a page's time stamp: "Updated: Apr 20, 2016 - 7:08
/// PM", "UPDATE: 3:00 P.M.", "Posted 9:14 AM".
fn stamp(lower: &str, words: &[&str]) -> bool {
    let Some(rest) = ["last updated", "updated", "update", "posted", "published"]
        .iter()
        .find_map(|w| lower.strip_prefix(w))
    else {
        return false;
    };
    let rest = rest.trim_start_matches([':', ' ']);
    let when = rest.starts_with(|c: char| c.is_ascii_digit())
        || ["on ", "at "].iter().any(|w| rest.starts_with(w))
        || rest
            .split(' ')
            .next()
            .is_some_and(|w| super::is_month(w.trim_end_matches(['.', ','])));
    words.len() <= 12 && lower.chars().any(|c| c.is_ascii_digit()) && when
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn texts(parsed: &Parsed) -> Vec<(ParagraphKind, &str)> {
        parsed
            .paragraphs
            .iter()
            .map(|p| (p.kind, p.text.as_str()))
            .collect()
    }

    #[test]
    fn seed_header_gives_the_date_and_keeps_the_first_paragraph() {
        let parsed = parse(
            " date 2024-03-24 Following a deadly attack, France acted.\n\nImmediate Response\n\nMore text here.",
            Syntax::Plain,
        );
        assert_eq!(parsed.date.unwrap().to_string(), "2024-03-24");
        assert_eq!(
            texts(&parsed),
            [
                (
                    ParagraphKind::Body,
                    "Following a deadly attack, France acted."
                ),
                (ParagraphKind::Heading, "Immediate Response"),
                (ParagraphKind::Body, "More text here."),
            ]
        );
        assert_eq!(parsed.paragraphs[2].index, 2);
    }

    #[test]
    fn a_seed_header_with_no_such_date_is_a_header_with_a_note() {
        // Issue 16: ` date 2024-13-45 ` became the title.
        let parsed = parse(
            " date 2024-13-45 Officials said the fire was out.\n\nMore text here.",
            Syntax::Plain,
        );
        assert_eq!(parsed.date, None);
        assert_eq!(
            parsed.paragraphs[0].text,
            "Officials said the fire was out."
        );
        assert_eq!(
            parsed.notes,
            [
                "date \"2024-13-45\" is in no form newsdiff reads, so the article is undated; write it as 2025-06-12 or 12 June 2025"
            ]
        );
        let parsed = parse("---\ndate: soon\n---\nText.\n", Syntax::Plain);
        assert_eq!((parsed.date, parsed.notes.len()), (None, 1));
        assert!(
            parse(" date 2024-03-24 Text.", Syntax::Plain)
                .notes
                .is_empty()
        );
    }

    #[test]
    fn a_date_word_that_is_not_a_header_is_body_text() {
        let parsed = parse("date night at the cinema was cancelled.", Syntax::Plain);
        assert_eq!(parsed.date, None);
        assert_eq!(
            parsed.paragraphs[0].text,
            "date night at the cinema was cancelled."
        );
    }

    #[test]
    fn front_matter_fields_are_read_and_removed() {
        let parsed = parse(
            "---\ntitle: \"Toll rises: 137 dead\"\nsource: The Daily\ndate: 2024-03-24T18:05:00Z\nurl: https://example.org/a\nauthor: X\n---\nFirst paragraph.\n",
            Syntax::Markdown,
        );
        assert_eq!(parsed.title.as_deref(), Some("Toll rises: 137 dead"));
        assert_eq!(parsed.source.as_deref(), Some("The Daily"));
        assert_eq!(parsed.date.unwrap().to_string(), "2024-03-24T18:05:00Z");
        assert_eq!(parsed.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(texts(&parsed), [(ParagraphKind::Body, "First paragraph.")]);
    }

    #[test]
    fn unclosed_front_matter_is_plain_text_and_said() {
        let parsed = parse("---\ntitle: x\n\nBody text.", Syntax::Plain);
        assert_eq!(parsed.title, None);
        assert_eq!(parsed.paragraphs.len(), 2);
        assert_eq!(
            parsed.notes,
            [
                "front matter opened with --- never closes, so it is read as text; end it with a line of ---"
            ]
        );
        // A rule inside the text is no front matter.
        assert!(
            parse("Body.\n\n---\n\nMore.", Syntax::Plain)
                .notes
                .is_empty()
        );
    }

    #[test]
    fn toml_front_matter_is_read() {
        let parsed = parse(
            "+++\ntitle = \"Toll rises to 137\"\nsource = 'The Daily'\ndate = 2025-06-12T09:30:00Z\ntags = [\"x\"]\n+++\nFirst paragraph.\n",
            Syntax::Markdown,
        );
        assert_eq!(parsed.title.as_deref(), Some("Toll rises to 137"));
        assert_eq!(parsed.source.as_deref(), Some("The Daily"));
        assert_eq!(parsed.date.unwrap().to_string(), "2025-06-12T09:30:00Z");
        assert_eq!(texts(&parsed), [(ParagraphKind::Body, "First paragraph.")]);
        assert!(parsed.notes.is_empty());
        let broken = parse("+++\ntitle = \n+++\nBody.", Syntax::Plain);
        assert!(
            broken.notes[0].starts_with("the +++ front matter is no TOML"),
            "{:?}",
            broken.notes
        );
        assert_eq!(texts(&broken), [(ParagraphKind::Body, "Body.")]);
    }

    #[test]
    fn a_written_out_date_is_read_and_an_unknown_one_said() {
        let parsed = parse("---\ndate: 12 June 2025\n---\nBody.", Syntax::Plain);
        assert_eq!(parsed.date.unwrap().to_string(), "2025-06-12");
        let parsed = parse("---\ndate: last Tuesday\n---\nBody.", Syntax::Plain);
        assert_eq!(parsed.date, None);
        assert!(
            parsed.notes[0].starts_with("date \"last Tuesday\" is in no form"),
            "{:?}",
            parsed.notes
        );
    }

    #[test]
    fn headings_boilerplate_and_body_are_told_apart() {
        let parsed = parse(
            "Looking Ahead: Implications for Security\n\nAdvertisment\n\n* * *\n\nRead more: the full story\n\nA body paragraph that ends.\n\nShort line but a sentence.\n\n\"A quoted sentence.\"",
            Syntax::Plain,
        );
        let kinds: Vec<_> = parsed.paragraphs.iter().map(|p| p.kind).collect();
        use ParagraphKind::*;
        assert_eq!(
            kinds,
            [
                Heading,
                Boilerplate,
                Boilerplate,
                Boilerplate,
                Body,
                Body,
                Body
            ]
        );
    }

    #[test]
    fn page_furniture_saved_with_real_articles_is_boilerplate() {
        for furniture in [
            "Sign up for one of our email newsletters.",
            "Play Facebook",
            "Twitter",
            "Share Facebook Twitter Email",
            "(AP Photo/Gerald Herbert).",
            "(Photo: Winstrom, Sam)",
            "Photo via CBS News. (Photo: WWL)",
            "Krol (Photo: Wayne County Sheriff's Office photo)",
            "(Chelsea Purgahn/Kalamazoo Gazette via AP).",
            "Warning: The audio in the video above may be disturbing to some listeners.",
            "ST.",
            "DALLAS (AP) -",
            "Updated: Apr 20, 2016 - 7:08 PM",
            "UPDATE: 3:00 P.M.",
            "View all 210 Reflections",
            "By The Associated Press",
            "By DAVID EGGERT and ED WHITEAssociated Press",
            "Contributing: Chris Woodyard, Ryan Miller and Greg Toppo; Associated Press.",
            "Megan Guza contributed. Matthew Santoni is a staff writer. Reach him at ms@example.com.",
            "Elizabeth Behrman is a staff writer. She can be reached at 412-320-7886.",
            "Associated Press writer Chevel Johnson in New Orleans contributed to this report.",
        ] {
            assert!(is_boilerplate(furniture), "{furniture}");
        }
        for story in [
            "Share prices fell by a third after the recall.",
            "Police updated the toll to 26 on Monday evening after more bodies were found.",
            "Updated figures show 26 dead.",
            "Two officers were shot in the ambush, the chief said.",
            "In Facebook posts, the gunman praised the attack.",
            "ST. JOSEPH, Mich. (AP) - A sheriff says two bailiffs are dead.",
            "He posted a video before the shooting that led to three officers' deaths. (Photo: WFAA)",
            "By 8:48 a.m., emergency medical services personnel arrive at the scene.",
            "By watching videos from the area, police said Long shot only at police.",
            "By Tuesday, 40 people had died.",
            "- 14 dead, 17 wounded -",
        ] {
            assert!(!is_boilerplate(story), "{story}");
        }
    }

    #[test]
    fn a_video_players_controls_go_and_its_caption_stays() {
        let parsed = parse(
            "CLOSE Skip in Skip x Embed x Share A memorial is set up in honor of three officers.\n\nShare Facebook Twitter",
            Syntax::Plain,
        );
        assert_eq!(
            texts(&parsed),
            [
                (
                    ParagraphKind::Body,
                    "A memorial is set up in honor of three officers."
                ),
                (ParagraphKind::Boilerplate, "Share Facebook Twitter")
            ]
        );
    }

    #[test]
    fn a_title_reads_past_a_datelines_abbreviation() {
        let parsed = parse(
            "ORLANDO, Fla. - Fred Johnson says he is blessed to be alive. He was shot twice.",
            Syntax::Plain,
        );
        assert_eq!(
            fallback_title(&parsed.paragraphs),
            "ORLANDO, Fla. - Fred Johnson says he is blessed to be alive."
        );
    }

    #[test]
    fn multi_line_blocks_are_one_paragraph_with_folded_space() {
        let parsed = parse(
            "one line\nand   another\twith tabs\r\n\r\n\r\nnext",
            Syntax::Plain,
        );
        assert_eq!(parsed.paragraphs[0].text, "one line and another with tabs");
        assert_eq!(parsed.paragraphs[0].kind, ParagraphKind::Body);
        assert_eq!(parsed.paragraphs[1].text, "next");
    }

    #[test]
    fn markdown_headings_lose_their_marks_and_give_the_title() {
        let parsed = parse("# Toll rises #\n\n## Background\n\nText.", Syntax::Markdown);
        assert_eq!(fallback_title(&parsed.paragraphs), "Toll rises");
        assert_eq!(parsed.paragraphs[1].text, "Background");
        assert_eq!(parsed.paragraphs[1].kind, ParagraphKind::Heading);
        let plain = parse("#hashtag line", Syntax::Markdown);
        assert_eq!(plain.paragraphs[0].text, "#hashtag line");
    }

    #[test]
    fn control_characters_never_survive_parsing() {
        let parsed = parse("Evil\u{1b}[2J text\u{202e} here.\u{9b}\u{7}", Syntax::Plain);
        assert_eq!(parsed.paragraphs[0].text, "Evil text here.\u{fffd}\u{fffd}");
    }

    #[test]
    fn fallback_title_is_the_leading_heading_or_first_sentence() {
        let headed = parse("Big News\n\nBody. More.", Syntax::Plain);
        assert_eq!(fallback_title(&headed.paragraphs), "Big News");
        let plain = parse("Officials said 3.5 percent rose. Then more.", Syntax::Plain);
        assert_eq!(
            fallback_title(&plain.paragraphs),
            "Officials said 3.5 percent rose."
        );
        let long = parse(&format!("{} end.", "word ".repeat(40)), Syntax::Plain);
        let title = fallback_title(&long.paragraphs);
        assert!(
            title.chars().count() <= 80 && title.ends_with('…'),
            "{title}"
        );
    }

    proptest! {
        #[test]
        fn any_text_parses_without_panic(text in "\\PC*", markdown in any::<bool>()) {
            let syntax = if markdown { Syntax::Markdown } else { Syntax::Plain };
            let parsed = parse(&text, syntax);
            for (i, p) in parsed.paragraphs.iter().enumerate() {
                prop_assert_eq!(p.index, i);
                prop_assert!(!p.text.is_empty());
                prop_assert!(!p.text.chars().any(char::is_control));
            }
        }

        #[test]
        fn any_bytes_as_lossy_text_parse_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let text = String::from_utf8_lossy(&bytes);
            let _ = parse(&text, Syntax::Plain);
        }

        #[test]
        fn paragraph_texts_survive(
            paragraphs in proptest::collection::vec(
                proptest::collection::vec("[A-Za-z][a-z]{0,9}[,.]?", 1..25), 1..12),
            gaps in proptest::collection::vec("\n\n[ \t\n]{0,3}", 12),
        ) {
            let wanted: Vec<String> = paragraphs.iter().map(|words| words.join(" ")).collect();
            let mut text = String::new();
            for (i, paragraph) in wanted.iter().enumerate() {
                if i > 0 {
                    text.push_str(&gaps[i]);
                }
                // Wrap long paragraphs over several lines, as saved text often is.
                text.push_str(&paragraph.replacen(' ', "\n", 1));
            }
            let parsed = parse(&text, Syntax::Plain);
            let got: Vec<&str> = parsed.paragraphs.iter().map(|p| p.text.as_str()).collect();
            prop_assert_eq!(got, wanted.iter().map(String::as_str).collect::<Vec<_>>());
        }
    }
}
