//! The link model: a logistic regression over the candidate features of [`super::candidates`],
//! and the thresholds of the decisions made with its probability.
//!
//! The screen model decides which candidates are worth the costly features at all.
//!
//! Written by `scripts/fit_align.py` from the features `examples/align_features.rs` prints for
//! the 10 dev gold events (`../shared/data/gold-align/`); do not edit by hand. Every choice
//! was made by leave-one-event-out cross-validation: the regularisation strength (C = 10, the
//! best of 0.1, 1, 10), and the link threshold, the claim floor and the
//! claim mean (each the median of the folds' choices, each fold choosing the best pooled link F1
//! on its training events). Link F1 on events held out in turn: 0.521; on all dev events with
//! this model: 0.543.

/// Number of features of a candidate pair.
pub const FEATURES: usize = 22;

/// Names of the features, in order.
pub const FEATURE_NAMES: [&str; FEATURES] = [
    "dice",
    "cosine",
    "cover_min",
    "cover_max",
    "shared",
    "shared_terms",
    "names",
    "quoted",
    "numbers_shared",
    "numbers_differ",
    "part_dice",
    "part_cover",
    "same_quotation",
    "restatement",
    "lead",
    "position_gap",
    "rank_best",
    "rank_worst",
    "to_best_min",
    "to_best_max",
    "bridge",
    "neighbours",
];

/// Feature means used to standardise.
pub const MEANS: [f64; FEATURES] = [
    0.120019, 0.0907396, 0.0988497, 0.175352, 1.12131, 2.36198, 0.295638, 0.180451, 0.0285567, 0.0257268, 0.23254,
    0.284404, 0.0185233, 0.0170318, 0.28374, 0.344093, 0.479825, 0.257553, 0.428649, 0.682405, 0.0384411, 0.121512,
];
/// Feature standard deviations used to standardise.
pub const SCALES: [f64; FEATURES] = [
    0.110344, 0.112535, 0.104266, 0.149462, 1.08111, 1.79799, 0.514563, 0.79792, 0.189668, 0.158319, 0.169714,
    0.188459, 0.134834, 0.105908, 0.250951, 0.254332, 0.324759, 0.230962, 0.26092, 0.265517, 0.0767889, 0.134041,
];
/// Weights of the standardised features.
pub const WEIGHTS: [f64; FEATURES] = [
    -0.952249, 1.03853, -0.0599249, -0.199659, 1.18299, 0.0955218, -0.374211, -0.0740046, -0.0340889, 0.112051,
    0.161251, 0.169969, 0.249435, 0.498094, -0.478713, -0.503709, -0.0312665, 0.0844487, 0.290801, 0.137191, 0.268772,
    0.229035,
];
/// Intercept.
pub const BIAS: f64 = -2.61794;
/// Probability at which a pair is linked.
pub const LINK_THRESHOLD: f64 = 0.34;
/// Probability a pair of units of different articles needs to stand inside one claim (1.0:
/// only links do).
pub const CLAIM_FLOOR: f64 = 0.15;
/// Mean probability a unit needs with the members of other articles to join a claim.
pub const CLAIM_MEAN: f64 = 0.40;

/// The model's probability that a candidate pair reports the same claim.
pub fn probability(f: &[f64; FEATURES]) -> f64 {
    crate::engine::similarity::logistic(f, &WEIGHTS, &MEANS, &SCALES, BIAS)
}

/// The features the screen model reads (indices into [`FEATURE_NAMES`]): dice, cover_min, cover_max, shared, lead, position_gap, rank_best, rank_worst, to_best_min, to_best_max.
pub const SCREEN_FEATURES: [usize; 10] = [0, 2, 3, 4, 14, 15, 16, 17, 18, 19];
/// Screen model: means of its features.
pub const SCREEN_MEANS: [f64; 10] =
    [0.120019, 0.0988497, 0.175352, 1.12131, 0.28374, 0.344093, 0.479825, 0.257553, 0.428649, 0.682405];
/// Screen model: standard deviations of its features.
pub const SCREEN_SCALES: [f64; 10] =
    [0.110344, 0.104266, 0.149462, 1.08111, 0.250951, 0.254332, 0.324759, 0.230962, 0.26092, 0.265517];
/// Screen model: weights.
pub const SCREEN_WEIGHTS: [f64; 10] =
    [0.506932, -0.0201831, 0.105567, 1.04955, -0.470148, -0.521361, -0.0057492, 0.102987, 0.178646, 0.0419493];
/// Screen model: intercept.
pub const SCREEN_BIAS: f64 = -2.5659;
/// Screen probability below which a pair is not considered further (a speed setting: see
/// `scripts/fit_align.py`).
pub const SCREEN_THRESHOLD: f64 = 0.03;

/// The screen model's probability, from the features it reads.
pub fn screen(f: &[f64; FEATURES]) -> f64 {
    let x = SCREEN_FEATURES.map(|k| f[k]);
    crate::engine::similarity::logistic(&x, &SCREEN_WEIGHTS, &SCREEN_MEANS, &SCREEN_SCALES, SCREEN_BIAS)
}
