//! What a figure counts, from the words around it.
//!
//! The set is open: a verb or adjective that names a well-known count
//! ("killed", "wounded", "detained") gives that count its usual name, so
//! that "60 people dead" and "137 killed" are one quantity; anything else is
//! named by its own head noun ("visitors", "homes"), never forced into a
//! known kind it does not belong to.

/// Words that say what happened to the people or things counted.
const PREDICATES: &[(&str, &[&str])] = &[
    (
        "deaths",
        &[
            "dead",
            "died",
            "die",
            "dies",
            "dying",
            "killed",
            "kill",
            "kills",
            "killing",
            "deaths",
            "death",
            "fatalities",
            "fatality",
            "perished",
            "lives",
            "bodies",
            "murdered",
            "slain",
            "drowned",
            "toll",
            "deceased",
            "lifeless",
        ],
    ),
    (
        "injured",
        &[
            "injured", "injuring", "injuries", "injury", "wounded", "wounding", "hurt",
        ],
    ),
    ("casualties", &["casualties"]),
    (
        "hospitalised",
        &[
            "hospitalised",
            "hospitalized",
            "hospital",
            "hospitalisation",
            "hospitalization",
        ],
    ),
    (
        "arrests",
        &[
            "arrested",
            "arrest",
            "arrests",
            "arresting",
            "detained",
            "detaining",
            "detention",
            "detentions",
            "custody",
            "apprehended",
        ],
    ),
    (
        "critical",
        &[
            "critical",
            "critically",
            "life-threatening",
            "grave",
            "gravely",
        ],
    ),
    ("charged", &["charged", "indicted", "charges"]),
    ("missing", &["missing", "unaccounted", "disappeared"]),
    (
        "evacuated",
        &[
            "evacuated",
            "evacuating",
            "evacuation",
            "evacuees",
            "evacuate",
        ],
    ),
    ("displaced", &["displaced", "homeless"]),
    (
        "rescued",
        &[
            "rescued",
            "rescuing",
            "alive",
            "freed",
            "saved",
            "survivors",
        ],
    ),
    ("trapped", &["trapped", "stranded", "entombed"]),
    (
        "deployed",
        &[
            "deployed",
            "deploying",
            "deploy",
            "deployment",
            "mobilised",
            "mobilized",
            "mobilising",
            "mobilizing",
            "dispatched",
        ],
    ),
    ("plots foiled", &["foiled", "thwarted"]),
];

/// People sent somewhere to work: counted without a verb, they are a
/// deployment ("more than 200 firefighters battled the blaze").
const DEPLOYED_NOUNS: &[&str] = &[
    "soldiers",
    "troops",
    "officers",
    "police",
    "policemen",
    "gendarmes",
    "firefighters",
    "personnel",
    "rescuers",
    "responders",
    "reservists",
    "agents",
    "guards",
    "paramedics",
];

/// Nouns for people, which say "people" but not what happened to them.
const PEOPLE: &[&str] = &[
    "people",
    "persons",
    "person",
    "individuals",
    "individual",
    "men",
    "women",
    "children",
    "civilians",
    "adults",
    "residents",
    "others",
];

/// What an amount of money is, where the words around say; several
/// words for one thing share a name, so outlets that differ in wording
/// are still compared.
const MONEY: &[(&str, &[&str])] = &[
    ("ransom", &["ransom"]),
    ("fine", &["fine", "fined", "fines", "penalty", "penalties"]),
    (
        "compensation",
        &["damages", "compensation", "settlement", "payout"],
    ),
    ("cost", &["cost", "costs", "bill", "price", "costing"]),
    ("damage", &["damage"]),
    ("budget", &["budget"]),
    ("bail", &["bail"]),
    ("reward", &["reward"]),
    ("revenue", &["revenue", "revenues", "sales", "turnover"]),
    ("profit", &["profit", "profits"]),
    ("losses", &["loss", "losses"]),
    ("funding", &["funding", "aid", "grant", "grants", "package"]),
    ("donations", &["donations", "donated", "raised"]),
    ("investment", &["investment", "invest", "invested"]),
    ("debt", &["debt", "debts"]),
    ("salary", &["salary", "pay", "wage", "wages", "bonus"]),
    ("contract", &["contract", "deal"]),
    (
        "stolen",
        &["stolen", "stole", "theft", "embezzled", "fraud"],
    ),
];

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

/// People counted by what they are: the same people may be "staff" to
/// one outlet and "workers" to another.
const ROLES: &[&str] = &[
    "workers",
    "employees",
    "staff",
    "crew",
    "members",
    "patients",
    "passengers",
    "voters",
    "citizens",
    "students",
    "pupils",
    "tourists",
    "visitors",
    "fans",
    "spectators",
    "migrants",
    "refugees",
    "survivors",
    "victims",
    "villagers",
    "inhabitants",
    "customers",
    "protesters",
    "demonstrators",
    "miners",
    "nurses",
    "doctors",
    "teachers",
    "pilgrims",
    "travellers",
    "travelers",
    "commuters",
    "islanders",
    "locals",
    "sailors",
    "fishermen",
    "seafarers",
    "guests",
    "attendees",
    "participants",
    "users",
    "clients",
    "shoppers",
    "holidaymakers",
    "evacuees",
    "hostages",
    "prisoners",
    "inmates",
    "detainees",
    "suspects",
    "casualties",
    "executives",
    "bosses",
    "officials",
    "managers",
    "directors",
    "lawyers",
    "journalists",
    "engineers",
    "farmers",
    "drivers",
    "pilots",
    "pedestrians",
    "volunteers",
    "families",
    "households",
    "deputies",
    "troopers",
    "cops",
    "marshals",
    "constables",
    "patrons",
    "bystanders",
    "worshippers",
    "congregants",
];

/// Whether `noun` names people, generically or by role.
pub fn is_people(noun: &str) -> bool {
    // "ex-bosses" are bosses.
    let noun = noun.strip_prefix("ex-").unwrap_or(noun);
    let plural = format!("{noun}s");
    PEOPLE.contains(&noun) || ROLES.contains(&noun) || ROLES.contains(&plural.as_str())
}

/// Whether `noun` says "people" and nothing more.
fn is_generic_people(noun: &str) -> bool {
    PEOPLE.contains(&noun)
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
    let key = singular(&noun.to_lowercase());
    SIDES
        .iter()
        .find(|(_, nouns)| nouns.iter().any(|n| singular(n) == key))
        .map(|&(name, _)| name)
}

const SIDES: &[(&str, &[&str])] = &[
    (
        "police",
        &[
            "officers",
            "police",
            "policemen",
            "deputies",
            "troopers",
            "cops",
            "marshals",
            "constables",
            "agents",
            "guards",
            "gendarmes",
        ],
    ),
    ("soldiers", &["soldiers", "troops", "reservists"]),
    (
        "rescuers",
        &["firefighters", "rescuers", "responders", "paramedics"],
    ),
    (
        "attackers",
        &[
            "gunmen",
            "shooters",
            "attackers",
            "assailants",
            "militants",
            "snipers",
            "suspects",
            "fighters",
        ],
    ),
    ("civilians", &["civilians", "bystanders"]),
    (
        "children",
        &[
            "children",
            "boys",
            "girls",
            "teenagers",
            "teens",
            "babies",
            "infants",
            "toddlers",
            "students",
            "pupils",
        ],
    ),
];

pub fn is_deployed(noun: &str) -> bool {
    DEPLOYED_NOUNS.contains(&noun)
}

/// Whether `name` is a well-known count of an event ("deaths",
/// "arrests"), which outlets mean the same way wherever they give it.
pub fn is_event_count(name: &str) -> bool {
    let name = name.trim_end_matches(" (part)");
    PREDICATES.iter().any(|(known, _)| *known == name)
}

/// Whether a count kind is about people, so its unit is "people" unless
/// the text names them otherwise.
pub fn counts_people(kind: &str) -> bool {
    PREDICATES
        .iter()
        .any(|(name, _)| *name == kind && kind != "plots foiled")
}

/// Names that say how a figure is measured, not what it measures: two
/// outlets' "hours" may be a siege and a flight.
const UNITS: &[&str] = &[
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "month",
    "year",
    "decade",
    "century",
    "time",
    "metre",
    "meter",
    "kilometre",
    "kilometer",
    "km",
    "mile",
    "foot",
    "feet",
    "inch",
    "centimetre",
    "centimeter",
    "millimetre",
    "millimeter",
    "mm",
    "cm",
    "yard",
    "tonne",
    "ton",
    "kilogram",
    "kilo",
    "kg",
    "gram",
    "pound",
    "litre",
    "liter",
    "gallon",
    "barrel",
    "hectare",
    "acre",
    "degree",
    "percent",
    "money",
    "people",
    "piece",
    "unit",
    "item",
    "other",
    "one",
];

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
    singular(&noun)
}

/// A lower-case noun's singular, by its ending.
fn singular(noun: &str) -> String {
    let noun = noun.to_string();
    // "gunmen", "policemen", but not "specimen".
    if noun.len() > 4 && noun.ends_with("men") && !noun.ends_with("imen") {
        return format!("{}man", &noun[..noun.len() - 3]);
    }
    for (suffix, replacement) in [("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh")] {
        if let Some(stem) = noun.strip_suffix(suffix) {
            return format!("{stem}{replacement}");
        }
    }
    match noun.strip_suffix('s') {
        Some(stem) if !noun.ends_with("ss") && stem.len() > 2 => stem.to_string(),
        _ => noun,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(side("gunman"), side("shooters"));
        assert_eq!(side("deputy"), Some("police"));
        assert_eq!(side("people"), None);
    }
}
