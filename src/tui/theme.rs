//! Styles, in one place. Every mark also reads without colour (bold,
//! underline, reverse, and the marker column), because people run
//! `NO_COLOR=1` and colour-blind readers need the same cues.

use ratatui::style::{Color, Modifier, Style};

use crate::compare::{CellStatus, Significance, Verdict};

#[derive(Clone, Copy, Debug)]
pub struct Theme {
    colour: bool,
}

impl Theme {
    /// Colour unless `NO_COLOR` is set to anything non-empty (no-color.org).
    pub fn from_env() -> Theme {
        Theme {
            colour: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }

    pub fn plain() -> Theme {
        Theme { colour: false }
    }

    fn paint(self, style: Style, colour: Style) -> Style {
        if self.colour {
            style.patch(colour)
        } else {
            style
        }
    }

    /// Changed words, by how much the change matters: a different claim
    /// stands out most; a spelling or punctuation change barely shows.
    pub fn changed(self, significance: Significance) -> Style {
        match significance {
            Significance::Substantive => self.paint(
                Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                Style::new().fg(Color::Yellow),
            ),
            Significance::Wording => self.paint(
                Style::new().add_modifier(Modifier::UNDERLINED),
                Style::new().fg(Color::Cyan),
            ),
            Significance::Minor => Style::new().add_modifier(Modifier::DIM),
        }
    }

    /// A figure the outlets disagree on: the thing a reader came for.
    pub fn disputed(self) -> Style {
        self.paint(
            Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED),
            Style::new().fg(Color::Red),
        )
    }

    /// A name or figure no other article reports.
    pub fn own(self) -> Style {
        self.paint(
            Style::new().add_modifier(Modifier::ITALIC | Modifier::UNDERLINED),
            Style::new().fg(Color::Green),
        )
    }

    /// A search match; `current` for the one `n`/`N` moved to.
    pub fn found(self, current: bool) -> Style {
        let style = Style::new().add_modifier(Modifier::REVERSED | Modifier::UNDERLINED);
        if current {
            self.paint(
                style.add_modifier(Modifier::BOLD),
                Style::new().fg(Color::Magenta),
            )
        } else {
            self.paint(style, Style::new().fg(Color::Yellow))
        }
    }

    /// The selected line of a list (claims, sources).
    pub fn highlight(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// A claim's verdict: a conflict looks like the figures it is about.
    pub fn verdict(self, verdict: Verdict) -> Style {
        match verdict {
            Verdict::Conflict | Verdict::Updated => self.disputed(),
            Verdict::Compatible => self.changed(Significance::Wording),
            Verdict::Same | Verdict::Unique => Style::new().add_modifier(Modifier::BOLD),
        }
    }

    /// The marker column for a cell.
    pub fn marker(self, status: CellStatus) -> Style {
        let colour = match status {
            CellStatus::Empty | CellStatus::Same | CellStatus::Furniture => return Style::new(),
            CellStatus::Edited => Color::Yellow,
            CellStatus::Reworded => Color::Blue,
            CellStatus::Alone => Color::Green,
            CellStatus::Moved => Color::Magenta,
        };
        self.paint(
            Style::new().add_modifier(Modifier::BOLD),
            Style::new().fg(colour),
        )
    }

    /// The marker of the row `n`/`N` selected.
    pub fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    pub fn border(self, focused: bool) -> Style {
        if focused {
            self.paint(
                Style::new().add_modifier(Modifier::BOLD),
                Style::new().fg(Color::Cyan),
            )
        } else {
            self.paint(Style::new(), Style::new().fg(Color::DarkGray))
        }
    }

    pub fn title(self, focused: bool) -> Style {
        let style = Style::new().add_modifier(Modifier::BOLD);
        if focused {
            style.add_modifier(Modifier::REVERSED)
        } else {
            style
        }
    }

    pub fn heading(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn boilerplate(self) -> Style {
        self.paint(
            Style::new().add_modifier(Modifier::ITALIC),
            Style::new().fg(Color::DarkGray),
        )
    }

    pub fn status_bar(self) -> Style {
        self.paint(Style::new().add_modifier(Modifier::REVERSED), Style::new())
    }

    /// Something the reader should know was left out: bold without
    /// colour, yellow with it.
    pub fn warning(self) -> Style {
        self.paint(
            Style::new().add_modifier(Modifier::BOLD),
            Style::new().fg(Color::Yellow),
        )
    }

    pub fn key(self) -> Style {
        self.paint(
            Style::new().add_modifier(Modifier::BOLD),
            Style::new().fg(Color::Cyan),
        )
    }
}
