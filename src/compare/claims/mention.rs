//! Assembling the figures of one paragraph: each number is read
//! ([`number::read`]) and set aside with its reason if it names, dates or
//! places something ([`reject`]); the rest become [`Found`] figures with
//! the qualifier before them ("at least"), the top of their range ("40 to
//! 60"), what they count ([`counted`]), the years their sentence names and
//! who says so.

use std::ops::Range;

use super::counted::{counted, noun_said_of};
use super::number::{self, Number};
use super::reject::{self, Rejected, Rejection, year_at};
use super::tokens::{Token, place_set_off, sentence_span, tokenise};
use super::words::{
    AUXILIARIES, CARRYING, CHANGE_VERBS, CONTRASTS, DIMENSIONS, EVENT_NOUNS, FINDING, INCLUDING,
    NOT_NOUNS, ONE_IDIOMS, ORIGINS, OTHERS, PLACE_PREPOSITIONS, QUALIFIERS, RATE_SPANS, REPORTING,
    STATED_OF_ONE,
};
use super::{EVERY, PER, Qualifier, kind};
use crate::compare::text::is_stop_word;
use crate::corpus::{is_month, is_weekday, month_number};

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
    /// Months the figure's stretch of its sentence names ("the Las Vegas
    /// shooting last October that killed 58"), 1 to 12, each with the day
    /// that follows it, if any ("February 14"): with the article's date,
    /// they may place it before the event.
    pub months: Vec<(u8, Option<u8>)>,
    /// How many months before the event its clause is set, when it says
    /// so instead of naming a time: "three years after 12 people were
    /// killed in Aurora" (36), "three months after a gunman killed 17".
    pub months_back: Option<u32>,
    /// The stretch of time its clause adds up, not the event's: years
    /// gone by ("has claimed seven lives over the years", "accidents in
    /// recent years that have left scores dead"), or the year so far
    /// ("more than 2,000 people have died this year"), named as the
    /// claims table shows it.
    pub over: Option<&'static str>,
    /// The count says it includes the attacker ("three people are dead,
    /// including the shooter"): no rival for a count of the victims.
    pub attacker_included: bool,
    /// The words after its predicate say where those counted were ("died
    /// inside the building", "was found on the sidewalk"): beside a
    /// larger count of its article, a part of it.
    pub placed: bool,
    /// A forecast, not a count: "the final toll could be more than 200",
    /// "as many as 300 may have died". No rival for what was counted.
    pub forecast: bool,
    /// It counts others besides some ("seven others", "three other men",
    /// "no one else"), which only a count of others rivals. Not when the
    /// ones it is besides are another toll of its own sentence: the five
    /// of "killed two and injured five others" are all the injured.
    pub other: bool,
}

/// Every number of one paragraph in reading order: the figure it states,
/// or why it states none.
pub fn read(text: &str) -> Vec<Result<Found, Rejected>> {
    let tokens = tokenise(text);
    let mut read: Vec<Result<Found, Rejected>> = Vec::new();
    // The current sentence's last figure in `read`, and the counts it has
    // given as zero: kept, not searched for, so a long run of figures with
    // no full stop costs no more per figure than a short one.
    let (mut sentence, mut last): (Option<u32>, Option<usize>) = (None, None);
    let mut zeros: Vec<String> = Vec::new();
    // The paragraph's last figure, whatever its sentence, and its last
    // that is no part of another.
    let mut before: Option<usize> = None;
    let mut whole_before: Option<usize> = None;
    let mut i = 0;
    while i < tokens.len() {
        // "No injuries have been confirmed, but at least six were hurt":
        // what follows a "but" is told against the zero, not out of it.
        if tokens[i].is_any(CONTRASTS) {
            zeros.clear();
        }
        let Some(number) = number::read(&tokens, i) else {
            i += 1;
            continue;
        };
        if sentence != Some(tokens[i].sentence) {
            (sentence, last) = (Some(tokens[i].sentence), None);
            zeros.clear();
        }
        let number_end = number.tokens.end.max(i + 1);
        let mut end = number_end;
        // "Ten people died. Three were children": a sentence that opens
        // on some of the figure before it goes on from that figure.
        let previous = last.and_then(|k| read[k].as_ref().ok()).or_else(|| {
            let whole = read[whole_before?].as_ref().ok()?;
            opens_on_part(&tokens, &number, whole).then_some(whole)
        });
        let outcome = match figure(&tokens, &number, previous, text) {
            Ok((figure, figure_end)) => {
                end = end.max(figure_end);
                // "There were no injuries among the 30 passengers": after a
                // zero, a figure of the same count in its sentence is how
                // many might have been, not how many were, even read as
                // some of them ("among").
                let count = figure.quantity.trim_end_matches(super::PART);
                if zeros
                    .iter()
                    .any(|z| z.trim_end_matches(super::PART) == count)
                {
                    Err(Rejection::AfterZero)
                } else {
                    if figure.value == 0.0 {
                        zeros.push(figure.quantity.clone());
                    }
                    let besides_toll = previous.is_some_and(|p| {
                        kind::is_toll(&p.quantity)
                            && p.quantity.trim_end_matches(super::PART) != count
                    });
                    let mut figure = figure;
                    figure.other &= !besides_toll;
                    let hurt = before.and_then(|k| read[k].as_mut().ok());
                    hurt_then_dead(text, &figure, hurt);
                    if !figure.quantity.ends_with(super::PART) {
                        whole_before = Some(read.len());
                    }
                    last = Some(read.len());
                    before = Some(read.len());
                    Ok(figure)
                }
            }
            Err(why) => Err(why),
        };
        let range = tokens[i].start()..tokens[number_end - 1].end();
        read.push(outcome.map_err(|why| Rejected::new(text, range, why)));
        i = end;
    }
    read
}

/// How far after "one" a "the other" makes it one of a pair, in tokens.
const ASIDE_OF_PAIR: usize = 16;

/// "Four people were wounded, one fatally", "10 people were wounded. One
/// of the victims was killed": the dead are among the hurt, so the first
/// figure counts the dead and the injured together (casualties), no rival
/// for another outlet's count of the injured who lived.
fn hurt_then_dead(text: &str, dead: &Found, hurt: Option<&mut Found>) {
    let Some(hurt) = hurt.filter(|h| h.quantity == "injured" && !h.vague && dead.value < h.value)
    else {
        return;
    };
    if dead.quantity.trim_end_matches(super::PART) != "deaths" {
        return;
    }
    // "One of the victims was killed" picks one of the hurt; "half a
    // dozen of the murdered patrons" may be of the dead told before.
    let picked = dead.quantity.ends_with(super::PART) && dead.value == 1.0;
    let fatally = || {
        text[dead.range.clone()]
            .split(|c: char| !c.is_alphabetic())
            .any(|w| w.eq_ignore_ascii_case("fatally"))
    };
    if picked || fatally() {
        hurt.quantity = "casualties".to_string();
    }
}

/// Reads the figure `number` states, with the token where reading goes
/// on, or why it states none; `previous` is the figure before it in its
/// sentence.
fn figure(
    tokens: &[Token],
    number: &Number,
    previous: Option<&Found>,
    text: &str,
) -> Result<(Found, usize), Rejection> {
    let start = number.tokens.start;
    let sentence = tokens[start].sentence;
    if let Some(why) = reject::rejection(tokens, number) {
        return Err(why);
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
            .filter(|n| n.rejection.is_none() && n.value > number.value && !n.vague)
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
    let previous = previous.map(|f| (f.quantity.as_str(), f.unit.as_str()));
    let counted =
        counted(tokens, number, qualifier_start, end, previous).ok_or(Rejection::Uncounted)?;
    // "One of the victims", "no one", "one told me" are no count; "one
    // semester", "one count of murder" are, as the noun right after the
    // word is what is counted. Idioms ("one day", "on one hand") count
    // nothing. A noun with a gerund before it counts too: "one
    // packaging line", "one shooting victim".
    let gerund = tokens
        .get(end)
        .is_some_and(|t| t.is_word() && !t.is_capitalised() && t.lower().ends_with("ing"));
    let noun_at = if gerund && counted.last == end + 1 {
        end + 1
    } else {
        end
    };
    let noun_next = counted.last == noun_at
        && tokens.get(noun_at).is_some_and(|t| {
            let word = t.lower();
            t.is_word()
                && !t.is_capitalised()
                && !is_stop_word(&word)
                && !word.ends_with("ed")
                && !word.ends_with("ing")
                && ![ONE_IDIOMS, REPORTING, NOT_NOUNS, DIMENSIONS]
                    .iter()
                    .any(|list| list.contains(&word.as_ref()))
        });
    let of_next = tokens.get(end).is_some_and(|t| t.is_any(&["of"]));
    // "One of the victims was killed", "one of them fatally", "one of
    // them died", "one of them in critical condition": a toll's state
    // said of the one picked out counts it; "one of the wounded" does not.
    // "A pregnant woman is one of the victims critically injured" says
    // who she is, counting no one.
    let identifies = start > 0 && tokens[start - 1].is_any(&["is", "was"]);
    // "identified one dead suspect as Farook, the other as Malik": one
    // of a pair, named in turn.
    let paired = (end..tokens.len().min(end + ASIDE_OF_PAIR))
        .take_while(|&j| tokens[j].sentence == tokens[start].sentence)
        .any(|j| tokens[j].is_any(&["other"]) && tokens[j - 1].is_any(&["the"]));
    // "One of those injured is a ten-year-old said to be in critical
    // condition": one picked out and named, not how many are so.
    let named_as = (end + 1..counted.last)
        .any(|j| tokens[j].is_any(&["is", "was"]) && tokens[j + 1].is_any(&["a", "an", "the"]));
    let harmed_after_of = of_next
        && !identifies
        && !named_as
        && kind::is_toll(&counted.quantity)
        && (tokens[counted.last].lower().ends_with("ly")
            || (end + 1..=counted.last).any(|j| tokens[j].is_any(STATED_OF_ONE)));
    // "said one passenger, Arti Roy", "one witness told reporters": a
    // person quoted, not a count.
    let speaking = |j: usize| tokens.get(j).is_some_and(|t| t.is_any(SPEAKING));
    let named_after = tokens.get(noun_at + 1).is_none_or(Token::ends_clause);
    let quoted =
        noun_next && ((start > 0 && speaking(start - 1) && named_after) || speaking(noun_at + 1));
    let lone_one = number.tokens.len() == 1
        && match tokens[start].lower().as_ref() {
            // "the other one had got shot": the second of a pair, told
            // one at a time.
            "one" => {
                quoted
                    || of_next && !harmed_after_of
                    || !(counted.known || noun_next)
                    || paired
                    || start > 0 && tokens[start - 1].is_any(&["other"])
            }
            // Not "a mile and a half", read as 1.5.
            "a" | "an" => number.value == 1.0 && (of_next || !counted.known),
            _ => false,
        };
    if lone_one {
        return Err(Rejection::LoneOne);
    }
    // A zero must name a count: "no one was hurt", "no explosives were
    // found", "police found no weapons"; not "no plans", "had no plans",
    // "no details were made public", which find nothing.
    let finding = |j: usize| tokens.get(j).is_some_and(|t| t.is_any(FINDING));
    let things_found = (start > 0 && finding(start - 1))
        || (tokens
            .get(counted.last + 1)
            .is_some_and(|t| t.is_any(&["was", "were"]))
            && finding(counted.last + 2));
    if number.value == 0.0 && !counted.known && !things_found {
        return Err(Rejection::ZeroWithoutCount);
    }
    let sought = (start.saturating_sub(3)..start)
        .any(|j| tokens[j].is_any(SEEKING) && tokens[j].sentence == sentence);
    if number.value == 0.0 && sought {
        return Err(Rejection::ZeroSought);
    }
    let every = qualifier_start > 0 && tokens[qualifier_start - 1].is_any(&["every"]);
    let quantity = match (every, rate(tokens, counted.last + 1)) {
        (true, _) => format!("{EVERY}{}", counted.quantity),
        (false, Some(per)) => format!("{}{PER}{per}", counted.quantity),
        (false, None) => counted.quantity,
    };
    let first = (qualifier_start - usize::from(every)).min(counted.first);
    let mut last = end.max(counted.last + 1);
    // "a mile and a half": the half after the unit is the figure's too.
    if number::and_a_half(tokens, last) && number.value.fract() == 0.5 {
        last += 3;
    }
    let range = tokens[first].start()..tokens[last - 1].end();
    // Years of the figure's own stretch of the sentence, between the
    // figures before and after it: "two since January and 45 since 2017"
    // dates only the 45.
    let other_figure = |j: &usize| tokens[*j].starts_with_digit() && year_at(tokens, *j).is_none();
    let stretch_back = |from: usize| {
        (0..from)
            .rev()
            .take_while(|j| tokens[*j].sentence == sentence && !other_figure(j))
            .last()
            .unwrap_or(from)
    };
    let mut from = stretch_back(start);
    // "1981, when a barrier gave way, killing 27 people and injuring more
    // than 200", "in March last year left 39 dead and injured 150": a
    // figure whose verb is joined to the one before by "and" is of that
    // figure's time.
    let joined = |at: usize| {
        at > 0
            && other_figure(&(at - 1))
            && (at..start).any(|j| {
                tokens[j].is_any(&["and"])
                    && tokens.get(j + 1).is_some_and(|t| {
                        let word = t.lower();
                        word.ends_with("ing") || kind::predicate(&word).is_some()
                    })
            })
    };
    if joined(from) && tokens[from - 1].sentence == sentence {
        from = stretch_back(from - 1);
    }
    let to = (end..tokens.len())
        .take_while(|j| tokens[*j].sentence == sentence && !other_figure(j))
        .last()
        .map_or(end, |j| j + 1);
    let span = sentence_span(tokens, start);
    // "About 60 residents lived in the building, which was built in
    // 1974": the year something began dates that thing, not the figure.
    let origin =
        |j: usize| j >= 2 && tokens[j - 1].is_any(&["in"]) && tokens[j - 2].is_any(ORIGINS);
    let mut years: Vec<i32> = (from..to)
        .filter(|&j| !origin(j))
        .filter_map(|j| year_at(tokens, j))
        .collect();
    // "In March 2019, an explosion in Yancheng, 260km from Shanghai,
    // killed 78 people": a time set off by a comma dates the rest of its
    // sentence, past the figures of an aside, until another year.
    if years.is_empty() {
        years.extend(set_off_year(tokens, span.start..start));
    }
    // "In 2014, Turkey saw its worst mining disaster. In the town of
    // Soma, an explosion left 787 miners trapped": a paragraph that opens
    // on a past time set off by a comma tells of that time in the
    // sentences after its first that name no time of their own ("That
    // number rose to 12 this week").
    if years.is_empty()
        && tokens[span.start].sentence != tokens[0].sentence
        && !span.clone().any(|j| names_a_time(&tokens[j]))
    {
        years.extend(opening_year(tokens));
    }
    // "... on Bourbon Street in June 2014. In that incident, nine others
    // were injured": a sentence that opens by pointing back at an event
    // is dated as the sentence before it.
    let back = points_back(tokens, span.start);
    if years.is_empty() && back {
        years = sentence_span(tokens, span.start - 1)
            .filter_map(|j| year_at(tokens, j))
            .collect();
    }
    // A month dates a figure only near it: "the Las Vegas shooting last
    // October that killed 58", "killed in February"; not "Ten people were
    // killed on Friday ..., in a country still shaken by the massacre at
    // a Florida high school in February". "Since June" starts a stretch
    // that runs to now, but "since February, when 17 were killed" points
    // at February.
    // After the figure, a month dates it close by, or as a day anywhere
    // in its clause ("More than 11 people were killed in a gun-and-bomb
    // attack at the district courts in Islamabad on March 3"), unless a
    // time of the figure's own comes first ("killed on Friday ... since
    // February"). A bare month far on may be anything's: "ahead of the
    // election in November", "the heatwave which began in March".
    let dated = |j: usize| {
        j > 0
            && tokens[j - 1].is_any(&["on"])
            && tokens.get(j + 1).is_some_and(Token::starts_with_digit)
    };
    // "up to 800 migrants drowned in a shipwreck in April": the month of
    // the event the figure's clause names.
    // Not "killed in the landslide in April", which may be the event's
    // own, reported early the next month.
    let of_an_event = |j: usize| {
        j > end
            && j < end + MONTH_REACH
            && tokens[j - 1].is_any(&["in"])
            && (end + 1..j).any(|k| {
                tokens[k].is_any(EVENT_NOUNS) && tokens[k - 1].is_any(&["a", "an", "another"])
            })
    };
    let near = |j: usize| {
        j + MONTH_REACH >= start && j < start
            || j >= end
                && (j < end + MONTH_REACH / 2 || dated(j) || of_an_event(j))
                && !tokens[end..j]
                    .iter()
                    .any(|t| t.ends_clause() || names_a_time(t))
    };
    // "since February, when 17 were killed", "since April when 800
    // migrants died", "since April 14, when": a "when" after it points at
    // the month.
    let since = |j: usize| {
        j > 0
            && tokens[j - 1].is_any(&["since"])
            && !(j + 1..j + 4).any(|k| tokens.get(k).is_some_and(|t| t.is_any(&["when"])))
    };
    let mut months: Vec<(u8, Option<u8>)> = (from..to)
        .filter(|&j| near(j) && !since(j))
        .filter_map(|j| month_at(tokens, j).map(|m| (m, day_after(tokens, j))))
        .collect();
    // "In April, a boat ... overturned. In that tragedy, only 28 were
    // found alive": by its month, too.
    if months.is_empty() && back {
        months = sentence_span(tokens, span.start - 1)
            .filter_map(|j| month_at(tokens, j).map(|m| (m, None)))
            .collect();
    }
    let over = if !years.is_empty() {
        None
    } else if months.is_empty() && since_earlier(tokens, start) {
        Some(EARLIER)
    } else if (from..to).any(|j| over_the_years(tokens, j)) || of_years_gone_by(tokens, from, start)
    {
        Some(OVER_THE_YEARS)
    } else if months.is_empty()
        && (from..to).any(|j| year_so_far(tokens, j))
        && (from..to).any(|j| tokens[j].is_any(&["has", "have", "so"]))
    {
        Some(THIS_YEAR)
    } else {
        None
    };
    let months_back = if years.is_empty() && months.is_empty() {
        months_back(tokens, start).or_else(|| ago_after(tokens, end))
    } else {
        None
    };
    let other = text[range.clone()]
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| OTHERS.iter().any(|o| word.eq_ignore_ascii_case(o)));
    let opening = span.start;
    let sentence_range = tokens[span.start].start()..tokens[span.end - 1].end();
    Ok((
        Found {
            range,
            value,
            high,
            qualifier,
            unit: counted.unit,
            quantity,
            attribution: attribution(tokens, span, text),
            sentence: sentence_range,
            vague: number.vague,
            loose: counted.loose,
            years,
            months,
            months_back,
            over,
            attacker_included: attacker_included(tokens, end),
            placed: placed(tokens, counted.last + 1) || placed_before(tokens, opening, start),
            forecast: forecast(tokens, qualifier_start, end),
            other,
        },
        end,
    ))
}

/// Whether the figure `number` opens its sentence as some of `whole`, a
/// figure before it, past a qualifier: "Three were children", "At least
/// 20 of them were minors"; never more than it ("which killed 3 people.
/// Twenty of them were later released").
fn opens_on_part(tokens: &[Token], number: &Number, whole: &Found) -> bool {
    if number.value > whole.value {
        return false;
    }
    let (start, end) = (number.tokens.start, number.tokens.end);
    let (_, from) = qualifier_before(tokens, start);
    let opens = from == 0 || tokens[from - 1].sentence != tokens[start].sentence;
    let of_them = tokens.get(end).is_some_and(|t| t.is_any(&["of"]))
        && tokens.get(end + 1).is_some_and(|t| t.is_any(&["them"]));
    opens && (of_them || noun_said_of(tokens, end).is_some())
}

/// Verbs of speaking that quote a person: "said one passenger".
const SPEAKING: &[&str] = &["said", "says", "told", "recalled", "added", "explained"];

/// Words of working or hoping for what a zero after them says: "to
/// ensure (that) no survivors were missed", "hoping no one was hurt".
const SEEKING: &[&str] = &[
    "ensure", "ensures", "ensuring", "sure", "hope", "hopes", "hoped", "hoping", "pray", "praying",
    "prayed",
];

/// How many tokens before a figure a month may date it; half as many
/// after it, unless it is given as a day ("on March 3").
const MONTH_REACH: usize = 12;

/// The month token `j` names, when it is a month's name written as one
/// ("in February", "last October", "Oct. 1"): capitalised, and "May" or
/// a short form only beside a day or after a word that leads to a time,
/// as "may" and "Jan" are other words too.
fn month_at(tokens: &[Token], j: usize) -> Option<u8> {
    let token = &tokens[j];
    if !token.is_capitalised() {
        return None;
    }
    let lower = token.lower();
    let month = u8::try_from(month_number(&lower)?).ok()?;
    let full = lower.len() > 3 && lower != "sept";
    let dated = tokens.get(j + 1).is_some_and(Token::starts_with_digit)
        || j > 0 && tokens[j - 1].is_any(&["in", "last", "since", "early", "late", "mid", "of"]);
    (full && month != 5 || dated).then_some(month)
}

/// The day of the month written after the month's name at `j`: "March
/// 3", "March 3rd"; not the year of "March 2014".
fn day_after(tokens: &[Token], j: usize) -> Option<u8> {
    let token = tokens.get(j + 1)?;
    let digits = token
        .text
        .trim_end_matches(|c: char| c.is_ascii_alphabetic());
    digits.parse::<u8>().ok().filter(|d| (1..=31).contains(d))
}

/// The months between the event and a figure in a clause that opens
/// "(almost) three years (to the day) after" or "three months after", a
/// few words before it: a toll of an earlier event, which a writer
/// measures from this one. Days and weeks after may be this event's own
/// aftermath ("two days after five people were killed, the town
/// gathered"), so they say nothing; months say something only beside the
/// articles' dates.
fn months_back(tokens: &[Token], start: usize) -> Option<u32> {
    let sentence = tokens[start].sentence;
    // No clause may end between, but a place may be set off by commas:
    // "after a gunman in Parkland, Fla., killed 17".
    let open = |from: usize| {
        let mut j = from;
        while j < start {
            if tokens[j].sentence != sentence {
                return false;
            }
            if tokens[j].ends_clause() {
                match place_set_off(tokens, j, true) {
                    Some(close) => j = close + 1,
                    None => return false,
                }
            } else {
                j += 1;
            }
        }
        true
    };
    let after = (start.saturating_sub(12)..start)
        .rev()
        .find(|&j| tokens[j].is_any(&["after"]) && open(j))?;
    let mut unit = after.checked_sub(1)?;
    // "to the day after".
    if unit >= 3 && tokens[unit].is_any(&["day"]) && tokens[unit - 1].is_any(&["the"]) {
        unit = unit
            .checked_sub(3)
            .filter(|&u| tokens[u + 1].is_any(&["to"]))?;
    }
    span_months(tokens, unit)
}

/// The months a span ending in its unit at `unit` measures: "three
/// years", "a decade", "18 months".
fn span_months(tokens: &[Token], unit: usize) -> Option<u32> {
    let per = match tokens[unit].lower().as_ref() {
        "month" | "months" => 1,
        "year" | "years" => 12,
        "decade" | "decades" => 120,
        _ => return None,
    };
    let count = unit.checked_sub(1)?;
    let value = if tokens[count].is_any(&["a", "an"]) {
        1.0
    } else {
        number::read(tokens, count)
            .filter(|n| n.tokens.end == unit)?
            .value
    };
    (value >= 1.0 && value.fract() == 0.0 && value < 1000.0).then(|| value as u32 * per)
}

/// The months a span "ago" after a figure puts it back, in the figure's
/// sentence: "a gunman killed 20 children and six adults at Sandy Hook
/// Elementary in Newtown, Conn., almost a decade ago". A place may be set
/// off by commas on the way; a clause of its own may not come between
/// ("a hotel that opened 20 years ago", "died since the outbreak began
/// two months ago", "12 percent from a year ago").
fn ago_after(tokens: &[Token], end: usize) -> Option<u32> {
    let sentence = tokens.get(end)?.sentence;
    let mut j = end;
    while j < tokens.len().min(end + AGO_REACH) && tokens[j].sentence == sentence {
        if tokens[j].is_any(CLAUSE_OPENERS) {
            return None;
        }
        if tokens[j].is_any(&["ago"]) {
            return span_months(tokens, j.checked_sub(1)?);
        }
        if tokens[j].ends_clause() {
            j = place_set_off(tokens, j, true)? + 1;
        } else {
            j += 1;
        }
    }
    None
}

/// How many tokens after a figure its "ago" may stand.
const AGO_REACH: usize = 24;

/// Words that open a clause of its own, whose time is not the figure's:
/// "that opened 20 years ago", "who fled a decade ago".
const CLAUSE_OPENERS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "where", "since", "from", "after", "before", "when",
];

/// The year of the last time phrase in `before` set off by a comma ("In
/// 1970,", "in March 2019,"), when no other year, semicolon or comma and
/// conjunction follows it there.
fn set_off_year(tokens: &[Token], before: Range<usize>) -> Option<i32> {
    let (at, year) = before
        .clone()
        .rev()
        .find_map(|j| year_at(tokens, j).map(|year| (j, year)))?;
    let month = usize::from(at > 0 && month_at(tokens, at - 1).is_some());
    let opened = at > month && tokens[at - month - 1].is_any(&["in"]);
    // "Sendra, a family business founded in 1994, runs 38 coaches": the
    // year something began dates that thing, as in the figure's stretch.
    let origin = at > month + 1 && tokens[at - month - 2].is_any(ORIGINS);
    let set_off = tokens.get(at + 1).is_some_and(|t| t.is_any(&[","]));
    // "In 1970, a quake killed 15,000, and a magnitude-7.1 quake killed
    // 1,400 in 1974": a clause after a comma and a conjunction is told
    // apart, as one after a semicolon is.
    let one_clause = !(at..before.end).any(|k| {
        tokens[k].is_any(&[";"])
            || tokens[k].is_any(&[","])
                && tokens
                    .get(k + 1)
                    .is_some_and(|t| t.is_any(&["and", "but", "while", "whereas"]))
    });
    (opened && !origin && set_off && one_clause && at + 1 < before.end).then_some(year)
}

/// The year a paragraph opens on, set off by a comma: "In 2014,", "In
/// May 2014,".
fn opening_year(tokens: &[Token]) -> Option<i32> {
    let at = 1 + usize::from(tokens.len() > 1 && month_at(tokens, 1).is_some());
    let set_off = tokens.first()?.is_any(&["in"]) && tokens.get(at + 1)?.is_any(&[","]);
    set_off.then(|| year_at(tokens, at)).flatten()
}

/// Whether `token` names a time: a day, a month, a part of a day, a
/// span or a word of now ([`TIMES`]).
fn names_a_time(token: &Token) -> bool {
    let word = token.lower();
    is_weekday(&word) || is_month(&word) || token.is_any(TIMES)
}

/// Whether the sentence opening at `start` opens by pointing back at an
/// event the one before named: "In that incident", "That attack",
/// "During that shooting"; not "That number rose", which may be now.
fn points_back(tokens: &[Token], start: usize) -> bool {
    let at = start + usize::from(tokens[start].is_any(&["in", "during", "at"]));
    start > 0
        && tokens.get(at).is_some_and(|t| t.is_any(&["that"]))
        && tokens
            .get(at + 1)
            .is_some_and(|t| t.is_any(EVENT_NOUNS) && t.sentence == tokens[start].sentence)
}

/// Whether the words after a figure, up to the next figure in its
/// sentence, say it counts the attacker too: "including the gunman",
/// "plus suspect"; not "not including the gunman".
fn attacker_included(tokens: &[Token], end: usize) -> bool {
    let Some(sentence) = end.checked_sub(1).map(|j| tokens[j].sentence) else {
        return false;
    };
    // The next figure, in digits or words, has its own "including".
    let clause = (end..tokens.len().min(end + INCLUSION_REACH))
        .take_while(|&j| tokens[j].sentence == sentence && !number::is_count_token(&tokens[j]));
    clause.into_iter().any(|j| {
        tokens[j].is_any(INCLUDING)
            && !(j > 0 && tokens[j - 1].lower() == "not")
            && tokens[j + 1..tokens.len().min(j + 4)]
                .iter()
                .take_while(|t| t.sentence == sentence)
                .any(|t| kind::side(t.text) == Some(kind::ATTACKERS))
    })
}

/// Whether token `j` ends "over the years", "in recent years", "during
/// past decades": a stretch of history, not the event.
fn over_the_years(tokens: &[Token], j: usize) -> bool {
    let is = |k: usize, words: &[&str]| tokens[k].is_any(words);
    j >= 2
        && is(j, &["years", "decades"])
        && (is(j - 1, &["recent", "past", "previous"]) && is(j - 2, &["in", "over", "during"])
            || is(j - 1, &["the"]) && is(j - 2, &["over"]))
}

/// How [`Found::over`] names years gone by: "deaths (over the years)".
pub const OVER_THE_YEARS: &str = "over the years";
/// How [`Found::over`] names the year so far: "deaths (this year)".
pub const THIS_YEAR: &str = "this year";
/// How [`Found::over`] names an earlier event this one is measured
/// against: "deaths (earlier)".
pub const EARLIER: &str = "earlier";

/// Whether the figure at `start` tells of an earlier event that a
/// superlative just before "since" measures this one against: "the
/// deadliest school shooting since the massacre at Sandy Hook, when a
/// gunman shot dead 26 people, including 20 children". The earlier event
/// is named without a verb, and its figures told in a "when" or "where"
/// clause after a comma. Not "the deadliest attack since the war began,
/// killing 50", nor "the worst day since the outbreak began was Monday,
/// when 45 died", whose "since" has a verb of its own.
fn since_earlier(tokens: &[Token], start: usize) -> bool {
    let sentence = tokens[start].sentence;
    let Some(since) = (0..start)
        .rev()
        .take_while(|&j| tokens[j].sentence == sentence)
        .find(|&j| tokens[j].is_any(&["since"]))
    else {
        return false;
    };
    let measured = (since.saturating_sub(SUPERLATIVE_REACH)..since)
        .any(|j| tokens[j].sentence == sentence && tokens[j].is_any(SUPERLATIVES));
    // The comma that opens the clause of the earlier event's figures.
    let Some(opens) = (since + 1..start).find(|&j| {
        tokens[j].is_any(&[","])
            && tokens
                .get(j + 1)
                .is_some_and(|t| t.is_any(&["when", "where"]))
    }) else {
        return false;
    };
    let verbless = !tokens[since + 1..opens].iter().any(|t| {
        let word = t.lower();
        t.is_any(&[
            "was", "were", "is", "are", "has", "have", "had", "began", "begun", "came",
        ]) || word.len() > 3 && word.ends_with("ed")
    });
    // Within that clause, only a list may follow a comma: "26 people,
    // including 20 children".
    let one_clause = (opens + 1..start).all(|j| {
        !tokens[j].ends_clause()
            || tokens[j].is_any(&["."])
            || tokens[j].is_any(&[","])
                && tokens
                    .get(j + 1)
                    .is_some_and(|n| n.is_any(&["including", "among"]))
    });
    measured && verbless && one_clause
}

/// How many tokens before "since" its superlative may stand: "the
/// deadliest shooting at a U.S. grade school since".
const SUPERLATIVE_REACH: usize = 10;

/// Words that measure an event against those before it: "the deadliest
/// since".
const SUPERLATIVES: &[&str] = &["deadliest", "worst", "bloodiest", "largest", "biggest"];

/// Whether the year at `j` is the one so far: "this year", "since the
/// start of the year" (a year-to-date total, told in the perfect: "nearly
/// 2,000 migrants have lost their lives at sea this year"); not "earlier
/// this year", when something else happened.
fn year_so_far(tokens: &[Token], j: usize) -> bool {
    let is = |k: usize, words: &[&str]| tokens[k].is_any(words);
    j >= 1
        && is(j, &["year"])
        && (is(j - 1, &["this"]) && !(j >= 2 && is(j - 2, &["earlier", "later"]))
            || j >= 3
                && is(j - 1, &["the"])
                && is(j - 2, &["of"])
                && is(j - 3, &["start", "beginning"]))
}

/// Whether the figure starting at `start` stands in a clause about
/// "years of" something, opened after it by "that" or "which": "years of
/// deadly fighting that has killed thousands"; not "killed on Sunday
/// after years of tension", where the years come after the figure.
fn of_years_gone_by(tokens: &[Token], from: usize, start: usize) -> bool {
    (from..start).any(|j| {
        tokens[j].is_any(&["years", "decades"])
            && tokens.get(j + 1).is_some_and(|t| t.is_any(&["of"]))
            && (j + 2..start).any(|k| tokens[k].is_any(&["that", "which"]))
            && !tokens[j + 2..start].iter().any(Token::ends_clause)
    })
}

/// Whether a modal verb of its clause makes the figure whose qualifier
/// starts at `first` and number ends at `end` a forecast: "could be more
/// than 200", "is expected to reach 50", "10,000 homes could be
/// flooded"; not "could see 20 bodies", an ability, nor the month "May".
/// "300 may have died" is an estimate of what happened, a count.
fn forecast(tokens: &[Token], first: usize, end: usize) -> bool {
    let modal = |k: usize| {
        matches!(tokens[k].text, "could" | "may" | "might" | "would")
            && tokens.get(k + 1).is_some_and(|t| t.is_any(FORECAST_VERBS))
            || tokens[k].is_any(&["expected", "likely", "forecast", "projected"])
                && tokens.get(k + 1).is_some_and(|t| t.is_any(&["to"]))
    };
    let before = (first.saturating_sub(FORECAST_REACH)..first)
        .rev()
        .take_while(|&k| !tokens[k].ends_clause());
    let after =
        (end..tokens.len().min(end + FORECAST_REACH)).take_while(|&k| !tokens[k].ends_clause());
    before.chain(after).any(modal)
}

/// Verbs after a modal that make a figure a forecast.
const FORECAST_VERBS: &[&str] = &[
    "be", "rise", "reach", "climb", "exceed", "top", "increase", "grow", "hit", "surpass",
];

/// How many tokens either side of a figure a modal may make it a
/// forecast.
const FORECAST_REACH: usize = 4;

/// Whether the words at `at`, after a count's last word, say where those
/// counted were: a verb or two ("was found", "were dead") may come first,
/// then "in", "inside", "on", "at", "near" or "outside" and, a few words
/// on, a noun that is neither the event ("in the fire") nor a time ("on
/// Monday").
fn placed(tokens: &[Token], at: usize) -> bool {
    if moved(tokens, at) {
        return true;
    }
    let skip = tokens[at.min(tokens.len())..]
        .iter()
        .take(3)
        .take_while(|t| t.is_any(AUXILIARIES) || t.is_any(&["found", "dead", "killed", "died"]))
        .count();
    let at = at + skip;
    if !tokens.get(at).is_some_and(|t| t.is_any(PLACE_PREPOSITIONS)) {
        return false;
    }
    let words = tokens[at + 1..]
        .iter()
        .take(4)
        .take_while(|t| !t.ends_clause())
        .count();
    let phrase = &tokens[at + 1..at + 1 + words];
    // "in the building", a named part of a land ("in Qiaojia county",
    // "three at Carroll County") or a place named after "in" ("one man
    // died in Alabama").
    let district = phrase.first().is_some_and(|t| t.is_capitalised())
        && (phrase.iter().any(|t| t.is_any(DISTRICTS)) || tokens[at].is_any(&["in"]));
    names_a_place(phrase, district)
}

/// Whether the words after a word of [`PLACE_PREPOSITIONS`] name a place:
/// a noun after an article or a possessive ("the road", "their homes"),
/// or a name when `named` says one counts; never a time ("on Monday",
/// "in 2019") nor the event itself ("in the fire").
fn names_a_place(phrase: &[Token], named: bool) -> bool {
    !phrase.iter().any(|t| {
        names_a_time(t) || t.starts_with_digit() || t.ends_clause() || t.is_any(EVENT_NOUNS)
    }) && (named
        || phrase
            .iter()
            .any(|t| t.is_any(&["the", "a", "an", "their", "his", "her"])))
}

/// Whether the sentence opening at `opening` says where those the figure
/// at `start` counts were before it does: "In Petrinja, one girl was
/// killed", "At the station, 12 died"; not a time ("In March, five
/// died", "On Monday, 12 more").
fn placed_before(tokens: &[Token], opening: usize, start: usize) -> bool {
    if !tokens[opening].is_any(PLACE_PREPOSITIONS) {
        return false;
    }
    let Some(comma) = (opening + 1..start).find(|&k| tokens[k].text == ",") else {
        return false;
    };
    let phrase = &tokens[opening + 1..comma];
    let qualified = tokens[comma + 1..start].iter().all(|t| kind::qualifies(t));
    qualified
        && (1..=PLACE_WORDS).contains(&phrase.len())
        && names_a_place(phrase, phrase.iter().any(Token::is_capitalised))
}

/// How many words a place before a figure may take ("In the town of
/// Glina").
const PLACE_WORDS: usize = 5;

/// Whether the words at `at`, after a count's last word, say those
/// counted were carried somewhere: "(Nineteen bodies) were taken to the
/// Institute", "(five bodies) have been brought down the mountain",
/// "(six bodies) were still to be evacuated". Beside a larger toll, such
/// a figure is the part of the dead that one move concerns.
fn moved(tokens: &[Token], at: usize) -> bool {
    let mut words = tokens[at.min(tokens.len())..]
        .iter()
        .take(6)
        .skip_while(|t| {
            t.is_any(AUXILIARIES) || t.is_any(&["had", "have", "has", "still", "yet", "to"])
        });
    words
        .next()
        .is_some_and(|t| t.is_any(CARRYING) || t.is_any(&["moved", "shifted", "evacuated"]))
        && words.next().is_none_or(|t| {
            t.ends_clause() || t.is_any(&["to", "down", "out", "from", "off", "into"])
        })
}

/// Words for a part of a land after its name: "Qiaojia county".
const DISTRICTS: &[&str] = &[
    "county",
    "district",
    "province",
    "prefecture",
    "region",
    "township",
    "village",
    "municipality",
];

/// Words of time beside days and months: they make "in the ..." a time,
/// not a place, and a sentence that holds one is of its own time.
const TIMES: &[&str] = &[
    "morning",
    "afternoon",
    "evening",
    "night",
    "overnight",
    "time",
    "days",
    "weeks",
    "hours",
    "minutes",
    "past",
    "end",
    "wake",
    "aftermath",
    "meantime",
    "today",
    "yesterday",
    "tonight",
    "now",
    "week",
    "weekend",
];

/// How many tokens after a figure may say whom it includes.
const INCLUSION_REACH: usize = 12;

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
    let phrase = text[tokens[first].start()..tokens[last].end()].trim();
    (phrase.split_whitespace().count() >= 2).then(|| phrase.to_string())
}

/// What a figure is counted per, from the words right after what it
/// counts: "660 people per turnstile", "4,000 people an hour", "20 times a
/// day". A rate is a quantity of its own: 4,000 an hour is no rival for a
/// crowd of 4,000.
fn rate(tokens: &[Token], at: usize) -> Option<String> {
    let (first, per) = (tokens.get(at)?, tokens.get(at + 1)?);
    let rate = first.is_any(&["per"]) && per.is_word() && !per.starts_with_digit()
        || first.is_any(&["a", "an", "each"]) && per.is_any(RATE_SPANS);
    (rate && first.sentence == per.sentence).then(|| kind::noun_key(per.text))
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// The figures of `text`, without the numbers that are none.
    pub(in super::super) fn find(text: &str) -> Vec<Found> {
        read(text).into_iter().filter_map(Result::ok).collect()
    }

    /// Each figure of `text` as (its words, value, qualifier, quantity).
    pub(in super::super) fn figures(text: &str) -> Vec<(String, f64, Qualifier, String)> {
        find(text)
            .into_iter()
            .map(|f| (text[f.range].to_string(), f.value, f.qualifier, f.quantity))
            .collect()
    }

    /// Asserts the values `text`'s figures give and the quantities they
    /// count, in order.
    pub(in super::super) fn assert_counts(text: &str, expected: &[(f64, &str)]) {
        let all = figures(text);
        let got: Vec<_> = all.iter().map(|f| (f.1, f.3.as_str())).collect();
        assert_eq!(got, expected, "{text}");
    }

    /// The one figure of `text`.
    pub(in super::super) fn one(text: &str) -> (String, f64, Qualifier, String) {
        let all = figures(text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        all.into_iter().next().unwrap()
    }

    #[test]
    fn a_toll_that_counts_the_attacker_says_so() {
        let included = |text: &str| {
            let found = find(text);
            assert_eq!(found.len(), 1, "{text}: {} figures", found.len());
            (found[0].quantity.clone(), found[0].attacker_included)
        };
        let deaths = |yes: bool| ("deaths".to_string(), yes);
        assert_eq!(
            included("Three people, including the shooter, were killed."),
            deaths(true)
        );
        assert_eq!(
            included("49 victims were killed plus suspect."),
            deaths(true)
        );
        assert_eq!(
            included("Three people were killed, not including the gunman."),
            deaths(false)
        );
        assert_eq!(
            included("Five people, including a teacher, were killed."),
            deaths(false)
        );
        // The gunman is among the next figure's people, in words or digits.
        let found = find("Two people were killed and three were injured, including the gunman.");
        let flags: Vec<_> = found
            .iter()
            .map(|f| (f.quantity.as_str(), f.attacker_included))
            .collect();
        assert_eq!(flags, [("deaths", false), ("injured", true)]);
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
        assert_counts(
            "There were no injuries among the 30 passengers of the bus.",
            &[(0.0, "injured")],
        );
        // A zero must name a count.
        assert_eq!(figures("There are no plans to reopen the road."), []);
    }

    #[test]
    fn what_someone_had_or_was_found_can_be_nothing() {
        for text in [
            "Long had no children.",
            "Krol didn’t have any children, a friend said.",
            "No explosives were found in the car.",
            "Police did not find any weapons at the house.",
        ] {
            let (_, value, _, _) = one(text);
            assert_eq!(value, 0.0, "{text}");
        }
        let (_, value, _, _) = one("Police found no weapons in the car.");
        assert_eq!(value, 0.0);
        // Not having or finding what can be counted: no count of anything.
        for text in [
            "We do not expect any arrests to be imminent.",
            "There were no signs of a struggle.",
            "The council has no plans to resign.",
            "No details were made public.",
        ] {
            assert_eq!(figures(text), [], "{text}");
        }
    }

    #[test]
    fn a_zero_counts_only_what_follows_it() {
        // Issue 16: "zero width" took the count of the verb before it.
        assert_counts(
            "At least 12 people were killed and zero width remained.",
            &[(12.0, "deaths")],
        );
        assert_counts(
            "Twelve people were killed and zero were injured.",
            &[(12.0, "deaths"), (0.0, "injured")],
        );
        let (_, value, _, quantity) = one("There were zero deaths.");
        assert_eq!((value, quantity.as_str()), (0.0, "deaths"));
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
        assert_counts(
            "The toll rose from 9 to 14.",
            &[(9.0, "deaths"), (14.0, "deaths")],
        );
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
    fn one_before_the_noun_it_counts_is_a_figure_and_elsewhere_is_not() {
        let (text, value, _, quantity) = one("He pleaded guilty to one count of murder.");
        assert_eq!(
            (text.as_str(), value, quantity.as_str()),
            ("one count", 1.0, "count")
        );
        let (_, value, _, _) = one("Long studied there for one semester.");
        assert_eq!(value, 1.0);
        assert!(figures("One day later the mall reopened.").is_empty());
        assert!(figures("On one hand, the police acted fast.").is_empty());
        assert!(figures("Budiawan, who uses one name, spoke.").is_empty());
        assert!(figures("\"I ran,\" said one passenger, Arti Roy.").is_empty());
        assert!(figures("One witness told reporters the roof fell.").is_empty());
        let (_, value, _, quantity) = one("One passenger was confirmed dead.");
        assert_eq!((value, quantity.as_str()), (1.0, "deaths"));
        // Reported speech about one is still a count of one.
        let (_, value, _, _) = one("Police said one suspect remained at large.");
        assert_eq!(value, 1.0);
        assert!(figures("One told reporters the club was full.").is_empty());
        assert!(figures("One of the victims was named.").is_empty());
        // Unless a toll's state is said of the one picked out.
        for text in [
            "One of the victims was killed.",
            "Ten people were shot, one of them fatally.",
        ] {
            let all = figures(text);
            let last = all.last().unwrap_or_else(|| panic!("{text}: no figure"));
            assert_eq!((last.1, last.3.as_str()), (1.0, "deaths (part)"), "{text}");
        }
        assert!(figures("One of the slain officers was named.").is_empty());
    }

    #[test]
    fn the_hurt_with_one_dead_among_them_are_casualties() {
        let quantities =
            |text: &str| -> Vec<String> { find(text).into_iter().map(|f| f.quantity).collect() };
        assert_eq!(
            quantities("Four people were wounded, one fatally."),
            ["casualties", "deaths"]
        );
        assert_eq!(
            quantities("Police said 10 people were wounded. One of the victims was killed."),
            ["casualties", "deaths (part)"]
        );
        // The living hurt, and a part of the dead told before.
        assert_eq!(
            quantities("Three people were injured, one critically."),
            ["injured", "critical"]
        );
        assert_eq!(
            quantities("Nine were wounded. At least six of the murdered patrons were black."),
            ["injured", "deaths (part)"]
        );
    }

    #[test]
    fn counts_of_a_charge_are_named_by_the_charge() {
        let unit = |text: &str| {
            let found = find(text);
            assert_eq!(found.len(), 1, "{text}");
            found[0].unit.clone()
        };
        assert_eq!(
            unit("Clay faces one count of possessing a stolen firearm."),
            "count of firearm"
        );
        assert_eq!(
            unit("He was charged with 17 counts of attempted first-degree murder in the attack."),
            "count of murder"
        );
        // Cut short, the charge may be any: no charge is named.
        assert_eq!(
            unit("Offray faces 17 counts of attempted first-degree"),
            "counts"
        );
    }

    #[test]
    fn people_lost_are_deaths_and_things_lost_are_not() {
        let (_, value, _, quantity) = one("\"I lost three children last night,\" Shelton said.");
        assert_eq!((value, quantity.as_str()), (3.0, "deaths"));
        let (_, _, _, quantity) = one("The department lost two officers in the ambush.");
        assert_eq!(quantity, "deaths");
        for text in [
            "The plant lost 300 jobs last year.",
            "The company lost 300 workers to the strike.",
            "The party lost three seats.",
            "The team lost one game.",
        ] {
            let (_, _, _, quantity) = one(text);
            assert_ne!(quantity, "deaths", "{text}");
        }
        assert!(
            figures("The Dow lost 200 on Friday.")
                .iter()
                .all(|f| f.3 != "deaths")
        );
    }

    #[test]
    fn sentence_years_are_kept_for_scope() {
        let found = find("The 2015 attacks killed 130 people.");
        assert_eq!(found[0].years, [2015]);
        // A sentence pointing back at the one before is dated as it is.
        let found = find(
            "It mirrors a shooting on Bourbon Street in June 2014. In that incident, \
             nine others were injured.",
        );
        assert_eq!(found[0].years, [2014]);
        // Or by its month, where "in that tragedy" ends the sentence.
        let found = find(
            "In April, a boat with 800 migrants overturned. In that tragedy, \
             only 28 survivors were found.",
        );
        let survivors = found.iter().find(|f| f.value == 28.0).unwrap();
        assert_eq!(survivors.months, [(4, None)]);
        // A sentence that names no earlier event is of its own time.
        let found = find("In April, a boat overturned. Only 28 survivors were found.");
        assert!(found.iter().all(|f| f.months.is_empty()));
        // After a month's name, a year dates the figure even where a
        // verb follows it.
        let found =
            find("A jet crashed at Jakarta in October 2018 killing all 189 people onboard.");
        assert_eq!(
            (found.len(), found[0].value, found[0].years.as_slice()),
            (1, 189.0, &[2018][..])
        );
        // A time set off by a comma dates its sentence past an aside's
        // figures; one named later in the sentence is its own.
        for (text, year) in [
            (
                "In March 2019, an explosion in Yancheng, 260km (161 miles) from \
                 Shanghai, killed 78 people.",
                2019,
            ),
            (
                "According to state media, in 1970, a 7.7-magnitude earthquake \
                 killed at least 15,000 people.",
                1970,
            ),
        ] {
            assert_eq!(find(text).last().unwrap().years, [year], "{text}");
        }
        let found = find("Sendra, a family business founded in 1994, runs 38 coaches.");
        assert!(found[0].years.is_empty(), "{found:?}");
        let found = find(
            "In 1970, a quake killed 15,000 people, and a magnitude-7.1 quake \
             killed more than 1,400 in 1974.",
        );
        let years: Vec<(f64, &[i32])> = found.iter().map(|f| (f.value, &f.years[..])).collect();
        assert_eq!(
            years,
            [
                (15_000.0, &[1970][..]),
                (7.1, &[][..]),
                (1400.0, &[1974][..])
            ]
        );
        // A paragraph that opens on a past time tells of it throughout,
        // but for a sentence that names a time of its own.
        let found = find(
            "In 2014, Turkey saw its worst mining disaster. In the town of Soma, \
             an explosion left 787 miners trapped below ground.",
        );
        assert_eq!(found.last().unwrap().years, [2014], "{found:?}");
        for text in [
            "In 2014, a fire killed 3 people; 12 were killed in this one on Sunday.",
            "It mirrors a shooting in 2014. Nine others were injured on Sunday.",
            "In 2014, ten people died. That number rose to 12 this week.",
        ] {
            let found = find(text);
            assert!(found.last().unwrap().years.is_empty(), "{text}");
        }
    }

    #[test]
    fn a_forecast_is_no_count() {
        let forecast = |text: &str| find(text).last().expect(text).forecast;
        for text in [
            "Officials said the final death toll could be more than 200.",
            "The toll is expected to reach 50.",
            "Up to 10,000 homes could be flooded.",
        ] {
            assert!(forecast(text), "{text}");
        }
        for text in [
            "He could see 20 bodies in the water.",
            "As many as 300 people may have died.",
            "Twelve people died on Friday.",
        ] {
            assert!(!forecast(text), "{text}");
        }
    }

    #[test]
    fn a_toll_years_before_the_event_says_how_many() {
        let back = |text: &str| find(text).last().map(|f| (f.value, f.months_back));
        assert_eq!(
            back(
                "It took place almost three years to the day after 12 people \
                 were killed at a cinema in Aurora."
            ),
            Some((12.0, Some(36)))
        );
        assert_eq!(
            back("It came a year after a gunman killed nine people."),
            Some((9.0, Some(12)))
        );
        assert_eq!(
            back("It came three months after a gunman killed 17 people."),
            Some((17.0, Some(3)))
        );
        assert_eq!(
            back("It came three months after a gunman in Parkland, Fla., killed 17 students."),
            Some((17.0, Some(3)))
        );
        // A span "ago" after the figure puts it back as well.
        assert_eq!(
            back("A flood killed 30 people in the valley two years ago."),
            Some((30.0, Some(24)))
        );
        assert_eq!(
            back(
                "It was the deadliest since a gunman killed 20 children at Sandy \
                 Hook Elementary in Newtown, Conn., almost a decade ago."
            ),
            Some((20.0, Some(120)))
        );
        assert_eq!(
            find(
                "The shooting at Robb Elementary School in Uvalde was the deadliest shooting at a U.S. grade school since a gunman killed 20 children and six adults at Sandy Hook Elementary in Newtown, Conn., almost a decade ago."
            ).iter().map(|f| f.months_back).collect::<Vec<_>>(),
            [Some(120), Some(120)]
        );
        // A superlative's "since" tells of the earlier event it names.
        let over = |text: &str| find(text).iter().map(|f| f.over).collect::<Vec<_>>();
        assert_eq!(
            over(
                "It was the deadliest school shooting since the massacre at Sandy Hook \
                 Elementary School in Connecticut, when a gunman shot dead 26 people, \
                 including 20 children."
            ),
            [Some(EARLIER), Some(EARLIER)]
        );
        assert_eq!(
            over("It was the worst attack since the war began, killing 50 people."),
            [None]
        );
        assert_eq!(over("Since the storm hit, 12 people have died."), [None]);
        for text in [
            "It was the deadliest attack since the war began, including 20 children among the dead.",
            "The highest daily toll since records began came on Monday when 45 people died.",
            "The worst day since the outbreak began was Monday, when 45 people died.",
            "It was the first time since March that 12 people were killed in one day.",
        ] {
            assert!(find(text).iter().all(|f| f.over.is_none()), "{text}");
        }
        // Nor when its "ago" is another clause's.
        for text in [
            "Rescuers freed 12 people, and the bridge had been inspected two years ago.",
            "The fire killed 12 people in a hotel that opened 20 years ago.",
            "Officials say 40 people have died since the outbreak began two months ago.",
        ] {
            assert_eq!(find(text)[0].months_back, None, "{text}");
        }
        // Days after may be the event's own aftermath; a named year wins.
        for text in [
            "Two days after five people were killed, the town gathered.",
            "Three years after 12 people were killed in 2012, it happened again.",
            "Five people were killed on Sunday.",
        ] {
            assert_eq!(find(text).last().unwrap().months_back, None, "{text}");
        }
    }

    #[test]
    fn the_harm_said_of_one_picked_out_counts_it() {
        assert_counts(
            "Four people were shot. One of them died.",
            &[(4.0, "people shot"), (1.0, "deaths (part)")],
        );
        assert_counts(
            "Three remain hospitalized, one of them in critical condition.",
            &[(3.0, "hospitalised"), (1.0, "critical")],
        );
        // The second of a pair told one at a time counts nothing either.
        assert_eq!(
            figures(
                "One of them had got shot in the neck and the other one had got shot in the leg."
            ),
            []
        );
        // "One of the wounded" picks one out of a toll and counts nothing.
        assert_eq!(figures("One of the wounded spoke to reporters."), []);
        assert_eq!(
            figures("One of those injured is a ten-year-old said to be in critical condition."),
            []
        );
    }
}
