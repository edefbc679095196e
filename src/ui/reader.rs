//! The side-by-side reader: one column per article.

use super::article_column::ArticleColumn;
use crate::engine::{Bundle, Report};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Reader`].
#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// The articles.
    pub bundle: Rc<Bundle>,
    /// Their analysis.
    pub report: Rc<Report>,
    /// Remove the article with this id.
    pub on_remove: Callback<String>,
}

/// Articles side by side, split into paragraphs and sentences by the engine.
#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    if props.bundle.articles.is_empty() {
        return html! {
            <section class="reader reader-empty" aria-label="Articles">
                <p>{ "No articles yet. Paste one below, or open a sample." }</p>
            </section>
        };
    }
    html! {
        <section class="reader" aria-label="Articles side by side">
            { for props.bundle.articles.iter().enumerate().map(|(k, article)| {
                let analysis = props.report.articles.get(k).cloned().unwrap_or_default();
                html! {
                    <ArticleColumn key={article.id.clone()} index={k} article={Rc::new(article.clone())} analysis={Rc::new(analysis)} on_remove={props.on_remove.clone()} />
                }
            }) }
        </section>
    }
}
