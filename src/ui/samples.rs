//! The built-in sample events, written by the project (fictitious outlets).

use crate::engine::bundle::Bundle;

/// One built-in sample event.
pub struct Sample {
    /// Short key used in URLs (`?sample=protest`).
    pub key: &'static str,
    /// Name shown in the picker.
    pub name: &'static str,
    /// The bundle as JSON, when it is compiled in: always natively; in the web build only the
    /// default sample, which a first visit opens. The others are fetched from next to the page
    /// ([`Sample::url`]) when they are picked, so that a first visit does not download them.
    pub json: Option<&'static str>,
}

impl Sample {
    /// Where the web build finds the sample's bundle, relative to the page (`index.html`
    /// copies every sample there).
    pub fn url(&self) -> String {
        format!("samples/{}/bundle.json", self.key)
    }
}

/// The street protest sample, compiled in natively only (see [`Sample::json`]).
#[cfg(not(target_arch = "wasm32"))]
const PROTEST: Option<&str> = Some(include_str!("../../samples/protest/bundle.json"));
#[cfg(target_arch = "wasm32")]
const PROTEST: Option<&str> = None;

/// Every sample, the default first.
pub const SAMPLES: &[Sample] = &[
    Sample {
        key: "diplomacy",
        name: "Pandemic diplomacy (four framings)",
        json: Some(include_str!("../../samples/diplomacy/bundle.json")),
    },
    Sample { key: "protest", name: "A street protest (labels, numbers, sources)", json: PROTEST },
];

/// The parsed bundle of a compiled-in sample; an empty bundle if the sample were ever broken
/// or not compiled in (tests make sure neither happens to the default one).
pub fn bundle(sample: &Sample) -> Bundle {
    sample.json.and_then(|json| Bundle::from_json(json).ok()).unwrap_or_default()
}

/// The default sample's bundle.
pub fn default_bundle() -> Bundle {
    bundle(&SAMPLES[0])
}

/// Where the ready-made report of the default sample is, relative to the page, when this is
/// the sample unchanged (nothing restored either). The web build writes it when the app is
/// built (`scripts/sample-report.sh`, a hook in Trunk.toml), so that a first visit shows the
/// sample's analysis without downloading the engine.
pub fn ready_made_report(bundle: &Bundle, restored: &[crate::engine::bundle::SentenceRef]) -> Option<String> {
    thread_local! {
        // Read once: this is asked before every analysis.
        static DEFAULT: Bundle = default_bundle();
    }
    (restored.is_empty() && DEFAULT.with(|d| bundle == d)).then(|| format!("samples/{}/report.json", SAMPLES[0].key))
}

/// True when the bundle says it was constructed for teaching.
pub fn is_constructed(bundle: &Bundle) -> bool {
    bundle.extra.get("constructed").and_then(|v| v.as_bool()).unwrap_or(false)
}
