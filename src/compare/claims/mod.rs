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
//!
//! # The stages, in order
//!
//! Each stage is one file; [`find`] runs them.
//!
//! 1. `tokens`: a paragraph cut into words and marks, which keeps the
//!    commas and full stops that end a figure's clause and sentence:
//!    "At least 60 died." is `At` `least` `60` `died` `.`.
//! 2. `number`: each number read where it stands: "two dozen" is 24,
//!    "$2.4m" is 2,400,000 USD, "dozens" is a floor of 24.
//! 3. `reject`: numbers that name, date, time or place something set
//!    aside, each with its [`Rejection`]: the 44 of ".44 revolver" is a
//!    calibre, the 2015 of "in 2015" a year.
//! 4. `counted`: what a figure counts, from the words around it: "60
//!    people dead" counts deaths, "40 homes" homes.
//! 5. `mention`: the figure assembled: its qualifier ("at least 60" is
//!    [60, ∞)), its range ("40 to 60"), the years its sentence names and
//!    who says so ("officials said").
//! 6. `group`: figures of one quantity gathered across articles: "60 people
//!    dead" and "137 killed" are both deaths.
//! 7. `judge`: each quantity's [`Verdict`]: about 60 and 137 deaths are a
//!    conflict.
//!
//! The words each stage reads by are data in `words`; `kind` says which
//! well-known count a word names.

mod counted;
mod group;
mod judge;
mod kind;
mod mention;
mod nation;
mod number;
mod reject;
pub(crate) mod tokens;
mod words;

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use rayon::prelude::*;
use std::collections::hash_map::Entry;
use std::ops::Range;

use serde::Serialize;

use super::text::Terms;
use super::{Budget, Row};
use crate::corpus::{Article, Paragraph, ParagraphKind};
use group::{Item, Vocabulary};
use mention::Found;

pub(crate) use kind::is_designator;
pub(crate) use number::{is_number_word, temperature_scale};
pub use reject::{Rejected, Rejection};

/// Judging quantities' mentions again, for a comparison narrowed to
/// fewer articles.
pub(super) use judge::judge_all;

/// How a quantity that is part of another is named: "deaths (part)" for
/// "four of the five killed".
pub(super) const PART: &str = " (part)";

/// How a quantity that says how often is named: "every minute" for
/// "every 15 minutes", no rival for a "15-minute drive".
pub(super) const EVERY: &str = "every ";
/// How a rate's quantity is named: "people per hour".
pub(super) const PER: &str = " per ";

/// How the unit of counts of a charge is named: "count of murder".
pub(super) const CHARGE_UNIT: &str = "count of ";

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
    /// How many of its measure's base unit one of `unit` makes (0.0254
    /// for inches, 1 for a count): figures are compared as amounts of
    /// the base unit, so "about six inches" and "roughly 14 centimetres"
    /// are one length, while `value` stays as written.
    pub scale: f64,
    pub attribution: Option<String>,
    /// A vague plural ("dozens were hurt"): a floor, judged as one
    /// ("dozens" is at least 24), but no toll's largest figure to make
    /// the others parts of.
    pub vague: bool,
    /// It counts others besides some ("seven others", "no one else"),
    /// which only a count of others rivals; not when those it is besides
    /// are another toll of its own sentence ("killed two and injured five
    /// others": the five are all the injured).
    pub other: bool,
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

impl Claim {
    /// Whether it is one of the well-known counts of an event ("deaths",
    /// "arrests"), which every outlet means the same way.
    pub fn is_event_count(&self) -> bool {
        kind::is_event_count(&self.quantity)
    }
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
    /// What the figure counts, as far as one amount under two names is
    /// one figure: people under any name ("600,000 patients", "about
    /// 600,000 people") are people.
    pub fn counted_as(&self) -> &str {
        if kind::is_people(&self.unit) || kind::noun_key(&self.unit) == "people" {
            "people"
        } else {
            &self.unit
        }
    }

    /// The values the figure allows, in its measure's base unit.
    pub fn interval(&self) -> Interval {
        let v = self.value * self.scale;
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
            Qualifier::Between => closed(v, self.high.map_or(v, |h| h * self.scale)),
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
        if self.scale == other.scale {
            return self.interval().overlaps(&other.interval());
        }
        // A figure given in another unit than its rival was rounded by
        // someone: "40 acres" and "16 hectares" (16.19) are one area. Each
        // is read to the precision it is written in.
        self.rounded().overlaps(&other.rounded())
    }

    /// [`Mention::interval`] widened by half the place of each end's last
    /// digit: "40" may be 35 to 45, "2.5" 2.45 to 2.55.
    fn rounded(&self) -> Interval {
        let slack = |v: f64| last_place(v) / 2.0 * self.scale;
        let mut interval = self.interval();
        interval.low -= slack(self.value);
        interval.high += slack(self.high.unwrap_or(self.value));
        interval
    }

    pub(crate) fn same_figure(&self, other: &Mention) -> bool {
        self.amount() == other.amount() && self.qualifier == other.qualifier
    }

    /// What its unit measures ("length" for "14km" and "14 kilometres",
    /// "area" for "two square miles"), if it is a unit of measure.
    pub(crate) fn measure(&self) -> Option<&'static str> {
        kind::measure_in(&self.text, &self.unit).map(|(measure, _)| measure)
    }

    /// The figure and its upper end, in its measure's base unit.
    pub(crate) fn amount(&self) -> (f64, Option<f64>) {
        (self.value * self.scale, self.high.map(|h| h * self.scale))
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

/// The place of a number's last digit that is not zero: 10 for 40, 0.1
/// for 2.5, 1 for 16.
fn last_place(value: f64) -> f64 {
    const MOST: i32 = 12;
    let value = value.abs();
    if value == 0.0 {
        return 1.0;
    }
    if value.fract() != 0.0 {
        let decimals = (1..=MOST)
            .find(|&k| {
                let shifted = value * 10f64.powi(k);
                (shifted - shifted.round()).abs() < 1e-6
            })
            .unwrap_or(MOST);
        return 10f64.powi(-decimals);
    }
    let zeros = (1..=MOST)
        .take_while(|&k| value % 10f64.powi(k) == 0.0)
        .count();
    10f64.powi(zeros as i32)
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

/// How many paragraphs [`find`] reads at a time on all cores: enough to
/// keep them busy, few enough that a huge input stops near its budget.
const READ_BATCH: usize = 1024;

/// The first `max` bytes of `text`, cut at a space so no word is halved.
fn head(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let cut = text[..end].rfind(char::is_whitespace).unwrap_or(end);
    &text[..cut]
}

/// The claims of `articles`: every figure they state, grouped by the
/// quantity it is about, with a verdict per group. Conflicts come first,
/// then the order of first appearance.
///
/// Past the budget's `figures_per_paragraph`, `paragraph_bytes` or
/// `figures` the rest is not read, so a huge input still finishes; what
/// was left out is said in the notes returned beside the claims.
pub fn find(articles: &[Article], rows: &[Row], budget: &Budget) -> (Vec<Claim>, Vec<String>) {
    let Budget {
        figures: max_figures,
        figures_per_paragraph: per_paragraph,
        paragraph_bytes,
        ..
    } = *budget;
    let when = group::When::of_event(articles);
    let terms = Terms::default();
    let mut vocabulary = Vocabulary::default();
    // Each paragraph's row, article by article: a table, not a map, for a
    // file of a million paragraphs.
    let mut row_of: Vec<Vec<Option<usize>>> = articles
        .iter()
        .map(|article| vec![None; article.paragraphs.len()])
        .collect();
    for (r, row) in rows.iter().enumerate() {
        for (a, cell) in row.cells.filled() {
            for &p in cell {
                row_of[a][p] = Some(r);
            }
        }
    }
    let mut items = Vec::new();
    // An update's versions repeat most paragraphs word for word: each
    // text is read once. The texts are read on all cores a batch at a
    // time, so a huge input past the budget is not read to its end.
    let mut figures: HashMap<(&str, ParagraphKind), Vec<Found>> = HashMap::new();
    let paragraphs: Vec<(usize, &Paragraph)> = articles
        .iter()
        .enumerate()
        .flat_map(|(a, article)| article.paragraphs.iter().map(move |p| (a, p)))
        .filter(|(_, p)| p.kind != ParagraphKind::Boilerplate)
        .collect();
    let mut notes = Vec::new();
    let mut crowded = 0;
    let mut converted = HashSet::new();
    'batches: for batch in paragraphs.chunks(READ_BATCH) {
        let mut unread: Vec<(&str, ParagraphKind)> = Vec::new();
        for (_, p) in batch {
            let key = (head(&p.text, paragraph_bytes), p.kind);
            if let Entry::Vacant(slot) = figures.entry(key) {
                slot.insert(Vec::new());
                unread.push(key);
            }
        }
        let read: Vec<Vec<Found>> = unread
            .par_iter()
            .map(|&(text, kind)| {
                read(text, kind)
                    .filter_map(Result::ok)
                    .take(per_paragraph + 1)
                    .collect()
            })
            .collect();
        // A text repeated in each version of an update is read for its
        // conversions once, as for its figures.
        for (&(text, _), found) in unread.iter().zip(&read) {
            converted.extend(group::converted(found, text));
        }
        figures.extend(unread.into_iter().zip(read));
        for &(a, paragraph) in batch {
            if items.len() >= max_figures {
                notes.push(format!(
                    "figures: only the first {max_figures} were read (up to {}, paragraph {}); compare fewer articles, or one story at a time with --story N",
                    articles[a].id,
                    paragraph.index + 1
                ));
                break 'batches;
            }
            let row = row_of[a].get(paragraph.index).copied().flatten();
            let text = head(&paragraph.text, paragraph_bytes);
            let found = &figures[&(text, paragraph.kind)];
            if found.len() > per_paragraph || text.len() < paragraph.text.len() {
                crowded += 1;
            }
            for found in found.iter().take(per_paragraph).cloned() {
                items.push(Item::new(
                    a,
                    paragraph,
                    found,
                    when.in_article(&articles[a]),
                    &terms,
                    &mut vocabulary,
                    row,
                ));
            }
        }
    }
    group::part_of_larger_toll(&mut items);
    group::split_by_side(&mut items);
    group::split_by_system(&mut items, &converted);
    let claims = judge::judge_all(articles, group::join_kin(group::group(items, budget)));
    if crowded > 0 {
        notes.push(format!(
            "figures: {crowded} paragraph{} longer than {} KB or with more than {per_paragraph} figures (a table, a list, a dump) had only {} first part read",
            if crowded == 1 { "" } else { "s" },
            paragraph_bytes / 1024,
            if crowded == 1 { "its" } else { "their" }
        ));
    }
    (claims, notes)
}

/// The numbers of a paragraph that are no claim, each with why, in reading
/// order: what `newsdiff claims --rejected` lists. A headline is read
/// more strictly than the body, so the paragraph's kind is needed too.
pub fn rejected(text: &str, kind: ParagraphKind) -> Vec<Rejected> {
    read(text, kind).filter_map(Result::err).collect()
}

/// Every number of a paragraph: the figure it states, or why it is no
/// claim.
fn read(text: &str, kind: ParagraphKind) -> impl Iterator<Item = Result<Found, Rejected>> + '_ {
    let heading = kind == ParagraphKind::Heading;
    let mut read = mention::read(text);
    // "Gunman Leaves 4 Marines Dead": a title-case headline's capitals
    // are its style, not names, so a number its capitals hid ("Leaves 4"
    // as "Flight 447") is read again in lower case (ASCII only, which
    // keeps every byte where it was), and taken if it then gives one of
    // an event's known counts; "LEGO Star Wars 75188" stays a name.
    if heading && is_title_case(text) {
        let lower = mention::read(&text.to_ascii_lowercase());
        for result in &mut read {
            let Err(rejected) = result else { continue };
            let again = lower.iter().find_map(|r| {
                r.as_ref()
                    .ok()
                    .filter(|f| f.range.contains(&rejected.range.start))
            });
            if let Some(found) = again.filter(|f| kind::is_event_count(&f.quantity)) {
                *result = Ok(found.clone());
            }
        }
    }
    read.into_iter().map(move |read| match read {
        // "Gunman Planned To Kill Hundreds": a headline's vague word is no
        // figure to judge outlets by.
        Ok(found) if found.vague && heading => {
            Err(Rejected::new(text, found.range, Rejection::HeadlineVague))
        }
        read => read,
    })
}

/// Whether most of a line's longer words start with a capital, as
/// headlines in title case do: "Gunman Kills 3 At Festival".
fn is_title_case(text: &str) -> bool {
    const LONGER: usize = 4;
    const FEWEST: usize = 3;
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= LONGER)
        .collect();
    let capitalised = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    words.len() >= FEWEST && capitalised * 4 >= words.len() * 3
}

#[cfg(test)]
mod tests;
