//! Stable sorting that stays small in the web build.
//!
//! The standard library's sort is generic: every `sort_by` call with its own element type or
//! comparison closure compiles to a separate copy of the whole algorithm, about 4 KB of
//! WebAssembly each. Fifty call sites made a fifth of the app's code. In the web build the
//! functions here sort a list of positions with one shared copy of the algorithm (the
//! comparison is reached through a function pointer) and then move the elements into that
//! order; natively they call the standard sort directly, which is faster. Both are stable, so
//! they give the same order for the same comparison.
//!
//! `clippy.toml` forbids the standard sorts in the project's code so that new call sites come
//! here.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, keeping equal elements in their order.
pub fn sort_by<T>(v: &mut [T], cmp: impl FnMut(&T, &T) -> Ordering) {
    #[cfg(target_arch = "wasm32")]
    compact_sort_by(v, cmp);
    #[cfg(not(target_arch = "wasm32"))]
    #[allow(clippy::disallowed_methods)]
    v.sort_by(cmp);
}

/// Sorts `v` by the key `key` gives each element, keeping equal elements in their order.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in ascending order.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The web build's sort: one shared sort of positions, then the elements moved into place.
/// Public so that native tests can check it against the standard sort.
pub fn compact_sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = {
        let items: &[T] = v;
        sorted_positions(items.len(), &mut |a, b| cmp(&items[a], &items[b]))
    };
    permute(v, &order);
}

/// The positions `0..n` in the order `cmp` gives them; equal positions keep their order.
/// Not generic, so the web build holds one copy of the standard sort for all callers.
fn sorted_positions(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    #[allow(clippy::disallowed_methods)]
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Rearranges `v` so that position `i` holds what was at `order[i]` (`order` is a permutation
/// of `0..v.len()`), following each cycle of the permutation with swaps.
fn permute<T>(v: &mut [T], order: &[usize]) {
    let mut done = vec![false; v.len()];
    for start in 0..v.len() {
        if done[start] {
            continue;
        }
        let mut at = start;
        loop {
            done[at] = true;
            let from = order[at];
            if from == start {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_sort_matches_the_standard_stable_sort() {
        // Pairs sorted by their first field only: stability decides the order of equal keys.
        let mut seed = 7u64;
        for len in [0usize, 1, 2, 3, 5, 17, 64, 301] {
            let items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut ours = items.clone();
            compact_sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std_sorted = items.clone();
            #[allow(clippy::disallowed_methods)]
            std_sorted.sort_by_key(|a| a.0);
            assert_eq!(ours, std_sorted, "length {len}");
        }
    }

    #[test]
    fn helpers_sort_by_key_and_natural_order() {
        let mut words = vec!["pear", "fig", "apple", "kiwi"];
        sort_by_key(&mut words, |w| w.len());
        assert_eq!(words, ["fig", "pear", "kiwi", "apple"]);
        sort(&mut words);
        assert_eq!(words, ["apple", "fig", "kiwi", "pear"]);
        let mut strings: Vec<String> = ["b", "a", "c"].iter().map(|s| s.to_string()).collect();
        compact_sort_by(&mut strings, |a, b| b.cmp(a));
        assert_eq!(strings, ["c", "b", "a"]);
    }
}
