//! The reader's state and the one place it changes: [`App::update`].
//! Nothing here draws; the views read an `&App`.

use super::action::Action;
use super::layout::{Document, pane_text_size};
use super::theme::Theme;
use crate::compare::{Comparison, PairDiff};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Normal,
    Help,
}

pub struct App {
    pub comparison: Comparison,
    /// The article each pane shows; equal when only one article loaded.
    pub pair: [usize; 2],
    pub focus: usize,
    /// The document line at the top of the panes.
    pub scroll: usize,
    /// The row `n`/`N` last moved to, as an index into the document rows.
    pub selected: Option<usize>,
    pub mode: Mode,
    pub quit: bool,
    pub theme: Theme,
    /// What the last action left to say in the status line.
    pub message: Option<String>,
    pub document: Document,
    size: (u16, u16),
    diffs: Vec<PairDiff>,
}

impl App {
    /// Opens on the first two articles, left and right.
    pub fn new(comparison: Comparison, theme: Theme, width: u16, height: u16) -> App {
        let pair = [0, 1.min(comparison.articles.len().saturating_sub(1))];
        let diffs = comparison.pair_diffs(pair[0], pair[1]);
        let mut app = App {
            comparison,
            pair,
            focus: 0,
            scroll: 0,
            selected: None,
            mode: Mode::Normal,
            quit: false,
            theme,
            message: None,
            document: Document::default(),
            size: (width, height),
            diffs,
        };
        app.relayout();
        app
    }

    pub fn panes(&self) -> usize {
        if self.pair[0] == self.pair[1] { 1 } else { 2 }
    }

    /// Lines of text visible in a pane.
    pub fn viewport(&self) -> usize {
        usize::from(pane_text_size(self.size.0, self.size.1, self.panes()).1)
    }

    pub fn update(&mut self, action: Action) {
        self.message = None;
        if self.mode == Mode::Help {
            match action {
                Action::Quit => self.quit = true,
                Action::Help | Action::CloseOverlay => self.mode = Mode::Normal,
                Action::Resize(width, height) => self.resize(width, height),
                _ => {}
            }
            return;
        }
        let page = self.viewport().saturating_sub(1).max(1);
        match action {
            Action::Quit => self.quit = true,
            Action::Help => self.mode = Mode::Help,
            Action::CloseOverlay => self.selected = None,
            Action::FocusNext => self.focus = (self.focus + 1) % self.panes(),
            Action::FocusLeft => self.focus = 0,
            Action::FocusRight => self.focus = self.panes() - 1,
            Action::NextArticle => self.step_article(1),
            Action::PreviousArticle => self.step_article(-1),
            Action::ScrollDown => self.scroll_by_hand(self.scroll.saturating_add(1)),
            Action::ScrollUp => self.scroll_by_hand(self.scroll.saturating_sub(1)),
            Action::PageDown => self.scroll_by_hand(self.scroll.saturating_add(page)),
            Action::PageUp => self.scroll_by_hand(self.scroll.saturating_sub(page)),
            Action::Top => self.scroll_by_hand(0),
            Action::Bottom => self.scroll_by_hand(usize::MAX),
            Action::NextDifference => self.step_difference(true),
            Action::PreviousDifference => self.step_difference(false),
            Action::Resize(width, height) => self.resize(width, height),
        }
    }

    fn resize(&mut self, width: u16, height: u16) {
        if (width, height) != self.size {
            self.size = (width, height);
            self.relayout();
        }
    }

    /// Shows the next (or previous) article in the focused pane, skipping
    /// the one the other pane shows.
    fn step_article(&mut self, step: isize) {
        let count = self.comparison.articles.len();
        if count <= 2 {
            self.message = Some("no other article loaded; give more files or a folder".to_string());
            return;
        }
        let other = self.pair[1 - self.focus];
        let mut next = self.pair[self.focus];
        loop {
            next = (next as isize + step).rem_euclid(count as isize) as usize;
            if next != other {
                break;
            }
        }
        self.pair[self.focus] = next;
        self.diffs = self.comparison.pair_diffs(self.pair[0], self.pair[1]);
        self.selected = None;
        self.relayout();
    }

    /// Moves to the next (or previous) row that differs, from the selected
    /// row or else from the top of the screen, and centres it.
    fn step_difference(&mut self, forward: bool) {
        let rows = &self.document.rows;
        let from = self.selected.or_else(|| self.document.row_at(self.scroll));
        let found = if forward {
            let start = match self.selected {
                Some(selected) => selected + 1,
                None => from.unwrap_or(0),
            };
            (start..rows.len()).find(|&i| rows[i].is_difference())
        } else {
            (0..from.unwrap_or(rows.len()))
                .rev()
                .find(|&i| rows[i].is_difference())
        };
        match found {
            Some(i) => {
                self.selected = Some(i);
                let top = self.document.rows[i].top;
                self.scroll_to(top.saturating_sub(self.viewport() / 2));
            }
            None => {
                self.message = Some(
                    if forward {
                        "no more differences below"
                    } else {
                        "no more differences above"
                    }
                    .to_string(),
                );
            }
        }
    }

    /// A scroll the reader asked for: `n`/`N` then start from the screen,
    /// not from a difference left behind.
    fn scroll_by_hand(&mut self, line: usize) {
        self.selected = None;
        self.scroll_to(line);
    }

    fn scroll_to(&mut self, line: usize) {
        let last = self.document.lines.saturating_sub(self.viewport());
        self.scroll = line.min(last);
    }

    fn relayout(&mut self) {
        let (width, _) = pane_text_size(self.size.0, self.size.1, self.panes());
        // Keep the row at the top in view across a re-wrap.
        let anchor = self
            .document
            .row_at(self.scroll)
            .map(|i| self.document.rows[i].row);
        self.document = Document::build(&self.comparison, self.pair, &self.diffs, width);
        let top = anchor
            .and_then(|row| self.document.rows.iter().find(|r| r.row >= row))
            .map_or(0, |r| r.top);
        self.scroll_to(top);
        if self.selected.is_some_and(|i| i >= self.document.rows.len()) {
            self.selected = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::compare;
    use crate::corpus::bundled;

    fn app(width: u16, height: u16) -> App {
        App::new(compare(&bundled().articles), Theme::plain(), width, height)
    }

    #[test]
    fn opens_on_the_first_two_articles_at_the_top() {
        let app = app(120, 40);
        assert_eq!(app.pair, [0, 1]);
        assert_eq!((app.focus, app.scroll, app.mode), (0, 0, Mode::Normal));
    }

    #[test]
    fn quit_and_help() {
        let mut app = app(120, 40);
        app.update(Action::Help);
        assert_eq!(app.mode, Mode::Help);
        app.update(Action::ScrollDown);
        assert_eq!(app.scroll, 0, "help captures the keys");
        app.update(Action::CloseOverlay);
        assert_eq!(app.mode, Mode::Normal);
        app.update(Action::Quit);
        assert!(app.quit);
    }

    #[test]
    fn articles_cycle_in_the_focused_pane_never_doubling_up() {
        let mut app = app(120, 40);
        app.update(Action::FocusRight);
        app.update(Action::NextArticle);
        assert_eq!(app.pair, [0, 2]);
        app.update(Action::FocusLeft);
        app.update(Action::PreviousArticle);
        assert_eq!(app.pair, [4, 2]);
        for _ in 0..5 {
            app.update(Action::NextArticle);
            assert_ne!(app.pair[0], app.pair[1]);
        }
        app.update(Action::FocusNext);
        assert_eq!(app.focus, 1);
    }

    #[test]
    fn scrolling_is_clamped_to_the_document() {
        let mut app = app(120, 20);
        app.update(Action::ScrollUp);
        assert_eq!(app.scroll, 0);
        app.update(Action::Bottom);
        let bottom = app.scroll;
        assert_eq!(bottom, app.document.lines - app.viewport());
        app.update(Action::ScrollDown);
        assert_eq!(app.scroll, bottom);
        app.update(Action::PageUp);
        assert_eq!(app.scroll, bottom - (app.viewport() - 1));
        app.update(Action::Top);
        assert_eq!(app.scroll, 0);
    }

    #[test]
    fn next_difference_walks_differing_rows_in_order() {
        let mut app = app(120, 30);
        let mut seen = Vec::new();
        loop {
            app.update(Action::NextDifference);
            match app.selected {
                Some(i) if seen.last() != Some(&i) => seen.push(i),
                _ => break,
            }
        }
        assert!(
            seen.len() > 2 && seen.windows(2).all(|w| w[0] < w[1]),
            "{seen:?}"
        );
        assert!(seen.iter().all(|&i| app.document.rows[i].is_difference()));
        assert!(app.message.is_some(), "the end is announced");
        app.update(Action::PreviousDifference);
        assert_eq!(app.selected, Some(seen[seen.len() - 2]));
        app.update(Action::Top);
        app.update(Action::NextDifference);
        assert_eq!(
            app.selected,
            Some(seen[0]),
            "after scrolling by hand, n starts from the screen"
        );
    }

    #[test]
    fn resizing_to_any_size_keeps_state_valid() {
        let mut app = app(120, 40);
        app.update(Action::Bottom);
        for (w, h) in [(1, 1), (0, 0), (3, 2), (80, 5), (200, 60)] {
            app.update(Action::Resize(w, h));
            assert!(app.scroll <= app.document.lines);
        }
    }
}
