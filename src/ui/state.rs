//! The workspace: the ground state of the app (articles, options, corrections, notes, view
//! settings) and the one pure reducer that changes it. Saving, loading and every other effect
//! live in components.

use crate::engine::bundle::{Article, Bundle, Correction, CorrectionAction, Map, SentenceRef, Value};
use crate::engine::gate::MAX_ARTICLES;
use crate::engine::{Kind, Options, display_name};
use crate::util::sorting;
use serde::{Deserialize, Serialize};
use std::rc::Rc;
use yew::Reducible;

/// The bundle field that carries the user's restored page-furniture sentences.
pub const RESTORED_FIELD: &str = "restored";
/// The bundle field that carries the user's notes (`annotations`, see FORMATS.md).
pub const ANNOTATIONS_FIELD: &str = "annotations";

/// Everything the user has built, saved in the browser and restored on reload. Its bundle comes
/// back through the same reader, and the same gate, as any other bundle.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    /// The articles, event and alignment corrections being compared.
    #[serde(with = "crate::engine::bundle::checked")]
    pub bundle: Bundle,
    /// Sentences the user put back although they look like page furniture.
    #[serde(default)]
    pub restored: Vec<SentenceRef>,
    /// The user's own notes on this comparison.
    #[serde(default)]
    pub notes: String,
    /// How the user looks at it (view, blind mode, hidden signals, matrix filter).
    #[serde(default)]
    pub settings: Settings,
    /// Where the bundle came from (`url:…`, `sample:…`), so that a reload does not fetch it again.
    #[serde(default)]
    pub source: String,
    /// Bumped on every change that should be re-analysed.
    #[serde(default)]
    pub revision: u64,
    /// A message for the user, with a way back when something was replaced or removed (saved
    /// apart, and only when it offers Undo: see `storage`).
    #[serde(skip)]
    pub notice: Option<Notice>,
    /// Bumped when a bundle replaces a workspace that had articles: before saving over it, the
    /// autosave keeps the saved copy among the earlier workspaces.
    #[serde(skip)]
    pub replaced: u64,
}

/// View settings, saved with the workspace.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The view on screen.
    pub view: View,
    /// Outlets shown as "Article A", "Article B"… until revealed.
    pub blind: bool,
    /// Highlight kinds switched off in the reader.
    pub hidden: Vec<Kind>,
    /// Which claims the matrix shows.
    pub filter: Filter,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { view: View::default(), blind: false, hidden: default_hidden(), filter: Filter::default() }
    }
}

/// The highlight kinds the reader starts with switched off: frame cues mark a word in most
/// sentences, and under every other highlight they drown out the rarer signals. The framing
/// view charts them, and the legend switches them on.
pub fn default_hidden() -> Vec<Kind> {
    vec![Kind::Frame]
}

/// The views of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum View {
    /// Articles side by side.
    #[default]
    Reader,
    /// The claim matrix and the diff panel.
    Claims,
    /// Charts per article.
    Framing,
    /// The ranked findings.
    Findings,
    /// What every signal means.
    Glossary,
}

impl View {
    /// Every view, in tab order.
    pub const ALL: [View; 5] = [View::Reader, View::Claims, View::Framing, View::Findings, View::Glossary];

    /// The tab label.
    pub fn label(self) -> &'static str {
        match self {
            View::Reader => "Reader",
            View::Claims => "Claim matrix",
            View::Framing => "Framing",
            View::Findings => "Findings",
            View::Glossary => "Glossary",
        }
    }

    /// A short id for element ids.
    pub fn key(self) -> &'static str {
        match self {
            View::Reader => "reader",
            View::Claims => "claims",
            View::Framing => "framing",
            View::Findings => "findings",
            View::Glossary => "glossary",
        }
    }
}

/// Which claims the matrix shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Filter {
    /// Every claim.
    #[default]
    All,
    /// Claims every article reports.
    Every,
    /// Claims more than one but not every article reports.
    Some,
    /// Claims only one article reports.
    One,
}

impl Filter {
    /// Every filter, in display order.
    pub const ALL: [Filter; 4] = [Filter::All, Filter::Every, Filter::Some, Filter::One];

    /// The label of the filter.
    pub fn label(self) -> &'static str {
        match self {
            Filter::All => "All claims",
            Filter::Every => "Reported by all",
            Filter::Some => "Reported by some",
            Filter::One => "Reported by one",
        }
    }

    /// True when a claim reported by `n` of `total` articles passes.
    pub fn keeps(self, n: usize, total: usize) -> bool {
        match self {
            Filter::All => true,
            Filter::Every => n == total,
            Filter::Some => n > 1 && n < total,
            Filter::One => n == 1,
        }
    }
}

/// A button offered with a notice.
#[derive(Clone, Debug, PartialEq)]
pub enum NoticeAction {
    /// Put the workspace back as it was: its articles, corrections, restored sentences, notes
    /// and source (the view settings stay as they are now).
    Undo(Box<Workspace>),
    /// Download the bundle (when saving in the browser failed).
    DownloadBundle,
    /// Stop loading a bundle URL.
    CancelLoading,
    /// Analyse the workspace that was held back at start (the last analysis did not finish).
    Analyse,
}

/// A message shown above the views.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// What happened, in one sentence.
    pub text: String,
    /// More sentences (one per file that could not be opened, say).
    pub details: Vec<String>,
    /// True for problems (shown as an alert), false for confirmations.
    pub error: bool,
    /// A way back or a way out.
    pub action: Option<NoticeAction>,
}

impl Notice {
    /// An informational notice.
    pub fn info(text: impl Into<String>) -> Notice {
        Notice { text: text.into(), details: Vec::new(), error: false, action: None }
    }

    /// An error notice.
    pub fn error(text: impl Into<String>) -> Notice {
        Notice { text: text.into(), details: Vec::new(), error: true, action: None }
    }

    /// The same notice with a button.
    pub fn with(mut self, action: NoticeAction) -> Notice {
        self.action = Some(action);
        self
    }
}

/// Everything that can change the workspace.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Append articles (ids made unique); `problems` are messages about files that could not
    /// be read, shown with the result.
    AddArticles {
        /// The new articles.
        articles: Vec<Article>,
        /// One sentence per file that could not be used.
        problems: Vec<String>,
    },
    /// Replace the article with this id by the edited one.
    UpdateArticle(String, Article),
    /// Remove the article with this id (it can be put back with [`Action::Undo`]).
    RemoveArticle(String),
    /// Move the article with this id one place earlier (`-1`) or later (`1`).
    MoveArticle(String, isize),
    /// Put back what the last notice's Undo refers to.
    Undo,
    /// Replace the whole workspace content by a bundle (a sample, a file, a URL, a share link).
    LoadBundle {
        /// The bundle.
        bundle: Box<Bundle>,
        /// Where it came from (`url:…`, `sample:…`, `file:…`, `link`).
        source: String,
        /// What to tell the user.
        message: String,
    },
    /// Put an earlier workspace back as it was left (its articles, notes and view settings),
    /// with a message for the user.
    RestoreEarlier(Box<Workspace>, String),
    /// Put a page-furniture sentence back into the analysis.
    Restore(SentenceRef),
    /// Set a restored sentence aside again.
    SetAside(SentenceRef),
    /// Link or unlink two sentences.
    Correct(Correction),
    /// Replace the user's notes.
    SetNotes(String),
    /// Switch to a view.
    SetView(View),
    /// Switch blind mode on or off.
    SetBlind(bool),
    /// Show or hide one highlight kind.
    ToggleKind(Kind),
    /// Choose which claims the matrix shows.
    SetFilter(Filter),
    /// Show a message.
    Notify(Notice),
    /// Hide the message.
    Dismiss,
}

impl Workspace {
    /// A workspace showing `bundle`.
    pub fn with_bundle(bundle: Bundle) -> Workspace {
        let mut ws = Workspace::default();
        ws.take_bundle(bundle);
        ws
    }

    /// The analysis options this workspace asks for.
    pub fn options(&self) -> Options {
        Options { restored: self.restored.clone(), ..Options::default() }
    }

    /// The bundle to export: the articles and corrections, with the restored sentences and
    /// the notes as extra fields so that they come back on import.
    pub fn export_bundle(&self) -> Bundle {
        let mut b = self.bundle.clone();
        if !self.restored.is_empty() {
            b.extra.insert(RESTORED_FIELD.into(), serde_json::to_value(&self.restored).unwrap_or_default());
        }
        if !self.notes.trim().is_empty() {
            let note: Map = [("text".to_string(), Value::from(self.notes.as_str()))].into_iter().collect();
            b.extra.insert(ANNOTATIONS_FIELD.into(), Value::Array(vec![Value::Object(note)]));
        }
        b
    }

    /// Takes a bundle in, moving restored sentences and notes from its extra fields into the
    /// workspace.
    fn take_bundle(&mut self, mut bundle: Bundle) {
        self.restored =
            bundle.extra.shift_remove(RESTORED_FIELD).and_then(|v| serde_json::from_value(v).ok()).unwrap_or_default();
        self.notes = bundle
            .extra
            .shift_remove(ANNOTATIONS_FIELD)
            .and_then(|v| {
                let texts: Vec<String> = v
                    .as_array()?
                    .iter()
                    .filter_map(|a| a.get("text").and_then(|t| t.as_str()).map(str::to_string))
                    .collect();
                Some(texts.join("\n\n"))
            })
            .unwrap_or_default();
        self.bundle = bundle;
    }

    /// Replaces the workspace's content by `bundle`, keeping what it replaces for Undo (and,
    /// through [`Workspace::replaced`], among the earlier workspaces).
    fn load(&mut self, bundle: Bundle, source: String, message: String) {
        let undo = self.snapshot();
        let had_articles = !self.bundle.articles.is_empty();
        let mut bundle = bundle;
        bundle.articles = bundle.articles.into_iter().map(super::unicode::nfc_article).collect();
        self.take_bundle(bundle);
        self.source = source;
        self.revision += 1;
        let notice = Notice::info(message);
        self.notice = Some(if had_articles {
            self.replaced += 1;
            notice.with(NoticeAction::Undo(Box::new(undo)))
        } else {
            notice
        });
    }

    /// What Undo puts back: this workspace without its notice (which may hold an older Undo).
    fn snapshot(&self) -> Workspace {
        Workspace {
            bundle: self.bundle.clone(),
            restored: self.restored.clone(),
            notes: self.notes.clone(),
            source: self.source.clone(),
            ..Workspace::default()
        }
    }

    /// Drops corrections and restored sentences that refer to the article `id` (its sentence
    /// numbers no longer hold after its text changed or it was removed).
    fn forget_article(&mut self, id: &str) -> usize {
        let before = self.bundle.corrections.len();
        self.bundle.corrections.retain(|c| c.a.article != id && c.b.article != id);
        self.restored.retain(|r| r.article != id);
        before - self.bundle.corrections.len()
    }
}

pub use crate::engine::import::unique_id;

/// True when two corrections are about the same pair of sentences.
fn same_pair(x: &Correction, y: &Correction) -> bool {
    (x.a == y.a && x.b == y.b) || (x.a == y.b && x.b == y.a)
}

impl Reducible for Workspace {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::AddArticles { articles, mut problems } => {
                let undo = next.snapshot();
                let room = MAX_ARTICLES.saturating_sub(next.bundle.articles.len());
                let mut added = Vec::new();
                let count = articles.len();
                for mut article in articles.into_iter().take(room).map(super::unicode::nfc_article) {
                    article.id =
                        unique_id(&next.bundle, if article.id.is_empty() { &article.outlet } else { &article.id });
                    added.push(display_name(&article).to_string());
                    next.bundle.articles.push(article);
                }
                if count > room {
                    problems.push(format!(
                        "Parallax compares up to {MAX_ARTICLES} articles at once, so {} of them {} not added; remove some first.",
                        count - room,
                        if count - room == 1 { "was" } else { "were" }
                    ));
                }
                let text = match added.len() {
                    0 => "Nothing was added.".to_string(),
                    1 => format!("Added “{}”.", added[0]),
                    n => format!("Added {n} articles."),
                };
                if !added.is_empty() {
                    next.revision += 1;
                }
                next.notice = Some(Notice {
                    text,
                    error: !problems.is_empty(),
                    details: problems,
                    action: (!added.is_empty()).then(|| NoticeAction::Undo(Box::new(undo))),
                });
            }
            Action::UpdateArticle(id, article) => {
                let mut article = super::unicode::nfc_article(article);
                let undo = next.snapshot();
                if let Some(k) = next.bundle.articles.iter().position(|a| a.id == id) {
                    article.id = id.clone();
                    let text_changed = next.bundle.articles[k].text != article.text;
                    let name = display_name(&article).to_string();
                    next.bundle.articles[k] = article;
                    let dropped = if text_changed { next.forget_article(&id) } else { 0 };
                    next.revision += 1;
                    let extra = if dropped > 0 {
                        format!(" Its {dropped} alignment correction(s) were dropped because the text changed.")
                    } else {
                        String::new()
                    };
                    next.notice = Some(
                        Notice::info(format!("Saved the changes to “{name}”.{extra}"))
                            .with(NoticeAction::Undo(Box::new(undo))),
                    );
                }
            }
            Action::RemoveArticle(id) => {
                let undo = next.snapshot();
                if let Some(k) = next.bundle.articles.iter().position(|a| a.id == id) {
                    let article = next.bundle.articles.remove(k);
                    next.forget_article(&id);
                    next.revision += 1;
                    next.notice = Some(
                        Notice::info(format!("Removed “{}”.", display_name(&article)))
                            .with(NoticeAction::Undo(Box::new(undo))),
                    );
                }
            }
            Action::MoveArticle(id, step) => {
                if let Some(k) = next.bundle.articles.iter().position(|a| a.id == id) {
                    let to = k.checked_add_signed(step).filter(|&t| t < next.bundle.articles.len());
                    if let Some(to) = to {
                        next.bundle.articles.swap(k, to);
                        next.revision += 1;
                        next.notice = Some(Notice::info(format!(
                            "Moved “{}” to position {}.",
                            display_name(&next.bundle.articles[to]),
                            to + 1
                        )));
                    }
                }
            }
            Action::Undo => {
                if let Some(Notice { action: Some(NoticeAction::Undo(snap)), .. }) = next.notice.take() {
                    let Workspace { bundle, restored, notes, source, .. } = *snap;
                    next.bundle = bundle;
                    next.restored = restored;
                    next.notes = notes;
                    next.source = source;
                    next.revision += 1;
                    next.notice = Some(Notice::info("Put back as it was."));
                }
            }
            Action::LoadBundle { bundle, source, message } => next.load(*bundle, source, message),
            Action::RestoreEarlier(earlier, message) => {
                next.load(earlier.export_bundle(), earlier.source, message);
                next.settings = earlier.settings;
            }
            Action::Restore(r) => {
                if !next.restored.contains(&r) {
                    next.restored.push(r);
                    sorting::sort(&mut next.restored);
                    next.revision += 1;
                    next.notice = Some(Notice::info("Put the sentence back into the analysis."));
                }
            }
            Action::SetAside(r) => {
                let before = next.restored.len();
                next.restored.retain(|x| *x != r);
                if next.restored.len() != before {
                    next.revision += 1;
                    next.notice = Some(Notice::info("Set the sentence aside as page furniture again."));
                }
            }
            Action::Correct(c) => {
                if c.a.article == c.b.article {
                    next.notice = Some(Notice::error("Links join sentences of two different articles."));
                } else {
                    let undo = next.snapshot();
                    next.bundle.corrections.retain(|x| !same_pair(x, &c));
                    let text = match c.action {
                        CorrectionAction::Link => "Linked the two sentences.",
                        CorrectionAction::Unlink => "Unlinked the two sentences.",
                    };
                    next.bundle.corrections.push(c);
                    next.revision += 1;
                    next.notice = Some(Notice::info(text).with(NoticeAction::Undo(Box::new(undo))));
                }
            }
            Action::SetNotes(notes) => next.notes = notes,
            Action::SetView(view) => next.settings.view = view,
            Action::SetBlind(blind) => next.settings.blind = blind,
            Action::ToggleKind(kind) => {
                if let Some(k) = next.settings.hidden.iter().position(|h| *h == kind) {
                    next.settings.hidden.remove(k);
                } else {
                    next.settings.hidden.push(kind);
                }
            }
            Action::SetFilter(filter) => next.settings.filter = filter,
            Action::Notify(notice) => next.notice = Some(notice),
            Action::Dismiss => next.notice = None,
        }
        Rc::new(next)
    }
}
