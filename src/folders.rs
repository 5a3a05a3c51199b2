//! Where newsdiff keeps what it fetched and archived, per user.
//!
//! An environment variable names the folder outright (tests isolate
//! themselves with it, and people move the archive with it); else the XDG
//! variable is honoured on every system, as bat and gitui do, since
//! `directories` ignores it on macOS; else the system's folder for
//! newsdiff.

use std::path::{Path, PathBuf};

use directories::ProjectDirs;

/// The folder for responses kept to revalidate and to read offline:
/// `$NEWSDIFF_CACHE_DIR`, else `$XDG_CACHE_HOME/newsdiff`, else the
/// system's cache folder.
pub fn cache() -> Option<PathBuf> {
    folder(
        "NEWSDIFF_CACHE_DIR",
        "XDG_CACHE_HOME",
        ProjectDirs::cache_dir,
    )
}

/// The folder of the archive of versions: `$NEWSDIFF_DATA_DIR`, else
/// `$XDG_DATA_HOME/newsdiff`, else the system's data folder.
pub fn data() -> Option<PathBuf> {
    folder("NEWSDIFF_DATA_DIR", "XDG_DATA_HOME", ProjectDirs::data_dir)
}

fn folder(own: &str, xdg: &str, system: fn(&ProjectDirs) -> &Path) -> Option<PathBuf> {
    let absolute = |name: &str| {
        std::env::var_os(name)
            .map(PathBuf::from)
            .filter(|dir| dir.is_absolute())
    };
    absolute(own)
        .or_else(|| absolute(xdg).map(|dir| dir.join("newsdiff")))
        .or_else(|| ProjectDirs::from("", "", "newsdiff").map(|dirs| system(&dirs).to_path_buf()))
}
