//! The browser app: a thin Yew layer over the engine.
//!
//! [`app::App`] owns the [`state::Workspace`] (one reducer), runs the analysis (see
//! [`analysis`]), and saves the workspace in an effect. The views read the analysed bundle and
//! report from a context ([`context::Shared`]) and change the workspace only by dispatching
//! [`state::Action`]s. Pure helpers (importing files, HTML to text, share links, names) are
//! plain modules tested natively.

pub mod analysis;
pub mod analysis_status;
pub mod app;
pub mod article_column;
pub mod article_list;
pub mod blind_toggle;
pub mod claim_matrix;
pub mod claims_view;
pub mod context;
pub mod dashboard;
pub mod diagnostics;
pub mod diff_panel;
pub mod earlier_workspaces;
pub mod export_menu;
pub mod findings;
pub mod glossary_view;
pub mod html_text;
pub mod identity;
pub mod import;
pub mod inspector;
pub mod links;
pub mod load_panel;
pub mod loading;
pub mod names;
pub mod notes_panel;
pub mod notice_bar;
pub mod paragraph;
pub mod paste_form;
pub mod reader;
pub mod samples;
pub mod share;
pub mod share_dialog;
pub mod signal_legend;
pub mod state;
pub mod storage;
pub mod unicode;
pub mod view_tabs;
pub mod web;
