//! The one integration test binary: native layers, and the browser layer on wasm32.

#[cfg(not(target_arch = "wasm32"))]
mod canonical;
#[cfg(not(target_arch = "wasm32"))]
mod cli;
#[cfg(not(target_arch = "wasm32"))]
mod engine;
#[cfg(not(target_arch = "wasm32"))]
mod formats;
#[cfg(not(target_arch = "wasm32"))]
mod framing;
#[cfg(not(target_arch = "wasm32"))]
mod samples;
#[cfg(not(target_arch = "wasm32"))]
mod tidy;
#[cfg(not(target_arch = "wasm32"))]
mod ui_import;
#[cfg(not(target_arch = "wasm32"))]
mod ui_render;

#[cfg(target_arch = "wasm32")]
mod browser;
