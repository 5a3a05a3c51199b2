//! The list of inputs that could not be read, and why: a reader who gave
//! a folder sees what was left out of the comparison, not only a warning
//! scrolled away above the screen.

use ratatui::Frame;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::centered;
use crate::sanitize;
use crate::tui::app::App;

pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let lines: Vec<Line> = app
        .skipped
        .iter()
        .map(|warning| Line::from(format!(" {}", sanitize::clean_line(warning))))
        .collect();
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let width = area.width.saturating_sub(4).min(100);
    let area = centered(area, width, height);
    let title = format!(
        " {} input{} skipped — Esc closes ",
        app.skipped.len(),
        if app.skipped.len() == 1 { "" } else { "s" }
    );
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(title)),
        area,
    );
}
