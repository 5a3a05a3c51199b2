//! TF-IDF vectors and their cosine similarity.
//!
//! A term shared by two paragraphs says more when few paragraphs use it:
//! "Crocus" links two reports far more than "attack" does. Weights are
//! `(1 + ln tf) · ln(1 + N / df)`, vectors are unit length, so the cosine of
//! two paragraphs is their dot product.
//!
//! [`Index::similar`] scores a paragraph only against those that share a
//! term with it, via an inverted index: comparing long articles costs about
//! the number of shared terms, not the product of their lengths.

use foldhash::{HashMap, HashMapExt};

use rayon::prelude::*;

/// A unit-length sparse vector: (term id, weight), sorted by term id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Vector(Vec<(u32, f32)>);

impl Vector {
    /// The cosine of two unit vectors.
    pub fn cosine(&self, other: &Vector) -> f32 {
        let (mut a, mut b) = (self.0.iter().peekable(), other.0.iter().peekable());
        let mut dot = 0.0;
        while let (Some(&&(ta, wa)), Some(&&(tb, wb))) = (a.peek(), b.peek()) {
            match ta.cmp(&tb) {
                std::cmp::Ordering::Less => {
                    a.next();
                }
                std::cmp::Ordering::Greater => {
                    b.next();
                }
                std::cmp::Ordering::Equal => {
                    dot += wa * wb;
                    a.next();
                    b.next();
                }
            }
        }
        dot.min(1.0)
    }

    /// The normalised sum of several vectors: what a cell holding several
    /// paragraphs is about.
    pub fn sum<'a>(vectors: impl IntoIterator<Item = &'a Vector>) -> Vector {
        let mut total = Sum::default();
        for vector in vectors {
            total.add(vector);
        }
        total.vector()
    }

    fn normalised(mut pairs: Vec<(u32, f32)>) -> Vector {
        pairs.sort_unstable_by_key(|&(term, _)| term);
        let norm = pairs.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            pairs.iter_mut().for_each(|(_, w)| *w /= norm);
        }
        Vector(pairs)
    }
}

/// A running sum of vectors, kept unnormalised so more can be added: a
/// row of the alignment grows one paragraph at a time, and its centroid is
/// wanted after each article without adding up its members again.
#[derive(Clone, Debug, Default)]
pub struct Sum(Vec<(u32, f32)>);

impl Sum {
    pub fn add(&mut self, vector: &Vector) {
        self.merge(&vector.0);
    }

    pub fn add_sum(&mut self, other: &Sum) {
        self.merge(&other.0);
    }

    fn merge(&mut self, other: &[(u32, f32)]) {
        if other.is_empty() {
            return;
        }
        let mine = std::mem::take(&mut self.0);
        let mut merged = Vec::with_capacity(mine.len() + other.len());
        let (mut a, mut b) = (mine.iter().peekable(), other.iter().peekable());
        loop {
            let next = match (a.peek(), b.peek()) {
                (Some(&&(ta, wa)), Some(&&(tb, wb))) => match ta.cmp(&tb) {
                    std::cmp::Ordering::Less => a.next().map(|_| (ta, wa)),
                    std::cmp::Ordering::Greater => b.next().map(|_| (tb, wb)),
                    std::cmp::Ordering::Equal => {
                        a.next();
                        b.next().map(|_| (ta, wa + wb))
                    }
                },
                (Some(_), None) => a.next().copied(),
                (None, Some(_)) => b.next().copied(),
                (None, None) => break,
            };
            merged.extend(next);
        }
        self.0 = merged;
    }

    /// The sum's length.
    pub fn norm(&self) -> f32 {
        self.0.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt()
    }

    /// The sum as a unit vector.
    pub fn vector(&self) -> Vector {
        Vector::normalised(self.0.clone())
    }
}

/// Scores gathered for one document at a time, in an array as long as
/// the index with a list of the entries touched: no hashing per posting,
/// and clearing costs only what was touched.
#[derive(Default)]
pub struct Tally {
    scores: Vec<f32>,
    touched: Vec<u32>,
}

/// How many documents a term may stand in before [`Index::similar`]
/// stops walking its postings to find documents. Such a term ("said",
/// "police" in a long file of crime reports) weighs little, and walking
/// it for every document made alignment cost the square of a long file;
/// it still counts, exactly, in the scores of the documents a rarer term
/// finds. Only documents that share nothing but common terms are missed,
/// and those score too low to be aligned.
const COMMON: usize = 1000;

/// How many documents [`Index::similar`] finds from a document's rarer
/// terms before its commoner ones only count in the scores of those
/// found. A long file's mid-frequency terms ("sniper", "downtown" in a
/// live blog of 8,000 paragraphs) stand in hundreds of paragraphs each,
/// and walking them all made each paragraph cost a share of the whole
/// file; a paragraph's counterpart shares its rarest terms.
const FOUND_ENOUGH: usize = 200;

/// A document's terms as ids ([`Terms`](super::text::Terms) gives them),
/// each once with how often it occurs, ascending: all a TF-IDF vector is
/// made of, without a string for each occurrence (a 60 MB paragraph has
/// millions of them).
pub type Bag = Vec<(u32, u32)>;

/// Counts term ids into [`Bag`]s, one after another: a count per id in an
/// array with the ids touched, so counting hashes nothing and each bag
/// costs what it holds.
#[derive(Default)]
pub struct BagCounter {
    counts: Vec<u32>,
    touched: Vec<u32>,
}

impl BagCounter {
    pub fn add(&mut self, term: u32) {
        let at = term as usize;
        if at >= self.counts.len() {
            self.counts.resize(at + 1, 0);
        }
        if self.counts[at] == 0 {
            self.touched.push(term);
        }
        self.counts[at] += 1;
    }

    /// The bag counted since the last, leaving the counter empty.
    pub fn take(&mut self) -> Bag {
        self.touched.sort_unstable();
        let bag = self
            .touched
            .iter()
            .map(|&term| (term, std::mem::take(&mut self.counts[term as usize])))
            .collect();
        self.touched.clear();
        bag
    }
}

/// TF-IDF vectors for a set of documents, with an inverted index over them.
pub struct Index {
    vectors: Vec<Vector>,
    /// term id -> (document, weight), documents ascending.
    postings: Vec<Vec<(u32, f32)>>,
}

impl Index {
    /// Builds vectors for `documents`, each given as its terms.
    pub fn new(documents: impl IntoIterator<Item = Bag>) -> Index {
        Index::among(documents, 0)
    }

    /// Builds vectors for `documents`, each standing for as many identical
    /// documents as its count: an update's unchanged paragraphs are
    /// indexed once, not once per version, yet weigh as often as they
    /// occur. The bags are taken one at a time, so a caller that makes
    /// them as it goes never holds them all (3,000 articles' bags took
    /// 50 MB).
    pub fn with_copies(documents: impl IntoIterator<Item = (Bag, u32)>) -> Index {
        Index::build(documents, 0)
    }

    /// Builds vectors for `documents` as if they were drawn from at least
    /// `population` documents, the rest sharing none of their terms.
    ///
    /// Inverse document frequency learns which words are common from the
    /// documents themselves, and a handful cannot teach it: in a folder of
    /// six reports of one shooting, the city, the gunman's name and
    /// "ambush" are in every article and would weigh as little as "said",
    /// while each article's own asides weigh most, so two reports of the
    /// event look barely alike. Counting the folder as part of a larger
    /// one keeps an event's shared words heavier than its asides' in a
    /// small folder and changes nothing in a large one.
    pub fn among(documents: impl IntoIterator<Item = Bag>, population: u32) -> Index {
        Index::build(documents.into_iter().map(|bag| (bag, 1)), population)
    }

    fn build(documents: impl IntoIterator<Item = (Bag, u32)>, population: u32) -> Index {
        // The index numbers terms in the order it meets them, whatever ids
        // the bags use, so its ties break the same way for any caller.
        let mut ids: Vec<u32> = Vec::new();
        let mut counts: Vec<Vec<(u32, u32)>> = Vec::new();
        let mut df: Vec<u32> = Vec::new();
        let mut n = 0u64;
        for (bag, copies) in documents {
            n += u64::from(copies);
            let mut tf = Vec::with_capacity(bag.len());
            for (term, count) in bag {
                let at = term as usize;
                if at >= ids.len() {
                    ids.resize(at + 1, u32::MAX);
                }
                if ids[at] == u32::MAX {
                    ids[at] = u32::try_from(df.len()).expect("fewer than 2^32 terms");
                    df.push(0);
                }
                let id = ids[at];
                df[id as usize] += copies;
                tf.push((id, count));
            }
            counts.push(tf);
        }
        let n = n.max(u64::from(population)) as f32;
        let vectors: Vec<Vector> = counts
            .into_iter()
            .map(|tf| {
                Vector::normalised(
                    tf.into_iter()
                        .map(|(term, count)| {
                            let idf = (1.0 + n / df[term as usize] as f32).ln();
                            (term, (1.0 + (count as f32).ln()) * idf)
                        })
                        .collect(),
                )
            })
            .collect();
        let mut postings = vec![Vec::new(); df.len()];
        for (doc, vector) in vectors.iter().enumerate() {
            for &(term, weight) in &vector.0 {
                postings[term as usize].push((doc as u32, weight));
            }
        }
        Index { vectors, postings }
    }

    pub fn vector(&self, document: usize) -> &Vector {
        &self.vectors[document]
    }

    /// The cosine of each pair of documents, for pairs in ascending order
    /// of their first document (as [`Index::keyword_pairs`] gives them).
    ///
    /// Each first document's weights are spread once over a row as long
    /// as the vocabulary, so each pair then costs one lookup per term of
    /// the second document, where [`Vector::cosine`] would merge two
    /// sorted lists, branching on every step.
    pub fn pair_cosines(&self, pairs: &[(u32, u32)]) -> Vec<f32> {
        // Each first document's run of pairs stands alone, so the runs are
        // shared among the cores, each with a row of its own.
        let runs: Vec<&[(u32, u32)]> = pairs.chunk_by(|x, y| x.0 == y.0).collect();
        runs.par_iter()
            .map_init(
                || vec![0.0f32; self.postings.len()],
                |row, run| {
                    let first = &self.vectors[run[0].0 as usize].0;
                    for &(term, weight) in first {
                        row[term as usize] = weight;
                    }
                    let cosines: Vec<f32> = run
                        .iter()
                        .map(|&(_, other)| {
                            let dot: f32 = self.vectors[other as usize]
                                .0
                                .iter()
                                .map(|&(term, weight)| row[term as usize] * weight)
                                .sum();
                            dot.min(1.0)
                        })
                        .collect();
                    for &(term, _) in first {
                        row[term as usize] = 0.0;
                    }
                    cosines
                },
            )
            .flatten_iter()
            .collect()
    }

    /// The pairs of documents `(a, b)`, `a < b`, that share one of their
    /// `keywords` heaviest terms, at most `most` found for each document,
    /// in ascending order.
    ///
    /// In a large set, [`Index::similar`] walks the long postings of
    /// common terms for every document, which costs nearly the square of
    /// the set. Two documents about one thing share some of their most
    /// distinctive terms, so only those are looked up, rarest first. Where
    /// thousands of documents share them, each document's search stops at
    /// `most` partners, so the cost follows the size of the set, not its
    /// square; a posting is walked from the document's own place outward,
    /// so neighbours in the set's order (versions of one story) are found
    /// first and no document becomes everyone's partner. Documents are
    /// numbered in `u32`: a large set has millions of pairs.
    ///
    /// Returns the pairs and whether any document's search stopped short.
    pub fn keyword_pairs(&self, keywords: usize, most: usize) -> (Vec<(u32, u32)>, bool) {
        let mut postings: HashMap<u32, Vec<u32>> = HashMap::new();
        let tops: Vec<Vec<u32>> = self
            .vectors
            .iter()
            .map(|vector| {
                let mut terms = vector.0.clone();
                terms.sort_unstable_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
                terms.iter().take(keywords).map(|&(term, _)| term).collect()
            })
            .collect();
        for (doc, top) in tops.iter().enumerate() {
            for &term in top {
                postings.entry(term).or_default().push(doc as u32);
            }
        }
        // The document a partner was last found for, so each pair is kept
        // once however many keywords it shares.
        let mut found_for = vec![u32::MAX; self.vectors.len()];
        let mut pairs = Vec::new();
        let mut stopped = false;
        for (doc, top) in tops.iter().enumerate() {
            let doc = doc as u32;
            let mut lists: Vec<&[u32]> = top.iter().map(|term| &postings[term][..]).collect();
            lists.sort_by_key(|list| list.len());
            let mut found = 0;
            'search: for list in lists {
                // Postings are in document order; `doc` is in each of its own.
                let here = list
                    .binary_search(&doc)
                    .expect("a document is in the postings of its own keywords");
                let (after, before) = (&list[here + 1..], &list[..here]);
                let outward = (0..after.len().max(before.len())).flat_map(|i| {
                    let earlier = before.len().checked_sub(i + 1).map(|j| &before[j]);
                    [after.get(i), earlier]
                });
                for &other in outward.flatten() {
                    if found_for[other as usize] == doc {
                        continue;
                    }
                    if found == most {
                        stopped = true;
                        break 'search;
                    }
                    found_for[other as usize] = doc;
                    found += 1;
                    pairs.push((doc.min(other), doc.max(other)));
                }
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        (pairs, stopped)
    }

    /// Documents accepted by `keep` with a cosine of at least `threshold`
    /// to `document`, as (document, cosine), in document order. `tally`
    /// is scratch space, reused from call to call.
    ///
    /// The cosines are exact, but not every document is found: those that
    /// share with `document` only terms past `FOUND_ENOUGH` or `COMMON`
    /// are left out. What they would add is small (they share
    /// none of its rarer terms), but a caller summing over the documents
    /// found, as the aligner's row centroids do, gets a little less than
    /// the whole.
    pub fn similar(
        &self,
        document: usize,
        threshold: f32,
        keep: impl Fn(usize) -> bool,
        tally: &mut Tally,
    ) -> Vec<(usize, f32)> {
        tally.scores.resize(self.vectors.len(), 0.0);
        // The rarest terms are walked first, and walking stops once enough
        // documents are found (see [`FOUND_ENOUGH`]); common terms are not
        // walked (see [`COMMON`]) unless the document has no other, and
        // then only its rarest.
        let mut query: Vec<(usize, u32, f32)> = self.vectors[document]
            .0
            .iter()
            .map(|&(term, weight)| (self.postings[term as usize].len(), term, weight))
            .collect();
        query.sort_unstable_by_key(|&(len, term, _)| (len, term));
        let rarest = query.first().map_or(0, |&(len, _, _)| len);
        let mut common = Vec::new();
        for &(len, term, weight) in &query {
            let walked = len == rarest || (len <= COMMON && tally.touched.len() < FOUND_ENOUGH);
            if !walked {
                common.push((term, weight));
                continue;
            }
            for &(other, other_weight) in &self.postings[term as usize] {
                let score = &mut tally.scores[other as usize];
                if *score == 0.0 {
                    if !keep(other as usize) {
                        continue;
                    }
                    tally.touched.push(other);
                }
                *score += weight * other_weight;
            }
        }
        // What the common terms add to the documents found.
        if !common.is_empty() {
            for &doc in &tally.touched {
                let terms = &self.vectors[doc as usize].0;
                for &(term, weight) in &common {
                    if let Ok(i) = terms.binary_search_by_key(&term, |&(t, _)| t) {
                        tally.scores[doc as usize] += weight * terms[i].1;
                    }
                }
            }
        }
        tally.touched.sort_unstable();
        let found = tally
            .touched
            .iter()
            .map(|&doc| (doc as usize, tally.scores[doc as usize]))
            .filter(|&(_, score)| score >= threshold)
            .map(|(doc, score)| (doc, score.min(1.0)))
            .collect();
        for &doc in &tally.touched {
            tally.scores[doc as usize] = 0.0;
        }
        tally.touched.clear();
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bags of the space-separated words of `texts`, each word an id.
    fn docs(texts: &[&str]) -> Vec<Bag> {
        let mut ids: HashMap<&str, u32> = HashMap::new();
        let mut counter = BagCounter::default();
        texts
            .iter()
            .map(|text| {
                for word in text.split(' ') {
                    let next = ids.len() as u32;
                    counter.add(*ids.entry(word).or_insert(next));
                }
                counter.take()
            })
            .collect()
    }

    #[test]
    fn identical_documents_have_cosine_one_and_disjoint_zero() {
        let index = Index::new(docs(&[
            "crocus hall toll",
            "crocus hall toll",
            "olympic games paris",
        ]));
        assert!((index.vector(0).cosine(index.vector(1)) - 1.0).abs() < 1e-5);
        assert_eq!(index.vector(0).cosine(index.vector(2)), 0.0);
    }

    #[test]
    fn common_terms_find_nothing_alone_but_count_in_what_rarer_ones_find() {
        let mut texts: Vec<String> = (0..=COMMON).map(|i| format!("said word{i}")).collect();
        texts.push("said crocus hall".into());
        texts.push("said".into());
        texts.push("said crocus toll".into());
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let index = Index::new(docs(&texts));
        let query = texts.len() - 1;
        let found = index.similar(query, 0.0, |d| d != query, &mut Tally::default());
        // "said" stands in every document: the one sharing "crocus" is
        // found, with the cosine of both terms; the others are not.
        assert_eq!(found.len(), 1, "{found:?}");
        let (doc, score) = found[0];
        assert_eq!(doc, query - 2);
        assert!((score - index.vector(query).cosine(index.vector(doc))).abs() < 1e-6);
        // A document of common terms alone still finds its like.
        let alone = query - 1;
        let found = index.similar(alone, 0.0, |d| d != alone, &mut Tally::default());
        assert_eq!(found.len(), texts.len() - 1);
    }

    #[test]
    fn once_enough_are_found_commoner_terms_only_score_those_found() {
        // "crocus" stands in FOUND_ENOUGH documents, "hall" in those and
        // twenty more; the query has both.
        let mut texts: Vec<String> = (0..FOUND_ENOUGH)
            .map(|i| format!("crocus hall w{i}"))
            .collect();
        texts.extend((0..20).map(|i| format!("hall x{i}")));
        texts.push("crocus hall".into());
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let index = Index::new(docs(&texts));
        let query = texts.len() - 1;
        let found = index.similar(query, 0.0, |d| d != query, &mut Tally::default());
        // The rarer term finds its documents, scored with both terms; the
        // documents only the commoner term would find are left.
        assert_eq!(found.len(), FOUND_ENOUGH);
        for &(doc, score) in &found {
            assert!(doc < FOUND_ENOUGH);
            assert!((score - index.vector(query).cosine(index.vector(doc))).abs() < 1e-6);
        }
    }

    #[test]
    fn rare_shared_terms_weigh_more_than_common_ones() {
        let index = Index::new(docs(&[
            "attack crocus",
            "attack crocus",
            "attack paris",
            "attack berlin",
            "attack rome",
        ]));
        let rare = index.vector(0).cosine(index.vector(1));
        let common = index.vector(0).cosine(index.vector(2));
        assert!(rare > common, "{rare} > {common}");
    }

    #[test]
    fn inverted_index_agrees_with_cosine() {
        let index = Index::new(docs(&["a b c", "b c d", "x y z", "a a b"]));
        let found = index.similar(0, 0.01, |d| d != 0, &mut Tally::default());
        let expected: Vec<_> = [1, 3]
            .iter()
            .map(|&d| (d, index.vector(0).cosine(index.vector(d))))
            .collect();
        assert_eq!(found.len(), expected.len());
        for ((d, s), (e, t)) in found.iter().zip(&expected) {
            assert_eq!(d, e);
            assert!((s - t).abs() < 1e-5);
        }
    }

    #[test]
    fn keyword_pairs_share_a_heavy_term_and_skip_common_ones() {
        let index = Index::new(docs(&[
            "crocus hall the",
            "crocus hall the",
            "paris games the",
            "berlin wall the",
        ]));
        // "the" is in every document, never among the heaviest two terms.
        assert_eq!(index.keyword_pairs(2, 10), (vec![(0, 1)], false));
        assert_eq!(index.keyword_pairs(0, 10), (vec![], false));
    }

    #[test]
    fn keyword_pairs_stop_at_most_partners_nearest_in_order_first() {
        let mut texts: Vec<String> = (0..10).map(|i| format!("crocus word{i}")).collect();
        texts.extend(["paris games".into(), "berlin wall".into()]);
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let index = Index::new(docs(&texts));
        // Each finds the two nearest in order; the ends look one way.
        let mut nearest: Vec<(u32, u32)> = (0..9).map(|d| (d, d + 1)).collect();
        nearest.extend([(0, 2), (7, 9)]);
        nearest.sort_unstable();
        assert_eq!(index.keyword_pairs(2, 2), (nearest, true));
        let (all, stopped) = index.keyword_pairs(2, 9);
        assert_eq!((all.len(), stopped), (45, false));
    }

    #[test]
    fn pair_cosines_agree_with_cosine() {
        let index = Index::new(docs(&["a b c", "b c d", "x y z", "a a b"]));
        let pairs = [(0, 1), (0, 2), (0, 3), (1, 3), (2, 3)];
        for (&(a, b), found) in pairs.iter().zip(index.pair_cosines(&pairs)) {
            let cosine = index.vector(a as usize).cosine(index.vector(b as usize));
            assert!((found - cosine).abs() < 1e-5, "{a} {b}: {found} {cosine}");
        }
    }

    #[test]
    fn sum_of_vectors_is_unit_length() {
        let index = Index::new(docs(&["a b", "c d"]));
        let sum = Vector::sum([index.vector(0), index.vector(1)]);
        assert!((sum.cosine(&sum) - 1.0).abs() < 1e-5);
    }

    #[test]
    fn a_text_with_copies_weighs_as_its_copies_would() {
        let all = docs(&["a b c", "a b c", "a b c", "b d", "c e e"]);
        let unique = docs(&["a b c", "b d", "c e e"]);
        let (whole, folded) = (
            Index::new(all),
            Index::with_copies(unique.into_iter().zip([3, 1, 1])),
        );
        for (d, u) in [(0, 0), (2, 0), (3, 1), (4, 2)] {
            assert_eq!(whole.vector(d), folded.vector(u), "document {d}");
        }
    }

    #[test]
    fn a_folder_among_more_weighs_as_if_padded_with_unrelated_documents() {
        let texts = [
            "ambush baton rouge said",
            "ambush baton said mayor",
            "rouge ambush said",
        ];
        let among = Index::among(docs(&texts), 10);
        let padded = Index::new(docs(&texts).into_iter().chain(vec![Bag::new(); 7]));
        for d in 0..texts.len() {
            assert_eq!(among.vector(d), padded.vector(d), "document {d}");
        }
        let alone = Index::new(docs(&texts));
        assert!(among.vector(0).cosine(among.vector(1)) > alone.vector(0).cosine(alone.vector(1)));
        let larger = Index::among(docs(&texts), 2);
        for d in 0..texts.len() {
            assert_eq!(larger.vector(d), alone.vector(d), "document {d}");
        }
    }

    #[test]
    fn a_running_sum_is_the_sum_of_its_parts() {
        let index = Index::new(docs(&["a b c", "b c d", "d e", "a a f"]));
        let mut running = Sum::default();
        let mut halves = (Sum::default(), Sum::default());
        for d in 0..4 {
            running.add(index.vector(d));
            if d < 2 { &mut halves.0 } else { &mut halves.1 }.add(index.vector(d));
        }
        halves.0.add_sum(&halves.1);
        let whole = Vector::sum((0..4).map(|d| index.vector(d)));
        for sum in [&running, &halves.0] {
            assert!((sum.vector().cosine(&whole) - 1.0).abs() < 1e-5);
        }
        let norm = running.norm();
        assert!(norm > 1.0 && norm < 4.0, "{norm}");
    }

    #[test]
    fn a_tally_is_left_clean_for_the_next_document() {
        let index = Index::new(docs(&["a b", "a c", "b c", "x"]));
        let mut tally = Tally::default();
        let first = index.similar(0, 0.0, |d| d != 0, &mut tally);
        index.similar(3, 0.0, |_| true, &mut tally);
        assert_eq!(index.similar(0, 0.0, |d| d != 0, &mut tally), first);
        assert_eq!(first.iter().map(|&(d, _)| d).collect::<Vec<_>>(), [1, 2]);
    }
}
