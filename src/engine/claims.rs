//! Grouping links into claims: the rows of the claim matrix.
//!
//! Links are merged greedily, strongest first, into groups that hold at most
//! [`MAX_PER_ARTICLE`] units of any one article; every unit ends up in exactly one claim (a
//! claim with one member is reported by one article only). Ties are broken by the units' own
//! keys, never by input order, so the same articles in any order give the same claims.
use crate::engine::sorting;

/// A claim may hold this many body sentences of one article (plus its headline): a long
/// sentence in one article often carries what another splits into two, while a larger limit
/// would let one claim swallow a paragraph. Claims do not change the links (which are what
/// alignment quality is measured on); the value was chosen by reading the claim matrices of
/// the sample events.
pub const MAX_PER_ARTICLE: usize = 2;

/// A unit as the grouping sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct UnitKey<'a> {
    /// The article's id (not its position, so that order does not matter).
    pub article: &'a str,
    /// 0 for the headline, 1 + sentence index for body sentences.
    pub index: usize,
}

/// Groups `n` units into claims given scored links `(a, b, score)` between unit indices.
/// Returns the groups as lists of unit indices, each sorted by key, the list sorted by its first
/// member's key.
pub fn group(keys: &[UnitKey], links: &[(usize, usize, f64)]) -> Vec<Vec<usize>> {
    let n = keys.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let mut order: Vec<&(usize, usize, f64)> = links.iter().collect();
    sorting::sort_by(&mut order, |x, y| {
        y.2.total_cmp(&x.2).then_with(|| {
            let kx = (keys[x.0].min(keys[x.1]), keys[x.0].max(keys[x.1]));
            let ky = (keys[y.0].min(keys[y.1]), keys[y.0].max(keys[y.1]));
            kx.cmp(&ky)
        })
    });
    fn find(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for &&(a, b, _) in &order {
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        if ra == rb {
            continue;
        }
        // Headlines do not count against the limit: a claim may hold an article's headline
        // and the sentences that develop it.
        let fits = {
            // Counted in `u32`, the value type of the lexicon's maps keyed by words: every key
            // and value type of a map is one more copy of the table code in the web build.
            let mut counts: crate::engine::fasthash::HashMap<&str, u32> = Default::default();
            members[ra].iter().chain(&members[rb]).filter(|&&m| keys[m].index > 0).all(|&m| {
                let c = counts.entry(keys[m].article).or_default();
                *c += 1;
                *c as usize <= MAX_PER_ARTICLE
            })
        };
        if !fits {
            continue;
        }
        let (keep, gone) = if ra < rb { (ra, rb) } else { (rb, ra) };
        parent[gone] = keep;
        let moved = std::mem::take(&mut members[gone]);
        members[keep].extend(moved);
    }
    let mut groups: Vec<Vec<usize>> = (0..n)
        .filter(|&i| find(&mut parent, i) == i)
        .map(|i| {
            let mut g = members[i].clone();
            sorting::sort_by_key(&mut g, |&m| keys[m]);
            g
        })
        .collect();
    sorting::sort_by_key(&mut groups, |g| keys[g[0]]);
    groups
}
