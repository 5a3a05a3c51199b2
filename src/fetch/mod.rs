//! Fetching links: web pages and feeds over HTTP(S), kept in a cache.
//!
//! A news page changes under the same link, and people give newsdiff the
//! same links again and again, so each response is kept
//! ([`cache`]) and the next fetch asks the server whether it changed
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

use ureq::ResponseExt;

use crate::corpus::{self, Corpus, Input, MAX_FILE_BYTES, Page};
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

/// How links are fetched.
#[derive(Clone, Debug)]
pub struct Options {
    /// Read the cache alone; a link not in it is an error.
    pub offline: bool,
    /// How long to wait for an answer, and for the body.
    pub timeout: Duration,
    /// The cache folder; `None` when the system has none.
    pub cache: Option<PathBuf>,
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
                .max_redirects(MAX_REDIRECTS)
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
        let scheme = link
            .split_once("://")
            .map(|(scheme, _)| scheme.to_ascii_lowercase());
        if !matches!(scheme.as_deref(), Some("http" | "https")) {
            return Err(FetchError::Scheme);
        }
        let cached = self.cache.as_ref().and_then(|cache| cache.get(link));
        let Some(agent) = &self.agent else {
            return cached.map(page).ok_or(FetchError::NotCached);
        };
        let mut request = agent.get(link);
        if let Some(entry) = &cached {
            if let Some(etag) = &entry.etag {
                request = request.header("If-None-Match", etag);
            }
            if let Some(date) = &entry.last_modified {
                request = request.header("If-Modified-Since", date);
            }
        }
        let mut response = request.call().map_err(|err| self.explain(err))?;
        let status = response.status();
        if status == ureq::http::StatusCode::NOT_MODIFIED {
            if let Some(entry) = cached {
                return Ok(page(entry));
            }
        }
        if !status.is_success() {
            let reason = status.canonical_reason().unwrap_or("");
            return Err(FetchError::Status(
                format!("{} {reason}", status.as_u16())
                    .trim_end()
                    .to_string(),
            ));
        }
        if response
            .body()
            .content_length()
            .is_some_and(|length| length > MAX_FILE_BYTES)
        {
            return Err(FetchError::TooLarge);
        }
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|value| value.to_str().ok())
                .map(str::to_string)
        };
        let mut entry = Entry {
            link: link.to_string(),
            url: response.get_uri().to_string(),
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
        if let Some(cache) = &self.cache {
            // The cache only saves time: a page that cannot be kept (a
            // full disk, a read-only home) is still read.
            let _ = cache.put(&entry);
        }
        Ok(page(entry))
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
            ureq::Error::BadUri(uri) => {
                FetchError::Other(format!("not a link that can be fetched ({uri})"))
            }
            other => FetchError::Other(lower_first(&other.to_string())),
        }
    }
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
pub fn now() -> i64 {
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
    corpus::load_with(inputs, &|link| match &pages[link] {
        Ok(page) => Ok(page.clone()),
        Err(err) => Err(err.to_string()),
    })
}
