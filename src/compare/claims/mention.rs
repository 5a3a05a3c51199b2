//! Finding the figures one paragraph states.
//!
//! Every number is read ([`number::read`]); those that name or date
//! things (years, dates, clock times, ages, ordinals, flight, route,
//! street and section numbers, phone numbers) are set aside; the rest
//! become [`Found`] figures with the qualifier before them, what they count
//! (from the words around them, see [`kind`]) and who says so.

use std::ops::Range;

use super::Qualifier;
use super::kind;
use super::number::{self, Number, Unit};
use super::tokens::{Token, tokenise};
use crate::compare::text::{self, is_stop_word};

/// A figure found in a paragraph, not yet compared with anything.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// Bytes of the paragraph's text: qualifier, number and what it counts.
    pub range: Range<usize>,
    pub value: f64,
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    /// What one of the figure is: "people", "USD", "percent", "homes".
    pub unit: String,
    /// What is counted, as a reader would name it: "deaths", "ransom".
    pub quantity: String,
    /// "officials said", "according to the ministry".
    pub attribution: Option<String>,
    /// Bytes of the sentence the figure stands in: what it is about.
    pub sentence: Range<usize>,
    /// A vague plural ("hundreds"): a floor a headline may shout, not a
    /// figure to hold an outlet to.
    pub vague: bool,
    /// Its count is guessed from its noun alone ("12 officers" as
    /// deployed), so it joins others of that count only where the
    /// sentences agree.
    pub loose: bool,
    /// Years the figure's sentence names, which may place it in another
    /// time than the event's ("the 2015 attacks killed 130").
    pub years: Vec<i32>,
}

/// Measures of a neighbourhood: "fewer than 20 blocks away" says where
/// something is. Miles and kilometres stay figures: how far a reef lies
/// off the coast is a fact outlets can disagree on.
const DISTANCES: &[&str] = &["blocks", "block", "doors", "houses", "streets"];

/// Lengths, which place something when a compass point follows.
const LENGTHS: &[&str] = &[
    "miles",
    "mile",
    "kilometres",
    "kilometers",
    "km",
    "yards",
    "feet",
    "metres",
    "meters",
];

/// Words that lead into a figure, capitalised only by starting a
/// sentence: "Another 53 were wounded" is no "Flight 447".
const LEADS: &[&str] = &[
    "another", "only", "just", "all", "exactly", "total", "a", "an",
];

/// Qualifier phrases, longest first so "no more than" wins over "more than".
const QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["not", "less", "than"], Qualifier::AtLeast),
    (&["not", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "more", "than"], Qualifier::UpTo),
    (&["not", "more", "than"], Qualifier::UpTo),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["a", "maximum", "of"], Qualifier::UpTo),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["just", "shy", "of"], Qualifier::Nearly),
    (&["as", "many", "as"], Qualifier::UpTo),
    (&["as", "much", "as"], Qualifier::UpTo),
    (&["as", "few", "as"], Qualifier::AtLeast),
    (&["at", "least"], Qualifier::AtLeast),
    (&["at", "most"], Qualifier::UpTo),
    (&["more", "than"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["well", "over"], Qualifier::MoreThan),
    (&["just", "over"], Qualifier::MoreThan),
    (&["an", "estimated"], Qualifier::About),
    (&["close", "to"], Qualifier::Nearly),
    (&["just", "under"], Qualifier::Nearly),
    (&["just", "below"], Qualifier::Nearly),
    (&["up", "to"], Qualifier::UpTo),
    (&["less", "than"], Qualifier::LessThan),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["approx", "."], Qualifier::About),
    (&["over"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["exceeding"], Qualifier::MoreThan),
    (&["about"], Qualifier::About),
    (&["approximately"], Qualifier::About),
    (&["approx"], Qualifier::About),
    (&["around"], Qualifier::About),
    (&["roughly"], Qualifier::About),
    (&["some"], Qualifier::About),
    (&["estimated"], Qualifier::About),
    (&["circa"], Qualifier::About),
    (&["nearly"], Qualifier::Nearly),
    (&["almost"], Qualifier::Nearly),
    (&["under"], Qualifier::LessThan),
    (&["below"], Qualifier::LessThan),
    (&["exactly"], Qualifier::Exact),
    (&["between"], Qualifier::Between),
];

/// Words before a number that make it a name, not a count: "Flight 447",
/// "section 4", "No. 10".
const DESIGNATORS: &[&str] = &[
    "flight",
    "route",
    "bus",
    "line",
    "platform",
    "gate",
    "terminal",
    "section",
    "article",
    "chapter",
    "clause",
    "paragraph",
    "page",
    "room",
    "number",
    "no",
    "no.",
    "#",
    "highway",
    "road",
    "junction",
    "exit",
    "level",
    "phase",
    "grade",
    "category",
    "stage",
    "pier",
    "berth",
    "ward",
    "unit",
    "building",
    "block",
    "lot",
    "seat",
    "item",
    "figure",
    "appendix",
    "schedule",
    "part",
    "volume",
    "issue",
    "episode",
    "season",
    "version",
    "model",
    "class",
    "type",
    "channel",
    "amendment",
    "rule",
    "regulation",
    "division",
    "district",
    "zone",
    "sector",
    "precinct",
    "runway",
    "track",
    "apartment",
    "flat",
    "reactor",
    "cell",
    "batch",
    "lane",
    "interstate",
    "motorway",
    "train",
    "bay",
    "hangar",
    "row",
    "tier",
    "bill",
    "act",
    "resolution",
    "decree",
    "order",
    "code",
    "vol",
    "p",
    "pp",
    "ch",
    "sec",
    "art",
    "ref",
];
const STREETS: &[&str] = &[
    "street",
    "st",
    "road",
    "rd",
    "avenue",
    "ave",
    "lane",
    "boulevard",
    "blvd",
    "drive",
    "way",
    "place",
    "square",
    "court",
    "terrace",
    "crescent",
    "close",
    "row",
    "quay",
    "wharf",
    "parade",
    "gardens",
    "hill",
    "walk",
    "mews",
];
/// Words before a year ("in 2015", "since 2017"), which a count would not
/// follow.
const YEAR_PRECEDERS: &[&str] = &[
    "in",
    "since",
    "of",
    "by",
    "until",
    "till",
    "from",
    "before",
    "after",
    "during",
    "the",
    "its",
    "their",
    "his",
    "her",
    "our",
    "this",
    "last",
    "next",
    "fiscal",
    "financial",
    "early",
    "late",
    "mid",
    "circa",
    "spring",
    "summer",
    "autumn",
    "winter",
    "fall",
];
const TIME_WORDS: &[&str] = &[
    "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "cest", "est", "edt",
    "pst", "o'clock", "hrs", "hours", "h",
];
/// Words that end a figure's clause going forwards or backwards.
const CONJUNCTIONS: &[&str] = &[
    "and", "or", "but", "while", "whereas", "whilst", "plus", "as",
];
/// Verbs that introduce a change, so "rose from 9 to 14" is two figures,
/// not a range.
const CHANGE_VERBS: &[&str] = &[
    "rose",
    "risen",
    "increased",
    "climbed",
    "jumped",
    "grew",
    "fell",
    "dropped",
    "decreased",
    "revised",
    "raised",
    "lowered",
    "went",
    "soared",
    "declined",
    "doubled",
    "updated",
];
/// Verbs that report: "officials said".
const REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "reported",
    "reports",
    "announced",
    "confirmed",
    "estimated",
    "estimates",
    "stated",
    "claimed",
    "claims",
    "added",
    "according",
];
/// Words between a number and its noun that are not the noun.
const NOUN_SKIP: &[&str] = &[
    "of",
    "such",
    "more",
    "other",
    "additional",
    "extra",
    "further",
    "new",
    "the",
    "those",
    "these",
    "its",
    "their",
    "his",
    "her",
];
/// Verbs that a head noun is not, though they look like nouns.
const NOT_NOUNS: &[&str] = &[
    "rose",
    "fell",
    "grew",
    "stood",
    "reached",
    "hit",
    "totalled",
    "totaled",
    "saw",
    "took",
    "left",
    "remain",
    "remained",
    "remains",
    "according",
    "since",
    "ago",
    "later",
    "earlier",
    "each",
    "apiece",
    "say",
    "said",
    "says",
    "more",
    "less",
    "fewer",
    "total",
];

/// The figures of one paragraph, in reading order.
pub fn find(text: &str) -> Vec<Found> {
    let tokens = tokenise(text);
    let mut found: Vec<(usize, Found)> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some(number) = number::read(&tokens, i) else {
            i += 1;
            continue;
        };
        let mut end = number.tokens.end.max(i + 1);
        if let Some((figure, figure_end)) = figure(&tokens, &number, &found, text) {
            end = end.max(figure_end);
            // "There were no injuries among the 30 passengers": after a
            // zero, a figure of the same count in its sentence is how many
            // might have been, not how many were.
            let sentence = tokens[i].sentence;
            let after_zero = found
                .iter()
                .any(|(s, f)| *s == sentence && f.value == 0.0 && f.quantity == figure.quantity);
            if !after_zero {
                found.push((sentence, figure));
            }
        }
        i = end;
    }
    found.into_iter().map(|(_, f)| f).collect()
}

/// Reads the figure `number` states, if it states one; returns it with the
/// token where reading goes on.
fn figure(
    tokens: &[Token],
    number: &Number,
    earlier: &[(usize, Found)],
    text: &str,
) -> Option<(Found, usize)> {
    let start = number.tokens.start;
    let sentence = tokens[start].sentence;
    if number.not_a_count.is_some() || not_a_count(tokens, number) {
        return None;
    }
    let (qualifier, qualifier_start) = qualifier_before(tokens, start);
    let mut qualifier = qualifier.unwrap_or(Qualifier::Exact);
    if number.vague && qualifier == Qualifier::Exact {
        qualifier = Qualifier::AtLeast;
    }
    let mut end = number.tokens.end;
    let mut high = number.high;
    // "40 to 60", "between 40 and 60", "two or three".
    let joiner = tokens.get(end).map(Token::lower);
    let ranged = match joiner.as_deref() {
        Some("and") => qualifier == Qualifier::Between,
        Some("to") => !is_change(tokens, qualifier_start),
        Some("or") | Some("-") | Some("–") => true,
        _ => false,
    };
    let mut value = number.value;
    let mut unit = number.unit.clone();
    if ranged && high.is_none() {
        if let Some(top) = number::read(tokens, end + 1)
            .filter(|n| n.not_a_count.is_none() && n.value > number.value && !n.vague)
        {
            // "40 to 60 million": the scale of the top is the bottom's
            // too, unless the bottom is already in units of it ("900,000
            // to 1.2 million"). A currency or percent sign on the top is
            // the bottom's as well.
            if number.scale == 1.0 && value < top.value / top.scale {
                value *= top.scale;
            }
            if unit.is_none() {
                unit = top.unit.clone();
            }
            high = Some(top.value);
            end = top.tokens.end;
            qualifier = Qualifier::Between;
        }
    }
    if high.is_some() {
        qualifier = Qualifier::Between;
    } else if qualifier == Qualifier::Between {
        qualifier = Qualifier::Exact;
    }
    if tokens[start..end].iter().any(|t| t.text.ends_with("-odd")) {
        qualifier = Qualifier::About;
    }
    if tokens[start..end].iter().any(|t| t.text.ends_with("-plus")) {
        qualifier = Qualifier::AtLeast;
    }
    // "60 or more", "60 or so".
    match (
        tokens.get(end).map(Token::lower).as_deref(),
        tokens.get(end + 1).map(Token::lower).as_deref(),
    ) {
        (Some("or"), Some("more")) => {
            qualifier = Qualifier::AtLeast;
            end += 2;
        }
        (Some("or"), Some("so")) => {
            qualifier = Qualifier::About;
            end += 2;
        }
        (Some("or"), Some("fewer" | "less")) => {
            qualifier = Qualifier::UpTo;
            end += 2;
        }
        (Some("plus"), _) if qualifier == Qualifier::Exact => {
            qualifier = Qualifier::AtLeast;
            end += 1;
        }
        _ => {}
    }
    let number = &Number {
        unit,
        ..number.clone()
    };
    let counted = counted(tokens, number, qualifier_start, end, earlier, sentence)?;
    let lone_one = number.tokens.len() == 1
        && matches!(tokens[start].lower().as_str(), "one" | "a" | "an")
        && (!counted.known || tokens.get(end).is_some_and(|t| t.is_any(&["of"])));
    // A zero must name a count: "no one was hurt", not "no plans".
    if lone_one || number.value == 0.0 && !counted.known {
        return None;
    }
    let first = qualifier_start.min(counted.first);
    let last = end.max(counted.last + 1);
    let range = tokens[first].range.start..tokens[last - 1].range.end;
    // Years of the figure's own stretch of the sentence, between the
    // figures before and after it: "two since January and 45 since 2017"
    // dates only the 45.
    let other_figure = |j: &usize| tokens[*j].starts_with_digit() && year_at(tokens, *j).is_none();
    let from = (0..start)
        .rev()
        .take_while(|j| tokens[*j].sentence == sentence && !other_figure(j))
        .last()
        .unwrap_or(start);
    let to = (end..tokens.len())
        .take_while(|j| tokens[*j].sentence == sentence && !other_figure(j))
        .last()
        .map_or(end, |j| j + 1);
    let years = (from..to).filter_map(|j| year_at(tokens, j)).collect();
    let span = sentence_span(tokens, start);
    let sentence_range = tokens[span.start].range.start..tokens[span.end - 1].range.end;
    Some((
        Found {
            range,
            value,
            high,
            qualifier,
            unit: counted.unit,
            quantity: counted.quantity,
            attribution: attribution(tokens, span, text),
            sentence: sentence_range,
            vague: number.vague,
            loose: counted.loose,
            years,
        },
        end,
    ))
}

/// The qualifier that ends just before token `start`, and where it begins.
fn qualifier_before(tokens: &[Token], start: usize) -> (Option<Qualifier>, usize) {
    for (phrase, qualifier) in QUALIFIERS {
        let Some(first) = start.checked_sub(phrase.len()) else {
            continue;
        };
        let matches = tokens[first..start]
            .iter()
            .zip(phrase.iter())
            .all(|(t, w)| t.text.eq_ignore_ascii_case(w))
            && tokens[first].sentence == tokens[start].sentence;
        if matches {
            return (Some(*qualifier), first);
        }
    }
    (None, start)
}

/// Whether "from" before `start` follows a verb of change: "rose from 9 to
/// 14" gives two figures, old and new.
fn is_change(tokens: &[Token], start: usize) -> bool {
    start >= 2
        && tokens[start - 1].lower() == "from"
        && tokens[..start - 1]
            .iter()
            .rev()
            .take(4)
            .any(|t| t.is_any(CHANGE_VERBS))
}

/// Numbers that name, date or time something.
fn not_a_count(tokens: &[Token], number: &Number) -> bool {
    let start = number.tokens.start;
    let end = number.tokens.end;
    let token = &tokens[start];
    let before = |k: usize| start.checked_sub(k).map(|j| &tokens[j]);
    let after = |k: usize| tokens.get(end + k - 1);
    let lower_before = |k: usize| before(k).map(Token::lower).unwrap_or_default();
    let lower_after = |k: usize| after(k).map(Token::lower).unwrap_or_default();
    if number.unit.is_some() && matches!(number.unit, Some(Unit::Currency(_))) {
        return false;
    }
    if year_at(tokens, start).is_some() {
        return true;
    }
    // Citation marks: "killed 13[13] people", "wounded 20.[14]".
    if lower_before(1) == "[" && lower_after(1) == "]" {
        return true;
    }
    // Calibres: ".44 revolver", "a .22", "a 9 mm", ".45-caliber".
    let glued_point = before(1).is_some_and(|p| {
        p.text == "."
            && p.range.end == token.range.start
            && before(2).is_none_or(|w| w.range.end < p.range.start)
    });
    if glued_point || lower_after(1).trim_start_matches('-').starts_with("calib") {
        return true;
    }
    // Distances that place something: "fewer than 20 blocks away", "two
    // doors down from".
    // "65 miles northeast of Detroit" places a town; "from 100 yards
    // away" and "a mile and a half off" the coast may be the fact.
    let compass = |t: &Token| {
        let word = t.lower();
        ["north", "south", "east", "west"]
            .iter()
            .any(|d| word.starts_with(d))
    };
    if after(1).is_some_and(|t| t.is_any(DISTANCES))
        && after(2).is_some_and(|t| compass(t) || t.is_any(&["away", "from", "outside", "off"]))
        || after(1).is_some_and(|t| t.is_any(LENGTHS))
            && after(2).is_some_and(compass)
            && lower_after(3) == "of"
    {
        return true;
    }
    // Specifications, not amounts: "40mg tablets", "a 10mg dose".
    let fused = matches!(&number.unit, Some(Unit::Measure(m)) if token.text.to_lowercase().ends_with(m.as_str()) && !token.text.contains('-'));
    if fused
        && after(1).is_some_and(|t| {
            t.is_word() && !t.is_capitalised() && !t.is_any(&["of"]) && !is_stop_word(&t.lower())
        })
    {
        return true;
    }
    let is_month = |w: &str| text::is_month(w.trim_end_matches('.'));
    // Dates: "March 3", "3 March", "3rd of March", "3/4/2024".
    if is_month(&lower_before(1)) && token.starts_with_digit()
        || is_month(&lower_after(1))
        || lower_after(1) == "of" && is_month(&lower_after(2))
        || text::is_weekday(&lower_before(1)) && token.starts_with_digit()
    {
        return true;
    }
    let digit_after = |k: usize| after(k).is_some_and(Token::starts_with_digit);
    let digit_before = |k: usize| before(k).is_some_and(Token::starts_with_digit);
    if (lower_after(1) == "/" || lower_after(1) == ":") && digit_after(2)
        || (lower_before(1) == "/" || lower_before(1) == ":") && digit_before(2)
    {
        return true;
    }
    // Clock times in words: "shortly after seven", "at ten o'clock".
    let words_time = !token.starts_with_digit()
        && number.value <= 12.0
        && before(1).is_some_and(|t| t.is_any(&["past", "after", "before", "until", "till", "at"]))
        && after(1).is_none_or(|t| {
            t.ends_clause()
                || t.is_any(&["o'clock", "on", "in", "this", "that", "last", "and", "when"])
        });
    if words_time {
        return true;
    }
    // Clock times: "9 p.m.", "20:00", "0900 GMT".
    if token.starts_with_digit() && TIME_WORDS.contains(&lower_after(1).as_str()) {
        let hours_after_clock = lower_after(1) == "hours" && token.text.len() != 4;
        if !hours_after_clock {
            return true;
        }
    }
    // Ages: "aged 34", "34 years old", "Maria Okafor, 34,", "patients
    // over 60".
    let over_age = matches!(lower_before(1).as_str(), "over" | "under")
        && before(2).is_some_and(|t| {
            kind::is_people(&t.lower()) || t.is_any(&["them", "patients", "those", "aged"])
        })
        && number.value < 120.0;
    if over_age {
        return true;
    }
    if matches!(lower_before(1).as_str(), "aged" | "age" | "ages")
        || matches!(lower_after(1).as_str(), "year" | "years") && lower_after(2) == "old"
        || matches!(lower_after(1).as_str(), "year-old" | "years-old")
    {
        return true;
    }
    let name_before = |k: usize| before(k).is_some_and(|t| t.is_capitalised() && t.is_word());
    if (lower_before(1) == "," && lower_after(1) == ","
        || lower_before(1) == "(" && lower_after(1) == ")")
        && name_before(2)
        && token.starts_with_digit()
        && number.value < 120.0
    {
        return true;
    }
    // Designations: "Flight 447", "Air Base 942", "No. 10", "12 Harbour Street".
    if token.starts_with_digit() {
        if let Some(previous) = before(1) {
            let designator = previous.is_any(DESIGNATORS);
            let name = previous.is_word()
                && previous.is_capitalised()
                && !is_stop_word(&previous.lower())
                && !previous.is_any(LEADS)
                && number::read(tokens, start - 1).is_none()
                && !is_month(&previous.lower())
                && !QUALIFIERS
                    .iter()
                    .any(|(phrase, _)| phrase.last().is_some_and(|w| previous.is_any(&[w])));
            if designator || name {
                return true;
            }
        }
        let street = (1..=3).any(|k| {
            after(k).is_some_and(|t| t.is_any(STREETS) && t.is_capitalised())
                && (1..k).all(|m| after(m).is_some_and(Token::is_capitalised))
        });
        if street {
            return true;
        }
        // Phone numbers and codes: "0800", "020 7946 0958".
        if token.text.len() > 1 && token.text.starts_with('0') && !token.text.starts_with("0.") {
            return true;
        }
        if digit_after(1) || digit_before(1) {
            return true;
        }
    }
    false
}

/// The year token `j` holds, if it holds one: "in 2015", "the 2024
/// Olympics", but not "2000 homes".
fn year_at(tokens: &[Token], j: usize) -> Option<i32> {
    let token = tokens.get(j)?;
    if token.text.len() != 4 || !token.text.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let year: i32 = token.text.parse().ok()?;
    if !(1800..=2100).contains(&year) {
        return None;
    }
    let next = tokens.get(j + 1);
    let previous = j
        .checked_sub(1)
        .map(|p| tokens[p].lower())
        .unwrap_or_default();
    let counts_something = next.is_some_and(|n| {
        let word = n.lower();
        n.is_word()
            && !n.is_capitalised()
            && (word.ends_with('s') || kind::predicate(&word).is_some() || kind::is_people(&word))
    }) && !YEAR_PRECEDERS.contains(&previous.as_str());
    (!counts_something).then_some(year)
}

/// What a figure counts, and the tokens that say so.
struct Counted {
    quantity: String,
    unit: String,
    /// Whether the words name a known count, not just a noun.
    known: bool,
    /// Whether the known count is a guess from the noun alone.
    loose: bool,
    first: usize,
    last: usize,
}

/// Works out what the figure spanning `start..end` counts.
fn counted(
    tokens: &[Token],
    number: &Number,
    start: usize,
    end: usize,
    earlier: &[(usize, Found)],
    sentence: usize,
) -> Option<Counted> {
    let forward = window_forward(tokens, end);
    let backward = window_backward(tokens, start);
    // "63 of them", "three of her four sons", "four of Taylor's sons".
    let partitive = tokens.get(end).is_some_and(|t| t.lower() == "of")
        && tokens.get(end + 1).is_some_and(|t| {
            t.is_any(&[
                "the", "those", "them", "whom", "which", "these", "her", "his", "their", "its",
                "our", "my", "your",
            ]) || t.is_capitalised() && (t.text.ends_with("'s") || t.text.ends_with("’s"))
        })
        && !number.vague;
    let head = head_noun(tokens, &forward);
    let noun_after = head.map(|h| tokens[h].lower());
    let span_with = |quantity: &str, unit: String, known: bool, at: usize| Counted {
        quantity: quantity.to_string(),
        unit,
        known,
        loose: false,
        first: at.min(start),
        last: at.max(head.unwrap_or(0)).max(end.saturating_sub(1)),
    };
    let people_unit = || {
        noun_after
            .clone()
            .filter(|n| kind::may_be_counted(n))
            .unwrap_or_else(|| "people".to_string())
    };
    match &number.unit {
        Some(Unit::Currency(code)) => {
            // The nearest word in the sentence that says what the money is.
            let mut nearby: Vec<usize> = sentence_span(tokens, start).collect();
            nearby.sort_by_key(|&j| j.saturating_sub(end) + start.saturating_sub(j));
            let what = nearby
                .iter()
                .find_map(|&j| kind::money(&tokens[j].lower()).map(|m| (m, j)));
            return Some(match what {
                Some((name, at)) if forward.contains(&at) || backward.contains(&at) => {
                    span_with(name, code.to_string(), true, at)
                }
                Some((name, _)) => span_with(name, code.to_string(), true, start),
                None => span_with("money", code.to_string(), true, start),
            });
        }
        Some(Unit::Percent) => {
            let subject = backward
                .iter()
                .find(|&&j| is_noun(&tokens[j]))
                .or(head.as_ref());
            return Some(match subject {
                Some(&at) => span_with(
                    &format!("{} (%)", kind::noun_key(tokens[at].text)),
                    "percent".into(),
                    true,
                    at,
                ),
                None => span_with("percent", "percent".into(), true, start),
            });
        }
        Some(Unit::Measure(measure)) => {
            let name = noun_after.clone().unwrap_or_else(|| measure.clone());
            return Some(span_with(
                &kind::noun_key(&name),
                measure.clone(),
                false,
                head.unwrap_or(start),
            ));
        }
        None => {}
    }
    // "Nine officers and two civilians were injured", "wounded four
    // officers and two civilians": figures joined by "and" share the verb.
    let beyond_and: Vec<usize> = coordinated(tokens, &forward, end, true)
        .into_iter()
        .chain(coordinated(tokens, &backward, start, false))
        .collect();
    let predicate = forward
        .iter()
        .chain(backward.iter())
        .chain(beyond_and.iter())
        .find_map(|&j| kind::predicate(&tokens[j].lower()).map(|k| (k, j)));
    // "Two dozen ambulances ferried the wounded", "hospital two days
    // later": a number before a noun for things counts those things, whatever
    // happened to people nearby.
    // "one year after his arrest": a figure of time counts no people.
    let predicate = predicate.filter(|&(name, at)| {
        !kind::counts_people(name)
            || noun_after.as_deref().is_none_or(|noun| {
                kind::may_be_counted(noun)
                    || kind::predicate(noun).is_some()
                    || !is_plural(noun) && !kind::is_unit(&kind::noun_key(noun))
            })
            || head == Some(at)
    });
    if let Some((name, at)) = predicate {
        let name = if partitive {
            format!("{name} (part)")
        } else {
            name.to_string()
        };
        let unit = if kind::counts_people(name.trim_end_matches(" (part)")) {
            people_unit()
        } else {
            noun_after.clone().unwrap_or_else(|| "people".into())
        };
        // The mention is this figure's own words, not its partner's.
        let at = if beyond_and.contains(&at) {
            head.unwrap_or(start)
        } else {
            at
        };
        return Some(span_with(&name, unit, true, at));
    }
    if let Some(noun) = &noun_after {
        let at = head.unwrap_or(start);
        // "150 firefighters" with no verb: those sent. Police are more
        // than that: in a shooting they are wounded, shot at and standing
        // guard, so "12 officers" joins a deployment only as loosely as
        // any other noun does.
        if kind::is_deployed(noun) {
            return Some(Counted {
                loose: kind::side(noun) == Some("police"),
                ..span_with("deployed", noun.clone(), true, at)
            });
        }
        // "two gunmen", "more than one assailant": how many attacked is
        // one count however outlets name them.
        if kind::side(noun) == Some("attackers") {
            return Some(span_with("attackers", noun.clone(), true, at));
        }
        let part = if partitive { " (part)" } else { "" };
        return Some(span_with(
            &format!("{}{part}", kind::noun_key(noun)),
            noun.clone(),
            kind::is_people(noun),
            at,
        ));
    }
    // "and a total of 45 since 2017": the count of the figure before it;
    // "63 of them": a part of it, which is no rival to the whole.
    if let Some((_, previous)) = earlier.iter().rev().find(|(s, _)| *s == sentence) {
        let part = if partitive && !previous.quantity.ends_with(" (part)") {
            " (part)"
        } else {
            ""
        };
        return Some(Counted {
            quantity: format!("{}{part}", previous.quantity),
            unit: previous.unit.clone(),
            known: false,
            loose: false,
            first: start,
            last: end - 1,
        });
    }
    let subject = backward.iter().find(|&&j| is_noun(&tokens[j]))?;
    Some(span_with(
        &kind::noun_key(tokens[*subject].text),
        tokens[*subject].lower(),
        false,
        *subject,
    ))
}

/// Whether `noun` reads as a plural, as the things a number counts do
/// ("ambulances", "days"); an adverb after a figure ("19 still missing")
/// does not.
fn is_plural(noun: &str) -> bool {
    noun.ends_with('s') && !noun.ends_with("ss")
}

/// Up to six words after a figure, to the end of its clause; a name
/// ("two Dallas County Community College District officers") counts as
/// one word.
fn window_forward(tokens: &[Token], end: usize) -> Vec<usize> {
    let mut window: Vec<usize> = Vec::new();
    let mut words = 0;
    for (j, token) in tokens.iter().enumerate().skip(end).take(12) {
        if token.ends_clause() || token.is_any(CONJUNCTIONS) || token.starts_with_digit() {
            break;
        }
        let named =
            token.is_capitalised() && window.last().is_some_and(|&k| tokens[k].is_capitalised());
        words += usize::from(!named);
        if words > 6 {
            break;
        }
        window.push(j);
    }
    window
}

/// The words past the "and" or "or" that ends `window` when a figure
/// stands on its other side, nearest first: where the verb of two joined
/// figures is.
fn coordinated(tokens: &[Token], window: &[usize], from: usize, forward: bool) -> Vec<usize> {
    let edge = if forward {
        Some(window.last().map_or(from, |&j| j + 1))
    } else {
        window.last().unwrap_or(&from).checked_sub(1)
    };
    let Some(and) = edge.filter(|&j| tokens.get(j).is_some_and(|t| t.is_any(&["and", "or"])))
    else {
        return Vec::new();
    };
    if forward {
        return number::read(tokens, and + 1)
            .map(|other| window_forward(tokens, other.tokens.end))
            .unwrap_or_default();
    }
    let clause: Vec<usize> = (and.saturating_sub(8)..and)
        .rev()
        .take_while(|&j| !tokens[j].ends_clause())
        .collect();
    let figure_there = clause.iter().any(|&j| number::read(tokens, j).is_some());
    if figure_there { clause } else { Vec::new() }
}

/// Up to six tokens before a figure, nearest first, to the start of its
/// clause.
fn window_backward(tokens: &[Token], start: usize) -> Vec<usize> {
    let mut window = Vec::new();
    for j in (start.saturating_sub(6)..start).rev() {
        let token = &tokens[j];
        if token.ends_clause()
            || token.is_any(CONJUNCTIONS)
            || token.starts_with_digit()
            || number::read(tokens, j).is_some_and(|n| n.tokens.end >= start && j < start)
                && !token.is_word()
        {
            break;
        }
        window.push(j);
    }
    window
}

/// The noun a figure counts: the last of the first run of content words
/// after it ("such plots", "international visitors").
fn head_noun(tokens: &[Token], forward: &[usize]) -> Option<usize> {
    let mut head = None;
    for (n, &j) in forward.iter().enumerate() {
        let token = &tokens[j];
        let word = token.lower();
        if head.is_none() && (NOUN_SKIP.contains(&word.as_str()) || n == 0 && word == "people") {
            if word == "people" {
                return Some(j);
            }
            continue;
        }
        if !is_noun(token) {
            // "100 planned operations": a participle before its noun;
            // "11 OPD officers", "two El Centro officers": a name that
            // says whose they are.
            let participle = head.is_none() && (word.ends_with("ed") || word.ends_with("ing"));
            let modifier = head.is_none()
                && token.is_capitalised()
                && forward[n + 1..]
                    .iter()
                    .find(|&&k| !tokens[k].is_capitalised())
                    .is_some_and(|&k| is_noun(&tokens[k]) && is_plural(&tokens[k].lower()));
            if (participle || modifier) && !token.is_any(CONJUNCTIONS) && n + 1 < forward.len() {
                continue;
            }
            break;
        }
        head = Some(j);
        if head.is_some() && n >= 3 {
            break;
        }
    }
    head
}

/// A word that could be a noun: lower case, not a function word, not a
/// participle or a verb that reads like a noun.
fn is_noun(token: &Token) -> bool {
    let word = token.lower();
    token.is_word()
        && !token.is_capitalised()
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && !is_stop_word(&word)
        && !NOT_NOUNS.contains(&word.as_str())
        && !word.ends_with("ed")
        && !word.ends_with("ing")
        && !word.ends_with("ly")
        && !(word.ends_with("est") && word.len() > 5)
        && word.len() > 2
}

/// The tokens of the sentence token `at` stands in; sentences are runs of
/// tokens, so this reads only the sentence itself.
fn sentence_span(tokens: &[Token], at: usize) -> Range<usize> {
    let sentence = tokens[at].sentence;
    let first = (0..at)
        .rev()
        .take_while(|&j| tokens[j].sentence == sentence)
        .last()
        .unwrap_or(at);
    let end = (at..tokens.len())
        .take_while(|&j| tokens[j].sentence == sentence)
        .last()
        .map_or(at + 1, |j| j + 1);
    first..end
}

/// Who a sentence says the figure comes from: "according to the ministry",
/// "officials said", "said police".
fn attribution(tokens: &[Token], sentence: Range<usize>, text: &str) -> Option<String> {
    let in_sentence: Vec<usize> = sentence.collect();
    let at = in_sentence
        .iter()
        .position(|&j| tokens[j].is_any(REPORTING))?;
    let verb = in_sentence[at];
    let clause_end = |from: usize| {
        in_sentence[from..]
            .iter()
            .take_while(|&&j| !tokens[j].ends_clause())
            .take(8)
            .last()
            .copied()
    };
    let (first, last) = if tokens[verb].lower() == "according" {
        (verb, clause_end(at)?)
    } else {
        let subject: Vec<usize> = in_sentence[..at]
            .iter()
            .rev()
            .take_while(|&&j| !tokens[j].ends_clause() && !tokens[j].is_any(&["that"]))
            .take(5)
            .copied()
            .collect();
        match subject.last() {
            Some(&first) if subject.len() < 5 => (first, verb),
            // "…, said police": the speaker follows.
            _ => (verb, clause_end(at)?),
        }
    };
    let phrase = text[tokens[first].range.start..tokens[last].range.end].trim();
    (phrase.split_whitespace().count() >= 2).then(|| phrase.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures(text: &str) -> Vec<(String, f64, Qualifier, String)> {
        find(text)
            .into_iter()
            .map(|f| (text[f.range].to_string(), f.value, f.qualifier, f.quantity))
            .collect()
    }

    fn one(text: &str) -> (String, f64, Qualifier, String) {
        let all = figures(text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        all.into_iter().next().unwrap()
    }

    #[test]
    fn tolls_with_qualifiers_and_what_they_count() {
        let (text, value, qualifier, quantity) =
            one("The attack left approximately 60 people dead on Friday.");
        assert_eq!(
            (text.as_str(), value, qualifier, quantity.as_str()),
            (
                "approximately 60 people dead",
                60.0,
                Qualifier::About,
                "deaths"
            )
        );
        let (_, value, qualifier, quantity) = one("More than 130 people were killed.");
        assert_eq!(
            (value, qualifier, quantity.as_str()),
            (130.0, Qualifier::MoreThan, "deaths")
        );
        let (_, value, _, quantity) = one("It claimed the lives of 137 individuals at a hall.");
        assert_eq!((value, quantity.as_str()), (137.0, "deaths"));
        let (_, value, _, quantity) = one("Police announced the detention of 11 individuals.");
        assert_eq!((value, quantity.as_str()), (11.0, "arrests"));
    }

    #[test]
    fn nothing_is_a_zero_never_the_number_written() {
        let (text, value, _, quantity) = one("No one was hurt in the blaze, officials said.");
        assert_eq!(
            (text.as_str(), value, quantity.as_str()),
            ("No one was hurt", 0.0, "injured")
        );
        let (text, value, _, quantity) = one("None of the 30 passengers were injured.");
        assert_eq!(
            (text.as_str(), value, quantity.as_str()),
            ("None of the 30 passengers were injured", 0.0, "injured")
        );
        let (_, value, _, quantity) = one("Nobody was killed.");
        assert_eq!((value, quantity.as_str()), (0.0, "deaths"));
        let all = figures("There were no injuries among the 30 passengers of the bus.");
        let got: Vec<_> = all.iter().map(|f| (f.1, f.3.as_str())).collect();
        assert_eq!(got, [(0.0, "injured")]);
        // A zero must name a count.
        assert_eq!(figures("There are no plans to reopen the road."), []);
    }

    #[test]
    fn calibres_citation_marks_and_distances_are_no_figures() {
        assert_eq!(
            figures("He carried a .44 revolver and a .45-caliber pistol."),
            []
        );
        let all = figures("He killed 13[13] people and wounded 20.[14]");
        let got: Vec<_> = all.iter().map(|f| (f.1, f.3.as_str())).collect();
        assert_eq!(got, [(13.0, "deaths"), (20.0, "injured")]);
        assert_eq!(
            figures("A house fewer than 20 blocks away was evacuated."),
            []
        );
        let (_, value, _, _) = one("The storm destroyed 20 blocks of homes.");
        assert_eq!(value, 20.0);
    }

    #[test]
    fn states_other_than_death_and_parts_of_a_whole_keep_their_names() {
        let all = figures("Rescuers have brought 20 men out alive, and six remain trapped.");
        let got: Vec<_> = all.iter().map(|f| (f.1, f.3.as_str())).collect();
        assert_eq!(got, [(20.0, "rescued"), (6.0, "trapped")]);
        let all =
            figures("Of the 112 miners who were underground, 63 of them reached the surface.");
        let got: Vec<_> = all.iter().map(|f| (f.1, f.3.as_str())).collect();
        assert_eq!(got, [(112.0, "miner"), (63.0, "miner (part)")]);
    }

    #[test]
    fn two_figures_in_one_clause_keep_their_own_counts() {
        let all = figures("It caused the loss of at least 60 lives and left 145 injured.");
        let got: Vec<_> = all.iter().map(|f| (f.1, f.2, f.3.as_str())).collect();
        assert_eq!(
            got,
            [
                (60.0, Qualifier::AtLeast, "deaths"),
                (145.0, Qualifier::Exact, "injured")
            ]
        );
        let all = figures("The blast killed 12 people and injured 30 others.");
        let got: Vec<_> = all.iter().map(|f| (f.1, f.3.as_str())).collect();
        assert_eq!(got, [(12.0, "deaths"), (30.0, "injured")]);
    }

    #[test]
    fn unknown_counts_are_named_by_their_noun() {
        let (_, value, qualifier, quantity) = one("Officials expect millions of visitors.");
        assert_eq!(
            (value, qualifier, quantity.as_str()),
            (2e6, Qualifier::AtLeast, "visitor")
        );
        let all =
            figures("Two such plots were thwarted since January and a total of 45 since 2017.");
        let got: Vec<_> = all.iter().map(|f| (f.1, f.3.as_str())).collect();
        assert_eq!(got, [(2.0, "plots foiled"), (45.0, "plots foiled")]);
        let (_, _, _, quantity) = one("Firefighters said 40 homes were destroyed.");
        assert_eq!(quantity, "home");
    }

    #[test]
    fn ranges_money_and_percentages() {
        let found = find("Between 40 and 60 homes burned.");
        assert_eq!((found[0].value, found[0].high), (40.0, Some(60.0)));
        assert_eq!(found[0].qualifier, Qualifier::Between);
        let found = find("The gang demanded a ransom of $2.4 million.");
        assert_eq!(
            (found[0].value, found[0].quantity.as_str()),
            (2.4e6, "ransom")
        );
        assert_eq!(found[0].unit, "USD");
        let found = find("Turnout of 62% was the lowest.");
        assert_eq!((found[0].value, found[0].unit.as_str()), (62.0, "percent"));
        let found = find("Between 900,000 and 1.2 million people were evacuated.");
        assert_eq!((found[0].value, found[0].high), (900_000.0, Some(1.2e6)));
        let found = find("They asked between 40 and 60 million dollars in ransom.");
        assert_eq!((found[0].value, found[0].unit.as_str()), (40e6, "USD"));
        let found = find("Turnout was between 5 and 10 per cent.");
        assert_eq!((found[0].value, found[0].high), (5.0, Some(10.0)));
        let all = figures("The toll rose from 9 to 14.");
        let got: Vec<_> = all.iter().map(|f| (f.1, f.3.as_str())).collect();
        assert_eq!(got, [(9.0, "deaths"), (14.0, "deaths")]);
    }

    #[test]
    fn numbers_that_are_not_claims_are_left_out() {
        for text in [
            "It happened in 2015 at the Bataclan.",
            "The ceremony is set for July 26 in Paris.",
            "The Paris 2024 Olympics open soon.",
            "A 34-year-old man was held.",
            "Maria Okafor, 34, saw it.",
            "The man, aged 71, said so.",
            "It began at 9 p.m. and again at 20:00.",
            "Flight 447 left from gate 12.",
            "A drill took place at Air Base 942.",
            "He lives at 12 Harbour Street.",
            "Call 0800 123 456 for help.",
            "It is one of the deadliest attacks.",
            "Under section 4 of the act, it was the third time.",
            "The 21st victim was named on 3/4/2024.",
        ] {
            assert_eq!(figures(text), [], "{text}");
        }
    }

    #[test]
    fn attribution_is_kept() {
        let found = find("At least 12 people died, officials said.");
        assert_eq!(found[0].attribution.as_deref(), Some("officials said"));
        let found = find("According to the health ministry, 30 were injured.");
        assert_eq!(
            found[0].attribution.as_deref(),
            Some("According to the health ministry")
        );
    }

    proptest::proptest! {
        /// Any text, however odd, reads without a panic, and every figure's
        /// range is a slice of it.
        #[test]
        fn any_text_reads_without_panic(
            text in "([0-9]{1,5}|[,.:/%$€£()-]|one|two|dozen|hundreds|of|at|least|between|and|to|aged|Flight|March|people|killed| ){0,40}"
        ) {
            for found in find(&text) {
                proptest::prop_assert!(text.get(found.range.clone()).is_some());
                proptest::prop_assert!(text.get(found.sentence.clone()).is_some());
            }
        }

        #[test]
        fn any_unicode_reads_without_panic(text in "\\PC{0,60}") {
            for found in find(&text) {
                proptest::prop_assert!(text.get(found.range.clone()).is_some());
            }
        }
    }

    #[test]
    fn figures_joined_by_and_share_their_verb() {
        let all = figures("Nine other officers and two civilians were also injured.");
        let got: Vec<(&str, f64, &str)> = all
            .iter()
            .map(|(text, value, _, quantity)| (text.as_str(), *value, quantity.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("Nine other officers", 9.0, "injured"),
                ("two civilians were also injured", 2.0, "injured"),
            ]
        );
        let all = figures("He wounded four other officers and two civilians.");
        assert!(all.iter().all(|f| f.3 == "injured"), "{all:?}");
        // Each figure keeps its own verb when it has one.
        let all = figures("The blast killed 5 people and 3 were injured.");
        let kinds: Vec<&str> = all.iter().map(|f| f.3.as_str()).collect();
        assert_eq!(kinds, ["deaths", "injured"]);
    }

    #[test]
    fn a_name_between_a_figure_and_its_noun_is_skipped() {
        let (_, value, _, quantity) =
            one("Two Dallas County Community College District officers were injured.");
        assert_eq!((value, quantity.as_str()), (2.0, "injured"));
        let (text, _, _, _) = one("The 11 OPD officers involved were put on leave.");
        assert_eq!(text, "11 OPD officers");
    }

    #[test]
    fn a_word_that_starts_a_sentence_is_no_designator() {
        let (_, value, _, quantity) = one("Another 53 were wounded.");
        assert_eq!((value, quantity.as_str()), (53.0, "injured"));
        assert!(figures("They boarded Flight 447 at dawn.").is_empty());
    }

    #[test]
    fn distances_that_place_a_town_are_no_figures() {
        assert!(figures("Adrian lies about 65 miles northeast of the city.").is_empty());
        let (_, value, _, _) = one("The tanker grounded on a reef two miles off the coast.");
        assert_eq!(value, 2.0);
    }

    #[test]
    fn how_often_something_happened_is_a_figure() {
        let (text, value, _, _) = one("He was shot twice in the leg.");
        assert_eq!((text.as_str(), value), ("twice", 2.0));
        let (_, value, _, _) = one("The FBI had questioned him once before.");
        assert_eq!(value, 1.0);
        assert!(figures("Twice as many people came as last year.").is_empty());
        assert!(figures("It was twice the size of the old one.").is_empty());
        assert!(figures("He left once he had eaten.").is_empty());
        assert!(figures("It was once a busy club.").is_empty());
    }

    #[test]
    fn a_part_of_someones_group_is_a_part() {
        let all = figures("She was at home with three of her four sons.");
        assert_eq!(all[0].3, "son (part)", "{all:?}");
        let (_, _, _, quantity) = one("Four of Taylor's sons were at the march.");
        assert_eq!(quantity, "son (part)");
    }

    #[test]
    fn critical_condition_is_its_own_count() {
        let (_, value, _, quantity) = one("Six remained in critical condition.");
        assert_eq!((value, quantity.as_str()), (6.0, "critical"));
    }

    #[test]
    fn time_before_a_verb_counts_no_people() {
        let all = figures("He was released one year after his arrest.");
        assert!(all.iter().all(|f| f.3 != "arrests"), "{all:?}");
    }

    #[test]
    fn attackers_are_one_count_however_named() {
        let kinds: Vec<String> = ["Two gunmen opened fire.", "Police sought two shooters."]
            .iter()
            .map(|t| one(t).3)
            .collect();
        assert_eq!(kinds, ["attackers", "attackers"]);
        let (_, value, _, _) = one("Police said there was only one gunman at the scene.");
        assert_eq!(value, 1.0);
    }

    #[test]
    fn sentence_years_are_kept_for_scope() {
        let found = find("The 2015 attacks killed 130 people.");
        assert_eq!(found[0].years, [2015]);
    }
}
