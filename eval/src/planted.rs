//! Claim cases with known answers, generated from a seed.
//!
//! [`generate`] invents an event (a fire, a flood, an air crash, a fraud
//! fine, a strike, an outbreak or a storm) reported by three to five
//! outlets, each in its own sentence shapes, qualifiers ("at least", "some",
//! "as many as"…) and number styles ("1,200", "sixty", "two dozen",
//! "dozens", "40 to 60", "€2.4m"), each giving some of the event's
//! quantities. The [`Key`] records every figure where it stands, as
//! `eval/data/claims/GUIDE.md` asks. Verdicts are computed from the
//! planted figures' intervals by the guide's rule ([`verdict`]), and figures
//! are drawn until a quantity's verdict is the one aimed at, so every verdict
//! comes up across seeds: `updated` where one outlet files a later version.
//!
//! The text also holds numbers an extractor must leave alone (years, dates,
//! clock times, ages, ordinals, flight, route and street numbers, "one of
//! the"), an organisation by full name in one outlet and by acronym in
//! another, an official by title and full name in one and by surname in
//! another, and details one outlet alone gives. Every number in the text is
//! a key mention or a listed non-claim.

use std::collections::BTreeMap;

use super::Rng;
use super::claims::{Key, KeyClaim, KeyMention, KeySpan};
use data::*;
use newsdiff::corpus::{Article, Date, Paragraph, ParagraphKind};

#[derive(Clone, Copy, PartialEq)]
enum Unit {
    People,
    Money,
    Percent,
}

/// Something an event counts: key name, the nouns that count it (empty: the
/// domain's deployed nouns), clause templates (`{N}` the figure with its
/// noun, `{F}` the bare figure), unit, and the range of its true value.
struct Quantity(&'static str, &'static str, &'static str, Unit, f64, f64);

/// One kind of event and the words its reports are made of.
struct Domain {
    /// Event noun and plural, organisation (`{R}` a region), the official's
    /// title and role, and the nouns of people deployed.
    names: [&'static str; 6],
    /// What happened, for a lead: `{X}` the place, `{C}` a company.
    what: &'static str,
    /// An identifier (`{n}` up to the bound) and a sentence naming it (`{ID}`).
    ident: (&'static str, usize, &'static str),
    /// When it happened: `{TIME}` on `{DATE}`.
    when: &'static str,
    /// The official's words; `{S}` the official.
    quote: &'static str,
    /// Details one outlet alone gives: `sentence#phrase`.
    details: &'static str,
    quantities: &'static [Quantity],
}

#[rustfmt::skip]
mod data {
    use super::{Domain, Quantity, Unit::*};

    pub const DEATHS: Quantity = Quantity("deaths", "people", "{N} were killed|{N} died|{N} lost their lives|{N} are dead|the death toll rose to {F}", People, 2.0, 80.0);
    pub const INJURED: Quantity = Quantity("injured", "people", "{N} were injured|{N} were wounded|{N} were hurt", People, 5.0, 200.0);
    pub const MISSING: Quantity = Quantity("missing", "people", "{N} are still missing|{N} remain unaccounted for|{N} were reported missing", People, 2.0, 25.0);
    pub const EVACUATED: Quantity = Quantity("evacuated", "residents|people", "{N} were evacuated|{N} were forced from their homes|officials evacuated {N}", People, 150.0, 9000.0);
    pub const DEPLOYED: Quantity = Quantity("deployed", "", "{N} were deployed|{N} were sent to the scene|the authorities sent in {N}", People, 30.0, 1200.0);
    pub const ARRESTS: Quantity = Quantity("arrests", "people|suspects", "{N} were arrested|police arrested {N}|{N} were detained|officers detained {N}", People, 2.0, 60.0);
    const DAMAGE: &str = "the damage was put at {F}|insurers estimated the damage at {F}";

    pub const DOMAINS: &[Domain] = &[
        Domain {
            names: ["fire", "fires", "{R} Fire and Rescue Service", "Fire Chief", "the fire chief", "firefighters|fire crews"],
            what: "a fire tore through a storage depot in {X}|a blaze engulfed a paint warehouse in {X}|fire swept through an industrial estate in {X}",
            ident: ("{n} Harbour Street", 98, "The fire started in a unit at {ID}."),
            when: "The alarm was raised at {TIME} on {DATE}.|Crews were called out at {TIME} on {DATE}.",
            quote: "\"Our crews worked through the night in very difficult conditions,\" {S} said.|{S} said the cause was not yet known.",
            details: "Witnesses heard a series of loud explosions.#series of loud explosions|Black smoke could be seen across the valley.#Black smoke could be seen across the valley|A faulty heater is suspected of starting the fire.#faulty heater|Crews struggled with low water pressure.#low water pressure|Part of the roof collapsed before dawn.#roof collapsed before dawn",
            quantities: &[DEATHS, INJURED, MISSING, EVACUATED, DEPLOYED,
                Quantity("homes destroyed", "homes|houses", "{N} were destroyed|{N} burned down|the flames destroyed {N}", People, 10.0, 400.0),
                Quantity("damage", "", DAMAGE, Money, 2e6, 4e8),
                Quantity("site destroyed", "", "{F} of the site was destroyed|the flames gutted {F} of the site", Percent, 20.0, 80.0)],
        },
        Domain {
            names: ["flood", "floods", "{R} Flood Management Agency", "Mayor", "the mayor", "soldiers|troops"],
            what: "floodwater swept through {X}|the river burst its banks in {X}|flash floods hit {X}",
            ident: ("Route {n}", 60, "{ID} remained closed to traffic."),
            when: "The river broke through the embankment at {TIME} on {DATE}.|Sirens sounded across the town at {TIME} on {DATE}.",
            quote: "\"The water came up faster than anyone expected,\" {S} said.|{S} urged residents to stay away from the river.",
            details: "A footbridge was swept away.#footbridge was swept away|Residents were lifted from rooftops by helicopter.#lifted from rooftops by helicopter|Sandbags ran out by midday.#Sandbags ran out|Cars were carried down the high street.#Cars were carried down the high street|The town museum lost its archive.#museum lost its archive",
            quantities: &[DEATHS, MISSING, EVACUATED, DEPLOYED,
                Quantity("homes flooded", "homes|houses", "{N} were flooded|{N} were left under water|the water entered {N}", People, 20.0, 1500.0),
                Quantity("damage", "", DAMAGE, Money, 5e6, 9e8),
                Quantity("harvest lost", "", "{F} of the harvest was lost|farmers lost {F} of their harvest", Percent, 10.0, 70.0)],
        },
        Domain {
            names: ["crash", "air accidents", "{R} Air Accident Bureau", "Chief Investigator", "the chief investigator", "rescue workers|paramedics"],
            what: "a passenger jet crashed on landing near {X}|an airliner skidded off the runway at {X}|a passenger plane came down near {X}",
            ident: ("Flight {n}", 999, "{ID} had been carrying passengers from the capital."),
            when: "The aircraft came down at {TIME} on {DATE}.|Air traffic control lost contact at {TIME} on {DATE}.",
            quote: "\"It is far too early to speculate about the cause,\" {S} said.|{S} said investigators would examine the wreckage.",
            details: "The pilot reported a warning light.#warning light|Passengers escaped down emergency slides.#emergency slides|The flight recorders have been recovered.#flight recorders have been recovered|Heavy crosswinds were reported at the time.#Heavy crosswinds|The engine had been serviced last month.#serviced last month",
            quantities: &[DEATHS, INJURED, MISSING, DEPLOYED,
                Quantity("flights cancelled", "flights", "{N} were cancelled|the airport cancelled {N}|airlines scrapped {N}", People, 20.0, 600.0),
                Quantity("compensation", "", "the airline set aside {F} for compensation|the carrier offered {F} in compensation", Money, 5e5, 5e7),
                Quantity("flights delayed", "", "{F} of flights were delayed|delays hit {F} of departures", Percent, 20.0, 90.0)],
        },
        Domain {
            names: ["fraud case", "fraud cases", "{R} Financial Markets Authority", "Chief Prosecutor", "the chief prosecutor", "police officers|investigators"],
            what: "regulators fined {C}, a lender based in {X}, over a fraud scheme|{C}, a bank based in {X}, was punished for fraud",
            ident: ("Section {n}", 40, "Prosecutors cited {ID} of the Banking Act."),
            when: "The decision was published at {TIME} on {DATE}.|Raids began at {TIME} on {DATE}.",
            quote: "\"The failures were serious and went on for years,\" {S} said.|{S} said the investigation was continuing.",
            details: "Staff shredded documents before the raids.#shredded documents|Shell companies were registered offshore.#registered offshore|A whistleblower alerted regulators.#whistleblower alerted regulators|The chief executive resigned.#chief executive resigned",
            quantities: &[ARRESTS, DEPLOYED,
                Quantity("fine", "", "the company was fined {F}|the lender faces a fine of {F}|the penalty amounts to {F}", Money, 1e6, 5e8),
                Quantity("customers affected", "customers|account holders", "{N} were affected|the scheme targeted {N}", People, 500.0, 90000.0),
                Quantity("share price fall", "", "its shares fell {F}|the share price dropped {F}", Percent, 5.0, 60.0)],
        },
        Domain {
            names: ["strike", "strikes", "{R} Transport Workers Union", "General Secretary", "the general secretary", "police officers|riot police"],
            what: "transport workers walked out across {X}|a strike by rail workers paralysed {X}|bus and tram drivers went on strike in {X}",
            ident: ("Platform {n}", 12, "Crowds gathered on {ID} of the central station."),
            when: "The walkout began at {TIME} on {DATE}.|Pickets formed at {TIME} on {DATE}.",
            quote: "\"Our members have been pushed too far,\" {S} said.|{S} said talks could resume next week.",
            details: "Commuters queued for taxis.#queued for taxis|Schools moved lessons online.#lessons online|A march ended outside parliament.#march ended outside parliament|Shops closed early.#Shops closed early",
            quantities: &[ARRESTS, INJURED, DEPLOYED,
                Quantity("trains cancelled", "trains|services", "{N} were cancelled|operators cancelled {N}", People, 100.0, 3000.0),
                Quantity("economic cost", "", "the strike cost the economy {F}|business groups put the cost at {F}", Money, 1e7, 5e8),
                Quantity("staff on strike", "", "{F} of drivers stayed away|{F} of staff joined the walkout", Percent, 40.0, 90.0)],
        },
        Domain {
            names: ["outbreak", "outbreaks", "{R} Institute of Public Health", "Chief Medical Officer", "the chief medical officer", "health workers|nurses"],
            what: "a stomach virus spread through care homes in {X}|a measles outbreak hit schools in {X}|a food poisoning outbreak struck {X}",
            ident: ("Ward {n}", 30, "Patients are being treated on {ID} of the district hospital."),
            when: "The alert was issued at {TIME} on {DATE}.|Doctors raised the alarm at {TIME} on {DATE}.",
            quote: "\"Washing hands remains the best protection,\" {S} said.|{S} said the source had not yet been found.",
            details: "A school kitchen was closed.#school kitchen was closed|Visiting hours were suspended.#Visiting hours were suspended|Samples were sent abroad for testing.#sent abroad for testing|A wedding party fell ill.#wedding party fell ill",
            quantities: &[
                Quantity("deaths", "people|patients", "{N} have died|{N} died|the death toll rose to {F}", People, 2.0, 40.0),
                Quantity("hospitalised", "people|patients", "{N} were admitted to hospital|{N} were taken to hospital", People, 10.0, 300.0),
                Quantity("cases", "cases", "{N} have been confirmed|doctors confirmed {N}|{N} were reported", People, 40.0, 2000.0),
                DEPLOYED,
                Quantity("emergency funding", "", "the ministry released {F} in emergency funding|officials promised {F} for the response", Money, 1e6, 5e7),
                Quantity("cases in children", "", "{F} of cases involve children|children account for {F} of cases", Percent, 10.0, 70.0)],
        },
        Domain {
            names: ["storm", "storms", "{R} Meteorological Institute", "Governor", "the governor", "soldiers|utility crews"],
            what: "a powerful storm battered {X}|hurricane-force winds tore through {X}|a violent storm swept across {X}",
            ident: ("Route {n}", 90, "{ID} was blocked by fallen trees."),
            when: "The storm made landfall at {TIME} on {DATE}.|Winds peaked at {TIME} on {DATE}.",
            quote: "\"Please stay indoors until the warning is lifted,\" {S} said.|{S} called the storm \"exceptional\".",
            details: "A church spire was blown down.#church spire was blown down|Trees blocked the coast road.#Trees blocked the coast road|A ferry was stranded offshore.#ferry was stranded offshore|Hailstones smashed greenhouses.#Hailstones smashed greenhouses",
            quantities: &[DEATHS, INJURED, EVACUATED, MISSING, DEPLOYED,
                Quantity("homes without power", "homes|households", "{N} were left without power|the storm cut power to {N}", People, 1000.0, 90000.0),
                Quantity("damage", "", DAMAGE, Money, 5e6, 9e8),
                Quantity("crops damaged", "", "{F} of the crop was damaged|the storm ruined {F} of the crop", Percent, 10.0, 60.0)],
        },
    ];

    pub const OUTLETS: &str = "The Daily Wire#wire|Morning Post#post|Evening Herald#herald|Northern Courier#courier|Metro Ledger#ledger|Coastal Times#times|National Chronicle#chronicle|City Gazette#gazette";
    pub const PLACES: &str = "Velby|Kessholm|Orrick|Dunmere|Halsted|Brennock|Ashgrove|Lisker|Fenwold|Carrowby";
    pub const REGIONS: &str = "Northmoor|Eastvale|Westmarch|Southwold|Highfell|Lowmere|Greymouth|Stonehaven";
    pub const COMPANIES: &str = "Nordvik Capital|Ostera Mutual|Calder Trust|Brightwater Bank|Lunden Savings";
    pub const FIRSTS: &str = "Marta|Jonas|Ines|Tomas|Leila|Piotr|Hanne|Oskar|Amara|Felix|Nadia|Ruben|Sofia|Emil|Greta|Kofi";
    pub const SURNAMES: &str = "Lindqvist|Okonkwo|Haralds|Brenner|Vasquez|Adeyemi|Kowalczyk|Strand|Moreau|Halvorsen|Nakamura|Delacroix|Ferreira|Osei|Rautio|Bergkamp";
    pub const OCCUPATIONS: &str = "shopkeeper|teacher|nurse|taxi driver|retired engineer|student|farmer|baker";
    pub const SAYINGS: &str = "I have never seen anything like it|Everything happened so quickly|We just grabbed the children and ran|Nobody told us what was going on|It was like something from a film";
    pub const FILLERS: &str = "Traffic was diverted around the area.|Officials said more details would be released later.|Residents were urged to follow official advice.|A helpline has been set up for those affected.|Reporters were kept away from the scene.|Local businesses said they were worried about the weeks ahead.|Questions were raised about how the authorities had prepared.";
    /// Sentences around a figure's clause `{c}`; leads around what happened, `{W}`.
    pub const FRAMES: &str = "{c}, {O} said.|According to {O}, {c}.|{c}.|{S} said {c}.|By the evening, {c}.|Officials said {c}.";
    pub const LEADS: &str = "{c} after {W}.|{c} when {W}.|{W}, and {c}, {O} said.";
    /// A witness `{W}`, aged `{A}`, a `{J}`, saying `{Q}`; the age as the key gives it.
    pub const WITNESS: &str = "\"{Q},\" said {W}, a {A}-year-old {J}.#a {A}-year-old|{W}, aged {A}, a local {J}, said: \"{Q}.\"#aged {A}";
    pub const ORG: &str = "{O} has opened an investigation.|{O} is leading the response.|A spokesperson for {O} said more details would follow.";
    /// Sentences holding numbers that are not claims: `{ONE}` "one".
    pub const ONE_OF: &str = "It was {ONE} of the worst {P} in the history of {X}.|Officials called it {ONE} of the most serious {P} in years.";
    pub const ORDINAL: &str = "It is the {ORD} {E} in the region this year.|Officials said it was the {ORD} {E} in the area this year.";
    pub const YEAR: &str = "The region's last comparable {E} was in {YEAR}.|Nothing on this scale had been seen in {X} since {YEAR}.";
    pub const MONTHS: &str = "January|February|March|April|May|June|July|August|September|October|November|December";
    pub const UNITS: &str = "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    pub const TENS: &str = "||twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
}

/// Vague plurals and the values the guide gives them ("at least").
const VAGUE: [(&str, f64); 3] = [("dozens", 24.0), ("hundreds", 200.0), ("thousands", 2000.0)];
/// The guide's qualifiers.
const QUALIFIERS: [&str; 8] = [
    "exact",
    "at_least",
    "more_than",
    "about",
    "nearly",
    "up_to",
    "less_than",
    "between",
];
/// How far "about" reaches either side of its figure.
const ABOUT: f64 = 0.1;

fn split(list: &'static str) -> Vec<&'static str> {
    list.split('|').collect()
}

fn pick(rng: &mut Rng, list: &'static str) -> &'static str {
    let items = split(list);
    items[rng.below(items.len())]
}

/// Words, the empty ones left out, joined by spaces.
fn join(parts: &[&str]) -> String {
    let parts: Vec<&str> = parts.iter().copied().filter(|p| !p.is_empty()).collect();
    parts.join(" ")
}

fn cap(text: &str) -> String {
    let mut chars = text.chars();
    let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
    first.unwrap_or_default() + chars.as_str()
}

/// The words that may stand before a figure of `unit` with qualifier `qual`.
fn qualifier_words(qual: &str, unit: Unit) -> &'static str {
    match (qual, unit) {
        ("at_least", Unit::People) => "at least|no fewer than|a minimum of",
        ("at_least", _) => "at least|a minimum of",
        ("more_than", _) => "more than|over|upwards of|in excess of",
        ("about", _) => "about|approximately|around|roughly|some|an estimated",
        ("nearly", _) => "nearly|almost|close to|just under",
        ("up_to", Unit::Money) => "up to|at most",
        ("up_to", _) => "up to|as many as|at most",
        ("less_than", Unit::People) => "fewer than|less than|under",
        ("less_than", _) => "less than|under",
        _ => "",
    }
}

/// A figure as stated: a qualifier (its key name) and a value; `high` tops
/// a range and is the value otherwise.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Fig {
    qual: &'static str,
    value: f64,
    high: f64,
}

/// Low end, whether open there, high end, whether open there.
type Interval = (f64, bool, f64, bool);

impl Fig {
    fn exact(value: f64) -> Fig {
        Fig {
            qual: "exact",
            value,
            high: value,
        }
    }

    /// The values the figure allows, "about" reaching `about` either side.
    fn interval(&self, about: f64) -> Interval {
        let (v, inf) = (self.value, f64::INFINITY);
        match self.qual {
            "at_least" => (v, false, inf, false),
            "more_than" => (v, true, inf, false),
            "about" => (v * (1.0 - about), false, v * (1.0 + about), false),
            "nearly" => (v * (1.0 - about), false, v, true),
            "up_to" => (0.0, false, v, false),
            "less_than" => (0.0, false, v, true),
            _ => (v, false, self.high, false),
        }
    }

    /// Whether this figure and `other` can both be true.
    fn fits(&self, other: &Fig, about: f64) -> bool {
        let below = |a: Interval, b: Interval| a.2 < b.0 || (a.2 == b.0 && (a.3 || b.1));
        let (a, b) = (self.interval(about), other.interval(about));
        !below(a, b) && !below(b, a)
    }
}

/// One article's outlet (its source, or its id when undated), date and
/// figures for a quantity.
type Row = (String, Option<Date>, Vec<Fig>);

/// The guide's verdict: one article is `unique`; two outlets none of whose
/// latest figures fit are a `conflict`; figures changed between dated
/// versions of one outlet's story are `updated`; else `same` when every
/// figure is, else `compatible`.
fn judge(rows: &[Row], about: f64) -> &'static str {
    if rows.len() == 1 {
        return "unique";
    }
    let mut outlets: BTreeMap<&str, Vec<(Option<Date>, usize)>> = BTreeMap::new();
    for (i, (outlet, date, _)) in rows.iter().enumerate() {
        outlets.entry(outlet).or_default().push((*date, i));
    }
    outlets.values_mut().for_each(|versions| versions.sort());
    let latest: Vec<&[Fig]> = outlets
        .values()
        .map(|v| &rows[v[v.len() - 1].1].2[..])
        .collect();
    let agree = |a: &[Fig], b: &[Fig]| a.iter().any(|x| b.iter().any(|y| x.fits(y, about)));
    let conflict =
        (0..latest.len()).any(|i| (i + 1..latest.len()).any(|j| !agree(latest[i], latest[j])));
    let covered = |a: &[Fig], b: &[Fig]| a.iter().all(|x| b.contains(x));
    let updated = outlets.values().flat_map(|v| v.windows(2)).any(|w| {
        let (a, b) = (&rows[w[0].1].2, &rows[w[1].1].2);
        w[0].0 != w[1].0 && !(covered(a, b) && covered(b, a))
    });
    let all: Vec<&Fig> = rows.iter().flat_map(|r| &r.2).collect();
    if conflict {
        "conflict"
    } else if updated {
        "updated"
    } else if all.iter().all(|f| *f == all[0]) {
        "same"
    } else {
        "compatible"
    }
}

/// The verdict the guide gives a quantity whose key mentions in `articles`
/// are `mentions`.
pub fn verdict(mentions: &[&KeyMention], articles: &[Article]) -> &'static str {
    let mut rows: BTreeMap<&str, Row> = BTreeMap::new();
    for m in mentions {
        let article = articles.iter().find(|a| a.id == m.article);
        let date = article.and_then(|a| a.date);
        let outlet = match article {
            Some(a) if date.is_some() => a.source.clone(),
            _ => m.article.clone(),
        };
        let qual = QUALIFIERS
            .into_iter()
            .find(|&q| q == m.qualifier)
            .unwrap_or("exact");
        let fig = Fig {
            qual,
            value: m.value,
            high: m.high.unwrap_or(m.value),
        };
        rows.entry(&m.article)
            .or_insert((outlet, date, Vec::new()))
            .2
            .push(fig);
    }
    judge(&rows.into_values().collect::<Vec<_>>(), ABOUT)
}

fn uniform(rng: &mut Rng, low: f64, high: f64) -> f64 {
    low + (high - low) * rng.below(10_000) as f64 / 10_000.0
}

/// `x` to two significant digits (a whole number below 20), rounded by `how`.
fn nice(x: f64, how: fn(f64) -> f64) -> f64 {
    let step = if x < 20.0 {
        1.0
    } else {
        10f64.powi(x.log10().floor() as i32 - 1)
    };
    step * how(x / step)
}

/// A figure whose interval holds `truth`, well clear of its ends.
fn around(rng: &mut Rng, truth: f64, unit: Unit) -> Fig {
    let truth = nice(truth.max(2.0), f64::round);
    for _ in 0..50 {
        let qual = *rng.pick(&QUALIFIERS);
        let mut scale =
            |low: f64, high: f64, how: fn(f64) -> f64| nice(truth * uniform(rng, low, high), how);
        let value = match qual {
            "exact" => truth,
            "at_least" | "more_than" => scale(0.5, 0.95, f64::floor),
            "about" => scale(0.95, 1.05, f64::round),
            "nearly" => scale(1.02, 1.08, f64::ceil),
            "up_to" | "less_than" => scale(1.05, 1.6, f64::ceil),
            _ => scale(0.5, 0.9, f64::floor),
        };
        let high = if qual == "between" {
            scale(1.1, 1.6, f64::ceil)
        } else {
            value
        };
        let vague = VAGUE.iter().rev().map(|v| v.1).find(|&v| v <= truth);
        let value = match vague {
            Some(v) if qual == "at_least" && unit == Unit::People && rng.chance(0.5) => v,
            _ => value,
        };
        let fig = Fig { qual, value, high };
        let sure = [0.92, 1.0, 1.08]
            .iter()
            .all(|k| fig.fits(&Fig::exact(truth), ABOUT * k));
        let sensible = value >= 2.0 && (unit != Unit::Percent || high <= 100.0);
        if sure && sensible && (qual != "between" || value < high) {
            return fig;
        }
    }
    Fig::exact(truth)
}

/// An article to write: id, source, date. In an update the last article is
/// a later version of the first.
type Spec = (String, String, Option<Date>);

/// Draws the figure each article gives for `quantity` (none where silent)
/// until its verdict is `target`, also with "about" a little narrower or
/// wider, so no figure sits on another's edge.
fn plan(rng: &mut Rng, q: &Quantity, target: &str, specs: &[Spec], n: usize) -> Vec<Option<Fig>> {
    let truth = nice(q.4 * (q.5 / q.4).powf(uniform(rng, 0.0, 1.0)), f64::round);
    let latest = |o: usize| if o == 0 && specs.len() > n { n } else { o };
    for _ in 0..50 {
        let mut figs = vec![None; specs.len()];
        if target == "unique" {
            figs[rng.below(specs.len())] = Some(around(rng, truth, q.3));
            return figs;
        }
        // The outlets that give it, more rather than fewer.
        let least = if target == "updated" { 1 } else { 2 };
        let mut who: Vec<usize> = (0..n).collect();
        rng.shuffle(&mut who);
        who.truncate((least + rng.below(n + 1 - least)).max(least + rng.below(n + 1 - least)));
        if target == "updated" && !who.contains(&0) {
            who[0] = 0;
        }
        let shared = around(rng, truth, q.3);
        for &o in &who {
            figs[latest(o)] = Some(if target == "same" {
                shared
            } else {
                around(rng, truth, q.3)
            });
        }
        if target == "conflict" {
            let wrong = truth * *rng.pick(&[0.35, 0.5, 1.8, 2.5]);
            figs[latest(who[0])] = Some(around(rng, wrong, q.3));
        }
        if target == "updated" {
            let earlier = truth * uniform(rng, 0.4, 0.75);
            figs[0] = Some(around(rng, earlier, q.3));
        } else if latest(0) != 0 && who.contains(&0) && rng.chance(0.7) {
            figs[0] = figs[latest(0)];
        }
        let rows: Vec<Row> = (figs.iter().zip(specs))
            .filter_map(|(f, s)| f.map(|f| (s.1.clone(), s.2, vec![f])))
            .collect();
        if [0.98, 1.0, 1.02]
            .iter()
            .all(|k| judge(&rows, ABOUT * k) == target)
        {
            return figs;
        }
    }
    let mut figs = vec![None; specs.len()];
    figs[0] = Some(Fig::exact(truth));
    figs
}

/// A whole number with thousands commas.
fn digits(v: f64) -> String {
    let text = format!("{}", v.round() as u64);
    let mut out = String::new();
    for (k, c) in text.chars().enumerate() {
        if k > 0 && (text.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A number below 100 in words; 12, 24 and 36 in dozens when `dozen`.
fn spell(n: usize, dozen: bool) -> String {
    let (units, tens) = (split(UNITS), split(TENS));
    match n {
        12 | 24 | 36 if dozen => format!("{} dozen", ["a", "two", "three"][n / 12 - 1]),
        0..20 => units[n].to_string(),
        _ if n % 10 == 0 => tens[n / 10].to_string(),
        _ => format!("{}-{}", tens[n / 10], units[n % 10]),
    }
}

/// How a figure reads: qualifier words, the number, and `noun` if any.
fn render(rng: &mut Rng, fig: &Fig, unit: Unit, noun: &str, currency: &str) -> String {
    let (spelled, dozen, style) = (rng.chance(0.35), rng.chance(0.5), rng.below(3));
    let number = |v: f64| match unit {
        Unit::People if spelled && v < 100.0 => spell(v as usize, dozen),
        Unit::People => digits(v),
        Unit::Money if v >= 1e9 => {
            format!("{currency}{}{}", v / 1e9, ["bn", " billion"][style % 2])
        }
        Unit::Money if v >= 1e6 => format!("{currency}{}{}", v / 1e6, ["m", " million"][style % 2]),
        Unit::Money => format!("{currency}{}", digits(v)),
        Unit::Percent => format!("{}{}", digits(v), ["%", " per cent", " percent"][style]),
    };
    let (low, high) = (number(fig.value), number(fig.high));
    if fig.qual == "between" {
        let range = match if noun.is_empty() { 0 } else { rng.below(3) } {
            0 => format!("between {low} and {high}"),
            1 => format!("{low} to {high}"),
            _ => format!("{}-{}", digits(fig.value), digits(fig.high)),
        };
        return join(&[&range, noun]);
    }
    let vague = VAGUE
        .iter()
        .find(|v| v.1 == fig.value && fig.qual == "at_least");
    if let Some((word, _)) = vague.filter(|_| !noun.is_empty() && rng.chance(0.6)) {
        return format!("{word} of {noun}");
    }
    let fits = |w: &&str| {
        !(low.starts_with("a ") && matches!(*w, "some" | "an estimated" | "a minimum of"))
    };
    let words: Vec<&str> = split(qualifier_words(fig.qual, unit))
        .into_iter()
        .filter(fits)
        .collect();
    join(&[*rng.pick(&words), &low, noun])
}

/// What a piece of an article's text is, for the key.
enum Span {
    /// Quantity index, figure, text.
    Mention(usize, Fig, String),
    NonClaim(String),
    Unique(String),
}

/// The event every outlet reports, and the names the articles used.
struct Event {
    domain: &'static Domain,
    quantities: Vec<&'static Quantity>,
    /// The figures of each quantity, by article.
    plans: Vec<Vec<Option<Fig>>>,
    place: &'static str,
    company: &'static str,
    org: [String; 2],
    /// The official's title, first name and surname.
    person: [&'static str; 3],
    currency: &'static str,
    /// What non-claim placeholders stand for, but `{TIME}`, `{DATE}` and
    /// `{ORD}`, which each article writes its own way.
    slots: Vec<(&'static str, String)>,
    /// Hour and minute, month and day, an ordinal.
    time: (usize, usize, usize, usize, usize),
    details: Vec<&'static str>,
    witnesses: Vec<String>,
    /// The organisation's and the official's forms used.
    forms: [Vec<String>; 2],
}

impl Event {
    /// A clause stating figure `fig` of quantity `k`.
    fn clause(&self, rng: &mut Rng, k: usize, fig: &Fig) -> String {
        let q = self.quantities[k];
        let template = pick(rng, q.2);
        let nouns = if q.1.is_empty() {
            self.domain.names[5]
        } else {
            q.1
        };
        let noun = if template.contains("{N}") {
            pick(rng, nouns)
        } else {
            ""
        };
        let figure = render(rng, fig, q.3, noun, self.currency);
        template.replace("{N}", &figure).replace("{F}", &figure)
    }

    /// Fills `line`'s placeholders, `{O}` and `{S}` as an article of `style`
    /// names the organisation and the official: in full the first time
    /// (`seen` says whether it was).
    fn fill(&mut self, line: &str, style: Style, seen: &mut [bool; 2]) -> String {
        let ([full, acronym], [title, first, last]) = (&self.org, self.person);
        let [noun, plural, _, _, role, _] = self.domain.names;
        let org = match (style.0, seen[0]) {
            (0, _) => full.clone(),
            (1, _) | (_, true) => acronym.clone(),
            _ => format!("{full} ({acronym})"),
        };
        let person = match (style.1, seen[1]) {
            (_, true) => last.to_string(),
            (0, _) => format!("{title} {first} {last}"),
            (1, _) => format!("{first} {last}, {role},"),
            _ => format!("{last}, {role},"),
        };
        // The forms used, for the key's aliases: "Full Name (FN)" is both.
        let org_forms: Vec<&str> = org.trim_end_matches(')').split(" (").collect();
        let person_forms = vec![person.split(',').next().unwrap_or_default()];
        for (slot, group, forms) in [("{O}", 0, org_forms), ("{S}", 1, person_forms)] {
            if line.contains(slot) {
                seen[group] = true;
                for form in forms.into_iter().map(String::from) {
                    if !self.forms[group].contains(&form) {
                        self.forms[group].push(form);
                    }
                }
            }
        }
        let text = line.replace("{X}", self.place).replace("{C}", self.company);
        let text = text.replace("{E}", noun).replace("{P}", plural);
        cap(&text
            .replace("{O}", &format!("the {org}"))
            .replace("{S}", &person))
    }

    /// The sentences of article `a`, the lead first, names still to fill:
    /// at least `body` of them.
    fn sentences(&mut self, rng: &mut Rng, a: usize, body: usize, witness: bool) -> Vec<Line> {
        let d = self.domain;
        let figs: Vec<(usize, Fig)> = (self.plans.iter().enumerate())
            .filter_map(|(k, p)| p[a].map(|f| (k, f)))
            .collect();
        // The lead: what happened, and a count of people if there is one.
        let what = pick(rng, d.what);
        let in_lead = figs
            .first()
            .filter(|(k, _)| self.quantities[*k].3 == Unit::People);
        let lead_fig = in_lead.copied().filter(|_| rng.chance(0.85));
        let mut lines = Vec::new();
        for (i, (k, fig)) in figs.into_iter().enumerate() {
            let c = self.clause(rng, k, &fig);
            let frames = if i == 0 && lead_fig.is_some() {
                LEADS
            } else {
                FRAMES
            };
            let frame = pick(rng, frames).replace("{W}", what);
            let text = if frame.starts_with("{c}") {
                cap(&c)
            } else {
                c.clone()
            };
            lines.push((
                cap(&frame.replace("{c}", &c)),
                vec![Span::Mention(k, fig, text)],
            ));
        }
        if lead_fig.is_none() {
            lines.insert(0, (format!("{}, {{O}} said.", cap(what)), Vec::new()));
        }
        let lead = lines.remove(0);
        lines.push((pick(rng, d.quote).to_string(), Vec::new()));
        lines.push((pick(rng, ORG).to_string(), Vec::new()));
        // Numbers that are not claims.
        let (h, m, month, day, n) = self.time;
        let (twelve, half) = ((h + 11) % 12 + 1, ["a.m.", "p.m."][h / 12]);
        let time = match (rng.chance(0.5), m) {
            (true, _) => format!("{h:02}:{m:02}"),
            (false, 0) => format!("{twelve} {half}"),
            (false, _) => format!("{twelve}:{m:02} {half}"),
        };
        let month = split(MONTHS)[month - 1];
        let date = [format!("{month} {day}"), format!("{day} {month}")][rng.below(2)].clone();
        let ord = match rng.chance(0.5) {
            true => split("second|third|fourth|fifth")[n - 2].to_string(),
            false => format!("{n}{}", ["nd", "rd", "th", "th"][n - 2]),
        };
        let mut slots = vec![("{TIME}", time), ("{DATE}", date), ("{ORD}", ord)];
        slots.extend(self.slots.iter().cloned());
        let optional = [
            (d.when, 0.7),
            (d.ident.2, 0.6),
            (ONE_OF, 0.35),
            (ORDINAL, 0.35),
            (YEAR, 0.45),
        ];
        for (templates, chance) in optional {
            if rng.chance(chance) {
                let mut line = pick(rng, templates).to_string();
                let mut spans = Vec::new();
                for (slot, value) in &slots {
                    if line.contains(slot) {
                        line = line.replace(slot, value);
                        spans.push(Span::NonClaim(value.clone()));
                    }
                }
                lines.push((line, spans));
            }
        }
        // What this article alone has.
        for _ in 0..1 + usize::from(rng.chance(0.4)) {
            if let Some((line, phrase)) = self.details.pop().and_then(|x| x.split_once('#')) {
                lines.push((line.to_string(), vec![Span::Unique(phrase.to_string())]));
            }
        }
        if let Some(who) = self.witnesses.pop().filter(|_| witness) {
            let age = (19 + rng.below(62)).to_string();
            let (saying, job) = (pick(rng, SAYINGS), pick(rng, OCCUPATIONS));
            let slots = [
                ("{W}", who.as_str()),
                ("{A}", &age),
                ("{Q}", saying),
                ("{J}", job),
            ];
            let fill = |text: &str| {
                slots
                    .iter()
                    .fold(text.to_string(), |t, s| t.replace(s.0, s.1))
            };
            let (line, age) = pick(rng, WITNESS).split_once('#').unwrap_or_default();
            lines.push((
                fill(line),
                vec![Span::Unique(who.clone()), Span::NonClaim(fill(age))],
            ));
        }
        let mut fillers = split(FILLERS);
        rng.shuffle(&mut fillers);
        while lines.len() + 1 < body {
            lines.push((fillers.pop().unwrap_or_default().to_string(), Vec::new()));
        }
        rng.shuffle(&mut lines);
        lines.insert(0, lead);
        lines
    }

    /// Article `a` of `style`: the lead alone, the rest in paragraphs of one
    /// sentence or more, maybe a heading and page furniture; five to nine
    /// blocks, each with what its text holds.
    fn write(&mut self, rng: &mut Rng, a: usize, style: Style, witness: bool) -> Vec<Block> {
        let (heading, furniture) = (rng.chance(0.3), rng.chance(0.3));
        let body = 5 + rng.below(5) - usize::from(heading) - usize::from(furniture);
        let lines = self.sentences(rng, a, body, witness);
        let mut cuts: Vec<usize> = (2..lines.len()).collect();
        rng.shuffle(&mut cuts);
        cuts.truncate(body - 2);
        cuts.push(1);
        let (mut seen, mut blocks) = ([false; 2], Vec::<Block>::new());
        for (i, (line, spans)) in lines.into_iter().enumerate() {
            let line = self.fill(&line, style, &mut seen);
            match blocks.last_mut() {
                Some(last) if !cuts.contains(&i) => {
                    last.1 = format!("{} {line}", last.1);
                    last.2.extend(spans);
                }
                _ => blocks.push((ParagraphKind::Body, line, spans)),
            }
        }
        let extras = [
            (
                heading,
                ParagraphKind::Heading,
                "What happened|The response|Reaction",
                2,
            ),
            (
                furniture,
                ParagraphKind::Boilerplate,
                "Advertisement|Read more",
                1,
            ),
        ];
        for (_, kind, texts, first) in extras.into_iter().filter(|e| e.0) {
            let at = first + rng.below(blocks.len() - first);
            blocks.insert(at, (kind, pick(rng, texts).into(), Vec::new()));
        }
        blocks
    }
}

/// A sentence and what it holds; a paragraph's kind, text and what it holds.
type Line = (String, Vec<Span>);
type Block = (ParagraphKind, String, Vec<Span>);
/// How an article names the organisation (full, acronym, both) and the
/// official (title and full name, full name and role, surname and role).
type Style = (usize, usize);

/// When an outlet files the later version of its story.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Filing {
    /// A day later, in three events of ten.
    NextDay,
    /// Later the same day, with the time in each article's date, in every
    /// event: a live story's updates, which only the time sets in order.
    SameDay,
}

/// One invented event reported by three to five outlets, and its key.
pub fn generate(rng: &mut Rng) -> (Vec<Article>, Key) {
    generate_filed(rng, Filing::NextDay)
}

/// [`generate`], with the first outlet's later version filed as `filing`
/// says.
pub fn generate_filed(rng: &mut Rng, filing: Filing) -> (Vec<Article>, Key) {
    let domain = rng.pick(DOMAINS);
    let (mut firsts, mut lasts, mut outlets) = (split(FIRSTS), split(SURNAMES), split(OUTLETS));
    rng.shuffle(&mut firsts);
    rng.shuffle(&mut lasts);
    rng.shuffle(&mut outlets);
    // The outlets; in an update, the first again later.
    let (n, update) = (3 + rng.below(3), rng.chance(0.3));
    let update = update || filing == Filing::SameDay;
    let (y, m, d) = (2022 + rng.below(4), 1 + rng.below(12), 1 + rng.below(27));
    let day = |k: usize| Date::new(y as u16, m as u8, (d + k) as u8);
    // Same-day filings: the first version early, the other outlets about
    // midday, the later version in the afternoon.
    let at = |hour: usize, minute: usize| {
        Date::parse(&format!("{y:04}-{m:02}-{d:02}T{hour:02}:{minute:02}:00Z"))
    };
    let (first, others, later) = match filing {
        Filing::NextDay => (day(0), day(usize::from(update)), day(1)),
        Filing::SameDay => (
            at(7 + rng.below(3), rng.below(60)),
            at(11, rng.below(60)),
            at(14 + rng.below(6), rng.below(60)),
        ),
    };
    let mut specs: Vec<Spec> = Vec::new();
    for outlet in &outlets[..n] {
        let (source, id) = outlet.split_once('#').unwrap_or((outlet, outlet));
        specs.push((id.to_string(), source.to_string(), others));
    }
    if update {
        specs[0].2 = first;
        specs.push((format!("{}-2", specs[0].0), specs[0].1.clone(), later));
    }
    // The quantities and the verdict each aims at: one is unique, and the
    // first is updated in an update.
    let count = (3 + rng.below(4)).min(domain.quantities.len());
    let mut picked: Vec<usize> = (1..domain.quantities.len()).collect();
    rng.shuffle(&mut picked);
    picked.truncate(count - 1);
    picked.push(0);
    picked.sort_unstable();
    let choices = ["same", "compatible", "conflict", "conflict", "unique"];
    let mut targets: Vec<&str> = (0..count).map(|_| *rng.pick(&choices)).collect();
    if update {
        targets[0] = "updated";
    }
    targets[usize::from(update) + rng.below(count - usize::from(update))] = "unique";
    let quantities: Vec<&Quantity> = picked.iter().map(|&k| &domain.quantities[k]).collect();
    let plans = (quantities.iter().zip(&targets))
        .map(|(q, t)| plan(rng, q, t, &specs, n))
        .collect();
    let org = domain.names[2].replace("{R}", pick(rng, REGIONS));
    let initials = org.split(' ').filter_map(|w| w.chars().next());
    let acronym = initials.filter(char::is_ascii_uppercase).collect();
    let place = pick(rng, PLACES);
    let ident = domain
        .ident
        .0
        .replace("{n}", &(2 + rng.below(domain.ident.1 - 1)).to_string());
    let year = (y - 3 - rng.below(30)).to_string();
    let mut details = split(domain.details);
    rng.shuffle(&mut details);
    let mut event = Event {
        domain,
        quantities,
        plans,
        place,
        company: pick(rng, COMPANIES),
        org: [org, acronym],
        person: [domain.names[3], firsts[0], lasts[0]],
        currency: pick(rng, "$|€|£"),
        slots: vec![("{ID}", ident), ("{YEAR}", year), ("{ONE}", "one".into())],
        time: (rng.below(24), 5 * rng.below(12), m, d, 2 + rng.below(4)),
        details,
        witnesses: (1..8)
            .map(|k| format!("{} {}", firsts[k], lasts[k]))
            .collect(),
        forms: [Vec::new(), Vec::new()],
    };
    // Full name and acronym, title and surname, each in some outlet.
    let mut styles = vec![(0, 0), (1, 2)];
    styles.extend((2..n).map(|_| (rng.below(3), rng.below(3))));
    rng.shuffle(&mut styles);
    let witness = rng.below(specs.len());
    let (mut key, mut articles) = (Key::default(), Vec::new());
    for (a, (id, source, date)) in specs.iter().enumerate() {
        let lucky = a == witness || rng.chance(0.4);
        let mut paragraphs = Vec::new();
        let blocks = event.write(rng, a, styles[a % n], lucky);
        for (index, (kind, text, spans)) in blocks.into_iter().enumerate() {
            let at = |text| KeySpan {
                article: id.clone(),
                paragraph: index,
                text,
            };
            for span in spans {
                match span {
                    Span::Mention(k, fig, text) => key.mentions.push(KeyMention {
                        article: id.clone(),
                        paragraph: index,
                        text,
                        quantity: event.quantities[k].0.to_string(),
                        value: fig.value,
                        high: (fig.qual == "between").then_some(fig.high),
                        qualifier: fig.qual.to_string(),
                    }),
                    Span::NonClaim(text) => key.non_claims.push(at(text)),
                    Span::Unique(text) => key.unique.push(at(text)),
                }
            }
            paragraphs.push(Paragraph { index, kind, text });
        }
        articles.push(Article {
            id: id.clone(),
            source: source.clone(),
            date: *date,
            title: format!("{} in {place}", cap(domain.names[0])),
            url: None,
            path: format!("planted/{id}.md"),
            paragraphs,
        });
    }
    for q in &event.quantities {
        let mentions: Vec<&KeyMention> =
            key.mentions.iter().filter(|m| m.quantity == q.0).collect();
        let verdict = verdict(&mentions, &articles);
        if verdict == "unique" {
            let span = |m: &&KeyMention| KeySpan {
                article: m.article.clone(),
                paragraph: m.paragraph,
                text: m.text.clone(),
            };
            key.unique.extend(mentions.iter().map(span));
        }
        key.claims.push(KeyClaim {
            quantity: q.0.into(),
            verdict: verdict.into(),
        });
    }
    key.aliases = event
        .forms
        .into_iter()
        .filter(|forms| forms.len() > 1)
        .collect();
    (articles, key)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    fn mentions_of<'a>(key: &'a Key, quantity: &str) -> Vec<&'a KeyMention> {
        key.mentions
            .iter()
            .filter(|m| m.quantity == quantity)
            .collect()
    }

    /// The number words a text may hold, singular.
    const NUMBER_WORDS: &str = "hundred|thousand|million|billion|dozen|first|second|third|fourth|fifth|half|both|once|twice";

    #[test]
    fn a_seed_makes_one_case() {
        for seed in 0..20 {
            let (a, k) = generate(&mut Rng::new(seed));
            let (b, l) = generate(&mut Rng::new(seed));
            assert_eq!(a, b);
            assert_eq!(
                serde_json::to_string(&k).ok(),
                serde_json::to_string(&l).ok()
            );
        }
        assert_ne!(generate(&mut Rng::new(1)).0, generate(&mut Rng::new(2)).0);
    }

    /// Outlets, dates and paragraphs as asked; every span of the key where
    /// it says; no number in the text the key leaves out; verdicts by the
    /// interval rule.
    #[test]
    fn cases_are_whole_and_their_keys_right() {
        let words: Vec<&str> = [UNITS, TENS, NUMBER_WORDS]
            .iter()
            .flat_map(|w| split(w))
            .collect();
        let number = |w: &&str| {
            let singular = w.trim_end_matches('s');
            w.contains(|c: char| c.is_ascii_digit())
                || words
                    .iter()
                    .any(|n| !n.is_empty() && n.eq_ignore_ascii_case(singular))
        };
        for seed in 0..300 {
            let (articles, key) = generate(&mut Rng::new(seed));
            let sources: BTreeSet<&str> = articles.iter().map(|a| a.source.as_str()).collect();
            let dates: BTreeSet<Option<Date>> = articles.iter().map(|a| a.date).collect();
            assert!((3..=5).contains(&sources.len()) && (3..=6).contains(&key.claims.len()));
            assert_eq!(dates.len(), 1 + usize::from(articles.len() > sources.len()));
            assert_eq!(key.aliases.len(), 2, "seed {seed}: {:?}", key.aliases);
            for article in &articles {
                assert!((5..=9).contains(&article.paragraphs.len()), "seed {seed}");
                for p in &article.paragraphs {
                    let here = |id: &String, i| *id == article.id && i == p.index;
                    let spans: Vec<&String> = (key.mentions.iter())
                        .filter(|m| here(&m.article, m.paragraph))
                        .map(|m| &m.text)
                        .chain(
                            key.non_claims
                                .iter()
                                .filter(|n| here(&n.article, n.paragraph))
                                .map(|n| &n.text),
                        )
                        .collect();
                    let unique = key.unique.iter().filter(|u| here(&u.article, u.paragraph));
                    for span in spans.iter().copied().chain(unique.map(|u| &u.text)) {
                        assert!(
                            p.text.contains(span.as_str()),
                            "seed {seed}: {span:?} not in {:?}",
                            p.text
                        );
                    }
                    let rest = spans.iter().fold(p.text.clone(), |rest, span| {
                        rest.replace(span.as_str(), " ")
                    });
                    let left: Vec<&str> = rest
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(number)
                        .collect();
                    assert!(
                        left.is_empty(),
                        "seed {seed}: {left:?} unlisted in {:?}",
                        p.text
                    );
                }
            }
            let placed = |id: &String, p: usize| {
                articles
                    .iter()
                    .any(|a| a.id == *id && p < a.paragraphs.len())
            };
            assert!(key.mentions.iter().all(|m| placed(&m.article, m.paragraph)));
            assert!(
                key.non_claims
                    .iter()
                    .chain(&key.unique)
                    .all(|s| placed(&s.article, s.paragraph))
            );
            for claim in &key.claims {
                let mentions = mentions_of(&key, &claim.quantity);
                assert_eq!(claim.verdict, verdict(&mentions, &articles), "seed {seed}");
                let ids: BTreeSet<&str> = mentions.iter().map(|m| m.article.as_str()).collect();
                assert_eq!(claim.verdict == "unique", ids.len() == 1, "seed {seed}");
                let figure = |m: &KeyMention| (m.value, m.high, m.qualifier.clone());
                if claim.verdict == "same" {
                    assert!(mentions.iter().all(|m| figure(m) == figure(mentions[0])));
                }
                if claim.verdict == "updated" {
                    assert!(ids.iter().any(|id| id.ends_with("-2")), "seed {seed}");
                }
            }
        }
    }

    /// The rule against the keys written by hand, but for verdicts that need
    /// units converted (miles and kilometres, inches and millimetres, days
    /// and hours), which intervals alone cannot give.
    #[test]
    fn the_interval_rule_gives_the_hand_written_verdicts() {
        let converted = ["reef distance offshore", "crack length", "rain duration"];
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let (mut checked, mut wrong) = (0, Vec::new());
        for group in ["claims", "outlets"] {
            let dirs = std::fs::read_dir(root.join(group))
                .into_iter()
                .flatten()
                .flatten();
            for dir in dirs
                .map(|e| e.path())
                .filter(|d| d.join("claims.json").exists())
            {
                let case = crate::claims::Case::read(&dir).expect("a readable case");
                let claims = case.key.claims.iter();
                for claim in claims.filter(|c| !converted.contains(&c.quantity.as_str())) {
                    let mentions = mentions_of(&case.key, &claim.quantity);
                    let ours = verdict(&mentions, &case.corpus.articles);
                    checked += 1;
                    if ours != claim.verdict {
                        wrong.push(format!("{}: {} {ours}", case.name, claim.quantity));
                    }
                }
            }
        }
        assert!(checked > 50 && wrong.is_empty(), "{checked}: {wrong:#?}");
    }

    #[test]
    fn fifty_seeds_plant_every_qualifier_verdict_and_wording() {
        let (mut mentions, mut verdicts, mut non_claims) =
            (Vec::new(), BTreeSet::new(), String::new());
        for seed in 0..50 {
            let (_, key) = generate(&mut Rng::new(seed));
            verdicts.extend(key.claims.iter().map(|c| c.verdict.clone()));
            key.non_claims
                .iter()
                .for_each(|n| non_claims += &format!("{}|", n.text));
            mentions.extend(key.mentions);
        }
        let qualifiers: BTreeSet<&str> = mentions.iter().map(|m| m.qualifier.as_str()).collect();
        assert_eq!(qualifiers.len(), QUALIFIERS.len(), "{qualifiers:?}");
        assert_eq!(verdicts.len(), 5, "{verdicts:?}");
        let texts: String = mentions
            .iter()
            .map(|m| format!(" {} |", m.text.to_lowercase()))
            .collect();
        let wordings = " at least | no fewer than | more than | over | about | approximately | an estimated | some | nearly | almost | up to | as many as | less than | fewer than | dozens of | hundreds of | a dozen | two dozen |ty-| million|0m |% | per cent | killed| dead| lost their lives|death toll| injured| wounded| hurt| arrested| detained| missing| evacuated";
        for wording in wordings.split('|') {
            assert!(texts.contains(wording), "{wording:?} never planted");
        }
        let ranges: Vec<&str> = mentions
            .iter()
            .filter(|m| m.qualifier == "between")
            .map(|m| m.text.as_str())
            .collect();
        let digit_dash_digit = |t: &&str| {
            t.as_bytes()
                .windows(3)
                .any(|w| w[0].is_ascii_digit() && w[1] == b'-' && w[2].is_ascii_digit())
        };
        assert!(
            ranges.iter().any(|t| t.contains("between ")) && ranges.iter().any(digit_dash_digit)
        );
        assert!(
            ranges
                .iter()
                .any(|t| t.contains(" to ") && !t.contains("between"))
        );
        for kind in [
            "p.m.",
            ":",
            "-year-old",
            "aged ",
            "|one|",
            "Flight ",
            "Route ",
            "Street",
            "Section ",
            "rd|",
            "third",
            "|20",
        ] {
            assert!(non_claims.contains(kind), "no non-claim like {kind:?}");
        }
    }

    #[test]
    fn generated_cases_can_be_scored() {
        for seed in 0..6 {
            let (articles, key) = generate(&mut Rng::new(seed));
            let score = crate::claims::score(&newsdiff::compare::compare(&articles), &key);
            assert_eq!(score.verdicts, key.claims.len());
            assert_eq!(score.mentions.tp + score.mentions.fn_, key.mentions.len());
        }
    }
}
