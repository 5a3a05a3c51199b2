//! Precision, recall and F1 over sets of links.

use std::collections::BTreeSet;
use std::fmt;
use std::ops::AddAssign;

/// Counts of true positives, false positives and false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    /// Compares predicted links with the gold ones.
    pub fn of<T: Ord>(predicted: &BTreeSet<T>, gold: &BTreeSet<T>) -> Counts {
        let tp = predicted.intersection(gold).count();
        Counts {
            tp,
            fp: predicted.len() - tp,
            fn_: gold.len() - tp,
        }
    }

    /// 1 when nothing was predicted (no false claim was made).
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// 1 when there was nothing to find.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

impl AddAssign for Counts {
    fn add_assign(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

impl fmt::Display for Counts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "P {:.3}  R {:.3}  F1 {:.3}",
            self.precision(),
            self.recall(),
            self.f1()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_ratios() {
        let predicted: BTreeSet<_> = [(0, 0), (1, 1), (2, 5)].into();
        let gold: BTreeSet<_> = [(0, 0), (1, 1), (2, 2), (3, 3)].into();
        let counts = Counts::of(&predicted, &gold);
        assert_eq!(
            counts,
            Counts {
                tp: 2,
                fp: 1,
                fn_: 2
            }
        );
        assert!((counts.precision() - 2.0 / 3.0).abs() < 1e-9);
        assert!((counts.recall() - 0.5).abs() < 1e-9);
        assert!((counts.f1() - 4.0 / 7.0).abs() < 1e-9);
        assert_eq!(Counts::default().f1(), 1.0);
    }
}
