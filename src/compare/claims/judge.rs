//! Judging a quantity: whether the articles that give it agree, and in
//! what order to show its figures. "About 60" and "137" deaths cannot both
//! be true: a conflict. "At least 60" and "137" can: compatible. A figure
//! that moved between dated versions of one outlet's story is an update,
//! shown oldest first, not a disagreement.

use std::collections::{BTreeMap, BTreeSet};

use super::{Claim, Mention, PART, Verdict, kind};
use crate::corpus::{Article, Date};

/// Decides a group's verdict and orders its mentions.
pub fn judge(articles: &[Article], quantity: String, mut mentions: Vec<Mention>) -> Claim {
    let by_article = by_article(&mentions);
    // "Seven others were wounded" counts people besides some named
    // before; it is no rival for "12 officers were wounded", only for
    // another outlet's "nine others".
    // Outside the counts an event is known by (where "victims" and
    // "officers" may be one toll), "11 children" and "five adults" are
    // two counts of people, not rivals.
    let known = kind::is_event_count(&quantity);
    let rivals = |x: &Mention, y: &Mention| {
        x.other == y.other && (known || !kind::other_people(&x.unit, &y.unit))
    };
    let agree = |a: &[&Mention], b: &[&Mention]| {
        a.iter().any(|x| b.iter().any(|y| x.fits(y)))
            || !a.iter().any(|x| b.iter().any(|y| rivals(x, y)))
    };
    // Dated versions of one outlet's story form a timeline, ordered by
    // their instant, so four updates in one day are told apart by their
    // time; undated ones, and two of one outlet dated alike (one day with
    // no time), stand as outlets of their own.
    let mut same_day: BTreeMap<(&str, Option<Date>), usize> = BTreeMap::new();
    for &a in by_article.keys() {
        *same_day
            .entry((&articles[a].source, articles[a].date))
            .or_default() += 1;
    }
    let mut outlets: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for &a in by_article.keys() {
        let article = &articles[a];
        let key = match article.date {
            Some(date) if same_day[&(article.source.as_str(), Some(date))] == 1 => {
                article.source.clone()
            }
            _ => format!("\u{0}{a}"),
        };
        outlets.entry(key).or_default().push(a);
    }
    for versions in outlets.values_mut() {
        versions.sort_by_key(|&a| (articles[a].date, a));
    }
    let latest: Vec<usize> = outlets.values().filter_map(|v| v.last().copied()).collect();
    // Parts ("four of her sons", "three of her four sons") are subsets
    // each outlet picks by its own story: two of them differing say
    // nothing against each other. A part named by its side ("deaths:
    // children (part)") is one subset, the same in every outlet.
    let sided = kind::whole_of_named_part(&quantity).is_some();
    let conflict = (!quantity.ends_with(PART) || sided)
        && latest.iter().enumerate().any(|(i, &a)| {
            latest[i + 1..]
                .iter()
                .any(|&b| !agree(&by_article[&a], &by_article[&b]))
        });
    let updated = outlets.values().any(|versions| {
        versions.windows(2).any(|w| {
            articles[w[0]].date != articles[w[1]].date
                && !figures_equal(&by_article[&w[0]], &by_article[&w[1]])
        })
    });
    let all_same = consensus(&by_article, &mentions).is_some();
    let verdict = if by_article.len() == 1 {
        Verdict::Unique
    } else if conflict {
        Verdict::Conflict
    } else if updated {
        Verdict::Updated
    } else if all_same {
        Verdict::Same
    } else {
        Verdict::Compatible
    };
    if verdict == Verdict::Updated {
        mentions.sort_by_key(|m| (articles[m.article].date, m.article, m.paragraph));
    } else {
        mentions.sort_by_key(|m| (m.article, m.paragraph, m.range.start));
    }
    Claim {
        quantity,
        verdict,
        mentions,
    }
}

/// The figure every article gives, when one does. Outlets that all give
/// it are the same, though one also gives a part of it elsewhere ("five
/// officers were killed", and later "four of the officers killed were
/// Dallas police") or hedges it ("at least three"); another figure it
/// allows ("dozens of others wounded" beside 53) leaves them compatible.
fn consensus<'m>(
    by_article: &BTreeMap<usize, Vec<&'m Mention>>,
    mentions: &[Mention],
) -> Option<&'m Mention> {
    let given_by_all = |m: &&Mention| {
        by_article
            .values()
            .all(|theirs| theirs.iter().any(|n| n.same_figure(m)))
            && mentions
                .iter()
                .all(|n| n.amount().0 == m.amount().0 || !n.fits(m))
    };
    by_article
        .values()
        .next()?
        .iter()
        .copied()
        .find(given_by_all)
}

/// Judges each group of mentions, as [`judge_with_parts`] and
/// [`join_parts`] do, conflicts first: for the whole comparison, and again
/// for one narrowed to fewer articles.
pub fn judge_all(
    articles: &[Article],
    groups: impl IntoIterator<Item = (String, Vec<Mention>)>,
) -> Vec<Claim> {
    let claims = groups
        .into_iter()
        .flat_map(|(quantity, mentions)| judge_with_parts(articles, quantity, mentions))
        .collect();
    let mut claims = join_parts(articles, claims);
    claims.sort_by_key(|c| std::cmp::Reverse(c.verdict == Verdict::Conflict));
    claims
}

/// Judges a group as [`judge`] does, and sets apart the parts of a figure
/// every outlet gives: where all say five officers were killed and one
/// adds that four of them were Dallas police, the five are the same and
/// the four are a part, a quantity of its own ("deaths (part)"), judged
/// with the same part in other outlets. People sent by two agencies are
/// set apart the same way, agency by agency.
fn judge_with_parts(articles: &[Article], quantity: String, mentions: Vec<Mention>) -> Vec<Claim> {
    // Each agency's people sent are a count of their own ("deployed:
    // deputies" beside "deployed"), judged apart.
    let base = quantity.trim_end_matches(PART);
    if base == kind::DEPLOYED {
        let agencies: BTreeSet<Option<&str>> = mentions.iter().map(agency).collect();
        if agencies.len() > 1 {
            let part = &quantity[base.len()..];
            let mut claims = Vec::new();
            let mut rest = mentions;
            for agency in agencies {
                let (theirs, others): (Vec<Mention>, Vec<Mention>) =
                    rest.into_iter().partition(|m| self::agency(m) == agency);
                rest = others;
                let name = match agency {
                    Some(agency) => format!("{base}: {agency}{part}"),
                    None => quantity.clone(),
                };
                claims.extend(judge_with_parts(articles, name, theirs));
            }
            return claims;
        }
    }
    // A toll's parts are picked by each outlet's own story ("three died
    // at the scene", "one at the hospital", "four girls and one boy"):
    // each figure is a part of its own, judged with the same figure
    // elsewhere, never beside another part. Parts of other counts ("four
    // of her sons") name one subset, told by each outlet as it heard.
    if quantity.ends_with(PART) && kind::is_toll(&quantity) {
        return by_figure(mentions)
            .into_iter()
            .map(|part| judge(articles, quantity.clone(), part))
            .collect();
    }
    let by_article = by_article(&mentions);
    // One outlet's figures may be a toll as it rose ("from 9 to 17"), and
    // a figure of parts is no whole to part again.
    let whole = consensus(&by_article, &mentions)
        .filter(|_| by_article.len() > 1 && !quantity.ends_with(PART))
        .map(|m| m.amount().0);
    let Some(whole) = whole else {
        return vec![judge(articles, quantity, mentions)];
    };
    let (toll, rest): (Vec<Mention>, Vec<Mention>) =
        mentions.into_iter().partition(|m| m.amount().0 == whole);
    let parts = by_figure(rest);
    let name = format!("{quantity}{PART}");
    let mut claims = vec![judge(articles, quantity, toll)];
    claims.extend(
        parts
            .into_iter()
            .map(|part| judge(articles, name.clone(), part)),
    );
    claims
}

/// The agency whose people a figure of people sent counts: named by its
/// noun ("21 deputies"), or by a name before a noun that names none ("80
/// National Guard members").
fn agency(m: &Mention) -> Option<&'static str> {
    kind::agency(&m.unit).or_else(|| {
        m.text
            .split_whitespace()
            .filter(|w| w.starts_with(char::is_uppercase))
            .find_map(kind::agency)
    })
}

/// `mentions` in groups of one figure each, in the order first given.
fn by_figure(mentions: Vec<Mention>) -> Vec<Vec<Mention>> {
    let mut groups: Vec<Vec<Mention>> = Vec::new();
    for m in mentions {
        match groups.iter_mut().find(|g| g[0].amount() == m.amount()) {
            Some(group) => group.push(m),
            None => groups.push(vec![m]),
        }
    }
    groups
}

/// Joins the parts that give one figure of one quantity and one noun:
/// "three of her children" (a part as written) and "lost three children"
/// (set apart from a toll of six by [`judge_with_parts`]) are one part,
/// told by two outlets, and are judged together.
fn join_parts(articles: &[Article], claims: Vec<Claim>) -> Vec<Claim> {
    let one_figure = |c: &Claim| {
        let first = c.mentions.first()?;
        let noun = kind::noun_key(&first.unit);
        c.mentions
            .iter()
            .all(|m| m.same_figure(first) && kind::noun_key(&m.unit) == noun)
            .then(|| {
                (
                    c.quantity.clone(),
                    first.value.to_bits(),
                    first.high.map(f64::to_bits),
                    noun,
                )
            })
    };
    let mut joined: Vec<(Claim, bool)> = Vec::new();
    let mut slot: BTreeMap<(String, u64, Option<u64>, String), usize> = BTreeMap::new();
    for claim in claims {
        if let Some(key) = one_figure(&claim).filter(|_| claim.quantity.ends_with(PART)) {
            if let Some(&i) = slot.get(&key) {
                joined[i].0.mentions.extend(claim.mentions);
                joined[i].1 = true;
                continue;
            }
            slot.insert(key, joined.len());
        }
        joined.push((claim, false));
    }
    joined
        .into_iter()
        .map(|(c, more)| {
            if more {
                judge(articles, c.quantity, c.mentions)
            } else {
                c
            }
        })
        .collect()
}

/// The mentions of each article, in the articles' order.
fn by_article(mentions: &[Mention]) -> BTreeMap<usize, Vec<&Mention>> {
    let mut by_article: BTreeMap<usize, Vec<&Mention>> = BTreeMap::new();
    for m in mentions {
        by_article.entry(m.article).or_default().push(m);
    }
    by_article
}

/// Whether two versions give the same figures, however often each.
fn figures_equal(a: &[&Mention], b: &[&Mention]) -> bool {
    let covered =
        |x: &[&Mention], y: &[&Mention]| x.iter().all(|m| y.iter().any(|n| m.same_figure(n)));
    covered(a, b) && covered(b, a)
}
