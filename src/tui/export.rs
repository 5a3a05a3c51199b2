//! Exporting from the reader: the file name offered, and writing the
//! comparison to the name typed, in the format its extension names.

use std::path::{Path, PathBuf};

use crate::compare::Comparison;
use crate::export::{self, ExportFormat, ExportOptions};
use crate::sanitize;

/// The extensions the prompt understands, for the message that says so.
pub const EXTENSIONS: &[&str] = &["txt", "md", "html", "json"];

/// The extensions understood, as a reader is told them:
/// ".txt, .md, .html or .json".
pub fn extensions() -> String {
    let known: Vec<String> = EXTENSIONS.iter().map(|e| format!(".{e}")).collect();
    match known.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// The width of a text export, as `newsdiff export -o` writes it: a file
/// reads the same whatever terminal made it.
const WIDTH: usize = 100;

/// A file name in the current folder naming what it holds: the articles
/// of `comparison`, those in the panes.
pub fn default_name(comparison: &Comparison) -> String {
    let ids: Vec<&str> = comparison.articles.iter().map(|a| a.id.as_str()).collect();
    let name = match ids.as_slice() {
        [one] => format!("newsdiff-{one}.txt"),
        [a, b] => format!("newsdiff-{a}-{b}.txt"),
        [first, rest @ ..] => format!("newsdiff-{first}-and-{}-more.txt", rest.len()),
        [] => "newsdiff.txt".to_string(),
    };
    // Ids come from file names; a name must stay one safe line of text.
    sanitize::clean_line(&name).replace('/', "_")
}

/// Writes `comparison` to `name`, returning what the status line says:
/// where it went, or why it did not.
pub fn write(comparison: &Comparison, name: &str, inputs: &[PathBuf]) -> Result<String, String> {
    let path = expand_home(name.trim(), std::env::var_os("HOME"));
    if path.as_os_str().is_empty() {
        return Err("no file name given; nothing written".to_string());
    }
    let Some(format) = ExportFormat::from_path(&path) else {
        return Err(format!(
            "{}: unknown format; end the name with {}",
            sanitize::path(&path),
            extensions()
        ));
    };
    let text = export::render(
        comparison,
        &ExportOptions {
            format,
            width: WIDTH,
            // A file is not a terminal: no escapes in it.
            color: false,
        },
    );
    // The reader was asked before a file is replaced; said again here.
    let replaced = if path.is_file() { ", replaced" } else { "" };
    export::write_atomic(&path, text.as_bytes(), inputs).map_err(|err| err.to_string())?;
    // The file's name first: on a narrow screen the folder may not fit.
    let path = std::path::absolute(&path).unwrap_or(path);
    let folder = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().map_or(path.as_path(), Path::new);
    Ok(format!(
        "wrote {} in {} ({}{replaced})",
        sanitize::path(name),
        sanitize::path(folder),
        crate::wording::articles(comparison.articles.len())
    ))
}

/// Whether the name typed is a file already, which the reader is asked
/// about before it is replaced.
pub fn exists(name: &str) -> bool {
    expand_home(name.trim(), std::env::var_os("HOME")).is_file()
}

/// `~/x` as a shell would read it, since a prompt has no shell to do it
/// and a folder named `~` is never what was meant.
fn expand_home(name: &str, home: Option<std::ffi::OsString>) -> PathBuf {
    match (name.strip_prefix("~/"), home) {
        (Some(rest), Some(home)) => Path::new(&home).join(rest),
        _ => PathBuf::from(name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::compare;
    use crate::corpus::bundled;
    use clap::ValueEnum;

    #[test]
    fn every_format_has_an_extension_the_prompt_names() {
        for format in ExportFormat::value_variants() {
            assert!(
                EXTENSIONS
                    .iter()
                    .any(|e| ExportFormat::from_path(Path::new(&format!("x.{e}"))) == Some(*format)),
                "{format:?} has no extension in EXTENSIONS"
            );
        }
    }

    #[test]
    fn writes_the_format_the_extension_names() {
        let comparison = compare(&bundled().articles);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.JSON");
        let said = write(&comparison, path.to_str().unwrap(), &[]).unwrap();
        assert_eq!(
            said,
            format!("wrote out.JSON in {} (5 articles)", dir.path().display())
        );
        let again = write(&comparison, path.to_str().unwrap(), &[]).unwrap();
        assert!(again.ends_with("(5 articles, replaced)"), "{again}");
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(json["articles"].as_array().unwrap().len(), 5);
    }

    #[test]
    fn says_why_nothing_was_written() {
        let comparison = compare(&bundled().articles);
        let dir = tempfile::tempdir().unwrap();
        let pdf = dir.path().join("out.pdf");
        let err = write(&comparison, pdf.to_str().unwrap(), &[]).unwrap_err();
        assert!(err.contains(".txt, .md, .html or .json"), "{err}");
        assert!(!pdf.exists());
        let missing = dir.path().join("no/such/folder/out.txt");
        let err = write(&comparison, missing.to_str().unwrap(), &[]).unwrap_err();
        assert!(err.contains("does not exist"), "{err}");
        assert!(write(&comparison, "  ", &[]).is_err());
    }

    #[test]
    fn an_article_being_read_is_never_the_export() {
        let comparison = compare(&bundled().articles);
        let dir = tempfile::tempdir().unwrap();
        let article = dir.path().join("article.txt");
        std::fs::write(&article, "the article").unwrap();
        let err = write(
            &comparison,
            article.to_str().unwrap(),
            std::slice::from_ref(&article),
        )
        .unwrap_err();
        assert!(err.contains("never overwritten"), "{err}");
        assert_eq!(std::fs::read_to_string(&article).unwrap(), "the article");
    }

    #[test]
    fn a_tilde_is_the_home_folder() {
        let home = Some("/home/reader".into());
        assert_eq!(
            expand_home("~/cmp.md", home.clone()),
            Path::new("/home/reader/cmp.md")
        );
        assert_eq!(expand_home("a~/b.md", home), Path::new("a~/b.md"));
        assert_eq!(expand_home("~/cmp.md", None), Path::new("~/cmp.md"));
    }

    #[test]
    fn the_default_name_names_the_articles() {
        let comparison = compare(&bundled().articles);
        assert_eq!(
            default_name(&comparison),
            "newsdiff-000_8bd36a165a8504ce-and-4-more.txt"
        );
        let two = compare(&bundled().articles[..2]);
        assert_eq!(
            default_name(&two),
            "newsdiff-000_8bd36a165a8504ce-001_5d229ea3870d1d12.txt"
        );
    }
}
