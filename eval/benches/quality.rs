//! Alignment quality against known answers: `cargo bench --bench quality`.
//!
//! 1. Generated revisions of the articles in `eval/data/revisions/` and
//!    of the bundled sample, with foreign paragraphs from another outlet's
//!    report of the same event: pair precision, recall and F1, overall and
//!    per operation, for the engine and two baselines.
//! 2. Hand-labelled multi-outlet sets in `eval/data/outlets/`: row-link
//!    precision, recall and F1, all outlets in one comparison and pairwise.
//!
//! 3. Story grouping: the eleven known events (`eval/data/outlets/`,
//!    `eval/data/claims/` and the bundled sample) mixed into one corpus
//!    and in random mixes of 2 to 11 events, and with six more events held
//!    out (the revision sources: two outlets each): pair precision, recall
//!    and F1 and the number of stories found, for the engine and two
//!    baselines.
//!
//! Prints Markdown tables for BENCHMARKS.md. Deterministic: seeds are fixed.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use newsdiff::compare::compare;
use newsdiff::corpus::{Article, ParagraphKind, bundled};
use newsdiff_eval::baselines::{self, Links};
use newsdiff_eval::extraction;
use newsdiff_eval::outlets::{Set, predicted};
use newsdiff_eval::planted::Filing;
use newsdiff_eval::revisions::{Case, Operation, Source, generate, read_sources};
use newsdiff_eval::score::Counts;
use newsdiff_eval::stories::{self as story_eval, Grouper};
use newsdiff_eval::{Rng, claims, planted};

const CASES_PER_SOURCE: u64 = 30;

/// How heavily each case is edited: a name, and the range of the number of
/// operations applied. The heavy load is where the baselines score as the
/// project's outside cases say they do (line diff about 0.7, nearest
/// TF-IDF about 0.9).
struct Load {
    name: &'static str,
    least: usize,
    spread: usize,
    /// The first seed: the rules were tuned on seeds from 0; the last load
    /// uses seeds never looked at while tuning.
    seeds: u64,
}

const LOADS: [Load; 3] = [
    Load {
        name: "light: 2 to 8 operations a case",
        least: 2,
        spread: 7,
        seeds: 0,
    },
    Load {
        name: "heavy: 6 to 17 operations a case",
        least: 6,
        spread: 12,
        seeds: 0,
    },
    Load {
        name: "heavy, fresh seeds not used while tuning",
        least: 6,
        spread: 12,
        seeds: 1_000_000,
    },
];

type Aligner = (&'static str, fn(&[String], &[String]) -> Links);

fn main() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let aligners: [Aligner; 4] = [
        ("newsdiff", baselines::engine),
        ("line diff (difflib-style)", baselines::line_diff),
        ("nearest TF-IDF", |a, b| {
            baselines::nearest_tfidf(a, b, baselines::NEAREST_THRESHOLD)
        }),
        ("nearest TF-IDF, both ways", |a, b| {
            baselines::nearest_tfidf_both_ways(a, b, baselines::NEAREST_THRESHOLD)
        }),
    ];
    // `cargo bench --bench quality -- claims` runs one section.
    let only: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let wanted = |section: &str| {
        only.as_deref()
            .is_none_or(|o| section.starts_with(o) || o.starts_with(section))
    };
    if wanted("revisions") {
        let sources = sources(&data.join("revisions"));
        for load in &LOADS {
            revisions(&sources, load, &aligners);
        }
    }
    if wanted("outlets") {
        outlets(&data.join("outlets"));
    }
    if wanted("claims") {
        claims(&data, only.as_deref() == Some("claims-misses"));
    }
    if wanted("stories") {
        stories(&data);
    }
    if wanted("extraction") {
        extraction();
    }
}

/// Article text from the real saved pages, against the text a person
/// marked, for newsdiff and a tag stripper.
fn extraction() {
    let folder = std::env::var_os("NEWSDIFF_REAL_HTML").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/real/html"),
        PathBuf::from,
    );
    let methods: [(&str, extraction::Extractor); 2] = [
        ("newsdiff", extraction::engine),
        ("baseline: all text in <body>", extraction::all_text),
    ];
    println!(
        "\n### Extraction: real saved web pages ({})\n",
        folder.display()
    );
    println!("| extractor | pages | empty | mean P | mean R | mean F1 | pages below F1 0.8 |");
    println!("|---|---|---|---|---|---|---|");
    for (name, extract) in methods {
        match extraction::score(&folder, extract) {
            Ok(s) => println!(
                "| {name} | {} | {} | {:.3} | {:.3} | {:.3} | {} |",
                s.pages, s.empty, s.precision, s.recall, s.f1, s.poor
            ),
            Err(err) => println!("(skipped: {err}; set NEWSDIFF_REAL_HTML)"),
        }
    }
}

/// Random mixes of events scored; seeds 0 up.
const MIXES: u64 = 200;

/// Story grouping on mixes of the known events.
fn stories(data: &Path) {
    let known = story_eval::events(data).unwrap_or_else(|e| panic!("{e}"));
    let held_out =
        story_eval::held_out_events(&data.join("revisions")).unwrap_or_else(|e| panic!("{e}"));
    let (count, articles) = (
        known.len(),
        known.iter().map(|e| e.articles.len()).sum::<usize>(),
    );
    println!(
        "\n### Stories: {count} known events, {articles} articles; {} held out\n",
        held_out.len()
    );
    let real = story_eval::real_events(&real_articles()).unwrap_or_default();
    let with_held_out: Vec<story_eval::Event> = known.into_iter().chain(held_out).collect();
    let events = &with_held_out[..count];
    println!(
        "| grouping | mix | pair precision | pair recall | pair F1 | stories against events |"
    );
    println!("|---|---|---|---|---|---|");
    let groupers: [(&str, Grouper); 3] = [
        ("newsdiff", story_eval::engine),
        (
            "baseline: titles share a capitalised word",
            story_eval::title_names,
        ),
        ("baseline: one story per date", story_eval::same_date),
    ];
    let all: Vec<&story_eval::Event> = events.iter().collect();
    let everything: Vec<&story_eval::Event> = with_held_out.iter().collect();
    for (name, grouper) in groupers {
        let (mixed, truth) = story_eval::mix(&all, &mut Rng::new(0));
        let one = story_eval::score(&grouper(&mixed), &truth);
        let row = |mix: String, pairs: Counts, stories: String| {
            println!(
                "| {name} | {mix} | {:.3} | {:.3} | {:.3} | {stories} |",
                pairs.precision(),
                pairs.recall(),
                pairs.f1()
            );
        };
        row(
            format!("all {} events", events.len()),
            one.pairs,
            format!("{} stories, {} events", one.stories, one.events),
        );
        let (mixed, truth) = story_eval::mix(&everything, &mut Rng::new(0));
        let held = story_eval::score(&grouper(&mixed), &truth);
        row(
            format!(
                "all {} events, {} held out",
                with_held_out.len(),
                with_held_out.len() - events.len()
            ),
            held.pairs,
            format!("{} stories, {} events", held.stories, held.events),
        );
        if !real.is_empty() {
            let pooled: Vec<&story_eval::Event> = real.iter().collect();
            let (mixed, truth) = story_eval::mix(&pooled, &mut Rng::new(0));
            let all_real = story_eval::score(&grouper(&mixed), &truth);
            row(
                format!("real: all {} incidents", real.len()),
                all_real.pairs,
                format!("{} stories, {} events", all_real.stories, all_real.events),
            );
            let mut alone = Counts::default();
            let mut found = Vec::new();
            for event in &real {
                let outcome =
                    story_eval::score(&grouper(&event.articles), &vec![0; event.articles.len()]);
                alone += outcome.pairs;
                found.push(outcome.stories.to_string());
            }
            row(
                "real: each incident alone".into(),
                alone,
                format!("stories per incident: {}", found.join(", ")),
            );
        }
        let many = story_eval::random_mixes(events, grouper, 0, MIXES);
        row(
            format!("{MIXES} random mixes of 2 to {}", events.len()),
            many.pairs,
            format!(
                "right count in {}/{}; off by {:.2} on average",
                many.right_count,
                many.mixes,
                many.mean_count_error()
            ),
        );
    }
}

/// Events whose keys were never looked at while tuning the claim rules.
/// The real incidents `06_saint-joseph-july-11-2016` and
/// `10_new-orleans-november-27-2016` were held out until 2026-12-06 (23
/// of 45 verdicts right, 3 false conflicts), when their misses were read
/// to learn how the rules fail on news they were not made on; since then
/// all seven real incidents tune, and unseen real news is the judge's.
const HELD_OUT: &[&str] = &["orva-valley-floods", "skycorran-engine-failure"];

/// Where the real incidents' articles are: `NEWSDIFF_REAL`, or the shared
/// folder beside the repository. Their keys live in `eval/data/real/`; the
/// outlets' text is not ours to ship.
fn real_articles() -> PathBuf {
    std::env::var_os("NEWSDIFF_REAL").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/real/clusters"),
        PathBuf::from,
    )
}

/// Claims against the hand-written keys: real reporting and invented
/// events in separate tables, then generated events.
fn claims(data: &Path, show_misses: bool) {
    let keyed = |folder: PathBuf| folder.join("claims.json").is_file().then_some(folder);
    let invented: Vec<claims::Case> = ["claims", "outlets"]
        .iter()
        .flat_map(|sub| fs::read_dir(data.join(sub)).into_iter().flatten().flatten())
        .filter_map(|e| keyed(e.path()))
        .map(|folder| claims::Case::read(&folder).unwrap_or_else(|e| panic!("{e}")))
        .collect();
    let articles = real_articles();
    let real: Vec<claims::Case> = fs::read_dir(data.join("real"))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| keyed(e.path()))
        .filter_map(|key| {
            let folder = articles.join(key.file_name()?);
            if !folder.is_dir() {
                println!(
                    "(skipped {}: set NEWSDIFF_REAL to the folder of real clusters)",
                    folder.display()
                );
                return None;
            }
            Some(claims::Case::read_apart(&key, &folder).unwrap_or_else(|e| panic!("{e}")))
        })
        .collect();
    claims_table("real incidents, several outlets each", real, show_misses);
    claims_table("invented events", invented, show_misses);

    planted_table(
        "generated events (figures planted with known answers)",
        Filing::NextDay,
        show_misses,
    );
    planted_table(
        "generated events, each with an update filed later the same day (date and time)",
        Filing::SameDay,
        show_misses,
    );
}

/// The claims of generated events, beside the baseline's, and how many
/// of the quantities the key calls `updated` are.
fn planted_table(title: &str, filing: Filing, show_misses: bool) {
    println!("\n### Claims: {PLANTED} {title}\n");
    println!("{}", CLAIMS_HEADER.replacen("event", "finder", 1));
    let (mut ours, mut simple) = (claims::Score::default(), claims::Score::default());
    let mut shown = 0;
    for seed in 0..PLANTED {
        let (articles, key) = planted::generate_filed(&mut Rng::new(seed), filing);
        let comparison = compare(&articles);
        let score = claims::score(&comparison, &key);
        // A few generated events that went wrong, to read.
        if show_misses && score.verdicts_right < score.verdicts && shown < 5 {
            shown += 1;
            println!("  generated seed {seed}:");
            claims::print_misses(&comparison, &key);
        }
        ours.add(&score);
        simple.add(&claims::score(&claims::baseline(&comparison), &key));
    }
    println!("{}", claims_row("newsdiff", &ours));
    println!(
        "{}",
        claims_row("baseline (digits named by the next word)", &simple)
    );
    println!(
        "\nQuantities the key calls `updated`, called so: newsdiff {}, baseline {}.",
        share(ours.updates_right, ours.updates),
        share(simple.updates_right, simple.updates)
    );
}

/// One table of hand-annotated events: a row each, tuning and held-out
/// totals, and the baseline over them all.
fn claims_table(title: &str, mut cases: Vec<claims::Case>, show_misses: bool) {
    let held_out = |case: &claims::Case| HELD_OUT.contains(&case.name.as_str());
    cases.sort_by_key(|c| (held_out(c), c.name.clone()));
    println!("\n### Claims: {} {title}\n", cases.len());
    println!("{CLAIMS_HEADER}");
    let mut totals: BTreeMap<bool, claims::Score> = BTreeMap::new();
    let mut baseline = claims::Score::default();
    for case in &cases {
        let comparison = compare(&case.corpus.articles);
        let score = claims::score(&comparison, &case.key);
        let out = held_out(case);
        let name = format!("{}{}", case.name, if out { " (held out)" } else { "" });
        println!("{}", claims_row(&name, &score));
        totals.entry(out).or_default().add(&score);
        baseline.add(&claims::score(&claims::baseline(&comparison), &case.key));
        if show_misses && !out {
            claims::print_misses(&comparison, &case.key);
        }
    }
    for (out, score) in &totals {
        let name = if *out { "**held out**" } else { "**tuning**" };
        println!("{}", claims_row(name, score));
    }
    if !cases.is_empty() {
        println!(
            "{}",
            claims_row("baseline (digits named by the next word), all", &baseline)
        );
    }
}

const CLAIMS_HEADER: &str = "| event | mention P | mention R | qualifier right | verdicts right | shared verdicts right | false conflicts | non-claims taken | unique facts found | unique facts right | alias groups whole |\n|---|---|---|---|---|---|---|---|---|---|---|";

/// Generated claim events scored; seeds 0 up.
const PLANTED: u64 = 200;

/// `a` of `b` with the share: "3/4 (0.75)".
fn share(a: usize, b: usize) -> String {
    format!(
        "{a}/{b} ({:.2})",
        if b == 0 { 1.0 } else { a as f64 / b as f64 }
    )
}

fn claims_row(name: &str, s: &claims::Score) -> String {
    format!(
        "| {name} | {:.3} | {:.3} | {} | {} | {} | {} | {} | {} | {} | {} |",
        s.mentions.precision(),
        s.mentions.recall(),
        share(s.qualifiers_right, s.mentions.tp),
        share(s.verdicts_right, s.verdicts),
        share(s.shared_verdicts_right, s.shared_verdicts),
        s.false_conflicts,
        share(s.non_claims_taken, s.non_claims),
        share(s.facts_found, s.facts),
        share(s.facts_right, s.facts_reported),
        share(s.aliases_whole, s.aliases),
    )
}

/// The invented revision sources, then each bundled article with the
/// other four as its foreign paragraphs.
fn sources(folder: &Path) -> Vec<Source> {
    let mut sources =
        read_sources(folder).unwrap_or_else(|err| panic!("{}: {err}", folder.display()));
    let seeds = bundled().articles;
    for (k, seed) in seeds.iter().enumerate() {
        let foreign = seeds
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != k)
            .flat_map(|(_, a)| body(a))
            .collect();
        sources.push(Source {
            name: seed.id.clone(),
            original: body(seed),
            foreign,
        });
    }
    sources
}

fn body(article: &Article) -> Vec<String> {
    article
        .paragraphs
        .iter()
        .filter(|p| p.kind == ParagraphKind::Body)
        .map(|p| p.text.clone())
        .collect()
}

fn revisions(sources: &[Source], load: &Load, aligners: &[Aligner]) {
    let mut cases: Vec<Case> = Vec::new();
    for (s, source) in sources.iter().enumerate() {
        for seed in 0..CASES_PER_SOURCE {
            let mut rng = Rng::new(load.seeds + 1_000 * s as u64 + seed);
            let edits = load.least + rng.below(load.spread);
            cases.push(generate(&source.original, &source.foreign, edits, &mut rng));
        }
    }
    println!(
        "### Revisions, {}: {} generated cases from {} sources\n",
        load.name,
        cases.len(),
        sources.len()
    );
    println!("| aligner | precision | recall | F1 |\n|---|---|---|---|");
    let mut per_op: Vec<BTreeMap<Operation, Counts>> = Vec::new();
    for (name, align) in aligners {
        let mut total = Counts::default();
        let mut ops: BTreeMap<Operation, Counts> = BTreeMap::new();
        for case in &cases {
            let predicted = align(&case.original, &case.revised);
            total += Counts::of(&predicted, &case.gold);
            for link in predicted.union(&case.gold) {
                let counts = ops.entry(case.tag(*link)).or_default();
                match (predicted.contains(link), case.gold.contains(link)) {
                    (true, true) => counts.tp += 1,
                    (true, false) => counts.fp += 1,
                    (false, true) => counts.fn_ += 1,
                    (false, false) => {}
                }
            }
        }
        println!(
            "| {name} | {:.3} | {:.3} | {:.3} |",
            total.precision(),
            total.recall(),
            total.f1()
        );
        per_op.push(ops);
    }
    println!(
        "\nF1 per operation (links charged to the operation that made the revised paragraph; \"insert foreign\" and \"delete\" have no gold links, so their column is precision: 1.000 means no false link):\n"
    );
    println!(
        "| operation | {} |",
        aligners.iter().map(|a| a.0).collect::<Vec<_>>().join(" | ")
    );
    println!("|---|{}", "---|".repeat(aligners.len()));
    for op in std::iter::once(Operation::Unchanged).chain(Operation::EDITS) {
        let cells: Vec<String> = per_op
            .iter()
            .map(|ops| {
                let c = ops.get(&op).copied().unwrap_or_default();
                if matches!(op, Operation::Insert | Operation::Delete) {
                    format!("{:.3} ({} false)", c.precision(), c.fp)
                } else {
                    format!("{:.3}", c.f1())
                }
            })
            .collect();
        println!("| {} | {} |", op.name(), cells.join(" | "));
    }
}

fn outlets(folder: &Path) {
    let mut sets: Vec<PathBuf> = fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    sets.sort();
    println!("\n### Outlets: {} hand-labelled events\n", sets.len());
    println!(
        "| event | outlets | all in one comparison | pairwise comparisons | nearest TF-IDF, pairwise |\n|---|---|---|---|---|"
    );
    let (mut all, mut pairwise, mut nearest) =
        (Counts::default(), Counts::default(), Counts::default());
    for folder in sets {
        let set = match Set::read(&folder) {
            Ok(set) => set,
            Err(err) => {
                eprintln!("skipping {}: {err}", folder.display());
                continue;
            }
        };
        let articles = &set.corpus.articles;
        let ids: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
        let one = Counts::of(&predicted(&compare(articles)), &set.gold(&ids));
        let (mut two, mut near) = (Counts::default(), Counts::default());
        for a in 0..articles.len() {
            for b in a + 1..articles.len() {
                let pair = [articles[a].clone(), articles[b].clone()];
                let gold = set.gold(&[ids[a], ids[b]]);
                two += Counts::of(&predicted(&compare(&pair)), &gold);
                let texts = |x: &Article| {
                    x.paragraphs
                        .iter()
                        .map(|p| p.text.clone())
                        .collect::<Vec<_>>()
                };
                let links = baselines::nearest_tfidf(
                    &texts(&pair[0]),
                    &texts(&pair[1]),
                    baselines::OUTLET_NEAREST_THRESHOLD,
                );
                let as_places = links
                    .into_iter()
                    .map(|(i, j)| {
                        let (x, y) = ((ids[a].to_string(), i), (ids[b].to_string(), j));
                        if x < y { (x, y) } else { (y, x) }
                    })
                    .collect();
                near += Counts::of(&as_places, &gold);
            }
        }
        println!(
            "| {} | {} | {one} | {two} | {near} |",
            set.name,
            articles.len()
        );
        all += one;
        pairwise += two;
        nearest += near;
    }
    println!("| **all** | | {all} | {pairwise} | {nearest} |");
}
