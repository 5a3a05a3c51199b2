//! The `newsdiff` binary: parse the command line, run, map the outcome to
//! an exit code. Everything else lives in the library.

mod cli;

use std::borrow::Cow;
use std::io::{self, IsTerminal, Write};
use std::num::NonZeroUsize;
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::Parser;
use newsdiff::compare::{Comparison, compare, compare_as_one};
use newsdiff::config;
use newsdiff::corpus::{self, Article, Corpus, Input};
use newsdiff::export::{self, ColorChoice, ExportOptions};

use cli::{Cli, Command};

/// Exit codes, as scripts expect from grep and diff.
const DONE: u8 = 0;
const SOME_SKIPPED: u8 = 1;
const NOTHING_DONE: u8 = 2;
/// With `--exit-code`: the articles give conflicting figures.
const CONFLICT: u8 = 3;

/// Whether any quantity's figures conflict between outlets.
fn disagrees(comparison: &Comparison) -> bool {
    comparison
        .claims
        .iter()
        .any(|claim| claim.verdict == newsdiff::compare::Verdict::Conflict)
}

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
    match command {
        Command::Read { inputs, story } => {
            // Checked before loading, so nothing is read for a reader that
            // cannot open.
            if !io::stdout().is_terminal() {
                bail!(
                    "standard output is not a terminal; to write a comparison to a file or a pipe, use `newsdiff export`"
                );
            }
            let corpus = load(&inputs)?;
            let skipped = corpus.warnings.iter().map(ToString::to_string).collect();
            newsdiff::tui::run(comparison(&corpus, story)?, corpus.files.clone(), skipped)
                .context("terminal error")?;
            // Quitting the reader is success (the key map's contract),
            // unless inputs were skipped: the reader said so on its status
            // line, and scripts get 1 as from every other command.
            Ok(outcome(&corpus))
        }
        Command::ConfigPath => {
            let Some(path) = config::path() else {
                bail!("no config folder: neither XDG_CONFIG_HOME nor a home folder is set");
            };
            writeln!(io::stdout().lock(), "{}", path.display())?;
            Ok(DONE)
        }
        Command::Print(text) => {
            io::stdout().lock().write_all(&text)?;
            Ok(DONE)
        }
        Command::List { inputs, format } => {
            let corpus = load(&inputs)?;
            io::stdout()
                .lock()
                .write_all(export::list(&corpus, format).as_bytes())?;
            Ok(outcome(&corpus))
        }
        Command::Claims {
            inputs,
            story,
            format,
            rejected,
            exit_code,
        } => {
            let corpus = load(&inputs)?;
            if rejected {
                let text = export::rejected_claims(&articles(&corpus, story)?, format);
                io::stdout().lock().write_all(text.as_bytes())?;
                return Ok(outcome(&corpus));
            }
            let comparison = comparison(&corpus, story)?;
            io::stdout()
                .lock()
                .write_all(export::claims(&comparison, format).as_bytes())?;
            if exit_code && disagrees(&comparison) {
                return Ok(CONFLICT);
            }
            Ok(outcome(&corpus))
        }
        Command::Stories { inputs, format } => {
            let corpus = load(&inputs)?;
            let stories = newsdiff::compare::stories(&corpus.articles);
            let text = export::stories(&corpus.articles, &stories, format);
            io::stdout().lock().write_all(text.as_bytes())?;
            Ok(outcome(&corpus))
        }
        Command::Export {
            inputs,
            story,
            exit_code,
            format,
            output,
            width,
            color,
        } => {
            let defaults = config::load().unwrap_or_else(|err| {
                eprintln!("newsdiff: {err}");
                config::Config::default()
            });
            let corpus = load(&inputs)?;
            // A file gets the same width wherever it is made; only output to
            // a terminal follows the terminal.
            let width = match (width.or(defaults.export.width), &output) {
                (Some(width), _) => usize::from(width),
                (None, Some(_)) => DEFAULT_WIDTH,
                (None, None) => terminal_width(),
            };
            let color = match color.or(defaults.export.color).unwrap_or(ColorChoice::Auto) {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                // A file is not a terminal; standard output follows
                // anstream's reading of NO_COLOR, CLICOLOR and the terminal.
                ColorChoice::Auto => {
                    output.is_none()
                        && anstream::AutoStream::choice(&io::stdout())
                            != anstream::ColorChoice::Never
                }
            };
            let options = ExportOptions {
                format,
                width,
                color,
            };
            let comparison = comparison(&corpus, story)?;
            let text = export::render(&comparison, &options);
            match output {
                Some(path) => export::write_atomic(&path, text.as_bytes(), &corpus.files)?,
                None => io::stdout().lock().write_all(text.as_bytes())?,
            }
            if exit_code && disagrees(&comparison) {
                return Ok(CONFLICT);
            }
            Ok(outcome(&corpus))
        }
    }
}

/// The comparison of the corpus: every story, each within itself, or
/// only story `story` (1-based, as `newsdiff stories` numbers them).
fn comparison(corpus: &Corpus, story: Option<NonZeroUsize>) -> anyhow::Result<Comparison> {
    let articles = articles(corpus, story)?;
    Ok(if story.is_some() {
        compare_as_one(&articles)
    } else {
        compare(&articles)
    })
}

/// The articles of the corpus, or only those of story `story`.
fn articles(corpus: &Corpus, story: Option<NonZeroUsize>) -> anyhow::Result<Cow<'_, [Article]>> {
    let Some(n) = story else {
        return Ok(Cow::Borrowed(&corpus.articles));
    };
    let stories = newsdiff::compare::stories(&corpus.articles);
    let Some(picked) = stories.get(n.get() - 1) else {
        bail!(
            "no story {n}: the inputs hold {} stor{}; `newsdiff stories` lists them",
            stories.len(),
            if stories.len() == 1 { "y" } else { "ies" }
        );
    };
    let mut members = picked.articles.clone();
    members.sort_unstable();
    Ok(members
        .iter()
        .map(|&a| corpus.articles[a].clone())
        .collect())
}

fn outcome(corpus: &Corpus) -> u8 {
    if corpus.skipped_any() {
        SOME_SKIPPED
    } else {
        DONE
    }
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
            "no readable article in the given paths; give .txt, .md or .jsonl files, or folders holding them"
        );
    }
    Ok(corpus)
}

/// The text width when the output is not a terminal.
const DEFAULT_WIDTH: usize = 100;

/// The terminal's width when writing to one, else [`DEFAULT_WIDTH`].
fn terminal_width() -> usize {
    if !io::stdout().is_terminal() {
        return DEFAULT_WIDTH;
    }
    crossterm::terminal::size().map_or(DEFAULT_WIDTH, |(columns, _)| usize::from(columns).max(20))
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|cause| cause.downcast_ref::<io::Error>())
        .any(|io| io.kind() == io::ErrorKind::BrokenPipe)
}
