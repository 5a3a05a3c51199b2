//! A temporary export removed when a signal ends the run while it is
//! being written.
//!
//! `kill` (SIGTERM), Ctrl-C (SIGINT) or a closed terminal (SIGHUP) end a
//! process without running its destructors, so the temporary file of an
//! export cut short would stay beside the destination. While one exists,
//! these signals remove it at once, from the handler, and are noted; the
//! export then reports that a signal stopped it, and the binary ends by
//! that signal as it would have. A kill -9 cannot be caught: what it
//! leaves is swept by the next export to that folder.

use std::ffi::CString;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicI32, Ordering};

use signal_hook::SigId;

/// The signals that end a process from outside and can be caught.
#[cfg(unix)]
const ENDING: &[i32] = &[
    signal_hook::consts::SIGTERM,
    signal_hook::consts::SIGINT,
    signal_hook::consts::SIGHUP,
];

#[cfg(not(unix))]
const ENDING: &[i32] = &[signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT];

/// A signal stopped an export; its number, so the caller can end by it.
#[derive(Debug, thiserror::Error)]
#[error("stopped by signal {0}")]
pub struct Interrupted(pub i32);

/// Watches for an ending signal while the temporary file at a path exists.
pub struct Watch {
    ids: Vec<SigId>,
    signal: Arc<AtomicI32>,
}

impl Watch {
    /// Starts watching for `temporary`. Should a handler not register, the
    /// file is still removed on every other way out, and swept later.
    pub fn new(temporary: &Path) -> Watch {
        let signal = Arc::new(AtomicI32::new(0));
        let Ok(path) = CString::new(temporary.as_os_str().as_encoded_bytes()) else {
            return Watch {
                ids: Vec::new(),
                signal,
            };
        };
        let path = Arc::new(path);
        let ids = ENDING
            .iter()
            .filter_map(|&number| {
                let (path, signal) = (Arc::clone(&path), Arc::clone(&signal));
                let action = move || {
                    // SAFETY: unlink is async-signal-safe, and the path was
                    // made before the handler could run; nothing allocates.
                    unsafe {
                        libc::unlink(path.as_ptr());
                    }
                    signal.store(number, Ordering::SeqCst);
                };
                // SAFETY: the action only unlinks and stores an atomic,
                // both async-signal-safe.
                unsafe { signal_hook::low_level::register(number, action) }.ok()
            })
            .collect();
        Watch { ids, signal }
    }

    /// The signal that came while watching, if one did.
    pub fn signal(&self) -> Option<i32> {
        match self.signal.load(Ordering::SeqCst) {
            0 => None,
            number => Some(number),
        }
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        for &id in &self.ids {
            signal_hook::low_level::unregister(id);
        }
    }
}
