//! Facts only one article reports: a name no other article uses, a figure
//! no other gives.
//!
//! A reader comparing reports wants to know what one outlet adds. Names
//! come from [`names`](super::names) (so an alias is not a new name), and
//! figures from the claims (a figure no other article gives and no
//! conflict or update already shows). The outlets' own names and
//! capitalised words that only ever open a sentence are no names.
//!
//! Phrases of the article's own words ("distinctive details") were
//! reported too until 2026-12-06: against keys written by reading, a
//! quarter to a third of them were details a reader would name, the rest
//! wording ("important message", "care puts heavy pressure"), so they
//! buried the checkable facts; BENCHMARKS.md has the figures.

use foldhash::{HashMap, HashMapExt, HashSet};
use std::ops::Range;

use serde::Serialize;

use super::claims::{Claim, Verdict};
use super::names::Name;
use super::text::words;
use crate::corpus::Article;

/// Something one article reports and no other does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    pub article: usize,
    pub paragraph: usize,
    pub range: Range<usize>,
    pub text: String,
    pub kind: FactKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FactKind {
    Name,
    Figure,
}

impl FactKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FactKind::Name => "name",
            FactKind::Figure => "figure",
        }
    }
}

/// The facts only one of `articles` reports, in article and paragraph
/// order. With a single article nothing is unique to it.
pub fn find(articles: &[Article], names: &[Name], claims: &[Claim]) -> Vec<Fact> {
    draft(articles, names).finish(claims)
}

/// The facts [`find`] gets from the text alone, found while the claims
/// are (they need nothing of them), for [`Drafts::finish`] to complete:
/// the names only one article uses, or none at all with fewer than two
/// articles, where nothing is one article's own.
pub struct Drafts {
    names: Option<Vec<Fact>>,
}

/// The first half of [`find`].
pub fn draft(articles: &[Article], names: &[Name]) -> Drafts {
    if articles.len() < 2 {
        return Drafts { names: None };
    }
    let mut facts = Vec::new();
    // A name is an article's own only if no other article's text holds
    // any of its forms, even inside a longer name ("Paris Olympics"), in
    // any case ("Henan Province", "Henan province"). Each article's
    // words, so only articles holding every word of a form are searched
    // for it.
    let lowered: Vec<Vec<String>> = articles
        .iter()
        .map(|a| a.paragraphs.iter().map(|p| p.text.to_lowercase()).collect())
        .collect();
    let vocabularies: Vec<HashSet<&str>> = lowered
        .iter()
        .map(|texts| texts.iter().flat_map(|t| words(t)).collect())
        .collect();
    let named_elsewhere = |name: &Name, a: usize| {
        let forms: Vec<String> = std::iter::once(&name.name)
            .chain(&name.aliases)
            .map(|form| form.to_lowercase())
            .collect();
        (0..articles.len()).any(|b| {
            b != a
                && forms.iter().any(|form| {
                    words(form).all(|w| vocabularies[b].contains(w))
                        && lowered[b].iter().any(|text| contains_word(text, form))
                })
        })
    };
    // The outlets' own names ("Gazette", "GMW" for Global Markets Wire)
    // are no fact of the event.
    let outlets: HashSet<String> = articles
        .iter()
        .flat_map(|a| {
            let words: Vec<String> = words(&a.source).map(str::to_lowercase).collect();
            let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
            words.into_iter().chain(std::iter::once(initials))
        })
        .collect();
    let outlet = |name: &Name| {
        std::iter::once(&name.name)
            .chain(&name.aliases)
            .any(|form| words(form).all(|w| outlets.contains(&w.to_lowercase())))
    };
    // A capitalised word only ever at the start of a sentence ("Every",
    // "Fatigue", "We") is an ordinary word, not a name.
    let sentence_word = |name: &Name| {
        !name.name.contains(' ')
            && name.places.iter().all(|place| {
                let text = &articles[place.article].paragraphs[place.paragraph].text;
                text[..place.range.start]
                    .trim_end_matches([' ', '"', '“', '‘', '\'', '(', '—'])
                    .chars()
                    .next_back()
                    .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | ';'))
            })
    };
    for name in names {
        if name.articles().len() == 1
            && !named_elsewhere(name, name.places[0].article)
            && !outlet(name)
            && !sentence_word(name)
        {
            let place = &name.places[0];
            facts.push(Fact {
                article: place.article,
                paragraph: place.paragraph,
                range: place.range.clone(),
                text: articles[place.article].paragraphs[place.paragraph].text[place.range.clone()]
                    .to_string(),
                kind: FactKind::Name,
            });
        }
    }
    Drafts { names: Some(facts) }
}

impl Drafts {
    /// The facts, given the claims found meanwhile.
    pub fn finish(self, claims: &[Claim]) -> Vec<Fact> {
        let Some(mut facts) = self.names else {
            return Vec::new();
        };
        facts.extend(figures(claims));
        facts.sort_by_key(|f| (f.article, f.paragraph, f.range.start, f.kind));
        facts
    }
}

/// The figures no other article gives.
fn figures(claims: &[Claim]) -> Vec<Fact> {
    let mut facts = Vec::new();
    // A figure no other article gives: every figure of a quantity only one
    // article states, and a figure of a shared quantity that no other
    // article's figure agrees with ("about 160 firefighters" beside "more
    // than 150" is one fact told twice).
    // The same figure in another article under another name ("€1.4bn
    // set aside", "provisioned €1.4 billion") is no figure of one's own.
    let amounts = Amounts::of(claims);
    // A figure in a conflict is shown there, as a disagreement, and one
    // an update changed is shown there as its timeline; listing it again
    // as one article's own says it twice.
    let shown = |c: &&Claim| matches!(c.verdict, Verdict::Conflict | Verdict::Updated);
    for claim in claims.iter().filter(|c| !shown(c)) {
        // Each distinct figure of the claim once, with the articles giving
        // it: an update's versions repeat their figures, and comparing
        // every mention with every other grows with their square.
        let mut figures: Vec<(&super::claims::Mention, Vec<usize>)> = Vec::new();
        for mention in &claim.mentions {
            match figures.iter_mut().find(|(m, _)| m.same_figure(mention)) {
                Some((_, articles)) if !articles.contains(&mention.article) => {
                    articles.push(mention.article);
                }
                Some(_) => {}
                None => figures.push((mention, vec![mention.article])),
            }
        }
        // "one option", "one face": a single thing is a fact of the event
        // only when it is one of the event's own counts (one death, one
        // arrest); otherwise it is how a sentence is put.
        let counted = claim.is_event_count();
        let mut seen = Vec::new();
        for mention in &claim.mentions {
            if mention.value == 1.0 && mention.high.is_none() && !counted {
                continue;
            }
            let figure = (mention.article, mention.value, mention.high);
            let given_elsewhere = amounts.elsewhere(mention)
                || figures.iter().any(|(other, articles)| {
                    articles.iter().any(|&b| b != mention.article) && other.fits(mention)
                });
            if given_elsewhere || seen.contains(&figure) {
                continue;
            }
            seen.push(figure);
            facts.push(Fact {
                article: mention.article,
                paragraph: mention.paragraph,
                range: mention.range.clone(),
                text: mention.text.clone(),
                kind: FactKind::Figure,
            });
        }
    }
    facts
}

/// How many people make a figure no other is likely to give by chance.
const MANY_PEOPLE: f64 = 100.0;

/// Which articles give each amount (value, upper value and unit), under
/// whatever name: one article's figure is its own only when no other
/// article gives the same amount.
struct Amounts<'a>(HashMap<(u64, Option<u64>, &'a str), Owners>);

impl<'a> Amounts<'a> {
    fn of(claims: &'a [Claim]) -> Amounts<'a> {
        let mut amounts: HashMap<_, Owners> = HashMap::new();
        for mention in claims.iter().flat_map(|c| &c.mentions) {
            amounts
                .entry(Self::key(mention))
                .or_default()
                .add(mention.article);
        }
        Amounts(amounts)
    }

    fn key(mention: &super::claims::Mention) -> (u64, Option<u64>, &str) {
        let (amount, high) = mention.amount();
        (
            amount.to_bits(),
            high.map(f64::to_bits),
            // "14km" and "14 kilometres" are one length, as amounts of
            // its base unit; but a span of time recurs for many things ("a
            // 15-minute drive", "every 15 minutes"), so only one written
            // alike is one figure. Hundreds of people under two names
            // ("600,000 patients", "about 600,000 people") are one figure;
            // a handful ("two women", "two officers") may be any two.
            if let Some(measure) = mention.measure().filter(|&m| m != "duration") {
                measure
            } else if mention.value >= MANY_PEOPLE {
                mention.counted_as()
            } else {
                mention.unit.as_str()
            },
        )
    }

    /// Whether an article other than the mention's gives its amount.
    fn elsewhere(&self, mention: &super::claims::Mention) -> bool {
        self.0
            .get(&Self::key(mention))
            .is_some_and(|owners| !owners.only(mention.article))
    }
}

/// The articles something is found in, as far as "one article alone, or
/// several" needs.
#[derive(Clone, Copy, Default)]
enum Owners {
    #[default]
    None,
    One(usize),
    Several,
}

impl Owners {
    fn add(&mut self, article: usize) {
        *self = match *self {
            Owners::None => Owners::One(article),
            Owners::One(a) if a == article => Owners::One(a),
            _ => Owners::Several,
        };
    }

    /// Whether no article but `article` has it.
    fn only(&self, article: usize) -> bool {
        match *self {
            Owners::None => true,
            Owners::One(a) => a == article,
            Owners::Several => false,
        }
    }
}

/// Whether `text` holds `word` with no letter or digit either side.
fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Syntax, bundled, parse};

    fn article(id: &str, text: &str) -> Article {
        Article::new(
            id.to_string(),
            format!("{id}.txt"),
            parse(text, Syntax::Plain),
        )
    }

    #[test]
    fn the_bundled_articles_each_add_something() {
        let comparison = crate::compare::compare(&bundled().articles);
        let (articles, facts) = (&comparison.articles, &comparison.unique);
        let has = |id: &str, kind: FactKind, text: &str| {
            facts.iter().any(|f| {
                articles[f.article].id.starts_with(id) && f.kind == kind && f.text.contains(text)
            })
        };
        assert!(has("004", FactKind::Name, "Li Wei"), "{facts:#?}");
        assert!(has("003", FactKind::Figure, "11 individuals"), "{facts:#?}");
        // Names every article shares are nobody's own.
        assert!(!facts.iter().any(|f| f.text == "Moscow"));
        // Nor is one another article names inside a longer name.
        assert!(!facts.iter().any(|f| f.text == "Paris"));
    }

    /// The facts of `kind` that one of two articles, `a` and `b`, alone
    /// reports.
    fn unique(a: &str, b: &str, kind: FactKind) -> Vec<String> {
        crate::compare::compare(&[article("a", a), article("b", b)])
            .unique
            .into_iter()
            .filter(|f| f.kind == kind)
            .map(|f| f.text)
            .collect()
    }

    #[test]
    fn a_single_thing_is_a_fact_only_when_the_event_counts_it() {
        let figures = unique(
            "The footbridge over the Lenne collapsed on Tuesday.\n\nOne man was killed when the deck fell. Engineers said one option is a temporary crossing.",
            "The footbridge over the Lenne collapsed on Tuesday afternoon.\n\nEngineers are inspecting the remaining piers.",
            FactKind::Figure,
        );
        assert!(
            figures.iter().any(|f| f.starts_with("One man")),
            "{figures:?}"
        );
        assert!(!figures.iter().any(|f| f.contains("option")), "{figures:?}");
    }

    #[test]
    fn a_name_another_article_writes_in_lower_case_is_no_ones_own() {
        let names = unique(
            "A fire at a factory in Anyang, Henan Province, killed 38 people. Governor Wang Kai visited.",
            "The blaze in central China's Henan province killed 38 people.",
            FactKind::Name,
        );
        assert!(!names.iter().any(|f| f.contains("Henan")), "{names:?}");
        assert!(names.iter().any(|f| f.contains("Wang Kai")), "{names:?}");
    }

    #[test]
    fn many_people_under_another_name_are_no_ones_own_figure() {
        let figures = unique(
            "The recall covers tablets taken by an estimated 600,000 patients. Two women fell ill.",
            "About 600,000 people take the tablets. Two officers were hurt.",
            FactKind::Figure,
        );
        assert!(
            !figures.iter().any(|f| f.contains("600,000")),
            "{figures:?}"
        );
        // A handful under two names may be any two.
        assert!(
            figures.iter().any(|f| f.contains("Two women")),
            "{figures:?}"
        );
    }

    #[test]
    fn one_measure_in_two_units_is_no_ones_own_figure() {
        // Two outlets' lengths the grouping left apart, each the only
        // figure of its quantity.
        let length = |article: usize, text: &str, unit: &str, scale: f64| Claim {
            quantity: "length".to_string(),
            verdict: Verdict::Unique,
            mentions: vec![super::super::claims::Mention {
                article,
                paragraph: 0,
                range: 0..text.len(),
                text: text.to_string(),
                value: 14.0,
                high: None,
                qualifier: super::super::claims::Qualifier::Exact,
                unit: unit.to_string(),
                scale,
                attribution: None,
                vague: false,
                other: false,
            }],
        };
        let claims = [
            length(0, "14km", "km", 1000.0),
            length(1, "14 kilometres", "kilometres", 1000.0),
        ];
        assert_eq!(figures(&claims), Vec::new());
        // A length that no other article gives is still its own.
        let claims = [
            length(0, "14km", "km", 1000.0),
            length(1, "14 miles", "miles", 1609.344),
        ];
        assert_eq!(figures(&claims).len(), 2);
    }

    #[test]
    fn a_figure_an_update_changed_is_shown_as_its_timeline_only() {
        let version = |id: &str, time: &str, dead: &str| {
            let text = format!(
                "---\noutlet: City Times\ndate: 2024-06-08T{time}:00Z\n---\n{dead} people died when the block collapsed.\n\nTwo cranes lifted the roof."
            );
            Article::new(
                id.to_string(),
                format!("{id}.md"),
                parse(&text, Syntax::Markdown),
            )
        };
        let comparison = crate::compare::compare(&[
            version("a", "08:15", "Nine"),
            version("b", "10:40", "Seventeen"),
        ]);
        let deaths = comparison.claims.iter().find(|c| c.quantity == "deaths");
        assert_eq!(deaths.map(|c| c.verdict), Some(Verdict::Updated));
        let figures: Vec<&str> = comparison
            .unique
            .iter()
            .filter(|f| f.kind == FactKind::Figure)
            .map(|f| f.text.as_str())
            .collect();
        assert_eq!(figures, Vec::<&str>::new());
    }
}
