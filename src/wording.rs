//! How counts read in messages, tables and titles: "1 article", "2
//! articles", never "1 articles".

/// `n` and the noun, singular for one: `count(1, "article", "articles")`.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `n` articles, singular for one.
pub fn articles(n: usize) -> String {
    count(n, "article", "articles")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(articles(1), "1 article");
        assert_eq!(articles(0), "0 articles");
        assert_eq!(articles(5), "5 articles");
        assert_eq!(count(1, "story", "stories"), "1 story");
    }
}
