//! Lines cut to the room they have: at the last word break that fits,
//! ending in "…", so a cut quote or title is never taken for the whole.

use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

/// The longest word left out whole rather than cut.
const WORD: usize = 16;

/// `line` within `width` columns. A cut line ends in "…" in the style of
/// the text it cuts, after the last space within [`WORD`] columns of the
/// end (so a word is never cut in two while a break is near), else after
/// the last character that fits.
pub fn fit(line: Line<'static>, width: usize) -> Line<'static> {
    if line.width() <= width {
        return line;
    }
    let room = width.saturating_sub(1);
    // Where the cut goes: (span, byte) after the last character that fits,
    // and after the last space past half the room.
    let mut used = 0;
    let mut end = (0, 0);
    let mut space = None;
    'spans: for (s, span) in line.spans.iter().enumerate() {
        for (at, c) in span.content.char_indices() {
            let w = c.width().unwrap_or(0);
            if used + w > room {
                break 'spans;
            }
            used += w;
            end = (s, at + c.len_utf8());
            if c == ' ' && used + WORD > room {
                space = Some((s, at));
            }
        }
    }
    let (last, byte) = space.unwrap_or(end);
    let mut spans: Vec<Span<'static>> = line.spans[..last].to_vec();
    let cut = &line.spans[last];
    spans.push(Span::styled(cut.content[..byte].to_string(), cut.style));
    spans.push(Span::styled("…", cut.style));
    Line::from(spans).style(line.style)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(line: &Line) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn a_cut_line_ends_at_a_word_with_an_ellipsis() {
        let line = Line::from(vec![
            Span::raw("   ¶1   "),
            Span::raw("“more than 130 people were killed”"),
        ]);
        let cut = fit(line.clone(), 24);
        assert_eq!(text(&cut), "   ¶1   “more than 130…");
        assert_eq!(fit(line.clone(), 200), line);
        // No space in reach: cut after the last character that fits.
        assert_eq!(
            text(&fit(Line::from("000_8bd36a165a8504ce"), 8)),
            "000_8bd…"
        );
        assert_eq!(text(&fit(Line::from("abc"), 0)), "…");
    }
}
