//! What a key asks for. The key map is data: the same table drives the
//! dispatch and the help overlay, so the two can never disagree.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// Everything the user can ask of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Quit,
    Help,
    CloseOverlay,
    FocusNext,
    FocusLeft,
    FocusRight,
    NextArticle,
    PreviousArticle,
    ScrollDown,
    ScrollUp,
    PageDown,
    PageUp,
    Top,
    Bottom,
    NextDifference,
    PreviousDifference,
    Resize(u16, u16),
}

/// One line of the key map: the keys, how help shows them, what they do.
pub struct Binding {
    pub keys: &'static [(KeyCode, KeyModifiers)],
    pub label: &'static str,
    pub action: Action,
    pub description: &'static str,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;

/// The key map, in the order help lists it.
pub const BINDINGS: &[Binding] = &[
    Binding {
        keys: &[
            (KeyCode::Char('q'), NONE),
            (KeyCode::Char('c'), KeyModifiers::CONTROL),
        ],
        label: "q  Ctrl-C",
        action: Action::Quit,
        description: "quit",
    },
    Binding {
        keys: &[(KeyCode::Char('?'), NONE), (KeyCode::Char('?'), SHIFT)],
        label: "?",
        action: Action::Help,
        description: "this help",
    },
    Binding {
        keys: &[(KeyCode::Esc, NONE)],
        label: "Esc",
        action: Action::CloseOverlay,
        description: "close help",
    },
    Binding {
        keys: &[(KeyCode::Tab, NONE), (KeyCode::BackTab, SHIFT)],
        label: "Tab",
        action: Action::FocusNext,
        description: "focus the other pane",
    },
    Binding {
        keys: &[(KeyCode::Char('h'), NONE), (KeyCode::Left, NONE)],
        label: "h  ←",
        action: Action::FocusLeft,
        description: "focus the left pane",
    },
    Binding {
        keys: &[(KeyCode::Char('l'), NONE), (KeyCode::Right, NONE)],
        label: "l  →",
        action: Action::FocusRight,
        description: "focus the right pane",
    },
    Binding {
        keys: &[(KeyCode::Char(']'), NONE)],
        label: "]",
        action: Action::NextArticle,
        description: "next article in the focused pane",
    },
    Binding {
        keys: &[(KeyCode::Char('['), NONE)],
        label: "[",
        action: Action::PreviousArticle,
        description: "previous article in the focused pane",
    },
    Binding {
        keys: &[(KeyCode::Char('j'), NONE), (KeyCode::Down, NONE)],
        label: "j  ↓",
        action: Action::ScrollDown,
        description: "scroll down a line",
    },
    Binding {
        keys: &[(KeyCode::Char('k'), NONE), (KeyCode::Up, NONE)],
        label: "k  ↑",
        action: Action::ScrollUp,
        description: "scroll up a line",
    },
    Binding {
        keys: &[(KeyCode::PageDown, NONE), (KeyCode::Char(' '), NONE)],
        label: "PgDn  Space",
        action: Action::PageDown,
        description: "scroll down a page",
    },
    Binding {
        keys: &[(KeyCode::PageUp, NONE)],
        label: "PgUp",
        action: Action::PageUp,
        description: "scroll up a page",
    },
    Binding {
        keys: &[(KeyCode::Char('g'), NONE), (KeyCode::Home, NONE)],
        label: "g  Home",
        action: Action::Top,
        description: "go to the top",
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
    },
    Binding {
        keys: &[(KeyCode::Char('n'), NONE)],
        label: "n",
        action: Action::NextDifference,
        description: "next difference",
    },
    Binding {
        keys: &[(KeyCode::Char('N'), NONE), (KeyCode::Char('N'), SHIFT)],
        label: "N",
        action: Action::PreviousDifference,
        description: "previous difference",
    },
];

/// The action a terminal event asks for, if any.
pub fn from_event(event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => from_key(key),
        Event::Resize(width, height) => Some(Action::Resize(*width, *height)),
        _ => None,
    }
}

fn from_key(key: &KeyEvent) -> Option<Action> {
    BINDINGS
        .iter()
        .find(|b| {
            b.keys
                .iter()
                .any(|&(code, modifiers)| code == key.code && modifiers == key.modifiers)
        })
        .map(|b| b.action)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
        Event::Key(KeyEvent::new(code, modifiers))
    }

    #[test]
    fn keys_map_to_their_actions() {
        assert_eq!(
            from_event(&key(KeyCode::Char('q'), NONE)),
            Some(Action::Quit)
        );
        assert_eq!(
            from_event(&key(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::Quit)
        );
        assert_eq!(from_event(&key(KeyCode::Char('c'), NONE)), None);
        assert_eq!(
            from_event(&key(KeyCode::Char('G'), SHIFT)),
            Some(Action::Bottom)
        );
        assert_eq!(
            from_event(&key(KeyCode::Char(']'), NONE)),
            Some(Action::NextArticle)
        );
        assert_eq!(from_event(&Event::Resize(1, 1)), Some(Action::Resize(1, 1)));
    }

    #[test]
    fn no_key_is_bound_twice() {
        let mut seen = Vec::new();
        for binding in BINDINGS {
            for key in binding.keys {
                assert!(!seen.contains(key), "{key:?} bound twice");
                seen.push(*key);
            }
        }
    }
}
