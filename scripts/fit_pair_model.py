#!/usr/bin/env python3
"""Fits the restatement model of src/engine/similarity.rs and prints its constants.

Input: the TSV written by `cargo run --release --example pair_features -- MSRP_FILE`
(label, then one column per feature). Fits an L2-regularised logistic regression on
standardised features with Newton's method (standard library only), reports 10-fold
cross-validated accuracy, then prints the Rust constants fitted on all rows.
"""
import math, random, sys

C = 1.0  # inverse regularisation strength, as in scikit-learn's default

def read(path):
    rows = open(path, encoding="utf-8").read().splitlines()
    names = rows[0].split("\t")[1:]
    y, X = [], []
    for r in rows[1:]:
        f = r.split("\t")
        y.append(int(f[0]))
        X.append([float(v) for v in f[1:]])
    return names, X, y

def standardise(X):
    n, d = len(X), len(X[0])
    mean = [sum(r[k] for r in X) / n for k in range(d)]
    sd = [math.sqrt(sum((r[k] - mean[k]) ** 2 for r in X) / n) or 1.0 for k in range(d)]
    return mean, sd

def solve(A, b):
    n = len(b)
    M = [row[:] + [b[i]] for i, row in enumerate(A)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(M[r][c]))
        M[c], M[p] = M[p], M[c]
        for r in range(n):
            if r != c and M[c][c] != 0:
                f = M[r][c] / M[c][c]
                for k in range(c, n + 1):
                    M[r][k] -= f * M[c][k]
    return [M[i][n] / M[i][i] if M[i][i] else 0.0 for i in range(n)]

def fit(X, y, mean, sd):
    Z = [[1.0] + [(r[k] - mean[k]) / sd[k] for k in range(len(r))] for r in X]
    d = len(Z[0])
    w = [0.0] * d
    lam = 1.0 / C
    for _ in range(30):
        g = [0.0] * d
        H = [[0.0] * d for _ in range(d)]
        for z, t in zip(Z, y):
            s = sum(a * b for a, b in zip(w, z))
            p = 1 / (1 + math.exp(-max(-30, min(30, s))))
            e = p - t
            q = p * (1 - p)
            for i in range(d):
                g[i] += e * z[i]
                zi = q * z[i]
                Hi = H[i]
                for j in range(i, d):
                    Hi[j] += zi * z[j]
        for i in range(d):
            for j in range(i):
                H[i][j] = H[j][i]
        for i in range(1, d):  # no penalty on the intercept
            g[i] += lam * w[i]
            H[i][i] += lam
        step = solve(H, g)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-7:
            break
    return w

def predict(w, mean, sd, r):
    s = w[0] + sum(w[k + 1] * (r[k] - mean[k]) / sd[k] for k in range(len(r)))
    return 1 / (1 + math.exp(-max(-30, min(30, s))))

def main():
    names, X, y = read(sys.argv[1])
    idx = list(range(len(X)))
    random.Random(0).shuffle(idx)
    folds = [idx[k::10] for k in range(10)]
    correct = 0
    for k, test in enumerate(folds):
        ts = set(test)
        tr = [i for i in idx if i not in ts]
        Xt = [X[i] for i in tr]
        mean, sd = standardise(Xt)
        w = fit(Xt, [y[i] for i in tr], mean, sd)
        correct += sum((predict(w, mean, sd, X[i]) >= 0.5) == (y[i] == 1) for i in test)
    acc = correct / len(X)
    print(f"10-fold cross-validated accuracy: {acc:.4f}", file=sys.stderr)
    mean, sd = standardise(X)
    w = fit(X, y, mean, sd)
    train = sum((predict(w, mean, sd, r) >= 0.5) == (t == 1) for r, t in zip(X, y)) / len(X)
    print(f"accuracy on all rows: {train:.4f}", file=sys.stderr)
    fmt = lambda v: ", ".join(f"{x:.6}" for x in v)
    print(f"pub const RESTATEMENT_WEIGHTS: [f64; FEATURES] = [{fmt(w[1:])}];")
    print(f"pub const RESTATEMENT_MEANS: [f64; FEATURES] = [{fmt(mean)}];")
    print(f"pub const RESTATEMENT_SCALES: [f64; FEATURES] = [{fmt(sd)}];")
    print(f"pub const RESTATEMENT_BIAS: f64 = {w[0]:.6};")
    print(f"pub const RESTATEMENT_CV_ACCURACY: f64 = {acc:.4f};")

if __name__ == "__main__":
    main()
