//! The reader drawn into ratatui's `TestBackend`: snapshots of each screen,
//! and the styles that carry the differences without colour.

use std::sync::LazyLock;

use newsdiff::compare::{Comparison, compare, layout};
use newsdiff::corpus::bundled;
use newsdiff::tui::{Action, App, Theme, draw};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;

/// Compared once: the tests look at the reader, not the engine.
static BUNDLED: LazyLock<Comparison> = LazyLock::new(|| compare(&bundled().articles));

fn app(width: u16, height: u16) -> App {
    App::new(BUNDLED.clone(), Theme::plain(), width, height)
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Input(c));
    }
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
    let mut app = app(100, 40);
    app.update(Action::Help);
    let terminal = render(&app, 100, 40);
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
fn narrow_terminal_shows_one_pane_and_a_strip_of_the_other() {
    let mut app = app(70, 20);
    app.update(Action::NextDifference);
    let terminal = render(&app, 70, 20);
    let screen = terminal.backend().to_string();
    assert!(
        screen.contains("001_5d229ea3870d1d12 · 2024-03-25"),
        "{screen}"
    );
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn claims_panel_shows_the_conflicting_tolls() {
    let mut app = app(120, 30);
    app.update(Action::Claims);
    let terminal = render(&app, 120, 30);
    let screen = terminal.backend().to_string();
    for figure in [
        "more than 130",
        "at least 60",
        "137",
        "about 60",
        "CONFLICT",
    ] {
        assert!(screen.contains(figure), "{figure} missing:\n{screen}");
    }
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn claims_panel_lists_own_facts_by_outlet() {
    let mut app = app(120, 30);
    app.update(Action::Claims);
    app.update(Action::Bottom);
    let terminal = render(&app, 120, 30);
    let screen = terminal.backend().to_string();
    // The list ends with the last outlet's own facts, its heading above
    // them, and the selection on the very last one.
    let last = app.comparison.unique.last().unwrap();
    let outlet = app.comparison.articles[last.article].label();
    assert_eq!(outlet, "004_310e81df929d18ea · 2024-03-23");
    let lines: Vec<&str> = screen.lines().collect();
    let heading = lines.iter().rposition(|l| l.contains(&outlet)).unwrap();
    let selected = lines.iter().rposition(|l| l.contains(&last.text)).unwrap();
    assert!(heading < selected, "{screen}");
    let buffer = terminal.backend().buffer();
    let row = u16::try_from(selected).unwrap();
    let text_at = lines[selected].trim_matches('"').find(&last.text).unwrap();
    let column =
        u16::try_from(lines[selected].trim_matches('"')[..text_at].chars().count()).unwrap();
    assert!(
        buffer[(column, row)].modifier.contains(Modifier::REVERSED),
        "the last fact is the one selected:\n{screen}"
    );
}

#[test]
fn search_highlights_and_counts_matches() {
    let mut app = app(120, 30);
    app.update(Action::Search);
    typed(&mut app, "attal");
    let typing = render(&app, 120, 30);
    let line = typing.backend().to_string();
    assert!(line.contains("/attal"), "{line}");
    app.update(Action::Submit);
    app.update(Action::NextDifference);
    let terminal = render(&app, 120, 30);
    let screen = terminal.backend().to_string();
    let count = app.search.matches.len();
    assert!(screen.contains(&format!("/attal 2/{count}")), "{screen}");
    assert!(
        screen.contains("n/N match"),
        "n/N walk the matches: {screen}"
    );
    let buffer = terminal.backend().buffer();
    let found: String = buffer
        .content()
        .iter()
        .filter(|cell| {
            cell.modifier
                .contains(Modifier::REVERSED | Modifier::UNDERLINED)
        })
        .map(|cell| cell.symbol())
        .collect();
    assert!(
        found.contains("Attal"),
        "matches are marked without colour: {found:?}"
    );
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn sources_picker_lists_every_article_by_date() {
    let mut app = app(120, 30);
    app.update(Action::FocusRight);
    app.update(Action::Picker);
    let terminal = render(&app, 120, 30);
    let screen = terminal.backend().to_string();
    let list = &screen[screen.find("Sources for pane 2").expect("the picker")..];
    let at = |id: &str| list.find(id).unwrap_or_else(|| panic!("{id}:\n{screen}"));
    assert!(at("004_310e81df929d18ea") < at("000_8bd36a165a8504ce"));
    assert!(at("002_3998a47e31f20c4c") < at("001_5d229ea3870d1d12"));
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn export_prompt_is_prefilled() {
    let mut app = app(120, 30);
    app.update(Action::Export);
    let terminal = render(&app, 120, 30);
    let screen = terminal.backend().to_string();
    assert!(
        screen.contains("export to: newsdiff-000_8bd36a165a8504ce-001_5d229ea3870d1d12.txt"),
        "{screen}"
    );
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn three_panes_on_a_wide_terminal() {
    let mut app = app(160, 45);
    app.update(Action::MorePanes);
    let terminal = render(&app, 160, 45);
    let screen = terminal.backend().to_string();
    assert!(
        screen.contains("002_3998a47e31f20c4c · 2024-03-24"),
        "{screen}"
    );
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn one_article_alone_fills_one_pane() {
    let one = compare(&bundled().articles[..1]);
    let mut app = App::new(one, Theme::plain(), 100, 20);
    for action in [
        Action::NextArticle,
        Action::MorePanes,
        Action::FocusNext,
        Action::NextDifference,
        Action::Claims,
        Action::Submit,
        Action::Picker,
        Action::Submit,
        Action::Resize(60, 10),
    ] {
        app.update(action);
        render(&app, 60, 10);
    }
    assert_eq!(app.panes, [0]);
    let screen = render(&app, 60, 10).backend().to_string();
    assert_eq!(screen.matches('┌').count(), 1, "{screen}");
    assert!(
        !screen.contains("Tab swaps"),
        "no strip without another article"
    );
}

/// Every screen the reader has, reached from a fresh app by these keys.
fn screens() -> Vec<Vec<Action>> {
    vec![
        vec![],
        vec![Action::Bottom, Action::NextDifference],
        vec![Action::Help, Action::Bottom],
        vec![Action::Claims, Action::Bottom],
        vec![Action::Search, Action::Input('a')],
        vec![Action::Search, Action::Input('a'), Action::Submit],
        vec![Action::Picker],
        vec![Action::Export, Action::Input('x')],
        vec![Action::ToggleSync, Action::FocusRight, Action::PageDown],
    ]
}

#[test]
fn every_screen_draws_at_every_small_size() {
    for keys in screens() {
        let mut app = app(20, 6);
        for &action in &keys {
            app.update(action);
        }
        let mode = app.mode;
        for width in 1..=20 {
            for height in 1..=6 {
                app.update(Action::Resize(width, height));
                render(&app, width, height);
            }
        }
        assert_eq!(app.mode, mode, "a resize keeps the screen");
    }
}

/// Claims and facts arrive whenever they are ready: at any size, on any
/// screen, taking them in and drawing never fails.
#[test]
fn findings_taken_in_at_every_small_size_draw() {
    let laid_out = layout(&bundled().articles);
    let findings = laid_out.findings();
    for keys in screens() {
        for (width, height) in [(1, 1), (2, 1), (1, 3), (7, 2), (20, 6)] {
            let mut app = App::new(laid_out.clone(), Theme::plain(), width, height);
            app.pending = true;
            for &action in &keys {
                app.update(action);
            }
            render(&app, width, height);
            app.settle(findings.clone());
            render(&app, width, height);
            app.update(Action::Resize(90, 25));
            let screen = render(&app, 90, 25).backend().to_string();
            assert!(!screen.contains("finding claims"), "{screen}");
        }
    }
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        Just(Action::Help),
        Just(Action::CloseOverlay),
        Just(Action::FocusNext),
        Just(Action::FocusPrevious),
        Just(Action::FocusLeft),
        Just(Action::FocusRight),
        Just(Action::NextArticle),
        Just(Action::PreviousArticle),
        Just(Action::ScrollDown),
        Just(Action::ScrollUp),
        Just(Action::PageDown),
        Just(Action::PageUp),
        Just(Action::Top),
        Just(Action::Bottom),
        Just(Action::NextDifference),
        Just(Action::PreviousDifference),
        Just(Action::Claims),
        Just(Action::Search),
        Just(Action::ToggleSync),
        Just(Action::Picker),
        Just(Action::MorePanes),
        Just(Action::FewerPanes),
        Just(Action::Submit),
        Just(Action::Backspace),
        prop::char::range('a', 'z').prop_map(Action::Input),
        (0u16..200, 0u16..60, any::<bool>()).prop_map(|(column, row, down)| Action::Wheel {
            column,
            row,
            down
        }),
        (0u16..200, 0u16..60).prop_map(|(w, h)| Action::Resize(w, h)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any keys at any size: no panic, and the state stays within the
    /// document. `e` is left out: Enter would write a file.
    #[test]
    fn any_keys_at_any_size_draw(
        (width, height) in (0u16..200, 0u16..60),
        actions in prop::collection::vec(action(), 0..40),
    ) {
        let mut app = app(width, height);
        let mut size = (width, height);
        for action in actions {
            app.update(action);
            if let Action::Resize(w, h) = action {
                size = (w, h);
            }
            render(&app, size.0, size.1);
            prop_assert!(app.scroll.iter().all(|&s| s <= app.document.lines));
            prop_assert!(app.panes.iter().all(|&a| a < app.comparison.articles.len()));
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
fn the_reader_shows_rows_first_and_takes_the_claims_when_found() {
    let laid_out = layout(&bundled().articles);
    assert_eq!(
        laid_out.rows, BUNDLED.rows,
        "the rows come before the claims"
    );
    let mut app = App::new(laid_out.clone(), Theme::plain(), 120, 30);
    app.pending = true;
    app.update(Action::Claims);
    let screen = render(&app, 120, 30).backend().to_string();
    assert!(screen.contains("still being worked out"), "{screen}");
    assert!(screen.contains("finding claims"), "{screen}");
    assert!(!screen.contains("CONFLICT"), "{screen}");
    app.settle(laid_out.findings());
    let screen = render(&app, 120, 30).backend().to_string();
    assert!(!screen.contains("still being worked out"), "{screen}");
    assert!(!screen.contains("finding claims"), "{screen}");
    assert!(screen.contains("CONFLICT"), "{screen}");
    // Once settled, the reader is the one opened on the whole comparison.
    app.update(Action::CloseOverlay);
    assert_eq!(
        render(&app, 120, 30).backend().to_string(),
        render(&App::new(BUNDLED.clone(), Theme::plain(), 120, 30), 120, 30)
            .backend()
            .to_string()
    );
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

/// Articles are untrusted: escapes and bidi overrides in a title or a
/// paragraph must not reach the terminal, in the panes, the claims panel,
/// the picker, or a search echo.
#[test]
fn hostile_text_never_reaches_the_screen_raw() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = "---\ntitle: \"Evil\u{1b}[2J \u{202e}title\"\nsource: Bad\u{9b}Wire\n---\n\n\
                   At least 60 people\u{1b}]0;pwned\u{7} died in the \u{202e}attack.\n";
    std::fs::write(dir.path().join("evil.md"), hostile).unwrap();
    std::fs::write(
        dir.path().join("plain.md"),
        "---\ntitle: Plain\n---\n\nMore than 130 people died in the attack.\n",
    )
    .unwrap();
    let corpus = newsdiff::corpus::load(&[newsdiff::corpus::Input::Path(dir.path().into())]);
    assert_eq!(corpus.articles.len(), 2);
    let mut app = App::new(compare(&corpus.articles), Theme::plain(), 120, 30);
    let mut screens = vec![render(&app, 120, 30).backend().to_string()];
    for keys in [
        vec![Action::Claims],
        vec![Action::CloseOverlay, Action::Picker],
        vec![
            Action::CloseOverlay,
            Action::Search,
            Action::Input('\u{202e}'),
        ],
    ] {
        for action in keys {
            app.update(action);
        }
        screens.push(render(&app, 120, 30).backend().to_string());
    }
    for screen in screens {
        // Each screen shows a hostile field, cleaned: the title, or the
        // source where the claims panel names outlets.
        assert!(
            screen.contains("Evil") || screen.contains("Badire"),
            "{screen}"
        );
        for raw in ['\u{1b}', '\u{9b}', '\u{7}', '\u{202e}'] {
            assert!(!screen.contains(raw), "{raw:?} on screen:\n{screen}");
        }
    }
}

#[test]
fn the_selected_row_is_barred_down_its_height_in_every_pane() {
    let mut app = app(120, 30);
    // The third: a paragraph of several lines on either side.
    for _ in 0..3 {
        app.update(Action::NextDifference);
    }
    let terminal = render(&app, 120, 30);
    let buffer = terminal.backend().buffer();
    for gutter in [1, 61] {
        let barred = (1..29)
            .filter(|&y| buffer[(gutter, y)].modifier.contains(Modifier::REVERSED))
            .count();
        assert!(barred >= 3, "gutter at x={gutter}: {barred} lines barred");
    }
}

#[test]
fn the_strip_names_the_other_articles_disputed_figures() {
    let mut app = app(70, 20);
    for _ in 0..3 {
        app.update(Action::NextDifference);
    }
    let terminal = render(&app, 70, 20);
    let screen = terminal.backend().to_string();
    // The strip's title, under the pane's bottom border.
    let at = screen.lines().position(|l| l.contains('└')).unwrap() + 1;
    let title = screen.lines().nth(at).unwrap();
    assert!(
        title.contains("more than 130 people were killed")
            && title.contains("001_5d229ea3870d1d12"),
        "{screen}"
    );
    let buffer = terminal.backend().buffer();
    assert!(
        buffer[(2, at as u16)]
            .modifier
            .contains(Modifier::BOLD | Modifier::REVERSED),
        "the figure stands out without colour"
    );
}

#[test]
fn help_reads_whole_at_70_columns_by_scrolling() {
    let mut app = app(70, 20);
    app.update(Action::Help);
    let mut seen = String::new();
    for _ in 0..50 {
        seen.push_str(&render(&app, 70, 20).backend().to_string());
        app.update(Action::ScrollDown);
    }
    let bindings = newsdiff::tui::BINDINGS
        .iter()
        .chain(newsdiff::tui::INPUT_BINDINGS);
    for binding in bindings {
        assert!(
            seen.contains(binding.description),
            "help at 70 columns cuts {:?}",
            binding.description
        );
    }
    assert!(
        seen.contains("only this article"),
        "the legend's end is reached"
    );
}

#[test]
fn hints_stay_two_spaces_clear_of_the_position() {
    for width in 40..=130 {
        let app = app(width, 20);
        let screen = render(&app, width, 20).backend().to_string();
        let status = screen.lines().last().unwrap();
        if let Some(at) = status.find("row ") {
            let before = status[..at].trim_start_matches('"');
            assert!(
                before.is_empty() || before.ends_with("  "),
                "{width} columns: {status}"
            );
        }
    }
}

/// Inputs that could not be read are said on the status line; `!` lists
/// each with its reason, cleaned; `Esc` closes the list.
#[test]
fn skipped_inputs_are_on_the_status_line_and_listed_by_bang() {
    let mut app = app(120, 30);
    app.skipped = vec![
        "notes/report.pdf: a PDF; convert it to text first (pdftotext FILE)".to_string(),
        "notes/evil\u{1b}[2J.txt: not a text file (binary content); skipped".to_string(),
    ];
    let screen = render(&app, 120, 30).backend().to_string();
    assert!(screen.contains("! 2 skipped"), "{screen}");
    app.update(Action::Skipped);
    let screen = render(&app, 120, 30).backend().to_string();
    assert!(screen.contains("2 inputs skipped"), "{screen}");
    assert!(
        screen.contains("report.pdf: a PDF; convert it to text first"),
        "{screen}"
    );
    assert!(!screen.contains('\u{1b}'), "{screen}");
    app.update(Action::CloseOverlay);
    let screen = render(&app, 120, 30).backend().to_string();
    assert!(!screen.contains("inputs skipped"), "{screen}");
    // With nothing skipped, `!` says so and the status line stays as it was.
    let mut clean = self::app(120, 30);
    clean.update(Action::Skipped);
    assert_eq!(clean.message.as_deref(), Some("every input was read"));
}

/// The rows of the screen, without the quotes `TestBackend` puts around
/// them.
fn rows(app: &App, width: u16, height: u16) -> Vec<String> {
    render(app, width, height)
        .backend()
        .to_string()
        .lines()
        .map(|l| l.trim_matches('"').to_string())
        .collect()
}

#[test]
fn a_lone_pane_is_never_padded_for_a_paragraph_only_the_strip_shows() {
    let mut app = app(70, 20);
    for _ in 0..5 {
        app.update(Action::NextDifference);
        let rows = rows(&app, 70, 20);
        // Inside the pane's borders, a blank line only ever parts two
        // paragraphs: never two in a row.
        let pane: Vec<&String> = rows
            .iter()
            .skip(1)
            .take_while(|l| l.starts_with('│'))
            .collect();
        let blank = |l: &&String| l.trim_matches(|c| c == '│' || c == ' ').is_empty();
        let runs = pane
            .windows(2)
            .filter(|w| blank(&w[0]) && blank(&w[1]))
            .count();
        assert_eq!(runs, 0, "{}", rows.join("\n"));
        // The strip shows the start of the other paragraph, five lines of it.
        let strip = rows.iter().position(|l| l.starts_with('└')).unwrap() + 1;
        assert!(rows.len() - 1 - (strip + 1) >= 5, "{}", rows.join("\n"));
    }
}

#[test]
fn the_claims_panel_cuts_a_quote_at_a_word_with_an_ellipsis() {
    let mut app = app(70, 20);
    app.update(Action::Claims);
    let rows = rows(&app, 70, 20);
    let quotes: Vec<&String> = rows.iter().filter(|l| l.contains('“')).collect();
    assert!(!quotes.is_empty());
    for line in quotes {
        let inside = line.trim_end_matches('│').trim_end();
        assert!(inside.ends_with('”') || inside.ends_with('…'), "{line}");
        assert!(!inside.ends_with(" …"), "{line}");
    }
}

#[test]
fn pane_titles_cut_with_an_ellipsis() {
    let mut app = app(160, 45);
    app.update(Action::MorePanes);
    app.update(Action::MorePanes);
    let rows = rows(&app, 160, 45);
    let titles: Vec<&str> = rows[0].split('┐').filter(|t| !t.is_empty()).collect();
    assert_eq!(titles.len(), 4, "{}", rows[0]);
    let labels: Vec<String> = app.comparison.articles.iter().map(|a| a.label()).collect();
    for title in titles {
        // A headline cut with an ellipsis, or left out whole when too
        // little of it would show: never cut silently, never "—…".
        let title = title.trim_start_matches('┌').trim_end_matches('─').trim();
        assert!(
            title.ends_with('…') || labels.iter().any(|l| l == title),
            "{title}"
        );
        assert!(!title.ends_with("—…"), "{title}");
    }
}

#[test]
fn a_message_and_the_position_never_run_together() {
    for width in 60..=80 {
        let mut app = app(width, 20);
        app.update(Action::Search);
        typed(&mut app, "moscow");
        app.update(Action::Submit);
        let mut said = String::new();
        for _ in 0..20 {
            app.update(Action::NextDifference);
            if let Some(message) = &app.message {
                if message.contains("wrapped") {
                    said = message.clone();
                    break;
                }
            }
        }
        assert!(!said.is_empty());
        let status = rows(&app, width, 20).pop().unwrap();
        let after = &status[status.find(&said).unwrap() + said.len()..];
        assert!(
            after.trim().is_empty() || after.starts_with("  "),
            "{width}: {status}"
        );
    }
}

#[test]
fn the_status_says_how_far_through_as_less_does() {
    let mut app = app(120, 30);
    let status = rows(&app, 120, 30).pop().unwrap();
    assert!(status.contains("row 1/10 "), "{status}");
    let percent = status.split("row 1/10 ").nth(1).unwrap();
    assert!(
        percent.split(' ').next().unwrap().ends_with('%'),
        "{status}"
    );
    app.update(Action::Bottom);
    let status = rows(&app, 120, 30).pop().unwrap();
    assert!(status.contains("END"), "{status}");
}

/// Issue 16: a flag left stale glyphs after a scroll, because the
/// terminal drew its cell at another width than ratatui measured. No
/// cell may hold a cluster whose width terminals disagree on: the
/// columns ratatui counts for a cell are those of its characters drawn
/// one by one, and no regional indicator is left to pair.
#[test]
fn emoji_clusters_draw_at_the_width_ratatui_counts() {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    let dir = tempfile::tempdir().unwrap();
    let family = "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}";
    for (name, verb) in [("a.txt", "hurt"), ("b.txt", "injured")] {
        let body: String = (0..30)
            .map(|n| format!("Fans waved \u{1f1fa}\u{1f1e6} flags and a {family} family of {n} was {verb}.\n\n"))
            .collect();
        std::fs::write(dir.path().join(name), body).unwrap();
    }
    let corpus = newsdiff::corpus::load(&[newsdiff::corpus::Input::Path(dir.path().into())]);
    let mut app = App::new(compare(&corpus.articles), Theme::plain(), 80, 20);
    let mut terminal = Terminal::new(TestBackend::new(80, 20)).unwrap();
    for action in [
        Action::ScrollDown,
        Action::ScrollDown,
        Action::PageDown,
        Action::ScrollUp,
    ] {
        terminal.draw(|frame| draw(frame, &app)).unwrap();
        let buffer = terminal.backend().buffer();
        assert!(buffer.content.iter().any(|cell| cell.symbol() == "U"));
        for cell in &buffer.content {
            let symbol = cell.symbol();
            let by_char: usize = symbol.chars().filter_map(|c| c.width()).sum();
            assert_eq!(symbol.width(), by_char, "{symbol:?}");
            assert!(
                !symbol
                    .chars()
                    .any(|c| ('\u{1f1e6}'..='\u{1f1ff}').contains(&c)),
                "{symbol:?}"
            );
        }
        app.update(action);
    }
}

/// What the work budget left out of a huge input is on the status line
/// when the reader opens, not only on a stderr the screen hides.
#[test]
fn a_comparison_cut_by_the_budget_says_so_on_the_status_line() {
    let budget = newsdiff::compare::Budget {
        figures: 1,
        ..Default::default()
    };
    // As the reader has it: the rows first, the findings (and what was
    // cut to find them) behind them.
    let laid_out = budget.layout(&bundled().articles[..2]);
    let findings = laid_out.findings();
    assert!(!findings.cuts.is_empty());
    let mut app = App::new(laid_out, Theme::plain(), 200, 30);
    app.settle(findings);
    let screen = render(&app, 200, 30).backend().to_string();
    let status = screen.lines().nth(29).unwrap();
    assert!(
        status.contains("note: figures: only the first 1 were read"),
        "{status}"
    );
}
