//! The JSON export: the comparison for scripts.
//!
//! ```json
//! {"version": 1,
//!  "articles": [{"id", "source", "date", "title", "path", "url"?, "paragraphs": [{"index", "kind", "text"}]}],
//!  "rows": [{"kind": "same|changed|related|unique", "similarity": 0.82, "moved": ["id"]?,
//!            "cells": {"<id>": [2], "<id>": [2, 3]}}],
//!  "claims": [{"quantity", "verdict", "mentions": [{"article", "paragraph", "text", "value",
//!               "high"?, "qualifier", "unit", "attribution"?}]}],
//!  "unique": [{"article", "paragraph", "text", "kind"}],
//!  "names": [{"name", "aliases", "articles"}],
//!  "stories": [{"story", "title", "articles", "claims", "unique"}],
//!  "cuts": ["figures: only the first 20000 were read (up to …)"]}
//! ```
//!
//! `stories` is there only when the articles hold several stories; rows,
//! claims and facts are then found within each story, story by story.
//! `cuts` is there only when the work budget left something out of a huge
//! input: what, and why, as `newsdiff: note:` says on stderr.
//!
//! `cells` names every article, in the articles' order, with `[]` where one
//! has no counterpart; when the input holds several stories, every article
//! of the row's story (a folder of 3,000 articles would otherwise write
//! 3,000 names on every row, a gigabyte in all). `claims`, `unique` and `names` are those of
//! `newsdiff claims` (see [`super::report`]). Keys keep this order, so exports
//! diff cleanly. These serialisation types are kept apart from the engine's
//! so the schema changes only on purpose (it is a contract: `version` says
//! which).

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::ArticleMeta;
use crate::compare::{Comparison, RowKind};
use crate::corpus::{self, ParagraphKind};

#[derive(Serialize)]
struct Export<'a> {
    version: u32,
    articles: Vec<Article<'a>>,
    rows: Rows<'a>,
    claims: Vec<super::report::Claim<'a>>,
    unique: Vec<super::report::Fact<'a>>,
    names: Vec<super::report::Name<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    stories: Vec<super::report::Story<'a>>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    cuts: &'a [String],
}

#[derive(Serialize)]
struct Article<'a> {
    #[serde(flatten)]
    meta: ArticleMeta<'a>,
    paragraphs: Paragraphs<'a>,
}

impl<'a> Article<'a> {
    fn new(article: &'a corpus::Article) -> Self {
        Article {
            meta: ArticleMeta::of(article),
            paragraphs: Paragraphs(&article.paragraphs),
        }
    }
}

/// An article's paragraphs, each made into its JSON form as it is
/// written: a million of them are never all held twice.
struct Paragraphs<'a>(&'a [corpus::Paragraph]);

impl Serialize for Paragraphs<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|p| Paragraph {
            index: p.index,
            kind: p.kind,
            text: &p.text,
        }))
    }
}

#[derive(Serialize)]
struct Paragraph<'a> {
    index: usize,
    kind: ParagraphKind,
    text: &'a str,
}

#[derive(Serialize)]
struct Row<'a> {
    kind: RowKind,
    similarity: f64,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    moved: Vec<&'a str>,
    cells: Cells<'a>,
}

/// A map from article id to paragraph indices, in article order.
struct Cells<'a>(Vec<(&'a str, &'a [usize])>);

impl Serialize for Cells<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (id, paragraphs) in &self.0 {
            map.serialize_entry(id, paragraphs)?;
        }
        map.end()
    }
}

/// The comparison's rows, each made into its JSON form as it is written.
struct Rows<'a>(&'a Comparison);

impl Serialize for Rows<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let comparison = self.0;
        let id = |a: usize| comparison.articles[a].id.as_str();
        let story_of = comparison.story_table();
        // A row names every article of its story: with one story, every
        // article.
        let every: Vec<usize> = (0..comparison.articles.len()).collect();
        let members: Vec<Vec<usize>> = comparison.stories.iter().map(|s| s.members()).collect();
        serializer.collect_seq(comparison.rows.iter().map(|row| {
            let named = match row.cells.filled().next() {
                Some((a, _)) if members.len() > 1 => members.get(story_of[a]).unwrap_or(&every),
                _ => &every,
            };
            Row {
                kind: row.kind,
                // Three decimals: enough to rank rows, and stable across builds.
                similarity: (f64::from(row.similarity) * 1000.0).round() / 1000.0,
                moved: row.cells.moved().map(id).collect(),
                cells: Cells(named.iter().map(|&a| (id(a), &row.cells[a])).collect()),
            }
        }))
    }
}

pub fn render(comparison: &Comparison) -> String {
    let mut bytes = Vec::new();
    write(comparison, &mut bytes).expect("writing to memory cannot fail");
    String::from_utf8(bytes).expect("serde_json writes UTF-8")
}

/// Writes the export to `out` as it is made: the text of a huge
/// comparison (250 MB for a million paragraphs) is never held whole.
pub fn write(comparison: &Comparison, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let articles = comparison.articles.iter().map(Article::new).collect();
    let export = Export {
        version: super::JSON_VERSION,
        articles,
        rows: Rows(comparison),
        claims: super::report::claims(comparison),
        unique: super::report::unique(comparison),
        names: super::report::names(comparison),
        stories: super::report::stories(comparison),
        cuts: &comparison.cuts,
    };
    serde_json::to_writer_pretty(&mut *out, &export)?;
    out.write_all(b"\n")
}
