//! Whose nationals a figure counts. Outlets list a disaster's foreign
//! dead nation by nation, each in its own words: "32 Kenyans", "Kenya
//! with 32", "32 passengers were Kenyan", "three Dutch nationals", "eight
//! from China". Each nation's figure is a count of its own, which meets
//! the same nation's in other outlets and is never a rival for the toll
//! it is some of.

use super::kind;
use super::tokens::Token;
use super::words::{NATION_NOUNS, NATIONALS, NATIONS};

/// How a count of one nation's people is named: "Kenyan nationals".
const NATIONALS_NAME: &str = " nationals";

/// Whether `quantity` counts one nation's people.
pub fn is_nationals(quantity: &str) -> bool {
    quantity.ends_with(NATIONALS_NAME)
}

/// The word for people of no nation named, only not the event's own:
/// "19 foreigners", "26 foreign nationals".
const FOREIGN: &str = "foreign";

/// Marks that part the items of a list.
const LIST_MARKS: &[&str] = &[",", ";", ".", "and"];

/// A nation named in a figure's words.
struct Named {
    demonym: &'static str,
    /// One past the name's last token.
    end: usize,
    form: Form,
}

/// How a nation is named, which says where a figure may name it.
#[derive(Clone, Copy, PartialEq)]
enum Form {
    /// "Kenyan", "Chinese": before a noun for people, or standing for
    /// them as "eight Chinese were killed" does.
    Adjective,
    /// "Kenyans", "Britons": the people themselves.
    People,
    /// "Kenya", "the United States": only after "from", before "with" or
    /// before a noun for nationals.
    Country,
}

/// The nationals the figure spanning `start..end` counts, named as its
/// quantity and unit ("Kenyan nationals": no plain count of people that
/// a toll could take), with the first and last tokens that say so.
pub fn nationals(tokens: &[Token], start: usize, end: usize) -> Option<(String, usize, usize)> {
    let quantity = |named: &Named| format!("{}{NATIONALS_NAME}", named.demonym);
    // "Kenya with 32", "France and the UK with seven each".
    if start >= 2 && tokens[start - 1].is_any(&["with"]) {
        let with = start - 1;
        let named = (with.saturating_sub(3)..with).find_map(|from| {
            named_at(tokens, from)
                .filter(|n| n.end == with)
                .map(|n| (n, from))
        });
        if let Some((named, from)) = named {
            return Some((quantity(&named), from, end - 1));
        }
    }
    // "Kenya 32, Canada 18", a line "18 Canada": a list of nations and
    // their figures, each item standing alone.
    let bounds = |k: usize| tokens.get(k).is_none_or(|t| t.is_any(LIST_MARKS));
    let listed = |named: &Named, first: usize, last: usize| {
        named.form == Form::Country && first.checked_sub(1).is_none_or(bounds) && bounds(last + 1)
    };
    let before = (start.saturating_sub(3)..start).find_map(|from| {
        named_at(tokens, from)
            .filter(|n| n.end == start)
            .map(|n| (n, from))
    });
    if let Some((named, from)) = before.filter(|(n, from)| listed(n, *from, end - 1)) {
        return Some((quantity(&named), from, end - 1));
    }
    if let Some(named) = named_at(tokens, end).filter(|n| listed(n, start, n.end - 1)) {
        return Some((quantity(&named), start, named.end - 1));
    }
    // "Three of them were Dutch", "32 of the passengers were Kenyan".
    let mut k = end;
    if tokens.get(k).is_some_and(|t| t.is_any(&["of"])) {
        k += match tokens.get(k + 1) {
            Some(t) if t.is_any(&["them"]) => 2,
            Some(t) if t.is_any(&["the", "those"]) => 3,
            _ => return None,
        };
    }
    if tokens.get(k).is_some_and(is_people_noun) {
        k += 1;
    }
    // "32 were Kenyans", "eight were from the Netherlands".
    let said = tokens
        .get(k)
        .is_some_and(|t| t.is_any(&["were", "are", "was", "is"]));
    k += usize::from(said);
    let from = tokens.get(k).is_some_and(|t| t.is_any(&["from"]));
    k += usize::from(from);
    if from && tokens.get(k).is_some_and(|t| t.is_any(&["the"])) {
        k += 1;
    }
    // "three young Dutch students": a word between says how they were,
    // so only a noun for people after the nation's word makes them its.
    let described = tokens
        .get(k)
        .is_some_and(|t| t.is_word() && !t.is_capitalised())
        && tokens.get(k + 1).is_some_and(Token::is_capitalised)
        && !from;
    let named = named_at(tokens, k + usize::from(described))?;
    let after = tokens.get(named.end);
    // "from Kenya Airways", "eight American Airlines jets": a longer name
    // the nation's word only begins.
    if after.is_some_and(Token::is_capitalised) {
        return None;
    }
    // "foreign ministers" are no foreigners: the word names no nation,
    // so only a noun that says so follows it.
    let noun_after = after.is_some_and(|t| {
        if named.demonym == FOREIGN {
            t.is_any(NATIONALS)
        } else {
            is_people_noun(t)
        }
    });
    let fits = match named.form {
        // "12 U.S. citizens", "three UK nationals".
        Form::Country => from || noun_after && after.is_some_and(|t| t.is_any(NATIONALS)),
        Form::People => true,
        Form::Adjective if named.demonym == FOREIGN => noun_after,
        Form::Adjective => noun_after || after.is_none_or(stands_for_people),
    };
    let fits = fits && (noun_after || !described);
    fits.then(|| {
        (
            quantity(&named),
            start,
            named.end - 1 + usize::from(noun_after),
        )
    })
}

/// Whether `token` is a noun for people a nation's word may stand
/// before: "passengers", "nationals".
fn is_people_noun(token: &Token) -> bool {
    !token.is_capitalised() && (token.is_any(NATIONALS) || kind::is_people(&token.lower()))
}

/// Whether the word after a nation's adjective leaves it standing for
/// its people: "eight Chinese were killed", "32 passengers were Kenyan.",
/// but not "eight Chinese ships".
fn stands_for_people(token: &Token) -> bool {
    let word = token.lower();
    !token.is_word()
        || token.is_any(&[
            "and", "or", "were", "are", "was", "had", "have", "who", "among",
        ])
        || word.ends_with("ed")
}

/// The nation named at `at`, by its longest name there.
fn named_at(tokens: &[Token], at: usize) -> Option<Named> {
    let token = tokens.get(at)?;
    if token.is_any(&["foreigners", "foreigner"]) {
        return Some(Named {
            demonym: FOREIGN,
            end: at + 1,
            form: Form::People,
        });
    }
    if token.is_any(&[FOREIGN]) {
        return Some(Named {
            demonym: FOREIGN,
            end: at + 1,
            form: Form::Adjective,
        });
    }
    if !token.is_capitalised() {
        return None;
    }
    let mut best: Option<Named> = None;
    let mut consider = |demonym: &'static str, end: usize, form: Form| {
        if best.as_ref().is_none_or(|b| end > b.end) {
            best = Some(Named { demonym, end, form });
        }
    };
    for &(demonym, countries) in NATIONS {
        match spells(tokens, at, demonym) {
            Some((end, false)) => consider(demonym, end, Form::Adjective),
            Some((end, true)) if adds_s(demonym) => consider(demonym, end, Form::People),
            _ => {}
        }
        for country in countries {
            if let Some((end, false)) = spells(tokens, at, country) {
                consider(demonym, end, Form::Country);
            }
        }
    }
    for &(demonym, nouns) in NATION_NOUNS {
        for noun in nouns {
            if let Some((end, false)) = spells(tokens, at, noun) {
                consider(demonym, end, Form::People);
            }
        }
    }
    best
}

/// Whether a nation's word makes its people's plural by adding "s":
/// "Kenyans", "Thais", but "the Chinese", "the Swiss", "the Dutch".
fn adds_s(demonym: &str) -> bool {
    !["ese", "sh", "ch", "ss"]
        .iter()
        .any(|end| demonym.ends_with(end))
}

/// Whether the tokens from `at` spell `name`, word by word and with the
/// same capitals, with the last word's plural in "s" allowed: one past
/// its last token, and whether the plural was written. Points are
/// ignored at the end of a word ("U.S." beside "U.S").
fn spells(tokens: &[Token], at: usize, name: &str) -> Option<(usize, bool)> {
    let words = name.split(' ').count();
    let mut plural = false;
    for (i, word) in name.split(' ').enumerate() {
        let token = tokens.get(at + i)?.text.trim_end_matches('.');
        let word = word.trim_end_matches('.');
        if token == word {
            continue;
        }
        if i + 1 == words && token.strip_suffix('s') == Some(word) {
            plural = true;
            continue;
        }
        return None;
    }
    Some((at + words, plural))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenise;
    use super::*;

    /// The quantity and words of the first figure of `text`, whose number
    /// is the token `number`.
    fn read(text: &str, number: &str) -> Option<(String, String)> {
        let tokens = tokenise(text);
        let at = tokens
            .iter()
            .position(|t| t.text == number)
            .expect("the number");
        let (quantity, first, last) = nationals(&tokens, at, at + 1)?;
        Some((
            quantity,
            text[tokens[first].start()..tokens[last].end()].to_string(),
        ))
    }

    #[test]
    fn a_nation_is_named_in_every_way_outlets_name_it() {
        let cases = [
            (
                "The dead included 32 Kenyans and 18 Canadians.",
                "32",
                "Kenyan nationals",
                "32 Kenyans",
            ),
            ("Kenya lost the most, with 32.", "32", "", ""),
            (
                "Kenya with 32, Canada with 18.",
                "18",
                "Canadian nationals",
                "Canada with 18",
            ),
            (
                "France and the UK with seven each.",
                "seven",
                "British nationals",
                "UK with seven",
            ),
            (
                "Among them were three Dutch nationals.",
                "three",
                "Dutch nationals",
                "three Dutch nationals",
            ),
            (
                "Eight Chinese were killed.",
                "Eight",
                "Chinese nationals",
                "Eight Chinese",
            ),
            (
                "Of those on board, 32 passengers were Kenyan.",
                "32",
                "Kenyan nationals",
                "32 passengers were Kenyan",
            ),
            (
                "Three of the dead were Dutch students.",
                "Three",
                "Dutch nationals",
                "Three of the dead were Dutch students",
            ),
            (
                "Eight were from the Netherlands.",
                "Eight",
                "Dutch nationals",
                "Eight were from the Netherlands",
            ),
            (
                "At least eight from China died.",
                "eight",
                "Chinese nationals",
                "eight from China",
            ),
            (
                "The victims included seven Britons.",
                "seven",
                "British nationals",
                "seven Britons",
            ),
            (
                "Police said 12 U.S. citizens were hurt.",
                "12",
                "American nationals",
                "12 U.S. citizens",
            ),
            (
                "Officials said 19 foreigners died.",
                "19",
                "foreign nationals",
                "19 foreigners",
            ),
            (
                "Some 26 foreign nationals were among them.",
                "26",
                "foreign nationals",
                "26 foreign nationals",
            ),
        ];
        for (text, number, quantity, words) in cases {
            let expected =
                (!quantity.is_empty()).then(|| (quantity.to_string(), words.to_string()));
            assert_eq!(read(text, number), expected, "{text}");
        }
    }

    #[test]
    fn a_nation_s_word_in_another_name_or_before_things_counts_no_nationals() {
        for (text, number) in [
            ("Eight Chinese ships joined the search.", "Eight"),
            ("Two American Airlines jets were grounded.", "Two"),
            (
                "Twelve passengers from Kenya Airways flights waited.",
                "Twelve",
            ),
            ("Eight passengers were from China Southern.", "Eight"),
            ("The 32 Kenya Defence Forces soldiers.", "32"),
            ("Two foreign ministers met.", "Two"),
            ("Eight China fans waited.", "Eight"),
            ("Two young Dutch swans.", "Two"),
            ("He played 18 Canada games.", "18"),
            ("It beat Canada 18, Mexico said.", "18"),
        ] {
            assert_eq!(read(text, number), None, "{text}");
        }
    }
}
