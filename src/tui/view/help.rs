//! The help overlay: the key map, drawn from the same table that
//! dispatches keys, and what the markers mean.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use crate::compare::{MARKER_LEGEND, Significance};
use crate::tui::action::BINDINGS;
use crate::tui::app::App;

pub fn draw(frame: &mut Frame, app: &App) {
    let theme = app.theme;
    let label_width = BINDINGS
        .iter()
        .map(|b| b.label.chars().count())
        .max()
        .unwrap_or(0);
    let mut lines: Vec<Line> = BINDINGS
        .iter()
        .map(|b| {
            Line::from(vec![
                Span::styled(format!(" {:label_width$}  ", b.label), theme.key()),
                Span::raw(b.description),
            ])
        })
        .collect();
    lines.push(Line::default());
    lines.push(Line::from(format!(" {MARKER_LEGEND}")));
    lines.push(Line::from(vec![
        Span::raw(" changed "),
        Span::styled(
            "figure, name, negation",
            theme.changed(Significance::Substantive),
        ),
        Span::raw("  "),
        Span::styled("wording", theme.changed(Significance::Wording)),
        Span::raw("  "),
        Span::styled("spelling", theme.changed(Significance::Minor)),
    ]));
    lines.push(Line::from(vec![
        Span::raw(" figures "),
        Span::styled("in dispute", theme.disputed()),
        Span::raw("  "),
        Span::styled("only this article", theme.own()),
    ]));
    let height = lines.len() as u16 + 2;
    let area = centered(frame.area(), 64, height);
    let block = Block::bordered().title(" Keys — Esc closes ");
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    cell
}
