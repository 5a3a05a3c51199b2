//! Reading a number where it stands: digits ("1,200", "2.4", "2.4bn"),
//! words ("sixty", "two hundred and five", "two dozen"), vague plurals
//! ("dozens", "tens of thousands"), money ("$2.4 million", "€1.9bn") and
//! percentages ("12%", "40 per cent").
//!
//! A number that is not a count (an ordinal, a decade, an age, a clock
//! time) is read too, and says so, so that the words around it are not
//! mistaken for another figure's.

use std::ops::Range;

use super::kind;
use super::reject::Rejection;
use super::tokens::Token;
use super::words::{CELSIUS, DIMENSIONS, FAHRENHEIT, HAVING, PARENTS};

/// A number found at some token.
#[derive(Clone, Debug, PartialEq)]
pub struct Number {
    pub value: f64,
    /// The top of a range written in one token ("40-60").
    pub high: Option<f64>,
    /// The tokens it was read from, currency and percent signs included.
    pub tokens: Range<usize>,
    /// A vague plural ("dozens", "thousands"): a floor, not a figure.
    pub vague: bool,
    /// The scale word or suffix the figure was multiplied by ("million",
    /// "bn"), else 1.
    pub scale: f64,
    pub unit: Option<Unit>,
    /// Why it is not a count, when its own tokens say ("21st",
    /// "34-year-old").
    pub rejection: Option<Rejection>,
}

/// What a number measures when its own tokens say so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unit {
    /// An ISO 4217 code.
    Currency(&'static str),
    Percent,
    /// Letters fused to the digits ("40mg", "1.2TB").
    Measure(String),
}

const UNITS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: &[&str] = &[
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    // Indian English: "Rs 10 lakh" is a million rupees.
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
];
/// Plural number words that give a floor: "dozens" is at least 24.
const VAGUE: &[(&str, f64)] = &[
    ("dozens", 24.0),
    ("scores", 40.0),
    ("hundreds", 200.0),
    ("thousands", 2e3),
    ("millions", 2e6),
    ("billions", 2e9),
];
/// Scale suffixes fused to digits ("2.4m", "1.9bn", "5k").
const SUFFIX_SCALES: &[(&str, f64)] = &[
    ("k", 1e3),
    ("m", 1e6),
    ("mn", 1e6),
    ("mln", 1e6),
    ("bn", 1e9),
    ("b", 1e9),
    ("tn", 1e12),
];
const CURRENCY_SIGNS: &[(&str, &str)] = &[
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₽", "RUB"),
    ("₩", "KRW"),
    ("₺", "TRY"),
    ("₦", "NGN"),
    ("Rs", "INR"),
    // Written before the figure as a sign is, apart or glued: "Rp 500
    // million", "Tk 2 lakh", "RM1.2 billion", "KSh 50,000", "Ksh50,000".
    ("Rp", "IDR"),
    ("Tk", "BDT"),
    ("RM", "MYR"),
    ("KSh", "KES"),
    ("Ksh", "KES"),
];
const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("pounds", "GBP"),
    ("sterling", "GBP"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("rupees", "INR"),
    ("roubles", "RUB"),
    ("rubles", "RUB"),
    ("francs", "CHF"),
    ("kronor", "SEK"),
    ("krona", "SEK"),
    ("kroner", "NOK"),
    ("usd", "USD"),
    ("eur", "EUR"),
    ("gbp", "GBP"),
    ("chf", "CHF"),
    ("jpy", "JPY"),
    ("cny", "CNY"),
];

/// Reads the number that begins at token `i`, if one does.
pub fn read(tokens: &[Token], i: usize) -> Option<Number> {
    let token = tokens.get(i)?;
    if let Some(code) = currency_sign(token.text) {
        // One sign, then a number: a run of signs is no amount, and reading
        // it sign by sign would recurse as deep as the run is long.
        // "Rs. 2 lakh": a sign cut short keeps its point.
        let at = i + 1 + usize::from(tokens.get(i + 1).is_some_and(|t| t.text == "."));
        if tokens
            .get(at)
            .is_none_or(|t| currency_sign(t.text).is_some())
        {
            return None;
        }
        let mut number = priced(read(tokens, at)?, code)?;
        number.tokens.start = i;
        return Some(number);
    }
    if let Some((code, rest)) = glued_sign(token.text) {
        // "Rp500 million", "RM1.2 billion": a sign in letters glued to its
        // figure, as Indonesian and Malaysian outlets write it.
        let mut number = digits(rest, i)?;
        if number.rejection.is_none() && number.unit.is_none() {
            trailing(tokens, &mut number);
        }
        return priced(number, code);
    }
    if let Some(zero) = nothing(tokens, i) {
        return Some(zero);
    }
    let mut number = if token.starts_with_digit() {
        let mut number = digits(token.text, i)?;
        if let Some(scale) = glued_temperature(tokens, i) {
            number.unit = Some(Unit::Measure(scale.to_string()));
        }
        number
    } else if let Some(number) = fraction(tokens, i)
        .or_else(|| multiple(tokens, i))
        .or_else(|| parent_of(tokens, i))
    {
        number
    } else if may_start_words(token.text) {
        words(tokens, i)?
    } else {
        return None;
    };
    let glued_m = token.starts_with_digit() && token.text.ends_with('m') && number.scale > 1.0;
    if glued_m && !after_currency(tokens, i) && metres(tokens, i, number.tokens.end) {
        number.value /= number.scale;
        number.scale = 1.0;
        number.unit = Some(Unit::Measure("m".to_string()));
    }
    if number.rejection.is_none() {
        trailing(tokens, &mut number);
    }
    // "999…9" beyond what a float holds is no figure anyone reports.
    (number.value.is_finite() && number.high.is_none_or(f64::is_finite)).then_some(number)
}

/// Whether `word` (lower case) is a number word or a multiplier: what
/// makes a figure what it is, wherever it stands.
pub fn is_number_word(word: &str) -> bool {
    is_cardinal_word(word) || SHARES.contains(&word)
}

/// Whether a token is a number, in digits or as a counting word ("12",
/// "twelve", "dozens"): where another figure stands.
pub fn is_count_token(token: &Token) -> bool {
    token.starts_with_digit() || is_cardinal_word(&token.lower())
}

/// Whether `word` (lower case) counts on its own ("two", "dozen",
/// "thousands"), where a share or multiple ("third", "half", "double")
/// as often names a thing: "the third floor", "a double bed".
pub fn is_cardinal_word(word: &str) -> bool {
    UNITS.contains(&word)
        || TENS.contains(&word) && !word.is_empty()
        || VAGUE.iter().any(|(w, _)| *w == word)
        || SCALES.iter().any(|(w, _)| *w == word)
        || ["hundred", "dozen"].contains(&word)
}

/// Words of a share or a multiple: numbers when they change.
const SHARES: &[&str] = &["half", "quarter", "third", "double", "twice", "triple"];

/// Whether a word can begin a number in words: a cheap test that spares
/// most words the full reading.
fn may_start_words(text: &str) -> bool {
    let first = super::tokens::lower(text.split(['-', '‑']).next().unwrap_or(text));
    UNITS.contains(&first.as_ref())
        || TENS.contains(&first.as_ref())
        || VAGUE.iter().any(|(w, _)| *w == first)
        || matches!(
            first.as_ref(),
            "a" | "an" | "half" | "several" | "many" | "tens"
        )
}

/// `number` as an amount of the currency `code`: none when it is no count
/// or already measures something ("$ 12%").
fn priced(number: Number, code: &'static str) -> Option<Number> {
    (number.rejection.is_none() && number.unit.is_none()).then_some(Number {
        unit: Some(Unit::Currency(code)),
        ..number
    })
}

/// A sign in letters from [`CURRENCY_SIGNS`] glued to digits, with the
/// digits: `("IDR", "500")` for "Rp500".
fn glued_sign(text: &str) -> Option<(&'static str, &str)> {
    CURRENCY_SIGNS
        .iter()
        .filter(|(sign, _)| sign.starts_with(|c: char| c.is_ascii_alphabetic()))
        .find_map(|&(sign, code)| {
            let rest = text.strip_prefix(sign)?;
            rest.starts_with(|c: char| c.is_ascii_digit())
                .then_some((code, rest))
        })
}

fn currency_sign(text: &str) -> Option<&'static str> {
    CURRENCY_SIGNS
        .iter()
        .find(|(sign, _)| *sign == text)
        .map(|&(_, code)| code)
}

fn lookup(table: &[(&str, f64)], word: &str) -> Option<f64> {
    table
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, v)| v)
}

/// A token that begins with a digit: "1,200", "2.4bn", "40-60", "3rd".
fn digits(text: &str, i: usize) -> Option<Number> {
    // A token holds a space only between groups of thousands ("8 000"):
    // the tokeniser joins no other.
    let separator = |c: char| c == ',' || c.is_whitespace();
    let numeric_end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || separator(c)))
        .unwrap_or(text.len());
    let (numeral, rest) = text.split_at(numeric_end);
    let numeral = numeral.trim_end_matches(['.', ',']);
    let value: f64 = numeral.replace(separator, "").parse().ok()?;
    let mut number = exact(value, i..i + 1);
    // "1UCTsEP", "3bX9": letters of both cases after the digits are a
    // code, where a unit is one case ("40mg", "100MW").
    let letters = || rest.chars().filter(char::is_ascii_alphabetic);
    if letters().any(|c| c.is_ascii_uppercase())
        && letters().skip(1).any(|c| c.is_ascii_lowercase())
    {
        number.rejection = Some(Rejection::PhoneOrCode);
        return Some(number);
    }
    let rest = super::tokens::lower(rest);
    let rest = rest.as_ref();
    if rest.is_empty() {
        return Some(number);
    }
    if let Some(scale) = lookup(SUFFIX_SCALES, rest) {
        number.value *= scale;
        number.scale = scale;
    } else if let Some(unit) = sized(rest) {
        // "a 308m-long dam", "a 40-metre-high wave": a length.
        number.unit = Some(Unit::Measure(unit.to_string()));
    } else if let Some(scale) = rest
        .strip_prefix(['-', '‑'])
        .and_then(|scale| lookup(SCALES, scale))
    {
        // "Rs 4-lakh compensation".
        number.value *= scale;
        number.scale = scale;
    } else if let Some(high) = rest
        .strip_prefix(['-', '‑'])
        .filter(|h| h.chars().all(|c| c.is_ascii_digit() || c == ','))
    {
        let high: f64 = high.replace(',', "").parse().ok()?;
        // "40-60" is a range; "0800-123" is a phone number.
        if high > value && !numeral.starts_with('0') {
            number.high = Some(high);
        } else {
            number.rejection = Some(Rejection::PhoneOrCode);
        }
    } else if ["st", "nd", "rd", "th"].contains(&rest) {
        number.rejection = Some(Rejection::Ordinal);
    } else if rest == "s" || rest == "'s" {
        number.rejection = Some(Rejection::Decade);
    } else if rest.contains("year-old") || rest.contains("years-old") || rest.contains("month-old")
    {
        number.rejection = Some(Rejection::Age);
    } else if [
        "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "h", "hrs", "gmt", "utc",
    ]
    .contains(&rest)
    {
        number.rejection = Some(Rejection::ClockTime);
    } else if rest.contains(|c: char| c.is_ascii_digit()) {
        // "2024-03-24", "A320-200": dates and codes.
        number.rejection = Some(Rejection::PhoneOrCode);
    } else if rest == "-and-a-half" {
        // "2-and-a-half years".
        number.value += 0.5;
    } else if rest == "-odd" || rest == "-plus" {
        // "60-odd", "60-plus": read by the qualifier, which sees the token.
    } else if let Some(measure) = rest.strip_prefix(['-', '‑']) {
        // "a 300-strong crowd", "a 12-hour siege": the count of what follows.
        number.unit = (measure != "strong").then(|| Unit::Measure(measure.to_string()));
    } else if rest.chars().all(|c| c.is_alphabetic() || c == '²') {
        number.unit = Some(Unit::Measure(rest.to_string()));
    } else {
        number.rejection = Some(Rejection::PhoneOrCode);
    }
    Some(number)
}

/// The unit of length in a figure's glued ending that says what it
/// measures ("m-long", "-metre-high", "km-wide"), read as the unit alone.
fn sized(rest: &str) -> Option<&str> {
    let (unit, adjective) = rest
        .trim_start_matches(['-', '‑'])
        .rsplit_once(['-', '‑'])?;
    let length = kind::measure(unit).is_some_and(|(measure, _)| measure == "length");
    (length && DIMENSIONS.contains(&adjective)).then_some(unit)
}

/// Words of place after a glued "m" that make it metres, beside the
/// adjectives of size ([`DIMENSIONS`]): "a wave 10m high", "100m away",
/// "some 50m offshore". Anything else, "of" and "from" too ("8m of them",
/// "rose to 2.5m from 1.1m"), leaves the millions British outlets mean.
const AFTER_METRES: &[&str] = &[
    "away",
    "above",
    "below",
    "beneath",
    "underground",
    "offshore",
    "inland",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "downstream",
    "upstream",
];

/// Nouns of a length that name what a glued "m" after them measures.
const LENGTHS_NAMED: &[&str] = &[
    "depth",
    "height",
    "altitude",
    "elevation",
    "length",
    "width",
    "distance",
    "radius",
    "diameter",
];

/// Whether the glued "m" of the figure at token `at`, ending before
/// token `end`, means metres: a word of size or place follows ("10m
/// high", "100m away"), a word of length comes just before ("a depth of
/// 900m"), or "a" makes a whole number an adjective ("a 20m wave", where
/// "a 1.5m rise" is millions).
fn metres(tokens: &[Token], at: usize, end: usize) -> bool {
    let whole = !tokens[at].text.contains('.');
    let adjective = whole
        && at
            .checked_sub(1)
            .is_some_and(|k| tokens[k].is_any(&["a", "an"]));
    let of_length = (at.saturating_sub(3)..at).any(|k| tokens[k].is_any(LENGTHS_NAMED));
    adjective
        || of_length
        || tokens
            .get(end)
            .is_some_and(|next| next.is_any(DIMENSIONS) || next.is_any(AFTER_METRES))
}

/// Whether a currency sign stands just before token `i` ("$", "Rs."),
/// making a glued "m" millions of it.
fn after_currency(tokens: &[Token], i: usize) -> bool {
    let sign = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| currency_sign(t.text).is_some())
    };
    i.checked_sub(1).is_some_and(sign)
        || i.checked_sub(2)
            .is_some_and(|k| sign(k) && tokens[k + 1].text == ".")
}

/// Number words from token `i`: "sixty", "two hundred and five", "a dozen",
/// "two dozen", "dozens", "tens of thousands", "half a million".
fn words(tokens: &[Token], i: usize) -> Option<Number> {
    let lower = |j: usize| tokens.get(j).map(Token::lower).unwrap_or_default();
    let first = lower(i);
    let floor = lookup(VAGUE, &first).map(|f| (f, i + 1)).or_else(|| {
        // "several hundred", "many thousands".
        let next = lower(i + 1);
        let plural = if next.ends_with('s') {
            next
        } else {
            format!("{next}s").into()
        };
        matches!(first.as_ref(), "several" | "many")
            .then(|| lookup(VAGUE, &plural))
            .flatten()
            .map(|f| (f, i + 2))
    });
    if let Some((floor, mut end)) = floor {
        let mut value = floor;
        // "hundreds of thousands", "dozens of millions".
        if let Some(scale) = (lower(end) == "of")
            .then(|| lookup(VAGUE, &lower(end + 1)))
            .flatten()
            .filter(|&s| s >= 1e3)
        {
            value = floor * scale / 2.0;
            end += 2;
        }
        return Some(vague(value, i..end));
    }
    // "a five-year contract", "a ten-day deadline", "a six-year-old".
    if words_value(&first).is_none() {
        let parts: Vec<&str> = first.split(['-', '‑']).collect();
        if let Some(k) = (1..parts.len())
            .rev()
            .find(|&k| words_value(&parts[..k].join("-")).is_some())
        {
            let value = words_value(&parts[..k].join("-"))?;
            let rest = parts[k..].join("-");
            let mut number = exact(value, i..i + 1);
            if rest.contains("old") {
                number.rejection = Some(Rejection::Age);
            } else if let Some(high) = words_value(&rest).filter(|&high| high > value) {
                number.high = Some(high);
            } else if rest == "and-a-half" {
                number.value += 0.5;
            } else if rest != "strong" {
                number.unit = Some(Unit::Measure(rest));
            }
            return Some(number);
        }
    }
    if first == "tens" && lower(i + 1) == "of" {
        let scale = lookup(VAGUE, &lower(i + 2))?;
        return (scale >= 1e3).then(|| vague(scale * 10.0, i..i + 3));
    }
    let mut j = i;
    let mut total = 0.0;
    let mut current = 0.0;
    let mut any = false;
    let mut last_scale = 1.0;
    // "half-dozen", "half dozen", "a half-dozen", "a half dozen".
    let article = usize::from(matches!(first.as_ref(), "a" | "an"));
    let half = i + article;
    if lower(half) == "half-dozen" {
        return Some(exact(6.0, i..half + 1));
    }
    if lower(half) == "half" && lower(half + 1) == "dozen" {
        return Some(exact(6.0, i..half + 2));
    }
    // "half an hour", "half a mile"; "a mile and a half", "an hour and a
    // half": the unit stands inside the number, and is its noun.
    let halvable = |j: usize| kind::is_halvable(&lower(j));
    if first == "half" && matches!(lower(i + 1).as_ref(), "a" | "an") && halvable(i + 2) {
        return Some(exact(0.5, i..i + 2));
    }
    // "every half hour", "a half mile".
    if lower(half) == "half" && halvable(half + 1) {
        return Some(exact(0.5, i..half + 1));
    }
    if article == 1 && halvable(i + 1) && and_a_half(tokens, i + 2) {
        return Some(exact(1.5, i..i + 1));
    }
    if first == "half" && matches!(lower(i + 1).as_ref(), "a" | "an") {
        let scale = lookup(SCALES, &lower(i + 2))
            .or((lower(i + 2) == "dozen").then_some(12.0))
            .or((lower(i + 2) == "hundred").then_some(100.0))?;
        return Some(exact(scale / 2.0, i..i + 3));
    }
    if matches!(first.as_ref(), "a" | "an") {
        let next = lower(i + 1);
        if next == "handful" && lower(i + 2) == "of" {
            return Some(exact(3.0, i..i + 2));
        }
        // "a pair of gunmen", not "a pair of jeans" (one pair). Not "a
        // couple of": mostly an idiom of time ("a couple of years").
        let people = |word: &str| kind::is_people(word) || kind::side(word).is_some();
        if next == "pair" && lower(i + 2) == "of" && people(&lower(i + 3)) {
            return Some(exact(2.0, i..i + 2));
        }
        // "a single gunman": how many attacked, said as a count ("a lone
        // gunman" says how he acted; "a single person" is anyone).
        if next == "single" && kind::side(&lower(i + 2)) == Some(kind::ATTACKERS) {
            return Some(exact(1.0, i..i + 2));
        }
        if next == "dozen" || next == "hundred" || lookup(SCALES, &next).is_some() {
            current = 1.0;
            j += 1;
            any = true;
        } else {
            return None;
        }
    }
    loop {
        let word = lower(j);
        let mut consumed = false;
        if let Some(step) = words_value(&word) {
            // A word adds to the one before only as "twenty one" or "two
            // hundred five" do: "one two three" is three numbers, not six.
            let rest = current % 100.0;
            if rest != 0.0 && !(rest >= 20.0 && rest % 10.0 == 0.0 && step < 10.0) {
                break;
            }
            current += step;
            consumed = true;
        } else if word == "hundred" && any {
            current = current.max(1.0) * 100.0;
            consumed = true;
        } else if word == "dozen" && any {
            current = current.max(1.0) * 12.0;
            consumed = true;
        } else if let Some(scale) = lookup(SCALES, &word).filter(|_| any) {
            total += current.max(1.0) * scale;
            current = 0.0;
            last_scale = scale;
            consumed = true;
        } else if word == "and"
            && any
            && (current >= 100.0 || total > 0.0)
            && words_value(&lower(j + 1)).is_some()
        {
            consumed = true;
        }
        if !consumed {
            break;
        }
        any = true;
        j += 1;
    }
    any.then(|| Number {
        scale: if current == 0.0 { last_scale } else { 1.0 },
        ..exact(total + current, i..j)
    })
}

/// Denominators a share is written with: "a third", "two fifths".
const FRACTIONS: &[(&str, f64)] = &[
    ("half", 2.0),
    ("third", 3.0),
    ("quarter", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
];

/// Spans of years a share may be taken of: "a quarter of a century".
const SPANS_IN_YEARS: &[(&str, f64)] = &[("century", 100.0), ("decade", 10.0)];

/// A share of something: "a fifth of sales", "two thirds of the homes",
/// "half the staff", "one in nine bridges". It is read only where "of" or
/// a determiner follows, because "a third victim" is an ordinal. The value
/// is the fraction (0.2), in the unit "share".
fn fraction(tokens: &[Token], i: usize) -> Option<Number> {
    let lower = |j: usize| tokens.get(j).map(Token::lower).unwrap_or_default();
    let share = |value: f64, end: usize| Number {
        unit: Some(Unit::Measure("share".into())),
        ..exact(value, i..end)
    };
    let first = lower(i);
    // "a quarter of a century", "half a decade", "a quarter century": a
    // span of years, said as a share of a longer one.
    let share_at = i + usize::from(matches!(first.as_ref(), "a" | "an"));
    if let Some(denominator) = lookup(FRACTIONS, &lower(share_at)) {
        let mut j = share_at + 1;
        j += usize::from(lower(j) == "of");
        j += usize::from(matches!(lower(j).as_ref(), "a" | "an"));
        if let Some(years) = lookup(SPANS_IN_YEARS, &lower(j)) {
            return Some(Number {
                unit: Some(Unit::Measure("years".into())),
                ..exact(years / denominator, i..j + 1)
            });
        }
    }
    let of_follows = |j: usize| {
        matches!(
            lower(j).as_ref(),
            "of" | "the" | "my" | "his" | "her" | "their" | "its" | "our" | "your" | "all"
        )
    };
    if first == "half" {
        return of_follows(i + 1).then(|| share(0.5, i + 1));
    }
    // "three-quarters of the victims", "one-third of the homes".
    if let Some((numerator, denominator)) = first.split_once(['-', '‑']) {
        let numerator = words_value(numerator).filter(|&n| n >= 1.0)?;
        let singular = if numerator > 1.0 {
            denominator.strip_suffix('s')?
        } else {
            denominator
        };
        let denominator = lookup(FRACTIONS, singular)?;
        return (numerator < denominator && of_follows(i + 1))
            .then(|| share(numerator / denominator, i + 1));
    }
    let numerator = match first.as_ref() {
        "a" | "an" => 1.0,
        word => words_value(word).filter(|&n| n >= 1.0)?,
    };
    if lower(i + 1) == "in" {
        // "one in nine".
        let whole = tokens.get(i + 2)?;
        let denominator = if whole.starts_with_digit() {
            whole.text.replace(',', "").parse::<f64>().ok()?
        } else {
            words_value(&whole.lower())?
        };
        return (numerator == 1.0 && denominator >= 2.0).then(|| share(1.0 / denominator, i + 3));
    }
    let next = lower(i + 1);
    let singular = if numerator > 1.0 {
        next.strip_suffix('s')?
    } else {
        next.as_ref()
    };
    let denominator = lookup(FRACTIONS, singular)?;
    (numerator < denominator && lower(i + 2) == "of").then(|| share(numerator / denominator, i + 2))
}

/// Growth as a multiple: "doubled", "tripled", "a fourfold rise"; how
/// often something happened: "shot twice", "questioned once before",
/// but not "twice as many" or "once he arrived".
fn multiple(tokens: &[Token], i: usize) -> Option<Number> {
    let word = tokens[i].lower();
    let next = tokens.get(i + 1);
    let how_often = i > 0
        && tokens[i - 1].is_word()
        && match word.as_ref() {
            "twice" | "thrice" => next.is_none_or(|t| {
                !t.is_any(&[
                    "as", "the", "that", "a", "an", "its", "their", "his", "her", "what",
                ])
            }),
            "once" => next.is_none_or(|t| t.ends_clause() || t.is_any(&["before"])),
            _ => false,
        };
    let value = match word.as_ref() {
        "once" | "twice" | "thrice" if !how_often => return None,
        "once" => 1.0,
        "twice" => 2.0,
        "thrice" => 3.0,
        "doubled" => 2.0,
        "tripled" | "trebled" => 3.0,
        "quadrupled" => 4.0,
        _ => words_value(word.strip_suffix("fold")?.trim_end_matches(['-', '‑']))?,
    };
    Some(Number {
        unit: Some(Unit::Measure("times".into())),
        ..exact(value, i..i + 1)
    })
}

/// A parent and how many children in one word: "mother-of-three",
/// "father-of-2".
fn parent_of(tokens: &[Token], i: usize) -> Option<Number> {
    // Most words are read here: the test that spares them comes first.
    if !tokens[i].text.contains("-of-") {
        return None;
    }
    let word = tokens[i].lower();
    let (parent, count) = word.split_once("-of-")?;
    if !PARENTS.contains(&parent) {
        return None;
    }
    let value = if count.bytes().all(|b| b.is_ascii_digit()) {
        count.parse().ok()?
    } else {
        words_value(count)?
    };
    Some(Number {
        unit: Some(Unit::Measure("children".into())),
        ..exact(value, i..i + 1)
    })
}

/// The value of one number word made only of units and tens: "six",
/// "forty", "twenty-one". Two units joined ("six-seven") are a range,
/// not their sum, and no one number.
fn words_value(word: &str) -> Option<f64> {
    let unit = |part: &str| UNITS.iter().position(|u| *u == part);
    let tens = |part: &str| {
        TENS.iter()
            .position(|t| !t.is_empty() && *t == part)
            .map(|n| n * 10)
    };
    let mut parts = word.split(['-', '‑']);
    let first = parts.next()?;
    let value = match (parts.next(), parts.next()) {
        (None, _) => unit(first).or_else(|| tens(first))?,
        (Some(second), None) => tens(first)? + unit(second).filter(|u| (1..10).contains(u))?,
        _ => return None,
    };
    Some(value as f64)
}

/// "No one", "nobody", "none", "no injuries": a figure of nothing, which
/// reading the "one" in "no one" would turn into a figure of one. "None of
/// the 30 passengers" is nothing too: the 30 is how many there were, not
/// how many were hurt, so it is read as part of the zero. "No" before a
/// plural, and "any" after a negated having or finding ("didn't have any
/// children"), are zeros only if what follows names a count or things
/// found; the caller checks.
fn nothing(tokens: &[Token], i: usize) -> Option<Number> {
    let at = |j: usize| tokens.get(j).map(Token::lower).unwrap_or_default();
    match at(i).as_ref() {
        "nobody" => Some(exact(0.0, i..i + 1)),
        "no" if at(i + 1) == "one" && at(i + 2) != "of" => Some(exact(0.0, i..i + 2)),
        "none" => {
            let of_the = at(i + 1) == "of"
                && matches!(at(i + 2).as_ref(), "the" | "those" | "its" | "their");
            let whole = of_the.then(|| read(tokens, i + 3)).flatten();
            Some(exact(0.0, i..whole.map_or(i + 1, |n| n.tokens.end)))
        }
        "no" => plural_or_people(&at(i + 1)).then(|| exact(0.0, i..i + 1)),
        // "didn't have any children", "police have not found any
        // explosives": "any" after a negated having or finding, which
        // says how many there are; "do not expect any arrests" says
        // nothing of how many there were.
        "any" => {
            let having = i > 0 && HAVING.contains(&at(i - 1).as_ref());
            let negated = (i.saturating_sub(3)..i).any(|j| {
                let word = at(j);
                matches!(word.as_ref(), "not" | "never")
                    || word.ends_with("n't")
                    || word.ends_with("n’t")
            });
            (having && negated && plural_or_people(&at(i + 1))).then(|| exact(0.0, i..i + 1))
        }
        _ => None,
    }
}

/// Whether `word` may be what a zero counts: a plural ("injuries",
/// "explosives") or a word for people, which covers the plurals without
/// an s ("children", "men") and nouns such as "staff".
fn plural_or_people(word: &str) -> bool {
    (word.len() > 3 && word.ends_with('s') && !word.ends_with("ss")) || kind::is_people(word)
}

fn exact(value: f64, tokens: Range<usize>) -> Number {
    Number {
        value,
        high: None,
        tokens,
        vague: false,
        scale: 1.0,
        unit: None,
        rejection: None,
    }
}

fn vague(value: f64, tokens: Range<usize>) -> Number {
    Number {
        vague: true,
        ..exact(value, tokens)
    }
}

/// Whether "and a half" stands at token `at`: after a figure ("two and
/// a half") or after the unit inside one ("a mile and a half").
pub(super) fn and_a_half(tokens: &[Token], at: usize) -> bool {
    ["and", "a", "half"]
        .iter()
        .enumerate()
        .all(|(k, word)| tokens.get(at + k).is_some_and(|t| t.is_any(&[word])))
}

/// Words after the figure that finish it: a scale ("2.4 million"), a
/// percent sign or words, a currency ("12 euros", "5 million dollars").
fn trailing(tokens: &[Token], number: &mut Number) {
    let at = |j: usize| tokens.get(j).map(Token::lower).unwrap_or_default();
    let mut j = number.tokens.end;
    // "two and a half", "2 and a half million".
    if and_a_half(tokens, j) && !number.vague {
        number.value += 0.5 * number.scale;
        j += 3;
    }
    // "a bay 32 m long", "50 m offshore": an "m" apart from its figure is
    // metres by the words after it, as a glued one is; "a 40 m fund" is
    // millions.
    let start = number.tokens.start;
    let placed = tokens
        .get(j + 1)
        .is_some_and(|next| next.is_any(DIMENSIONS) || next.is_any(AFTER_METRES));
    if at(j) == "m" && number.unit.is_none() && !after_currency(tokens, start) && placed {
        number.unit = Some(Unit::Measure("m".to_string()));
        number.tokens.end = j + 1;
        return;
    }
    // Scales may stack in words: "2 lakh crore" is two trillion.
    for stacked in [false, true] {
        let scale =
            lookup(SCALES, &at(j)).or_else(|| lookup(SUFFIX_SCALES, &at(j)).filter(|_| !stacked));
        let Some(scale) = scale.filter(|_| !number.vague && number.unit.is_none()) else {
            break;
        };
        number.value *= scale;
        number.scale *= scale;
        if let Some(high) = &mut number.high {
            *high *= scale;
        }
        j += 1;
    }
    if let Some((unit, words)) = temperature_scale(&at(j), &at(j + 1)) {
        if number.unit.is_none() {
            number.unit = Some(Unit::Measure(unit.to_string()));
            j += words;
        }
    } else if at(j) == "%" || at(j) == "percent" || at(j) == "pc" {
        number.unit = Some(Unit::Percent);
        j += 1;
    } else if at(j) == "per" && at(j + 1) == "cent" {
        number.unit = Some(Unit::Percent);
        j += 2;
    } else if let Some(&(word, code)) = CURRENCY_WORDS.iter().find(|(w, _)| *w == at(j)) {
        if number.unit.is_none() {
            // "80 million pounds of cuts" is money: a weight is seldom
            // scaled so.
            let scaled = number.scale > 1.0;
            let weight =
                weighed(tokens, j + 1, scaled) || converts_weight(tokens, number.tokens.start);
            number.unit = Some(if word == "pounds" && weight {
                Unit::Measure("lb".to_string())
            } else {
                Unit::Currency(code)
            });
            j += 1;
        }
    }
    number.tokens.end = j;
}

/// Whether the words at `at`, after "pounds", make them a weight: "100
/// pounds (45 kilograms)", "2,000 pounds (about 900kg)", "300 pounds of
/// explosives"; not "millions of pounds of taxpayers' money", nor, when
/// the figure is `scaled` ("40 million pounds of contracts"), any "of".
fn weighed(tokens: &[Token], at: usize, scaled: bool) -> bool {
    let word = |k: usize| tokens.get(at + k).map(Token::lower).unwrap_or_default();
    let converted = word(0) == "(" && {
        let hedged = usize::from(tokens.get(at + 1).is_some_and(kind::qualifies));
        let figure = word(1 + hedged);
        figure.starts_with(|c: char| c.is_ascii_digit())
            && (weighs(&figure) || weighs(&word(2 + hedged)))
    };
    let of_stuff = !scaled
        && word(0) == "of"
        && tokens[at + 1..]
            .iter()
            .take(3)
            .take_while(|t| !t.ends_clause())
            .all(|t| kind::money(&t.lower()).is_none() && !t.is_any(&["money", "sterling"]));
    converted || of_stuff && tokens.get(at + 1).is_some_and(Token::is_word)
}

/// The scale of a temperature written after its figure, in lower case,
/// and how many words say it: "40°C", "104 °F", "40 degrees Celsius",
/// "104 degrees F". Plain "40 degrees" says no scale, and is left to
/// the noun.
pub fn temperature_scale(word: &str, next: &str) -> Option<(&'static str, usize)> {
    let scale = if CELSIUS.contains(&next) {
        "celsius"
    } else if FAHRENHEIT.contains(&next) {
        "fahrenheit"
    } else {
        return None;
    };
    matches!(word, "°" | "degree" | "degrees").then_some((scale, 2))
}

/// The scale of a temperature glued to its figure in capitals ("38C
/// heat", "104F"), where the sentence speaks of heat or temperature: a
/// "38C" elsewhere may be a flat or a seat.
fn glued_temperature(tokens: &[Token], i: usize) -> Option<&'static str> {
    let scale = match tokens[i]
        .text
        .trim_start_matches(|c: char| c.is_ascii_digit() || ",.".contains(c))
    {
        "C" => "celsius",
        "F" => "fahrenheit",
        _ => return None,
    };
    super::tokens::sentence_span(tokens, i)
        .any(|k| tokens[k].is_any(HEAT))
        .then_some(scale)
}

/// Words that make a figure glued to "C" or "F" a temperature.
const HEAT: &[&str] = &[
    "heat",
    "heatwave",
    "temperature",
    "temperatures",
    "degrees",
    "hot",
    "cold",
    "warm",
    "mercury",
    "weather",
    "forecast",
];

/// Whether the figure starting at `start` is the conversion in brackets
/// of a weight before it: "45 kilograms (100 pounds)", "40kg (about 90
/// pounds)".
fn converts_weight(tokens: &[Token], start: usize) -> bool {
    let hedged = usize::from(
        start
            .checked_sub(1)
            .and_then(|k| tokens.get(k))
            .is_some_and(kind::qualifies),
    );
    let Some(bracket) = start.checked_sub(1 + hedged) else {
        return false;
    };
    let Some(unit) = bracket.checked_sub(1).map(|k| tokens[k].lower()) else {
        return false;
    };
    tokens[bracket].text == "(" && weighs(&unit)
}

/// Whether `word` is a unit of weight, or a figure glued to one
/// ("45kg"): what makes pounds beside it a weight too.
fn weighs(word: &str) -> bool {
    let unit = word.trim_start_matches(|c: char| c.is_ascii_digit() || ",.".contains(c));
    kind::measure(unit).is_some_and(|(measure, _)| measure == "weight")
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenise;
    use super::*;
    use proptest::prelude::*;

    fn value(text: &str) -> Option<(f64, bool, Option<Unit>)> {
        let tokens = tokenise(text);
        read(&tokens, 0).map(|n| (n.value, n.vague, n.unit))
    }

    fn plain(text: &str) -> Option<f64> {
        let tokens = tokenise(text);
        read(&tokens, 0)
            .filter(|n| n.rejection.is_none())
            .map(|n| n.value)
    }

    #[test]
    fn a_parent_of_three_counts_three_children() {
        let children = Some(Unit::Measure("children".into()));
        assert_eq!(
            value("Mum-of-three Jodie Marr"),
            Some((3.0, false, children.clone()))
        );
        assert_eq!(value("father-of-2"), Some((2.0, false, children)));
        assert_eq!(value("man-of-the-match"), None);
        assert_eq!(value("mother-of-pearl"), None);
    }

    #[test]
    fn a_unit_inside_the_number_is_halved_or_taken_and_a_half() {
        assert_eq!(value("half an hour"), Some((0.5, false, None)));
        assert_eq!(value("half a mile of road"), Some((0.5, false, None)));
        assert_eq!(value("a mile and a half off"), Some((1.5, false, None)));
        assert_eq!(value("an hour and a half"), Some((1.5, false, None)));
        assert_eq!(value("half hour"), Some((0.5, false, None)));
        assert_eq!(value("a half mile"), Some((0.5, false, None)));
        // No unit: neither.
        assert_eq!(value("half a loaf"), None);
        assert_eq!(plain("a house and a half"), None);
    }

    #[test]
    fn shares_multiples_and_halves() {
        let share = Some(Unit::Measure("share".into()));
        assert_eq!(value("a fifth of sales"), Some((0.2, false, share.clone())));
        assert_eq!(
            value("two thirds of the homes"),
            Some((2.0 / 3.0, false, share.clone()))
        );
        assert_eq!(
            value("one in nine bridges"),
            Some((1.0 / 9.0, false, share.clone()))
        );
        assert_eq!(value("half the staff"), Some((0.5, false, share.clone())));
        assert_eq!(plain("half a million"), Some(500_000.0));
        // A share of a longer span is a span of years.
        let years = Some(Unit::Measure("years".into()));
        assert_eq!(
            value("a quarter of a century"),
            Some((25.0, false, years.clone()))
        );
        assert_eq!(value("half a decade"), Some((5.0, false, years.clone())));
        assert_eq!(value("a quarter century"), Some((25.0, false, years)));
        // An ordinal, not a share.
        assert_eq!(plain("a third victim"), None);
        let times = Some(Unit::Measure("times".into()));
        assert_eq!(value("doubled"), Some((2.0, false, times.clone())));
        assert_eq!(value("fourfold"), Some((4.0, false, times)));
        assert_eq!(plain("two and a half hours"), Some(2.5));
        assert_eq!(plain("2 and a half million"), Some(2_500_000.0));
        assert_eq!(plain("2-and-a-half years"), Some(2.5));
        assert_eq!(
            value("three-quarters of the victims"),
            Some((0.75, false, share.clone()))
        );
        assert_eq!(
            value("one-third of the homes"),
            Some((1.0 / 3.0, false, share))
        );
        assert_eq!(plain("a pair of gunmen"), Some(2.0));
        assert_eq!(plain("a pair of jeans"), None);
        assert_eq!(plain("a couple of years"), None);
        assert_eq!(plain("twenty-five people"), Some(25.0));
        assert_eq!(plain("two-and-a-half years"), Some(2.5));
        for six in ["half-dozen", "half dozen", "a half-dozen", "a half dozen"] {
            assert_eq!(plain(six), Some(6.0), "{six}");
        }
    }

    #[test]
    fn digits_with_separators_decimals_and_scales() {
        assert_eq!(plain("1,200 people"), Some(1200.0));
        assert_eq!(plain("2.4 million"), Some(2_400_000.0));
        assert_eq!(plain("1.9bn"), Some(1_900_000_000.0));
        assert_eq!(plain("5k runners"), Some(5000.0));
        assert_eq!(plain("137."), Some(137.0));
        assert_eq!(plain("some 8 000 flight hours"), None);
        assert_eq!(plain("8 000 flight hours"), Some(8000.0));
        assert_eq!(plain("1\u{a0}250\u{202f}000 people"), Some(1_250_000.0));
    }

    #[test]
    fn counting_aloud_is_several_numbers_not_their_sum() {
        let tokens = tokenise("one two three people");
        let first = read(&tokens, 0).unwrap();
        assert_eq!((first.value, first.tokens.clone()), (1.0, 0..1));
        for (text, value) in [
            ("twenty one people", 21.0),
            ("one hundred twenty three people", 123.0),
            ("two thousand and five people", 2005.0),
        ] {
            let tokens = tokenise(text);
            assert_eq!(read(&tokens, 0).unwrap().value, value, "{text}");
        }
    }

    #[test]
    fn number_words() {
        assert_eq!(plain("sixty"), Some(60.0));
        assert_eq!(plain("twenty-five"), Some(25.0));
        assert_eq!(plain("two hundred and five"), Some(205.0));
        assert_eq!(plain("a dozen"), Some(12.0));
        assert_eq!(plain("two dozen"), Some(24.0));
        assert_eq!(plain("a hundred"), Some(100.0));
        assert_eq!(plain("three thousand four hundred"), Some(3400.0));
        assert_eq!(plain("half a million"), Some(500_000.0));
        assert_eq!(plain("a handful of"), Some(3.0));
        assert_eq!(plain("a day"), None);
        assert_eq!(plain("and"), None);
    }

    #[test]
    fn vague_plurals_are_floors() {
        assert_eq!(value("dozens of"), Some((24.0, true, None)));
        assert_eq!(value("hundreds"), Some((200.0, true, None)));
        assert_eq!(value("tens of thousands"), Some((20_000.0, true, None)));
        assert_eq!(
            value("hundreds of thousands"),
            Some((200_000.0, true, None))
        );
        assert_eq!(value("several hundred"), Some((200.0, true, None)));
    }

    #[test]
    fn money_and_percentages() {
        let usd = Some(Unit::Currency("USD"));
        assert_eq!(
            value("$2.4 million"),
            Some((2_400_000.0, false, usd.clone()))
        );
        assert_eq!(
            value("€1.9bn"),
            Some((1_900_000_000.0, false, Some(Unit::Currency("EUR"))))
        );
        assert_eq!(value("5 million dollars"), Some((5e6, false, usd)));
        assert_eq!(value("12%"), Some((12.0, false, Some(Unit::Percent))));
        assert_eq!(
            value("40 per cent"),
            Some((40.0, false, Some(Unit::Percent)))
        );
        // Indian English counts in lakhs (100,000) and crores (10
        // million), after a rupee sign or "Rs".
        let inr = Some(Unit::Currency("INR"));
        assert_eq!(value("Rs 10 lakh"), Some((1e6, false, inr.clone())));
        assert_eq!(value("Rs. 2.5 lakh"), Some((250_000.0, false, inr.clone())));
        assert_eq!(value("₹3 crore"), Some((3e7, false, inr.clone())));
        assert_eq!(plain("2.5 lakh"), Some(250_000.0));
        assert_eq!(plain("2 lakh crore"), Some(2e12));
        assert_eq!(value("Rs 4-lakh compensation"), Some((4e5, false, inr)));
        assert_eq!(
            value("Rp 500 million"),
            Some((5e8, false, Some(Unit::Currency("IDR"))))
        );
        assert_eq!(
            value("Rp500 million"),
            Some((5e8, false, Some(Unit::Currency("IDR"))))
        );
        assert_eq!(
            value("RM1.2 billion"),
            Some((1.2e9, false, Some(Unit::Currency("MYR"))))
        );
        assert_eq!(
            value("Ksh50,000"),
            Some((5e4, false, Some(Unit::Currency("KES"))))
        );
        // Letters and digits that are no sign glued to a figure.
        assert_eq!(value("RMS1"), None);
    }

    #[test]
    fn a_glued_m_is_metres_before_a_word_of_place_or_size() {
        let metres = |v: f64| Some((v, false, Some(Unit::Measure("m".into()))));
        assert_eq!(value("100m away"), metres(100.0));
        assert_eq!(value("10m high"), metres(10.0));
        // Apart from its figure, too: "a bay 32 m long".
        assert_eq!(value("32 m long"), metres(32.0));
        assert_eq!(value("32 m away"), metres(32.0));
        assert_eq!(plain("40 m fund"), Some(40e6));
        assert_eq!(
            read(&tokenise("a depth of 900m."), 3).map(|n| n.value),
            Some(900.0)
        );
        assert_eq!(
            read(&tokenise("a 20m wave"), 1).map(|n| n.value),
            Some(20.0)
        );
        assert_eq!(value("308m-long dam"), metres(308.0));
        assert_eq!(
            value("40-metre-high wave"),
            Some((40.0, false, Some(Unit::Measure("metre".into()))))
        );
        // Millions before a noun, after a currency, at the end, before
        // "of" or "from", and "a" before a decimal.
        assert_eq!(value("2.4m people"), Some((2.4e6, false, None)));
        assert_eq!(value("6m."), Some((6e6, false, None)));
        assert_eq!(value("8m of them"), Some((8e6, false, None)));
        assert_eq!(value("2.5m from 1.1m"), Some((2.5e6, false, None)));
        assert_eq!(
            read(&tokenise("a 1.5m rise"), 1).map(|n| n.value),
            Some(1.5e6)
        );
        let gbp = Some(Unit::Currency("GBP"));
        assert_eq!(value("£100m of debt"), Some((1e8, false, gbp)));
        assert_eq!(
            value("8km²"),
            Some((8.0, false, Some(Unit::Measure("km²".into()))))
        );
    }

    #[test]
    fn a_temperature_says_its_scale() {
        let unit = |text: &str| {
            let tokens = tokenise(text);
            let at = tokens.iter().position(Token::starts_with_digit).unwrap();
            read(&tokens, at).and_then(|n| n.unit)
        };
        let measure = |m: &str| Some(Unit::Measure(m.into()));
        assert_eq!(unit("It reached 40°C on Monday."), measure("celsius"));
        assert_eq!(unit("It was 104 °F in the valley."), measure("fahrenheit"));
        assert_eq!(unit("It was 40 degrees Celsius."), measure("celsius"));
        assert_eq!(unit("It was 104 degrees F."), measure("fahrenheit"));
        assert_eq!(unit("The town sweltered in 38C heat."), measure("celsius"));
        // Glued capitals far from heat name a flat or a seat, and plain
        // degrees or a lone sign say no scale.
        assert_eq!(
            unit("She lived in flat 38C on the fourth floor."),
            measure("c")
        );
        assert_eq!(unit("The ship listed 30 degrees to port."), None);
        assert_eq!(unit("It turned 90° to the left."), None);
    }

    #[test]
    fn pounds_are_money_unless_their_words_weigh_them() {
        let gbp = Some(Unit::Currency("GBP"));
        let lb = Some(Unit::Measure("lb".into()));
        assert_eq!(
            value("100 pounds (45 kilograms) of explosives"),
            Some((100.0, false, lb.clone()))
        );
        assert_eq!(value("300 pounds of cocaine"), Some((300.0, false, lb)));
        assert_eq!(
            value("20 pounds a ticket"),
            Some((20.0, false, gbp.clone()))
        );
        assert_eq!(
            value("5 million pounds of taxpayers' money"),
            Some((5e6, false, gbp.clone()))
        );
        assert_eq!(
            value("40 pounds (about 50 dollars)"),
            Some((40.0, false, gbp.clone()))
        );
        let lb = Some(Unit::Measure("lb".into()));
        assert_eq!(
            value("2,000 pounds (about 900kg)"),
            Some((2000.0, false, lb))
        );
        assert_eq!(
            value("40 million pounds of contracts"),
            Some((4e7, false, gbp.clone()))
        );
        // A conversion in brackets after a weight weighs, after money not.
        let unit_at = |text: &str, word: &str| {
            let tokens = tokenise(text);
            let at = tokens.iter().position(|t| t.text == word).unwrap();
            read(&tokens, at).and_then(|n| n.unit)
        };
        let lb = Some(Unit::Measure("lb".into()));
        assert_eq!(unit_at("45 kilograms (100 pounds)", "100"), lb);
        assert_eq!(unit_at("some 40kg (about 90 pounds)", "90"), lb);
        assert_eq!(unit_at("50 dollars (40 pounds)", "40"), gbp);
    }

    #[test]
    fn numbers_that_are_not_counts_say_so() {
        let why = |text: &str| read(&tokenise(text), 0).and_then(|n| n.rejection);
        assert_eq!(why("21st"), Some(Rejection::Ordinal));
        assert_eq!(why("1990s"), Some(Rejection::Decade));
        assert_eq!(why("34-year-old"), Some(Rejection::Age));
        assert_eq!(why("9pm"), Some(Rejection::ClockTime));
        assert_eq!(why("0800-123"), Some(Rejection::PhoneOrCode));
        assert_eq!(why("40-60"), None);
        assert_eq!(why("six-year-old"), Some(Rejection::Age));
        let contract = read(&tokenise("five-year"), 0).unwrap();
        assert_eq!(
            (contract.value, contract.unit),
            (5.0, Some(Unit::Measure("year".into())))
        );
        assert_eq!(read(&tokenise("40-60"), 0).unwrap().high, Some(60.0));
        // Two number words joined are a range, where tens and a unit
        // are one number.
        let six_seven = read(&tokenise("six-seven months"), 0).unwrap();
        assert_eq!((six_seven.value, six_seven.high), (6.0, Some(7.0)));
        assert_eq!(read(&tokenise("twenty-one"), 0).unwrap().value, 21.0);
        assert_eq!(read(&tokenise("sixty-six"), 0).unwrap().value, 66.0);
    }

    /// Writes `n` in words the way a newspaper would.
    fn in_words(n: u64) -> String {
        fn below_thousand(n: u64) -> String {
            let mut parts = Vec::new();
            if n >= 100 {
                parts.push(format!("{} hundred", UNITS[(n / 100) as usize]));
            }
            let rest = n % 100;
            if rest > 0 {
                if n >= 100 {
                    parts.push("and".to_string());
                }
                parts.push(if rest < 20 {
                    UNITS[rest as usize].to_string()
                } else if rest % 10 == 0 {
                    TENS[(rest / 10) as usize].to_string()
                } else {
                    format!(
                        "{}-{}",
                        TENS[(rest / 10) as usize],
                        UNITS[(rest % 10) as usize]
                    )
                });
            }
            parts.join(" ")
        }
        if n == 0 {
            return "zero".to_string();
        }
        let mut parts = Vec::new();
        let mut rest = n;
        for (name, scale) in [
            ("billion", 1_000_000_000),
            ("million", 1_000_000),
            ("thousand", 1000),
        ] {
            if rest >= scale {
                parts.push(format!("{} {name}", below_thousand(rest / scale)));
                rest %= scale;
            }
        }
        if rest > 0 {
            parts.push(below_thousand(rest));
        }
        parts.join(" ")
    }

    proptest! {
        #[test]
        fn words_round_trip(n in 0u64..1_000_000_000_000) {
            let text = in_words(n);
            prop_assert_eq!(plain(&text), Some(n as f64), "{}", text);
        }

        #[test]
        fn digits_round_trip(n in 0u64..1_000_000_000_000, grouped: bool) {
            let plain_digits = n.to_string();
            let text = if grouped {
                let mut out = String::new();
                for (k, c) in plain_digits.chars().enumerate() {
                    if k > 0 && (plain_digits.len() - k) % 3 == 0 {
                        out.push(',');
                    }
                    out.push(c);
                }
                out
            } else {
                plain_digits
            };
            prop_assert_eq!(plain(&format!("{text} people")), Some(n as f64), "{}", text);
        }

        #[test]
        fn decimals_round_trip(whole in 0u32..10_000, tenths in 0u32..10) {
            let text = format!("{whole}.{tenths} million");
            let expected = (f64::from(whole) + f64::from(tenths) / 10.0) * 1e6;
            let got = plain(&text).unwrap();
            prop_assert!((got - expected).abs() < 1e-3, "{} read as {}", text, got);
        }

        #[test]
        fn runs_of_signs_and_endless_digits_read_without_harm(n in 1usize..20_000) {
            let signs = format!("{} 5 people", "$".repeat(n));
            let tokens = tokenise(&signs);
            for i in 0..tokens.len() {
                let _ = read(&tokens, i);
            }
            let digits = format!("{} people", "9".repeat(n.min(2000)));
            prop_assert!(read(&tokenise(&digits), 0).is_none_or(|v| v.value.is_finite()));
        }

        #[test]
        fn any_text_reads_without_panic(text in "\\PC{0,40}") {
            let tokens = tokenise(&text);
            for i in 0..tokens.len() {
                let _ = read(&tokens, i);
            }
        }
    }
}
