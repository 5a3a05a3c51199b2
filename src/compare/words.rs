//! Which words differ between the two sides of a row, and how much each
//! difference matters.
//!
//! The row's paragraphs are cut into tokens (words, and each punctuation
//! mark on its own) and diffed with `similar`; the tokens that are not
//! common to both sides become [`Span`]s, with runs of changed tokens in one
//! paragraph merged into a single span so a rewritten clause reads as one
//! highlight:
//!
//! ```text
//! left:  "more than 130 people were killed"   right: "137 people were killed"
//!         ^^^^^^^^^^^^^ substantive                   ^^^ substantive
//! ```
//!
//! Each change is ranked ([`Significance`]): a figure, a name, a negation
//! or a qualifier ("at least", "nearly") changes what is claimed; other
//! words change how it is told; punctuation, case and spelling variants
//! ("organisation", "organization") change neither.

use std::ops::Range;

use serde::Serialize;
use similar::{Algorithm, DiffTag};

use super::claims::is_number_word;
use super::text::word_spans;
use crate::corpus::Paragraph;

/// How much a change matters to a reader checking the facts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Significance {
    /// Punctuation, case, white space, spelling variants.
    Minor,
    /// Other words: the same claim, told differently.
    Wording,
    /// A figure, a name, a negation or a qualifier: a different claim.
    Substantive,
}

/// Changed text within one paragraph: its index in the article, a byte
/// range of its text, and how much the change matters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub paragraph: usize,
    pub range: Range<usize>,
    pub significance: Significance,
}

/// The changed spans of each side of a row, as seen from the other side.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PairDiff {
    pub left: Vec<Span>,
    pub right: Vec<Span>,
}

impl PairDiff {
    /// The most a change in this row matters, if anything changed.
    pub fn significance(&self) -> Option<Significance> {
        self.left
            .iter()
            .chain(&self.right)
            .map(|s| s.significance)
            .max()
    }
}

/// The share of tokens two cells must have in common, in order, to be one
/// text edited rather than two tellings of one thing.
const EDIT_SHARE: f32 = 0.5;

/// Diffs the words of two cells. Either side may hold several paragraphs
/// (a split or a merge); their tokens are diffed as one sequence.
///
/// An edited text has every changed word marked and ranked. Two tellings
/// of one thing differ in nearly every word, so there only what one side
/// claims and the other never mentions (a figure, a name, a negation, a
/// qualifier) is marked.
pub fn diff(left: &[&Paragraph], right: &[&Paragraph]) -> PairDiff {
    let (old, new) = (Tokens::of(left), Tokens::of(right));
    let ops = similar::capture_diff_slices(Algorithm::Patience, &old.texts, &new.texts);
    let common: usize = ops
        .iter()
        .filter(|op| op.tag() == DiffTag::Equal)
        .map(|op| op.old_range().len())
        .sum();
    let total = old.texts.len() + new.texts.len();
    let (mut changed_old, mut changed_new);
    if total > 0 && (2 * common) as f32 / (total as f32) < EDIT_SHARE {
        changed_old = old.claims_missing_from(&new);
        changed_new = new.claims_missing_from(&old);
    } else {
        changed_old = vec![None; old.texts.len()];
        changed_new = vec![None; new.texts.len()];
        for op in ops {
            let (tag, old_range, new_range) = op.as_tag_tuple();
            if tag != DiffTag::Equal {
                let significance = significance(&old, old_range.clone(), &new, new_range.clone());
                changed_old[old_range].fill(Some(significance));
                changed_new[new_range].fill(Some(significance));
            }
        }
    }
    old.widen_to_qualifiers(&mut changed_old);
    new.widen_to_qualifiers(&mut changed_new);
    PairDiff {
        left: old.spans(&changed_old),
        right: new.spans(&changed_new),
    }
}

/// Ranks one change: the old tokens in `old_range` became those in
/// `new_range`.
fn significance(
    old: &Tokens,
    old_range: Range<usize>,
    new: &Tokens,
    new_range: Range<usize>,
) -> Significance {
    if old_range.clone().any(|i| old.weighty(i)) || new_range.clone().any(|i| new.weighty(i)) {
        return Significance::Substantive;
    }
    let words = |tokens: &Tokens, range: Range<usize>| -> Vec<String> {
        tokens.texts[range]
            .iter()
            .filter(|t| t.chars().any(char::is_alphanumeric))
            .map(|t| t.to_lowercase())
            .collect()
    };
    let (before, after) = (words(old, old_range), words(new, new_range));
    let same_words = before.len() == after.len()
        && before
            .iter()
            .zip(&after)
            .all(|(x, y)| x == y || is_spelling_variant(x, y));
    if same_words {
        Significance::Minor
    } else {
        Significance::Wording
    }
}

const NEGATIONS: &[&str] = &[
    "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot",
    "denied", "denies", "deny", "false", "refused", "refuses", "rejected", "rejects", "failed",
    "fails", "unable",
];
/// Qualifiers that bound a figure wherever they stand.
const QUALIFIERS: &[&str] = &[
    "least",
    "approximately",
    "nearly",
    "almost",
    "roughly",
    "fewer",
    "estimated",
    "exactly",
    "upwards",
    "barely",
    "than",
    "maximum",
    "minimum",
];
/// Words that qualify a figure only when one follows ("over 100", "about
/// 60"), and are ordinary words elsewhere.
const NEAR_NUMBER_QUALIFIERS: &[&str] = &[
    "about", "over", "under", "up", "some", "around", "just", "only", "more", "less", "below",
    "above",
];

/// The number of words in `text`, as a reader would count them: the runs
/// [`word_spans`] gives, counted where each starts, so that a listing of
/// thousands of files counts without cutting a single word out.
pub fn count(text: &str) -> usize {
    // Most text is ASCII, which needs no decoding: `list` counts every
    // word of every file, so its bytes' classes are looked up.
    if text.is_ascii() {
        count_classes(text.bytes().map(|b| CLASSES[usize::from(b)]))
    } else {
        count_classes(text.chars().map(class))
    }
}

/// What [`count`] needs of a character, as bits: a letter or digit, a
/// digit, a separator inside a number.
const ALNUM: u8 = 1;
const DIGIT: u8 = 2;
const SEPARATOR: u8 = 4;

/// Each ASCII byte's bits, looked up rather than tested: one load a byte.
static CLASSES: [u8; 256] = {
    let mut classes = [0u8; 256];
    let mut byte = 0;
    while byte < 256 {
        let c = byte as u8;
        if c.is_ascii_alphanumeric() {
            classes[byte] |= ALNUM;
        }
        if c.is_ascii_digit() {
            classes[byte] |= DIGIT;
        }
        if c == b',' || c == b'.' {
            classes[byte] |= SEPARATOR;
        }
        byte += 1;
    }
    classes
};

/// A character's bits: beyond ASCII, only letters and digits count.
fn class(c: char) -> u8 {
    match u8::try_from(c) {
        Ok(b) if b.is_ascii() => CLASSES[usize::from(b)],
        _ => u8::from(c.is_alphanumeric()) * ALNUM,
    }
}

/// Word starts among characters' classes, with no branch a character: a
/// word starts at a letter or digit that follows none, unless it is a
/// digit after a separator after a digit ("1,000" and "2.5" are one word).
fn count_classes(classes: impl Iterator<Item = u8>) -> usize {
    let (mut words, mut before, mut two_before) = (0, 0u8, 0u8);
    for class in classes {
        let number_goes_on =
            class & DIGIT != 0 && before & SEPARATOR != 0 && two_before & DIGIT != 0;
        let goes_on = before & ALNUM != 0 || number_goes_on;
        words += usize::from(class & ALNUM != 0 && !goes_on);
        (two_before, before) = (before, class);
    }
    words
}

/// Cuts a paragraph's text into pieces, each with the significance of its
/// change, or `None` for unchanged text. `spans` may name other
/// paragraphs; only those of `paragraph` count. Displays use this to style
/// or mark changed words.
pub fn segments<'a>(
    paragraph: &'a Paragraph,
    spans: &[Span],
) -> Vec<(&'a str, Option<Significance>)> {
    let text = paragraph.text.as_str();
    let mut pieces = Vec::new();
    let mut at = 0;
    for span in spans.iter().filter(|s| s.paragraph == paragraph.index) {
        if span.range.start > at {
            pieces.push((&text[at..span.range.start], None));
        }
        pieces.push((&text[span.range.clone()], Some(span.significance)));
        at = span.range.end;
    }
    if at < text.len() || pieces.is_empty() {
        pieces.push((&text[at..], None));
    }
    pieces
}

/// Whether two words are spellings of one word: British and American
/// forms ("organisation", "organization"; "centre", "center"). Only known
/// patterns count, never mere closeness, since "legal" and "illegal" are
/// close too.
fn is_spelling_variant(x: &str, y: &str) -> bool {
    x != y && spelling(x) == spelling(y)
}

/// One spelling for the British and American forms of a word.
fn spelling(word: &str) -> String {
    const ENDINGS: &[(&str, &str)] = &[
        ("isation", "ization"),
        ("isations", "izations"),
        ("ise", "ize"),
        ("ises", "izes"),
        ("ised", "ized"),
        ("ising", "izing"),
        ("yse", "yze"),
        ("ysed", "yzed"),
        ("our", "or"),
        ("ours", "ors"),
        ("oured", "ored"),
        ("ouring", "oring"),
        ("tre", "ter"),
        ("tres", "ters"),
        ("ence", "ense"),
        ("ogue", "og"),
        ("ogues", "ogs"),
        ("lled", "led"),
        ("lling", "ling"),
        ("ller", "ler"),
    ];
    let mut word = word.to_string();
    if word.len() >= 5 {
        if let Some((from, to)) = ENDINGS
            .iter()
            .filter(|(from, _)| word.ends_with(from))
            .max_by_key(|(from, _)| from.len())
        {
            word.truncate(word.len() - from.len());
            word.push_str(to);
        }
    }
    word
}

/// The tokens of a cell, with where each one stands.
struct Tokens<'a> {
    texts: Vec<&'a str>,
    places: Vec<(usize, Range<usize>)>,
}

impl<'a> Tokens<'a> {
    fn of(paragraphs: &[&'a Paragraph]) -> Tokens<'a> {
        let mut tokens = Tokens {
            texts: Vec::new(),
            places: Vec::new(),
        };
        for paragraph in paragraphs {
            for range in tokens_of(&paragraph.text) {
                tokens.texts.push(&paragraph.text[range.clone()]);
                tokens.places.push((paragraph.index, range));
            }
        }
        tokens
    }

    /// Merges runs of changed tokens within a paragraph into spans; a run
    /// matters as much as its weightiest change.
    fn spans(&self, changed: &[Option<Significance>]) -> Vec<Span> {
        let mut spans: Vec<Span> = Vec::new();
        let mut previous_changed = false;
        for ((paragraph, range), &change) in self.places.iter().zip(changed) {
            if let Some(significance) = change {
                match spans.last_mut() {
                    Some(last) if previous_changed && last.paragraph == *paragraph => {
                        last.range.end = range.end;
                        last.significance = last.significance.max(significance);
                    }
                    _ => spans.push(Span {
                        paragraph: *paragraph,
                        range: range.clone(),
                        significance,
                    }),
                }
            }
            previous_changed = change.is_some();
        }
        spans
    }

    /// Takes a changed figure's qualifier into its change. The diff may
    /// match "more" in "more than 130" with a "more" elsewhere and mark
    /// only "than 130"; a reader should see the whole "more than 130".
    fn widen_to_qualifiers(&self, changed: &mut [Option<Significance>]) {
        let lower = |j: usize| self.texts[j].to_lowercase();
        // Words that open a qualifier ("more", "at", "up", "close")…
        let opens = |j: usize| {
            let word = lower(j);
            QUALIFIERS.contains(&word.as_str())
                || NEAR_NUMBER_QUALIFIERS.contains(&word.as_str())
                || matches!(word.as_str(), "at" | "no" | "as" | "close")
        };
        // …and what may follow them inside one: a figure, or the rest of
        // the qualifier ("than", "least", "to", "many").
        let continues = |j: usize| {
            let word = lower(j);
            is_figure(&word)
                || QUALIFIERS.contains(&word.as_str())
                || matches!(word.as_str(), "to" | "many" | "much")
        };
        for i in (1..self.texts.len()).rev() {
            if changed[i] == Some(Significance::Substantive)
                && changed[i - 1].is_none()
                && self.places[i - 1].0 == self.places[i].0
                && opens(i - 1)
                && continues(i)
            {
                changed[i - 1] = Some(Significance::Substantive);
            }
        }
    }

    /// Marks the weighty tokens whose words `other` never uses.
    fn claims_missing_from(&self, other: &Tokens) -> Vec<Option<Significance>> {
        let known: std::collections::HashSet<String> =
            other.texts.iter().map(|t| t.to_lowercase()).collect();
        (0..self.texts.len())
            .map(|i| {
                let missing = self.weighty(i) && !known.contains(&self.texts[i].to_lowercase());
                missing.then_some(Significance::Substantive)
            })
            .collect()
    }

    /// Whether token `i` carries a claim: a figure, a name, a negation or
    /// a qualifier.
    fn weighty(&self, i: usize) -> bool {
        let token = self.texts[i];
        let lower = token.to_lowercase();

        // A capital inside a sentence marks a name; at its start it says nothing.
        let starts_sentence = i == 0
            || self.places[i - 1].0 != self.places[i].0
            || matches!(
                self.texts[i - 1],
                "." | "!" | "?" | "\"" | "“" | "‘" | "'" | "(" | ":" | "—"
            );
        let is_name = token.chars().next().is_some_and(char::is_uppercase)
            && !starts_sentence
            && token != "I";
        // "didn't" is "didn", "'", "t".
        let contracted_not = lower == "t" && i >= 2 && matches!(self.texts[i - 1], "'" | "’");
        // "not only … but also" adds; it denies nothing.
        let not_only = lower == "not"
            && self
                .texts
                .get(i + 1)
                .is_some_and(|next| next.eq_ignore_ascii_case("only"));
        let before_number = self.texts.get(i + 1).is_some_and(|next| is_figure(next));
        is_figure(token)
            || is_name
            || contracted_not
            || (NEGATIONS.contains(&lower.as_str()) && !not_only)
            || QUALIFIERS.contains(&lower.as_str())
            || (before_number && NEAR_NUMBER_QUALIFIERS.contains(&lower.as_str()))
    }
}

/// Whether a token is a figure, in digits or words.
fn is_figure(token: &str) -> bool {
    token.chars().any(|c| c.is_ascii_digit()) || is_number_word(&token.to_lowercase())
}

/// Words, and every other visible character on its own.
fn tokens_of(text: &str) -> Vec<Range<usize>> {
    let mut tokens = Vec::new();
    let mut at = 0;
    for (start, end) in word_spans(text) {
        tokens.extend(punctuation(text, at..start));
        tokens.push(start..end);
        at = end;
    }
    tokens.extend(punctuation(text, at..text.len()));
    tokens
}

fn punctuation(text: &str, range: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
    let offset = range.start;
    text[range]
        .char_indices()
        .filter(|(_, c)| !c.is_whitespace())
        .map(move |(i, c)| offset + i..offset + i + c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ParagraphKind;
    use proptest::prelude::*;

    proptest! {
        /// The quick count is the count of the words the diff cuts out.
        #[test]
        fn count_is_the_number_of_words_cut(text in "[a-z0-9 .,;'’é٣\\-]{0,40}") {
            prop_assert_eq!(count(&text), word_spans(&text).count());
        }

        #[test]
        fn ascii_is_counted_as_any_text_is(text in "[a-zA-Z0-9 .,;\\-]{0,300}") {
            prop_assert_eq!(count(&text), count_classes(text.chars().map(class)));
            prop_assert_eq!(count(&text), word_spans(&text).count());
        }
    }

    #[test]
    fn numbers_with_separators_are_one_word() {
        assert_eq!(count("1,000 people, 2.5 km. Aged 3, 4 or 5.6."), 9);
    }

    fn paragraph(index: usize, text: &str) -> Paragraph {
        Paragraph {
            index,
            kind: ParagraphKind::Body,
            text: text.to_string(),
        }
    }

    fn marked<'a>(paragraphs: &'a [Paragraph], spans: &[Span]) -> Vec<&'a str> {
        spans
            .iter()
            .map(|s| {
                &paragraphs
                    .iter()
                    .find(|p| p.index == s.paragraph)
                    .unwrap()
                    .text[s.range.clone()]
            })
            .collect()
    }

    #[test]
    fn changed_words_are_marked_on_each_side() {
        let left = [paragraph(
            0,
            "More than 130 people were killed, officials said.",
        )];
        let right = [paragraph(3, "137 people were killed, officials said.")];
        let diff = diff(&[&left[0]], &[&right[0]]);
        assert_eq!(marked(&left, &diff.left), ["More than 130"]);
        assert_eq!(marked(&right, &diff.right), ["137"]);
        assert_eq!(diff.right[0].paragraph, 3);
        assert_eq!(diff.significance(), Some(Significance::Substantive));
    }

    #[test]
    fn identical_cells_have_no_marks() {
        let p = [paragraph(0, "Same words, same order.")];
        assert_eq!(diff(&[&p[0]], &[&p[0]]), PairDiff::default());
    }

    #[test]
    fn a_split_is_diffed_as_one_sequence() {
        let left = [paragraph(0, "One sentence here. Another one there.")];
        let right = [
            paragraph(0, "One sentence here."),
            paragraph(1, "Another one there!"),
        ];
        let diff = diff(&[&left[0]], &[&right[0], &right[1]]);
        assert_eq!(marked(&left, &diff.left), ["."]);
        let minor = Significance::Minor;
        assert_eq!(
            diff.right,
            [Span {
                paragraph: 1,
                range: 17..18,
                significance: minor
            }]
        );
    }

    #[test]
    fn segments_alternate_plain_and_changed_text() {
        use Significance::*;
        let p = paragraph(2, "about 60 people dead");
        let span = |paragraph, range, significance| Span {
            paragraph,
            range,
            significance,
        };
        let spans = [
            span(2, 0..8, Substantive),
            span(5, 0..1, Minor),
            span(2, 16..20, Wording),
        ];
        let expected = [
            ("about 60", Some(Substantive)),
            (" people ", None),
            ("dead", Some(Wording)),
        ];
        assert_eq!(segments(&p, &spans), expected);
        assert_eq!(segments(&p, &[]), [("about 60 people dead", None)]);
    }

    fn rank(left: &str, right: &str) -> Option<Significance> {
        let (l, r) = (paragraph(0, left), paragraph(0, right));
        diff(&[&l], &[&r]).significance()
    }

    #[test]
    fn a_changed_figure_takes_its_qualifier_along() {
        let left = [paragraph(
            0,
            "Officials said more would follow, and 60 people died.",
        )];
        let right = [paragraph(0, "Officials said more than 130 people died.")];
        let diff = diff(&[&left[0]], &[&right[0]]);
        assert!(
            marked(&right, &diff.right).contains(&"more than 130"),
            "{:?}",
            marked(&right, &diff.right)
        );
    }

    #[test]
    fn changes_are_ranked_by_what_they_do_to_the_claim() {
        use Significance::*;
        assert_eq!(rank("The toll rose to 60.", "The toll rose to 60."), None);
        assert_eq!(
            rank("The toll rose to 60.", "the toll rose to 60!"),
            Some(Minor),
            "case, punctuation"
        );
        assert_eq!(
            rank("The organisation said so.", "The organization said so."),
            Some(Minor),
            "spelling"
        );
        assert_eq!(
            rank("The toll rose to 60.", "The toll climbed to 60."),
            Some(Wording)
        );
        assert_eq!(
            rank("The toll rose to 60.", "The toll rose to 61."),
            Some(Substantive),
            "a figure"
        );
        assert_eq!(
            rank("The toll rose to sixty.", "The toll rose to seventy."),
            Some(Substantive)
        );
        assert_eq!(
            rank("Police blamed Ortega.", "Police blamed Vance."),
            Some(Substantive),
            "a name"
        );
        assert_eq!(
            rank("The mayor was told.", "The mayor was not told."),
            Some(Substantive),
            "negation"
        );
        assert_eq!(
            rank("The mayor did know.", "The mayor didn't know."),
            Some(Substantive),
            "contraction"
        );
        assert_eq!(
            rank("The toll rose to 60.", "The toll rose to nearly 60."),
            Some(Substantive),
            "qualifier"
        );
        assert_eq!(
            rank("The toll rose to 60.", "The toll rose to about 60."),
            Some(Substantive)
        );
        assert_eq!(
            rank("They talked about it.", "They talked over it."),
            Some(Wording),
            "no figure follows"
        );
    }

    #[test]
    fn paraphrases_mark_only_claims_the_other_side_lacks() {
        let left = [paragraph(
            0,
            "Rescuers in Velmora found twelve survivors, the mayor said.",
        )];
        let right = [paragraph(
            0,
            "The mayor of Velmora said 14 people were pulled alive from the ruins by Red Cross teams.",
        )];
        let diff = diff(&[&left[0]], &[&right[0]]);
        assert_eq!(marked(&left, &diff.left), ["twelve"]);
        assert_eq!(marked(&right, &diff.right), ["14", "Red Cross"]);
        assert!(
            diff.left
                .iter()
                .chain(&diff.right)
                .all(|s| s.significance == Significance::Substantive)
        );
    }

    #[test]
    fn tokens_cover_words_and_punctuation_but_not_space() {
        let text = "Hi, 1,200 «x»";
        let got: Vec<_> = tokens_of(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, ["Hi", ",", "1,200", "«", "x", "»"]);
    }
}
