//! Links as inputs: telling one from a path, and naming what it gave.
//!
//! A link has no file stem or outlet header to go by, so its address
//! gives both: the last part of its path names the article, the host the
//! outlet when the page names none.
//!
//! ```text
//! "https://www.example.org/world/quake-toll.html?ref=rss"  ─▶  stem "quake-toll", outlet "example.org"
//! ```

/// Whether a command-line argument is a link rather than a path: it opens
/// with a scheme and `://` (`https://…`, and `ftp://…`, which is then
/// refused by name rather than looked for as a file).
pub(super) fn is_link(arg: &str) -> bool {
    let Some((scheme, _)) = arg.split_once("://") else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// The host of a link, without port, user or `www.`: the outlet's name
/// when the page gives none.
pub(super) fn host(link: &str) -> Option<String> {
    let rest = link.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let authority = authority.rsplit('@').next()?;
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next()?,
        None => authority.split(':').next()?,
    };
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (!host.is_empty()).then(|| crate::sanitize::clean_line(host))
}

/// A short name for what a link gave: its path's last part without an
/// extension, else its host.
pub(super) fn stem(link: &str) -> String {
    let rest = link.split_once("://").map_or(link, |(_, rest)| rest);
    let path = rest.split(['?', '#']).next().unwrap_or("");
    let last = path
        .split_once('/')
        .map_or("", |(_, path)| path)
        .rsplit('/')
        .find(|part| !part.is_empty())
        .unwrap_or("");
    let name = last.rsplit_once('.').map_or(last, |(name, _)| name);
    if name.is_empty() {
        host(link).unwrap_or_default()
    } else {
        crate::sanitize::clean_line(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_told_from_paths_by_their_scheme() {
        assert!(is_link("https://example.org/a"));
        assert!(is_link("http://127.0.0.1:8080/"));
        assert!(is_link("ftp://example.org/a.txt"));
        assert!(!is_link("notes/https.txt"));
        assert!(!is_link("C:\\articles"));
        assert!(!is_link("a b://c"));
        assert!(!is_link("://x"));
    }

    #[test]
    fn hosts_and_stems_name_what_a_link_gave() {
        let link = "https://user@www.Example.org:8443/world/quake-toll.html?ref=rss#top";
        assert_eq!(host(link).as_deref(), Some("example.org"));
        assert_eq!(stem(link), "quake-toll");
        assert_eq!(stem("http://127.0.0.1:9/news/"), "news");
        assert_eq!(stem("http://127.0.0.1:9/"), "127.0.0.1");
        assert_eq!(host("http://[::1]:80/x").as_deref(), Some("::1"));
    }
}
