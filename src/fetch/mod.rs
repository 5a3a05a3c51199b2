//! Fetching links: web pages and feeds over HTTP(S), kept in a cache.
//!
//! A news page changes under the same link, and people give newsdiff the
//! same links again and again, so each response is kept
//! (`cache`) and the next fetch asks the server whether it changed
//! (`If-None-Match`, `If-Modified-Since`): a `304 Not Modified` costs no
//! download. `--offline` reads the cache alone.
//!
//! The network is the most hostile input newsdiff has, so every fetch is
//! bounded: at most [`MAX_REDIRECTS`] redirects, a connect and a read
//! timeout, and a body of at most [`MAX_FILE_BYTES`]. Only `http` and
//! `https` are fetched. A link that fails is an error naming the reason in
//! plain words; the caller warns about it and loads the rest.

mod cache;

use std::collections::HashMap;
use std::io;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime};

use crate::corpus::{self, Corpus, IndexCache, Input, MAX_FILE_BYTES, Page};
use cache::{Cache, Entry};

/// Redirects followed before giving up: enough for `http` to `https` to
/// `www.` to a consent page, too few for a loop to run long.
pub const MAX_REDIRECTS: u32 = 5;

/// How long to wait for a connection.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// How long to wait for the server to answer, and then for the body,
/// unless `--timeout` says otherwise.
pub const READ_TIMEOUT: Duration = Duration::from_secs(30);

/// Links fetched at once: a few, to be quick without hammering a server.
const PARALLEL: usize = 4;

/// Who is asking, honestly, so a site can tell newsdiff from a browser.
const USER_AGENT: &str = concat!(
    "newsdiff/",
    env!("CARGO_PKG_VERSION"),
    " (+https://crates.io/crates/newsdiff)"
);

/// What newsdiff reads, best first.
const ACCEPT: &str = "text/html, application/xhtml+xml, application/rss+xml, \
    application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5";

/// How inputs are read: links fetched through the cache of responses,
/// files through the index cache.
#[derive(Clone, Debug)]
pub struct Options {
    /// Read the cache alone; a link not in it is an error.
    pub offline: bool,
    /// How long to wait for an answer, and for the body.
    pub timeout: Duration,
    /// The cache folder; `None` when the system has none.
    pub cache: Option<PathBuf>,
    /// What was parsed of files before; `None` with `--no-cache`.
    pub index: Option<IndexCache>,
}

/// Why a link gave no page, in words for the person who gave it.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error(
        "only http:// and https:// links are read; for a local file give its path, otherwise download it first"
    )]
    Scheme,
    #[error("not in the cache, and --offline fetches nothing; run once without --offline")]
    NotCached,
    #[error("no such host; check the link")]
    NoHost,
    #[error("the server refused the connection; check the link, or try later")]
    Refused,
    #[error("no answer within {0} s; try later, or allow longer with --timeout")]
    Timeout(u64),
    #[error(
        "more than {MAX_REDIRECTS} redirects (a redirect loop?); open the link in a browser to see where it leads"
    )]
    Redirects,
    #[error("redirected to {0}, which is no http:// or https:// link; not followed")]
    Elsewhere(String),
    #[error("the server answered {0}")]
    Status(String),
    #[error("larger than {} MiB, too large to be an article", MAX_FILE_BYTES / (1024 * 1024))]
    TooLarge,
    #[error("{0}")]
    Other(String),
}

/// Fetches links, through the cache.
pub struct Fetcher {
    /// `None` offline: nothing can reach the network.
    agent: Option<ureq::Agent>,
    cache: Option<Cache>,
    timeout: Duration,
}

impl Fetcher {
    pub fn new(options: &Options) -> Fetcher {
        let agent = (!options.offline).then(|| {
            ureq::Agent::config_builder()
                // Redirects are followed here, so that each hop's
                // scheme is checked (ureq reads `Location: file:…` as a
                // path on the same server).
                .max_redirects(0)
                .max_redirects_will_error(false)
                .http_status_as_error(false)
                .user_agent(USER_AGENT)
                .accept(ACCEPT)
                .timeout_connect(Some(CONNECT_TIMEOUT.min(options.timeout)))
                .timeout_recv_response(Some(options.timeout))
                .timeout_recv_body(Some(options.timeout))
                .build()
                .new_agent()
        });
        Fetcher {
            agent,
            cache: options.cache.clone().map(Cache::new),
            timeout: options.timeout,
        }
    }

    /// Fetches every link, a few at a time, telling `progress` how many
    /// are done after each; the results are in the links' order.
    pub fn fetch_all(
        &self,
        links: &[String],
        progress: &(dyn Fn(usize, usize) + Sync),
    ) -> Vec<Result<Page, FetchError>> {
        let results = Mutex::new(Vec::from_iter(links.iter().map(|_| None)));
        let (next, done) = (AtomicUsize::new(0), AtomicUsize::new(0));
        std::thread::scope(|scope| {
            for _ in 0..PARALLEL.min(links.len()) {
                scope.spawn(|| {
                    loop {
                        let at = next.fetch_add(1, Ordering::Relaxed);
                        let Some(link) = links.get(at) else { break };
                        let result = self.fetch(link);
                        results
                            .lock()
                            .unwrap_or_else(std::sync::PoisonError::into_inner)[at] = Some(result);
                        progress(done.fetch_add(1, Ordering::Relaxed) + 1, links.len());
                    }
                });
            }
        });
        results
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .into_iter()
            .map(|result| result.expect("every link is fetched before the threads end"))
            .collect()
    }

    /// Fetches one link, or revalidates the cached copy, or (offline)
    /// reads the cache alone.
    pub fn fetch(&self, link: &str) -> Result<Page, FetchError> {
        if !is_web(link) {
            return Err(FetchError::Scheme);
        }
        let cached = self.cache.as_ref().and_then(|cache| cache.get(link));
        let Some(agent) = &self.agent else {
            return cached.map(page).ok_or(FetchError::NotCached);
        };
        let mut url = link.to_string();
        let mut hops = 0;
        let mut response = loop {
            let mut request = agent.get(&url);
            if let Some(entry) = &cached {
                if let Some(etag) = &entry.etag {
                    request = request.header("If-None-Match", etag);
                }
                if let Some(date) = &entry.last_modified {
                    request = request.header("If-Modified-Since", date);
                }
            }
            let response = request.call().map_err(|err| self.explain(err))?;
            let location = response
                .headers()
                .get("location")
                .and_then(|value| value.to_str().ok());
            let redirect = response.status().is_redirection()
                && response.status() != ureq::http::StatusCode::NOT_MODIFIED;
            let Some(location) = location.filter(|_| redirect) else {
                break response;
            };
            if hops == MAX_REDIRECTS {
                return Err(FetchError::Redirects);
            }
            hops += 1;
            url = resolve(&url, location);
            if !is_web(&url) {
                return Err(FetchError::Elsewhere(crate::sanitize::clean_line(&url)));
            }
        };
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|value| value.to_str().ok())
                .map(str::to_string)
        };
        let status = response.status();
        if status == ureq::http::StatusCode::NOT_MODIFIED {
            if let Some(mut entry) = cached {
                // A 304 may name new validators; the next request sends them.
                let (etag, last_modified) = (header("etag"), header("last-modified"));
                if etag.is_some() || last_modified.is_some() {
                    entry.etag = etag.or(entry.etag);
                    entry.last_modified = last_modified.or(entry.last_modified);
                    self.keep(&entry);
                }
                return Ok(page(entry));
            }
        }
        if !status.is_success() {
            let hint = match status.as_u16() {
                400..=499 => "; check the link",
                _ => "; try later",
            };
            let reason = status.canonical_reason().unwrap_or("(no reason given)");
            return Err(FetchError::Status(format!(
                "{} {reason}{hint}",
                status.as_u16()
            )));
        }
        if response
            .body()
            .content_length()
            .is_some_and(|length| length > MAX_FILE_BYTES)
        {
            return Err(FetchError::TooLarge);
        }
        let mut entry = Entry {
            link: link.to_string(),
            url,
            content_type: header("content-type"),
            etag: header("etag"),
            last_modified: header("last-modified"),
            fetched: now(),
            body: Vec::new(),
        };
        entry.body = response
            .body_mut()
            .with_config()
            .limit(MAX_FILE_BYTES)
            .read_to_vec()
            .map_err(|err| self.explain(err))?;
        self.keep(&entry);
        Ok(page(entry))
    }

    /// Puts `entry` in the cache, if there is one.
    fn keep(&self, entry: &Entry) {
        if let Some(cache) = &self.cache {
            // The cache only saves time: a page that cannot be kept (a
            // full disk, a read-only home) is still read.
            let _ = cache.put(entry);
        }
    }

    /// The plain-words reason for a failed request.
    fn explain(&self, err: ureq::Error) -> FetchError {
        match err {
            ureq::Error::Timeout(_) => FetchError::Timeout(self.timeout.as_secs().max(1)),
            ureq::Error::HostNotFound => FetchError::NoHost,
            ureq::Error::TooManyRedirects => FetchError::Redirects,
            ureq::Error::BodyExceedsLimit(_) => FetchError::TooLarge,
            ureq::Error::Io(io) if io.kind() == io::ErrorKind::ConnectionRefused => {
                FetchError::Refused
            }
            // The system's resolver says so in an error of no kind of its own.
            ureq::Error::Io(io) if io.to_string().contains("lookup address") => FetchError::NoHost,
            ureq::Error::Io(io) if io.kind() == io::ErrorKind::TimedOut => {
                FetchError::Timeout(self.timeout.as_secs().max(1))
            }
            ureq::Error::Io(io) => FetchError::Other(format!(
                "the connection broke off ({}); try later",
                lower_first(&io.to_string())
            )),
            ureq::Error::BadUri(uri) => {
                FetchError::Other(format!("not a link that can be fetched ({uri})"))
            }
            other => FetchError::Other(lower_first(&other.to_string())),
        }
    }
}

/// Whether a link is one newsdiff fetches: `http://` or `https://`, in
/// any case.
fn is_web(link: &str) -> bool {
    link.split_once("://").is_some_and(|(scheme, _)| {
        ["http", "https"]
            .iter()
            .any(|web| scheme.eq_ignore_ascii_case(web))
    })
}

/// Where a redirect's `Location` leads from `base`: an absolute link, or
/// one relative to the scheme, the host or the path (RFC 3986; dot
/// segments are left to the server).
fn resolve(base: &str, location: &str) -> String {
    let location = location.trim();
    let scheme_given = location.split_once(':').is_some_and(|(scheme, _)| {
        let mut chars = scheme.chars();
        chars.next().is_some_and(|c| c.is_ascii_alphabetic())
            && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    });
    if scheme_given {
        return location.to_string();
    }
    let (scheme, rest) = base.split_once("://").unwrap_or(("http", base));
    if let Some(elsewhere) = location.strip_prefix("//") {
        return format!("{scheme}://{elsewhere}");
    }
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let origin = format!("{scheme}://{}", &rest[..host_end]);
    if location.starts_with('/') {
        return format!("{origin}{location}");
    }
    let path = rest[host_end..].split(['?', '#']).next().unwrap_or("");
    if location.starts_with('?') {
        return format!("{origin}{path}{location}");
    }
    let folder = path.rfind('/').map_or("/", |end| &path[..=end]);
    format!("{origin}{folder}{location}")
}

/// The page a cache entry holds.
fn page(entry: Entry) -> Page {
    Page {
        url: entry.url,
        content_type: entry.content_type,
        bytes: entry.body,
        fetched: entry.fetched,
    }
}

/// Seconds since 1970-01-01 UTC.
fn now() -> i64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |elapsed| {
            i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX)
        })
}

/// Messages read as the rest of newsdiff's: lower case first.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Loads the inputs as [`crate::corpus::load`] does, fetching their links
/// first, a few at a time, each once however often it is given.
pub fn load(
    inputs: &[Input],
    fetcher: &Fetcher,
    index: Option<&IndexCache>,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Corpus {
    let mut links: Vec<String> = Vec::new();
    for input in inputs {
        if let Input::Link(link) = input {
            if !links.contains(link) {
                links.push(link.clone());
            }
        }
    }
    let pages: HashMap<&str, Result<Page, FetchError>> = links
        .iter()
        .map(String::as_str)
        .zip(fetcher.fetch_all(&links, progress))
        .collect();
    corpus::load_with(
        inputs,
        &|link| match &pages[link] {
            Ok(page) => Ok(page.clone()),
            // Some reasons quote the server (a Location, a protocol error).
            Err(err) => Err(crate::sanitize::clean_line(&err.to_string())),
        },
        index,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_location_is_read_against_the_link_it_came_from() {
        let base = "https://example.org/world/2024/toll.html?ref=rss";
        for (location, expected) in [
            ("https://other.org/a", "https://other.org/a"),
            ("//cdn.example.org/a", "https://cdn.example.org/a"),
            ("/login?next=1", "https://example.org/login?next=1"),
            ("toll-2.html", "https://example.org/world/2024/toll-2.html"),
            ("?page=2", "https://example.org/world/2024/toll.html?page=2"),
            ("file:///etc/passwd", "file:///etc/passwd"),
            ("mailto:desk@example.org", "mailto:desk@example.org"),
        ] {
            assert_eq!(resolve(base, location), expected, "{location}");
        }
        assert_eq!(
            resolve("http://127.0.0.1:8080", "b"),
            "http://127.0.0.1:8080/b"
        );
    }

    #[test]
    fn only_http_and_https_are_fetched() {
        assert!(is_web("https://example.org/"));
        assert!(is_web("HTTP://example.org/"));
        assert!(!is_web("ftp://example.org/a.txt"));
        assert!(!is_web("file:///etc/passwd"));
        assert!(!is_web("example.org"));
        let offline = Fetcher::new(&Options {
            offline: true,
            timeout: READ_TIMEOUT,
            cache: None,
            index: None,
        });
        assert!(matches!(
            offline.fetch("file:///etc/passwd"),
            Err(FetchError::Scheme)
        ));
        assert!(matches!(
            offline.fetch("https://example.org/"),
            Err(FetchError::NotCached)
        ));
    }
}
