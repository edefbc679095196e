//! One article in the reader: its header and its sentences, paragraph by paragraph.

use crate::engine::bundle::Article;
use crate::engine::display_name;
use crate::engine::report::ArticleReport;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`ArticleColumn`].
#[derive(Properties, PartialEq)]
pub struct ArticleColumnProps {
    /// Position in the bundle.
    pub index: usize,
    /// The article.
    pub article: Rc<Article>,
    /// Its segmentation.
    pub analysis: Rc<ArticleReport>,
    /// Remove this article (by id).
    pub on_remove: Callback<String>,
}

/// Renders one article as a column of paragraphs made of sentence spans.
#[component]
pub fn ArticleColumn(props: &ArticleColumnProps) -> Html {
    let article = &props.article;
    let heading_id = format!("article-{}-heading", props.index);
    let name = display_name(article).to_string();
    let on_remove = {
        let id = article.id.clone();
        props.on_remove.reform(move |_: MouseEvent| id.clone())
    };
    let text = &article.text;
    let paragraphs = props.analysis.paragraphs.iter().enumerate().map(|(p, _)| {
        let sentences = props.analysis.sentences.iter().enumerate().filter(|(_, s)| s.paragraph == p).map(|(i, s)| {
            let body = text.get(s.start..s.end).unwrap_or("").to_string();
            html! { <><span class="sentence" data-sentence={i.to_string()}>{ body }</span>{ " " }</> }
        });
        html! { <p class="paragraph">{ for sentences }</p> }
    });
    html! {
        <article class="article-column" aria-labelledby={heading_id.clone()} data-article={article.id.clone()}>
            <header class="article-header">
                <h3 id={heading_id} class="article-outlet">{ name.clone() }</h3>
                if !article.title.trim().is_empty() {
                    <p class="article-title">{ article.title.clone() }</p>
                }
                if !article.date.is_empty() {
                    <p class="article-date">{ article.date.clone() }</p>
                }
                <button type="button" class="button-small button-quiet" aria-label={format!("Remove {name}")} onclick={on_remove}>{ "Remove" }</button>
            </header>
            <div class="article-body">
                if props.analysis.sentences.is_empty() {
                    <p class="article-empty">{ "This article has no text." }</p>
                }
                { for paragraphs }
            </div>
        </article>
    }
}
