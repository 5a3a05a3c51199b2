//! Claims: the figures articles state, grouped by what they count, with a
//! verdict on whether the articles agree.
//!
//! ```text
//! 004 ¶0 "approximately 60 people dead"  about 60     [54, 66]
//! 002 ¶3 "at least 60 lives"             at_least 60  [60, ∞)
//! 001 ¶2 "more than 130 people … killed" more_than 130 (130, ∞)
//! 003 ¶0 "the lives of 137 individuals"  exact 137    [137, 137]
//!                                         deaths: conflict (60 ≈ vs 137)
//! ```
//!
//! Each qualifier makes its figure an interval; two outlets conflict when
//! none of the figures one gives for a quantity fits any the other gives.
//! A figure that moved between dated versions of one outlet's story is an
//! update, shown oldest first, not a disagreement.

mod kind;
mod mention;
mod number;
pub(crate) mod tokens;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

use serde::Serialize;

use super::Row;
use super::text::Terms;
use crate::corpus::{Article, Date, ParagraphKind};

pub(crate) use number::is_number_word;

/// How a qualifier bounds its figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    AtLeast,
    MoreThan,
    About,
    Nearly,
    UpTo,
    LessThan,
    /// A range: "between 40 and 60", "40-60".
    Between,
}

impl Qualifier {
    /// Its name in the JSON and the answer keys: "at_least".
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::AtLeast => "at_least",
            Qualifier::MoreThan => "more_than",
            Qualifier::About => "about",
            Qualifier::Nearly => "nearly",
            Qualifier::UpTo => "up_to",
            Qualifier::LessThan => "less_than",
            Qualifier::Between => "between",
        }
    }

    /// As a reader would write it before a figure.
    pub fn words(self) -> &'static str {
        match self {
            Qualifier::Exact => "",
            Qualifier::AtLeast => "at least",
            Qualifier::MoreThan => "more than",
            Qualifier::About => "about",
            Qualifier::Nearly => "nearly",
            Qualifier::UpTo => "up to",
            Qualifier::LessThan => "less than",
            Qualifier::Between => "between",
        }
    }
}

/// Whether the articles agree on a quantity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Every article gives the same figure.
    Same,
    /// The figures differ but could all be true.
    Compatible,
    /// One outlet changed its figure between dated versions of its story.
    Updated,
    /// Two outlets give figures that cannot both be true.
    Conflict,
    /// Only one article gives the quantity.
    Unique,
}

impl Verdict {
    /// Its name in tables and the answer keys: "conflict".
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Same => "same",
            Verdict::Compatible => "compatible",
            Verdict::Conflict => "conflict",
            Verdict::Updated => "updated",
            Verdict::Unique => "unique",
        }
    }

    /// Whether a reader checking facts should look at this claim.
    pub fn is_disagreement(self) -> bool {
        matches!(self, Verdict::Conflict | Verdict::Updated)
    }
}

/// One article's statement of a figure.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// Index into the compared articles.
    pub article: usize,
    pub paragraph: usize,
    /// Bytes of the paragraph's text the mention covers.
    pub range: Range<usize>,
    pub text: String,
    pub value: f64,
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    pub unit: String,
    pub attribution: Option<String>,
}

/// A quantity the articles state, and whether they agree on it.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// What is counted: "deaths", "ransom", "visitor (2015)".
    pub quantity: String,
    pub verdict: Verdict,
    /// In the articles' order, or oldest first for an update.
    pub mentions: Vec<Mention>,
}

/// The range of values a figure allows, with open or closed ends.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    pub low: f64,
    pub low_open: bool,
    pub high: f64,
    pub high_open: bool,
}

/// How far "about" reaches either side of its figure.
const ABOUT: f64 = 0.1;

impl Mention {
    pub fn interval(&self) -> Interval {
        let v = self.value;
        let closed = |low: f64, high: f64| Interval {
            low,
            low_open: false,
            high,
            high_open: false,
        };
        match self.qualifier {
            Qualifier::Exact => closed(v, v),
            Qualifier::About => closed(v * (1.0 - ABOUT), v * (1.0 + ABOUT)),
            Qualifier::Nearly => Interval {
                high_open: true,
                ..closed(v * (1.0 - ABOUT), v)
            },
            Qualifier::AtLeast => closed(v, f64::INFINITY),
            Qualifier::MoreThan => Interval {
                low_open: true,
                ..closed(v, f64::INFINITY)
            },
            Qualifier::UpTo => closed(0.0, v),
            Qualifier::LessThan => Interval {
                high_open: true,
                ..closed(0.0, v)
            },
            Qualifier::Between => closed(v, self.high.unwrap_or(v)),
        }
    }

    /// The figure as a reader would say it: "about 60", "40-60".
    pub fn figure(&self) -> String {
        let number = |v: f64| format_value(v);
        match (self.qualifier, self.high) {
            (Qualifier::Exact, _) => number(self.value),
            (_, Some(high)) => format!("{}-{}", number(self.value), number(high)),
            (q, None) => format!("{} {}", q.words(), number(self.value)),
        }
    }

    /// Whether this figure and `other` can both be true.
    pub fn fits(&self, other: &Mention) -> bool {
        self.interval().overlaps(&other.interval())
    }

    fn same_figure(&self, other: &Mention) -> bool {
        self.value == other.value && self.high == other.high && self.qualifier == other.qualifier
    }
}

impl Interval {
    pub fn overlaps(&self, other: &Interval) -> bool {
        let below = |a: &Interval, b: &Interval| {
            a.high < b.low || (a.high == b.low && (a.high_open || b.low_open))
        };
        !below(self, other) && !below(other, self)
    }
}

/// A number for people: "60", "2.4", "1,200,000".
pub fn format_value(value: f64) -> String {
    if value.abs() >= 1e15 {
        return format!("{value}");
    }
    if value.fract() != 0.0 {
        // "one in nine" is 0.111, not 0.1111111111111111.
        let short = format!("{value:.3}");
        return short.trim_end_matches('0').to_string();
    }
    let digits = format!("{}", value.abs() as u64);
    let mut out = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if value < 0.0 { format!("-{out}") } else { out }
}

/// How alike two figures' sentences must be (shared content stems over
/// all of them) for figures of a loosely named quantity ("money",
/// "people", "days") to count as one quantity.
const CONTEXT: f64 = 0.1;

/// How far apart two outlets' figures for one quantity may be, as a
/// ratio, when only the alignment and their sentences say they are one
/// quantity under different names ("400 staff", "about 450 workers").
const NEAR: f64 = 2.5;

/// How far apart figures under one name may be, as a ratio, and still be
/// one quantity when their intervals do not meet: an outlet's wrong figure
/// is seldom out by more, while "38,000 vehicles" and "4,000 heavy goods
/// vehicles" are two quantities.
const FAR: f64 = 4.0;

/// A figure with what the engine needs to group it.
struct Item {
    mention: Mention,
    /// What it counts, with the year it is about when not the event's.
    quantity: String,
    /// The currency for money, else empty: amounts in two currencies are
    /// never compared.
    currency: String,
    /// Content stems of its sentence.
    context: HashSet<String>,
    /// Whether it counts a well-known kind ("deaths"), which every outlet
    /// reporting the event means the same way.
    known: bool,
    /// Whether it counts people under another name ("residents").
    people: bool,
    /// The side of the event its people are on, where its noun says.
    side: Option<&'static str>,
    /// Its count is guessed from its noun alone.
    loose: bool,
    row: Option<usize>,
}

/// The claims of `articles`: every figure they state, grouped by the
/// quantity it is about, with a verdict per group. Conflicts come first,
/// then the order of first appearance.
pub fn find(articles: &[Article], rows: &[Row]) -> Vec<Claim> {
    let event_year = event_year(articles);
    let terms = Terms::default();
    let mut row_of: HashMap<(usize, usize), usize> = HashMap::new();
    for (r, row) in rows.iter().enumerate() {
        for (a, cell) in row.cells.iter().enumerate() {
            for &p in cell {
                row_of.insert((a, p), r);
            }
        }
    }
    let mut items = Vec::new();
    for (a, article) in articles.iter().enumerate() {
        for paragraph in &article.paragraphs {
            if paragraph.kind == ParagraphKind::Boilerplate {
                continue;
            }
            for found in mention::find(&paragraph.text) {
                // "Gunman Planned To Kill Hundreds": a headline's vague
                // word is no figure to judge outlets by.
                if found.vague && paragraph.kind == ParagraphKind::Heading {
                    continue;
                }
                // Only a past year makes a background figure ("deaths
                // (2015)"); a later one is a plan for the same quantity ("up to
                // 1,200 jobs by 2027").
                let scope = found
                    .years
                    .iter()
                    .find(|&&y| event_year.is_some_and(|event| y < event))
                    .filter(|_| !found.years.iter().any(|&y| Some(y) == event_year));
                let quantity = match scope {
                    Some(year) => format!("{} ({year})", found.quantity),
                    None => found.quantity.clone(),
                };
                let currency = if found.unit.chars().all(|c| c.is_ascii_uppercase()) {
                    found.unit.clone()
                } else {
                    String::new()
                };
                let context = terms
                    .of(&paragraph.text[found.sentence.clone()])
                    .into_iter()
                    .filter(|t| !t.starts_with('~') && !t.starts_with(|c: char| c.is_ascii_digit()))
                    .collect();
                let counts_people = kind::counts_people(found.quantity.trim_end_matches(" (part)"));
                items.push(Item {
                    side: kind::side(&found.unit).filter(|_| counts_people),
                    loose: found.loose,
                    known: kind::is_event_count(&found.quantity) && !found.loose,
                    people: (found.loose || kind::is_people(&found.unit)) && scope.is_none(),
                    row: row_of.get(&(a, paragraph.index)).copied(),
                    quantity,
                    currency,
                    context,
                    mention: Mention {
                        article: a,
                        paragraph: paragraph.index,
                        text: paragraph.text[found.range.clone()].to_string(),
                        range: found.range,
                        value: found.value,
                        high: found.high,
                        qualifier: found.qualifier,
                        unit: found.unit,
                        attribution: found.attribution,
                    },
                });
            }
        }
    }
    split_by_side(&mut items);
    let mut claims: Vec<Claim> = group(items)
        .into_iter()
        .map(|(quantity, mentions)| judge(articles, quantity, mentions))
        .collect();
    claims.sort_by_key(|c| std::cmp::Reverse(c.verdict == Verdict::Conflict));
    claims
}

/// Names a well-known count by side ("injured: civilians", "injured:
/// police") when the event's figures for it name two sides or more, so
/// each side's figure is compared with the same side's; figures that
/// name no side stay with the count itself.
fn split_by_side(items: &mut [Item]) {
    let mut sides: HashMap<String, HashSet<&'static str>> = HashMap::new();
    for item in items.iter().filter(|i| i.known) {
        if let Some(side) = item.side {
            sides.entry(item.quantity.clone()).or_default().insert(side);
        }
    }
    for item in items.iter_mut().filter(|i| i.known) {
        if let Some(side) = item.side.filter(|_| sides[&item.quantity].len() > 1) {
            let base = item.quantity.trim_end_matches(" (part)");
            item.quantity = format!("{base}: {side}{}", &item.quantity[base.len()..]);
        }
    }
}

/// Groups figures into the quantities they are about, in order of first
/// appearance, each named by its most telling name.
///
/// A well-known count ("deaths") is one quantity wherever it is given.
/// Other figures join when they are [`linked`], closest first, and only
/// while most pairs of the two groups' figures from different articles
/// are linked too, so a chain of loose links never makes one quantity of
/// several; a group never holds two well-known counts.
fn group(items: Vec<Item>) -> Vec<(String, Vec<Mention>)> {
    let n = items.len();
    let mut cluster: Vec<usize> = (0..n).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let merge = |cluster: &mut Vec<usize>, members: &mut Vec<Vec<usize>>, a: usize, b: usize| {
        let (into, from) = (a.min(b), a.max(b));
        let moved = std::mem::take(&mut members[from]);
        for &k in &moved {
            cluster[k] = into;
        }
        members[into].extend(moved);
    };
    let mut known: HashMap<&str, usize> = HashMap::new();
    for (i, item) in items.iter().enumerate() {
        if item.known {
            match known.get(item.quantity.as_str()) {
                Some(&c) => merge(&mut cluster, &mut members, c, i),
                None => {
                    known.insert(&item.quantity, i);
                }
            }
        }
    }
    // Only figures of one name, of one row, or counting people can be
    // linked: compare those.
    let mut buckets: HashMap<(Option<usize>, String), Vec<usize>> = HashMap::new();
    for (i, item) in items.iter().enumerate() {
        buckets
            .entry((None, item.quantity.clone()))
            .or_default()
            .push(i);
        if let Some(row) = item.row {
            buckets
                .entry((Some(row), String::new()))
                .or_default()
                .push(i);
        }
        if item.people || item.known {
            buckets
                .entry((None, "\0people".into()))
                .or_default()
                .push(i);
        }
        let m = &item.mention;
        if !m.unit.is_empty() {
            let amount = format!("\0{}/{:?}/{}", m.value, m.high, m.unit);
            buckets.entry((None, amount)).or_default().push(i);
        }
    }
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for bucket in buckets.values() {
        for (k, &i) in bucket.iter().enumerate() {
            for &j in &bucket[k + 1..] {
                if cluster[i] != cluster[j] && linked(&items[i], &items[j]) {
                    let shared = items[i].context.intersection(&items[j].context).count();
                    pairs.push((shared, i.min(j), i.max(j)));
                }
            }
        }
    }
    pairs.sort_by_key(|&(shared, i, j)| (std::cmp::Reverse(shared), i, j));
    pairs.dedup();
    for (_, i, j) in pairs {
        let (a, b) = (cluster[i], cluster[j]);
        if a == b {
            continue;
        }
        let (left, right) = (&members[a], &members[b]);
        let known: HashSet<&str> = left
            .iter()
            .chain(right)
            .filter(|&&k| items[k].known)
            .map(|&k| items[k].quantity.as_str())
            .collect();
        let (mut links, mut cross) = (0, 0);
        for &x in left {
            for &y in right {
                if items[x].mention.article != items[y].mention.article {
                    cross += 1;
                    links += usize::from(linked(&items[x], &items[y]));
                }
            }
        }
        if known.len() <= 1 && 2 * links >= cross {
            merge(&mut cluster, &mut members, a, b);
        }
    }
    let mut items: Vec<Option<Item>> = items.into_iter().map(Some).collect();
    members
        .into_iter()
        .filter(|m| !m.is_empty())
        .map(|mut m| {
            m.sort_unstable();
            let group: Vec<Item> = m.iter().filter_map(|&k| items[k].take()).collect();
            (
                name_of(&group),
                group.into_iter().map(|i| i.mention).collect(),
            )
        })
        .collect()
}

/// The name a group goes by: a well-known count's if it has one, else the
/// name most of its figures give, else the first.
fn name_of(members: &[Item]) -> String {
    let mut counts: BTreeMap<&str, (bool, usize, std::cmp::Reverse<usize>)> = BTreeMap::new();
    for (k, item) in members.iter().enumerate() {
        let entry =
            counts
                .entry(item.quantity.as_str())
                .or_insert((item.known, 0, std::cmp::Reverse(k)));
        entry.1 += 1;
    }
    counts
        .into_iter()
        .max_by_key(|(_, rank)| *rank)
        .map(|(name, _)| name.to_string())
        .unwrap_or_default()
}

/// Whether two figures look like one quantity: one name, and one article
/// repeating a figure, or their paragraphs sharing a row and some words,
/// or their sentences sharing more words; or, under two names, a shared row,
/// some shared words and near values, with a well-known count joining
/// only a figure that merely counts people ("4,000 evacuated", "some
/// 4,200 residents").
fn linked(x: &Item, y: &Item) -> bool {
    // A part ("63 of them") is no rival figure for its whole.
    let part = |i: &Item| i.quantity.ends_with(" (part)");
    if x.currency != y.currency || part(x) != part(y) {
        return false;
    }
    let (a, b) = (&x.mention, &y.mention);
    let shared = x.context.intersection(&y.context).count();
    let jaccard = shared as f64 / (x.context.union(&y.context).count().max(1) as f64);
    let same_row = a.article != b.article && x.row.is_some() && x.row == y.row;
    let within = |ratio: f64| {
        let (low, high) = (a.value.min(b.value), a.value.max(b.value));
        low > 0.0 && high / low <= ratio || a.fits(b)
    };
    if x.quantity == y.quantity {
        let repeated = a.article == b.article && a.same_figure(b);
        // A name that says what is counted ("fine", "batches") needs less
        // of the sentence to agree than one that only gives a unit; on real
        // news a shared word or two is not enough ("her two friends", "two
        // of his friends" are different people in different stories).
        let specific = kind::is_specific(&x.quantity) && !x.loose && !y.loose && jaccard >= CONTEXT;
        return repeated
            || within(FAR)
                && (specific || same_row && jaccard >= CONTEXT / 2.0 || jaccard >= 2.0 * CONTEXT);
    }
    let near = {
        let (low, high) = (a.value.min(b.value), a.value.max(b.value));
        low > 0.0 && high / low <= NEAR
    };
    // Under two names, one figure in one row is likely one quantity
    // ("three hospitals", "three sites").
    let same_figure = a.value == b.value && a.high == b.high;
    let same_figure_here = same_row && same_figure;
    // One amount in one unit ("€1.4bn", "1.5-kilometre") under two names is
    // one quantity wherever it stands, when the sentences agree.
    let same_amount = same_figure && !a.unit.is_empty() && a.unit == b.unit;
    let kinds_agree = match (x.known, y.known) {
        (false, false) => x.people && y.people || same_figure_here || same_amount,
        (true, false) => y.people,
        (false, true) => x.people,
        (true, true) => false,
    };
    (same_row || jaccard >= CONTEXT) && near && kinds_agree && shared >= 2
}

/// The year most articles are dated: figures whose sentence names only
/// another year are about another time.
fn event_year(articles: &[Article]) -> Option<i32> {
    let mut counts: BTreeMap<i32, usize> = BTreeMap::new();
    for date in articles.iter().filter_map(|a| a.date) {
        *counts.entry(date.year()).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(year, n)| (n, std::cmp::Reverse(year)))
        .map(|(year, _)| year)
}

/// Decides a group's verdict and orders its mentions.
fn judge(articles: &[Article], quantity: String, mut mentions: Vec<Mention>) -> Claim {
    let mut by_article: BTreeMap<usize, Vec<&Mention>> = BTreeMap::new();
    for m in &mentions {
        by_article.entry(m.article).or_default().push(m);
    }
    let agree = |a: &[&Mention], b: &[&Mention]| a.iter().any(|x| b.iter().any(|y| x.fits(y)));
    // Dated versions of one outlet's story form a timeline, ordered by
    // their instant, so four updates in one day are told apart by their
    // time; undated ones, and two of one outlet dated alike (one day with
    // no time), stand as outlets of their own.
    let mut same_day: BTreeMap<(&str, Option<Date>), usize> = BTreeMap::new();
    for &a in by_article.keys() {
        *same_day
            .entry((&articles[a].source, articles[a].date))
            .or_default() += 1;
    }
    let mut outlets: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for &a in by_article.keys() {
        let article = &articles[a];
        let key = match article.date {
            Some(date) if same_day[&(article.source.as_str(), Some(date))] == 1 => {
                article.source.clone()
            }
            _ => format!("\u{0}{a}"),
        };
        outlets.entry(key).or_default().push(a);
    }
    for versions in outlets.values_mut() {
        versions.sort_by_key(|&a| (articles[a].date, a));
    }
    let latest: Vec<usize> = outlets.values().filter_map(|v| v.last().copied()).collect();
    let conflict = latest.iter().enumerate().any(|(i, &a)| {
        latest[i + 1..]
            .iter()
            .any(|&b| !agree(&by_article[&a], &by_article[&b]))
    });
    let updated = outlets.values().any(|versions| {
        versions.windows(2).any(|w| {
            articles[w[0]].date != articles[w[1]].date
                && !figures_equal(&by_article[&w[0]], &by_article[&w[1]])
        })
    });
    let all_same = mentions.iter().all(|m| m.same_figure(&mentions[0]));
    let verdict = if by_article.len() == 1 {
        Verdict::Unique
    } else if conflict {
        Verdict::Conflict
    } else if updated {
        Verdict::Updated
    } else if all_same {
        Verdict::Same
    } else {
        Verdict::Compatible
    };
    if verdict == Verdict::Updated {
        mentions.sort_by_key(|m| (articles[m.article].date, m.article, m.paragraph));
    } else {
        mentions.sort_by_key(|m| (m.article, m.paragraph, m.range.start));
    }
    Claim {
        quantity,
        verdict,
        mentions,
    }
}

/// Whether two versions give the same figures, however often each.
fn figures_equal(a: &[&Mention], b: &[&Mention]) -> bool {
    let covered =
        |x: &[&Mention], y: &[&Mention]| x.iter().all(|m| y.iter().any(|n| m.same_figure(n)));
    covered(a, b) && covered(b, a)
}

#[cfg(test)]
mod tests;
