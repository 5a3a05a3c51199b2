//! Why a number is no claim.
//!
//! Most numbers in news name, date, time or place something rather than
//! count it: "Flight 447", "in 2015", "9 p.m.", "a .44 revolver". Each is
//! set aside with the reason it is no figure, so that a reader wondering
//! why "44" never reached the claims table can be told. The number reader
//! already knows some reasons from the number's own token ("21st",
//! "34-year-old"); [`rejection`] adds those that the words around it give,
//! and the later stages add theirs (a number that counts nothing named, a
//! lone "one").

use std::ops::Range;

use super::kind;
use super::number::{self, Number, Unit};
use super::tokens::Token;
use super::words::{
    AGE_WORDS, BLOCK_OF, CALLING, COUNTING_DESIGNATORS, DESIGNATORS, DIALLING, DIMENSIONS,
    DISTANCES, EMERGENCY_KINDS, EMERGENCY_NUMBERS, EMERGENCY_WORDS, LEADS, LIST_JOINS, LONG_SPANS,
    PARENTS, PLURAL_DESIGNATORS, QUALIFIERS, SIZES, SPEC_UNITS, STREETS, TIME_WORDS,
    YEAR_PRECEDERS,
};
use crate::compare::text::{self, is_stop_word};

/// Why a number read in a paragraph is no claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rejection {
    /// A year dates things, it counts nothing: "in 2015", "the 2024
    /// Olympics".
    Year,
    /// A decade: "the 1990s".
    Decade,
    /// A day of the year, or a part of a date: "March 3", "3rd of March",
    /// "Friday 12", "3/4/2024".
    Date,
    /// A clock time: "9 p.m.", "9pm", "20:00", "shortly after seven".
    ClockTime,
    /// An ordinal ranks, it does not count: "the 21st victim".
    Ordinal,
    /// Someone's age, which outlets give to say who, not how many: "aged
    /// 34", "a 29-year-old", "Maria Okafor, 34,", "patients over 60".
    Age,
    /// A citation mark copied from an encyclopaedia: the `[13]` of
    /// `killed 13[13] people`.
    Citation,
    /// A gun's calibre: ".44 revolver", ".45-caliber pistol".
    Calibre,
    /// A distance that says where something is, not how far anything
    /// went: "20 blocks away", "65 miles northeast of the city".
    PlacingDistance,
    /// A specification of what a thing is, not an amount of it: "40mg
    /// tablets".
    Specification,
    /// A number that is part of a name: "Flight 447", "section 4", "Air
    /// Base 942".
    Designator,
    /// A house number: "12 Harbour Street".
    Street,
    /// A phone number or a code, read from its leading zero or its
    /// digits: "0800", "0800-123", "2024-03-24".
    PhoneOrCode,
    /// One of several numbers in a row, which together are a phone number
    /// or a code: "020 7946 0958".
    NumberRun,
    /// No word around it says what it counts.
    Uncounted,
    /// A lone "one" that picks one out rather than counting: "one of the
    /// victims", or "one man said", which names no well-known count.
    LoneOne,
    /// A zero that names no count: "no plans", unlike "no one was hurt".
    ZeroWithoutCount,
    /// A zero someone works or hopes for, not one found: "to ensure that
    /// no survivors were missed", "praying no one was hurt".
    ZeroSought,
    /// A figure after a zero of the same count in its sentence, which says
    /// how many might have been, not how many were: the 30 of "no injuries
    /// among the 30 passengers".
    AfterZero,
    /// A number inside a web address: "twitter.com/.../statuses/8459".
    Link,
    /// A span of time that says when, counted from another time: "two
    /// weeks ago", "three years after the attack".
    RelativeTime,
    /// A vague plural in a headline: "Gunman Planned To Kill Hundreds"
    /// shouts a floor, it is no figure to hold an outlet to.
    HeadlineVague,
}

impl Rejection {
    /// Why, as a reader would say it: "a calibre".
    pub fn as_str(self) -> &'static str {
        match self {
            Rejection::Year => "a year",
            Rejection::Decade => "a decade",
            Rejection::Date => "a date",
            Rejection::ClockTime => "a clock time",
            Rejection::Ordinal => "an ordinal",
            Rejection::Age => "an age",
            Rejection::Citation => "a citation mark",
            Rejection::Calibre => "a calibre",
            Rejection::PlacingDistance => "a distance that places something",
            Rejection::Specification => "a specification",
            Rejection::Designator => "part of a name",
            Rejection::Street => "an address",
            Rejection::PhoneOrCode => "a phone number or code",
            Rejection::NumberRun => "one of a run of numbers",
            Rejection::Uncounted => "counts nothing named",
            Rejection::LoneOne => "a lone \"one\"",
            Rejection::ZeroWithoutCount => "a zero that names no count",
            Rejection::ZeroSought => "a zero hoped for, not found",
            Rejection::AfterZero => "what a zero was out of",
            Rejection::HeadlineVague => "a headline's vague number",
            Rejection::RelativeTime => "a time counted from another",
            Rejection::Link => "part of a web address",
        }
    }
}

/// A number of a paragraph that is no claim, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Rejected {
    /// Bytes of the paragraph's text: the number, or the whole figure for
    /// one set aside only once read.
    pub range: Range<usize>,
    pub text: String,
    pub why: Rejection,
}

impl Rejected {
    pub(super) fn new(text: &str, range: Range<usize>, why: Rejection) -> Rejected {
        Rejected {
            text: text[range.clone()].to_string(),
            range,
            why,
        }
    }
}

/// Why `number` names, dates, times or places something rather than
/// counting it, if it does.
pub fn rejection(tokens: &[Token], number: &Number) -> Option<Rejection> {
    if number.rejection.is_some() {
        return number.rejection;
    }
    let start = number.tokens.start;
    let end = number.tokens.end;
    let token = &tokens[start];
    let before = |k: usize| start.checked_sub(k).map(|j| &tokens[j]);
    let after = |k: usize| tokens.get(end + k - 1);
    let lower_before = |k: usize| before(k).map(Token::lower).unwrap_or_default();
    let lower_after = |k: usize| after(k).map(Token::lower).unwrap_or_default();
    if matches!(number.unit, Some(Unit::Currency(_))) {
        return None;
    }
    if year_at(tokens, start).is_some() {
        return Some(Rejection::Year);
    }
    // Citation marks: "killed 13[13] people", "wounded 20.[14]",
    // "rescued[note 4]".
    let noted = lower_before(2) == "["
        && lower_before(1) == "note"
        && before(3).is_some_and(|w| w.end() == before(2).map_or(0, Token::start));
    if (lower_before(1) == "[" || noted) && lower_after(1) == "]" {
        return Some(Rejection::Citation);
    }
    // Calibres: ".44 revolver", "a .22", "a 9 mm", ".45-caliber".
    let glued_point = before(1).is_some_and(|p| {
        p.text == "." && p.end() == token.start() && before(2).is_none_or(|w| w.end() < p.start())
    });
    if glued_point || lower_after(1).trim_start_matches('-').starts_with("calib") {
        return Some(Rejection::Calibre);
    }
    // Distances that place something: "fewer than 20 blocks away", "two
    // doors down from". "60 kilometres southeast of Addis Ababa", where
    // the event happened, is a fact of it, as "from 100 yards away" and
    // "a mile and a half off" the coast may be.
    // But "St. Joseph, which is 100 miles northeast of Chicago" says
    // where a town lies, whatever happened there.
    let where_it_lies = |k: usize| before(k).is_some_and(|t| t.is_any(LYING));
    let town_placed = after(1).is_some_and(|t| kind::measure(&t.lower()).is_some())
        && after(2).is_some_and(is_compass)
        && (where_it_lies(1) || where_it_lies(2) && !before(1).is_some_and(Token::ends_clause));
    if after(1).is_some_and(|t| t.is_any(DISTANCES))
        && after(2).is_some_and(|t| is_compass(t) || t.is_any(&["away", "from", "outside", "off"]))
        || town_placed
    {
        return Some(Rejection::PlacingDistance);
    }
    // Specifications, not amounts: "40mg tablets", "a 10mg dose".
    // A hyphened size of people is one too: "two-person squads".
    let measure = match &number.unit {
        Some(Unit::Measure(m)) => m.as_str(),
        _ => "",
    };
    let hyphened = token.text.contains('-');
    let fused = !measure.is_empty()
        && (token.text.to_lowercase().ends_with(measure) && !hyphened
            || hyphened && SIZES.contains(&measure));
    // "140 mm long" measures something; "a 9 mm handgun" names a kind.
    let names_a_thing = |t: &Token| {
        t.is_word()
            && !t.is_capitalised()
            && !is_compass(t)
            && !t.is_any(&["of"])
            && !t.is_any(DIMENSIONS)
            && !is_stop_word(&t.lower())
    };
    // "a 9 mm handgun", "40 mg tablets": the same with a space.
    let spaced = after(1).is_some_and(|t| t.is_any(SPEC_UNITS));
    // A hyphened size before a name sizes the named thing too: "the
    // three-man Hale Patrol".
    let sized = |t: &Token| names_a_thing(t) || hyphened && t.is_capitalised();
    if fused && after(1).is_some_and(sized) || spaced && after(2).is_some_and(names_a_thing) {
        return Some(Rejection::Specification);
    }
    let is_month = |w: &str| text::is_month(w.trim_end_matches('.'));
    // Dates: "March 3", "3 March", "3rd of March", "3/4/2024", the year
    // of "September 11, 2001 attacks".
    let digit_before = |k: usize| before(k).is_some_and(Token::starts_with_digit);
    // "Nov. 22": a month cut short keeps its point as a token of its own;
    // "in March. 40 people" is a sentence ending in a month.
    let cut_short = |k: usize| {
        let month = lower_before(k + 1);
        lower_before(k) == "."
            && text::is_month_cut_short(&month)
            && before(k)
                .zip(before(k + 1))
                .is_some_and(|(p, m)| m.end() == p.start())
    };
    let month_ends_at = |k: usize| is_month(&lower_before(k)) || cut_short(k);
    if month_ends_at(1) && token.starts_with_digit()
        || lower_before(1) == ","
            && token.text.len() == 4
            && token.text.bytes().all(|b| b.is_ascii_digit())
            && digit_before(2)
            && month_ends_at(3)
        || is_month(&lower_after(1))
        || lower_after(1) == "of" && is_month(&lower_after(2))
        || text::is_weekday(&lower_before(1)) && token.starts_with_digit()
    {
        return Some(Rejection::Date);
    }
    // "nine years ago", "two weeks ago", "three years (to the day) after
    // the attack"; not "sentenced to 25 years after a trial" or "served 14
    // years before retiring", which say how long. Shorter spans after or
    // before ("four weeks after the massacre", "two hours before the
    // deadline") time the event's own story, and are its figures.
    let unit = after(1).map(|t| kind::noun_key(t.text)).unwrap_or_default();
    let years = LONG_SPANS.contains(&unit.as_str());
    let span = years || kind::measure(&unit).is_some_and(|(m, _)| m == "duration");
    let how_long = before(1)
        .is_some_and(|t| t.is_any(&["to", "for", "served", "spent", "sentenced", "lasted"]));
    let anchored = match lower_after(2).as_ref() {
        // "almost 15 hours back", as South Asian English says "ago".
        "ago" | "back" => true,
        "later" | "earlier" => years,
        "after" | "before" => years && !how_long,
        "to" => years && lower_after(3) == "the" && lower_after(4) == "day" && !how_long,
        _ => false,
    };
    if span && anchored {
        return Some(Rejection::RelativeTime);
    }
    let digit_after = |k: usize| after(k).is_some_and(Token::starts_with_digit);
    let joined_by = |mark: &str| {
        lower_after(1) == mark && digit_after(2) || lower_before(1) == mark && digit_before(2)
    };
    if joined_by("/") {
        return Some(Rejection::Date);
    }
    // "statuses/845906704537653248", "/2017/03/story": a slash touching a
    // word on one side and the number on the other is a path.
    let touching = |a: &Token, b: &Token| a.end() == b.start();
    let slash_before = before(1).is_some_and(|t| t.text == "/" && touching(t, token))
        && before(2).is_some_and(|t| t.is_word() && touching(t, before(1).unwrap()));
    // Not a speed: "210km/h".
    let slash_after = token.text.bytes().all(|b| b.is_ascii_digit())
        && after(1).is_some_and(|t| t.text == "/" && touching(token, t))
        && after(2)
            .is_some_and(|t| t.is_word() && t.text.len() > 2 && touching(after(1).unwrap(), t));
    if slash_before || slash_after {
        return Some(Rejection::Link);
    }
    if joined_by(":") {
        return Some(Rejection::ClockTime);
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
        return Some(Rejection::ClockTime);
    }
    // Clock times: "9 p.m.", "20:00", "0900 GMT".
    // Print set in columns spaces it out: "7 p. m.".
    let spaced_clock = matches!(lower_after(1).as_ref(), "a" | "p")
        && lower_after(2) == "."
        && lower_after(3) == "m";
    if token.starts_with_digit() && (TIME_WORDS.contains(&lower_after(1).as_ref()) || spaced_clock)
    {
        // "after 19 hrs": a span, where "1900 hrs", "at 10.30 hrs" and
        // "at 930 hrs" are clock times.
        let span = matches!(lower_after(1).as_ref(), "hours" | "hrs")
            && token.text.len() != 4
            && !token.text.contains('.')
            && !before(1).is_some_and(|t| t.is_any(&["at"]));
        if !span {
            return Some(Rejection::ClockTime);
        }
    }
    // Ages: "aged 34", "34 years old", "Maria Okafor, 34,", "patients
    // over 60".
    // "Three of the dead were under 16.": a bound after a verb, ending
    // the clause, is an age too.
    // "children below 10 years of age"; but "the toll is above 100".
    let people_bound = matches!(lower_before(1).as_ref(), "above" | "below")
        && before(2).is_some_and(|t| kind::is_people(&t.lower()));
    let over_age = matches!(lower_before(1).as_ref(), "over" | "under")
        && before(2).is_some_and(|t| {
            kind::is_people(&t.lower())
                || t.is_any(&["them", "patients", "those", "aged"])
                || t.is_any(&["was", "were", "is", "are"])
                    && after(1).is_none_or(|t| t.ends_clause() || t.is_any(&["years"]))
        })
        || people_bound;
    let over_age = over_age && number.value < 120.0;
    if over_age {
        return Some(Rejection::Age);
    }
    // "ranged in age from 19 to 42", "between the ages of 19 and 42",
    // "victims aged between 20 and 37".
    let age_range = matches!(lower_before(1).as_ref(), "from" | "between" | "of")
        && before(2).is_some_and(|t| t.is_any(AGE_WORDS));
    // "ages 18 and 19", "aged 16, 17 and 19", "aged between 20 and 37":
    // the ages listed after the first.
    // Not "a man aged 45 and two children", where a count follows.
    let mut first = start;
    while first >= 2
        && (tokens[first - 1].is_any(LIST_JOINS) || tokens[first - 1].is_any(&["to"]))
        && tokens[first - 2].starts_with_digit()
    {
        first -= 2;
    }
    let ends_list =
        after(1).is_none_or(|t| !t.is_word() || t.is_any(LIST_JOINS) || t.is_any(&["years"]));
    // "between the ages of 6 and 7."; not "the age of 5 and 40 adults".
    let listed_age = first < start
        && first.checked_sub(1).is_some_and(|j| {
            tokens[j].is_any(AGE_WORDS) && ends_list
                || tokens[j].is_any(&["between", "from"])
                    && j > 0
                    && tokens[j - 1].is_any(AGE_WORDS)
                || tokens[j].is_any(&["of"])
                    && ends_list
                    && j > 0
                    && tokens[j - 1].is_any(AGE_WORDS)
        });
    // "Two of the victims were 16", "the two men were 19 and 22", "my
    // father is 80": a bare number after people and their verb, ending
    // the clause, is their age (where "the toll was 12" is a count).
    let stated_age = first >= 2
        && tokens[first - 1].is_any(&["was", "were", "is", "are"])
        && (kind::is_people(&tokens[first - 2].lower())
            || tokens[first - 2].is_any(&["they", "he", "she"])
            || tokens[first - 2].is_any(PARENTS)
            || tokens[first - 2].is_any(KIN_WORDS))
        && ends_list
        && number.value < 120.0;
    // "Two men, 19 and 22, were arrested": ages set off by commas after
    // the people they are of.
    let mut last = start;
    while tokens.get(last + 1).is_some_and(|t| t.is_any(LIST_JOINS))
        && tokens.get(last + 2).is_some_and(Token::starts_with_digit)
    {
        last += 2;
    }
    let apposed_ages = first >= 2
        && tokens[first - 1].text == ","
        && kind::is_people(&tokens[first - 2].lower())
        && tokens.get(last + 1).is_some_and(|t| t.text == ",")
        && number.value < 120.0;
    // "a 58- year- old shooter", as print set in columns spaces it.
    let spaced_age = lower_after(1) == "-"
        && matches!(lower_after(2).as_ref(), "year" | "years")
        && lower_after(3) == "-"
        && lower_after(4) == "old";
    // "ranging from 4 to 17 years old", "between 4 and 17 years old": the
    // low end of a range of ages.
    let low_age = after(1).is_some_and(|t| t.is_any(&["to", "and", "-"]))
        && after(2).is_some_and(Token::starts_with_digit)
        && matches!(lower_after(3).as_ref(), "year" | "years")
        && lower_after(4) == "old";
    if before(1).is_some_and(|t| t.is_any(AGE_WORDS))
        || listed_age
        || low_age
        || spaced_age
        || stated_age
        || apposed_ages
        || age_range
        || matches!(lower_after(1).as_ref(), "year" | "years") && lower_after(2) == "old"
        || matches!(lower_after(1).as_ref(), "year-old" | "years-old")
        || (token.text.ends_with("-year") || token.text.ends_with("-years"))
            && lower_after(1) == "old"
    {
        return Some(Rejection::Age);
    }
    let name_before = |k: usize| before(k).is_some_and(|t| t.is_capitalised() && t.is_word());
    // "Sgt. Carson Holmquist, 25; Gunnery Sgt. Thomas Sullivan, 40; and
    // Staff Sgt. David Wyatt, 35.": a list of the named, each with an age.
    if (lower_before(1) == "," && matches!(lower_after(1).as_ref(), "," | ";" | ".")
        || lower_before(1) == "(" && lower_after(1) == ")")
        && name_before(2)
        && token.starts_with_digit()
        && number.value < 120.0
    {
        return Some(Rejection::Age);
    }
    if designated(tokens, number) {
        return Some(Rejection::Designator);
    }
    // Designations: "Flight 447", "Air Base 942", "No. 10", "12 Harbour Street".
    if token.starts_with_digit() {
        if let Some(previous) = before(1) {
            let designator = previous.is_any(DESIGNATORS);
            // "Flight 447", "iPhone 11": a capital anywhere in the word
            // before makes the figure part of a name.
            let name = previous.is_word()
                && previous.text.chars().any(char::is_uppercase)
                && !is_stop_word(&previous.lower())
                && !previous.is_any(LEADS)
                // A title-case headline's verb: "Kills 3", "Wounds 15 Others".
                && kind::predicate(&previous.lower()).is_none()
                && !previous.is_any(&["wounds", "injures"])
                && number::read(tokens, start - 1).is_none()
                && !is_month(&previous.lower())
                && !QUALIFIERS
                    .iter()
                    .any(|(phrase, _)| phrase.last().is_some_and(|w| previous.is_any(&[w])));
            // "According to Xinhua 2,500 troops", "Although 230,000
            // people": names and codes are not written with a thousands
            // separator, counts are.
            let grouped = token.text.contains(',');
            if designator || name && !grouped {
                return Some(Rejection::Designator);
            }
        }
        // "12 Harbour Street"; "the 700 block of Bourbon Street", as
        // American police give a place.
        let street = (1..=3).any(|k| {
            after(k).is_some_and(|t| t.is_any(STREETS) && t.is_capitalised())
                && (1..k).all(|m| after(m).is_some_and(Token::is_capitalised))
        }) || BLOCK_OF
            .iter()
            .enumerate()
            .all(|(k, word)| after(k + 1).is_some_and(|t| t.is_any(&[word])));
        if street {
            return Some(Rejection::Street);
        }
        // Phone numbers and codes: "0800", "020 7946 0958", "a 911
        // call", "called 911".
        let emergency = EMERGENCY_NUMBERS.contains(&token.text)
            && (after(1).is_some_and(|t| t.is_any(EMERGENCY_WORDS))
                || before(1).is_some_and(|t| t.is_any(CALLING))
                || after(1).is_some_and(|t| t.is_any(EMERGENCY_KINDS))
                    && after(2).is_some_and(|t| t.is_any(EMERGENCY_WORDS)));
        if emergency
            || is_phone(token.text)
                && (!token.text.ends_with(|c: char| c.is_ascii_digit())
                    || before(1).is_some_and(|t| t.is_any(DIALLING))
                    || after(1).is_none_or(Token::ends_clause))
            || token.text.len() > 1 && token.text.starts_with('0') && !token.text.starts_with("0.")
        {
            return Some(Rejection::PhoneOrCode);
        }
        if digit_after(1) || digit_before(1) {
            return Some(Rejection::NumberRun);
        }
    }
    None
}

/// Kin besides parents, whose age "my son is 8" gives.
const KIN_WORDS: &[&str] = &[
    "husband",
    "wife",
    "son",
    "daughter",
    "brother",
    "sister",
    "grandson",
    "granddaughter",
];

/// Verbs of where a place lies.
const LYING: &[&str] = &["is", "lies", "located", "situated", "sits"];

/// Whether `token` is a point of the compass: "south", "northeast".
pub fn is_compass(token: &Token) -> bool {
    // "12 West Bank residents", "South African" name places, not ways.
    if token.is_capitalised() {
        return false;
    }
    let word = token.text.replace('-', "");
    let quarter = ["north", "south"].iter().any(|d| {
        word.strip_prefix(d)
            .is_some_and(|rest| matches!(rest, "" | "east" | "west"))
    });
    quarter || word == "east" || word == "west"
}

/// Whether `text` is shaped like a telephone number or tip line: three
/// digits, a hyphen, then four digits or a word ("822-1111",
/// "800-ATF-GUNS"). Digits alone may be a range ("200-1000 people"), so
/// the caller asks where they stand too, and round hundreds on both
/// sides ("put the crowd at 500-1000") are always a range, where
/// "555-2000" is a switchboard.
fn is_phone(text: &str) -> bool {
    let Some((area, rest)) = text.split_once('-') else {
        return false;
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    area.len() == 3
        && digits(area)
        && (rest.len() == 4 && digits(rest) && !(area.ends_with('0') && rest.ends_with("00"))
            || rest.len() >= 3 && rest.bytes().all(|b| b.is_ascii_uppercase() || b == b'-'))
}

/// The year token `j` holds, if it holds one: "in 2015", "the 2024
/// Olympics", but not "2000 homes".
pub fn year_at(tokens: &[Token], j: usize) -> Option<i32> {
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
    }) && !YEAR_PRECEDERS.contains(&previous.as_ref());
    // "in October 2018 killing all 189": after a month's name, a year.
    let after_month = j > 0 && tokens[j - 1].is_capitalised() && text::is_month(&previous);
    (!counts_something || after_month).then_some(year)
}

/// Whether a designator names `number` though the word before it is no
/// singular designator (those the caller reads): "No. 5 alarm", where the
/// point stands apart from its "No"; "level four" in words, ending its
/// clause; a code of digits and a capital ("304A"); a long number before
/// a name of several words ("12864 Bengaluru-Howrah Express"); and each
/// number of a list after a designator, "sections 304 (culpable
/// homicide), 308 and 114", "routes 7 and 12A", "IPC sections like 37
/// and 38". A number that a noun follows, or written with a thousands
/// separator, counts: "Flight 447 and 228 passengers", "at the gates
/// 20 people", "Gate 4, and 200 were stranded".
fn designated(tokens: &[Token], number: &Number) -> bool {
    let start = number.tokens.start;
    let token = &tokens[start];
    let next = tokens.get(number.tokens.end);
    let code = token
        .text
        .strip_suffix(|c: char| c.is_ascii_uppercase() && !UNIT_CAPITALS.contains(c))
        .is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()));
    if code || numbered_name(tokens, number) {
        return true;
    }
    if number.unit.is_some() || start == 0 {
        return false;
    }
    let previous = &tokens[start - 1];
    if !token.starts_with_digit() {
        let ends = next.is_none_or(|t| !t.is_word() || t.is_any(LIST_JOINS));
        return ends && previous.is_any(DESIGNATORS) && !previous.is_any(COUNTING_DESIGNATORS);
    }
    if previous.text == "."
        && start >= 2
        && tokens[start - 2].is_any(&["no", "nos"])
        && tokens[start - 2].is_capitalised()
        && tokens[start - 2].end() == previous.start()
    {
        return true;
    }
    let names_no_count = !token.text.contains(',')
        && next.is_none_or(|t| !t.is_word() || t.is_any(LIST_JOINS) || t.is_any(&["of"]));
    if !names_no_count {
        return false;
    }
    let plural = |j: usize| {
        tokens[j].is_any(PLURAL_DESIGNATORS)
            || tokens[j].is_any(&["like"]) && j > 0 && tokens[j - 1].is_any(PLURAL_DESIGNATORS)
    };
    // Back through the list, over its joins and any gloss in brackets,
    // to its first number.
    let sentence = token.sentence;
    let mut at = start;
    loop {
        let Some(mut k) = at.checked_sub(1).filter(|&k| tokens[k].is_any(LIST_JOINS)) else {
            return at
                .checked_sub(1)
                .is_some_and(|j| plural(j) || at != start && tokens[j].is_any(DESIGNATORS));
        };
        if k > 0 && tokens[k - 1].text == "," {
            k -= 1;
        }
        let Some(mut last) = k.checked_sub(1) else {
            return false;
        };
        if tokens[last].text == ")" {
            let open = (last.saturating_sub(GLOSS)..last)
                .rev()
                .find(|&m| tokens[m].text == "(");
            let Some(before) = open.and_then(|o| o.checked_sub(1)) else {
                return false;
            };
            last = before;
        }
        if !tokens[last].starts_with_digit() || tokens[last].sentence != sentence {
            return false;
        }
        at = last;
    }
}

/// Capitals after digits that are a unit or a scale, not a code's
/// letter: "5K" and "$2M", "3G", "5W", "12V", "20C", "70F", "5000L".
const UNIT_CAPITALS: &str = "KMBTGWVCFL";

/// Whether `number`, five digits or more without a separator, stands
/// before a name of several capitalised words that no count noun follows:
/// "12864 Bengaluru-Howrah Superfast Express" is a train, where "15000
/// Syrians" and "10000 National Guard troops" are counts.
fn numbered_name(tokens: &[Token], number: &Number) -> bool {
    let token = &tokens[number.tokens.start];
    if token.text.len() < 5 || !token.text.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let from = number.tokens.end;
    let name = tokens[from..]
        .iter()
        .take_while(|t| t.is_word() && t.is_capitalised())
        .count();
    let hyphened = tokens.get(from).is_some_and(|t| t.text.contains('-'));
    let after = tokens.get(from + name);
    // "troops", "soldiers", "residents": a plural noun after the name.
    let counted = after.is_some_and(|t| {
        let word = t.lower();
        t.is_word()
            && !t.is_capitalised()
            && (word.len() > 3 && word.ends_with('s') || kind::is_people(&word))
    });
    (name >= 2 || name == 1 && hyphened) && !counted
}

/// How many tokens a gloss in brackets after a designated number may
/// hold: "304 (culpable homicide not amounting to murder)".
const GLOSS: usize = 16;

#[cfg(test)]
mod tests {
    use super::super::mention::tests::{assert_counts, figures, find, one};
    use super::super::rejected;
    use super::*;
    use crate::corpus::ParagraphKind;

    #[test]
    fn calibres_citation_marks_and_distances_are_no_figures() {
        assert_eq!(
            figures("He carried a .44 revolver and a .45-caliber pistol."),
            []
        );
        assert_counts(
            "He killed 13[13] people and wounded 20.[14]",
            &[(13.0, "deaths"), (20.0, "injured")],
        );
        assert_counts(
            "The attack left 13[1][2] dead and 40[3] injured.",
            &[(13.0, "deaths"), (40.0, "injured")],
        );
        assert_counts(
            "In all 112 miners[note 4] were rescued.",
            &[(112.0, "rescued")],
        );
        assert_eq!(
            figures("A house fewer than 20 blocks away was evacuated."),
            []
        );
        let (_, value, _, _) = one("The storm destroyed 20 blocks of homes.");
        assert_eq!(value, 20.0);
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
            "The victims ranged in age from 19 to 42.",
            "A 55-year old man was held.",
            "Troops went in after the September 11, 2001 attacks.",
            "Troops went in after the Sept. 11, 2001 attacks.",
            "They were between the ages of 19 and 42.",
            "It began at 9 p.m. and again at 20:00.",
            "Flight 447 left from gate 12.",
            "The iPhone 11 costs less.",
            "A drill took place at Air Base 942.",
            "He lives at 12 Harbour Street.",
            "They were held at the premises at 12 Via Salina.",
            "Officers were called to the 700 block of Bourbon Street.",
            "Call 0800 123 456 for help.",
            "A 911 call came in at night.",
            "The 911 phone call lasted minutes.",
            "A neighbour called 911 at once.",
            "Call Crime Stoppers at 822-1111 with tips.",
            "Call 800-ATF-GUNS with tips.",
            "Several 999 callers reported smoke.",
            "It is one of the deadliest attacks.",
            "Under section 4 of the act, it was the third time.",
            "The 21st victim was named on 3/4/2024.",
            "The page id 1UCTsEP was shared.",
            "They lived in a two-bedroom brick house.",
            "The crack is in the flange of floor beam 14.",
            "They pleaded guilty over the Nov. 22 shooting.",
            "He was booked Wednesday night (Dec. 9).",
            "He carried a 9 mm handgun and 40 mg tablets.",
            "The victims, 19 and 22, were cousins.",
        ] {
            assert_eq!(figures(text), [], "{text}");
        }
    }

    #[test]
    fn a_number_people_are_is_their_age() {
        let values = |text: &str| figures(text).iter().map(|f| f.1).collect::<Vec<_>>();
        assert_eq!(values("Two of the victims were 16, police said."), [2.0]);
        assert_eq!(values("The two men were 19 and 22."), [2.0]);
        assert_eq!(
            values("\"My father is 80 and still on a drip,\" she said."),
            Vec::<f64>::new()
        );
        assert_eq!(values("The death toll was 12."), [12.0]);
        assert_eq!(values("Three of the dead were under 16."), [3.0]);
        assert_eq!(values("The toll was under 20 last night."), [20.0]);
    }

    #[test]
    fn a_hyphened_size_of_people_sizes_what_follows() {
        for text in [
            "Police worked in two-person squads after the attack.",
            "A two-person crew was chosen.",
            "A three-man team arrived.",
        ] {
            assert_eq!(figures(text), [], "{text}");
            let why: Vec<_> = rejected(text, ParagraphKind::Body)
                .into_iter()
                .map(|r| r.why)
                .collect();
            assert_eq!(why, [Rejection::Specification], "{text}");
        }
        // Still a count where no noun follows, and a hyphened duration is
        // still what it lasts.
        let (_, value, _, _) = one("Officers ended a 12-hour standoff.");
        assert_eq!(value, 12.0);
        let (_, value, _, _) = one("A crowd 300-strong gathered.");
        assert_eq!(value, 300.0);
    }

    #[test]
    fn every_age_listed_is_an_age() {
        for (text, count) in [
            ("The two suspects, ages 18 and 19, were charged.", 2.0),
            ("The three boys, aged 14, 15 and 17, were charged.", 3.0),
            ("A man aged 45 and 2 children died in the fire.", 2.0),
            ("Ten victims aged between 20 and 37 were shot.", 10.0),
            ("Four men aged from 19 to 42 were charged.", 4.0),
            ("It killed 20 children between the ages of 6 and 7.", 20.0),
        ] {
            let (_, value, _, _) = one(text);
            assert_eq!(value, count, "{text}");
        }
    }

    #[test]
    fn a_figure_after_a_date_is_no_year() {
        let (_, value, _, _) = one("On March 3, 40 people were arrested.");
        assert_eq!(value, 40.0);
    }

    #[test]
    fn a_telephone_number_is_told_from_a_range_by_where_it_stands() {
        assert!(figures("Tips go to the hotline on 555-0142.").is_empty());
        let (_, value, _, _) = one("Between 200-1000 people were evacuated.");
        assert_eq!(value, 200.0);
        // Where a number is dialled, a round hundred is still a range.
        let (_, value, _, _) = one("Police put the crowd at 500-1000.");
        assert_eq!(value, 500.0);
        assert!(figures("Call the sheriff's office at 555-2000.").is_empty());
    }

    #[test]
    fn only_a_number_that_is_dialled_is_an_emergency_line() {
        let (_, value, _, _) = one("Dispatchers took 112 calls in an hour.");
        assert_eq!(value, 112.0);
    }

    #[test]
    fn a_word_that_starts_a_sentence_is_no_designator() {
        let (_, value, _, quantity) = one("Another 53 were wounded.");
        assert_eq!((value, quantity.as_str()), (53.0, "injured"));
        let (_, value, _, quantity) = one("Although 230,000 people were evacuated, many stayed.");
        assert_eq!((value, quantity.as_str()), (230_000.0, "evacuated"));
        let (_, value, _, _) = one("According to Xinhua 2,500 troops have been sent.");
        assert_eq!(value, 2500.0);
        assert!(figures("Passengers on Flight 1549 were rescued.").is_empty());
        assert!(figures("They boarded Flight 447 at dawn.").is_empty());
    }

    #[test]
    fn distances_in_blocks_place_something_and_lengths_are_figures() {
        assert!(figures("A house burned fewer than 20 blocks away.").is_empty());
        assert!(figures("He lived two doors from the club.").is_empty());
        assert!(figures("St. Joseph, which is 100 miles northeast of Chicago.").is_empty());
        assert!(figures("Adrian lies about 65 miles northeast of the city.").is_empty());
        let (_, value, _, _) = one("The tanker grounded on a reef two miles off the coast.");
        assert_eq!(value, 2.0);
        // How far from a place the event struck is a fact of it, which
        // outlets give in their own units.
        for (text, value) in [
            (
                "The plane crashed some 31 miles south of the capital.",
                31.0,
            ),
            ("The epicentre was 50km south of Zagreb.", 50.0),
            ("It struck 60 kilometres south-east of Addis Ababa.", 60.0),
        ] {
            let (_, found, _, quantity) = one(text);
            assert_eq!((found, quantity.as_str()), (value, "distance"), "{text}");
        }
        // Not a way moved, nor a place's name.
        let (_, _, _, quantity) = one("The storm moved 20 miles north overnight.");
        assert_ne!(quantity, "distance");
        let (_, value, _, _) = one("Rescuers pulled 12 West Bank residents from the rubble.");
        assert_eq!(value, 12.0);
    }

    #[test]
    fn every_number_of_a_designated_list_is_a_name() {
        let names = |text: &str| -> Vec<String> {
            why(text)
                .into_iter()
                .filter(|(_, why)| *why == Rejection::Designator)
                .map(|(n, _)| n)
                .collect()
        };
        assert_eq!(
            names("A case was filed under sections 304, 308 and 114 of the IPC."),
            ["304", "308", "114"]
        );
        assert_eq!(
            names(
                "It was registered under sections like 37 and 38 (causing hurt), \
                 304A (death by negligence) and 34 (common intention)."
            ),
            ["37", "38", "304A", "34"]
        );
        assert_eq!(
            names("Bus routes 7 and 12A are being diverted."),
            ["7", "12A"]
        );
        assert_eq!(names("The alert was raised to a No. 5 alarm."), ["5"]);
        assert_eq!(
            names("By noon it was a \"level four\" emergency, then level five."),
            ["four", "five"]
        );
        assert_eq!(
            names("Bogies of 12864 Bengaluru-Howrah Express derailed."),
            ["12864"]
        );
        // A count after a name, a count after a counting word, a figure
        // with its unit, and a count with its separator stay figures, as
        // do counts a noun follows, and a long count before a nation or
        // a name and its noun.
        assert_eq!(names("Flight 447 and 228 passengers were lost."), ["447"]);
        assert_eq!(names("Police closed Gate 4, and 200 were stranded."), ["4"]);
        for text in [
            "At the gates 20 people were crushed.",
            "Across the terminals 3,000 were stranded.",
            "The ship carried 15000 Syrians to safety.",
            "The state sent 10000 National Guard troops.",
            "The tanker spilled 5000L of diesel.",
            "No one was hurt, and no two reports agree.",
            "Radiation levels 50% above normal.",
            "Officials said 12,864 Indians were flown home.",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
        let (_, value, _, _) = one("Flight 447 and 228 passengers were lost.");
        assert_eq!(value, 228.0);
    }

    #[test]
    fn an_age_below_or_above_a_bound_is_an_age() {
        let values = |text: &str| -> Vec<f64> { figures(text).into_iter().map(|f| f.1).collect() };
        assert_eq!(
            values("It killed 134 people, including 16 children below 10 years of age."),
            [134.0, 16.0]
        );
        assert_eq!(
            values("Patients above 60 were moved first."),
            [] as [f64; 0]
        );
        assert_eq!(values("The death toll is above 100."), [100.0]);
        assert_eq!(
            values("The dead included 12 children under the age of 5 and 40 adults."),
            [12.0, 40.0]
        );
    }

    /// The numbers of a body paragraph that are no claim, each as (its
    /// text, why).
    fn why(text: &str) -> Vec<(String, Rejection)> {
        rejected(text, ParagraphKind::Body)
            .into_iter()
            .map(|r| (r.text, r.why))
            .collect()
    }

    #[test]
    fn every_rejected_number_keeps_its_reason() {
        let reason = |text: &str, number: &str| {
            why(text)
                .into_iter()
                .find(|(n, _)| n == number)
                .map(|(_, why)| why)
        };
        use Rejection::*;
        assert_eq!(reason("He carried a .44 revolver.", "44"), Some(Calibre));
        assert_eq!(
            reason("It happened in 2015 at the club.", "2015"),
            Some(Year)
        );
        assert_eq!(
            reason("Police held a 29-year-old.", "29-year-old"),
            Some(Age)
        );
        assert_eq!(
            reason("They boarded Flight 447 at dawn.", "447"),
            Some(Designator)
        );
        assert_eq!(
            reason("A house fewer than 20 blocks away was evacuated.", "20"),
            Some(PlacingDistance)
        );
        assert_eq!(
            reason("It began at 9 p.m. on Friday.", "9"),
            Some(ClockTime)
        );
        assert_eq!(
            reason("One of the victims was named.", "One"),
            Some(LoneOne)
        );
        assert_eq!(
            reason("She is one of the victims critically injured.", "one"),
            Some(LoneOne)
        );
        assert_eq!(
            reason(
                "The chief identified one dead suspect as Farook, the other as Malik.",
                "one"
            ),
            Some(LoneOne)
        );
        assert_eq!(
            reason("There were no injuries among the 30 passengers.", "30"),
            Some(AfterZero)
        );
        // Told against the zero, not out of it.
        assert_eq!(
            reason(
                "No injuries have been confirmed but at least six were hurt.",
                "six"
            ),
            None
        );
        assert_eq!(
            reason("He bought the gun nine years ago.", "nine"),
            Some(RelativeTime)
        );
        assert_eq!(
            reason("The fire broke out almost 15 hours back.", "15"),
            Some(RelativeTime)
        );
        assert_eq!(
            reason("It came three years to the day after the attack.", "three"),
            Some(RelativeTime)
        );
        assert_eq!(
            reason(
                "See twitter.com/police/statuses/845906704537653248 for more.",
                "845906704537653248"
            ),
            Some(Link)
        );
        assert_eq!(
            reason("He carried a 10-round clip.", "10-round"),
            Some(Specification)
        );
        assert_eq!(
            reason("Members of the three-man Hale Patrol met.", "three-man"),
            Some(Specification)
        );
        assert_eq!(
            reason("Crews fought the two-alarm fire.", "two-alarm"),
            Some(Specification)
        );
        // The low end of a range of ages.
        for text in [
            "33 children died, ranging from 4 to 17 years old.",
            "The victims were between 4 and 17 years old.",
        ] {
            assert_eq!(reason(text, "4"), Some(Age), "{text}");
        }
        // A list of the named, each with an age.
        assert_eq!(
            reason(
                "They were Sgt. Carson Holmquist, 25; and Staff Sgt. David Wyatt, 35.",
                "25"
            ),
            Some(Age)
        );
        assert_eq!(
            reason(
                "They were Sgt. Carson Holmquist, 25; and Staff Sgt. David Wyatt, 35.",
                "35"
            ),
            Some(Age)
        );
        // Print set in columns: "58- year- old", "7 p. m.".
        assert_eq!(
            reason("Police say 58- year- old shooter dies.", "58"),
            Some(Age)
        );
        assert_eq!(
            reason("It began at a 7 p. m. showing.", "7"),
            Some(ClockTime)
        );
        // How long, not when: no reason to reject.
        for (text, number) in [
            ("He was sentenced to 25 years after a trial.", "25"),
            (
                "Four weeks after the massacre, police made an arrest.",
                "Four",
            ),
            ("He served 14 years in the army.", "14"),
        ] {
            assert_eq!(reason(text, number), None, "{text}");
        }
    }

    #[test]
    fn a_number_that_says_nothing_about_what_it_counts_is_uncounted() {
        assert_eq!(
            why("It is one of the deadliest attacks."),
            [("one".to_string(), Rejection::Uncounted)]
        );
    }

    #[test]
    fn a_citation_mark_is_rejected_beside_the_figure_it_follows() {
        let text = "He killed 13[13] people.";
        let figures: Vec<f64> = find(text).iter().map(|f| f.value).collect();
        assert_eq!(figures, [13.0]);
        let rejected = rejected(text, ParagraphKind::Body);
        assert_eq!(rejected.len(), 1, "{rejected:?}");
        assert_eq!(rejected[0].why, Rejection::Citation);
        assert_eq!(&text[rejected[0].range.clone()], "13");
        assert_eq!(rejected[0].range.start, text.find('[').unwrap() + 1);
    }

    #[test]
    fn a_zero_worked_or_hoped_for_is_none_found() {
        for text in [
            "Teams searched again to ensure that no survivors were missed.",
            "Families were praying no one was hurt.",
        ] {
            assert_eq!(
                why(text).into_iter().map(|(_, w)| w).collect::<Vec<_>>(),
                [Rejection::ZeroSought],
                "{text}"
            );
        }
        assert_counts("Officials said no one was hurt.", &[(0.0, "injured")]);
    }

    #[test]
    fn a_headline_s_vague_number_is_rejected_only_in_a_headline() {
        let text = "Gunman Planned To Kill Hundreds";
        let headline = rejected(text, ParagraphKind::Heading);
        assert_eq!(
            headline.iter().map(|r| r.why).collect::<Vec<_>>(),
            [Rejection::HeadlineVague]
        );
        assert_eq!(rejected(text, ParagraphKind::Body), []);
    }
}
