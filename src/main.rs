//! The `newsdiff` binary: parse the command line, run, map the outcome to
//! an exit code. Everything else lives in the library.

mod cli;
mod pager;

use std::io::{self, IsTerminal, Write};
use std::num::NonZeroUsize;
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::Parser;
use newsdiff::archive::{Archive, Change};
use newsdiff::compare::{Budget, Comparison};
use newsdiff::corpus::{self, Article, Corpus, Input, Warning};
use newsdiff::export::{self, ColorChoice, ExportOptions};
use newsdiff::sanitize::clean_line;
use newsdiff::{config, fetch};

use cli::{Cli, Command};

/// The engine makes and drops many small strings and vectors (tokens,
/// terms, word diffs, wrapped lines): with mimalloc the long-pair export
/// took a quarter less time than with the system's allocator. Its second
/// version, as the third kept some 40 MB more on small inputs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    let (command, network, paged) = Cli::parse().into_command();
    match run(command, &network, paged) {
        Ok(code) => ExitCode::from(code),
        Err(err) if is_broken_pipe(&err) => ExitCode::from(DONE),
        Err(err) => {
            eprintln!("newsdiff: {err:#}");
            // An export stopped by a signal ends by it, as a process that
            // did not catch it would: the parent sees how the run ended.
            if let Some(signal) = err
                .downcast_ref::<export::WriteError>()
                .and_then(|e| e.signal())
            {
                let _ = signal_hook::low_level::emulate_default_handler(signal);
            }
            ExitCode::from(NOTHING_DONE)
        }
    }
}

fn run(command: Command, network: &fetch::Options, paged: bool) -> anyhow::Result<u8> {
    // Long output on a terminal goes through the pager; a table is as
    // wide as the terminal, or `$COLUMNS` when piped, else unbounded, so a
    // script reads a row a line.
    let show = |text: String| pager::show(text.as_bytes(), paged);
    let table_width = output_width().unwrap_or(usize::MAX);
    match command {
        Command::Read {
            inputs,
            story,
            budget,
            versions,
        } => {
            // Checked before loading, so nothing is read for a reader that
            // cannot open.
            if !io::stdout().is_terminal() {
                bail!(
                    "standard output is not a terminal; to write a comparison to a file or a pipe, use `newsdiff export`"
                );
            }
            let budget = work_budget(&settings(), &budget);
            let mut corpus = load(&inputs, versions, network)?;
            let skipped = corpus.warnings.iter().map(ToString::to_string).collect();
            // The rows only: the reader works out claims and facts behind
            // its first frame.
            let (articles, cut) = articles(&mut corpus, story, &budget)?;
            let mut laid_out = if story.is_some() {
                budget.layout_as_one(articles)
            } else {
                budget.layout(articles)
            };
            laid_out.cuts.extend(cut);
            let cuts = newsdiff::tui::run(laid_out, corpus.files.clone(), skipped)
                .context("terminal error")?;
            // Said once the screen is back, which would have hidden it.
            note(&cuts);
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
            let corpus = load(&inputs, false, network)?;
            show(export::list(&corpus, format, table_width))?;
            Ok(outcome(&corpus))
        }
        Command::Claims {
            inputs,
            story,
            budget,
            format,
            rejected,
            exit_code,
            versions,
        } => {
            let budget = work_budget(&settings(), &budget);
            let mut corpus = load(&inputs, versions, network)?;
            if rejected {
                let (articles, cut) = articles(&mut corpus, story, &budget)?;
                note(cut.as_slice());
                show(export::rejected_claims(&articles, format, table_width))?;
                return Ok(outcome(&corpus));
            }
            let comparison = comparison(&mut corpus, story, &budget)?;
            show(export::claims(&comparison, format, table_width))?;
            if exit_code && disagrees(&comparison) {
                return Ok(CONFLICT);
            }
            Ok(outcome(&corpus))
        }
        Command::Stories {
            inputs,
            format,
            budget,
        } => {
            let budget = work_budget(&settings(), &budget);
            let corpus = load(&inputs, false, network)?;
            let (stories, cut) = budget.stories(&corpus.articles);
            note(cut.as_slice());
            show(export::stories(
                &corpus.articles,
                &stories,
                format,
                table_width,
            ))?;
            Ok(outcome(&corpus))
        }
        Command::Export {
            inputs,
            story,
            budget,
            exit_code,
            format,
            output,
            width,
            color,
            versions,
        } => {
            let defaults = settings();
            let budget = work_budget(&defaults, &budget);
            let mut corpus = load(&inputs, versions, network)?;
            // A file gets the same width wherever it is made; only output to
            // a terminal follows the terminal.
            let width = match (width.or(defaults.export.width), &output) {
                (Some(width), _) => usize::from(width),
                (None, Some(_)) => DEFAULT_WIDTH,
                (None, None) => output_width().unwrap_or(DEFAULT_WIDTH),
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
            let comparison = comparison(&mut corpus, story, &budget)?;
            // Written as it is made where nothing pages it: a huge JSON
            // export is never held whole.
            match output {
                Some(path) => export::write_atomic_with(&path, &corpus.files, &mut |out| {
                    export::write(&comparison, &options, out)
                })?,
                None if paged && io::stdout().is_terminal() => {
                    show(export::render(&comparison, &options))?;
                }
                None => {
                    let mut out = io::BufWriter::new(io::stdout().lock());
                    export::write(&comparison, &options, &mut out)?;
                    out.flush()?;
                }
            }
            if exit_code && disagrees(&comparison) {
                return Ok(CONFLICT);
            }
            Ok(outcome(&corpus))
        }
        Command::History { links, format } => history(links, format, show, table_width),
        Command::Track { links } => track(&links, network),
    }
}

/// `newsdiff history`: the versions kept of each link (of every link in
/// the archive when none is given).
fn history(
    links: Vec<String>,
    format: export::TableFormat,
    show: impl Fn(String) -> io::Result<()>,
    width: usize,
) -> anyhow::Result<u8> {
    let archive = Archive::open_default()?;
    let links = if links.is_empty() {
        archive.links()?
    } else {
        links
    };
    let mut found = Vec::new();
    let mut skipped = false;
    for link in links {
        let versions = archive.history(&link)?;
        if versions.is_empty() {
            let link = clean_line(&link);
            eprintln!("newsdiff: {link}: no versions kept; `newsdiff track {link}` keeps them");
            skipped = true;
        } else {
            found.push((link, versions));
        }
    }
    if found.is_empty() {
        bail!("no versions kept; `newsdiff track URL` fetches a link and keeps its text");
    }
    show(export::history(&found, format, width))?;
    Ok(if skipped { SOME_SKIPPED } else { DONE })
}

/// `newsdiff track`: fetches links now, keeps each page whose text
/// changed, and prints a line a page. A feed's items are followed: the
/// page at each item's link is fetched and kept as if it had been given.
fn track(links: &[String], network: &fetch::Options) -> anyhow::Result<u8> {
    let inputs: Vec<Input> = links
        .iter()
        .map(|link| Input::from_arg(std::path::Path::new(link)))
        .collect();
    if let Some(Input::Path(path)) = inputs.iter().find(|i| !matches!(i, Input::Link(_))) {
        bail!(
            "{}: not a link; track takes http:// or https:// links to pages or feeds",
            newsdiff::sanitize::path(path)
        );
    }
    // Opened first, so a damaged archive stops the run before any fetch.
    let mut archive = Archive::open_default()?;
    let given = fetched(&inputs, network);
    // Kept before the items are fetched: a run stopped while following a
    // feed has kept the pages given.
    keep_and_say(&mut archive, &given)?;
    let items: Vec<Input> = given.item_links().into_iter().map(Input::Link).collect();
    let items = fetched(&items, network);
    keep_and_say(&mut archive, &items)?;
    let kept = !given.linked.is_empty() || !items.linked.is_empty();
    Ok(match (kept, given.skipped_any() || items.skipped_any()) {
        (false, _) => NOTHING_DONE,
        (true, true) => SOME_SKIPPED,
        (true, false) => DONE,
    })
}

/// Keeps the pages of `corpus` in the archive and prints a line each,
/// and a line for each input that failed.
fn keep_and_say(archive: &mut Archive, corpus: &Corpus) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    for warning in &corpus.warnings {
        writeln!(out, "failed     {warning}")?;
    }
    for kept in archive.keep(corpus)? {
        let link = clean_line(&kept.link);
        match kept.change {
            Change::New => writeln!(out, "new        {link}  {}", kept.title)?,
            Change::Changed { words } => writeln!(
                out,
                "changed    {link}  {words} word{} changed",
                if words == 1 { "" } else { "s" }
            )?,
            Change::Unchanged => writeln!(out, "unchanged  {link}")?,
        }
    }
    out.flush()?;
    Ok(())
}

/// The config file's defaults; a file that cannot be used is named in a
/// warning, and the built-in defaults are used.
fn settings() -> config::Config {
    config::load().unwrap_or_else(|err| {
        eprintln!("newsdiff: {err}");
        config::Config::default()
    })
}

/// The config file's work budget, with the `--budget` settings over it.
fn work_budget(settings: &config::Config, overrides: &[(String, String)]) -> Budget {
    let mut budget = settings.budget;
    for (key, value) in overrides {
        // Checked as the command line was parsed.
        budget
            .set(key, value)
            .expect("--budget settings are checked by clap");
    }
    budget
}

/// The comparison of the corpus: every story, each within itself, or
/// only story `story` (1-based, as `newsdiff stories` numbers them).
fn comparison(
    corpus: &mut Corpus,
    story: Option<NonZeroUsize>,
    budget: &Budget,
) -> anyhow::Result<Comparison> {
    let (articles, cut) = articles(corpus, story, budget)?;
    let mut comparison = if story.is_some() {
        budget.compare_as_one(articles)
    } else {
        budget.compare(articles)
    };
    comparison.cuts.extend(cut);
    note(&comparison.cuts);
    Ok(comparison)
}

/// Says on stderr what the engine left out of a huge input, so a result
/// cut short is never taken for the whole.
fn note(cuts: &[String]) {
    for cut in cuts {
        eprintln!("newsdiff: note: {cut}");
    }
}

/// The articles of the corpus, or only those of story `story`, taken out
/// of it: what is compared is moved into the comparison, never held twice.
/// With what the work budget cut while finding the story, for the
/// comparison's own list of cuts.
fn articles(
    corpus: &mut Corpus,
    story: Option<NonZeroUsize>,
    budget: &Budget,
) -> anyhow::Result<(Vec<Article>, Option<String>)> {
    let Some(n) = story else {
        return Ok((std::mem::take(&mut corpus.articles), None));
    };
    let (stories, cut) = budget.stories(&corpus.articles);
    let Some(picked) = stories.get(n.get() - 1) else {
        note(cut.as_slice());
        bail!(
            "no story {n}: the inputs hold {} stor{}; `newsdiff stories` lists them",
            stories.len(),
            if stories.len() == 1 { "y" } else { "ies" }
        );
    };
    let mut members = picked.articles.clone();
    members.sort_unstable();
    let mut all: Vec<Option<Article>> = std::mem::take(&mut corpus.articles)
        .into_iter()
        .map(Some)
        .collect();
    Ok((members.iter().filter_map(|&a| all[a].take()).collect(), cut))
}

fn outcome(corpus: &Corpus) -> u8 {
    if corpus.skipped_any() {
        SOME_SKIPPED
    } else {
        DONE
    }
}

/// Loads the inputs (the bundled sample when there are none), warns about
/// each skipped one, and fails when no article is left. Links are fetched
/// and their versions kept; with `versions`, a link gives instead every
/// version the archive keeps of it.
fn load(inputs: &[Input], versions: bool, network: &fetch::Options) -> anyhow::Result<Corpus> {
    let corpus = if inputs.is_empty() {
        corpus::bundled()
    } else if versions {
        Archive::open_default()?.load_versions(inputs, network.index.as_ref())
    } else {
        let mut corpus = fetched(inputs, network);
        keep_versions(&mut corpus);
        corpus
    };
    for warning in &corpus.warnings {
        eprintln!("newsdiff: {warning}");
    }
    for note in &corpus.notes {
        eprintln!("newsdiff: note: {note}");
    }
    if corpus.articles.is_empty() {
        bail!(
            "no readable article in the given paths; give .txt, .md, .jsonl or .html files, folders holding them, or links to web pages"
        );
    }
    Ok(corpus)
}

/// Loads the inputs, fetching their links, with a progress bar on
/// standard error when it is a terminal.
fn fetched(inputs: &[Input], network: &fetch::Options) -> Corpus {
    let fetcher = fetch::Fetcher::new(network);
    let shown = io::stderr().is_terminal();
    let progress = |done: usize, total: usize| {
        if shown {
            progress_bar(done, total);
        }
    };
    fetch::load(inputs, &fetcher, network.index.as_ref(), &progress)
}

/// Draws `fetching [#####     ] 3/6` over itself, and clears it at the end.
fn progress_bar(done: usize, total: usize) {
    const WIDTH: usize = 20;
    let filled = WIDTH * done / total.max(1);
    eprint!(
        "\r\x1b[2Kfetching [{}{}] {done}/{total}",
        "#".repeat(filled),
        " ".repeat(WIDTH - filled)
    );
    if done >= total {
        eprint!("\r\x1b[2K");
    }
}

/// Keeps in the archive each page read from a link whose text changed;
/// an archive that cannot be used is a warning, and the articles still load.
fn keep_versions(corpus: &mut Corpus) {
    if corpus.linked.is_empty() {
        return;
    }
    let kept = Archive::open_default().and_then(|mut archive| archive.keep(corpus));
    if let Err(err) = kept {
        corpus.warnings.push(Warning {
            path: err.path,
            problem: format!("{}; versions of links not kept", err.problem),
        });
    }
}

/// The text width when the output is not a terminal and `$COLUMNS` is
/// not set.
const DEFAULT_WIDTH: usize = 100;

/// The narrowest output laid out: narrower, nothing reads.
const NARROWEST: usize = 20;

/// The width output is laid out for: the terminal's when writing to one,
/// else `$COLUMNS` when it holds a number (as a shell sets it for a
/// pipeline), else none.
fn output_width() -> Option<usize> {
    let width = if io::stdout().is_terminal() {
        crossterm::terminal::size()
            .ok()
            .map(|(columns, _)| usize::from(columns))
    } else {
        std::env::var("COLUMNS").ok()?.trim().parse().ok()
    };
    width.map(|w: usize| w.max(NARROWEST))
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|cause| cause.downcast_ref::<io::Error>())
        .any(|io| io.kind() == io::ErrorKind::BrokenPipe)
}
