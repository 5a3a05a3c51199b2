//! The reader's state and the one place it changes: [`App::update`].
//! Nothing here draws; the views read an `&App`.

use std::ops::Range;
use std::path::PathBuf;

use ratatui::layout::{Position, Rect};
use unicode_width::UnicodeWidthStr;

use super::action::Action;
use super::claim_list::{ClaimsPanel, Entry};
use super::export;
use super::help;
use super::help::Help;
use super::layout::{self, Document, Screen, pane_diffs, pane_text_size, panes_that_fit};
use super::line::LineEdit;
use super::search::Search;
use super::sources::{Picker, Source};
use super::theme::Theme;
use crate::compare::{Comparison, Findings, PairDiff};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Normal,
    Help,
    Claims,
    /// Typing a search.
    Search,
    Picker,
    /// Typing the export's file name.
    Export,
    /// Asking whether the export may replace the file that has its name.
    Replace,
    /// The inputs that were skipped, and why.
    Skipped,
}

impl Mode {
    /// Whether keys are text typed into a prompt.
    pub fn is_typing(self) -> bool {
        matches!(self, Mode::Search | Mode::Export | Mode::Replace)
    }
}

/// Lines the mouse wheel scrolls per notch, as most terminals' own
/// scrollback does.
const WHEEL_LINES: usize = 3;

pub struct App {
    pub comparison: Comparison,
    /// Whether the comparison's claims and facts are still being worked
    /// out: the panes show the rows meanwhile, and the claims panel says
    /// so.
    pub pending: bool,
    /// The article each pane shows, left to right; never one twice.
    pub panes: Vec<usize>,
    /// Index into `panes`.
    pub focus: usize,
    /// The leftmost pane on screen when not all fit: it moves only when
    /// the focus leaves the panes shown, so moving the focus among them
    /// does not shift them.
    first_visible: usize,
    /// Per pane, the document line at its top. With `sync` on they are
    /// all equal.
    pub scroll: Vec<usize>,
    pub sync: bool,
    /// The row `n`/`N` or a jump last moved to, as an index into the
    /// document rows.
    pub selected: Option<usize>,
    pub mode: Mode,
    pub quit: bool,
    pub theme: Theme,
    /// What the last action left to say in the status line.
    pub message: Option<String>,
    pub document: Document,
    pub search: Search,
    /// The state of each panel, kept while it is closed so it opens
    /// where it was left.
    pub claims: ClaimsPanel,
    pub picker: Picker,
    pub help: Help,
    /// The widest article label ("source · date"), measured once: the
    /// lists' label column.
    pub label_width: usize,
    /// The line typed into the search or the export prompt.
    pub prompt: LineEdit,
    /// The files the articles were read from, which an export never
    /// replaces.
    pub inputs: Vec<PathBuf>,
    /// The inputs that could not be read, each "path: why", cleaned for
    /// the screen.
    pub skipped: Vec<String>,
    size: (u16, u16),
    /// The text width the document was laid out for.
    width: u16,
    diffs: Vec<Vec<PairDiff>>,
}

/// A story's articles in the order given: the first one given sets the
/// story's reading order, as it does the engine's.
fn members(comparison: &Comparison, story: usize) -> Vec<usize> {
    let mut members = comparison
        .stories
        .get(story)
        .map(|s| s.articles.clone())
        .unwrap_or_default();
    members.sort_unstable();
    members
}

impl App {
    /// Opens on the first two articles of the largest story, left and
    /// right; when the articles hold several stories, on the list of
    /// them, so a reader picks the event to read before two events'
    /// articles are ever side by side.
    pub fn new(comparison: Comparison, theme: Theme, width: u16, height: u16) -> App {
        let mut panes: Vec<usize> = members(&comparison, 0).into_iter().take(2).collect();
        if panes.is_empty() {
            panes = (0..comparison.articles.len().min(2)).collect();
        }
        let diffs = pane_diffs(&comparison, &panes);
        let claims = ClaimsPanel::new(&comparison);
        let picker = Picker::new(&comparison);
        let label_width = comparison
            .articles
            .iter()
            .map(|a| a.label().width())
            .max()
            .unwrap_or(0);
        let mut app = App {
            comparison,
            pending: false,
            scroll: vec![0; panes.len()],
            panes,
            focus: 0,
            first_visible: 0,
            sync: true,
            selected: None,
            mode: Mode::Normal,
            quit: false,
            theme,
            message: None,
            document: Document::default(),
            search: Search::default(),
            claims,
            picker,
            help: Help::default(),
            label_width,
            prompt: LineEdit::default(),
            inputs: Vec::new(),
            skipped: Vec::new(),
            size: (width, height),
            width: 0,
            diffs,
        };
        app.rebuild();
        if app.comparison.articles.len() == 1 {
            app.message = Some(
                "one article: nothing to compare it with; give two or more files or a folder"
                    .to_string(),
            );
        }
        if app.comparison.stories.len() > 1 {
            app.update(Action::Picker);
            app.message = Some(format!(
                "{} stories: Enter reads the one selected; o brings this list back",
                app.comparison.stories.len()
            ));
        }
        app.say_cuts();
        app
    }

    /// A huge input compared in part says so on the status line, as on
    /// stderr, where every note is printed again when the reader ends.
    fn say_cuts(&mut self) {
        if let Some(cut) = self.comparison.cuts.first() {
            let more = self.comparison.cuts.len() - 1;
            self.message = Some(match more {
                0 => format!("note: {cut}"),
                _ => format!("note: {cut} (and {more} more, printed on exit)"),
            });
        }
    }

    /// Takes in the claims and facts worked out behind the first frame:
    /// the panel lists them and the panes mark their figures.
    pub fn settle(&mut self, findings: Findings) {
        self.comparison.settle(findings);
        let selected = self.claims.cursor.selected();
        self.claims = ClaimsPanel::new(&self.comparison);
        let last = self.claims.entries.len().saturating_sub(1);
        self.claims.cursor.select(selected.min(last));
        self.pending = false;
        self.rebuild();
        self.say_cuts();
    }

    /// The panes on screen: all of them when they fit, else as many as
    /// fit, the focused one among them (one, in the narrow layout).
    pub fn visible(&self) -> Range<usize> {
        let count = self.visible_count();
        self.first_visible..self.first_visible + count
    }

    fn visible_count(&self) -> usize {
        panes_that_fit(self.size.0).min(self.panes.len()).max(1)
    }

    /// Moves the panes shown just enough to show the focused one, and
    /// keeps them within the panes there are after a resize or `+`/`-`.
    fn follow_focus(&mut self) {
        let count = self.visible_count();
        if self.focus < self.first_visible {
            self.first_visible = self.focus;
        } else if self.focus >= self.first_visible + count {
            self.first_visible = self.focus + 1 - count;
        }
        self.first_visible = self.first_visible.min(self.panes.len() - count);
    }

    /// Whether one pane shows and a strip stands for the other.
    pub fn narrow(&self) -> bool {
        self.visible().len() == 1 && self.panes.len() > 1
    }

    /// Where everything goes in `area`.
    pub fn screen(&self, area: Rect) -> Screen {
        layout::screen(area, self.visible().len(), self.narrow())
    }

    fn own_screen(&self) -> Screen {
        self.screen(Rect::new(0, 0, self.size.0, self.size.1))
    }

    /// Lines of text visible in a pane.
    pub fn viewport(&self) -> usize {
        usize::from(pane_text_size(self.own_screen().panes[0]).1)
    }

    /// The focused pane's top line.
    pub fn top(&self) -> usize {
        self.scroll[self.focus]
    }

    pub fn update(&mut self, action: Action) {
        self.message = None;
        match action {
            Action::Interrupt => self.quit = true,
            // In less, q on the help goes back; here it closes any panel.
            Action::Quit
                if matches!(
                    self.mode,
                    Mode::Help | Mode::Claims | Mode::Picker | Mode::Skipped
                ) =>
            {
                self.mode = Mode::Normal;
            }
            Action::Quit => self.quit = true,
            Action::Resize(width, height) => self.resize(width, height),
            _ => match self.mode {
                Mode::Normal => self.normal(action),
                Mode::Help => self.help(action),
                Mode::Claims => self.claims_panel(action),
                Mode::Picker => self.picker(action),
                Mode::Skipped => {
                    if matches!(action, Action::CloseOverlay | Action::Skipped) {
                        self.mode = Mode::Normal;
                    }
                }
                Mode::Search | Mode::Export => self.typing(action),
                Mode::Replace => self.replace(action),
            },
        }
        // Whatever moved the focus or changed the panes or the size.
        self.follow_focus();
        self.fit_heights();
    }

    /// Lays the document out again when the pane that sets the rows'
    /// heights changed: in the narrow layout, the focus moved to another
    /// article, or the layout itself came or went.
    fn fit_heights(&mut self) {
        if self.document.sized_by != self.narrow().then_some(self.focus) {
            self.wrap();
        }
    }

    fn normal(&mut self, action: Action) {
        let page = self.viewport().saturating_sub(1).max(1);
        let top = self.top();
        match action {
            Action::Help => {
                self.help = Help::default();
                self.mode = Mode::Help;
            }
            Action::CloseOverlay if !self.search.query.is_empty() => {
                self.search = Search::default();
                self.message = Some("search cleared".to_string());
            }
            Action::CloseOverlay => self.selected = None,
            Action::FocusNext => self.focus = (self.focus + 1) % self.panes.len(),
            Action::FocusPrevious => {
                self.focus = (self.focus + self.panes.len() - 1) % self.panes.len();
            }
            Action::FocusLeft => self.focus = self.focus.saturating_sub(1),
            Action::FocusRight => self.focus = (self.focus + 1).min(self.panes.len() - 1),
            Action::NextArticle => self.step_article(1),
            Action::PreviousArticle => self.step_article(-1),
            Action::ScrollDown => self.scroll_by_hand(self.focus, top.saturating_add(1)),
            Action::ScrollUp => self.scroll_by_hand(self.focus, top.saturating_sub(1)),
            Action::PageDown => self.scroll_by_hand(self.focus, top.saturating_add(page)),
            Action::PageUp => self.scroll_by_hand(self.focus, top.saturating_sub(page)),
            Action::HalfPageDown => {
                let half = (self.viewport() / 2).max(1);
                self.scroll_by_hand(self.focus, top.saturating_add(half));
            }
            Action::HalfPageUp => {
                let half = (self.viewport() / 2).max(1);
                self.scroll_by_hand(self.focus, top.saturating_sub(half));
            }
            Action::Top => self.scroll_by_hand(self.focus, 0),
            Action::Bottom => self.scroll_by_hand(self.focus, usize::MAX),
            Action::NextDifference if !self.search.query.is_empty() => {
                self.step_match(!self.search.backward);
            }
            Action::PreviousDifference if !self.search.query.is_empty() => {
                self.step_match(self.search.backward);
            }
            Action::NextDifference => self.step_difference(true),
            Action::PreviousDifference => self.step_difference(false),
            Action::Claims => {
                let selected = self.claims.cursor.selected();
                if self.claims.selected().target(&self.comparison).is_none() {
                    // Open on the first line that points somewhere.
                    let items = self.claims.items(&self.comparison);
                    let line = items.into_iter().find(|&i| i >= selected);
                    self.claims.cursor.select(line.unwrap_or(selected));
                }
                self.mode = Mode::Claims;
            }
            Action::Search => {
                self.search = Search::default();
                self.prompt = LineEdit::default();
                self.mode = Mode::Search;
            }
            // An export holds the claims: none is written without them.
            Action::Export if self.pending => {
                self.message =
                    Some("the claims are still being worked out; e again in a moment".to_string());
            }
            Action::Export => {
                self.prompt = LineEdit::new(export::default_name(&self.on_screen()));
                self.mode = Mode::Export;
            }
            Action::ToggleSync => self.toggle_sync(),
            Action::Picker => {
                self.picker.show(self.panes[self.focus]);
                self.mode = Mode::Picker;
            }
            Action::Skipped if self.skipped.is_empty() => {
                self.message = Some("every input was read".to_string());
            }
            Action::Skipped => self.mode = Mode::Skipped,
            Action::MorePanes => self.more_panes(),
            Action::FewerPanes => self.fewer_panes(),
            Action::Wheel { column, row, down } => {
                if let Some(pane) = self.pane_at(column, row) {
                    let top = self.scroll[pane];
                    let line = if down {
                        top.saturating_add(WHEEL_LINES)
                    } else {
                        top.saturating_sub(WHEEL_LINES)
                    };
                    self.scroll_by_hand(pane, line);
                }
            }
            Action::Click { column, row } => {
                if let Some(pane) = self.pane_at(column, row) {
                    self.focus = pane;
                }
            }
            _ => {}
        }
    }

    fn help(&mut self, action: Action) {
        let page = self.help_rows().1.max(1);
        let scroll = self.help.scroll;
        self.help.scroll = match action {
            Action::CloseOverlay => {
                self.mode = Mode::Normal;
                scroll
            }
            // `?` is help here, so a search back is `?` from the help, as
            // `?pattern` is in less; `/` searches forward from it too.
            Action::Help | Action::Search => {
                self.search = Search {
                    backward: action == Action::Help,
                    ..Search::default()
                };
                self.prompt = LineEdit::default();
                self.mode = Mode::Search;
                scroll
            }
            Action::ScrollDown | Action::Wheel { down: true, .. } => scroll + 1,
            Action::ScrollUp | Action::Wheel { down: false, .. } => scroll.saturating_sub(1),
            Action::PageDown => scroll + page,
            Action::PageUp => scroll.saturating_sub(page),
            Action::Top => 0,
            Action::Bottom => usize::MAX,
            _ => scroll,
        };
        self.clamp_help();
    }

    /// Help's lines and how many of them show at this size, as the view
    /// draws them.
    fn help_rows(&self) -> (usize, usize) {
        let count = help::lines(self.theme).len();
        let screen = Rect::new(0, 0, self.size.0, self.size.1);
        (count, help::place(screen, count).1)
    }

    /// Keeps help's last line at the bottom of its box at most, so a key
    /// back up always moves it.
    fn clamp_help(&mut self) {
        let (count, visible) = self.help_rows();
        self.help.scroll = self.help.scroll.min(count.saturating_sub(visible));
    }

    fn claims_panel(&mut self, action: Action) {
        let items = self.claims.items(&self.comparison);
        let page = self.list_page();
        if self.leaves_list(action) {
            return;
        }
        if let Some(target) = self.claims.cursor.step(action, &items, page) {
            let entry = self.claims.entries[target];
            if let Some((article, paragraph)) = entry.target(&self.comparison) {
                self.mode = Mode::Normal;
                self.jump_to(article, paragraph);
                // Say what the highlighted place is, the panel being gone.
                let label = self.comparison.articles[article].label();
                let paragraph = self.comparison.articles[article].paragraph_label(paragraph);
                self.message = Some(match entry {
                    Entry::Mention(c, m) => {
                        let claim = &self.comparison.claims[c];
                        format!(
                            "{}: {} in {label} {paragraph} ({})",
                            claim.quantity,
                            claim.mentions[m].figure(),
                            claim.verdict.as_str()
                        )
                    }
                    _ => format!("only {label} reports this ({paragraph})"),
                });
            }
        }
    }

    fn picker(&mut self, action: Action) {
        let items = self.picker.items();
        let page = self.list_page();
        if self.leaves_list(action) {
            return;
        }
        if let Some(i) = self.picker.cursor.step(action, &items, page) {
            if let Source::Article(article) = self.picker.lines[i] {
                self.mode = Mode::Normal;
                self.open(article);
            }
        }
    }

    /// Lines a list pages by: its box's height, about.
    fn list_page(&self) -> usize {
        usize::from(self.size.1.saturating_sub(6)).max(1)
    }

    /// Whether `action` leaves the list on screen: `Esc`, or the key that
    /// opened it, back to the panes; `?` to help.
    fn leaves_list(&mut self, action: Action) -> bool {
        match action {
            Action::CloseOverlay | Action::Claims | Action::Picker => self.mode = Mode::Normal,
            Action::Help => self.mode = Mode::Help,
            _ => return false,
        }
        true
    }

    fn typing(&mut self, action: Action) {
        let searching = self.mode == Mode::Search;
        if self.prompt.edit(action) {
            if searching {
                self.search.query = self.prompt.text().to_string();
                self.search
                    .refresh(&self.comparison, &self.panes, &self.document);
            }
            return;
        }
        match action {
            Action::CloseOverlay => {
                if searching {
                    self.search = Search::default();
                }
                self.mode = Mode::Normal;
            }
            Action::Submit if searching => {
                self.mode = Mode::Normal;
                if self.search.query.is_empty() {
                    return;
                }
                if self.search.matches.is_empty() {
                    self.message = Some(self.no_match());
                    self.search = Search::default();
                } else {
                    self.step_match(!self.search.backward);
                }
            }
            Action::Submit if export::exists(self.prompt.text()) => {
                self.mode = Mode::Replace;
            }
            Action::Submit => self.export(),
            _ => {}
        }
    }

    /// The answer to "replace the file?": `y` writes over it; `n` or
    /// `Esc` go back to the prompt, to give another name.
    fn replace(&mut self, action: Action) {
        match action {
            Action::Input('y' | 'Y') => self.export(),
            Action::Input('n' | 'N') | Action::CloseOverlay => self.mode = Mode::Export,
            _ => {}
        }
    }

    /// Writes the panes' comparison to the file the prompt names.
    fn export(&mut self) {
        self.mode = Mode::Normal;
        self.message = Some(
            export::write(&self.on_screen(), self.prompt.text(), &self.inputs)
                .unwrap_or_else(|why| why),
        );
    }

    /// The comparison of the articles in the panes, the first read against
    /// the others as on screen: what `e` exports.
    fn on_screen(&self) -> Comparison {
        self.comparison.subset(&self.panes)
    }

    fn resize(&mut self, width: u16, height: u16) {
        if (width, height) != self.size {
            self.size = (width, height);
            self.relayout();
            self.clamp_help();
        }
    }

    /// Shows the next (or previous) article of the focused pane's story
    /// in that pane, skipping those the other panes show.
    fn step_article(&mut self, step: isize) {
        let shown = self.panes[self.focus];
        let story = self.comparison.story_of(shown);
        let members = members(&self.comparison, story);
        let free = members.iter().filter(|a| !self.panes.contains(a)).count();
        if free == 0 {
            self.message = Some(if self.comparison.stories.len() > 1 {
                "every article of this story is on screen; o lists the other stories".to_string()
            } else {
                "every article loaded is on screen; give more files or a folder".to_string()
            });
            return;
        }
        let count = members.len() as isize;
        let mut at = members.iter().position(|&a| a == shown).unwrap_or(0) as isize;
        let next = loop {
            at = (at + step).rem_euclid(count);
            let candidate = members[at as usize];
            if !self.panes.contains(&candidate) {
                break candidate;
            }
        };
        let mut panes = self.panes.clone();
        panes[self.focus] = next;
        self.show(panes);
    }

    /// Shows `article` in the focused pane; when another pane shows it,
    /// the two panes swap articles. An article of another story brings its
    /// story: the other panes show that story's first articles.
    fn open(&mut self, article: usize) {
        let story = self.comparison.story_of(article);
        let mut panes = self.panes.clone();
        if panes.iter().any(|&a| self.comparison.story_of(a) != story) {
            let others = members(&self.comparison, story)
                .into_iter()
                .filter(|&a| a != article);
            let mut fresh = vec![article];
            fresh.extend(others.take(self.panes.len().saturating_sub(1)));
            self.focus = 0;
            self.first_visible = 0;
            self.scroll = vec![0; fresh.len()];
            self.show(fresh);
            return;
        }
        match panes.iter().position(|&a| a == article) {
            Some(other) => panes.swap(self.focus, other),
            None => panes[self.focus] = article,
        }
        self.show(panes);
    }

    /// Brings paragraph `paragraph` of `article` to the middle of the
    /// panes, showing the article first if no pane does.
    fn jump_to(&mut self, article: usize, paragraph: usize) {
        match self.panes.iter().position(|&a| a == article) {
            Some(pane) => self.focus = pane,
            None => {
                let mut panes = self.panes.clone();
                panes[self.focus] = article;
                self.show(panes);
            }
        }
        let row = self
            .document
            .rows
            .iter()
            .position(|r| self.comparison.rows[r.row].cells[article].contains(&paragraph));
        if let Some(row) = row {
            self.selected = Some(row);
            self.centre(self.document.rows[row].top);
        }
    }

    fn more_panes(&mut self) {
        let wanted = self.panes.len() + 1;
        if wanted > self.comparison.articles.len() {
            self.message = Some("every article loaded is on screen already".to_string());
            return;
        }
        if wanted > panes_that_fit(self.size.0) {
            self.message = Some(format!(
                "too narrow for {wanted} panes: they need {} columns, the terminal has {}",
                usize::from(layout::MIN_PANE_WIDTH) * wanted,
                self.size.0
            ));
            return;
        }
        // The next article of the focused pane's story, else of any.
        let story = members(
            &self.comparison,
            self.comparison.story_of(self.panes[self.focus]),
        );
        let next = story
            .into_iter()
            .chain(0..self.comparison.articles.len())
            .find(|a| !self.panes.contains(a))
            .expect("fewer panes than articles");
        let mut panes = self.panes.clone();
        panes.push(next);
        self.show(panes);
    }

    fn fewer_panes(&mut self) {
        if self.panes.len() == 1 {
            self.message = Some("only one article is loaded".to_string());
            return;
        }
        if self.panes.len() == 2 {
            self.message = Some("two panes are the fewest for a comparison".to_string());
            return;
        }
        let mut panes = self.panes.clone();
        panes.pop();
        self.show(panes);
    }

    /// Sets the panes' articles and lays them out again.
    fn show(&mut self, panes: Vec<usize>) {
        let top = self.top();
        self.diffs = pane_diffs(&self.comparison, &panes);
        self.scroll = vec![top; panes.len()];
        self.focus = self.focus.min(panes.len() - 1);
        self.panes = panes;
        self.selected = None;
        self.rebuild();
    }

    fn toggle_sync(&mut self) {
        self.sync = !self.sync;
        if self.sync {
            // The panes line up again where the reader is looking.
            let top = self.top();
            self.scroll.fill(top);
            self.message = Some("synchronised scrolling on".to_string());
        } else {
            self.message =
                Some("synchronised scrolling off: j/k scroll the focused pane".to_string());
        }
    }

    /// The pane (an index into `panes`) drawn over a screen cell.
    fn pane_at(&self, column: u16, row: u16) -> Option<usize> {
        let at = Position::new(column, row);
        let screen = self.own_screen();
        let i = screen.panes.iter().position(|area| area.contains(at))?;
        Some(self.visible().start + i)
    }

    /// Moves to the next (or previous) row that differs, from the selected
    /// row or else from the top of the screen, and centres it.
    fn step_difference(&mut self, forward: bool) {
        let rows = &self.document.rows;
        let from = self.selected.or_else(|| self.document.row_at(self.top()));
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
                let before = (0..i).filter(|&r| rows[r].is_difference()).count();
                let total = before + (i..rows.len()).filter(|&r| rows[r].is_difference()).count();
                self.message = Some(format!("difference {} of {total}", before + 1));
                self.selected = Some(i);
                self.centre(self.document.rows[i].top);
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

    /// What to say when the panes hold no match: where else the query
    /// is, numbered as the status line numbers articles.
    fn no_match(&self) -> String {
        let elsewhere = self.search.elsewhere(&self.comparison, &self.panes);
        match elsewhere.as_slice() {
            [] => "no match in any article".to_string(),
            [a] => format!(
                "no match on screen; article {} ({}) has it: o to open it",
                a + 1,
                crate::sanitize::clean_line(&self.comparison.articles[*a].label())
            ),
            many => format!(
                "no match on screen; articles {} have it: o to open one",
                many.iter()
                    .map(|a| (a + 1).to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }

    /// Moves to the next (or previous) match, wrapping around at the ends
    /// as vim does; with no match current, from the top of the screen:
    /// forward to the first match from there, back to the last above it.
    fn step_match(&mut self, forward: bool) {
        let count = self.search.matches.len();
        if count == 0 {
            self.message = Some("no match".to_string());
            return;
        }
        let next = match self.search.current {
            Some(i) if forward => (i + 1) % count,
            Some(i) => (i + count - 1) % count,
            None => {
                let here = self.document.row_at(self.top()).unwrap_or(0);
                let matches = &self.search.matches;
                if forward {
                    matches.iter().position(|m| m.row >= here).unwrap_or(0)
                } else {
                    matches
                        .iter()
                        .rposition(|m| m.row < here)
                        .unwrap_or(count - 1)
                }
            }
        };
        let wrapped = if forward {
            next == 0
        } else {
            next == count - 1
        };
        if self.search.current.is_some() && wrapped && count > 1 {
            self.message = Some(
                if forward {
                    "search wrapped to the top"
                } else {
                    "search wrapped to the bottom"
                }
                .to_string(),
            );
        }
        self.search.current = Some(next);
        let found = &self.search.matches[next];
        if !self.visible().contains(&found.pane) {
            // A match in a pane off screen: show that pane, laid out as
            // it shows.
            self.focus = found.pane;
            self.follow_focus();
            self.fit_heights();
        }
        let found = &self.search.matches[next];
        let laid = &self.document.rows[found.row];
        let offset = laid.sides[found.pane]
            .lines
            .iter()
            .position(|line| {
                line.paragraph == found.paragraph
                    && line
                        .pieces
                        .last()
                        .is_some_and(|p| p.at + p.text.len() > found.range.start)
            })
            .unwrap_or(0);
        self.selected = Some(found.row);
        self.centre(laid.top + offset);
    }

    /// A scroll the reader asked for: `n`/`N` then start from the screen,
    /// not from a difference left behind.
    fn scroll_by_hand(&mut self, pane: usize, line: usize) {
        self.selected = None;
        let line = self.clamp(line);
        if self.sync {
            self.scroll.fill(line);
        } else {
            self.scroll[pane] = line;
        }
    }

    /// Brings `line` to the middle of every pane: a jump is to a row, and
    /// a row is on the same line in every pane.
    fn centre(&mut self, line: usize) {
        let line = self.clamp(line.saturating_sub(self.viewport() / 2));
        self.scroll.fill(line);
    }

    fn clamp(&self, line: usize) -> usize {
        line.min(self.document.lines.saturating_sub(self.viewport()))
    }

    /// Lays the document out again when the text width changed, and keeps
    /// the scroll within it. The search stands: its matches index rows and
    /// paragraph bytes, which a new width leaves as they were.
    fn relayout(&mut self) {
        if pane_text_size(self.own_screen().panes[0]).0 != self.width {
            self.wrap();
        } else {
            self.clamp_all();
        }
    }

    /// Keeps every pane's top line within the document (the viewport
    /// changes with the height too).
    fn clamp_all(&mut self) {
        for i in 0..self.scroll.len() {
            self.scroll[i] = self.clamp(self.scroll[i]);
        }
    }

    /// Lays the document out for the panes' articles and searches it again.
    fn rebuild(&mut self) {
        self.wrap();
        self.search
            .refresh(&self.comparison, &self.panes, &self.document);
    }

    /// Lays the document out for the panes' articles at the current
    /// width, keeping every pane's top row in view across the re-wrap.
    fn wrap(&mut self) {
        let anchors: Vec<Option<usize>> = self
            .scroll
            .iter()
            .map(|&line| {
                self.document
                    .row_at(line)
                    .map(|i| self.document.rows[i].row)
            })
            .collect();
        self.width = pane_text_size(self.own_screen().panes[0]).0;
        let sized_by = self.narrow().then_some(self.focus);
        self.document = Document::build(
            &self.comparison,
            (&self.panes, sized_by),
            &self.diffs,
            self.width,
        );
        for (scroll, anchor) in self.scroll.iter_mut().zip(anchors) {
            *scroll = anchor
                .and_then(|row| self.document.rows.iter().find(|r| r.row >= row))
                .map_or(0, |r| r.top);
        }
        self.clamp_all();
        if self.selected.is_some_and(|i| i >= self.document.rows.len()) {
            self.selected = None;
        }
    }
}

#[cfg(test)]
mod tests;
