//! The terminal reader: articles side by side, row by row.
//!
//! [`run`] owns the terminal: it enters raw mode, the alternate screen and
//! mouse capture, loops draw → event → update, and restores the terminal
//! on every way out: errors, panics (the hook restores it before the panic
//! message prints, so the message is readable), and signals from outside
//! (`kill`, a closed terminal window), after which the signal takes its
//! usual course so the parent sees how the reader ended.

mod action;
mod app;
mod claims;
mod export;
mod hangup;
mod layout;
mod search;
mod theme;
mod view;

use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::time::Duration;

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};

pub use action::{Action, BINDINGS, INPUT_BINDINGS};
pub use app::{App, Mode};
pub use theme::Theme;
pub use view::draw;

use crate::compare::{Comparison, Findings};

/// Signals that end a program by default and can come from outside while
/// the reader runs. In raw mode Ctrl-C is a key, so SIGINT here is another
/// program's `kill -INT`.
#[cfg(unix)]
const ENDING_SIGNALS: &[i32] = &[
    signal_hook::consts::SIGTERM,
    signal_hook::consts::SIGHUP,
    signal_hook::consts::SIGINT,
    signal_hook::consts::SIGQUIT,
];

#[cfg(not(unix))]
const ENDING_SIGNALS: &[i32] = &[signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT];

/// How often the loop looks for a signal while no key arrives: quick
/// enough that a `kill` is answered at once, rare enough to cost nothing.
const SIGNAL_CHECK: Duration = Duration::from_millis(100);

/// How often the loop looks for the engine's findings while they are
/// being worked out: soon enough that they seem to appear when ready.
const FINDINGS_CHECK: Duration = Duration::from_millis(20);

/// Runs the reader on a laid-out comparison (see
/// [`crate::compare::layout`]) until the user quits or a signal ends it,
/// and gives what the engine cut short, if it finished.
///
/// The first frame shows the rows at once; claims and facts are worked
/// out on another thread and taken in when ready. `inputs` are the files
/// the articles came from, which its exports never replace.
pub fn run(
    comparison: Comparison,
    inputs: Vec<PathBuf>,
    skipped: Vec<String>,
) -> io::Result<Vec<String>> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        hook(info);
    }));
    // A signal handler may only note that the signal came; the loop sees
    // the note, leaves, and the terminal is restored here, on this thread.
    let signal = Arc::new(AtomicUsize::new(0));
    let mut handlers = Vec::new();
    for &number in ENDING_SIGNALS {
        let value = usize::try_from(number).unwrap_or(0);
        handlers.push(signal_hook::flag::register_usize(
            number,
            Arc::clone(&signal),
            value,
        )?);
    }
    hangup::watch();
    let (found, findings) = mpsc::channel();
    let laid_out = comparison.clone();
    // Detached: a reader that quits first need not wait for it.
    std::thread::spawn(move || found.send(laid_out.findings()));
    // Restore even when set-up fails halfway (raw mode on, no screen).
    let result = ratatui::try_init().and_then(|mut terminal| {
        crossterm::execute!(io::stdout(), EnableMouseCapture)?;
        event_loop(
            &mut terminal,
            comparison,
            (inputs, skipped),
            (&findings, &signal),
        )
    });
    restore();
    for handler in handlers {
        signal_hook::low_level::unregister(handler);
    }
    match i32::try_from(signal.load(Ordering::SeqCst)) {
        Ok(number) if number != 0 => {
            signal_hook::low_level::emulate_default_handler(number)?;
            Ok(Vec::new())
        }
        _ => result,
    }
}

fn restore() {
    // Best effort: the terminal may be gone, and there is no one to tell.
    let _ = crossterm::execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
    let _ = io::stdout().flush();
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    comparison: Comparison,
    (inputs, skipped): (Vec<PathBuf>, Vec<String>),
    (findings, signal): (&mpsc::Receiver<Findings>, &AtomicUsize),
) -> io::Result<Vec<String>> {
    let size = terminal.size()?;
    let mut app = App::new(comparison, Theme::from_env(), size.width, size.height);
    app.pending = true;
    app.inputs = inputs;
    app.skipped = skipped;
    let signalled = || signal.load(Ordering::SeqCst) != 0;
    while !app.quit && !signalled() {
        terminal.draw(|frame| draw(frame, &app))?;
        // Findings that arrive while no key does are drawn at once.
        let wait = if app.pending {
            FINDINGS_CHECK
        } else {
            SIGNAL_CHECK
        };
        loop {
            if signalled() || crossterm::event::poll(wait)? {
                break;
            }
            if app.pending {
                match findings.try_recv() {
                    Ok(found) => app.settle(found),
                    // The engine's thread ended without them: a bug,
                    // whose panic message says what.
                    Err(mpsc::TryRecvError::Disconnected) => app.pending = false,
                    Err(mpsc::TryRecvError::Empty) => continue,
                }
                break;
            }
        }
        // Take every event already waiting before drawing again, so a
        // burst (a held key, a wheel spin) costs one frame, not one each.
        while !app.quit && !signalled() && crossterm::event::poll(Duration::ZERO)? {
            handle(&mut app, &crossterm::event::read()?);
        }
    }
    Ok(if app.pending {
        Vec::new()
    } else {
        app.comparison.cuts
    })
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
