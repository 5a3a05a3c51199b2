use proptest::prelude::*;

use super::*;
use crate::corpus::{Article, Syntax, parse};

fn article(id: &str, text: &str) -> Article {
    Article::new(
        id.to_string(),
        format!("{id}.txt"),
        parse(text, Syntax::Plain),
    )
}

/// Rows as (kind, cells), for compact assertions.
fn shape(comparison: &Comparison) -> Vec<(RowKind, Vec<Vec<usize>>)> {
    comparison
        .rows
        .iter()
        .map(|r| (r.kind, r.cells.iter().map(<[usize]>::to_vec).collect()))
        .collect()
}

const QUAKE: &str = "A magnitude 6.1 earthquake struck the coastal town of Velmora early on Tuesday.\n\n\
    Rescue teams pulled twelve survivors from a collapsed school, the mayor said.\n\n\
    Aftershocks\n\n\
    Seismologists warned that aftershocks could continue for several weeks along the fault.\n\n\
    The port authority closed the harbour to shipping while engineers inspected the piers.";

#[test]
fn identical_articles_align_one_to_one() {
    let comparison = compare(&[article("a", QUAKE), article("b", QUAKE)]);
    let expected: Vec<_> = (0..5)
        .map(|p| (RowKind::Same, vec![vec![p], vec![p]]))
        .collect();
    assert_eq!(shape(&comparison), expected);
    assert!(comparison.rows.iter().all(|r| r.similarity == 1.0));
}

#[test]
fn reordered_paragraphs_meet_their_counterparts() {
    let reordered = "The port authority closed the harbour to shipping while engineers inspected the piers.\n\n\
        A magnitude 6.1 earthquake struck the coastal town of Velmora early on Tuesday.\n\n\
        Seismologists warned that aftershocks could continue for several weeks along the fault.\n\n\
        Rescue teams pulled twelve survivors from a collapsed school, the mayor said.";
    let comparison = compare(&[article("a", QUAKE), article("b", reordered)]);
    let pairs: Vec<_> = comparison
        .rows
        .iter()
        .map(|r| (r.cells[0].first().copied(), r.cells[1].first().copied()))
        .collect();
    assert!(pairs.contains(&(Some(0), Some(1))));
    assert!(pairs.contains(&(Some(1), Some(3))));
    assert!(pairs.contains(&(Some(3), Some(2))));
    assert!(pairs.contains(&(Some(4), Some(0))));
    assert!(
        pairs.contains(&(Some(2), None)),
        "the heading only A has stands alone"
    );
    let left_order: Vec<_> = comparison
        .rows
        .iter()
        .filter_map(|r| r.cells[0].first().copied())
        .collect();
    assert_eq!(left_order, [0, 1, 2, 3, 4], "rows follow the left article");
    let moved: Vec<_> = (0..comparison.rows.len())
        .filter(|&r| comparison.is_moved(r, 1))
        .collect();
    assert!(
        !moved.is_empty(),
        "some of B's paragraphs are out of its order"
    );
}

#[test]
fn edits_are_changed_rows_and_paraphrases_related() {
    let edited = "A magnitude 6.2 earthquake struck the coastal town of Velmora early on Tuesday morning.\n\n\
        Rescuers found twelve survivors in the ruins of the school, Velmora's mayor told reporters.";
    let comparison = compare(&[article("a", QUAKE), article("b", edited)]);
    let row = |p: usize| comparison.rows.iter().find(|r| r.cells[0] == [p]).unwrap();
    assert_eq!(row(0).cells[1], [0]);
    assert_eq!(row(0).kind, RowKind::Changed);
    assert_eq!(row(1).cells[1], [1]);
    assert_eq!(row(1).kind, RowKind::Related);
    assert!(
        row(0).similarity > row(1).similarity,
        "{} > {}",
        row(0).similarity,
        row(1).similarity
    );
}

#[test]
fn unrelated_paragraphs_do_not_share_a_row() {
    let other = "The city council approved a new budget for public libraries and parks.\n\n\
        Museum attendance rose sharply after the renovation of the west wing.";
    let comparison = compare(&[article("a", QUAKE), article("b", other)]);
    assert!(comparison.rows.iter().all(|r| r.kind == RowKind::Unique));
    assert_eq!(comparison.rows.len(), 7);
}

#[test]
fn unmatched_paragraphs_sit_after_their_neighbour() {
    let inserted = "A magnitude 6.1 earthquake struck the coastal town of Velmora early on Tuesday.\n\n\
        Power lines fell across the northern highway, cutting electricity to thousands of homes.\n\n\
        Rescue teams pulled twelve survivors from a collapsed school, the mayor said.";
    let comparison = compare(&[article("a", QUAKE), article("b", inserted)]);
    assert_eq!(
        comparison.rows[0].cells,
        Cells::from(vec![vec![0], vec![0]])
    );
    assert_eq!(comparison.rows[1].cells, Cells::from(vec![vec![], vec![1]]));
    assert_eq!(comparison.rows[1].kind, RowKind::Unique);
    assert_eq!(
        comparison.rows[2].cells,
        Cells::from(vec![vec![1], vec![2]])
    );
}

#[test]
fn boilerplate_is_never_aligned() {
    let a = "Advertisement\n\nThe harbour reopened on Friday after inspections.";
    let comparison = compare(&[article("a", a), article("b", a)]);
    assert_eq!(comparison.rows[0].cells, Cells::from(vec![vec![0], vec![]]));
    assert_eq!(
        comparison.rows[1].cells,
        Cells::from(vec![vec![], vec![0]]),
        "just above B's first match"
    );
    assert_eq!(comparison.rows[2].kind, RowKind::Same);
}

#[test]
fn three_articles_give_three_way_rows() {
    let comparison = compare(&[
        article("a", QUAKE),
        article("b", QUAKE),
        article("c", QUAKE),
    ]);
    assert_eq!(comparison.rows.len(), 5);
    assert!(
        comparison
            .rows
            .iter()
            .all(|r| r.cells.iter().all(|c| c.len() == 1))
    );
}

#[test]
fn pair_diffs_mark_the_changed_figure() {
    let b = QUAKE.replace("twelve", "fourteen");
    let comparison = compare(&[article("a", QUAKE), article("b", &b)]);
    let diffs = comparison.pair_diffs(0, 1);
    let row = comparison
        .rows
        .iter()
        .position(|r| r.cells[0] == [1])
        .unwrap();
    let text = &comparison.articles[1].paragraphs[1].text;
    assert_eq!(&text[diffs[row].right[0].range.clone()], "fourteen");
    assert!(
        diffs
            .iter()
            .enumerate()
            .all(|(r, d)| r == row || d == &PairDiff::default())
    );
}

fn paragraph_texts() -> impl Strategy<Value = Vec<String>> {
    let word = prop::sample::select(vec![
        "harbour",
        "quake",
        "rescue",
        "school",
        "mayor",
        "twelve",
        "aftershock",
        "fault",
        "engineers",
        "piers",
        "budget",
        "council",
        "museum",
        "power",
        "highway",
        "north",
        "storm",
        "river",
        "flood",
        "bridge",
    ]);
    prop::collection::vec(
        prop::collection::vec(word, 3..12).prop_map(|w| format!("{}.", w.join(" "))),
        1..10,
    )
}

proptest! {
    /// One article alone takes a shortcut; beside an empty article it goes
    /// the general way, which must give the same rows.
    #[test]
    fn one_article_alone_is_aligned_as_the_general_path_would(texts in paragraph_texts()) {
        let text = format!("Advertisement\n\n{}", texts.join("\n\n"));
        let alone = align::align(&[article("a", &text)], 40);
        let beside = align::align(&[article("a", &text), article("b", "")], 40);
        let seen = |rows: &[Row]| -> Vec<(RowKind, f32, Vec<usize>)> {
            rows.iter().map(|r| (r.kind, r.similarity, r.cells[0].to_vec())).collect()
        };
        prop_assert_eq!(seen(&alone), seen(&beside));
        prop_assert!(beside.iter().all(|r| r.cells[1].is_empty()));
    }

    #[test]
    fn every_paragraph_appears_in_exactly_one_row(texts in prop::collection::vec(paragraph_texts(), 1..5)) {
        let articles: Vec<Article> = texts.iter().enumerate().map(|(i, t)| article(&format!("a{i}"), &t.join("\n\n"))).collect();
        let comparison = compare(&articles);
        for (a, article) in articles.iter().enumerate() {
            let mut seen: Vec<usize> = comparison.rows.iter().flat_map(|r| r.cells[a].to_vec()).collect();
            seen.sort_unstable();
            prop_assert_eq!(seen, (0..article.paragraphs.len()).collect::<Vec<_>>());
        }
        for row in &comparison.rows {
            prop_assert!(row.cells.iter().any(|c| !c.is_empty()));
            prop_assert!((0.0..=1.0).contains(&row.similarity));
        }
        // Rows follow the left article: each stands where its left text
        // begins (a merge may join paragraphs that stood apart).
        let starts: Vec<usize> = comparison.rows.iter().filter_map(|r| r.cells[0].first().copied()).collect();
        prop_assert!(starts.windows(2).all(|w| w[0] < w[1]), "{:?}", starts);
    }

    #[test]
    fn identical_inputs_align_one_to_one(texts in paragraph_texts()) {
        let text = texts.join("\n\n");
        let comparison = compare(&[article("a", &text), article("b", &text)]);
        for row in &comparison.rows {
            prop_assert_eq!(&row.cells[0], &row.cells[1]);
        }
    }
}

/// One revision operation each, on an article that is not about the
/// sample's event.
mod revisions {
    use super::*;

    const BUDGET: &str = "The city council approved a budget of 41 million for the coming year after a long debate on Monday night.\n\n\
        Most of the new money goes to road repairs in the northern districts, where potholes have damaged buses. The transport office asked for more.\n\n\
        Library opening hours will be extended on weekends, a change that readers groups had sought for three years.\n\n\
        Two councillors voted against the plan, saying the parks department had been left with too little for tree planting.\n\n\
        The mayor said the budget balanced ambition with caution and promised a review in the spring.";

    fn pairs(comparison: &Comparison) -> Vec<(Vec<usize>, Vec<usize>)> {
        comparison
            .rows
            .iter()
            .map(|r| (r.cells[0].to_vec(), r.cells[1].to_vec()))
            .collect()
    }

    fn revise(edit: impl Fn(Vec<&str>) -> Vec<String>) -> Comparison {
        let paragraphs: Vec<&str> = BUDGET.split("\n\n").collect();
        let revised = edit(paragraphs).join("\n\n");
        compare(&[article("v1", BUDGET), article("v2", &revised)])
    }

    #[test]
    fn a_split_paragraph_is_one_row_with_both_halves() {
        let comparison = revise(|mut p| {
            let (first, second) = p[1].split_once(". ").unwrap();
            let (first, second) = (format!("{first}."), second.to_string());
            p.remove(1);
            let mut out: Vec<String> = p.iter().map(|s| s.to_string()).collect();
            out.insert(1, first);
            out.insert(2, second);
            out
        });
        assert!(
            pairs(&comparison).contains(&(vec![1], vec![1, 2])),
            "{:?}",
            pairs(&comparison)
        );
    }

    #[test]
    fn merged_paragraphs_are_one_row_with_both_sources() {
        let comparison = revise(|p| {
            let mut out: Vec<String> = p.iter().map(|s| s.to_string()).collect();
            let merged = format!("{} {}", out[2], out[3]);
            out.splice(2..4, [merged]);
            out
        });
        assert!(
            pairs(&comparison).contains(&(vec![2, 3], vec![2])),
            "{:?}",
            pairs(&comparison)
        );
    }

    #[test]
    fn a_deleted_paragraph_stands_alone() {
        let comparison = revise(|mut p| {
            p.remove(3);
            p.iter().map(|s| s.to_string()).collect()
        });
        assert!(pairs(&comparison).contains(&(vec![3], vec![])));
        assert!(pairs(&comparison).contains(&(vec![4], vec![3])));
    }

    /// Unchanged paragraphs take a shortcut to their copies' rows; a
    /// paragraph the update repeats has one copy too many for it, and the
    /// extra copy is weighed like any new paragraph.
    #[test]
    fn a_paragraph_repeated_in_an_update_keeps_one_row_and_the_copy_stands_alone() {
        let comparison = revise(|p| {
            let mut out: Vec<String> = p.iter().map(|s| s.to_string()).collect();
            out.push(p[2].to_string());
            out
        });
        let expected: Vec<(Vec<usize>, Vec<usize>)> = (0..5)
            .map(|p| (vec![p], vec![p]))
            .chain([(vec![], vec![5])])
            .collect();
        assert_eq!(pairs(&comparison), expected);
        assert_eq!(comparison.rows[2].kind, RowKind::Same);
    }

    #[test]
    fn copies_of_a_repeated_paragraph_pair_with_copies() {
        let text = |v: &[usize]| {
            let p: Vec<&str> = BUDGET.split("\n\n").collect();
            v.iter().map(|&i| p[i]).collect::<Vec<_>>().join("\n\n")
        };
        let comparison = compare(&[
            article("v1", &text(&[0, 1, 2, 1, 3])),
            article("v2", &text(&[0, 1, 2, 1, 3, 4])),
        ]);
        let expected: Vec<(Vec<usize>, Vec<usize>)> = (0..5)
            .map(|p| (vec![p], vec![p]))
            .chain([(vec![], vec![5])])
            .collect();
        assert_eq!(pairs(&comparison), expected);
        assert!(comparison.rows[..5].iter().all(|r| r.kind == RowKind::Same));
    }

    #[test]
    fn an_inserted_paragraph_sharing_vocabulary_stands_alone() {
        let comparison = revise(|p| {
            let mut out: Vec<String> = p.iter().map(|s| s.to_string()).collect();
            out.insert(2, "Council staff said the budget debate on Monday was the longest in a decade, with the mayor speaking twice.".to_string());
            out
        });
        assert!(
            pairs(&comparison).contains(&(vec![], vec![2])),
            "{:?}",
            pairs(&comparison)
        );
        let linked = pairs(&comparison)
            .iter()
            .filter(|(a, b)| !a.is_empty() && !b.is_empty())
            .count();
        assert_eq!(linked, 5);
    }

    #[test]
    fn reordered_sentences_and_a_moved_paragraph_still_match() {
        let comparison = revise(|p| {
            let mut out: Vec<String> = p.iter().map(|s| s.to_string()).collect();
            let (a, b) = out[1].split_once(". ").unwrap();
            out[1] = format!("{b} {a}.");
            let moved = out.remove(4);
            out.insert(0, moved);
            out
        });
        let found = pairs(&comparison);
        assert!(found.contains(&(vec![1], vec![2])), "{found:?}");
        assert!(found.contains(&(vec![4], vec![0])), "{found:?}");
        let row = comparison
            .rows
            .iter()
            .position(|r| r.cells[0] == [4])
            .unwrap();
        assert!(!comparison.is_moved(row, 0));
    }

    #[test]
    fn a_merge_of_paragraphs_that_stood_apart_moves_nothing_else() {
        let comparison = revise(|p| {
            let mut out: Vec<String> = p.iter().map(|s| s.to_string()).collect();
            let merged = format!("{} {}", out[1], out[3]);
            out[1] = merged;
            out.remove(3);
            out
        });
        let row = comparison
            .rows
            .iter()
            .position(|r| r.cells[0] == [1, 3])
            .expect("one row for the merge");
        assert_eq!(comparison.rows[row].cells[1], [1]);
        let moved: Vec<usize> = (0..comparison.rows.len())
            .filter(|&r| comparison.is_moved(r, 0))
            .collect();
        assert!(
            moved.is_empty(),
            "the left article's own order is kept: {moved:?}"
        );
    }

    #[test]
    fn a_heavily_reworded_paragraph_still_matches() {
        let comparison = revise(|p| {
            let mut out: Vec<String> = p.iter().map(|s| s.to_string()).collect();
            out[3] = "Saying the parks department was left short of money for planting trees, two councillors opposed the plan.".to_string();
            out
        });
        assert!(
            pairs(&comparison).contains(&(vec![3], vec![3])),
            "{:?}",
            pairs(&comparison)
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The left article's links to each other article do not depend on the
    /// order in which the others are given.
    #[test]
    fn links_to_the_left_article_do_not_depend_on_the_others_order(texts in prop::collection::vec(paragraph_texts(), 3..5)) {
        let articles: Vec<Article> = texts.iter().enumerate().map(|(i, t)| article(&format!("a{i}"), &t.join("\n\n"))).collect();
        let mut reversed = articles.clone();
        reversed[1..].reverse();
        let (x, y) = (compare(&articles), compare(&reversed));
        let n = articles.len();
        for b in 1..n {
            let links = |c: &Comparison, b: usize| -> Vec<(usize, usize)> {
                let mut l: Vec<_> = c.rows.iter().flat_map(|r| r.cells[0].iter().flat_map(|&i| r.cells[b].iter().map(move |&j| (i, j))).collect::<Vec<_>>()).collect();
                l.sort_unstable();
                l
            };
            prop_assert_eq!(links(&x, b), links(&y, n - b));
        }
    }
}

#[test]
fn an_alias_is_wording_but_another_name_is_a_different_claim() {
    let rank = |right: &str| {
        let comparison = compare(&[
            article(
                "a",
                "The attack on the hall was claimed by IS-K on Friday night, police said.",
            ),
            article("b", right),
        ]);
        comparison.pair_diffs(0, 1)[0].significance()
    };
    assert_eq!(
        rank(
            "The attack on the hall was claimed by the Islamic State in Khorasan on Friday night, police said."
        ),
        Some(Significance::Wording)
    );
    assert_eq!(
        rank("The attack on the hall was claimed by Hamas on Friday night, police said."),
        Some(Significance::Substantive)
    );
}

/// Paragraphs that all share one vocabulary (a dump of one word list) are
/// each a candidate for only their closest rows; every paragraph still
/// meets its own edited counterpart.
#[test]
fn paragraphs_of_one_vocabulary_still_meet_their_counterparts() {
    let words = [
        "river", "bridge", "council", "flood", "road", "school", "storm", "water", "crew", "night",
        "north", "south",
    ];
    let paragraph = |i: usize| -> String {
        let mut text: Vec<&str> = (0..10)
            .map(|k| words[(i * 7 + k * 5) % words.len()])
            .collect();
        text.push("Token");
        format!("{} number{i}.", text.join(" "))
    };
    let original: Vec<String> = (0..120).map(paragraph).collect();
    let revised: Vec<String> = original.iter().map(|p| format!("{p} Later.")).collect();
    let comparison = compare(&[
        article("a", &original.join("\n\n")),
        article("b", &revised.join("\n\n")),
    ]);
    for row in &comparison.rows {
        assert_eq!(row.cells[0], row.cells[1], "{:?}", row);
    }
    assert_eq!(comparison.rows.len(), 120);
}

#[test]
fn a_comparison_on_all_cores_is_the_one_on_one() {
    // Long enough that rayon splits the paragraphs and rows among threads;
    // nine articles, past the handful aligned beside the story grouping.
    let base: Vec<String> = (0..300)
        .map(|i| {
            format!(
                "Officials in Halvern said {} people were hurt near the {} bridge on day {i}.",
                i % 40 + 2,
                ["north", "river", "old"][i % 3]
            )
        })
        .collect();
    let articles: Vec<Article> = (0..9)
        .map(|a| {
            let text: Vec<String> = base
                .iter()
                .enumerate()
                .filter(|(i, _)| (i + a) % 7 != 0)
                .map(|(i, p)| {
                    if (i * a) % 11 == 1 {
                        p.replace("hurt", "injured")
                    } else {
                        p.clone()
                    }
                })
                .collect();
            article(&format!("outlet{a}"), &text.join("\n\n"))
        })
        .collect();
    let on = |threads: usize| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap()
            .install(|| {
                let (all, two) = (compare(&articles), compare(&articles[..2]));
                let diffs = (all.pair_diffs(0, 1), two.pair_diffs(0, 1));
                (all, two, diffs)
            })
    };
    let (one, many) = (on(1), on(4));
    for (x, y) in [(&one.0, &many.0), (&one.1, &many.1)] {
        assert!(!x.claims.is_empty());
        assert_eq!(x.rows, y.rows);
        assert_eq!(x.claims, y.claims);
        assert_eq!(x.unique, y.unique);
        assert_eq!(x.stories, y.stories);
    }
    assert_eq!(one.2, many.2);
}
