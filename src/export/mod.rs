//! Rendering a [`Comparison`] for people and scripts, and writing it out.
//!
//! Every format reads the comparison as the engine left it; none aligns or
//! diffs anything itself.

mod history;
mod html;
mod interrupt;
mod json;
mod list;
mod markdown;
mod report;
mod stories;
mod text;
mod view;
mod write;

/// The version of the JSON formats (`export`, `list`, `claims`, `stories`); it changes only
/// when a change would break a script that reads them.
pub const JSON_VERSION: u32 = 1;

use std::path::Path;

use clap::ValueEnum;
use unicode_width::UnicodeWidthStr;

use crate::compare::Comparison;
pub use history::render as history;
pub use list::list;
pub use report::rejected as rejected_claims;
pub use report::render as claims;
pub use stories::render as stories;
pub use write::{WriteError, write_atomic, write_atomic_with};

/// The formats of `newsdiff export`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Side by side, two columns, for reading in a terminal or a mail.
    #[default]
    Text,
    /// Tables for GitHub and other Markdown viewers (also `md`).
    #[value(alias = "md")]
    Markdown,
    /// One self-contained page for a browser, to share or print.
    Html,
    /// The whole comparison, for scripts (version 1; JSON Schema in docs/export.schema.json).
    Json,
}

impl ExportFormat {
    /// The format a file name asks for (`.txt`, `.md`, `.markdown`,
    /// `.html`, `.htm`, `.json`, in any case), so `-o cmp.html` and the
    /// reader's export prompt need no separate format choice.
    pub fn from_path(path: &Path) -> Option<ExportFormat> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "txt" => Some(ExportFormat::Text),
            "md" | "markdown" => Some(ExportFormat::Markdown),
            "html" | "htm" => Some(ExportFormat::Html),
            "json" => Some(ExportFormat::Json),
            _ => None,
        }
    }
}

/// When the text export may use colour: on the command line (`--color`)
/// and in the config file (`export.color`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// The formats of `newsdiff list`, `newsdiff claims` and `newsdiff stories`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    /// Aligned columns for people.
    #[default]
    Table,
    /// One JSON document (version 1), for scripts; its keys are
    /// documented in the README.
    Json,
}

#[derive(Clone, Debug)]
pub struct ExportOptions {
    pub format: ExportFormat,
    /// The widest a text line may be, in terminal columns.
    pub width: usize,
    /// Whether the text format may colour changed words with ANSI escapes;
    /// the other formats style themselves. The caller decides (terminal,
    /// `NO_COLOR`, `--color`), so the library never looks at the
    /// environment.
    pub color: bool,
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

/// The SOURCE cell of a listing: the outlet, or `-` when the input named
/// none and the source is the id, which its own column already shows.
fn shown_source(id: &str, source: &str) -> String {
    if source == id { "-" } else { source }.to_string()
}

/// Renders `comparison` in the chosen format.
pub fn render(comparison: &Comparison, options: &ExportOptions) -> String {
    match options.format {
        ExportFormat::Text => text::render(comparison, options.width, options.color),
        ExportFormat::Markdown => markdown::render(comparison),
        ExportFormat::Html => html::render(comparison),
        ExportFormat::Json => json::render(comparison),
    }
}

/// Writes the export to `out`, as [`render`] makes it; JSON is written
/// as it is made, never held whole.
pub fn write(
    comparison: &Comparison,
    options: &ExportOptions,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match options.format {
        ExportFormat::Json => json::write(comparison, out),
        _ => out.write_all(render(comparison, options).as_bytes()),
    }
}

/// The widest a column before the last is padded to.
const WIDEST_CELL: usize = 40;

/// `text` cut to `width` terminal columns, ending in "…" when cut.
fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// Left-aligned columns under a header, two spaces apart, for tables
/// people read in a terminal, kept within `width` terminal columns
/// (`usize::MAX` for none): the last column runs on unpadded and
/// wraps under itself, so the columns before it stay readable; when there
/// is too little room beside them, it goes on the lines below, indented.
fn columns<S: AsRef<str>>(header: &[S], rows: &[Vec<String>], width: usize) -> String {
    let widths = column_widths(header, rows);
    let last = widths.len().saturating_sub(1);
    // A cell wider than its column (a 100 KB id) is cut with an ellipsis,
    // so one odd value never pads every row of the table.
    let fitted: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            row.iter()
                .enumerate()
                .map(|(i, cell)| {
                    if i < last {
                        fit(cell, widths[i])
                    } else {
                        cell.clone()
                    }
                })
                .collect()
        })
        .collect();
    let rows = fitted.as_slice();
    let offset: usize = widths[..last].iter().map(|w| w + 2).sum();
    let header: Vec<String> = header.iter().map(|h| h.as_ref().to_string()).collect();
    let natural: usize = offset + widths.get(last).copied().unwrap_or(0);
    // Too little room beside the other columns: the last column goes
    // below them on every row, the header's too, so the table reads alike
    // all the way down.
    let below = natural > width && offset + NARROWEST_LAST > width;
    // Below, the columns that fit stay side by side on the first line, and
    // the rest go on the indented lines, so no cell starts a line where a
    // new row would.
    let beside = if below {
        let mut used = 0;
        widths[..last]
            .iter()
            .take_while(|&&w| {
                used += w + 2;
                used <= width
            })
            .count()
            .max(1)
    } else {
        last
    };
    let mut out = String::new();
    for row in std::iter::once(&header).chain(rows) {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate().take(beside) {
            line.push_str(cell);
            line.push_str(&" ".repeat(widths[i] - cell.width() + 2));
        }
        let tail = if below {
            let rest: Vec<&str> = row[beside.min(row.len())..]
                .iter()
                .map(String::as_str)
                .filter(|cell| !cell.is_empty())
                .collect();
            rest.join("  ")
        } else {
            row.get(last).cloned().unwrap_or_default()
        };
        let tail = tail.as_str();
        let lines = if !below && line.width() + tail.width() <= width {
            vec![format!("{line}{tail}")]
        } else if !below {
            let indent = " ".repeat(offset);
            let mut lines = wrap(tail, width - offset);
            for (i, part) in lines.iter_mut().enumerate() {
                let lead = if i == 0 { &line } else { &indent };
                *part = format!("{lead}{part}");
            }
            lines
        } else {
            let mut lines = wrap(line.trim_end(), width);
            lines.extend(
                wrap(tail, width.saturating_sub(4))
                    .into_iter()
                    .map(|part| format!("    {part}")),
            );
            lines
        };
        for line in lines {
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    out
}

/// Each column's width: its widest cell, at most [`WIDEST_CELL`] for a
/// column before the last.
fn column_widths<S: AsRef<str>>(header: &[S], rows: &[Vec<String>]) -> Vec<usize> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.as_ref().width()).collect();
    let last = widths.len().saturating_sub(1);
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row).take(last) {
            *width = (*width).max(cell.width().min(WIDEST_CELL));
        }
        if let (Some(width), Some(cell)) = (widths.get_mut(last), row.get(last)) {
            *width = (*width).max(cell.width());
        }
    }
    widths
}

/// [`columns`] for a listing whose last column is a title: a row a line,
/// the title cut with an ellipsis to the room beside the other columns,
/// when that room is enough to read; else as [`columns`] lays it out.
fn listing<S: AsRef<str>>(header: &[S], rows: &[Vec<String>], width: usize) -> String {
    let widths = column_widths(header, rows);
    let (_, before) = widths.split_last().unwrap_or((&0, &[]));
    let room = width.saturating_sub(before.iter().map(|w| w + 2).sum());
    // A title cut shorter than this says too little to be worth a row a
    // line.
    const SHORTEST_TITLE: usize = 12;
    if room < SHORTEST_TITLE {
        return columns(header, rows, width);
    }
    let cut: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            let mut row = row.clone();
            if let Some(last) = row.last_mut() {
                *last = fit(last, room);
            }
            row
        })
        .collect();
    columns(header, &cut, width)
}

/// The narrowest the last column of a table may be before it goes on a
/// line of its own.
const NARROWEST_LAST: usize = 16;

/// Wraps `text` to `width` columns, breaking words longer than a line.
/// ANSI colour sequences take no room.
fn wrap(text: &str, width: usize) -> Vec<String> {
    textwrap::wrap(text, textwrap::Options::new(width.max(1)).break_words(true))
        .into_iter()
        .map(|line| line.into_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::compare::{Comparison, compare};
    use crate::corpus::{Article, Syntax, parse};

    /// An article from plain text, as the loader makes one.
    pub(super) fn article(id: &str, text: &str) -> Article {
        Article::new(id.into(), format!("{id}.txt"), parse(text, Syntax::Plain))
    }

    /// Two articles that conflict on a death toll, "about 60" and "137",
    /// in one otherwise equal sentence.
    pub(super) fn tolls() -> Comparison {
        compare(&[
            article("a", "Officials said about 60 people were killed."),
            article("b", "Officials said 137 people were killed."),
        ])
    }

    #[test]
    fn a_narrow_table_keeps_what_fits_beside_and_indents_the_rest() {
        let row = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        let table = super::columns(
            &["QUANTITY", "VERDICT", "FIGURE", "SAYS"],
            &[row(&[
                "deaths",
                "conflict",
                "more than 130",
                "more than 130 people were killed",
            ])],
            24,
        );
        assert_eq!(
            table,
            "QUANTITY  VERDICT\n    FIGURE  SAYS\ndeaths    conflict\n    more than 130  more\n    than 130 people were\n    killed\n"
        );
    }

    #[test]
    fn one_very_long_cell_is_cut_instead_of_padding_every_row() {
        let row = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        let long = "x".repeat(100_000);
        let table = super::columns(
            &["SOURCE", "TITLE"],
            &[row(&[&long, "first"]), row(&["short", "second"])],
            usize::MAX,
        );
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(
            lines[1],
            format!("{}…  first", "x".repeat(super::WIDEST_CELL - 1))
        );
        assert_eq!(
            lines[2],
            format!("short{}  second", " ".repeat(super::WIDEST_CELL - 5))
        );
    }

    #[test]
    fn formats_follow_file_extensions() {
        use super::ExportFormat;
        use std::path::Path;
        let format = |name: &str| ExportFormat::from_path(Path::new(name));
        assert_eq!(format("cmp.md"), Some(ExportFormat::Markdown));
        assert_eq!(format("dir.v2/cmp.MARKDOWN"), Some(ExportFormat::Markdown));
        assert_eq!(format("cmp.htm"), Some(ExportFormat::Html));
        assert_eq!(format("cmp.html"), Some(ExportFormat::Html));
        assert_eq!(format("cmp.json"), Some(ExportFormat::Json));
        assert_eq!(format("cmp.txt"), Some(ExportFormat::Text));
        assert_eq!(format("cmp.pdf"), None);
        assert_eq!(format("cmp"), None);
        assert_eq!(
            format(".md"),
            None,
            "a hidden file named md has no extension"
        );
    }
}
