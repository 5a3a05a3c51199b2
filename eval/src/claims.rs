//! Scoring claims against answer keys: hand-written ones
//! (`eval/data/**/claims.json`, written to `eval/data/claims/GUIDE.md`)
//! and generated ones ([`planted`](super::planted)).
//!
//! A key mention is found when a claim mention of the same article and
//! paragraph has the same value; each predicted mention matches at most
//! one key mention. A key claim's verdict is right when the claim holding
//! most of its found mentions has the same verdict. A predicted conflict
//! is false when none of the key claims its mentions belong to is a
//! conflict. A key fact is found when a fact of the same article and
//! paragraph shares most of its words.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::score::Counts;
use newsdiff::compare::{Claim, Comparison, Fact, Mention, Qualifier, Verdict};
use newsdiff::corpus::{Corpus, Input, load};

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct Key {
    pub mentions: Vec<KeyMention>,
    pub claims: Vec<KeyClaim>,
    #[serde(default)]
    pub non_claims: Vec<KeySpan>,
    #[serde(default)]
    pub unique: Vec<KeySpan>,
    #[serde(default)]
    pub aliases: Vec<Vec<String>>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct KeyMention {
    pub article: String,
    pub paragraph: usize,
    pub text: String,
    pub quantity: String,
    pub value: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    pub qualifier: String,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct KeyClaim {
    pub quantity: String,
    pub verdict: String,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct KeySpan {
    pub article: String,
    pub paragraph: usize,
    pub text: String,
}

/// An event's articles and their key.
pub struct Case {
    pub name: String,
    pub corpus: Corpus,
    pub key: Key,
}

impl Case {
    /// Reads a folder holding articles and a `claims.json`.
    pub fn read(folder: &Path) -> Result<Case, String> {
        Case::read_apart(folder, folder)
    }

    /// Reads a key kept apart from the articles it describes: the keys of
    /// real reporting live in this repository, the outlets' text does not.
    pub fn read_apart(key: &Path, articles: &Path) -> Result<Case, String> {
        let file = key.join("claims.json");
        let text =
            std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let key = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
        Ok(Case {
            name: articles
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            corpus: load(&[Input::Path(articles.to_path_buf())]),
            key,
        })
    }
}

/// How a comparison's claims measure up to a key.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Score {
    pub mentions: Counts,
    /// Found mentions whose qualifier is also right.
    pub qualifiers_right: usize,
    /// Key claims whose verdict is right, of all key claims…
    pub verdicts_right: usize,
    pub verdicts: usize,
    /// …and of those several articles state…
    pub shared_verdicts_right: usize,
    pub shared_verdicts: usize,
    /// …and of those the key calls `updated`.
    pub updates_right: usize,
    pub updates: usize,
    pub false_conflicts: usize,
    /// Numbers the key says are not claims, taken as claims.
    pub non_claims_taken: usize,
    pub non_claims: usize,
    pub facts_found: usize,
    pub facts: usize,
    /// Facts reported that are some key fact, of all reported.
    pub facts_right: usize,
    pub facts_reported: usize,
    /// Alias groups whose forms all landed in one name.
    pub aliases_whole: usize,
    pub aliases: usize,
}

impl Score {
    pub fn add(&mut self, other: &Score) {
        self.mentions += other.mentions;
        self.qualifiers_right += other.qualifiers_right;
        self.verdicts_right += other.verdicts_right;
        self.verdicts += other.verdicts;
        self.shared_verdicts_right += other.shared_verdicts_right;
        self.shared_verdicts += other.shared_verdicts;
        self.updates_right += other.updates_right;
        self.updates += other.updates;
        self.false_conflicts += other.false_conflicts;
        self.non_claims_taken += other.non_claims_taken;
        self.non_claims += other.non_claims;
        self.facts_found += other.facts_found;
        self.facts += other.facts;
        self.facts_right += other.facts_right;
        self.facts_reported += other.facts_reported;
        self.aliases_whole += other.aliases_whole;
        self.aliases += other.aliases;
    }
}

/// A predicted mention, flattened for scoring: article id, paragraph,
/// value, qualifier, claim index.
struct Predicted<'a> {
    article: &'a str,
    paragraph: usize,
    value: f64,
    qualifier: &'static str,
    text: &'a str,
    claim: usize,
}

fn same_value(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

/// Predicted mentions, and for each key mention the predicted one it
/// matched: the first unused one of the same article, paragraph and value.
fn matches<'a>(comparison: &'a Comparison, key: &Key) -> (Vec<Predicted<'a>>, Vec<Option<usize>>) {
    let predicted: Vec<Predicted> = comparison
        .claims
        .iter()
        .enumerate()
        .flat_map(|(c, claim)| {
            claim.mentions.iter().map(move |m| Predicted {
                article: comparison.articles[m.article].id.as_str(),
                paragraph: m.paragraph,
                value: m.value,
                qualifier: m.qualifier.as_str(),
                text: m.text.as_str(),
                claim: c,
            })
        })
        .collect();
    let mut used = vec![false; predicted.len()];
    let found = key
        .mentions
        .iter()
        .map(|mention| {
            let hit = predicted.iter().enumerate().position(|(p, pred)| {
                !used[p]
                    && pred.article == mention.article
                    && pred.paragraph == mention.paragraph
                    && same_value(pred.value, mention.value)
            });
            if let Some(p) = hit {
                used[p] = true;
            }
            hit
        })
        .collect();
    (predicted, found)
}

/// For each key claim, the predicted claim holding most of its found
/// mentions (the one whose verdict is judged), and the key mentions it has.
fn chosen_claims(
    key: &Key,
    predicted: &[Predicted],
    found: &[Option<usize>],
) -> Vec<(Option<usize>, Vec<usize>)> {
    key.claims
        .iter()
        .map(|key_claim| {
            let members: Vec<usize> = key
                .mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| m.quantity == key_claim.quantity)
                .map(|(k, _)| k)
                .collect();
            let mut votes: BTreeMap<usize, usize> = BTreeMap::new();
            for &k in &members {
                if let Some(p) = found[k] {
                    *votes.entry(predicted[p].claim).or_default() += 1;
                }
            }
            let chosen = votes
                .iter()
                .max_by_key(|&(c, n)| (*n, std::cmp::Reverse(*c)))
                .map(|(&c, _)| c);
            (chosen, members)
        })
        .collect()
}

/// Scores `comparison` (of the key's articles) against `key`.
pub fn score(comparison: &Comparison, key: &Key) -> Score {
    let (predicted, found) = matches(comparison, key);
    let mut score = Score::default();
    for (mention, hit) in key.mentions.iter().zip(&found) {
        if hit.is_some_and(|p| predicted[p].qualifier == mention.qualifier) {
            score.qualifiers_right += 1;
        }
    }
    let hits = found.iter().flatten().count();
    score.mentions = Counts {
        tp: hits,
        fp: predicted.len() - hits,
        fn_: key.mentions.len() - hits,
    };
    // Verdicts.
    let mut key_claims_of_predicted: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for (key_claim, (chosen, members)) in key
        .claims
        .iter()
        .zip(chosen_claims(key, &predicted, &found))
    {
        for p in members.iter().filter_map(|&k| found[k]) {
            key_claims_of_predicted
                .entry(predicted[p].claim)
                .or_default()
                .push(key_claim.verdict.as_str());
        }
        let articles: std::collections::BTreeSet<&str> = members
            .iter()
            .map(|&k| key.mentions[k].article.as_str())
            .collect();
        let right =
            chosen.is_some_and(|c| comparison.claims[c].verdict.as_str() == key_claim.verdict);
        score.verdicts += 1;
        score.verdicts_right += usize::from(right);
        if articles.len() > 1 {
            score.shared_verdicts += 1;
            score.shared_verdicts_right += usize::from(right);
        }
        if key_claim.verdict == "updated" {
            score.updates += 1;
            score.updates_right += usize::from(right);
        }
    }
    score.false_conflicts = comparison
        .claims
        .iter()
        .enumerate()
        .filter(|(c, claim)| {
            claim.verdict == Verdict::Conflict
                && !key_claims_of_predicted
                    .get(c)
                    .is_some_and(|verdicts| verdicts.contains(&"conflict"))
        })
        .count();
    // Non-claims taken as claims.
    score.non_claims = key.non_claims.len();
    score.non_claims_taken = key
        .non_claims
        .iter()
        .filter(|n| {
            predicted.iter().any(|p| {
                p.article == n.article
                    && p.paragraph == n.paragraph
                    && number_in(&n.text).is_some_and(|v| same_value(v, p.value))
                    && p.text.contains(n.text.trim())
            })
        })
        .count();
    // Facts one article alone reports.
    let same = |f: &Fact, fact: &KeySpan| same_fact(comparison, f, fact);
    score.facts = key.unique.len();
    score.facts_found = key
        .unique
        .iter()
        .filter(|fact| comparison.unique.iter().any(|f| same(f, fact)))
        .count();
    score.facts_reported = comparison.unique.len();
    score.facts_right = comparison
        .unique
        .iter()
        .filter(|f| key.unique.iter().any(|fact| same(f, fact)))
        .count();
    // Aliases.
    score.aliases = key.aliases.len();
    score.aliases_whole = key
        .aliases
        .iter()
        .filter(|group| {
            let names: Vec<Option<usize>> = group
                .iter()
                .map(|form| {
                    // The name that uses this form, or the longest form
                    // inside it ("Marta Lindqvist" in "Fire Chief Marta
                    // Lindqvist": titles are not part of a name).
                    comparison
                        .names
                        .iter()
                        .enumerate()
                        .flat_map(|(k, n)| {
                            std::iter::once(&n.name)
                                .chain(&n.aliases)
                                .map(move |f| (k, f))
                        })
                        .filter(|(_, f)| *f == form || f.len() > 2 && contains_word(form, f))
                        .max_by_key(|(_, f)| f.len())
                        .map(|(k, _)| k)
                })
                .collect();
            names.iter().all(Option::is_some) && names.windows(2).all(|w| w[0] == w[1])
        })
        .count();
    score
}

/// The simplest claim finder, scored by the same harness so the engine's
/// figures mean something: every run of digits is a figure, exact, named
/// by the word after it; figures of one name in several articles conflict
/// unless all are equal. It finds no names and no facts.
pub fn baseline(comparison: &Comparison) -> Comparison {
    let mut groups: BTreeMap<String, Vec<Mention>> = BTreeMap::new();
    for (a, article) in comparison.articles.iter().enumerate() {
        for paragraph in &article.paragraphs {
            let text = &paragraph.text;
            let words: Vec<(usize, usize)> = newsdiff::compare::text::word_spans(text).collect();
            for (k, &(start, end)) in words.iter().enumerate() {
                let word = &text[start..end];
                let Ok(value) = word.replace(',', "").parse::<f64>() else {
                    continue;
                };
                let next = words
                    .get(k + 1)
                    .map_or(String::new(), |&(s, e)| text[s..e].to_lowercase());
                groups.entry(next).or_default().push(Mention {
                    article: a,
                    paragraph: paragraph.index,
                    range: start..end,
                    text: word.to_string(),
                    value,
                    high: None,
                    qualifier: Qualifier::Exact,
                    unit: String::new(),
                    scale: 1.0,
                    attribution: None,
                    vague: false,
                    other: false,
                });
            }
        }
    }
    let claims = groups
        .into_iter()
        .map(|(quantity, mentions)| {
            let articles: std::collections::BTreeSet<usize> =
                mentions.iter().map(|m| m.article).collect();
            let verdict = if articles.len() == 1 {
                Verdict::Unique
            } else if mentions.iter().all(|m| m.value == mentions[0].value) {
                Verdict::Same
            } else {
                Verdict::Conflict
            };
            Claim {
                quantity,
                verdict,
                mentions,
            }
        })
        .collect();
    Comparison {
        claims,
        names: Vec::new(),
        unique: Vec::new(),
        ..comparison.clone()
    }
}

/// Prints what a comparison missed or got wrong against a key, for
/// whoever tunes the rules.
pub fn print_misses(comparison: &Comparison, key: &Key) {
    let id = |a: usize| comparison.articles[a].id.as_str();
    for m in &key.mentions {
        let found = comparison.claims.iter().flat_map(|c| &c.mentions).any(|p| {
            id(p.article) == m.article && p.paragraph == m.paragraph && same_value(p.value, m.value)
        });
        if !found {
            println!(
                "  missed {}/{}: {:?} = {} ({})",
                m.article, m.paragraph, m.text, m.value, m.quantity
            );
        }
    }
    for claim in &comparison.claims {
        for p in &claim.mentions {
            let known = key.mentions.iter().any(|m| {
                id(p.article) == m.article
                    && p.paragraph == m.paragraph
                    && same_value(p.value, m.value)
            });
            if !known {
                println!(
                    "  extra {}/{}: {:?} = {} ({})",
                    id(p.article),
                    p.paragraph,
                    p.text,
                    p.value,
                    claim.quantity
                );
            }
        }
    }
    let (predicted, found) = matches(comparison, key);
    for (key_claim, (chosen, members)) in key
        .claims
        .iter()
        .zip(chosen_claims(key, &predicted, &found))
    {
        let right =
            chosen.is_some_and(|c| comparison.claims[c].verdict.as_str() == key_claim.verdict);
        if right {
            continue;
        }
        let theirs: Vec<String> = members
            .iter()
            .map(|&k| {
                format!(
                    "{}/{} {:?}",
                    key.mentions[k].article, key.mentions[k].paragraph, key.mentions[k].text
                )
            })
            .collect();
        let ours = chosen.map_or("nothing".to_string(), |c| {
            let claim = &comparison.claims[c];
            let texts: Vec<String> = claim
                .mentions
                .iter()
                .map(|m| format!("{}/{} {:?}", id(m.article), m.paragraph, m.text))
                .collect();
            format!(
                "{} {} [{}]",
                claim.quantity,
                claim.verdict.as_str(),
                texts.join("; ")
            )
        });
        println!(
            "  wrong {} {} [{}]: ours {}",
            key_claim.quantity,
            key_claim.verdict,
            theirs.join("; "),
            ours
        );
    }
    for claim in comparison
        .claims
        .iter()
        .filter(|c| c.verdict == Verdict::Conflict)
    {
        let figures: Vec<String> = claim
            .mentions
            .iter()
            .map(|m| format!("{}/{} {:?}", id(m.article), m.paragraph, m.text))
            .collect();
        println!("  our conflict {}: {}", claim.quantity, figures.join("; "));
    }
    for fact in &key.unique {
        let found = comparison
            .unique
            .iter()
            .any(|f| same_fact(comparison, f, fact));
        if !found {
            println!(
                "  fact missed {}/{}: {:?}",
                fact.article, fact.paragraph, fact.text
            );
        }
    }
    for f in &comparison.unique {
        let id = &comparison.articles[f.article].id;
        let right = key.unique.iter().any(|fact| same_fact(comparison, f, fact));
        if !right {
            println!(
                "  fact extra {id}/{} ({}): {:?}",
                f.paragraph,
                f.kind.as_str(),
                f.text
            );
        }
    }
}

/// Whether a reported fact is the key's: same article and paragraph, and
/// most of its words.
fn same_fact(comparison: &Comparison, f: &Fact, fact: &KeySpan) -> bool {
    comparison.articles[f.article].id == fact.article
        && f.paragraph == fact.paragraph
        && overlaps(&f.text, &fact.text)
}

/// Whether `text` holds `word` with no letter or digit either side.
fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The number a non-claim's text holds ("2019", "Flight 447").
fn number_in(text: &str) -> Option<f64> {
    text.split(|c: char| !c.is_ascii_digit() && c != '.')
        .find(|s| !s.is_empty() && s.starts_with(|c: char| c.is_ascii_digit()))
        .and_then(|s| s.trim_end_matches('.').parse().ok())
}

/// Whether two fact texts name the same thing: one holds the other, or
/// they share most of the shorter one's words.
fn overlaps(found: &str, wanted: &str) -> bool {
    let (a, b) = (found.to_lowercase(), wanted.to_lowercase());
    if a.contains(&b) || b.contains(&a) {
        return true;
    }
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 2)
            .map(str::to_string)
            .collect()
    };
    let (x, y) = (words(&a), words(&b));
    let shared = x.iter().filter(|w| y.contains(w)).count();
    let shorter = x.len().min(y.len());
    shorter > 0 && shared * 2 > shorter
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fact_texts_overlap_by_containment_or_shared_words() {
        assert!(overlaps("Li Wei", "Expert Li Wei"));
        assert!(overlaps("national day of mourning", "a day of mourning"));
        assert!(!overlaps("sent shockwaves", "day of mourning"));
    }

    #[test]
    fn non_claim_numbers_are_read_from_their_text() {
        assert_eq!(number_in("Flight 447"), Some(447.0));
        assert_eq!(number_in("2019"), Some(2019.0));
        assert_eq!(number_in("a 34-year-old"), Some(34.0));
    }
}
