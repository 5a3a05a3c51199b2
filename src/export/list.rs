//! `newsdiff list`: what was loaded, for people (a table) or scripts (JSON).
//!
//! ```json
//! {"version": 1,
//!  "articles": [{"id", "source", "date", "title", "path", "url"?, "paragraphs": 9, "words": 412}],
//!  "skipped": [{"path", "problem"}]}
//! ```

use super::ArticleMeta;
use super::{TableFormat, listing};
use crate::compare::words;
use crate::corpus::Corpus;
use rayon::prelude::*;
use serde::Serialize;

#[derive(Serialize)]
struct Listing<'a> {
    version: u32,
    articles: Vec<Entry<'a>>,
    skipped: Vec<Skipped<'a>>,
}

#[derive(Serialize)]
struct Entry<'a> {
    #[serde(flatten)]
    meta: ArticleMeta<'a>,
    paragraphs: usize,
    words: usize,
}

#[derive(Serialize)]
struct Skipped<'a> {
    path: &'a str,
    problem: &'a str,
}

/// Renders the articles of `corpus`, and in JSON the inputs it skipped;
/// a table within `width` terminal columns.
pub fn list(corpus: &Corpus, format: TableFormat, width: usize) -> String {
    let entries: Vec<Entry> = corpus
        .articles
        .par_iter()
        .map(|a| Entry {
            meta: ArticleMeta::of(a),
            paragraphs: a.paragraphs.len(),
            words: a.paragraphs.iter().map(|p| words::count(&p.text)).sum(),
        })
        .collect();
    match format {
        TableFormat::Json => {
            let skipped = corpus
                .warnings
                .iter()
                .map(|w| Skipped {
                    path: &w.path,
                    problem: &w.problem,
                })
                .collect();
            let listing = Listing {
                version: super::JSON_VERSION,
                articles: entries,
                skipped,
            };
            let mut text =
                serde_json::to_string_pretty(&listing).expect("serialising plain data cannot fail");
            text.push('\n');
            text
        }
        TableFormat::Table => table(&entries, width),
    }
}

fn table(entries: &[Entry], width: usize) -> String {
    let rows: Vec<Vec<String>> = entries
        .iter()
        .map(|e| {
            vec![
                e.meta.id.to_string(),
                super::shown_source(e.meta.id, e.meta.source),
                e.meta.date.map_or_else(|| "-".to_string(), |d| d.short()),
                e.paragraphs.to_string(),
                e.words.to_string(),
                e.meta.title.to_string(),
            ]
        })
        .collect();
    listing(
        &["ID", "SOURCE", "DATE", "PARAS", "WORDS", "TITLE"],
        &rows,
        width,
    )
}
