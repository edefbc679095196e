//! General utilities that neither the analysis nor the views are about, shared by both and
//! kept small for the web build: stable sorting ([`sorting`]), ordered maps and sets as sorted
//! vectors ([`sorted`]), a fast deterministic hasher for maps keyed by indices ([`fasthash`]),
//! and floats written as decimals without the standard library's float formatting
//! ([`decimal`]). ARCHITECTURE.md ("Our own infrastructure, and what it saves") says why each
//! is ours rather than a crate's, with a measurement. Pure Rust, no web crates.

pub mod decimal;
pub mod fasthash;
pub mod sorted;
pub mod sorting;
