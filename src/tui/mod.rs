//! The terminal reader: articles side by side, row by row.
//!
//! [`run`] owns the terminal: it enters raw mode, the alternate screen and
//! mouse capture, loops draw → event → update, and restores the terminal
//! on every way out: errors, and panics too (the hook restores it before
//! the panic message prints, so the message is readable).

mod action;
mod app;
mod claims;
mod export;
mod layout;
mod search;
mod theme;
mod view;

use std::io::{self, Write};

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};

pub use action::{Action, BINDINGS, INPUT_BINDINGS};
pub use app::{App, Mode};
pub use theme::Theme;
pub use view::draw;

use crate::compare::Comparison;

/// Runs the reader until the user quits.
pub fn run(comparison: Comparison) -> io::Result<()> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        hook(info);
    }));
    // Restore even when set-up fails halfway (raw mode on, no screen).
    let result = ratatui::try_init().and_then(|mut terminal| {
        crossterm::execute!(io::stdout(), EnableMouseCapture)?;
        event_loop(&mut terminal, comparison)
    });
    restore();
    result
}

fn restore() {
    // Best effort: the terminal may be gone, and there is no one to tell.
    let _ = crossterm::execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
    let _ = io::stdout().flush();
}

fn event_loop(terminal: &mut ratatui::DefaultTerminal, comparison: Comparison) -> io::Result<()> {
    let size = terminal.size()?;
    let mut app = App::new(comparison, Theme::from_env(), size.width, size.height);
    while !app.quit {
        terminal.draw(|frame| draw(frame, &app))?;
        let event = crossterm::event::read()?;
        if let Some(action) = action::from_event(&event, app.mode.is_typing()) {
            app.update(action);
        }
        // Take every event already waiting before drawing again, so a
        // burst (a held key, a wheel spin) costs one frame, not one each.
        while !app.quit && crossterm::event::poll(std::time::Duration::ZERO)? {
            let event = crossterm::event::read()?;
            if let Some(action) = action::from_event(&event, app.mode.is_typing()) {
                app.update(action);
            }
        }
    }
    Ok(())
}
