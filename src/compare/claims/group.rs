//! Grouping figures into the quantities they are about: "60 people dead"
//! in one article and "137 killed" in another are one quantity, deaths;
//! "40 homes" and "about 45 houses" in one row of the alignment are likely
//! one too. Each figure first gets what grouping needs ([`Item`]): its
//! quantity's name with the year it is about when not the event's, its
//! sentence's words, its side of the event.

use std::collections::BTreeMap;

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use super::mention::Found;
use super::words::{KIN, STILL};
use super::{CHARGE_UNIT, EVERY, Mention, PART, PER};
use super::{kind, nation};
use crate::compare::Budget;
use crate::compare::text::{TermKind, Terms};
use crate::corpus::{Article, Date, Paragraph, month_name};

/// How a toll that says it counts the attacker too is named: "deaths
/// (attacker included)".
const ATTACKER_INCLUDED: &str = " (attacker included)";

/// How a forecast's quantity is scoped: "deaths (forecast)" for "the
/// final toll could be more than 200", no rival for a count.
const FORECAST: &str = "forecast";

/// How alike two figures' sentences must be (shared content stems over
/// all of them) for figures of a loosely named quantity ("money",
/// "people", "days") to count as one quantity.
const CONTEXT: f64 = 0.1;

/// How much of the shorter of two sentences' words beyond a specific
/// name the other must hold for the two figures to be one quantity.
const CONTAINED: f64 = 0.25;

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
pub struct Item {
    mention: Mention,
    /// What it counts, with the year it is about when not the event's.
    quantity: String,
    /// The currency for money, else empty: amounts in two currencies are
    /// never compared.
    currency: String,
    /// Content stems of its sentence, as sorted ids from a [`Vocabulary`]:
    /// grouping compares sentences pair by pair, and ids compare without
    /// hashing a string each time.
    context: Vec<u32>,
    /// The context without the words of what it counts ("sentence" in
    /// "a five-year sentence"), which two figures of one name share by
    /// definition: what is left says whether they are about one thing.
    beyond: Vec<u32>,
    /// Whether it counts a well-known kind ("deaths"), which every outlet
    /// reporting the event means the same way.
    known: bool,
    /// Whether it counts people under another name ("residents").
    people: bool,
    /// The side of the event its people are on, where its noun says.
    side: Option<&'static str>,
    /// Its count is guessed from its noun alone.
    loose: bool,
    /// Its words say where those counted were ([`Found::placed`]).
    placed: bool,
    /// Its words say it adds to some of its kind: "two people were also
    /// killed", "an additional six deaths", "a further 32".
    adds: bool,
    row: Option<usize>,
    /// Its names as ids, set when grouping starts.
    names: Names,
}

/// What [`linked`] compares of two figures' names, as ids: grouping
/// compares figures pair by pair, millions of times on a long story, and
/// ids compare without reading a string each time.
#[derive(Clone, Copy, Default)]
struct Names {
    quantity: u32,
    currency: u32,
    /// The unit; 0 is none.
    unit: u32,
    /// A part ("63 of them"), which is no rival figure for its whole.
    part: bool,
    /// A toll with the attacker in it, no rival for the victims'.
    attacker_included: bool,
    /// How often, no rival for how long ("every 15 minutes").
    rate: bool,
    /// Whether its unit names a charge ("count of murder"): counts of two
    /// charges never meet; a charge cut short names none and meets any.
    charged: bool,
    /// Whether the quantity's name says what is counted.
    specific: bool,
    /// Whether the quantity's name is a span of time alone ("year").
    span: bool,
    /// Whether it counts one nation's people ("Kenyan nationals"): it
    /// meets no figure under another name, however alike ("Eight
    /// Chinese" and another outlet's "eight ships").
    nation: bool,
}

/// Gives each figure its [`Names`], once its quantity's name is final.
fn name_ids(items: &mut [Item]) {
    let mut ids: HashMap<String, u32> = HashMap::from_iter([(String::new(), 0)]);
    let mut id = |text: &str| {
        if let Some(&id) = ids.get(text) {
            return id;
        }
        let next = u32::try_from(ids.len()).unwrap_or(u32::MAX);
        ids.insert(text.to_string(), next);
        next
    };
    for item in items {
        item.names = Names {
            quantity: id(&item.quantity),
            currency: id(&item.currency),
            unit: id(&item.mention.unit),
            charged: item.mention.unit.starts_with(CHARGE_UNIT),
            part: item.quantity.ends_with(PART),
            attacker_included: item.quantity.contains(ATTACKER_INCLUDED),
            rate: item.quantity.starts_with(EVERY) || item.quantity.contains(PER),
            specific: kind::is_specific(&item.quantity),
            span: kind::is_time_span(&item.quantity),
            nation: nation::is_nationals(&item.quantity),
        };
    }
}

/// When the event and one of its articles are dated, as years and
/// (year, month) pairs: what places a figure in another time.
#[derive(Clone, Copy)]
pub struct When {
    /// The year most articles are dated.
    pub event_year: Option<i32>,
    /// The day the earliest article is dated: a story's first report
    /// comes within days of the event, and an outlier dated earlier only
    /// makes the test below stricter.
    pub event_day: Option<Date>,
    /// The article's own month.
    pub article: Option<(i32, u8)>,
}

impl When {
    /// The event's time, from its articles' dates.
    pub fn of_event(articles: &[Article]) -> When {
        When {
            event_year: event_year(articles),
            event_day: articles.iter().filter_map(|a| a.date).map(Date::day).min(),
            article: None,
        }
    }

    /// The same, with the date of one article.
    pub fn in_article(self, article: &Article) -> When {
        When {
            article: article.date.map(|d| (d.year(), d.month())),
            ..self
        }
    }

    /// The month before the event that `found`'s sentence places it in,
    /// if any: a month it names, placed in the year before the article's
    /// when later in the year than the article ("last October" in April),
    /// or the article's month less the months it says ("three months
    /// after"). A month with a day ("March 3") must be four weeks before
    /// the earliest article, as an event late one month is reported
    /// early the next, and a week's follow-ups name the event's own day.
    fn month_before(self, found: &Found) -> Option<(i32, u8)> {
        let (first, (year, month)) = (self.event_day?, self.article?);
        let event = (first.year(), first.month());
        // Months counted from year 0, so that months subtract.
        let index = |(y, m): (i32, u8)| y * 12 + i32::from(m) - 1;
        let earlier = |at: (i32, u8), gap: i32| (index(at) + gap <= index(event)).then_some(at);
        if let Some(back) = found.months_back.filter(|&m| m < 12) {
            let at = index((year, month)) - i32::try_from(back).ok()?;
            let at = (at.div_euclid(12), u8::try_from(at.rem_euclid(12) + 1).ok()?);
            return earlier(at, 1);
        }
        let named: Vec<(i32, u8, Option<u8>)> = found
            .months
            .iter()
            .map(|&(m, day)| {
                let y = match found.years.as_slice() {
                    [y] => *y,
                    _ if m <= month => year,
                    _ => year - 1,
                };
                (y, m, day)
            })
            .collect();
        if named.iter().any(|&(y, m, _)| (y, m) >= event) {
            return None;
        }
        named.iter().find_map(|&(y, m, day)| match day {
            Some(d) => u16::try_from(y)
                .ok()
                .and_then(|y| Date::new(y, m, d))
                .filter(|&named| named.days_until(first) >= WEEKS_BEFORE * 7)
                .map(|_| (y, m)),
            None => earlier((y, m), 1),
        })
    }
}

/// How many weeks before the earliest article a date with its day must
/// be to place a figure in another event.
const WEEKS_BEFORE: i64 = 4;

impl Item {
    /// Figure `found` of `paragraph` of article `article`, which stands in
    /// row `row` of the alignment, dated against the event's time.
    pub fn new(
        article: usize,
        paragraph: &Paragraph,
        found: Found,
        when: When,
        terms: &Terms,
        vocabulary: &mut Vocabulary,
        row: Option<usize>,
    ) -> Item {
        let event_year = when.event_year;
        // Only a past year makes a background figure ("deaths
        // (2015)"); a later one is a plan for the same quantity ("up to
        // 1,200 jobs by 2027").
        let back = found
            .months_back
            .filter(|&m| m >= 12)
            .and_then(|n| Some(event_year? - i32::try_from(n / 12).ok()?));
        let scope = found
            .years
            .iter()
            .find(|&&y| event_year.is_some_and(|event| y < event))
            .filter(|_| !found.years.iter().any(|&y| Some(y) == event_year))
            .copied()
            .or(back)
            .map(|year| year.to_string())
            .or_else(|| {
                when.month_before(&found)
                    .map(|(y, m)| format!("{} {y}", month_name(m)))
            })
            .or_else(|| found.over.map(str::to_string))
            .or_else(|| found.forecast.then(|| FORECAST.to_string()));
        let counts_people = kind::counts_people(found.quantity.trim_end_matches(PART));
        let text = &paragraph.text[found.range.clone()];
        let measure = kind::measure_in(text, &found.unit);
        // A figure named by its unit alone is named by what the unit
        // measures, so one outlet's inches meet another's centimetres.
        let named = match measure {
            Some((measure, _)) if kind::measure(&found.quantity).is_some() => measure,
            _ => &found.quantity,
        };
        let mut quantity = match &scope {
            Some(time) => format!("{named} ({time})"),
            None => named.to_string(),
        };
        // A toll with the attacker in it is a count of its own, never a
        // rival for the victims' ("three dead, including the shooter"
        // beside "two bailiffs were killed").
        if found.attacker_included && kind::is_toll(&found.quantity) {
            let base = quantity.trim_end_matches(PART).len();
            quantity.insert_str(base, ATTACKER_INCLUDED);
        }
        let currency = if found.unit.chars().all(|c| c.is_ascii_uppercase()) {
            found.unit.clone()
        } else {
            String::new()
        };
        let context = vocabulary.context(terms, &paragraph.text[found.sentence.clone()]);
        let mut own = Vec::new();
        for words in [&found.quantity, &found.unit] {
            terms.each(words, |id, kind| {
                if kind == TermKind::Stem {
                    own.push(id);
                }
            });
        }
        let mut beyond = context.clone();
        beyond.retain(|id| !own.contains(id));
        Item {
            side: kind::side(&found.unit).filter(|_| counts_people),
            loose: found.loose,
            placed: found.placed,
            adds: adds(&paragraph.text, &found.range),
            // A side's part ("deaths: children (part)") is of a known
            // count.
            known: kind::is_event_count(
                kind::whole_of_named_part(&found.quantity).unwrap_or(&found.quantity),
            ) && !found.loose,
            // Attackers are counted as such, not merely as people: no
            // toll takes "two suspects are at large" for a part.
            people: (found.loose || kind::is_people(&found.unit))
                && scope.is_none()
                && found.quantity != kind::ATTACKERS,
            row,
            quantity,
            currency,
            context,
            beyond,
            names: Names::default(),
            mention: Mention {
                article,
                paragraph: paragraph.index,
                text: paragraph.text[found.range.clone()].to_string(),
                range: found.range,
                value: found.value,
                high: found.high,
                qualifier: found.qualifier,
                unit: found.unit,
                scale: measure.map_or(1.0, |(_, scale)| scale),
                attribution: found.attribution,
                vague: found.vague,
                other: found.other,
            },
        }
    }
}

/// Names a well-known count by side ("injured: civilians", "injured:
/// police") when the event's figures for it name two sides or more, so
/// each side's figure is compared with the same side's; figures that
/// name no side stay with the count itself. Men and women are counted
/// apart only from each other ("11 men and 18 women"): either may be
/// police, civilians or someone's children.
pub fn split_by_side(items: &mut [Item]) {
    let mut sides: HashMap<(String, bool), HashSet<&'static str>> = HashMap::new();
    for item in items.iter().filter(|i| i.known) {
        if let Some(side) = item.side {
            sides
                .entry((item.quantity.clone(), kind::is_sex(side)))
                .or_default()
                .insert(side);
        }
    }
    for item in items.iter_mut().filter(|i| i.known) {
        // "No officers were hurt" says nothing of the others hurt: a side
        // with none counted stands apart even when no other side is named.
        let none = item.mention.value == 0.0 && item.mention.high.is_none();
        // Nor is a dead or wounded attacker ("one shooting suspect is
        // dead") ever one of the victims a toll counts.
        let attackers = |side: &str| side == kind::ATTACKERS && kind::is_toll(&item.quantity);
        if let Some(side) = item.side.filter(|&side| {
            none || attackers(side) || sides[&(item.quantity.clone(), kind::is_sex(side))].len() > 1
        }) {
            let base = item.quantity.trim_end_matches(PART);
            item.quantity = format!("{base}: {side}{}", &item.quantity[base.len()..]);
        }
    }
}

/// The measures a paragraph gives in two systems at once, one figure
/// and its conversion in brackets after it: "a 3km (9,800ft) ash
/// column", "a depth of 10 km (6 miles)".
pub fn converted<'a>(found: &'a [Found], text: &'a str) -> impl Iterator<Item = &'static str> + 'a {
    let measure = |f: &Found| kind::measure_in(&text[f.range.clone()], &f.unit).map(|(m, _)| m);
    found.windows(2).filter_map(move |pair| {
        let [given, conversion] = pair else {
            return None;
        };
        let bracketed = text[..conversion.range.start].trim_end().ends_with('(');
        let other_system = kind::is_imperial(&given.unit) != kind::is_imperial(&conversion.unit);
        measure(given).filter(|&m| bracketed && other_system && measure(conversion) == Some(m))
    })
}

/// Names each figure of a measure that the event gives in two systems
/// apart by its system ("length in imperial units"), where some outlet
/// converts it in its own words: each figure is then compared with those
/// of its own units, as a reader reads them, not with a rounded
/// conversion ("9,800ft" is no rival for "nearly 3,000 meters"). Where
/// no outlet converts, "about six inches" and "roughly 14 centimetres"
/// stay one length.
pub fn split_by_system(items: &mut [Item], converted: &HashSet<&'static str>) {
    for item in items.iter_mut() {
        let Some(measure) = item.mention.measure() else {
            continue;
        };
        if converted.contains(measure)
            && kind::is_imperial(&item.mention.unit)
            && item.quantity.starts_with(measure)
        {
            item.quantity.insert_str(measure.len(), IMPERIAL_UNITS);
        }
    }
}

/// How [`split_by_system`] names a measure in imperial units.
const IMPERIAL_UNITS: &str = " in imperial units";

/// Makes a part of each toll's figure that its article sets beside a
/// larger figure of the same toll as a share of it: one that says where
/// those counted were, after the larger ("killed six ... three people
/// died inside the building", "one man died in Alabama"); one that
/// counts one kind of people where the larger counts people at large
/// ("killed at least 174 people ... 33 children died"); or one that says
/// it adds to some ("an additional six deaths", "three others died").
/// Without a larger figure beside it, "49 were killed inside the club"
/// is the whole toll.
pub fn part_of_larger_toll(items: &mut [Item]) {
    let bare = |item: &Item| {
        item.known
            && kind::is_toll(&item.quantity)
            && kind::is_event_count(&item.quantity)
            && !item.quantity.ends_with(PART)
            && !item.mention.vague
    };
    // The sides of each toll the event names: where two or more are
    // named ("seven officers and two civilians"), `split_by_side`
    // compares each with the same side's, as it does men and women.
    let mut sides: HashMap<&str, HashSet<&'static str>> = HashMap::new();
    for item in items.iter().filter(|i| i.known) {
        if let Some(side) = item.side {
            sides.entry(&item.quantity).or_default().insert(side);
        }
    }
    let sided = |item: &Item| {
        item.side.is_some_and(|side| {
            kind::is_sex(side)
                || sides
                    .get(item.quantity.as_str())
                    .is_some_and(|s| s.len() > 1)
        })
    };
    // The largest figure of each article's toll, and the largest so far
    // as the article is read (items stand in reading order).
    let mut largest: HashMap<(usize, &str), (f64, &str)> = HashMap::new();
    for item in items.iter().filter(|i| bare(i)) {
        let top = largest
            .entry((item.mention.article, item.quantity.as_str()))
            .or_insert((0.0, ""));
        if item.mention.amount().0 > top.0 {
            *top = (item.mention.amount().0, item.mention.unit.as_str());
        }
    }
    let mut so_far: HashMap<(usize, &str), f64> = HashMap::new();
    let mut parts: Vec<usize> = Vec::new();
    for (k, item) in items.iter().enumerate().filter(|(_, i)| bare(i)) {
        let key = (item.mention.article, item.quantity.as_str());
        let amount = item.mention.amount().0;
        let (top, unit) = largest[&key];
        // A place is a part only of a larger toll given before it: a
        // background figure after it ("more than 34,000 have been killed
        // in Gaza") makes no part of "killed 22 people in Rafah".
        let placed = item.placed && so_far.get(&key).is_some_and(|&before| amount < before);
        let top_before = so_far.entry(key).or_insert(0.0);
        *top_before = top_before.max(amount);
        if amount >= top {
            continue;
        }
        // "No officers were hurt" says nothing of the others.
        let kind_of = item.mention.value > 0.0
            && !sided(item)
            && kind::is_kind_of_people(&item.mention.unit)
            && !kind::is_kind_of_people(unit);
        if placed || kind_of || item.adds || item.mention.other {
            parts.push(k);
        }
    }
    for k in parts {
        items[k].quantity.push_str(PART);
    }
}

/// Words in or just before a figure that say it adds to others of its
/// kind.
const ADDING: &[&str] = &["also", "additional", "further", "another"];

/// Whether the figure at `range` of `text` says it adds to others of its
/// kind: by a word of its own ("were also killed") or the word before it
/// ("an additional six deaths").
fn adds(text: &str, range: &std::ops::Range<usize>) -> bool {
    let adding = |word: &str| ADDING.iter().any(|a| word.eq_ignore_ascii_case(a));
    let before = text[..range.start].split_whitespace().next_back();
    text[range.clone()]
        .split(|c: char| !c.is_alphanumeric())
        .any(adding)
        || before.is_some_and(adding)
}

/// Each sentence's stems as ids of one [`Terms`], so that sentences
/// compare as sorted integers; kept, as an update's versions repeat their
/// sentences.
#[derive(Default)]
pub struct Vocabulary {
    sentences: HashMap<String, Vec<u32>>,
}

impl Vocabulary {
    /// The content stems of `sentence` as sorted ids, figures left out.
    fn context(&mut self, terms: &Terms, sentence: &str) -> Vec<u32> {
        if let Some(context) = self.sentences.get(sentence) {
            return context.clone();
        }
        let mut context = Vec::new();
        terms.each(sentence, |id, kind| {
            if kind == TermKind::Stem {
                context.push(id);
            }
        });
        context.sort_unstable();
        context.dedup();
        self.sentences.insert(sentence.to_string(), context.clone());
        context
    }
}

/// How many times the smaller of two figures goes into the larger, in
/// their measure's base unit; infinite when one is zero.
fn spread(a: &Mention, b: &Mention) -> f64 {
    let (x, y) = (a.amount().0, b.amount().0);
    let (low, high) = (x.min(y), x.max(y));
    if low > 0.0 { high / low } else { f64::INFINITY }
}

/// How many ids two sorted lists share, and that over how many they hold
/// between them.
fn overlap(x: &[u32], y: &[u32]) -> (usize, f64) {
    let shared = shared(x, y);
    let union = x.len() + y.len() - shared;
    (shared, shared as f64 / (union.max(1) as f64))
}

/// How many ids two sorted lists share.
fn shared(x: &[u32], y: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => (i, j, n) = (i + 1, j + 1, n + 1),
        }
    }
    n
}

/// Figures that differ only in the article they stand in: one figure in
/// one unchanged sentence across an update's versions, or repeated in one
/// article. They group as one, so the work grows with the figures an
/// update changes, not with its versions times its figures.
struct Class {
    /// Its figures, in input order.
    items: Vec<usize>,
    /// How many of them each article holds, by article.
    articles: Vec<(usize, usize)>,
}

impl Class {
    fn new(items: Vec<usize>, all: &[Item]) -> Class {
        let mut articles: Vec<(usize, usize)> = Vec::new();
        let mut by_article: Vec<usize> = items.iter().map(|&i| all[i].mention.article).collect();
        by_article.sort_unstable();
        for article in by_article {
            match articles.last_mut() {
                Some((a, n)) if *a == article => *n += 1,
                _ => articles.push((article, 1)),
            }
        }
        Class { items, articles }
    }

    /// Pairs of figures, one of each class, from two different articles.
    fn cross(&self, other: &Class) -> usize {
        cross(&self.articles, &other.articles)
    }

    /// Whether some figure of each stands in one article.
    fn meets(&self, other: &Class) -> bool {
        self.items.len() * other.items.len() > self.cross(other)
    }
}

/// Pairs of figures from two different articles, one of each of two sets
/// given as figures per article, sorted by article.
fn cross(x: &[(usize, usize)], y: &[(usize, usize)]) -> usize {
    let total = |t: &[(usize, usize)]| t.iter().map(|&(_, n)| n).sum::<usize>();
    let mut same = 0;
    let (mut i, mut j) = (0, 0);
    while i < x.len() && j < y.len() {
        let ((a, m), (b, n)) = (x[i], y[j]);
        match a.cmp(&b) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => (i, j, same) = (i + 1, j + 1, same + m * n),
        }
    }
    total(x) * total(y) - same
}

/// Two tallies of figures per article as one.
fn add_tallies(x: &[(usize, usize)], y: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut sum: BTreeMap<usize, usize> = x.iter().copied().collect();
    for &(article, n) in y {
        *sum.entry(article).or_default() += n;
    }
    sum.into_iter().collect()
}

/// What makes two figures interchangeable for grouping: everything
/// [`linked`] reads but the article.
fn likeness(item: &Item) -> impl Eq + std::hash::Hash + '_ {
    let m = &item.mention;
    (
        (&item.quantity, &item.currency, &item.context, item.row),
        (item.known, item.people, item.side, item.loose),
        (
            m.value.to_bits(),
            m.high.map(f64::to_bits),
            m.qualifier,
            &m.unit,
        ),
    )
}

/// The figures as classes of interchangeable ones, in order of first
/// figure. Figures that would not be linked to each other from two
/// articles (a sentence with no content words) stay a class per article.
fn classes(items: &[Item]) -> Vec<Class> {
    let mut alike: HashMap<_, Vec<usize>> = HashMap::new();
    let mut order = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let members = alike.entry(likeness(item)).or_default();
        if members.is_empty() {
            order.push(i);
        }
        members.push(i);
    }
    let mut classes = Vec::new();
    for first in order {
        let members = alike.remove(&likeness(&items[first])).unwrap_or_default();
        if linked(&items[first], &items[first], false) {
            classes.push(Class::new(members, items));
            continue;
        }
        let mut by_article: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for k in members {
            by_article
                .entry(items[k].mention.article)
                .or_default()
                .push(k);
        }
        classes.extend(by_article.into_values().map(|m| Class::new(m, items)));
    }
    classes.sort_by_key(|c| c.items[0]);
    classes
}

/// Groups figures into the quantities they are about, in order of first
/// appearance, each named by its most telling name.
///
/// A well-known count ("deaths") is one quantity wherever it is given.
/// Other figures join when they are [`linked`], closest first, and only
/// while most pairs of the two groups' figures from different articles
/// are linked too, so a chain of loose links never makes one quantity of
/// several; a group never holds two well-known counts.
///
/// Each figure is compared with the budget's `figure_neighbours` figures
/// of its kind (one name, one row, or people) that follow it: real reports
/// give a few dozen of a kind, all compared. Groups whose pairs of figures
/// pass `figure_pairs` stay apart; no report of one event gives such.
pub fn group(mut items: Vec<Item>, budget: &Budget) -> Vec<(String, Vec<Mention>)> {
    name_ids(&mut items);
    let classes = classes(&items);
    let rep = |c: usize| &items[classes[c].items[0]];
    // Whether some figure of class `x` is linked to some figure of `y`.
    let joined = |x: usize, y: usize| {
        let (cx, cy) = (&classes[x], &classes[y]);
        cx.cross(cy) > 0 && linked(rep(x), rep(y), false)
            || cx.meets(cy) && linked(rep(x), rep(y), true)
    };
    let n = classes.len();
    let mut clusters = Clusters {
        of: (0..n).collect(),
        members: (0..n).map(|c| vec![c]).collect(),
        tally: classes.iter().map(|c| c.articles.clone()).collect(),
        known: (0..n)
            .map(|c| rep(c).known.then_some(rep(c).names.quantity))
            .collect(),
    };
    let mut known: HashMap<u32, usize> = HashMap::new();
    for c in 0..n {
        let item = rep(c);
        if item.known {
            match known.get(&item.names.quantity) {
                Some(&k) => clusters.merge(k, c),
                None => {
                    known.insert(item.names.quantity, c);
                }
            }
        }
    }
    // Only figures of one name, of one row, or counting people can be
    // linked: compare those.
    let mut buckets: HashMap<Bucket, Vec<usize>> = HashMap::new();
    for c in 0..n {
        let item = rep(c);
        buckets
            .entry(Bucket::Name(item.names.quantity))
            .or_default()
            .push(c);
        if let Some(row) = item.row {
            buckets.entry(Bucket::Row(row)).or_default().push(c);
        }
        if item.people || item.known {
            buckets.entry(Bucket::People).or_default().push(c);
        }
        let m = &item.mention;
        if item.names.unit != 0 {
            let amount =
                Bucket::Amount(m.value.to_bits(), m.high.map(f64::to_bits), item.names.unit);
            buckets.entry(amount).or_default().push(c);
        }
    }
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for bucket in buckets.values() {
        for (k, &x) in bucket.iter().enumerate() {
            for &y in bucket[k + 1..].iter().take(budget.figure_neighbours) {
                if clusters.of[x] != clusters.of[y] && joined(x, y) {
                    let common = shared(&rep(x).context, &rep(y).context);
                    pairs.push((common, x.min(y), x.max(y)));
                }
            }
        }
    }
    pairs.sort_unstable_by_key(|&(common, x, y)| (std::cmp::Reverse(common), x, y));
    pairs.dedup();
    // Two groups already weighed, neither grown since (groups only grow,
    // so their sizes say so), would be weighed the same again.
    let mut weighed: HashSet<(usize, usize, usize, usize)> = HashSet::new();
    for (_, x, y) in pairs {
        let (a, b) = (clusters.of[x], clusters.of[y]);
        if a == b {
            continue;
        }
        let (a, b) = (a.min(b), a.max(b));
        let (left, right) = (&clusters.members[a], &clusters.members[b]);
        if left.len() * right.len() > budget.figure_pairs
            || !weighed.insert((a, b, left.len(), right.len()))
        {
            continue;
        }
        // A group never holds two well-known counts.
        if matches!((clusters.known[a], clusters.known[b]), (Some(p), Some(q)) if p != q) {
            continue;
        }
        // Most cross pairs must be linked; the count stops as soon as the
        // answer is sure either way.
        let cross = cross(&clusters.tally[a], &clusters.tally[b]);
        let (mut links, mut unseen) = (0, cross);
        'count: for &x in left {
            for &y in right {
                let pairs = classes[x].cross(&classes[y]);
                if pairs == 0 {
                    continue;
                }
                unseen -= pairs;
                if linked(rep(x), rep(y), false) {
                    links += pairs;
                }
                if 2 * links >= cross || 2 * (links + unseen) < cross {
                    break 'count;
                }
            }
        }
        if 2 * links >= cross {
            clusters.merge(a, b);
        }
    }
    let mut items: Vec<Option<Item>> = items.into_iter().map(Some).collect();
    clusters
        .members
        .into_iter()
        .filter(|m| !m.is_empty())
        .map(|m| {
            let mut figures: Vec<usize> = m
                .iter()
                .flat_map(|&c| classes[c].items.iter().copied())
                .collect();
            figures.sort_unstable();
            let group: Vec<Item> = figures.iter().filter_map(|&k| items[k].take()).collect();
            (
                name_of(&group),
                group.into_iter().map(|i| i.mention).collect(),
            )
        })
        .collect()
}

/// Joins each pair of [`KIN`] counts into the first when no article gives
/// both and no figure of either says it is the count still so: then
/// nothing says they differ. An article that gives both ("23 were taken
/// to hospitals; 12 remain hospitalized"), or a figure whose own words
/// say those counted "remain" or are "still" there, says they are two
/// counts, and no rivals: those taken to hospital then, and those there
/// now.
pub fn join_kin(mut groups: Vec<(String, Vec<Mention>)>) -> Vec<(String, Vec<Mention>)> {
    let still = |m: &Mention| {
        m.text
            .split(|c: char| !c.is_alphabetic())
            .any(|w| STILL.iter().any(|s| w.eq_ignore_ascii_case(s)))
    };
    for &(name, kin) in KIN {
        let find = |groups: &[(String, Vec<Mention>)], wanted: &str| {
            groups.iter().position(|(n, _)| n == wanted)
        };
        let (Some(a), Some(b)) = (find(&groups, name), find(&groups, kin)) else {
            continue;
        };
        let (x, y) = (&groups[a].1, &groups[b].1);
        if x.iter().any(|m| y.iter().any(|n| m.article == n.article))
            || x.iter().chain(y).any(still)
        {
            continue;
        }
        let (_, moved) = groups.remove(b);
        let a = if b < a { a - 1 } else { a };
        let joined = &mut groups[a].1;
        joined.extend(moved);
        joined.sort_by_key(|m| (m.article, m.paragraph, m.range.start));
    }
    groups
}

/// What figures that may be linked have in common: one name, one row,
/// counting people, or one amount in one unit.
#[derive(PartialEq, Eq, Hash)]
enum Bucket {
    Name(u32),
    Row(usize),
    People,
    Amount(u64, Option<u64>, u32),
}

/// Groups of classes as they merge.
struct Clusters {
    /// The cluster each class is in.
    of: Vec<usize>,
    /// Each cluster's classes; empty once merged into another.
    members: Vec<Vec<usize>>,
    /// Each cluster's figures per article, sorted by article.
    tally: Vec<Vec<(usize, usize)>>,
    /// The well-known count each cluster holds, if any.
    known: Vec<Option<u32>>,
}

impl Clusters {
    fn merge(&mut self, a: usize, b: usize) {
        let (into, from) = (a.min(b), a.max(b));
        let moved = std::mem::take(&mut self.members[from]);
        for &k in &moved {
            self.of[k] = into;
        }
        self.members[into].extend(moved);
        let tally = std::mem::take(&mut self.tally[from]);
        self.tally[into] = add_tallies(&self.tally[into], &tally);
        self.known[into] = self.known[into].or(self.known[from].take());
    }
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
/// 4,200 residents"). `same_article` says whether the two stand in one
/// article.
fn linked(x: &Item, y: &Item, same_article: bool) -> bool {
    let (p, q) = (x.names, y.names);
    if p.currency != q.currency
        || p.part != q.part
        || p.attacker_included != q.attacker_included
        || p.rate != q.rate
        || p.charged && q.charged && p.unit != q.unit
        || (p.nation || q.nation) && p.quantity != q.quantity
    {
        return false;
    }
    let (a, b) = (&x.mention, &y.mention);
    // The sentences' overlap is read last: grouping weighs millions of
    // pairs, and most are settled by their names and values.
    let sentences = || overlap(&x.context, &y.context);
    let same_row = !same_article && x.row.is_some() && x.row == y.row;
    let within = |ratio: f64| spread(a, b) <= ratio || a.fits(b);
    if p.quantity == q.quantity {
        if same_article && a.same_figure(b) {
            return true;
        }
        if !within(FAR) {
            return false;
        }
        // Two outlets' shares of one thing that agree ("nearly 40 per cent
        // of the guests", "about 40%") are one share told twice, however
        // their sentences put it.
        let share = |i: &Item| i.mention.unit == "percent" && i.quantity.ends_with("(%)");
        if !same_article && share(x) && share(y) && a.fits(b) {
            return true;
        }
        // Spans of time are the loosest name of all ("10 years" with the
        // trial court, "25 years" with the state police): their
        // sentences must agree on more than the span's own word.
        let (_, jaccard) = if p.span {
            overlap(&x.beyond, &y.beyond)
        } else {
            sentences()
        };
        // A name that says what is counted ("fine", "batches") needs less
        // of the sentence to agree than one that only gives a unit; on real
        // news a shared word or two is not enough ("her two friends", "two
        // of his friends" are different people in different stories). Two
        // figures that would conflict must share words beyond that name:
        // "he received a five-year sentence" and "Copelin's plea deal
        // gives him a two-year sentence" are two men's sentences.
        let telling = if a.fits(b) {
            jaccard
        } else {
            overlap(&x.beyond, &y.beyond).1
        };
        let contained = {
            let shared = shared(&x.beyond, &y.beyond);
            shared >= 1 && shared as f64 >= CONTAINED * x.beyond.len().min(y.beyond.len()) as f64
        };
        let specific = p.specific && !x.loose && !y.loose && (telling >= CONTEXT || contained);
        return specific || same_row && jaccard >= CONTEXT / 2.0 || jaccard >= 2.0 * CONTEXT;
    }
    // One article giving two figures that cannot both be true under two
    // names gives two quantities: "9 million deaths" and "the 20 million
    // residents of Delhi".
    if same_article && !a.fits(b) {
        return false;
    }
    let near = spread(a, b) <= NEAR;
    // Under two names, one figure in one row is likely one quantity
    // ("three hospitals", "three sites").
    let same_figure = a.amount() == b.amount();
    let same_figure_here = same_row && same_figure;
    // One amount in one unit ("€1.4bn", "1.5-kilometre") under two names is
    // one quantity wherever it stands, when the sentences agree.
    let same_amount = same_figure && p.unit != 0 && p.unit == q.unit;
    // People named by a noun alone ("one patient", "eight victims") say
    // too little of what befell them to contradict a count: they join one
    // only where they agree with it, unless a side names them ("five
    // officers").
    let sided = |i: &Item| kind::side(&i.mention.unit).is_some();
    let kinds_agree = match (x.known, y.known) {
        (false, false) => {
            x.people && y.people && (a.fits(b) || sided(x) && sided(y))
                || same_figure_here
                || same_amount
        }
        (true, false) => y.people && (a.fits(b) || sided(y)),
        (false, true) => x.people && (a.fits(b) || sided(x)),
        (true, true) => false,
    };
    if !(near && kinds_agree) {
        return false;
    }
    let (shared, jaccard) = sentences();
    (same_row || jaccard >= CONTEXT) && shared >= 2
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
