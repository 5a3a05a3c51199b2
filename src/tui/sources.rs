//! The sources picker's state: its lines (the articles by date, then
//! outlet, under a heading per story when the folder holds several) and
//! the selected one.

use super::cursor::ListCursor;
use crate::compare::Comparison;

/// The picker: built once per comparison; the view only draws it.
pub struct Picker {
    pub lines: Vec<Source>,
    pub cursor: ListCursor,
}

impl Picker {
    pub fn new(comparison: &Comparison) -> Picker {
        Picker {
            lines: sources(comparison),
            cursor: ListCursor::default(),
        }
    }

    /// The lines that can be selected: the articles, not the headings.
    pub fn items(&self) -> Vec<usize> {
        (0..self.lines.len())
            .filter(|&i| matches!(self.lines[i], Source::Article(_)))
            .collect()
    }

    /// Selects the line of `article`.
    pub fn show(&mut self, article: usize) {
        let line = self
            .lines
            .iter()
            .position(|&line| line == Source::Article(article))
            .unwrap_or(0);
        self.cursor.select(line);
    }

    /// The selected line.
    pub fn selected(&self) -> Source {
        self.lines[self.cursor.selected()]
    }
}

/// A line of the sources picker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// The heading of a story: an index into the comparison's stories.
    Story(usize),
    /// An article to open: an index into the comparison's articles.
    Article(usize),
}

/// The picker's lines: each story's articles by date (undated last, as
/// `newsdiff stories` lists them), then outlet, under the story's
/// heading; no headings when every article tells one story.
fn sources(comparison: &Comparison) -> Vec<Source> {
    let articles = &comparison.articles;
    let by_date = |a: &usize, b: &usize| {
        let (a, b) = (&articles[*a], &articles[*b]);
        (a.date.is_none(), a.date, &a.source, &a.id).cmp(&(
            b.date.is_none(),
            b.date,
            &b.source,
            &b.id,
        ))
    };
    let headed = comparison.stories.len() > 1;
    let mut lines = Vec::new();
    for (s, story) in comparison.stories.iter().enumerate() {
        if headed {
            lines.push(Source::Story(s));
        }
        let mut members = story.articles.clone();
        members.sort_by(by_date);
        lines.extend(members.into_iter().map(Source::Article));
    }
    lines
}
