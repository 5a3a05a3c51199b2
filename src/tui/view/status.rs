//! The status line: the main keys, or what the last action said, and
//! where the reader is.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::app::App;

const HINTS: &[(&str, &str)] = &[
    ("q", "quit"),
    ("?", "help"),
    ("Tab", "focus"),
    ("[ ]", "article"),
    ("j/k", "scroll"),
    ("n/N", "difference"),
];

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let theme = app.theme;
    let mut spans: Vec<Span> = Vec::new();
    match &app.message {
        Some(message) => spans.push(Span::raw(format!(" {message}"))),
        None => {
            for (key, what) in HINTS {
                spans.push(Span::styled(format!(" {key}"), theme.key()));
                spans.push(Span::raw(format!(" {what} ")));
            }
        }
    }
    let row = app.document.row_at(app.scroll).map_or(0, |i| i + 1);
    let position = format!(
        "row {row}/{} · articles {} & {} of {} ",
        app.document.rows.len(),
        app.pair[0] + 1,
        app.pair[1] + 1,
        app.comparison.articles.len()
    );
    let used: usize = spans.iter().map(Span::width).sum();
    let gap = usize::from(area.width).saturating_sub(used + position.chars().count());
    if gap > 0 {
        spans.push(Span::raw(" ".repeat(gap)));
        spans.push(Span::raw(position));
    }
    frame.render_widget(
        Paragraph::new(Line::from(spans)).style(theme.status_bar()),
        area,
    );
}
