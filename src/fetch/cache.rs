//! Responses kept on disk: to revalidate instead of downloading again,
//! and to read links with `--offline`.
//!
//! One file a link, named by a hash of the link. A file holds a line that
//! says what it is, a JSON line of what the server said, then the body:
//!
//! ```text
//! newsdiff cache 1
//! {"link":"https://…","url":"https://…","etag":"\"abc\"",…,"length":5120}
//! <5120 bytes of body>
//! ```
//!
//! A file is written whole or not at all (a temporary file renamed into
//! place), and one that does not read back exactly (truncated, edited,
//! another link's, an older layout) is no entry: the link is fetched
//! again, never an error.

use std::fs;
use std::io::{self, Write};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// The first line of every cache file; a new layout gets a new number.
const MAGIC: &[u8] = b"newsdiff cache 1\n";

/// A response as the cache keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The link as given, which the file is named after.
    pub link: String,
    /// Where the body came from, after redirects.
    pub url: String,
    pub content_type: Option<String>,
    /// Validators the server gave, sent back to ask "has it changed?".
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// When the body was downloaded, in seconds since 1970-01-01 UTC.
    pub fetched: i64,
    #[serde(skip)]
    pub body: Vec<u8>,
}

/// What the JSON line adds to an entry: the body's length, so a
/// truncated file is told from a whole one.
#[derive(Serialize, Deserialize)]
struct Header {
    #[serde(flatten)]
    entry: Entry,
    length: usize,
}

/// The cache folder.
#[derive(Clone, Debug)]
pub struct Cache {
    folder: PathBuf,
}

impl Cache {
    pub fn new(folder: PathBuf) -> Cache {
        Cache { folder }
    }

    /// The entry for `link`, when there is a whole one.
    pub fn get(&self, link: &str) -> Option<Entry> {
        let bytes = fs::read(self.path(link)).ok()?;
        let rest = bytes.strip_prefix(MAGIC)?;
        let end = rest.iter().position(|&b| b == b'\n')?;
        let header: Header = serde_json::from_slice(&rest[..end]).ok()?;
        let body = &rest[end + 1..];
        if header.entry.link != link || header.length != body.len() {
            return None;
        }
        Some(Entry {
            body: body.to_vec(),
            ..header.entry
        })
    }

    /// Keeps `entry`, replacing the link's old one whole.
    pub fn put(&self, entry: &Entry) -> io::Result<()> {
        fs::create_dir_all(&self.folder)?;
        let header = Header {
            entry: entry.clone(),
            length: entry.body.len(),
        };
        let mut file = tempfile::NamedTempFile::new_in(&self.folder)?;
        file.write_all(MAGIC)?;
        serde_json::to_writer(&mut file, &header)?;
        file.write_all(b"\n")?;
        file.write_all(&entry.body)?;
        file.as_file().sync_all()?;
        file.persist(self.path(&entry.link))
            .map_err(|err| err.error)?;
        Ok(())
    }

    fn path(&self, link: &str) -> PathBuf {
        self.folder.join(format!("{}.page", key(link)))
    }
}

/// A file name for a link: its 64-bit FNV-1a hash in hex. Stable across
/// builds and platforms (std's hasher is not); a collision only makes two
/// links take turns in one file, since an entry names its link.
fn key(link: &str) -> String {
    let hash = link.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(link: &str, body: &[u8]) -> Entry {
        Entry {
            link: link.into(),
            url: format!("{link}/final"),
            content_type: Some("text/html; charset=utf-8".into()),
            etag: Some("\"v1\"".into()),
            last_modified: None,
            fetched: 1_700_000_000,
            body: body.to_vec(),
        }
    }

    #[test]
    fn keys_are_stable_hex_names() {
        assert_eq!(key(""), "cbf29ce484222325");
        assert_eq!(key("a"), "af63dc4c8601ec8c");
        assert_ne!(key("https://a/1"), key("https://a/2"));
    }

    #[test]
    fn an_entry_reads_back_as_written_and_replaces_the_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path().join("new folder"));
        assert_eq!(cache.get("https://a/"), None);
        cache.put(&entry("https://a/", b"old")).unwrap();
        let new = entry("https://a/", b"<p>new\nbody\x00</p>");
        cache.put(&new).unwrap();
        assert_eq!(cache.get("https://a/"), Some(new));
        assert_eq!(cache.get("https://b/"), None);
    }

    #[test]
    fn a_damaged_entry_is_no_entry() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path().to_path_buf());
        let link = "https://a/";
        cache.put(&entry(link, b"whole body")).unwrap();
        let path = cache.path(link);
        let whole = fs::read(&path).unwrap();
        for damaged in [
            &whole[..whole.len() - 1],
            &whole[..10],
            b"",
            b"newsdiff cache 1\n{not json}\nbody",
            &[&whole[..], b"more"].concat(),
        ] {
            fs::write(&path, damaged).unwrap();
            assert_eq!(cache.get(link), None);
        }
    }

    #[test]
    fn another_links_entry_under_the_same_name_is_no_entry() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path().to_path_buf());
        cache.put(&entry("https://a/", b"a")).unwrap();
        fs::rename(cache.path("https://a/"), cache.path("https://b/")).unwrap();
        assert_eq!(cache.get("https://b/"), None);
    }
}
