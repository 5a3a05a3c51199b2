//! Alignment quality as a regression test: the engine on generated revision
//! cases (a quick subset of `cargo bench --bench quality`) must keep its
//! pair F1 at or above the bar, and ahead of the baselines.

use std::fs;
use std::path::Path;

use newsdiff::eval::Rng;
use newsdiff::eval::baselines;
use newsdiff::eval::revisions::generate;
use newsdiff::eval::score::Counts;

#[test]
fn revision_pair_f1_stays_above_the_bar() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/data/revisions");
    let mut mains: Vec<_> = fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".main.txt"))
        .collect();
    mains.sort();
    assert!(
        mains.len() >= 6,
        "the revision sources are in {}",
        folder.display()
    );
    let split = |path: &Path| -> Vec<String> {
        fs::read_to_string(path)
            .unwrap()
            .split("\n\n")
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect()
    };
    let (mut engine, mut line_diff, mut nearest) =
        (Counts::default(), Counts::default(), Counts::default());
    for (s, main) in mains.iter().enumerate() {
        let original = split(main);
        let foreign = split(
            &main.with_file_name(
                main.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .replace(".main.", ".other."),
            ),
        );
        for seed in 0..8 {
            let mut rng = Rng::new(7_000 + 100 * s as u64 + seed);
            let edits = 2 + rng.below(7);
            let case = generate(&original, &foreign, edits, &mut rng);
            engine += Counts::of(
                &baselines::engine(&case.original, &case.revised),
                &case.gold,
            );
            line_diff += Counts::of(
                &baselines::line_diff(&case.original, &case.revised),
                &case.gold,
            );
            nearest += Counts::of(
                &baselines::nearest_tfidf(
                    &case.original,
                    &case.revised,
                    baselines::NEAREST_THRESHOLD,
                ),
                &case.gold,
            );
        }
    }
    assert!(engine.f1() >= 0.97, "engine {engine}");
    assert!(
        engine.f1() > line_diff.f1() && engine.f1() > nearest.f1(),
        "engine {engine}, line diff {line_diff}, nearest {nearest}"
    );
}
