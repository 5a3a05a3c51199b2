//! Rendering a [`Comparison`] for people and scripts, and writing it out.
//!
//! Every format reads the comparison as the engine left it; none aligns or
//! diffs anything itself.

mod claims;
mod json;

/// The version of the JSON formats (`export` and `list`); it changes only
/// when a change would break a script that reads them.
pub const JSON_VERSION: u32 = 1;
mod list;
mod text;
mod write;

use clap::ValueEnum;
use unicode_width::UnicodeWidthStr;

use crate::compare::Comparison;
pub use claims::render as claims;
pub use list::list;
pub use write::{WriteError, write_atomic};

/// The formats of `newsdiff export`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Side by side, two columns, for reading in a terminal or a mail.
    #[default]
    Text,
    /// The whole comparison, for scripts (schema version 1, described in the README).
    Json,
}

/// The formats of `newsdiff list` and `newsdiff claims`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    /// Aligned columns for people.
    #[default]
    Table,
    /// One object per article, for scripts.
    Json,
}

#[derive(Clone, Debug)]
pub struct ExportOptions {
    pub format: ExportFormat,
    /// The widest a text line may be, in terminal columns.
    pub width: usize,
}

/// What every JSON output says about an article, whatever it adds.
#[derive(serde::Serialize)]
struct ArticleMeta<'a> {
    id: &'a str,
    source: &'a str,
    date: Option<crate::corpus::Date>,
    title: &'a str,
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

impl<'a> ArticleMeta<'a> {
    fn of(article: &'a crate::corpus::Article) -> Self {
        ArticleMeta {
            id: &article.id,
            source: &article.source,
            date: article.date,
            title: &article.title,
            path: &article.path,
            url: article.url.as_deref(),
        }
    }
}

/// Renders `comparison` in the chosen format.
pub fn render(comparison: &Comparison, options: &ExportOptions) -> String {
    match options.format {
        ExportFormat::Text => text::render(comparison, options.width),
        ExportFormat::Json => json::render(comparison),
    }
}

/// Left-aligned columns under a header, two spaces apart, for tables
/// people read in a terminal; the last column runs on unpadded.
fn columns(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.width());
        }
    }
    let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    let mut out = String::new();
    for row in std::iter::once(&header).chain(rows) {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if i + 1 < row.len() {
                line.push_str(&" ".repeat(widths[i] - cell.width() + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
