//! The index cache: what reading a file gave (its articles, parsed, or why
//! it gave none), kept in the user's cache folder so that the next run over
//! the same files skips decoding and parsing them.
//!
//! An entry is used only while its file's size, modification time and
//! content hash all match what was stored, so a file changed in place, even
//! within the clock's resolution, is read again, and the files that did not
//! change are not. Entries are kept in one shard per folder of articles,
//! each shard one file, written whole to a temporary file and then renamed
//! over the old one: two runs at once may each replace a shard, and the
//! last rename wins, but neither can leave half of one.
//!
//! A shard is trusted only when it is whole. Its header names this format
//! and this build of newsdiff, since another build may parse differently,
//! and a checksum covers the rest. A shard that is not newsdiff's, is cut
//! short or is damaged is ignored with a note and rebuilt; one written by
//! another build is rebuilt without a word. Nothing about the cache ever
//! stops a run: without it, the articles are read as if it were not there.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, UNIX_EPOCH};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::xxh3_128;

use super::Warning;
use super::load::Outcome;
use crate::sanitize;

/// The first bytes of every shard.
const MAGIC: &[u8; 16] = b"newsdiff index\n\0";
/// The shard layout; a new layout gets a new number.
const FORMAT: u32 = 2;
/// This build of newsdiff (see `build.rs`).
const BUILD: &str = env!("NEWSDIFF_BUILD");
/// Magic, format, build, then the checksum of the body.
const HEADER: usize = MAGIC.len() + 4 + BUILD.len() + 16;
/// How a shard is named, after the hash of its folder's path.
const EXTENSION: &str = "idx";
/// A temporary shard older than this was left by a run that was killed
/// while writing it, and is removed by the next run that writes one.
const STALE: Duration = Duration::from_secs(3600);
/// A shard not written for this long is removed by the next run that
/// writes one; at worst its folder is parsed again.
const UNUSED: Duration = Duration::from_secs(30 * 24 * 3600);
/// The largest shard read: a bigger one is no cache worth its memory, and
/// is neither read nor written.
const MAX_SHARD: u64 = 256 * 1024 * 1024;

/// The largest file stored. The cache is for folders of many articles,
/// where reading each again costs more than comparing them; one huge file
/// is parsed in a fraction of the time comparing it takes, and storing it
/// would make every run that touches its folder load and write it again
/// (a 60 MB file beside a million-paragraph one took 200 MB to do so).
const MAX_ENTRY: usize = 4 * 1024 * 1024;

/// Where the index is kept.
#[derive(Clone, Debug)]
pub struct IndexCache {
    folder: PathBuf,
}

impl IndexCache {
    pub fn new(folder: PathBuf) -> IndexCache {
        IndexCache { folder }
    }

    /// The user's: `index` in newsdiff's cache folder
    /// (`$NEWSDIFF_CACHE_DIR`, else `$XDG_CACHE_HOME/newsdiff`, else the
    /// system's), or none when there is no such folder.
    pub fn user() -> Option<IndexCache> {
        crate::folders::cache().map(|folder| IndexCache::new(folder.join("index")))
    }

    /// Reads the shards of the folders holding `files` (their real paths),
    /// for one run.
    pub(super) fn open<'a>(&self, files: impl Iterator<Item = &'a Path>) -> Session {
        let folders: HashSet<&Path> = files.filter_map(Path::parent).collect();
        let read: Vec<(PathBuf, Result<Shard, Option<String>>)> = folders
            .into_par_iter()
            .map(|folder| {
                (
                    folder.to_path_buf(),
                    self.read_shard(&self.shard_path(folder)),
                )
            })
            .collect();
        let mut session = Session {
            cache: self.clone(),
            shards: HashMap::new(),
            notes: Vec::new(),
        };
        for (folder, shard) in read {
            let shard = shard.unwrap_or_else(|problem| {
                if let Some(problem) = problem {
                    session.note(&self.shard_path(&folder), problem);
                }
                Shard::default()
            });
            session.shards.insert(folder, shard);
        }
        session
    }

    fn shard_path(&self, folder: &Path) -> PathBuf {
        let name = xxh3_128(folder.as_os_str().as_encoded_bytes());
        self.folder.join(format!("{name:032x}.{EXTENSION}"))
    }

    /// The shard at `path`; none yet, or one of another build, is an empty
    /// shard with nothing to say, and one that cannot be trusted is an
    /// empty shard and the reason.
    fn read_shard(&self, path: &Path) -> Result<Shard, Option<String>> {
        let bytes = match read_regular(path) {
            Ok(bytes) => bytes,
            // No shard yet, or no folder for one, which writing will say.
            Err(err)
                if matches!(
                    err.kind(),
                    io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
                ) =>
            {
                return Err(None);
            }
            Err(err) => {
                return Err(Some(format!(
                    "index cache unreadable ({}); ignored",
                    sanitize::clean_line(&err.to_string())
                )));
            }
        };
        let damaged = |why: &str| Err(Some(format!("index cache {why}; ignored and rebuilt")));
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return damaged("is not newsdiff's");
        }
        if bytes.len() < HEADER {
            return damaged("is cut short");
        }
        let (header, body) = bytes.split_at(HEADER);
        let format = &header[MAGIC.len()..MAGIC.len() + 4];
        let build = &header[MAGIC.len() + 4..HEADER - 16];
        if format != FORMAT.to_le_bytes() || build != BUILD.as_bytes() {
            return Err(None);
        }
        let checksum = u128::from_le_bytes(header[HEADER - 16..].try_into().expect("16 bytes"));
        if xxh3_128(body) != checksum {
            return damaged("is damaged (its checksum does not match)");
        }
        match postcard::from_bytes::<Vec<Entry>>(body) {
            Ok(entries) => Ok(Shard {
                entries: entries
                    .into_iter()
                    .map(|entry| (entry.name.clone(), entry))
                    .collect(),
            }),
            Err(_) => damaged("is damaged"),
        }
    }

    /// Replaces the shard of `folder` with `entries`, whole or not at all;
    /// the folder is made private to the user (0700), as the shards hold
    /// the articles' text.
    fn write_shard(&self, folder: &Path, entries: &[&Entry]) -> io::Result<()> {
        private_folder(&self.folder)?;
        let body = postcard::to_stdvec(entries).map_err(io::Error::other)?;
        if body.len() as u64 > MAX_SHARD {
            return Ok(());
        }
        let mut file = tempfile::Builder::new()
            .prefix(".tmp-")
            .tempfile_in(&self.folder)?;
        file.write_all(MAGIC)?;
        file.write_all(&FORMAT.to_le_bytes())?;
        file.write_all(BUILD.as_bytes())?;
        file.write_all(&xxh3_128(&body).to_le_bytes())?;
        file.write_all(&body)?;
        file.persist(self.shard_path(folder))
            .map_err(|err| err.error)?;
        Ok(())
    }

    /// Removes temporary shards that runs killed while writing left, and
    /// shards not written for [`UNUSED`] (their folders gone or not read
    /// since), so the cache neither grows for ever nor keeps the text of
    /// articles deleted long ago.
    fn sweep(&self) {
        let Ok(entries) = fs::read_dir(&self.folder) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            let older_than = |limit: Duration| {
                entry
                    .metadata()
                    .and_then(|m| m.modified())
                    .is_ok_and(|at| at.elapsed().is_ok_and(|age| age > limit))
            };
            let stale = name.starts_with(".tmp-") && older_than(STALE)
                || name.ends_with(EXTENSION) && older_than(UNUSED);
            if stale {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
}

/// One folder's entries, by file name (as its bytes).
#[derive(Default)]
struct Shard {
    entries: HashMap<Vec<u8>, Entry>,
}

/// What reading one file gave, and what the file was then.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(super) struct Entry {
    /// The file name's bytes, as the system gives them.
    name: Vec<u8>,
    /// The name the file was read by (a link's, when it was reached by
    /// one), which says how it is read.
    given: Vec<u8>,
    size: u64,
    /// Nanoseconds since 1970, negative before.
    modified: i128,
    hash: u128,
    /// The [`Outcome`], encoded: decoded only when used, and written back
    /// as it is when the shard is rewritten.
    outcome: Vec<u8>,
}

/// The bytes of the shard at `path`, which must be a regular file of the
/// user's own and at most [`MAX_SHARD`]: a named pipe or a device put
/// there is never waited on nor read without end, and a shard someone
/// else could have written is never trusted.
fn read_regular(path: &Path) -> io::Result<Vec<u8>> {
    use std::io::Read;
    let meta = fs::metadata(path)?;
    if !meta.is_file() {
        return Err(io::Error::other("not a regular file"));
    }
    if !owned(&meta) {
        return Err(io::Error::other("written by another user"));
    }
    if meta.len() > MAX_SHARD {
        return Err(io::Error::other("too large"));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    fs::File::open(path)?
        .take(MAX_SHARD + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

#[cfg(unix)]
fn owned(meta: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    // SAFETY: geteuid has no preconditions and cannot fail.
    meta.uid() == unsafe { libc::geteuid() }
}

#[cfg(not(unix))]
fn owned(_meta: &fs::Metadata) -> bool {
    true
}

#[cfg(unix)]
fn private_folder(folder: &Path) -> io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(folder)
}

#[cfg(not(unix))]
fn private_folder(folder: &Path) -> io::Result<()> {
    fs::create_dir_all(folder)
}

/// The file a shard's entry is about, when its name can be one here.
#[cfg(unix)]
fn entry_path(folder: &Path, name: &[u8]) -> Option<PathBuf> {
    use std::os::unix::ffi::OsStrExt;
    Some(folder.join(std::ffi::OsStr::from_bytes(name)))
}

#[cfg(not(unix))]
fn entry_path(folder: &Path, name: &[u8]) -> Option<PathBuf> {
    std::str::from_utf8(name).ok().map(|name| folder.join(name))
}

/// The index cache for one run: the shards read, and what went wrong.
pub(super) struct Session {
    cache: IndexCache,
    shards: HashMap<PathBuf, Shard>,
    notes: Vec<Warning>,
}

/// What reading a file gave this run, to store: its real path and entry.
pub(super) struct Fresh {
    real: PathBuf,
    entry: Entry,
}

impl Session {
    /// What `bytes`, read from the file at `real` (named `given` on the
    /// command line or in its folder) when it was `meta`, give: the stored
    /// outcome when the file is as it was and was named alike, else what
    /// `read` makes of them, with the entry to store for next time. The
    /// name counts: through a link named `story.md` a `.txt` file is read
    /// as Markdown, and its articles take the link's stem.
    pub(super) fn read(
        &self,
        (real, given): (&Path, &Path),
        meta: &fs::Metadata,
        bytes: Vec<u8>,
        read: impl FnOnce(Vec<u8>) -> Outcome,
    ) -> (Outcome, Option<Fresh>) {
        let (Some(name), Some(given), Some(modified)) =
            (real.file_name(), given.file_name(), modified(meta))
        else {
            return (read(bytes), None);
        };
        let given = given.as_encoded_bytes();
        if !meta.is_file() || bytes.len() > MAX_ENTRY {
            return (read(bytes), None);
        }
        let (size, hash) = (bytes.len() as u64, xxh3_128(&bytes));
        let stored = real
            .parent()
            .and_then(|folder| self.shards.get(folder))
            .and_then(|shard| shard.entries.get(name.as_encoded_bytes()))
            .filter(|e| e.size == size && e.modified == modified && e.hash == hash)
            .filter(|e| e.given == given)
            .and_then(|e| postcard::from_bytes::<Outcome>(&e.outcome).ok());
        if let Some(outcome) = stored {
            return (outcome, None);
        }
        let outcome = read(bytes);
        let fresh = postcard::to_stdvec(&outcome).ok().map(|encoded| Fresh {
            real: real.to_path_buf(),
            entry: Entry {
                name: name.as_encoded_bytes().to_vec(),
                given: given.to_vec(),
                size,
                modified,
                hash,
                outcome: encoded,
            },
        });
        (outcome, fresh)
    }

    /// Stores what was read afresh, folder by folder, and says what went
    /// wrong with the cache this run. `read` are the real paths of every
    /// file read, which still exist; an entry of any other file that is
    /// gone is dropped from a shard being rewritten.
    pub(super) fn save(mut self, fresh: Vec<Fresh>, read: &HashSet<&Path>) -> Vec<Warning> {
        let mut by_folder: HashMap<PathBuf, Vec<Entry>> = HashMap::new();
        for Fresh { real, entry } in fresh {
            if let Some(folder) = real.parent() {
                by_folder
                    .entry(folder.to_path_buf())
                    .or_default()
                    .push(entry);
            }
        }
        if !by_folder.is_empty() {
            self.cache.sweep();
        }
        for (folder, entries) in by_folder {
            let mut shard = self.shards.remove(&folder).unwrap_or_default();
            // An entry over the size now stored, from an older build, goes.
            shard.entries.retain(|name, entry| {
                entry.size <= MAX_ENTRY as u64
                    && entry_path(&folder, name)
                        .is_some_and(|path| read.contains(path.as_path()) || path.exists())
            });
            for entry in entries {
                shard.entries.insert(entry.name.clone(), entry);
            }
            let mut kept: Vec<&Entry> = shard.entries.values().collect();
            kept.sort_by(|a, b| a.name.cmp(&b.name));
            if let Err(err) = self.cache.write_shard(&folder, &kept) {
                let problem = format!(
                    "index cache not written ({}); the articles were read without it, and --no-cache stops trying",
                    sanitize::clean_line(&err.to_string())
                );
                self.note(&self.cache.folder.clone(), problem);
                break;
            }
        }
        self.notes
    }

    fn note(&mut self, path: &Path, problem: String) {
        self.notes.push(Warning {
            path: sanitize::path(path),
            problem,
        });
    }
}

/// When the file was last changed, in nanoseconds since 1970.
fn modified(meta: &fs::Metadata) -> Option<i128> {
    let at = meta.modified().ok()?;
    Some(match at.duration_since(UNIX_EPOCH) {
        Ok(after) => after.as_nanos() as i128,
        Err(before) => -(before.duration().as_nanos() as i128),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Corpus, Input, load_with};

    /// A folder of articles (one JSON Lines file of two, one with a
    /// note), its index cache, and the folder's real path.
    fn setup() -> (tempfile::TempDir, IndexCache, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("articles");
        fs::create_dir(&folder).unwrap();
        fs::write(
            folder.join("a.txt"),
            "Title A\n\nAt least 12 people died, police said.",
        )
        .unwrap();
        fs::write(folder.join("b.md"), "# Title B\n\nThe toll rose to 14.").unwrap();
        fs::write(
            folder.join("c.jsonl"),
            "{\"title\": \"C1\", \"text\": \"One.\"}\n{\"title\": \"C2\", \"text\": \"Two.\"}\n",
        )
        .unwrap();
        fs::write(folder.join("d.txt"), "---\ntitle: Title D\n\nNever closed.").unwrap();
        let cache = IndexCache::new(dir.path().join("cache"));
        let real = fs::canonicalize(&folder).unwrap();
        (dir, cache, real)
    }

    fn load(folder: &Path, cache: Option<&IndexCache>) -> Corpus {
        let inputs = [Input::Path(folder.to_path_buf())];
        load_with(&inputs, &|_| Err("no links here".to_string()), cache)
    }

    /// What a run gave, the cache's own notes apart.
    fn same_as_without_cache(folder: &Path, corpus: &Corpus) {
        let fresh = load(folder, None);
        assert_eq!(corpus.articles, fresh.articles);
        assert_eq!(corpus.warnings, fresh.warnings);
        let notes: Vec<&Warning> = corpus
            .notes
            .iter()
            .filter(|n| !n.problem.starts_with("index cache"))
            .collect();
        assert_eq!(notes, fresh.notes.iter().collect::<Vec<_>>());
    }

    fn cache_notes(corpus: &Corpus) -> Vec<String> {
        corpus
            .notes
            .iter()
            .filter(|n| n.problem.starts_with("index cache"))
            .map(ToString::to_string)
            .collect()
    }

    fn shard(cache: &IndexCache, folder: &Path) -> Shard {
        match cache.read_shard(&cache.shard_path(folder)) {
            Ok(shard) => shard,
            Err(problem) => panic!("shard unreadable: {problem:?}"),
        }
    }

    /// Stores `a.txt`'s outcome as `b.md`'s and the other way round, so a
    /// run that shows them swapped took them from the cache.
    fn swap_a_and_b(cache: &IndexCache, folder: &Path) {
        let mut shard = shard(cache, folder);
        let a = shard.entries[b"a.txt".as_slice()].outcome.clone();
        let b = std::mem::replace(
            &mut shard.entries.get_mut(b"b.md".as_slice()).unwrap().outcome,
            a,
        );
        shard.entries.get_mut(b"a.txt".as_slice()).unwrap().outcome = b;
        let entries: Vec<&Entry> = shard.entries.values().collect();
        cache.write_shard(folder, &entries).unwrap();
    }

    fn titles(corpus: &Corpus) -> Vec<&str> {
        corpus.articles.iter().map(|a| a.title.as_str()).collect()
    }

    #[test]
    fn a_run_reads_as_without_the_cache_and_stores_every_file() {
        let (_dir, cache, folder) = setup();
        let first = load(&folder, Some(&cache));
        same_as_without_cache(&folder, &first);
        assert_eq!(cache_notes(&first), Vec::<String>::new());
        let mut names: Vec<Vec<u8>> = shard(&cache, &folder).entries.into_keys().collect();
        names.sort();
        assert_eq!(names, [&b"a.txt"[..], b"b.md", b"c.jsonl", b"d.txt"]);
        let second = load(&folder, Some(&cache));
        same_as_without_cache(&folder, &second);
        assert!(
            first.notes.iter().any(|n| n.path.ends_with("d.txt")),
            "the header's note is kept with the file: {:?}",
            first.notes
        );
    }

    #[test]
    fn a_huge_file_is_read_every_time_and_never_stored() {
        let (_dir, cache, folder) = setup();
        let line = "The river rose through the night and 40 homes were flooded.\n\n";
        let huge = line.repeat(MAX_ENTRY / line.len() + 1);
        fs::write(folder.join("huge.txt"), &huge).unwrap();
        let first = load(&folder, Some(&cache));
        assert!(
            !shard(&cache, &folder)
                .entries
                .contains_key(&b"huge.txt"[..])
        );
        assert!(shard(&cache, &folder).entries.contains_key(&b"a.txt"[..]));
        let second = load(&folder, Some(&cache));
        same_as_without_cache(&folder, &second);
        assert_eq!(first.articles.len(), second.articles.len());
        // An older build stored it: the next shard written drops it.
        let mut old = shard(&cache, &folder);
        let mut entry = old.entries[b"a.txt".as_slice()].clone();
        entry.name = b"huge.txt".to_vec();
        entry.size = huge.len() as u64;
        old.entries.insert(entry.name.clone(), entry);
        let entries: Vec<&Entry> = old.entries.values().collect();
        cache.write_shard(&folder, &entries).unwrap();
        fs::write(folder.join("a.txt"), "# A again\n\nThe toll rose to 9.").unwrap();
        load(&folder, Some(&cache));
        assert!(
            !shard(&cache, &folder)
                .entries
                .contains_key(&b"huge.txt"[..])
        );
    }

    #[test]
    fn unchanged_files_come_from_the_cache_and_a_changed_one_is_read_alone() {
        let (_dir, cache, folder) = setup();
        load(&folder, Some(&cache));
        swap_a_and_b(&cache, &folder);
        let swapped = load(&folder, Some(&cache));
        assert_eq!(
            titles(&swapped),
            ["Title B", "Title A", "C1", "C2", "--- title: Title D"]
        );
        fs::write(
            folder.join("b.md"),
            "# Title B, again\n\nThe toll rose to 15.",
        )
        .unwrap();
        let changed = load(&folder, Some(&cache));
        assert_eq!(
            titles(&changed),
            [
                "Title B",
                "Title B, again",
                "C1",
                "C2",
                "--- title: Title D"
            ]
        );
    }

    #[test]
    fn a_file_changed_within_the_clock_is_told_by_its_content() {
        let (_dir, cache, folder) = setup();
        load(&folder, Some(&cache));
        let path = folder.join("a.txt");
        let before = fs::metadata(&path).unwrap();
        let text = fs::read_to_string(&path).unwrap().replace('A', "Z");
        fs::write(&path, &text).unwrap();
        let file = fs::File::options().write(true).open(&path).unwrap();
        file.set_modified(before.modified().unwrap()).unwrap();
        assert_eq!(fs::metadata(&path).unwrap().len(), before.len());
        let after = load(&folder, Some(&cache));
        assert_eq!(after.articles[0].title, "Title Z");
    }

    #[cfg(unix)]
    #[test]
    fn a_file_read_through_a_link_of_another_name_is_read_by_that_name() {
        let (dir, cache, folder) = setup();
        let link = dir.path().join("story.md");
        std::os::unix::fs::symlink(folder.join("b.md"), &link).unwrap();
        let by_link = |cache: Option<&IndexCache>| {
            load_with(&[Input::Path(link.clone())], &|_| Err(String::new()), cache).articles
        };
        load(&folder, Some(&cache));
        let cached = by_link(Some(&cache));
        assert_eq!(cached, by_link(None));
        assert_eq!(cached[0].id, "story");
    }

    #[test]
    fn a_date_whose_text_does_not_read_back_is_read_again_never_changed() {
        let (_dir, cache, folder) = setup();
        fs::write(
            folder.join("leap.md"),
            "---\ntitle: Leap\ndate: 2016-12-31T23:59:60Z\n---\n\nA second too many.",
        )
        .unwrap();
        for _ in 0..3 {
            same_as_without_cache(&folder, &load(&folder, Some(&cache)));
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_shard_that_is_a_pipe_is_never_waited_on() {
        let (_dir, cache, folder) = setup();
        let path = cache.shard_path(&folder);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        let made = std::process::Command::new("mkfifo").arg(&path).status();
        if !made.is_ok_and(|status| status.success()) {
            eprintln!("skipping: mkfifo is not available");
            return;
        }
        let run = load(&folder, Some(&cache));
        same_as_without_cache(&folder, &run);
        let notes = cache_notes(&run);
        assert!(
            notes.len() == 1 && notes[0].contains("not a regular file"),
            "{notes:?}"
        );
        shard(&cache, &folder);
    }

    #[test]
    fn shards_not_written_for_a_month_are_swept() {
        let (_dir, cache, folder) = setup();
        load(&folder, Some(&cache));
        let old = cache.folder.join(format!("{:032x}.{EXTENSION}", 7));
        fs::write(&old, b"a shard of a folder long gone").unwrap();
        let long_ago = std::time::SystemTime::now() - UNUSED - Duration::from_secs(60);
        fs::File::options()
            .write(true)
            .open(&old)
            .unwrap()
            .set_modified(long_ago)
            .unwrap();
        fs::write(folder.join("e.txt"), "Title E\n\nNew.").unwrap();
        load(&folder, Some(&cache));
        assert!(!old.exists(), "the unused shard is gone");
        shard(&cache, &folder);
    }

    #[test]
    fn a_removed_file_leaves_its_shard_when_the_shard_is_next_written() {
        let (_dir, cache, folder) = setup();
        load(&folder, Some(&cache));
        fs::remove_file(folder.join("b.md")).unwrap();
        fs::write(folder.join("e.txt"), "Title E\n\nNew.").unwrap();
        let after = load(&folder, Some(&cache));
        same_as_without_cache(&folder, &after);
        let names = shard(&cache, &folder).entries;
        assert!(!names.contains_key(b"b.md".as_slice()));
        assert!(names.contains_key(b"e.txt".as_slice()));
    }

    #[test]
    fn a_shard_that_cannot_be_trusted_is_ignored_with_a_note_and_rebuilt() {
        let (_dir, cache, folder) = setup();
        load(&folder, Some(&cache));
        let path = cache.shard_path(&folder);
        let whole = fs::read(&path).unwrap();
        let mut flipped = whole.clone();
        let last = flipped.len() - 3;
        flipped[last] ^= 0x20;
        let damages: [(&str, Vec<u8>); 4] = [
            ("is damaged", flipped),
            ("is damaged", whole[..whole.len() - 10].to_vec()),
            ("is cut short", whole[..MAGIC.len() + 3].to_vec()),
            ("is not newsdiff's", b"{\"some\": \"other tool\"}".to_vec()),
        ];
        for (why, bytes) in damages {
            fs::write(&path, &bytes).unwrap();
            let run = load(&folder, Some(&cache));
            same_as_without_cache(&folder, &run);
            let notes = cache_notes(&run);
            assert_eq!(notes.len(), 1, "{why}: {notes:?}");
            assert!(notes[0].contains(why), "{why}: {notes:?}");
            assert!(notes[0].contains(&sanitize::path(&path)), "{notes:?}");
            let next = load(&folder, Some(&cache));
            assert_eq!(cache_notes(&next), Vec::<String>::new(), "{why}: rebuilt");
        }
    }

    #[test]
    fn a_shard_of_another_build_is_rebuilt_without_a_word() {
        let (_dir, cache, folder) = setup();
        load(&folder, Some(&cache));
        swap_a_and_b(&cache, &folder);
        let path = cache.shard_path(&folder);
        let mut bytes = fs::read(&path).unwrap();
        bytes[MAGIC.len() + 4] ^= 1;
        fs::write(&path, bytes).unwrap();
        let run = load(&folder, Some(&cache));
        assert_eq!(cache_notes(&run), Vec::<String>::new());
        assert_eq!(titles(&run)[..2], ["Title A", "Title B"], "not trusted");
        shard(&cache, &folder);
    }

    #[test]
    fn a_cache_that_cannot_be_written_is_a_note_and_the_articles_still_load() {
        let (dir, _, folder) = setup();
        let blocked = dir.path().join("blocked");
        fs::write(&blocked, "a file where the cache folder would be").unwrap();
        let cache = IndexCache::new(blocked.join("index"));
        let run = load(&folder, Some(&cache));
        same_as_without_cache(&folder, &run);
        let notes = cache_notes(&run);
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert!(notes[0].contains("not written"), "{notes:?}");
        assert!(notes[0].contains("--no-cache"), "{notes:?}");
    }

    #[test]
    fn runs_at_once_leave_a_shard_that_reads_whole() {
        let (_dir, cache, folder) = setup();
        std::thread::scope(|scope| {
            for run in 0..4 {
                let (cache, folder) = (&cache, &folder);
                scope.spawn(move || {
                    for round in 0..15 {
                        if run == 0 {
                            // Renamed into place, so no run reads it half
                            // written.
                            let text = format!("Title A{round}\n\nAt least {round} people died.");
                            let next = folder.with_file_name("a.next");
                            fs::write(&next, text).unwrap();
                            fs::rename(&next, folder.join("a.txt")).unwrap();
                        }
                        let corpus = load(folder, Some(cache));
                        assert_eq!(cache_notes(&corpus), Vec::<String>::new());
                        assert_eq!(corpus.articles.len(), 5);
                    }
                });
            }
        });
        shard(&cache, &folder);
        let last = load(&folder, Some(&cache));
        same_as_without_cache(&folder, &last);
        assert_eq!(last.articles[0].title, "Title A14");
    }
}
