//! Long output on a terminal goes through a pager, as git and delta do:
//! `$NEWSDIFF_PAGER`, else `$PAGER`, else `less -FRX` (which quits at once
//! when the text fits one screen, keeps colours and leaves the text on
//! screen). Never when standard output is a file or a pipe, so scripts
//! read exactly what they read before.

use std::io::{self, IsTerminal, Write};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

/// The pager when neither variable names one.
const DEFAULT: &str = "less -FRX";

/// The pager command the environment asks for; `None` when it asks for
/// none (an empty variable, or `cat`, as git reads them).
fn command(newsdiff_pager: Option<String>, pager: Option<String>) -> Option<String> {
    let chosen = newsdiff_pager
        .or(pager)
        .unwrap_or_else(|| DEFAULT.to_string());
    let chosen = chosen.trim();
    (!chosen.is_empty() && chosen != "cat").then(|| chosen.to_string())
}

/// Writes `text` to standard output, through the pager when `wanted` and
/// standard output is a terminal. A pager that cannot start is passed
/// over and the text printed as it is; one the reader quits early is no
/// error.
pub fn show(text: &[u8], wanted: bool) -> io::Result<()> {
    let pager = wanted && io::stdout().is_terminal();
    let command = pager
        .then(|| {
            command(
                std::env::var("NEWSDIFF_PAGER").ok(),
                std::env::var("PAGER").ok(),
            )
        })
        .flatten();
    match command.and_then(|line| spawn(&line)) {
        Some(mut child) => {
            // Ctrl-C reaches the pager and newsdiff alike: the pager
            // answers it (less stops a search), and newsdiff must not die
            // under it, leaving it on the terminal; as git does.
            let interrupted = Arc::new(AtomicBool::new(false));
            let handler = signal_hook::flag::register(signal_hook::consts::SIGINT, interrupted);
            let written = child
                .stdin
                .take()
                .map_or(Ok(()), |mut stdin| stdin.write_all(text));
            let waited = child.wait();
            if let Ok(handler) = handler {
                signal_hook::low_level::unregister(handler);
            }
            waited?;
            match written {
                Err(err) if err.kind() != io::ErrorKind::BrokenPipe => Err(err),
                _ => Ok(()),
            }
        }
        None => io::stdout().lock().write_all(text),
    }
}

/// Starts the pager through the shell, so a command line with its own
/// arguments and quotes works as it does in git.
fn spawn(line: &str) -> Option<std::process::Child> {
    let mut shell = if cfg!(windows) {
        let mut cmd = Command::new("cmd");
        cmd.arg("/C");
        cmd
    } else {
        let mut cmd = Command::new("sh");
        cmd.arg("-c");
        cmd
    };
    // A `less` named without options still keeps colours and quits on a
    // short text, as git arranges it.
    if std::env::var_os("LESS").is_none() {
        shell.env("LESS", "FRX");
    }
    shell.arg(line).stdin(Stdio::piped()).spawn().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newsdiff_pager_wins_then_pager_then_less() {
        let some = |s: &str| Some(s.to_string());
        assert_eq!(command(some("most"), some("more")), some("most"));
        assert_eq!(command(None, some("more -s")), some("more -s"));
        assert_eq!(command(None, None), some("less -FRX"));
        // An empty variable or cat asks for no pager, as in git.
        assert_eq!(command(some(""), some("more")), None);
        assert_eq!(command(None, some("cat")), None);
    }
}
