//! The built-in sample events, written by the project (fictitious outlets).

use crate::engine::bundle::Bundle;

/// One built-in sample event.
pub struct Sample {
    /// Short key used in URLs (`?sample=protest`).
    pub key: &'static str,
    /// Name shown in the picker.
    pub name: &'static str,
    /// The bundle as JSON.
    pub json: &'static str,
}

/// Every sample, the default first.
pub const SAMPLES: &[Sample] = &[
    Sample {
        key: "diplomacy",
        name: "Pandemic diplomacy (four framings)",
        json: include_str!("../../samples/diplomacy/bundle.json"),
    },
    Sample {
        key: "protest",
        name: "A street protest (labels, numbers, sources)",
        json: include_str!("../../samples/protest/bundle.json"),
    },
];

/// The parsed bundle of a sample; an empty bundle if the sample were ever broken (a test
/// makes sure none is).
pub fn bundle(sample: &Sample) -> Bundle {
    Bundle::from_json(sample.json).unwrap_or_default()
}

/// The default sample's bundle.
pub fn default_bundle() -> Bundle {
    bundle(&SAMPLES[0])
}

/// True when the bundle says it was constructed for teaching.
pub fn is_constructed(bundle: &Bundle) -> bool {
    bundle.extra.get("constructed").and_then(|v| v.as_bool()).unwrap_or(false)
}
