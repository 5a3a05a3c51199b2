//! Hand-labelled multi-outlet sets: a folder of articles on one event and
//! a `labels.json` saying which paragraphs report the same thing.
//!
//! ```json
//! {"event": "…", "groups": [{"what": "the toll", "paragraphs": {"daily": [0], "post": [2, 3]}}]}
//! ```
//!
//! Keys are article ids (file stems), numbers paragraph indices. A link is
//! two paragraphs of different articles in one group (gold) or one row
//! (predicted); the score counts links.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;

use newsdiff::compare::Comparison;
use newsdiff::corpus::{Corpus, Input, load};

#[derive(Debug, Deserialize)]
pub struct Labels {
    pub event: String,
    pub groups: Vec<Group>,
}

#[derive(Debug, Deserialize)]
pub struct Group {
    pub what: String,
    pub paragraphs: BTreeMap<String, Vec<usize>>,
}

/// A paragraph, named by article id and index.
pub type Place = (String, usize);

/// An unordered link, stored with its smaller end first.
pub type Link = (Place, Place);

/// A labelled set: its articles and the links its labels make.
pub struct Set {
    pub name: String,
    pub corpus: Corpus,
    pub labels: Labels,
}

impl Set {
    /// Reads a set from its folder.
    pub fn read(folder: &Path) -> Result<Set, String> {
        let labels = std::fs::read_to_string(folder.join("labels.json"))
            .map_err(|e| format!("{}: {e}", folder.display()))?;
        let labels: Labels = serde_json::from_str(&labels)
            .map_err(|e| format!("{}/labels.json: {e}", folder.display()))?;
        let corpus = load(&[Input::Path(folder.to_path_buf())]);
        let name = folder
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok(Set {
            name,
            corpus,
            labels,
        })
    }

    /// The gold links among the articles named in `ids`.
    pub fn gold(&self, ids: &[&str]) -> BTreeSet<Link> {
        let mut links = BTreeSet::new();
        for group in &self.labels.groups {
            let places: Vec<Place> = group
                .paragraphs
                .iter()
                .filter(|(id, _)| ids.contains(&id.as_str()))
                .flat_map(|(id, ps)| ps.iter().map(move |&p| (id.clone(), p)))
                .collect();
            links.extend(cross_links(&places));
        }
        links
    }
}

/// The links a comparison's rows make between its articles.
pub fn predicted(comparison: &Comparison) -> BTreeSet<Link> {
    let mut links = BTreeSet::new();
    for row in &comparison.rows {
        let places: Vec<Place> = row
            .cells
            .filled()
            .flat_map(|(a, ps)| {
                ps.iter()
                    .map(move |&p| (comparison.articles[a].id.clone(), p))
            })
            .collect();
        links.extend(cross_links(&places));
    }
    links
}

/// Every pair of places from different articles.
fn cross_links(places: &[Place]) -> Vec<Link> {
    let mut links = Vec::new();
    for (k, x) in places.iter().enumerate() {
        for y in &places[k + 1..] {
            if x.0 != y.0 {
                links.push(if x < y {
                    (x.clone(), y.clone())
                } else {
                    (y.clone(), x.clone())
                });
            }
        }
    }
    links
}
