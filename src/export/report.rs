//! `newsdiff claims`: the figures the articles state, whether they agree,
//! and what only one article reports, for people (a table) or scripts
//! (JSON, the same `claims`, `unique` and `names` as the JSON export).
//!
//! ```json
//! {"version": 1,
//!  "articles": [{"id", "source", "date", "title", "path", "url"?}],
//!  "claims": [{"quantity": "deaths", "verdict": "same|compatible|conflict|updated",
//!              "articles": 4,
//!              "mentions": [{"article", "paragraph", "text", "value", "high"?,
//!                            "qualifier", "unit", "attribution"?}]}],
//!  "unique": [{"article", "paragraph", "text", "kind": "name|figure"}],
//!  "names": [{"name", "aliases": [], "articles": []}],
//!  "stories": [{"story": 1, "title", "articles": [], "claims": [], "unique": []}]}
//! ```
//!
//! `stories` is there only when the articles hold several stories: each
//! story's claims and facts, found within it (the top-level lists hold
//! them all, story by story).
//!
//! `newsdiff claims --rejected` lists instead the numbers that are no
//! claim, and why, for a reader wondering where a figure went:
//!
//! ```json
//! {"version": 1,
//!  "rejected": [{"article", "paragraph", "text": "44", "why": "a calibre"}]}
//! ```

use serde::Serialize;

use super::{ArticleMeta, TableFormat, columns, view};
use crate::compare::{self, Comparison, FactKind, Qualifier, Verdict};
use crate::corpus::{Article, ParagraphKind};

#[derive(Serialize)]
pub(super) struct Claim<'a> {
    quantity: &'a str,
    verdict: &'static str,
    /// How many articles give the quantity: 1 for one article's own.
    articles: usize,
    mentions: Vec<Mention<'a>>,
}

#[derive(Serialize)]
struct Mention<'a> {
    article: &'a str,
    paragraph: usize,
    text: &'a str,
    value: serde_json::Number,
    #[serde(skip_serializing_if = "Option::is_none")]
    high: Option<serde_json::Number>,
    qualifier: &'static str,
    unit: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    attribution: Option<&'a str>,
}

#[derive(Serialize)]
pub(super) struct Fact<'a> {
    article: &'a str,
    paragraph: usize,
    text: &'a str,
    kind: FactKind,
}

#[derive(Serialize)]
pub(super) struct Name<'a> {
    name: &'a str,
    aliases: &'a [String],
    articles: Vec<&'a str>,
}

/// A figure as JSON writes numbers: whole numbers without a fraction
/// ("60", not "60.0"), so scripts can compare them as integers.
fn number(value: f64) -> serde_json::Number {
    if value.fract() == 0.0 && value.abs() < 9e15 {
        serde_json::Number::from(value as i64)
    } else {
        serde_json::Number::from_f64(value).unwrap_or_else(|| serde_json::Number::from(0))
    }
}

/// A story of several, as its own object: its articles' ids, its
/// claims and what one of its articles alone reports.
#[derive(Serialize)]
pub(super) struct Story<'a> {
    /// 1-based, as `newsdiff stories` numbers it and `--story` takes it.
    story: usize,
    title: &'a str,
    articles: Vec<&'a str>,
    claims: Vec<Claim<'a>>,
    unique: Vec<Fact<'a>>,
}

/// Each story's own object when the articles hold several stories; none
/// when they hold one, so a single event's JSON is as it always was.
pub(super) fn stories(comparison: &Comparison) -> Vec<Story<'_>> {
    if comparison.stories.len() < 2 {
        return Vec::new();
    }
    let story_of = comparison.story_table();
    comparison
        .stories
        .iter()
        .enumerate()
        .map(|(n, story)| Story {
            story: n + 1,
            title: &story.title,
            articles: story
                .articles
                .iter()
                .map(|&a| comparison.articles[a].id.as_str())
                .collect(),
            claims: claims_where(comparison, |a| story_of[a] == n),
            unique: unique_where(comparison, |a| story_of[a] == n),
        })
        .collect()
}

pub(super) fn claims(comparison: &Comparison) -> Vec<Claim<'_>> {
    claims_where(comparison, |_| true)
}

/// The claims whose figures are given in articles that `keep`.
fn claims_where(comparison: &Comparison, keep: impl Fn(usize) -> bool) -> Vec<Claim<'_>> {
    let id = |a: usize| comparison.articles[a].id.as_str();
    comparison
        .claims
        .iter()
        .filter(|c| c.mentions.first().is_some_and(|m| keep(m.article)))
        .map(|c| Claim {
            quantity: &c.quantity,
            verdict: contract_verdict(c),
            articles: c
                .mentions
                .iter()
                .map(|m| m.article)
                .collect::<std::collections::BTreeSet<_>>()
                .len(),
            mentions: c
                .mentions
                .iter()
                .map(|m| Mention {
                    article: id(m.article),
                    paragraph: m.paragraph,
                    text: &m.text,
                    value: number(m.value),
                    high: m.high.map(number),
                    qualifier: contract_qualifier(m.qualifier),
                    unit: &m.unit,
                    attribution: m.attribution.as_deref(),
                })
                .collect(),
        })
        .collect()
}

pub(super) fn unique(comparison: &Comparison) -> Vec<Fact<'_>> {
    unique_where(comparison, |_| true)
}

fn unique_where(comparison: &Comparison, keep: impl Fn(usize) -> bool) -> Vec<Fact<'_>> {
    comparison
        .unique
        .iter()
        .filter(|f| keep(f.article))
        .map(|f| Fact {
            article: &comparison.articles[f.article].id,
            paragraph: f.paragraph,
            text: &f.text,
            kind: f.kind,
        })
        .collect()
}

/// Names more than one article uses or that go by several forms: the
/// ones a reader cross-checks.
pub(super) fn names(comparison: &Comparison) -> Vec<Name<'_>> {
    comparison
        .names
        .iter()
        .filter(|n| n.articles().len() > 1 || !n.aliases.is_empty())
        .map(|n| Name {
            name: &n.name,
            aliases: &n.aliases,
            articles: n
                .articles()
                .into_iter()
                .map(|a| comparison.articles[a].id.as_str())
                .collect(),
        })
        .collect()
}

#[derive(Serialize)]
struct Report<'a> {
    version: u32,
    articles: Vec<ArticleMeta<'a>>,
    claims: Vec<Claim<'a>>,
    unique: Vec<Fact<'a>>,
    names: Vec<Name<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    stories: Vec<Story<'a>>,
}

/// Renders the claims of `comparison`.
pub fn render(comparison: &Comparison, format: TableFormat, width: usize) -> String {
    match format {
        TableFormat::Json => {
            let report = Report {
                version: super::JSON_VERSION,
                articles: comparison.articles.iter().map(ArticleMeta::of).collect(),
                claims: claims(comparison),
                unique: unique(comparison),
                names: names(comparison),
                stories: stories(comparison),
            };
            pretty(&report)
        }
        TableFormat::Table => table(comparison, width),
    }
}

/// A number the engine read but took for no claim.
#[derive(Serialize)]
struct Rejected<'a> {
    article: &'a str,
    paragraph: usize,
    /// The paragraph as the table names it to people: `¶2`.
    #[serde(skip)]
    shown: String,
    text: String,
    why: &'static str,
}

#[derive(Serialize)]
struct RejectedReport<'a> {
    version: u32,
    rejected: Vec<Rejected<'a>>,
}

/// Every number of `articles` that is no claim, and why, in reading order.
pub fn rejected(articles: &[Article], format: TableFormat, width: usize) -> String {
    let mut rejected = Vec::new();
    for article in articles {
        let labels = article.paragraph_labels();
        for paragraph in &article.paragraphs {
            if paragraph.kind == ParagraphKind::Boilerplate {
                continue;
            }
            for number in compare::claims::rejected(&paragraph.text, paragraph.kind) {
                rejected.push(Rejected {
                    article: &article.id,
                    paragraph: paragraph.index,
                    shown: labels.get(paragraph.index),
                    text: number.text,
                    why: number.why.as_str(),
                });
            }
        }
    }
    match format {
        TableFormat::Json => pretty(&RejectedReport {
            version: super::JSON_VERSION,
            rejected,
        }),
        TableFormat::Table => {
            let rows: Vec<Vec<String>> = rejected
                .iter()
                .map(|r| {
                    vec![
                        view::safe(r.article).into_owned(),
                        r.shown.clone(),
                        view::safe(&r.text).into_owned(),
                        r.why.to_string(),
                    ]
                })
                .collect();
            columns(&["ARTICLE", "PARA", "NUMBER", "WHY"], &rows, width)
        }
    }
}

/// `report` as JSON for scripts, ending in a line break.
fn pretty(report: &impl Serialize) -> String {
    let mut text =
        serde_json::to_string_pretty(report).expect("serialising plain data cannot fail");
    text.push('\n');
    text
}

/// A verdict in DESIGN's words (`same`, `compatible`, `conflict`,
/// `updated`), which scripts switch on: a quantity one article alone gives
/// is `same` when it gives one figure, `compatible` when several, and
/// `articles` says it is one article's.
fn contract_verdict(claim: &compare::Claim) -> &'static str {
    match claim.verdict {
        Verdict::Unique => {
            let first = &claim.mentions[0];
            let one_figure = claim.mentions.iter().all(|m| {
                m.value == first.value && m.high == first.high && m.qualifier == first.qualifier
            });
            if one_figure { "same" } else { "compatible" }
        }
        verdict => verdict.as_str(),
    }
}

/// A qualifier in DESIGN's words: a range is `at_least` its bottom, with
/// its top in `high`.
fn contract_qualifier(qualifier: Qualifier) -> &'static str {
    match qualifier {
        Qualifier::Between => Qualifier::AtLeast.as_str(),
        qualifier => qualifier.as_str(),
    }
}

/// A table's title after a blank line, wrapped to `width`.
fn title(text: &str, width: usize) -> String {
    let mut out = String::from("\n");
    for line in super::wrap(text, width) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// The claims, what one article alone reports, and names with several
/// forms, as tables within `width` terminal columns; with several stories,
/// a section per story, each story's figures compared within it.
pub(super) fn table(comparison: &Comparison, width: usize) -> String {
    let mut out = String::new();
    if comparison.stories.len() > 1 {
        for (n, story) in comparison.stories.iter().enumerate() {
            if n > 0 {
                out.push('\n');
            }
            let heading = format!(
                "Story {}: {} ({} article{})",
                n + 1,
                view::safe(&story.title),
                story.articles.len(),
                if story.articles.len() == 1 { "" } else { "s" }
            );
            for line in super::wrap(&heading, width) {
                out.push_str(&line);
                out.push('\n');
            }
            out.push_str(&story_tables(comparison, Some(n), width));
        }
    } else {
        out.push_str(&story_tables(comparison, None, width));
    }
    let upper = |names: &[&str]| names.iter().map(|n| n.to_uppercase()).collect::<Vec<_>>();
    let aliased: Vec<Vec<String>> = view::aliases(comparison)
        .into_iter()
        .map(|(name, also)| vec![name.into_owned(), also])
        .collect();
    if !aliased.is_empty() {
        out.push_str(&title(&format!("{}:", view::ALIASES_TITLE), width));
        out.push_str(&columns(&upper(&view::ALIAS_COLUMNS), &aliased, width));
    }
    out
}

/// The claims table and what one article alone reports, of one story or
/// of all.
fn story_tables(comparison: &Comparison, story: Option<usize>, width: usize) -> String {
    let upper = |names: &[&str]| names.iter().map(|n| n.to_uppercase()).collect::<Vec<_>>();
    let rows: Vec<Vec<String>> = view::claims_in(comparison, story)
        .into_iter()
        .map(|row| {
            let (quantity, verdict) = row
                .claim
                .map_or((String::new(), ""), |(q, v)| (q.into_owned(), v.as_str()));
            vec![
                quantity,
                verdict.to_string(),
                row.article.into_owned(),
                row.paragraph,
                row.figure,
                row.says,
            ]
        })
        .collect();
    let mut out = columns(&upper(&view::CLAIM_COLUMNS), &rows, width);
    let facts = view::facts_in(comparison, story);
    if !facts.is_empty() {
        out.push_str(&title("Only one article reports:", width));
        let rows: Vec<Vec<String>> = facts
            .into_iter()
            .map(|f| {
                vec![
                    f.article.into_owned(),
                    f.paragraph,
                    f.kind.into(),
                    f.text.into_owned(),
                ]
            })
            .collect();
        out.push_str(&columns(&upper(&view::FACT_COLUMNS), &rows, width));
    }
    out
}
