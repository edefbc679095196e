//! Parallax compares how several news articles frame one event.
//!
//! [`engine`] is the analysis — pure Rust with no web dependencies — and [`ui`] is a thin Yew
//! layer over it that runs in the browser. The native `parallax` command line uses the engine
//! alone. [`util`] holds the general utilities both use (sorting, sorted maps, a hasher,
//! decimals).

pub mod engine;
pub mod ui;
pub mod util;
