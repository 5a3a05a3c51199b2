//! The command line: clap parses it, then [`Cli::into_command`] builds the
//! one validated value the rest of the program sees. Nothing past this file
//! knows clap exists.

use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
use newsdiff::compare::Budget;
use newsdiff::corpus::{IndexCache, Input};
use newsdiff::export::{ColorChoice, ExportFormat, TableFormat};
use newsdiff::{fetch, folders};

const AFTER_HELP: &str = "\
With no PATH, newsdiff opens the bundled sample: five outlets reporting one event.

Examples:
  newsdiff                                   read the bundled sample side by side
  newsdiff ~/articles/quake                  compare every article in a folder
  newsdiff list ~/articles --format json     index a folder for scripts
  newsdiff claims ~/articles                 the figures outlets disagree on
  newsdiff stories ~/articles                group a large folder by event
  newsdiff export a.txt b.md -o cmp.html     share a comparison as one web page
  newsdiff https://example.org/a https://example.net/b   compare two web pages
  newsdiff track https://example.org/a       keep the page's text each time it changes
  newsdiff --versions https://example.org/a  compare the versions kept of a page

Exit status: 0 done; 1 done, but some inputs were skipped (each named on stderr);
2 nothing done (bad usage, no readable article, output not writable); with
--exit-code (export, claims), 3 when the articles give conflicting figures.";

/// Compare how different outlets report the same event, paragraph by paragraph.
#[derive(Debug, Parser)]
// The usage says the two forms apart: the reader takes paths, a command
// takes its own after its name.
#[command(
    name = "newsdiff",
    version,
    about,
    after_help = AFTER_HELP,
    override_usage = "newsdiff [OPTIONS] [PATH]...\n       newsdiff [OPTIONS] <COMMAND>"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Commands>,
    #[command(flatten)]
    inputs: Inputs,
    #[command(flatten)]
    scope: Scope,
    #[command(flatten)]
    versions: Versions,
    #[command(flatten)]
    network: Network,
    #[command(flatten)]
    paging: Paging,
    #[command(flatten)]
    caching: Caching,
}

/// Whether files are read through the index cache.
#[derive(Debug, Args)]
struct Caching {
    /// Read and parse every file afresh, neither using nor updating the
    /// index cache (by default what was parsed of a file is kept in the
    /// user's cache folder and reused while the file is unchanged).
    #[arg(long, global = true)]
    no_cache: bool,
}

/// Whether long output on a terminal goes through a pager.
#[derive(Debug, Args)]
struct Paging {
    /// Print straight to the terminal, never through a pager (by default
    /// long output on a terminal goes through $NEWSDIFF_PAGER, else $PAGER,
    /// else `less -FRX`; never when piped).
    #[arg(long, global = true)]
    no_pager: bool,
}

/// How links are fetched, for every command.
#[derive(Debug, Args)]
struct Network {
    /// Read links from the cache alone and fetch nothing; a link never
    /// fetched before is skipped with a warning.
    #[arg(long, global = true)]
    offline: bool,
    /// Seconds to wait for a server to answer, and then for its page
    /// (connecting waits at most 10) [default: 30].
    #[arg(long, global = true, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..))]
    timeout: Option<u64>,
}

/// Whether links are read now or from the archive.
#[derive(Debug, Args)]
struct Versions {
    /// Compare every version the archive keeps of each link given, oldest
    /// first, instead of fetching it now: figures changed between versions
    /// are "updated". `newsdiff history` lists the versions.
    #[arg(long)]
    versions: bool,
}

/// Whether the exit status answers "do they disagree?".
#[derive(Debug, Args)]
struct Disagreement {
    /// Exit 3 when the articles give conflicting figures, 0 when they do
    /// not (as `git diff --exit-code`); 1 and 2 keep their meaning, and 3
    /// wins over 1.
    #[arg(long)]
    exit_code: bool,
}

/// Which story of several to compare, and how much work it may take.
#[derive(Debug, Args)]
struct Scope {
    /// Compare only story N, numbered as `newsdiff stories` lists them
    /// [default: every story, each compared within itself].
    #[arg(long, value_name = "N")]
    story: Option<NonZeroUsize>,
    #[command(flatten)]
    work: WorkBudget,
}

/// How much work a huge input may take.
#[derive(Debug, Args)]
struct WorkBudget {
    /// Change a bound of the work budget, past which a huge input is
    /// compared in part (said on stderr): figures (20000),
    /// figures_per_paragraph (100), paragraph_bytes (65536),
    /// figure_neighbours (100), figure_pairs (40000), rows_per_paragraph
    /// (40), story_partners (64). Repeat for several; wins over the config
    /// file's [budget].
    #[arg(long, value_name = "KEY=VALUE", value_parser = budget_setting)]
    budget: Vec<(String, String)>,
}

/// A `--budget KEY=VALUE`, checked against the bounds there are.
fn budget_setting(text: &str) -> Result<(String, String), String> {
    let (key, value) = text
        .split_once('=')
        .ok_or_else(|| format!("expected KEY=VALUE, such as figures=50000, not \"{text}\""))?;
    Budget::default()
        .set(key, value)
        .map_err(|err| err.to_string())?;
    Ok((key.to_string(), value.to_string()))
}

#[derive(Debug, Subcommand)]
enum Commands {
    /// List the articles found, with their ids, dates and titles.
    #[command(
        after_help = "Example:\n  newsdiff list ~/articles --format json | jq '.articles[].id'"
    )]
    List(TableArgs),
    /// Write the comparison of the articles to a file or standard output.
    #[command(after_help = "\
Examples:
  newsdiff export a.txt b.txt --width 120
  newsdiff export a.txt b.txt -o comparison.md        Markdown, from the file name
  newsdiff export ~/articles -o comparison.html       one self-contained page
  newsdiff export ~/articles --format json | jq '.claims[]'

With more than two articles, every format shows the first article beside
each other one in turn, two columns per pair (text pages are numbered
[1/4], [2/4]...); then the claims table and the facts one article alone
reports.

Without --format, the format follows the extension of -o FILE (.txt, .md,
.markdown, .html, .htm, .json); otherwise it is text.")]
    Export {
        #[command(flatten)]
        inputs: Inputs,
        #[command(flatten)]
        scope: Scope,
        #[command(flatten)]
        disagreement: Disagreement,
        #[command(flatten)]
        versions: Versions,
        /// Output format [default: from the extension of FILE, else text].
        #[arg(long, value_enum)]
        format: Option<ExportFormat>,
        /// Write to FILE (atomically) instead of standard output; `-` is standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Line width of the text format [default: the terminal's when writing to one, else 100].
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(20..))]
        width: Option<u16>,
        /// Colour changed words in the text format: auto colours only on a
        /// terminal and never when NO_COLOR is set; always colours even then
        /// (an explicit request, as in clap and anstream).
        /// [default: auto, or the config file's export.color]
        #[arg(long, value_enum, value_name = "WHEN")]
        color: Option<ColorChoice>,
    },
    /// List the figures the articles state, whether they agree, and what only one reports.
    #[command(after_help = "\
Examples:
  newsdiff claims ~/articles/quake
  newsdiff claims --format json | jq '.claims[] | select(.verdict == \"conflict\")'
  newsdiff claims --rejected ~/articles/quake

Verdicts: same (equal figures), compatible (different but could all be true:
\"at least 60\" and \"137\"), conflict (cannot both be true: \"about 60\" and \"137\"),
updated (one outlet changed its figure between dated versions), unique (one
article alone gives it).

When the articles report several events, each story (as `newsdiff stories`
groups them) is its own section and figures are compared within a story,
never across two; --story N shows one.

--rejected lists instead each number read that is no claim, and why: \"44\"
in \".44 revolver\" is a calibre, \"447\" in \"Flight 447\" part of a name.")]
    Claims {
        #[command(flatten)]
        table: TableArgs,
        #[command(flatten)]
        scope: Scope,
        /// List instead every number that is no claim, and why ("a year",
        /// "a calibre", "part of a name"): to see why a figure you expected
        /// is not in the table.
        #[arg(long, conflicts_with = "exit_code")]
        rejected: bool,
        #[command(flatten)]
        disagreement: Disagreement,
        #[command(flatten)]
        versions: Versions,
    },
    /// Group the articles into stories: the sets that report one event.
    #[command(after_help = "\
Examples:
  newsdiff stories ~/articles
  newsdiff stories ~/articles --format json | jq '.stories[] | [.title, (.articles | length)]'

A story is the articles that report one event, across outlets and across
dated versions of one article: they share rare words and, above all, the
names of the event's people and places. Largest stories first; a story's
articles oldest first.")]
    Stories {
        #[command(flatten)]
        table: TableArgs,
        #[command(flatten)]
        work: WorkBudget,
    },
    /// List the versions kept of links: when each was fetched, how many
    /// words changed since the one before, and its headline.
    #[command(after_help = "\
Examples:
  newsdiff history https://example.org/quake-toll
  newsdiff history --format json | jq '.links[] | [.url, (.versions | length)]'
  newsdiff --versions https://example.org/quake-toll      read the versions side by side

Every command that reads a link keeps its article text in the archive
when it differs from the last version kept; `newsdiff track` does only
that. The archive is an SQLite file in the data folder
($NEWSDIFF_DATA_DIR, else $XDG_DATA_HOME/newsdiff, else the system's).")]
    History {
        /// Links to list [default: every link in the archive].
        #[arg(value_name = "URL")]
        links: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = TableFormat::Table)]
        format: TableFormat,
    },
    /// Fetch links now and keep each page's text when it changed: for a
    /// cron job or a systemd timer.
    #[command(after_help = "\
Examples:
  newsdiff track https://example.org/quake-toll https://example.org/news.rss
  crontab: */30 * * * * newsdiff track https://example.org/quake-toll >> ~/newsdiff-track.log 2>&1

Prints a line a link: new (first version kept), changed (a new version,
with the words changed), unchanged, or failed (with the reason). A feed
keeps each item's text under the item's own link. Exit status 0 when every
link was read, 1 when some failed, 2 when none was.")]
    Track {
        /// Links to web pages or feeds.
        #[arg(value_name = "URL|FEED", required = true)]
        links: Vec<String>,
    },
    /// Where the config file of defaults is read from.
    #[command(after_help = "\
Example:
  newsdiff config path

The file is TOML; every key is optional and the command line wins:

  [export]
  width = 120        # the text format's width when --width is not given
  color = \"never\"    # auto, always or never, when --color is not given

  [budget]           # the work budget; --budget KEY=VALUE wins
  figures = 50000    # read up to 50000 figures in one comparison")]
    Config {
        #[command(subcommand)]
        action: ConfigAction,
    },
    /// Print a shell completion script.
    #[command(
        after_help = "Example:\n  newsdiff completions bash > ~/.local/share/bash-completion/completions/newsdiff"
    )]
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
    /// Print the manual page, as roff, made from this same command line.
    #[command(after_help = "\
Example:
  newsdiff man > ~/.local/share/man/man1/newsdiff.1 && man newsdiff")]
    Man,
}

#[derive(Debug, Subcommand)]
enum ConfigAction {
    /// Print the config file's path (it need not exist).
    Path,
}

/// What the table commands (`list`, `claims`, `stories`) take.
#[derive(Debug, Args)]
struct TableArgs {
    #[command(flatten)]
    inputs: Inputs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    format: TableFormat,
}

#[derive(Debug, Args)]
struct Inputs {
    /// Article files (.txt, .md, .jsonl, .html, .rss…), folders (read
    /// recursively), http:// or https:// links to pages or feeds, or `-`
    /// for standard input (one article, or JSON Lines).
    /// None: the bundled sample.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
}

impl Inputs {
    fn into_inputs(self) -> Vec<Input> {
        self.paths.iter().map(|p| Input::from_arg(p)).collect()
    }
}

/// What to do, validated.
pub enum Command {
    Read {
        inputs: Vec<Input>,
        story: Option<NonZeroUsize>,
        /// `--budget` settings, to apply over the config file's.
        budget: Vec<(String, String)>,
        /// Read the archived versions of links instead of fetching them.
        versions: bool,
    },
    List {
        inputs: Vec<Input>,
        format: TableFormat,
    },
    Export {
        inputs: Vec<Input>,
        story: Option<NonZeroUsize>,
        budget: Vec<(String, String)>,
        /// Exit 3 on a conflicting figure.
        exit_code: bool,
        format: ExportFormat,
        /// `None` for standard output (`-o -` included).
        output: Option<PathBuf>,
        width: Option<u16>,
        color: Option<ColorChoice>,
        /// Read the archived versions of links instead of fetching them.
        versions: bool,
    },
    Claims {
        inputs: Vec<Input>,
        story: Option<NonZeroUsize>,
        budget: Vec<(String, String)>,
        format: TableFormat,
        /// The numbers that are no claim, instead of the claims.
        rejected: bool,
        /// Exit 3 on a conflicting figure.
        exit_code: bool,
        /// Read the archived versions of links instead of fetching them.
        versions: bool,
    },
    Stories {
        inputs: Vec<Input>,
        format: TableFormat,
        /// `--budget` settings, to apply over the config file's.
        budget: Vec<(String, String)>,
    },
    History {
        /// None: every link archived.
        links: Vec<String>,
        format: TableFormat,
    },
    Track {
        links: Vec<String>,
    },
    ConfigPath,
    /// Text ready to print: a completion script or the manual page.
    Print(Vec<u8>),
}

impl Cli {
    /// What to do, how links are fetched for it, and whether its output
    /// may go through a pager.
    pub fn into_command(self) -> (Command, fetch::Options, bool) {
        let paged = !self.paging.no_pager;
        let network = fetch::Options {
            offline: self.network.offline,
            timeout: self
                .network
                .timeout
                .map_or(fetch::READ_TIMEOUT, Duration::from_secs),
            cache: folders::cache(),
            index: (!self.caching.no_cache).then(IndexCache::user).flatten(),
        };
        if self.command.is_some() {
            self.reader_flags_alone();
        } else if let Some(word) = self.inputs.paths.first() {
            mistyped_command(word);
        }
        let command = match self.command {
            None => Command::Read {
                inputs: self.inputs.into_inputs(),
                story: self.scope.story,
                budget: self.scope.work.budget,
                versions: self.versions.versions,
            },
            Some(Commands::List(args)) => Command::List {
                inputs: args.inputs.into_inputs(),
                format: args.format,
            },
            Some(Commands::Export {
                inputs,
                scope,
                disagreement,
                versions,
                format,
                output,
                width,
                color,
            }) => {
                let output = output.filter(|path| path.as_os_str() != "-");
                Command::Export {
                    inputs: inputs.into_inputs(),
                    story: scope.story,
                    budget: scope.work.budget,
                    exit_code: disagreement.exit_code,
                    format: format
                        .or_else(|| output.as_deref().and_then(ExportFormat::from_path))
                        .unwrap_or_default(),
                    output,
                    width,
                    color,
                    versions: versions.versions,
                }
            }
            Some(Commands::Claims {
                table,
                scope,
                rejected,
                disagreement,
                versions,
            }) => Command::Claims {
                inputs: table.inputs.into_inputs(),
                story: scope.story,
                budget: scope.work.budget,
                format: table.format,
                rejected,
                exit_code: disagreement.exit_code,
                versions: versions.versions,
            },
            Some(Commands::Stories { table, work }) => Command::Stories {
                inputs: table.inputs.into_inputs(),
                format: table.format,
                budget: work.budget,
            },
            Some(Commands::History { links, format }) => Command::History { links, format },
            Some(Commands::Track { links }) => Command::Track { links },
            Some(Commands::Config {
                action: ConfigAction::Path,
            }) => Command::ConfigPath,
            Some(Commands::Completions { shell }) => {
                let mut script = Vec::new();
                clap_complete::generate(
                    shell,
                    &mut <Cli as clap::CommandFactory>::command(),
                    "newsdiff",
                    &mut script,
                );
                Command::Print(script)
            }
            Some(Commands::Man) => {
                let mut page = Vec::new();
                clap_mangen::Man::new(<Cli as clap::CommandFactory>::command())
                    .render(&mut page)
                    .expect("rendering to memory cannot fail");
                Command::Print(page)
            }
        };
        (command, network, paged)
    }
}

impl Cli {
    /// Stops with a usage error when a flag of the reader stands before a
    /// command (`newsdiff --story 2 claims`), where it would be ignored:
    /// the command's own flag says the same after it.
    fn reader_flags_alone(&self) {
        let misplaced = [
            (self.scope.story.is_some(), "--story"),
            (self.versions.versions, "--versions"),
            (!self.inputs.paths.is_empty(), "a PATH"),
        ];
        if let Some((_, flag)) = misplaced.iter().find(|(given, _)| *given) {
            <Cli as clap::CommandFactory>::command()
                .error(
                    clap::error::ErrorKind::ArgumentConflict,
                    format!("{flag} goes after the command: `newsdiff COMMAND {flag}`"),
                )
                .exit();
        }
    }
}

/// Stops with a usage error, as git does, when the first PATH is no file
/// but a command's name mistyped (`newsdiff lsit`): reading it as a
/// missing file would only say "no such file".
fn mistyped_command(word: &std::path::Path) {
    let Some(word) = word.to_str() else { return };
    if Path::new(word).exists() || word.contains(['/', '.', '\\']) {
        return;
    }
    let mut command = <Cli as clap::CommandFactory>::command();
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    if let Some(near) = nearest(word, &names) {
        command
            .error(
                clap::error::ErrorKind::InvalidSubcommand,
                format!(
                    "'{word}' is neither a file nor a command\n\n  tip: did you mean '{near}'?"
                ),
            )
            .exit();
    }
}

/// The name in `names` closest to `word`, when close enough to be what
/// was meant (clap's own measure for its suggestions).
fn nearest<'a>(word: &str, names: &'a [String]) -> Option<&'a str> {
    names
        .iter()
        .map(|name| (strsim::jaro(word, name), name))
        .filter(|(score, _)| *score > 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, name)| name.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clap_definition_is_valid() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }

    #[test]
    fn a_mistyped_command_has_a_near_name() {
        let names: Vec<String> = ["list", "export", "claims", "stories", "history", "track"]
            .map(String::from)
            .to_vec();
        assert_eq!(nearest("lsit", &names), Some("list"));
        assert_eq!(nearest("claim", &names), Some("claims"));
        assert_eq!(nearest("exprot", &names), Some("export"));
        assert_eq!(nearest("quake", &names), None);
    }

    #[test]
    fn budget_help_names_every_bound_with_its_default() {
        use clap::CommandFactory;
        let help = Cli::command()
            .find_subcommand_mut("export")
            .unwrap()
            .render_long_help()
            .to_string()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        for (key, value) in Budget::default().bounds() {
            assert!(
                help.contains(&format!("{key} ({value})")),
                "{key} ({value}): {help}"
            );
        }
    }
}
