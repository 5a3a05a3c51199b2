//! The work budget: how much the engine does per paragraph, per pair and
//! per comparison before it takes a cheaper path, so that a scraped dump
//! or a huge live blog still finishes in seconds.
//!
//! Real reports stay far inside every bound; a table run into one
//! paragraph, thousands of figures or tens of thousands of paragraphs
//! reach them. Past a bound the rest is left out, and what was left out
//! is said in [`Comparison::cuts`](super::Comparison::cuts): on stderr,
//! in the reader's status line and in the JSON export.
//!
//! The bounds are settings: the config file's `[budget]` table and
//! `--budget KEY=VALUE` change them (see [`Budget::set`]).
//!
//! ```toml
//! [budget]
//! figures = 50000          # more figures in one comparison
//! paragraph_bytes = 16384  # read less of a crowded paragraph
//! ```

use serde::Deserialize;

/// The bounds, each a count or a size; zero is no valid bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Budget {
    /// The most figures read in one comparison, in article order: a few
    /// dozen articles of one event give a few thousand.
    pub figures: usize,
    /// The most figures read in one paragraph: a report's paragraph gives
    /// a handful, a table or a scraped list thousands.
    pub figures_per_paragraph: usize,
    /// The most of a paragraph read for figures, in bytes: a report's
    /// longest paragraphs are a few kilobytes.
    pub paragraph_bytes: usize,
    /// How many figures of one kind (one name, one row, or people), in
    /// order of appearance, each figure is compared with: comparing each
    /// with every other would grow with their square. On the quality
    /// bench's real and invented events 100 groups exactly as 400 did and
    /// 50 loses a verdict; below the bound the cost still grows with the
    /// square of a kind's figures, and a long file repeating a figure in
    /// hundreds of paragraphs spent a third of its claims time there.
    pub figure_neighbours: usize,
    /// The most pairs of figures two groups are checked by before they
    /// join; past it they stay apart.
    pub figure_pairs: usize,
    /// The most rows a paragraph is a candidate for in the alignment,
    /// closest first: text that shares its words with everything would
    /// otherwise make a candidate of every paragraph with every row.
    pub rows_per_paragraph: usize,
    /// How many articles each article looks for to be scored against as
    /// stories are grouped, by the rarest words they share and again by
    /// the names: where thousands of articles share them, scoring every
    /// such pair grows with the square of the folder. A story of more
    /// than a few hundred articles may then be split.
    pub story_partners: usize,
}

impl Default for Budget {
    fn default() -> Budget {
        Budget {
            figures: 20_000,
            figures_per_paragraph: 100,
            paragraph_bytes: 64 * 1024,
            figure_neighbours: 100,
            figure_pairs: 40_000,
            rows_per_paragraph: 40,
            story_partners: 64,
        }
    }
}

/// Why a bound could not be set.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum BudgetError {
    #[error("no bound named \"{0}\"; the bounds are {keys}", keys = Budget::keys().join(", "))]
    UnknownKey(String),
    #[error("{0} must be a whole number of at least 1")]
    NotACount(String),
}

impl Budget {
    /// Each bound with its name, as the config file and `--budget` spell
    /// it: the one list every lookup reads.
    fn slots(&mut self) -> [(&'static str, &mut usize); 7] {
        [
            ("figures", &mut self.figures),
            ("figures_per_paragraph", &mut self.figures_per_paragraph),
            ("paragraph_bytes", &mut self.paragraph_bytes),
            ("figure_neighbours", &mut self.figure_neighbours),
            ("figure_pairs", &mut self.figure_pairs),
            ("rows_per_paragraph", &mut self.rows_per_paragraph),
            ("story_partners", &mut self.story_partners),
        ]
    }

    /// Each bound's name and value.
    pub fn bounds(&self) -> [(&'static str, usize); 7] {
        let mut copy = *self;
        copy.slots().map(|(key, value)| (key, *value))
    }

    /// The names of the bounds.
    pub fn keys() -> [&'static str; 7] {
        Budget::default().bounds().map(|(key, _)| key)
    }

    /// Sets the bound named `key` to `value`, as `--budget KEY=VALUE`
    /// gives them.
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), BudgetError> {
        let Some((_, slot)) = self.slots().into_iter().find(|(name, _)| *name == key) else {
            return Err(BudgetError::UnknownKey(key.to_string()));
        };
        *slot = value
            .parse()
            .ok()
            .filter(|&n| n > 0)
            .ok_or_else(|| BudgetError::NotACount(key.to_string()))?;
        Ok(())
    }

    /// The first bound that is zero, which would leave nothing to compare.
    pub fn zero(&self) -> Option<&'static str> {
        self.bounds()
            .into_iter()
            .find(|&(_, value)| value == 0)
            .map(|(key, _)| key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_can_be_set_and_only_to_a_count() {
        let mut budget = Budget::default();
        for (n, key) in Budget::keys().iter().enumerate() {
            budget.set(key, &(n + 1).to_string()).unwrap();
        }
        assert_eq!(budget.figures, 1);
        assert_eq!(budget.rows_per_paragraph, 6);
        assert_eq!(budget.story_partners, 7);
        assert_eq!(budget.zero(), None);
        assert_eq!(
            budget.set("figure", "3"),
            Err(BudgetError::UnknownKey("figure".into()))
        );
        for bad in ["0", "-1", "many", ""] {
            assert_eq!(
                budget.set("figures", bad),
                Err(BudgetError::NotACount("figures".into()))
            );
        }
    }
}
