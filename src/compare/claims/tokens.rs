//! Tokens and sentences for reading figures and names.
//!
//! The aligner's words drop punctuation; claims need it, because a comma
//! ends the clause a figure belongs to and a full stop ends its sentence.
//! So this tokeniser keeps every mark as a token, keeps numbers whole
//! ("1,200", "2.4", "34-year-old", "2.4bn") and keeps dotted abbreviations
//! ("U.S.", "p.m.") as one word.

use std::borrow::Cow;
use std::ops::Range;

use crate::compare::text::{is_month, is_month_cut_short};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    /// Where the token starts in its paragraph: 32 bits and no end kept
    /// (the text has it), as a paragraph of millions of tokens holds them
    /// all at once. Paragraphs are far below 4 GiB (`MAX_FILE_BYTES`).
    start: u32,
    /// Index of the sentence the token belongs to, from 0 per paragraph.
    pub sentence: u32,
}

impl<'a> Token<'a> {
    /// Where the token starts in its paragraph's text.
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Where the token ends in its paragraph's text.
    pub fn end(&self) -> usize {
        self.start() + self.text.len()
    }

    /// Letters or digits: a word or a number, not a mark.
    pub fn is_word(&self) -> bool {
        self.text.starts_with(char::is_alphanumeric)
    }

    pub fn starts_with_digit(&self) -> bool {
        self.text.starts_with(|c: char| c.is_ascii_digit())
    }

    pub fn is_capitalised(&self) -> bool {
        self.text.starts_with(char::is_uppercase)
    }

    /// See [`is_acronym`].
    pub fn is_acronym(&self) -> bool {
        is_acronym(self.text)
    }

    /// The token in lower case, copied only when it has a capital: most
    /// words have none, and figures are read at every token.
    pub fn lower(&self) -> Cow<'a, str> {
        lower(self.text)
    }

    /// Whether the token is one of `words`, ignoring case.
    pub fn is_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| self.text.eq_ignore_ascii_case(w))
    }

    /// A mark that ends a clause: what a figure says stops here.
    pub fn ends_clause(&self) -> bool {
        matches!(
            self.text,
            "," | ";" | ":" | "." | "!" | "?" | "(" | ")" | "—" | "–" | "\"" | "“" | "”"
        )
    }
}

/// `text` in lower case, borrowed when it already is.
pub fn lower(text: &str) -> Cow<'_, str> {
    let capital = if text.is_ascii() {
        text.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        text.chars().any(char::is_uppercase)
    };
    if capital {
        Cow::Owned(text.to_lowercase())
    } else {
        Cow::Borrowed(text)
    }
}

/// All capitals, two or more letters ("ISIS", "IS-K", "U.S.", "G20"): an
/// acronym rather than a capitalised word.
pub fn is_acronym(text: &str) -> bool {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && text
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, '-' | '.' | '&') || c.is_ascii_digit())
}

/// Abbreviations whose full stop does not end a sentence (and months cut
/// short: [`is_month_cut_short`]).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
    "cpl", "det", "ofc", "pvt", "maj", "supt", "insp", "no", "jr", "sr", "inc", "ltd", "co",
    "corp", "vs", "approx", "est", "mt", "ft", "rev", "fr", "rs",
];

/// The most tokens a sentence holds. Reading a figure looks across its
/// sentence, so text with no full stops (a scraped table, a list run
/// together) would make every figure read the whole paragraph; real
/// sentences stay far below this.
const MAX_SENTENCE_TOKENS: usize = 250;

/// Cuts a paragraph into tokens, numbering sentences as it goes.
pub fn tokenise(text: &str) -> Vec<Token<'_>> {
    // About one token in five bytes of news text: a paragraph's tokens
    // are allocated once, not doubled from empty. A huge text grows as it
    // goes, as one long blob of a word would leave the guess unused.
    let mut tokens = Vec::with_capacity((text.len() / 5).min(1 << 16));
    let (mut sentence, mut sentence_start) = (0, 0);
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut end = start + c.len_utf8();
        if c.is_alphanumeric() {
            while let Some(&(i, next)) = chars.peek() {
                let joins = next.is_alphanumeric() || joins_word(text, start, i, next);
                if !joins {
                    break;
                }
                chars.next();
                end = i + next.len_utf8();
            }
        }
        let token = Token {
            text: &text[start..end],
            start: u32::try_from(start).expect("a paragraph under 4 GiB"),
            sentence,
        };
        let ends_sentence = matches!(token.text, "." | "!" | "?")
            && !tokens.last().is_some_and(|t: &Token| {
                let word = t.lower();
                ABBREVIATIONS.contains(&word.as_ref()) || is_month_cut_short(&word)
            })
            && text[end..]
                .trim_start_matches(|c: char| c.is_whitespace() || "\"'”’)".contains(c))
                .chars()
                .next()
                // "Parkland, Fla., killed": no sentence goes on with a
                // comma.
                .is_none_or(|c| !c.is_lowercase() && !",;:".contains(c))
            || closes_label(text, start, end);
        tokens.push(token);
        if ends_sentence || tokens.len() - sentence_start >= MAX_SENTENCE_TOKENS {
            sentence += 1;
            sentence_start = tokens.len();
        }
    }
    tokens
}

/// Whether the mark at `start..end` closes a bold or italic label that
/// a capital follows: "**6:30 a.m.** Good morning", "*Update:* The
/// council". A live page's time stamp is no part of the sentence after
/// it, whose first word is capitalised for opening it, not for a name.
fn closes_label(text: &str, start: usize, end: usize) -> bool {
    let emphasis = |c: char| matches!(c, '*' | '_');
    let (run, after) = (&text[start..end], &text[end..]);
    let closed = text[..start]
        .trim_end_matches(emphasis)
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_whitespace());
    // A label ends as a time or a heading does: "6:30 a.m.", "Update:".
    let label = text[..start]
        .trim_end_matches(emphasis)
        .ends_with(|c: char| c.is_ascii_digit() || matches!(c, '.' | ':'));
    run.chars().all(emphasis)
        && closed
        && label
        && after.starts_with(char::is_whitespace)
        && after.trim_start().starts_with(char::is_uppercase)
}

/// Whether the mark `c` at byte `i` continues the word that began at
/// `start`: a comma or point between digits, a hyphen or apostrophe between
/// letters or digits, a point in a dotted abbreviation ("U.S.", "a.m.").
fn joins_word(text: &str, start: usize, i: usize, c: char) -> bool {
    let before = text[..i].chars().next_back();
    let after = text[i + c.len_utf8()..].chars().next();
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    match c {
        ',' | '.' if digit(before) && digit(after) => true,
        c if THOUSANDS_SPACES.contains(&c) => groups_thousands(text, start, i, c),
        // "magnitude-6.1" is a word and a figure: a number is read only
        // where a token starts with it.
        '-' if text[start..i].eq_ignore_ascii_case("magnitude") => !digit(after),
        // "CONAKRY-Eight people have been killed": a dateline glued to the
        // story's first word, as some pages lose the dash's spaces.
        '-' if start == 0 && is_dateline(&text[..i], &text[i + 1..]) => false,
        '-' | '\'' | '’' | '‑' => alnum(before) && alnum(after),
        '.' => {
            // "U.S." and "a.m.": single letters between points.
            let word = &text[start..i];
            let last_segment = word.rsplit('.').next().unwrap_or(word);
            last_segment.chars().count() == 1
                && before.is_some_and(char::is_alphabetic)
                && (word.contains('.') || after.is_some_and(char::is_alphabetic))
        }
        _ => false,
    }
}

/// Spaces that may part groups of thousands: plain, no-break, narrow
/// no-break and thin.
const THOUSANDS_SPACES: [char; 4] = [' ', '\u{a0}', '\u{202f}', '\u{2009}'];

/// Whether the space `c` at byte `i` parts groups of thousands in the
/// number that began at `start`, as much of Europe and Africa writes them
/// ("500 000 m²", "some 8 000 flight hours", "stood at 8 000."): one to
/// three digits before the first space, three after each, then neither a
/// fourth digit, a decimal ("12 100.5") nor a hyphen ("3 500-bed
/// hospitals" are three). After a month's name ("March 3 200 people",
/// "Nov. 3 200") the first digits are a day.
fn groups_thousands(text: &str, start: usize, i: usize, c: char) -> bool {
    let all_digits = |group: &str| group.bytes().all(|b| b.is_ascii_digit());
    let mut groups = text[start..i].split(THOUSANDS_SPACES);
    let first = groups.next().unwrap_or_default();
    let after = &text.as_bytes()[i + c.len_utf8()..];
    let ends = || match after.get(3) {
        None => true,
        Some(b',' | b'.') => !after.get(4).is_some_and(u8::is_ascii_digit),
        Some(&b) => !b.is_ascii_digit() && b != b'-',
    };
    let day = || {
        text[..start]
            .trim_end()
            .trim_end_matches('.')
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|word| {
                let word = word.to_lowercase();
                is_month(&word) || is_month_cut_short(&word)
            })
    };
    // Asked after every word a space follows: the cheap tests go first,
    // and most words fail them.
    (1..=3).contains(&first.len())
        && all_digits(first)
        && groups.all(|g| g.len() == 3 && all_digits(g))
        && after.len() >= 3
        && after[..3].iter().all(u8::is_ascii_digit)
        && ends()
        && !day()
}

/// The comma that pairs with the comma `at` around a place set off in
/// one sentence (", Fla.,", ", Conakry,"): up to three capitalised words
/// or points, read after `at` when `forward`, before it otherwise.
/// `None` when no place is set off there.
pub fn place_set_off(tokens: &[Token], at: usize, forward: bool) -> Option<usize> {
    if !tokens[at].is_any(&[","]) {
        return None;
    }
    let mut others = (1..5).map_while(|k| {
        if forward {
            at.checked_add(k)
        } else {
            at.checked_sub(k)
        }
    });
    let other = others.find(|&k| tokens.get(k).is_some_and(|t| t.is_any(&[","])))?;
    let inner = at.min(other) + 1..at.max(other);
    let place = tokens[inner.clone()]
        .iter()
        .all(|t| (t.is_capitalised() || t.is_any(&["."])) && t.sentence == tokens[at].sentence);
    (!inner.is_empty() && place).then_some(other)
}

/// Whether `word`, before a hyphen at the start of a paragraph, is a
/// place in capitals ("CONAKRY"), and `rest` begins a capitalised word
/// ("Eight"). A paragraph opening on an acronym's compound ("NATO-Backed
/// forces") is cut too, which costs nothing a figure needs.
fn is_dateline(word: &str, rest: &str) -> bool {
    let mut rest = rest.chars();
    word.chars().count() >= 3
        && word.chars().all(char::is_uppercase)
        && rest.next().is_some_and(char::is_uppercase)
        && rest.next().is_some_and(char::is_lowercase)
}

/// The tokens of the sentence token `at` stands in; sentences are runs of
/// tokens, so this reads only the sentence itself.
pub fn sentence_span(tokens: &[Token], at: usize) -> Range<usize> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokenise(text).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn numbers_stay_whole_and_marks_are_tokens() {
        assert_eq!(
            texts("About 1,200 people, a 34-year-old, paid $2.4m (12%)."),
            [
                "About",
                "1,200",
                "people",
                ",",
                "a",
                "34-year-old",
                ",",
                "paid",
                "$",
                "2.4m",
                "(",
                "12",
                "%",
                ")",
                "."
            ]
        );
    }

    #[test]
    fn a_space_between_groups_of_thousands_keeps_the_number_whole() {
        assert_eq!(texts("nearly 500 000 m²"), ["nearly", "500 000", "m²"]);
        assert_eq!(texts("1 250 000 people"), ["1 250 000", "people"]);
        assert_eq!(texts("8\u{a0}000km"), ["8\u{a0}000km"]);
        // Not a year, a day after its month, a fourth digit or a decimal.
        assert_eq!(texts("in 2019 100 died"), ["in", "2019", "100", "died"]);
        assert_eq!(texts("March 3 200 died"), ["March", "3", "200", "died"]);
        assert_eq!(texts("12 1000 runners"), ["12", "1000", "runners"]);
        assert_eq!(texts("12 100.5 km"), ["12", "100.5", "km"]);
        assert_eq!(texts("3 500-bed"), ["3", "500-bed"]);
        assert_eq!(texts("Nov. 3 200 died"), ["Nov", ".", "3", "200", "died"]);
        assert_eq!(texts("at 8 000."), ["at", "8 000", "."]);
    }

    #[test]
    fn a_dateline_glued_to_the_story_is_cut_off() {
        assert_eq!(
            texts("CONAKRY-Eight died"),
            ["CONAKRY", "-", "Eight", "died"]
        );
        assert_eq!(texts("IS-K and Covid-19"), ["IS-K", "and", "Covid-19"]);
        assert_eq!(
            texts("The NATO-Russia talks"),
            ["The", "NATO-Russia", "talks"]
        );
    }

    #[test]
    fn a_place_set_off_by_commas_pairs_its_commas_both_ways() {
        let tokens = tokenise("He was killed in Parkland, Fla., on Monday.");
        let open = tokens.iter().position(|t| t.text == ",").unwrap();
        let close = place_set_off(&tokens, open, true).unwrap();
        assert_eq!(tokens[close - 1].text, ".");
        assert_eq!(place_set_off(&tokens, close, false), Some(open));
        // Not across a full stop, nor around words in lower case.
        let tokens = tokenise("It was in Hathras, India. Then, it rose.");
        let last = tokens.iter().rposition(|t| t.text == ",").unwrap();
        assert_eq!(place_set_off(&tokens, last, false), None);
        let tokens = tokenise("Five died, officials said, on Monday.");
        assert_eq!(place_set_off(&tokens, 2, true), None);
    }

    #[test]
    fn dotted_abbreviations_are_one_word() {
        assert_eq!(
            texts("The U.S. said at 9 p.m. that IS-K did it."),
            [
                "The", "U.S.", "said", "at", "9", "p.m.", "that", "IS-K", "did", "it", "."
            ]
        );
    }

    #[test]
    fn a_run_without_full_stops_is_cut_into_bounded_sentences() {
        let text = "12 killed and 30 hurt ".repeat(200);
        let tokens = tokenise(&text);
        let longest = tokens
            .chunk_by(|a, b| a.sentence == b.sentence)
            .map(<[Token]>::len)
            .max();
        assert_eq!(longest, Some(MAX_SENTENCE_TOKENS));
        assert_eq!(sentence_span(&tokens, 0), 0..MAX_SENTENCE_TOKENS);
    }

    #[test]
    fn sentences_end_at_full_stops_but_not_after_titles() {
        let tokens = tokenise("Mr. Smith left. Then 12 died! Dr. Lee said so.");
        let sentence_of = |word: &str| tokens.iter().find(|t| t.text == word).unwrap().sentence;
        assert_eq!(sentence_of("Smith"), 0);
        assert_eq!(sentence_of("12"), 1);
        assert_eq!(sentence_of("Lee"), 2);
        // Ranks and months cut short.
        let tokens = tokenise("Cpl. Bryan Shaw was hurt on Nov. 22 at the college.");
        assert!(tokens.iter().all(|t| t.sentence == 0));
        // A point before a comma ends an abbreviation, never a sentence.
        let tokens = tokenise("A gunman in Parkland, Fla., killed 17 people.");
        assert!(tokens.iter().all(|t| t.sentence == 0));
    }

    #[test]
    fn a_bold_label_ends_before_the_sentence_it_heads() {
        let tokens = tokenise("**6:30 a.m.** Good morning. The **Red Cross** said so.");
        let sentence_of = |word: &str| tokens.iter().find(|t| t.text == word).unwrap().sentence;
        assert_eq!(sentence_of("a.m."), 0);
        assert_eq!(sentence_of("Good"), 1);
        // Emphasis inside a sentence ends nothing, before a capital too.
        assert_eq!(sentence_of("said"), sentence_of("The"));
        let tokens = tokenise("Police said **Mayor** John Hale ordered it.");
        assert!(tokens.iter().all(|t| t.sentence == 0));
    }
}
