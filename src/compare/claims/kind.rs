//! Kinds of count: the well-known count a word names, and what the
//! nouns counted are (people, a side of the event, a unit).
//!
//! The set is open: a verb or adjective that names a well-known count
//! ("killed", "wounded", "detained") gives that count its usual name, so
//! that "60 people dead" and "137 killed" are one quantity; anything else is
//! named by its own head noun ("visitors", "homes"), never forced into a
//! known kind it does not belong to. The words are in [`super::words`].

use foldhash::{HashMap, HashMapExt};
use std::sync::LazyLock;

use super::PART;
use super::tokens::Token;
use super::words::{
    AGENCIES, DEPLOYED_NOUNS, DESIGNATORS, IMPERIAL, LONG_SPANS, MEASURES, MONEY, NOUNS_IN_IE,
    NOUNS_IN_OES, PEOPLE, PREDICATES, QUALIFIERS, ROLES, SIDES, STOREYS, SYNONYMS, TOLLS, UNITS,
};

/// The known count a word names, if it names one.
pub fn predicate(word: &str) -> Option<&'static str> {
    lookup(PREDICATES, word)
}

/// What an amount of money is, if `word` says.
pub fn money(word: &str) -> Option<&'static str> {
    lookup(MONEY, word)
}

fn lookup(table: &[(&'static str, &[&str])], word: &str) -> Option<&'static str> {
    table
        .iter()
        .find(|(_, words)| words.contains(&word))
        .map(|&(name, _)| name)
}

/// Whether `token` is a word of a qualifier ("at", "least", "about"),
/// which may stand between a figure and the word that leads it.
pub fn qualifies(token: &Token) -> bool {
    QUALIFIERS.iter().any(|(phrase, _)| token.is_any(phrase))
}

/// Whether `noun` names people, generically or by role.
pub fn is_people(noun: &str) -> bool {
    // "ex-bosses" are bosses.
    let noun = noun.strip_prefix("ex-").unwrap_or(noun);
    let plural = format!("{noun}s");
    PEOPLE.contains(&noun)
        || ROLES.contains(&noun)
        || ROLES.contains(&plural.as_str())
        // "kids", "labourers": people as "children" and "workers" are.
        || lookup(SYNONYMS, &singular(noun)).is_some_and(|named| named != noun && is_people(named))
}

/// Whether `word` (lower case) names a numbered thing ("section",
/// "flight", "route"): before a number, a designation, not a count, and
/// alone no name.
pub fn is_designator(word: &str) -> bool {
    DESIGNATORS.contains(&word)
}

/// Whether `noun` says "people" and nothing more.
fn is_generic_people(noun: &str) -> bool {
    PEOPLE.contains(&noun)
}

/// Whether two figures' nouns name two different kinds of people ("11
/// children" and "five adults"); people at large ("people", "victims")
/// may be any of them.
pub fn other_people(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    is_people(&a) && is_people(&b) && !at_large(&a) && !at_large(&b) && singular(&a) != singular(&b)
}

/// Whether `noun` (lower case) names people who may be of any kind.
fn at_large(noun: &str) -> bool {
    matches!(
        singular(noun).as_str(),
        "people" | "person" | "individual" | "other" | "victim"
    )
}

/// Whether `noun` names one kind of people, by role or side
/// ("children", "miners", "officers"), not people at large.
pub fn is_kind_of_people(noun: &str) -> bool {
    let noun = noun.to_lowercase();
    (is_people(&noun) || side(&noun).is_some()) && !at_large(&noun)
}

/// Whether `noun` counts people a known count can be about: people at
/// large, by role, sent, or on a side ("gunmen").
pub fn may_be_counted(noun: &str) -> bool {
    is_people(noun) || is_deployed(noun) || side(noun).is_some()
}

/// Which side of an event a count of people is about, when its noun
/// says: "two civilians were injured" and "seven officers were wounded"
/// are two counts outlets report side by side, not rival figures for one.
/// Only sides that never overlap are told apart; "suspects" and "people"
/// arrested, or "nurses" and "health workers" sent, may be the same.
pub fn side(noun: &str) -> Option<&'static str> {
    SIDE_OF.get(&singular(&noun.to_lowercase())).copied()
}

/// Whether `side` is one of the sexes, which overlap every other side.
pub fn is_sex(side: &str) -> bool {
    matches!(side, "men" | "women")
}

/// [`SIDES`] by the singular of each noun, the first side to list one
/// keeping it: made once, as every figure of people asks.
static SIDE_OF: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut sides = HashMap::new();
    for &(name, nouns) in SIDES {
        for noun in nouns {
            sides.entry(singular(noun)).or_insert(name);
        }
    }
    sides
});

/// The [`PREDICATES`] of the hurt in hospital: said less than
/// [`CRITICAL`] where one sentence gives both.
pub const HOSPITALISED: &str = "hospitalised";

/// The [`PREDICATES`] of those carried to hospital, who may have left it.
pub const TAKEN_TO_HOSPITAL: &str = "taken to hospital";

/// The [`PREDICATES`] of those who have left hospital.
pub const DISCHARGED: &str = "released from hospital";

/// The [`PREDICATES`] of those whose life is at risk.
pub const CRITICAL: &str = "critical";

/// The [`PREDICATES`] of the badly hurt.
pub const SERIOUSLY_INJURED: &str = "seriously injured";

/// The [`PREDICATES`] of the slightly hurt.
pub const SLIGHTLY_INJURED: &str = "slightly injured";

/// The [`PREDICATES`] of those who had to leave: also "forced from
/// their homes".
pub const EVACUATED: &str = "evacuated";

/// The [`PREDICATES`] of those brought out alive, and survivors.
pub const RESCUED: &str = "rescued";

/// Those a storm or a blast left without electricity.
pub const WITHOUT_POWER: &str = "without power";

/// How many a place or a vehicle holds
/// ([`CAPACITIES`](super::words::CAPACITIES)): "a 500-seat
/// theatre", "a capacity of 43 passengers".
pub const CAPACITY: &str = "capacity";

/// The name of a count of storeys, however they are called
/// ([`STOREYS`]).
pub const STOREY: &str = "storey";

/// The [`PREDICATES`] of those caught by the event where they were.
pub const TRAPPED: &str = "trapped";

/// The [`PREDICATES`] of the trapped not yet freed.
pub const STILL_TRAPPED: &str = "still trapped";

/// The [`PREDICATES`] of those on a vessel or vehicle: also "on board".
pub const ON_BOARD: &str = "passenger";

/// The [`PREDICATES`] of those shot, the dead and the wounded together.
pub const SHOT: &str = "people shot";

/// The side that attacked, and the count of its people: "two gunmen",
/// "two men opened fire".
pub const ATTACKERS: &str = "attackers";

/// The count of people sent: named by [`PREDICATES`]' "deployed", and
/// given to a figure of a [`DEPLOYED_NOUNS`] noun with no verb.
pub const DEPLOYED: &str = "deployed";

/// The agency a deployment's noun names ("deputies": "deputy"), if it
/// names one. A sheriff's "21 deputies" and a city's "11 officers" are
/// two counts of people sent, not two outlets disagreeing; "troops" and
/// "soldiers", "police" and "officers" name no one agency and may count
/// one force.
pub fn agency(noun: &str) -> Option<&'static str> {
    let noun = singular(&noun.to_lowercase());
    AGENCIES.iter().copied().find(|&a| a == noun)
}

pub fn is_deployed(noun: &str) -> bool {
    DEPLOYED_NOUNS.contains(&noun)
}

/// The count a part named by its noun is some of: "deaths" for
/// "deaths: children (part)". Such a part is one subset in every outlet
/// ("the children among the dead"), unlike "three of them"; its name is
/// the one place that says so.
pub fn whole_of_named_part(quantity: &str) -> Option<&str> {
    quantity
        .trim_end_matches(PART)
        .split_once(": ")
        .map(|(whole, _)| whole)
}

/// Whether `name` is a well-known count of an event ("deaths",
/// "arrests"), which outlets mean the same way wherever they give it.
pub fn is_event_count(name: &str) -> bool {
    let name = name.trim_end_matches(PART);
    name == MAGNITUDE || PREDICATES.iter().any(|(known, _)| *known == name)
}

/// An earthquake's strength: one quantity however it is written
/// ("magnitude-6.1", "a 6.1-magnitude quake", "6.1 on the Richter scale").
pub const MAGNITUDE: &str = "magnitude";

/// The name of a length that places the event: "50 km south of Zagreb".
pub const DISTANCE: &str = "distance";

/// Whether a count kind is a harm's toll, which may count the attacker.
pub fn is_toll(kind: &str) -> bool {
    TOLLS.contains(&kind.trim_end_matches(PART))
}

/// Whether a count kind is about people, so its unit is "people" unless
/// the text names them otherwise.
pub fn counts_people(kind: &str) -> bool {
    PREDICATES
        .iter()
        .any(|(name, _)| *name == kind && kind != "plots foiled")
}

/// What a unit measures and how many of that measure's base unit one of
/// it makes: `("length", 0.0254)` for "inches"; `None` for a count, money
/// or a unit that converts to no other.
pub fn measure(unit: &str) -> Option<(&'static str, f64)> {
    // "km/h", "miles/h" (as [`counted`](super::counted) names "miles per
    // hour"): a length an hour is a speed.
    if let Some(length) = unit.strip_suffix("/h") {
        const SECONDS_PER_HOUR: f64 = 3600.0;
        return measure(length)
            .filter(|&(measure, _)| measure == "length")
            .map(|(_, scale)| ("speed", scale / SECONDS_PER_HOUR));
    }
    let unit = singular(&unit.to_lowercase());
    MEASURES
        .iter()
        .find(|(name, _, _)| *name == unit)
        .map(|&(_, measure, scale)| (measure, scale))
}

/// Whether `unit` is one of the [`IMPERIAL`] units of measure ("miles/h"
/// as "mile"): an event whose outlets convert a measure in brackets
/// compares each system's figures apart, as a reader would.
pub fn is_imperial(unit: &str) -> bool {
    let unit = unit.to_lowercase();
    let unit = singular(unit.strip_suffix("/h").unwrap_or(&unit));
    IMPERIAL.contains(&unit.as_str())
}

/// [`measure`] of a figure's unit as its text gives it: "square miles"
/// are an area and "cubic metres" a volume (a thousand litres each).
pub fn measure_in(text: &str, unit: &str) -> Option<(&'static str, f64)> {
    let (measure, scale) = measure(unit)?;
    if measure != "length" {
        return Some((measure, scale));
    }
    const LITRES_PER_CUBIC_METRE: f64 = 1000.0;
    let words = text.split(|c: char| !c.is_alphabetic());
    let mut power = words.filter_map(|w| match w.to_lowercase().as_str() {
        "square" => Some(("area", scale * scale)),
        "cubic" => Some(("volume", scale.powi(3) * LITRES_PER_CUBIC_METRE)),
        _ => None,
    });
    Some(power.next().unwrap_or((measure, scale)))
}

/// Whether `word` is a unit one may take half of, or one and a half: a
/// measure or a span of time ("half a mile", "an hour and a half").
pub fn is_halvable(word: &str) -> bool {
    measure(word).is_some() || LONG_SPANS.contains(&singular(&word.to_lowercase()).as_str())
}

/// Whether a quantity's name is a span of time and nothing more
/// ("year", or "duration", the name of every unit up to a week): how
/// long whatever the sentence says lasted.
pub fn is_time_span(quantity: &str) -> bool {
    quantity == "duration" || LONG_SPANS.contains(&quantity)
}

/// Whether `name` says only how a figure is measured ("year", "hour").
pub fn is_unit(name: &str) -> bool {
    UNITS.contains(&name) && !matches!(name, "people" | "other" | "one")
}

/// Whether a quantity's name says what is counted ("fine", "batches",
/// "deaths"), rather than only its unit ("hours", "money", "people").
pub fn is_specific(quantity: &str) -> bool {
    !quantity.contains('(') && !UNITS.contains(&quantity)
}

/// A head noun as a quantity's name: one name for "passenger" and
/// "passengers", so one outlet's singular is not another quantity.
pub fn noun_key(noun: &str) -> String {
    let noun = noun.to_lowercase();
    if is_generic_people(&noun) {
        return "people".to_string();
    }
    let one = named(&noun);
    // "24 stories", "the tower's 24 floors": as "a 24-storey tower" is.
    if STOREYS.contains(&one.as_str()) {
        return STOREY.to_string();
    }
    one
}

/// The word a noun's thing is counted by, in the singular, even where
/// [`noun_key`] would call it people: "children" in "including two
/// children" says which people.
pub fn named(noun: &str) -> String {
    let one = singular(&noun.to_lowercase());
    lookup(SYNONYMS, &one).map_or(one, str::to_string)
}

/// A lower-case noun's singular, by its ending.
fn singular(noun: &str) -> String {
    let noun = noun.to_string();
    // "gunmen", "policemen", but not "specimen".
    if noun.len() > 4 && noun.ends_with("men") && !noun.ends_with("imen") {
        return format!("{}man", &noun[..noun.len() - 3]);
    }
    // "calories", "movies": a plural of a noun in "-ie"; "series",
    // "species" are their own singular.
    if NOUNS_IN_IE.contains(&noun.as_str()) {
        return noun[..noun.len() - 1].to_string();
    }
    if matches!(noun.as_str(), "series" | "species") {
        return noun;
    }
    // "volcanoes", "heroes"; not "shoes", "canoes" nor "backhoes".
    if NOUNS_IN_OES.contains(&noun.as_str()) {
        return noun[..noun.len() - 2].to_string();
    }
    for (suffix, replacement) in [("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh")] {
        if let Some(stem) = noun.strip_suffix(suffix) {
            return format!("{stem}{replacement}");
        }
    }
    // "bonus", "virus", "crisis", "analysis" end in an "s" of their own;
    // "taxis" and "skis" do not.
    let own_s = ["ss", "us", "sis"].iter().any(|end| noun.ends_with(end));
    match noun.strip_suffix('s') {
        Some(stem) if !own_s && stem.len() > 2 => stem.to_string(),
        _ => noun,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_of_one_measure_convert_to_its_base() {
        assert_eq!(measure("inches"), Some(("length", 0.0254)));
        assert_eq!(measure("KM"), Some(("length", 1000.0)));
        assert_eq!(measure("hectares"), Some(("area", 10_000.0)));
        assert_eq!(measure("pounds"), None, "also money");
        assert_eq!(measure("hours"), Some(("duration", 3600.0)));
        assert_eq!(measure("hrs"), Some(("duration", 3600.0)));
        assert_eq!(measure("years"), None, "of varying length");
        assert_eq!(measure("people"), None);
        assert_eq!(
            measure_in("12 square miles", "miles").map(|m| m.0),
            Some("area")
        );
        let (measure, litres) = measure_in("18 million cubic metres", "metres").unwrap();
        assert_eq!((measure, litres), ("volume", 1000.0));
        assert_eq!(measure_in("40 acres", "acres"), Some(("area", 4046.856)));
    }

    #[test]
    fn verbs_and_adjectives_name_known_counts() {
        assert_eq!(predicate("killed"), Some("deaths"));
        assert_eq!(predicate("lives"), Some("deaths"));
        assert_eq!(predicate("wounded"), Some("injured"));
        assert_eq!(predicate("detention"), Some("arrests"));
        assert_eq!(predicate("visitors"), None);
        assert_eq!(money("penalty"), Some("fine"));
    }

    #[test]
    fn singular_and_plural_nouns_share_a_key() {
        assert_eq!(noun_key("passengers"), noun_key("passenger"));
        assert_eq!(noun_key("casualties"), noun_key("casualty"));
        assert_eq!(noun_key("individuals"), "people");
        assert_eq!(noun_key("glass"), "glass");
        assert_eq!(noun_key("gunmen"), noun_key("gunman"));
        for (plural, one) in [
            ("calories", "calorie"),
            ("series", "series"),
            ("species", "species"),
            ("virus", "virus"),
            ("crisis", "crisis"),
            ("taxis", "taxi"),
            ("volcanoes", "volcano"),
            ("shoes", "shoe"),
            ("backhoes", "backhoe"),
            ("bodies", "body"),
        ] {
            assert_eq!(noun_key(plural), one, "{plural}");
        }
        assert_eq!(side("gunman"), side("shooters"));
        assert_eq!(side("deputy"), Some("police"));
        assert_eq!(side("people"), None);
    }
}
