//! Randomised runs on stable Rust (proptest): articles in every format,
//! mutated at random, through the loader, the claims reader, the
//! sanitiser and every export, each checked for what must always hold.
//!
//! Plain `cargo test` runs a modest number of cases a target; set
//! `NEWSDIFF_FUZZ_CASES` for a long run:
//!
//! ```sh
//! NEWSDIFF_FUZZ_CASES=20000 cargo test --release --test fuzz
//! ```
//!
//! An input that once failed is kept by proptest in
//! `proptest-regressions/` and runs first every time after; the runs on
//! record are in ROBUSTNESS.md.

use newsdiff::compare::{Budget, Comparison, compare};
use newsdiff::corpus::{Corpus, Input, Page, load_with};
use newsdiff::export::{self, ExportFormat, ExportOptions, TableFormat};
use newsdiff::sanitize;
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use unicode_width::UnicodeWidthStr;

/// Cases a target runs: `NEWSDIFF_FUZZ_CASES`, else `default`.
fn cases(default: u32) -> u32 {
    std::env::var("NEWSDIFF_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

/// Each target's inputs that once failed are kept in
/// `proptest-regressions/fuzz.txt` (proptest finds no `src/` beside a
/// file in `tests/`, so the path is given) and run first every time.
fn config(default: u32) -> ProptestConfig {
    ProptestConfig {
        cases: cases(default),
        // A long run keeps going past what shrinks slowly.
        max_shrink_iters: 2_000,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "proptest-regressions/fuzz.txt",
        ))),
        ..ProptestConfig::default()
    }
}

/// The tables are laid out for a terminal this wide, so their cutting
/// runs too.
const TABLE_WIDTH: usize = 100;

/// One article in each format the loader reads, with the content type a
/// server would give it: the starting points of every mutation.
const SEEDS: &[(&str, &str)] = &[
    (
        "text/plain",
        " date 2024-03-24 Officials said about 60 people were killed in the attack.\n\n\
         Immediate Response\n\nMore than 130 people died, and 145 were injured, police said.\n\n\
         Advertisement\n",
    ),
    (
        "text/markdown",
        "---\ntitle: \"Toll rises: 137 dead\"\nsource: The Daily\ndate: 2024-03-24T18:05:00Z\n\
         url: https://example.org/a\n---\n# Toll rises\n\nAt least 137 people were killed, \
         and *nearly* 200 were hurt.\n\n- one two three\n- Zero width\n",
    ),
    (
        "application/x-ndjson",
        "{\"id\": \"a1\", \"source\": \"Wire\", \"date\": \"2024-03-24\", \"title\": \"Toll\", \
         \"text\": \"Nine people died.\\n\\nTwelve were hurt.\"}\n\
         {\"text\": \"About 60 people were killed.\", \"date\": \"soon\"}\nnot json\n",
    ),
    (
        "text/html",
        "<!doctype html><html><head><title>Toll rises</title>\
         <meta property=\"og:site_name\" content=\"The Post\">\
         <meta property=\"article:published_time\" content=\"2024-03-24T10:00:00Z\"></head>\
         <body><nav>Home | World</nav><article><h1>Toll rises to 137</h1>\
         <p>At least 137 people were killed in the attack, officials said on Sunday.</p>\
         <p>More than 100 people were injured; <b>dozens</b> remain in hospital.</p>\
         <script>alert(1)</script></article><footer>Cookies</footer></body></html>",
    ),
    (
        "application/rss+xml",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>World Wire</title>\
         <item><title>Toll rises</title><link>https://example.org/1</link>\
         <pubDate>Sun, 24 Mar 2024 10:00:00 GMT</pubDate>\
         <description>About 60 people were killed.</description></item>\
         <item><title>Second</title><description><![CDATA[<p>137 people died.</p>]]>\
         </description></item></channel></rss>",
    ),
    (
        "application/atom+xml",
        "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom Wire</title>\
         <entry><title>Toll</title><link href=\"https://example.org/2\"/>\
         <updated>2024-03-24T10:00:00Z</updated>\
         <content type=\"html\">&lt;p&gt;Nearly 140 people were killed.&lt;/p&gt;</content>\
         </entry></feed>",
    ),
];

/// What mutations splice in: the shapes that broke parsers before, and
/// what must never reach a terminal.
const FRAGMENTS: &[&[u8]] = &[
    b"\x1b[2J",
    b"\x1b]0;pwned\x07",
    b"\xc2\x9b2J",
    "\u{202e}".as_bytes(),
    "\u{200b}\u{feff}".as_bytes(),
    "\u{1f1eb}\u{1f1f7}".as_bytes(),
    "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}".as_bytes(),
    b"\0",
    b"\xff\xfe",
    b"\xc3",
    b"\r\n",
    b"\n\n",
    b"---\n",
    b" date 2024-13-45 ",
    b"<div><div><div><p>",
    b"</item>",
    b"]]>",
    b"{\"text\": ",
    b"&amp;&#0;&#xD800;",
    b"137",
    b"zero",
    b"one two three",
    b"1,200,000",
    b"$2.4 million",
    b"between 40 and 60",
];

#[derive(Clone, Debug)]
enum Edit {
    Flip(usize, u8),
    Insert(usize, usize),
    Delete(usize, usize),
    Repeat(usize, usize, usize),
    Truncate(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Edit::Flip(at, byte)),
        (any::<usize>(), 0..FRAGMENTS.len()).prop_map(|(at, f)| Edit::Insert(at, f)),
        (any::<usize>(), 1usize..64).prop_map(|(at, n)| Edit::Delete(at, n)),
        (any::<usize>(), 1usize..200, 2usize..50).prop_map(|(at, n, k)| Edit::Repeat(at, n, k)),
        any::<usize>().prop_map(Edit::Truncate),
    ]
}

fn mutate(mut bytes: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for edit in edits {
        let at = |i: usize| i % (bytes.len() + 1);
        match *edit {
            Edit::Flip(i, byte) if !bytes.is_empty() => {
                let i = i % bytes.len();
                bytes[i] ^= byte;
            }
            Edit::Flip(..) => {}
            Edit::Insert(i, f) => {
                let i = at(i);
                bytes.splice(i..i, FRAGMENTS[f].iter().copied());
            }
            Edit::Delete(i, n) => {
                let i = at(i);
                bytes.drain(i..(i + n).min(bytes.len()));
            }
            Edit::Repeat(i, n, k) => {
                let i = at(i);
                let part = bytes[i..(i + n).min(bytes.len())].to_vec();
                for _ in 0..k {
                    bytes.splice(i..i, part.iter().copied());
                }
            }
            Edit::Truncate(i) => bytes.truncate(at(i)),
        }
    }
    bytes
}

/// Mutated articles, as (content type, bytes).
fn documents(most: usize) -> impl Strategy<Value = Vec<(&'static str, Vec<u8>)>> {
    prop::collection::vec(
        (0..SEEDS.len(), prop::collection::vec(edit(), 0..6)).prop_map(|(seed, edits)| {
            let (kind, text) = SEEDS[seed];
            (kind, mutate(text.as_bytes().to_vec(), &edits))
        }),
        1..=most,
    )
}

/// Loads the documents as links, each given its content type, so every
/// format is read without a file or a network.
fn load(documents: &[(&'static str, Vec<u8>)]) -> Corpus {
    let inputs: Vec<Input> = (0..documents.len())
        .map(|n| Input::Link(format!("https://example.org/{n}")))
        .collect();
    let page = |link: &str| {
        let n: usize = link.rsplit('/').next().unwrap().parse().unwrap();
        let (kind, bytes) = &documents[n];
        Ok(Page {
            url: link.to_string(),
            content_type: Some((*kind).to_string()),
            bytes: bytes.clone(),
            fetched: 1_711_274_400,
        })
    };
    load_with(&inputs, &page, None)
}

/// Whether `text` could drive a terminal or reorder what it shows.
fn unsafe_char(text: &str) -> Option<char> {
    text.chars().find(|&c| {
        (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200b}' | '\u{feff}')
    })
}

fn assert_clean(what: &str, text: &str) -> Result<(), TestCaseError> {
    prop_assert_eq!(unsafe_char(text), None, "{}: {:?}", what, text);
    Ok(())
}

proptest! {
    #![proptest_config(config(256))]

    /// The sanitiser: nothing unsafe survives it, it changes nothing the
    /// second time, and a line stays one line.
    #[test]
    fn the_sanitiser_leaves_nothing_unsafe(text in "\\PC*|[\\x00-\\x{ff}\\x{200b}-\\x{202e}\\x{1f1e6}-\\x{1f1ff}\\x{1f3fb}\\x{fe0f}]{0,40}") {
        let clean = sanitize::clean(&text);
        assert_clean("clean", &clean)?;
        prop_assert_eq!(sanitize::clean(&clean), clean.clone());
        let line = sanitize::clean_line(&text);
        assert_clean("clean_line", &line)?;
        prop_assert!(!line.contains(['\n', '\r', '\t']) && !line.contains("  "));
    }
}

proptest! {
    #![proptest_config(config(128))]

    /// The loader, on every format mutated: no panic, every article and
    /// every warning clean, ids unique, and each article has text.
    #[test]
    fn the_loader_reads_any_mutated_article(documents in documents(3)) {
        let corpus = load(&documents);
        let mut ids = std::collections::HashSet::new();
        for article in &corpus.articles {
            prop_assert!(ids.insert(article.id.clone()), "duplicate id {}", article.id);
            for field in [&article.id, &article.title, &article.source, &article.path] {
                assert_clean("article field", field)?;
            }
            prop_assert!(!article.paragraphs.is_empty());
            for paragraph in &article.paragraphs {
                assert_clean("paragraph", &paragraph.text)?;
            }
        }
        for warning in corpus.warnings.iter().chain(&corpus.notes) {
            assert_clean("warning", &warning.to_string())?;
        }
    }
}

proptest! {
    #![proptest_config(config(48))]

    /// The claims reader and every export, on mutated articles: each
    /// figure quotes its paragraph, every format renders, JSON parses,
    /// text keeps its width and nothing unsafe is written.
    #[test]
    fn claims_and_every_export_hold_on_mutated_articles(
        documents in documents(3),
        width in 20usize..140,
        small_budget in any::<bool>(),
    ) {
        let corpus = load(&documents);
        // Nothing loaded: nothing to compare (the loader's own run checks
        // what it said instead).
        if corpus.articles.is_empty() {
            return Ok(());
        }
        let comparison = if small_budget {
            Budget { figures: 3, figures_per_paragraph: 2, paragraph_bytes: 64, ..Budget::default() }
                .compare(&corpus.articles)
        } else {
            compare(&corpus.articles)
        };
        check_claims(&comparison)?;
        for format in [ExportFormat::Text, ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Json] {
            let out = export::render(&comparison, &ExportOptions { format, width, color: false });
            assert_clean(&format!("{format:?}"), &out)?;
            match format {
                ExportFormat::Json => {
                    let value: serde_json::Value = serde_json::from_str(&out)
                        .map_err(|err| TestCaseError::fail(format!("JSON: {err}")))?;
                    prop_assert_eq!(value["version"].as_u64(), Some(1));
                    prop_assert_eq!(value.get("cuts").is_some(), !comparison.cuts.is_empty());
                }
                ExportFormat::Text => {
                    for line in out.lines() {
                        prop_assert!(line.width() <= width, "{} > {}: {:?}", line.width(), width, line);
                    }
                }
                _ => {}
            }
        }
        for format in [TableFormat::Table, TableFormat::Json] {
            let tables = [
                export::claims(&comparison, format, TABLE_WIDTH),
                export::rejected_claims(&corpus.articles, format, TABLE_WIDTH),
                export::list(&corpus, format, TABLE_WIDTH),
                export::stories(&corpus.articles, &comparison.stories, format, TABLE_WIDTH),
            ];
            for out in tables {
                assert_clean("table", &out)?;
                if format == TableFormat::Json {
                    serde_json::from_str::<serde_json::Value>(&out)
                        .map_err(|err| TestCaseError::fail(format!("JSON: {err}")))?;
                }
            }
        }
    }
}

/// Every figure quotes its own paragraph, with a finite value.
fn check_claims(comparison: &Comparison) -> Result<(), TestCaseError> {
    for claim in &comparison.claims {
        for m in &claim.mentions {
            let paragraph = &comparison.articles[m.article].paragraphs[m.paragraph].text;
            prop_assert_eq!(paragraph.get(m.range.clone()), Some(m.text.as_str()));
            prop_assert!(m.value.is_finite());
        }
    }
    Ok(())
}
