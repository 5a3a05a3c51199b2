//! Rendering a [`Comparison`] for people and scripts, and writing it out.
//!
//! Every format reads the comparison as the engine left it; none aligns or
//! diffs anything itself.

mod json;

/// The version of the JSON formats (`export` and `list`); it changes only
/// when a change would break a script that reads them.
pub const JSON_VERSION: u32 = 1;
mod list;
mod text;
mod write;

use clap::ValueEnum;

use crate::compare::Comparison;
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

/// The formats of `newsdiff list`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
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

/// Renders `comparison` in the chosen format.
pub fn render(comparison: &Comparison, options: &ExportOptions) -> String {
    match options.format {
        ExportFormat::Text => text::render(comparison, options.width),
        ExportFormat::Json => json::render(comparison),
    }
}
