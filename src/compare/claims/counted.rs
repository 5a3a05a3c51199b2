//! What a figure counts, from the words around its number. Money is
//! named by the nearest word that says what it is ("a ransom of $2.4m"),
//! a percentage by its subject, a measure by its noun; any other figure by
//! a verb or adjective that names a well-known count ("60 people dead",
//! "137 killed"), else the noun after it ("40 homes"), else the count of
//! the figure before it in its sentence ("and a total of 45 since 2017"),
//! else a noun before it. "63 of them" is a part of what it counts, which
//! is no rival figure for the whole.

use super::nation;
use super::number::{self, Number, Unit};
use super::reject::is_compass;
use super::tokens::{Token, place_set_off, sentence_span};
use super::words::{
    AGE_WORDS, AUXILIARIES, CAPACITIES, CARRYING, CHANGE_ENDS, CHANGE_VERBS, CHARGE_ENDS,
    CHARGE_REACH, CONJUNCTIONS, DIMENSIONS, DISPLACING, EVENT_NOUNS, FIGHTING, FLEEING,
    GERUND_OPENERS, HARMING, HOSPITALS, INCLUDED_AMONG, INCLUDING, LEADING, MOURNED, NOT_NOUNS,
    NOUN_SKIP, OBJECT_PRONOUNS, OBJECTS, PEOPLE_VERBS, PLACING, POSSESSIVES, RESCUE_CREWS,
    RESCUING, SEVERE, SHOOTING, SLIGHT, STATE_NOUNS, STILL, STOREYS, SUBORDINATORS,
};
use super::{CHARGE_UNIT, PART, kind};
use crate::compare::text::{self, is_stop_word};

/// What a figure counts, and the tokens that say so.
pub struct Counted {
    pub quantity: String,
    pub unit: String,
    /// Whether the words name a known count, not just a noun.
    pub known: bool,
    /// Whether the known count is a guess from the noun alone.
    pub loose: bool,
    /// The first and last tokens of the figure's words, its number's
    /// included.
    pub first: usize,
    pub last: usize,
}

/// The count word `j` names, if any. Those in custody are a state of
/// their own, but "taken into custody" is an arrest; a mother who "lost
/// three children" and a force that "lost two officers" count deaths,
/// where a company that "lost 300 workers" or a party that "lost three
/// seats" does not.
fn predicate_at(tokens: &[Token], j: usize) -> Option<&'static str> {
    let word = tokens[j].lower();
    if word == "custody" && j > 0 && tokens[j - 1].is_any(&["into"]) {
        return Some("arrests");
    }
    if let Some((degree, _)) = degree_of_harm(tokens, j) {
        return Some(degree);
    }
    // "60,000 people were without power", "thousands of homes lost
    // electricity": a storm's count of its own, no plain count of people.
    if word == "power" || word == "electricity" {
        let cut = j > 0 && tokens[j - 1].is_any(&["without", "lost", "lose", "losing"]);
        return cut.then_some(kind::WITHOUT_POWER);
    }
    // "200 people boarded", "were on board"; but "passengers on board
    // the second bus were hurt" are counted by what befell them.
    let aboard = word == "board" && j > 0 && tokens[j - 1].is_any(&["on"])
        || kind::predicate(&word) == Some(kind::ON_BOARD);
    if aboard {
        let befell = tokens[j + 1..]
            .iter()
            .take(ABOARD_REACH)
            .take_while(|t| !t.ends_clause())
            .any(|t| kind::predicate(&t.lower()).is_some());
        return (!befell).then_some(kind::ON_BOARD);
    }
    // "fighting for their lives", "clinging to life": alive, critically
    // hurt, never dead.
    if matches!(word.as_ref(), "life" | "lives") {
        let back = |k: usize| j.checked_sub(k).map(|i| &tokens[i]);
        let is = |k: usize, words: &[&str]| back(k).is_some_and(|t| t.is_any(words));
        // "fighting for (their) life", "clinging (on) to life".
        let mut k = 1 + usize::from(is(1, POSSESSIVES));
        let held = is(k, &["for", "to"]);
        k += 1 + usize::from(is(k + 1, &["on"]));
        if held && is(k, FIGHTING) {
            return Some(kind::CRITICAL);
        }
        // "41 escaped the tragedy with their lives": survivors.
        let escaped = || {
            tokens[..j]
                .iter()
                .rev()
                .take(ESCAPE_REACH)
                .take_while(|t| !t.ends_clause())
                .any(|t| t.is_any(ESCAPING))
        };
        if is(1, POSSESSIVES) && is(2, &["with"]) && escaped() {
            return Some(kind::RESCUED);
        }
    }
    if word == "shot" {
        // Those shot, never those who shot: "were shot", "fatally shot",
        // or a headline's "Two shot"; not "two officers shot the suspect".
        let before = j.checked_sub(1).map(|p| &tokens[p]);
        let passive = before.is_some_and(|t| {
            t.is_any(AUXILIARIES) || number::is_count_token(t) || t.lower().ends_with("ly")
        });
        let adverb_only = before.is_some_and(|t| t.lower().ends_with("ly"));
        if !passive || adverb_only && named_object(tokens, j + 1) {
            return None;
        }
        // "shot dead", "shot to death", "shot and killed", "shot and
        // wounded".
        let next = |k: usize| tokens.get(j + k).map(Token::lower).unwrap_or_default();
        if next(1) == "to" && next(2) == "death" {
            return Some("deaths");
        }
        let then = if next(1) == "and" { next(2) } else { next(1) };
        if let Some(outcome) = kind::predicate(&then).filter(|&p| kind::is_toll(p)) {
            return Some(outcome);
        }
    }
    // "forced from their homes", "forced to flee", "moved out of their
    // homes", "ordered to leave": evacuated.
    if tokens[j].is_any(DISPLACING) {
        let fled = tokens[j + 1..].iter().take(6).any(|t| t.is_any(FLEEING));
        return fled.then_some(kind::EVACUATED);
    }
    // "taken to hospitals", "treated at area hospitals": in hospital,
    // where "three hospitals" counts hospitals; "7 taken to Hosp", an
    // incident log's short form.
    if matches!(word.as_ref(), "hospital" | "hospitals" | "hosp") {
        let sent =
            (j.saturating_sub(2)..j).any(|k| tokens[k].is_any(&["to", "in", "at", "across"]));
        if word == "hospitals" && !sent {
            return None;
        }
        return Some(if carried_to(tokens, j) {
            kind::TAKEN_TO_HOSPITAL
        } else {
            kind::HOSPITALISED
        });
    }
    // "treated and released", "released from the hospital", "released
    // from the University Medical Center": out of hospital; a suspect
    // "questioned and released" or "released on bail" is not.
    if word == "treated" {
        let next = |k: usize| tokens.get(j + k).is_some_and(|t| t.is_any(&[RELEASED]));
        let and = tokens.get(j + 1).is_some_and(|t| t.is_any(&["and"]));
        let then = tokens.get(j + 2).is_some_and(|t| t.is_any(&["then"]));
        return (and && next(2 + usize::from(then))).then_some(kind::DISCHARGED);
    }
    if word == RELEASED {
        let from_hospital = tokens.get(j + 1).is_some_and(|t| t.is_any(&["from"]))
            && tokens[j + 2..]
                .iter()
                .take(5)
                .take_while(|t| !t.ends_clause())
                .any(|t| t.is_any(HOSPITALS));
        return from_hospital.then_some(kind::DISCHARGED);
    }
    // "23 had been transported to local area hospitals": the verb names
    // the count where "hospitals" stands too far off.
    if tokens[j].is_any(CARRYING) {
        let to = tokens[j + 1..]
            .iter()
            .take(3)
            .take_while(|t| !t.ends_clause())
            .position(|t| t.is_any(&["to"]));
        let hospital = to.is_some_and(|to| {
            tokens[j + 2 + to..]
                .iter()
                .take(4)
                .take_while(|t| !t.ends_clause())
                .any(|t| t.is_any(HOSPITALS))
        });
        return hospital.then_some(kind::TAKEN_TO_HOSPITAL);
    }
    // "gunned down five employees", "were gunned down": killed.
    if tokens[j].is_any(&["gun", "guns", "gunned", "gunning"])
        && tokens.get(j + 1).is_some_and(|t| t.is_any(&["down"]))
    {
        return Some("deaths");
    }
    if matches!(word.as_ref(), "lost" | "lose" | "loses" | "losing") {
        let mourned = tokens[j + 1..].iter().take(5).any(|t| t.is_any(MOURNED));
        return mourned.then_some("deaths");
    }
    // "9 with gunshot wounds", "one with a stab wound": hurt; "shot
    // with four bullet wounds" counts wounds.
    let figure_with =
        |k: usize| tokens[k].is_any(&["with"]) && k > 0 && number::is_count_token(&tokens[k - 1]);
    if matches!(word.as_ref(), "wounds" | "wound") && (j.saturating_sub(3)..j).any(figure_with) {
        return Some("injured");
    }
    // A headline's "Wounds 15 Others", "Injures Two": a verb, where "two
    // gunshot wounds" are wounds.
    if matches!(word.as_ref(), "wounds" | "injures")
        && tokens.get(j + 1).is_some_and(number::is_count_token)
    {
        return Some("injured");
    }
    // "Three officers fatally shot Legan": the adverb of an active verb
    // says what the shooters did, not what befell the figure.
    if word.ends_with("ly")
        && tokens
            .get(j + 1)
            .is_some_and(|t| t.is_any(&["shot", "stabbed", "wounded"]))
        && named_object(tokens, j + 2)
    {
        return None;
    }
    kind::predicate(&word)
}

/// Verbs of getting away that "with their lives" after them makes
/// survivors, and how far back from "lives" one may stand.
const ESCAPING: &[&str] = &["escaped", "escape", "fled", "survived", "got", "made"];
const ESCAPE_REACH: usize = 8;

/// The count of the badly or slightly hurt that a word of degree at `j`
/// opens, and where its word of harm stands: "seriously injured",
/// "serious injuries", "in serious condition", "minor injuries", "light
/// to moderate injuries".
fn degree_of_harm(tokens: &[Token], j: usize) -> Option<(&'static str, usize)> {
    let degree = degree_word(&tokens[j])?;
    let condition = degree == kind::SERIOUSLY_INJURED;
    let harm = (j + 1..tokens.len().min(j + 5))
        .find(|&k| !tokens[k].is_any(&["to", "or", "and", "moderate", "-"]))?;
    let hurt = kind::predicate(&tokens[harm].lower()) == Some("injured")
        || condition && tokens[harm].is_any(&["condition"]);
    hurt.then_some((degree, harm))
}

/// The count of the critically, badly or slightly hurt a word of degree
/// makes: "critically", "seriously", "minor".
fn degree_word(token: &Token) -> Option<&'static str> {
    if token.is_any(&["critically"]) {
        Some(kind::CRITICAL)
    } else if token.is_any(SEVERE) {
        Some(kind::SERIOUSLY_INJURED)
    } else if token.is_any(SLIGHT) {
        Some(kind::SLIGHTLY_INJURED)
    } else {
        None
    }
}

/// Forms of "be" that say what a figure's people are: "three were
/// children", "a dozen of the injured were seriously hurt".
const BEING: &[&str] = &["were", "are", "was", "is"];

/// How far after "on board" a verb of what befell those aboard counts
/// them instead.
const ABOARD_REACH: usize = 8;

/// Out of hospital after "treated and" or before "from the hospital".
const RELEASED: &str = "released";

/// Whether a verb of carrying ([`CARRYING`]) comes before the "to" that
/// leads to the hospital word at `j`, in its clause: "23 had been
/// transported to local area hospitals", "sent 23 people to area
/// hospitals".
fn carried_to(tokens: &[Token], j: usize) -> bool {
    let clause: Vec<usize> = (j.saturating_sub(8)..j)
        .rev()
        .take_while(|&k| !tokens[k].ends_clause())
        .collect();
    let Some(to) = clause
        .iter()
        .take(4)
        .position(|&k| tokens[k].is_any(&["to"]))
    else {
        return false;
    };
    clause[to + 1..].iter().any(|&k| tokens[k].is_any(CARRYING))
}

/// Whether token `at` names the object of the verb before it: "(fatally
/// shot) Legan", "(shot) him"; not "(shot) Saturday".
fn named_object(tokens: &[Token], at: usize) -> bool {
    tokens.get(at).is_some_and(|t| {
        t.is_any(OBJECT_PRONOUNS)
            || t.is_capitalised() && {
                let word = t.lower();
                !text::is_weekday(&word) && !text::is_month(&word)
            }
    })
}

/// Works out what the figure spanning `start..end` counts; `previous` is
/// the quantity and unit of the figure before it in its sentence, which a
/// figure naming nothing itself counts too. None when nothing around it
/// says.
pub fn counted(
    tokens: &[Token],
    number: &Number,
    start: usize,
    end: usize,
    previous: Option<(&str, &str)>,
) -> Option<Counted> {
    // "$5 billion from China", "12 percent from China" are no people.
    let nationals = number
        .unit
        .is_none()
        .then(|| nation::nationals(tokens, start, end))
        .flatten();
    if let Some((nationals, first, last)) = nationals {
        // "Five Israelis were injured" is a count of its own, no rival
        // for the five among the dead, nor are the six it had on board;
        // a nation's dead outlets give as the nation's figure alone.
        let state = counted_by_words(tokens, number, start, end, previous)
            .map(|c| {
                kind::whole_of_named_part(&c.quantity)
                    .unwrap_or(&c.quantity)
                    .trim_end_matches(PART)
                    .to_string()
            })
            .filter(|s| kind::is_event_count(s) && s != "deaths");
        let quantity = match state {
            Some(state) => format!("{state}: {nationals}"),
            None => nationals.clone(),
        };
        return Some(Counted {
            unit: nationals,
            quantity,
            known: true,
            loose: false,
            first,
            last,
        });
    }
    let mut counted = counted_by_words(tokens, number, start, end, previous)?;
    if let Some(charge) = charge_counted(tokens, counted.last) {
        counted.unit = charge;
    }
    if counted.quantity == "deaths"
        && (died_where(tokens, counted.last + 1) || laid_at(tokens, counted.first, counted.last))
    {
        counted.quantity.push_str(PART);
    }
    if number.value == 0.0
        && kind::is_toll(&counted.quantity)
        && at_one_place(tokens, counted.last + 1)
    {
        counted.quantity.push_str(PART);
    }
    let same_as_before =
        |(quantity, _): (&str, &str)| quantity.trim_end_matches(PART) == counted.quantity;
    let added = match increment(tokens, start, end) {
        Some(Added::More) => previous.is_none_or(same_as_before),
        Some(Added::Another) => previous.is_some_and(same_as_before),
        None => false,
    };
    if added && !counted.quantity.ends_with(PART) {
        counted.quantity.push_str(PART);
    }
    // "50 km south of Zagreb": how far the event was from a place.
    let placed_by_compass = tokens.get(counted.last + 1).is_some_and(is_compass)
        && tokens
            .get(counted.last + 2)
            .is_some_and(|t| t.is_any(&["of"]));
    if placed_by_compass && kind::measure(&counted.unit).is_some_and(|(m, _)| m == "length") {
        counted.quantity = kind::DISTANCE.to_string();
    }
    if received_by_hospital(tokens, start) {
        counted.quantity = format!("{}{PART}", kind::HOSPITALISED);
        counted.known = true;
    }
    Some(counted)
}

/// How a figure says it adds to a count told before.
enum Added {
    /// "Two more bodies were found": some of the count, never its total,
    /// unless a figure of another count comes before it in its sentence
    /// ("three died and 20 more were hurt": others).
    More,
    /// "The fire killed 12, and another two died in hospital": added only
    /// to the same count in its sentence; "Another 53 were wounded" after
    /// a toll is the others.
    Another,
}

/// Whether and how the figure spanning `start..end` adds to a count.
fn increment(tokens: &[Token], start: usize, end: usize) -> Option<Added> {
    if tokens.get(end).is_some_and(|t| t.is_any(&["more"]))
        && !tokens.get(end + 1).is_some_and(|t| t.is_any(&["than"]))
    {
        return Some(Added::More);
    }
    (start > 0 && tokens[start - 1].is_any(&["another", "further"])).then_some(Added::Another)
}

/// The first and last tokens of a figure that gives an earthquake's
/// magnitude: "magnitude 6.5", "magnitude-6.1" (split by the tokeniser),
/// "a 7.7-magnitude earthquake", "6.3 on the Richter scale".
fn magnitude(tokens: &[Token], start: usize, end: usize) -> Option<(usize, usize)> {
    let is = |j: usize, word: &str| tokens.get(j).is_some_and(|t| t.is_any(&[word]));
    let named_before = (1..=2)
        .filter_map(|k| start.checked_sub(k))
        .find(|&j| is(j, kind::MAGNITUDE) && (j + 1..start).all(|m| is(m, "-")));
    if let Some(j) = named_before {
        return Some((j, end - 1));
    }
    if tokens[end - 1].lower().ends_with("-magnitude") {
        return Some((start, end - 1));
    }
    if is(end, kind::MAGNITUDE) {
        return Some((start, end));
    }
    let richter = tokens[end.min(tokens.len())..]
        .iter()
        .take(4)
        .position(|t| t.is_any(&["richter"]));
    richter.map(|k| (start, end + k + usize::from(is(end + k + 1, "scale"))))
}

/// Whether the words at `at`, after a toll of none, name one place or
/// one episode of several: "no one was killed at the Rancho Tehama
/// Elementary School", "no one was hurt during the evacuation" say
/// nothing of the dead elsewhere, where "no one was hurt at the fire"
/// speaks of the whole event.
fn at_one_place(tokens: &[Token], at: usize) -> bool {
    tokens.get(at).is_some_and(|t| t.is_any(&["at", "during"]))
        && !tokens[at + 1..]
            .iter()
            .take(6)
            .take_while(|t| !t.ends_clause())
            .any(|t| t.is_any(EVENT_NOUNS))
}

/// Whether the figure spanning `first..=last` counts bodies its clause
/// takes to a hospital or a morgue: "Fifteen bodies were shifted to
/// PIMS hospital", "eight charred bodies at the Ignace Deen morgue".
/// Outlets count the dead each place received, some of the toll.
fn laid_at(tokens: &[Token], first: usize, last: usize) -> bool {
    // Taken to a place or lying at it, not "pulled from the burning
    // hospital".
    let clause = tokens[last + 1..]
        .iter()
        .take(MORGUE_REACH)
        .take_while(|t| !t.ends_clause() && !t.is_any(CONJUNCTIONS) && !t.is_any(&["from"]));
    let mut toward = false;
    tokens[first..=last].iter().any(|t| t.is_any(BODIES))
        && clause.into_iter().any(|t| {
            toward |= t.is_any(&["to", "at", "in", "into"]);
            toward && (t.is_any(HOSPITALS) || t.is_any(MORGUES))
        })
}

/// Verbs of how many a thing can hold, after "can" or "capacity to":
/// "can carry 20".
const HOLDING: &[&str] = &["carry", "hold", "accommodate", "seat", "support", "take"];

/// Nouns for the dead as bodies.
const BODIES: &[&str] = &["bodies", "body", "corpses"];

/// Where bodies are kept.
const MORGUES: &[&str] = &["morgue", "morgues", "mortuary", "mortuaries"];

/// How many tokens after a count of bodies the place they were taken
/// to may stand.
const MORGUE_REACH: usize = 10;

/// Whether the figure at `start` is what a hospital says it took in:
/// "the Children's Hospital received 45 children", "Enloe Medical Center
/// has received five patients", "local hospitals had treated 14 people".
/// One hospital's patients, or those its staff counted, are a part of
/// those hurt, never a rival for the whole.
fn received_by_hospital(tokens: &[Token], start: usize) -> bool {
    let sentence = tokens[start].sentence;
    let Some(verb) = (start.saturating_sub(3)..start)
        .rev()
        .find(|&j| tokens[j].is_any(RECEIVING) && tokens[j].sentence == sentence)
    else {
        return false;
    };
    (verb.saturating_sub(HOSPITAL_REACH)..verb)
        .filter(|&k| tokens[k].sentence == sentence)
        .any(|k| tokens[k].is_any(HOSPITALS))
}

/// Verbs of a hospital taking in patients, with the patients after them.
const RECEIVING: &[&str] = &["received", "receiving", "treated", "treating", "admitted"];

/// How many tokens before its verb a hospital may stand as its subject.
const HOSPITAL_REACH: usize = 12;

/// Whether the words at `at`, just after a death's predicate, say where
/// among the dead these died: "(died) at the scene", "(died) at the
/// hospital", "(died) on impact", "(killed) inside", "(shot) outside the
/// restaurant". Reports split a toll so ("three died at the scene and one
/// at the hospital"), and each such figure is a part of the toll, never a
/// rival to it. Where the event itself took place ("killed inside the
/// club") is no part: only the bare "inside" is read, which sets some of
/// the dead against others.
fn died_where(tokens: &[Token], at: usize) -> bool {
    // A participle may stand between: "were fatally (shot) outside".
    let at = at
        + usize::from(
            tokens
                .get(at)
                .is_some_and(|t| t.is_any(&["shot", "killed", "dead", "stabbed"])),
        );
    let is = |k: usize, words: &[&str]| tokens.get(at + k).is_some_and(|t| t.is_any(words));
    let ends = |k: usize| {
        tokens
            .get(at + k)
            .is_none_or(|t| t.ends_clause() || t.is_any(&["and"]))
    };
    if is(0, &["on"]) && is(1, &["impact"]) {
        return true;
    }
    if is(0, &["inside"]) && ends(1) || is(0, &["outside"]) {
        return true;
    }
    if !is(0, &["at", "in", "on"]) {
        return false;
    }
    // "at the scene", "at a hospital", "in hospital", "at Vanderbilt
    // University Medical Center", "on the way to the hospital".
    (at + 1..tokens.len().min(at + 7))
        .take_while(|&k| !tokens[k].ends_clause())
        .any(|k| {
            tokens[k].is_any(&["scene", "hospital"])
                || tokens[k].is_any(&["center", "centre"])
                    && tokens[k - 1].is_any(&["medical", "trauma"])
        })
}

/// What the words around a figure say it counts; [`counted`] then names
/// the unit of counts of a charge by the charge.
fn counted_by_words(
    tokens: &[Token],
    number: &Number,
    start: usize,
    end: usize,
    previous: Option<(&str, &str)>,
) -> Option<Counted> {
    // "A capacity of 43 passengers but carried 200": a bare figure after
    // what a place holds counts what it holds, not its capacity.
    let held = previous
        .filter(|&(quantity, _)| quantity == kind::CAPACITY)
        .map(|(_, unit)| kind::noun_key(unit));
    let previous = match &held {
        Some(held) => previous.map(|(_, unit)| (held.as_str(), unit)),
        None => previous,
    };
    // "13 out of the 20 victims", "13 out of 20" read as "13 of the 20
    // victims"; not "pulled 14 out of the rubble".
    let count_at = |k: usize| tokens.get(k).is_some_and(number::is_count_token);
    let out_of = tokens.get(end).is_some_and(|t| t.is_any(&["out"]))
        && tokens.get(end + 1).is_some_and(|t| t.is_any(&["of"]))
        && (count_at(end + 2)
            || tokens
                .get(end + 2)
                .is_some_and(|t| t.is_any(&["the", "those"]))
                && count_at(end + 3));
    let end = end + usize::from(out_of);
    let forward = window_forward(tokens, end);
    let backward = window_backward(tokens, start, reach_back(tokens, start));
    // "63 of them", "three of her four sons", "four of Taylor's sons";
    // but "all three of Velmar's schools" is the whole.
    let all = start
        .checked_sub(1)
        .is_some_and(|j| tokens[j].is_any(&["all"]));
    let partitive = !all
        && tokens.get(end).is_some_and(|t| t.lower() == "of")
        && tokens.get(end + 1).is_some_and(|t| {
            t.is_any(&["the", "those", "them", "whom", "which", "these"])
                || t.starts_with_digit()
                || t.is_any(POSSESSIVES)
                || t.is_capitalised() && (t.text.ends_with("'s") || t.text.ends_with("’s"))
        })
        && !number.vague;
    let head = head_noun(tokens, &forward);
    let noun_after = head.map(|h| tokens[h].lower().into_owned());
    // "The co-driver was among the injured, as were two firefighters":
    // the state is the clause's before the "as".
    let likewise: Vec<usize> = if start >= 2
        && tokens[start - 1].is_any(&["were", "was"])
        && tokens[start - 2].is_any(&["as"])
    {
        (start.saturating_sub(12)..start - 2)
            .rev()
            .take_while(|&j| tokens[j].sentence == tokens[start].sentence)
            .collect()
    } else {
        Vec::new()
    };
    // The figure's words run from its state when that stands close by
    // ("killing 27 people"), never from a clause it borrows it from.
    let span_with = |quantity: &str, unit: String, known: bool, at: usize| Counted {
        quantity: quantity.to_string(),
        unit,
        known,
        loose: false,
        first: if likewise.contains(&at) {
            start
        } else {
            at.min(start)
        },
        last: at.max(head.unwrap_or(0)).max(end.saturating_sub(1)),
    };
    let people_unit = || {
        noun_after
            .clone()
            .filter(|n| kind::may_be_counted(n))
            .unwrap_or_else(|| "people".to_string())
    };
    if let Some((first, last)) = magnitude(tokens, start, end) {
        return Some(Counted {
            quantity: kind::MAGNITUDE.to_string(),
            unit: kind::MAGNITUDE.to_string(),
            known: true,
            loose: false,
            first,
            last,
        });
    }
    // "a capacity of 43 passengers but carried 200", "a seating strength
    // of 42": how many it holds, whoever the noun after names.
    let holds = |k: usize| {
        tokens[k].is_any(CAPACITIES)
            || tokens[k].is_any(&["strength"]) && k > 0 && tokens[k - 1].is_any(&["seating"])
    };
    // Not "a capacity of 2 million barrels", "85%", "the seat for 12
    // years": amounts of a unit say how much, not how many it holds.
    let plain = number.unit.is_none()
        && noun_after
            .as_deref()
            .is_none_or(|n| !kind::is_unit(&kind::noun_key(n)) && kind::measure(n).is_none());
    if plain && start >= 2 && tokens[start - 1].is_any(&["of", "for"]) && holds(start - 2) {
        return Some(span_with(kind::CAPACITY, people_unit(), false, start - 2));
    }
    // "the capacity to carry 20 passengers", "can carry 20", "can only
    // support batches of 25 people at a time".
    let is = |k: usize, words: &[&str]| tokens.get(k).is_some_and(|t| t.is_any(words));
    let can_hold = |k: usize| {
        is(k, HOLDING)
            && k >= 2
            && (is(k - 1, &["can", "could"])
                || is(k - 1, &["only"]) && is(k - 2, &["can", "could"])
                || is(k - 1, &["to"]) && holds(k - 2))
    };
    let batches = start >= 3 && is(start - 1, &["of"]) && is(start - 2, &["batches", "groups"]);
    let verb = start.checked_sub(if batches { 3 } else { 1 });
    if let Some(verb) = verb.filter(|&v| plain && can_hold(v)) {
        return Some(span_with(kind::CAPACITY, people_unit(), false, verb));
    }
    // "210 km/h", "210km/h", "80 kilometres per hour", "130 miles an
    // hour": a length an hour is a speed, whatever the sentence says of
    // people.
    let speed = match &number.unit {
        Some(Unit::Measure(glued)) => speed(tokens, glued, end - 1).map(|s| (s, start)),
        None => forward
            .first()
            .and_then(|&at| speed(tokens, &tokens[at].lower(), at).map(|s| (s, at))),
        _ => None,
    };
    if let Some(((unit, last), at)) = speed {
        return Some(Counted {
            last,
            ..span_with(&unit, unit.clone(), false, at)
        });
    }
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
            // "a 41,200-capacity ground", "a 500-seat theatre": how many
            // the place holds, whatever the place is called.
            let name = if CAPACITIES.contains(&measure.as_str()) {
                kind::CAPACITY.to_string()
            } else if STOREYS.contains(&measure.as_str()) {
                // "a two-storey hotel" says how tall it stands, no rival
                // for "one storey of the building collapsed".
                BUILDING_HEIGHT.to_string()
            } else if kind::measure(measure).is_some_and(|(m, _)| m != "duration") {
                // "a 38-metre steel bridge", "a 500-tonne load": the
                // bridge's length, which another outlet gives as "about
                // 40 metres long". A span keeps its noun: "a three-day
                // festival" and "a three-day event" meet by it.
                measure.clone()
            } else {
                noun_after.clone().unwrap_or_else(|| measure.clone())
            };
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
    // A zero counts only what follows it ("zero deaths", "none were
    // hurt"): looking back, "killed and zero width remained" would make a
    // death toll of a width.
    let zero = number.value == 0.0;
    let behind: &[usize] = if zero { &[] } else { &backward };
    // "35 people remain missing and 3,000 residents were moved to
    // shelters", "400 officers were on duty and three people have been
    // arrested": a figure with a verb of its own opens a clause of its
    // own, and shares nothing with the one across the "and".
    let own_clause = forward.iter().any(|&j| tokens[j].is_any(AUXILIARIES));
    // A participle after its auxiliary ("one was found on the sidewalk
    // and one died") may still share the state across the "and"; "on
    // duty" does not.
    let stated = forward.iter().any(|&j| {
        tokens[j].is_any(AUXILIARIES)
            && tokens
                .get(j + 1)
                .is_some_and(|t| t.is_any(&["on", "in", "at"]))
    });
    let mut beyond_and = if stated {
        Vec::new()
    } else {
        coordinated(tokens, &forward, end, true)
    };
    if !zero && !own_clause {
        beyond_and.extend(coordinated(tokens, &backward, start, false));
    }
    // "Ten people were shot" is a count of those shot; "he shot two
    // officers" tells a story one shot at a time, no rival for it; and
    // "one (warning) shot", a singular after one, is the noun.
    let one_shot = |j: usize| number.value == 1.0 && head == Some(j);
    // "four people questioned about the shootings": a participle right
    // after the noun says what happened to those counted, and the state
    // words past it are about something else.
    // "a train carrying about 300 people derailed": people who are the
    // object of a verb before them did not do the verb after them.
    let object = start
        .checked_sub(1)
        .is_some_and(|j| tokens[j].text.len() > 4 && tokens[j].lower().ends_with("ing"));
    let own_verb = head.map(|h| h + 1).filter(|&v| {
        !object && forward.contains(&v) && kind::is_people(&tokens[v - 1].lower()) && {
            let word = tokens[v].lower();
            // "300 people packed the club", "helicopters lifted 14", "17
            // people showed improvements": a verb with an object is what
            // those counted did.
            let object = tokens.get(v + 1).is_some_and(|t| {
                t.is_any(OBJECTS)
                    || t.is_any(POSSESSIVES)
                    || number::is_count_token(t)
                    || is_noun(t)
                    // "nine others suffered life-threatening injuries":
                    // an object after its adjective.
                    || t.is_word()
                        && !is_stop_word(&t.lower())
                        && tokens.get(v + 2).is_some_and(is_noun)
            });
            word.ends_with("ed")
                && !object
                && !SHOOTING.iter().any(|(verb, _)| word == *verb)
                && predicate_at(tokens, v).is_none()
                && !LEADING.contains(&word.as_ref())
        }
    });
    // "taken to three hospitals", "four local clinics": hospitals counted
    // are places, whatever the sentence says of the people taken there.
    let counts_hospitals = head.is_some_and(|h| {
        tokens[h].is_any(&["hospitals", "clinics"])
            || number.value == 1.0 && tokens[h].is_any(&["hospital", "clinic"])
    });
    let mut predicates = forward
        .iter()
        .chain(behind.iter())
        .chain(beyond_and.iter())
        .chain(likewise.iter())
        .filter_map(|&j| predicate_at(tokens, j).map(|k| (k, j)))
        .filter(|&(k, j)| k != kind::SHOT || forward.contains(&j) && !one_shot(j))
        // "one hospital nurse", "two death row inmates": a noun of the
        // state before the counted noun only says which ones.
        .filter(|&(_, j)| {
            !(head.is_some_and(|h| j < h)
                && tokens[j].is_any(STATE_NOUNS)
                && tokens.get(j + 1).is_some_and(is_noun))
        })
        // "killing them in one hit": a verb whose object is a pronoun
        // does not count the figure after it ("her" may be a possessive:
        // "killed her two friends").
        .filter(|&(_, j)| {
            j > start || !tokens.get(j + 1).is_some_and(|t| t.is_any(OBJECT_PRONOUNS))
        })
        // "eight firearms charges" counts charges, not people charged;
        // but "no charges were filed" charges no one.
        .filter(|&(k, j)| {
            zero || !(k == "charged" && head == Some(j) && tokens[j].is_any(&["charges", "charge"]))
        })
        .filter(|_| own_verb.is_none() && !counts_hospitals);
    // "Two remain hospitalized in critical condition": the condition says
    // more than the ward, when the same words give both; so it does than
    // the hurt that only names those counted ("seven injured people were
    // in critical condition").
    // "Two of the wounded were in critical condition", "Five of the 13
    // injured", "Five of the 15 miners trapped underground were rescued":
    // the state inside "of the wounded" is the whole's, and the part's is
    // the one after.
    let whole_state = |j: usize| {
        partitive
            && (end + 1..j).all(|k| {
                tokens[k].is_any(NOUN_SKIP)
                    || tokens[k].is_any(POSSESSIVES)
                    || number::is_count_token(&tokens[k])
                    || kind::is_people(&tokens[k].lower())
            })
    };
    let predicate = predicates.next().map(|first| {
        let ahead = |j: usize| forward.contains(&j);
        let in_hospital = matches!(first.0, kind::HOSPITALISED | kind::TAKEN_TO_HOSPITAL);
        let named_hurt = first.0 == "injured" && head.is_some_and(|h| first.1 < h);
        let condition = ((in_hospital || named_hurt) && ahead(first.1))
            .then(|| predicates.find(|&(k, j)| k == kind::CRITICAL && ahead(j)))
            .flatten();
        let part = (whole_state(first.1) && ahead(first.1))
            .then(|| {
                predicates
                    .find(|&(_, j)| ahead(j))
                    .or_else(|| state_after_whole(tokens, first.1))
            })
            .flatten();
        // "Rescuers freed 14 people trapped against the gates", "rescued
        // 12 workers who were trapped", "killing 112 people trapped
        // inside": a participle after the noun, or a relative clause,
        // says what they were before the verb whose object they are did
        // its work.
        let described = head.is_some_and(|h| {
            first.1 == h + 1
                || first.1 > h + 2
                    && tokens[h + 1].is_any(&["who", "that"])
                    && (h + 2..first.1).all(|k| {
                        tokens[k].is_any(AUXILIARIES) || tokens[k].is_any(&["had", "have", "has"])
                    })
        });
        let object_of = (described && start > 0)
            .then(|| predicate_at(tokens, start - 1).map(|k| (k, start - 1)))
            .flatten()
            .filter(|_| {
                let verb = tokens[start - 1].lower();
                verb.ends_with("ed") || verb.ends_with("ing")
            });
        condition.or(part).or(object_of).unwrap_or(first)
    });
    // "killing all 157 on board": the verb whose object the figure is
    // says what befell them; "on board" only says where they were.
    let object_of_toll = || {
        let mut j = start.checked_sub(1)?;
        if tokens[j].is_any(&["all"]) {
            j = j.checked_sub(1)?;
        }
        predicate_at(tokens, j)
            .filter(|&p| kind::is_toll(p))
            .map(|p| (p, j))
    };
    let predicate = match predicate {
        Some((kind::ON_BOARD, _)) => object_of_toll().or(predicate),
        // The figure's words run to the word of harm after the degree.
        // Read back from the figure, the harm comes before its degree:
        // "the seriously injured were four firemen".
        Some((_, at)) => degree_of_harm(tokens, at)
            .or_else(|| {
                let degree = at.checked_sub(1)?;
                degree_of_harm(tokens, degree).filter(|&(_, harm)| harm == at)
            })
            .or(predicate),
        None => None,
    };
    // "Two dozen ambulances ferried the wounded", "hospital two days
    // later": a number before a noun for things counts those things, whatever
    // happened to people nearby.
    // "one year after his arrest": a figure of time counts no people.
    // "shot from about 30 feet away": a measure, whatever word follows it.
    let measure = forward
        .first()
        .is_some_and(|&j| kind::is_unit(&kind::noun_key(tokens[j].text)));
    // "Eight crew members on board" counts crew; "186 passengers" or
    // "200 people" on board count passengers.
    let aboard_others = |name: &str| {
        name == kind::ON_BOARD
            && noun_after.as_deref().is_some_and(|noun| {
                !matches!(kind::noun_key(noun).as_str(), "people" | "passenger")
            })
    };
    let predicate = predicate.filter(|&(name, at)| {
        let counts_the_figure = !kind::counts_people(name)
            || !measure
                && noun_after.as_deref().is_none_or(|noun| {
                    kind::may_be_counted(noun)
                        || kind::predicate(noun).is_some()
                        || !is_plural(noun) && !kind::is_unit(&kind::noun_key(noun))
                })
            || head == Some(at);
        counts_the_figure && !aboard_others(name)
    });
    // "Two gunmen killed five people", "a single shooter killed": the
    // attackers' own verb, with its victims after it, counts attackers.
    let attackers_acting = predicate.is_some_and(|(name, at)| {
        kind::is_toll(name)
            && head.is_some_and(|h| h < at)
            && noun_after.as_deref().map(kind::side) == Some(Some(kind::ATTACKERS))
            && tokens.get(at + 1).is_some_and(|t| {
                number::is_count_token(t)
                    || t.is_any(OBJECTS)
                    || t.is_any(OBJECT_PRONOUNS)
                    || t.is_any(POSSESSIVES)
            })
    });
    // "Two people allegedly entered and shot 31 people": people whose
    // own harming verb has a count after it did the harm; not a
    // headline's "2 People Killed 3 Injured", two counts side by side,
    // nor the victims of a verb before them ("killed 12 people and
    // injured 30").
    let told = |t: &Token| kind::predicate(&t.lower()).is_some();
    let subject = (start.saturating_sub(SUBJECT_REACH)..start)
        .rev()
        .take_while(|&k| !tokens[k].ends_clause())
        .all(|k| !told(&tokens[k]) && !tokens[k].is_any(HARMING));
    let people_acting = subject
        && head.is_some_and(|h| {
            kind::is_people(&tokens[h].lower())
                && (h + 1..tokens.len().min(h + 6))
                    .take_while(|&k| !tokens[k].ends_clause())
                    .any(|k| {
                        tokens[k].is_any(HARMING)
                            && !tokens[k - 1].is_any(AUXILIARIES)
                            && tokens.get(k + 1).is_some_and(number::is_count_token)
                            && !tokens.get(k + 2).is_some_and(told)
                    })
        });
    if attackers_acting || people_acting {
        let noun = noun_after.clone().unwrap_or_default();
        return Some(span_with(
            kind::ATTACKERS,
            noun,
            true,
            head.unwrap_or(start),
        ));
    }
    if let Some((name, at)) = predicate {
        let name = if name == kind::TRAPPED && not_yet_freed(tokens, start, at) {
            kind::STILL_TRAPPED
        } else {
            name
        };
        // Those in critical condition are always some of the hurt: a
        // part of nothing else to keep them from. So are the seriously or
        // slightly hurt that a part of the hurt is said to be ("nearly a
        // dozen of the injured were seriously hurt"), where "two of the
        // seriously injured" are some of them.
        // "Four of the injured remain in a serious condition" says what
        // they are, as "were" does.
        let said_to_be = at > start
            && (start..at).any(|k| {
                tokens[k].is_any(BEING) || tokens[k].is_any(&["remain", "remains", "remained"])
            });
        let whole_of_its_own = name == kind::CRITICAL
            || said_to_be && [kind::SERIOUSLY_INJURED, kind::SLIGHTLY_INJURED].contains(&name);
        // "The dead include a boy and two men", "Among the dead were two
        // children": some of those the state before them counts.
        // "Nine Ludovians were among the injured (those killed)", too.
        let among = |k: usize| tokens[k].is_any(&["among", "amongst"]);
        let included = at < start
            && behind
                .iter()
                .chain(&beyond_and)
                .any(|&k| k < start && tokens[k].is_any(INCLUDED_AMONG))
            || at > start
                && (among(at - 1)
                    || at > start + 1 && tokens[at - 1].is_any(&["the", "those"]) && among(at - 2));
        let name = if (partitive || included) && !whole_of_its_own {
            format!("{name}{PART}")
        } else {
            name.to_string()
        };
        let unit = if kind::counts_people(name.trim_end_matches(PART)) {
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
        // "At least 20 people, including six firefighters, got injured":
        // an aside that "including" opens after a count of what befell
        // people is some of them, whatever its noun would count alone.
        let whole = previous
            .map(|(quantity, _)| quantity.trim_end_matches(PART))
            .filter(|&quantity| kind::counts_people(quantity));
        // Named by its noun ("deaths: children (part)"), so that it meets
        // the same part in other outlets, and no other: "two girls" and
        // "four children" are no rivals.
        if let Some(whole) = whole.filter(|_| aside_of_including(tokens, start)) {
            let name = format!("{whole}: {}{PART}", kind::named(noun));
            return Some(span_with(&name, noun.clone(), true, at));
        }
        // "150 firefighters" with no verb: those sent. Police are more
        // than that: in a shooting they are wounded, shot at and standing
        // guard, so "12 officers" joins a deployment only as loosely as
        // any other noun does.
        // Officers who "fatally shot Legan" or "shot the gunman" are
        // the ones who fired, counted as firmly as any force sent.
        let clause = (at + 1..tokens.len().min(at + 12))
            .take_while(|&k| !tokens[k].ends_clause() && tokens[k].sentence == tokens[at].sentence);
        let fired_at_someone = clause.into_iter().any(|k| {
            tokens[k].is_any(&["shot", "killed", "wounded"])
                && (named_object(tokens, k + 1)
                    || tokens.get(k + 1).is_some_and(|t| t.is_any(&["the", "a"]))
                        && tokens
                            .get(k + 2)
                            .is_some_and(|t| kind::side(&t.lower()) == Some("attackers")))
        });
        // "nearly 150 rescue workers on site": people of a rescue are
        // sent, whatever else workers may be.
        let rescuing = head.is_some_and(|h| {
            h > 0 && tokens[h - 1].is_any(RESCUING) && tokens[h].is_any(RESCUE_CREWS)
        });
        if kind::is_deployed(noun) || rescuing {
            return Some(Counted {
                loose: kind::side(noun) == Some("police") && !fired_at_someone,
                ..span_with(kind::DEPLOYED, noun.clone(), true, at)
            });
        }
        // "two gunmen", "more than one assailant", "two men opened fire":
        // how many attacked is one count however outlets name them.
        // "Two men fired by the council" lost their jobs: firing is a
        // shot only when it goes somewhere or fires something.
        let fired = head.is_some_and(|h| {
            SHOOTING.iter().any(|(verb, next)| {
                tokens.get(h + 1).is_some_and(|t| t.is_any(&[verb]))
                    && tokens.get(h + 2).is_some_and(|t| t.is_any(next))
            })
        });
        if kind::side(noun) == Some(kind::ATTACKERS) || fired && kind::is_people(noun) {
            return Some(span_with(kind::ATTACKERS, noun.clone(), true, at));
        }
        let part = if partitive { PART } else { "" };
        if let Some(verb) = own_verb {
            // Named by what happened to them, and no plain count of
            // people, which a toll could take for its own.
            let counted = format!("{} {}", kind::noun_key(noun), tokens[verb].lower());
            return Some(span_with(&format!("{counted}{part}"), counted, false, verb));
        }
        // "The factory had six stories", "the tower's 24 floors": how
        // tall it stands, as "a six-storey factory" says.
        let name = match kind::noun_key(noun) {
            storey if storey == kind::STOREY && sized(tokens, start) => BUILDING_HEIGHT.to_string(),
            name => name,
        };
        return Some(span_with(
            &format!("{name}{part}"),
            noun.clone(),
            kind::is_people(noun),
            at,
        ));
    }
    // "and a total of 45 since 2017": the count of the figure before it;
    // "63 of them": a part of it, which is no rival to the whole.
    if let Some((quantity, unit)) = previous {
        // "Of the 14 people hurt, nine were released": a part of the
        // whole the sentence opens with.
        let opening = sentence_span(tokens, start).start;
        let fronted =
            tokens[opening].is_any(&["of"]) && (opening + 1..start).any(|j| tokens[j].text == ",");
        // "Ten people died, and three were children", "nine were
        // firefighters": a part of the count before, named by the noun
        // said of it, as an aside "including" opens is.
        let base = quantity.trim_end_matches(PART);
        // "Eight of them were soldiers" as "eight were soldiers".
        let of_them = partitive && tokens[end + 1].is_any(&["them"]);
        let said_of = noun_said_of(tokens, end)
            .or_else(|| of_them.then(|| noun_said_of(tokens, end + 2)).flatten());
        if let Some(k) = said_of
            .filter(|_| kind::counts_people(base) && kind::whole_of_named_part(base).is_none())
        {
            return Some(Counted {
                quantity: format!("{base}: {}{PART}", kind::named(tokens[k].text)),
                unit: tokens[k].lower().into_owned(),
                known: true,
                loose: false,
                first: start,
                last: k,
            });
        }
        // "63 people were injured, 11 of them seriously": the degree the
        // part is left with names its count.
        let adverb = tokens.get(end + 2).filter(|_| {
            partitive
                && tokens[end + 1].is_any(&["them"])
                && tokens.get(end + 3).is_none_or(Token::ends_clause)
        });
        let degree = adverb.filter(|_| base == "injured").and_then(degree_word);
        if let Some(degree) = degree {
            return Some(Counted {
                quantity: degree.to_string(),
                unit: unit.to_string(),
                known: true,
                loose: false,
                first: start,
                last: end + 2,
            });
        }
        let part = if (partitive || fronted) && !quantity.ends_with(PART) {
            PART
        } else {
            ""
        };
        return Some(Counted {
            quantity: format!("{quantity}{part}"),
            unit: unit.to_string(),
            known: false,
            loose: false,
            first: start,
            last: end - 1,
        });
    }
    if let Some(subject) = backward.iter().find(|&&j| is_noun(&tokens[j])) {
        return Some(span_with(
            &kind::noun_key(tokens[*subject].text),
            tokens[*subject].lower().into_owned(),
            false,
            *subject,
        ));
    }
    // "Two are now out of surgery", "Six remain in hospital": a figure
    // that is the subject of its verb counts people.
    let verb = tokens.get(end).map(Token::lower);
    let subject_of_verb = start == sentence_span(tokens, start).start
        && verb.is_some_and(|v| PEOPLE_VERBS.contains(&v.as_ref()));
    subject_of_verb.then(|| span_with("people", "people".to_string(), false, start))
}

/// Whether the figure starting at `start` opens an aside that
/// "including" leads: ", including six firefighters,", ", including at
/// least two children,", "– including two Portuguese –".
fn aside_of_including(tokens: &[Token], start: usize) -> bool {
    (start.saturating_sub(INCLUDING_REACH)..start)
        .rev()
        .take_while(|&k| !tokens[k].ends_clause())
        .find(|&k| !kind::qualifies(&tokens[k]))
        .is_some_and(|k| {
            tokens[k].is_any(&["including"])
                && k > 0
                && matches!(tokens[k - 1].text, "," | "(" | "—" | "–" | "-" | "--")
        })
}

/// The people noun a bare figure ending at `end` is said to be, ending
/// its clause: "three were children", "nine were police officers".
pub(super) fn noun_said_of(tokens: &[Token], end: usize) -> Option<usize> {
    if !tokens.get(end)?.is_any(BEING) {
        return None;
    }
    (end + 1..tokens.len().min(end + 4))
        .take_while(|&k| !tokens[k].ends_clause())
        .last()
        .filter(|&k| tokens.get(k + 1).is_none_or(Token::ends_clause))
        .filter(|&k| {
            let noun = tokens[k].lower();
            kind::is_people(&noun) || kind::side(&noun).is_some()
        })
}

/// The state of a part whose whole's own state stands at `at`, further
/// on in its clause than a figure's words reach: "Three of the 40 people
/// injured in the blast have since died".
fn state_after_whole(tokens: &[Token], at: usize) -> Option<(&'static str, usize)> {
    let sentence = tokens[at].sentence;
    (at + 1..tokens.len().min(at + 1 + PART_STATE_REACH))
        .take_while(|&k| tokens[k].sentence == sentence && !tokens[k].ends_clause())
        .find_map(|j| predicate_at(tokens, j).map(|k| (k, j)))
}

/// How many words past the whole's state a part's own may stand.
const PART_STATE_REACH: usize = 8;

/// Whether a word of [`STILL`] stands by a figure at `start` and its
/// state at `at`, or between them: "17 others are still trapped", "Six
/// other workers remain trapped", "the eight remaining workers trapped".
fn not_yet_freed(tokens: &[Token], start: usize, at: usize) -> bool {
    let sentence = tokens[start].sentence;
    (start.min(at).saturating_sub(STILL_REACH)..=start.max(at))
        .any(|k| tokens[k].sentence == sentence && tokens[k].is_any(STILL))
}

/// How far before a figure a word of [`STILL`] may stand: "the eight
/// remaining ... workers".
const STILL_REACH: usize = 2;

/// Whether the figure at `start` is what something has or is built of:
/// "had six stories", "with 24 floors", "the tower's 24 floors".
fn sized(tokens: &[Token], start: usize) -> bool {
    start.checked_sub(1).is_some_and(|k| {
        let before = &tokens[k];
        before.is_any(&["have", "has", "had", "having", "with"])
            || ["'s", "’s"].iter().any(|s| before.text.ends_with(s))
    })
}

/// The name of a building's height in storeys ("a two-storey hotel"), a
/// quantity apart from storeys counted.
const BUILDING_HEIGHT: &str = "building height";

/// How far before a figure "including" may stand, past words that
/// qualify it ("including at least").
const INCLUDING_REACH: usize = 4;

/// The unit of a speed ("km/h") and its last token, when `length`, the
/// unit whose last token is `at`, is a length and "/h", "per hour" or "an
/// hour" follows it.
fn speed(tokens: &[Token], length: &str, at: usize) -> Option<(String, usize)> {
    let (by, hour) = (tokens.get(at + 1)?, tokens.get(at + 2)?);
    let by = by.text == "/" || by.is_any(&["per", "an", "a"]);
    let is_length = kind::measure(length).is_some_and(|(measure, _)| measure == "length");
    (by && is_length && hour.is_any(&["h", "hr", "hour"])).then(|| (format!("{length}/h"), at + 2))
}

/// Whether `noun` reads as a plural, as the things a number counts do
/// ("ambulances", "days"); an adverb after a figure ("19 still missing")
/// does not.
fn is_plural(noun: &str) -> bool {
    noun.ends_with('s') && !noun.ends_with("ss")
}

/// Up to six words after a figure, to the end of its clause or the next
/// figure ("two gunmen shot five people"; a whole's figure in a part,
/// "three of her four sons", is passed over); a name
/// ("two Dallas County Community College District officers") counts as
/// one word, and an aside ([`aside_end`]) none.
fn window_forward(tokens: &[Token], end: usize) -> Vec<usize> {
    let mut window: Vec<usize> = Vec::new();
    let mut words = 0;
    let mut j = end;
    // Tokens passed over in asides, which the reach does not count.
    let mut aside = 0;
    while let Some(token) = tokens.get(j).filter(|_| j < end + aside + 12) {
        // "five people -- including a pregnant woman -- were killed": an
        // aside between dashes or brackets is passed over, not read as
        // what the figure counts.
        if let Some(after) = aside_end(tokens, j) {
            aside += after - j;
            j = after;
            continue;
        }
        // "six listed as stable", "two described as critical": the "as"
        // of a participle leads on to the state.
        let state_as = token.is_any(&["as"]) && j > 0 && tokens[j - 1].is_any(LEADING);
        if token.ends_clause()
            || token.is_any(CONJUNCTIONS) && !state_as && !paired_modifiers(tokens, &window, j)
            || token.is_any(SUBORDINATORS)
            || number::is_count_token(token)
                && !window.iter().any(|&k| tokens[k].is_any(&["of"]))
                && !is_figured_adjective(token)
        {
            break;
        }
        let named =
            token.is_capitalised() && window.last().is_some_and(|&k| tokens[k].is_capitalised());
        words += usize::from(!named);
        if words > 6 {
            // A relative clause ("one victim who tried to escape through
            // a back door was shot") holds the subject's verb further off.
            let reach = if window.iter().any(|&k| tokens[k].is_any(&["who"])) {
                8
            } else {
                4
            };
            window.extend(verb_beyond(tokens, j, reach));
            break;
        }
        window.push(j);
        j += 1;
    }
    window
}

/// Whether the "and" or "or" at `at` joins two words that describe one
/// plural noun: "1.9 million current and former customers" counts
/// customers; "five dead and three injured" and "men and women" join two
/// counts or two nouns.
fn paired_modifiers(tokens: &[Token], window: &[usize], at: usize) -> bool {
    // Describing words only: not "people", not a state ("injured").
    let lower_word = |t: &Token| {
        let word = t.lower();
        t.is_word()
            && !t.is_capitalised()
            && !t.starts_with_digit()
            && !number::is_cardinal_word(&word)
            && kind::predicate(&word).is_none()
            && kind::noun_key(&word) != "people"
    };
    let [first] = window else {
        return false;
    };
    let (before, after, noun) = (&tokens[*first], tokens.get(at + 1), tokens.get(at + 2));
    tokens[at].is_any(&["and", "or"])
        && lower_word(before)
        && !is_plural(&before.lower())
        && after.is_some_and(|t| lower_word(t) && !is_plural(&t.lower()))
        && noun.is_some_and(|t| is_noun(t) && is_plural(&t.lower()))
}

/// The tokens from `at` to the predicate that ends a long subject:
/// "14 passengers on board the second bus were hurt", "300 people living
/// near the plant were evacuated". Only a state after an auxiliary, a
/// few words on (`reach` tokens) in the same clause, is taken; empty when
/// there is none.
fn verb_beyond(tokens: &[Token], at: usize, reach: usize) -> std::ops::Range<usize> {
    let last = tokens.len().min(at + reach);
    for p in at..last {
        let t = &tokens[p];
        // Another figure, or a clause of its own ("sources tell News that
        // there are four people dead"), has its own verb.
        if t.ends_clause()
            || t.is_any(CONJUNCTIONS)
            || t.is_any(SUBORDINATORS)
            || t.is_any(&["that"])
            || number::is_count_token(t)
        {
            break;
        }
        // "were hurt"; "have been admitted to hospital".
        let stated = (p.saturating_sub(3)..p).any(|k| tokens[k].is_any(AUXILIARIES));
        if stated && predicate_at(tokens, p).is_some() {
            return at..p + 1;
        }
    }
    at..at
}

/// How long an aside may be, in tokens, to be passed over.
const ASIDE: usize = 12;

/// How far back, in tokens, a harming verb makes a figure its object
/// ("killed 12 people") rather than the subject of its own clause.
const SUBJECT_REACH: usize = 12;

/// Where the aside that opens at token `at` ends (the token after its
/// closing mark): a dash ("—", "–", "-" or "--") closed by the same mark,
/// a bracket closed by its pair, or a comma before "including" closed by
/// a comma, within [`ASIDE`] tokens of one sentence. `None` when no aside
/// opens there.
fn aside_end(tokens: &[Token], at: usize) -> Option<usize> {
    let open = tokens[at].text;
    let close = match open {
        "(" => ")",
        // A citation mark: "13[1][2] dead".
        "[" => "]",
        "—" | "–" | "-" => open,
        // "Three people, including the shooter, were killed"; "Two men,
        // ages 19 and 22, were arrested", "Two men, 19 and 22, were".
        "," if tokens.get(at + 1).is_some_and(|t| {
            t.is_any(INCLUDING) || t.is_any(AGE_WORDS) || t.starts_with_digit()
        }) =>
        {
            open
        }
        // "Two other staff members, Rachael Pacella and Janel Cooley,
        // were also injured": the names of those counted.
        "," if tokens.get(at + 1).is_some_and(Token::is_capitalised) => open,
        _ => return None,
    };
    let names_only = open == "," && tokens.get(at + 1).is_some_and(Token::is_capitalised);
    // "--" is two tokens, opening and closing alike.
    let run = |j: usize| {
        if open == "-" && tokens.get(j).is_some_and(|t| t.text == "-") {
            j + 1
        } else {
            j
        }
    };
    let inside = run(at + 1);
    (inside..tokens.len().min(inside + ASIDE))
        .take_while(|&j| tokens[j].sentence == tokens[at].sentence)
        .find(|&j| tokens[j].text == close)
        .filter(|&j| j > inside)
        .filter(|&j| {
            !names_only
                || tokens[inside..j]
                    .iter()
                    .all(|t| t.is_capitalised() || t.is_any(&["and", "."]))
        })
        .map(|j| run(j + 1))
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

/// How far back from a figure its subject may stand: near it, or the
/// whole subject when the figure ends a change ("the death toll in the
/// stampede at a religious congregation in Hathras has surged to 121")
/// or something is put at it ("put the number of dead from Saturday's
/// earthquake at 137").
fn reach_back(tokens: &[Token], start: usize) -> Reach {
    let change = start >= 2
        && tokens[start - 1].is_any(CHANGE_ENDS)
        && tokens[start - 2].is_any(CHANGE_VERBS);
    // "Officials put the number of dead from Saturday's earthquake at
    // 137": what is put at a figure may stand far before it.
    let placed = start >= 2
        && tokens[start - 1].is_any(&["at"])
        && (start.saturating_sub(12)..start - 1)
            .any(|j| tokens[j].is_any(PLACING) && tokens[j].sentence == tokens[start].sentence);
    if change || placed {
        Reach::Subject
    } else {
        Reach::Near
    }
}

/// Up to `reach` tokens before a figure, nearest first, to the start of
/// its clause or the figure before it: in "killed three people in one
/// hit" the verb is the first figure's.
fn window_backward(tokens: &[Token], start: usize, reach: Reach) -> Vec<usize> {
    let subject = reach == Reach::Subject;
    let reach = if subject { LONG_REACH } else { 6 };
    let mut window = Vec::new();
    let mut j = start;
    while j > start.saturating_sub(reach) {
        j -= 1;
        let token = &tokens[j];
        // "The death toll from a blast in Guinea's capital, Conakry, has
        // increased to 23": a whole subject runs past a place set off by
        // commas.
        if subject {
            if let Some(open) = place_set_off(tokens, j, false) {
                j = open;
                continue;
            }
        }
        // A whole subject may join nouns too ("the toll from a blast and
        // fire"), but no clauses ("but", "while").
        let joins_clauses =
            token.is_any(CONJUNCTIONS) && !(subject && token.is_any(&["and", "or"]));
        if token.ends_clause()
            || joins_clauses
            || token.is_any(SUBORDINATORS)
            || number::is_count_token(token)
            || number::read(tokens, j).is_some_and(|n| n.tokens.end >= start && j < start)
                && !token.is_word()
        {
            break;
        }
        window.push(j);
        // "charged him with publishing hundreds of documents": a gerund
        // after a preposition governs the figure, and the verb before it
        // does not.
        let gerund = token.text.len() > 5
            && token.lower().ends_with("ing")
            && j.checked_sub(1)
                .is_some_and(|p| tokens[p].is_any(GERUND_OPENERS))
            && kind::predicate(&token.lower()).is_none();
        if gerund {
            break;
        }
    }
    window
}

/// How far back a figure's words may be read: near it, or to the whole
/// subject of a figure that ends a change or is put at a figure.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reach {
    /// Six tokens.
    Near,
    /// [`LONG_REACH`] tokens, past a place set off by commas and nouns
    /// joined by "and".
    Subject,
}

/// How far back the subject of a figure that ends a change may stand.
const LONG_REACH: usize = 20;

/// The noun a figure counts: the last of the first run of content words
/// after it ("such plots", "international visitors").
fn head_noun(tokens: &[Token], forward: &[usize]) -> Option<usize> {
    let mut head = None;
    for (n, &j) in forward.iter().enumerate() {
        let token = &tokens[j];
        let word = token.lower();
        if head.is_none() && (NOUN_SKIP.contains(&word.as_ref()) || n == 0 && word == "people") {
            if word == "people" {
                return Some(j);
            }
            continue;
        }
        // "14 of 31 seats", "63 of the 112 miners": the whole's figure
        // stands between a part and the noun both count.
        let whole = head.is_none()
            && (token.starts_with_digit() || number::is_cardinal_word(&word))
            && forward[..n].iter().any(|&k| tokens[k].is_any(&["of"]));
        if whole {
            continue;
        }
        // "Two gunmen shot five people": after a noun for people, "shot"
        // is what they did, not the noun the phrase ends in.
        let shot = kind::predicate(&word) == Some(kind::SHOT);
        if shot && head.is_some_and(|h: usize| kind::may_be_counted(&tokens[h].lower())) {
            break;
        }
        if n == 1 && paired_modifiers(tokens, &forward[..1], j) {
            head = None;
            continue;
        }
        // "60 kilometres southeast of the capital": the point of the
        // compass places the length, and is not what it measures.
        if is_compass(token) {
            break;
        }
        if !is_noun(token) {
            // "100 planned operations": a participle before its noun;
            // "11 OPD officers", "two Baton Rouge police officers", "three
            // Orange County sheriff's deputies": a name or an owner that
            // says whose they are.
            let participle = head.is_none()
                && (word.ends_with("ed") || word.ends_with("ing") || is_figured_adjective(token));
            let modifier = head.is_none()
                && (token.is_capitalised() || is_owner(token))
                && plural_follows(tokens, &forward[n + 1..]);
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

/// The unit of counts of a charge at `head`, named by the charge: "one
/// count of first-degree murder" and "one count of possessing a stolen
/// firearm" are counts of two charges, never one figure. A charge cut
/// short ("17 counts of attempted first-degree", a headline) names none.
fn charge_counted(tokens: &[Token], head: usize) -> Option<String> {
    if !tokens[head].is_any(&["count", "counts"])
        || !tokens.get(head + 1).is_some_and(|t| t.is_any(&["of"]))
    {
        return None;
    }
    let charge = (head + 2..tokens.len().min(head + 2 + CHARGE_REACH))
        .take_while(|&j| {
            let t = &tokens[j];
            !t.ends_clause() && !t.is_any(CONJUNCTIONS) && !t.is_any(CHARGE_ENDS)
        })
        .filter(|&j| is_noun(&tokens[j]))
        .last()
        .filter(|&j| !tokens[j].text.contains('-'))?;
    Some(format!(
        "{CHARGE_UNIT}{}",
        kind::noun_key(tokens[charge].text)
    ))
}

/// Whether a possessive word ("sheriff's") stands at `token`.
fn is_owner(token: &Token) -> bool {
    token.text.ends_with("'s") || token.text.ends_with("’s")
}

/// Whether `window` goes on, past names and owners, with a plural noun,
/// at most one noun in: "officers", "police officers".
fn plural_follows(tokens: &[Token], window: &[usize]) -> bool {
    let mut rest = window
        .iter()
        .map(|&k| &tokens[k])
        .skip_while(|t| t.is_capitalised() || is_owner(t));
    let plural = |t: &Token| is_noun(t) && is_plural(&t.lower());
    match (rest.next(), rest.next()) {
        (Some(first), _) if plural(first) => true,
        (Some(first), Some(second)) => is_noun(first) && plural(second),
        _ => false,
    }
}

/// A word that could be a noun: lower case, not a function word, not a
/// participle or a verb that reads like a noun.
/// "19-year-old", "1.5-kilometre", "12-storey": a figure joined to its
/// unit describes the noun after it, and counts nothing itself.
fn is_figured_adjective(token: &Token) -> bool {
    token.starts_with_digit()
        && token.text.contains('-')
        && token.text.ends_with(char::is_alphabetic)
}

fn is_noun(token: &Token) -> bool {
    let word = token.lower();
    token.is_word()
        && !token.is_capitalised()
        && (word.chars().all(|c| c.is_alphabetic() || c == '-') || kind::measure(&word).is_some())
        && !is_stop_word(&word)
        && !NOT_NOUNS.contains(&word.as_ref())
        // "12 feet high": the measure runs that way; "feet" is the noun.
        && !DIMENSIONS.contains(&word.as_ref())
        && !word.ends_with("ed")
        && !word.ends_with("ing")
        && !word.ends_with("ly")
        && !(word.ends_with("est") && word.len() > 5)
        // "140 mm", "30 cm": a unit's short form is a noun.
        && (word.len() > 2 || kind::measure(&word).is_some())
}

#[cfg(test)]
mod tests {
    use super::super::Qualifier;
    use super::super::mention::tests::{assert_counts, figures, one};

    #[test]
    fn a_figure_stated_in_its_own_clause_borrows_no_state_across_and() {
        assert_counts(
            "Around 400 officers were on duty and three people have been arrested.",
            &[(400.0, "deployed"), (3.0, "arrests")],
        );
    }

    #[test]
    fn those_left_without_power_are_a_count_of_their_own() {
        assert_counts(
            "About 60,000 people were without power in Tennessee.",
            &[(60_000.0, "without power")],
        );
        assert_counts(
            "Thousands of homes lost electricity overnight.",
            &[(2_000.0, "without power")],
        );
        // Power that is no one's supply counts nothing of the kind.
        assert_counts(
            "Around 40 people met the power company.",
            &[(40.0, "people")],
        );
    }

    #[test]
    fn as_were_shares_the_state_before_it() {
        assert_counts(
            "The co-driver was among the injured, as were two firefighters.",
            &[(2.0, "injured")],
        );
    }

    #[test]
    fn those_a_verb_acts_on_are_counted_by_it_not_by_what_they_were() {
        assert_counts(
            "Rescuers freed more than a dozen people trapped against the gates.",
            &[(12.0, "rescued")],
        );
        assert_counts(
            "Firefighters rescued 12 workers who were trapped on the roof.",
            &[(12.0, "rescued")],
        );
        assert_counts(
            "The blaze spread fast, killing at least 112 people trapped inside.",
            &[(112.0, "deaths")],
        );
        assert_counts("Six people trapped in the rubble.", &[(6.0, "trapped")]);
    }

    #[test]
    fn those_who_escaped_with_their_lives_survived() {
        assert_counts(
            "He said 218 people had died, while 41 escaped the tragedy with their lives.",
            &[(218.0, "deaths"), (41.0, "rescued")],
        );
        assert_counts("The crash claimed 12 lives.", &[(12.0, "deaths")]);
    }

    #[test]
    fn all_of_them_is_the_whole() {
        assert_counts(
            "All three of the town's schools were closed.",
            &[(3.0, "school")],
        );
        assert_counts(
            "Three of the town's schools were closed.",
            &[(3.0, "school (part)")],
        );
    }

    #[test]
    fn a_place_sized_by_its_figure_is_a_capacity() {
        assert_counts(
            "The crush happened outside the 41,200-capacity ground ahead of the final.",
            &[(41_200.0, "capacity")],
        );
        assert_counts("They built a 500-seat theatre.", &[(500.0, "capacity")]);
        assert_counts(
            "The ferry had a capacity of 43 passengers but carried 200.",
            &[(43.0, "capacity"), (200.0, "passenger")],
        );
        assert_counts(
            "The bus had a seating strength of 42.",
            &[(42.0, "capacity")],
        );
        for amount in [
            "The depot has a storage capacity of 500,000 tonnes.",
            "He held the seat for 12 years.",
            "The plant ran at a capacity of 85%.",
        ] {
            assert!(
                figures(amount).iter().all(|f| f.3 != "capacity"),
                "{amount}"
            );
        }
    }

    #[test]
    fn hours_written_short_are_a_span_unless_a_clock_time() {
        assert_counts(
            "The fire was brought under control after 19 hrs.",
            &[(19.0, "hrs")],
        );
        assert_counts("It started at 1900 hrs.", &[]);
    }

    #[test]
    fn hospitals_counted_are_places_not_patients() {
        assert_counts(
            "The injured were taken to three hospitals in the city.",
            &[(3.0, "hospital")],
        );
        assert_counts(
            "Victims were treated at four local hospitals.",
            &[(4.0, "hospital")],
        );
        assert_counts(
            "Three were taken to hospital.",
            &[(3.0, "taken to hospital")],
        );
    }

    #[test]
    fn a_thing_sized_by_a_measure_is_a_measure_but_a_span_keeps_its_noun() {
        assert_counts("The 38-metre steel bridge fell.", &[(38.0, "metre")]);
        assert_counts("It was a three-day festival.", &[(3.0, "festival")]);
        assert_counts("A six-member team was sent.", &[(6.0, "team")]);
    }

    #[test]
    fn a_building_sized_by_its_floors_is_one_height() {
        for text in [
            "Fire gutted the six-storey factory.",
            "Fire gutted a 6-story building.",
            "Fire gutted a six-floor juice plant.",
            "The factory had six stories.",
            "The tower's six floors were built in 1970.",
        ] {
            assert_counts(text, &[(6.0, "building height")]);
        }
    }

    #[test]
    fn words_joined_before_a_noun_describe_it() {
        assert_counts(
            "Hackers took the records of 1.9 million current and former customers.",
            &[(1_900_000.0, "customer")],
        );
        assert_counts(
            "At least one officer and six others were hurt.",
            &[(1.0, "injured"), (6.0, "injured")],
        );
    }

    #[test]
    fn states_other_than_death_and_parts_of_a_whole_keep_their_names() {
        assert_counts(
            "Rescuers have brought 20 men out alive, and six remain trapped.",
            &[(20.0, "rescued"), (6.0, "still trapped")],
        );
        assert_counts(
            "Of the 112 miners who were underground, 63 of them reached the surface.",
            &[(112.0, "miner"), (63.0, "miner (part)")],
        );
        assert_counts(
            "Of the 14 people hurt, nine were released by Monday.",
            &[(14.0, "injured"), (9.0, "injured (part)")],
        );
        assert_counts("Nineteen remain unidentified.", &[(19.0, "unidentified")]);
        assert_counts(
            "Police said 13 out of the 20 victims were identified.",
            &[(13.0, "victim (part)"), (20.0, "victim")],
        );
        assert_counts(
            "Rescuers pulled 14 out of the rubble alive.",
            &[(14.0, "rescued")],
        );
    }

    #[test]
    fn a_participle_after_people_says_what_happened_to_them() {
        let (text, _, _, quantity) =
            one("Thomas is among four people questioned this week about the shootings.");
        assert_eq!(
            (text.as_str(), quantity.as_str()),
            ("four people questioned", "people questioned")
        );
        // A verb with an object is what they did; some participles lead
        // on to the state.
        for (text, state) in [
            ("More than 300 people packed the club.", "people"),
            ("Seventeen people showed improvements.", "people"),
            ("Two others suffered life-threatening injuries.", "critical"),
            ("Two others sustained minor injuries.", "slightly injured"),
            (
                "Fourteen people were taken to area hospitals.",
                "taken to hospital",
            ),
            ("Three hospitals took in the wounded.", "hospital"),
            ("Fourteen people feared dead after the flood.", "deaths"),
            ("Two people reported killed in the crash.", "deaths"),
            (
                "Nine people rushed to hospital after the blast.",
                "taken to hospital",
            ),
        ] {
            let (_, _, _, quantity) = one(text);
            assert_eq!(quantity, state, "{text}");
        }
    }

    #[test]
    fn those_taken_to_hospital_those_in_it_and_those_sent_home_are_three_counts() {
        assert_counts(
            "23 had been transported to local area hospitals; 12 patients are hospitalized \
             and another 20 were treated and released.",
            &[
                (23.0, "taken to hospital"),
                (12.0, "hospitalised"),
                (20.0, "released from hospital"),
            ],
        );
        assert_counts(
            "Medics sent 23 people to area hospitals. Five victims had been released \
             from the University Medical Center. Three had been discharged.",
            &[
                (23.0, "taken to hospital"),
                (5.0, "released from hospital"),
                (3.0, "released from hospital"),
            ],
        );
        assert_counts(
            "OUT, 4 fatalities, 7 taken to Hosp, cause UNDER INVESTIGATION",
            &[(4.0, "deaths"), (7.0, "taken to hospital")],
        );
        // Going alone is not being taken; a condition is a count of its own.
        let text = "Ten people were taken to area hospitals by ambulance \
                    and three others traveled to the hospital on their own.";
        let all = figures(text);
        assert_eq!((all[0].1, all[0].3.as_str()), (10.0, "taken to hospital"));
        assert_ne!(all[1].3, "taken to hospital", "{text}");
        assert_counts(
            "Twelve patients remain, six in critical condition and six listed as stable.",
            &[(12.0, "patient"), (6.0, "critical"), (6.0, "stable")],
        );
        // What one hospital took in is a part of those hurt.
        assert_counts(
            "The Children's Hospital at OU Medical Center received 45 children. \
             Local hospitals said they had treated at least 14 people for injuries.",
            &[(45.0, "hospitalised (part)"), (14.0, "hospitalised (part)")],
        );
        // A suspect let go is no patient.
        for text in [
            "Two other suspects were questioned and then released.",
            "Two men were released on bail.",
        ] {
            let (_, _, _, quantity) = one(text);
            assert_ne!(quantity, "released from hospital", "{text}");
        }
        // The condition says more than the journey.
        assert_counts(
            "Two were taken to hospital in critical condition.",
            &[(2.0, "critical")],
        );
    }

    #[test]
    fn the_ill_the_badly_hurt_and_parts_said_after_a_count() {
        assert_counts(
            "More than 120 guests fell ill and 20 pupils were sickened.",
            &[(120.0, "ill"), (20.0, "ill")],
        );
        assert_counts(
            "Ten people died, and three were children. Forty were hurt; nine were firefighters.",
            &[
                (10.0, "deaths"),
                (3.0, "deaths: children (part)"),
                (40.0, "injured"),
                (9.0, "injured: firefighter (part)"),
            ],
        );
        assert_counts(
            "Of the 14 people hurt, nine were police officers.",
            &[(14.0, "injured"), (9.0, "injured: officer (part)")],
        );
        // A degree of harm a part of the hurt is said to be counts all it
        // befell; "two of the seriously injured" are some of them.
        assert_counts(
            "Sixty-three people were injured, 11 of them seriously.",
            &[(63.0, "injured"), (11.0, "seriously injured")],
        );
        assert_counts(
            "Nearly a dozen of the injured were seriously hurt.",
            &[(12.0, "seriously injured")],
        );
        assert_counts(
            "Four of the injured remain in a serious condition.",
            &[(4.0, "seriously injured")],
        );
        // How many a thing can hold is no count of those it held.
        assert_counts(
            "The boat has the capacity to carry 20 passengers.",
            &[(20.0, "capacity")],
        );
        assert_counts(
            "The bridge can only support batches of 25 people at a time.",
            &[(25.0, "capacity")],
        );
        assert_counts("The boat carried 40 passengers.", &[(40.0, "passenger")]);
        // The verb first, its degree before it.
        assert_counts(
            "The collapse killed 132 and critically injured 19.",
            &[(132.0, "deaths"), (19.0, "critical")],
        );
        assert_counts(
            "Two of the seriously injured were children.",
            &[(2.0, "seriously injured (part)")],
        );
    }

    #[test]
    fn none_at_one_place_says_nothing_of_the_others() {
        assert_counts(
            "No one was killed at the Rancho Tehama Elementary School.",
            &[(0.0, "deaths (part)")],
        );
        assert_counts(
            "No one was hurt during the evacuation.",
            &[(0.0, "injured (part)")],
        );
        // None at the event says it of all.
        assert_counts("No one was hurt at the fire.", &[(0.0, "injured")]);
        assert_counts("No one was hurt during the blast.", &[(0.0, "injured")]);
        // None badly hurt says nothing of the others hurt.
        assert_counts(
            "Three were wounded, but none sustained severe injuries.",
            &[(3.0, "injured"), (0.0, "seriously injured")],
        );
    }

    #[test]
    fn people_a_verb_carries_did_not_do_the_verb_after_them() {
        let (_, _, _, quantity) =
            one("A passenger train carrying about 300 people derailed on Monday.");
        assert_eq!(quantity, "people");
        let (_, _, _, quantity) = one("Police said four people questioned were released.");
        assert_eq!(quantity, "people questioned");
    }

    #[test]
    fn a_long_subject_is_read_on_to_its_verb() {
        for (text, quantity) in [
            (
                "Fourteen passengers on board the second bus were hurt.",
                "injured",
            ),
            (
                "About 300 people living near the burning plant were evacuated.",
                "evacuated",
            ),
            (
                "About 1,800 people living within a 1.5-kilometre cordon were moved out of their homes.",
                "evacuated",
            ),
            ("Two 19-year-old men were arrested on Tuesday.", "arrests"),
            (
                "Three patients are known to have been admitted to hospital.",
                "hospitalised",
            ),
            // A relative clause holds the verb further off; names set off
            // by commas are passed over.
            (
                "One victim who tried to escape through a back door was shot.",
                "people shot",
            ),
            (
                "Two other staff members, Rachael Pacella and Janel Cooley, were also injured.",
                "injured",
            ),
            // Past the subject's length only a state after an auxiliary
            // is taken, not any word that might name one.
            (
                "Fourteen passengers on board the second bus saw the shooting.",
                "passenger",
            ),
        ] {
            let all = figures(text);
            let got = all.iter().find(|f| f.1 >= 1.0).expect(text);
            assert_eq!(got.3, quantity, "{text}");
        }
    }

    #[test]
    fn charges_are_counted_apart_from_the_people_charged() {
        for (text, quantity) in [
            ("He faces eight firearms charges.", "charge"),
            ("Three men were charged on Friday.", "charged"),
            ("No charges were filed.", "charged"),
        ] {
            let all = figures(text);
            assert_eq!(all.last().expect(text).3, quantity, "{text}");
        }
    }

    #[test]
    fn a_length_an_hour_is_a_speed() {
        for text in [
            "Winds reached 210 km/h.",
            "Winds reached 210km/h.",
            "Winds reached 130 mph.",
            "Winds reached 130 miles per hour.",
            "Winds reached 130 miles an hour.",
            "Winds reached 110 knots.",
        ] {
            let (_, _, _, quantity) = one(text);
            let measure = super::kind::measure(&quantity).map(|(measure, _)| measure);
            assert_eq!(measure, Some("speed"), "{text}");
        }
        let (_, _, _, quantity) = one("The storm dropped 210 mm of rain.");
        assert_eq!(
            super::kind::measure(&quantity).map(|(measure, _)| measure),
            Some("length")
        );
    }

    #[test]
    fn a_count_put_at_a_figure_is_read_from_afar() {
        let (_, value, _, quantity) = one(
            "Officials put the number of dead from Saturday's earthquake in Tavros at 137 on Sunday.",
        );
        assert_eq!((value, quantity.as_str()), (137.0, "deaths"));
    }

    #[test]
    fn those_a_state_includes_are_a_part_of_it() {
        for (text, value, quantity) in [
            (
                "The dead include a 16-year-old boy and two men in their 20s.",
                2.0,
                "deaths (part)",
            ),
            (
                "Among the injured were three children.",
                3.0,
                "injured (part)",
            ),
            (
                "Nine Ludovian citizens were among the injured.",
                9.0,
                "injured (part)",
            ),
            ("Two pupils were among those killed.", 2.0, "deaths (part)"),
        ] {
            let all = figures(text);
            let got = all.iter().find(|f| f.1 == value).expect(text);
            assert_eq!(got.3, quantity, "{text}");
        }
        let (_, _, _, quantity) = one("Three children were injured.");
        assert_eq!(quantity, "injured");
    }

    #[test]
    fn an_earthquakes_magnitude_is_one_quantity_however_written() {
        for text in [
            "A magnitude-6.1 earthquake shook the province.",
            "A 6.1-magnitude quake struck on Sunday.",
            "The magnitude 6.1 quake struck at noon.",
            "The quake measured 6.1 on the Richter scale.",
        ] {
            assert_counts(text, &[(6.1, "magnitude")]);
        }
    }

    #[test]
    fn people_of_a_rescue_are_sent() {
        assert_counts(
            "Nearly 150 rescue workers were on site.",
            &[(150.0, "deployed")],
        );
        // Teams are no count of people.
        assert_counts("Thirty search teams combed the hills.", &[(30.0, "team")]);
    }

    #[test]
    fn the_badly_and_the_slightly_hurt_are_counts_of_their_own() {
        assert_counts(
            "Over 100 were injured; 31 people were seriously injured and 253 people have light to moderate injuries.",
            &[
                (100.0, "injured"),
                (31.0, "seriously injured"),
                (253.0, "slightly injured"),
            ],
        );
        assert_counts(
            "Twelve people suffered minor injuries and four remain in serious condition.",
            &[(12.0, "slightly injured"), (4.0, "seriously injured")],
        );
        // A degree that qualifies no harm counts no one.
        assert_counts(
            "Five light aircraft were parked nearby.",
            &[(5.0, "aircraft")],
        );
    }

    #[test]
    fn people_on_board_are_passengers_and_crew_are_crew() {
        assert_counts(
            "More than 200 people boarded the ferry.",
            &[(200.0, "passenger")],
        );
        assert_counts("Over 400 passengers were aboard.", &[(400.0, "passenger")]);
        assert_counts(
            "It had 186 passengers and eight crew members on board.",
            &[(186.0, "passenger"), (8.0, "member")],
        );
        // The verb whose object they are says what befell them.
        assert_counts(
            "The jet crashed minutes after take-off, killing all 157 on board.",
            &[(157.0, "deaths")],
        );
        assert_counts(
            "It came down in a field, killing 189 people on board.",
            &[(189.0, "deaths")],
        );
    }

    #[test]
    fn a_figure_added_to_a_count_is_a_part_of_it() {
        for (text, quantity) in [
            ("Two more bodies were found on Sunday.", "deaths (part)"),
            (
                "The fire killed 12 people, and another two died in hospital.",
                "deaths (part)",
            ),
            ("Another 53 were wounded.", "injured"),
            // After a figure of another count, "more" means others.
            ("Three people died and 20 more were hurt.", "injured"),
            ("Two bodies were found on Sunday.", "deaths"),
        ] {
            let all = figures(text);
            assert_eq!(all.last().expect(text).3, quantity, "{text}");
        }
    }

    #[test]
    fn storeys_counted_and_a_buildings_height_are_apart() {
        assert_counts(
            "One storey of the two-storey hotel collapsed.",
            &[(1.0, "storey"), (2.0, "building height")],
        );
        assert_counts(
            "Three floors of the 12-story tower were gutted.",
            &[(3.0, "storey"), (12.0, "building height")],
        );
    }

    #[test]
    fn the_trapped_not_yet_freed_are_counted_apart() {
        assert_counts(
            "Nine people were trapped when the hotel collapsed. One person is still trapped.",
            &[(9.0, "trapped"), (1.0, "still trapped")],
        );
        for text in [
            "Six other workers remain trapped.",
            "The eight remaining workers trapped inside are feared lost.",
            "Rescuers are trying to reach the 17 miners still trapped underground.",
        ] {
            let trapped: Vec<_> = figures(text).into_iter().map(|f| f.3).collect();
            assert_eq!(trapped, ["still trapped"], "{text}");
        }
    }

    #[test]
    fn a_part_takes_the_state_after_its_whole() {
        for (text, quantity) in [
            ("Two of the wounded were in critical condition.", "critical"),
            (
                "Eight people were injured, three of them critically.",
                "critical",
            ),
            ("Two of the wounded later died.", "deaths (part)"),
            // Past the whole's noun and its own state, however far on
            // in its clause.
            (
                "Two of the 15 miners trapped underground were rescued.",
                "rescued (part)",
            ),
            (
                "Three of the 40 people injured in the blast have since died.",
                "deaths (part)",
            ),
        ] {
            let all = figures(text);
            let got = all.iter().find(|f| f.1 == 2.0 || f.1 == 3.0).expect(text);
            assert_eq!(got.3, quantity, "{text}");
        }
        // With no state after it, the part is of its whole's.
        let (_, _, _, quantity) = one("Two of the wounded are police officers.");
        assert_eq!(quantity, "injured (part)");
    }

    #[test]
    fn a_figure_with_a_verb_of_its_own_shares_none_before_the_and() {
        assert_counts(
            "Some 35 people remain missing and 3,000 residents were moved to shelters.",
            &[(35.0, "missing"), (3000.0, "evacuated")],
        );
        // With none, it shares the verb before it.
        assert_counts(
            "The gunman wounded four officers and two civilians.",
            &[(4.0, "injured"), (2.0, "injured")],
        );
    }

    #[test]
    fn a_past_form_without_ed_is_no_noun_counted() {
        for (text, quantity) in [
            (
                "Regulators said some 4,800 accounts held by offshore firms were used.",
                "account",
            ),
            ("About 300 homes built last year were flooded.", "home"),
            ("More than 6 million vehicles sold since 2019.", "vehicle"),
        ] {
            let (_, _, _, got) = one(text);
            assert_eq!(got, quantity, "{text}");
        }
    }

    #[test]
    fn a_part_of_a_figured_whole_counts_the_wholes_noun() {
        for (text, part, whole, noun) in [
            (
                "The Harbour Party won 14 of 31 seats on the council.",
                14.0,
                31.0,
                "seat",
            ),
            (
                "Six of the train's eight carriages left the tracks.",
                6.0,
                8.0,
                "carriage",
            ),
            (
                "Crews said 63 of the 112 miners reached the surface.",
                63.0,
                112.0,
                "miner",
            ),
        ] {
            let all = figures(text);
            let got: Vec<_> = all.iter().map(|f| (f.1, f.3.clone())).collect();
            assert_eq!(
                got,
                [(part, format!("{noun} (part)")), (whole, noun.to_string())],
                "{text}"
            );
        }
    }

    #[test]
    fn a_place_or_an_owner_before_the_noun_says_whose_they_are() {
        let all = figures(
            "At that point, 11 Orlando police officers and three Orange County sheriff's deputies exchanged fire.",
        );
        let got: Vec<_> = all.iter().map(|f| (f.0.as_str(), f.1)).collect();
        assert_eq!(
            got,
            [
                ("11 Orlando police officers", 11.0),
                ("three Orange County sheriff's deputies", 3.0)
            ]
        );
    }

    #[test]
    fn a_noun_of_a_state_before_the_counted_noun_says_which_ones() {
        let (text, _, _, quantity) =
            one("Patients arrived in truckloads, one hospital nurse said.");
        assert_eq!(
            (text.as_str(), quantity.as_str()),
            ("one hospital nurse", "nurse")
        );
        // Where some of the dead died makes them a part of the toll.
        let (_, _, _, quantity) = one("Three people died in hospital.");
        assert_eq!(quantity, "deaths (part)");
    }

    #[test]
    fn a_length_is_named_by_its_unit_not_by_what_it_measures() {
        for text in [
            "The slick is about four kilometres long.",
            "It spread some twelve kilometres along the coast.",
        ] {
            let (_, _, _, quantity) = one(text);
            assert_eq!(quantity, "kilometre", "{text}");
        }
    }

    #[test]
    fn those_forced_or_moved_from_their_homes_are_evacuated() {
        let (_, _, _, quantity) = one("Close to 3,200 residents were forced from their homes.");
        assert_eq!(quantity, "evacuated");
        let (_, _, _, quantity) = one("About 500 villagers were forced to flee.");
        assert_eq!(quantity, "evacuated");
        let (_, _, _, quantity) = one("Some 300 residents were moved out of their homes.");
        assert_eq!(quantity, "evacuated");
        let (_, _, _, quantity) =
            one("The derailment injured no one, forcing some 1,100 residents from their homes.");
        assert_eq!(quantity, "evacuated");
        let (_, _, _, quantity) = one("Police ordered 40 families to leave.");
        assert_eq!(quantity, "evacuated");
        let (_, _, _, quantity) = one("The firm moved 30 staff to new offices.");
        assert_eq!(quantity, "staff");
        let (_, _, _, quantity) = one("The team was forced to play 10 games in a row.");
        assert_eq!(quantity, "game");
    }

    #[test]
    fn a_preposition_after_the_noun_is_not_what_is_counted() {
        let (text, _, _, quantity) = one("The attack left 11 children without a parent.");
        assert_eq!(
            (text.as_str(), quantity.as_str()),
            ("11 children", "people")
        );
    }

    #[test]
    fn a_figure_that_opens_its_sentence_before_a_verb_counts_people() {
        let (text, value, _, quantity) = one("Two are now out of surgery.");
        assert_eq!(
            (text.as_str(), value, quantity.as_str()),
            ("Two", 2.0, "people")
        );
        // Not mid-sentence, and not before other verbs.
        assert!(figures("He said two are enough.").is_empty());
        assert!(figures("Two said nothing.").is_empty());
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
        assert_counts(
            "The blast killed 12 people and injured 30 others.",
            &[(12.0, "deaths"), (30.0, "injured")],
        );
    }

    #[test]
    fn unknown_counts_are_named_by_their_noun() {
        let (_, value, qualifier, quantity) = one("Officials expect millions of visitors.");
        assert_eq!(
            (value, qualifier, quantity.as_str()),
            (2e6, Qualifier::AtLeast, "visitor")
        );
        assert_counts(
            "Two such plots were thwarted since January and a total of 45 since 2017.",
            &[(2.0, "plots foiled"), (45.0, "plots foiled")],
        );
        let (_, _, _, quantity) = one("Firefighters said 40 homes were destroyed.");
        assert_eq!(quantity, "home");
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
    fn a_part_of_someones_group_is_a_part() {
        let all = figures("She was at home with three of her four sons.");
        assert_eq!(all[0].3, "son (part)", "{all:?}");
        let (_, _, _, quantity) = one("Four of Taylor's sons were at the march.");
        assert_eq!(quantity, "son (part)");
    }

    #[test]
    fn an_aside_between_dashes_or_brackets_is_passed_over() {
        for text in [
            "Five people -- including a pregnant woman -- were killed at the party.",
            "Five people — including a pregnant woman — were killed at the party.",
            "Five people (including a pregnant woman and a teenager) were killed at the party.",
        ] {
            let (_, value, _, quantity) = one(text);
            assert_eq!((value, quantity.as_str()), (5.0, "deaths"), "{text}");
        }
        // Ages between commas.
        assert_counts(
            "Two men, ages 19 and 22, were arrested on Sunday.",
            &[(2.0, "arrests")],
        );
        // A dash that opens no aside still ends the clause.
        let (_, _, _, quantity) = one("Five people were evacuated - the rest stayed.");
        assert_eq!(quantity, "evacuated");
    }

    #[test]
    fn a_verb_whose_object_is_a_pronoun_counts_no_figure_after_it() {
        let all = figures("You parry their bolts, killing them in one hit.");
        assert!(all.iter().all(|f| f.3 != "deaths"), "{all:?}");
    }

    #[test]
    fn a_verb_before_an_earlier_figure_is_that_figures() {
        assert_counts(
            "The blast killed three people in one hit.",
            &[(3.0, "deaths")],
        );
        let (_, _, _, quantity) = one("The blast killed three people at once.");
        assert_eq!(quantity, "deaths");
    }

    #[test]
    fn a_gerund_after_a_preposition_governs_its_figure() {
        let (_, _, _, quantity) = one("They charged him with publishing 250 secret cables.");
        assert_eq!(quantity, "cable");
        let (_, _, _, quantity) = one("She was arrested for stealing three cars.");
        assert_eq!(quantity, "car");
        // A predicate as the gerund still counts: "after killing".
        let (_, _, _, quantity) = one("He fled after killing three people.");
        assert_eq!(quantity, "deaths");
    }

    #[test]
    fn those_left_with_burns_are_injured() {
        let (_, value, _, quantity) = one("An explosion left three workers with burns.");
        assert_eq!((value, quantity.as_str()), (3.0, "injured"));
    }

    #[test]
    fn critical_condition_is_its_own_count() {
        let (_, value, _, quantity) = one("Six remained in critical condition.");
        assert_eq!((value, quantity.as_str()), (6.0, "critical"));
        // Grave wounds are wounds; a grave condition is critical.
        let (_, _, _, quantity) = one("Dozens were gravely injured in the bathrooms.");
        assert_eq!(quantity, "injured");
        let (_, _, _, quantity) = one("Two are in grave condition.");
        assert_eq!(quantity, "critical");
    }

    #[test]
    fn time_before_a_verb_counts_no_people() {
        let all = figures("He was released one year after his arrest.");
        assert!(all.iter().all(|f| f.3 != "arrests"), "{all:?}");
    }

    #[test]
    fn headline_and_phrasal_verbs_name_the_toll() {
        use super::super::mention::tests::assert_counts;
        assert_counts("The gunman gunned down five employees.", &[(5.0, "deaths")]);
        assert_counts("Five people were gunned down.", &[(5.0, "deaths")]);
        assert_counts(
            "Gunman Kills 3 And Wounds 15 Others At Festival",
            &[(3.0, "deaths"), (15.0, "injured")],
        );
        assert_counts(
            "There were 14 victims: 9 with gunshot wounds.",
            &[(14.0, "victim"), (9.0, "injured")],
        );
        // "Wounds" is a verb only before its figure.
        assert!(
            figures("He had three gunshot wounds.")
                .iter()
                .all(|f| f.3 != "injured")
        );
        assert_counts(
            "Police said a single gunman opened fire.",
            &[(1.0, "attackers")],
        );
        assert_eq!(figures("He never met a single person there."), []);
        // The attackers' own verb, with its victims after it.
        assert_counts(
            "Two gunmen killed five people at the bar.",
            &[(2.0, "attackers"), (5.0, "deaths")],
        );
        // People who harm a count of others are the attackers, however
        // named; two counts side by side in a headline are no such.
        assert_counts(
            "Two people allegedly entered and shot 31 people at a party.",
            &[(2.0, "attackers"), (31.0, "people")],
        );
        assert_counts(
            "2 People Killed 3 Injured In Crash",
            &[(2.0, "deaths"), (3.0, "injured")],
        );
    }

    #[test]
    fn those_shot_are_counted_where_the_figure_is_their_subject() {
        let counts: Vec<(f64, String)> = [
            "Ten people were shot and two of them died.",
            "Two shot in Mid-City overnight.",
            "Two officers were shot and killed.",
            "Three officers were shot and wounded.",
            "Three people were shot to death.",
            "Two men were fatally shot on Sunday.",
            "The officer fired one shot at the car.",
        ]
        .iter()
        .map(|t| {
            let (_, value, _, quantity) = figures(t).remove(0);
            (value, quantity)
        })
        .collect();
        let expected = [
            (10.0, "people shot"),
            (2.0, "people shot"),
            (2.0, "deaths"),
            (3.0, "injured"),
            (3.0, "deaths"),
            (2.0, "deaths"),
            (1.0, "shot"),
        ];
        assert_eq!(counts, expected.map(|(v, q)| (v, q.to_string())),);
        // Not those who shot, nor a shot fired.
        for text in [
            "Long shot two Baton Rouge officers.",
            "Two officers shot and killed the suspect.",
            "The officer fired one warning shot.",
            "Three officers who were patrolling the park fatally shot Legan.",
            "Three officers fatally shot him.",
        ] {
            let kinds: Vec<String> = figures(text).into_iter().map(|f| f.3).collect();
            assert!(
                !kinds.iter().any(|k| k == "people shot" || k == "deaths"),
                "{text}: {kinds:?}"
            );
        }
        let (_, value, _, quantity) = figures("Five people were shot, one fatally.").remove(1);
        assert_eq!((value, quantity.as_str()), (1.0, "deaths"));
    }

    #[test]
    fn a_condition_says_more_than_the_ward() {
        let (_, value, _, quantity) = one("Two remain hospitalized in critical condition.");
        assert_eq!((value, quantity.as_str()), (2.0, "critical"));
        let (_, value, _, quantity) = one("Four people remain hospitalized on Sunday.");
        assert_eq!((value, quantity.as_str()), (4.0, "hospitalised"));
    }

    #[test]
    fn a_clause_after_the_figure_says_nothing_of_it() {
        let (_, value, _, quantity) = one("The gunman shot 12 people before he died.");
        assert_eq!((value, quantity.as_str()), (12.0, "people"));
    }

    #[test]
    fn fighting_for_a_life_is_critical_not_dead() {
        for (text, value) in [
            (
                "Two officers are fighting for their lives in hospital.",
                2.0,
            ),
            ("One deputy was fighting for his life on Sunday.", 1.0),
            ("Three victims were clinging to life on Sunday.", 3.0),
            ("Two teenagers are fighting for life.", 2.0),
            ("Three victims were clinging on to life.", 3.0),
        ] {
            let (_, found, _, quantity) = one(text);
            assert_eq!((found, quantity.as_str()), (value, "critical"), "{text}");
        }
        let (_, _, _, quantity) = one("Two officers lost their lives in the attack.");
        assert_eq!(quantity, "deaths");
    }

    #[test]
    fn a_toll_that_rose_is_read_from_the_subject_before_its_verb() {
        for text in [
            "The death toll from the mill fire rose to 23, officials said.",
            "The number of people killed in the blast at the plant rose to 23.",
            // A long subject, past a place set off by commas and nouns
            // joined by "and".
            "The death toll from a blast and fire at an oil terminal in Guinea's capital, \
             Conakry, has increased to 23, the government said.",
            "The death toll in the tragic stampede at a religious congregation in Uttar \
             Pradesh's Hathras has surged to 23, an official said.",
        ] {
            let (_, value, _, quantity) = one(text);
            assert_eq!((value, quantity.as_str()), (23.0, "deaths"), "{text}");
        }
    }

    #[test]
    fn attackers_are_one_count_however_named() {
        let kinds: Vec<String> = [
            "Two gunmen opened fire.",
            "Police sought two shooters.",
            "Two men opened fire on the crowd.",
            "Two men fired into the yard.",
            "Two men fired shots at the house.",
            "Two men were shot in the yard.",
            "Two men fired by the council sued the city.",
        ]
        .iter()
        .map(|t| one(t).3)
        .collect();
        assert_eq!(
            kinds,
            [
                "attackers",
                "attackers",
                "attackers",
                "attackers",
                "attackers",
                "people shot",
                "people"
            ]
        );
        // The gunmen are in a clause of their own, not among the wounded.
        let both: Vec<(f64, String)> =
            figures("Two others were wounded when at least two gunmen opened fire.")
                .into_iter()
                .map(|(_, value, _, quantity)| (value, quantity))
                .collect();
        assert_eq!(
            both,
            [(2.0, "injured".to_string()), (2.0, "attackers".to_string())]
        );
        let (_, value, _, _) = one("Police said there was only one gunman at the scene.");
        assert_eq!(value, 1.0);
        // What they shot is the next figure's, not the gunmen's noun.
        let found: Vec<(String, String)> = figures("Two gunmen shot five people outside the club.")
            .into_iter()
            .map(|(text, _, _, quantity)| (text, quantity))
            .collect();
        assert_eq!(
            found[0],
            ("Two gunmen".to_string(), "attackers".to_string())
        );
        assert_eq!(found[1].0, "five people");
        // A part's whole is passed over: "three of her four sons" is three
        // sons.
        let (text, value, _, _) = &figures("She said three of her four sons were at home.")[0];
        assert_eq!((text.as_str(), *value), ("three of her four sons", 3.0));
    }
}
