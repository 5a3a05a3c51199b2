//! What a key asks for. The key map is data: the same table drives the
//! dispatch and the help overlay, so the two can never disagree.

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

/// Everything the user can ask of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// `q`: leave the panel on screen, or the reader when none is open,
    /// as `q` does in less.
    Quit,
    /// Ctrl-C: leave the reader from anywhere.
    Interrupt,
    Help,
    CloseOverlay,
    FocusNext,
    FocusPrevious,
    FocusLeft,
    FocusRight,
    NextArticle,
    PreviousArticle,
    ScrollDown,
    ScrollUp,
    PageDown,
    PageUp,
    /// Half a page, as Ctrl-D and Ctrl-U do in less and vim.
    HalfPageDown,
    HalfPageUp,
    Top,
    Bottom,
    NextDifference,
    PreviousDifference,
    Claims,
    Search,
    Export,
    ToggleSync,
    Picker,
    /// The list of inputs that could not be read.
    Skipped,
    MorePanes,
    FewerPanes,
    /// Enter: open, jump to, or confirm what is selected or typed.
    Submit,
    /// A character typed into the search or the export prompt.
    Input(char),
    Backspace,
    /// Prompt editing, as in a shell: Delete, Ctrl-U, Ctrl-W, the arrows,
    /// Home and End.
    DeleteForward,
    DeleteToStart,
    DeleteWordBack,
    CursorLeft,
    CursorRight,
    CursorHome,
    CursorEnd,
    /// The mouse wheel turned over a screen cell (column, row).
    Wheel {
        column: u16,
        row: u16,
        down: bool,
    },
    /// The left button pressed on a screen cell (column, row).
    Click {
        column: u16,
        row: u16,
    },
    Resize(u16, u16),
}

/// One line of the key map: the keys, how help shows them, what they do.
/// A binding with an empty label is the second half of the one before it
/// (`→` of `←  →`), which help's line already names.
pub struct Binding {
    pub keys: &'static [(KeyCode, KeyModifiers)],
    pub label: &'static str,
    pub action: Action,
    pub description: &'static str,
    /// How the status line offers it, for the keys it offers.
    pub hint: Option<Hint>,
}

/// A key as the status line offers it: short, and ranked, since the
/// hints that do not fit are left out from the last.
#[derive(Clone, Copy, Debug)]
pub struct Hint {
    pub keys: &'static str,
    pub word: &'static str,
    /// 0 first.
    pub rank: u8,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;

/// The key map, in the order help lists it.
pub const BINDINGS: &[Binding] = &[
    Binding {
        keys: &[(KeyCode::Char('q'), NONE)],
        label: "q",
        action: Action::Quit,
        description: "quit; in a panel or this help, close it",
        hint: Some(Hint {
            keys: "q",
            word: "quit",
            rank: 0,
        }),
    },
    Binding {
        keys: &[(KeyCode::Char('c'), KeyModifiers::CONTROL)],
        label: "Ctrl-C",
        action: Action::Interrupt,
        description: "quit from anywhere",
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('?'), NONE), (KeyCode::Char('?'), SHIFT)],
        label: "?",
        action: Action::Help,
        description: "this help; from it, ?pattern searches back",
        hint: Some(Hint {
            keys: "?",
            word: "help",
            rank: 1,
        }),
    },
    Binding {
        keys: &[(KeyCode::Esc, NONE)],
        label: "Esc",
        action: Action::CloseOverlay,
        description: "close a panel, clear the search",
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Tab, NONE)],
        label: "Tab",
        action: Action::FocusNext,
        description: "focus the next pane",
        hint: Some(Hint {
            keys: "Tab",
            word: "focus",
            rank: 8,
        }),
    },
    Binding {
        // Terminals report Shift-Tab as BackTab, most with Shift held.
        keys: &[(KeyCode::BackTab, SHIFT), (KeyCode::BackTab, NONE)],
        label: "Shift-Tab",
        action: Action::FocusPrevious,
        description: "focus the previous pane",
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('h'), NONE), (KeyCode::Left, NONE)],
        label: "h  ←",
        action: Action::FocusLeft,
        description: "focus the pane to the left",
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('l'), NONE), (KeyCode::Right, NONE)],
        label: "l  →",
        action: Action::FocusRight,
        description: "focus the pane to the right",
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char(']'), NONE)],
        label: "]",
        action: Action::NextArticle,
        description: "next article in the focused pane",
        hint: Some(Hint {
            keys: "[ ]",
            word: "article",
            rank: 2,
        }),
    },
    Binding {
        keys: &[(KeyCode::Char('['), NONE)],
        label: "[",
        action: Action::PreviousArticle,
        description: "previous article in the focused pane",
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('j'), NONE), (KeyCode::Down, NONE)],
        label: "j  ↓",
        action: Action::ScrollDown,
        description: "scroll down a line; in a list, the next item",
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('k'), NONE), (KeyCode::Up, NONE)],
        label: "k  ↑",
        action: Action::ScrollUp,
        description: "scroll up a line; in a list, the previous item",
        hint: None,
    },
    Binding {
        keys: &[
            (KeyCode::PageDown, NONE),
            (KeyCode::Char(' '), NONE),
            (KeyCode::Char('f'), NONE),
            (KeyCode::Char('f'), KeyModifiers::CONTROL),
        ],
        label: "PgDn  Space  f",
        action: Action::PageDown,
        description: "scroll down a page (Ctrl-F too)",
        hint: None,
    },
    Binding {
        keys: &[
            (KeyCode::PageUp, NONE),
            (KeyCode::Char('b'), NONE),
            (KeyCode::Char('b'), KeyModifiers::CONTROL),
        ],
        label: "PgUp  b",
        action: Action::PageUp,
        description: "scroll up a page (Ctrl-B too)",
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('d'), KeyModifiers::CONTROL)],
        label: "Ctrl-D",
        action: Action::HalfPageDown,
        description: "scroll down half a page",
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('u'), KeyModifiers::CONTROL)],
        label: "Ctrl-U",
        action: Action::HalfPageUp,
        description: "scroll up half a page",
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('g'), NONE), (KeyCode::Home, NONE)],
        label: "g  Home",
        action: Action::Top,
        description: "go to the top",
        hint: None,
    },
    Binding {
        keys: &[
            (KeyCode::Char('G'), NONE),
            (KeyCode::Char('G'), SHIFT),
            (KeyCode::End, NONE),
        ],
        label: "G  End",
        action: Action::Bottom,
        description: "go to the bottom",
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('n'), NONE)],
        label: "n",
        action: Action::NextDifference,
        description: "next difference, or next match after a search",
        hint: Some(Hint {
            keys: "n/N",
            word: "diff",
            rank: 3,
        }),
    },
    Binding {
        keys: &[(KeyCode::Char('N'), NONE), (KeyCode::Char('N'), SHIFT)],
        label: "N",
        action: Action::PreviousDifference,
        description: "previous difference, or previous match",
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('c'), NONE)],
        label: "c",
        action: Action::Claims,
        description: "claims: figures compared, facts only one has",
        hint: Some(Hint {
            keys: "c",
            word: "claims",
            rank: 4,
        }),
    },
    Binding {
        keys: &[(KeyCode::Char('/'), NONE)],
        label: "/",
        action: Action::Search,
        description: "search the panes",
        hint: Some(Hint {
            keys: "/",
            word: "search",
            rank: 5,
        }),
    },
    Binding {
        keys: &[(KeyCode::Char('e'), NONE)],
        label: "e",
        action: Action::Export,
        description: "export the comparison to a file",
        hint: Some(Hint {
            keys: "e",
            word: "export",
            rank: 7,
        }),
    },
    Binding {
        keys: &[(KeyCode::Char('s'), NONE)],
        label: "s",
        action: Action::ToggleSync,
        description: "synchronised scrolling on / off",
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('o'), NONE)],
        label: "o",
        action: Action::Picker,
        description: "sources: choose the focused pane's article",
        hint: Some(Hint {
            keys: "o",
            word: "sources",
            rank: 6,
        }),
    },
    Binding {
        keys: &[(KeyCode::Char('!'), NONE), (KeyCode::Char('!'), SHIFT)],
        label: "!",
        action: Action::Skipped,
        description: "the inputs that were skipped, and why",
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('+'), NONE), (KeyCode::Char('+'), SHIFT)],
        label: "+",
        action: Action::MorePanes,
        description: "one more pane, if the terminal is wide enough",
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('-'), NONE)],
        label: "-",
        action: Action::FewerPanes,
        description: "one pane fewer",
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Enter, NONE)],
        label: "Enter",
        action: Action::Submit,
        description: "in claims or sources: open the selected item",
        hint: None,
    },
];

/// The keys of the search and export prompts; any other character is
/// typed.
pub const INPUT_BINDINGS: &[Binding] = &[
    Binding {
        keys: &[(KeyCode::Enter, NONE)],
        label: "Enter",
        action: Action::Submit,
        description: "search / write the file",
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Esc, NONE)],
        label: "Esc",
        action: Action::CloseOverlay,
        description: "cancel",
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Backspace, NONE)],
        label: "Backspace",
        action: Action::Backspace,
        description: "delete before the cursor",
        hint: None,
    },
    Binding {
        keys: &[
            (KeyCode::Delete, NONE),
            (KeyCode::Char('d'), KeyModifiers::CONTROL),
        ],
        label: "Delete",
        action: Action::DeleteForward,
        description: "delete under the cursor (Ctrl-D too)",
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('u'), KeyModifiers::CONTROL)],
        label: "Ctrl-U",
        action: Action::DeleteToStart,
        description: "delete to the start of the line",
        hint: None,
    },
    Binding {
        keys: &[
            (KeyCode::Char('w'), KeyModifiers::CONTROL),
            (KeyCode::Backspace, KeyModifiers::ALT),
        ],
        label: "Ctrl-W",
        action: Action::DeleteWordBack,
        description: "delete the word before the cursor",
        hint: None,
    },
    Binding {
        keys: &[
            (KeyCode::Left, NONE),
            (KeyCode::Char('b'), KeyModifiers::CONTROL),
        ],
        label: "←  →",
        action: Action::CursorLeft,
        description: "move the cursor (Ctrl-B, Ctrl-F too)",
        hint: None,
    },
    Binding {
        keys: &[
            (KeyCode::Right, NONE),
            (KeyCode::Char('f'), KeyModifiers::CONTROL),
        ],
        label: "",
        action: Action::CursorRight,
        description: "",
        hint: None,
    },
    Binding {
        keys: &[
            (KeyCode::Home, NONE),
            (KeyCode::Char('a'), KeyModifiers::CONTROL),
        ],
        label: "Home  End",
        action: Action::CursorHome,
        description: "start / end of the line (Ctrl-A, Ctrl-E)",
        hint: None,
    },
    Binding {
        keys: &[
            (KeyCode::End, NONE),
            (KeyCode::Char('e'), KeyModifiers::CONTROL),
        ],
        label: "",
        action: Action::CursorEnd,
        description: "",
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('c'), KeyModifiers::CONTROL)],
        label: "Ctrl-C",
        action: Action::Interrupt,
        description: "quit",
        hint: None,
    },
];

/// The action a terminal event asks for, if any; `typing` when a prompt
/// takes the keys.
pub fn from_event(event: &Event, typing: bool) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            if typing {
                find(INPUT_BINDINGS, key).or_else(|| typed(key))
            } else {
                find(BINDINGS, key)
            }
        }
        Event::Mouse(mouse) => from_mouse(mouse),
        Event::Resize(width, height) => Some(Action::Resize(*width, *height)),
        _ => None,
    }
}

/// The key an Esc typed just before it was folded into: terminals send
/// Esc then `c` as the bytes of Alt-c when they arrive together (a fast
/// typist, or keys sent by a script), so an Alt key no binding uses is
/// read as Esc, then the key.
pub fn after_escape(event: &Event) -> Option<Event> {
    match event {
        Event::Key(key)
            if key.modifiers == KeyModifiers::ALT && key.kind != KeyEventKind::Release =>
        {
            Some(Event::Key(KeyEvent::new(key.code, KeyModifiers::NONE)))
        }
        _ => None,
    }
}

fn find(bindings: &[Binding], key: &KeyEvent) -> Option<Action> {
    bindings
        .iter()
        .find(|b| {
            b.keys
                .iter()
                .any(|&(code, modifiers)| code == key.code && modifiers == key.modifiers)
        })
        .map(|b| b.action)
}

/// A printable character with no modifier but Shift; control characters
/// never reach a prompt, so nothing typed can drive the terminal.
fn typed(key: &KeyEvent) -> Option<Action> {
    match key.code {
        KeyCode::Char(c) if !c.is_control() && (key.modifiers - SHIFT).is_empty() => {
            Some(Action::Input(c))
        }
        _ => None,
    }
}

fn from_mouse(mouse: &MouseEvent) -> Option<Action> {
    let (column, row) = (mouse.column, mouse.row);
    match mouse.kind {
        MouseEventKind::ScrollDown => Some(Action::Wheel {
            column,
            row,
            down: true,
        }),
        MouseEventKind::ScrollUp => Some(Action::Wheel {
            column,
            row,
            down: false,
        }),
        MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
        Event::Key(KeyEvent::new(code, modifiers))
    }

    #[test]
    fn keys_map_to_their_actions() {
        let normal = |code, modifiers| from_event(&key(code, modifiers), false);
        assert_eq!(normal(KeyCode::Char('q'), NONE), Some(Action::Quit));
        assert_eq!(
            normal(KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Action::Interrupt)
        );
        assert_eq!(normal(KeyCode::Char('c'), NONE), Some(Action::Claims));
        assert_eq!(normal(KeyCode::Char('x'), NONE), None);
        assert_eq!(normal(KeyCode::Char('G'), SHIFT), Some(Action::Bottom));
        assert_eq!(normal(KeyCode::Char(']'), NONE), Some(Action::NextArticle));
        assert_eq!(normal(KeyCode::Enter, NONE), Some(Action::Submit));
        assert_eq!(normal(KeyCode::Tab, NONE), Some(Action::FocusNext));
        assert_eq!(normal(KeyCode::BackTab, SHIFT), Some(Action::FocusPrevious));
        assert_eq!(
            from_event(&Event::Resize(1, 1), false),
            Some(Action::Resize(1, 1))
        );
    }

    #[test]
    fn prompts_take_characters_as_text() {
        let typing = |code, modifiers| from_event(&key(code, modifiers), true);
        assert_eq!(typing(KeyCode::Char('q'), NONE), Some(Action::Input('q')));
        assert_eq!(typing(KeyCode::Char('Q'), SHIFT), Some(Action::Input('Q')));
        assert_eq!(typing(KeyCode::Char('n'), NONE), Some(Action::Input('n')));
        assert_eq!(typing(KeyCode::Esc, NONE), Some(Action::CloseOverlay));
        assert_eq!(typing(KeyCode::Backspace, NONE), Some(Action::Backspace));
        assert_eq!(
            typing(KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Action::Interrupt)
        );
        assert_eq!(typing(KeyCode::Char('a'), KeyModifiers::ALT), None);
        assert_eq!(typing(KeyCode::Char('\u{1b}'), NONE), None);
    }

    #[test]
    fn the_wheel_scrolls_where_it_points() {
        let wheel = |kind| {
            Event::Mouse(MouseEvent {
                kind,
                column: 7,
                row: 3,
                modifiers: NONE,
            })
        };
        assert_eq!(
            from_event(&wheel(MouseEventKind::ScrollDown), false),
            Some(Action::Wheel {
                column: 7,
                row: 3,
                down: true
            })
        );
        assert_eq!(
            from_event(&wheel(MouseEventKind::Down(MouseButton::Left)), false),
            Some(Action::Click { column: 7, row: 3 })
        );
        assert_eq!(from_event(&wheel(MouseEventKind::Moved), false), None);
    }

    #[test]
    fn an_alt_key_is_an_escape_then_the_key() {
        let alt_c = key(KeyCode::Char('c'), KeyModifiers::ALT);
        assert_eq!(after_escape(&alt_c), Some(key(KeyCode::Char('c'), NONE)));
        assert_eq!(after_escape(&key(KeyCode::Char('c'), NONE)), None);
        assert_eq!(
            after_escape(&key(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            None
        );
    }

    #[test]
    fn every_hint_has_a_rank_of_its_own_and_names_its_key() {
        let mut ranks: Vec<u8> = BINDINGS
            .iter()
            .filter_map(|b| b.hint)
            .map(|h| h.rank)
            .collect();
        ranks.sort_unstable();
        let count = ranks.len();
        ranks.dedup();
        assert_eq!(ranks.len(), count, "two hints share a rank");
        for binding in BINDINGS {
            if let Some(hint) = binding.hint {
                let first = binding.label.split_whitespace().next().unwrap();
                assert!(
                    hint.keys.contains(first),
                    "{} offered as {}",
                    binding.label,
                    hint.keys
                );
            }
        }
    }

    #[test]
    fn no_key_is_bound_twice() {
        for bindings in [BINDINGS, INPUT_BINDINGS] {
            let mut seen = Vec::new();
            for binding in bindings {
                for key in binding.keys {
                    assert!(!seen.contains(key), "{key:?} bound twice");
                    seen.push(*key);
                }
            }
        }
    }
}
