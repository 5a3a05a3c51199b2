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
mod claim_list;
mod cursor;
mod export;
mod hangup;
mod help;
mod layout;
mod line;
mod search;
mod sources;
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
        // The findings thread's panic is caught there and told when the
        // reader closes; the reader goes on, so its terminal stays as is.
        if std::thread::current().name() == Some(FINDINGS_THREAD) {
            return;
        }
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
    // Restore even when set-up fails halfway (raw mode on, no screen).
    let result = ratatui::try_init().and_then(|mut terminal| {
        crossterm::execute!(io::stdout(), EnableMouseCapture)?;
        event_loop(&mut terminal, comparison, (inputs, skipped), &signal)
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
    signal: &AtomicUsize,
) -> io::Result<Vec<String>> {
    let size = terminal.size()?;
    let mut app = App::new(comparison, Theme::from_env(), size.width, size.height);
    app.pending = true;
    app.inputs = inputs;
    app.skipped = skipped;
    let signalled = || signal.load(Ordering::SeqCst) != 0;
    let mut findings = None;
    let mut failure = None;
    while !app.quit && !signalled() {
        terminal.draw(|frame| draw(frame, &app))?;
        // Worked out once the first frame is up, so the two never share
        // the cores.
        let findings = findings.get_or_insert_with(|| work_out(&app.comparison));
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
                    Ok(Ok(found)) => app.settle(found),
                    Ok(Err(bug)) => {
                        app.pending = false;
                        app.message = Some(format!("claims could not be worked out: {bug}"));
                        failure = Some(bug);
                    }
                    // The thread could not start.
                    Err(mpsc::TryRecvError::Disconnected) => app.pending = false,
                    Err(mpsc::TryRecvError::Empty) => continue,
                }
                break;
            }
        }
        // Take every event already waiting before drawing again, so a
        // burst (a held key, a wheel spin) costs one frame, not one each.
        let mut resized = false;
        while !app.quit && !signalled() && crossterm::event::poll(Duration::ZERO)? {
            let event = crossterm::event::read()?;
            resized |= matches!(event, crossterm::event::Event::Resize(..));
            handle(&mut app, &event);
        }
        // A terminal resized and back (1x1, then its old size) between two
        // frames has lost what was on it, though its size says nothing
        // changed: the next frame is drawn whole, not as a difference.
        if resized {
            terminal.clear()?;
        }
    }
    let mut notes = if app.pending {
        Vec::new()
    } else {
        app.comparison.cuts
    };
    notes.extend(failure.map(|bug| {
        format!(
            "the claims and facts could not be worked out ({bug}); this is a bug, please report it"
        )
    }));
    Ok(notes)
}

/// Works out the claims and facts of the laid-out `comparison` on a
/// thread of its own, detached: a reader that quits first need not wait.
fn work_out(comparison: &Comparison) -> mpsc::Receiver<Result<Findings, String>> {
    let laid_out = comparison.clone();
    in_background(move || laid_out.findings())
}

/// The name of the thread that works out the findings, by which the
/// panic hook tells its panics from the reader's own.
const FINDINGS_THREAD: &str = "findings";

/// Runs `work` on the findings thread, its panic caught and given back as
/// its message, in words safe for the screen.
fn in_background(
    work: impl FnOnce() -> Findings + Send + 'static,
) -> mpsc::Receiver<Result<Findings, String>> {
    let (found, findings) = mpsc::channel();
    // A thread that cannot start drops `found`, which the loop reads as
    // findings that will not come.
    let _ = std::thread::Builder::new()
        .name(FINDINGS_THREAD.into())
        .spawn(move || {
            let result =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).map_err(|payload| {
                    let message = payload
                        .downcast_ref::<&str>()
                        .map(|s| (*s).to_string())
                        .or_else(|| payload.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "a panic".to_string());
                    crate::sanitize::clean_line(&message)
                });
            let _ = found.send(result);
        });
    findings
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
    fn a_panic_working_out_the_findings_comes_back_as_its_message() {
        let findings = in_background(|| panic!("no figure at \x1b[31m3"));
        let bug = findings.recv().unwrap().unwrap_err();
        assert_eq!(bug, "no figure at 3");
        let findings = in_background(Findings::default);
        assert!(findings.recv().unwrap().is_ok());
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
