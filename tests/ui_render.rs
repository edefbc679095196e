//! Components rendered to HTML natively with Yew's server renderer.

use parallax::engine::bundle::Article;
use parallax::engine::{Bundle, Event, Options, analyze};
use parallax::ui::app::App;
use parallax::ui::article_column::{ArticleColumn, ArticleColumnProps};
use std::rc::Rc;
use yew::{BaseComponent, Callback, LocalServerRenderer};

fn render<C: BaseComponent>(props: C::Properties) -> String {
    let rt = tokio::runtime::Builder::new_current_thread().build().expect("runtime");
    let local = tokio::task::LocalSet::new();
    local.block_on(&rt, LocalServerRenderer::<C>::with_props(props).hydratable(false).render())
}

#[test]
fn app_opens_on_the_sample_with_four_columns() {
    let html = render::<App>(());
    assert_eq!(html.matches("class=\"article-column\"").count(), 4, "{html}");
    assert!(html.contains("Constructed for teaching"));
    assert!(html.contains("Add article"));
}

#[test]
fn article_text_is_escaped_not_inserted_as_html() {
    let article = Article {
        id: "x".into(),
        outlet: "<b>Bold</b>".into(),
        text: "<script>alert(1)</script> Then text.".into(),
        ..Article::default()
    };
    let bundle = Bundle::new(Event::default(), vec![article.clone()]);
    let report = analyze(&bundle, &Options::default());
    let html = render::<ArticleColumn>(ArticleColumnProps {
        index: 0,
        article: Rc::new(article),
        analysis: Rc::new(report.articles[0].clone()),
        on_remove: Callback::noop(),
    });
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&lt;script&gt;"), "{html}");
    assert!(!html.contains("<b>Bold</b>"), "{html}");
}

#[test]
fn sentences_become_spans() {
    let article = Article {
        id: "x".into(),
        outlet: "X".into(),
        text: "One here. Two here.\n\nThree.".into(),
        ..Article::default()
    };
    let bundle = Bundle::new(Event::default(), vec![article.clone()]);
    let report = analyze(&bundle, &Options::default());
    let html = render::<ArticleColumn>(ArticleColumnProps {
        index: 0,
        article: Rc::new(article),
        analysis: Rc::new(report.articles[0].clone()),
        on_remove: Callback::noop(),
    });
    assert_eq!(html.matches("class=\"sentence\"").count(), 3);
    assert_eq!(html.matches("class=\"paragraph\"").count(), 2);
}
