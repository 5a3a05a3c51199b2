//! Named things (people, organisations, places) across articles, with the
//! other names each goes by.
//!
//! Outlets name one thing in many ways: "Prime Minister Gabriel Attal" and
//! "Attal", "Islamic State in Khorasan", "IS-K" and "ISIS K". Reading those
//! as different names would make every alias look like a disagreement, so
//! names are grouped by rules that need no list of known aliases:
//!
//! - titles are not part of a name ("Prime Minister Gabriel Attal" is
//!   "Gabriel Attal");
//! - a surname alone is the full name, when the full names ending in it
//!   are one person's (their first names agree) and the corpus never
//!   writes it in lower case;
//! - a middle name may be left out ("Micah Xavier Johnson", "Micah
//!   Johnson");
//! - a first word alone is the name it starts ("Tanager", "Tanager
//!   Research") when one article uses both, no other name starts with it,
//!   it never stands as a place ("in Albuquerque") and the corpus never
//!   writes it in lower case;
//! - an acronym is the words whose initials it spells ("IS-K",
//!   "Islamic State in Khorasan"), when no other name spells them too;
//! - names agree word by word when each word is the same, an initial of
//!   the other, a shorter acronym the other extends ("IS-K", "ISIS K"),
//!   a misspelling of the other ("Micheal", "Michael"), or a common short
//!   form of a first name or a street ("Mike", "Hwy"), and at least one
//!   word is the same.

use std::collections::{BTreeMap, BTreeSet};

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::ops::Range;

use rayon::prelude::*;

use super::claims::tokens::{Token, is_acronym, tokenise};
use super::claims::{is_designator, is_number_word, temperature_scale};
use super::text::{is_month, is_stop_word, is_weekday};
use crate::corpus::{Article, ParagraphKind};

/// One named thing and where each article names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    /// The fullest form any article uses.
    pub name: String,
    /// Every other form used, sorted.
    pub aliases: Vec<String>,
    /// Where it is named, in article then paragraph order.
    pub places: Vec<Place>,
}

/// One naming: article index, paragraph index, bytes of the text, and the
/// form used there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub article: usize,
    pub paragraph: usize,
    pub range: Range<usize>,
    pub form: String,
}

impl Name {
    /// The articles that name it.
    pub fn articles(&self) -> BTreeSet<usize> {
        self.places.iter().map(|p| p.article).collect()
    }
}

/// Words that may join the capitalised words of one name.
const CONNECTORS: &[&str] = &[
    "of", "in", "for", "and", "de", "la", "du", "van", "von", "al", "bin", "der", "le", "da",
];
/// Last words of an organisation's name, which may hold an "and" ("Fire
/// and Rescue Service", "Search and Rescue Agency").
const ORGANISATIONS: &[&str] = &[
    "service",
    "services",
    "authority",
    "agency",
    "department",
    "ministry",
    "office",
    "bureau",
    "commission",
    "council",
    "board",
    "trust",
    "corporation",
    "company",
    "association",
    "institute",
    "society",
];
/// Words before a name that say what the person is, not who.
const TITLES: &[&str] = &[
    "president",
    "prime",
    "minister",
    "chancellor",
    "secretary",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "judge",
    "justice",
    "senator",
    "sen",
    "governor",
    "gov",
    "mayor",
    "chief",
    "inspector",
    "superintendent",
    "detective",
    "officer",
    "captain",
    "capt",
    "commander",
    "colonel",
    "col",
    "major",
    "sergeant",
    "sgt",
    "professor",
    "prof",
    "expert",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "bishop",
    "reverend",
    "rev",
    "father",
    "sheikh",
    "ambassador",
    "director",
    "deputy",
    "executive",
    "ceo",
    "chair",
    "chairman",
    "chairwoman",
    "councillor",
    "councilor",
    "mp",
    "rep",
    "representative",
    "lieutenant",
    "lt",
    "admiral",
    "premier",
    "former",
    "acting",
    "vice",
    "assistant",
    "head",
    "leader",
    "coach",
    "manager",
    "founder",
    "attorney",
    "prosecutor",
    "sheriff",
    "constable",
    "commissioner",
    "minister's",
    "speaker",
    "pastor",
    "rabbi",
    "imam",
    "corporal",
    "cpl",
    "trooper",
    "agent",
    "adviser",
    "advisor",
    "coroner",
    "gunman",
    "suspect",
];
/// Words that open sentences and are no part of a name.
const OPENERS: &[&str] = &[
    "later",
    "meanwhile",
    "however",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "then",
    "now",
    "still",
    "also",
    "yet",
    "instead",
    "indeed",
    "finally",
    "overall",
    "separately",
    "elsewhere",
    "thus",
    "hence",
    "nonetheless",
    "nevertheless",
    "moreover",
    "furthermore",
    "despite",
    "although",
    "though",
    "unlike",
    "like",
    "following",
    "according",
    "amid",
    "officials",
    "police",
    "authorities",
    "witnesses",
    "residents",
    "experts",
    "critics",
];
/// Capitalised words that never name anything on their own, besides
/// months and weekdays.
const NOT_NAMES: &[&str] = &["i", "mr", "mrs", "ms", "dr"];
/// A web page's controls and labels, saved with its text ("Skip in Skip x
/// Embed x Share", "Photos Jessica Shelton"): never a name, nor the start
/// of one.
const PAGE_CONTROLS: &[&str] = &[
    "embed",
    "share",
    "skip",
    "close",
    "copy",
    "video",
    "videos",
    "photo",
    "photos",
    "gallery",
    "watch",
    "listen",
    "raw",
    "autoplay",
    "replay",
    "advertisement",
    "subscribe",
    "caption",
];

/// What the corpus says about words, which tells a name from a word that
/// merely opens a sentence.
#[derive(Default)]
struct Vocabulary {
    /// Words written in lower case somewhere.
    lower: HashSet<String>,
    /// Words capitalised somewhere other than a sentence's start.
    capitalised: HashSet<String>,
    /// Of those, the ones that stand somewhere with no capitalised word
    /// beside them: names of their own.
    standalone: HashSet<String>,
}

/// Adds `word` to `set`, copying it only when it is new: most words are
/// met many times.
fn insert_new(set: &mut HashSet<String>, word: &str) {
    if !set.contains(word) {
        set.insert(word.to_string());
    }
}

/// Finds the names in `articles` and groups their aliases.
pub fn find(articles: &[Article]) -> Vec<Name> {
    // An update's versions repeat most paragraphs word for word: each
    // text is read once, and the texts are read on all cores.
    let mut seen: HashSet<&str> = HashSet::new();
    let texts: Vec<&str> = articles
        .iter()
        .flat_map(|a| &a.paragraphs)
        .map(|p| p.text.as_str())
        .filter(|&text| seen.insert(text))
        .collect();
    let vocabulary = texts
        .par_iter()
        .fold(Vocabulary::default, |mut vocabulary, text| {
            vocabulary.learn(text);
            vocabulary
        })
        .reduce(Vocabulary::default, Vocabulary::join);
    let mut seen: HashSet<&str> = HashSet::new();
    let bodies: Vec<&str> = articles
        .iter()
        .flat_map(|a| &a.paragraphs)
        .filter(|p| p.kind == ParagraphKind::Body && seen.insert(&p.text))
        .map(|p| p.text.as_str())
        .collect();
    let found: HashMap<&str, Vec<(Range<usize>, String)>> = bodies
        .par_iter()
        .map(|&text| (text, names_in(text, &vocabulary)))
        .collect();
    let mut places = Vec::new();
    // Forms that stand somewhere as where something is ("in Albuquerque").
    let mut located: HashSet<String> = HashSet::new();
    for (a, article) in articles.iter().enumerate() {
        for paragraph in &article.paragraphs {
            if paragraph.kind != ParagraphKind::Body {
                continue;
            }
            for (range, form) in found[paragraph.text.as_str()].iter().cloned() {
                let before = paragraph.text[..range.start].trim_end();
                let word = before.rsplit(|c: char| !c.is_alphanumeric()).next();
                if word.is_some_and(|w| LOCATING.iter().any(|l| w.eq_ignore_ascii_case(l))) {
                    insert_new(&mut located, &form);
                }
                places.push(Place {
                    article: a,
                    paragraph: paragraph.index,
                    range,
                    form,
                });
            }
        }
    }
    group(places, &vocabulary.lower, &located)
}

/// Prepositions that make the name after them a place.
const LOCATING: &[&str] = &[
    "in",
    "at",
    "from",
    "near",
    "across",
    "outside",
    "inside",
    "into",
    "throughout",
];

impl Vocabulary {
    /// Takes in what one paragraph says about its words.
    fn learn(&mut self, text: &str) {
        let tokens = tokenise(text);
        let dateline = dateline(&tokens);
        let aside = dateline.as_ref().map_or(0..0, |d| d.aside.clone());
        for (i, token) in tokens.iter().enumerate() {
            if aside.contains(&i) {
                continue;
            }
            if token.text.starts_with(char::is_lowercase) {
                insert_new(&mut self.lower, &token.lower());
            } else if token.is_capitalised() && !opens_sentence(&tokens, i, dateline.as_ref()) {
                let word = strip_possessive(token.text);
                let capital = |t: Option<&Token>| t.is_some_and(Token::is_capitalised);
                let joined = tokens[i - 1].is_any(CONNECTORS)
                    && capital(i.checked_sub(2).and_then(|k| tokens.get(k)));
                if !capital(tokens.get(i - 1)) && !joined && !capital(tokens.get(i + 1)) {
                    insert_new(&mut self.standalone, word);
                }
                insert_new(&mut self.capitalised, word);
            }
        }
    }

    /// What two parts of the corpus say, together.
    fn join(mut self, other: Vocabulary) -> Vocabulary {
        self.lower.extend(other.lower);
        self.capitalised.extend(other.capitalised);
        self.standalone.extend(other.standalone);
        self
    }
}

/// The names in one paragraph: byte ranges and forms with titles removed.
fn names_in(text: &str, vocabulary: &Vocabulary) -> Vec<(Range<usize>, String)> {
    let tokens = tokenise(text);
    // An ordinary word in capitals is shouted, not named: "BATON ROUGE
    // POLICE SHOOTING", "FREEDOM AND JUSTICE", and so is a number in
    // capitals ("SEVEN YEARS AGO", "THOUSANDS fled"). Short ones may be
    // acronyms that are also words ("WHO", "US"), unless they are shouted
    // along with a word beside them ("YEARS AGO").
    // Most paragraphs have no word in capitals: they skip this.
    let mut shouted: HashSet<usize> = HashSet::new();
    if tokens.iter().any(Token::is_acronym) {
        let word = |t: &Token| t.is_acronym() && vocabulary.lower.contains(t.lower().as_ref());
        let loud: Vec<bool> = tokens
            .iter()
            .map(|t| {
                t.is_acronym() && is_number_word(&t.lower())
                    || word(t) && t.text.chars().filter(|c| c.is_alphabetic()).count() >= 4
            })
            .collect();
        let near_loud =
            |i: usize| i.checked_sub(1).is_some_and(|p| loud[p]) || loud.get(i + 1) == Some(&true);
        shouted.extend(
            (0..tokens.len())
                .filter(|&i| loud[i] || word(&tokens[i]) && near_loud(i))
                .map(|i| tokens[i].start()),
        );
    }
    // "40°C", "104 degrees Fahrenheit": a temperature's scale, no name.
    let scales: HashSet<usize> = tokens
        .windows(2)
        .filter(|pair| temperature_scale(&pair[0].lower(), &pair[1].lower()).is_some())
        .map(|pair| pair[1].start())
        .collect();
    let capital = |t: &Token| {
        t.is_word()
            && t.is_capitalised()
            && !shouted.contains(&t.start())
            && !scales.contains(&t.start())
            && !is_handle(t.text)
    };
    let mut credited = credits(&tokens);
    let dateline = dateline(&tokens);
    if let Some(d) = &dateline {
        credited[d.aside.clone()].iter_mut().for_each(|c| *c = true);
    }
    let mut names = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !capital(&tokens[i]) || credited[i] {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        loop {
            let next = tokens.get(end);
            // "Islamic State in Khorasan", but not "Attal in Paris" or
            // "Crocus City Hall in Moscow", where the place stands alone
            // elsewhere.
            // "Kestle Valley Fire and Rescue Service": an "and" inside
            // an organisation's name, which ends in a word for one; not
            // "Attal and Macron".
            let organisation = || {
                tokens[end + 1..]
                    .iter()
                    .take_while(|t| capital(t))
                    .last()
                    .is_some_and(|t| t.is_any(ORGANISATIONS))
            };
            let joins = next.is_some_and(|t| t.is_any(CONNECTORS) && !t.is_any(&["and", "in"]))
                || next.is_some_and(|t| t.is_any(&["and"])) && organisation()
                || next.is_some_and(|t| t.is_any(&["in"]))
                    && tokens[i..end].iter().filter(|t| !is_title(t)).count() >= 2
                    && tokens
                        .get(end + 1)
                        .is_some_and(|t| !vocabulary.standalone.contains(strip_possessive(t.text)));
            // "Skerrin Reef in October": a month or weekday is when, not
            // part of the name.
            let dated = |t: &Token| {
                let word = t.lower();
                is_month(&word) || is_weekday(&word)
            };
            // "Halvern's Meridale Bridge": a possessive ends its name, and so
            // does a name made an adjective ("Missouri-resident Gavin
            // Long", "Dallas-based Acme").
            let last = tokens[end - 1].text;
            let owner = last.ends_with("'s") || last.ends_with("’s");
            let adjective = strip_possessive(last).len() < last.len() && !owner;
            if owner || adjective {
                break;
            }
            // "Orlando Thursday": a weekday after a name is when it was.
            if next.is_some_and(|t| capital(t) && !is_weekday(&t.lower())) {
                end += 1;
            } else if joins && tokens.get(end + 1).is_some_and(|t| capital(t) && !dated(t)) {
                end += 2;
            } else if next.is_some_and(|t| t.text == ".")
                && (is_initial(tokens[end - 1].text) && end - 1 > i
                    || tokens[end - 1].is_any(&["st", "mt", "ft"])
                    || is_title(&tokens[end - 1])
                        && tokens[end - 1].text.len() <= TITLE_ABBREVIATION)
                && tokens.get(end + 1).is_some_and(&capital)
            {
                // "Sid J. Gautreaux", "St. Louis", "Florida Gov. Rick
                // Scott": a middle initial's, a place word's or a title's
                // point is no sentence's end.
                end += 2;
            } else {
                break;
            }
        }
        // "Carl Dabadie Jr.", "Sid Gautreaux III": which of a family's
        // namesakes, not a word of the name, nor a name of its own.
        let after = end;
        while end - 1 > i && tokens[end - 1].is_any(SUFFIXES) {
            end -= 1;
        }
        let sentence_start = opens_sentence(&tokens, i, dateline.as_ref());
        let mut first = i;
        // A sentence's first word is capitalised whatever it is: it starts
        // a name only if the corpus capitalises it elsewhere too.
        if sentence_start {
            let word = strip_possessive(tokens[i].text);
            let lower = word.to_lowercase();
            let alone = end == i + 1;
            let opener = is_stop_word(&lower)
                || OPENERS.contains(&lower.as_str())
                || lower.ends_with("ly")
                || vocabulary.lower.contains(&lower)
                || alone && !vocabulary.capitalised.contains(word) && !tokens[i].is_acronym();
            if opener {
                first += 1;
            }
        }
        // Titles and what qualifies them: "French Health Minister".
        let core = (first..end.saturating_sub(1))
            .rev()
            .find(|&k| is_title(&tokens[k]))
            .map_or(first, |k| k + 1);
        let mut core = core;
        // "Gov. Jerry Brown": the title's point is no part of the name;
        // "Photos Jessica Shelton": nor is a page's label.
        while core < end
            && (tokens[core].is_any(CONNECTORS)
                || tokens[core].text == "."
                || tokens[core].is_any(PAGE_CONTROLS))
        {
            core += 1;
        }
        let words: Vec<&str> = tokens[core..end]
            .iter()
            .filter(|t| t.text != ".")
            .map(|t| strip_possessive(t.text))
            .collect();
        let form = words.join(" ");
        let only_title = words.len() == 1 && is_title(&tokens[core]);
        // "I've", "We're": a pronoun's contraction, not a name.
        let contraction = |w: &str| {
            [
                "'ve", "'m", "'re", "'ll", "'d", "’ve", "’m", "’re", "’ll", "’d",
            ]
            .iter()
            .any(|end| w.ends_with(end) && w.chars().count() <= 6)
        };
        // "Section 4", "Flight 447": alone, the word names nothing; the
        // figure is no name either.
        let designation = words.len() == 1
            && tokens.get(end).is_some_and(Token::starts_with_digit)
            && is_designator(&words[0].to_lowercase());
        // "1.2 TB of data", "a 40 MW plant": capitals after a figure are
        // its unit; "3 NHS trusts" names whose trusts.
        let unit = words.len() == 1
            && tokens[core].is_acronym()
            && core
                .checked_sub(1)
                .is_some_and(|k| tokens[k].starts_with_digit())
            && tokens
                .get(end)
                .is_none_or(|t| !t.is_word() || is_stop_word(&t.lower()));
        let not_a_name = designation
            || unit
            || words.iter().map(|w| w.to_lowercase()).all(|w| {
                NOT_NAMES.contains(&w.as_str()) || is_month(&w) || is_weekday(&w) || contraction(&w)
            });
        if !words.is_empty() && !not_a_name && !only_title {
            let range = tokens[core].start()
                ..tokens[end - 1].start() + strip_possessive(tokens[end - 1].text).len();
            names.push((range, form));
        }
        i = after;
    }
    names
}

/// Which tokens stand in a photo credit: a bracket holding a slash,
/// "(James Keivom/New York Daily News)", "(Alejandro Tamayo /
/// San Diego Union-Tribune)". The photographer and the agency are no
/// one the story is about, and an agency credited on many stories would
/// tie them together.
fn credits(tokens: &[Token]) -> Vec<bool> {
    let mut credited = vec![false; tokens.len()];
    for (open, token) in tokens.iter().enumerate() {
        if token.text != "(" {
            continue;
        }
        let inside = (open + 1..tokens.len().min(open + CREDIT)).find(|&j| tokens[j].text == ")");
        if let Some(close) = inside {
            if tokens[open + 1..close].iter().any(|t| t.text.contains('/')) {
                credited[open..=close].iter_mut().for_each(|c| *c = true);
            }
        }
    }
    credited
}

/// How many tokens a photo credit may run to.
const CREDIT: usize = 16;

/// Marks after which a capital may only open a clause: brackets and an
/// ellipsis.
const OPENING_MARKS: &[&str] = &["(", "[", "…", "..."];

/// Whether token `i` is the first word of its sentence, after any
/// opening marks: `"But I am not going"` opens with "But" as surely as
/// `But I am not going` does. A bracket or an ellipsis opens one too:
/// "(Also a SWAT member)", "I don't know … Thank you"; so does the
/// paragraph's dateline.
fn opens_sentence(tokens: &[Token], i: usize, dateline: Option<&Dateline>) -> bool {
    if dateline.is_some_and(|d| d.end == i) {
        return true;
    }
    // A bracket holding one word ("(Reuters)", "(Sberbank)") names it.
    let one_word = tokens.get(i + 1).is_some_and(|t| t.is_any(&[")", "]"]));
    let after_opening = i
        .checked_sub(1)
        .is_some_and(|p| tokens[p].is_any(OPENING_MARKS))
        && !one_word;
    let before = tokens[..i]
        .iter()
        .rev()
        .take_while(|t| t.sentence == tokens[i].sentence);
    // A dateline in capitals and a dash open the story's first sentence:
    // "NEW ORLEANS -- Another suspect", "DALLAS (AP) — One of".
    let dateline = i.checked_sub(1).is_some_and(|p| tokens[p].is_any(DASHES))
        && before.clone().all(|t| !t.is_word() || t.is_acronym());
    after_opening || dateline || before.clone().all(|t| !t.is_word())
}

/// The dateline opening a paragraph, if one does: "KALAMAZOO, Mich. (AP)
/// —", "SAINT JOSEPH, Mich. (NEWSCHANNEL 3) -", "WICHITA, Kan. —".
struct Dateline {
    /// The token after its dash, which opens a sentence.
    end: usize,
    /// The state and the credit after the place: they name no one the
    /// story is about ("Mich", "Kan", "AP"). The place itself stays a
    /// name, since it ties the story to where it happened.
    aside: Range<usize>,
}

fn dateline(tokens: &[Token]) -> Option<Dateline> {
    let at = |j: usize, test: &dyn Fn(&Token) -> bool| tokens.get(j).is_some_and(test);
    // The place, in capitals: "NEW ORLEANS", "ST. JOSEPH".
    let mut j = 0;
    while at(j, &|t| t.is_acronym() || t.text == ".") {
        j += 1;
    }
    if j == 0 {
        return None;
    }
    let place_end = j;
    // Its state or country: ", Mich.", ", Texas", ", New York".
    if at(j, &|t| t.text == ",") {
        j += 1;
        let words = j;
        while j < words + 4 && at(j, &|t| t.is_word() && t.is_capitalised() || t.text == ".") {
            j += 1;
        }
        if j == words {
            return None;
        }
    }
    // Who filed it: "(AP)", "(NEWSCHANNEL 3)".
    if at(j, &|t| t.text == "(") {
        let close = (j + 1..tokens.len().min(j + CREDIT)).find(|&k| tokens[k].text == ")")?;
        j = close + 1;
    }
    if !at(j, &|t| t.is_any(DASHES)) {
        return None;
    }
    let aside = place_end..j;
    while at(j, &|t| t.is_any(DASHES)) {
        j += 1;
    }
    Some(Dateline { end: j, aside })
}

/// Dashes as a dateline writes them.
const DASHES: &[&str] = &["-", "--", "—", "–"];

/// A single capital letter: an initial.
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// A social media handle or a code run together from several words or
/// with digits ("SoniaAzadTV", "C5rJD12MP5"): no name of a person or a
/// place. "McDonald" and "DeShawn" have one capital inside, a brand such
/// as "GoFundMe" is short, and "G20" and "F-16" are acronyms.
fn is_handle(word: &str) -> bool {
    // Read for every capitalised token of the corpus: no copy of it.
    let inner_capitals = word
        .chars()
        .zip(word.chars().skip(1))
        .filter(|(a, b)| a.is_lowercase() && b.is_uppercase())
        .count();
    let digits = word.bytes().any(|b| b.is_ascii_digit());
    inner_capitals >= 2 && word.chars().count() >= 10 || digits && inner_capitals >= 1
}

/// What follows a name to say which of a family's namesakes it is.
const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// The longest title that is written short with a point: "Gov.",
/// "Col.", "Capt.".
const TITLE_ABBREVIATION: usize = 4;

fn is_title(token: &Token) -> bool {
    // "Baton Rouge Police Officers Matthew Gerald": titles in the plural
    // too.
    let singular = token.text.strip_suffix('s').filter(|s| s.len() > 2);
    singular.is_some_and(|s| TITLES.iter().any(|t| s.eq_ignore_ascii_case(t)))
        || token.is_any(TITLES)
        || token.text.ends_with('.') && token.is_any(&["mr.", "mrs.", "ms.", "dr."])
}

/// A name as a word of a name: without a possessive ("Macron's") or a
/// lower-case ending that makes it an adjective ("ISIS-related").
fn strip_possessive(word: &str) -> &str {
    let word = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word);
    match word.rsplit_once('-') {
        Some((name, ending)) if ending.starts_with(char::is_lowercase) => name,
        _ => word,
    }
}

/// Groups places whose forms are aliases of each other.
fn group(places: Vec<Place>, lower: &HashSet<String>, located: &HashSet<String>) -> Vec<Name> {
    // The distinct forms, sorted, and each place's: a folder of thousands
    // of articles has hundreds of thousands of places and few forms.
    let (forms, form_of): (Vec<String>, Vec<usize>) = {
        let mut distinct: Vec<&str> = places.iter().map(|p| p.form.as_str()).collect();
        distinct.sort_unstable();
        distinct.dedup();
        let form_of = places
            .iter()
            .map(|p| {
                distinct
                    .binary_search(&p.form.as_str())
                    .expect("every form was listed")
            })
            .collect();
        (distinct.into_iter().map(str::to_string).collect(), form_of)
    };
    let mut parent: Vec<usize> = (0..forms.len()).collect();
    fn root(parent: &mut [usize], x: usize) -> usize {
        let mut x = x;
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    // Surnames that end several people's full names are nobody's alias.
    let mut ends: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    for form in &forms {
        if let Some(last) = form.split(' ').next_back().filter(|_| form.contains(' ')) {
            ends.entry(last.to_lowercase()).or_default().insert(form);
        }
    }
    // Each form's words once, not once for every form it is weighed
    // against.
    let words: Vec<Words> = forms.iter().map(|form| Words::of(form)).collect();
    // An acronym that several names spell ("AP": the Associated Press and
    // Apple Pay) is nobody's alias either. Names, not spellings: "Islamic
    // State in Khorasan" and "ISLAMIC STATE KHORASAN" are one name.
    let mut spelled: HashMap<&str, HashSet<String>> = HashMap::new();
    for form in words.iter().filter(|w| !w.acronym && w.words.len() > 1) {
        spelled
            .entry(form.initials.as_str())
            .or_default()
            .insert(form.words.join(" ").to_lowercase());
    }
    let ambiguous = Ambiguous {
        surnames: ends
            .into_iter()
            .map(|(last, fulls)| (last, one_person(&fulls)))
            .collect(),
        initials: spelled
            .into_iter()
            .map(|(k, names)| (k, names.len()))
            .collect(),
    };
    // Only forms that could pass a rule are compared: those of one length
    // with one word the same in one place (word by word), of one set of
    // initials (acronyms), or of one last word (surnames, middle names).
    // Bucketed by first letter instead, a folder's hundreds of one-word
    // forms under "S" were weighed each against each.
    let mut buckets: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, form) in words.iter().enumerate() {
        let Some(last) = form.words.last() else {
            continue;
        };
        for (at, word) in form.words.iter().enumerate() {
            buckets
                .entry(format!(
                    "w{}:{at}:{}",
                    form.words.len(),
                    word.to_ascii_lowercase()
                ))
                .or_default()
                .push(i);
        }
        buckets
            .entry(format!("i{}", form.initials))
            .or_default()
            .push(i);
        buckets
            .entry(format!("l{}", last.to_lowercase()))
            .or_default()
            .push(i);
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for bucket in buckets.values() {
        for (k, &i) in bucket.iter().enumerate() {
            pairs.extend(bucket[k + 1..].iter().map(|&j| (i.min(j), i.max(j))));
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    for (i, j) in pairs {
        if aliases(&words[i], &words[j], lower, &ambiguous) {
            let (a, b) = (root(&mut parent, i), root(&mut parent, j));
            parent[a] = b;
        }
    }
    // A first word alone ("Tanager" after "Tanager Research"), where one
    // article uses both and the word starts no other name: joined once the
    // rules above have said which forms are one name.
    let mut articles_of: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); forms.len()];
    for (place, &f) in places.iter().zip(&form_of) {
        articles_of[f].insert(place.article);
    }
    let mut starts: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, w) in words.iter().enumerate() {
        if w.words.len() > 1 && !w.acronym {
            starts.entry(w.words[0].to_lowercase()).or_default().push(i);
        }
    }
    for (i, w) in words.iter().enumerate() {
        let [word] = w.words.as_slice() else {
            continue;
        };
        let key = word.to_lowercase();
        // A word also written in lower case, a surname, or a place ("in
        // Albuquerque", beside "Albuquerque Police Department") is no
        // short form of a name it starts.
        if w.acronym
            || lower.contains(&key)
            || ambiguous.surnames.contains_key(&key)
            || located.contains(&forms[i])
        {
            continue;
        }
        let Some(fulls) = starts.get(&key) else {
            continue;
        };
        let names: BTreeSet<usize> = fulls.iter().map(|&f| root(&mut parent, f)).collect();
        let together = fulls
            .iter()
            .any(|&f| !articles_of[f].is_disjoint(&articles_of[i]));
        if names.len() == 1 && together {
            let (a, b) = (root(&mut parent, i), root(&mut parent, fulls[0]));
            parent[a] = b;
        }
    }
    let mut groups: BTreeMap<usize, Vec<Place>> = BTreeMap::new();
    for (place, index) in places.into_iter().zip(form_of) {
        let r = root(&mut parent, index);
        groups.entry(r).or_default().push(place);
    }
    let mut names: Vec<Name> = groups
        .into_values()
        .map(|mut places| {
            places.sort_by_key(|p| (p.article, p.paragraph, p.range.start));
            let used: BTreeSet<&str> = places.iter().map(|p| p.form.as_str()).collect();
            let name = used
                .iter()
                .max_by_key(|f| (f.split(' ').count(), f.len()))
                .map_or_else(String::new, |f| (*f).to_string());
            let aliases = used
                .into_iter()
                .filter(|f| *f != name)
                .map(str::to_string)
                .collect();
            Name {
                name,
                aliases,
                places,
            }
        })
        .collect();
    names.sort_by_key(|n| {
        (
            n.places[0].article,
            n.places[0].paragraph,
            n.places[0].range.start,
        )
    });
    names
}

/// What several names share, and so cannot tie any of them to another:
/// a surname that ends several people's full names, initials that more than
/// one name spells. Alias groups are joined transitively, so one such
/// tie would make one name of many: over a hundred unrelated pages, "AP"
/// joined the Associated Press to Apple Pay, and a lone "A" (an initial
/// of every name starting with A) joined them all.
struct Ambiguous<'a> {
    /// The last words of full names, lower case, each with whether the
    /// full names ending in it are one person's ([`one_person`]): decided
    /// once, as every pair of forms sharing a last word asks.
    surnames: BTreeMap<String, bool>,
    /// How many names of several words, no acronym among them, spell
    /// each set of initials.
    initials: HashMap<&'a str, usize>,
}

/// Whether two forms name one thing.
fn aliases(a: &Words, b: &Words, lower: &HashSet<String>, ambiguous: &Ambiguous) -> bool {
    let (x, y) = (&a.words, &b.words);
    if x.is_empty() || y.is_empty() {
        return false;
    }
    // Word by word, with at least one word the same: "J. Smith" and "John
    // Smith", "IS-K" and "ISIS K", never "A" and "Apple" or "US" and
    // "USB".
    if x.len() == y.len()
        && x.iter().zip(y).all(|(p, q)| word_agrees(p, q))
        && x.iter().zip(y).any(|(p, q)| p.eq_ignore_ascii_case(q))
    {
        return true;
    }
    let spelled_once = |w: &Words| {
        w.acronym
            || ambiguous
                .initials
                .get(w.initials.as_str())
                .is_none_or(|&n| n <= 1)
    };
    if (a.acronym || b.acronym)
        && a.initials.len() >= 2
        && a.initials == b.initials
        && spelled_once(a)
        && spelled_once(b)
    {
        return true;
    }
    // A surname alone: "Attal" and "Gabriel Attal".
    let surname = |single: &[String], full: &[String]| {
        single.len() == 1
            && full.len() > 1
            && !is_acronym(&single[0])
            && full.last() == single.last()
            && !lower.contains(&single[0].to_lowercase())
            && ambiguous
                .surnames
                .get(&single[0].to_lowercase())
                .is_some_and(|&one| one)
    };
    // A middle name more or less: "Micah Xavier Johnson", "Micah
    // Johnson".
    let middle = |short: &[String], long: &[String]| {
        short.len() == 2
            && long.len() > 2
            && long.len() <= 4
            && !long.iter().any(|w| is_acronym(w))
            && word_agrees(&short[0], &long[0])
            && short[1].eq_ignore_ascii_case(&long[long.len() - 1])
    };
    surname(x, y) || surname(y, x) || middle(x, y) || middle(y, x)
}

/// Whether the full names that end in one surname are one person's:
/// their first words agree ("Micah Johnson", "Micah Xavier Johnson";
/// "Michael Krol", "Micheal Krol"), so the surname alone is theirs.
fn one_person(fulls: &BTreeSet<&str>) -> bool {
    let firsts: Vec<&str> = fulls.iter().filter_map(|f| f.split(' ').next()).collect();
    firsts
        .iter()
        .all(|a| firsts.iter().all(|b| a == b || word_agrees(a, b)))
}

/// What the alias rules read of a form, found once per form.
struct Words {
    /// See [`name_words`].
    words: Vec<String>,
    /// See [`initials`].
    initials: String,
    /// Whether a word is an acronym.
    acronym: bool,
}

impl Words {
    fn of(form: &str) -> Words {
        let words = name_words(form);
        Words {
            initials: initials(&words),
            acronym: words.iter().any(|w| is_acronym(w)),
            words,
        }
    }
}

/// The words of a name form that the alias rules compare: split at spaces
/// and hyphens ("IS-K" is "IS" and "K"), connectors left out.
fn name_words(form: &str) -> Vec<String> {
    form.split([' ', '-'])
        .filter(|w| !w.is_empty() && !CONNECTORS.contains(&w.to_lowercase().as_str()))
        .map(str::to_string)
        .collect()
}

/// The letters a name's initials spell: an acronym's own letters, a
/// word's first.
fn initials(words: &[String]) -> String {
    words
        .iter()
        .flat_map(|w| {
            if is_acronym(w) {
                w.chars().filter(|c| c.is_alphabetic()).collect::<Vec<_>>()
            } else {
                w.chars().take(1).flat_map(char::to_uppercase).collect()
            }
        })
        .collect()
}

/// Two words of two names agree: the same word, an initial of the other,
/// or an acronym the other extends by a letter or two ("IS", "ISIS").
fn word_agrees(p: &str, q: &str) -> bool {
    if p.eq_ignore_ascii_case(q) {
        return true;
    }
    let extends = |short: &str, long: &str| {
        is_acronym(short)
            && is_acronym(long)
            && long.starts_with(short)
            && long.len() - short.len() <= 2
    };
    is_initial_of(p, q)
        || is_initial_of(q, p)
        || extends(p, q)
        || extends(q, p)
        || misspelt(p, q)
        || short_form(p, q)
        || short_form(q, p)
}

/// Whether `short` is a common short form of the word `long` in a name:
/// a first name's ("Mike", "Michael") or a place's ("Hwy", "Highway").
fn short_form(short: &str, long: &str) -> bool {
    let short = short.strip_suffix('.').unwrap_or(short);
    SHORT_FORMS.iter().any(|(s, fulls)| {
        short.eq_ignore_ascii_case(s) && fulls.iter().any(|f| long.eq_ignore_ascii_case(f))
    })
}

/// Common English short forms of first names, which outlets use for one
/// person as readily as the full form, and of the words that say what a
/// place is.
const SHORT_FORMS: &[(&str, &[&str])] = &[
    ("hwy", &["highway"]),
    ("st", &["street", "saint"]),
    ("ave", &["avenue"]),
    ("rd", &["road"]),
    ("blvd", &["boulevard"]),
    ("ln", &["lane"]),
    ("dr", &["drive"]),
    ("pkwy", &["parkway"]),
    ("sq", &["square"]),
    ("mt", &["mount", "mountain"]),
    ("ft", &["fort"]),
    ("dept", &["department"]),
    ("univ", &["university"]),
    ("hosp", &["hospital"]),
    ("mike", &["michael"]),
    ("nick", &["nicholas", "nicolas"]),
    ("matt", &["matthew"]),
    ("chris", &["christopher", "christina", "christine"]),
    ("bob", &["robert"]),
    ("rob", &["robert"]),
    ("bill", &["william"]),
    ("will", &["william"]),
    ("jim", &["james"]),
    ("jimmy", &["james"]),
    ("tom", &["thomas"]),
    ("joe", &["joseph"]),
    ("dave", &["david"]),
    ("steve", &["steven", "stephen"]),
    ("dan", &["daniel"]),
    ("danny", &["daniel"]),
    ("tony", &["anthony"]),
    ("ben", &["benjamin"]),
    ("sam", &["samuel", "samantha"]),
    ("alex", &["alexander", "alexandra"]),
    ("andy", &["andrew"]),
    ("rick", &["richard"]),
    ("dick", &["richard"]),
    ("ed", &["edward"]),
    ("ted", &["edward", "theodore"]),
    ("tim", &["timothy"]),
    ("pat", &["patrick", "patricia"]),
    ("greg", &["gregory"]),
    ("jeff", &["jeffrey"]),
    ("jon", &["jonathan"]),
    ("ken", &["kenneth"]),
    ("larry", &["lawrence"]),
    ("ron", &["ronald"]),
    ("don", &["donald"]),
    ("doug", &["douglas"]),
    ("fred", &["frederick"]),
    ("charlie", &["charles"]),
    ("chuck", &["charles"]),
    ("kate", &["katherine", "catherine", "kathryn"]),
    ("katie", &["katherine", "catherine", "kathryn"]),
    ("liz", &["elizabeth"]),
    ("beth", &["elizabeth"]),
    ("jenny", &["jennifer"]),
    ("jen", &["jennifer"]),
    ("sue", &["susan"]),
    ("peggy", &["margaret"]),
    ("maggie", &["margaret"]),
    ("meg", &["margaret"]),
    ("abby", &["abigail"]),
    ("vicky", &["victoria"]),
];

/// Whether two words of five letters or more are one misspelt as the
/// other: the same first letter, and one letter changed, added, dropped,
/// or two beside each other swapped ("Micheal", "Michael").
fn misspelt(p: &str, q: &str) -> bool {
    // Most pairs of words differ at once: told apart before any copy.
    let first = |w: &str| w.chars().next().map(|c| c.to_lowercase().next());
    if p.len().min(q.len()) < 5 || p.len().abs_diff(q.len()) > 4 || first(p) != first(q) {
        return false;
    }
    let (a, b): (Vec<char>, Vec<char>) = (
        p.to_lowercase().chars().collect(),
        q.to_lowercase().chars().collect(),
    );
    if a.len().min(b.len()) < 5 || a[0] != b[0] || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let start = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (x, y) = (&a[start..], &b[start..]);
    let end = x
        .iter()
        .rev()
        .zip(y.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (x, y) = (
        &x[..x.len() - end.min(x.len())],
        &y[..y.len() - end.min(y.len())],
    );
    match (x.len(), y.len()) {
        (0, 1) | (1, 0) | (1, 1) => true,
        (2, 2) => x[0] == y[1] && x[1] == y[0],
        _ => false,
    }
}

/// Whether `short` is the capital initial of `long` ("J", "John").
fn is_initial_of(short: &str, long: &str) -> bool {
    is_initial(short) && long.chars().count() > 1 && long.starts_with(short)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Paragraph, bundled};

    fn article(text: &str) -> Article {
        Article {
            id: "a".into(),
            source: "a".into(),
            date: None,
            title: "a".into(),
            url: None,
            path: "a".into(),
            paragraphs: text
                .split("\n\n")
                .enumerate()
                .map(|(index, text)| Paragraph {
                    index,
                    kind: ParagraphKind::Body,
                    text: text.into(),
                })
                .collect(),
        }
    }

    fn groups(names: &[Name]) -> Vec<Vec<String>> {
        names
            .iter()
            .map(|n| {
                let mut all = vec![n.name.clone()];
                all.extend(n.aliases.iter().cloned());
                all
            })
            .collect()
    }

    #[test]
    fn titles_go_and_surnames_join_their_full_names() {
        let names = find(&[
            article("French Prime Minister Gabriel Attal spoke. Later Attal left."),
            article("The decision was announced by Prime Minister Attal in Paris."),
        ]);
        assert_eq!(
            groups(&names),
            [
                vec!["Gabriel Attal".to_string(), "Attal".to_string()],
                vec!["Paris".to_string()]
            ]
        );
    }

    #[test]
    fn a_temperatures_scale_is_no_name() {
        let names = find(&[
            article("In Madrid it reached 40°C, or 104 degrees Fahrenheit."),
            article("In Seville it was 42 degrees Celsius and 38 °C at night."),
        ]);
        assert_eq!(
            groups(&names),
            [vec!["Madrid".to_string()], vec!["Seville".to_string()]]
        );
    }

    #[test]
    fn acronyms_join_the_words_they_spell_and_their_variants() {
        let names = find(&[
            article("It was claimed by the Islamic State in Khorasan, analysts said."),
            article("Its IS-K branch said so, as did the ISIS Khorasan group."),
            article("Reports said ISIS K was behind it."),
        ]);
        let all = groups(&names);
        let group = all
            .iter()
            .find(|g| g.contains(&"IS-K".to_string()))
            .expect("IS-K found");
        for form in ["Islamic State in Khorasan", "ISIS Khorasan", "ISIS K"] {
            assert!(group.contains(&form.to_string()), "{form} not in {group:?}");
        }
    }

    #[test]
    fn two_spellings_of_one_name_do_not_make_its_acronym_ambiguous() {
        let names = find(&[
            article("It was claimed by the Islamic State in Khorasan, analysts said."),
            article("Officials blamed Islamic State Khorasan. Analysts said ISK is active."),
        ]);
        let all = groups(&names);
        let group = all
            .iter()
            .find(|g| g.contains(&"ISK".to_string()))
            .expect("ISK found");
        assert!(
            group.contains(&"Islamic State in Khorasan".to_string()),
            "{all:?}"
        );
    }

    #[test]
    fn different_people_sharing_a_surname_stay_apart() {
        let names = find(&[article("John Smith and Jane Smith met. Smith said no.")]);
        assert!(names.len() >= 2, "{names:?}");
        assert!(names.iter().all(|n| n.aliases.len() <= 1));
    }

    #[test]
    fn an_initial_or_acronym_several_names_share_joins_none_of_them() {
        let names = find(&[
            article("Shares in Apple rose. Amazon fell. Plan A was dropped, said analysts."),
            article("The Associated Press said Apple Pay grew. The AP story ran."),
            article("The US court ruled. A USB cable was found."),
        ]);
        let all = groups(&names);
        let with = |form: &str| {
            all.iter()
                .find(|g| g.contains(&form.to_string()))
                .unwrap_or_else(|| panic!("{form} not found in {all:?}"))
        };
        assert!(!with("Apple").contains(&"Amazon".to_string()), "{all:?}");
        assert!(!with("AP").contains(&"Apple Pay".to_string()), "{all:?}");
        assert!(
            !with("AP").contains(&"Associated Press".to_string()),
            "{all:?}"
        );
        assert!(!with("US").contains(&"USB".to_string()), "{all:?}");
    }

    #[test]
    fn a_photo_credit_names_no_one() {
        let names = find(&[article(
            "Mourners gathered outside Pulse. (James Keivom/New York Daily News) Angel Colon spoke.",
        )]);
        let all: Vec<String> = groups(&names).concat();
        assert!(all.contains(&"Angel Colon".to_string()), "{all:?}");
        for credit in ["James Keivom", "New York Daily News"] {
            assert!(!all.contains(&credit.to_string()), "{credit} in {all:?}");
        }
    }

    #[test]
    fn sentence_openings_and_months_are_not_names() {
        let names = find(&[article(
            "Following the attack, police arrived. In March the mayor spoke. However rescuers waited.",
        )]);
        assert_eq!(groups(&names), Vec::<Vec<String>>::new());
    }

    #[test]
    fn a_capital_dateline_and_a_dash_open_a_sentence() {
        let names = find(&[article(
            "NEW ORLEANS -- Another suspect was held. DALLAS (AP) — One of them spoke.",
        )]);
        let forms: Vec<&str> = names.iter().map(|n| n.name.as_str()).collect();
        assert!(
            !forms.contains(&"Another") && !forms.contains(&"One"),
            "{forms:?}"
        );
        // The place stays a name; its state, its credit and the word
        // after its dash do not.
        for (text, place) in [
            (
                "KALAMAZOO, Mich. (AP) — Police said Lakeview Casino closed.",
                "KALAMAZOO",
            ),
            (
                "SAINT JOSEPH, Mich. (NEWSCHANNEL 3) - Four people were shot near Lakeview Casino.",
                "SAINT JOSEPH",
            ),
            (
                "WICHITA, Kan. — Police said Lakeview Casino closed.",
                "WICHITA",
            ),
        ] {
            let names = find(&[article(text)]);
            assert_eq!(
                groups(&names),
                vec![vec![place.to_string()], vec!["Lakeview Casino".to_string()]],
                "{text}"
            );
        }
        let names = find(&[article("Jo Marsh - Kestrel Bay said so.")]);
        assert_eq!(
            groups(&names),
            vec![
                vec!["Jo Marsh".to_string()],
                vec!["Kestrel Bay".to_string()]
            ]
        );
    }

    #[test]
    fn a_misspelt_first_name_is_the_same_name() {
        let names = find(&[
            article("Officer Micheal Krol died. Brian Ross and Jason Smith spoke."),
            article("Michael Krol was 40. Bryan Ross and Mason Smith spoke."),
        ]);
        assert_eq!(
            groups(&names),
            vec![
                vec!["Micheal Krol".to_string(), "Michael Krol".to_string()],
                vec!["Bryan Ross".to_string(), "Brian Ross".to_string()],
                vec!["Jason Smith".to_string()],
                vec!["Mason Smith".to_string()],
            ]
        );
    }

    #[test]
    fn a_middle_name_may_be_left_out_and_the_surname_is_still_one_persons() {
        let names = find(&[
            article("Micah Xavier Johnson fired from a garage."),
            article("Micah Johnson was 25. Johnson had served."),
            article("Michael Krol died. Micheal Krol was 40. Krol had moved."),
        ]);
        assert_eq!(
            groups(&names),
            vec![
                vec![
                    "Micah Xavier Johnson".to_string(),
                    "Johnson".to_string(),
                    "Micah Johnson".to_string()
                ],
                vec![
                    "Micheal Krol".to_string(),
                    "Krol".to_string(),
                    "Michael Krol".to_string()
                ],
            ]
        );
        // Two people of one surname keep it from either.
        let names = find(&[article("John Smith and Jane Smith came. Smith spoke.")]);
        assert_eq!(groups(&names).len(), 3);
    }

    #[test]
    fn a_first_word_alone_is_the_name_it_starts_where_an_article_uses_both() {
        let names = find(&[
            article("Tanager Research estimated the cost, according to Tanager."),
            article("Corvane Coatings was fined. Corvane Mills and then Corvane spoke."),
            article("People in Halvern said so. Halvern Bridge shut."),
            article("Officials said Dellaert Salvage would lift it. Dellaert declined."),
            article("Kestrel Bay was closed."),
        ]);
        let groups = groups(&names);
        assert!(
            groups.contains(&vec!["Tanager Research".to_string(), "Tanager".to_string()]),
            "{groups:?}"
        );
        // Two names start with it: it is neither's.
        assert!(groups.contains(&vec!["Corvane".to_string()]));
        // A place is no short form of a name it starts.
        assert!(groups.contains(&vec!["Halvern".to_string()]));
        assert!(groups.contains(&vec![
            "Dellaert Salvage".to_string(),
            "Dellaert".to_string()
        ]));
    }

    #[test]
    fn a_short_form_of_a_first_name_or_a_street_is_the_same_name() {
        let names = find(&[
            article("Sgt. Michael Smith was killed near Airline Highway."),
            article("Mike Smith had served 25 years. Mike Jones spoke on Airline Hwy."),
        ]);
        assert_eq!(
            groups(&names),
            vec![
                vec!["Michael Smith".to_string(), "Mike Smith".to_string()],
                vec!["Airline Highway".to_string(), "Airline Hwy".to_string()],
                vec!["Mike Jones".to_string()],
            ]
        );
    }

    #[test]
    fn initials_suffixes_handles_and_plural_titles() {
        let names = find(&[article(
            "Sheriff Sid J. Gautreaux III and Carl Dabadie Jr. spoke. Follow SoniaAzadTV \
             or C5rJD12MP5 on GoFundMe. Police Officers Matthew Gerald and DeShawn McDonald came \
             from St. Louis.",
        )]);
        let forms: Vec<&str> = names.iter().map(|n| n.name.as_str()).collect();
        assert_eq!(
            forms,
            [
                "Sid J Gautreaux",
                "Carl Dabadie",
                "GoFundMe",
                "Matthew Gerald",
                "DeShawn McDonald",
                "St Louis"
            ]
        );
    }

    #[test]
    fn a_titles_point_is_no_sentences_end() {
        let names = find(&[article(
            "Florida Gov. Rick Scott spoke. State Police Col. Mike Edmonson and Lt. Andrew \
             Schurman came.",
        )]);
        let forms: Vec<&str> = names.iter().map(|n| n.name.as_str()).collect();
        assert_eq!(forms, ["Rick Scott", "Mike Edmonson", "Andrew Schurman"]);
        let text = "Gov. Jerry Brown signed the bill.";
        let names = find(&[article(text)]);
        let places: Vec<&str> = names
            .iter()
            .map(|n| &text[n.places[0].range.clone()])
            .collect();
        assert_eq!(places, ["Jerry Brown"]);
    }

    #[test]
    fn a_pages_controls_are_no_names() {
        let names = find(&[article(
            "Skip in Skip x Embed x Share. Video from Brett Moots shows it. Photos Jessica Shelton spoke.",
        )]);
        let forms: Vec<&str> = names.iter().map(|n| n.name.as_str()).collect();
        assert_eq!(forms, ["Brett Moots", "Jessica Shelton"]);
    }

    #[test]
    fn a_name_made_an_adjective_ends_its_name() {
        let names = find(&[article(
            "Police named Missouri-resident Gavin Long as the gunman.",
        )]);
        let forms: Vec<&str> = names.iter().map(|n| n.name.as_str()).collect();
        assert_eq!(forms, ["Missouri", "Gavin Long"]);
    }

    #[test]
    fn an_ordinary_word_in_capitals_is_no_name() {
        let names = find(&[article(
            "The police came to the shooting. BATON ROUGE POLICE SHOOTING: the WHO and NATO said so.",
        )]);
        let forms: Vec<&str> = names.iter().map(|n| n.name.as_str()).collect();
        assert_eq!(forms, ["BATON ROUGE", "WHO", "NATO"]);
        let names = find(&[article(
            "It began years ago. Residents warned SEVEN YEARS AGO, and THOUSANDS fled. The US said so.",
        )]);
        let forms: Vec<&str> = names.iter().map(|n| n.name.as_str()).collect();
        assert_eq!(forms, ["US"]);
    }

    #[test]
    fn what_a_person_did_before_their_name_is_no_part_of_it() {
        let names = find(&[article(
            "Gunman Omar Mateen fired. Pastor Maurice Trent prayed.",
        )]);
        let forms: Vec<&str> = names.iter().map(|n| n.name.as_str()).collect();
        assert_eq!(forms, ["Omar Mateen", "Maurice Trent"]);
    }

    #[test]
    fn an_organisations_name_may_hold_an_and() {
        let names = find(&[article(
            "Crews from Kestle Valley Fire and Rescue Service arrived, and Attal and Macron spoke.",
        )]);
        let forms: Vec<&str> = names.iter().map(|n| n.name.as_str()).collect();
        assert_eq!(
            forms,
            ["Kestle Valley Fire and Rescue Service", "Attal", "Macron"]
        );
    }

    #[test]
    fn a_weekday_after_a_name_is_when_not_part_of_it() {
        let names = find(&[article(
            "Mourners gathered in Orlando Thursday. Crews closed Delaney Avenue Monday, and Theresa May spoke.",
        )]);
        assert_eq!(
            groups(&names),
            [vec!["Orlando"], vec!["Delaney Avenue"], vec!["Theresa May"]]
        );
    }

    #[test]
    fn a_quoted_sentence_opens_after_its_quote_mark() {
        let names = find(&[article(
            "\"But I am not going back,\" she said. \"Now I'm wondering why.\" \"Maria Lopez saw it,\" he said.",
        )]);
        assert_eq!(groups(&names), [vec!["Maria Lopez".to_string()]]);
    }

    #[test]
    fn a_numbered_things_word_is_no_name() {
        let names = find(&[article(
            "Under Section 4 of the act, Maria Lopez was fined. The plane, Flight 447, was late.",
        )]);
        assert_eq!(groups(&names), [vec!["Maria Lopez".to_string()]]);
    }

    #[test]
    fn capitals_after_a_figure_are_its_unit() {
        let names = find(&[article(
            "Maria Lopez said the group holds 1.2 TB of data. The plant makes 40 MW. \
             Staff at 3 NHS trusts were told.",
        )]);
        let mut all: Vec<String> = groups(&names).concat();
        all.sort();
        assert_eq!(all, ["Maria Lopez", "NHS"]);
    }

    #[test]
    fn a_bracket_or_an_ellipsis_opens_a_sentence() {
        let names = find(&[article(
            "First unit on scene (Also a member of the team): Maria Lopez (Reuters). \"I don't know … Thank you for that,\" she said.",
        )]);
        let mut all: Vec<String> = groups(&names).concat();
        all.sort();
        assert_eq!(all, ["Maria Lopez", "Reuters"]);
    }

    #[test]
    fn a_possessive_ends_a_name_and_contractions_are_no_names() {
        let names = find(&[article(
            "Engineers closed Halvern's Meridale Bridge on Monday. \"I've never seen it shut,\" said Ana Ruiz.",
        )]);
        let all: Vec<String> = groups(&names).into_iter().flatten().collect();
        assert!(all.contains(&"Halvern".to_string()), "{all:?}");
        assert!(all.contains(&"Meridale Bridge".to_string()), "{all:?}");
        assert!(!all.iter().any(|n| n.contains("I've")), "{all:?}");
    }

    #[test]
    fn the_bundled_aliases_are_one_name_each() {
        let names = find(&bundled().articles);
        let group_of = |form: &str| {
            names
                .iter()
                .position(|n| n.name == form || n.aliases.iter().any(|a| a == form))
                .unwrap_or_else(|| panic!("{form} not found in {:#?}", groups(&names)))
        };
        assert_eq!(group_of("Attal"), group_of("Gabriel Attal"));
        assert_eq!(group_of("IS-K"), group_of("Islamic State in Khorasan"));
        assert_eq!(group_of("ISIS K"), group_of("IS-K"));
    }
}
