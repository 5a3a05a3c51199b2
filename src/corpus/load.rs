//! Turning paths (or the bundled sample) into a [`Corpus`].
//!
//! Every input goes through one path, from bytes to [`Article`]: files,
//! folders, standard input and the sample compiled into the binary differ
//! only in where the bytes and the display name come from. A file that
//! cannot be used becomes a [`Warning`] naming it; the rest still loads.

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use super::cache::{Fresh, IndexCache, Session};
use super::media::{Kind, Media};
use super::parse::{Parsed, Syntax, parse};
use super::{Article, Corpus, Linked, Warning, feed, html, jsonl, link};
use crate::sanitize;

/// Files (and pages) larger than this are not articles; reading them
/// would only stall.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Extensions read when walking a folder. A file named on the command line
/// is read whatever its extension.
const ARTICLE_EXTENSIONS: &[&str] = &[
    "txt", "md", "markdown", "text", "jsonl", "ndjson", "html", "htm", "xhtml", "rss", "atom",
    "xml",
];

/// The five sample articles (one event, five outlets), so the tool shows a
/// real comparison from any folder with no arguments.
const BUNDLED: &[(&str, &str)] = &[
    (
        "000_8bd36a165a8504ce.txt",
        include_str!("../../assets/seeds/000_8bd36a165a8504ce.txt"),
    ),
    (
        "001_5d229ea3870d1d12.txt",
        include_str!("../../assets/seeds/001_5d229ea3870d1d12.txt"),
    ),
    (
        "002_3998a47e31f20c4c.txt",
        include_str!("../../assets/seeds/002_3998a47e31f20c4c.txt"),
    ),
    (
        "003_12b1194fc15ca6a7.txt",
        include_str!("../../assets/seeds/003_12b1194fc15ca6a7.txt"),
    ),
    (
        "004_310e81df929d18ea.txt",
        include_str!("../../assets/seeds/004_310e81df929d18ea.txt"),
    ),
];

/// Something the user named as input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// A file, or a folder read recursively.
    Path(PathBuf),
    /// `-`: one article, or JSON Lines, on standard input.
    Stdin,
    /// A link (`https://…`): the caller fetches it and hands over the
    /// [`Page`], so that loading never waits on a network.
    Link(String),
}

impl Input {
    /// `-` means standard input, as in most command-line tools; `scheme://`
    /// a link.
    pub fn from_arg(arg: &Path) -> Input {
        match arg.to_str() {
            Some("-") => Input::Stdin,
            Some(text) if link::is_link(text) => Input::Link(text.to_string()),
            _ => Input::Path(arg.to_path_buf()),
        }
    }
}

/// What a link gave: the body as the server sent it, and what the server
/// said it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// Where the body came from, after redirects.
    pub url: String,
    /// The `Content-Type` header, when there was one.
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
    /// When the body was fetched, in seconds since 1970-01-01 UTC.
    pub fetched: i64,
}

/// The bundled sample corpus.
pub fn bundled() -> Corpus {
    let mut corpus = Corpus::default();
    let mut ids = Ids::default();
    for (name, text) in BUNDLED {
        let path = format!("assets/seeds/{name}");
        add(
            &mut corpus,
            &mut ids,
            Source {
                stem: stem(Path::new(name)),
                path,
                format: Format::Text(Syntax::Plain),
                ..Source::default()
            },
            Ok(text.as_bytes().to_vec()),
        );
    }
    corpus
}

/// Loads every input in order; folders are read recursively, sorted by
/// name. A link is skipped with a warning: [`load_with`] reads links. No
/// index cache is read or written.
pub fn load(inputs: &[Input]) -> Corpus {
    load_with(
        inputs,
        &|_| Err("links are not fetched here; give a file or folder".to_string()),
        None,
    )
}

/// Loads every input in order, as [`load`], asking `page` for what each
/// link gave (or why it gave nothing), and reusing what `cache` kept of
/// files read before.
///
/// Files are read and parsed on all cores, then added in input order, so
/// ids and order never depend on which core finished first.
pub fn load_with(
    inputs: &[Input],
    page: &dyn Fn(&str) -> Result<Page, String>,
    cache: Option<&IndexCache>,
) -> Corpus {
    let steps = steps(inputs);
    let files = || {
        steps.iter().filter_map(|step| match step {
            Step::File { real, .. } => Some(real.as_path()),
            _ => None,
        })
    };
    let session = cache.map(|cache| cache.open(files()));
    let read: Vec<Option<(Outcome, Option<Fresh>)>> = steps
        .par_iter()
        .map(|step| match step {
            Step::File { path, real } => Some(read_path(path, real, session.as_ref())),
            _ => None,
        })
        .collect();
    let mut corpus = Corpus::default();
    let mut ids = Ids::default();
    let mut fresh = Vec::new();
    for (step, read) in steps.iter().zip(read) {
        match (step, read) {
            (Step::File { path, .. }, Some((outcome, stored))) => {
                corpus.files.push(path.clone());
                fresh.extend(stored);
                settle(&mut corpus, &mut ids, &sanitize::path(path), outcome);
            }
            (Step::Stdin, _) => {
                let mut bytes = Vec::new();
                let read = io::stdin()
                    .lock()
                    .take(MAX_FILE_BYTES + 1)
                    .read_to_end(&mut bytes)
                    .map(|_| bytes)
                    .and_then(capped);
                let source = Source {
                    stem: "stdin".into(),
                    path: "-".into(),
                    format: Format::Sniffed,
                    ..Source::default()
                };
                add(&mut corpus, &mut ids, source, read);
            }
            (Step::Link(link), _) => load_link(link, page(link), &mut corpus, &mut ids),
            (Step::Warning(warning), _) => corpus.warnings.push(warning.clone()),
            (Step::Note(note), _) => corpus.notes.push(note.clone()),
            (Step::File { .. }, None) => unreachable!("every file is read"),
        }
    }
    if let Some(session) = session {
        corpus.notes.extend(session.save(fresh, &files().collect()));
    }
    corpus
}

/// What the file at `path` (really at `real`) gives, from the index
/// cache when it holds the file as it is now, with what to store there.
fn read_path(path: &Path, real: &Path, session: Option<&Session>) -> (Outcome, Option<Fresh>) {
    let source = Source::of(path);
    match (read_file(path), session) {
        (Ok((bytes, meta)), Some(session)) => {
            session.read((real, path), &meta, bytes, |bytes| read(&source, Ok(bytes)))
        }
        (bytes, _) => (read(&source, bytes.map(|(bytes, _)| bytes)), None),
    }
}

/// One thing to load, in input order: folders are walked into their files
/// first, so the files can be read in parallel.
enum Step {
    /// A file as named, and its real path, which the index cache knows it
    /// by.
    File {
        path: PathBuf,
        real: PathBuf,
    },
    Stdin,
    Link(String),
    /// A folder's entry that could not be walked, or a folder with nothing
    /// to read.
    Warning(Warning),
    /// A file given again, which is read once.
    Note(Warning),
}

fn steps(inputs: &[Input]) -> Vec<Step> {
    let mut steps = Vec::new();
    let mut seen = HashSet::new();
    for input in inputs {
        match input {
            Input::Stdin => steps.push(Step::Stdin),
            Input::Link(link) => steps.push(Step::Link(link.clone())),
            Input::Path(path) if path.is_dir() => walk(path, &mut steps, &mut seen),
            Input::Path(path) => steps.push(once(&mut seen, path, None)),
        }
    }
    steps
}

/// `path` to read, the first time it is given in this run: a file given
/// twice (`a.txt a.txt`, or once alone and once in its folder) is one
/// article, not two that agree on everything; the second is a note.
/// `real` is its real path when the caller knows it.
fn once(seen: &mut HashSet<PathBuf>, path: &Path, real: Option<PathBuf>) -> Step {
    let key = real
        .or_else(|| fs::canonicalize(path).ok())
        .unwrap_or_else(|| path.to_path_buf());
    if seen.insert(key.clone()) {
        return Step::File {
            path: path.to_path_buf(),
            real: key,
        };
    }
    Step::Note(Warning {
        path: sanitize::path(path),
        problem: "given more than once; read once".to_string(),
    })
}

/// Adds what a link gave. A page's article is remembered with its link,
/// for the archive; a feed's items are not, since an item's text is a
/// summary that the page at its link would take turns with as versions.
fn load_link(link: &str, page: Result<Page, String>, corpus: &mut Corpus, ids: &mut Ids) {
    let shown = sanitize::clean_line(link);
    let page = match page {
        Ok(page) => page,
        Err(problem) => {
            let warning = Warning {
                path: shown,
                problem,
            };
            return corpus.warnings.push(warning);
        }
    };
    let media = page.content_type.as_deref().and_then(Media::parse);
    let format = match media.as_ref().and_then(Media::kind) {
        Some(Kind::Html) => Format::Html,
        Some(Kind::Feed) => Format::Feed,
        Some(Kind::Plain) => Format::Text(Syntax::Plain),
        Some(Kind::Markdown) => Format::Text(Syntax::Markdown),
        Some(Kind::JsonLines) => Format::JsonLines,
        Some(Kind::Refused(why)) => {
            let warning = Warning {
                path: shown,
                problem: why.to_string(),
            };
            return corpus.warnings.push(warning);
        }
        None => Format::Sniffed,
    };
    let source = Source {
        stem: link::stem(&page.url),
        path: shown.clone(),
        format,
        charset: media.and_then(|media| media.charset),
        outlet: link::host(&page.url),
        url: Some(sanitize::clean_line(&page.url)),
    };
    let first = corpus.articles.len();
    add(corpus, ids, source, Ok(page.bytes));
    if let Some(article) =
        (first..corpus.articles.len()).find(|&a| corpus.articles[a].path == shown)
    {
        corpus.linked.push(Linked {
            article,
            link: link.to_string(),
            fetched: page.fetched,
        });
    }
}

/// The article files under `folder`, sorted by name, and what could not
/// be walked.
fn walk(folder: &Path, steps: &mut Vec<Step>, seen: &mut HashSet<PathBuf>) {
    let before = steps.len();
    let walk = walkdir::WalkDir::new(folder)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| entry.depth() == 0 || !is_hidden(entry.file_name()));
    let mut folder_real = None;
    for entry in walk {
        match entry {
            Ok(entry) if entry.file_type().is_file() && is_article_file(entry.path()) => {
                let real = real_path(&entry, &mut folder_real);
                steps.push(once(seen, entry.path(), real));
            }
            Ok(_) => {}
            Err(err) => {
                let path = err.path().unwrap_or(folder).to_path_buf();
                let problem = match (err.loop_ancestor(), err.io_error()) {
                    (Some(_), _) => "symbolic link loop; not followed".to_string(),
                    (None, Some(io)) => describe(io),
                    (None, None) => err.to_string(),
                };
                steps.push(Step::Warning(Warning {
                    path: sanitize::path(&path),
                    problem,
                }));
            }
        }
    }
    // Each file gives an article, a warning or a note, so a folder that
    // gave no step gives nothing at all.
    if steps.len() == before {
        steps.push(Step::Warning(Warning {
            path: sanitize::path(folder),
            problem: format!(
                "no articles here (looked for .{} files)",
                ARTICLE_EXTENSIONS.join(", .")
            ),
        }));
    }
}

/// The real path of a walked file that is no link: its folder's real path
/// and its name. Resolving each file's path alone asks the kernel about
/// every folder above it again, which in a folder of thousands of files
/// cost more than reading them from the cache; `folder` keeps the last
/// folder resolved, as a walk gives a folder's files together.
fn real_path(
    entry: &walkdir::DirEntry,
    folder: &mut Option<(PathBuf, PathBuf)>,
) -> Option<PathBuf> {
    if entry.path_is_symlink() {
        return None;
    }
    let parent = entry.path().parent()?;
    if folder.as_ref().is_none_or(|(walked, _)| walked != parent) {
        *folder = Some((parent.to_path_buf(), fs::canonicalize(parent).ok()?));
    }
    folder
        .as_ref()
        .map(|(_, real)| real.join(entry.file_name()))
}

/// Where one input's bytes came from, and how to read them.
#[derive(Default)]
struct Source {
    stem: String,
    path: String,
    format: Format,
    /// The encoding the server named, which wins over guessing.
    charset: Option<String>,
    /// The outlet when the text names none: a link's host.
    outlet: Option<String>,
    /// The address when the text gives none: a link's.
    url: Option<String>,
}

impl Source {
    /// Fills in the outlet when the text named none.
    fn with_outlet(&self, mut parsed: Parsed) -> Parsed {
        parsed.source = parsed.source.or_else(|| self.outlet.clone());
        parsed
    }

    /// Fills in the outlet and, for the one article that is the whole
    /// input, the address; a feed item or a JSON line without an address
    /// of its own has none, rather than its feed's.
    fn complete(&self, parsed: Parsed) -> Parsed {
        let mut parsed = self.with_outlet(parsed);
        parsed.url = parsed.url.or_else(|| self.url.clone());
        parsed
    }
}

/// How an input's text holds its articles.
#[derive(Clone, Copy, Default)]
enum Format {
    /// One article.
    Text(Syntax),
    /// One article a line.
    JsonLines,
    /// A saved web page.
    Html,
    /// A news feed, by its name (`.rss`, `.atom`, `.xml`).
    Feed,
    /// Standard input, or a link of no telling type, has no name to tell
    /// by, so its text decides.
    #[default]
    Sniffed,
}

impl Source {
    fn of(path: &Path) -> Source {
        let format = match extension(path).as_deref() {
            Some("md" | "markdown") => Format::Text(Syntax::Markdown),
            Some("jsonl" | "ndjson") => Format::JsonLines,
            Some("html" | "htm" | "xhtml") => Format::Html,
            Some("rss" | "atom" | "xml") => Format::Feed,
            _ => Format::Text(Syntax::Plain),
        };
        Source {
            stem: stem(path),
            path: sanitize::path(path),
            format,
            ..Source::default()
        }
    }
}

/// What one input gave, before it takes its place in the corpus. It
/// holds nothing of the name the input was given by, so the index cache
/// can keep it for the file whatever path leads there next time.
#[derive(Default, Serialize, Deserialize)]
pub(super) struct Outcome {
    /// What was read, but not as written.
    notes: Vec<String>,
    items: Vec<Item>,
}

/// An article with its stem, or why there is none.
#[derive(Serialize, Deserialize)]
struct Item {
    /// Its line or item number in an input of several (`feed.rss:3`).
    part: Option<usize>,
    article: Result<(String, Parsed), String>,
}

impl Item {
    fn whole(article: Result<(String, Parsed), String>) -> Item {
        Item {
            part: None,
            article,
        }
    }
}

fn add(corpus: &mut Corpus, ids: &mut Ids, source: Source, bytes: io::Result<Vec<u8>>) {
    settle(corpus, ids, &source.path, read(&source, bytes));
}

/// Adds what the input shown as `path` gave to the corpus.
fn settle(corpus: &mut Corpus, ids: &mut Ids, path: &str, outcome: Outcome) {
    corpus
        .notes
        .extend(outcome.notes.into_iter().map(|problem| Warning {
            path: path.to_string(),
            problem,
        }));
    for item in outcome.items {
        let shown = match item.part {
            Some(part) => format!("{path}:{part}"),
            None => path.to_string(),
        };
        push(corpus, ids, shown, item.article);
    }
}

/// Decodes and parses one input's bytes.
fn read(source: &Source, bytes: io::Result<Vec<u8>>) -> Outcome {
    let mut notes = Vec::new();
    let text = match bytes
        .map_err(|err| describe(&err))
        .and_then(|bytes| decode(&bytes, source.charset.as_deref()))
    {
        Ok(Decoded { text, note }) => {
            notes.extend(note);
            text
        }
        Err(problem) => {
            return Outcome {
                notes,
                items: vec![Item::whole(Err(problem))],
            };
        }
    };
    let items = items(source, &text);
    Outcome { notes, items }
}

/// The articles of one input's text, by its format.
fn items(source: &Source, text: &str) -> Vec<Item> {
    // A feed, whatever its name, is one article an item.
    if feed::looks_like_feed(text) {
        return feed_items(source, text);
    }
    // Other XML is no article; its markup is never read as text.
    if matches!(source.format, Format::Feed) {
        let problem = "XML that is no RSS or Atom feed; skipped".to_string();
        return vec![Item::whole(Err(problem))];
    }
    // A page saved under any name is read as a page, never as text full
    // of markup.
    if matches!(source.format, Format::Html) || html::looks_like_html(text) {
        let page = html::read(text).map(|parsed| (source.stem.clone(), source.complete(parsed)));
        return vec![Item::whole(page)];
    }
    let syntax = match source.format {
        Format::Text(syntax) => syntax,
        Format::Sniffed if !jsonl::looks_like_json_lines(text) => Syntax::Markdown,
        _ => return line_items(source, text),
    };
    let parsed = parse(text, syntax);
    let article = if parsed.paragraphs.is_empty() {
        Err(EMPTY.to_string())
    } else {
        Ok((source.stem.clone(), source.complete(parsed)))
    };
    vec![Item::whole(article)]
}

/// Opens a file to read. A named pipe is opened without waiting for a
/// writer, so one that nobody writes to reads as empty at once rather than
/// hang the run; one that is written to (`<(command)` in a shell) is then
/// read to its end as usual.
#[cfg(unix)]
fn open(path: &Path) -> io::Result<fs::File> {
    use std::os::fd::AsRawFd;
    use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
    if !fs::metadata(path)?.file_type().is_fifo() {
        return fs::File::open(path);
    }
    let file = fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)?;
    // SAFETY: fcntl on a descriptor `file` owns; only the file status
    // flags change, to blocking reads again.
    let cleared = unsafe {
        let flags = libc::fcntl(file.as_raw_fd(), libc::F_GETFL);
        flags >= 0 && libc::fcntl(file.as_raw_fd(), libc::F_SETFL, flags & !libc::O_NONBLOCK) >= 0
    };
    if cleared {
        Ok(file)
    } else {
        Err(io::Error::last_os_error())
    }
}

#[cfg(not(unix))]
fn open(path: &Path) -> io::Result<fs::File> {
    fs::File::open(path)
}

#[cfg(unix)]
fn is_pipe(meta: &fs::Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    meta.file_type().is_fifo()
}

#[cfg(not(unix))]
fn is_pipe(_meta: &fs::Metadata) -> bool {
    false
}

/// The problem with an input that holds no text.
const EMPTY: &str = "empty: no text to read";

/// Each line of a JSON Lines input as its own article, named
/// `file.jsonl:LINE` so people can find it.
fn line_items(source: &Source, text: &str) -> Vec<Item> {
    let mut items = Vec::new();
    for line in jsonl::lines(text) {
        let article = match line.article {
            Ok(article) => {
                let stem = article
                    .id
                    .unwrap_or_else(|| format!("{}-{}", source.stem, line.number));
                Ok((stem, source.with_outlet(article.parsed)))
            }
            Err(err) => Err(err.to_string()),
        };
        items.push(Item {
            part: Some(line.number),
            article,
        });
    }
    if items.is_empty() {
        items.push(Item::whole(Err(EMPTY.to_string())));
    }
    items
}

/// Each item of a feed as its own article, named `feed.rss:N` (the
/// item's number) so people can find it.
fn feed_items(source: &Source, text: &str) -> Vec<Item> {
    match feed::read(text) {
        Ok(items) => items
            .into_iter()
            .enumerate()
            .map(|(n, item)| {
                let stem = format!("{}-{}", source.stem, n + 1);
                Item {
                    part: Some(n + 1),
                    article: item.map(|parsed| (stem, source.with_outlet(parsed))),
                }
            })
            .collect(),
        Err(problem) => vec![Item::whole(Err(problem))],
    }
}

/// Adds an article under a unique id made from its stem, or the warning
/// saying why there is none.
fn push(
    corpus: &mut Corpus,
    ids: &mut Ids,
    path: String,
    article: Result<(String, Parsed), String>,
) {
    match article {
        Ok((stem, mut parsed)) => {
            let id = ids.claim(&stem);
            for problem in std::mem::take(&mut parsed.notes) {
                corpus.notes.push(Warning {
                    path: path.clone(),
                    problem,
                });
            }
            corpus.articles.push(Article::new(id, path, parsed));
        }
        // A parser's message may quote the input (a feed's broken tag):
        // it is made as safe to print as the article's own text.
        Err(problem) => corpus.warnings.push(Warning {
            path,
            problem: sanitize::clean_line(&problem),
        }),
    }
}

/// The bytes of the file at `path`, and what the file was when read.
fn read_file(path: &Path) -> io::Result<(Vec<u8>, fs::Metadata)> {
    let file = open(path)?;
    let meta = file.metadata()?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // Pipes and /proc files report size 0, so the cap is checked again.
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.is_empty() && is_pipe(&meta) {
        return Err(io::Error::other(
            "a named pipe with nothing writing to it; start the writer first, or pipe into `newsdiff -`",
        ));
    }
    capped(bytes).map(|bytes| (bytes, meta))
}

fn capped(bytes: Vec<u8>) -> io::Result<Vec<u8>> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large());
    }
    Ok(bytes)
}

fn too_large() -> io::Error {
    io::Error::other(format!(
        "too large to be an article (over {} MiB)",
        MAX_FILE_BYTES / (1024 * 1024)
    ))
}

/// Text from bytes: a BOM's encoding, else the one the server named,
/// else UTF-8, else the one a page's `<meta charset>` names, else
/// Windows-1252, the usual encoding of older saved pages. Bytes with NULs
/// and no BOM are not text.
fn decode(bytes: &[u8], charset: Option<&str>) -> Result<Decoded, String> {
    let plain = |text: String| Decoded { text, note: None };
    // Documents newsdiff cannot read are named, never read as text.
    for (magic, what) in DOCUMENTS {
        if bytes.starts_with(magic) {
            return Err(what.to_string());
        }
    }
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return Ok(plain(text.into_owned()));
    }
    let named = |label: &str| encoding_rs::Encoding::for_label(label.trim().as_bytes());
    if let Some(encoding) = charset.and_then(named) {
        return Ok(plain(
            encoding.decode_without_bom_handling(bytes).0.into_owned(),
        ));
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return Ok(Decoded {
            text: encoding.decode_without_bom_handling(bytes).0.into_owned(),
            note: Some(format!(
                "UTF-16 with no byte-order mark; read as {}",
                encoding.name()
            )),
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(plain(text.to_string())),
        Err(_) if bytes.contains(&0) => {
            Err("not a text file (binary content); skipped".to_string())
        }
        Err(_) => {
            if let Some(encoding) = meta_charset(bytes).and_then(named) {
                return Ok(plain(
                    encoding.decode_without_bom_handling(bytes).0.into_owned(),
                ));
            }
            // UTF-8 with a few bad bytes (a file cut mid-character, a
            // stray byte) keeps every good character; only text with no
            // UTF-8 in it at all is read as the Windows code page.
            let (good, bad) = utf8_runs(bytes);
            if good > 0 {
                return Ok(Decoded {
                    text: String::from_utf8_lossy(bytes).into_owned(),
                    note: Some(format!(
                        "not valid UTF-8: {bad} bad byte sequence{} shown as U+FFFD, the rest read as UTF-8",
                        if bad == 1 { "" } else { "s" }
                    )),
                });
            }
            Ok(plain(
                encoding_rs::WINDOWS_1252
                    .decode_without_bom_handling(bytes)
                    .0
                    .into_owned(),
            ))
        }
    }
}

/// Text decoded from bytes, with a word for the user when decoding had to
/// guess or repair.
struct Decoded {
    text: String,
    note: Option<String>,
}

/// How many characters of two bytes or more `bytes` holds as valid UTF-8,
/// and how many invalid sequences.
fn utf8_runs(bytes: &[u8]) -> (usize, usize) {
    let (mut good, mut bad) = (0, 0);
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    (good, bad)
}

/// The UTF-16 a file without a byte-order mark is in, told by its zero
/// bytes: text in Latin script has one in every other byte, on the high
/// side of each unit. Few files are, so the signs asked for are strong.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let units = bytes.len() / 2;
    if units < 2 || bytes.len() % 2 != 0 {
        return None;
    }
    let zeros = |offset: usize| {
        bytes
            .iter()
            .skip(offset)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros(0), zeros(1));
    let strong = |high: usize, low: usize| 2 * high >= units && low * 20 <= units;
    if strong(odd, even) {
        Some(encoding_rs::UTF_16LE)
    } else if strong(even, odd) {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// The encoding a page names in its head (`<meta charset="…">` or the
/// `http-equiv` form), looked for where browsers look: the first 1024 bytes.
fn meta_charset(bytes: &[u8]) -> Option<&str> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower = head.to_ascii_lowercase();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let value = &head[at..];
    let value = value
        .strip_prefix(b"\"")
        .or(value.strip_prefix(b"'"))
        .unwrap_or(value);
    let end = value
        .iter()
        .position(|b| matches!(b, b'"' | b'\'' | b' ' | b';' | b'>' | b'/'))
        .unwrap_or(value.len());
    std::str::from_utf8(&value[..end])
        .ok()
        .filter(|label| !label.is_empty())
}

/// What a PDF is told, by its first bytes or by its media type.
pub(super) const PDF: &str = "a PDF; convert it to text first (pdftotext FILE)";

/// Formats by their first bytes, and what to tell the reader.
const DOCUMENTS: &[(&[u8], &str)] = &[
    (b"%PDF-", PDF),
    (
        b"PK\x03\x04",
        "a ZIP archive or office document (.docx, .odt); save it as text first",
    ),
    (b"{\\rtf", "an RTF document; save it as plain text first"),
    (
        b"\xd0\xcf\x11\xe0",
        "an old office document (.doc); save it as text first",
    ),
];

/// Plain sentences for the errors people meet, as `ls` or `cat` would say.
fn describe(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => "no such file or folder".to_string(),
        io::ErrorKind::PermissionDenied => {
            "permission denied; check the file's permissions".to_string()
        }
        io::ErrorKind::IsADirectory => "is a folder".to_string(),
        io::ErrorKind::InvalidData => "could not be read as text".to_string(),
        _ => {
            let text = err.to_string();
            let text = text.split(" (os error").next().unwrap_or(&text);
            let mut chars = text.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => "could not be read".to_string(),
            }
        }
    }
}

/// Hands out article ids: the file stem, with `-2`, `-3`… when taken.
#[derive(Default)]
struct Ids(HashSet<String>);

impl Ids {
    fn claim(&mut self, stem: &str) -> String {
        let stem = if stem.is_empty() { "article" } else { stem };
        let mut id = stem.to_string();
        let mut n = 2;
        while !self.0.insert(id.clone()) {
            id = format!("{stem}-{n}");
            n += 1;
        }
        id
    }
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| sanitize::clean_line(&s.to_string_lossy()))
        .unwrap_or_default()
}

fn extension(path: &Path) -> Option<String> {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
}

fn is_article_file(path: &Path) -> bool {
    extension(path).is_some_and(|ext| ARTICLE_EXTENSIONS.contains(&ext.as_str()))
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ParagraphKind;
    use proptest::prelude::*;

    fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
        let path = dir.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, bytes).unwrap();
        path
    }

    /// A file reached by a folder, a link to that folder and a link to
    /// the file itself is read once: each way resolves to one real path.
    #[cfg(unix)]
    #[test]
    fn a_file_reached_three_ways_is_read_once() {
        let dir = tempfile::tempdir().unwrap();
        let file = write(&dir.path().join("real"), "a.md", b"Text.\n");
        std::os::unix::fs::symlink(dir.path().join("real"), dir.path().join("linked")).unwrap();
        std::os::unix::fs::symlink(&file, dir.path().join("b.md")).unwrap();
        let steps = steps(&[
            Input::Path(dir.path().join("real")),
            Input::Path(dir.path().join("linked")),
            Input::Path(dir.path().join("b.md")),
        ]);
        let files = steps
            .iter()
            .filter(|s| matches!(s, Step::File { .. }))
            .count();
        let notes = steps.iter().filter(|s| matches!(s, Step::Note(_))).count();
        assert_eq!((files, notes), (1, 2));
    }

    #[test]
    fn files_read_on_all_cores_load_as_on_one() {
        let dir = tempfile::tempdir().unwrap();
        for n in 0..60 {
            // Some files share a stem, some are empty, some not UTF-8.
            let bytes: Vec<u8> = match n % 4 {
                0 => Vec::new(),
                1 => b"Caf\xe9 owner says 12 were hurt.".to_vec(),
                _ => format!("Title {n}\n\nParagraph {n} says {n} people left.").into_bytes(),
            };
            write(
                dir.path(),
                &format!("d{}/s{}/same{}.txt", n % 3, n % 5, n % 7),
                &bytes,
            );
        }
        let inputs = [Input::Path(dir.path().to_path_buf())];
        let one = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap()
            .install(|| load(&inputs));
        let many = rayon::ThreadPoolBuilder::new()
            .num_threads(4)
            .build()
            .unwrap()
            .install(|| load(&inputs));
        assert_eq!(one.articles, many.articles);
        assert_eq!(one.warnings, many.warnings);
        assert_eq!(one.notes, many.notes);
        assert_eq!(one.files, many.files);
        assert_eq!(one.articles.len(), 45);
        assert_eq!(one.warnings.len(), 15);
    }

    #[test]
    fn bundled_sample_has_five_dated_articles() {
        let corpus = bundled();
        assert!(corpus.warnings.is_empty());
        let ids: Vec<_> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "000_8bd36a165a8504ce",
                "001_5d229ea3870d1d12",
                "002_3998a47e31f20c4c",
                "003_12b1194fc15ca6a7",
                "004_310e81df929d18ea"
            ]
        );
        assert!(corpus.articles.iter().all(|a| a.date.is_some()));
        assert_eq!(
            corpus.articles[0].path,
            "assets/seeds/000_8bd36a165a8504ce.txt"
        );
        let boilerplate = corpus.articles[2]
            .paragraphs
            .iter()
            .filter(|p| p.kind == ParagraphKind::Boilerplate)
            .count();
        assert_eq!(boilerplate, 2, "002 has two 'Advertisment' lines");
    }

    #[test]
    fn folders_load_recursively_in_sorted_order_and_skip_other_files() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "b.txt", b"Second.");
        write(dir.path(), "a/z.md", b"# Title\n\nFirst.");
        write(dir.path(), "c.jpg", b"\xff\xd8\xff");
        write(dir.path(), ".hidden/x.txt", b"Hidden.");
        write(dir.path(), "d.TXT", b"Third.");
        let corpus = load(&[Input::Path(dir.path().to_path_buf())]);
        let ids: Vec<_> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["z", "b", "d"]);
        assert!(corpus.warnings.is_empty(), "{:?}", corpus.warnings);
        assert_eq!(corpus.articles[0].title, "Title");
    }

    #[test]
    fn bad_files_are_skipped_with_a_reason_and_the_rest_loads() {
        let dir = tempfile::tempdir().unwrap();
        let good = write(dir.path(), "good.txt", b"Fine text.");
        let empty = write(dir.path(), "empty.txt", b"\n  \n\t\n");
        let binary = write(
            dir.path(),
            "binary.txt",
            b"\x00\x01\x02\xff\xfe\x00garbage\x80",
        );
        let missing = dir.path().join("missing.txt");
        let inputs: Vec<_> = [&good, &empty, &binary, &missing]
            .iter()
            .map(|p| Input::Path(p.to_path_buf()))
            .collect();
        let corpus = load(&inputs);
        assert_eq!(corpus.articles.len(), 1);
        let problems: Vec<_> = corpus
            .warnings
            .iter()
            .map(|w| (w.path.rsplit('/').next().unwrap(), w.problem.as_str()))
            .collect();
        assert_eq!(
            problems,
            [
                ("empty.txt", "empty: no text to read"),
                ("binary.txt", "not a text file (binary content); skipped"),
                ("missing.txt", "no such file or folder"),
            ]
        );
        assert!(corpus.skipped_any());
    }

    #[test]
    fn duplicate_stems_get_unique_ids() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a/story.txt", b"One.");
        write(dir.path(), "b/story.txt", b"Two.");
        write(dir.path(), "c/story-2.txt", b"Three.");
        let corpus = load(&[Input::Path(dir.path().to_path_buf())]);
        let ids: Vec<_> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["story", "story-2", "story-2-2"]);
    }

    #[test]
    fn encodings_are_detected() {
        let dir = tempfile::tempdir().unwrap();
        let mut utf16 = vec![0xff, 0xfe];
        utf16.extend("Caf\u{e9} text.".encode_utf16().flat_map(u16::to_le_bytes));
        let paths = [
            write(dir.path(), "bom.txt", b"\xef\xbb\xbfBOM text."),
            write(dir.path(), "utf16.txt", &utf16),
            write(dir.path(), "latin.txt", b"Caf\xe9 \x93quoted\x94."),
        ];
        let corpus = load(
            &paths
                .iter()
                .map(|p| Input::Path(p.clone()))
                .collect::<Vec<_>>(),
        );
        let texts: Vec<_> = corpus
            .articles
            .iter()
            .map(|a| a.paragraphs[0].text.as_str())
            .collect();
        assert_eq!(
            texts,
            [
                "BOM text.",
                "Caf\u{e9} text.",
                "Caf\u{e9} \u{201c}quoted\u{201d}."
            ]
        );
    }

    #[test]
    fn utf8_with_a_bad_byte_keeps_its_other_characters_and_says_so() {
        let bytes = [
            "Caf\u{e9} na\u{ef}ve, \u{201c}quoted\u{201d} ".as_bytes(),
            b"\xff end.",
        ]
        .concat();
        let corpus = load_bytes("cut.txt", &bytes);
        assert!(corpus.warnings.is_empty(), "{:?}", corpus.warnings);
        assert_eq!(
            corpus.articles[0].paragraphs[0].text,
            "Caf\u{e9} na\u{ef}ve, \u{201c}quoted\u{201d} \u{fffd} end."
        );
        assert_eq!(corpus.notes.len(), 1);
        assert!(
            corpus.notes[0]
                .problem
                .starts_with("not valid UTF-8: 1 bad byte sequence"),
            "{:?}",
            corpus.notes
        );
        // Text with no UTF-8 in it is still read as the Windows code page,
        // with no note: that is what it most likely is.
        let latin = load_bytes("latin.txt", b"Caf\xe9 au lait.");
        assert_eq!(latin.articles[0].paragraphs[0].text, "Caf\u{e9} au lait.");
        assert!(latin.notes.is_empty());
    }

    #[test]
    fn utf16_without_a_byte_order_mark_is_read_as_utf16() {
        let text = "Hello, caf\u{e9} world.";
        let little: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let big: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for (bytes, name) in [(little, "UTF-16LE"), (big, "UTF-16BE")] {
            let corpus = load_bytes("wide.txt", &bytes);
            assert_eq!(corpus.articles[0].paragraphs[0].text, text);
            assert!(
                corpus.notes[0].problem.ends_with(name),
                "{:?}",
                corpus.notes
            );
        }
        // Scattered zero bytes are no sign of UTF-16.
        let binary = load_bytes("blob.txt", b"\x01\x00\x02\x03\x00\x00\x04\x05\x06\x07");
        assert!(binary.notes.iter().all(|n| !n.problem.contains("UTF-16")));
    }

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_with_no_writer_is_a_warning_not_a_wait() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.txt");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let corpus = load(&[Input::Path(fifo)]);
        assert!(corpus.articles.is_empty());
        assert!(
            corpus.warnings[0]
                .problem
                .starts_with("a named pipe with nothing writing to it"),
            "{:?}",
            corpus.warnings
        );
    }

    #[test]
    fn an_empty_folder_is_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        let corpus = load(&[Input::Path(dir.path().to_path_buf())]);
        assert!(corpus.articles.is_empty());
        assert!(corpus.warnings[0].problem.starts_with("no articles here"));
    }

    /// Loads `bytes` as if read from a file named `name`.
    fn load_bytes(name: &str, bytes: &[u8]) -> Corpus {
        let mut corpus = Corpus::default();
        add(
            &mut corpus,
            &mut Ids::default(),
            Source::of(Path::new(name)),
            Ok(bytes.to_vec()),
        );
        corpus
    }

    /// Loads the pages links gave, as a caller that fetched them would.
    fn load_pages(pages: &[(&str, Option<&str>, &[u8])]) -> Corpus {
        let inputs: Vec<Input> = pages
            .iter()
            .map(|(link, ..)| Input::from_arg(Path::new(link)))
            .collect();
        load_with(
            &inputs,
            &|link| {
                let (_, content_type, bytes) = pages.iter().find(|(l, ..)| *l == link).unwrap();
                Ok(Page {
                    url: format!("{link}?final"),
                    content_type: content_type.map(str::to_string),
                    bytes: bytes.to_vec(),
                    fetched: 42,
                })
            },
            None,
        )
    }

    #[test]
    fn a_links_page_is_read_by_its_type_named_by_its_link_and_remembered() {
        let corpus = load_pages(&[
            ("https://www.example.org/a/toll.txt", Some("text/plain; charset=iso-8859-7"), b"\xc1\xe8\xde\xed\xe1."),
            ("https://example.org/feed", Some("application/rss+xml"), b"<rss version=\"2.0\"><channel><title>Daily</title><item><title>One</title><link>https://example.org/one</link><description>One happened.</description></item><item><title>Two</title><description>Two happened.</description></item></channel></rss>"),
            ("https://example.org/doc", Some("application/pdf"), b"%PDF-1.4"),
        ]);
        let read: Vec<_> = corpus
            .articles
            .iter()
            .map(|a| {
                (
                    a.id.as_str(),
                    a.source.as_str(),
                    a.path.as_str(),
                    a.url.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            read,
            [
                (
                    "toll",
                    "example.org",
                    "https://www.example.org/a/toll.txt",
                    Some("https://www.example.org/a/toll.txt?final")
                ),
                (
                    "feed-1",
                    "Daily",
                    "https://example.org/feed:1",
                    Some("https://example.org/one")
                ),
                ("feed-2", "Daily", "https://example.org/feed:2", None),
            ]
        );
        assert_eq!(
            corpus.articles[0].paragraphs[0].text,
            "\u{391}\u{3b8}\u{3ae}\u{3bd}\u{3b1}."
        );
        assert_eq!(
            corpus.linked,
            [Linked {
                article: 0,
                link: "https://www.example.org/a/toll.txt".into(),
                fetched: 42
            }]
        );
        assert_eq!(corpus.item_links(), ["https://example.org/one"]);
        assert!(
            corpus.warnings[0].problem.starts_with("a PDF"),
            "{:?}",
            corpus.warnings
        );
    }

    #[test]
    fn a_link_not_fetched_is_a_warning() {
        let corpus = load(&[Input::Link("https://example.org/".into())]);
        assert_eq!(
            corpus.warnings[0].to_string(),
            "https://example.org/: links are not fetched here; give a file or folder"
        );
    }

    /// Found by tests/fuzz.rs: the feed reader's message quoted a broken
    /// tag, escape sequence and all.
    #[test]
    fn a_parsers_message_quoting_the_input_is_made_safe() {
        let corpus = load_bytes(
            "feed.rss",
            b"<rss version=\"2.0\"><channel><item><link>x</\x1b[2J/link></item></channel></rss>",
        );
        let warning = corpus.warnings[0].to_string();
        assert!(
            warning.starts_with("feed.rss: not a readable feed"),
            "{warning}"
        );
        assert!(!warning.contains('\u{1b}'), "{warning:?}");
    }

    #[test]
    fn xml_that_is_no_feed_is_skipped_with_a_reason() {
        let corpus = load_bytes(
            "sitemap.xml",
            b"<?xml version=\"1.0\"?><urlset><url>x</url></urlset>",
        );
        assert!(corpus.articles.is_empty());
        assert_eq!(
            corpus.warnings[0].to_string(),
            "sitemap.xml: XML that is no RSS or Atom feed; skipped"
        );
    }

    #[test]
    fn json_lines_give_an_article_a_line_and_a_warning_a_bad_line() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "feed.ndjson",
            b"{\"text\": \"One.\", \"source\": \"Daily\"}\n{\"title\": \"x\"}\n\n{\"text\": \"Three.\"}\n",
        );
        write(dir.path(), "other.txt", b"Text file.");
        let corpus = load(&[Input::Path(dir.path().to_path_buf())]);
        let articles: Vec<_> = corpus
            .articles
            .iter()
            .map(|a| {
                (
                    a.id.as_str(),
                    a.source.as_str(),
                    a.path.rsplit('/').next().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            articles,
            [
                ("feed-1", "Daily", "feed.ndjson:1"),
                ("feed-4", "feed-4", "feed.ndjson:4"),
                ("other", "other", "other.txt"),
            ]
        );
        assert_eq!(corpus.warnings.len(), 1);
        let warning = corpus.warnings[0].to_string();
        assert!(
            warning.ends_with("feed.ndjson:2: no \"text\" field; skipped"),
            "{warning}"
        );
        assert!(corpus.skipped_any());
    }

    #[test]
    fn json_lines_ids_are_unique_across_lines_and_files() {
        let mut ids = Ids::default();
        let mut corpus = Corpus::default();
        for (name, bytes) in [
            ("feed.jsonl", &b"{\"id\": \"a\", \"text\": \"1.\"}\n{\"id\": \"a\", \"text\": \"2.\"}\n{\"text\": \"3.\"}"[..]),
            ("feed-3.txt", b"4."),
        ] {
            add(&mut corpus, &mut ids, Source::of(Path::new(name)), Ok(bytes.to_vec()));
        }
        let ids: Vec<_> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["a", "a-2", "feed-3", "feed-3-2"]);
    }

    #[test]
    fn a_json_lines_file_of_blank_lines_is_empty() {
        let corpus = load_bytes("feed.jsonl", b"\n \n\t\n");
        assert!(corpus.articles.is_empty());
        assert_eq!(
            corpus.warnings[0].to_string(),
            "feed.jsonl: empty: no text to read"
        );
    }

    #[test]
    fn standard_input_is_read_as_json_lines_when_it_opens_with_a_brace() {
        let stdin = |bytes: &[u8]| {
            let mut corpus = Corpus::default();
            let source = Source {
                stem: "stdin".into(),
                path: "-".into(),
                format: Format::Sniffed,
                ..Source::default()
            };
            add(&mut corpus, &mut Ids::default(), source, Ok(bytes.to_vec()));
            corpus
        };
        let lines = stdin(b"\xef\xbb\xbf  {\"text\": \"A.\"}\n{\"text\": \"B.\"}");
        let paths: Vec<_> = lines.articles.iter().map(|a| a.path.as_str()).collect();
        assert_eq!(paths, ["-:1", "-:2"]);
        let one = stdin(b"# Title\n\n{not json}");
        assert_eq!(one.articles.len(), 1);
        assert_eq!(one.articles[0].title, "Title");
    }

    proptest! {
        #[test]
        fn any_json_lines_bytes_load_an_article_or_a_warning_per_line(
            lines in proptest::collection::vec(
                prop_oneof![
                    proptest::collection::vec(any::<u8>(), 0..40),
                    "[ -~\n]{0,30}".prop_map(|text| {
                        serde_json::json!({"text": text, "id": "x"}).to_string().into_bytes()
                    }),
                ],
                0..12,
            )
        ) {
            let bytes = lines.join(&b'\n');
            let corpus = load_bytes("feed.jsonl", &bytes);
            let Ok(Decoded { text, .. }) = decode(&bytes, None) else {
                prop_assert_eq!(corpus.warnings.len(), 1);
                return Ok(());
            };
            let wanted: Vec<usize> = text
                .lines()
                .enumerate()
                .filter(|(_, line)| !line.trim().is_empty())
                .map(|(i, _)| i + 1)
                .collect();
            if wanted.is_empty() {
                prop_assert_eq!(corpus.warnings.len(), 1);
                return Ok(());
            }
            let number = |path: &str| path.rsplit_once(':').unwrap().1.parse::<usize>().unwrap();
            let mut got: Vec<usize> = corpus
                .articles
                .iter()
                .map(|a| number(&a.path))
                .chain(corpus.warnings.iter().map(|w| number(&w.path)))
                .collect();
            got.sort_unstable();
            prop_assert_eq!(got, wanted);
            let ids: HashSet<_> = corpus.articles.iter().map(|a| &a.id).collect();
            prop_assert_eq!(ids.len(), corpus.articles.len());
        }
    }

    #[test]
    fn files_are_never_modified() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "a.txt", b" date 2024-01-02 Text\x1b[2J.");
        let before = (
            fs::read(&path).unwrap(),
            fs::metadata(&path).unwrap().modified().unwrap(),
        );
        let _ = load(&[Input::Path(path.clone())]);
        assert_eq!(
            before,
            (
                fs::read(&path).unwrap(),
                fs::metadata(&path).unwrap().modified().unwrap()
            )
        );
    }
}
