//! Whose nationals a figure counts. Outlets list a disaster's foreign
//! dead nation by nation, each in its own words: "32 Kenyans", "Kenya
//! with 32", "32 passengers were Kenyan", "three Dutch nationals", "eight
//! from China". Each nation's figure is a count of its own, which meets
//! the same nation's in other outlets and is never a rival for the toll
//! it is some of.

use super::kind;
use super::tokens::{Token, sentence_span};
use super::words::{FOREIGN_PEOPLE, INCLUDED_AMONG, NATION_NOUNS, NATIONALS, NATIONS};

/// How a count of one nation's people is named: "Kenyan nationals".
const NATIONALS_NAME: &str = " nationals";

/// Whether `quantity` counts one nation's people.
pub fn is_nationals(quantity: &str) -> bool {
    quantity.ends_with(NATIONALS_NAME)
}

/// The word for people of no nation named, only not the event's own:
/// "19 foreigners", "26 foreign nationals".
const FOREIGN: &str = "foreign";

/// Verbs that give a nation its nationals: "Kenya lost 32 citizens".
const NATIONS_HAVING: &[&str] = &["had", "has", "lost"];

/// Marks that part the items of a list.
const LIST_MARKS: &[&str] = &[",", ";", ":", ".", "and"];

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
    /// "Kenya", "the United States": only after "from", before "with",
    /// before a noun for nationals or as a line of a list ("18 Canada").
    Country,
}

/// The nationals the figure spanning `start..end` counts, named as its
/// quantity and unit ("Kenyan nationals": no plain count of people that
/// a toll could take), with the first and last tokens that say so.
pub fn nationals(tokens: &[Token], start: usize, end: usize) -> Option<(String, usize, usize)> {
    let quantity = |named: &Named| format!("{}{NATIONALS_NAME}", named.demonym);
    let bounds = |k: usize| tokens.get(k).is_none_or(|t| t.is_any(LIST_MARKS));
    // "Kenya with 32", "France and the UK with seven each": the nation
    // opens its item and the figure closes it, not "in Kenya with 149
    // passengers", "New Mexico with 32 cases".
    if start >= 2 && tokens[start - 1].is_any(&["with"]) {
        let with = start - 1;
        let closes = bounds(end) || tokens.get(end).is_some_and(|t| t.is_any(&["each"]));
        let opens = |from: usize| {
            from == 0 || !tokens[from - 1].is_capitalised() || tokens[from - 1].is_any(&["the"])
        };
        let named = (with.saturating_sub(3)..with).find_map(|from| {
            named_at(tokens, from)
                .filter(|n| n.end == with && opens(from))
                .map(|n| (n, from))
        });
        if let Some((named, from)) = named.filter(|_| closes) {
            return Some((quantity(&named), from, end - 1));
        }
    }
    // "Kenya lost 32 citizens", "Canada had 18 nationals aboard": the
    // nation whose nationals they are is the verb's subject.
    let nationals_after = tokens.get(end).is_some_and(|t| t.is_any(NATIONALS));
    if nationals_after && start >= 2 && tokens[start - 1].is_any(NATIONS_HAVING) {
        let verb = start - 1;
        let named = (verb.saturating_sub(3)..verb).find_map(|from| {
            named_at(tokens, from)
                .filter(|n| n.end == verb && n.form == Form::Country)
                .map(|n| (n, from))
        });
        if let Some((named, from)) = named {
            return Some((quantity(&named), from, end));
        }
    }
    // A line "18 Canada" in a list of nations and their figures.
    let listed = named_at(tokens, end).filter(|n| {
        n.form == Form::Country && start.checked_sub(1).is_none_or(bounds) && bounds(n.end)
    });
    if let Some(named) = listed {
        return Some((quantity(&named), start, named.end - 1));
    }
    // "Three of them were Dutch", "32 of the passengers were Kenyan".
    let mut k = end;
    let partitive = tokens.get(k).is_some_and(|t| t.is_any(&["of"]));
    if partitive {
        k += match tokens.get(k + 1) {
            Some(t) if t.is_any(&["them"]) => 2,
            Some(t) if t.is_any(&["the", "those"]) => 3,
            _ => return None,
        };
    }
    if tokens.get(k).is_some_and(is_people_noun) {
        k += 1;
    }
    // "32 were Kenyans", "eight were from the Netherlands", "eight from
    // China"; but "120 migrants from Libya" set out from there.
    let said = tokens
        .get(k)
        .is_some_and(|t| t.is_any(&["were", "are", "was", "is"]));
    k += usize::from(said);
    let from = tokens.get(k).is_some_and(|t| t.is_any(&["from"])) && (k == end || said);
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
    let foreign = named.demonym == FOREIGN;
    // "foreign ministers" are no foreigners: the word names no nation,
    // so only a noun that says so follows it.
    let noun_after = after.is_some_and(|t| {
        if foreign {
            t.is_any(NATIONALS) || t.is_any(FOREIGN_PEOPLE)
        } else {
            is_people_noun(t)
        }
    });
    let called_nationals = after.is_some_and(|t| t.is_any(NATIONALS));
    let fits = match named.form {
        // "12 U.S. citizens", "three UK nationals".
        Form::Country => from || called_nationals,
        Form::People => true,
        Form::Adjective if foreign => noun_after,
        Form::Adjective => {
            noun_after || after.is_none_or(|t| stands_for_people(tokens, named.end, t))
        }
    };
    // "Israeli airstrikes killed 20 Palestinians" is the toll: a nation's
    // people are a count of their own only where the sentence makes
    // them some of a larger one ("including 32 Kenyans", "The dead
    // include two Germans", "32 Kenyans ... are among the dead"), says
    // they are of it ("32 passengers were Kenyan", "eight from China")
    // or calls them its nationals ("three Russian nationals").
    let sentence = sentence_span(tokens, start);
    let some_of = (sentence.start..start).any(|j| tokens[j].is_any(INCLUDED_AMONG))
        || (end..sentence.end).any(|j| tokens[j].is_any(&["among", "amongst"]));
    let share = partitive || said || from || foreign || called_nationals || some_of;
    (fits && share && (noun_after || !described)).then(|| {
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

/// Whether the word `token` at `at`, after a nation's adjective, leaves
/// it standing for its people: "eight Chinese were killed", "32
/// passengers were Kenyan.", "eight Chinese and 32 Kenyans", "two were
/// Portuguese and the rest foreign nationals"; not "eight
/// Chinese ships", "eight Chinese armoured vehicles", "two American and
/// British warships".
fn stands_for_people(tokens: &[Token], at: usize, token: &Token) -> bool {
    // "and" goes on to other people, unless to another nation's word
    // that shares the noun after it.
    let joins_people = token.is_any(&["and", "or"]) && named_at(tokens, at + 1).is_none();
    !token.is_word()
        || joins_people
        || token.is_any(&["were", "are", "was", "had", "have", "who", "among"])
        || kind::predicate(&token.lower()).is_some()
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
            ("18 Canada", "18", "Canadian nationals", "18 Canada"),
            (
                "Victims: 18 Canada, 9 Ethiopia.",
                "9",
                "Ethiopian nationals",
                "9 Ethiopia",
            ),
            (
                "Kenya lost 32 citizens.",
                "32",
                "Kenyan nationals",
                "Kenya lost 32 citizens",
            ),
            (
                "Canada had 18 nationals aboard.",
                "18",
                "Canadian nationals",
                "Canada had 18 nationals",
            ),
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
                "Eight Chinese were among those killed.",
                "Eight",
                "Chinese nationals",
                "Eight Chinese",
            ),
            (
                "The dead include eight Chinese and 32 Kenyans.",
                "eight",
                "Chinese nationals",
                "eight Chinese",
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
            (
                "The jet was bound for Nairobi in Kenya with 149 passengers.",
                "149",
            ),
            ("Texas and New Mexico with 32 cases.", "32"),
            ("Bank of America with 32 branches.", "32"),
            ("The navy rescued 120 migrants from Libya.", "120"),
            ("The dead include eight Chinese armoured vehicles.", "eight"),
            (
                "The convoy included two American and British warships.",
                "two",
            ),
            ("Israeli airstrikes killed 20 Palestinians.", "20"),
            ("Eight Chinese were killed.", "Eight"),
            ("It beat Canada 18, Mexico said.", "18"),
        ] {
            assert_eq!(read(text, number), None, "{text}");
        }
    }
}
