//! Ordered maps and sets kept as sorted vectors: the engine and the views need their keys in a
//! fixed order (so that results never depend on hashing or on the order of the articles), and
//! the standard `BTreeMap` compiles to several kilobytes of WebAssembly for every pair of key
//! and value types (tree nodes, splitting, merging, iterators): about 38 KB for the two dozen
//! pairs the project uses, against a few hundred bytes each here.
//!
//! Lookups are binary searches; an insertion shifts the entries after it, which is cheap for
//! the sizes met here (at most a few thousand entries) and free when keys arrive in order.
//! Building from an iterator sorts once.

use crate::util::sorting;
use std::borrow::Borrow;

/// Where `key` is among `items` (sorted by `key_of`), or where it would go. Keys often arrive
/// in order: the end is checked first.
fn position<T, Q: Ord + ?Sized>(items: &[T], key: &Q, key_of: impl Fn(&T) -> &Q) -> Result<usize, usize> {
    match items.last() {
        Some(last) if key_of(last) < key => Err(items.len()),
        None => Err(0),
        _ => items.binary_search_by(|item| key_of(item).cmp(key)),
    }
}

/// A map with its entries sorted by key (`BTreeMap`'s interface, as far as the project uses it).
#[derive(Clone, Debug, PartialEq)]
pub struct SortedMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> SortedMap<K, V> {
        SortedMap { entries: Vec::new() }
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    /// An empty map.
    pub fn new() -> SortedMap<K, V> {
        SortedMap::default()
    }

    /// Where `key` is, or where it would go.
    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        position(&self.entries, key, |(k, _)| k.borrow())
    }

    /// Sets the value of `key`, returning the one it replaces.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }

    /// The value of `key`.
    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|i| &self.entries[i].1)
    }

    /// The value of `key`, to change.
    pub fn get_mut<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|i| &mut self.entries[i].1)
    }

    /// True when `key` has a value.
    pub fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(key).is_ok()
    }

    /// Takes `key` out, returning its value.
    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|i| self.entries.remove(i).1)
    }

    /// The value of `key`, made with `make` when there is none yet.
    pub fn get_or_insert_with(&mut self, key: K, make: impl FnOnce() -> V) -> &mut V {
        let i = match self.find(&key) {
            Ok(i) => i,
            Err(i) => {
                self.entries.insert(i, (key, make()));
                i
            }
        };
        &mut self.entries[i].1
    }

    /// `BTreeMap::entry`, for the two uses the project has (`or_default`, `or_insert`).
    pub fn entry(&mut self, key: K) -> Entry<'_, K, V> {
        Entry { map: self, key }
    }

    /// Keeps the entries for which `keep` is true.
    pub fn retain(&mut self, mut keep: impl FnMut(&K, &mut V) -> bool) {
        self.entries.retain_mut(|(k, v)| keep(k, v));
    }
}

impl<K, V> SortedMap<K, V> {
    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries in key order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> + ExactSizeIterator {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// The entries in key order, values to change.
    pub fn iter_mut(&mut self) -> impl DoubleEndedIterator<Item = (&K, &mut V)> + ExactSizeIterator {
        self.entries.iter_mut().map(|(k, v)| (&*k, v))
    }

    /// The keys in order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + ExactSizeIterator {
        self.entries.iter().map(|(k, _)| k)
    }

    /// The values in key order.
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator {
        self.entries.iter().map(|(_, v)| v)
    }

    /// The values in key order, taken out of the map.
    pub fn into_values(self) -> impl DoubleEndedIterator<Item = V> + ExactSizeIterator {
        self.entries.into_iter().map(|(_, v)| v)
    }

    /// The values in key order, to change.
    pub fn values_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut V> + ExactSizeIterator {
        self.entries.iter_mut().map(|(_, v)| v)
    }
}

/// A place in a [`SortedMap`], from [`SortedMap::entry`].
pub struct Entry<'m, K, V> {
    map: &'m mut SortedMap<K, V>,
    key: K,
}

impl<'m, K: Ord, V> Entry<'m, K, V> {
    /// The value, the type's default when there was none.
    pub fn or_default(self) -> &'m mut V
    where
        V: Default,
    {
        self.map.get_or_insert_with(self.key, V::default)
    }

    /// The value, `value` when there was none.
    pub fn or_insert(self, value: V) -> &'m mut V {
        self.map.get_or_insert_with(self.key, || value)
    }

    /// The value, made with `make` when there was none.
    pub fn or_insert_with(self, make: impl FnOnce() -> V) -> &'m mut V {
        self.map.get_or_insert_with(self.key, make)
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for SortedMap<K, V> {
    /// Later values of a repeated key replace earlier ones, as with `BTreeMap`.
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> SortedMap<K, V> {
        let mut entries: Vec<(K, V)> = iter.into_iter().collect();
        // A stable sort keeps repeated keys in arrival order; the last of each run wins.
        sorting::sort_by(&mut entries, |a, b| a.0.cmp(&b.0));
        let mut out: Vec<(K, V)> = Vec::with_capacity(entries.len());
        for e in entries {
            match out.last_mut() {
                Some(last) if last.0 == e.0 => *last = e,
                _ => out.push(e),
            }
        }
        SortedMap { entries: out }
    }
}

/// Written as a JSON object (or any serde map), keys in order.
impl<K: serde::Serialize, V: serde::Serialize> serde::Serialize for SortedMap<K, V> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.entries.iter().map(|(k, v)| (k, v)))
    }
}

/// Read from any serde map (sorted once, later values of a repeated key winning).
impl<'de, K: Ord + serde::Deserialize<'de>, V: serde::Deserialize<'de>> serde::Deserialize<'de> for SortedMap<K, V> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entries<K, V>(std::marker::PhantomData<(K, V)>);
        impl<'de, K: Ord + serde::Deserialize<'de>, V: serde::Deserialize<'de>> serde::de::Visitor<'de> for Entries<K, V> {
            type Value = SortedMap<K, V>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<SortedMap<K, V>, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(entries.into_iter().collect())
            }
        }
        deserializer.deserialize_map(Entries(std::marker::PhantomData))
    }
}

impl<K: Ord, V> Extend<(K, V)> for SortedMap<K, V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<K, V> IntoIterator for SortedMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<'m, K, V> IntoIterator for &'m SortedMap<K, V> {
    type Item = (&'m K, &'m V);
    type IntoIter = std::iter::Map<std::slice::Iter<'m, (K, V)>, fn(&'m (K, V)) -> (&'m K, &'m V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

/// A set kept sorted (`BTreeSet`'s interface, as far as the project uses it).
#[derive(Clone, Debug, PartialEq)]
pub struct SortedSet<K> {
    items: Vec<K>,
}

impl<K> Default for SortedSet<K> {
    fn default() -> SortedSet<K> {
        SortedSet { items: Vec::new() }
    }
}

impl<K: Ord> SortedSet<K> {
    /// An empty set.
    pub fn new() -> SortedSet<K> {
        SortedSet::default()
    }

    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        position(&self.items, key, K::borrow)
    }

    /// Adds `key`; false when it was there already.
    pub fn insert(&mut self, key: K) -> bool {
        match self.find(&key) {
            Ok(_) => false,
            Err(i) => {
                self.items.insert(i, key);
                true
            }
        }
    }

    /// True when `key` is in the set.
    pub fn contains<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(key).is_ok()
    }

    /// Takes `key` out; false when it was not there.
    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(key).map(|i| self.items.remove(i)).is_ok()
    }

    /// The members of both sets, in order.
    pub fn intersection<'s>(&'s self, other: &'s SortedSet<K>) -> impl Iterator<Item = &'s K> {
        self.items.iter().filter(|k| other.contains(*k))
    }
}

impl<K> SortedSet<K> {
    /// Number of members.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when the set is empty.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The members in order.
    pub fn iter(&self) -> std::slice::Iter<'_, K> {
        self.items.iter()
    }

    /// The smallest member.
    pub fn first(&self) -> Option<&K> {
        self.items.first()
    }

    /// The largest member.
    pub fn last(&self) -> Option<&K> {
        self.items.last()
    }
}

impl<K: Ord> FromIterator<K> for SortedSet<K> {
    fn from_iter<I: IntoIterator<Item = K>>(iter: I) -> SortedSet<K> {
        let mut items: Vec<K> = iter.into_iter().collect();
        sorting::sort_by(&mut items, K::cmp);
        items.dedup();
        SortedSet { items }
    }
}

impl<K: Ord> Extend<K> for SortedSet<K> {
    fn extend<I: IntoIterator<Item = K>>(&mut self, iter: I) {
        for k in iter {
            self.insert(k);
        }
    }
}

impl<K> IntoIterator for SortedSet<K> {
    type Item = K;
    type IntoIter = std::vec::IntoIter<K>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl<'s, K> IntoIterator for &'s SortedSet<K> {
    type Item = &'s K;
    type IntoIter = std::slice::Iter<'s, K>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_types)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    /// The same operations on a `SortedMap` and a `BTreeMap` give the same contents.
    #[test]
    fn behaves_like_the_standard_ordered_collections() {
        let mut x: u64 = 11;
        let mut next = |n: u64| {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (x >> 33) % n
        };
        let mut ours: SortedMap<u64, u64> = SortedMap::new();
        let mut std_map: BTreeMap<u64, u64> = BTreeMap::new();
        let mut set: SortedSet<u64> = SortedSet::new();
        let mut std_set: BTreeSet<u64> = BTreeSet::new();
        for step in 0..5000 {
            let k = next(300);
            match next(5) {
                0 => assert_eq!(ours.remove(&k), std_map.remove(&k)),
                1 => {
                    *ours.entry(k).or_default() += step;
                    *std_map.entry(k).or_default() += step;
                }
                2 => assert_eq!(ours.insert(k, step), std_map.insert(k, step)),
                _ => assert_eq!(ours.get(&k), std_map.get(&k)),
            }
            assert_eq!(set.insert(k), std_set.insert(k));
            if next(7) == 0 {
                assert_eq!(set.remove(&k), std_set.remove(&k));
            }
        }
        let pairs = |m: &SortedMap<u64, u64>| m.iter().map(|(k, v)| (*k, *v)).collect::<Vec<_>>();
        assert_eq!(pairs(&ours), std_map.iter().map(|(k, v)| (*k, *v)).collect::<Vec<_>>());
        assert_eq!(set.iter().copied().collect::<Vec<_>>(), std_set.iter().copied().collect::<Vec<_>>());
        let built: SortedMap<u64, u64> = [(3, 1), (1, 2), (3, 3), (2, 4)].into_iter().collect();
        assert_eq!(built.iter().map(|(k, v)| (*k, *v)).collect::<Vec<_>>(), [(1, 2), (2, 4), (3, 3)]);
        let s: SortedSet<&str> = ["b", "a", "b"].into_iter().collect();
        assert_eq!(s.iter().copied().collect::<Vec<_>>(), ["a", "b"]);
        assert!(s.contains("a") && !s.contains("c"));
    }
}
