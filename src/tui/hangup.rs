//! Leaving when the terminal goes away.
//!
//! When a reader's terminal closes without a signal reaching it (a tmux
//! server killed, an orphaned process group), the terminal stays readable
//! while every read returns nothing, and crossterm 0.29 retries such reads
//! inside `event::poll` without end (crossterm issue #793): the loop never
//! gets control back, and the process spins on a core for ever. A thread
//! that only waits for the hang-up on the terminal, never reading from it
//! so no key is taken from the reader, ends the process instead.

use std::time::Duration;

/// How long the watch waits between looks; a hang-up wakes it at once.
const LOOK: Duration = Duration::from_secs(1);

/// The exit status of a process ended by a hang-up (128 + SIGHUP), as a
/// shell reports it.
const HUNG_UP: i32 = 129;

/// Starts watching the terminal the reader reads keys from.
#[cfg(unix)]
pub fn watch() {
    use std::os::fd::AsRawFd;
    // The terminal itself, as crossterm opens it when standard input is
    // not one; kept open for as long as the process runs.
    let Ok(tty) = std::fs::File::open("/dev/tty") else {
        return;
    };
    let spawned = std::thread::Builder::new()
        .name("hangup".into())
        .spawn(move || {
            let mut watched = libc::pollfd {
                fd: tty.as_raw_fd(),
                // No event asked for: a hang-up, an error or a closed
                // descriptor are always reported, and input is left alone.
                events: 0,
                revents: 0,
            };
            let timeout = libc::c_int::try_from(LOOK.as_millis()).unwrap_or(1000);
            loop {
                // SAFETY: one valid pollfd, owned by this thread, and its
                // descriptor is kept open by `tty` for the thread's life.
                let ready = unsafe { libc::poll(&mut watched, 1, timeout) };
                if ready > 0
                    && watched.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
                {
                    // Nothing is left to restore: the terminal is gone.
                    std::process::exit(HUNG_UP);
                }
            }
        });
    // Without the watch the reader still works; it only lacks this guard.
    drop(spawned);
}

#[cfg(not(unix))]
pub fn watch() {}
