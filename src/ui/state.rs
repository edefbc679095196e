//! The workspace: the ground state of the app (articles, options, corrections) and the one pure
//! reducer that changes it. Saving, loading and every other effect live in components.

use crate::engine::bundle::{Article, Bundle};
use serde::{Deserialize, Serialize};
use std::rc::Rc;
use yew::Reducible;

/// Everything the user has built, saved in the browser and restored on reload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    /// The articles and event being compared.
    pub bundle: Bundle,
    /// Bumped on every change that should be saved and re-analysed.
    #[serde(default)]
    pub revision: u64,
    /// A message for the user, with a way back when something was removed.
    #[serde(skip)]
    pub notice: Option<Notice>,
}

/// A message shown above the reader.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// What happened, in one sentence.
    pub text: String,
    /// True for problems (shown as an alert), false for confirmations.
    pub error: bool,
    /// An article that can be put back with "Undo".
    pub undo: Option<(usize, Article)>,
}

impl Notice {
    /// An informational notice.
    pub fn info(text: impl Into<String>) -> Notice {
        Notice { text: text.into(), error: false, undo: None }
    }

    /// An error notice.
    pub fn error(text: impl Into<String>) -> Notice {
        Notice { text: text.into(), error: true, undo: None }
    }
}

/// Everything that can change the workspace.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Append an article (its id is made unique if needed).
    AddArticle(Article),
    /// Remove the article with this id (it can be put back with [`Action::Undo`]).
    RemoveArticle(String),
    /// Put back the last removed article.
    Undo,
    /// Replace the whole bundle (opening a sample or a file).
    LoadBundle(Bundle),
    /// Show a message.
    Notify(Notice),
    /// Hide the message.
    Dismiss,
}

impl Workspace {
    /// A workspace showing `bundle`.
    pub fn with_bundle(bundle: Bundle) -> Workspace {
        Workspace { bundle, revision: 0, notice: None }
    }
}

/// An id derived from `wanted` that no article of `bundle` uses yet.
pub fn unique_id(bundle: &Bundle, wanted: &str) -> String {
    let base: String = wanted
        .chars()
        .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let base = if base.is_empty() { "article".to_string() } else { base.chars().take(24).collect() };
    let taken = |id: &str| bundle.articles.iter().any(|a| a.id == id);
    if !taken(&base) {
        return base;
    }
    (2..).map(|n| format!("{base}-{n}")).find(|id| !taken(id)).unwrap_or(base)
}

impl Reducible for Workspace {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::AddArticle(mut article) => {
                article.id = unique_id(&next.bundle, if article.id.is_empty() { &article.outlet } else { &article.id });
                let name = crate::engine::display_name(&article).to_string();
                next.bundle.articles.push(article);
                next.revision += 1;
                next.notice = Some(Notice::info(format!("Added “{name}”.")));
            }
            Action::RemoveArticle(id) => {
                if let Some(k) = next.bundle.articles.iter().position(|a| a.id == id) {
                    let article = next.bundle.articles.remove(k);
                    let name = crate::engine::display_name(&article).to_string();
                    next.revision += 1;
                    next.notice =
                        Some(Notice { text: format!("Removed “{name}”."), error: false, undo: Some((k, article)) });
                }
            }
            Action::Undo => {
                if let Some(Notice { undo: Some((k, article)), .. }) = next.notice.take() {
                    let name = crate::engine::display_name(&article).to_string();
                    let k = k.min(next.bundle.articles.len());
                    next.bundle.articles.insert(k, article);
                    next.revision += 1;
                    next.notice = Some(Notice::info(format!("Put back “{name}”.")));
                }
            }
            Action::LoadBundle(bundle) => {
                next.bundle = bundle;
                next.revision += 1;
                next.notice = None;
            }
            Action::Notify(notice) => next.notice = Some(notice),
            Action::Dismiss => next.notice = None,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: &str) -> Article {
        Article { id: id.into(), outlet: id.into(), text: "Text.".into(), ..Article::default() }
    }

    #[test]
    fn add_remove_undo() {
        let ws = Rc::new(Workspace::with_bundle(Bundle::new(Default::default(), vec![article("a"), article("b")])));
        let ws = ws.reduce(Action::AddArticle(article("a")));
        assert_eq!(ws.bundle.articles[2].id, "a-2");
        let ws = ws.reduce(Action::RemoveArticle("a".into()));
        assert_eq!(ws.bundle.articles.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), ["b", "a-2"]);
        let ws = ws.reduce(Action::Undo);
        assert_eq!(ws.bundle.articles[0].id, "a");
        assert_eq!(ws.revision, 3);
    }
}
