//! Writing an export so that a reader of the file never sees half of it.
//!
//! The text goes to a temporary file in the destination's folder, is synced
//! to disk, then renamed over the destination: a rename within one folder
//! is atomic, so the file is either the old one or the whole new one, even
//! when the disk fills up or the process dies midway. The folder is synced
//! too, so the rename itself survives a crash. A kill (SIGTERM, SIGINT,
//! SIGHUP) while writing removes the temporary file at once (see
//! `interrupt.rs`); one left by a kill -9 is swept by the next export.
//!
//! A destination that exists and is not a regular file (`/dev/stdout`, a
//! named pipe, `/dev/null`) is a stream, not a document: it is written in
//! place, since renaming over it would replace the device or pipe with a
//! file.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::interrupt::{Interrupted, Watch};
use crate::sanitize;

/// Why an export could not be written, naming the path.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {problem}")]
pub struct WriteError {
    pub path: String,
    pub problem: String,
    /// The underlying error, kept for callers; the message above already
    /// says what it means, so it is not chained into the display.
    pub io: io::Error,
}

impl WriteError {
    /// The signal that stopped the export, when one did: the caller ends
    /// by it, as the signal meant.
    pub fn signal(&self) -> Option<i32> {
        let inner = self.io.get_ref()?;
        inner.downcast_ref::<Interrupted>().map(|stop| stop.0)
    }
}

/// Writes `bytes` to `path` atomically. A symbolic link is followed to
/// the end of its chain, so the file it leads to is replaced and every
/// link stays a link. `inputs` are the files the comparison was read
/// from: an export never replaces one of them, whatever name leads there.
pub fn write_atomic(path: &Path, bytes: &[u8], inputs: &[PathBuf]) -> Result<(), WriteError> {
    write_atomic_with(path, inputs, &mut |out| out.write_all(bytes))
}

/// [`write_atomic`], with what `write` writes as it makes it, so a huge
/// export is never held whole.
pub fn write_atomic_with(
    path: &Path,
    inputs: &[PathBuf],
    write: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
) -> Result<(), WriteError> {
    let named = path;
    let refuse = |problem: String, kind: io::ErrorKind| WriteError {
        path: sanitize::path(named),
        problem,
        io: io::Error::from(kind),
    };
    let path = &follow_links(named)
        .map_err(|problem| refuse(problem.into(), io::ErrorKind::InvalidInput))?;
    if let Some(input) = inputs.iter().find(|input| same_file(path, input)) {
        return Err(refuse(
            format!(
                "is an article being compared ({}); articles are never overwritten, so choose another name",
                sanitize::path(input)
            ),
            io::ErrorKind::AlreadyExists,
        ));
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let fail = |io: io::Error| WriteError {
        path: sanitize::path(named),
        problem: describe(&io, folder),
        io,
    };
    if let Ok(existing) = std::fs::metadata(path) {
        if existing.is_dir() {
            return Err(fail(io::Error::new(
                io::ErrorKind::IsADirectory,
                "is a folder",
            )));
        }
        if !existing.is_file() {
            let stream = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(fail)?;
            let mut stream = io::BufWriter::new(stream);
            return write(&mut stream)
                .and_then(|()| stream.flush())
                .map_err(fail);
        }
    }
    if write_protected(folder) {
        return Err(fail(io::Error::from(io::ErrorKind::PermissionDenied)));
    }
    if std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().readonly()) {
        return Err(refuse(
            "is write-protected; make it writable or choose another name".into(),
            io::ErrorKind::PermissionDenied,
        ));
    }
    sweep(folder);
    // The watch starts before the file exists: a signal between the two
    // would otherwise end the run by default and leave the file behind.
    let mut watching = None;
    let mut file = tempfile::Builder::new()
        .prefix(TEMPORARY_PREFIX)
        .suffix(TEMPORARY_SUFFIX)
        .make_in(folder, |candidate| {
            watching = Some(Watch::new(candidate));
            create_private(candidate)
        })
        .map_err(fail)?;
    let watch = watching.expect("make_in names a file before it returns one");
    hold(file.as_file());
    let written = (|| {
        let mut buffered = io::BufWriter::new(&mut file);
        write(&mut buffered)?;
        buffered.flush()?;
        drop(buffered);
        // A temporary file is private (0600); an export is for sharing, so
        // it keeps the permissions of the file it replaces, else 0644.
        let permissions = match std::fs::metadata(path) {
            Ok(existing) => existing.permissions(),
            Err(_) => default_permissions(),
        };
        file.as_file().set_permissions(permissions)?;
        file.as_file().sync_all()?;
        // A signal that came while writing removed the file: nothing is
        // renamed over the destination.
        if watch.signal().is_some() {
            return Err(io::ErrorKind::Interrupted.into());
        }
        file.persist(path).map_err(|err| err.error)?;
        sync_folder(folder);
        Ok(())
    })();
    // A signal during the rename may have removed the file before it (so
    // the rename failed) or after (the export is whole): either way the
    // destination is whole, and the run ends by the signal.
    let Some(signal) = watch.signal() else {
        return written.map_err(fail);
    };
    let problem = if written.is_ok() {
        format!("written whole, then stopped by signal {signal}")
    } else {
        format!(
            "stopped by signal {signal} before it was written; a file already there is unchanged"
        )
    };
    Err(WriteError {
        path: sanitize::path(named),
        problem,
        io: io::Error::new(io::ErrorKind::Interrupted, Interrupted(signal)),
    })
}

/// How a temporary export is named: hidden, and told apart from anything
/// else in the folder.
const TEMPORARY_PREFIX: &str = ".newsdiff-";
const TEMPORARY_SUFFIX: &str = ".tmp";

/// How old a temporary export must be before another run may take it for
/// one left behind: never one just made and not yet locked.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(2);

/// Creates a temporary export only it may read (0600, as `tempfile` does)
/// and never one already there.
fn create_private(path: &Path) -> io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// Marks a temporary export as being written, for as long as this process
/// lives: the lock goes when the process does, however it ends.
#[cfg(unix)]
fn hold(file: &std::fs::File) {
    use std::os::fd::AsRawFd;
    // SAFETY: flock on a descriptor the caller keeps open.
    unsafe {
        libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB);
    }
}

#[cfg(not(unix))]
fn hold(_file: &std::fs::File) {}

/// Removes what exports killed midway (kill -9, a power cut) left in
/// `folder`: temporary exports no live process holds. Best effort; a file
/// that cannot be looked at is left alone.
#[cfg(unix)]
fn sweep(folder: &Path) {
    use std::os::fd::AsRawFd;
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(TEMPORARY_PREFIX) && name.ends_with(TEMPORARY_SUFFIX)) {
            continue;
        }
        let old = entry
            .metadata()
            .ok()
            .filter(std::fs::Metadata::is_file)
            .and_then(|m| m.modified().ok())
            .and_then(|at| at.elapsed().ok())
            .is_some_and(|age| age >= STALE_AFTER);
        let Ok(file) = std::fs::File::open(entry.path()) else {
            continue;
        };
        // SAFETY: flock on a descriptor `file` owns.
        let free = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } == 0;
        if old && free {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(not(unix))]
fn sweep(_folder: &Path) {}

/// Where a chain of symbolic links ends, read link by link rather than
/// resolved, so that a link to a file not written yet still leads there
/// and no link in the middle is replaced by the export.
fn follow_links(named: &Path) -> Result<PathBuf, &'static str> {
    /// As many links as Linux follows before it gives up (`ELOOP`).
    const MAX_LINKS: usize = 40;
    let mut path = named.to_path_buf();
    for _ in 0..MAX_LINKS {
        let is_link = std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
        if !is_link {
            return Ok(path);
        }
        let target = std::fs::read_link(&path).map_err(|_| "is a link that cannot be read")?;
        path = match path.parent() {
            Some(folder) if target.is_relative() => folder.join(target),
            _ => target,
        };
    }
    Err("is a chain of too many symbolic links (or a loop); give the file's own path")
}

/// Whether `a` and `b` name one file (hard links and links included).
#[cfg(unix)]
fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        // Only documents: a terminal or pipe read from may well be the one
        // written to (`/dev/stdin` and `/dev/stdout`), and is no article.
        (Ok(a), Ok(b)) => a.is_file() && a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b && a.is_file(),
        _ => false,
    }
}

/// Whether the folder's owner marked it read-only (no write bit for
/// anyone). The superuser could still write there, but, as `rm` asks
/// before removing a write-protected file, an export respects the mark
/// rather than slip a file into a folder someone locked.
#[cfg(unix)]
fn write_protected(folder: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(folder).is_ok_and(|m| m.permissions().mode() & 0o222 == 0)
}

#[cfg(not(unix))]
fn write_protected(folder: &Path) -> bool {
    std::fs::metadata(folder).is_ok_and(|m| m.permissions().readonly())
}

/// Makes the rename durable. The file is already whole under its name, so
/// a failure here (some file systems cannot sync a folder) is no reason
/// to report the export as failed.
#[cfg(unix)]
fn sync_folder(folder: &Path) {
    if let Ok(folder) = std::fs::File::open(folder) {
        let _ = folder.sync_all();
    }
}

/// Windows renames durably without it, and cannot open a folder as a file.
#[cfg(not(unix))]
fn sync_folder(_folder: &Path) {}

#[cfg(unix)]
fn default_permissions() -> std::fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    std::fs::Permissions::from_mode(0o644)
}

#[cfg(not(unix))]
fn default_permissions() -> std::fs::Permissions {
    let mut permissions = tempfile::tempfile()
        .and_then(|f| f.metadata())
        .map(|m| m.permissions())
        .expect("a temporary file");
    permissions.set_readonly(false);
    permissions
}

fn describe(err: &io::Error, folder: &Path) -> String {
    let folder = sanitize::path(folder);
    match err.kind() {
        io::ErrorKind::NotFound => {
            format!("folder {folder} does not exist; create it or choose another path")
        }
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
            format!(
                "cannot write in {folder} (permission denied); choose a folder you can write to"
            )
        }
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => {
            "no space left on the device (a file already there is unchanged); free some space or choose another disk".to_string()
        }
        io::ErrorKind::IsADirectory => "is a folder; give a file name".to_string(),
        _ => format!(
            "could not write: {}",
            sanitize::clean_line(&err.to_string())
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_replaces_whole_files_leaving_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.txt");
        write_atomic(&path, b"first", &[]).unwrap();
        write_atomic(&path, b"second", &[]).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_missing_folder_is_named_in_the_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nope/out.txt");
        let err = write_atomic(&path, b"x", &[]).unwrap_err();
        assert!(err.to_string().contains("nope/out.txt"), "{err}");
        assert!(err.problem.contains("does not exist"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn exports_are_readable_by_others_and_keep_replaced_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.txt");
        write_atomic(&path, b"x", &[]).unwrap();
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o644
        );
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o664)).unwrap();
        write_atomic(&path, b"y", &[]).unwrap();
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o664
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_followed_and_stays_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let (file, link) = (dir.path().join("real.txt"), dir.path().join("link.txt"));
        std::fs::write(&file, b"old").unwrap();
        std::os::unix::fs::symlink(&file, &link).unwrap();
        write_atomic(&link, b"new", &[]).unwrap();
        assert_eq!(std::fs::read(&file).unwrap(), b"new");
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_link_to_a_file_not_yet_written_leads_there() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink("later.txt", &link).unwrap();
        write_atomic(&link, b"new", &[]).unwrap();
        assert_eq!(std::fs::read(dir.path().join("later.txt")).unwrap(), b"new");
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }

    #[test]
    fn a_write_protected_file_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kept.txt");
        std::fs::write(&path, b"old").unwrap();
        let mut permissions = std::fs::metadata(&path).unwrap().permissions();
        permissions.set_readonly(true);
        std::fs::set_permissions(&path, permissions).unwrap();
        let err = write_atomic(&path, b"new", &[]).unwrap_err();
        assert!(err.problem.contains("write-protected"), "{}", err.problem);
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_written_in_place_not_replaced() {
        use std::os::unix::fs::FileTypeExt;
        write_atomic(Path::new("/dev/null"), b"x", &[]).unwrap();
        assert!(
            std::fs::metadata("/dev/null")
                .unwrap()
                .file_type()
                .is_char_device()
        );
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_full_disk_is_named_as_such() {
        let err = write_atomic(Path::new("/dev/full"), b"x", &[]).unwrap_err();
        assert!(
            err.problem.starts_with("no space left on the device"),
            "{err}"
        );
        assert_eq!(err.path, "/dev/full");
    }

    #[cfg(unix)]
    #[test]
    fn a_chain_of_links_leads_to_its_end_and_every_link_stays() {
        let dir = tempfile::tempdir().unwrap();
        let [top, mid, real] = ["top.txt", "mid.txt", "real.txt"].map(|n| dir.path().join(n));
        std::fs::write(&real, b"old").unwrap();
        std::os::unix::fs::symlink("real.txt", &mid).unwrap();
        std::os::unix::fs::symlink("mid.txt", &top).unwrap();
        write_atomic(&top, b"new", &[]).unwrap();
        assert_eq!(std::fs::read(&real).unwrap(), b"new");
        for link in [&top, &mid] {
            let kind = std::fs::symlink_metadata(link).unwrap().file_type();
            assert!(kind.is_symlink(), "{} is still a link", link.display());
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_loop_of_links_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        std::os::unix::fs::symlink("b", &a).unwrap();
        std::os::unix::fs::symlink("a", &b).unwrap();
        let err = write_atomic(&a, b"x", &[]).unwrap_err();
        assert!(err.problem.contains("too many symbolic links"), "{err}");
    }

    #[test]
    fn an_input_is_never_overwritten_by_any_name() {
        let dir = tempfile::tempdir().unwrap();
        let article = dir.path().join("article.txt");
        std::fs::write(&article, b"the article").unwrap();
        let inputs = [article.clone()];
        let err = write_atomic(&article, b"export", &inputs).unwrap_err();
        assert!(err.problem.contains("never overwritten"), "{err}");
        #[cfg(unix)]
        {
            let link = dir.path().join("link.txt");
            std::os::unix::fs::symlink("article.txt", &link).unwrap();
            let hard = dir.path().join("hard.txt");
            std::fs::hard_link(&article, &hard).unwrap();
            for other in [link, hard] {
                let err = write_atomic(&other, b"export", &inputs).unwrap_err();
                assert!(err.problem.contains("article.txt"), "{err}");
            }
        }
        assert_eq!(std::fs::read(&article).unwrap(), b"the article");
        write_atomic(&dir.path().join("other.txt"), b"export", &inputs).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn temporaries_left_by_a_killed_export_are_swept_and_live_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let stale = dir.path().join(".newsdiff-AbCdEf.tmp");
        std::fs::write(&stale, b"half an export").unwrap();
        let old = std::time::SystemTime::now() - std::time::Duration::from_secs(60);
        std::fs::File::options()
            .write(true)
            .open(&stale)
            .unwrap()
            .set_modified(old)
            .unwrap();
        // One another export is writing now: old, but locked.
        let live = dir.path().join(".newsdiff-GhIjKl.tmp");
        std::fs::write(&live, b"being written").unwrap();
        let held = std::fs::File::open(&live).unwrap();
        held.set_modified(old).unwrap();
        hold(&held);
        let other = dir.path().join("notes.tmp");
        std::fs::write(&other, b"not ours").unwrap();
        write_atomic(&dir.path().join("out.txt"), b"whole", &[]).unwrap();
        assert!(!stale.exists(), "the stale temporary is gone");
        assert!(live.exists(), "a held temporary stays");
        assert!(other.exists(), "other files stay");
        drop(held);
    }

    #[test]
    fn a_folder_is_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let err = write_atomic(dir.path(), b"x", &[]).unwrap_err();
        assert!(err.problem.contains("is a folder"), "{err}");
    }
}
