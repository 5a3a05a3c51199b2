//! The claims panel: every quantity the outlets give with its verdict and
//! each outlet's figure, qualifier, paragraph and words; then the facts
//! only one outlet reports, outlet by outlet. `Enter` jumps to the
//! selected line's paragraph in the panes.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use super::list;
use crate::compare::Comparison;
use crate::tui::app::App;
use crate::tui::claims::{Entry, Section};
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let area = Rect {
        height: area.height.saturating_sub(1),
        ..area
    };
    let block = Block::bordered().title(" Claims — j/k select, Enter jumps to it, Esc closes ");
    let comparison = &app.comparison;
    let pending = app.pending;
    list(
        frame,
        app,
        (area, block),
        (&app.claims, app.claims_selected),
        |&entry| match entry {
            Entry::Section(Section::Figures) if pending => Line::styled(
                "Figures the outlets give: still being worked out…",
                Style::new().add_modifier(Modifier::BOLD),
            ),
            _ => line(
                comparison,
                entry,
                app.theme,
                app.label_width,
                app.figure_width,
            ),
        },
    );
}

fn line(
    comparison: &Comparison,
    entry: Entry,
    theme: Theme,
    label_width: usize,
    figure_width: usize,
) -> Line<'static> {
    let bold = Style::new().add_modifier(Modifier::BOLD);
    match entry {
        Entry::Section(Section::Figures) => {
            Line::styled("Figures the outlets give, disagreements first", bold)
        }
        Entry::Section(Section::OwnFacts) => Line::styled("What only one outlet reports", bold),
        Entry::Claim(c) => {
            let claim = &comparison.claims[c];
            let outlets = {
                let mut articles: Vec<usize> = claim.mentions.iter().map(|m| m.article).collect();
                articles.sort_unstable();
                articles.dedup();
                articles.len()
            };
            Line::from(vec![
                Span::styled(format!(" {} ", claim.quantity), bold),
                Span::styled(
                    claim.verdict.as_str().to_uppercase(),
                    theme.verdict(claim.verdict),
                ),
                Span::raw(format!(" · {}", crate::wording::articles(outlets))),
            ])
        }
        Entry::Mention(c, m) => {
            // The figure first: on a narrow screen it is what must show.
            let mention = &comparison.claims[c].mentions[m];
            let label = comparison.articles[mention.article].label();
            Line::from(vec![
                Span::raw("   "),
                Span::styled(
                    format!("{:figure_width$}", mention.figure()),
                    theme.verdict(comparison.claims[c].verdict),
                ),
                Span::raw(format!(
                    "  {label:label_width$}  ¶{:<3} “{}”",
                    mention.paragraph, mention.text
                )),
                Span::raw(
                    mention
                        .attribution
                        .as_ref()
                        .map_or(String::new(), |who| format!(" ({who})")),
                ),
            ])
        }
        Entry::Outlet(a) => {
            let article = &comparison.articles[a];
            Line::from(vec![
                Span::styled(format!(" {}", article.label()), bold),
                Span::raw(format!(" — {}", article.title)),
            ])
        }
        Entry::Fact(f) => {
            let fact = &comparison.unique[f];
            Line::from(vec![
                Span::raw(format!(
                    "   ¶{:<3} {:7} ",
                    fact.paragraph,
                    fact.kind.as_str()
                )),
                Span::styled(fact.text.clone(), theme.own()),
            ])
        }
    }
}
