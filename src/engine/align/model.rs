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
//! on its training events). Link F1 on events held out in turn: 0.528; on all dev events with
//! this model: 0.549.

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
    0.119977, 0.0907127, 0.0988133, 0.175298, 1.12098, 2.36111, 0.295522, 0.180386, 0.0285494, 0.0257202, 0.231656,
    0.283581, 0.0185185, 0.0170325, 0.283737, 0.344127, 0.479723, 0.257538, 0.428511, 0.682189, 0.0384019, 0.121484,
];
/// Feature standard deviations used to standardise.
pub const SCALES: [f64; FEATURES] = [
    0.110328, 0.112507, 0.104251, 0.149468, 1.08099, 1.79813, 0.514162, 0.797575, 0.189644, 0.158299, 0.169465,
    0.188216, 0.134817, 0.105919, 0.250919, 0.254309, 0.324769, 0.230946, 0.261001, 0.265683, 0.0767329, 0.134017,
];
/// Weights of the standardised features.
pub const WEIGHTS: [f64; FEATURES] = [
    -0.95571, 1.03341, -0.0525197, -0.200416, 1.18013, 0.0918923, -0.372754, -0.0749042, -0.0342088, 0.111523,
    0.160514, 0.177688, 0.247193, 0.498661, -0.47777, -0.503837, -0.027892, 0.0839846, 0.28989, 0.131384, 0.270654,
    0.228661,
];
/// Intercept.
pub const BIAS: f64 = -2.61868;
/// Probability at which a pair is linked.
pub const LINK_THRESHOLD: f64 = 0.32;
/// Probability a pair of units of different articles needs to stand inside one claim (1.0:
/// only links do).
pub const CLAIM_FLOOR: f64 = 0.15;
/// Mean probability a unit needs with the members of other articles to join a claim.
pub const CLAIM_MEAN: f64 = 0.30;

/// The model's probability that a candidate pair reports the same claim.
pub fn probability(f: &[f64; FEATURES]) -> f64 {
    crate::engine::similarity::logistic(f, &WEIGHTS, &MEANS, &SCALES, BIAS)
}

/// The features the screen model reads (indices into [`FEATURE_NAMES`]): dice, cover_min, cover_max, shared, lead, position_gap, rank_best, rank_worst, to_best_min, to_best_max.
pub const SCREEN_FEATURES: [usize; 10] = [0, 2, 3, 4, 14, 15, 16, 17, 18, 19];
/// Screen model: means of its features.
pub const SCREEN_MEANS: [f64; 10] =
    [0.119977, 0.0988133, 0.175298, 1.12098, 0.283737, 0.344127, 0.479723, 0.257538, 0.428511, 0.682189];
/// Screen model: standard deviations of its features.
pub const SCREEN_SCALES: [f64; 10] =
    [0.110328, 0.104251, 0.149468, 1.08099, 0.250919, 0.254309, 0.324769, 0.230946, 0.261001, 0.265683];
/// Screen model: weights.
pub const SCREEN_WEIGHTS: [f64; 10] =
    [0.499958, -0.0139672, 0.106913, 1.04964, -0.470594, -0.521746, -0.00378825, 0.103073, 0.178302, 0.0396275];
/// Screen model: intercept.
pub const SCREEN_BIAS: f64 = -2.56618;
/// Screen probability below which a pair is not considered further (a speed setting: see
/// `scripts/fit_align.py`).
pub const SCREEN_THRESHOLD: f64 = 0.08;

/// The screen model's probability, from the features it reads.
pub fn screen(f: &[f64; FEATURES]) -> f64 {
    let x = SCREEN_FEATURES.map(|k| f[k]);
    crate::engine::similarity::logistic(&x, &SCREEN_WEIGHTS, &SCREEN_MEANS, &SCREEN_SCALES, SCREEN_BIAS)
}
