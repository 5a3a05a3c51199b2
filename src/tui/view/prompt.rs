//! The prompt in place of the status line while typing a search or the
//! export's file name, with the cursor where the typing goes; and the
//! question asked before an export replaces a file.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::sanitize;
use crate::tui::app::{App, Mode};
use crate::tui::export;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let theme = app.theme;
    let (label, help) = match app.mode {
        Mode::Search => {
            let help = match app.search.matches.len() {
                _ if app.search.query.is_empty() => "  Enter search · Esc cancel".to_string(),
                1 => "  1 match · Enter go · Esc cancel".to_string(),
                count => format!("  {count} matches · Enter go · Esc cancel"),
            };
            (if app.search.backward { "?" } else { "/" }, help)
        }
        Mode::Replace => (
            " replace ",
            "? it exists: y replaces it · n or Esc gives another name".to_string(),
        ),
        _ => (
            " export to: ",
            format!("  Enter write · Esc cancel · {}", export::extensions()),
        ),
    };
    // Typed text never holds control characters (the key map drops them),
    // but it may hold bidi overrides, which reorder what is shown.
    let text = sanitize::clean_line(app.prompt.text());
    let before = label.width() + sanitize::clean_line(app.prompt.before_cursor()).width();
    // Keep the cursor in view on a long name.
    let skip = before.saturating_sub(usize::from(area.width.saturating_sub(1)));
    let line = Line::from(vec![
        Span::styled(label, theme.key()),
        Span::raw(text),
        Span::raw(help),
    ]);
    frame.render_widget(
        Paragraph::new(line)
            .style(theme.status_bar())
            .scroll((0, skip as u16)),
        area,
    );
    if app.mode != Mode::Replace {
        let cursor = (before - skip).min(usize::from(area.width.saturating_sub(1)));
        frame.set_cursor_position(Position::new(area.x + cursor as u16, area.y));
    }
}
