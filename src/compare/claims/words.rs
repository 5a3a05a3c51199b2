//! The word lists the claims engine reads figures by, as data: each list
//! says what its words do to a number beside them, so widening what the
//! engine understands means adding a word here, not reading the code that
//! uses it.
//!
//! In the order the stages use them: numbers that are no count
//! ([`super::reject`]), qualifiers, ranges and attribution
//! ([`super::mention`]), the noun a figure counts ([`super::counted`]) and
//! the kinds of count ([`super::kind`]).

use super::Qualifier;

// Numbers that name, date, time or place something.

/// Measures of a neighbourhood: "fewer than 20 blocks away" says where
/// something is. Miles and kilometres stay figures: how far a reef lies
/// off the coast is a fact outlets can disagree on.
pub(super) const DISTANCES: &[&str] = &["blocks", "block", "doors", "houses", "streets"];

/// What a hyphened figure sizes rather than counts when a noun follows:
/// "two-person squads", "a three-man team" say how big each squad and
/// team is, not how many people the event touched; "a 10-round
/// magazine" what it holds, "a two-alarm fire" how big a response it
/// called. A body's members and a building's storeys ([`STOREYS`]) are
/// figures: readers' keys count "a six-member team" of experts sent and
/// "the 24-storey tower" as outlets' claims.
pub(super) const SIZES: &[&str] = &[
    "person", "people", "man", "men", "woman", "bedroom", "round", "alarm",
];

/// A building's height in floors, one quantity however it is written:
/// "a six-storey factory", "the 24-story tower", "a nine-floor block".
pub(super) const STOREYS: &[&str] = &["storey", "story", "floor"];

/// Nouns one thing is called by, in the singular, and the word it is
/// counted by: "five blazes were raging" and "six fires" are one count,
/// as are "four firemen" and "four firefighters".
pub(super) const SYNONYMS: &[(&str, &[&str])] = &[
    ("fire", &["blaze", "inferno"]),
    ("firefighter", &["fireman"]),
    ("soldier", &["troop"]),
    ("body", &["corpse"]),
    ("worker", &["labourer", "laborer"]),
    // "victims from 35 countries", "35 nationalities on board".
    ("country", &["nationality", "nation"]),
];

/// Who a "-of-three" word counts the children of: "mother-of-three".
pub(super) const PARENTS: &[&str] = &[
    "mother",
    "mum",
    "mom",
    "father",
    "dad",
    "parent",
    "grandmother",
    "grandfather",
    "grandparent",
];

/// Nouns of a state that, before another noun, say which ones are
/// counted rather than what happened to them: "one hospital nurse".
pub(super) const STATE_NOUNS: &[&str] = &[
    "hospital",
    "death",
    "custody",
    "evacuation",
    "detention",
    "rescue",
    "injury",
    "arrest",
    "deployment",
];

/// Units that, written apart from their number before a noun, say what
/// the thing is: "a 9 mm handgun", "40 mg tablets".
pub(super) const SPEC_UNITS: &[&str] = &["mm", "mg", "mcg", "ml"];

/// Spans of time too long to have one length, so no measure: a figure
/// may still halve them ("a year and a half"); shorter ones are in
/// [`MEASURES`].
pub(super) const LONG_SPANS: &[&str] = &["month", "year", "decade", "century"];

/// Words that say which way a measure runs, no noun: "140 mm long" is a
/// size given, not a kind named ("a 9 mm handgun"), and "four kilometres
/// long" counts kilometres.
pub(super) const DIMENSIONS: &[&str] = &["long", "wide", "deep", "high", "tall", "thick", "across"];

/// Words that lead into a figure, capitalised only by starting a
/// sentence: "Another 53 were wounded" is no "Flight 447".
pub(super) const LEADS: &[&str] = &[
    "another", "only", "just", "all", "exactly", "total", "a", "an",
];

/// Words before a number that make it a name, not a count: "Flight 447",
/// "section 4", "No. 10".
pub(super) const DESIGNATORS: &[&str] = &[
    "flight",
    "route",
    "bus",
    "line",
    "platform",
    "gate",
    "terminal",
    "section",
    "article",
    "chapter",
    "clause",
    "paragraph",
    "page",
    "room",
    "number",
    "no",
    "no.",
    "#",
    "highway",
    "road",
    "junction",
    "exit",
    "level",
    "phase",
    "grade",
    "category",
    "stage",
    "pier",
    "berth",
    "beam",
    "girder",
    "span",
    "shaft",
    "tunnel",
    "tower",
    "wing",
    "courtroom",
    "dock",
    "ward",
    "unit",
    "building",
    "block",
    "lot",
    "seat",
    "item",
    "figure",
    "appendix",
    "schedule",
    "part",
    "volume",
    "issue",
    "episode",
    "season",
    "version",
    "model",
    "class",
    "type",
    "channel",
    "amendment",
    "rule",
    "regulation",
    "division",
    "district",
    "zone",
    "sector",
    "precinct",
    "runway",
    "track",
    "apartment",
    "flat",
    "reactor",
    "cell",
    "batch",
    "lane",
    "interstate",
    "motorway",
    "train",
    "bay",
    "hangar",
    "row",
    "tier",
    "bill",
    "act",
    "resolution",
    "decree",
    "order",
    "code",
    "vol",
    "p",
    "pp",
    "ch",
    "sec",
    "art",
    "ref",
];

/// Designators in the plural, which name each number of a list after
/// them that no noun follows: "sections 304, 308 and 114", "routes 7 and
/// 12A", where "at the gates 20 people" counts. Not those a measure
/// follows as often ("levels 50 times higher").
pub(super) const PLURAL_DESIGNATORS: &[&str] = &[
    "sections",
    "articles",
    "chapters",
    "clauses",
    "paragraphs",
    "pages",
    "routes",
    "flights",
    "platforms",
    "gates",
    "terminals",
    "rooms",
    "exits",
    "berths",
    "piers",
    "wards",
    "amendments",
    "regulations",
    "runways",
    "reactors",
    "nos",
];

/// Designators that are also words of counting or denying ("no one",
/// "the number two"): a number word after them is never a name.
pub(super) const COUNTING_DESIGNATORS: &[&str] = &["no", "number"];

/// Words after a number, capitalised as in a name, that make it an
/// address: "12 Harbour Street", and "12 Via Salina" or "8 Rue Cler"
/// where the street's word comes first.
pub(super) const STREETS: &[&str] = &[
    "via",
    "viale",
    "piazza",
    "corso",
    "rue",
    "calle",
    "avenida",
    "rua",
    "street",
    "st",
    "road",
    "rd",
    "avenue",
    "ave",
    "lane",
    "boulevard",
    "blvd",
    "drive",
    "way",
    "place",
    "square",
    "court",
    "terrace",
    "crescent",
    "close",
    "row",
    "quay",
    "wharf",
    "parade",
    "gardens",
    "hill",
    "walk",
    "mews",
];

/// Words before a year ("in 2015", "since 2017"), which a count would not
/// follow.
pub(super) const YEAR_PRECEDERS: &[&str] = &[
    "in",
    "since",
    "of",
    "by",
    "until",
    "till",
    "from",
    "before",
    "after",
    "during",
    "the",
    "its",
    "their",
    "his",
    "her",
    "our",
    "this",
    "last",
    "next",
    "fiscal",
    "financial",
    "early",
    "late",
    "mid",
    "circa",
    "spring",
    "summer",
    "autumn",
    "winter",
    "fall",
];

/// Words after digits that make them a clock time: "9 p.m.", "0900 GMT".
pub(super) const TIME_WORDS: &[&str] = &[
    "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "cest", "est", "edt",
    "pst", "o'clock", "hrs", "hours", "h",
];

/// Emergency telephone numbers (North America, Britain), which are no
/// figure before a word of calling ("a 911 call", "999 callers"):
/// [`EMERGENCY_WORDS`]. Europe's 112 is left out: "112 calls" is as often
/// a count.
pub(super) const EMERGENCY_NUMBERS: &[&str] = &["911", "999"];

/// Words between an emergency number and its word of calling: "a 911
/// phone call".
pub(super) const EMERGENCY_KINDS: &[&str] = &["phone", "emergency"];

/// Words of calling an emergency number: "a 911 call", "999 callers".
pub(super) const EMERGENCY_WORDS: &[&str] = &[
    "call",
    "calls",
    "caller",
    "callers",
    "operator",
    "operators",
    "dispatcher",
    "dispatchers",
    "center",
    "centre",
    "centers",
    "centres",
    "system",
    "line",
    "lines",
    "recording",
    "recordings",
    "tape",
    "tapes",
    "hang-up",
];

/// Verbs of a beginning, whose year ("built in 1974", "founded in 1902")
/// dates what began, not a figure beside it.
pub(super) const ORIGINS: &[&str] = &[
    "built",
    "founded",
    "established",
    "opened",
    "constructed",
    "completed",
    "born",
    "formed",
    "created",
    "launched",
    "incorporated",
];

/// Verbs that dial an emergency number before it: "called 911 twice",
/// "dialled 999".
pub(super) const CALLING: &[&str] = &[
    "call", "called", "calling", "calls", "dial", "dialled", "dialed", "dialling", "dialing",
    "phoned", "rang",
];

/// How American police place an event: "the 700 block of Bourbon
/// Street" is no count of blocks.
pub(super) const BLOCK_OF: &[&str] = &["block", "of"];

/// Words before an age: "aged 34", "ages 18 and 19".
pub(super) const AGE_WORDS: &[&str] = &["aged", "age", "ages"];

/// What joins the items of a list: "ages 16, 17 and 19".
pub(super) const LIST_JOINS: &[&str] = &[",", "and", "or"];

/// Words a telephone number follows: "call Crime Stoppers at 822-1111".
pub(super) const DIALLING: &[&str] = &["at", "call", "dial", "number", "line", "hotline", "on"];

// Qualifiers, ranges and who says so.

/// Qualifier phrases, longest first so "no more than" wins over "more than".
pub(super) const QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["not", "less", "than"], Qualifier::AtLeast),
    (&["not", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "more", "than"], Qualifier::UpTo),
    (&["not", "more", "than"], Qualifier::UpTo),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["a", "maximum", "of"], Qualifier::UpTo),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["just", "shy", "of"], Qualifier::Nearly),
    (&["as", "many", "as"], Qualifier::UpTo),
    (&["as", "much", "as"], Qualifier::UpTo),
    (&["as", "few", "as"], Qualifier::AtLeast),
    (&["at", "least"], Qualifier::AtLeast),
    (&["at", "most"], Qualifier::UpTo),
    (&["more", "than"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["well", "over"], Qualifier::MoreThan),
    (&["just", "over"], Qualifier::MoreThan),
    (&["an", "estimated"], Qualifier::About),
    (&["close", "to"], Qualifier::Nearly),
    (&["just", "under"], Qualifier::Nearly),
    (&["just", "below"], Qualifier::Nearly),
    (&["up", "to"], Qualifier::UpTo),
    (&["less", "than"], Qualifier::LessThan),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["approx", "."], Qualifier::About),
    (&["over"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["exceeding"], Qualifier::MoreThan),
    (&["about"], Qualifier::About),
    (&["approximately"], Qualifier::About),
    (&["approx"], Qualifier::About),
    (&["around"], Qualifier::About),
    (&["roughly"], Qualifier::About),
    (&["some"], Qualifier::About),
    (&["estimated"], Qualifier::About),
    (&["circa"], Qualifier::About),
    (&["nearly"], Qualifier::Nearly),
    (&["almost"], Qualifier::Nearly),
    (&["under"], Qualifier::LessThan),
    (&["below"], Qualifier::LessThan),
    (&["exactly"], Qualifier::Exact),
    (&["between"], Qualifier::Between),
];

/// Verbs that introduce a change, so "rose from 9 to 14" is two figures,
/// not a range.
pub(super) const CHANGE_VERBS: &[&str] = &[
    "rose",
    "risen",
    "increased",
    "climbed",
    "jumped",
    "grew",
    "fell",
    "dropped",
    "decreased",
    "revised",
    "raised",
    "lowered",
    "went",
    "soared",
    "surged",
    "declined",
    "doubled",
    "updated",
];

/// Verbs that set a count at a figure: "put the number of dead at 137",
/// "estimated the crowd at 5,000", "the toll stood at 40".
pub(super) const PLACING: &[&str] = &[
    "put",
    "puts",
    "putting",
    "placed",
    "places",
    "placing",
    "estimated",
    "estimates",
    "estimating",
    "stands",
    "stood",
    "standing",
];

/// Words between a verb of change and its new figure: "rose to 23",
/// "now stands at 23".
pub(super) const CHANGE_ENDS: &[&str] = &["to", "at"];

/// What a figure counting others besides some it follows says: "seven
/// others", "three other sons", "no one else".
pub(super) const OTHERS: &[&str] = &["other", "others", "else"];

/// Words that set what follows against what came before: "no injuries
/// have been confirmed, but six were hurt".
pub(super) const CONTRASTS: &[&str] = &["but", "however", "though", "although", "yet"];

/// Verbs that report: "officials said".
pub(super) const REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "reported",
    "reports",
    "announced",
    "confirmed",
    "estimated",
    "estimates",
    "stated",
    "claimed",
    "claims",
    "added",
    "according",
];

/// Pronouns that are only ever objects: a verb followed by one has its
/// object ("killing them in one hit").
pub(super) const OBJECT_PRONOUNS: &[&str] = &["them", "him", "it", "us", "me"];

/// Prepositions that open a gerund's phrase: "by publishing", "for
/// stealing", "with smuggling".
pub(super) const GERUND_OPENERS: &[&str] = &[
    "by", "for", "with", "of", "from", "in", "on", "about", "without",
];

/// Verbs that move people out, which [`FLEEING`] after them makes an
/// evacuation: "forced from their homes", "moved out of their homes",
/// "ordered to leave", "told to evacuate".
pub(super) const DISPLACING: &[&str] = &["forced", "forcing", "moved", "ordered", "told"];

/// Words after one of [`DISPLACING`] that make those moved evacuated.
pub(super) const FLEEING: &[&str] = &[
    "homes", "home", "flee", "leave", "evacuate", "shelter", "shelters",
];

/// Words that open a verb's object, which make a participle after a
/// figure's noun what those counted did: "300 people packed the club".
pub(super) const OBJECTS: &[&str] = &["the", "a", "an", "them", "him", "it"];

/// Participles after a figure's noun that lead on to its state rather
/// than being it ("14 people feared dead", "nine people rushed to
/// hospital", "millions of visitors expected"), or say who they are
/// ("people aged over 60", "the officers involved").
pub(super) const LEADING: &[&str] = &[
    "involved",
    "expected",
    "estimated",
    "projected",
    "anticipated",
    "believed",
    "feared",
    "presumed",
    "reported",
    "confirmed",
    "listed",
    "described",
    "aged",
    "rushed",
    "transported",
    "airlifted",
    "treated",
    "admitted",
    "pulled",
    "carried",
];

// The noun a figure counts.

/// Words that end a figure's clause going forwards or backwards.
pub(super) const CONJUNCTIONS: &[&str] = &[
    "and", "or", "but", "while", "whereas", "whilst", "plus", "as",
];

/// Nouns for an event, which a sentence may point back at ("In that
/// incident") to say its figures are that event's.
pub(super) const EVENT_NOUNS: &[&str] = &[
    "incident",
    "attack",
    "shooting",
    "crash",
    "case",
    "fire",
    "blast",
    "explosion",
    "event",
    "accident",
    "disaster",
    "storm",
    "flood",
    "earthquake",
    "quake",
    "outbreak",
    "riot",
    "massacre",
    "bombing",
    "collapse",
    "derailment",
    "spill",
    "sinking",
    "raid",
    "robbery",
    "standoff",
    "ambush",
    "stabbing",
    "siege",
    "tragedy",
    "shipwreck",
    "capsizing",
    "stampede",
    "crush",
    "landslide",
    "mudslide",
    "avalanche",
    "eruption",
    "tornado",
    "hurricane",
    "cyclone",
    "typhoon",
];

/// Words after a charge that say where, when or against whom, not which
/// charge: "one count of murder in the death of", "two counts of assault
/// with a deadly weapon".
pub(super) const CHARGE_ENDS: &[&str] = &[
    "in",
    "with",
    "for",
    "against",
    "after",
    "on",
    "at",
    "from",
    "to",
    "that",
    "which",
    "who",
    "involving",
    "related",
];

/// How many words after "count of" may name the charge.
pub(super) const CHARGE_REACH: usize = 6;

/// Words that add someone to a count: "three dead, including the
/// shooter", "49 victims plus suspect".
pub(super) const INCLUDING: &[&str] = &["including", "includes", "included", "plus", "counting"];

/// Words before a figure that make it some of those a state counts:
/// "the dead include two men", "among the injured were two children".
pub(super) const INCLUDED_AMONG: &[&str] = &[
    "include",
    "includes",
    "included",
    "including",
    "among",
    "amongst",
];

/// Words that open a clause of their own, which ends what a figure's
/// words are read from on either side: "wounded when at least two gunmen
/// opened fire" does not count the gunmen as wounded, nor "shot 12
/// people before he died" the 12 as dead.
pub(super) const SUBORDINATORS: &[&str] = &["when", "after", "before", "because", "until"];

/// Words between a number and its noun that are not the noun.
pub(super) const NOUN_SKIP: &[&str] = &[
    "of",
    "such",
    "more",
    "other",
    "additional",
    "extra",
    "further",
    "new",
    "the",
    "those",
    "these",
    "its",
    "their",
    "his",
    "her",
];

/// Verbs of having and finding, which a negation before "any" makes a
/// count of nothing: "didn't have any children", "did not find any
/// weapons"; "do not expect any arrests" counts nothing.
pub(super) const HAVING: &[&str] = &[
    "have", "has", "had", "find", "found", "make", "made", "see", "seen",
];

/// Verbs of finding, which make a zero of things that are no known count
/// a figure: "no explosives were found", "police found no weapons".
/// Having is not enough: "had no plans" counts nothing.
pub(super) const FINDING: &[&str] = &[
    "find",
    "found",
    "recovered",
    "discovered",
    "located",
    "seized",
];

/// People whose loss is a death: kin ("lost three children") and those
/// who serve ("lost two officers"), unlike a company's workers or a
/// party's seats.
pub(super) const MOURNED: &[&str] = &[
    "children",
    "child",
    "sons",
    "son",
    "daughters",
    "daughter",
    "brothers",
    "brother",
    "sisters",
    "sister",
    "siblings",
    "nieces",
    "nephews",
    "grandchildren",
    "relatives",
    "husband",
    "wife",
    "parents",
    "mother",
    "father",
    "officers",
    "soldiers",
    "troops",
    "firefighters",
    "lives",
];

/// Verbs of holding on to a life ("fighting for his life", "clinging to
/// life"): whoever does is critically hurt, not among the dead.
pub(super) const FIGHTING: &[&str] = &[
    "fight",
    "fights",
    "fighting",
    "battle",
    "battles",
    "battling",
    "struggling",
    "clinging",
    "clings",
    "hanging",
];

/// Verbs that make a participle after them passive: "were shot", "had
/// been shot".
pub(super) const AUXILIARIES: &[&str] = &[
    "was", "were", "is", "are", "be", "been", "being", "got", "get", "gets",
];

/// Verbs by which someone harms others: "(two men) shot (31 people)".
pub(super) const HARMING: &[&str] = &["shot", "killed", "wounded", "injured", "stabbed"];

/// Possessive determiners: "for his life", "for their lives".
pub(super) const POSSESSIVES: &[&str] = &["his", "her", "their", "its", "our", "my", "your"];

/// Words after "one of them" that say the harm is the one's own: a
/// verb ("was", "died", "remains") or a condition ("in critical
/// condition"), not an adjective naming the group ("one of the wounded").
pub(super) const STATED_OF_ONE: &[&str] = &[
    "was", "were", "has", "had", "is", "died", "dies", "remains", "remained", "in",
];

/// Words that make an idiom of "one" before them ("one day", "on one
/// hand", "at one point"), not a count of one thing.
pub(super) const ONE_IDIOMS: &[&str] = &[
    "day", "time", "point", "hand", "way", "thing", "side", "another", "moment", "last", "done",
    // "Budiawan, who uses one name": as wire copy says of a person.
    "name",
];

/// Plurals in "-oes" whose singular drops "es": most nouns in "-oes"
/// ("shoes", "canoes", "backhoes") drop only the "s".
pub(super) const NOUNS_IN_OES: &[&str] = &[
    "volcanoes",
    "heroes",
    "cargoes",
    "tomatoes",
    "potatoes",
    "echoes",
    "torpedoes",
    "vetoes",
    "tornadoes",
];

/// Plurals in "-ies" of nouns in "-ie", whose singular drops the "s"
/// alone ("calories", not "calory").
pub(super) const NOUNS_IN_IE: &[&str] = &[
    "calories", "movies", "cookies", "rookies", "zombies", "pies", "ties", "lies", "brownies",
    "selfies", "hoodies", "prairies", "goalies", "freebies", "aunties", "sorties", "budgies",
];

/// Verbs that a head noun is not, though they look like nouns.
pub(super) const NOT_NOUNS: &[&str] = &[
    "rose",
    "fell",
    "grew",
    "stood",
    "reached",
    "hit",
    "totalled",
    "totaled",
    "saw",
    "took",
    "left",
    "remain",
    "remained",
    "remains",
    "according",
    "since",
    "ago",
    "later",
    "earlier",
    "each",
    "apiece",
    "say",
    "said",
    "says",
    "more",
    "less",
    "fewer",
    "total",
    // Prepositions the stop words leave out: "11 children without a
    // parent" counts children.
    "without",
    "within",
    "across",
    "among",
    "amid",
    "amidst",
    "despite",
    "throughout",
    "toward",
    "towards",
    "beyond",
    "beneath",
    "inside",
    "outside",
    "near",
    "onto",
    "underneath",
    "alongside",
    "except",
    "via",
    "behind",
    "around",
    "along",
    "away",
    "off",
    "apart",
    // Ranks, not things: "with one firing first".
    "first",
    "last",
    // Past forms that end in no "-ed": "4,800 accounts held by offshore
    // companies" counts accounts, "300 homes built" homes.
    "held",
    "built",
    "rebuilt",
    "sold",
    "bought",
    "made",
    "paid",
    "taken",
    "given",
    "found",
    "kept",
    "brought",
    "caught",
    "sent",
    "spent",
    "told",
    "won",
    "shut",
    "set",
    "put",
    "seen",
    "known",
    "shown",
    "drawn",
    "thrown",
    "grown",
    "flown",
    "driven",
    "written",
    "stolen",
    "broken",
    "chosen",
    "frozen",
    "spoken",
    "beaten",
    "hidden",
    "fallen",
    "begun",
    "struck",
    "stuck",
    "led",
    "met",
    "fled",
    "slain",
    "sworn",
    "torn",
    "born",
    "done",
    "gone",
    "felt",
    "dealt",
    "meant",
    "lent",
    "withheld",
    "upheld",
    "sought",
    "taught",
    "fought",
    "hurt",
];

// Kinds of count.

/// Words that say what happened to the people or things counted.
pub(super) const PREDICATES: &[(&str, &[&str])] = &[
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
            "fatally",
        ],
    ),
    (
        "injured",
        &[
            "injured", "injuring", "injuries", "injury", "wounded", "wounding", "hurt", "burns",
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
    // Those taken to hospital at the time, who may since have left: no
    // rival for the count still there ("23 were taken to hospitals",
    // "12 remain hospitalized"). Read from a verb of carrying before
    // "hospital" (see [`CARRYING`]), so no word names it alone.
    ("taken to hospital", &[]),
    // Those who have left hospital: "treated and released", "had been
    // discharged".
    ("released from hospital", &["discharged"]),
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
            "apprehended",
        ],
    ),
    // A state at the moment of writing, not the arrests made so far: some
    // of those arrested may be out already, so "five in custody" is no
    // rival to "ten arrested".
    ("in custody", &["custody"]),
    (
        "critical",
        &["critical", "critically", "life-threatening", "grave"],
    ),
    // The badly and the slightly hurt, counted apart from all the hurt
    // ("31 people were seriously injured", "253 have light to moderate
    // injuries" beside "over 100 injured"). Read from a word of degree
    // before a word of harm (see [`SEVERE`], [`SLIGHT`]), so no word
    // names either alone: "a serious fire" and "five light aircraft"
    // count no one.
    ("seriously injured", &[]),
    ("slightly injured", &[]),
    // A patient's condition better than critical: "six in critical
    // condition and six listed as stable" are two counts.
    ("stable", &["stable"]),
    // Those an outbreak or a leak made ill: "More than 120 people fell
    // ill", "20 pupils were sickened"; no rival for the hurt.
    ("ill", &["ill", "sickened", "illness", "illnesses"]),
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
    // Those not yet freed, apart from all who were trapped: "nine were
    // trapped" and "one person is still trapped" are two moments of a
    // rescue, not rivals. Read from "trapped" with a word of [`STILL`].
    ("still trapped", &[]),
    // The dead not yet named: "19 remain unidentified", "48 bodies ...
    // still unidentified".
    ("unidentified", &["unidentified"]),
    // Those on a ship, train or plane when it sank, crashed or burnt:
    // "over 400 passengers were aboard", "200 people boarded the ferry";
    // "on board" is read where "board" stands.
    ("passenger", &["aboard", "boarded", "onboard"]),
    // Those shot, the dead and the wounded together ("ten people were
    // shot, one fatally"): no rival for either. "Shot dead" and "shot and
    // wounded" say which, read where "shot" stands.
    ("people shot", &["shot"]),
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

/// Pairs of well-known counts outlets use for one another, though they
/// differ: many taken to hospital are sent home the same day, yet one
/// outlet's "11 taken to hospital" is another's "11 hospitalised". See
/// [`super::group::join_kin`].
pub(super) const KIN: &[(&str, &str)] = &[("hospitalised", "taken to hospital")];

/// Words for a place that treats the hurt: "released from the hospital",
/// "Enloe Medical Center has received five patients", "taken to Hosp"
/// (a fire log's short form).
pub(super) const HOSPITALS: &[&str] = &[
    "hospital",
    "hospitals",
    "hosp",
    "center",
    "centre",
    "clinic",
];

/// Verbs of carrying the hurt somewhere: before "to (the) hospital" they
/// count those taken there, not those still in it.
pub(super) const CARRYING: &[&str] = &[
    "taken",
    "transported",
    "sent",
    "rushed",
    "brought",
    "airlifted",
    "flown",
    "carried",
    "driven",
    "ferried",
    "transferred",
];

/// A verb of shooting and the words that may follow it, which make its
/// subject attackers: "two men opened fire", "fired into the yard"; not
/// "two men fired by the council".
pub(super) const SHOOTING: &[(&str, &[&str])] = &[
    ("opened", &["fire"]),
    (
        "fired",
        &["at", "into", "on", "upon", "shots", "rounds", "bullets"],
    ),
];

/// The [`PREDICATES`] that count a harm's victims: the only counts an
/// attacker can be part of ("three dead, including the gunman"), where
/// "five arrested, including two suspects" names who was arrested.
pub(super) const TOLLS: &[&str] = &[
    "deaths",
    "injured",
    "casualties",
    "hospitalised",
    "taken to hospital",
    "critical",
    "seriously injured",
    "slightly injured",
    "people shot",
];

/// Words of degree that make a word of harm after them a count of the
/// badly hurt: "seriously injured", "serious injuries", "in serious
/// condition".
pub(super) const SEVERE: &[&str] = &["seriously", "severely", "badly", "serious", "severe"];

/// Words of degree that make a word of harm after them a count of the
/// slightly hurt: "slightly injured", "minor injuries", "light to
/// moderate injuries".
pub(super) const SLIGHT: &[&str] = &["slightly", "lightly", "minor", "light", "mildly", "mild"];

/// People sent somewhere to work: counted without a verb, they are a
/// deployment ("more than 200 firefighters battled the blaze").
pub(super) const DEPLOYED_NOUNS: &[&str] = &[
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

/// Words before people that say a rescue sent them: "rescue workers",
/// "emergency staff", "relief volunteers".
pub(super) const RESCUING: &[&str] = &["rescue", "emergency", "relief", "search"];

/// People a rescue sends, after a word of [`RESCUING`]; teams and crews
/// are no count of people.
pub(super) const RESCUE_CREWS: &[&str] =
    &["workers", "staff", "personnel", "volunteers", "members"];

/// People of one agency among those on a side ([`SIDES`]): a sheriff's
/// deputies, a state's troopers, federal agents, the fire service. Reports
/// count each agency apart ("11 officers", "21 deputies"; "200 rescue
/// workers and 60 firefighters"), so a count of one is no rival for a
/// count of another. See
/// [`super::kind::agency`].
pub(super) const AGENCIES: &[&str] = &[
    "deputy",
    "trooper",
    "marshal",
    "agent",
    "constable",
    "guard",
    "firefighter",
];

/// Nouns for people, which say "people" but not what happened to them.
pub(super) const PEOPLE: &[&str] = &[
    "people",
    "persons",
    "person",
    "individuals",
    "individual",
    "men",
    "women",
    "children",
    "kids",
    "civilians",
    "adults",
    "residents",
    "others",
];

/// What an amount of money is, where the words around say; several
/// words for one thing share a name, so outlets that differ in wording
/// are still compared.
pub(super) const MONEY: &[(&str, &[&str])] = &[
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

/// People counted by what they are: the same people may be "staff" to
/// one outlet and "workers" to another.
pub(super) const ROLES: &[&str] = &[
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
    "pensioners",
    "retirees",
    "supporters",
    "motorists",
    "cyclists",
    "diners",
    "swimmers",
    "hikers",
    "climbers",
    "campers",
    "parishioners",
    "concertgoers",
    "churchgoers",
    "partygoers",
    "revellers",
    "ticket-holders",
];

/// Sides of an event, each with the nouns for its people: see
/// [`super::kind::side`].
pub(super) const SIDES: &[(&str, &[&str])] = &[
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
    ("men", &["men", "males"]),
    ("women", &["women", "females"]),
    (
        "children",
        &[
            "children",
            "kids",
            "boys",
            "girls",
            "teenagers",
            "teens",
            "babies",
            "infants",
            "toddlers",
            "students",
            "pupils",
            "minors",
            "juveniles",
            "youths",
            "adolescents",
        ],
    ),
];

/// Names that say how a figure is measured, not what it measures: two
/// outlets' "hours" may be a siege and a flight.
pub(super) const UNITS: &[&str] = &[
    "duration",
    "length",
    "area",
    "weight",
    "volume",
    "second",
    "minute",
    "hour",
    "hr",
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

/// Units of measure one outlet may give where another gives another
/// ("about six inches", "roughly 14 centimetres"): each unit's singular,
/// what it measures, and how many of that measure's base unit (metre,
/// square metre, kilogram, litre, second) one of it makes. "Pound" is
/// left out, as it is also money; "ton" is the short ton, "gallon" the US
/// one. Months and years are left out: their length varies, and a
/// "five-year sentence" is no rival for "60 months" anyone writes.
pub(super) const MEASURES: &[(&str, &str, f64)] = &[
    ("second", "duration", 1.0),
    ("minute", "duration", 60.0),
    ("hour", "duration", 3600.0),
    ("hr", "duration", 3600.0),
    ("hrs", "duration", 3600.0),
    ("day", "duration", 86_400.0),
    ("week", "duration", 604_800.0),
    ("millimetre", "length", 0.001),
    ("millimeter", "length", 0.001),
    ("mm", "length", 0.001),
    ("centimetre", "length", 0.01),
    ("centimeter", "length", 0.01),
    ("cm", "length", 0.01),
    ("inch", "length", 0.0254),
    ("foot", "length", 0.3048),
    ("feet", "length", 0.3048),
    ("ft", "length", 0.3048),
    ("yard", "length", 0.9144),
    ("m", "length", 1.0),
    ("metre", "length", 1.0),
    ("meter", "length", 1.0),
    ("kilometre", "length", 1000.0),
    ("kilometer", "length", 1000.0),
    ("km", "length", 1000.0),
    ("mile", "length", 1609.344),
    ("mph", "speed", 0.44704),
    ("kph", "speed", 0.277_778),
    ("kmh", "speed", 0.277_778),
    ("knot", "speed", 0.514_444),
    ("m²", "area", 1.0),
    ("km²", "area", 1e6),
    ("acre", "area", 4046.856),
    ("hectare", "area", 10_000.0),
    ("gram", "weight", 0.001),
    ("kilogram", "weight", 1.0),
    ("kilo", "weight", 1.0),
    ("kg", "weight", 1.0),
    ("tonne", "weight", 1000.0),
    ("ton", "weight", 907.185),
    // Pounds are money unless their words make them a weight (see
    // `number::weighed`), which names them so.
    ("lb", "weight", 0.453_592),
    // A temperature only with its scale (see `number::temperature_scale`):
    // "104 degrees" is Fahrenheit in one country and Celsius nowhere,
    // and a ship lists 30 degrees. Fahrenheit is a measure of its own,
    // never compared with Celsius, whose zero differs.
    ("celsius", "temperature", 1.0),
    ("fahrenheit", "temperature in Fahrenheit", 1.0),
    ("litre", "volume", 1.0),
    ("liter", "volume", 1.0),
    ("gallon", "volume", 3.785),
    ("barrel", "volume", 158.987),
];

/// Units of [`MEASURES`] outside the metric system ("miles/h" is read
/// as "mile"): an outlet that writes "3km (9,800ft)" gives one figure
/// twice, and readers keeping each system's figures apart see each
/// compared with its own kind.
/// Words that name a temperature's scale after "°" or "degrees".
pub(super) const CELSIUS: &[&str] = &["c", "celsius", "centigrade"];
pub(super) const FAHRENHEIT: &[&str] = &["f", "fahrenheit"];

pub(super) const IMPERIAL: &[&str] = &[
    "inch", "foot", "feet", "ft", "yard", "mile", "mph", "acre", "ton", "lb", "gallon", "barrel",
];

/// Verbs whose subject, a bare figure opening its sentence, is people:
/// "Two are now out of surgery", "Six remain in hospital".
pub const PEOPLE_VERBS: &[&str] = &["are", "were", "remain", "remained", "have", "had"];

/// The measures of a figure joined to them that say how many a place
/// holds: "a 41,200-capacity ground", "a 500-seat theatre".
pub(super) const CAPACITIES: &[&str] = &["capacity", "seat", "seater", "bed", "berth"];

/// Spans of time a figure is given per with "a" or "each": "an hour".
pub(super) const RATE_SPANS: &[&str] =
    &["second", "minute", "hour", "day", "week", "month", "year"];

/// Words that, with "trapped", count those not yet freed: "still
/// trapped", "remain trapped", "the eight remaining workers trapped".
pub const STILL: &[&str] = &["still", "remain", "remains", "remained", "remaining"];

/// Words that open where those a figure counts were: "died in Alabama",
/// "17 bodies near the road", "In Petrinja, one girl was killed".
pub const PLACE_PREPOSITIONS: &[&str] = &["in", "inside", "on", "at", "near", "outside"];

/// Nations by the word for their people, each with the names of its
/// country a figure may give instead ("Kenya with 32"). Names that are
/// as often a person's or a state's ("Jordan", "Georgia", "Chad") are
/// left out, and so is "English", a language as often as a people.
pub(super) const NATIONS: &[(&str, &[&str])] = &[
    ("Afghan", &["Afghanistan"]),
    ("Albanian", &["Albania"]),
    ("Algerian", &["Algeria"]),
    (
        "American",
        &["United States", "US", "U.S.", "USA", "U.S.A.", "America"],
    ),
    ("Argentine", &["Argentina"]),
    ("Australian", &["Australia"]),
    ("Austrian", &["Austria"]),
    ("Bangladeshi", &["Bangladesh"]),
    ("Belgian", &["Belgium"]),
    ("Bolivian", &["Bolivia"]),
    ("Brazilian", &["Brazil"]),
    (
        "British",
        &["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
    ),
    ("Bulgarian", &["Bulgaria"]),
    ("Burmese", &["Myanmar", "Burma"]),
    ("Cambodian", &["Cambodia"]),
    ("Cameroonian", &["Cameroon"]),
    ("Canadian", &["Canada"]),
    ("Chilean", &["Chile"]),
    ("Chinese", &["China"]),
    ("Colombian", &["Colombia"]),
    ("Congolese", &["Congo", "DRC"]),
    ("Croatian", &["Croatia"]),
    ("Cuban", &["Cuba"]),
    ("Czech", &["Czech Republic", "Czechia"]),
    ("Danish", &["Denmark"]),
    ("Dutch", &["Netherlands", "Holland"]),
    ("Ecuadorian", &["Ecuador"]),
    ("Egyptian", &["Egypt"]),
    ("Emirati", &["United Arab Emirates", "UAE"]),
    ("Eritrean", &["Eritrea"]),
    ("Estonian", &["Estonia"]),
    ("Ethiopian", &["Ethiopia"]),
    ("Filipino", &["Philippines"]),
    ("Finnish", &["Finland"]),
    ("French", &["France"]),
    ("German", &["Germany"]),
    ("Ghanaian", &["Ghana"]),
    ("Greek", &["Greece"]),
    ("Guatemalan", &["Guatemala"]),
    ("Guinean", &["Guinea"]),
    ("Haitian", &["Haiti"]),
    ("Honduran", &["Honduras"]),
    ("Hungarian", &["Hungary"]),
    ("Indian", &["India"]),
    ("Indonesian", &["Indonesia"]),
    ("Iranian", &["Iran"]),
    ("Iraqi", &["Iraq"]),
    ("Irish", &["Ireland"]),
    ("Israeli", &["Israel"]),
    ("Italian", &["Italy"]),
    ("Ivorian", &["Ivory Coast"]),
    ("Jamaican", &["Jamaica"]),
    ("Japanese", &["Japan"]),
    ("Jordanian", &[]),
    ("Kazakh", &["Kazakhstan"]),
    ("Kenyan", &["Kenya"]),
    ("Kuwaiti", &["Kuwait"]),
    ("Latvian", &["Latvia"]),
    ("Lebanese", &["Lebanon"]),
    ("Liberian", &["Liberia"]),
    ("Libyan", &["Libya"]),
    ("Lithuanian", &["Lithuania"]),
    ("Malawian", &["Malawi"]),
    ("Malaysian", &["Malaysia"]),
    ("Malian", &["Mali"]),
    ("Mexican", &["Mexico"]),
    ("Moroccan", &["Morocco"]),
    ("Mozambican", &["Mozambique"]),
    ("Nepali", &["Nepal"]),
    ("New Zealander", &["New Zealand"]),
    ("Nigerian", &["Nigeria"]),
    ("North Korean", &["North Korea"]),
    ("Norwegian", &["Norway"]),
    ("Pakistani", &["Pakistan"]),
    ("Palestinian", &["Palestine"]),
    ("Peruvian", &["Peru"]),
    ("Polish", &["Poland"]),
    ("Portuguese", &["Portugal"]),
    ("Qatari", &["Qatar"]),
    ("Romanian", &["Romania"]),
    ("Russian", &["Russia"]),
    ("Rwandan", &["Rwanda"]),
    ("Saudi", &["Saudi Arabia"]),
    ("Senegalese", &["Senegal"]),
    ("Serbian", &["Serbia"]),
    ("Sierra Leonean", &["Sierra Leone"]),
    ("Singaporean", &["Singapore"]),
    ("Slovak", &["Slovakia"]),
    ("Slovenian", &["Slovenia"]),
    ("Somali", &["Somalia"]),
    ("South African", &["South Africa"]),
    ("South Korean", &["South Korea"]),
    ("South Sudanese", &["South Sudan"]),
    ("Spanish", &["Spain"]),
    ("Sri Lankan", &["Sri Lanka"]),
    ("Sudanese", &["Sudan"]),
    ("Swedish", &["Sweden"]),
    ("Swiss", &["Switzerland"]),
    ("Syrian", &["Syria"]),
    ("Taiwanese", &["Taiwan"]),
    ("Tanzanian", &["Tanzania"]),
    ("Thai", &["Thailand"]),
    ("Tunisian", &["Tunisia"]),
    ("Turkish", &["Turkey", "Türkiye"]),
    ("Ugandan", &["Uganda"]),
    ("Ukrainian", &["Ukraine"]),
    ("Venezuelan", &["Venezuela"]),
    ("Vietnamese", &["Vietnam"]),
    ("Yemeni", &["Yemen"]),
    ("Zambian", &["Zambia"]),
    ("Zimbabwean", &["Zimbabwe"]),
];

/// A nation's people by nouns its word does not make by adding "s"
/// ("Kenyans"): "seven Britons", "two Swedes", "a Frenchman".
pub(super) const NATION_NOUNS: &[(&str, &[&str])] = &[
    ("Argentine", &["Argentinian", "Argentinians"]),
    ("British", &["Briton", "Britons", "Brits"]),
    ("Croatian", &["Croat", "Croats"]),
    ("Czech", &["Czechs"]),
    ("Danish", &["Dane", "Danes"]),
    ("Dutch", &["Dutchman", "Dutchmen"]),
    ("Filipino", &["Filipina", "Filipinas"]),
    ("Finnish", &["Finn", "Finns"]),
    ("French", &["Frenchman", "Frenchmen"]),
    ("Irish", &["Irishman", "Irishmen"]),
    ("Nepali", &["Nepalese"]),
    ("Polish", &["Pole", "Poles"]),
    ("Serbian", &["Serb", "Serbs"]),
    ("Spanish", &["Spaniard", "Spaniards"]),
    ("Swedish", &["Swede", "Swedes"]),
    ("Turkish", &["Turk", "Turks"]),
];

/// Nouns that call people a nation's ("three Dutch nationals", "12
/// U.S. citizens"), which make them a count of their own wherever they
/// stand; "29 German tourists killed" may be the whole toll.
pub(super) const NATIONALS: &[&str] = &["nationals", "national", "citizens", "citizen"];

/// Nouns for people besides [`NATIONALS`] that "foreign" may stand
/// before: "foreign tourists", not "foreign ministers".
pub(super) const FOREIGN_PEOPLE: &[&str] = &[
    "tourists",
    "tourist",
    "visitors",
    "workers",
    "students",
    "passengers",
    "people",
    "victims",
];
