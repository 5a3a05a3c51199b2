//! newsdiff: compare how different outlets report the same event.
//!
//! Data flows one way, and each module owns one step:
//!
//! ```text
//! files ─▶ corpus (load, parse) ─▶ compare (align, words) ─▶ Comparison ─┬─▶ tui
//!                                                                       └─▶ export
//! ```
//!
//! `corpus` knows nothing of terminals, `compare` never reads files, and
//! `tui` and `export` only render a [`compare::Comparison`].

pub mod archive;
pub mod compare;
pub mod config;
pub mod corpus;
pub mod export;
pub mod fetch;
pub mod folders;
pub mod sanitize;
pub mod tui;
pub mod wording;
