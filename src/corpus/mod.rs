//! Articles as newsdiff reads them: loaded from files or the bundled sample,
//! parsed into paragraphs, and cleaned of anything unsafe for a terminal.
//!
//! This module knows nothing of comparison or display; it turns bytes into
//! [`Article`]s and says which inputs it could not use, and why.

mod cache;
mod date;
mod feed;
mod html;
mod jsonl;
mod link;
mod load;
mod media;
mod parse;

use std::fmt;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

pub use cache::IndexCache;
pub use date::{Date, is_month, is_month_cut_short, is_weekday, month_name, month_number};
pub use load::{Input, MAX_FILE_BYTES, Page, bundled, load, load_with};
pub use parse::{Parsed, Syntax, parse};

/// A file stem, or a JSON Lines article's own id, unique within a corpus
/// (`000_8bd36a165a8504ce`).
pub type ArticleId = String;

/// One article: its metadata and every block of its text, in file order.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    pub id: ArticleId,
    /// The outlet, from the header when it names one, else the id.
    pub source: String,
    pub date: Option<Date>,
    pub title: String,
    pub url: Option<String>,
    /// Where it came from, for people: a path, `-` for standard input,
    /// `feed.jsonl:3` for a line of JSON Lines, or `assets/seeds/…` for the
    /// bundled sample.
    pub path: String,
    pub paragraphs: Vec<Paragraph>,
}

impl Article {
    /// Builds an article from parsed text, filling what the header left out.
    pub fn new(id: ArticleId, path: String, parsed: Parsed) -> Article {
        let title = parsed
            .title
            .unwrap_or_else(|| parse::fallback_title(&parsed.paragraphs));
        Article {
            source: parsed.source.unwrap_or_else(|| id.clone()),
            id,
            date: parsed.date,
            title,
            url: parsed.url,
            path,
            paragraphs: parsed.paragraphs,
        }
    }

    /// How paragraph `index` is named to people: `¶2` for the second
    /// paragraph of body text, as a reader counts them (from 1, headings
    /// and page furniture left out), else `heading` or `furniture`. JSON
    /// keeps the index, which counts every block from 0.
    pub fn paragraph_label(&self, index: usize) -> String {
        match self.paragraphs.get(index) {
            Some(paragraph) => {
                let before = self.paragraphs[..index]
                    .iter()
                    .filter(|p| p.kind == ParagraphKind::Body)
                    .count();
                label(paragraph.kind, before)
            }
            None => format!("¶{}", index + 1),
        }
    }

    /// [`Article::paragraph_label`] for many paragraphs: a label counts
    /// the body paragraphs before it, and asking each figure's anew cost
    /// the square of a long article, so they are counted once here.
    pub fn paragraph_labels(&self) -> ParagraphLabels<'_> {
        let mut before = 0u32;
        let counts = self
            .paragraphs
            .iter()
            .map(|paragraph| {
                let count = before;
                before += u32::from(paragraph.kind == ParagraphKind::Body);
                count
            })
            .collect();
        ParagraphLabels {
            article: self,
            before: counts,
        }
    }

    /// "source · date", the short label of panes and column heads, with
    /// the time of day when the input gave one: four versions of a story
    /// on one day are told apart by it.
    pub fn label(&self) -> String {
        match self.date {
            Some(date) => format!("{} · {}", self.source, date.short()),
            None => self.source.clone(),
        }
    }
}

/// One blank-line-separated block of an article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Position in the article, counting every block from 0.
    pub index: usize,
    pub kind: ParagraphKind,
    /// The block's text with runs of white space folded to one space.
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ParagraphKind {
    Body,
    /// A section heading: a short line without final punctuation.
    Heading,
    /// Page furniture ("Advertisement", "Read more"): kept so the article
    /// reads as it was, but never aligned or mined for claims.
    Boilerplate,
}

/// An article's paragraph labels, from the body paragraphs before each,
/// counted once ([`Article::paragraph_labels`]).
pub struct ParagraphLabels<'a> {
    article: &'a Article,
    before: Vec<u32>,
}

impl ParagraphLabels<'_> {
    /// [`Article::paragraph_label`] of paragraph `index`.
    pub fn get(&self, index: usize) -> String {
        match (self.article.paragraphs.get(index), self.before.get(index)) {
            (Some(paragraph), Some(&before)) => label(paragraph.kind, before as usize),
            _ => self.article.paragraph_label(index),
        }
    }
}

/// The label of a paragraph of `kind` with `before` body paragraphs
/// before it.
fn label(kind: ParagraphKind, before: usize) -> String {
    match kind {
        ParagraphKind::Body => format!("¶{}", before + 1),
        ParagraphKind::Heading => "heading".to_string(),
        ParagraphKind::Boilerplate => "furniture".to_string(),
    }
}

/// The articles that loaded, and a warning for each input that did not.
#[derive(Clone, Debug, Default)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub warnings: Vec<Warning>,
    /// Inputs that loaded, but not as written: bytes that were no UTF-8
    /// replaced, an encoding guessed. Said to the user, yet nothing was
    /// left out, so they are no reason for exit code 1.
    pub notes: Vec<Warning>,
    /// Every file read, articles or not, so that nothing written (an
    /// export) ever replaces one of them.
    pub files: Vec<PathBuf>,
    /// The articles read from web pages given as links, with their link,
    /// so a caller can keep every version a link has had.
    pub linked: Vec<Linked>,
}

/// An article that came from a link to a web page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Linked {
    /// Its index in [`Corpus::articles`].
    pub article: usize,
    /// The link as given.
    pub link: String,
    /// When its page was fetched, in seconds since 1970-01-01 UTC.
    pub fetched: i64,
}

impl Corpus {
    /// True when some input was left out, which scripts see as exit code 1.
    pub fn skipped_any(&self) -> bool {
        !self.warnings.is_empty()
    }

    /// The web links of the articles that are no page given as a link (a
    /// feed's items), each once, leaving out the pages given: what `track`
    /// follows.
    pub fn item_links(&self) -> Vec<String> {
        let mut links: Vec<String> = Vec::new();
        for (at, article) in self.articles.iter().enumerate() {
            let Some(url) = &article.url else { continue };
            let web = url.starts_with("http://") || url.starts_with("https://");
            let given = self
                .linked
                .iter()
                .any(|linked| linked.article == at || linked.link == *url);
            if web && !given && !links.contains(url) {
                links.push(url.clone());
            }
        }
        links
    }
}

/// An input that could not be used: the path, and what was wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// The path as the user would type it, made safe to print.
    pub path: String,
    pub problem: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.problem)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_numbered_as_a_reader_counts_them() {
        let text = "The toll rose to 137 on Sunday.\n\nWhat we know\n\nAdvertisement\n\nMore than 130 people were killed.";
        let article = Article::new("a".into(), "a.txt".into(), parse(text, Syntax::Plain));
        let kinds: Vec<ParagraphKind> = article.paragraphs.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            [
                ParagraphKind::Body,
                ParagraphKind::Heading,
                ParagraphKind::Boilerplate,
                ParagraphKind::Body
            ]
        );
        let labels: Vec<String> = (0..4).map(|i| article.paragraph_label(i)).collect();
        assert_eq!(labels, ["¶1", "heading", "furniture", "¶2"]);
        let counted = article.paragraph_labels();
        assert_eq!((0..4).map(|i| counted.get(i)).collect::<Vec<_>>(), labels);
    }
}
