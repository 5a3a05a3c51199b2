//! The article panes: one per article of the pair, scrolled together.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::tui::app::App;
use crate::tui::layout::{Mark, Side};
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, app: &App, areas: &[Rect]) {
    for (i, &area) in areas.iter().enumerate() {
        let article = &app.comparison.articles[app.pair[i]];
        let focused = app.focus == i;
        let title = format!(" {} — {} ", article.label(), article.title);
        let block = Block::bordered()
            .border_style(app.theme.border(focused))
            .title(Span::styled(title, app.theme.title(focused)));
        let inner = block.inner(area);
        let lines = visible_lines(app, i, usize::from(inner.height));
        frame.render_widget(Paragraph::new(lines).block(block), area);
    }
}

/// The lines of pane `i` from the scroll position down.
fn visible_lines(app: &App, i: usize, height: usize) -> Vec<Line<'static>> {
    let document = &app.document;
    let Some(first) = document.row_at(app.scroll) else {
        return Vec::new();
    };
    let mut lines = Vec::with_capacity(height);
    for (index, row) in document.rows.iter().enumerate().skip(first) {
        let selected = app.selected == Some(index);
        for offset in 0..row.height {
            if row.top + offset < app.scroll {
                continue;
            }
            if lines.len() == height {
                return lines;
            }
            lines.push(line(&row.sides[i], offset, selected, app.theme));
        }
    }
    lines
}

fn line(side: &Side, offset: usize, selected: bool, theme: Theme) -> Line<'static> {
    let Some(pieces) = side.lines.get(offset) else {
        return Line::default();
    };
    let marker = if offset == 0 {
        let style = if selected {
            theme.selected()
        } else {
            theme.marker(side.status)
        };
        Span::styled(side.status.marker().to_string(), style)
    } else {
        Span::raw(" ")
    };
    let mut spans = vec![marker, Span::raw(" ")];
    spans.extend(pieces.iter().map(|piece| {
        let style = match piece.mark {
            Mark::Plain => Default::default(),
            Mark::Changed(significance) => theme.changed(significance),
            Mark::Heading => theme.heading(),
            Mark::Boilerplate => theme.boilerplate(),
            Mark::Disputed => theme.disputed(),
            Mark::Own => theme.own(),
        };
        Span::styled(piece.text.clone(), style)
    }));
    Line::from(spans)
}
