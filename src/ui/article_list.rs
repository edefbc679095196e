//! The loaded articles as a list: move up or down, edit, remove.

use super::identity::same;
use super::state::Action;
use crate::engine::bundle::Bundle;
use crate::engine::display_name;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`ArticleList`].
#[derive(Properties)]
pub struct ArticleListProps {
    /// The live bundle.
    pub bundle: Rc<Bundle>,
    /// Start editing the article with this id.
    pub on_edit: Callback<String>,
}

impl PartialEq for ArticleListProps {
    fn eq(&self, o: &ArticleListProps) -> bool {
        same(&self.bundle, &o.bundle) && self.on_edit == o.on_edit
    }
}

/// One row per article with its controls.
#[component]
pub fn ArticleList(props: &ArticleListProps) -> Html {
    let ctx = use_context::<super::context::Shared>().expect("shared context");
    let n = props.bundle.articles.len();
    if n == 0 {
        return html! { <p class="empty-state">{ "No articles yet: open a sample, open files, or paste an article." }</p> };
    }
    let names = super::names::names(&props.bundle, ctx.settings.blind);
    let rows = props.bundle.articles.iter().enumerate().map(|(k, a)| {
        let name = names[k].clone();
        let real = display_name(a).to_string();
        let id = a.id.clone();
        let words = a.text.split_whitespace().count();
        let up = ctx.dispatch.to_callback().reform({ let id = id.clone(); move |_: MouseEvent| Action::MoveArticle(id.clone(), -1) });
        let down = ctx.dispatch.to_callback().reform({ let id = id.clone(); move |_: MouseEvent| Action::MoveArticle(id.clone(), 1) });
        let remove = ctx.dispatch.to_callback().reform({ let id = id.clone(); move |_: MouseEvent| Action::RemoveArticle(id.clone()) });
        let edit = props.on_edit.reform({ let id = id.clone(); move |_: MouseEvent| id.clone() });
        let _ = real;
        html! {
            <li class="article-row">
                <span class="article-row-name">{ name.clone() }</span>
                <span class="article-row-meta">{ format!("{words} words") }</span>
                <span class="article-row-tools">
                    <button type="button" class="button-small button-quiet" aria-label={format!("Move {name} up")} disabled={k == 0} onclick={up}>{ "↑" }</button>
                    <button type="button" class="button-small button-quiet" aria-label={format!("Move {name} down")} disabled={k + 1 == n} onclick={down}>{ "↓" }</button>
                    <button type="button" class="button-small button-quiet" aria-label={format!("Edit {name}")} onclick={edit}>{ "Edit" }</button>
                    <button type="button" class="button-small button-quiet" aria-label={format!("Remove {name}")} onclick={remove}>{ "Remove" }</button>
                </span>
            </li>
        }
    });
    html! { <ol class="article-list" aria-label="Loaded articles">{ for rows }</ol> }
}
