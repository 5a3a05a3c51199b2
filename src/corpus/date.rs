//! Calendar dates as articles give them.
//!
//! Only the calendar day matters for ordering versions of a story, so a
//! front-matter date-time (`2024-03-24T18:05:00Z`) keeps its date part.

use std::fmt;

use serde::{Serialize, Serializer};

/// A valid proleptic Gregorian calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// Builds a date, or `None` when no such day exists.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(Date { year, month, day })
    }

    pub fn year(self) -> i32 {
        i32::from(self.year)
    }

    /// Parses `YYYY-MM-DD`, optionally followed by a time (`T…` or ` …`).
    pub fn parse(text: &str) -> Option<Date> {
        let text = text.trim();
        let bytes = text.as_bytes();
        if bytes.len() < 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        if let Some(&next) = bytes.get(10) {
            if next != b'T' && next != b't' && next != b' ' {
                return None;
            }
        }
        // Byte-wise, so text that is not ASCII can never split a character.
        let number = |range: std::ops::Range<usize>| -> Option<u16> {
            bytes[range].iter().try_fold(0u16, |n, &b| {
                b.is_ascii_digit().then(|| n * 10 + u16::from(b - b'0'))
            })
        };
        let month = u8::try_from(number(5..7)?).ok()?;
        let day = u8::try_from(number(8..10)?).ok()?;
        Date::new(number(0..4)?, month, day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_dates_and_date_times() {
        assert_eq!(Date::parse("2024-03-24").unwrap().to_string(), "2024-03-24");
        assert_eq!(
            Date::parse("2024-03-24T18:05:00Z").unwrap().to_string(),
            "2024-03-24"
        );
        assert_eq!(
            Date::parse(" 2024-02-29 10:00").unwrap().to_string(),
            "2024-02-29"
        );
    }

    #[test]
    fn rejects_impossible_or_malformed_dates() {
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-04-31",
            "24-03-24",
            "2024-3-24",
            "2024-03-24x",
            "２０２４-03-24",
            "",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn orders_chronologically() {
        assert!(Date::parse("2024-03-23") < Date::parse("2024-03-24"));
        assert!(Date::parse("2023-12-31") < Date::parse("2024-01-01"));
    }
}
