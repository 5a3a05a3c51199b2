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
//! - `stories/articles-1000`: grouping 1,000 articles into stories: the
//!   eleven quality events' articles (`eval::stories::events`), each
//!   revised again and again with fixed seeds until there are 1,000.
//! - `tui/layout-1000` and `tui/frame-1000`: laying the 1,000-row pair out
//!   once, and drawing one frame of it (120x40), which happens per key;
//!   `tui/frame-1000-{search,claims,narrow,three-panes}`: one frame with
//!   every "the" marked, of the claims panel, at 70x20 with the strip, and
//!   of three panes at 160x45; `tui/search-keys-1000`: typing a character
//!   into the search and deleting it (two searches of the whole pair).
//!
//! Inputs are generated from the articles in `eval/data/revisions/` with
//! fixed seeds, so runs compare like with like.

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use newsdiff::compare::{claims, compare, facts, names, stories};
use newsdiff::corpus::{Article, bundled};
use newsdiff::tui::{Action, App, Theme, draw};
use newsdiff_eval::Rng;
use newsdiff_eval::baselines::article;
use newsdiff_eval::revisions::{generate, read_sources};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The paragraphs of every main and other article in the revision sources.
fn paragraphs() -> (Vec<Vec<String>>, Vec<String>) {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/revisions");
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
    revisions(n, 2)
}

/// An `n`-paragraph article and `count - 1` revisions of it.
fn revisions(n: usize, count: usize) -> Vec<Article> {
    let (mains, others) = paragraphs();
    let original = long_article(&mains, n);
    let mut articles = vec![article("original", &original)];
    for k in 1..count {
        let case = generate(&original, &others, n / 10, &mut Rng::new(k as u64));
        articles.push(article(&format!("revised-{k}"), &case.revised));
    }
    articles
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
            b.iter(|| {
                claims::find(articles, &done.rows, &Default::default())
                    .0
                    .len()
            })
        });
        group.bench_function(format!("names-{name}"), |b| {
            b.iter(|| names::find(articles).len())
        });
        group.bench_function(format!("facts-{name}"), |b| {
            b.iter(|| facts::find(articles, &done.names, &done.claims).len())
        });
    }
    group.finish();

    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let events = newsdiff_eval::stories::events(&data).unwrap();
    let (corpus, _) = newsdiff_eval::stories::revised(&events, 1_000);
    let mut group = c.benchmark_group("stories");
    group.sample_size(10);
    group.bench_function("articles-1000", |b| b.iter(|| stories(&corpus).len()));
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
    let plain = App::new(comparison.clone(), Theme::plain(), 120, 40);
    let mut searched = App::new(comparison.clone(), Theme::plain(), 120, 40);
    for action in [
        Action::Search,
        Action::Input('t'),
        Action::Input('h'),
        Action::Input('e'),
        Action::Submit,
    ] {
        searched.update(action);
    }
    let mut claims = App::new(comparison.clone(), Theme::plain(), 120, 40);
    claims.update(Action::Claims);
    let narrow = App::new(comparison.clone(), Theme::plain(), 70, 20);
    let mut three = App::new(compare(&revisions(1_000, 3)), Theme::plain(), 160, 45);
    three.update(Action::MorePanes);
    for (name, app, (width, height)) in [
        ("frame-1000", &plain, (120, 40)),
        ("frame-1000-search", &searched, (120, 40)),
        ("frame-1000-claims", &claims, (120, 40)),
        ("frame-1000-narrow", &narrow, (70, 20)),
        ("frame-1000-three-panes", &three, (160, 45)),
    ] {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        group.bench_function(name, |b| {
            b.iter(|| terminal.draw(|frame| draw(frame, app)).unwrap().area)
        });
    }
    let mut typing = App::new(comparison.clone(), Theme::plain(), 120, 40);
    typing.update(Action::Search);
    group.bench_function("search-keys-1000", |b| {
        b.iter(|| {
            typing.update(Action::Input('e'));
            typing.update(Action::Backspace);
        })
    });
    group.finish();
}

criterion_group!(engine, benches);
criterion_main!(engine);
