//! The terminal reader: the first two articles side by side, row by row.
//!
//! [`run`] owns the terminal: it enters raw mode and the alternate screen,
//! loops draw → event → update, and restores the terminal on every way out,
//! errors included; `ratatui::init` also restores it before a panic message
//! prints.

mod action;
mod app;
mod layout;
mod theme;
mod view;

use std::io;

pub use action::{Action, BINDINGS};
pub use app::{App, Mode};
pub use theme::Theme;
pub use view::draw;

use crate::compare::Comparison;

/// Runs the reader until the user quits.
pub fn run(comparison: Comparison) -> io::Result<()> {
    // Restore even when set-up fails halfway (raw mode on, no screen).
    let result = ratatui::try_init().and_then(|mut terminal| event_loop(&mut terminal, comparison));
    ratatui::restore();
    result
}

fn event_loop(terminal: &mut ratatui::DefaultTerminal, comparison: Comparison) -> io::Result<()> {
    let size = terminal.size()?;
    let mut app = App::new(comparison, Theme::from_env(), size.width, size.height);
    while !app.quit {
        terminal.draw(|frame| draw(frame, &app))?;
        if let Some(action) = action::from_event(&crossterm::event::read()?) {
            app.update(action);
        }
    }
    Ok(())
}
