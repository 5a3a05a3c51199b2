//! The command line, through the built binary, each test in its own
//! temporary folder.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use unicode_width::UnicodeWidthStr;

const SEED_IDS: [&str; 5] = [
    "000_8bd36a165a8504ce",
    "001_5d229ea3870d1d12",
    "002_3998a47e31f20c4c",
    "003_12b1194fc15ca6a7",
    "004_310e81df929d18ea",
];

fn newsdiff(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("newsdiff").unwrap();
    // The config file is looked for in the test's own folder, never in the
    // home folder of whoever runs the tests.
    cmd.current_dir(dir)
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .env("XDG_CONFIG_HOME", std::path::absolute(dir).unwrap())
        .env("NEWSDIFF_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"));
    cmd
}

/// Runs to success and returns what was printed.
trait SuccessStdout {
    fn success_stdout(&mut self) -> Vec<u8>;
}

impl SuccessStdout for Command {
    fn success_stdout(&mut self) -> Vec<u8> {
        self.assert().success().get_output().stdout.clone()
    }
}

fn seed(name: &str) -> String {
    format!("{}/assets/seeds/{name}.txt", env!("CARGO_MANIFEST_DIR"))
}

fn json(output: &[u8]) -> Value {
    serde_json::from_slice(output).expect("valid JSON")
}

/// Each listed article's id, outlet and date, in order.
fn who_and_when(listing: &Value) -> Vec<(&str, &str, &str)> {
    let ids = field(&listing["articles"], "id");
    let sources = field(&listing["articles"], "source");
    let dates = field(&listing["articles"], "date");
    (0..ids.len())
        .map(|i| (ids[i], sources[i], dates[i]))
        .collect()
}

/// One string field of every object in a JSON array: the ids of
/// `articles`, the texts of `paragraphs`.
fn field<'a>(list: &'a Value, name: &str) -> Vec<&'a str> {
    list.as_array()
        .expect("a JSON array")
        .iter()
        .map(|item| item[name].as_str().expect("a string field"))
        .collect()
}

#[test]
fn list_json_shows_the_bundled_articles_from_any_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = newsdiff(dir.path())
        .args(["list", "--format", "json"])
        .success_stdout();
    let listing = json(&out);
    let articles = listing["articles"].as_array().unwrap();
    let ids: Vec<_> = articles.iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(ids, SEED_IDS);
    let dates: Vec<_> = articles
        .iter()
        .map(|a| a["date"].as_str().unwrap())
        .collect();
    assert_eq!(
        dates,
        [
            "2024-03-24",
            "2024-03-25",
            "2024-03-24",
            "2024-03-25",
            "2024-03-23"
        ]
    );
    assert_eq!(listing["skipped"], Value::Array(vec![]));
}

#[test]
fn list_table_has_a_header_and_a_line_per_article() {
    let dir = tempfile::tempdir().unwrap();
    newsdiff(dir.path())
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("ID "))
        .stdout(predicate::function(|out: &str| out.lines().count() == 6));
}

#[test]
fn export_json_follows_the_schema() {
    let dir = tempfile::tempdir().unwrap();
    let out = newsdiff(dir.path())
        .args([
            "export",
            "--format",
            "json",
            &seed(SEED_IDS[0]),
            &seed(SEED_IDS[1]),
        ])
        .success_stdout();
    let text = String::from_utf8(out.clone()).unwrap();
    let places: Vec<_> = ["version", "articles", "rows", "claims", "unique"]
        .iter()
        .map(|key| {
            text.find(&format!("\n  \"{key}\":"))
                .unwrap_or_else(|| panic!("no top-level {key}"))
        })
        .collect();
    assert!(
        places.windows(2).all(|w| w[0] < w[1]),
        "stable key order: {places:?}"
    );
    let export = json(&out);
    assert_eq!(export["version"], 1);
    let articles = export["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 2);
    for article in articles {
        for key in ["id", "source", "date", "title", "path", "paragraphs"] {
            assert!(article.get(key).is_some(), "article lacks {key}");
        }
        for (i, p) in article["paragraphs"].as_array().unwrap().iter().enumerate() {
            assert_eq!(p["index"], i);
            assert!(["body", "heading", "boilerplate"].contains(&p["kind"].as_str().unwrap()));
            assert!(!p["text"].as_str().unwrap().is_empty());
        }
    }
    assert_eq!(articles[0]["date"], "2024-03-24");
    let mut seen = [Vec::new(), Vec::new()];
    for row in export["rows"].as_array().unwrap() {
        assert!(["same", "changed", "related", "unique"].contains(&row["kind"].as_str().unwrap()));
        let similarity = row["similarity"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&similarity));
        let cells = row["cells"].as_object().unwrap();
        assert_eq!(cells.len(), 2, "every article named in every row");
        for (a, id) in SEED_IDS[..2].iter().enumerate() {
            seen[a].extend(
                cells[*id]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_u64().unwrap()),
            );
        }
    }
    for (a, seen) in seen.iter_mut().enumerate() {
        seen.sort_unstable();
        let count = articles[a]["paragraphs"].as_array().unwrap().len() as u64;
        assert_eq!(
            *seen,
            (0..count).collect::<Vec<_>>(),
            "every paragraph in exactly one row"
        );
    }
    check_claims(&export);
}

/// Checks the `claims`, `unique` and `names` of a JSON output against its
/// own articles: every mention and fact points at a paragraph that holds
/// its text.
fn check_claims(report: &Value) {
    let paragraph = |id: &str, index: &Value| -> String {
        let article = report["articles"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["id"] == id)
            .unwrap_or_else(|| panic!("{id} is not an article of the report"));
        match article.get("paragraphs") {
            Some(paragraphs) => paragraphs[index.as_u64().unwrap() as usize]["text"]
                .as_str()
                .unwrap()
                .to_string(),
            None => String::new(),
        }
    };
    let qualifiers = [
        "exact",
        "at_least",
        "more_than",
        "about",
        "nearly",
        "up_to",
        "less_than",
        "between",
    ];
    let verdicts = ["same", "compatible", "conflict", "updated", "unique"];
    for claim in report["claims"].as_array().unwrap() {
        assert!(!claim["quantity"].as_str().unwrap().is_empty());
        assert!(verdicts.contains(&claim["verdict"].as_str().unwrap()));
        assert!(claim["articles"].as_u64().unwrap() >= 1);
        for m in claim["mentions"].as_array().unwrap() {
            assert!(m["value"].is_number());
            assert!(qualifiers.contains(&m["qualifier"].as_str().unwrap()));
            assert!(m["unit"].is_string());
            let text = m["text"].as_str().unwrap();
            assert!(paragraph(m["article"].as_str().unwrap(), &m["paragraph"]).contains(text));
        }
    }
    for fact in report["unique"].as_array().unwrap() {
        assert!(["name", "figure"].contains(&fact["kind"].as_str().unwrap()));
        let text = fact["text"].as_str().unwrap();
        assert!(paragraph(fact["article"].as_str().unwrap(), &fact["paragraph"]).contains(text));
    }
    for name in report["names"].as_array().unwrap() {
        assert!(name["name"].is_string() && name["aliases"].is_array());
    }
}

#[test]
fn claims_show_the_bundled_tolls_as_one_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let report = json(
        &newsdiff(dir.path())
            .args(["claims", "--format", "json"])
            .success_stdout(),
    );
    let deaths: Vec<&Value> = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["quantity"] == "deaths")
        .collect();
    assert_eq!(deaths.len(), 1, "one deaths claim");
    assert_eq!(deaths[0]["verdict"], "conflict");
    let mut tolls: Vec<(String, u64, u64, String)> = deaths[0]["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["article"].as_str().unwrap().to_string(),
                m["paragraph"].as_u64().unwrap(),
                m["value"].as_u64().unwrap(),
                m["qualifier"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    tolls.sort();
    let expected = [
        (SEED_IDS[1], 2, 130, "more_than"),
        (SEED_IDS[2], 3, 60, "at_least"),
        (SEED_IDS[3], 0, 137, "exact"),
        (SEED_IDS[4], 0, 60, "about"),
    ]
    .map(|(id, p, v, q)| (id.to_string(), p, v, q.to_string()));
    assert_eq!(tolls, expected);
    // The Li Wei of DESIGN's example is one article's own.
    assert!(
        report["unique"].as_array().unwrap().iter().any(|f| {
            f["article"] == SEED_IDS[4] && f["paragraph"] == 2 && f["text"] == "Li Wei"
        })
    );
    // Aliases are one name, never a disagreement.
    let names = report["names"].as_array().unwrap();
    assert!(names.iter().any(|n| {
        let forms: Vec<&str> = std::iter::once(&n["name"])
            .chain(n["aliases"].as_array().unwrap())
            .map(|f| f.as_str().unwrap())
            .collect();
        forms.contains(&"IS-K") && forms.contains(&"Islamic State in Khorasan")
    }));

    let table = newsdiff(dir.path()).arg("claims").success_stdout();
    let table = String::from_utf8(table).unwrap();
    let line = table.lines().find(|l| l.starts_with("deaths")).unwrap();
    assert!(line.contains("conflict"), "{line}");
    assert!(table.contains("approximately 60 people dead"));
    assert!(table.contains("Only one article reports:"));
}

#[test]
fn export_text_is_two_columns_within_the_width() {
    let dir = tempfile::tempdir().unwrap();
    let out = newsdiff(dir.path())
        .args([
            "export",
            "--format",
            "text",
            "--width",
            "100",
            &seed(SEED_IDS[0]),
            &seed(SEED_IDS[1]),
        ])
        .success_stdout();
    let text = String::from_utf8(out).unwrap();
    assert!(text.lines().all(|l| l.width() <= 100), "{text}");
    let columns = text.lines().filter(|l| l.contains(" │ ")).count();
    assert!(columns > 20, "side by side: {text}");
    let both = text
        .lines()
        .any(|l| l.starts_with("≈ Following a") && l.contains("│ ≈ Following a"));
    assert!(both, "the two ledes share a line: {text}");
}

#[test]
fn export_to_a_file_is_written_whole_and_a_missing_folder_fails_with_2() {
    let dir = tempfile::tempdir().unwrap();
    newsdiff(dir.path())
        .args(["export", "--format", "json", "-o", "out.json"])
        .assert()
        .success()
        .stdout("");
    let export = json(&fs::read(dir.path().join("out.json")).unwrap());
    assert_eq!(export["articles"].as_array().unwrap().len(), 5);
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left"
    );
    newsdiff(dir.path())
        .args(["export", "-o", "missing/out.txt"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("newsdiff: missing/out.txt:")
                .and(predicate::str::contains("does not exist")),
        );
}

/// Issue 16: `-o` naming an article (directly, through a link, or inside
/// a folder being read) is refused with 2 and the article is untouched.
#[test]
fn an_article_being_compared_is_never_the_export() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    fs::create_dir(&articles).unwrap();
    for (n, id) in SEED_IDS[..2].iter().enumerate() {
        fs::copy(seed(id), articles.join(format!("in{n}.txt"))).unwrap();
    }
    let before = fs::read(articles.join("in0.txt")).unwrap();
    let refused = |args: &[&str]| {
        newsdiff(dir.path())
            .arg("export")
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("never overwritten"));
    };
    refused(&[
        "articles/in0.txt",
        "articles/in1.txt",
        "-o",
        "articles/in0.txt",
    ]);
    refused(&["articles", "-o", "articles/in1.txt", "--format", "json"]);
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("articles/in0.txt", dir.path().join("link.txt")).unwrap();
        refused(&["articles/in0.txt", "articles/in1.txt", "-o", "link.txt"]);
    }
    assert_eq!(fs::read(articles.join("in0.txt")).unwrap(), before);
    newsdiff(dir.path())
        .args(["export", "articles", "-o", "out.txt"])
        .assert()
        .success();
}

#[test]
fn skipped_inputs_are_named_and_exit_1_while_the_rest_loads() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("good.txt"),
        "A paragraph about the harbour.",
    )
    .unwrap();
    fs::write(dir.path().join("empty.txt"), "\n\n").unwrap();
    let out = newsdiff(dir.path())
        .args([
            "list",
            "--format",
            "json",
            "good.txt",
            "empty.txt",
            "nothing-here.txt",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("newsdiff: empty.txt: empty"))
        .stderr(predicate::str::contains(
            "newsdiff: nothing-here.txt: no such file or folder",
        ))
        .get_output()
        .stdout
        .clone();
    let listing = json(&out);
    assert_eq!(listing["articles"][0]["id"], "good");
    assert_eq!(listing["skipped"].as_array().unwrap().len(), 2);
}

#[test]
fn no_readable_article_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    newsdiff(dir.path())
        .args(["export", "nothing-here.txt"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("no readable article"));
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    newsdiff(dir.path())
        .args(["export", "--format", "pdf"])
        .assert()
        .code(2);
    newsdiff(dir.path())
        .args(["export", "--width", "5"])
        .assert()
        .code(2);
}

#[test]
fn an_article_on_standard_input() {
    let dir = tempfile::tempdir().unwrap();
    let out = newsdiff(dir.path())
        .args(["list", "--format", "json", "-"])
        .write_stdin("---\nsource: Stdin Times\ndate: 2024-05-01\n---\nBody text.\n")
        .success_stdout();
    let listing = json(&out);
    assert_eq!(listing["articles"][0]["id"], "stdin");
    assert_eq!(listing["articles"][0]["source"], "Stdin Times");
    assert_eq!(listing["articles"][0]["date"], "2024-05-01");
}

/// Three articles, one a line, the second one broken.
const FEED: &str = concat!(
    r#"{"source": "The Daily", "date": "2024-03-24T18:05:00Z", "text": "At least 137 people died in the attack.\n\nOfficials said 60 were hurt."}"#,
    "\n",
    r#"{"source": "Broken", "text": "unterminated"#,
    "\n",
    r#"{"id": "wire", "source": "The Wire", "date": "2024-03-24", "text": "At least 133 people died in the attack.\n\nOfficials said 60 were hurt."}"#,
    "\n",
);

#[test]
fn json_lines_in_a_folder_load_every_good_line_and_name_the_bad_one() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("feeds")).unwrap();
    fs::write(dir.path().join("feeds/feed.jsonl"), FEED).unwrap();
    let out = newsdiff(dir.path())
        .args(["list", "--format", "json", "feeds"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "newsdiff: feeds/feed.jsonl:2: not JSON",
        ))
        .get_output()
        .stdout
        .clone();
    let listing = json(&out);
    let got = who_and_when(&listing);
    assert_eq!(
        got,
        [
            ("feed-1", "The Daily", "2024-03-24T18:05:00Z"),
            ("wire", "The Wire", "2024-03-24")
        ]
    );
    assert_eq!(listing["skipped"].as_array().unwrap().len(), 1);
}

#[test]
fn json_lines_on_standard_input_and_as_a_path() {
    let dir = tempfile::tempdir().unwrap();
    let good: String = FEED
        .lines()
        .filter(|l| !l.contains("Broken"))
        .map(|l| format!("{l}\n"))
        .collect();
    let out = newsdiff(dir.path())
        .args(["list", "--format", "json", "-"])
        .write_stdin(good.clone())
        .success_stdout();
    let listing = json(&out);
    let paths: Vec<_> = listing["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["-:1", "-:2"]);
    fs::write(dir.path().join("feed.jsonl"), good).unwrap();
    let out = newsdiff(dir.path())
        .args(["claims", "--format", "json", "feed.jsonl"])
        .success_stdout();
    let report = String::from_utf8(out).unwrap();
    assert!(report.contains("137") && report.contains("133"), "{report}");
}

#[test]
fn hostile_text_never_reaches_the_output_raw() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("evil.txt"),
        "Clear\u{1b}[2J screen \u{9b}31m and \u{202e}reversed\u{202c} text.",
    )
    .unwrap();
    for format in ["text", "markdown", "html", "json"] {
        let out = newsdiff(dir.path())
            .args(["export", "--format", format, "evil.txt"])
            .success_stdout();
        let text = String::from_utf8(out).unwrap();
        assert!(
            !text.contains(['\u{1b}', '\u{9b}', '\u{202e}', '\u{202c}']),
            "{format}: {text:?}"
        );
    }
}

#[test]
fn help_and_version() {
    let dir = tempfile::tempdir().unwrap();
    newsdiff(dir.path())
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Exit status"));
    newsdiff(dir.path())
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("newsdiff "));
    newsdiff(dir.path())
        .args(["export", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--width"));
}

#[test]
fn the_reader_needs_a_terminal_and_says_what_to_use_instead() {
    let dir = tempfile::tempdir().unwrap();
    newsdiff(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("newsdiff export"));
}

#[test]
fn dash_as_output_is_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let out = newsdiff(dir.path())
        .args(["export", "--format", "json", "-o", "-"])
        .success_stdout();
    assert_eq!(json(&out)["version"], 1);
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no file named -"
    );
}

#[test]
fn shell_completions_name_the_commands() {
    let dir = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish"] {
        newsdiff(dir.path())
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains("export").and(predicate::str::contains("width")));
    }
    newsdiff(dir.path())
        .args(["completions", "tcsh"])
        .assert()
        .code(2);
}

/// The bundled pair that conflicts on the toll: 137 dead, and about 60.
fn tolls() -> [String; 2] {
    [seed(SEED_IDS[3]), seed(SEED_IDS[4])]
}

#[test]
fn export_markdown_has_headings_tables_and_the_conflicting_figures() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["markdown", "md"] {
        let out = newsdiff(dir.path())
            .args(["export", "--format", format])
            .args(tolls())
            .success_stdout();
        let md = String::from_utf8(out).unwrap();
        assert!(md.starts_with("# Comparison of 2 articles\n"), "{md}");
        assert!(md.contains("\n## Claims\n"), "{md}");
        assert!(md.contains("\n## Only one article reports\n"), "{md}");
        let deaths = md
            .lines()
            .find(|l| l.starts_with("| deaths |"))
            .expect("a deaths row");
        assert!(
            deaths.contains("**conflict**") && deaths.contains("| 137 |"),
            "{deaths}"
        );
        assert!(
            md.contains("| about 60 | approximately 60 people dead |"),
            "{md}"
        );
    }
}

#[test]
fn export_html_is_one_self_contained_page_holding_the_figures() {
    let dir = tempfile::tempdir().unwrap();
    newsdiff(dir.path())
        .args(["export", "-o", "cmp.html"])
        .args(tolls())
        .assert()
        .success()
        .stdout("");
    let html = fs::read_to_string(dir.path().join("cmp.html")).unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>"),
        "the format follows the extension"
    );
    for outside in [
        "<script", "<link", "src=", "http://", "https://", "@import", "url(",
    ] {
        assert!(!html.contains(outside), "fetches nothing: {outside}");
    }
    assert!(html.contains(">137</td>") && html.contains("approximately 60 people dead"));
    assert!(html.contains("<span class=\"badge conflict\">conflict</span>"));
}

#[test]
fn the_format_follows_the_output_extension_unless_given() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        newsdiff(dir.path())
            .arg("export")
            .args(args)
            .assert()
            .success();
    };
    run(&["-o", "a.md"]);
    run(&["-o", "b.JSON"]);
    run(&["-o", "c.txt"]);
    run(&["-o", "d.json", "--format", "text"]);
    run(&["-o", "e.htm"]);
    run(&["-o", "f.pdf"]);
    let read = |name: &str| fs::read_to_string(dir.path().join(name)).unwrap();
    assert!(read("a.md").starts_with("# Comparison"));
    assert_eq!(json(read("b.JSON").as_bytes())["version"], 1);
    assert!(read("c.txt").starts_with("= same"));
    assert!(read("d.json").starts_with("= same"), "--format wins");
    assert!(read("e.htm").starts_with("<!DOCTYPE html>"));
    assert!(
        read("f.pdf").starts_with("= same"),
        "unknown extensions get text"
    );
}

#[test]
fn colour_follows_color_no_color_and_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let coloured = |color: &str, env: &[(&str, &str)]| -> bool {
        let mut cmd = newsdiff(dir.path());
        cmd.env_remove("CLICOLOR_FORCE").env_remove("CLICOLOR");
        for (key, value) in env {
            cmd.env(key, value);
        }
        let out = cmd
            .args(["export", "--color", color])
            .args(tolls())
            .success_stdout();
        out.contains(&0x1b)
    };
    assert!(coloured("always", &[]));
    assert!(
        coloured("always", &[("NO_COLOR", "1")]),
        "--color always is an explicit request"
    );
    assert!(!coloured("never", &[("CLICOLOR_FORCE", "1")]));
    assert!(!coloured("auto", &[]), "a pipe is not a terminal");
    assert!(coloured("auto", &[("CLICOLOR_FORCE", "1")]));
    assert!(
        !coloured("auto", &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]),
        "NO_COLOR wins over auto"
    );
    assert!(
        coloured("auto", &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "")]),
        "an empty NO_COLOR is unset"
    );
    for format in ["markdown", "html", "json"] {
        let out = newsdiff(dir.path())
            .args(["export", "--color", "always", "--format", format])
            .args(tolls())
            .success_stdout();
        assert!(!out.contains(&0x1b), "{format} is never coloured with ANSI");
    }
    newsdiff(dir.path())
        .args(["export", "--color", "sometimes"])
        .assert()
        .code(2);
}

/// A folder nobody may write to: /sys refuses new files even to root,
/// where a folder's permissions stop nobody.
#[cfg(target_os = "linux")]
#[test]
fn a_read_only_folder_fails_with_2_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    newsdiff(dir.path())
        .args(["export", "-o", "/sys/newsdiff-test.json"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::eq(
            "newsdiff: /sys/newsdiff-test.json: cannot write in /sys (permission denied); choose a folder you can write to\n",
        ));
}

#[cfg(unix)]
#[test]
fn a_write_protected_folder_fails_with_2_even_for_root() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("locked");
    fs::create_dir(&locked).unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o555)).unwrap();
    // Even root, whom the permissions would not stop, is refused: the
    // folder is marked read-only.
    newsdiff(dir.path())
        .args(["export", "-o", "locked/out.txt"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::starts_with("newsdiff: locked/out.txt: cannot write in locked")
                .and(predicate::str::contains("permission denied")),
        );
    assert_eq!(
        fs::read_dir(&locked).unwrap().count(),
        0,
        "nothing left behind"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_device_fails_with_2_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    newsdiff(dir.path())
        .args(["export", "-o", "/dev/full"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "newsdiff: /dev/full: no space left on the device",
        ));
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::io::Read;
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    // Longer than a pipe's buffer (the JSON is over 96 KiB), so the writer
    // meets the closed end; plain words, so comparing it is quick.
    let paragraph = "the boats sail slowly out of the harbour ".repeat(300);
    let long = vec![paragraph; 8].join("\n\n");
    fs::write(dir.path().join("long.txt"), &long).unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("newsdiff"))
        .current_dir(dir.path())
        .env("NEWSDIFF_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
        .args(["export", "--format", "json", "long.txt"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut start = [0; 16];
    child.stdout.take().unwrap().read_exact(&mut start).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty());
}

/// Copies the articles (not the labels) of benchmark events into `dir`,
/// one subfolder each, as a reader's mixed folder would hold them.
fn mix_events(dir: &Path, events: &[&str]) {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("eval/data/outlets");
    for event in events {
        fs::create_dir(dir.join(event)).unwrap();
        for entry in fs::read_dir(data.join(event)).unwrap().flatten() {
            if entry.path().extension().is_some_and(|e| e == "md") {
                fs::copy(entry.path(), dir.join(event).join(entry.file_name())).unwrap();
            }
        }
    }
}

/// The ids of each story in a `stories --format json` output.
fn story_ids(output: &[u8]) -> Vec<Vec<String>> {
    members(&json(output)["stories"])
}

/// The article ids of each story in `stories`, whose articles are ids (an
/// export's) or objects with an id (`newsdiff stories`).
fn members(stories: &Value) -> Vec<Vec<String>> {
    stories
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            s["articles"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a.as_str().or(a["id"].as_str()).unwrap().to_string())
                .collect()
        })
        .collect()
}

#[test]
fn stories_of_the_bundled_sample_are_one_story_of_five() {
    let dir = tempfile::tempdir().unwrap();
    let out = newsdiff(dir.path())
        .args(["stories", "--format", "json"])
        .success_stdout();
    let stories = story_ids(&out);
    assert_eq!(stories.len(), 1);
    let mut ids = stories[0].clone();
    ids.sort();
    assert_eq!(ids, SEED_IDS);
    newsdiff(dir.path())
        .arg("stories")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Story 1: 5 articles, 2024-03-23 to 2024-03-25: ",
        ))
        .stdout(predicate::function(|out: &str| out.lines().count() == 7));
}

#[test]
fn stories_split_a_folder_mixing_two_events() {
    let dir = tempfile::tempdir().unwrap();
    mix_events(dir.path(), &["ostler-dam-collapse", "cardavel-recall"]);
    let out = newsdiff(dir.path())
        .args(["stories", "--format", "json", "."])
        .success_stdout();
    assert_eq!(
        story_ids(&out),
        [
            vec![
                "daily-signal",
                "kellmoor-courier",
                "northern-wire",
                "radio-varne",
                "the-meridian"
            ],
            vec![
                "health-desk",
                "market-ledger",
                "the-chronicle",
                "lessing-gazette"
            ]
        ]
    );
}

#[test]
fn stories_say_when_the_partners_bound_cut_the_scoring() {
    let dir = tempfile::tempdir().unwrap();
    mix_events(dir.path(), &["ostler-dam-collapse", "cardavel-recall"]);
    newsdiff(dir.path())
        .args(["stories", "."])
        .assert()
        .success()
        .stderr("");
    let bounded = newsdiff(dir.path())
        .args(["stories", "--budget", "story_partners=2", "--format", "json", "."])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "newsdiff: note: stories: so many articles share their keywords that each looked for at most 2 to be scored against by its words and 2 by its names (story_partners)",
        ))
        .get_output()
        .stdout
        .clone();
    let whole = newsdiff(dir.path())
        .args(["stories", "--format", "json", "."])
        .success_stdout();
    // Two events of four and five reports: two partners a side still
    // join each one whole.
    assert_eq!(story_ids(&bounded), story_ids(&whole));
    // With --story N the note is one of the comparison's cuts.
    let export = newsdiff(dir.path())
        .args(["export", "--format", "json", "--story", "1"])
        .args(["--budget", "story_partners=2", "."])
        .success_stdout();
    let cuts = &json(&export)["cuts"];
    assert!(
        cuts[0]
            .as_str()
            .is_some_and(|cut| cut.starts_with("stories: ")),
        "{cuts}"
    );
}

#[test]
fn stories_json_has_a_stable_shape() {
    let dir = tempfile::tempdir().unwrap();
    let out = newsdiff(dir.path())
        .args(["stories", "--format", "json"])
        .success_stdout();
    let text = String::from_utf8(out.clone()).unwrap();
    let version = text.find("\n  \"version\":").unwrap();
    let stories = text.find("\n  \"stories\":").unwrap();
    assert!(version < stories, "stable key order");
    let report = json(&out);
    assert_eq!(report.as_object().unwrap().len(), 2);
    assert_eq!(report["version"], 1);
    let story = &report["stories"][0];
    assert_eq!(story.as_object().unwrap().len(), 2);
    let title = text.find("\n      \"title\":").unwrap();
    let articles = text.find("\n      \"articles\":").unwrap();
    assert!(stories < title && title < articles, "stable key order");
    assert!(!story["title"].as_str().unwrap().is_empty());
    for article in story["articles"].as_array().unwrap() {
        for key in ["id", "source", "date", "title", "path"] {
            assert!(article.get(key).is_some(), "article lacks {key}");
        }
    }
    let dates: Vec<&str> = story["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["date"].as_str().unwrap())
        .collect();
    assert!(
        dates.windows(2).all(|w| w[0] <= w[1]),
        "oldest first: {dates:?}"
    );
}

#[test]
fn stories_exit_1_when_inputs_were_skipped_and_2_when_nothing_loads() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("good.txt"),
        "A paragraph about the harbour.",
    )
    .unwrap();
    newsdiff(dir.path())
        .args(["stories", "good.txt", "nothing-here.txt"])
        .assert()
        .code(1)
        .stdout(predicate::str::starts_with("Story 1: 1 article, undated: "))
        .stderr(predicate::str::contains(
            "newsdiff: nothing-here.txt: no such file or folder",
        ));
    newsdiff(dir.path())
        .args(["stories", "nothing-here.txt"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("no readable article"));
    newsdiff(dir.path())
        .args(["stories", "--format", "yaml"])
        .assert()
        .code(2);
}

#[test]
fn config_path_follows_xdg_config_home() {
    let dir = tempfile::tempdir().unwrap();
    newsdiff(dir.path())
        .args(["config", "path"])
        .assert()
        .success()
        .stdout(format!(
            "{}\n",
            dir.path().join("newsdiff").join("config.toml").display()
        ));
}

#[test]
fn the_config_file_sets_export_defaults_and_the_command_line_wins() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("newsdiff")).unwrap();
    fs::write(
        dir.path().join("newsdiff").join("config.toml"),
        "[export]\nwidth = 40\ncolor = \"always\"\n",
    )
    .unwrap();
    let out = String::from_utf8(newsdiff(dir.path()).arg("export").success_stdout()).unwrap();
    assert!(out.contains("\u{1b}["), "colour from the config");
    let plain = String::from_utf8(
        newsdiff(dir.path())
            .args(["export", "--color", "never"])
            .success_stdout(),
    )
    .unwrap();
    assert!(!plain.contains('\u{1b}'), "--color wins");
    use unicode_width::UnicodeWidthStr;
    assert!(plain.lines().all(|line| line.width() <= 40), "{plain}");
    assert!(plain.lines().any(|line| line.width() > 30));
}

#[test]
fn a_mistaken_config_file_is_named_and_the_defaults_used() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("newsdiff")).unwrap();
    fs::write(
        dir.path().join("newsdiff").join("config.toml"),
        "[export]\nwidht = 40\n",
    )
    .unwrap();
    newsdiff(dir.path())
        .args(["export", "--width", "60"])
        .assert()
        .success()
        .stderr(
            predicate::str::contains("config.toml: unknown field `widht`")
                .and(predicate::str::contains("using the defaults")),
        );
}

/// Four versions of one outlet's story on one day, told apart only by
/// their time, and a second outlet: the toll is an update shown as a
/// timeline, with each version's time, never a conflict.
#[test]
fn same_day_versions_are_a_timeline_with_their_times() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("story");
    fs::create_dir(&story).unwrap();
    let version = |name: &str, source: &str, date: &str, toll: u32| {
        let text = format!(
            "---\ntitle: Mine collapse\nsource: {source}\ndate: {date}\n---\n\nRescuers said {toll} people were killed when the mine collapsed.\n"
        );
        fs::write(story.join(format!("{name}.md")), text).unwrap();
    };
    version("wire-a", "Wire", "2024-06-08T06:10:00Z", 9);
    version("wire-b", "Wire", "2024-06-08T09:45:00Z", 17);
    version("wire-c", "Wire", "2024-06-08T15:30:00Z", 23);
    version("wire-d", "Wire", "2024-06-08T19:05:00Z", 26);
    version("post", "Post", "2024-06-08T20:00:00+01:00", 26);
    let out = newsdiff(dir.path())
        .args(["claims", "--format", "json", "story"])
        .success_stdout();
    let report = json(&out);
    let deaths = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["quantity"] == "deaths")
        .expect("a deaths claim");
    assert_eq!(deaths["verdict"], "updated");
    let dates = field(&report["articles"], "date");
    assert!(dates.contains(&"2024-06-08T20:00:00+01:00"), "{dates:?}");
    let table = String::from_utf8(
        newsdiff(dir.path())
            .args(["claims", "story"])
            .success_stdout(),
    )
    .unwrap();
    let order: Vec<usize> = ["06:10 UTC", "09:45 UTC", "15:30 UTC", "19:05 UTC"]
        .iter()
        .map(|time| {
            table
                .find(time)
                .unwrap_or_else(|| panic!("{time} in {table}"))
        })
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{table}");
}

/// A ferry sinking and a mill fire, two outlets each, in one folder.
fn two_events(dir: &Path) {
    let events = dir.join("events");
    fs::create_dir(&events).unwrap();
    let write = |name: &str, source: &str, title: &str, body: &str| {
        fs::write(
            events.join(format!("{name}.md")),
            format!("---\nsource: {source}\ndate: 2025-06-02\ntitle: {title}\n---\n{body}\n"),
        )
        .unwrap();
    };
    write(
        "ferry-a",
        "Harbour Herald",
        "Ferry Marisol sinks off Kell Point",
        "The ferry Marisol sank off Kell Point on Sunday. Coastguard crews rescued 212 passengers near Kell Point.\n\nCaptain Ines Varga said the Marisol hit rocks in fog.",
    );
    write(
        "ferry-b",
        "Island Post",
        "Marisol ferry lost at Kell Point",
        "The Marisol ferry went down off Kell Point. The coastguard said 230 passengers were rescued at Kell Point.\n\nVarga, the Marisol's captain, blamed fog and rocks.",
    );
    write(
        "mill-a",
        "Valley News",
        "Fire destroys Brennock textile mill",
        "A fire destroyed the Brennock textile mill in Ashford overnight. All 150 staff of the Brennock mill got out, Ashford fire chief Tom Reyes said.\n\nThe Brennock mill had operated in Ashford since 1890.",
    );
    write(
        "mill-b",
        "County Times",
        "Brennock mill blaze in Ashford",
        "Flames gutted the Brennock mill in Ashford. Fire chief Tom Reyes said 150 workers at the Brennock mill got out before the roof fell.\n\nAshford's Brennock mill dates from 1890.",
    );
}

/// Every article id a claim's mentions name.
fn mentioned(claims: &Value) -> Vec<Vec<String>> {
    claims
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let mut ids: Vec<String> = c["mentions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m["article"].as_str().unwrap().to_string())
                .collect();
            ids.sort();
            ids.dedup();
            ids
        })
        .collect()
}

#[test]
fn several_stories_are_compared_each_within_itself() {
    let dir = tempfile::tempdir().unwrap();
    two_events(dir.path());
    let report = json(
        &newsdiff(dir.path())
            .args(["claims", "--format", "json", "events"])
            .success_stdout(),
    );
    let stories = report["stories"].as_array().expect("a story per event");
    assert_eq!(stories.len(), 2);
    for story in stories {
        let members: Vec<&str> = story["articles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap())
            .collect();
        let event = members[0].split('-').next().unwrap();
        assert!(members.iter().all(|m| m.starts_with(event)), "{members:?}");
        for ids in mentioned(&story["claims"]) {
            assert!(
                ids.iter().all(|id| members.contains(&id.as_str())),
                "{ids:?}"
            );
        }
    }
    // No claim anywhere mixes the two events.
    for ids in mentioned(&report["claims"]) {
        let events: std::collections::BTreeSet<&str> =
            ids.iter().map(|id| id.split('-').next().unwrap()).collect();
        assert_eq!(events.len(), 1, "{ids:?}");
    }
    let table = String::from_utf8(
        newsdiff(dir.path())
            .args(["claims", "events"])
            .success_stdout(),
    )
    .unwrap();
    assert!(
        table.contains("Story 1: ") && table.contains("Story 2: "),
        "{table}"
    );
    // The export never puts two stories' articles side by side, and a
    // row names the articles of its own story, each of them.
    let export = json(
        &newsdiff(dir.path())
            .args(["export", "--format", "json", "events"])
            .success_stdout(),
    );
    let story_members = members(&export["stories"]);
    for row in export["rows"].as_array().unwrap() {
        let cells = row["cells"].as_object().unwrap();
        let filled: std::collections::BTreeSet<&str> = cells
            .iter()
            .filter(|(_, cell)| !cell.as_array().unwrap().is_empty())
            .map(|(id, _)| id.split('-').next().unwrap())
            .collect();
        assert_eq!(filled.len(), 1, "{row}");
        let mut named: Vec<&str> = cells.keys().map(String::as_str).collect();
        named.sort_unstable();
        assert!(
            story_members.iter().any(|ids| {
                let mut ids = ids.clone();
                ids.sort_unstable();
                ids == named
            }),
            "{row}"
        );
    }
}

#[test]
fn story_n_picks_one_story_and_a_missing_one_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    two_events(dir.path());
    let stories = json(
        &newsdiff(dir.path())
            .args(["stories", "--format", "json", "events"])
            .success_stdout(),
    );
    let second = field(&stories["stories"][1]["articles"], "id");
    let report = json(
        &newsdiff(dir.path())
            .args(["claims", "--story", "2", "--format", "json", "events"])
            .success_stdout(),
    );
    let ids = field(&report["articles"], "id");
    let mut expected = second.clone();
    expected.sort();
    assert_eq!(ids, expected);
    assert!(
        report.get("stories").is_none(),
        "one story is no list of stories"
    );
    newsdiff(dir.path())
        .args(["export", "--story", "3", "events"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no story 3: the inputs hold 2 stories",
        ));
}

/// A saved web page loads as its article, in a folder beside Markdown;
/// a PDF is named as one and skipped, the rest still loads (exit 1).
#[test]
fn a_saved_web_page_loads_as_its_article_and_a_pdf_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("mixed");
    fs::create_dir(&folder).unwrap();
    fs::write(
        folder.join("herald.html"),
        r#"<!DOCTYPE html><html><head><title>Ferry aground | Herald</title>
<meta property="og:site_name" content="Harbour Herald">
<meta property="article:published_time" content="2025-06-02T08:15:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry aground at Kell Point</h1>
<p>The ferry Marisol ran aground off Kell Point on Sunday, and twelve passengers were injured, the coastguard said.</p>
<p>Captain Ines Varga said the radar had failed in thick fog shortly before the ferry struck the rocks off the point.</p>
</article><footer>All rights reserved.</footer></body></html>"#,
    )
    .unwrap();
    fs::write(
        folder.join("post.md"),
        "---\nsource: Island Post\ndate: 2025-06-02\n---\nThe ferry Marisol ran aground off Kell Point, and 30 passengers were injured.\n",
    )
    .unwrap();
    fs::write(
        folder.join("report.pdf.txt"),
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
    )
    .unwrap();
    let out = newsdiff(dir.path())
        .args(["export", "--format", "json", "mixed"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "report.pdf.txt: a PDF; convert it to text first",
        ))
        .get_output()
        .stdout
        .clone();
    let export = json(&out);
    let herald = export["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "herald")
        .expect("the page loads");
    assert_eq!(herald["source"], "Harbour Herald");
    assert_eq!(herald["date"], "2025-06-02T08:15:00Z");
    let text = field(&herald["paragraphs"], "text");
    assert!(
        text.iter()
            .any(|t| t.starts_with("The ferry Marisol ran aground"))
    );
    assert!(
        text.iter().all(|t| !t.contains('<') && !t.contains("Home")),
        "{text:?}"
    );
}

/// An RSS file in a folder is one article an item, named `file.rss:N`,
/// with the channel as the outlet; an item with only a summary says so.
#[test]
fn a_feed_is_one_article_an_item() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("feeds");
    fs::create_dir(&folder).unwrap();
    fs::write(
        folder.join("herald.rss"),
        r#"<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbour Herald</title>
<item><title>Ferry aground</title><link>https://herald.example/ferry</link><pubDate>Mon, 02 Jun 2025 08:15:00 GMT</pubDate>
<content:encoded><![CDATA[<p>The ferry Marisol ran aground off Kell Point, and twelve passengers were injured.</p>]]></content:encoded></item>
<item><title>Storm</title><pubDate>Tue, 03 Jun 2025 07:00:00 GMT</pubDate><description>A storm closed the harbour.</description></item>
</channel></rss>"#,
    )
    .unwrap();
    let listing = json(
        &newsdiff(dir.path())
            .args(["list", "--format", "json", "feeds"])
            .success_stdout(),
    );
    let got = who_and_when(&listing);
    assert_eq!(
        got,
        [
            ("herald-1", "Harbour Herald", "2025-06-02T08:15:00Z"),
            ("herald-2", "Harbour Herald", "2025-06-03T07:00:00Z")
        ]
    );
    let export = json(
        &newsdiff(dir.path())
            .args(["export", "--format", "json", "feeds"])
            .success_stdout(),
    );
    let storm = &export["articles"][1]["paragraphs"];
    assert_eq!(storm[0]["kind"], "boilerplate");
    assert!(
        storm[0]["text"]
            .as_str()
            .unwrap()
            .starts_with("Summary only")
    );
}

/// `claims --rejected` lists the numbers that are no claim, each with why,
/// and leaves out the figures the claims table shows.
#[test]
fn claims_rejected_names_each_number_that_is_no_claim_and_why() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("shop.txt"),
        "Gun shop raided\n\nHe bought a .44 revolver in 2015 and killed 13 people.\n",
    )
    .unwrap();
    let table = String::from_utf8(
        newsdiff(dir.path())
            .args(["claims", "--rejected", "shop.txt"])
            .success_stdout(),
    )
    .unwrap();
    let rows: Vec<Vec<&str>> = table
        .lines()
        .map(|l| {
            l.split("  ")
                .filter(|c| !c.is_empty())
                .map(str::trim)
                .collect()
        })
        .collect();
    assert_eq!(
        rows,
        [
            vec!["ARTICLE", "PARA", "NUMBER", "WHY"],
            vec!["shop", "¶1", "44", "a calibre"],
            vec!["shop", "¶1", "2015", "a year"],
        ]
    );
    let report = json(
        &newsdiff(dir.path())
            .args(["claims", "--rejected", "--format", "json", "shop.txt"])
            .success_stdout(),
    );
    assert_eq!(report["version"], 1);
    let got: Vec<(&str, &str)> = report["rejected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["text"].as_str().unwrap(), r["why"].as_str().unwrap()))
        .collect();
    assert_eq!(got, [("44", "a calibre"), ("2015", "a year")]);
}

/// `--exit-code` answers "do they disagree?" as `git diff --exit-code`
/// does: 3 for a conflicting figure, 0 for none; without it, 0 either way.
#[test]
fn exit_code_says_whether_the_articles_disagree() {
    let dir = tempfile::tempdir().unwrap();
    let write = |folder: &str, a: &str, b: &str| {
        let path = dir.path().join(folder);
        fs::create_dir(&path).unwrap();
        fs::write(path.join("a.md"), a).unwrap();
        fs::write(path.join("b.md"), b).unwrap();
    };
    write(
        "apart",
        "Officials said about 60 people were killed in the blast at the Kell Point depot.",
        "Officials said 137 people were killed in the blast at the Kell Point depot.",
    );
    write(
        "agree",
        "Officials said 12 people were killed in the blast at the Kell Point depot.",
        "Officials said twelve people were killed in the blast at the Kell Point depot.",
    );
    for command in ["claims", "export"] {
        newsdiff(dir.path())
            .args([command, "--exit-code", "apart"])
            .assert()
            .code(3);
        newsdiff(dir.path())
            .args([command, "--exit-code", "agree"])
            .assert()
            .code(0);
        newsdiff(dir.path())
            .args([command, "apart"])
            .assert()
            .code(0);
    }
    newsdiff(dir.path())
        .args(["claims", "--exit-code", "--rejected", "apart"])
        .assert()
        .code(2);
}

/// `newsdiff man` prints a roff page made from the same command line:
/// every subcommand and the exit status are in it.
#[test]
fn the_manual_page_is_made_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let page = String::from_utf8(newsdiff(dir.path()).arg("man").success_stdout()).unwrap();
    assert!(page.contains(".TH newsdiff 1"), "{page}");
    let commands = page
        .split(".SH SUBCOMMANDS")
        .nth(1)
        .expect("a list of subcommands");
    for command in ["list", "export", "claims", "stories", "completions", "man"] {
        assert!(
            commands.contains(&format!("newsdiff\\-{command}(1)")),
            "{command} in {commands}"
        );
    }
    assert!(page.contains("Exit status"));
    assert!(page.contains("exit\\-code") || page.contains("exit-code"));
}

#[test]
fn a_paragraph_crowded_with_figures_is_read_in_part_and_said_so() {
    let dir = tempfile::tempdir().unwrap();
    let table: Vec<String> = (0..400)
        .map(|i| format!("{} people were hurt there,", i + 2))
        .collect();
    fs::write(
        dir.path().join("dump.txt"),
        format!("Ward figures\n\n{}\n", table.join(" ")),
    )
    .unwrap();
    fs::write(
        dir.path().join("report.txt"),
        "Ward report\n\nAt least 12 people were hurt in the storm.\n",
    )
    .unwrap();
    let output = newsdiff(dir.path())
        .args(["claims", "--format", "json", "dump.txt", "report.txt"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr
            .contains("note: figures: 1 paragraph longer than 64 KB or with more than 100 figures"),
        "{stderr}"
    );
    let report = json(&output.stdout);
    let mentions: usize = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["mentions"].as_array().unwrap().len())
        .sum();
    // The dump's first hundred figures, and the report's one.
    assert_eq!(mentions, 101);
}

#[test]
fn a_utf8_file_with_one_bad_byte_loads_whole_with_a_note_and_exit_0() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = [
        "Caf\u{e9} report\n\nThe caf\u{e9} on R\u{fc}e Street closed ".as_bytes(),
        b"\xff",
        " after the fire.\n".as_bytes(),
    ]
    .concat();
    fs::write(dir.path().join("cut.txt"), bytes).unwrap();
    let output = newsdiff(dir.path())
        .args(["export", "--format", "json", "cut.txt"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("cut.txt: not valid UTF-8: 1 bad byte sequence"),
        "{stderr}"
    );
    let export = String::from_utf8(output.stdout).unwrap();
    assert!(
        export.contains("The caf\u{e9} on R\u{fc}e Street closed \u{fffd} after the fire."),
        "{export}"
    );
}

#[test]
fn piped_output_fits_columns_and_a_listing_keeps_a_row_a_line() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let out = newsdiff(dir.path())
            .env("COLUMNS", "70")
            .args(args)
            .success_stdout();
        String::from_utf8(out).unwrap()
    };
    for args in [&["list"][..], &["stories"], &["claims"], &["export"]] {
        let text = run(args);
        let widest = text.lines().map(UnicodeWidthStr::width).max().unwrap();
        assert!(widest <= 70, "{args:?} is {widest} wide:\n{text}");
    }
    // A header and a line per article, each title cut with an ellipsis.
    let list = run(&["list"]);
    assert_eq!(list.lines().count(), 6, "{list}");
    assert!(list.lines().skip(1).all(|l| l.ends_with('…')), "{list}");
    // Without $COLUMNS a pipe gets the export's 100 columns.
    let export = newsdiff(dir.path()).arg("export").success_stdout();
    let widest = String::from_utf8(export)
        .unwrap()
        .lines()
        .map(UnicodeWidthStr::width)
        .max();
    assert_eq!(widest, Some(100));
}

#[test]
fn list_says_no_source_rather_than_repeating_the_id() {
    let dir = tempfile::tempdir().unwrap();
    let out = newsdiff(dir.path()).arg("list").success_stdout();
    let text = String::from_utf8(out).unwrap();
    let row = text.lines().nth(1).unwrap();
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(cells[..3], [SEED_IDS[0], "-", "2024-03-24"], "{text}");
    // The JSON keeps its contract: the source is the id.
    let listing = json(
        &newsdiff(dir.path())
            .args(["list", "--format", "json"])
            .success_stdout(),
    );
    assert_eq!(who_and_when(&listing)[0].1, SEED_IDS[0]);
}

#[test]
fn the_pager_never_runs_when_piped_or_refused() {
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("paged");
    let pager = format!("touch {}; cat", marker.display());
    for args in [
        &["claims"][..],
        &["export"],
        &["list"],
        &["--no-pager", "claims"],
    ] {
        let out = newsdiff(dir.path())
            .env("NEWSDIFF_PAGER", &pager)
            .env("PAGER", &pager)
            .args(args)
            .success_stdout();
        assert!(!out.is_empty());
        assert!(!marker.exists(), "{args:?} ran the pager into a pipe");
    }
}

#[test]
fn help_examples_line_up_and_table_json_is_one_document() {
    let dir = tempfile::tempdir().unwrap();
    for command in [
        &[][..],
        &["list"],
        &["export"],
        &["claims"],
        &["stories"],
        &["history"],
    ] {
        let out = newsdiff(dir.path())
            .args(command)
            .arg("--help")
            .success_stdout();
        let help = String::from_utf8(out).unwrap();
        assert!(
            !help.contains("One object per article"),
            "{command:?}: {help}"
        );
        // An example's description starts in the block's one column,
        // unless its command is too long to leave room before it.
        let examples: Vec<(usize, usize)> = help
            .lines()
            .filter(|l| l.starts_with("  newsdiff "))
            .filter_map(|l| {
                let end = l.trim_end().len();
                let gap = l[2..end].find("  ")? + 2;
                let start = gap + l[gap..].find(|c: char| c != ' ')?;
                Some((gap, start))
            })
            .collect();
        let column = examples.iter().map(|&(_, start)| start).min();
        for &(gap, start) in &examples {
            assert!(
                start == column.unwrap() || gap + 2 > column.unwrap(),
                "{command:?}: a description at {start}, not {column:?}:\n{help}"
            );
        }
    }
}

#[test]
fn a_mistyped_command_is_a_usage_error_naming_the_command() {
    let dir = tempfile::tempdir().unwrap();
    newsdiff(dir.path())
        .arg("lsit")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean 'list'?"));
    // A file of that name is read as one.
    fs::write(
        dir.path().join("lsit"),
        "A toll of 137 was given by officials.",
    )
    .unwrap();
    newsdiff(dir.path())
        .args(["list", "lsit"])
        .assert()
        .success();
    // A reader's flag before a command would be ignored: said, exit 2.
    newsdiff(dir.path())
        .args(["--story", "1", "claims"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--story goes after the command"));
    newsdiff(dir.path())
        .args(["--no-pager", "claims"])
        .assert()
        .success();
}

/// The README's claims sample is the command's real output, cut where
/// the README says it is.
#[test]
fn the_readme_claims_sample_is_the_start_of_the_real_table() {
    let readme = fs::read_to_string(format!("{}/README.md", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let intro = "**claims** (`newsdiff claims`), a table for people; its first 12 lines";
    let at = readme
        .find(intro)
        .expect("the README introduces its claims sample");
    let block = &readme[at..];
    let start = block.find("```text\n").unwrap() + "```text\n".len();
    let sample: Vec<&str> = block[start..start + block[start..].find("```").unwrap()]
        .lines()
        .collect();
    assert_eq!(sample.len(), 12);
    let dir = tempfile::tempdir().unwrap();
    let out = String::from_utf8(newsdiff(dir.path()).arg("claims").success_stdout()).unwrap();
    let real: Vec<&str> = out.lines().take(12).collect();
    assert_eq!(sample, real);
}

#[test]
fn headers_that_do_not_read_are_said_and_a_file_given_twice_is_read_once() {
    let dir = tempfile::tempdir().unwrap();
    let body = "Officials said 137 people were killed in the attack.";
    fs::write(
        dir.path().join("hugo.md"),
        format!(
            "+++\ntitle = \"Toll rises\"\nsource = \"The Daily\"\ndate = 2025-06-12\n+++\n{body}\n"
        ),
    )
    .unwrap();
    fs::write(
        dir.path().join("written.md"),
        format!("---\nsource: The Courier\ndate: 12 June 2025\n---\n{body}\n"),
    )
    .unwrap();
    fs::write(
        dir.path().join("vague.md"),
        format!("---\nsource: The Post\ndate: last Tuesday\n---\n{body}\n"),
    )
    .unwrap();
    fs::write(
        dir.path().join("open.md"),
        format!("---\ntitle: Never closed\n\n{body}\n"),
    )
    .unwrap();
    let output = newsdiff(dir.path())
        .args([
            "list",
            "--format",
            "json",
            "hugo.md",
            "written.md",
            "vague.md",
            "open.md",
            ".",
        ])
        .arg("./hugo.md")
        .output()
        .unwrap();
    // Nothing was skipped: notes, exit 0.
    assert_eq!(output.status.code(), Some(0));
    let listing = json(&output.stdout);
    let articles = listing["articles"].as_array().unwrap();
    let seen: Vec<(&Value, &Value)> = articles.iter().map(|a| (&a["id"], &a["date"])).collect();
    assert_eq!(
        seen,
        [
            (&Value::from("hugo"), &Value::from("2025-06-12")),
            (&Value::from("written"), &Value::from("2025-06-12")),
            (&Value::from("vague"), &Value::Null),
            (&Value::from("open"), &Value::Null),
        ],
        "each file once"
    );
    assert_eq!(articles[0]["source"], "The Daily");
    let stderr = String::from_utf8(output.stderr).unwrap();
    for said in [
        "newsdiff: note: vague.md: date \"last Tuesday\" is in no form newsdiff reads",
        "newsdiff: note: open.md: front matter opened with --- never closes",
        "hugo.md: given more than once; read once",
        "./hugo.md: given more than once; read once",
    ] {
        assert!(stderr.contains(said), "{said}:\n{stderr}");
    }
}

/// Issue 16: the work budget's bounds are settings, from the config
/// file's `[budget]` and from `--budget KEY=VALUE`, which wins; a cut is
/// said on stderr and in the JSON export.
#[test]
fn the_work_budget_comes_from_the_config_file_and_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let note = "newsdiff: note: figures: only the first 1 were read";
    let inputs = [seed("000_8bd36a165a8504ce"), seed("001_5d229ea3870d1d12")];
    newsdiff(dir.path())
        .arg("claims")
        .args(&inputs)
        .assert()
        .success()
        .stderr(predicate::str::contains("note:").not());
    newsdiff(dir.path())
        .args(["claims", "--budget", "figures=1"])
        .args(&inputs)
        .assert()
        .success()
        .stderr(predicate::str::contains(note));
    fs::create_dir(dir.path().join("newsdiff")).unwrap();
    fs::write(
        dir.path().join("newsdiff").join("config.toml"),
        "[budget]\nfigures = 1\n",
    )
    .unwrap();
    let json = newsdiff(dir.path())
        .args(["export", "--format", "json"])
        .args(&inputs)
        .assert()
        .success()
        .stderr(predicate::str::contains(note))
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert!(
        json["cuts"][0]
            .as_str()
            .unwrap()
            .starts_with("figures: only the first 1 were read"),
        "{json}"
    );
    newsdiff(dir.path())
        .args(["claims", "--budget", "figures=100000"])
        .args(&inputs)
        .assert()
        .success()
        .stderr(predicate::str::contains("note:").not());
    newsdiff(dir.path())
        .args(["claims", "--budget", "figures=0"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "figures must be a whole number of at least 1",
        ));
    newsdiff(dir.path())
        .args(["export", "--budget", "pages=3"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no bound named \"pages\"; the bounds are figures, figures_per_paragraph",
        ));
}

/// A folder holding copies of the five sample articles, and an empty
/// cache folder beside it.
fn cached_folder() -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("articles");
    fs::create_dir(&folder).unwrap();
    for id in SEED_IDS {
        fs::copy(seed(id), folder.join(format!("{id}.txt"))).unwrap();
    }
    let cache = dir.path().join("cache");
    (dir, folder, cache)
}

fn shards(cache: &Path) -> Vec<std::path::PathBuf> {
    fs::read_dir(cache.join("index"))
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default()
}

#[test]
fn the_index_cache_is_written_then_read_and_no_cache_leaves_it_alone() {
    let (dir, folder, cache) = cached_folder();
    let run = |extra: &[&str]| {
        newsdiff(dir.path())
            .env("NEWSDIFF_CACHE_DIR", &cache)
            .args(extra)
            .args(["claims", "--format", "json"])
            .arg(&folder)
            .success_stdout()
    };
    let uncached = run(&["--no-cache"]);
    assert_eq!(shards(&cache), Vec::<std::path::PathBuf>::new());
    let first = run(&[]);
    assert_eq!(shards(&cache).len(), 1, "one shard for the one folder");
    let written = fs::metadata(&shards(&cache)[0])
        .unwrap()
        .modified()
        .unwrap();
    let second = run(&[]);
    assert_eq!(first, uncached);
    assert_eq!(second, uncached);
    let unchanged = fs::metadata(&shards(&cache)[0])
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(
        written, unchanged,
        "nothing changed, so nothing is rewritten"
    );
}

#[test]
fn a_damaged_index_cache_is_a_note_never_a_failure() {
    let (dir, folder, cache) = cached_folder();
    let list = || {
        let mut cmd = newsdiff(dir.path());
        cmd.env("NEWSDIFF_CACHE_DIR", &cache)
            .args(["list", "--format", "json"])
            .arg(&folder);
        cmd
    };
    let expected = list().success_stdout();
    let shard = &shards(&cache)[0];
    let mut bytes = fs::read(shard).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    fs::write(shard, bytes).unwrap();
    list().assert().code(0).stdout(expected.clone()).stderr(
        predicate::str::contains("index cache is damaged")
            .and(predicate::str::contains(shard.to_string_lossy().as_ref())),
    );
    list().assert().code(0).stdout(expected).stderr("");
}

#[test]
fn runs_at_once_share_the_index_cache_without_harm() {
    let (dir, folder, cache) = cached_folder();
    let expected = newsdiff(dir.path())
        .args(["--no-cache", "list", "--format", "json"])
        .arg(&folder)
        .success_stdout();
    let runs: Vec<std::process::Child> = (0..6)
        .map(|_| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("newsdiff"))
                .current_dir(dir.path())
                .env("XDG_CONFIG_HOME", dir.path())
                .env("NEWSDIFF_CACHE_DIR", &cache)
                .args(["list", "--format", "json"])
                .arg(&folder)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for run in runs {
        let out = run.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(String::from_utf8_lossy(&out.stderr), "");
        assert_eq!(out.stdout, expected);
    }
    newsdiff(dir.path())
        .env("NEWSDIFF_CACHE_DIR", &cache)
        .args(["list", "--format", "json"])
        .arg(&folder)
        .assert()
        .code(0)
        .stdout(expected)
        .stderr("");
}
