//! Pure drawing: each view reads `&App` and writes into the frame.

mod claims_panel;
mod fit;
mod help;
mod panes;
mod picker;
mod prompt;
mod skipped;
mod status;
mod strip;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph};

use super::app::{App, Mode};
use super::layout::centered;

/// Draws the whole screen for `app`.
pub fn draw(frame: &mut Frame, app: &App) {
    let screen = app.screen(frame.area());
    panes::draw(frame, app, &screen.panes);
    if let Some(area) = screen.strip {
        strip::draw(frame, app, area);
    }
    match app.mode {
        Mode::Search | Mode::Export | Mode::Replace => prompt::draw(frame, app, screen.status),
        _ => status::draw(frame, app, screen.status),
    }
    match app.mode {
        Mode::Help => help::draw(frame, app),
        Mode::Claims => claims_panel::draw(frame, app),
        Mode::Picker => picker::draw(frame, app),
        Mode::Skipped => skipped::draw(frame, app),
        Mode::Normal | Mode::Search | Mode::Export | Mode::Replace => {}
    }
}

/// Draws a list over whatever is under `area`, scrolled so the
/// `selected` item is in view a little above the middle, and highlighted;
/// a line too long for the box is cut at a word, with an ellipsis.
fn list<T>(
    frame: &mut Frame,
    app: &App,
    (area, block): (Rect, Block),
    (items, selected): (&[T], usize),
    line: impl Fn(&T) -> Line<'static>,
) {
    let inner = block.inner(area);
    let (width, height) = (usize::from(inner.width), usize::from(inner.height));
    let offset = selected
        .saturating_sub(height / 3)
        .min(items.len().saturating_sub(height));
    let lines: Vec<Line> = items
        .iter()
        .enumerate()
        .skip(offset)
        .take(height)
        .map(|(i, item)| {
            let line = fit::fit(line(item), width);
            if i == selected {
                line.patch_style(app.theme.highlight())
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
