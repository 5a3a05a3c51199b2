//! Making untrusted article text safe for a terminal and for exports.
//!
//! Articles come from anywhere: a saved web page can carry escape sequences
//! that recolour or clear a terminal, C1 controls (`U+009B` is a one-byte
//! CSI), bidi overrides that make text read backwards (the "Trojan Source"
//! trick), and zero-width characters that hide words from search. The corpus
//! cleans every string once, as it is loaded, so nothing downstream (the TUI,
//! any export) ever sees raw control characters.
//!
//! ```text
//! "60\u{1b}[2J dead\u{202e}\u{7}"  ─▶  "60 dead\u{fffd}"
//! ```
//!
//! A whole escape sequence is markup for a terminal (a colour, a screen
//! clear, a window title), not text, so it goes entirely: leaving its
//! parameters ("[2J") behind would put figures in the article that no
//! reader ever saw. A lone control character is shown as U+FFFD.
//!
//! Emoji built of several characters are taken apart, because terminals
//! disagree on their width, and a terminal that draws a cluster wider or
//! narrower than the reader measured leaves stale glyphs after a scroll
//! and shifts every column after it. A flag (a pair of regional
//! indicators) becomes its region's letters; a joined emoji (a family, a
//! rainbow flag) its parts side by side; a skin tone goes:
//!
//! ```text
//! "🇫🇷 fans, 👨\u{200d}👩\u{200d}👧, 👍🏽"  ─▶  "FR fans, 👨👩👧, 👍"
//! ```

use std::borrow::Cow;

use unicode_width::UnicodeWidthChar;

/// What becomes of one character on its way to the screen.
enum Fate {
    Keep,
    /// Invisible formatting: dropped, the text reads the same without it.
    Drop,
    /// A control character: shown as U+FFFD so the reader sees that
    /// something was there.
    Replace,
    /// A regional indicator: its letter, one column wide everywhere.
    Letter(char),
    /// The zero-width joiner: spelling between letters, but between emoji
    /// it makes a cluster whose width terminals disagree on.
    Joiner,
}

fn fate(c: char) -> Fate {
    match c {
        // Tabs and line breaks are white space; callers fold them.
        '\t' | '\n' | '\r' => Fate::Keep,
        c if c.is_control() => Fate::Replace,
        // Bidi embeddings, overrides and isolates, and the LRM, RLM and ALM
        // marks: they reorder what the terminal shows. Zero-width space,
        // word joiner and invisible operators, BOM, and tag characters: they
        // hide text from the eye and from search. Emoji variation selectors:
        // terminals disagree on the width they give, which breaks columns.
        // The joiners (ZWJ, ZWNJ) stay: Persian and Indic spelling needs them.
        '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{061c}'
        | '\u{200b}'
        | '\u{2060}'..='\u{2064}'
        | '\u{fe0e}'
        | '\u{fe0f}'
        | '\u{feff}'
        | '\u{e0000}'..='\u{e007f}' => Fate::Drop,
        // Skin-tone modifiers: drawn fused to the emoji before them, or
        // apart, so as wide again, depending on the terminal.
        '\u{1f3fb}'..='\u{1f3ff}' => Fate::Drop,
        // Line and paragraph separators move the cursor in some terminals.
        '\u{2028}' | '\u{2029}' => Fate::Replace,
        '\u{1f1e6}'..='\u{1f1ff}' => {
            let offset = u32::from(c) - 0x1f1e6;
            Fate::Letter(char::from_u32(u32::from('A') + offset).unwrap_or('\u{fffd}'))
        }
        '\u{200d}' => Fate::Joiner,
        _ => Fate::Keep,
    }
}

/// Returns `text` with escape sequences removed, other control characters
/// replaced by U+FFFD, invisible formatting characters removed and emoji
/// clusters taken apart. Tabs and line breaks are kept.
pub fn clean(text: &str) -> Cow<'_, str> {
    // Most characters are printable ASCII, told at once.
    let kept = |c: char| match c {
        ' '..='~' => true,
        c => matches!(fate(c), Fate::Keep),
    };
    if text.chars().all(kept) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if let Some(length) = escape_sequence(rest) {
            rest = &rest[length..];
            continue;
        }
        rest = &rest[c.len_utf8()..];
        match fate(c) {
            Fate::Keep => out.push(c),
            Fate::Drop => {}
            Fate::Replace => out.push('\u{fffd}'),
            Fate::Letter(letter) => out.push(letter),
            Fate::Joiner => {
                // Emoji are two columns wide; the letters of scripts that
                // spell with the joiner are one.
                let wide = |c: Option<char>| c.and_then(|c| c.width()) == Some(2);
                let next = rest.chars().find(|&c| !matches!(fate(c), Fate::Drop));
                if !wide(out.chars().next_back()) && !wide(next) {
                    out.push(c);
                }
            }
        }
    }
    Cow::Owned(out)
}

/// The longest a string sequence (a window title, a hyperlink) may run
/// before its end: an unterminated one is not a sequence, and must not
/// swallow the article after it.
const STRING_SEQUENCE_MAX: usize = 512;

/// The length in bytes of the escape sequence `text` starts with, if it
/// starts with a complete one: CSI (`ESC [` or U+009B, parameters, a final
/// byte), a string sequence (`ESC ]`, `P`, `X`, `^`, `_` or U+009D, up to
/// BEL or ST), or a two-character escape (`ESC 7`, `ESC c`).
fn escape_sequence(text: &str) -> Option<usize> {
    let mut chars = text.char_indices();
    let (_, first) = chars.next()?;
    let body = match first {
        '\u{1b}' => match chars.next()? {
            (_, '[') => Body::Csi,
            (_, ']' | 'P' | 'X' | '^' | '_') => Body::String,
            (at, c) if ('\u{20}'..='\u{7e}').contains(&c) => return Some(at + 1),
            _ => return None,
        },
        '\u{9b}' => Body::Csi,
        '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => Body::String,
        _ => return None,
    };
    match body {
        Body::Csi => chars
            .take_while(|(_, c)| ('\u{20}'..='\u{7e}').contains(c))
            .find(|(_, c)| ('\u{40}'..='\u{7e}').contains(c))
            .map(|(at, c)| at + c.len_utf8()),
        Body::String => {
            let mut previous_escape = false;
            for (at, c) in chars {
                if at > STRING_SEQUENCE_MAX {
                    return None;
                }
                match c {
                    '\u{7}' | '\u{9c}' => return Some(at + c.len_utf8()),
                    '\\' if previous_escape => return Some(at + 1),
                    _ => previous_escape = c == '\u{1b}',
                }
            }
            None
        }
    }
}

enum Body {
    Csi,
    String,
}

/// Like [`clean`], and folds every run of white space to one space, so the
/// result is a single safe line.
pub fn clean_line(text: &str) -> String {
    fold_whitespace(&clean(text))
}

/// A path as people typed it, as one safe line (file names may hold
/// control characters too).
pub fn path(path: &std::path::Path) -> String {
    clean_line(&path.to_string_lossy())
}

/// Folds every run of white space (line breaks included) to one space and
/// trims both ends.
pub fn fold_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_go_whole_and_lone_controls_show() {
        assert_eq!(clean("a\u{1b}[31mred\u{1b}[0m"), "ared");
        assert_eq!(clean("60\u{1b}[2J dead"), "60 dead");
        assert_eq!(clean("csi\u{9b}2J"), "csi");
        assert_eq!(clean("\u{1b}]0;title\u{7}x"), "x");
        assert_eq!(
            clean("\u{1b}]8;;http://a\u{1b}\\link\u{1b}]8;;\u{1b}\\"),
            "link"
        );
        assert_eq!(clean("reset\u{1b}c"), "reset");
        assert_eq!(clean("bell\u{7}"), "bell\u{fffd}");
        // Unfinished: only the introducer goes; the text after it stays.
        assert_eq!(clean("a\u{1b}[31"), "a\u{fffd}[31");
        assert_eq!(clean("\u{1b}]0;no end"), "\u{fffd}]0;no end");
        assert_eq!(clean("end\u{1b}"), "end\u{fffd}");
    }

    #[test]
    fn bidi_and_zero_width_characters_are_dropped() {
        assert_eq!(clean("abc\u{202e}fed\u{202c}"), "abcfed");
        assert_eq!(clean("in\u{200b}visible\u{2066}x\u{2069}"), "invisiblex");
        assert_eq!(clean("\u{feff}bom"), "bom");
        assert_eq!(clean("\u{2764}\u{fe0f} tag\u{e0041}"), "\u{2764} tag");
        assert_eq!(
            clean("\u{645}\u{200c}\u{6cc}"),
            "\u{645}\u{200c}\u{6cc}",
            "ZWNJ is spelling"
        );
    }

    #[test]
    fn emoji_clusters_come_apart_so_every_measure_agrees() {
        // Issue 16: a flag left stale glyphs in the reader after a scroll,
        // a family shifted the text export's columns.
        assert_eq!(clean("\u{1f1eb}\u{1f1f7} fans"), "FR fans");
        assert_eq!(clean("lone \u{1f1fa}"), "lone U");
        let family = "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}\u{200d}\u{1f466}";
        assert_eq!(clean(family), "\u{1f468}\u{1f469}\u{1f467}\u{1f466}");
        assert_eq!(clean("\u{1f44d}\u{1f3fd}"), "\u{1f44d}");
        // The rainbow flag's joiner follows a variation selector, which goes.
        assert_eq!(
            clean("\u{1f3f3}\u{fe0f}\u{200d}\u{1f308}"),
            "\u{1f3f3}\u{1f308}"
        );
        assert_eq!(
            clean("\u{915}\u{94d}\u{200d}\u{937}"),
            "\u{915}\u{94d}\u{200d}\u{937}"
        );
        // A terminal or ratatui measuring the cluster and textwrap
        // measuring its characters now count the same columns.
        for text in [
            family,
            "\u{1f44d}\u{1f3fd}",
            "\u{1f3f3}\u{fe0f}\u{200d}\u{1f308}",
        ] {
            let cleaned = clean(text);
            let by_char: usize = cleaned.chars().filter_map(|c| c.width()).sum();
            assert_eq!(
                unicode_width::UnicodeWidthStr::width(cleaned.as_ref()),
                by_char,
                "{text}"
            );
        }
    }

    #[test]
    fn ordinary_text_is_borrowed_unchanged() {
        let text = "Crocus City Hall — 137 dead, «approximately» 60 — 東京 ✓\tok\n";
        assert!(matches!(clean(text), Cow::Borrowed(_)));
    }

    #[test]
    fn clean_line_folds_white_space() {
        assert_eq!(clean_line("  two\n\tlines\r\n here "), "two lines here");
    }
}
