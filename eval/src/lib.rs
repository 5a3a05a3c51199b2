//! newsdiff's quality harness: measuring the engine against known answers.
//!
//! Quality is measured, not judged by eye: [`revisions`] generates revision
//! pairs whose correspondences are known because it made them, [`outlets`]
//! reads hand-labelled sets of several outlets' reports, [`score`] counts
//! precision, recall and F1 over paragraph pairs, and [`baselines`] holds
//! the simple methods the engine must beat, scored by the same harness;
//! [`stories`] mixes known events and scores how they are grouped;
//! [`extraction`] scores the article text read out of real web pages.
//! `cargo bench --bench quality` prints the tables kept in BENCHMARKS.md.

pub mod baselines;
pub mod claims;
pub mod extraction;
pub mod outlets;
pub mod planted;
pub mod revisions;
mod rng;
pub mod score;
pub mod stories;

pub use rng::Rng;
