//! A line being typed into a prompt, with a cursor and the editing keys
//! of a shell's line (readline's defaults): arrows, Home/End, Backspace
//! and Delete, Ctrl-U to the start, Ctrl-W a word back. The 44-character
//! name an export offers is replaced with one Ctrl-U, not 44 Backspaces.

use super::action::Action;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LineEdit {
    text: String,
    /// A byte offset into `text`, always at a character boundary.
    cursor: usize,
}

impl LineEdit {
    /// `text`, with the cursor at its end, where typing goes on.
    pub fn new(text: String) -> LineEdit {
        LineEdit {
            cursor: text.len(),
            text,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text before the cursor, to place the cursor on screen.
    pub fn before_cursor(&self) -> &str {
        &self.text[..self.cursor]
    }

    /// Applies an editing action; returns whether it was one (typing,
    /// deleting or moving), so other actions go on to the prompt.
    pub fn edit(&mut self, action: Action) -> bool {
        match action {
            Action::Input(c) => {
                self.text.insert(self.cursor, c);
                self.cursor += c.len_utf8();
            }
            Action::Backspace => {
                let start = self.previous(self.cursor);
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
            }
            Action::DeleteForward => {
                let end = self.next(self.cursor);
                self.text.replace_range(self.cursor..end, "");
            }
            Action::DeleteToStart => {
                self.text.replace_range(..self.cursor, "");
                self.cursor = 0;
            }
            Action::DeleteWordBack => {
                // As readline's Ctrl-W: the spaces before the cursor, then
                // the word before them.
                let before = &self.text[..self.cursor];
                let word_end = before.trim_end().len();
                let start = before[..word_end]
                    .rfind(char::is_whitespace)
                    .map_or(0, |i| i + 1);
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
            }
            Action::CursorLeft => self.cursor = self.previous(self.cursor),
            Action::CursorRight => self.cursor = self.next(self.cursor),
            Action::CursorHome => self.cursor = 0,
            Action::CursorEnd => self.cursor = self.text.len(),
            _ => return false,
        }
        true
    }

    fn previous(&self, at: usize) -> usize {
        self.text[..at].char_indices().last().map_or(0, |(i, _)| i)
    }

    fn next(&self, at: usize) -> usize {
        self.text[at..]
            .chars()
            .next()
            .map_or(at, |c| at + c.len_utf8())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edited(text: &str, actions: &[Action]) -> (String, String) {
        let mut line = LineEdit::new(text.to_string());
        for &action in actions {
            assert!(line.edit(action));
        }
        (line.text().to_string(), line.before_cursor().to_string())
    }

    #[test]
    fn readline_keys_edit_the_line() {
        use Action::*;
        let name = "newsdiff-000-and-4-more.txt";
        assert_eq!(
            edited(
                name,
                &[
                    DeleteToStart,
                    Input('a'),
                    Input('.'),
                    Input('m'),
                    Input('d')
                ]
            ),
            ("a.md".into(), "a.md".into())
        );
        assert_eq!(
            edited("moscow concert hall", &[DeleteWordBack]),
            ("moscow concert ".into(), "moscow concert ".into())
        );
        assert_eq!(
            edited("moscow concert  ", &[DeleteWordBack]),
            ("moscow ".into(), "moscow ".into())
        );
        assert_eq!(
            edited(
                "cmp.txt",
                &[CursorLeft, CursorLeft, CursorLeft, Backspace, Input(',')]
            ),
            ("cmp,txt".into(), "cmp,".into())
        );
        assert_eq!(
            edited(
                "cmp.txt",
                &[CursorHome, DeleteForward, Input('C'), CursorEnd]
            ),
            ("Cmp.txt".into(), "Cmp.txt".into())
        );
        // Characters wider than a byte are moved over and deleted whole.
        assert_eq!(
            edited(
                "née",
                &[
                    CursorLeft,
                    CursorLeft,
                    Backspace,
                    CursorRight,
                    DeleteForward
                ]
            ),
            ("é".into(), "é".into())
        );
        assert_eq!(
            edited("", &[Backspace, DeleteForward, CursorLeft]),
            (String::new(), String::new())
        );
        assert!(!LineEdit::default().edit(Submit));
    }
}
