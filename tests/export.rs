//! Every export format on the bundled articles and on small invented
//! cases: snapshots of what people read, and every JSON export checked
//! against the published schema (`docs/export.schema.json`).

use newsdiff::compare::{Comparison, compare};
use newsdiff::corpus::{self, Article, Syntax, parse};
use newsdiff::export::{self, ExportFormat, ExportOptions};
use serde_json::Value;

fn render(comparison: &Comparison, format: ExportFormat, width: usize) -> String {
    export::render(
        comparison,
        &ExportOptions {
            format,
            width,
            color: false,
        },
    )
}

/// The bundled articles with the given ids, in that order.
fn bundled(ids: &[&str]) -> Comparison {
    let corpus = corpus::bundled();
    let articles: Vec<Article> = ids
        .iter()
        .map(|id| {
            corpus
                .articles
                .iter()
                .find(|a| a.id.starts_with(id))
                .unwrap_or_else(|| panic!("no bundled {id}"))
                .clone()
        })
        .collect();
    compare(&articles)
}

fn article(id: &str, text: &str) -> Article {
    Article::new(id.into(), format!("{id}.md"), parse(text, Syntax::Markdown))
}

/// A ferry story told by two invented outlets: a conflicting toll, a
/// range, an attribution, a name one alone has, and markup characters
/// in the text.
fn ferry() -> Comparison {
    compare(&[
        article(
            "harbour-herald",
            "---\nsource: Harbour Herald\ndate: 2025-06-02\ntitle: Ferry runs aground\n---\n\
             The ferry *Marisol* ran aground off Kell Point on Sunday, and 12 passengers \
             were injured, the coastguard said.\n\n\
             Between 40 and 60 cars were on board. Repairs <b>may</b> take weeks | months.",
        ),
        article(
            "island-post",
            "---\nsource: Island Post\ndate: 2025-06-03\ntitle: Ferry aground at Kell Point\n---\n\
             The ferry Marisol ran aground off Kell Point on Sunday, and 30 passengers \
             were injured.\n\n\
             Captain Ines Varga said the radar had failed [see notes](x).",
        ),
    ])
}

/// Three short versions of one council story: one column pair per page.
fn council() -> Comparison {
    compare(&[
        article(
            "a",
            "The council voted 7 to 2 to close the pool.\n\nIt will shut in May.",
        ),
        article(
            "b",
            "The council voted 7 to 2 to close the pool.\n\nIt will shut in June.",
        ),
        article(
            "c",
            "Councillors voted to close the pool, 7 to 2.\n\n東京 visitors 🦀 were not consulted.",
        ),
    ])
}

const TOLLS: [&str; 2] = ["003", "004"];

#[test]
fn text_snapshots() {
    insta::assert_snapshot!(
        "text_bundled_all",
        render(
            &bundled(&["000", "001", "002", "003", "004"]),
            ExportFormat::Text,
            100
        )
    );
    insta::assert_snapshot!("text_ferry", render(&ferry(), ExportFormat::Text, 72));
    insta::assert_snapshot!("text_council", render(&council(), ExportFormat::Text, 50));
}

#[test]
fn markdown_snapshots() {
    insta::assert_snapshot!(
        "markdown_bundled_tolls",
        render(&bundled(&TOLLS), ExportFormat::Markdown, 100)
    );
    insta::assert_snapshot!(
        "markdown_ferry",
        render(&ferry(), ExportFormat::Markdown, 100)
    );
    insta::assert_snapshot!(
        "markdown_council",
        render(&council(), ExportFormat::Markdown, 100)
    );
}

#[test]
fn html_snapshots() {
    insta::assert_snapshot!("html_ferry", render(&ferry(), ExportFormat::Html, 100));
    insta::assert_snapshot!("html_council", render(&council(), ExportFormat::Html, 100));
}

#[test]
fn html_of_the_bundled_tolls_holds_both_figures() {
    let html = render(&bundled(&TOLLS), ExportFormat::Html, 100);
    assert!(html.contains("<td class=\"word\">137</td><td>lives of 137 individuals</td>"));
    assert!(html.contains("<td class=\"word\">about 60</td><td>approximately 60 people dead</td>"));
    assert!(html.contains("<span class=\"badge conflict\">conflict</span>"));
}

#[test]
fn json_snapshots() {
    insta::assert_snapshot!("json_ferry", render(&ferry(), ExportFormat::Json, 100));
}

/// The published schema, compiled.
fn schema() -> (boon::Schemas, boon::SchemaIndex) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/export.schema.json");
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).expect("the schema is JSON");
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.enable_format_assertions();
    compiler
        .add_resource("file:///export.schema.json", schema)
        .unwrap();
    let index = compiler
        .compile("file:///export.schema.json", &mut schemas)
        .unwrap_or_else(|err| panic!("{err:#}"));
    (schemas, index)
}

#[test]
fn every_json_export_follows_the_schema() {
    let (schemas, index) = schema();
    let alone = compare(&[article("alone", "One article, no figures.")]);
    let undated = compare(&[
        article("x", "Nearly 300 homes lost power, the utility said."),
        article("y", "About 250 homes lost power."),
    ]);
    let hostile = compare(&[
        article(
            "evil",
            "Clear\u{1b}[2J and \u{202e}reversed\u{202c} <script>x</script>",
        ),
        article("fine", "Clear and reversed text."),
    ]);
    let timed = compare(&[
        article(
            "early",
            "---\nsource: Wire\ndate: 2024-06-08T06:10:00Z\n---\nNine people died.",
        ),
        article(
            "late",
            "---\nsource: Wire\ndate: 2024-06-08T21:05:00+02:00\n---\n26 people died.",
        ),
        article(
            "floating",
            "---\nsource: Post\ndate: 2024-06-08 20:00\n---\n26 people died.",
        ),
    ]);
    let mut two_stories = ferry().articles;
    two_stories.push(article(
        "mill-a",
        "A fire destroyed the Brennock textile mill in Ashford. All 150 staff got out, Ashford fire chief Tom Reyes said.",
    ));
    two_stories.push(article(
        "mill-b",
        "Flames gutted the Brennock mill in Ashford; 150 workers got out, fire chief Tom Reyes said.",
    ));
    let two_stories = compare(&two_stories);
    assert_eq!(two_stories.stories.len(), 2);
    // A budget of one figure: the rest is cut, and the export says so.
    let cut = newsdiff::compare::Budget {
        figures: 1,
        ..Default::default()
    }
    .compare(&ferry().articles);
    assert!(!cut.cuts.is_empty());
    let cuts =
        serde_json::from_str::<Value>(&render(&cut, ExportFormat::Json, 100)).unwrap()["cuts"]
            .clone();
    assert_eq!(cuts, serde_json::json!(cut.cuts));
    let cases = [
        ("cut by the budget", cut),
        ("all bundled", bundled(&["000", "001", "002", "003", "004"])),
        ("times of day", timed),
        ("two stories", two_stories),
        ("two bundled", bundled(&TOLLS)),
        ("ferry", ferry()),
        ("council", council()),
        ("one article", alone),
        ("no dates", undated),
        ("hostile", hostile),
    ];
    let mut seen_high = false;
    for (name, comparison) in &cases {
        let json = render(comparison, ExportFormat::Json, 100);
        let value: Value = serde_json::from_str(&json).expect("JSON loads");
        if let Err(err) = schemas.validate(&value, index) {
            panic!("{name}: {err:#}");
        }
        seen_high |= json.contains("\"high\":");
    }
    assert!(seen_high, "a range is among the cases");
}

#[test]
fn the_schema_rejects_what_breaks_the_contract() {
    let (schemas, index) = schema();
    let mut value: Value =
        serde_json::from_str(&render(&ferry(), ExportFormat::Json, 100)).unwrap();
    value["claims"][0]["verdict"] = "unique".into();
    assert!(schemas.validate(&value, index).is_err());
    let mut value: Value =
        serde_json::from_str(&render(&ferry(), ExportFormat::Json, 100)).unwrap();
    value["version"] = 2.into();
    assert!(schemas.validate(&value, index).is_err());
}

/// An article built in code, not loaded, so the loader's cleaning never
/// saw it: the formats for people still print nothing that could drive a
/// terminal or reorder text.
#[test]
fn articles_built_without_the_loader_are_cleaned_on_the_way_out() {
    use newsdiff::corpus::{Paragraph, ParagraphKind};
    let hostile = "Red\u{1b}[31m alert \u{9b}2J and \u{202e}reversed\u{202c}\u{200b}\u{7}";
    let article = |id: &str| Article {
        id: format!("{id}\u{1b}]0;title\u{7}"),
        source: hostile.into(),
        date: None,
        title: hostile.into(),
        url: None,
        path: format!("{id}.txt"),
        paragraphs: vec![Paragraph {
            index: 0,
            kind: ParagraphKind::Body,
            text: format!("{hostile} in {id}."),
        }],
    };
    let comparison = compare(&[article("a"), article("b")]);
    for format in [
        ExportFormat::Text,
        ExportFormat::Markdown,
        ExportFormat::Html,
    ] {
        let out = render(&comparison, format, 80);
        assert!(
            !out.contains([
                '\u{1b}', '\u{9b}', '\u{7}', '\u{202e}', '\u{202c}', '\u{200b}'
            ]),
            "{format:?}: {out:?}"
        );
        assert!(
            out.contains("Red alert") && out.contains('\u{fffd}') && !out.contains("[31m"),
            "escape sequences go whole and a lone control shows as U+FFFD in {format:?}: {out}"
        );
    }
}

/// Issue 16: a family emoji (four emoji joined by zero-width joiners)
/// shifted the text export's right column, as a terminal draws it.
#[test]
fn joined_emoji_keep_the_text_columns_straight() {
    use unicode_width::UnicodeWidthStr;
    let family = "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}\u{200d}\u{1f466}";
    let flag = "\u{1f1fa}\u{1f1e6}";
    let comparison = compare(&[
        article(
            "left",
            &format!("The {family} family waved {flag} flags as 12 people were hurt in the fire."),
        ),
        article(
            "right",
            &format!("A {family} family waved {flag} flags; 14 people were hurt in the blaze."),
        ),
    ]);
    let text = render(&comparison, ExportFormat::Text, 60);
    let columns: Vec<usize> = text
        .lines()
        .filter_map(|line| line.find('│').map(|at| line[..at].width()))
        .collect();
    assert!(columns.len() > 2, "{text}");
    assert!(
        columns.iter().all(|&c| c == columns[0]),
        "{columns:?}\n{text}"
    );
}
