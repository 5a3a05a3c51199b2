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
use crate::tui::claim_list::{Entry, Section};
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let area = Rect {
        height: area.height.saturating_sub(1),
        ..area
    };
    let block = Block::bordered().title(" Claims — j/k select, Enter jumps to it, Esc closes ");
    let comparison = &app.comparison;
    // On a narrow screen the outlets' labels give way, cut, so that a
    // quote keeps room to be read.
    const QUOTE: usize = 30;
    let beside = app.claims.figure_width + "   ¶12    “".len() + 4;
    let label_width = app
        .label_width
        .min(usize::from(area.width.saturating_sub(2)).saturating_sub(beside + QUOTE))
        .max(12);
    let pending = app.pending;
    list(
        frame,
        app,
        (area, block),
        (&app.claims.entries, app.claims.cursor.selected()),
        |&entry| match entry {
            Entry::Section(Section::Figures) if pending => Line::styled(
                "Figures the outlets give: still being worked out…",
                Style::new().add_modifier(Modifier::BOLD),
            ),
            _ => line(
                comparison,
                entry,
                app.theme,
                label_width,
                app.claims.figure_width,
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
            let article = &comparison.articles[mention.article];
            let label = super::fit::fit(Line::from(article.label()), label_width);
            let mut spans = vec![
                Span::raw("   "),
                Span::styled(
                    format!("{:figure_width$}", mention.figure()),
                    theme.verdict(comparison.claims[c].verdict),
                ),
                Span::raw("  "),
            ];
            let pad = label_width.saturating_sub(label.width());
            spans.extend(label.spans);
            spans.extend([
                Span::raw(format!(
                    "{:pad$}  {:<4} “{}”",
                    "",
                    article.paragraph_label(mention.paragraph),
                    mention.text,
                )),
                Span::raw(
                    mention
                        .attribution
                        .as_ref()
                        .map_or(String::new(), |who| format!(" ({who})")),
                ),
            ]);
            Line::from(spans)
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
                    "   {:<4} {:7} ",
                    comparison.articles[fact.article].paragraph_label(fact.paragraph),
                    fact.kind.as_str()
                )),
                Span::styled(fact.text.clone(), theme.own()),
            ])
        }
    }
}
