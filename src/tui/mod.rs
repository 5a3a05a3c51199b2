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
        handle(&mut app, &crossterm::event::read()?);
        // Take every event already waiting before drawing again, so a
        // burst (a held key, a wheel spin) costs one frame, not one each.
        while !app.quit && crossterm::event::poll(std::time::Duration::ZERO)? {
            handle(&mut app, &crossterm::event::read()?);
        }
    }
    Ok(())
}

/// Turns one terminal event into what it asks of `app`, in the mode it
/// finds the app in.
fn handle(app: &mut App, event: &crossterm::event::Event) {
    if let Some(key) = action::after_escape(event) {
        app.update(Action::CloseOverlay);
        handle(app, &key);
    } else if let Some(action) = action::from_event(event, app.mode.is_typing()) {
        app.update(action);
    }
}

#[cfg(test)]
mod tests {
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

    use super::*;
    use crate::compare::compare;
    use crate::corpus::bundled;

    fn key(c: char, modifiers: KeyModifiers) -> Event {
        Event::Key(KeyEvent::new(KeyCode::Char(c), modifiers))
    }

    #[test]
    fn esc_and_a_key_sent_together_close_then_act() {
        let mut app = App::new(compare(&bundled().articles), Theme::plain(), 120, 30);
        handle(&mut app, &key('/', KeyModifiers::NONE));
        handle(&mut app, &key('n', KeyModifiers::NONE));
        assert_eq!((app.mode, app.search.query.as_str()), (Mode::Search, "n"));
        // Esc then c, arriving as Alt-c: the search is cancelled, and c
        // opens the claims rather than being typed.
        handle(&mut app, &key('c', KeyModifiers::ALT));
        assert_eq!(app.mode, Mode::Claims);
        assert!(app.search.query.is_empty());
    }
}
