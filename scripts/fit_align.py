#!/usr/bin/env python3
"""Fits the link model of src/engine/align/model.rs and reports how well it generalises.

Input: the TSV written by `cargo run --release --example align_features` (every candidate pair
of the dev gold events with its features and, for two body sentences, its gold label; and the
gold links). Standard library only.

The engine links a pair when the model's probability reaches LINK_THRESHOLD, then groups links
into claims (src/engine/claims.rs): a claim grows from a link by taking in units whose pairs
with every member of another article reach CLAIM_FLOOR, average CLAIM_MEAN, and include at least
one link; the pairs inside a claim become links too. This script replays that decision exactly
(`decide`, `group`), so its figures are the ones `eval.py align` measures.

The screen model (SCREEN_FEATURES, SCREEN_THRESHOLD) is fitted and applied in every fold too.

Every choice is made by leave-one-event-out (LOEO) cross-validation over the dev events:
  - for each event, the model is fitted on the other events, and the threshold, floor and mean
    are the ones that give the best pooled link F1 on those other events; the event's links are
    then predicted with them. The pooled F1 of these held-out predictions is the LOEO figure:
    the estimate of what the engine does on events it has not seen;
  - the regularisation strength C is the value in C_GRID with the best LOEO F1.
The compiled-in model is fitted on all events with that C; its threshold, floor and mean are the
medians of the folds' choices (the all-dev optimum would fit the dev events more closely than
any fold could). The script prints the LOEO and the all-dev figures per event (their gap is the
overfit), and with --write rewrites src/engine/align/model.rs.

    cargo run --release --example align_features > /tmp/align-features.tsv
    python3 scripts/fit_align.py /tmp/align-features.tsv [--write]
"""
import math, os, sys

from fit_pair_model import solve  # the same linear solver

C_GRID = [0.1, 1.0, 10.0]
# The screen: a logistic model over the features that cost almost nothing, fitted like the link
# model; pairs it scores below SCREEN_THRESHOLD (and that do not quote the same words) are not
# considered further. A speed setting: on the dev events it turns down two thirds of the
# candidates and 15 of the 826 the link model would put above the claim floor (printed below),
# with the same leave-one-event-out F1 as at 0.03 (0.528), which turned down 30%; at 0.15 it
# turned down 80% and the LOEO F1 fell to 0.522.
SCREEN_FEATURES = ["dice", "cover_min", "cover_max", "shared", "lead", "position_gap", "rank_best", "rank_worst",
                   "to_best_min", "to_best_max"]
SCREEN_THRESHOLD = 0.08
THRESHOLDS = [t / 100 for t in range(10, 62, 2)]
FLOORS = [0.05, 0.1, 0.15, 0.2, None]  # None: claims hold links only
MEANS = [0.2, 0.3, 0.4]
MAX_PER_ARTICLE = 2  # src/engine/claims.rs
MODEL_RS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "engine", "align", "model.rs")


def read(path):
    """Gold links per event; feature names; rows (event, unit a, unit b, dataset pair or None,
    label, features), units keyed as the claim grouping keys them: (article id, index)."""
    gold, rows, names = {}, [], None
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[0] == "gold":
            gold.setdefault(f[1], set()).add(tuple(int(x) for x in f[2:6]))
        elif f[0] == "pair" and f[1] == "event":
            names = f[9:]
        elif f[0] == "pair":
            unit = lambda s: (s.rsplit(":", 1)[0], int(s.rsplit(":", 1)[1]))
            pair = tuple(int(x) for x in f[4:8])
            rows.append((f[1], unit(f[2]), unit(f[3]), pair if pair[0] >= 0 else None, int(f[8]),
                         [float(x) for x in f[9:]]))
    return names, gold, rows


def fit(X, y, C):
    """L2-regularised logistic regression on standardised features (Newton's method)."""
    n, d = len(X), len(X[0])
    mean = [sum(r[k] for r in X) / n for k in range(d)]
    sd = [math.sqrt(sum((r[k] - mean[k]) ** 2 for r in X) / n) or 1.0 for k in range(d)]
    Z = [[1.0] + [(r[k] - mean[k]) / sd[k] for k in range(d)] for r in X]
    w = [0.0] * (d + 1)
    for _ in range(30):
        g = [0.0] * (d + 1)
        H = [[0.0] * (d + 1) for _ in range(d + 1)]
        for z, t in zip(Z, y):
            s = sum(a * b for a, b in zip(w, z))
            p = 1 / (1 + math.exp(-max(-30, min(30, s))))
            e, q = p - t, p * (1 - p)
            for i in range(d + 1):
                g[i] += e * z[i]
                zi, Hi = q * z[i], H[i]
                for j in range(i, d + 1):
                    Hi[j] += zi * z[j]
        for i in range(d + 1):
            for j in range(i):
                H[i][j] = H[j][i]
        for i in range(1, d + 1):  # no penalty on the intercept
            g[i] += w[i] / C
            H[i][i] += 1 / C
        step = solve(H, g)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-7:
            break
    return w, mean, sd


def rounded(model):
    """The model as compiled in: every constant to 6 significant digits."""
    r = lambda xs: [float(f"{x:.6g}") for x in xs]
    w, mean, sd = model
    return r(w), r(mean), r(sd)


def predict(model, r):
    w, mean, sd = model
    z = w[0]
    for k in range(len(r)):
        z += w[k + 1] * (r[k] - mean[k]) / sd[k]
    return 1 / (1 + math.exp(-z)) if z > -700 else 0.0


def group(strong, weak, t, mean_min):
    """src/engine/claims.rs `group`, replayed: claims as lists of unit keys."""
    score, neighbours = {}, {}
    for (a, b, s) in strong + weak:
        if a[0] == b[0]:
            continue
        k = (min(a, b), max(a, b))
        if k not in score:
            score[k] = s
            neighbours.setdefault(a, []).append(b)
            neighbours.setdefault(b, []).append(a)
    link = lambda a, b: score.get((min(a, b), max(a, b)))
    order = sorted({(min(a, b), max(a, b)) for (a, b, _) in strong if a[0] != b[0]},
                   key=lambda k: (-score[k], k))
    covered, claims = set(), []
    for (a, b) in order:
        if (a, b) in covered:
            continue
        members = [a, b]
        pool = sorted({u for u in neighbours[a] + neighbours[b] if u not in (a, b)})
        while True:
            best = None
            for u in pool:
                same = sum(1 for m in members if m[0] == u[0] and m[1] > 0)
                if u[1] > 0 and same >= MAX_PER_ARTICLE:
                    continue
                cross = [link(u, m) for m in members if m[0] != u[0]]
                if any(s is None for s in cross):
                    continue
                mean = sum(cross) / len(cross)
                if mean < mean_min or max(cross) < t:
                    continue
                if best is None or (-mean, u) < best[0]:
                    best = ((-mean, u), u)
            if best is None:
                break
            members.append(best[1])
            pool.remove(best[1])
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                p, q = members[x], members[y]
                covered.add((min(p, q), max(p, q)))
        claims.append(members)
    return claims


def decide(rows, probs, t, floor, mean_min):
    """The dataset pairs the engine links in one event's rows: links, and pairs inside claims."""
    strong = [(r[1], r[2], p) for r, p in zip(rows, probs) if p >= t]
    linked = {(min(a, b), max(a, b)) for (a, b, _) in strong}
    if floor is not None and floor < t:
        weak = [(r[1], r[2], p) for r, p in zip(rows, probs) if floor <= p < t]
        for c in group(strong, weak, t, mean_min):
            for x in range(len(c)):
                for y in range(x + 1, len(c)):
                    if c[x][0] != c[y][0]:
                        linked.add((min(c[x], c[y]), max(c[x], c[y])))
    return {r[3] for r in rows if r[3] is not None and (min(r[1], r[2]), max(r[1], r[2])) in linked}


def f1(c):
    tp, fp, fn = c
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def counts(pred, gold):
    return len(pred & gold), len(pred - gold), len(gold - pred)


def settings():
    for t in THRESHOLDS:
        for floor in FLOORS:
            if floor is None:
                yield (t, None, None)
            elif floor < t:
                for m in MEANS:
                    yield (t, floor, m)


def choose(events, gold, by_event, probs):
    """The setting with the best pooled link F1 over `events` (ties: the first in order)."""
    best = None
    for s in settings():
        total = [0, 0, 0]
        for ev in events:
            c = counts(decide(by_event[ev], probs[ev], *s), gold[ev])
            total = [a + b for a, b in zip(total, c)]
        f = f1(total)[2]
        if best is None or f > best[0] + 1e-12:
            best = (f, s)
    return best[1]


def models(rows, names, C):
    """The link model and the screen model fitted on labelled `rows`."""
    cols = [names.index(n) for n in SCREEN_FEATURES]
    link = fit([r[5] for r in rows], [r[4] for r in rows], C)
    screen = fit([[r[5][k] for k in cols] for r in rows], [r[4] for r in rows], C)
    return link, screen, cols


def probabilities(ms, rows, names):
    """The link model's probability of each row, 0 for a row the screen turns down."""
    link, screen, cols = ms
    same = names.index("same_quotation")
    out = []
    for r in rows:
        passes = r[5][same] > 0 or predict(screen, [r[5][k] for k in cols]) >= SCREEN_THRESHOLD
        out.append(predict(link, r[5]) if passes else 0.0)
    return out


def loeo(events, gold, by_event, names, C):
    """The held-out predicted pairs of every event, and the setting each fold chose."""
    held, chosen = {}, {}
    for ev in events:
        train = [e for e in events if e != ev]
        ms = models([r for e in train for r in by_event[e] if r[3] is not None], names, C)
        probs = {e: probabilities(ms, by_event[e], names) for e in events}
        chosen[ev] = choose(train, gold, by_event, probs)
        held[ev] = decide(by_event[ev], probs[ev], *chosen[ev])
        print(f"  fold {ev}: setting {chosen[ev]}", file=sys.stderr)
    return held, chosen


def report(label, events, gold, pred, setting):
    print(label)
    total = [0, 0, 0]
    for ev in events:
        c = counts(pred[ev], gold[ev])
        total = [a + b for a, b in zip(total, c)]
        p, r, f = f1(c)
        print(f"  {ev}  gold={len(gold[ev]):3d} pred={len(pred[ev]):3d}  P={p:.3f} R={r:.3f} F1={f:.3f}  {setting(ev)}")
    p, r, f = f1(total)
    print(f"  pooled  P={p:.3f} R={r:.3f} F1={f:.3f}")
    return f


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:
        sys.exit(__doc__)
    names, gold, rows = read(args[0])
    events = sorted(gold)
    by_event = {ev: [r for r in rows if r[0] == ev] for ev in events}
    labelled = [r for r in rows if r[3] is not None]
    print(f"{len(labelled)} candidate pairs of body sentences, {sum(r[4] for r in labelled)} of them gold links; "
          f"{sum(len(g) for g in gold.values())} gold links in {len(events)} events")
    results = {}
    for C in C_GRID:
        held, chosen = loeo(events, gold, by_event, names, C)
        total = [0, 0, 0]
        for ev in events:
            total = [a + b for a, b in zip(total, counts(held[ev], gold[ev]))]
        results[C] = (f1(total), held, chosen)
        print("C=%g: LOEO P=%.3f R=%.3f F1=%.3f" % ((C,) + f1(total)))
    C = max(C_GRID, key=lambda c: (results[c][0][2], -c))
    (_, _, f_loeo), held, chosen = results[C]
    report(f"leave-one-event-out (C={C:g}; each event predicted by a model fitted on the others, "
           f"with the threshold, floor and mean best on the others)", events, gold, held, lambda ev: chosen[ev])
    link, screen, cols = models(labelled, names, C)
    ms = (rounded(link), rounded(screen), cols)
    t = median([s[0] for s in chosen.values()])
    floors = [s[1] for s in chosen.values()]
    floor = median([f for f in floors if f is not None]) if sum(f is not None for f in floors) * 2 > len(floors) else None
    mean = median([s[2] for s in chosen.values() if s[2] is not None]) if floor is not None else None
    probs = {ev: probabilities(ms, by_event[ev], names) for ev in events}
    pred = {ev: decide(by_event[ev], probs[ev], t, floor, mean) for ev in events}
    unscreened = [predict(ms[0], r[5]) for r in rows]
    screened = [p for ev in events for p in probs[ev]]
    low = min(t, floor if floor is not None else t)
    print(f"screen: turns down {sum(1 for p in screened if p == 0.0) - sum(1 for p in unscreened if p == 0.0)} of "
          f"{len(rows)} candidates, {sum(1 for p, q in zip(unscreened, [p for ev in events for p in probs[ev]]) if p >= low and q < low)} "
          f"of the {sum(1 for p in unscreened if p >= low)} the link model puts at {low:.2f} or more")
    f_all = report(f"all dev (fitted on all events; threshold {t:.2f}, floor {floor}, mean {mean}: "
                   f"the medians of the folds' choices)", events, gold, pred, lambda ev: "")
    print(f"link F1: LOEO {f_loeo:.3f}, all dev {f_all:.3f} (overfit {f_all - f_loeo:+.3f})")
    w = ms[0][0]
    print("weights (standardised features):")
    for n, x in sorted(zip(names, w[1:]), key=lambda kv: -abs(kv[1])):
        print(f"  {n:16s} {x:+.3f}")
    if "--write" in sys.argv:
        write_model(names, ms, t, floor, mean, C, f_loeo, f_all, len(events))
        print(f"wrote {os.path.normpath(MODEL_RS)}")


def fmt(xs):
    return ", ".join(f"{x:.6g}" for x in xs)


def write_model(names, ms, t, floor, mean, C, f_loeo, f_all, n_events):
    (w, mu, sd), (sw, smu, ssd), cols = ms
    n = len(cols)
    floor_rs = f"{floor:.2f}" if floor is not None else "1.0"
    mean_rs = f"{mean:.2f}" if mean is not None else "1.0"
    src = f'''//! The link model: a logistic regression over the candidate features of [`super::candidates`],
//! and the thresholds of the decisions made with its probability.
//!
//! The screen model decides which candidates are worth the costly features at all.
//!
//! Written by `scripts/fit_align.py` from the features `examples/align_features.rs` prints for
//! the {n_events} dev gold events (`../shared/data/gold-align/`); do not edit by hand. Every choice
//! was made by leave-one-event-out cross-validation: the regularisation strength (C = {C:g}, the
//! best of {", ".join(f"{c:g}" for c in C_GRID)}), and the link threshold, the claim floor and the
//! claim mean (each the median of the folds' choices, each fold choosing the best pooled link F1
//! on its training events). Link F1 on events held out in turn: {f_loeo:.3f}; on all dev events with
//! this model: {f_all:.3f}.

/// Number of features of a candidate pair.
pub const FEATURES: usize = {len(names)};

/// Names of the features, in order.
pub const FEATURE_NAMES: [&str; FEATURES] = [
{"".join(f'    "{n}",{chr(10)}' for n in names)}];

/// Feature means used to standardise.
pub const MEANS: [f64; FEATURES] = [{fmt(mu)}];
/// Feature standard deviations used to standardise.
pub const SCALES: [f64; FEATURES] = [{fmt(sd)}];
/// Weights of the standardised features.
pub const WEIGHTS: [f64; FEATURES] = [{fmt(w[1:])}];
/// Intercept.
pub const BIAS: f64 = {w[0]:.6g};
/// Probability at which a pair is linked.
pub const LINK_THRESHOLD: f64 = {t:.2f};
/// Probability a pair of units of different articles needs to stand inside one claim (1.0:
/// only links do).
pub const CLAIM_FLOOR: f64 = {floor_rs};
/// Mean probability a unit needs with the members of other articles to join a claim.
pub const CLAIM_MEAN: f64 = {mean_rs};

/// The model's probability that a candidate pair reports the same claim.
pub fn probability(f: &[f64; FEATURES]) -> f64 {{
    crate::engine::similarity::logistic(f, &WEIGHTS, &MEANS, &SCALES, BIAS)
}}

/// The features the screen model reads (indices into [`FEATURE_NAMES`]): {", ".join(SCREEN_FEATURES)}.
pub const SCREEN_FEATURES: [usize; {n}] = [{", ".join(str(c) for c in cols)}];
/// Screen model: means of its features.
pub const SCREEN_MEANS: [f64; {n}] = [{fmt(smu)}];
/// Screen model: standard deviations of its features.
pub const SCREEN_SCALES: [f64; {n}] = [{fmt(ssd)}];
/// Screen model: weights.
pub const SCREEN_WEIGHTS: [f64; {n}] = [{fmt(sw[1:])}];
/// Screen model: intercept.
pub const SCREEN_BIAS: f64 = {sw[0]:.6g};
/// Screen probability below which a pair is not considered further (a speed setting: see
/// `scripts/fit_align.py`).
pub const SCREEN_THRESHOLD: f64 = {SCREEN_THRESHOLD};

/// The screen model's probability, from the features it reads.
pub fn screen(f: &[f64; FEATURES]) -> f64 {{
    let x = SCREEN_FEATURES.map(|k| f[k]);
    crate::engine::similarity::logistic(&x, &SCREEN_WEIGHTS, &SCREEN_MEANS, &SCREEN_SCALES, SCREEN_BIAS)
}}
'''
    with open(MODEL_RS, "w", encoding="utf-8") as out:
        out.write(src)


if __name__ == "__main__":
    main()
