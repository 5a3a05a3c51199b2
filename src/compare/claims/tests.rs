use super::*;
use crate::corpus::{Article, Date, Paragraph, ParagraphKind, bundled};

fn article(id: &str, source: &str, date: Option<&str>, paragraphs: &[&str]) -> Article {
    Article {
        id: id.into(),
        source: source.into(),
        date: date.and_then(Date::parse),
        title: id.into(),
        url: None,
        path: id.into(),
        paragraphs: paragraphs
            .iter()
            .enumerate()
            .map(|(index, text)| Paragraph {
                index,
                kind: ParagraphKind::Body,
                text: text.to_string(),
            })
            .collect(),
    }
}

/// The claims alone: no test here reaches the work budget.
fn find(articles: &[Article], rows: &[Row]) -> Vec<Claim> {
    super::find(articles, rows, &crate::compare::Budget::default()).0
}

/// The claims of two outlets dated alike, `a` and `b` each given as its
/// paragraphs.
fn two_outlets(a: &[&str], b: &[&str]) -> Vec<Claim> {
    let articles = [
        article("a", "A", Some("2024-05-01"), a),
        article("b", "B", Some("2024-05-01"), b),
    ];
    find(&articles, &[])
}

fn claim<'a>(claims: &'a [Claim], quantity: &str) -> &'a Claim {
    claims
        .iter()
        .find(|c| c.quantity == quantity)
        .unwrap_or_else(|| panic!("no {quantity} claim in {claims:#?}"))
}

#[test]
fn the_bundled_tolls_are_one_conflict_attributed_to_their_paragraphs() {
    let articles = bundled().articles;
    let claims = find(&articles, &[]);
    let deaths = claim(&claims, "deaths");
    assert_eq!(deaths.verdict, Verdict::Conflict);
    let mut got: Vec<(&str, usize, String)> = deaths
        .mentions
        .iter()
        .map(|m| (articles[m.article].id.as_str(), m.paragraph, m.figure()))
        .collect();
    got.sort();
    assert_eq!(
        got,
        [
            ("001_5d229ea3870d1d12", 2, "more than 130".to_string()),
            ("002_3998a47e31f20c4c", 3, "at least 60".to_string()),
            ("003_12b1194fc15ca6a7", 0, "137".to_string()),
            ("004_310e81df929d18ea", 0, "about 60".to_string()),
        ]
    );
    let injured = claim(&claims, "injured");
    assert_eq!(injured.verdict, Verdict::Compatible);
}

#[test]
fn verdicts_follow_the_intervals() {
    let verdict = |a: &str, b: &str| claim(&two_outlets(&[a], &[b]), "deaths").verdict;
    assert_eq!(verdict("12 people died.", "12 people died."), Verdict::Same);
    assert_eq!(
        verdict("At least 12 people died.", "14 people died."),
        Verdict::Compatible
    );
    assert_eq!(
        verdict("About 60 people died.", "137 people died."),
        Verdict::Conflict
    );
    assert_eq!(
        verdict("Nearly 100 people died.", "100 people died."),
        Verdict::Conflict
    );
    assert_eq!(
        verdict("Up to 20 people died.", "More than 20 people died."),
        Verdict::Conflict
    );
    assert_eq!(
        verdict("Between 40 and 60 people died.", "About 55 people died."),
        Verdict::Compatible
    );
    // A vague floor in the text is a floor: "dozens" is at least 24, as
    // a reader takes it, so six is a disagreement a fact-checker wants
    // shown (only a headline's shouted "hundreds" is no figure).
    assert_eq!(
        verdict("Dozens of people died.", "Six people died."),
        Verdict::Conflict
    );
    assert_eq!(
        verdict("Dozens of people died.", "Thirty people died."),
        Verdict::Compatible
    );
    assert_eq!(
        verdict(
            "Dozens of people died. In all 30 people died.",
            "Six people died."
        ),
        Verdict::Conflict
    );
}

#[test]
fn outlets_that_all_give_one_figure_are_the_same_and_its_parts_are_apart() {
    let judged = |a: &[&str], b: &[&str], quantity: &str| {
        let claims = two_outlets(a, b);
        let claim = claim(&claims, quantity);
        let figures: Vec<String> = claim.mentions.iter().map(Mention::figure).collect();
        (figures, claim.verdict)
    };
    // The toll hedged is still the same toll; a part of it ("four of them
    // city police") is a quantity of its own, judged with the same part
    // in other outlets.
    let a = [
        "Five officers were killed on Thursday.",
        "Four city police officers also died.",
    ];
    let b = [
        "At least five officers were killed.",
        "Five officers died. Four city police officers were among the dead.",
    ];
    assert_eq!(
        judged(&a, &b, "deaths"),
        (
            vec!["5".into(), "at least 5".into(), "5".into()],
            Verdict::Same
        )
    );
    assert_eq!(
        judged(&a, &b, "deaths (part)"),
        (vec!["4".into(), "4".into()], Verdict::Same)
    );
    // Another figure the toll allows is a looser telling of it.
    assert_eq!(
        judged(
            &["53 people were killed.", "Dozens of people were killed."],
            &["53 people were killed."],
            "deaths"
        ),
        (
            vec!["53".into(), "at least 24".into(), "53".into()],
            Verdict::Compatible
        )
    );
}

#[test]
fn parts_that_differ_are_no_conflict() {
    let claims = two_outlets(
        &["Four of her sons stood with Taylor at the hospital on Friday."],
        &["Three of her four sons stood with Taylor at the hospital on Friday."],
    );
    let part = claim(&claims, "son (part)");
    assert_eq!(part.mentions.len(), 2, "{claims:#?}");
    assert_eq!(part.verdict, Verdict::Compatible);
}

#[test]
fn where_some_of_the_dead_died_is_a_part_judged_figure_by_figure() {
    let claims = two_outlets(
        &["Six people were killed. Five people died at the scene and one died at the hospital."],
        &[
            "Five people were killed on Monday.",
            "Five people were killed at the scene, officials said.",
        ],
    );
    // Outlet B's whole is five, outlet A's six: the five who died at
    // the scene are no agreement on the toll.
    assert_eq!(claim(&claims, "deaths").verdict, Verdict::Conflict);
    let parts: Vec<(Vec<f64>, Verdict)> = claims
        .iter()
        .filter(|c| c.quantity == "deaths (part)")
        .map(|c| (c.mentions.iter().map(|m| m.value).collect(), c.verdict))
        .collect();
    assert_eq!(
        parts,
        [
            (vec![5.0, 5.0], Verdict::Same),
            (vec![1.0], Verdict::Unique)
        ]
    );
    for text in [
        "Two were fatally shot outside the restaurant.",
        "One person was killed inside, police said.",
        "Five of them died on impact.",
        "One man died at Vanderbilt University Medical Center.",
        "Fifteen bodies were shifted to PIMS hospital.",
        "Eight charred bodies were taken to the Ignace Deen morgue.",
    ] {
        let claims = two_outlets(&[text], &[]);
        assert_eq!(claims[0].quantity, "deaths (part)", "{text}");
    }
    // Where the event itself was is no part of its toll.
    for text in [
        "Four people were killed inside the club.",
        "Two people were killed in the crash.",
        "Rescuers recovered 25 bodies and took the injured to hospital.",
    ] {
        let claims = two_outlets(&[text], &[]);
        assert_eq!(claims[0].quantity, "deaths", "{text}");
    }
}

#[test]
fn others_besides_some_are_rivals_only_for_others() {
    let verdict = |a: &str, b: &str| claim(&two_outlets(&[a], &[b]), "injured").verdict;
    assert_eq!(
        verdict(
            "The gunman wounded seven others at the rally.",
            "The gunman wounded 12 officers at the rally."
        ),
        Verdict::Compatible
    );
    assert_eq!(
        verdict(
            "Nine other officers were wounded at the rally.",
            "Seven other officers were wounded at the rally."
        ),
        Verdict::Conflict
    );
    // Others besides the dead of their own sentence are all the hurt:
    // rivals for a plain count, not for others besides someone else.
    assert_eq!(
        verdict(
            "A gunman killed two people and injured five others.",
            "Seven people were injured in the attack."
        ),
        Verdict::Conflict
    );
    assert_eq!(
        verdict(
            "A gunman killed two people and injured five others.",
            "Two officers were shot. Three other men sustained various injuries."
        ),
        Verdict::Compatible
    );
    // "No one else" is none besides those named: no rival for a toll.
    assert_eq!(
        verdict(
            "Three people were injured in the shooting.",
            "A deputy was shot in the arm. No one else was injured."
        ),
        Verdict::Compatible
    );
}

#[test]
fn a_toll_with_the_attacker_in_it_is_no_rival_for_the_victims() {
    let claims = two_outlets(
        &["Three people, including the gunman, were killed at the courthouse."],
        &["Two deputies were killed at the courthouse before officers shot the gunman."],
    );
    let with = claim(&claims, "deaths (attacker included)");
    assert_eq!(
        (with.verdict, with.mentions[0].value),
        (Verdict::Unique, 3.0)
    );
    let victims = claim(&claims, "deaths");
    assert_eq!(
        (victims.verdict, victims.mentions[0].value),
        (Verdict::Unique, 2.0)
    );
}

#[test]
fn none_of_one_side_hurt_says_nothing_of_the_others() {
    let claims = two_outlets(
        &["The gunman wounded seven people at the mall. No officers were hurt."],
        &["Seven people were injured in the mall shooting."],
    );
    let hurt = claim(&claims, "injured");
    assert_eq!(hurt.verdict, Verdict::Same, "{claims:#?}");
    let officers = claim(&claims, "injured: police");
    assert_eq!(
        (officers.verdict, officers.mentions[0].value),
        (Verdict::Unique, 0.0)
    );
}

#[test]
fn a_part_as_written_and_a_part_of_a_toll_are_one_part() {
    let claims = two_outlets(
        &[
            "Six people were killed in the shooting at the party.",
            "The grandmother lost three of her children in the shooting.",
        ],
        &[
            "Six people were killed in the shooting at the party.",
            "I lost three children in the shooting, the grandmother said.",
        ],
    );
    let part = claim(&claims, "deaths (part)");
    let articles: Vec<usize> = part.mentions.iter().map(|m| m.article).collect();
    assert_eq!((part.verdict, articles), (Verdict::Same, vec![0, 1]));
}

#[test]
fn attackers_at_large_are_no_part_of_a_toll() {
    let claims = two_outlets(
        &["Two suspects are at large after the shooting at the mall."],
        &["One suspect is dead after the shooting at the mall, police said."],
    );
    let attackers = claim(&claims, "attackers");
    assert_eq!(
        (attackers.verdict, attackers.mentions[0].value),
        (Verdict::Unique, 2.0)
    );
}

#[test]
fn a_dead_attacker_is_never_one_of_the_victims() {
    let claims = two_outlets(
        &["Police are reporting that one shooting suspect is dead."],
        &["Two people were killed at the tournament."],
    );
    assert_eq!(claim(&claims, "deaths").verdict, Verdict::Unique);
    assert_eq!(claim(&claims, "deaths: attackers").mentions[0].value, 1.0);
}

#[test]
fn a_title_case_headline_counts_what_its_capitals_hid() {
    let mut articles = [article(
        "a",
        "A",
        Some("2015-07-16"),
        &["Chattanooga Gunman Leaves 4 Marines Dead, 3 Wounded"],
    )];
    articles[0].paragraphs[0].kind = ParagraphKind::Heading;
    let claims = find(&articles, &[]);
    assert_eq!(claim(&claims, "deaths").mentions[0].value, 4.0);
    assert_eq!(claim(&claims, "injured").mentions[0].value, 3.0);
    // A model number in a title-case line stays a name.
    let mut listing = [article(
        "b",
        "B",
        Some("2015-07-16"),
        &["LEGO Star Wars 75188 Resistance Bomber Review"],
    )];
    listing[0].paragraphs[0].kind = ParagraphKind::Heading;
    assert_eq!(find(&listing, &[]), []);
}

#[test]
fn only_a_toll_counts_the_attacker_apart() {
    // Suspects among the arrested are who was arrested, not a count apart.
    let claims = two_outlets(
        &["Police arrested five people, including two suspects, on Friday."],
        &["Police arrested four people on Friday after the shooting."],
    );
    assert_eq!(claim(&claims, "arrests").verdict, Verdict::Conflict);
}

#[test]
fn two_kinds_of_people_are_two_counts_outside_the_known_ones() {
    let claims = |a: &str, b: &str| two_outlets(&[a], &[b]);
    let people = claims(
        "Eleven children stood outside the church on Sunday with the family.",
        "Five adults stood outside the church on Sunday with the family.",
    );
    let people = claim(&people, "people");
    assert_eq!(people.mentions.len(), 2, "{people:#?}");
    assert_eq!(people.verdict, Verdict::Compatible);
    // In a toll, though, people named otherwise are still one count.
    let deaths = claims(
        "Eleven children died in the fire.",
        "Five adults died in the fire.",
    );
    assert_eq!(claim(&deaths, "deaths").verdict, Verdict::Conflict);
}

#[test]
fn firefighters_are_counted_apart_from_other_rescuers() {
    let claims = two_outlets(
        &["More than 200 rescuers and 60 firefighters were sent."],
        &["Officials said 240 firefighters were dispatched."],
    );
    let firefighters = claim(&claims, "deployed: firefighter");
    assert_eq!(firefighters.verdict, Verdict::Conflict, "{claims:#?}");
    assert_eq!(firefighters.mentions.len(), 2);
    assert_eq!(claim(&claims, "deployed").verdict, Verdict::Unique);
}

#[test]
fn two_agencies_sent_are_two_counts_and_one_force_named_twice_is_one() {
    let deployed = |a: &str, b: &str| {
        let claims = two_outlets(&[a], &[b]);
        claim(&claims, "deployed").verdict
    };
    let two = two_outlets(
        &["The 11 police officers involved were put on leave."],
        &["The 21 deputies involved were put on leave."],
    );
    let verdicts: Vec<(&str, Verdict, f64)> = ["deployed", "deployed: deputy"]
        .into_iter()
        .map(|q| {
            let c = claim(&two, q);
            (q, c.verdict, c.mentions[0].value)
        })
        .collect();
    assert_eq!(
        verdicts,
        [
            ("deployed", Verdict::Unique, 11.0),
            ("deployed: deputy", Verdict::Unique, 21.0)
        ]
    );
    assert_eq!(
        deployed(
            "The 11 police officers involved were put on leave.",
            "The 21 officers involved were put on leave.",
        ),
        Verdict::Conflict
    );
    assert_eq!(
        deployed(
            "About 200 troops were deployed to the river.",
            "Some 80 soldiers were deployed to the river.",
        ),
        Verdict::Conflict
    );
    // A name may say the agency where the noun does not.
    let two = two_outlets(
        &["About 200 emergency responders were deployed overnight."],
        &["The governor deployed 80 National Guard members overnight."],
    );
    assert_eq!(claim(&two, "deployed").verdict, Verdict::Unique);
    assert_eq!(claim(&two, "deployed: guard").verdict, Verdict::Unique);
}

#[test]
fn one_outlets_toll_as_it_rose_is_not_taken_apart() {
    let articles = [article(
        "a",
        "A",
        Some("2024-05-01"),
        &["The toll rose from 9 to 17 on Sunday."],
    )];
    let claims = find(&articles, &[]);
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].mentions.len(), 2);
}

#[test]
fn one_outlet_changing_its_figure_is_an_update_shown_oldest_first() {
    let articles = [
        article(
            "late",
            "Wire",
            Some("2024-05-02"),
            &["The toll rose: 14 people died."],
        ),
        article("early", "Wire", Some("2024-05-01"), &["Nine people died."]),
        article(
            "other",
            "Post",
            Some("2024-05-02"),
            &["At least 14 people died."],
        ),
    ];
    let deaths = claim(&find(&articles, &[]), "deaths").clone();
    assert_eq!(deaths.verdict, Verdict::Updated);
    let order: Vec<&str> = deaths
        .mentions
        .iter()
        .map(|m| articles[m.article].id.as_str())
        .collect();
    assert_eq!(order, ["early", "late", "other"]);
}

#[test]
fn two_stories_of_one_outlet_on_one_day_are_compared_as_outlets() {
    let articles = [
        article("x1", "X", Some("2024-05-01"), &["About 60 people died."]),
        article("x2", "X", Some("2024-05-01"), &["137 people died."]),
    ];
    assert_eq!(
        claim(&find(&articles, &[]), "deaths").verdict,
        Verdict::Conflict
    );
}

#[test]
fn a_figure_one_article_gives_is_unique_and_figures_of_another_year_stand_apart() {
    let articles = [
        article(
            "a",
            "A",
            Some("2024-05-01"),
            &["Twelve people died. The 2015 flood killed 130 people."],
        ),
        article("b", "B", Some("2024-05-01"), &["12 people were killed."]),
    ];
    let claims = find(&articles, &[]);
    assert_eq!(claim(&claims, "deaths").verdict, Verdict::Same);
    assert_eq!(claim(&claims, "deaths (2015)").verdict, Verdict::Unique);
    // The year a thing was built dates the thing, not the figure beside it.
    let articles = [
        article(
            "a",
            "A",
            Some("2024-05-01"),
            &["About 60 residents lived in the block, which was built in 1974."],
        ),
        article(
            "b",
            "B",
            Some("2024-05-01"),
            &["Some 60 residents lived there."],
        ),
    ];
    let claims = find(&articles, &[]);
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert_eq!(claims[0].verdict, Verdict::Same);
}

#[test]
fn amounts_in_other_currencies_are_not_compared() {
    let articles = [
        article("a", "A", None, &["They demanded a ransom of $4 million."]),
        article("b", "B", None, &["They demanded a ransom of €3.7m."]),
    ];
    let claims = find(&articles, &[]);
    assert!(
        claims.iter().all(|c| c.verdict == Verdict::Unique),
        "{claims:#?}"
    );
}

use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever the articles hold, the claims, names and facts point at
    /// real text: every range slices its paragraph and says what it quotes.
    #[test]
    fn claims_names_and_facts_point_at_real_text(
        texts in prop::collection::vec(
            prop::collection::vec("[A-Z]?[a-z]{1,8}( [0-9,.]{1,6})?( [A-Z][a-z]{2,6}){0,2}[.,]? ?|\\PC{0,12}", 1..12)
                .prop_map(|words| words.concat()),
            2..4,
        )
    ) {
        let articles: Vec<Article> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| article(&format!("a{i}"), &format!("S{i}"), Some("2024-05-01"), &[t, t]))
            .collect();
        let comparison = crate::compare::compare(&articles);
        let text = |a: usize, p: usize| articles[a].paragraphs[p].text.as_str();
        for claim in &comparison.claims {
            for m in &claim.mentions {
                prop_assert_eq!(text(m.article, m.paragraph).get(m.range.clone()), Some(m.text.as_str()));
            }
        }
        for fact in &comparison.unique {
            prop_assert_eq!(text(fact.article, fact.paragraph).get(fact.range.clone()), Some(fact.text.as_str()));
        }
        for name in &comparison.names {
            for place in &name.places {
                prop_assert!(text(place.article, place.paragraph).get(place.range.clone()).is_some());
            }
        }
    }
}

#[test]
fn names_in_tables_and_keys_are_the_serialised_names() {
    use Qualifier::*;
    for q in [
        Exact, AtLeast, MoreThan, About, Nearly, UpTo, LessThan, Between,
    ] {
        assert_eq!(serde_json::to_value(q).unwrap(), q.as_str());
    }
    use Verdict::*;
    for v in [Same, Compatible, Conflict, Updated, Unique] {
        assert_eq!(serde_json::to_value(v).unwrap(), v.as_str());
    }
}

#[test]
fn counts_of_two_sides_are_compared_side_by_side() {
    let articles = [
        article(
            "a",
            "A",
            None,
            &["Seven officers and two civilians were injured in the ambush."],
        ),
        article(
            "b",
            "B",
            None,
            &["The gunman wounded four officers and two civilians."],
        ),
    ];
    let claims = find(&articles, &[]);
    assert_eq!(claim(&claims, "injured: civilians").verdict, Verdict::Same);
    assert_eq!(claim(&claims, "injured: police").verdict, Verdict::Conflict);
    // One side only: "suspects" and "people" arrested are one count.
    let articles = [
        article(
            "a",
            "A",
            None,
            &["Police arrested five suspects overnight."],
        ),
        article("b", "B", None, &["Five people were arrested overnight."]),
    ];
    assert_eq!(
        claim(&find(&articles, &[]), "arrests").verdict,
        Verdict::Same
    );
}

#[test]
fn men_and_women_among_the_dead_are_compared_sex_by_sex() {
    let articles = [
        article(
            "a",
            "A",
            None,
            &[
                "At least 29 people were killed when the coach crashed. The dead were 11 men and 18 women.",
            ],
        ),
        article(
            "b",
            "B",
            None,
            &["At least 29 people died when the coach crashed, killing 17 women and 12 men."],
        ),
    ];
    let claims = find(&articles, &[]);
    assert_eq!(claim(&claims, "deaths").verdict, Verdict::Same);
    assert_eq!(claim(&claims, "deaths: men").verdict, Verdict::Conflict);
    assert_eq!(claim(&claims, "deaths: women").verdict, Verdict::Conflict);
    // Women alone beside children are no breakdown: they may be the
    // children's mothers, or the children grown.
    let articles = [
        article(
            "a",
            "A",
            None,
            &["The shooting killed four women. She lost three children in the attack."],
        ),
        article(
            "b",
            "B",
            None,
            &["Five people were killed in the shooting."],
        ),
    ];
    let claims = find(&articles, &[]);
    assert!(
        !claims.iter().any(|c| c.quantity.starts_with("deaths: ")),
        "{claims:#?}"
    );
}

#[test]
fn those_in_custody_now_are_no_rival_count_of_the_arrests_made() {
    let articles = [
        article(
            "a",
            "A",
            None,
            &["Police said five suspects are currently in custody."],
        ),
        article(
            "b",
            "B",
            None,
            &["Ten men were arrested after the shooting."],
        ),
    ];
    let claims = find(&articles, &[]);
    assert_eq!(claim(&claims, "in custody").verdict, Verdict::Unique);
    assert_eq!(claim(&claims, "arrests").verdict, Verdict::Unique);
    // Taken into custody is arrested.
    let articles = [
        article("a", "A", None, &["Ten men were taken into custody."]),
        article(
            "b",
            "B",
            None,
            &["Ten men were arrested after the shooting."],
        ),
    ];
    assert_eq!(
        claim(&find(&articles, &[]), "arrests").verdict,
        Verdict::Same
    );
}

#[test]
fn where_some_of_a_larger_toll_were_found_is_a_part() {
    let claims = two_outlets(
        &["The fire killed six people. Three people died inside the building."],
        &["Six people are dead. Three people were found dead in the apartment."],
    );
    assert_eq!(claim(&claims, "deaths").verdict, Verdict::Same);
    assert_eq!(claim(&claims, "deaths (part)").verdict, Verdict::Same);
    // A named district is a place as "the building" is: its 24 are no
    // toll to agree with another outlet's 24.
    let claims = two_outlets(
        &["The quake killed 150 people. Another 24 people died in Qiaojia county."],
        &["The quake killed 24 people."],
    );
    assert_eq!(claim(&claims, "deaths").verdict, Verdict::Conflict);
    assert_eq!(claim(&claims, "deaths (part)").mentions[0].value, 24.0);
    // However the district's name is written.
    let claims = two_outlets(
        &["The storm killed 13 people. Three people died in Carroll County."],
        &["The storm killed three people."],
    );
    assert_eq!(claim(&claims, "deaths").verdict, Verdict::Conflict);
    assert_eq!(claim(&claims, "deaths (part)").mentions[0].value, 3.0);
    // And so is any named place, beside a larger toll; alone, a toll in
    // a named place is the toll.
    let claims = two_outlets(
        &["The tornadoes killed 26 people. One man died in Alabama."],
        &["The tornadoes killed one man in Alabama."],
    );
    assert_eq!(claim(&claims, "deaths (part)").mentions[0].value, 1.0);
    assert_eq!(claim(&claims, "deaths").verdict, Verdict::Conflict);
    // Named before the figure, or near it, a place is as telling; a time
    // where a place would stand is none.
    for (second, placed) in [
        ("In Petrinja, one girl was killed.", true),
        ("At the Glina clinic, at least three died.", true),
        (
            "Officials said they had found 17 bodies near the road.",
            true,
        ),
        ("On Monday, 40 died.", false),
        ("In the afternoon, the quake killed 40 people.", false),
    ] {
        let claims = two_outlets(
            &["The earthquake killed 62 people.", second],
            &["The earthquake killed seven people."],
        );
        let part = claims.iter().any(|c| c.quantity == "deaths (part)");
        let toll = claim(&claims, "deaths").mentions.len();
        assert_eq!(
            (part, toll),
            (placed, if placed { 2 } else { 3 }),
            "{second}"
        );
    }
    // So are the bodies one move concerns.
    for moved in [
        "Nineteen bodies were taken to the Pakistan Institute of Medical Sciences.",
        "Five bodies have been brought down the mountain.",
        "Officials said 12 bodies had been brought to Lady Reading Hospital.",
        "Six bodies were still to be evacuated.",
    ] {
        let claims = two_outlets(
            &["The blast killed 24 people.", moved],
            &["Twenty-four people were killed."],
        );
        assert_eq!(claim(&claims, "deaths").verdict, Verdict::Same, "{moved}");
        assert_eq!(claim(&claims, "deaths (part)").mentions.len(), 1, "{moved}");
    }
    // Without a larger figure beside it, the place is the event's.
    let claims = two_outlets(
        &["49 people were killed inside the club."],
        &["The gunman killed 50 people."],
    );
    assert_eq!(claim(&claims, "deaths").verdict, Verdict::Conflict);
}

#[test]
fn a_sentence_that_opens_on_some_of_the_toll_before_it_is_a_part() {
    let claims = two_outlets(
        &[
            "The fire killed 59 people. Three were children.",
            "The blast killed 59 people. At least 20 of them were minors.",
        ],
        &["Fifty-nine people died in the fire. Three were children."],
    );
    assert_eq!(claim(&claims, "deaths").verdict, Verdict::Same);
    assert_eq!(
        claim(&claims, "deaths: children (part)").verdict,
        Verdict::Same
    );
    assert_eq!(
        claim(&claims, "deaths: minor (part)").mentions[0].value,
        20.0
    );
    // Not every sentence that opens on a figure goes on from the last.
    let claims = two_outlets(
        &["The fire killed 59 people. Three were in critical condition."],
        &[],
    );
    assert_eq!(claim(&claims, "critical").mentions[0].value, 3.0);
}

#[test]
fn parts_of_a_larger_toll_keep_to_what_the_article_says() {
    // A background figure after the toll makes no part of it, though it
    // is larger and the toll names a place.
    let claims = two_outlets(
        &[
            "The strike killed 22 people in Rafah.",
            "More than 34,000 people have been killed in Gaza since the war began.",
        ],
        &["The strike killed 22 people in Rafah."],
    );
    let deaths = claims
        .iter()
        .find(|c| c.mentions.iter().any(|m| m.value == 22.0));
    assert_eq!(
        deaths.map(|c| (c.quantity.as_str(), c.verdict)),
        Some(("deaths", Verdict::Same))
    );
    // Two sides beside a larger toll are sides, not parts.
    let claims = two_outlets(
        &["The attack killed nine people. Seven officers and two civilians died."],
        &["Seven officers and two civilians were killed in the attack."],
    );
    assert_eq!(claim(&claims, "deaths: police").verdict, Verdict::Same);
    assert_eq!(claim(&claims, "deaths: civilians").verdict, Verdict::Same);
    // "Of them" is never more than the figure it goes on from, and goes
    // on from a whole, not from a part named before it.
    let claims = two_outlets(
        &["The clashes killed 3 people. Twenty of them were later released."],
        &[],
    );
    assert!(
        !claims.iter().any(|c| c
            .mentions
            .iter()
            .any(|m| m.value == 20.0 && c.quantity.starts_with("deaths"))),
        "{claims:#?}"
    );
    let claims = two_outlets(
        &["The fire killed 59 people, including 12 firefighters. Three were children."],
        &[],
    );
    assert_eq!(
        claim(&claims, "deaths: children (part)").mentions[0].value,
        3.0
    );
    // "Eight of them were soldiers" meets "including eight soldiers".
    let claims = two_outlets(
        &["The attack killed 30 people. Eight of them were soldiers."],
        &["The attack killed 30 people, including eight soldiers."],
    );
    assert_eq!(
        claim(&claims, "deaths: soldier (part)").verdict,
        Verdict::Same
    );
}

#[test]
fn one_kind_of_the_dead_or_more_besides_them_is_a_part_of_a_larger_toll() {
    for (a, part) in [
        (
            "The crush killed at least 174 people. As many as 33 children died.",
            33.0,
        ),
        (
            "The fire killed 61 people. Two people were also killed in a car crash.",
            2.0,
        ),
        (
            "The blast killed 20 people. Three others died of their burns.",
            3.0,
        ),
        (
            "The storm killed 19 people. An additional six deaths were reported.",
            6.0,
        ),
    ] {
        let claims = two_outlets(&[a], &["The disaster killed 125 people."]);
        assert_eq!(claim(&claims, "deaths").verdict, Verdict::Conflict, "{a}");
        assert_eq!(
            claim(&claims, "deaths (part)").mentions[0].value,
            part,
            "{a}"
        );
        assert!(
            !claim(&claims, "deaths")
                .mentions
                .iter()
                .any(|m| m.value == part),
            "{a}"
        );
    }
    // The whole toll under a kind's name is the toll.
    let claims = two_outlets(
        &["The shooting killed 17 students."],
        &["Seventeen students died at the school."],
    );
    assert_eq!(claim(&claims, "deaths").verdict, Verdict::Same);
    // So is a smaller figure of the same kind, an earlier count; and
    // sides stay sides, compared with the same side's.
    let claims = two_outlets(
        &["The crash killed 29 people. Eleven men and 18 women died."],
        &["The crash killed 29 people. Twelve men and 17 women died."],
    );
    assert_eq!(claim(&claims, "deaths: women").verdict, Verdict::Conflict);
    assert_eq!(claim(&claims, "deaths").verdict, Verdict::Same);
}

#[test]
fn a_day_weeks_before_the_first_report_is_another_events() {
    let dated = |paragraphs: &[&str]| {
        let articles = [
            article("a", "A", Some("2014-04-09"), paragraphs),
            article("b", "B", Some("2014-04-10"), &["Four people were killed."]),
        ];
        find(&articles, &[])
    };
    // Five weeks before the first report, though only a month back.
    let claims =
        dated(&["Four people died. More than 11 people were killed in an attack on March 3."]);
    assert_eq!(claim(&claims, "deaths").verdict, Verdict::Same);
    assert_eq!(
        claim(&claims, "deaths (March 2014)").mentions[0].value,
        11.0
    );
    // A week before may be the event's own day, told by a late report.
    let claims = dated(&["Four people died in the attack on April 2, and 11 were hurt."]);
    assert!(
        claims.iter().all(|c| !c.quantity.contains("2014")),
        "{claims:#?}"
    );
}

#[test]
fn a_toll_months_before_the_event_is_that_months_toll() {
    let claims = two_outlets(
        &[
            "Four people were killed at the restaurant.",
            "Similar rifles were used in the Las Vegas shooting last October that killed 58 people.",
            "It came three months after a gunman in Parkland, Fla., killed 17 students.",
        ],
        &["Four people died. Police said the gunman had bought the rifle in February."],
    );
    assert_eq!(claim(&claims, "deaths").verdict, Verdict::Same);
    assert_eq!(
        claim(&claims, "deaths (October 2023)").mentions[0].value,
        58.0
    );
    assert_eq!(
        claim(&claims, "deaths (February 2024)").mentions[0].value,
        17.0
    );
    // A day far on in the figure's clause, or pointed at by "since ...
    // when"; not a bare month far on.
    let claims = two_outlets(
        &[
            "Four people died. More than 11 people were killed in a gun-and-bomb \
           attack at the district courts in the capital on March 3.",
            "It is the worst since January when 800 migrants died at sea.",
            "The mission grew after up to 300 migrants drowned in a shipwreck in February.",
        ],
        &["Four people were killed."],
    );
    assert_eq!(claim(&claims, "deaths").verdict, Verdict::Same);
    assert_eq!(
        claim(&claims, "deaths (March 2024)").mentions[0].value,
        11.0
    );
    assert_eq!(
        claim(&claims, "deaths (January 2024)").mentions[0].value,
        800.0
    );
    assert_eq!(
        claim(&claims, "deaths (February 2024)").mentions[0].value,
        300.0
    );
    let claims = two_outlets(
        &["Twelve people were killed in clashes ahead of the election in November."],
        &["Twelve people were killed in clashes."],
    );
    assert_eq!(claim(&claims, "deaths").verdict, Verdict::Same);
    // A month far off in the sentence, a stretch that runs on since a
    // month, and the event's own month date nothing.
    let claims = two_outlets(
        &[
            "Ten people were killed on Friday in a shooting at a school, a source said, \
           in a country still shaken by the massacre at a Florida school in February.",
        ],
        &["Ten people died on May 1. Some 180,000 packs had been sold since March."],
    );
    assert_eq!(claim(&claims, "deaths").verdict, Verdict::Same);
    assert_eq!(claim(&claims, "pack").mentions.len(), 1);
}

#[test]
fn taken_to_hospital_and_hospitalised_are_one_count_unless_an_outlet_gives_both() {
    // Used for one another, they are one quantity.
    let claims = two_outlets(
        &["Eleven people were taken to hospital."],
        &["Fourteen people were hospitalised after the crash."],
    );
    assert_eq!(claim(&claims, "hospitalised").verdict, Verdict::Conflict);
    assert!(claims.iter().all(|c| c.quantity != "taken to hospital"));
    // An outlet that gives both says they differ: no rivals.
    let claims = two_outlets(
        &["Medics sent 23 people to area hospitals. Twelve are hospitalized."],
        &["Twelve children are hospitalized."],
    );
    assert_eq!(claim(&claims, "taken to hospital").verdict, Verdict::Unique);
    assert_eq!(claim(&claims, "hospitalised").verdict, Verdict::Same);
    // So does a count of those still there.
    let claims = two_outlets(
        &["Medics sent 25 people to area hospitals after the crush."],
        &["Thirteen people are still being hospitalized after the crush."],
    );
    assert_eq!(claim(&claims, "taken to hospital").verdict, Verdict::Unique);
    assert_eq!(claim(&claims, "hospitalised").verdict, Verdict::Unique);
}

#[test]
fn updates_within_one_day_are_a_timeline_told_apart_by_their_time() {
    let toll = |n: u32| format!("Officials said {n} people were killed in the collapse.");
    let (t1, t2, t3, t4) = (toll(9), toll(17), toll(23), toll(26));
    let articles = [
        article("wire-3", "Wire", Some("2024-06-08T15:30:00Z"), &[&t3]),
        article("wire-1", "Wire", Some("2024-06-08T06:10:00Z"), &[&t1]),
        article("wire-4", "Wire", Some("2024-06-08T21:05:00+02:00"), &[&t4]),
        article("wire-2", "Wire", Some("2024-06-08T09:45:00Z"), &[&t2]),
        article("post", "Post", Some("2024-06-08T20:00:00Z"), &[&t4]),
    ];
    let claims = find(&articles, &[]);
    let deaths = claim(&claims, "deaths");
    assert_eq!(deaths.verdict, Verdict::Updated);
    let timeline: Vec<(&str, f64)> = deaths
        .mentions
        .iter()
        .filter(|m| articles[m.article].source == "Wire")
        .map(|m| (articles[m.article].id.as_str(), m.value))
        .collect();
    assert_eq!(
        timeline,
        [
            ("wire-1", 9.0),
            ("wire-2", 17.0),
            ("wire-3", 23.0),
            ("wire-4", 26.0)
        ]
    );
}

#[test]
fn a_figure_repeated_by_every_version_groups_as_one_with_each_mention_kept() {
    // Thirty versions of one story: the toll changes once, and a count of
    // homes, in a sentence none of the versions change, stays.
    let versions: Vec<Article> = (0..30)
        .map(|v| {
            let toll = if v < 20 {
                "At least 12 people died in the blast."
            } else {
                "At least 19 people died in the blast."
            };
            article(
                &format!("v{v:02}"),
                "Herald",
                Some(&format!("2024-06-08T{:02}:{:02}:00Z", 8 + v / 60, v % 60)),
                &[
                    toll,
                    "Firefighters said 40 homes on Mill Street were destroyed.",
                ],
            )
        })
        .collect();
    let claims = find(&versions, &[]);
    let deaths = claim(&claims, "deaths");
    assert_eq!(deaths.verdict, Verdict::Updated);
    assert_eq!(deaths.mentions.len(), 30);
    let homes: Vec<&Claim> = claims
        .iter()
        .filter(|c| c.quantity.starts_with("home"))
        .collect();
    assert_eq!(homes.len(), 1, "{claims:#?}");
    assert_eq!(homes[0].mentions.len(), 30);
    assert_eq!(homes[0].verdict, Verdict::Same);
}

#[test]
fn one_article_giving_two_figures_gives_two_quantities() {
    let articles = [article(
        "a",
        "A",
        None,
        &[
            "Air pollution caused 9 million premature deaths in India, a study of Delhi air found.",
            "Smoke is set to descend upon the 20 million residents of Delhi as air pollution worsens in India.",
        ],
    )];
    let claims = find(&articles, &[]);
    let deaths: Vec<f64> = claim(&claims, "deaths")
        .mentions
        .iter()
        .map(|m| m.value)
        .collect();
    assert_eq!(deaths, [9e6]);
    assert_eq!(claim(&claims, "people").mentions[0].value, 2e7);
}

#[test]
fn how_often_is_no_rival_for_how_long() {
    // One row of the alignment, where one figure under two names is
    // otherwise taken for one quantity.
    let articles = [
        article(
            "a",
            "A",
            Some("2024-05-01"),
            &["With the bridge shut, the ferry will run every 15 minutes, the city said."],
        ),
        article(
            "b",
            "B",
            Some("2024-05-01"),
            &["With the bridge shut, his 15-minute drive took an hour, the city said."],
        ),
    ];
    let rows = crate::compare::align::align(&articles, 40);
    assert_eq!(rows.len(), 1, "the two paragraphs share a row");
    let claims = find(&articles, &rows);
    assert_eq!(claim(&claims, "every minute").verdict, Verdict::Unique);
    assert_eq!(claim(&claims, "drive").verdict, Verdict::Unique);
}

#[test]
fn figures_that_would_conflict_must_agree_on_more_than_their_noun() {
    // Two men's prison terms share only the word "sentence".
    let claims = two_outlets(
        &["For those charges, he received a five-year sentence."],
        &["Copelin's plea deal gives him a two-year sentence with one year suspended."],
    );
    assert!(
        claims.iter().all(|c| c.verdict != Verdict::Conflict),
        "{claims:#?}"
    );
    // One fine, told in two sentences that say more than "fine" alike.
    let claims = two_outlets(
        &["Regulators fined the bank €1.9bn for money laundering failures."],
        &["Regulators fined the bank €2.4bn over money laundering failures."],
    );
    assert_eq!(claim(&claims, "fine").verdict, Verdict::Conflict);
}

#[test]
fn spans_of_time_must_agree_on_more_than_their_unit() {
    // Two men's careers, each told by one outlet.
    let claims = two_outlets(
        &["Zangaro had served for 10 years."],
        &["Kienzle had patrolled for 25 years."],
    );
    assert!(
        claims.iter().all(|c| c.verdict == Verdict::Unique),
        "{claims:#?}"
    );
    // One career, told alike.
    let claims = two_outlets(
        &["Both bailiffs had been with the trial court for over 10 years."],
        &["The two bailiffs had been with the trial court for more than 10 years."],
    );
    assert_eq!(claim(&claims, "year").verdict, Verdict::Same);
}

#[test]
fn figures_in_two_units_of_one_measure_are_compared_as_one() {
    let claims = two_outlets(
        &["The crack is about six inches long. The fire burned 40 acres."],
        &["The crack is roughly 14 centimetres long. The fire burned 16 hectares."],
    );
    // 40 acres are 16.19 hectares: each figure is read to the precision
    // it is written in.
    assert_eq!(claim(&claims, "area").verdict, Verdict::Compatible);
    assert_eq!(claim(&claims, "length").verdict, Verdict::Compatible);
    assert_eq!(claim(&claims, "length").mentions.len(), 2);
    let claims = two_outlets(
        &["The oil slick was some twelve kilometres long."],
        &["The oil slick was about four miles long."],
    );
    assert_eq!(claim(&claims, "length").verdict, Verdict::Conflict);
    let claims = two_outlets(
        &["The crack is 140 mm long."],
        &["A 9 mm handgun was found."],
    );
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].mentions[0].text, "140 mm");
    let claims = two_outlets(
        &["The engine failed about 35 minutes before the ship ran aground."],
        &["The engine failed over half an hour before the ship ran aground."],
    );
    assert_eq!(claim(&claims, "duration").verdict, Verdict::Compatible);
}

#[test]
fn a_figure_is_as_precise_as_its_last_digit() {
    assert_eq!(last_place(40.0), 10.0);
    assert_eq!(last_place(16.0), 1.0);
    assert_eq!(last_place(1_200_000.0), 100_000.0);
    assert!((last_place(2.5) - 0.1).abs() < 1e-12);
    assert!((last_place(0.125) - 0.001).abs() < 1e-12);
    assert_eq!(last_place(0.0), 1.0);
}

#[test]
fn one_before_a_gerund_and_its_noun_counts_the_noun() {
    let articles = [article(
        "a",
        "A",
        Some("2024-05-01"),
        &["One packaging line was halted. Two gunmen opened fire, with one firing first."],
    )];
    let claims = find(&articles, &[]);
    let lines = claim(&claims, "line");
    assert_eq!(lines.mentions[0].text, "One packaging line");
    assert!(claims.iter().all(|c| c.quantity != "first"), "{claims:#?}");
}

#[test]
fn a_unit_and_a_half_is_said_whole() {
    let claims = two_outlets(
        &["The reef lies a mile and a half off the coast."],
        &["The reef lies about two and a half kilometres off the coast."],
    );
    let length = claim(&claims, "length");
    let texts: Vec<&str> = length.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(
        texts,
        ["a mile and a half", "about two and a half kilometres"]
    );
    assert_eq!(length.verdict, Verdict::Compatible);
}

#[test]
fn a_toll_years_before_the_event_is_that_years_toll() {
    let claims = two_outlets(
        &["Two people were killed. It came three years after 12 people were killed in Aurora."],
        &["Two people died on Thursday."],
    );
    assert_eq!(claim(&claims, "deaths").verdict, Verdict::Same);
    assert_eq!(claim(&claims, "deaths (2021)").verdict, Verdict::Unique);
}

#[test]
fn officers_who_fired_are_no_loose_count_to_join_a_toll() {
    let claims = two_outlets(
        &[
            "Gunman Kills At Least Three People At Garlic Festival",
            "Before the close, all three were suddenly gunned down by a young man.",
            "Three officers who were patrolling the park fatally shot Legan on Sunday.",
        ],
        &["Three people were killed at the festival on Sunday."],
    );
    assert_eq!(claim(&claims, "deaths").mentions.len(), 3);
    assert_eq!(claim(&claims, "deployed").mentions.len(), 1);
}

#[test]
fn a_figure_named_by_its_noun_alone_joins_another_only_where_it_agrees() {
    // "one patient" is not "two with life-threatening injuries" told
    // otherwise: a noun alone says too little to contradict a count.
    let claims = two_outlets(
        &[
            "Three of the victims remained hospitalized, two with potentially life-threatening injuries.",
        ],
        &[
            "The most seriously injured have potentially life-threatening wounds that, in the case of one patient, required surgery.",
        ],
    );
    assert!(
        claims.iter().all(|c| c.verdict != Verdict::Conflict),
        "{claims:#?}"
    );
    // Where it agrees, it joins: "five officers" beside "five officers
    // were killed" is one toll.
    let claims = two_outlets(
        &["Five officers were killed in the ambush downtown."],
        &["The ambush downtown left five officers and a city in mourning."],
    );
    assert_eq!(claim(&claims, "deaths").verdict, Verdict::Same);
}

#[test]
fn a_rate_is_a_quantity_of_its_own() {
    let claims = two_outlets(
        &[
            "About 2,000 people queued outside the gates. The turnstiles let in fewer than 4,000 people an hour, or 660 people per turnstile.",
        ],
        &["Some 4,000 people were inside when the gates opened."],
    );
    let figures = |quantity: &str| -> Vec<String> {
        claim(&claims, quantity)
            .mentions
            .iter()
            .map(Mention::figure)
            .collect()
    };
    assert_eq!(figures("people per hour"), ["less than 4,000"]);
    assert_eq!(figures("people per turnstile"), ["660"]);
}

#[test]
fn a_long_sentence_does_not_hide_a_named_figure_it_shares() {
    let articles = [
        article(
            "a",
            "A",
            Some("2024-05-01"),
            &["The attackers had demanded a ransom of €8.5 million, the company said on Monday."],
        ),
        article(
            "b",
            "B",
            Some("2024-05-01"),
            &[
                "A group calling itself GrayMantle claimed the attack and demanded €8.5m in bitcoin, according to a screenshot.",
            ],
        ),
        article(
            "c",
            "C",
            Some("2024-05-01"),
            &[
                "Cyber crooks swiped the private details of millions of water customers and demanded a whopping €10 million ransom, leaving bosses running treatment plants with clipboards and pen and paper.",
            ],
        ),
    ];
    let claims = find(&articles, &[]);
    assert_eq!(
        claim(&claims, "ransom").verdict,
        Verdict::Conflict,
        "{claims:#?}"
    );
}

#[test]
fn a_figure_joined_by_and_to_a_dated_one_is_of_its_time() {
    for (earlier, year) in [
        (
            "The scenes revived memories of 1981, when a barrier gave way, killing 27 people and injuring more than 200.",
            "1981",
        ),
        (
            "Another train accident in Uttar Pradesh in 2015 left 39 dead and injured 150.",
            "2015",
        ),
    ] {
        let claims = two_outlets(&[earlier], &["Sixty people were injured on Saturday."]);
        assert_eq!(
            claim(&claims, &format!("injured ({year})")).mentions.len(),
            1,
            "{earlier}"
        );
        assert_eq!(claim(&claims, "injured").mentions.len(), 1, "{earlier}");
    }
}

#[test]
fn a_forecast_is_no_rival_for_a_count() {
    let claims = two_outlets(
        &["Officials said the final death toll could be more than 200."],
        &["At least 86 people died when the ferry sank."],
    );
    assert_eq!(claim(&claims, "deaths (forecast)").mentions.len(), 1);
    assert_eq!(claim(&claims, "deaths").verdict, Verdict::Unique);
}

#[test]
fn a_total_over_the_years_or_the_year_so_far_is_no_rival_for_the_events() {
    // Years gone by, and a total of the year so far.
    for (background, scope) in [
        (
            "Locals say the bend has claimed seven lives over the years.",
            "over the years",
        ),
        (
            "China has seen a spate of industrial accidents in recent years that have left scores dead.",
            "over the years",
        ),
        (
            "Talks aim to end years of fighting that has killed thousands of people in the north.",
            "over the years",
        ),
        (
            "More than 2,000 migrants have died on the route this year.",
            "this year",
        ),
        (
            "Nearly 2,000 people have drowned since the start of the year.",
            "this year",
        ),
    ] {
        let claims = two_outlets(
            &["Twelve people were killed in the crash.", background],
            &["Twelve people died in the crash."],
        );
        assert_eq!(
            claim(&claims, "deaths").verdict,
            Verdict::Same,
            "{background}"
        );
        assert_eq!(
            claim(&claims, &format!("deaths ({scope})")).mentions.len(),
            1,
            "{background}"
        );
    }
    // Nor is a toll told as of a time earlier this year, or in the past.
    let claims = two_outlets(
        &["Twelve people have been killed in the crash earlier this year."],
        &["Twelve people were killed in the worst crash this year."],
    );
    assert_eq!(claim(&claims, "deaths").verdict, Verdict::Same);
    // Nor do the years a tension or neglect lasted date the event's toll.
    let claims = two_outlets(
        &["Twelve people were killed on Sunday after years of tension."],
        &["Ten people were killed in clashes."],
    );
    assert_eq!(claim(&claims, "deaths").verdict, Verdict::Conflict);
}

#[test]
fn a_condition_says_more_than_the_hurt_that_names_those_counted() {
    let claims = two_outlets(
        &["Seven injured people were in critical condition."],
        &["Ten of the wounded are in critical condition."],
    );
    assert_eq!(claim(&claims, "critical").verdict, Verdict::Conflict);
    assert!(
        claims.iter().all(|c| c.quantity != "injured"),
        "{claims:#?}"
    );
}

#[test]
fn one_thing_called_by_two_names_is_one_count() {
    let claims = two_outlets(
        &["Five blazes were still raging in the hills on Sunday."],
        &["Six fires were still raging in the hills on Sunday."],
    );
    assert_eq!(claim(&claims, "fire").verdict, Verdict::Conflict);
    assert_eq!(claim(&claims, "fire").mentions.len(), 2);
}

#[test]
fn an_aside_of_including_is_some_of_the_count_before_it_by_side() {
    let claims = two_outlets(
        &["At least 15 people, including two children, were killed."],
        &[
            "Twelve people, including four children, were killed. At least 20 people, including six firefighters, got injured.",
        ],
    );
    assert_eq!(claim(&claims, "deaths").verdict, Verdict::Conflict);
    let children = claim(&claims, "deaths: children (part)");
    assert_eq!(children.verdict, Verdict::Conflict);
    let claims = two_outlets(
        &["Nine people, including three firefighters, died."],
        &["Nine people, including two paramedics, died."],
    );
    assert_eq!(
        claim(&claims, "deaths: firefighter (part)").mentions.len(),
        1
    );
    assert_eq!(claim(&claims, "deaths: paramedic (part)").mentions.len(), 1);
    let claims = two_outlets(
        &["At least 15 people, including two children, were killed."],
        &[
            "Twelve people, including four children, were killed. At least 20 people, including six firefighters, got injured.",
        ],
    );
    let children = claim(&claims, "deaths: children (part)");
    assert_eq!(children.verdict, Verdict::Conflict);
    assert_eq!(children.mentions.len(), 2);
    assert_eq!(
        claim(&claims, "injured: firefighter (part)").mentions[0].value,
        6.0
    );
    // Set off by dashes or a bracket as much as by commas.
    for aside in [
        "At least 20 people – including six firefighters – got injured.",
        "At least 20 people (including six firefighters) got injured.",
    ] {
        let claims = two_outlets(&[aside], &["Twenty people were injured."]);
        assert_eq!(
            claim(&claims, "injured").verdict,
            Verdict::Compatible,
            "{aside}"
        );
        assert_eq!(
            claim(&claims, "injured: firefighter (part)").mentions[0].value,
            6.0,
            "{aside}"
        );
    }
    assert!(
        claims.iter().all(|c| c.quantity != "deployed"),
        "{claims:#?}"
    );
}

#[test]
fn a_degree_of_harm_read_back_from_the_figure_is_kept() {
    let claims = two_outlets(
        &["The minister said the seriously injured were four firemen and a child."],
        &["Four firefighters were seriously injured."],
    );
    assert_eq!(claim(&claims, "seriously injured").verdict, Verdict::Same);
    assert!(
        claims.iter().all(|c| c.quantity != "injured"),
        "{claims:#?}"
    );
}

#[test]
fn two_outlets_shares_of_one_thing_that_agree_are_one_share() {
    let claims = two_outlets(
        &["Nearly 40 per cent of the guests reported symptoms."],
        &["The attack rate among guests was about 40%, the agency said."],
    );
    let shares: Vec<&Claim> = claims
        .iter()
        .filter(|c| c.quantity == "guest (%)")
        .collect();
    assert_eq!(shares.len(), 1, "{claims:#?}");
    assert_eq!(shares[0].verdict, Verdict::Compatible);
}

#[test]
fn all_who_were_trapped_and_those_still_trapped_are_no_rivals() {
    let claims = two_outlets(
        &["Nine people were trapped when the hotel collapsed."],
        &["Rescuers freed eight guests; one person is still trapped."],
    );
    assert_eq!(claim(&claims, "trapped").verdict, Verdict::Unique);
    assert_eq!(claim(&claims, "still trapped").verdict, Verdict::Unique);
}

#[test]
fn a_measure_an_outlet_converts_is_compared_within_each_system() {
    let claims = two_outlets(
        &["The quake struck at a depth of 10 km (6 miles)."],
        &["The quake struck at a depth of 10km."],
    );
    assert_eq!(claim(&claims, "length").verdict, Verdict::Same);
    let imperial = claim(&claims, "length in imperial units");
    assert_eq!(imperial.verdict, Verdict::Unique);
    assert_eq!(imperial.mentions[0].text, "6 miles");
    // Where no outlet converts, one length in two systems is one claim.
    let claims = two_outlets(
        &["The crack is about six inches long."],
        &["The crack is roughly 14 centimetres long."],
    );
    assert_eq!(claims.len(), 1);
    assert_eq!(claim(&claims, "length").verdict, Verdict::Compatible);
}

#[test]
fn temperatures_are_compared_on_one_scale_only() {
    let claims = two_outlets(
        &["Temperatures reached 40°C on Saturday."],
        &["The thermometer hit 40 degrees Celsius on Saturday, or 104F."],
    );
    assert_eq!(claim(&claims, "temperature").verdict, Verdict::Same);
    assert_eq!(
        claim(&claims, "temperature in Fahrenheit").verdict,
        Verdict::Unique
    );
}
