//! The sources picker: every article loaded, by date then outlet, under a
//! heading per story when the folder holds several, with the panes that
//! show each; `Enter` opens the selected one in the focused pane.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use super::{centered, list};
use crate::sanitize;
use crate::tui::app::App;
use crate::tui::sources::Source;

pub fn draw(frame: &mut Frame, app: &App) {
    let articles = &app.comparison.articles;
    let area = frame.area();
    let area = centered(
        area,
        area.width.saturating_sub(4),
        u16::try_from(app.picker.lines.len() + 2)
            .unwrap_or(u16::MAX)
            .min(area.height.saturating_sub(1)),
    );
    let block = Block::bordered().title(format!(
        " Sources for pane {} — Enter opens, Esc closes ",
        app.focus + 1
    ));
    let label_width = app.label_width;
    list(
        frame,
        app,
        (area, block),
        (&app.picker.lines, app.picker.cursor.selected()),
        |&line| {
            let a = match line {
                Source::Article(a) => a,
                Source::Story(s) => {
                    let story = &app.comparison.stories[s];
                    return Line::from(Span::styled(
                        format!(
                            "{} · {}",
                            sanitize::clean_line(&story.title),
                            crate::wording::articles(story.articles.len())
                        ),
                        app.theme.heading(),
                    ));
                }
            };
            let article = &articles[a];
            let pane = app
                .panes
                .iter()
                .position(|&shown| shown == a)
                .map_or("  ".to_string(), |p| format!("{}▸", p + 1));
            Line::from(vec![
                Span::styled(
                    format!("{pane} {:label_width$}", article.label()),
                    app.theme.key(),
                ),
                Span::raw(format!("  {}", article.title)),
            ])
        },
    );
}
