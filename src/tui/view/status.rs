//! The status line: the keys of the current screen, or what the last
//! action said, and where the reader is.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use unicode_width::UnicodeWidthStr;

use crate::sanitize;
use crate::tui::app::{App, Mode};

fn hints(mode: Mode, searching: bool) -> Vec<(&'static str, &'static str)> {
    match mode {
        Mode::Skipped => vec![("Esc", "close")],
        Mode::Claims => vec![("j/k", "select"), ("Enter", "jump to it"), ("Esc", "close")],
        Mode::Picker => vec![("j/k", "select"), ("Enter", "open"), ("Esc", "close")],
        Mode::Help => vec![("j/k", "scroll"), ("Esc", "close")],
        // Most wanted first: those that do not fit are left out from the end.
        _ => vec![
            ("q", "quit"),
            ("?", "help"),
            ("[ ]", "article"),
            // While a search stands, n/N walk its matches.
            ("n/N", if searching { "match" } else { "diff" }),
            ("c", "claims"),
            ("/", "search"),
            ("o", "sources"),
            ("e", "export"),
            ("Tab", "focus"),
        ],
    }
}

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let theme = app.theme;
    let width = usize::from(area.width);
    let mut position = Vec::new();
    if !app.search.query.is_empty() {
        let at = app.search.current.map_or(0, |c| c + 1);
        let query = sanitize::clean_line(&app.search.query);
        position.push(format!("/{query} {at}/{}", app.search.matches.len()));
    }
    if !app.sync {
        position.push("sync off".to_string());
    }
    // The row a jump selected, else the one at the top.
    let row = app
        .selected
        .or_else(|| app.document.row_at(app.top()))
        .map_or(0, |i| i + 1);
    position.push(format!("row {row}/{}", app.document.rows.len()));
    let panes: Vec<String> = app.panes.iter().map(|a| (a + 1).to_string()).collect();
    position.push(format!(
        "articles {} of {}",
        panes.join(" & "),
        app.comparison.articles.len()
    ));
    if app.pending {
        position.push("finding claims…".to_string());
    }
    let mut spans: Vec<Span> = Vec::new();
    match &app.message {
        Some(message) => spans.push(Span::raw(format!(" {message}"))),
        None => {
            // The position first, then as many hints as fit beside it.
            while position.len() > 1 && right(&position).width() > width {
                position.pop();
            }
            // A hint ends in a space; one more keeps the hints and the
            // position apart, so a hint that would touch it is left out.
            let room = width.saturating_sub(right(&position).width() + 1);
            let mut used = 0;
            // Inputs left out of the comparison are said first, in the
            // warning's colour, with the key that lists them.
            if !app.skipped.is_empty() && app.mode == Mode::Normal {
                let (key, what) = (" !".to_string(), format!(" {} skipped ", app.skipped.len()));
                used += key.width() + what.width();
                spans.push(Span::styled(key, theme.key()));
                spans.push(Span::styled(what, theme.warning()));
            }
            for (key, what) in hints(app.mode, !app.search.query.is_empty()) {
                let (key, what) = (format!(" {key}"), format!(" {what} "));
                used += key.width() + what.width();
                if used > room {
                    break;
                }
                spans.push(Span::styled(key, theme.key()));
                spans.push(Span::raw(what));
            }
        }
    }
    let position = right(&position);
    let used: usize = spans.iter().map(Span::width).sum();
    if used + position.width() <= width {
        spans.push(Span::raw(" ".repeat(width - used - position.width())));
        spans.push(Span::raw(position));
    }
    frame.render_widget(
        Paragraph::new(Line::from(spans)).style(theme.status_bar()),
        area,
    );
}

fn right(parts: &[String]) -> String {
    format!("{} ", parts.join(" · "))
}
