//! Measuring story grouping against known events.
//!
//! Every folder of `eval/data/outlets/` and `eval/data/claims/` holds
//! one hand-made event (four to six outlets, some with dated versions), and
//! the bundled sample is one more. Mixing events into one corpus gives a
//! grouping whose answer is known: two articles belong together exactly
//! when they came from one folder. A grouping is scored over pairs of
//! articles (precision, recall and F1 of "these two are in one story"),
//! and by how many stories it finds against how many events went in.
//! The revision sources (`eval/data/revisions/`) are six more events,
//! kept out of every choice of the grouping's settings.
//!
//! ```text
//! truth  {a1 a2 a3} {b1 b2}     predicted  {a1 a2} {a3 b1 b2}
//! pairs  a1a2 a1a3 a2a3 b1b2               a1a2 a3b1 a3b2 b1b2   ─▶ P 2/4, R 2/4
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::Rng;
use super::baselines::article;
use super::revisions::generate;
use super::score::Counts;
use newsdiff::compare::stories;
use newsdiff::compare::text::is_stop_word;
use newsdiff::corpus::{Article, Input, bundled, load};

/// One event's articles.
pub struct Event {
    pub name: String,
    pub articles: Vec<Article>,
}

/// The bundled sample, then every event folder under `data` (its
/// `outlets/` and `claims/`), in name order.
pub fn events(data: &Path) -> Result<Vec<Event>, String> {
    let mut folders = Vec::new();
    for sub in ["outlets", "claims"] {
        let dir = data.join(sub);
        let entries = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        folders.extend(entries.flatten().map(|e| e.path()).filter(|p| p.is_dir()));
    }
    folders.sort();
    let mut events = vec![Event {
        name: "bundled sample".into(),
        articles: bundled().articles,
    }];
    for folder in folders {
        let corpus = load(&[Input::Path(folder.clone())]);
        if corpus.articles.is_empty() {
            return Err(format!("{}: no articles", folder.display()));
        }
        events.push(Event {
            name: folder
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            articles: corpus.articles,
        });
    }
    Ok(events)
}

/// The revision sources in `folder`, one event each: `NAME.main.txt` and
/// `NAME.other.txt` are two outlets' reports of one invented event. They
/// played no part in choosing [`stories::JOIN`], so they are held out.
pub fn held_out_events(folder: &Path) -> Result<Vec<Event>, String> {
    let entries = std::fs::read_dir(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    let mut files: BTreeMap<String, Vec<Input>> = BTreeMap::new();
    for path in paths {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        if let Some((event, _)) = name.as_deref().and_then(|n| n.split_once('.')) {
            files
                .entry(event.to_string())
                .or_default()
                .push(Input::Path(path.clone()));
        }
    }
    Ok(files
        .into_iter()
        .map(|(name, inputs)| Event {
            name,
            articles: load(&inputs).articles,
        })
        .collect())
}

/// Real incidents, one folder of outlets' articles each, in name order.
pub fn real_events(folder: &Path) -> Result<Vec<Event>, String> {
    let entries = std::fs::read_dir(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let mut folders: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    Ok(folders
        .into_iter()
        .map(|folder| Event {
            name: folder
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            articles: load(&[Input::Path(folder.clone())]).articles,
        })
        .filter(|e| !e.articles.is_empty())
        .collect())
}

/// Several events' articles in one corpus, shuffled so no method can lean
/// on file order, with each article's event.
pub fn mix(events: &[&Event], rng: &mut Rng) -> (Vec<Article>, Vec<usize>) {
    let mut all: Vec<(Article, usize)> = events
        .iter()
        .enumerate()
        .flat_map(|(e, event)| event.articles.iter().map(move |a| (a.clone(), e)))
        .collect();
    rng.shuffle(&mut all);
    all.into_iter().unzip()
}

/// `count` articles made from `events`' articles, each revised again and
/// again with fixed seeds (a few edits each, some with another article's
/// paragraphs), so every event becomes a story of many near-copies, with
/// each article's event: what a folder of live stories' versions holds.
pub fn revised(events: &[Event], count: usize) -> (Vec<Article>, Vec<usize>) {
    let body =
        |a: &Article| -> Vec<String> { a.paragraphs.iter().map(|p| p.text.clone()).collect() };
    let bodies: Vec<(usize, Vec<String>, Vec<String>)> = events
        .iter()
        .enumerate()
        .flat_map(|(e, event)| {
            let all: Vec<Vec<String>> = event.articles.iter().map(body).collect();
            (0..all.len()).map(move |k| {
                let others = all.iter().enumerate().filter(|&(j, _)| j != k);
                (
                    e,
                    all[k].clone(),
                    others.flat_map(|(_, b)| b.clone()).collect(),
                )
            })
        })
        .collect();
    (0..count)
        .map(|k| {
            let (e, body, foreign) = &bodies[k % bodies.len()];
            let mut rng = Rng::new(k as u64);
            let edits = 2 + rng.below(8);
            let case = generate(body, foreign, edits, &mut rng);
            (article(&format!("article-{k}"), &case.revised), *e)
        })
        .unzip()
}

/// A way of grouping articles into stories, as groups of indices.
pub type Grouper = fn(&[Article]) -> Vec<Vec<usize>>;

/// newsdiff's [`stories::stories`].
pub fn engine(articles: &[Article]) -> Vec<Vec<usize>> {
    stories::stories(articles)
        .into_iter()
        .map(|s| s.articles)
        .collect()
}

/// Baseline: one story per day, as a folder sorted by date reads.
pub fn same_date(articles: &[Article]) -> Vec<Vec<usize>> {
    let mut days: BTreeMap<_, Vec<usize>> = BTreeMap::new();
    for (i, article) in articles.iter().enumerate() {
        days.entry(article.date.map(|d| d.day()))
            .or_default()
            .push(i);
    }
    days.into_values().collect()
}

/// Baseline: articles are in one story when their titles share a
/// capitalised word other than the first and function words (a name,
/// mostly), joined transitively.
pub fn title_names(articles: &[Article]) -> Vec<Vec<usize>> {
    let mut first_with: BTreeMap<String, usize> = BTreeMap::new();
    let mut parent: Vec<usize> = (0..articles.len()).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for (i, article) in articles.iter().enumerate() {
        let words = newsdiff::compare::text::words(&article.title).skip(1);
        for word in words.filter(|w| w.starts_with(char::is_uppercase)) {
            if is_stop_word(&word.to_lowercase()) {
                continue;
            }
            let j = *first_with.entry(word.to_string()).or_insert(i);
            let (a, b) = (root(&mut parent, i), root(&mut parent, j));
            parent[a] = b;
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..articles.len() {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    groups.into_values().collect()
}

/// The pairs of articles that share a group, each (smaller, larger).
fn pairs<'a>(groups: impl IntoIterator<Item = &'a [usize]>) -> BTreeSet<(usize, usize)> {
    let mut pairs = BTreeSet::new();
    for group in groups {
        for (k, &a) in group.iter().enumerate() {
            pairs.extend(group[k + 1..].iter().map(|&b| (a.min(b), a.max(b))));
        }
    }
    pairs
}

/// How one grouping did on one mix.
#[derive(Clone, Copy, Debug, Default)]
pub struct Outcome {
    pub pairs: Counts,
    pub stories: usize,
    pub events: usize,
}

/// Scores `groups` against each article's event in `truth`.
pub fn score(groups: &[Vec<usize>], truth: &[usize]) -> Outcome {
    let mut events: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (article, &event) in truth.iter().enumerate() {
        events.entry(event).or_default().push(article);
    }
    let gold = pairs(events.values().map(Vec::as_slice));
    let predicted = pairs(groups.iter().map(Vec::as_slice));
    Outcome {
        pairs: Counts::of(&predicted, &gold),
        stories: groups.len(),
        events: events.len(),
    }
}

/// Outcomes summed over many mixes.
#[derive(Clone, Copy, Debug, Default)]
pub struct Summary {
    pub pairs: Counts,
    pub mixes: usize,
    /// Mixes where the number of stories equals the number of events.
    pub right_count: usize,
    /// Summed |stories − events|.
    pub count_error: usize,
}

impl Summary {
    pub fn add(&mut self, outcome: Outcome) {
        self.pairs += outcome.pairs;
        self.mixes += 1;
        self.right_count += usize::from(outcome.stories == outcome.events);
        self.count_error += outcome.stories.abs_diff(outcome.events);
    }

    /// The mean of |stories − events| per mix.
    pub fn mean_count_error(&self) -> f64 {
        self.count_error as f64 / self.mixes.max(1) as f64
    }
}

/// `grouper` on `count` random mixes of 2 to all events, seeded from
/// `seed`: each mix picks how many events, which, and shuffles them.
pub fn random_mixes(events: &[Event], grouper: Grouper, seed: u64, count: u64) -> Summary {
    let mut summary = Summary::default();
    for k in 0..count {
        let mut rng = Rng::new(seed + k);
        let size = 2 + rng.below(events.len() - 1);
        let mut chosen: Vec<&Event> = events.iter().collect();
        rng.shuffle(&mut chosen);
        chosen.truncate(size);
        let (articles, truth) = mix(&chosen, &mut rng);
        summary.add(score(&grouper(&articles), &truth));
    }
    summary
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_are_scored_against_the_events() {
        // truth {0 1 2} {3 4}; predicted {0 1} {2 3 4}
        let outcome = score(&[vec![0, 1], vec![2, 3, 4]], &[0, 0, 0, 1, 1]);
        assert_eq!(
            outcome.pairs,
            Counts {
                tp: 2,
                fp: 2,
                fn_: 2
            }
        );
        assert_eq!((outcome.stories, outcome.events), (2, 2));
    }

    #[test]
    fn title_baseline_joins_titles_sharing_a_name() {
        let article = |title: &str| {
            let mut a = crate::baselines::article("a", &["Text.".to_string()]);
            a.title = title.into();
            a
        };
        let articles = [
            article("Floods hit Kessin"),
            article("The Kessin toll rises"),
            article("Dam bursts in The Varne"),
        ];
        assert_eq!(title_names(&articles), [vec![0, 1], vec![2]]);
    }
}
