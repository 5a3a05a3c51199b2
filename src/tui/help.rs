//! What help shows: the key map, from the same tables that dispatch keys,
//! and what the markers mean, as lines; and where its box goes. Kept out
//! of the view because the app counts the lines to stop scrolling where
//! the box runs out.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::action::{BINDINGS, Binding, INPUT_BINDINGS};
use super::layout::centered;
use super::theme::Theme;
use crate::compare::{MARKER_LEGEND, Significance};

/// Help's state while it shows: its first line in view.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Help {
    pub scroll: usize,
}

/// Help's lines. [`App`](super::App) counts them to stop scrolling where the view
/// runs out, so the two are built by this one function.
pub fn lines(theme: Theme) -> Vec<Line<'static>> {
    let label_width = BINDINGS
        .iter()
        .chain(INPUT_BINDINGS)
        .map(|b| b.label.chars().count())
        .max()
        .unwrap_or(0);
    let keys = |bindings: &[Binding]| -> Vec<Line<'static>> {
        bindings
            .iter()
            .filter(|b| !b.label.is_empty())
            .map(|b| {
                Line::from(vec![
                    Span::styled(format!(" {:label_width$}  ", b.label), theme.key()),
                    Span::raw(b.description),
                ])
            })
            .collect()
    };
    let mut lines = keys(BINDINGS);
    lines.push(Line::default());
    lines.push(Line::from(" While typing a search or a file name:"));
    lines.extend(keys(INPUT_BINDINGS));
    lines.push(Line::default());
    lines.extend(legend(theme));
    lines
}

/// Where help's box of `count` lines goes on a `screen`, and how many of
/// the lines show in it; [`App`](super::App) clamps its scroll with the same count.
pub fn place(screen: Rect, count: usize) -> (Rect, usize) {
    // Above the status line, which says how to scroll and close.
    let screen = Rect {
        height: screen.height.saturating_sub(1),
        ..screen
    };
    let area = centered(screen, 84, u16::try_from(count + 2).unwrap_or(u16::MAX));
    (area, usize::from(area.height.saturating_sub(2)))
}

fn legend(theme: Theme) -> Vec<Line<'static>> {
    vec![
        Line::from(format!(" {MARKER_LEGEND}")),
        Line::from(vec![
            Span::raw(" changed "),
            Span::styled(
                "figure, name, negation",
                theme.changed(Significance::Substantive),
            ),
            Span::raw("  "),
            Span::styled("wording", theme.changed(Significance::Wording)),
            Span::raw("  "),
            Span::styled("spelling", theme.changed(Significance::Minor)),
        ]),
        Line::from(vec![
            Span::raw(" figures "),
            Span::styled("in dispute", theme.disputed()),
            Span::raw("  "),
            Span::styled("only this article", theme.own()),
            Span::raw("  search "),
            Span::styled("match", theme.found(false)),
        ]),
    ]
}
