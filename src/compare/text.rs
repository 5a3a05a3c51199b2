//! Paragraph text reduced to the terms that say what it is about.
//!
//! ```text
//! "The attackers were identified as Members"
//!     ─▶ ["attack", "~attac", "identifi", "~ident", "member", "~membe"]
//! ```
//!
//! Case, punctuation, function words and inflection carry no topic, so they
//! are dropped or folded before paragraphs are compared.

use std::cell::RefCell;
use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};

use super::similarity::{Bag, BagCounter};

/// English function words: frequent everywhere, informative nowhere.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "may",
    "me",
    "might",
    "more",
    "most",
    "must",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "s",
    "said",
    "same",
    "says",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
];

/// Whether `word` (lower case) is a function word.
pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.contains(&word)
}

pub use crate::corpus::{is_month, is_weekday};

/// How many leading letters of a longer word count as a term of their own.
const PREFIX: usize = 5;

/// Turns text into stemmed content terms, reusing one stemmer.
///
/// Each word's terms are kept once found: news repeats its words (names,
/// "said", "police") and an update repeats whole paragraphs, so most words
/// are stemmed once per run rather than once per occurrence. Each term
/// gets an id, in the order terms are first met, so bags and sentences
/// compare as integers without hashing a string for each occurrence.
pub struct Terms {
    stemmer: Stemmer,
    known: RefCell<Known>,
    counter: RefCell<BagCounter>,
}

/// The words seen so far, with their terms, and the terms' ids.
#[derive(Default)]
struct Known {
    words: HashMap<String, Vec<(u32, Box<str>)>>,
    ids: HashMap<Box<str>, u32>,
}

impl Default for Terms {
    fn default() -> Self {
        Terms {
            stemmer: Stemmer::create(Algorithm::English),
            known: RefCell::default(),
            counter: RefCell::default(),
        }
    }
}

impl Terms {
    /// The content terms of `text`, in order, with repeats.
    pub fn of(&self, text: &str) -> Vec<String> {
        let mut terms = Vec::new();
        self.each(text, |_, term| terms.push(term.to_string()));
        terms
    }

    /// The content terms of `texts` as one bag: each term once, with its
    /// count.
    pub fn bag<'t>(&self, texts: impl IntoIterator<Item = &'t str>) -> Bag {
        let mut counter = self.counter.borrow_mut();
        for text in texts {
            self.each(text, |id, _| counter.add(id));
        }
        counter.take()
    }

    /// Calls `f` with the id and text of each content term of `text`, in
    /// order.
    pub fn each(&self, text: &str, mut f: impl FnMut(u32, &str)) {
        let mut known = self.known.borrow_mut();
        let Known { words: seen, ids } = &mut *known;
        for word in words(text) {
            if let Some(found) = seen.get(word) {
                found.iter().for_each(|(id, term)| f(*id, term));
                continue;
            }
            let found: Vec<(u32, Box<str>)> = self
                .of_word(word)
                .into_iter()
                .map(|term| {
                    let next = u32::try_from(ids.len()).expect("fewer than 2^32 terms");
                    let term: Box<str> = term.into();
                    (*ids.entry(term.clone()).or_insert(next), term)
                })
                .collect();
            found.iter().for_each(|(id, term)| f(*id, term));
            seen.insert(word.to_string(), found);
        }
    }

    /// The terms of one word: none for a function word, else its stem and,
    /// for a longer word, its first letters.
    fn of_word(&self, word: &str) -> Vec<String> {
        let word = word.to_lowercase();
        if is_stop_word(&word) {
            return Vec::new();
        }
        if !word.chars().all(|c| c.is_ascii_alphabetic()) {
            return vec![word];
        }
        let stem = self.stemmer.stem(&word).into_owned();
        // The first letters too: outlets pick different forms of one word
        // ("hospitalised", "hospital") that the stemmer keeps apart but
        // that share their start.
        let prefix = (word.len() > PREFIX).then(|| format!("~{}", &word[..PREFIX]));
        std::iter::once(stem).chain(prefix).collect()
    }
}

/// Runs of letters and digits; a comma or point between digits stays inside
/// the number, so "1,200" and "2.4" are one word each.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    word_spans(text).map(move |(start, end)| &text[start..end])
}

/// Byte ranges of the runs [`words`] returns.
pub fn word_spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, first) = chars.by_ref().find(|&(_, c)| c.is_alphanumeric())?;
        let mut end = start + first.len_utf8();
        while let Some(&(i, c)) = chars.peek() {
            if c.is_alphanumeric() {
                chars.next();
                end = i + c.len_utf8();
                continue;
            }
            let inside_number = matches!(c, ',' | '.')
                && text[..i].ends_with(|p: char| p.is_ascii_digit())
                && text[i + 1..].starts_with(|n: char| n.is_ascii_digit());
            if !inside_number {
                break;
            }
            chars.next();
        }
        Some((start, end))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_drop_function_words_and_fold_inflection() {
        let terms = Terms::default();
        assert_eq!(
            terms.of("The attackers were identified as Members"),
            ["attack", "~attac", "identifi", "~ident", "member", "~membe"]
        );
        assert_eq!(
            terms.of("killed 1,200 people; 2.4 million"),
            [
                "kill", "~kille", "1,200", "peopl", "~peopl", "2.4", "million", "~milli"
            ]
        );
        let forms = |text: &str| {
            terms
                .of(text)
                .into_iter()
                .filter(|t| t.starts_with('~'))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            forms("hospitalised"),
            forms("hospitals"),
            "different stems, one start"
        );
    }

    #[test]
    fn words_keep_numbers_whole_and_split_elsewhere() {
        let got: Vec<_> = words("At 10.30, 1,200 fled. End.Next — 東京 ok").collect();
        assert_eq!(
            got,
            ["At", "10.30", "1,200", "fled", "End", "Next", "東京", "ok"]
        );
        let got: Vec<_> = words("a,b 3, 4.").collect();
        assert_eq!(got, ["a", "b", "3", "4"]);
    }
}
