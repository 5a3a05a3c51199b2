//! What a server says its body is: the `Content-Type` header.
//!
//! A link has no file name to go by, so its media type decides how the
//! body is read, as an extension does for a file, and its `charset`
//! parameter how the bytes become text:
//!
//! ```text
//! "text/html; charset=ISO-8859-7"  ─▶  Media { essence: "text/html", charset: Some("iso-8859-7") }
//! ```

/// A `Content-Type` value taken apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Media {
    /// The type and subtype, lower case, without parameters.
    pub essence: String,
    /// The `charset` parameter, lower case and unquoted.
    pub charset: Option<String>,
}

impl Media {
    /// Reads a header value; `None` when it names no type at all.
    pub fn parse(value: &str) -> Option<Media> {
        let mut parts = value.split(';');
        let essence = parts.next()?.trim().to_ascii_lowercase();
        if !essence.contains('/') {
            return None;
        }
        let charset = parts.find_map(|param| {
            let (name, value) = param.split_once('=')?;
            name.trim()
                .eq_ignore_ascii_case("charset")
                .then(|| value.trim().trim_matches(['"', '\'']).to_ascii_lowercase())
                .filter(|value| !value.is_empty())
        });
        Some(Media { essence, charset })
    }

    /// How the body holds its articles, when the type says; `None` leaves
    /// it to the body's own first bytes, as for standard input.
    pub fn kind(&self) -> Option<Kind> {
        Some(match self.essence.as_str() {
            "text/html" | "application/xhtml+xml" => Kind::Html,
            "application/rss+xml"
            | "application/atom+xml"
            | "application/xml"
            | "text/xml"
            | "application/feed+xml" => Kind::Feed,
            "text/plain" => Kind::Plain,
            "text/markdown" | "text/x-markdown" => Kind::Markdown,
            "application/jsonl"
            | "application/x-jsonlines"
            | "application/x-ndjson"
            | "application/ndjson"
            | "application/jsonlines" => Kind::JsonLines,
            "application/pdf" => Kind::Refused(super::load::PDF),
            essence
                if ["image/", "audio/", "video/", "font/"]
                    .iter()
                    .any(|family| essence.starts_with(family)) =>
            {
                Kind::Refused("not an article (an image, a sound, a video or a font); skipped")
            }
            _ => return None,
        })
    }
}

/// The reading a media type asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Html,
    Feed,
    Plain,
    Markdown,
    JsonLines,
    /// Not something newsdiff reads: why.
    Refused(&'static str),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_type_and_charset_are_read_whatever_their_case_and_quotes() {
        assert_eq!(
            Media::parse("Text/HTML; Charset=\"ISO-8859-7\""),
            Some(Media {
                essence: "text/html".into(),
                charset: Some("iso-8859-7".into())
            })
        );
        assert_eq!(
            Media::parse("application/rss+xml").map(|m| m.charset),
            Some(None)
        );
        assert_eq!(
            Media::parse("text/plain; format=flowed; charset=utf-8")
                .unwrap()
                .charset
                .as_deref(),
            Some("utf-8")
        );
        assert_eq!(Media::parse("garbage"), None);
        assert_eq!(Media::parse(""), None);
    }

    #[test]
    fn the_type_decides_the_reading_and_unknown_types_are_sniffed() {
        let kind = |value: &str| Media::parse(value).and_then(|m| m.kind());
        assert_eq!(kind("text/html; charset=utf-8"), Some(Kind::Html));
        assert_eq!(kind("application/atom+xml"), Some(Kind::Feed));
        assert_eq!(kind("text/xml"), Some(Kind::Feed));
        assert_eq!(kind("application/x-ndjson"), Some(Kind::JsonLines));
        assert_eq!(kind("text/plain"), Some(Kind::Plain));
        assert!(
            matches!(kind("application/pdf"), Some(Kind::Refused(why)) if why.starts_with("a PDF"))
        );
        assert!(matches!(kind("image/png"), Some(Kind::Refused(_))));
        assert_eq!(kind("application/octet-stream"), None);
    }
}
