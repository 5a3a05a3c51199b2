//! The help overlay: the lines of [`crate::tui::help`] in a box over the
//! screen, scrolled when the terminal is shorter than the list.

use ratatui::Frame;
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::tui::app::App;
use crate::tui::help::{lines, place};

pub fn draw(frame: &mut Frame, app: &App) {
    let lines = lines(app.theme);
    let (area, visible) = place(frame.area(), lines.len());
    let title = if visible < lines.len() {
        " Keys — j/k scroll, Esc closes "
    } else {
        " Keys — Esc closes "
    };
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(lines)
            .block(Block::bordered().title(title))
            .scroll((app.help.scroll as u16, 0)),
        area,
    );
}
