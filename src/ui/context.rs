//! What every view reads from the root: the analysed bundle and report, the names to show,
//! the mode, and the way to change the workspace or move to another view.

use super::analysis::Analysed;
use super::state::{Settings, Workspace};
use std::rc::Rc;
use yew::prelude::*;

/// A place the user asked to go to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Goto {
    /// A sentence (or, with `None`, the headline) of an article, in the reader.
    Unit {
        /// The article's id.
        article: String,
        /// The sentence, or `None` for the headline.
        sentence: Option<usize>,
    },
    /// A glossary entry, by its id: a highlight kind's name or a finding's signal
    /// (see `engine::framing::glossary`).
    Glossary(&'static str),
}

/// The shared context of the views.
#[derive(Clone, PartialEq)]
pub struct Shared {
    /// The analysed bundle and report (consistent with each other).
    pub analysed: Rc<Analysed>,
    /// The names to show for the analysed articles (outlets, or letters in blind mode).
    pub names: Rc<Vec<String>>,
    /// View settings.
    pub settings: Rc<Settings>,
    /// Restored page-furniture sentences.
    pub restored: Rc<Vec<crate::engine::bundle::SentenceRef>>,
    /// Read-only compact view for iframes.
    pub embed: bool,
    /// Changes the workspace.
    pub dispatch: UseReducerDispatcher<Workspace>,
    /// Moves to a place (switching views as needed).
    pub on_goto: Callback<Goto>,
    /// The latest place asked for, with a counter so that asking twice works twice.
    pub target: Option<(u64, Goto)>,
}

impl Shared {
    /// The shown name of the article with this id.
    pub fn name_of(&self, id: &str) -> String {
        self.analysed
            .bundle
            .articles
            .iter()
            .position(|a| a.id == id)
            .and_then(|k| self.names.get(k).cloned())
            .unwrap_or_else(|| id.to_string())
    }

    /// `text` with outlet names masked in blind mode.
    pub fn mask(&self, text: &str) -> String {
        super::names::mask(text, &self.analysed.bundle, self.settings.blind)
    }
}
