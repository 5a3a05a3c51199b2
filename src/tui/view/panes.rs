//! The article panes: one per visible article, each from its own top
//! line of the shared document (the same line while scrolling is
//! synchronised).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::tui::app::App;
use crate::tui::layout::{Mark, Piece, Side, TextLine};
use crate::tui::search::Match;
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, app: &App, areas: &[Rect]) {
    for (&area, i) in areas.iter().zip(app.visible()) {
        let article = &app.comparison.articles[app.panes[i]];
        let focused = app.focus == i;
        let title = title(article, usize::from(area.width.saturating_sub(2)));
        let title = Line::from(Span::styled(title, app.theme.title(focused)));
        // Cut with an ellipsis, never silently by the border.
        let title = super::fit::fit(title, usize::from(area.width.saturating_sub(2)));
        let block = Block::bordered()
            .border_style(app.theme.border(focused))
            .title(title);
        let inner = block.inner(area);
        let lines = visible_lines(app, i, usize::from(inner.height));
        frame.render_widget(Paragraph::new(lines).block(block), area);
    }
}

/// A pane's title in `room` columns: " source · date — headline ", the
/// headline left out when too little of it would show to say anything.
fn title(article: &crate::corpus::Article, room: usize) -> String {
    /// The fewest columns of a headline worth showing.
    const SOME_HEADLINE: usize = 12;
    let label = format!(" {} ", article.label());
    if label.width() + " — ".width() + SOME_HEADLINE > room {
        return label;
    }
    format!("{label}— {} ", article.title)
}

/// The lines of pane `i` from its top line down.
fn visible_lines(app: &App, i: usize, height: usize) -> Vec<Line<'static>> {
    let document = &app.document;
    let scroll = app.scroll[i];
    let Some(first) = document.row_at(scroll) else {
        return Vec::new();
    };
    let current = app
        .search
        .current
        .map(|c| &app.search.matches[c])
        .filter(|m| m.pane == i);
    let mut lines = Vec::with_capacity(height);
    for (index, row) in document.rows.iter().enumerate().skip(first) {
        let selected = app.selected == Some(index);
        let matches: Vec<&Match> = app.search.in_row(index, i).collect();
        for offset in 0..row.height {
            if row.top + offset < scroll {
                continue;
            }
            if lines.len() == height {
                return lines;
            }
            // The selected row is barred down its whole height, in every
            // pane, so the eye finds it after a jump.
            let barred = selected && offset + 1 < row.height;
            let marker = marker(&row.sides[i], offset, barred, app.theme);
            let mut spans = vec![marker, Span::raw(" ")];
            if let Some(line) = row.sides[i].lines.get(offset) {
                spans.extend(text(line, &matches, current, app.theme));
            }
            lines.push(Line::from(spans));
        }
    }
    lines
}

fn marker(side: &Side, offset: usize, barred: bool, theme: Theme) -> Span<'static> {
    let symbol = match side.lines.first() {
        Some(_) if offset == 0 => side.status.marker(),
        _ => ' ',
    };
    let style = if barred {
        theme.selected()
    } else {
        theme.marker(side.status)
    };
    Span::styled(symbol.to_string(), style)
}

/// A line's pieces, styled by their marks, with search matches over them.
pub fn text(
    line: &TextLine,
    matches: &[&Match],
    current: Option<&Match>,
    theme: Theme,
) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    for piece in &line.pieces {
        let style = style(piece.mark, theme);
        let end = piece.at + piece.text.len();
        let mut at = piece.at;
        for found in matches.iter().filter(|m| m.paragraph == line.paragraph) {
            let (start, stop) = (found.range.start.max(at), found.range.end.min(end));
            if start >= stop {
                continue;
            }
            push(&mut spans, piece, at..start, style);
            let strong = current == Some(*found);
            push(&mut spans, piece, start..stop, theme.found(strong));
            at = stop;
        }
        push(&mut spans, piece, at..end, style);
    }
    spans
}

/// Bytes `range` of the paragraph, from `piece`, in `style`.
fn push(
    spans: &mut Vec<Span<'static>>,
    piece: &Piece,
    range: std::ops::Range<usize>,
    style: Style,
) {
    if range.start < range.end {
        let text = &piece.text[range.start - piece.at..range.end - piece.at];
        spans.push(Span::styled(text.to_string(), style));
    }
}

pub fn style(mark: Mark, theme: Theme) -> Style {
    match mark {
        Mark::Plain => Style::new(),
        Mark::Changed(significance) => theme.changed(significance),
        Mark::Heading => theme.heading(),
        Mark::Boilerplate => theme.boilerplate(),
        Mark::Disputed => theme.disputed(),
        Mark::Own => theme.own(),
    }
}
