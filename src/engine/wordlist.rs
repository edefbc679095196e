//! Word lists written in the code, each compiled in as one string.
//!
//! A `&[&str]` keeps a pointer and a length (8 bytes in the web build) beside every word, and
//! those bytes compress badly: the 2,000 words of the engine's short lists cost about 7 KB of
//! download as slices. A [`WordList`] is the words alone, separated by `|`.

/// A list of words or phrases, written as one string with `|` between entries
/// (`"mr|mrs|ms"`). Entries are compared exactly, as a slice of strings would be.
#[derive(Clone, Copy, Debug)]
pub struct WordList(&'static str);

impl WordList {
    /// The list of the entries of `entries`, separated by `|`.
    pub const fn new(entries: &'static str) -> Self {
        WordList(entries)
    }

    /// The entries in the order written.
    pub fn iter(self) -> std::str::Split<'static, char> {
        self.0.split('|')
    }

    /// True when `word` is one of the entries.
    pub fn contains(self, word: &str) -> bool {
        if word.is_empty() || word.contains('|') {
            return false;
        }
        if self.0.len() > SEARCH_BYTES {
            return self.with_set(|set| set.contains(word));
        }
        // Each place the word occurs in the list, as a whole entry: a substring search is
        // several times faster than splitting the list at every `|` and comparing entries.
        let list = self.0.as_bytes();
        self.0.match_indices(word).any(|(at, _)| {
            let end = at + word.len();
            (at == 0 || list[at - 1] == b'|') && (end == list.len() || list[end] == b'|')
        })
    }
}

/// Lists longer than this many bytes are looked up in a hash set built on first use: a
/// substring search walks the list, and the lists are asked about every token. Only the
/// shortest are searched (at 96 bytes the benchmark took 332 ms, at 24 bytes 319 ms).
const SEARCH_BYTES: usize = 24;

thread_local! {
    /// The entries of each long list, by the address of its text, built on first use. (A
    /// `const` list is copied to every place it is used, so the set cannot live in the list;
    /// one thread reads the lists in the web build and in each native analysis.)
    static SETS: std::cell::RefCell<crate::util::fasthash::HashMap<usize, crate::util::fasthash::HashSet<&'static str>>> =
        std::cell::RefCell::new(crate::util::fasthash::HashMap::default());
}

impl WordList {
    /// Runs `f` on the set of this list's entries.
    fn with_set<R>(self, f: impl FnOnce(&crate::util::fasthash::HashSet<&'static str>) -> R) -> R {
        SETS.with(|sets| {
            let mut sets = sets.borrow_mut();
            let set = sets.entry(self.0.as_ptr() as usize).or_insert_with(|| self.0.split('|').collect());
            f(set)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_match_exactly() {
        const L: WordList = WordList::new("mr|mrs|share this|ms");
        assert_eq!(L.iter().collect::<Vec<_>>(), ["mr", "mrs", "share this", "ms"]);
        for w in ["mr", "mrs", "share this", "ms"] {
            assert!(L.contains(w), "{w}");
        }
        for w in ["m", "r", "mr|mrs", "share", "", "|", "msx"] {
            assert!(!L.contains(w), "{w}");
        }
    }

    #[test]
    fn long_lists_match_exactly_too() {
        const L: WordList = WordList::new(
            "alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|omicron|pi|rho|sigma|tau|upsilon|phi|chi|psi|omega",
        );
        for w in L.iter() {
            assert!(L.contains(w), "{w}");
        }
        for w in ["alph", "a", "pi|rho", "", "omegas", "Alpha"] {
            assert!(!L.contains(w), "{w}");
        }
    }
}
