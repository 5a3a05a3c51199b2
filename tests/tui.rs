//! The reader drawn into ratatui's `TestBackend`: snapshots of each screen,
//! and the styles that carry the differences without colour.

use newsdiff::compare::compare;
use newsdiff::corpus::bundled;
use newsdiff::tui::{Action, App, Theme, draw};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;

fn app(width: u16, height: u16) -> App {
    App::new(compare(&bundled().articles), Theme::plain(), width, height)
}

fn render(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| draw(frame, app)).unwrap();
    terminal
}

#[test]
fn panes_on_the_bundled_articles() {
    let app = app(120, 30);
    insta::assert_snapshot!(render(&app, 120, 30).backend());
}

#[test]
fn help_overlay_lists_every_key() {
    let mut app = app(100, 30);
    app.update(Action::Help);
    let terminal = render(&app, 100, 30);
    let screen = terminal.backend().to_string();
    for binding in newsdiff::tui::BINDINGS {
        assert!(
            screen.contains(binding.description),
            "help lacks {:?}",
            binding.description
        );
    }
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn switching_the_right_pane_to_the_next_article() {
    let mut app = app(120, 30);
    app.update(Action::FocusRight);
    app.update(Action::NextArticle);
    insta::assert_snapshot!(render(&app, 120, 30).backend());
}

#[test]
fn next_difference_selects_and_centres_a_row() {
    let mut app = app(120, 30);
    app.update(Action::NextDifference);
    app.update(Action::NextDifference);
    insta::assert_snapshot!(render(&app, 120, 30).backend());
}

#[test]
fn narrow_terminal() {
    let app = app(50, 14);
    insta::assert_snapshot!(render(&app, 50, 14).backend());
}

#[test]
fn every_small_size_draws_without_panic() {
    for width in 0..=24 {
        for height in 0..=8 {
            let mut app = app(width, height);
            for action in [Action::Bottom, Action::NextDifference, Action::Help] {
                app.update(action);
                render(&app, width, height);
            }
        }
    }
}

#[test]
fn changed_words_are_bold_and_underlined_without_colour() {
    let app = app(120, 30);
    let terminal = render(&app, 120, 30);
    let buffer = terminal.backend().buffer();
    let marked = buffer
        .content()
        .iter()
        .filter(|cell| {
            cell.modifier
                .contains(Modifier::BOLD | Modifier::UNDERLINED)
        })
        .count();
    assert!(
        marked > 20,
        "changed words carry bold + underline: {marked} cells"
    );
    let colored = buffer
        .content()
        .iter()
        .filter(|cell| cell.fg != ratatui::style::Color::Reset)
        .count();
    assert_eq!(colored, 0, "the plain theme uses no colour");
}

#[test]
fn disputed_figures_are_reversed_without_colour() {
    let app = app(140, 40);
    let terminal = render(&app, 140, 40);
    let buffer = terminal.backend().buffer();
    // The reversed text of the panes, gutters (where the selected row's
    // marker is reversed) aside.
    let reversed: String = buffer
        .content()
        .iter()
        .enumerate()
        .filter(|(i, cell)| {
            let x = (*i as u16) % 140;
            cell.modifier.contains(Modifier::BOLD | Modifier::REVERSED) && x % 70 > 3
        })
        .map(|(_, cell)| cell.symbol())
        .collect();
    assert!(
        reversed.contains("130"),
        "the right pane's disputed toll stands out: {reversed:?}"
    );
}
