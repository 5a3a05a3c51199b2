//! The user's own defaults, read from a TOML file, so that a reader who
//! always wants 120-column text without colour need not say so each time.
//!
//! ```toml
//! # ~/.config/newsdiff/config.toml (`newsdiff config path` prints where)
//! [export]
//! width = 120        # the text format's width when --width is not given
//! color = "never"    # auto, always or never: --color when it is not given
//!
//! [budget]           # the engine's work budget (compare::Budget)
//! figures = 50000    # --budget figures=50000 wins over it
//! ```
//!
//! The command line always wins. A missing file is no error; a file that
//! cannot be read or holds an unknown key is reported, naming the file,
//! and the defaults are used, so a typo never stops an export.

use std::io::Read;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::compare::Budget;
use crate::export::ColorChoice;

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub export: ExportDefaults,
    /// Bounds not given keep their defaults.
    pub budget: Budget,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ExportDefaults {
    pub width: Option<u16>,
    pub color: Option<ColorChoice>,
}

/// Why the config file was not used.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {problem}; using the defaults")]
pub struct ConfigError {
    pub path: String,
    pub problem: String,
}

/// Where the config file is: `$XDG_CONFIG_HOME/newsdiff/config.toml` when
/// that is set (on every system, as bat and gitui do: `directories`
/// ignores it on macOS), else the system's config folder for newsdiff.
pub fn path() -> Option<PathBuf> {
    path_from(std::env::var_os("XDG_CONFIG_HOME").map(PathBuf::from))
}

fn path_from(xdg: Option<PathBuf>) -> Option<PathBuf> {
    let folder = match xdg.filter(|dir| dir.is_absolute()) {
        Some(dir) => dir.join("newsdiff"),
        None => directories::ProjectDirs::from("", "", "newsdiff")?
            .config_dir()
            .to_path_buf(),
    };
    Some(folder.join("config.toml"))
}

/// Reads the config file, if there is one.
pub fn load() -> Result<Config, ConfigError> {
    match path() {
        Some(path) => read(&path),
        None => Ok(Config::default()),
    }
}

/// The most of a config file read: it holds a few settings.
const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

fn read(path: &Path) -> Result<Config, ConfigError> {
    let fail = |problem: String| ConfigError {
        path: crate::sanitize::path(path),
        problem,
    };
    match std::fs::metadata(path) {
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
        // A pipe would wait for a writer, a device such as /dev/zero never
        // ends: only a file is read.
        Ok(meta) if !meta.is_file() => {
            return Err(fail(
                "is not a regular file (a pipe, a device or a folder); make it a file".into(),
            ));
        }
        Ok(meta) if meta.len() > MAX_CONFIG_BYTES => {
            return Err(fail(format!(
                "is larger than {} KiB; a config file is a few lines",
                MAX_CONFIG_BYTES / 1024
            )));
        }
        _ => {}
    }
    let mut text = String::new();
    let read = std::fs::File::open(path)
        .and_then(|file| file.take(MAX_CONFIG_BYTES).read_to_string(&mut text));
    if let Err(err) = read {
        return Err(fail(format!("cannot read it ({err})")));
    }
    let config: Config =
        toml::from_str(&text).map_err(|err| fail(crate::sanitize::clean_line(err.message())))?;
    if config.export.width.is_some_and(|width| width < 20) {
        return Err(fail("export.width must be at least 20".into()));
    }
    if let Some(key) = config.budget.zero() {
        return Err(fail(format!("budget.{key} must be at least 1")));
    }
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, text).unwrap();
        read(&path)
    }

    #[test]
    fn export_defaults_are_read() {
        let config = parse("[export]\nwidth = 120\ncolor = \"never\"\n").unwrap();
        assert_eq!(config.export.width, Some(120));
        assert_eq!(config.export.color, Some(ColorChoice::Never));
        assert_eq!(parse("").unwrap(), Config::default());
    }

    #[test]
    fn budget_bounds_are_read_and_the_others_keep_their_defaults() {
        let config = parse("[budget]\nfigures = 500\nrows_per_paragraph = 8\n").unwrap();
        let budget = Budget {
            figures: 500,
            rows_per_paragraph: 8,
            ..Budget::default()
        };
        assert_eq!(config.budget, budget);
        let err = parse("[budget]\nfigures = 0\n").unwrap_err();
        assert!(
            err.problem.contains("budget.figures must be at least 1"),
            "{err}"
        );
        let err = parse("[budget]\nfigurs = 5\n").unwrap_err();
        assert!(err.problem.contains("figurs"), "{err}");
    }

    #[test]
    fn a_mistake_names_the_file_and_says_what_is_wrong() {
        let err = parse("[export]\nwidht = 120\n").unwrap_err();
        assert!(err.path.ends_with("config.toml"), "{err}");
        assert!(err.problem.contains("widht"), "{err}");
        let err = parse("[export]\nwidth = 5\n").unwrap_err();
        assert!(err.problem.contains("at least 20"), "{err}");
        let err = parse("[export]\ncolor = \"sometimes\"\n").unwrap_err();
        assert!(err.problem.contains("sometimes"), "{err}");
    }

    #[test]
    fn a_missing_file_is_no_error() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            read(&dir.path().join("none.toml")).unwrap(),
            Config::default()
        );
    }

    #[test]
    fn xdg_config_home_wins_when_absolute() {
        assert_eq!(
            path_from(Some("/tmp/cfg".into())),
            Some(PathBuf::from("/tmp/cfg/newsdiff/config.toml"))
        );
        let relative = path_from(Some("cfg".into()));
        assert_ne!(relative, Some(PathBuf::from("cfg/newsdiff/config.toml")));
    }

    #[cfg(unix)]
    #[test]
    fn a_pipe_or_a_device_as_config_is_refused_without_reading_it() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo.toml");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let zero = dir.path().join("zero.toml");
        std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
        for path in [fifo, zero] {
            let err = read(&path).unwrap_err();
            assert!(
                err.problem.starts_with("is not a regular file"),
                "{}",
                err.problem
            );
        }
    }
}
