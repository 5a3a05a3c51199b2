//! The `newsdiff` binary: parse the command line, run, map the outcome to
//! an exit code. Everything else lives in the library.

mod cli;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::Parser;
use newsdiff::compare::compare;
use newsdiff::corpus::{self, Corpus, Input};
use newsdiff::export::{self, ExportOptions};

use cli::{Cli, Command};

/// Exit codes, as scripts expect from grep and diff.
const DONE: u8 = 0;
const SOME_SKIPPED: u8 = 1;
const NOTHING_DONE: u8 = 2;

fn main() -> ExitCode {
    let command = Cli::parse().into_command();
    match run(command) {
        Ok(code) => ExitCode::from(code),
        Err(err) if is_broken_pipe(&err) => ExitCode::from(DONE),
        Err(err) => {
            eprintln!("newsdiff: {err:#}");
            ExitCode::from(NOTHING_DONE)
        }
    }
}

fn run(command: Command) -> anyhow::Result<u8> {
    let corpus = match &command {
        Command::Read { inputs }
        | Command::List { inputs, .. }
        | Command::Export { inputs, .. } => load(inputs)?,
    };
    match command {
        Command::Read { .. } => {
            if !io::stdout().is_terminal() {
                bail!(
                    "standard output is not a terminal; to write a comparison to a file or a pipe, use `newsdiff export`"
                );
            }
            newsdiff::tui::run(compare(&corpus.articles)).context("terminal error")?;
        }
        Command::List { format, .. } => {
            let listing = export::list(&corpus, format);
            io::stdout().lock().write_all(listing.as_bytes())?;
        }
        Command::Export {
            format,
            output,
            width,
            ..
        } => {
            let options = ExportOptions {
                format,
                width: width.map_or_else(default_width, usize::from),
            };
            let text = export::render(&compare(&corpus.articles), &options);
            match output {
                Some(path) => export::write_atomic(&path, text.as_bytes())?,
                None => io::stdout().lock().write_all(text.as_bytes())?,
            }
        }
    }
    Ok(if corpus.skipped_any() {
        SOME_SKIPPED
    } else {
        DONE
    })
}

/// Loads the inputs (the bundled sample when there are none), warns about
/// each skipped one, and fails when no article is left.
fn load(inputs: &[Input]) -> anyhow::Result<Corpus> {
    let corpus = if inputs.is_empty() {
        corpus::bundled()
    } else {
        corpus::load(inputs)
    };
    for warning in &corpus.warnings {
        eprintln!("newsdiff: {warning}");
    }
    if corpus.articles.is_empty() {
        bail!(
            "no readable article in the given paths; give .txt or .md files, or folders holding them"
        );
    }
    Ok(corpus)
}

/// The terminal's width when writing to one, else 100 columns.
fn default_width() -> usize {
    const FALLBACK: usize = 100;
    if !io::stdout().is_terminal() {
        return FALLBACK;
    }
    crossterm::terminal::size().map_or(FALLBACK, |(columns, _)| usize::from(columns).max(20))
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|cause| cause.downcast_ref::<io::Error>())
        .any(|io| io.kind() == io::ErrorKind::BrokenPipe)
}
