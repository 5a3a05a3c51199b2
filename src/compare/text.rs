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

use foldhash::HashMap;

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

pub use crate::corpus::{is_month, is_month_cut_short, is_weekday};

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

/// What a term is, for callers that keep only some: a word's stem (a
/// number's is itself), or its first letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TermKind {
    Stem,
    Number,
    Prefix,
}

/// The words seen so far with their terms' ids, and each term's id and
/// kind. Only ids are kept per word: a file of a million distinct numbers
/// holds a million words.
#[derive(Default)]
struct Known {
    words: HashMap<Box<str>, Box<[u32]>>,
    ids: HashMap<Box<str>, u32>,
    kinds: Vec<TermKind>,
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
        words(text).flat_map(|word| self.of_word(word)).collect()
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

    /// Calls `f` with the id and kind of each content term of `text`, in
    /// order.
    pub fn each(&self, text: &str, mut f: impl FnMut(u32, TermKind)) {
        let mut known = self.known.borrow_mut();
        let Known {
            words: seen,
            ids,
            kinds,
        } = &mut *known;
        for word in words(text) {
            if let Some(found) = seen.get(word) {
                found.iter().for_each(|&id| f(id, kinds[id as usize]));
                continue;
            }
            let found: Box<[u32]> = self
                .of_word(word)
                .into_iter()
                .map(|term| {
                    if let Some(&id) = ids.get(term.as_str()) {
                        return id;
                    }
                    let id = u32::try_from(kinds.len()).expect("fewer than 2^32 terms");
                    kinds.push(if term.starts_with('~') {
                        TermKind::Prefix
                    } else if term.starts_with(|c: char| c.is_ascii_digit()) {
                        TermKind::Number
                    } else {
                        TermKind::Stem
                    });
                    ids.insert(term.into(), id);
                    id
                })
                .collect();
            found.iter().for_each(|&id| f(id, kinds[id as usize]));
            seen.insert(word.into(), found);
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
