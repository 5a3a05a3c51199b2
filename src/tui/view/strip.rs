//! The narrow layout's strip: under the lone pane, the other article's
//! paragraph in the row being read (the selected row, else the top one),
//! with its marks, so the comparison survives a small terminal. `Tab`
//! swaps which article has the pane.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::panes;
use crate::tui::app::App;
use crate::tui::layout::{Mark, Side, counterpart};
use crate::tui::search::Match;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let theme = app.theme;
    let other = app
        .panes
        .iter()
        .position(|&a| a == counterpart(&app.panes, app.focus))
        .unwrap_or(0);
    let article = &app.comparison.articles[app.panes[other]];
    let index = app.selected.or_else(|| app.document.row_at(app.top()));
    let row = index.and_then(|r| app.document.rows.get(r));
    let side = row.map(|r| &r.sides[other]);
    let matches: Vec<&Match> = index
        .map(|r| app.search.in_row(r, other).collect())
        .unwrap_or_default();
    let current = app
        .search
        .current
        .map(|c| &app.search.matches[c])
        .filter(|m| Some(m.row) == index && m.pane == other);
    let status = side.map_or(' ', |s| s.status.marker());
    // The strip's text lines: its height less the title line.
    let height = usize::from(area.height.saturating_sub(1));
    let more = side.map_or(0, |s| s.lines.len().saturating_sub(height));
    let more = if more > 0 {
        format!(" · {more} more lines")
    } else {
        String::new()
    };
    let title = format!(" {status} {}{more} — Tab swaps ", article.label());
    // The figures in dispute come first: they may lie below what shows.
    let disputed = side.map(disputed).unwrap_or_default();
    let mut title = vec![Span::styled(title, theme.title(false))];
    if !disputed.is_empty() {
        title.insert(
            0,
            Span::styled(format!(" {} ", disputed.join(", ")), theme.disputed()),
        );
    }
    let block = Block::new()
        .borders(Borders::TOP)
        .border_style(app.theme.border(false))
        .title(super::fit::fit(Line::from(title), usize::from(area.width)));
    let lines: Vec<Line> = match side {
        Some(side) if !side.lines.is_empty() => side
            .lines
            .iter()
            .take(height)
            .map(|line| Line::from(panes::text(line, &matches, current, theme)))
            .collect(),
        _ => vec![Line::from("(nothing in this row)")],
    };
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// The disputed figures of a cell, each whole even when wrapped over two
/// lines.
fn disputed(side: &Side) -> Vec<String> {
    let mut figures: Vec<String> = Vec::new();
    // Where the last disputed piece ended: paragraph and byte.
    let mut end = None;
    for line in &side.lines {
        for piece in &line.pieces {
            if piece.mark != Mark::Disputed {
                end = None;
                continue;
            }
            match figures.last_mut() {
                // Continued on the next line, the space lost to the wrap.
                Some(last)
                    if end.is_some_and(|(p, e)| p == line.paragraph && piece.at <= e + 1) =>
                {
                    last.push(' ');
                    last.push_str(&piece.text);
                }
                _ => figures.push(piece.text.clone()),
            }
            end = Some((line.paragraph, piece.at + piece.text.len()));
        }
    }
    figures
}
