//! Speed of the engine and the reader: `cargo bench --bench engine`.
//!
//! - `load/bundled`: parse the five sample articles.
//! - `compare/revision-1000`: the whole engine (alignment, claims, names,
//!   facts) on two revisions of a 1,000-paragraph article (moves, edits,
//!   splits, merges, deletions, foreign inserts).
//! - `compare/outlets-50`: fifty articles on one event in one N-way
//!   comparison.
//! - `claims/{figures,names,facts}-{revision-1000,outlets-50}`: the
//!   claims engine's three parts on those inputs alone.
//! - `words/pair-1000`: word differences of every row of the 1,000-paragraph
//!   revision, as the reader asks once per pair it shows.
//! - `tui/layout-1000` and `tui/frame-1000`: laying the 1,000-row pair out
//!   once, and drawing one frame of it (120x40), which happens per key.
//!
//! Inputs are generated from the articles in `benches/data/revisions/` with
//! fixed seeds, so runs compare like with like.

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use newsdiff::compare::{claims, compare, facts, names};
use newsdiff::corpus::{Article, bundled};
use newsdiff::eval::Rng;
use newsdiff::eval::baselines::article;
use newsdiff::eval::revisions::{generate, read_sources};
use newsdiff::tui::{App, Theme, draw};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The paragraphs of every main and other article in the revision sources.
fn paragraphs() -> (Vec<Vec<String>>, Vec<String>) {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/data/revisions");
    let sources = read_sources(&folder).unwrap();
    let others = sources.iter().flat_map(|s| s.foreign.clone()).collect();
    (sources.into_iter().map(|s| s.original).collect(), others)
}

/// A long article: the sources' paragraphs, each numbered so no two are
/// the same, repeated until there are `n`.
fn long_article(mains: &[Vec<String>], n: usize) -> Vec<String> {
    mains
        .iter()
        .flatten()
        .cycle()
        .take(n)
        .enumerate()
        .map(|(i, p)| format!("Part {i}. {p}"))
        .collect()
}

fn revision_pair(n: usize) -> Vec<Article> {
    let (mains, others) = paragraphs();
    let original = long_article(&mains, n);
    let case = generate(&original, &others, n / 10, &mut Rng::new(1));
    vec![
        article("original", &case.original),
        article("revised", &case.revised),
    ]
}

fn outlets(count: usize) -> Vec<Article> {
    let (mains, others) = paragraphs();
    (0..count)
        .map(|k| {
            let source = &mains[k % mains.len()];
            let case = generate(source, &others, 6, &mut Rng::new(k as u64));
            article(&format!("outlet-{k}"), &case.revised)
        })
        .collect()
}

fn benches(c: &mut Criterion) {
    c.bench_function("load/bundled", |b| b.iter(bundled));

    let pair = revision_pair(1_000);
    let mut group = c.benchmark_group("compare");
    group.sample_size(10);
    group.bench_function("revision-1000", |b| b.iter(|| compare(&pair)));
    let fifty = outlets(50);
    group.bench_function("outlets-50", |b| b.iter(|| compare(&fifty)));
    group.finish();

    let mut group = c.benchmark_group("claims");
    group.sample_size(10);
    for (name, articles) in [("revision-1000", &pair), ("outlets-50", &fifty)] {
        let done = compare(articles);
        group.bench_function(format!("figures-{name}"), |b| {
            b.iter(|| claims::find(articles, &done.rows).len())
        });
        group.bench_function(format!("names-{name}"), |b| {
            b.iter(|| names::find(articles).len())
        });
        group.bench_function(format!("facts-{name}"), |b| {
            b.iter(|| facts::find(articles, &done.names, &done.claims).len())
        });
    }
    group.finish();

    let comparison = compare(&pair);
    let mut group = c.benchmark_group("words");
    group.sample_size(10);
    group.bench_function("pair-1000", |b| b.iter(|| comparison.pair_diffs(0, 1)));
    group.finish();

    let mut group = c.benchmark_group("tui");
    group.sample_size(10);
    group.bench_function("layout-1000", |b| {
        b.iter(|| App::new(comparison.clone(), Theme::plain(), 120, 40))
    });
    let app = App::new(comparison.clone(), Theme::plain(), 120, 40);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    group.bench_function("frame-1000", |b| {
        b.iter(|| terminal.draw(|frame| draw(frame, &app)).unwrap().area)
    });
    group.finish();
}

criterion_group!(engine, benches);
criterion_main!(engine);
