//! The browser app: a thin Yew layer over the engine.
//!
//! [`app::App`] owns the [`state::Workspace`] (one reducer), derives the report with
//! `use_memo`, and saves the workspace in an effect. Every other component only renders
//! props and reports events through callbacks.

pub mod app;
pub mod article_column;
pub mod notice_bar;
pub mod paste_form;
pub mod reader;
pub mod samples;
pub mod state;
pub mod storage;
