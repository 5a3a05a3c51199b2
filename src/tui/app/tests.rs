use super::*;
use crate::compare::{Verdict, compare};
use crate::corpus::bundled;

fn app(width: u16, height: u16) -> App {
    App::new(compare(&bundled().articles), Theme::plain(), width, height)
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Input(c));
    }
}

#[test]
fn opens_on_the_first_two_articles_at_the_top() {
    let app = app(120, 40);
    assert_eq!(app.panes, [0, 1]);
    assert_eq!((app.focus, app.top(), app.mode), (0, 0, Mode::Normal));
    assert!(app.sync);
}

#[test]
fn quit_and_help() {
    // Short enough that help scrolls.
    let mut app = app(120, 20);
    app.update(Action::Help);
    assert_eq!(app.mode, Mode::Help);
    app.update(Action::ScrollDown);
    assert_eq!(app.top(), 0, "help captures the keys");
    assert_eq!(app.help.scroll, 1);
    app.update(Action::CloseOverlay);
    assert_eq!(app.mode, Mode::Normal);
    app.update(Action::Quit);
    assert!(app.quit);
}

#[test]
fn q_closes_a_panel_as_in_less_and_ctrl_c_always_quits() {
    for open in [Action::Help, Action::Claims, Action::Picker] {
        let mut app = app(120, 30);
        app.update(open);
        assert_ne!(app.mode, Mode::Normal);
        app.update(Action::Quit);
        assert_eq!((app.mode, app.quit), (Mode::Normal, false), "{open:?}");
        app.update(open);
        app.update(Action::Interrupt);
        assert!(app.quit, "{open:?}");
    }
}

#[test]
fn articles_cycle_in_the_focused_pane_never_doubling_up() {
    let mut app = app(120, 40);
    app.update(Action::FocusRight);
    app.update(Action::NextArticle);
    assert_eq!(app.panes, [0, 2]);
    app.update(Action::FocusLeft);
    app.update(Action::PreviousArticle);
    assert_eq!(app.panes, [4, 2]);
    for _ in 0..5 {
        app.update(Action::NextArticle);
        assert_ne!(app.panes[0], app.panes[1]);
    }
    app.update(Action::FocusNext);
    assert_eq!(app.focus, 1);
    app.update(Action::FocusPrevious);
    assert_eq!(app.focus, 0);
    app.update(Action::FocusPrevious);
    assert_eq!(app.focus, 1, "Shift-Tab wraps as Tab does");
}

#[test]
fn less_paging_keys_page_and_half_page() {
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let key = |c, m| {
        super::super::action::from_event(&Event::Key(KeyEvent::new(KeyCode::Char(c), m)), false)
    };
    assert_eq!(key('f', KeyModifiers::NONE), Some(Action::PageDown));
    assert_eq!(key('f', KeyModifiers::CONTROL), Some(Action::PageDown));
    assert_eq!(key('b', KeyModifiers::NONE), Some(Action::PageUp));
    assert_eq!(key('b', KeyModifiers::CONTROL), Some(Action::PageUp));
    assert_eq!(key('d', KeyModifiers::CONTROL), Some(Action::HalfPageDown));
    assert_eq!(key('u', KeyModifiers::CONTROL), Some(Action::HalfPageUp));
    let mut app = app(120, 30);
    let half = app.viewport() / 2;
    app.update(Action::HalfPageDown);
    assert_eq!(app.top(), half);
    app.update(Action::PageDown);
    let after_page = app.top();
    assert!(after_page > half, "a page moves further than half of one");
    app.update(Action::HalfPageUp);
    assert_eq!(app.top(), after_page - half);
}

#[test]
fn scrolling_is_clamped_to_the_document() {
    let mut app = app(120, 20);
    app.update(Action::ScrollUp);
    assert_eq!(app.top(), 0);
    app.update(Action::Bottom);
    let bottom = app.top();
    assert_eq!(bottom, app.document.lines - app.viewport());
    app.update(Action::ScrollDown);
    assert_eq!(app.top(), bottom);
    app.update(Action::PageUp);
    assert_eq!(app.top(), bottom - (app.viewport() - 1));
    app.update(Action::Top);
    assert_eq!(app.top(), 0);
}

#[test]
fn next_difference_walks_differing_rows_in_order() {
    let mut app = app(120, 30);
    let mut seen = Vec::new();
    loop {
        app.update(Action::NextDifference);
        match app.selected {
            Some(i) if seen.last() != Some(&i) => seen.push(i),
            _ => break,
        }
    }
    assert!(
        seen.len() > 2 && seen.windows(2).all(|w| w[0] < w[1]),
        "{seen:?}"
    );
    assert!(seen.iter().all(|&i| app.document.rows[i].is_difference()));
    assert_eq!(
        app.message.as_deref(),
        Some("no more differences below"),
        "the end is announced"
    );
    app.update(Action::PreviousDifference);
    assert_eq!(app.selected, Some(seen[seen.len() - 2]));
    app.update(Action::Top);
    app.update(Action::NextDifference);
    assert_eq!(
        app.selected,
        Some(seen[0]),
        "after scrolling by hand, n starts from the screen"
    );
    assert_eq!(
        app.message,
        Some(format!("difference 1 of {}", seen.len())),
        "the count says how far along the reader is"
    );
}

#[test]
fn a_difference_is_brought_to_the_middle() {
    let mut app = app(120, 20);
    app.update(Action::Bottom);
    app.update(Action::Top);
    for _ in 0..3 {
        app.update(Action::NextDifference);
    }
    let row = &app.document.rows[app.selected.unwrap()];
    let middle = app.top() + app.viewport() / 2;
    let at_end = app.top() == app.document.lines - app.viewport();
    assert!(
        row.top == middle || at_end,
        "row at {}, middle {middle}",
        row.top
    );
}

#[test]
fn resizing_to_any_size_keeps_state_valid() {
    let mut app = app(120, 40);
    app.update(Action::Bottom);
    for (w, h) in [(1, 1), (0, 0), (3, 2), (80, 5), (200, 60)] {
        app.update(Action::Resize(w, h));
        assert!(app.scroll.iter().all(|&s| s <= app.document.lines));
    }
}

#[test]
fn claims_panel_selects_mentions_and_jumps_to_them() {
    let mut app = app(120, 40);
    app.update(Action::Claims);
    assert_eq!(app.mode, Mode::Claims);
    // The first line that points somewhere: the first outlet's death toll.
    let Entry::Mention(c, m) = app.claims.selected() else {
        panic!("{:?}", app.claims.selected());
    };
    let claim = &app.comparison.claims[c];
    assert_eq!(claim.verdict, Verdict::Conflict);
    let mention = claim.mentions[m].clone();
    for _ in 0..3 {
        app.update(Action::ScrollDown);
    }
    let Entry::Mention(_, last) = app.claims.selected() else {
        panic!()
    };
    let target = app.comparison.claims[c].mentions[last].clone();
    assert_ne!(target.article, mention.article);
    app.update(Action::Submit);
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(
        app.message.as_deref(),
        Some("deaths: about 60 in 004_310e81df929d18ea · 2024-03-23 ¶1 (conflict)")
    );
    assert_eq!(app.panes[app.focus], target.article, "the article is shown");
    let row = &app.document.rows[app.selected.expect("a row is selected")];
    assert!(app.comparison.rows[row.row].cells[target.article].contains(&target.paragraph));
    assert!(row.top >= app.top() && row.top < app.top() + app.viewport());
}

#[test]
fn claims_panel_closes_with_esc_or_c() {
    let mut app = app(120, 40);
    app.update(Action::Claims);
    app.update(Action::CloseOverlay);
    assert_eq!(app.mode, Mode::Normal);
    app.update(Action::Claims);
    app.update(Action::Claims);
    assert_eq!(app.mode, Mode::Normal);
}

#[test]
fn search_counts_matches_and_n_walks_them() {
    let mut app = app(120, 30);
    app.update(Action::Search);
    assert_eq!(app.mode, Mode::Search);
    typed(&mut app, "concert");
    assert_eq!(app.mode, Mode::Search, "c and n are typed, not commands");
    let count = app.search.matches.len();
    assert!(count >= 3, "{count}");
    app.update(Action::Submit);
    assert_eq!((app.mode, app.search.current), (Mode::Normal, Some(0)));
    app.update(Action::NextDifference);
    assert_eq!(app.search.current, Some(1), "n moves between matches");
    app.update(Action::PreviousDifference);
    assert_eq!(app.search.current, Some(0));
    assert_eq!(
        app.message, None,
        "a step back within the matches is no wrap"
    );
    app.update(Action::PreviousDifference);
    assert_eq!(app.search.current, Some(count - 1), "N wraps");
    assert!(app.message.as_deref().unwrap().contains("wrapped"));
    let found = &app.search.matches[count - 1];
    let top = app.document.rows[found.row].top;
    assert!(
        top <= app.top() + app.viewport() && top + app.document.rows[found.row].height > app.top()
    );
    app.update(Action::CloseOverlay);
    assert!(app.search.query.is_empty() && app.search.matches.is_empty());
    app.update(Action::NextDifference);
    assert!(app.selected.is_some(), "n walks differences again");
}

#[test]
fn search_without_matches_says_so_and_esc_cancels() {
    let mut app = app(120, 30);
    app.update(Action::Search);
    typed(&mut app, "zzzq");
    app.update(Action::Backspace);
    assert_eq!(app.search.query, "zzz");
    app.update(Action::Submit);
    assert_eq!(app.message.as_deref(), Some("no match in any article"));
    assert!(app.search.query.is_empty());
    // A figure only an article off screen gives: the reader is told which.
    let (left, right) = (&app.comparison.articles[0], &app.comparison.articles[1]);
    let on_screen = |word: &str| {
        [left, right]
            .iter()
            .any(|a| a.paragraphs.iter().any(|p| p.text.contains(word)))
    };
    assert!(!on_screen("137"));
    app.update(Action::Search);
    typed(&mut app, "137");
    app.update(Action::Submit);
    let message = app.message.clone().unwrap();
    assert!(
        message.starts_with("no match on screen; article"),
        "{message}"
    );
    assert!(message.contains("o to open"), "{message}");
    app.update(Action::Search);
    typed(&mut app, "attack");
    app.update(Action::CloseOverlay);
    assert_eq!(app.mode, Mode::Normal);
    assert!(app.search.matches.is_empty());
}

#[test]
fn export_prompt_is_prefilled_editable_and_writes() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(120, 30);
    app.update(Action::Export);
    assert_eq!(app.mode, Mode::Export);
    assert_eq!(
        app.prompt.text(),
        "newsdiff-000_8bd36a165a8504ce-001_5d229ea3870d1d12.txt"
    );
    app.update(Action::Input('q'));
    assert!(
        app.prompt.text().ends_with(".txtq"),
        "q is typed: {:?}",
        app.prompt
    );
    app.update(Action::CloseOverlay);
    assert_eq!(app.mode, Mode::Normal);
    assert!(!app.quit);

    // One Ctrl-U clears the name offered.
    app.update(Action::Export);
    app.update(Action::DeleteToStart);
    assert_eq!(app.prompt.text(), "");
    let path = dir.path().join("cmp.txt");
    typed(&mut app, path.to_str().unwrap());
    app.update(Action::Submit);
    let said = app.message.clone().unwrap();
    assert!(
        said.contains("cmp.txt") && said.starts_with("wrote"),
        "{said}"
    );
    // The panes' two articles, not the three off screen.
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(written.contains("Vigipirate"), "{written}");
    assert!(!written.contains("Crocus"), "{written}");

    app.update(Action::Export);
    app.update(Action::DeleteToStart);
    typed(&mut app, dir.path().join("cmp.pdf").to_str().unwrap());
    app.update(Action::Submit);
    assert!(
        app.message
            .as_deref()
            .unwrap()
            .contains(&export::extensions())
    );
}

#[test]
fn export_writes_the_panes_on_screen_and_asks_before_replacing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cmp.json");
    std::fs::write(&path, "kept").unwrap();
    let mut app = app(120, 30);
    // 000 beside 002 (`]` on the right pane), then 002 on the left.
    app.update(Action::FocusRight);
    app.update(Action::NextArticle);
    app.update(Action::FocusLeft);
    app.update(Action::FocusNext);
    let panes: Vec<String> = app
        .panes
        .iter()
        .map(|&a| app.comparison.articles[a].id.clone())
        .collect();
    assert_eq!(panes, ["000_8bd36a165a8504ce", "002_3998a47e31f20c4c"]);
    let export_to = |app: &mut App| {
        app.update(Action::Export);
        app.update(Action::DeleteToStart);
        typed(app, path.to_str().unwrap());
        app.update(Action::Submit);
    };
    export_to(&mut app);
    // The file exists: asked, and kept on `n`, back at the prompt.
    assert_eq!(app.mode, Mode::Replace);
    app.update(Action::Input('n'));
    assert_eq!(app.mode, Mode::Export);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "kept");
    app.update(Action::Submit);
    app.update(Action::Input('y'));
    assert_eq!(app.mode, Mode::Normal);
    let said = app.message.clone().unwrap();
    assert!(said.ends_with("(2 articles, replaced)"), "{said}");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let ids: Vec<&str> = json["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, panes);
}

#[test]
fn picker_opens_an_article_in_the_focused_pane() {
    let mut app = app(120, 30);
    app.update(Action::FocusRight);
    app.update(Action::Picker);
    assert_eq!(app.mode, Mode::Picker);
    let article = |line: &Source| match line {
        Source::Article(a) => *a,
        Source::Story(_) => panic!("one story has no heading"),
    };
    assert_eq!(article(&app.picker.selected()), 1, "on the pane's own");
    let dates: Vec<_> = app
        .picker
        .lines
        .iter()
        .map(|line| app.comparison.articles[article(line)].date)
        .collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    app.update(Action::Top);
    let first = article(&app.picker.lines[0]);
    app.update(Action::Submit);
    assert_eq!((app.mode, app.panes[1]), (Mode::Normal, first));
    // Opening what the other pane shows swaps the two.
    app.update(Action::Picker);
    let left = app
        .picker
        .lines
        .iter()
        .position(|&line| line == Source::Article(0))
        .unwrap();
    app.picker.cursor.select(left);
    app.update(Action::Submit);
    assert_eq!(app.panes, [first, 0]);
}

/// Two events, two articles each, interleaved: a ferry (a, c, e) and a
/// fire (b, d).
fn two_stories() -> App {
    use crate::corpus::{Article, Syntax, parse};
    let article = |id: &str, text: &str| {
        Article::new(id.into(), format!("{id}.txt"), parse(text, Syntax::Plain))
    };
    let ferry = "The ferry Marisol ran aground off Kell Point, and the Torvane coastguard said twelve passengers were hurt.";
    let fire = "A fire at the Brackley paint works sent smoke over Ashgrove, and Brackley firefighters fought it all night.";
    let articles = [
        article("a", ferry),
        article("b", fire),
        article("c", &format!("{ferry} Marisol was refloated.")),
        article("d", &format!("{fire} Ashgrove schools closed.")),
        article("e", &format!("{ferry} Kell Point harbour reopened.")),
    ];
    App::new(compare(&articles), Theme::plain(), 120, 30)
}

#[test]
fn several_stories_open_on_their_list_and_stay_apart() {
    let mut app = two_stories();
    assert_eq!(app.mode, Mode::Picker, "the reader opens on the story list");
    assert!(app.message.as_deref().unwrap().contains("2 stories"));
    let story = |app: &App, a: usize| app.comparison.story_of(a);
    assert_eq!(app.panes, [0, 2], "the largest story's first two articles");
    app.update(Action::CloseOverlay);
    app.update(Action::FocusRight);
    app.update(Action::NextArticle);
    assert_eq!(app.panes, [0, 4], "the next article of the same story");
    app.update(Action::NextArticle);
    assert_eq!(app.panes, [0, 2], "wrapping within the story");
    // Opening the fire from the list brings the fire's articles, both.
    app.update(Action::Picker);
    app.picker.show(3);
    assert_eq!(app.picker.selected(), Source::Article(3));
    app.update(Action::Submit);
    assert_eq!(app.panes.len(), 2);
    assert!(app.panes.contains(&3));
    assert_eq!(story(&app, app.panes[0]), story(&app, app.panes[1]));
    app.update(Action::NextArticle);
    assert!(app.message.as_deref().unwrap().contains("other stories"));
}

#[test]
fn picker_lists_stories_first_and_skips_their_headings() {
    let mut app = two_stories();
    assert_eq!(app.comparison.stories.len(), 2);
    assert!(matches!(app.picker.lines[0], Source::Story(0)));
    let story_of = |a: usize| {
        app.comparison
            .stories
            .iter()
            .position(|s| s.articles.contains(&a))
            .unwrap()
    };
    let mut current = None;
    for line in &app.picker.lines {
        match *line {
            Source::Story(s) => current = Some(s),
            Source::Article(a) => assert_eq!(Some(story_of(a)), current, "{:?}", app.picker.lines),
        }
    }
    assert_eq!(app.mode, Mode::Picker);
    app.update(Action::Top);
    assert!(matches!(app.picker.selected(), Source::Article(_)));
    app.update(Action::Bottom);
    app.update(Action::ScrollUp);
    app.update(Action::ScrollUp);
    assert!(
        matches!(app.picker.selected(), Source::Article(_)),
        "a heading is never selected"
    );
    assert_eq!(app.mode, Mode::Picker);
}

#[test]
fn more_panes_only_when_they_fit() {
    let mut app = app(100, 30);
    app.update(Action::MorePanes);
    assert_eq!(app.panes.len(), 2);
    assert!(app.message.as_deref().unwrap().contains("too narrow"));
    app.update(Action::Resize(160, 30));
    app.update(Action::MorePanes);
    app.update(Action::MorePanes);
    assert_eq!(app.panes, [0, 1, 2, 3]);
    assert!(app.document.rows.iter().all(|r| r.sides.len() == 4));
    app.update(Action::MorePanes);
    assert_eq!(app.panes.len(), 4, "{:?}", app.message);
    app.update(Action::FocusRight);
    app.update(Action::FocusRight);
    app.update(Action::FocusRight);
    app.update(Action::FewerPanes);
    assert_eq!((app.panes.len(), app.focus), (3, 2));
    app.update(Action::FewerPanes);
    app.update(Action::FewerPanes);
    assert_eq!(app.panes.len(), 2);
    assert!(app.message.as_deref().unwrap().contains("fewest"));
}

#[test]
fn a_narrow_terminal_shows_the_focused_pane_and_a_strip() {
    let mut app = app(70, 20);
    assert!(app.narrow());
    assert_eq!(app.visible(), 0..1);
    app.update(Action::FocusNext);
    assert_eq!(app.visible(), 1..2);
    app.update(Action::Resize(120, 20));
    assert!(!app.narrow());
    assert_eq!(app.visible(), 0..2);
}

#[test]
fn without_sync_the_focused_pane_scrolls_alone_until_sync_lines_them_up() {
    let mut app = app(120, 20);
    app.update(Action::ToggleSync);
    assert!(!app.sync);
    app.update(Action::PageDown);
    assert!(app.scroll[0] > 0 && app.scroll[1] == 0, "{:?}", app.scroll);
    app.update(Action::FocusRight);
    app.update(Action::ScrollDown);
    assert_eq!(app.scroll[1], 1);
    app.update(Action::ToggleSync);
    assert_eq!(app.scroll, [1, 1], "the others follow the focused pane");
    app.update(Action::ScrollDown);
    assert_eq!(app.scroll, [2, 2]);
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer() {
    let mut app = app(120, 20);
    app.update(Action::ToggleSync);
    app.update(Action::Wheel {
        column: 100,
        row: 5,
        down: true,
    });
    assert_eq!(app.scroll, [0, WHEEL_LINES]);
    app.update(Action::Wheel {
        column: 100,
        row: 19,
        down: true,
    });
    assert_eq!(
        app.scroll,
        [0, WHEEL_LINES],
        "the status line does not scroll"
    );
    app.update(Action::ToggleSync);
    app.update(Action::Wheel {
        column: 3,
        row: 5,
        down: false,
    });
    assert_eq!(app.scroll, [0, 0]);
}

#[test]
fn a_match_in_a_pane_off_screen_brings_that_pane_in() {
    let mut app = app(70, 20);
    app.update(Action::Search);
    // Only the right-hand article (001) says "unpunished".
    typed(&mut app, "unpunished");
    app.update(Action::Submit);
    let found = &app.search.matches[app.search.current.unwrap()];
    assert_eq!(found.pane, 1);
    assert_eq!(app.visible(), 1..2, "the narrow layout shows that pane");
}

#[test]
fn a_click_focuses_the_pane_under_it() {
    let mut app = app(120, 20);
    app.update(Action::Click {
        column: 100,
        row: 3,
    });
    assert_eq!(app.focus, 1);
    app.update(Action::Click {
        column: 100,
        row: 19,
    });
    assert_eq!(app.focus, 1, "the status line is no pane");
    app.update(Action::Click { column: 2, row: 3 });
    assert_eq!(app.focus, 0);
}

#[test]
fn enter_on_a_fact_shows_its_paragraph() {
    let mut app = app(120, 40);
    app.update(Action::Claims);
    app.update(Action::Bottom);
    let Entry::Fact(f) = app.claims.selected() else {
        panic!("the last line is a fact")
    };
    let fact = app.comparison.unique[f].clone();
    app.update(Action::Submit);
    assert_eq!(app.panes[app.focus], fact.article);
    let row = &app.document.rows[app.selected.unwrap()];
    assert!(app.comparison.rows[row.row].cells[fact.article].contains(&fact.paragraph));
    assert!(app.message.as_deref().unwrap().starts_with("only "));
}

#[test]
fn a_resize_keeps_the_current_match() {
    let mut app = app(160, 45);
    app.update(Action::Search);
    typed(&mut app, "attal");
    app.update(Action::Submit);
    app.update(Action::NextDifference);
    app.update(Action::NextDifference);
    assert_eq!(app.search.current, Some(2));
    let matches = app.search.matches.clone();
    app.update(Action::Resize(150, 45));
    assert_eq!(app.search.current, Some(2), "a new width is no new search");
    assert_eq!(app.search.matches, matches);
    app.update(Action::NextDifference);
    assert_eq!(app.search.current, Some(3), "n goes on from the match");
}

#[test]
fn new_panes_keep_the_current_match_where_it_still_is() {
    let mut app = app(160, 45);
    app.update(Action::Search);
    typed(&mut app, "attal");
    app.update(Action::Submit);
    let current = app.search.matches[app.search.current.unwrap()].clone();
    let other = 1 - current.pane;
    app.focus = other;
    app.update(Action::NextArticle);
    let now = &app.search.matches[app.search.current.expect("still current")];
    assert_eq!(
        (now.article, now.paragraph, &now.range),
        (current.article, current.paragraph, &current.range)
    );
    app.focus = current.pane;
    app.update(Action::NextArticle);
    assert_eq!(app.search.current, None, "that article is gone");
}

#[test]
fn n_back_with_no_match_current_goes_up_from_the_screen() {
    let mut app = app(160, 45);
    app.update(Action::Search);
    typed(&mut app, "attal");
    app.update(Action::Submit);
    app.search.current = None;
    app.update(Action::PreviousDifference);
    let count = app.search.matches.len();
    assert_eq!(
        app.search.current,
        Some(count - 1),
        "nothing above the top: wraps to the last"
    );
    // The screen's top on the row of a later match: N takes the one
    // above that row, not the one on it.
    let later = app
        .search
        .matches
        .iter()
        .rposition(|m| m.row > app.search.matches[0].row);
    let row = app.search.matches[later.expect("matches on two rows")].row;
    app.update(Action::Top);
    for _ in 0..app.document.rows[row].top {
        app.update(Action::ScrollDown);
    }
    assert_eq!(app.document.row_at(app.top()), Some(row), "not clamped");
    app.search.current = None;
    app.update(Action::PreviousDifference);
    let above = app.search.matches.iter().rposition(|m| m.row < row);
    assert_eq!(app.search.current, above);
}

#[test]
fn help_scrolls_as_far_as_its_last_line_and_no_further() {
    let lines = help::lines(Theme::plain()).len();
    // The box takes the screen above the status line, less its borders.
    for (height, visible) in [(20, 17), (8, 5)] {
        let mut app = app(70, height);
        app.update(Action::Help);
        app.update(Action::Bottom);
        assert_eq!(app.help.scroll, lines - visible, "{height} rows");
        app.update(Action::ScrollDown);
        assert_eq!(app.help.scroll, lines - visible);
        app.update(Action::ScrollUp);
        assert_eq!(app.help.scroll, lines - visible - 1, "k moves at once");
    }
    let mut app = app(70, 8);
    app.update(Action::Help);
    app.update(Action::Bottom);
    app.update(Action::Resize(70, 30));
    assert_eq!(app.help.scroll, lines - 27, "a taller screen shows more");
}

#[test]
fn focusing_a_pane_on_screen_does_not_shift_the_panes() {
    let mut app = app(160, 45);
    app.update(Action::MorePanes);
    app.update(Action::MorePanes);
    app.update(Action::Resize(100, 20));
    assert_eq!(app.visible(), 0..2);
    app.update(Action::FocusRight);
    app.update(Action::FocusRight);
    assert_eq!((app.focus, app.visible()), (2, 1..3));
    app.update(Action::FocusLeft);
    assert_eq!((app.focus, app.visible()), (1, 1..3), "001 is on screen");
    app.update(Action::FocusLeft);
    assert_eq!((app.focus, app.visible()), (0, 0..2));
    for _ in 0..3 {
        app.update(Action::FocusRight);
    }
    assert_eq!(app.visible(), 2..4);
    app.update(Action::Resize(70, 20));
    assert_eq!(app.visible(), 3..4, "the narrow layout shows the focus");
    app.update(Action::Resize(160, 45));
    assert_eq!(app.visible(), 0..4, "all fit again");
    app.update(Action::Resize(100, 20));
    app.update(Action::FewerPanes);
    assert_eq!((app.focus, app.visible()), (2, 1..3));
}

#[test]
fn one_article_alone_cannot_lose_a_pane_and_says_why() {
    let one = compare(&bundled().articles[..1]);
    let mut app = App::new(one, Theme::plain(), 100, 20);
    // Said at once: a lone pane is no comparison.
    assert_eq!(
        app.message.as_deref(),
        Some("one article: nothing to compare it with; give two or more files or a folder")
    );
    app.update(Action::FewerPanes);
    assert_eq!(app.panes, [0]);
    assert_eq!(app.message.as_deref(), Some("only one article is loaded"));
}

#[test]
fn the_picker_lists_undated_articles_last() {
    use crate::corpus::{Article, Syntax, parse};
    let article = |id: &str, text: &str| {
        Article::new(id.into(), format!("{id}.txt"), parse(text, Syntax::Plain))
    };
    let toll = "The ferry Marisol ran aground off Kell Point, and twelve passengers were hurt.";
    let articles = [
        article("a", toll),
        article("b", &format!(" date 2025-03-19 {toll}")),
        article("c", &format!(" date 2025-03-18 {toll}")),
    ];
    let app = App::new(compare(&articles), Theme::plain(), 120, 30);
    let ids: Vec<&str> = app
        .picker
        .lines
        .iter()
        .map(|line| match line {
            Source::Article(a) => app.comparison.articles[*a].id.as_str(),
            Source::Story(_) => "story",
        })
        .collect();
    assert_eq!(ids, ["c", "b", "a"]);
}

#[test]
fn question_mark_from_help_searches_back_as_in_less() {
    let mut app = app(120, 30);
    app.update(Action::Bottom);
    let bottom = app.top();
    // `?` is help; `?` again, then a pattern, searches back from the screen.
    app.update(Action::Help);
    assert_eq!(app.mode, Mode::Help);
    app.update(Action::Help);
    assert_eq!(app.mode, Mode::Search);
    typed(&mut app, "attal");
    app.update(Action::Submit);
    let count = app.search.matches.len();
    assert!(count >= 3, "{count}");
    let here = app.document.row_at(bottom).unwrap();
    let first = app.search.current.unwrap();
    let expected = app
        .search
        .matches
        .iter()
        .rposition(|m| m.row < here)
        .unwrap();
    assert_eq!(first, expected, "the last match above the screen");
    // n goes on upwards, N down, as after ?pattern in less.
    app.update(Action::NextDifference);
    assert_eq!(app.search.current, Some((first + count - 1) % count));
    app.update(Action::PreviousDifference);
    assert_eq!(app.search.current, Some(first));
    // `/` from the help searches forward.
    app.update(Action::CloseOverlay);
    app.update(Action::Help);
    app.update(Action::Search);
    assert_eq!((app.mode, app.search.backward), (Mode::Search, false));
}

#[test]
fn no_export_before_the_claims_are_worked_out() {
    let mut app = app(120, 30);
    app.pending = true;
    app.update(Action::Export);
    assert_eq!(app.mode, Mode::Normal);
    assert!(
        app.message
            .as_deref()
            .unwrap()
            .contains("still being worked out")
    );
}
