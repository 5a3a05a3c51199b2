//! `newsdiff stories`: the articles grouped into the events they report,
//! for people (a block per story) or scripts (JSON).
//!
//! ```json
//! {"version": 1,
//!  "stories": [{"title": "…",
//!               "articles": [{"id", "source", "date", "title", "path", "url"?}]}]}
//! ```
//!
//! Stories come largest first, then by their first date; a story's
//! articles oldest first (undated last), then by id. `title` is the title
//! of the article most like the rest of its story.

use serde::Serialize;

use super::view::safe;
use super::{ArticleMeta, TableFormat, listing};
use crate::compare::Story;
use crate::corpus::Article;

#[derive(Serialize)]
struct Report<'a> {
    version: u32,
    stories: Vec<Entry<'a>>,
}

#[derive(Serialize)]
struct Entry<'a> {
    title: &'a str,
    articles: Vec<ArticleMeta<'a>>,
}

/// Renders `stories`, groups of indices into `articles`.
pub fn render(
    articles: &[Article],
    stories: &[Story],
    format: TableFormat,
    width: usize,
) -> String {
    match format {
        TableFormat::Json => {
            let report = Report {
                version: super::JSON_VERSION,
                stories: stories
                    .iter()
                    .map(|story| Entry {
                        title: &story.title,
                        articles: story
                            .articles
                            .iter()
                            .map(|&a| ArticleMeta::of(&articles[a]))
                            .collect(),
                    })
                    .collect(),
            };
            let mut text =
                serde_json::to_string_pretty(&report).expect("serialising plain data cannot fail");
            text.push('\n');
            text
        }
        TableFormat::Table => table(articles, stories, width),
    }
}

/// A block per story: a line saying how many articles it has, over which
/// days, and its title; then its articles in columns.
fn table(articles: &[Article], stories: &[Story], width: usize) -> String {
    let mut out = String::new();
    for (n, story) in stories.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let members: Vec<&Article> = story.articles.iter().map(|&a| &articles[a]).collect();
        let count = crate::wording::articles(members.len());
        let heading = format!(
            "Story {}: {count}, {}: {}",
            n + 1,
            span(&members),
            safe(&story.title)
        );
        for line in super::wrap(&heading, width) {
            out.push_str(&line);
            out.push('\n');
        }
        let rows: Vec<Vec<String>> = members
            .iter()
            .map(|a| {
                vec![
                    safe(&a.id).into_owned(),
                    super::shown_source(&a.id, &safe(&a.source)),
                    a.date.map_or_else(|| "-".to_string(), |d| d.short()),
                    safe(&a.title).into_owned(),
                ]
            })
            .collect();
        out.push_str(&listing(&["ID", "SOURCE", "DATE", "TITLE"], &rows, width));
    }
    out
}

/// The days a story's dated articles cover: "2024-03-23 to 2024-03-25",
/// one day, or "undated".
fn span(members: &[&Article]) -> String {
    let mut dates = members.iter().filter_map(|a| a.date);
    let Some(first) = dates.next() else {
        return "undated".to_string();
    };
    let (low, high) = dates.fold((first, first), |(low, high), d| (low.min(d), high.max(d)));
    if low == high {
        low.to_string()
    } else {
        format!("{low} to {high}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::stories;
    use crate::corpus::bundled;
    use crate::export::tests::article;

    #[test]
    fn table_has_a_block_per_story_with_its_span_and_title() {
        let articles = bundled().articles;
        let text = render(
            &articles,
            &stories(&articles),
            TableFormat::Table,
            usize::MAX,
        );
        let mut lines = text.lines();
        let head = lines.next().unwrap();
        assert!(
            head.starts_with("Story 1: 5 articles, 2024-03-23 to 2024-03-25: "),
            "{head}"
        );
        assert!(lines.next().unwrap().starts_with("ID "));
        assert_eq!(lines.count(), 5);
    }

    #[test]
    fn undated_stories_say_so_and_titles_are_made_safe() {
        let mut articles = [article("a", "Some text.")];
        // Built in code, so never cleaned by the loader.
        articles[0].title = "Bad\u{1b}[2J title\u{202e}".into();
        let text = render(
            &articles,
            &stories(&articles),
            TableFormat::Table,
            usize::MAX,
        );
        assert!(text.starts_with("Story 1: 1 article, undated: "), "{text}");
        assert!(!text.contains(['\u{1b}', '\u{202e}']), "{text:?}");
    }
}
