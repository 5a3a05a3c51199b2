//! Links, the cache and the archive of versions, through the built binary
//! against a server the tests start on 127.0.0.1. Each test has its own
//! cache and archive folders.

mod common;

use std::fs;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use common::{Body, Request, Response, Server};
use predicates::prelude::*;
use serde_json::Value;

fn newsdiff(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("newsdiff").unwrap();
    let dir = std::path::absolute(dir).unwrap();
    cmd.current_dir(&dir)
        .env("XDG_CONFIG_HOME", &dir)
        .env("NEWSDIFF_CACHE_DIR", dir.join("cache"))
        .env("NEWSDIFF_DATA_DIR", dir.join("data"));
    // A proxy of the machine's would stand between the binary and the
    // test's server.
    for proxy in [
        "http_proxy",
        "HTTP_PROXY",
        "https_proxy",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "all_proxy",
    ] {
        cmd.env_remove(proxy);
    }
    cmd
}

/// A news page with furniture around the article.
fn page(outlet: &str, title: &str, paragraphs: &[&str]) -> String {
    let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        "<!DOCTYPE html><html><head><title>{title}</title>\
         <meta property=\"og:site_name\" content=\"{outlet}\"></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\
         <article><h1>{title}</h1>\n{body}</article>\
         <footer>Copyright The Outlet</footer></body></html>"
    )
}

fn toll(figure: &str) -> String {
    page(
        "The Daily",
        "Toll rises after concert hall attack",
        &[
            &format!(
                "At least {figure} people died in the attack on the concert hall on Friday evening, officials said."
            ),
            "Rescuers searched the burning building through the night for survivors and victims.",
            "The president declared a day of national mourning on Sunday.",
        ],
    )
}

fn list_json(dir: &Path, args: &[&str]) -> (Value, String, i32) {
    let output = newsdiff(dir)
        .args(["list", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    let json = serde_json::from_slice(&output.stdout).unwrap_or(Value::Null);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (json, stderr, output.status.code().unwrap())
}

fn texts(listing: &Value, name: &str) -> Vec<String> {
    listing["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a[name].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn a_page_loads_from_its_link_with_its_outlet_title_and_link() {
    let server = Server::start(|_| Response::html(&toll("60")));
    let dir = tempfile::tempdir().unwrap();
    let link = server.url("/world/toll.html");
    let (listing, stderr, code) = list_json(dir.path(), &[&link]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(texts(&listing, "source"), ["The Daily"]);
    assert_eq!(texts(&listing, "path"), [link.as_str()]);
    assert_eq!(texts(&listing, "id"), ["toll"]);
    assert!(texts(&listing, "title")[0].starts_with("Toll rises"));
    let requests = server.requests();
    let agent = requests[0].header("user-agent").unwrap();
    assert!(agent.starts_with("newsdiff/"), "{agent}");
    assert!(agent.contains("(+http"), "{agent}");
}

#[test]
fn redirects_are_followed_a_few_times_and_a_loop_is_named() {
    let server = Server::start(|request: &Request| match request.path.as_str() {
        "/a" => Response::redirect("/b"),
        "/b" => Response::redirect("/story"),
        // Where ureq, left to itself, would take the `file:` redirect.
        "/story" | "/etc/passwd" => Response::html(&toll("60")),
        "/away" => Response::redirect("file:///etc/passwd"),
        _ => Response::redirect("/loop"),
    });
    let dir = tempfile::tempdir().unwrap();
    let (listing, stderr, code) = list_json(
        dir.path(),
        &[
            &server.url("/a"),
            &server.url("/loop"),
            &server.url("/away"),
        ],
    );
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(texts(&listing, "source"), ["The Daily"]);
    assert_eq!(texts(&listing, "url"), [server.url("/story")]);
    assert!(
        stderr.contains(&format!("{}: more than 5 redirects", server.url("/loop"))),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "{}: redirected to file:///etc/passwd, which is no http:// or https:// link",
            server.url("/away")
        )),
        "{stderr}"
    );
    let loops = server
        .requests()
        .iter()
        .filter(|r| r.path == "/loop")
        .count();
    assert!(loops <= 6, "{loops} requests for the loop");
}

#[test]
fn failing_links_are_warnings_naming_them_and_the_rest_loads() {
    let server = Server::start(|request: &Request| match request.path.as_str() {
        "/gone" => Response::new(404, "text/html", "<h1>Not here</h1>"),
        "/broken" => Response::new(500, "text/html", "<h1>Oops</h1>"),
        _ => Response::html(&toll("60")),
    });
    let dir = tempfile::tempdir().unwrap();
    let (listing, stderr, code) = list_json(
        dir.path(),
        &[
            &server.url("/gone"),
            &server.url("/ok"),
            &server.url("/broken"),
            "ftp://127.0.0.1/file.txt",
        ],
    );
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(texts(&listing, "path"), [server.url("/ok")]);
    for expected in [
        format!("{}: the server answered 404 Not Found", server.url("/gone")),
        format!(
            "{}: the server answered 500 Internal Server Error",
            server.url("/broken")
        ),
        "ftp://127.0.0.1/file.txt: only http:// and https:// links are read".to_string(),
    ] {
        assert!(stderr.contains(&expected), "{expected:?} not in {stderr}");
    }
}

#[test]
fn nothing_but_failing_links_exits_2() {
    let server = Server::start(|_| Response::new(404, "text/html", "no"));
    let dir = tempfile::tempdir().unwrap();
    newsdiff(dir.path())
        .args(["list", &server.url("/gone")])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("404 Not Found"));
}

#[test]
fn a_slow_server_times_out_within_the_given_time() {
    let server = Server::start(|_| {
        let mut response = Response::html(&toll("60"));
        response.delay = Duration::from_secs(8);
        response
    });
    let dir = tempfile::tempdir().unwrap();
    let start = Instant::now();
    newsdiff(dir.path())
        .args(["list", "--timeout", "1", &server.url("/slow")])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no answer within 1 s"));
    assert!(
        start.elapsed() < Duration::from_secs(6),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn a_body_over_the_cap_is_refused_whether_or_not_its_length_is_declared() {
    let server = Server::start(|request: &Request| Response {
        status: 200,
        headers: vec![("Content-Type".into(), "text/plain".into())],
        body: Body::Repeat {
            byte: b'a',
            length: 65 * 1024 * 1024,
            declared: request.path == "/declared",
        },
        delay: Duration::ZERO,
    });
    let dir = tempfile::tempdir().unwrap();
    let (_, stderr, code) = list_json(
        dir.path(),
        &[&server.url("/declared"), &server.url("/streamed")],
    );
    assert_eq!(code, 2, "{stderr}");
    for path in ["/declared", "/streamed"] {
        let expected = format!("{}: larger than 64 MiB", server.url(path));
        assert!(stderr.contains(&expected), "{expected:?} not in {stderr}");
    }
}

#[test]
fn the_charset_comes_from_the_header_else_the_pages_meta() {
    // "Привет, мир" in windows-1251 and in KOI8-R: neither is UTF-8, and
    // read as Windows-1252 either would be mojibake.
    let cp1251: &[u8] = b"\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0";
    let koi8: &[u8] = b"\xf0\xd2\xc9\xd7\xc5\xd4, \xcd\xc9\xd2";
    let article = |head: &str, words: &[u8]| {
        [
            format!("<!DOCTYPE html><html><head>{head}<title>").as_bytes(),
            words,
            b"</title></head><body><article><p>",
            words,
            b" - the first paragraph of a long enough article about the greeting.</p><p>",
            words,
            b" - the second paragraph says more about the same greeting.</p></article></body></html>",
        ]
        .concat()
    };
    let (by_header, by_meta) = (
        article("", cp1251),
        article("<meta charset=\"koi8-r\">", koi8),
    );
    let server = Server::start(move |request: &Request| {
        if request.path == "/header" {
            Response::new(200, "text/html; charset=windows-1251", by_header.clone())
        } else {
            Response::new(200, "text/html", by_meta.clone())
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let (listing, stderr, code) =
        list_json(dir.path(), &[&server.url("/header"), &server.url("/meta")]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(texts(&listing, "title"), ["Привет, мир", "Привет, мир"]);
}

#[test]
fn a_pdf_is_named_as_such_by_its_type_or_its_bytes() {
    let server = Server::start(|request: &Request| {
        let kind = if request.path == "/typed" {
            "application/pdf"
        } else {
            "application/octet-stream"
        };
        Response::new(200, kind, &b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"[..])
    });
    let dir = tempfile::tempdir().unwrap();
    let (_, stderr, code) = list_json(
        dir.path(),
        &[&server.url("/typed"), &server.url("/untyped")],
    );
    assert_eq!(code, 2, "{stderr}");
    for path in ["/typed", "/untyped"] {
        let expected = format!("{}: a PDF; convert it to text first", server.url(path));
        assert!(stderr.contains(&expected), "{expected:?} not in {stderr}");
    }
}

#[test]
fn a_feed_link_gives_an_article_an_item_and_track_keeps_the_items_pages() {
    let server = Server::start(|request: &Request| {
        let host = request.header("host").unwrap_or("127.0.0.1");
        match request.path.as_str() {
            "/news.rss" => Response::new(
                200,
                "application/rss+xml",
                format!(
                    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>The Daily</title>\
                     <item><title>One</title><link>http://{host}/one</link>\
                     <description>At least 60 people died, officials said.</description></item>\
                     <item><title>Two</title><link>http://{host}/two</link>\
                     <description>Rescuers searched the hall all night.</description></item>\
                     </channel></rss>"
                ),
            ),
            "/one" => Response::html(&toll("60")),
            _ => Response::new(404, "text/html", "gone"),
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let feed = server.url("/news.rss");
    let (listing, stderr, code) = list_json(dir.path(), &[&feed]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        texts(&listing, "path"),
        [format!("{feed}:1"), format!("{feed}:2")]
    );
    assert_eq!(
        texts(&listing, "url"),
        [server.url("/one"), server.url("/two")]
    );
    let output = newsdiff(dir.path())
        .args(["track", &feed])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let lines: Vec<String> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    assert_eq!(
        lines,
        [
            format!(
                "failed     {}: the server answered 404 Not Found; check the link",
                server.url("/two")
            ),
            format!(
                "new        {}  Toll rises after concert hall attack",
                server.url("/one")
            ),
        ]
    );
}

#[test]
fn several_links_load_in_the_order_given() {
    let server = Server::start(|request: &Request| {
        let n: u64 = request.path.trim_start_matches("/p").parse().unwrap_or(0);
        let mut response = Response::html(&page(
            &format!("Outlet {n}"),
            "Toll rises after concert hall attack",
            &["At least 60 people died in the attack on the concert hall, officials said."],
        ));
        // The first links answer last.
        response.delay = Duration::from_millis(300 * (6 - n));
        response
    });
    let dir = tempfile::tempdir().unwrap();
    let links: Vec<String> = (1..=6).map(|n| server.url(&format!("/p{n}"))).collect();
    let args: Vec<&str> = links.iter().map(String::as_str).collect();
    let start = Instant::now();
    let (listing, stderr, code) = list_json(dir.path(), &args);
    assert_eq!(code, 0, "{stderr}");
    let outlets: Vec<String> = (1..=6).map(|n| format!("Outlet {n}")).collect();
    assert_eq!(texts(&listing, "source"), outlets);
    // One after another would take 6.3 s.
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );
}

/// A server whose page answers with an ETag and says 304 when asked with
/// it; it counts the full answers.
fn revalidating_server(full: Arc<AtomicUsize>) -> Server {
    Server::start(move |request: &Request| {
        if request.header("if-none-match") == Some("\"v1\"") {
            return Response::new(304, "text/html", "");
        }
        full.fetch_add(1, Ordering::SeqCst);
        Response::html(&toll("60")).header("ETag", "\"v1\"")
    })
}

#[test]
fn a_cached_page_is_revalidated_and_a_304_uses_the_cache() {
    let full = Arc::new(AtomicUsize::new(0));
    let server = revalidating_server(Arc::clone(&full));
    let dir = tempfile::tempdir().unwrap();
    let link = server.url("/toll");
    let (first, _, _) = list_json(dir.path(), &[&link]);
    let (second, stderr, code) = list_json(dir.path(), &[&link]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(first["articles"], second["articles"]);
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].header("if-none-match"), None);
    assert_eq!(requests[1].header("if-none-match"), Some("\"v1\""));
    assert_eq!(
        full.load(Ordering::SeqCst),
        1,
        "the second answer was a 304"
    );
}

#[test]
fn new_validators_on_a_304_are_sent_next_time() {
    let server = Server::start(|request: &Request| match request.header("if-none-match") {
        None => Response::html(&toll("60")).header("ETag", "\"v1\""),
        Some(_) => Response::new(304, "text/html", "").header("ETag", "\"v2\""),
    });
    let dir = tempfile::tempdir().unwrap();
    let link = server.url("/toll");
    for _ in 0..3 {
        let (listing, stderr, code) = list_json(dir.path(), &[&link]);
        assert_eq!(code, 0, "{stderr}");
        assert_eq!(texts(&listing, "source"), ["The Daily"]);
    }
    let sent: Vec<_> = server
        .requests()
        .iter()
        .map(|r| r.header("if-none-match").map(str::to_string))
        .collect();
    assert_eq!(
        sent,
        [None, Some("\"v1\"".to_string()), Some("\"v2\"".to_string())]
    );
}

#[test]
fn last_modified_is_sent_back_as_if_modified_since() {
    let date = "Wed, 21 Oct 2026 07:28:00 GMT";
    let server = Server::start(move |request: &Request| {
        if request.header("if-modified-since") == Some(date) {
            return Response::new(304, "text/html", "");
        }
        Response::html(&toll("60")).header("Last-Modified", date)
    });
    let dir = tempfile::tempdir().unwrap();
    let link = server.url("/toll");
    for _ in 0..2 {
        let (_, stderr, code) = list_json(dir.path(), &[&link]);
        assert_eq!(code, 0, "{stderr}");
    }
    assert_eq!(server.requests()[1].header("if-modified-since"), Some(date));
}

#[test]
fn offline_reads_the_cache_alone_and_names_a_link_not_in_it() {
    let full = Arc::new(AtomicUsize::new(0));
    let server = revalidating_server(Arc::clone(&full));
    let dir = tempfile::tempdir().unwrap();
    let (cached, never) = (server.url("/toll"), server.url("/never"));
    let (_, stderr, code) = list_json(dir.path(), &["--offline", &cached]);
    assert_eq!(code, 2, "nothing cached yet: {stderr}");
    assert!(stderr.contains("not in the cache"), "{stderr}");
    list_json(dir.path(), &[&cached]);
    let (listing, stderr, code) = list_json(dir.path(), &["--offline", &cached, &never]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(texts(&listing, "source"), ["The Daily"]);
    assert!(
        stderr.contains(&format!(
            "{never}: not in the cache, and --offline fetches nothing"
        )),
        "{stderr}"
    );
    assert_eq!(
        server.requests().len(),
        1,
        "offline asked the server nothing"
    );
}

#[test]
fn a_damaged_cache_entry_is_fetched_again() {
    let full = Arc::new(AtomicUsize::new(0));
    let server = revalidating_server(Arc::clone(&full));
    let dir = tempfile::tempdir().unwrap();
    let link = server.url("/toll");
    list_json(dir.path(), &[&link]);
    for entry in fs::read_dir(dir.path().join("cache")).unwrap() {
        let path = entry.unwrap().path();
        let bytes = fs::read(&path).unwrap();
        fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    }
    let (listing, stderr, code) = list_json(dir.path(), &[&link]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(texts(&listing, "source"), ["The Daily"]);
    assert_eq!(server.requests()[1].header("if-none-match"), None);
    assert_eq!(full.load(Ordering::SeqCst), 2);
}

#[test]
fn a_page_that_changes_has_two_versions_and_its_figure_is_updated() {
    let fetches = Arc::new(AtomicUsize::new(0));
    let count = Arc::clone(&fetches);
    let server = Server::start(move |_| {
        let figure = if count.fetch_add(1, Ordering::SeqCst) == 0 {
            "60"
        } else {
            "137"
        };
        Response::html(&toll(figure))
    });
    let dir = tempfile::tempdir().unwrap();
    let link = server.url("/world/toll");
    let track = |expected: &str| {
        let output = newsdiff(dir.path())
            .args(["track", &link])
            .output()
            .unwrap();
        let stdout = String::from_utf8(output.stdout).unwrap();
        assert_eq!(output.status.code(), Some(0), "{stdout}");
        assert!(
            stdout.starts_with(&format!("{expected} {link}")),
            "{stdout}"
        );
    };
    track("new       ");
    // Fetch times are kept to the second; versions a second apart.
    std::thread::sleep(Duration::from_millis(1100));
    track("changed   ");
    track("unchanged ");

    let output = newsdiff(dir.path())
        .args(["history", "--format", "json", &link])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let history: Value = serde_json::from_slice(&output.stdout).unwrap();
    follows_the_history_schema(&history);
    let versions = history["versions"].as_array().unwrap();
    assert_eq!(versions.len(), 2);
    assert_eq!(history["links"][0]["url"], link.as_str());
    assert_eq!(versions[0]["words_changed"], Value::Null);
    assert_eq!(versions[1]["words_changed"], 1);
    assert!(
        versions[1]["title"]
            .as_str()
            .unwrap()
            .starts_with("Toll rises")
    );
    let table = newsdiff(dir.path())
        .args(["history", &link])
        .output()
        .unwrap();
    let table = String::from_utf8(table.stdout).unwrap();
    assert_eq!(table.lines().count(), 4, "{table}");

    let output = newsdiff(dir.path())
        .args(["export", "--versions", "--format", "json", &link])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let export: Value = serde_json::from_slice(&output.stdout).unwrap();
    let articles = export["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 2);
    assert!(articles.iter().all(|a| a["source"] == "The Daily"));
    let updated: Vec<_> = export["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["verdict"] == "updated")
        .flat_map(|c| {
            c["mentions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m["value"].clone())
        })
        .collect();
    assert_eq!(updated, [60, 137]);
}

/// Checks `history` against the published schema.
fn follows_the_history_schema(history: &Value) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/history.schema.json");
    let schema: Value = serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.enable_format_assertions();
    compiler
        .add_resource("file:///history.schema.json", schema)
        .unwrap();
    let index = compiler
        .compile("file:///history.schema.json", &mut schemas)
        .unwrap_or_else(|err| panic!("{err:#}"));
    if let Err(err) = schemas.validate(history, index) {
        panic!("{err:#}\n{history:#}");
    }
}

#[test]
fn versions_of_a_link_never_archived_are_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    newsdiff(dir.path())
        .args(["claims", "--versions", "https://example.org/never"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "https://example.org/never: no versions kept; `newsdiff track https://example.org/never` keeps them",
        ));
    newsdiff(dir.path())
        .args(["history", "https://example.org/never"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no versions kept"));
}

#[test]
fn a_damaged_archive_is_refused_and_never_written() {
    let server = Server::start(|_| Response::html(&toll("60")));
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("data/archive.sqlite");
    fs::create_dir_all(archive.parent().unwrap()).unwrap();
    let garbage = b"not an archive at all; someone's notes\n".repeat(200);
    fs::write(&archive, &garbage).unwrap();
    let link = server.url("/toll");
    newsdiff(dir.path())
        .args(["history", &link])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "archive.sqlite: not a newsdiff archive, or damaged",
        ))
        .stderr(predicate::str::contains("move it away"));
    newsdiff(dir.path())
        .args(["track", &link])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a newsdiff archive"));
    // The page still reads; its version is not kept, and that is said.
    let (listing, stderr, code) = list_json(dir.path(), &[&link]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(texts(&listing, "source"), ["The Daily"]);
    assert!(stderr.contains("versions of links not kept"), "{stderr}");
    assert_eq!(fs::read(&archive).unwrap(), garbage);
}

#[test]
fn track_takes_links_only() {
    let dir = tempfile::tempdir().unwrap();
    newsdiff(dir.path())
        .args(["track", "notes.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("notes.txt: not a link"));
}

#[test]
fn two_runs_at_once_share_the_archive() {
    let server = Server::start(|request: &Request| {
        Response::html(&toll(request.path.trim_start_matches('/')))
    });
    let dir = tempfile::tempdir().unwrap();
    let links: Vec<String> = (1..=8).map(|n| server.url(&format!("/{n}"))).collect();
    let dir_path = std::path::absolute(dir.path()).unwrap();
    let runs: Vec<_> = (0..2)
        .map(|_| {
            std::process::Command::new(env!("CARGO_BIN_EXE_newsdiff"))
                .arg("track")
                .args(&links)
                .env("NEWSDIFF_CACHE_DIR", dir_path.join("cache"))
                .env("NEWSDIFF_DATA_DIR", dir_path.join("data"))
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for run in runs {
        let output = run.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{stderr}");
        assert_eq!(String::from_utf8(output.stdout).unwrap().lines().count(), 8);
    }
    let output = newsdiff(dir.path())
        .args(["history", "--format", "json"])
        .output()
        .unwrap();
    let history: Value = serde_json::from_slice(&output.stdout).unwrap();
    follows_the_history_schema(&history);
    let counts: Vec<usize> = history["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|link| link["versions"].as_array().unwrap().len())
        .collect();
    assert_eq!(counts, [1; 8], "each page kept once, whichever run kept it");
}

#[test]
fn a_run_stopped_midway_keeps_what_it_kept_and_the_archive_opens() {
    let server = Server::start(|request: &Request| {
        let host = request.header("host").unwrap_or("127.0.0.1").to_string();
        match request.path.as_str() {
            "/news.rss" => Response::new(
                200,
                "application/rss+xml",
                format!(
                    "<rss version=\"2.0\"><channel><title>The Daily</title>\
                     <item><title>Slow</title><link>http://{host}/slow</link>\
                     <description>A summary.</description></item></channel></rss>"
                ),
            ),
            "/slow" => {
                let mut response = Response::html(&toll("137"));
                response.delay = Duration::from_secs(20);
                response
            }
            _ => Response::html(&toll("60")),
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let dir_path = std::path::absolute(dir.path()).unwrap();
    let page = server.url("/toll");
    let mut run = std::process::Command::new(env!("CARGO_BIN_EXE_newsdiff"))
        .args(["track", &page, &server.url("/news.rss")])
        .env("NEWSDIFF_CACHE_DIR", dir_path.join("cache"))
        .env("NEWSDIFF_DATA_DIR", dir_path.join("data"))
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(run.stdout.take().unwrap()),
        &mut first,
    )
    .unwrap();
    assert!(first.starts_with(&format!("new        {page}")), "{first}");
    // Killed while it waits for the feed item's slow page.
    run.kill().unwrap();
    run.wait().unwrap();
    let output = newsdiff(dir.path())
        .args(["history", "--format", "json", &page])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let history: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(history["versions"].as_array().unwrap().len(), 1);
}
