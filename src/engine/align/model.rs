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
//! on its training events). Link F1 on events held out in turn: 0.527; on all dev events with
//! this model: 0.550.

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
    0.120097, 0.0907841, 0.0989184, 0.175335, 1.11935, 2.35819, 0.294488, 0.18034, 0.028542, 0.0257136, 0.231861,
    0.283273, 0.0182566, 0.0169856, 0.283826, 0.344142, 0.47963, 0.257618, 0.428665, 0.682198, 0.0385057, 0.121428,
];
/// Feature standard deviations used to standardise.
pub const SCALES: [f64; FEATURES] = [
    0.110289, 0.112457, 0.104198, 0.14941, 1.07792, 1.79425, 0.512314, 0.797477, 0.18962, 0.158279, 0.169348, 0.187705,
    0.133878, 0.105866, 0.250971, 0.254274, 0.324684, 0.231015, 0.260703, 0.265563, 0.0768038, 0.133868,
];
/// Weights of the standardised features.
pub const WEIGHTS: [f64; FEATURES] = [
    -0.956313, 1.05555, -0.0569121, -0.208304, 1.23469, 0.0503614, -0.362565, -0.0789799, -0.0334929, 0.109708,
    0.154082, 0.178596, 0.245695, 0.512791, -0.481896, -0.512626, -0.0354733, 0.0619503, 0.317131, 0.121503, 0.2669,
    0.238362,
];
/// Intercept.
pub const BIAS: f64 = -2.61988;
/// Probability at which a pair is linked.
pub const LINK_THRESHOLD: f64 = 0.30;
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
    [0.120097, 0.0989184, 0.175335, 1.11935, 0.283826, 0.344142, 0.47963, 0.257618, 0.428665, 0.682198];
/// Screen model: standard deviations of its features.
pub const SCREEN_SCALES: [f64; 10] =
    [0.110289, 0.104198, 0.14941, 1.07792, 0.250971, 0.254274, 0.324684, 0.231015, 0.260703, 0.265563];
/// Screen model: weights.
pub const SCREEN_WEIGHTS: [f64; 10] =
    [0.476955, 0.00917812, 0.111333, 1.06214, -0.470904, -0.528828, -0.000156599, 0.0829987, 0.204938, 0.0186992];
/// Screen model: intercept.
pub const SCREEN_BIAS: f64 = -2.56849;
/// Screen probability below which a pair is not considered further (a speed setting: see
/// `scripts/fit_align.py`).
pub const SCREEN_THRESHOLD: f64 = 0.08;

/// The screen model's probability, from the features it reads.
pub fn screen(f: &[f64; FEATURES]) -> f64 {
    let x = SCREEN_FEATURES.map(|k| f[k]);
    crate::engine::similarity::logistic(&x, &SCREEN_WEIGHTS, &SCREEN_MEANS, &SCREEN_SCALES, SCREEN_BIAS)
}
