//! Grouping links into claims: the rows of the claim matrix.
//!
//! A claim is a set of units that report one statement, so every pair of its units from
//! different articles must be one a reader accepts as the same claim: claims are cohesive
//! groups, never chains (with single linkage, A–B and B–C put A and C in one claim although
//! nothing links them).
//!
//! Links are taken strongest first; a link no claim covers yet starts a claim with its two
//! units, which then takes in, best first, every unit whose pairs with all members of other
//! articles reach the claim floor ([`CLAIM_FLOOR`]: weaker than a link, but likely in the
//! company of the claim), average at least [`CLAIM_MEAN`] and include a link, with at most
//! [`MAX_PER_ARTICLE`] body sentences of one article. The caller makes every pair inside a
//! claim a link. A unit may belong to several claims — a long sentence that carries two claims
//! of another article is in both — and every link lies inside at least one claim. Units that no
//! link reaches are claims of their own (reported by one article only). Ties are broken by the
//! units' own keys, never by input order, so the same articles in any order give the same
//! claims.
pub use crate::engine::align::model::{CLAIM_FLOOR, CLAIM_MEAN};
use crate::util::fasthash::{HashMap, HashSet};
use crate::util::sorting;

/// A claim may hold this many body sentences of one article (plus its headline): a long
/// sentence in one article often carries what another splits into two, while a larger limit
/// would let one claim swallow a paragraph. Chosen by reading the claim matrices of the sample
/// events; it cannot change which cross-article pairs a claim holds (each is a link).
pub const MAX_PER_ARTICLE: usize = 2;

/// A unit as the grouping sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct UnitKey<'a> {
    /// The article's id (not its position, so that order does not matter).
    pub article: &'a str,
    /// 0 for the headline, 1 + sentence index for body sentences.
    pub index: usize,
}

/// Groups `n` units into claims given scored links `(a, b, score)` between unit indices of
/// different articles, and `weak` pairs (above the claim floor, below the link threshold) that
/// may stand inside a claim but start none. Returns the claims as lists of unit indices, each
/// sorted by key, the list sorted by the members' keys; every unit is in at least one claim.
pub fn group(keys: &[UnitKey], links: &[(usize, usize, f64)], weak: &[(usize, usize, f64)]) -> Vec<Vec<usize>> {
    let n = keys.len();
    let mut score: HashMap<(usize, usize), f64> = HashMap::default();
    let mut strong: HashSet<(usize, usize)> = HashSet::default();
    let mut neighbours: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (k, &(a, b, s)) in links.iter().chain(weak).enumerate() {
        if a == b || a >= n || b >= n || keys[a].article == keys[b].article {
            continue;
        }
        let key = (a.min(b), a.max(b));
        if k < links.len() {
            strong.insert(key);
        }
        if score.insert(key, s).is_none() {
            neighbours[a].push(b);
            neighbours[b].push(a);
        }
    }
    let link = |a: usize, b: usize| score.get(&(a.min(b), a.max(b))).copied();
    let pair_key = |a: usize, b: usize| (keys[a].min(keys[b]), keys[a].max(keys[b]));
    let mut order: Vec<(usize, usize)> = strong.iter().copied().collect();
    sorting::sort_by(&mut order, |x, y| {
        score[y].total_cmp(&score[x]).then_with(|| pair_key(x.0, x.1).cmp(&pair_key(y.0, y.1)))
    });

    let mut covered: HashSet<(usize, usize)> = HashSet::default();
    let mut in_claim = vec![false; n];
    let mut claims: Vec<Vec<usize>> = Vec::new();
    for (a, b) in order {
        if covered.contains(&(a, b)) {
            continue;
        }
        let mut members = vec![a, b];
        // Only units paired with one of the two ends can join.
        let mut pool: Vec<usize> =
            neighbours[a].iter().chain(&neighbours[b]).copied().filter(|&u| u != a && u != b).collect();
        sorting::sort(&mut pool);
        pool.dedup();
        // A unit with no pair to a member of another article can never join (members are only
        // added): it leaves the pool for good, so each round reads only units still in reach.
        let reaches = |u: usize, members: &[usize]| {
            members.iter().all(|&m| keys[m].article == keys[u].article || link(u, m).is_some())
        };
        pool.retain(|&u| reaches(u, &members));
        loop {
            // Headlines do not count against the limit: a claim may hold an article's headline
            // and the sentences that develop it.
            let fits = |u: usize| {
                let same = members.iter().filter(|&&m| keys[m].article == keys[u].article && keys[m].index > 0).count();
                if keys[u].index > 0 && same >= MAX_PER_ARTICLE {
                    return false;
                }
                let (mut sum, mut count, mut linked) = (0.0, 0, false);
                for &m in members.iter().filter(|&&m| keys[m].article != keys[u].article) {
                    let Some(s) = link(u, m) else { return false };
                    sum += s;
                    count += 1;
                    linked |= strong.contains(&(u.min(m), u.max(m)));
                }
                linked && sum / count.max(1) as f64 >= CLAIM_MEAN
            };
            let mean = |u: usize| {
                let (sum, count) =
                    members.iter().filter_map(|&m| link(u, m)).fold((0.0, 0usize), |(s, c), x| (s + x, c + 1));
                sum / count.max(1) as f64
            };
            let best = pool
                .iter()
                .copied()
                .filter(|&u| fits(u))
                .map(|u| (u, mean(u)))
                .max_by(|x, y| x.1.total_cmp(&y.1).then_with(|| keys[y.0].cmp(&keys[x.0])));
            let Some((u, _)) = best else { break };
            members.push(u);
            pool.retain(|&v| v != u && reaches(v, &members));
        }
        for (x, &p) in members.iter().enumerate() {
            in_claim[p] = true;
            for &q in &members[x + 1..] {
                covered.insert((p.min(q), p.max(q)));
            }
        }
        sorting::sort_by_key(&mut members, |&m| keys[m]);
        claims.push(members);
    }
    claims.extend((0..n).filter(|&u| !in_claim[u]).map(|u| vec![u]));
    sorting::sort_by(&mut claims, |x, y| x.iter().map(|&m| keys[m]).cmp(y.iter().map(|&m| keys[m])));
    claims
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> Vec<UnitKey<'static>> {
        ["a", "a", "b", "b", "c", "c"]
            .iter()
            .enumerate()
            .map(|(i, &article)| UnitKey { article, index: 1 + i % 2 })
            .collect()
    }

    #[test]
    fn a_chain_is_not_a_claim() {
        // a1–b1 and b1–c1 are linked, a1–c1 is not: two claims, b1 in both.
        let claims = group(&keys(), &[(0, 2, 0.9), (2, 4, 0.8)], &[]);
        assert_eq!(claims, vec![vec![0, 2], vec![1], vec![2, 4], vec![3], vec![5]]);
    }

    #[test]
    fn a_triangle_is_one_claim() {
        let claims = group(&keys(), &[(0, 2, 0.9), (2, 4, 0.8), (0, 4, 0.5)], &[]);
        assert_eq!(claims, vec![vec![0, 2, 4], vec![1], vec![3], vec![5]]);
    }

    #[test]
    fn input_order_does_not_matter() {
        let links = [(0, 2, 0.5), (2, 4, 0.5), (1, 2, 0.5), (1, 4, 0.5), (3, 5, 0.7)];
        let mut reversed = links;
        reversed.reverse();
        assert_eq!(group(&keys(), &links, &[]), group(&keys(), &reversed, &[]));
    }
}
