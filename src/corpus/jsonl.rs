//! JSON Lines: many articles in one file, one object a line.
//!
//! Scrapers and news APIs hand articles over this way, one article per line:
//!
//! ```text
//! {"source": "The Daily", "date": "2024-03-24T18:05:00Z", "title": "Toll rises", "text": "First.\n\nSecond."}
//! ```
//!
//! Only `text` is required. Its paragraphs are separated by blank lines and
//! go through the same [`parse`] as a text file, so headings, page furniture
//! and hostile characters are handled once for every input. The object's
//! `source`, `date`, `title` and `url` then take the place of a header's.
//! A line that cannot be used is reported by its number and the rest of the
//! file still loads, as a bad file in a folder would be.

use serde_json::{Map, Value};

use super::Date;
use super::parse::{Parsed, Syntax, parse};
use crate::sanitize;

/// What one line of a JSON Lines file gave.
#[derive(Debug)]
pub(super) struct Line {
    /// 1-based, as editors count, so a warning points at the right line.
    pub number: usize,
    pub article: Result<LineArticle, LineError>,
}

/// A usable line: the article's own `id` when it gave one, and its text.
#[derive(Debug)]
pub(super) struct LineArticle {
    pub id: Option<String>,
    pub parsed: Parsed,
}

/// Why a line was skipped, said as the warning will say it.
#[derive(Debug, thiserror::Error)]
pub(super) enum LineError {
    #[error("not JSON ({0}); skipped")]
    NotJson(String),
    /// The line ends inside a value: most often an article written over
    /// several lines, as pretty-printed JSON is.
    #[error("not JSON ({0}); skipped; put each article on one line")]
    Unfinished(String),
    #[error("not a JSON object; each line must be one {{\"text\": …}} article; skipped")]
    NotObject,
    #[error("no \"text\" field; skipped")]
    NoText,
    #[error("\"text\" is empty; skipped")]
    EmptyText,
    #[error("\"{0}\" is not a string; skipped")]
    NotAString(&'static str),
}

/// Reads every line that is not blank. Blank lines are the usual end of
/// such files and say nothing, so they are passed over silently.
pub(super) fn lines(text: &str) -> impl Iterator<Item = Line> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| Line {
            number: index + 1,
            article: article(line),
        })
}

/// True when text on standard input looks like JSON Lines rather than one
/// article: no article opens with `{`, and every JSON Lines file does.
pub(super) fn looks_like_json_lines(text: &str) -> bool {
    text.trim_start().starts_with('{')
}

fn article(line: &str) -> Result<LineArticle, LineError> {
    // `from_str` keeps serde_json's recursion limit, so a line of ten
    // thousand `[` is an error rather than a stack overflow.
    let value: Value = serde_json::from_str(line).map_err(|err| {
        let message = err.to_string();
        let message = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(message, _)| message);
        let message = format!("{message} at column {}", err.column());
        if err.is_eof() {
            LineError::Unfinished(message)
        } else {
            LineError::NotJson(message)
        }
    })?;
    let Value::Object(fields) = value else {
        return Err(LineError::NotObject);
    };
    let text = string(&fields, "text")?.ok_or(LineError::NoText)?;
    let line_field = |name| {
        let value = string(&fields, name)?.map(sanitize::clean_line);
        Ok(value.filter(|value| !value.is_empty()))
    };
    let id = line_field("id")?;
    let title = line_field("title")?;
    let source = line_field("source")?;
    let url = line_field("url")?;
    let date = string(&fields, "date")?.map(Date::parse_written);
    // Every field is checked before the text, which may be long, is parsed.
    let mut parsed = parse(text, Syntax::Plain);
    if parsed.paragraphs.is_empty() {
        return Err(LineError::EmptyText);
    }
    // The object's fields win over a header inside the text, as they are
    // what the file's producer meant to say.
    parsed.title = title.or(parsed.title);
    parsed.source = source.or(parsed.source);
    parsed.url = url.or(parsed.url);
    parsed.date = date.flatten().or(parsed.date);
    Ok(LineArticle { id, parsed })
}

/// A string field; absent and `null` both mean "not given", as JSON
/// producers write either.
fn string<'a>(
    fields: &'a Map<String, Value>,
    name: &'static str,
) -> Result<Option<&'a str>, LineError> {
    match fields.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text)),
        Some(_) => Err(LineError::NotAString(name)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ParagraphKind;

    fn one(line: &str) -> Result<LineArticle, LineError> {
        let mut lines: Vec<_> = lines(line).collect();
        assert_eq!(lines.len(), 1);
        lines.remove(0).article
    }

    #[test]
    fn a_full_line_gives_every_field() {
        let article = one(
            r#"{"id": "a1", "source": "The Daily", "date": "2024-03-24", "title": "Toll rises", "url": "https://example.org/a", "text": "Officials spoke.", "extra": [1, {"x": 2}]}"#,
        )
        .unwrap();
        assert_eq!(article.id.as_deref(), Some("a1"));
        let parsed = article.parsed;
        assert_eq!(parsed.source.as_deref(), Some("The Daily"));
        assert_eq!(parsed.date.unwrap().to_string(), "2024-03-24");
        assert_eq!(parsed.title.as_deref(), Some("Toll rises"));
        assert_eq!(parsed.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(parsed.paragraphs[0].text, "Officials spoke.");
    }

    #[test]
    fn only_text_is_required_and_null_means_not_given() {
        let article = one(r#"{"text": "Just text.", "title": null, "date": "soon"}"#).unwrap();
        assert_eq!(article.id, None);
        assert_eq!(article.parsed.title, None);
        assert_eq!(article.parsed.date, None, "an unreadable date is left out");
    }

    #[test]
    fn date_times_keep_their_time_and_offset() {
        let article = one(r#"{"text": "T.", "date": "2024-03-24T18:05:00+01:00"}"#).unwrap();
        assert_eq!(
            article.parsed.date.unwrap().to_string(),
            "2024-03-24T18:05:00+01:00"
        );
        // As scrapers copy a page's or a feed's date.
        let article = one(r#"{"text": "T.", "date": "Sun, 24 Mar 2024 18:05:00 GMT"}"#).unwrap();
        assert_eq!(
            article.parsed.date.unwrap().to_string(),
            "2024-03-24T18:05:00Z"
        );
    }

    #[test]
    fn text_splits_into_paragraphs_headings_and_boilerplate() {
        let article =
            one(r#"{"text": "First one.\n\nBackground\n\nAdvertisement\n\nLast\nline."}"#).unwrap();
        let paragraphs: Vec<_> = article
            .parsed
            .paragraphs
            .iter()
            .map(|p| (p.kind, p.text.as_str()))
            .collect();
        assert_eq!(
            paragraphs,
            [
                (ParagraphKind::Body, "First one."),
                (ParagraphKind::Heading, "Background"),
                (ParagraphKind::Boilerplate, "Advertisement"),
                (ParagraphKind::Body, "Last line."),
            ]
        );
    }

    #[test]
    fn hostile_text_is_cleaned_in_every_field() {
        let article = one(
            r#"{"id": "x\u001b[2Jy", "title": "T\u202eitle\u0007", "source": "S\u009b31m", "text": "Evil\u001b[2J text\u202e here.\u0007"}"#,
        )
        .unwrap();
        assert_eq!(article.id.as_deref(), Some("xy"));
        assert_eq!(article.parsed.title.as_deref(), Some("Title\u{fffd}"));
        assert_eq!(article.parsed.source.as_deref(), Some("S"));
        assert_eq!(article.parsed.paragraphs[0].text, "Evil text here.\u{fffd}");
    }

    #[test]
    fn bad_lines_say_why() {
        for (line, problem) in [
            (r#"{"title": "No body"}"#, "no \"text\" field; skipped"),
            (r#"{"text": null}"#, "no \"text\" field; skipped"),
            (r#"{"text": " \n\n "}"#, "\"text\" is empty; skipped"),
            (r#"{"text": 3}"#, "\"text\" is not a string; skipped"),
            (
                r#"{"text": "T.", "date": 20240324}"#,
                "\"date\" is not a string; skipped",
            ),
            (
                r#"["text"]"#,
                "not a JSON object; each line must be one {\"text\": …} article; skipped",
            ),
            (
                r#"{"text": "T."#,
                "not JSON (EOF while parsing a string at column 12); skipped; put each article on one line",
            ),
            (
                "<p>T.</p>",
                "not JSON (expected value at column 1); skipped",
            ),
        ] {
            assert_eq!(one(line).unwrap_err().to_string(), problem, "{line}");
        }
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_stack_overflow() {
        let line = format!(r#"{{"text": "T.", "x": {}}}"#, "[".repeat(100_000));
        let problem = one(&line).unwrap_err().to_string();
        assert!(
            problem.starts_with("not JSON (recursion limit exceeded"),
            "{problem}"
        );
    }

    #[test]
    fn blank_lines_are_passed_over_and_numbers_count_them() {
        let numbers: Vec<_> = lines("\n{\"text\": \"A.\"}\r\n  \n{\"text\": \"B.\"}\n\n")
            .map(|line| (line.number, line.article.is_ok()))
            .collect();
        assert_eq!(numbers, [(2, true), (4, true)]);
    }

    #[test]
    fn standard_input_is_json_lines_when_it_opens_with_a_brace() {
        assert!(looks_like_json_lines(" \n{\"text\": \"A.\"}"));
        assert!(!looks_like_json_lines("---\ntitle: x\n---\n{braces} later"));
    }
}
