//! The one integration test binary: native layers, and the browser layer on wasm32.

#[cfg(not(target_arch = "wasm32"))]
mod cli;
#[cfg(not(target_arch = "wasm32"))]
mod engine;
#[cfg(not(target_arch = "wasm32"))]
mod framing;
#[cfg(not(target_arch = "wasm32"))]
mod json;
#[cfg(not(target_arch = "wasm32"))]
mod samples;
#[cfg(all(feature = "shared-data", not(target_arch = "wasm32")))]
mod shared_data;
#[cfg(not(target_arch = "wasm32"))]
mod tidy;
#[cfg(not(target_arch = "wasm32"))]
mod ui_import;
#[cfg(not(target_arch = "wasm32"))]
mod ui_render;

#[cfg(target_arch = "wasm32")]
mod browser;
