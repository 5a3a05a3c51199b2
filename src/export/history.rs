//! `newsdiff history`: the versions kept of each link, for people (a
//! table a link) or scripts (JSON).
//!
//! ```json
//! {"version": 1,
//!  "links": [{"url": "https://…", "versions": [{"fetched": "2031-04-02T09:12:03Z",
//!             "published": "2031-04-02", "title": "…", "words_changed": 14}]}],
//!  "versions": [...]}
//! ```
//!
//! `words_changed` is `null` for a link's first version; the top-level
//! `versions` is there only when one link was asked for, so a script about
//! one link need not dig.

use serde::Serialize;

use super::{TableFormat, columns};
use crate::archive::Version;
use crate::sanitize;

#[derive(Serialize)]
struct History<'a> {
    version: u32,
    links: Vec<Link<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    versions: Option<&'a [Version]>,
}

#[derive(Serialize)]
struct Link<'a> {
    url: &'a str,
    versions: &'a [Version],
}

/// Renders the versions of each link, oldest first.
pub fn render(links: &[(String, Vec<Version>)], format: TableFormat, width: usize) -> String {
    match format {
        TableFormat::Json => {
            let history = History {
                version: super::JSON_VERSION,
                links: links
                    .iter()
                    .map(|(url, versions)| Link { url, versions })
                    .collect(),
                versions: match links {
                    [(_, versions)] => Some(versions),
                    _ => None,
                },
            };
            let mut text =
                serde_json::to_string_pretty(&history).expect("serialising plain data cannot fail");
            text.push('\n');
            text
        }
        TableFormat::Table => links
            .iter()
            .map(|(url, versions)| table(url, versions, width))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

fn table(url: &str, versions: &[Version], width: usize) -> String {
    let rows: Vec<Vec<String>> = versions
        .iter()
        .enumerate()
        .map(|(n, version)| {
            vec![
                (n + 1).to_string(),
                version.fetched.short(),
                version
                    .words_changed
                    .map_or_else(|| "new".to_string(), |words| words.to_string()),
                version.title.clone(),
            ]
        })
        .collect();
    format!(
        "{}\n{}",
        sanitize::clean_line(url),
        columns(&["#", "FETCHED", "WORDS CHANGED", "TITLE"], &rows, width)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Date;

    fn versions() -> Vec<Version> {
        [(None, "Toll at 60"), (Some(3), "Toll rises to 137")]
            .into_iter()
            .enumerate()
            .map(|(n, (words_changed, title))| Version {
                fetched: Date::parse(&format!("2031-04-0{}T09:12:03Z", n + 1)).unwrap(),
                published: None,
                title: title.into(),
                words_changed,
            })
            .collect()
    }

    #[test]
    fn one_link_has_its_versions_at_the_top_too() {
        let text = render(
            &[("https://a/toll".into(), versions())],
            TableFormat::Json,
            usize::MAX,
        );
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(json["links"][0]["url"], "https://a/toll");
        assert_eq!(json["versions"][1]["words_changed"], 3);
        assert_eq!(
            json["versions"][0]["words_changed"],
            serde_json::Value::Null
        );
        assert_eq!(json["versions"][0]["fetched"], "2031-04-01T09:12:03Z");
        let two = render(
            &[
                ("https://a/".into(), versions()),
                ("https://b/".into(), vec![]),
            ],
            TableFormat::Json,
            usize::MAX,
        );
        let two: serde_json::Value = serde_json::from_str(&two).unwrap();
        assert!(two.get("versions").is_none());
    }

    #[test]
    fn the_table_has_a_line_a_version_under_its_link() {
        let text = render(
            &[("https://a/toll".into(), versions())],
            TableFormat::Table,
            usize::MAX,
        );
        let lines: Vec<_> = text.lines().map(str::trim_end).collect();
        assert_eq!(lines[0], "https://a/toll");
        assert!(lines[1].starts_with("#  FETCHED"), "{text}");
        assert!(
            lines[2].contains("new") && lines[2].contains("Toll at 60"),
            "{text}"
        );
        assert!(
            lines[3].contains(" 3 ") || lines[3].contains("3  "),
            "{text}"
        );
    }
}
