//! Revision pairs with known answers.
//!
//! A case starts from an article's paragraphs and applies a random mix of
//! the edits a newsroom makes between two versions, remembering where
//! every revised paragraph came from:
//!
//! ```text
//! original: p0 p1 p2 p3 p4         ops: split p1, move p4 up, delete p3,
//! revised:  p0 p4' p1a p1b p2 x      insert foreign x, edit p4
//! gold:     (0,0) (4,1) (1,2) (1,3) (2,4)
//! ```
//!
//! Foreign paragraphs come from another outlet's report of the same event:
//! they share its vocabulary, names and places but have no counterpart, the
//! hardest case for an aligner that links on shared words.

use std::collections::BTreeSet;
use std::path::Path;
use std::{fs, io};

use super::Rng;

/// An article to revise, and paragraphs from another outlet's report of
/// the same event to insert as foreign paragraphs.
pub struct Source {
    pub name: String,
    pub original: Vec<String>,
    pub foreign: Vec<String>,
}

/// Reads every `NAME.main.txt` in `folder` with its `NAME.other.txt`,
/// sorted by name.
pub fn read_sources(folder: &Path) -> io::Result<Vec<Source>> {
    let mut mains: Vec<_> = fs::read_dir(folder)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.to_string_lossy().ends_with(".main.txt"))
        .collect();
    mains.sort();
    mains
        .iter()
        .map(|main| {
            let name = main
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .replace(".main.txt", "");
            let other = main.with_file_name(format!("{name}.other.txt"));
            Ok(Source {
                original: paragraphs(&fs::read_to_string(main)?),
                foreign: paragraphs(&fs::read_to_string(other)?),
                name,
            })
        })
        .collect()
}

/// Blank-line-separated paragraphs, white space folded.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

/// The edits a revision can make; each revised paragraph is tagged with the
/// last one that touched it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Operation {
    Unchanged,
    Move,
    LightEdit,
    HeavyEdit,
    SentenceReorder,
    Split,
    Merge,
    Delete,
    Insert,
}

impl Operation {
    pub const EDITS: [Operation; 8] = [
        Operation::Move,
        Operation::LightEdit,
        Operation::HeavyEdit,
        Operation::SentenceReorder,
        Operation::Split,
        Operation::Merge,
        Operation::Delete,
        Operation::Insert,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Operation::Unchanged => "unchanged",
            Operation::Move => "move",
            Operation::LightEdit => "light edit",
            Operation::HeavyEdit => "heavy edit",
            Operation::SentenceReorder => "sentence reorder",
            Operation::Split => "split",
            Operation::Merge => "merge",
            Operation::Delete => "delete",
            Operation::Insert => "insert foreign",
        }
    }
}

/// One generated revision pair and its answer.
#[derive(Clone, Debug)]
pub struct Case {
    pub original: Vec<String>,
    pub revised: Vec<String>,
    /// (original index, revised index) for every correspondence.
    pub gold: BTreeSet<(usize, usize)>,
    /// The operation behind each revised paragraph.
    pub revised_tags: Vec<Operation>,
    /// What became of each original paragraph (`Delete` when it is gone).
    pub original_tags: Vec<Operation>,
}

impl Case {
    /// The operation a link is charged to: a link to a deleted original is
    /// the deletion's; otherwise what made the revised paragraph, or else
    /// what became of the original.
    pub fn tag(&self, (i, j): (usize, usize)) -> Operation {
        if self.original_tags.get(i) == Some(&Operation::Delete) {
            return Operation::Delete;
        }
        match self.revised_tags.get(j) {
            Some(&tag) if tag != Operation::Unchanged => tag,
            _ => self
                .original_tags
                .get(i)
                .copied()
                .unwrap_or(Operation::Unchanged),
        }
    }
}

/// A paragraph of the revision under construction.
#[derive(Clone, Debug)]
struct Item {
    text: String,
    origins: Vec<usize>,
    tag: Operation,
}

/// Generates a revision of `original` with `edits` random operations,
/// taking foreign paragraphs from `foreign`.
pub fn generate(original: &[String], foreign: &[String], edits: usize, rng: &mut Rng) -> Case {
    let mut items: Vec<Item> = original
        .iter()
        .enumerate()
        .map(|(i, text)| Item {
            text: text.clone(),
            origins: vec![i],
            tag: Operation::Unchanged,
        })
        .collect();
    let mut original_tags = vec![Operation::Unchanged; original.len()];
    let mut used_foreign = BTreeSet::new();
    for _ in 0..edits {
        let op = *rng.pick(&Operation::EDITS);
        apply(
            op,
            &mut items,
            &mut original_tags,
            foreign,
            &mut used_foreign,
            rng,
        );
    }
    let mut gold = BTreeSet::new();
    for (j, item) in items.iter().enumerate() {
        for &i in &item.origins {
            gold.insert((i, j));
        }
    }
    Case {
        original: original.to_vec(),
        revised: items.iter().map(|item| item.text.clone()).collect(),
        gold,
        revised_tags: items.iter().map(|item| item.tag).collect(),
        original_tags,
    }
}

fn apply(
    op: Operation,
    items: &mut Vec<Item>,
    original_tags: &mut [Operation],
    foreign: &[String],
    used_foreign: &mut BTreeSet<usize>,
    rng: &mut Rng,
) {
    // Edits act on paragraphs that still stand for an original one.
    let linked: Vec<usize> = (0..items.len())
        .filter(|&k| !items[k].origins.is_empty())
        .collect();
    if linked.is_empty() && op != Operation::Insert {
        return;
    }
    let mut mark = |item: &mut Item, tag: Operation| {
        item.tag = tag;
        for &i in &item.origins {
            original_tags[i] = tag;
        }
    };
    match op {
        Operation::Unchanged => {}
        Operation::Delete => {
            if linked.len() > 2 {
                let k = *rng.pick(&linked);
                let item = items.remove(k);
                for i in item.origins {
                    // The other half of a split may still stand for it.
                    if !items.iter().any(|other| other.origins.contains(&i)) {
                        original_tags[i] = Operation::Delete;
                    }
                }
            }
        }
        Operation::Insert => {
            let fresh: Vec<usize> = (0..foreign.len())
                .filter(|f| !used_foreign.contains(f))
                .collect();
            if !fresh.is_empty() {
                let f = *rng.pick(&fresh);
                used_foreign.insert(f);
                let at = rng.below(items.len() + 1);
                items.insert(
                    at,
                    Item {
                        text: foreign[f].clone(),
                        origins: Vec::new(),
                        tag: Operation::Insert,
                    },
                );
            }
        }
        Operation::Move => {
            if items.len() >= 4 {
                let k = *rng.pick(&linked);
                let mut item = items.remove(k);
                // Somewhere at least two places away, so it really moves.
                let places: Vec<usize> =
                    (0..=items.len()).filter(|at| at.abs_diff(k) >= 2).collect();
                let at = *rng.pick(&places);
                mark(&mut item, Operation::Move);
                items.insert(at, item);
            }
        }
        Operation::LightEdit => {
            let k = *rng.pick(&linked);
            items[k].text = light_edit(&items[k].text, rng);
            mark(&mut items[k], Operation::LightEdit);
        }
        Operation::HeavyEdit => {
            let k = *rng.pick(&linked);
            items[k].text = heavy_edit(&items[k].text, foreign, rng);
            mark(&mut items[k], Operation::HeavyEdit);
        }
        Operation::SentenceReorder => {
            let k = *rng.pick(&linked);
            let mut sentences = sentences(&items[k].text);
            if sentences.len() >= 2 {
                let first = sentences.remove(0);
                let at = 1 + rng.below(sentences.len());
                sentences.insert(at.min(sentences.len()), first);
                rng.shuffle(&mut sentences[1..]);
                items[k].text = sentences.join(" ");
                mark(&mut items[k], Operation::SentenceReorder);
            }
        }
        Operation::Split => {
            let k = *rng.pick(&linked);
            let sentences = sentences(&items[k].text);
            if sentences.len() >= 2 {
                let cut = 1 + rng.below(sentences.len() - 1);
                let mut second = items[k].clone();
                items[k].text = sentences[..cut].join(" ");
                second.text = sentences[cut..].join(" ");
                mark(&mut items[k], Operation::Split);
                mark(&mut second, Operation::Split);
                items.insert(k + 1, second);
            }
        }
        Operation::Merge => {
            let pairs: Vec<usize> = (0..items.len().saturating_sub(1))
                .filter(|&k| !items[k].origins.is_empty() && !items[k + 1].origins.is_empty())
                .collect();
            if !pairs.is_empty() {
                let k = *rng.pick(&pairs);
                let next = items.remove(k + 1);
                items[k].text = format!("{} {}", items[k].text, next.text);
                items[k].origins.extend(next.origins);
                mark(&mut items[k], Operation::Merge);
            }
        }
    }
}

/// Sentences of a paragraph, split after `.`, `?` or `!` and a space.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for i in 0..bytes.len() {
        let ends = matches!(bytes[i], b'.' | b'?' | b'!')
            && bytes.get(i + 1) == Some(&b' ')
            && bytes
                .get(i + 2)
                .is_some_and(|b| b.is_ascii_uppercase() || *b == b'"');
        if ends {
            out.push(text[start..=i].trim().to_string());
            start = i + 1;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest.to_string());
    }
    out
}

/// Word pairs a copy editor swaps; applied both ways.
const SYNONYMS: &[(&str, &str)] = &[
    ("said", "stated"),
    ("says", "states"),
    ("told", "informed"),
    ("people", "residents"),
    ("killed", "left dead"),
    ("injured", "hurt"),
    ("officials", "authorities"),
    ("government", "administration"),
    ("began", "started"),
    ("large", "big"),
    ("many", "numerous"),
    ("before", "ahead of"),
    ("after", "following"),
    ("because", "since"),
    ("about", "roughly"),
    ("more than", "over"),
    ("announced", "declared"),
    ("expected", "anticipated"),
    ("help", "assist"),
    ("show", "reveal"),
    ("area", "region"),
    ("city", "town"),
    ("house", "home"),
    ("quickly", "rapidly"),
    ("also", "additionally"),
    ("however", "but"),
    ("added", "continued"),
    ("warned", "cautioned"),
    ("decision", "ruling"),
    ("plan", "proposal"),
    ("week", "seven days"),
    ("near", "close to"),
    ("major", "significant"),
    ("try", "attempt"),
    ("need", "require"),
    ("use", "employ"),
    ("big", "considerable"),
    ("important", "crucial"),
    ("team", "group"),
    ("leader", "head"),
];

/// Phrases that add a detail without changing the subject.
const ASIDES: &[&str] = &[
    "according to a statement released on Monday",
    "officials confirmed later in the day",
    "as reported earlier",
    "in a statement to reporters",
    "the spokesperson added",
    "witnesses said",
];

/// A copy edit: a synonym or two, a changed figure, or an added aside.
fn light_edit(text: &str, rng: &mut Rng) -> String {
    let mut text = swap_synonyms(text, 2, rng);
    if rng.chance(0.5) {
        text = bump_a_number(&text, rng);
    }
    if rng.chance(0.3) {
        text = add_aside(&text, rng);
    }
    if text == text.trim() && rng.chance(0.5) {
        text = text.replacen(',', "", 1);
    }
    text
}

/// A rewrite: many synonyms, a sentence dropped, another replaced by one
/// from the other outlet's report (a rewrite brings in new material on the
/// same subject), the rest reordered, and an aside added. Most of the
/// paragraph still reports what it did.
fn heavy_edit(text: &str, foreign: &[String], rng: &mut Rng) -> String {
    let mut sentences = sentences(&swap_synonyms(text, usize::MAX, rng));
    if sentences.len() >= 3 {
        let drop = rng.below(sentences.len());
        sentences.remove(drop);
    }
    let borrowed: Vec<String> = foreign.iter().flat_map(|p| self::sentences(p)).collect();
    if sentences.len() >= 3 && !borrowed.is_empty() {
        let at = rng.below(sentences.len());
        sentences[at] = rng.pick(&borrowed).clone();
    }
    if sentences.len() >= 2 && rng.chance(0.6) {
        sentences.rotate_left(1);
    }
    add_aside(&sentences.join(" "), rng)
}

fn swap_synonyms(text: &str, most: usize, rng: &mut Rng) -> String {
    let mut out = text.to_string();
    let mut swapped = 0;
    let mut pairs: Vec<(&str, &str)> = SYNONYMS
        .iter()
        .flat_map(|&(a, b)| [(a, b), (b, a)])
        .collect();
    rng.shuffle(&mut pairs);
    for (from, to) in pairs {
        if swapped >= most {
            break;
        }
        if let Some(at) = find_word(&out, from) {
            out.replace_range(at..at + from.len(), to);
            swapped += 1;
        }
    }
    out
}

/// The byte offset of `word` in `text` as a whole word.
fn find_word(text: &str, word: &str) -> Option<usize> {
    text.match_indices(word).map(|(at, _)| at).find(|&at| {
        let before = text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after = text[at + word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        before && after
    })
}

fn bump_a_number(text: &str, rng: &mut Rng) -> String {
    let bytes = text.as_bytes();
    let mut numbers: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if i - start <= 6 {
                numbers.push((start, i));
            }
        }
        i += 1;
    }
    if numbers.is_empty() {
        return text.to_string();
    }
    let (s, e) = *rng.pick(&numbers);
    let value: u64 = text[s..e].parse().unwrap_or(0);
    let bumped = value + 1 + rng.below(9) as u64;
    format!("{}{}{}", &text[..s], bumped, &text[e..])
}

fn add_aside(text: &str, rng: &mut Rng) -> String {
    let aside = rng.pick(ASIDES);
    match text.find(". ") {
        Some(at) if rng.chance(0.5) => format!("{}, {}{}", &text[..at], aside, &text[at..]),
        _ => match text.strip_suffix('.') {
            Some(body) => format!("{body}, {aside}."),
            None => format!("{text} ({aside})"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source() -> Vec<String> {
        (0..12)
            .map(|i| format!("Paragraph {i} opens here about the river. It said 40 people left. Officials warned of more rain after dark."))
            .collect()
    }

    #[test]
    fn gold_links_follow_every_operation() {
        let foreign = vec!["A foreign paragraph about the river. It is new.".to_string()];
        for seed in 0..200 {
            let case = generate(&source(), &foreign, 5, &mut Rng::new(seed));
            assert_eq!(case.revised.len(), case.revised_tags.len());
            for &(i, j) in &case.gold {
                assert!(i < case.original.len() && j < case.revised.len());
                assert_ne!(case.original_tags[i], Operation::Delete);
            }
            for (j, tag) in case.revised_tags.iter().enumerate() {
                let linked = case.gold.iter().any(|&(_, g)| g == j);
                assert_eq!(
                    linked,
                    *tag != Operation::Insert,
                    "seed {seed}: {j} {tag:?}"
                );
            }
        }
    }

    #[test]
    fn sentences_split_at_sentence_ends_only() {
        assert_eq!(
            sentences("One 2.5 km. Two? \"Three!\" four."),
            ["One 2.5 km.", "Two?", "\"Three!\" four."]
        );
        assert_eq!(sentences("A. B. C."), ["A.", "B.", "C."]);
    }
}
