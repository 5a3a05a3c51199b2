//! Pure drawing: each view reads `&App` and writes into the frame.

mod help;
mod panes;
mod status;

use ratatui::Frame;

use super::app::{App, Mode};
use super::layout::areas;

/// Draws the whole screen for `app`.
pub fn draw(frame: &mut Frame, app: &App) {
    let (panes, status) = areas(frame.area(), app.panes());
    panes::draw(frame, app, &panes);
    status::draw(frame, app, status);
    if app.mode == Mode::Help {
        help::draw(frame, app);
    }
}
