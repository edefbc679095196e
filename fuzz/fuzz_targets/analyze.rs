//! The analysis of any text the gate lets in: the input is cut at each NUL byte into up to
//! four articles (the first line of each its headline), checked by the gate as every way in
//! checks them, and analysed. Run with a time limit per input (see README.md), so that an input
//! that makes the analysis slow counts as a failure like a panic does.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::engine::bundle::{Article, Bundle, Event};
use parallax::engine::{Options, analyze, gate};

fuzz_target!(|text: &str| {
    let articles: Vec<Article> = text
        .split('\0')
        .take(4)
        .enumerate()
        .map(|(n, part)| {
            let (title, body) = part.split_once('\n').unwrap_or(("", part));
            Article {
                id: format!("a{n}"),
                outlet: format!("Outlet {n}"),
                title: title.to_string(),
                text: body.to_string(),
                ..Article::default()
            }
        })
        .collect();
    let bundle = Bundle::new(Event::default(), articles);
    if gate::check(&bundle).is_ok() {
        let _ = analyze(&bundle, &Options::default());
    }
});
