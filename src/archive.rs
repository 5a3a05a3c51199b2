//! Every version a link has had, kept in a local SQLite database.
//!
//! News pages are edited after they are published: a toll rises, a name
//! is corrected, a paragraph goes. Each time a link is fetched and its
//! article text differs from the last version kept, the new text is
//! stored, so `newsdiff history URL` can list the versions and
//! `--versions` compare them as a timeline.
//!
//! The archive outlives any one run, so it is handled with care:
//! - Its layout is numbered (`PRAGMA user_version`). A file that is no
//!   SQLite database, or holds tables newsdiff did not make, is damaged;
//!   one with a higher number was written by a newer newsdiff. Either is
//!   refused with a clear error and never written to.
//! - Write-ahead logging with full sync and one transaction per version:
//!   a run killed mid-write loses nothing already committed, and several
//!   runs (a cron job and a reader) can use it at once, each waiting its
//!   turn for up to `BUSY_TIMEOUT`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OptionalExtension, TransactionBehavior, params};
use serde::Serialize;
use similar::{Algorithm, DiffTag};

use crate::corpus::{self, Article, Corpus, Date, IndexCache, Input, Page};
use crate::sanitize;

/// The layout this newsdiff writes and reads.
const SCHEMA: i64 = 1;

const CREATE: &str = "
    CREATE TABLE version (
        id        INTEGER PRIMARY KEY,
        link      TEXT NOT NULL,
        fetched   INTEGER NOT NULL,
        title     TEXT NOT NULL,
        source    TEXT NOT NULL,
        published TEXT,
        url       TEXT,
        text      TEXT NOT NULL
    ) STRICT;
    CREATE INDEX version_by_link ON version (link, id);
";

/// How long to wait while another run writes.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Why the archive could not be used, naming its file.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {problem}")]
pub struct ArchiveError {
    /// The archive's file, made safe to print.
    pub path: String,
    pub problem: Problem,
}

/// What was wrong with the archive, and what to do.
#[derive(Debug, thiserror::Error)]
pub enum Problem {
    #[error("no data folder for it; set NEWSDIFF_DATA_DIR or XDG_DATA_HOME")]
    NoFolder,
    #[error(
        "not a newsdiff archive, or damaged ({0}); it is left as it is: move it away and newsdiff starts a new one"
    )]
    Damaged(String),
    #[error(
        "written by a newer newsdiff (archive layout {0}; this one knows {SCHEMA}); it is left as it is: update newsdiff to use it"
    )]
    Newer(i64),
    #[error("{0}")]
    Unusable(String),
}

/// What storing a fetched article did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// The link's first version.
    New,
    /// A version that differs from the last one kept, by this many words.
    Changed { words: usize },
    /// The same text as the last version kept: nothing stored.
    Unchanged,
}

/// What keeping one page did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kept {
    pub link: String,
    pub title: String,
    pub change: Change,
}

/// One stored version, as `history` lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Version {
    /// When it was fetched, UTC.
    pub fetched: Date,
    /// The date the page gave, as it gave it.
    pub published: Option<String>,
    pub title: String,
    /// Words added, removed or replaced since the version before; `None`
    /// for the first.
    pub words_changed: Option<usize>,
}

/// The archive, open.
pub struct Archive {
    connection: Connection,
    path: PathBuf,
}

impl Archive {
    /// Opens the user's archive (`archive.sqlite` in the data folder,
    /// see [`crate::folders::data`]), making it on first use.
    pub fn open_default() -> Result<Archive, ArchiveError> {
        let folder = crate::folders::data().ok_or(ArchiveError {
            path: "the archive of versions".into(),
            problem: Problem::NoFolder,
        })?;
        Archive::open(&folder.join("archive.sqlite"))
    }

    /// Opens the archive at `path`, making it when there is none; refuses
    /// a damaged or newer one without writing to it.
    pub fn open(path: &Path) -> Result<Archive, ArchiveError> {
        let shown = sanitize::path(path);
        let unusable = |problem: String| ArchiveError {
            path: shown.clone(),
            problem: Problem::Unusable(problem),
        };
        if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder)
                .map_err(|err| unusable(format!("could not make its folder: {err}")))?;
        }
        let connection = Connection::open(path).map_err(|err| fail(&shown, err))?;
        connection
            .busy_timeout(BUSY_TIMEOUT)
            .map_err(|err| fail(&shown, err))?;
        let mut archive = Archive {
            connection,
            path: path.to_path_buf(),
        };
        // Read before anything is written: this is where a file that is
        // no database, or a newer layout, is found.
        archive.check_layout()?;
        archive.write_ahead().map_err(|err| fail(&shown, err))?;
        archive
            .connection
            .pragma_update(None, "synchronous", "FULL")
            .map_err(|err| fail(&shown, err))?;
        archive.create_layout()?;
        Ok(archive)
    }

    /// Puts the archive in write-ahead mode, so readers never wait on a
    /// writer. SQLite answers "busy" to this at once, without its busy
    /// handler, while another run is opening the same new file, so the
    /// wait is here, up to [`BUSY_TIMEOUT`].
    fn write_ahead(&self) -> rusqlite::Result<()> {
        let started = std::time::Instant::now();
        loop {
            match self.connection.pragma_update(None, "journal_mode", "WAL") {
                Err(err)
                    if err.sqlite_error_code() == Some(ErrorCode::DatabaseBusy)
                        && started.elapsed() < BUSY_TIMEOUT =>
                {
                    std::thread::sleep(Duration::from_millis(10));
                }
                done => return done,
            }
        }
    }

    /// The layout number, refusing one newer than this newsdiff's.
    fn check_layout(&self) -> Result<i64, ArchiveError> {
        let found: i64 = self
            .connection
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .map_err(|err| self.fail(err))?;
        if found > SCHEMA {
            return Err(ArchiveError {
                path: self.shown(),
                problem: Problem::Newer(found),
            });
        }
        Ok(found)
    }

    /// Makes the tables in a new archive, once even when two runs start
    /// together.
    fn create_layout(&mut self) -> Result<(), ArchiveError> {
        let shown = self.shown();
        let fail = |err| fail(&shown, err);
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(fail)?;
        let found: i64 = transaction
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .map_err(fail)?;
        if found == SCHEMA {
            return Ok(());
        }
        let tables: i64 = transaction
            .query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get(0))
            .map_err(fail)?;
        if tables > 0 {
            return Err(ArchiveError {
                path: shown.clone(),
                problem: Problem::Damaged("it holds tables newsdiff did not make".into()),
            });
        }
        transaction.execute_batch(CREATE).map_err(fail)?;
        transaction
            .pragma_update(None, "user_version", SCHEMA)
            .map_err(fail)?;
        transaction.commit().map_err(fail)
    }

    /// Stores `article`, fetched from `link` at `fetched` (seconds since
    /// 1970-01-01 UTC), unless its text is the last version's.
    pub fn store(
        &mut self,
        link: &str,
        article: &Article,
        fetched: i64,
    ) -> Result<Change, ArchiveError> {
        let shown = self.shown();
        let fail = |err| fail(&shown, err);
        let text = text_of(article);
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(fail)?;
        let last: Option<String> = transaction
            .query_row(
                "SELECT text FROM version WHERE link = ?1 ORDER BY id DESC LIMIT 1",
                [link],
                |row| row.get(0),
            )
            .optional()
            .map_err(fail)?;
        let change = match &last {
            None => Change::New,
            Some(last) if *last == text => return Ok(Change::Unchanged),
            Some(last) => Change::Changed {
                words: words_changed(last, &text),
            },
        };
        transaction
            .execute(
                "INSERT INTO version (link, fetched, title, source, published, url, text)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    link,
                    fetched,
                    article.title,
                    article.source,
                    article.date.map(|date| date.to_string()),
                    article.url,
                    text
                ],
            )
            .map_err(fail)?;
        transaction.commit().map_err(fail)?;
        Ok(change)
    }

    /// Keeps each article `corpus` read from a page given as a link,
    /// when its text changed.
    pub fn keep(&mut self, corpus: &Corpus) -> Result<Vec<Kept>, ArchiveError> {
        corpus
            .linked
            .iter()
            .map(|linked| {
                let article = &corpus.articles[linked.article];
                Ok(Kept {
                    link: linked.link.clone(),
                    title: article.title.clone(),
                    change: self.store(&linked.link, article, linked.fetched)?,
                })
            })
            .collect()
    }

    /// Loads the inputs, a link giving every version kept of it (see
    /// [`Archive::versions_page`]); other inputs load as usual.
    pub fn load_versions(&self, inputs: &[Input], index: Option<&IndexCache>) -> Corpus {
        corpus::load_with(
            inputs,
            &|link| match self.versions_page(link) {
                Ok(Some(page)) => Ok(page),
                Ok(None) => Err(format!(
                    "no versions kept; `newsdiff track {}` keeps them",
                    sanitize::clean_line(link)
                )),
                Err(err) => Err(err.to_string()),
            },
            index,
        )
    }

    /// Every link with a version, in the order first stored.
    pub fn links(&self) -> Result<Vec<String>, ArchiveError> {
        self.rows(
            "SELECT link FROM version GROUP BY link ORDER BY min(id)",
            [],
            |row| row.get(0),
        )
    }

    /// The versions of `link`, oldest first.
    pub fn history(&self, link: &str) -> Result<Vec<Version>, ArchiveError> {
        let stored = self.stored(link)?;
        Ok(stored
            .iter()
            .enumerate()
            .map(|(n, version)| Version {
                fetched: version.fetched,
                published: version.published.clone(),
                title: version.title.clone(),
                words_changed: n
                    .checked_sub(1)
                    .map(|before| words_changed(&stored[before].text, &version.text)),
            })
            .collect())
    }

    /// Every version of `link` as one JSON Lines page, an article a
    /// version dated by its fetch, so the loader reads them as any
    /// outlet's dated versions (`link:1`, `link:2`…) and the comparison
    /// shows what changed. `None` when the link has no version.
    pub fn versions_page(&self, link: &str) -> Result<Option<Page>, ArchiveError> {
        let stored = self.stored(link)?;
        let Some(last) = stored.last() else {
            return Ok(None);
        };
        let lines: Vec<String> = stored
            .iter()
            .map(|version| {
                serde_json::json!({
                    "source": version.source,
                    "date": version.fetched,
                    "title": version.title,
                    "url": version.url,
                    "text": version.text,
                })
                .to_string()
            })
            .collect();
        Ok(Some(Page {
            url: link.to_string(),
            content_type: Some("application/jsonl".into()),
            bytes: lines.join("\n").into_bytes(),
            fetched: last.fetched_at,
        }))
    }

    fn stored(&self, link: &str) -> Result<Vec<Stored>, ArchiveError> {
        self.rows(
            "SELECT fetched, title, source, published, url, text FROM version
             WHERE link = ?1 ORDER BY id",
            [link],
            |row| {
                let fetched_at: i64 = row.get(0)?;
                Ok(Stored {
                    fetched_at,
                    fetched: Date::from_unix(fetched_at)
                        .unwrap_or_else(|| Date::from_unix(0).expect("1970-01-01 is a date")),
                    title: row.get(1)?,
                    source: row.get(2)?,
                    published: row.get(3)?,
                    url: row.get(4)?,
                    text: row.get(5)?,
                })
            },
        )
    }

    fn rows<T>(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        row: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>, ArchiveError> {
        let fail = |err| self.fail(err);
        let mut statement = self.connection.prepare(sql).map_err(fail)?;
        let rows = statement.query_map(params, row).map_err(fail)?;
        rows.collect::<Result<_, _>>().map_err(fail)
    }

    fn shown(&self) -> String {
        sanitize::path(&self.path)
    }

    fn fail(&self, err: rusqlite::Error) -> ArchiveError {
        fail(&self.shown(), err)
    }
}

/// A version as the table holds it.
struct Stored {
    fetched_at: i64,
    fetched: Date,
    title: String,
    source: String,
    published: Option<String>,
    url: Option<String>,
    text: String,
}

/// An SQLite error in words: damage is told apart, since the fix is to
/// move the file away.
fn fail(path: &str, err: rusqlite::Error) -> ArchiveError {
    let problem = match err.sqlite_error_code() {
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
            Problem::Damaged("not an SQLite database".into())
        }
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
            Problem::Unusable("another newsdiff has been writing to it too long; try again".into())
        }
        _ => Problem::Unusable(err.to_string()),
    };
    ArchiveError {
        path: path.to_string(),
        problem,
    }
}

/// The article's text as stored: its paragraphs, a blank line apart, as
/// any text file gives them.
fn text_of(article: &Article) -> String {
    article
        .paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Words added, removed or replaced from `old` to `new`: a replaced run
/// counts its longer side.
fn words_changed(old: &str, new: &str) -> usize {
    let old: Vec<&str> = old.split_whitespace().collect();
    let new: Vec<&str> = new.split_whitespace().collect();
    similar::capture_diff_slices(Algorithm::Myers, &old, &new)
        .iter()
        .map(|op| {
            let (tag, old, new) = op.as_tag_tuple();
            match tag {
                DiffTag::Equal => 0,
                _ => old.len().max(new.len()),
            }
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Syntax, parse};

    fn article(text: &str) -> Article {
        let mut parsed = parse(text, Syntax::Plain);
        parsed.source = Some("The Daily".into());
        Article::new("toll".into(), "https://a/toll".into(), parsed)
    }

    #[test]
    fn a_version_is_stored_only_when_the_text_changed() {
        let dir = tempfile::tempdir().unwrap();
        let mut archive = Archive::open(&dir.path().join("a/archive.sqlite")).unwrap();
        let link = "https://a/toll";
        let first = article("At least 60 people died.\n\nRescuers searched the hall.");
        let second = article("At least 137 people died.\n\nRescuers searched the hall.");
        assert_eq!(archive.store(link, &first, 100).unwrap(), Change::New);
        assert_eq!(archive.store(link, &first, 200).unwrap(), Change::Unchanged);
        assert_eq!(
            archive.store(link, &second, 300).unwrap(),
            Change::Changed { words: 1 }
        );
        let history = archive.history(link).unwrap();
        let summary: Vec<_> = history
            .iter()
            .map(|v| (v.fetched.to_string(), v.words_changed))
            .collect();
        assert_eq!(
            summary,
            [
                ("1970-01-01T00:01:40Z".to_string(), None),
                ("1970-01-01T00:05:00Z".to_string(), Some(1))
            ]
        );
        assert_eq!(archive.links().unwrap(), [link]);
        assert!(archive.history("https://other/").unwrap().is_empty());
    }

    #[test]
    fn versions_read_back_as_dated_json_lines_of_one_outlet() {
        let dir = tempfile::tempdir().unwrap();
        let mut archive = Archive::open(&dir.path().join("archive.sqlite")).unwrap();
        assert_eq!(archive.versions_page("https://a/toll").unwrap(), None);
        archive
            .store("https://a/toll", &article("One."), 100)
            .unwrap();
        archive
            .store("https://a/toll", &article("Two."), 200)
            .unwrap();
        let page = archive.versions_page("https://a/toll").unwrap().unwrap();
        let text = String::from_utf8(page.bytes).unwrap();
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["source"], "The Daily");
        assert_eq!(lines[1]["date"], "1970-01-01T00:03:20Z");
        assert_eq!(lines[1]["text"], "Two.");
        assert_eq!(page.fetched, 200);
    }

    #[test]
    fn a_file_that_is_no_archive_is_refused_and_left_as_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("archive.sqlite");
        let garbage = b"this is not a database, but someone's notes\n".repeat(100);
        std::fs::write(&path, &garbage).unwrap();
        let err = Archive::open(&path).err().unwrap();
        assert!(matches!(err.problem, Problem::Damaged(_)), "{err}");
        assert!(err.to_string().contains("move it away"), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), garbage);
    }

    #[test]
    fn a_database_of_other_tables_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("archive.sqlite");
        Connection::open(&path)
            .unwrap()
            .execute_batch("CREATE TABLE notes (text TEXT)")
            .unwrap();
        let err = Archive::open(&path).err().unwrap();
        assert!(
            err.to_string().contains("tables newsdiff did not make"),
            "{err}"
        );
    }

    #[test]
    fn a_newer_layout_is_refused_and_left_as_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("archive.sqlite");
        Connection::open(&path)
            .unwrap()
            .execute_batch("CREATE TABLE future (x); PRAGMA user_version = 7;")
            .unwrap();
        let before = std::fs::read(&path).unwrap();
        let err = Archive::open(&path).err().unwrap();
        assert!(matches!(err.problem, Problem::Newer(7)), "{err}");
        assert!(err.to_string().contains("update newsdiff"), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[test]
    fn an_archive_opens_again_and_in_two_places_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("archive.sqlite");
        let mut one = Archive::open(&path).unwrap();
        let mut two = Archive::open(&path).unwrap();
        one.store("https://a/", &article("One."), 1).unwrap();
        assert_eq!(
            two.store("https://a/", &article("One."), 2).unwrap(),
            Change::Unchanged
        );
        drop((one, two));
        assert_eq!(
            Archive::open(&path)
                .unwrap()
                .history("https://a/")
                .unwrap()
                .len(),
            1
        );
    }

    #[test]
    fn words_changed_counts_each_changed_word_once() {
        assert_eq!(words_changed("a b c", "a b c"), 0);
        assert_eq!(words_changed("60 dead", "137 dead"), 1);
        assert_eq!(words_changed("a b", "a b c d"), 2);
        assert_eq!(words_changed("a b c d", "a"), 3);
    }
}
