//! Article text from saved web pages, scored against the text a person
//! marked (`../shared/real/html`: `NNN.html` and `NNN.json` with
//! `body_text`), as that folder's `score.py` scores it: bag of words,
//! lower case, words as runs of letters, digits and `_`.

use std::collections::HashMap;
use std::path::Path;

use newsdiff::corpus::{Input, ParagraphKind, load};

/// Precision, recall and F1 over one page's words.
#[derive(Clone, Copy, Debug, Default)]
pub struct Page {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// Means over the pages scored, and how many came out empty.
#[derive(Debug, Default)]
pub struct Summary {
    pub pages: usize,
    pub empty: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Pages whose F1 is below 0.8.
    pub poor: usize,
}

/// A way of reading a page's article text.
pub type Extractor = fn(&Path) -> String;

/// Scores `extract` on every page of `folder`.
pub fn score(folder: &Path, extract: Extractor) -> Result<Summary, String> {
    let mut pages: Vec<_> = std::fs::read_dir(folder)
        .map_err(|e| format!("{}: {e}", folder.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    pages.sort();
    let mut summary = Summary::default();
    for page in &pages {
        let gold: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(page.with_extension("json")).map_err(|e| e.to_string())?,
        )
        .map_err(|e| e.to_string())?;
        let text = extract(page);
        summary.empty += usize::from(text.trim().is_empty());
        let s = compare(gold["body_text"].as_str().unwrap_or(""), &text);
        summary.pages += 1;
        summary.precision += s.precision;
        summary.recall += s.recall;
        summary.f1 += s.f1;
        summary.poor += usize::from(s.f1 < 0.8);
    }
    let n = summary.pages.max(1) as f64;
    summary.precision /= n;
    summary.recall /= n;
    summary.f1 /= n;
    Ok(summary)
}

/// The bag-of-words score of `predicted` against `gold`.
pub fn compare(gold: &str, predicted: &str) -> Page {
    let (g, p) = (bag(gold), bag(predicted));
    let tp: usize = g
        .iter()
        .map(|(word, n)| (*n).min(p.get(word).copied().unwrap_or(0)))
        .sum();
    let (np, ng) = (p.values().sum::<usize>(), g.values().sum::<usize>());
    let precision = if np == 0 { 0.0 } else { tp as f64 / np as f64 };
    let recall = match (ng, np) {
        (0, 0) => 1.0,
        (0, _) => 0.0,
        _ => tp as f64 / ng as f64,
    };
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Page {
        precision,
        recall,
        f1,
    }
}

fn bag(text: &str) -> HashMap<String, usize> {
    let mut bag = HashMap::new();
    for word in text
        .to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
    {
        *bag.entry(word.to_string()).or_default() += 1;
    }
    bag
}

/// newsdiff: the page loaded as an article, its headings and body.
pub fn engine(page: &Path) -> String {
    let corpus = load(&[Input::Path(page.to_path_buf())]);
    corpus
        .articles
        .first()
        .map(|article| {
            article
                .paragraphs
                .iter()
                .filter(|p| p.kind != ParagraphKind::Boilerplate)
                .map(|p| p.text.as_str())
                .collect::<Vec<_>>()
                .join("\n")
        })
        .unwrap_or_default()
}

/// Baseline: every piece of text between tags in `<body>`, scripts and
/// styles left out, as a tag stripper gives it.
pub fn all_text(page: &Path) -> String {
    let html = String::from_utf8_lossy(&std::fs::read(page).unwrap_or_default()).into_owned();
    let lower = html.to_ascii_lowercase();
    let body = lower.find("<body").unwrap_or(0);
    let mut out = String::new();
    let mut skip_until: Option<&str> = None;
    let mut i = body;
    while let Some(at) = lower[i..].find('<') {
        let start = i + at;
        if skip_until.is_none() {
            out.push_str(&html[i..start]);
            out.push(' ');
        }
        let end = lower[start..]
            .find('>')
            .map_or(lower.len(), |e| start + e + 1);
        let tag = &lower[start..end];
        if let Some(until) = skip_until {
            if tag.starts_with(until) {
                skip_until = None;
            }
        } else if tag.starts_with("<script") {
            skip_until = Some("</script");
        } else if tag.starts_with("<style") {
            skip_until = Some("</style");
        }
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bags_of_words_are_scored_as_score_py_scores_them() {
        let s = compare(
            "The ferry ran aground, the crew said.",
            "the ferry ran aground today",
        );
        assert!((s.precision - 4.0 / 5.0).abs() < 1e-9);
        assert!((s.recall - 4.0 / 7.0).abs() < 1e-9);
        assert_eq!(compare("", "").recall, 1.0);
        assert_eq!(compare("a b", "").f1, 0.0);
    }
}
