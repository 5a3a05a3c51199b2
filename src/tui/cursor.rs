//! The selection of a list, shared by the claims panel and the sources
//! picker: a line of the list, moved by the keys among the lines that can
//! be selected (headings are passed over).

use super::action::Action;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListCursor {
    /// An index into the list's lines.
    selected: usize,
}

impl ListCursor {
    pub fn selected(self) -> usize {
        self.selected
    }

    pub fn select(&mut self, line: usize) {
        self.selected = line;
    }

    /// Moves the selection for `action` among `items` (the lines that can
    /// be selected, in order), `page` lines to a page; returns the line
    /// `Enter` chose. Any other action leaves it where it is.
    pub fn step(&mut self, action: Action, items: &[usize], page: usize) -> Option<usize> {
        let at = items.iter().position(|&i| i == self.selected).unwrap_or(0);
        let last = items.len().saturating_sub(1);
        let to = match action {
            Action::ScrollDown | Action::Wheel { down: true, .. } => (at + 1).min(last),
            Action::ScrollUp | Action::Wheel { down: false, .. } => at.saturating_sub(1),
            Action::PageDown => (at + page).min(last),
            Action::PageUp => at.saturating_sub(page),
            Action::Top => 0,
            Action::Bottom => last,
            Action::Submit => return items.get(at).copied(),
            _ => at,
        };
        if let Some(&line) = items.get(to) {
            self.selected = line;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_among_the_selectable_lines_only() {
        // Lines 0 and 3 are headings.
        let items = [1, 2, 4, 5];
        let mut cursor = ListCursor::default();
        cursor.step(Action::ScrollDown, &items, 2);
        assert_eq!(
            cursor.selected(),
            2,
            "from a heading, the line after the first item"
        );
        cursor.step(Action::ScrollDown, &items, 2);
        assert_eq!(cursor.selected(), 4, "over the heading");
        cursor.step(Action::Bottom, &items, 2);
        cursor.step(Action::ScrollDown, &items, 2);
        assert_eq!(cursor.selected(), 5, "stops at the last");
        cursor.step(Action::PageUp, &items, 2);
        assert_eq!(cursor.selected(), 2);
        assert_eq!(cursor.step(Action::Submit, &items, 2), Some(2));
        assert_eq!(cursor.step(Action::Search, &items, 2), None);
        assert_eq!(cursor.selected(), 2);
    }
}
