//! Temporary: prints content terms of lines on stdin.
use parallax::engine::similarity::content_term;
use parallax::engine::text::{Span, tokenize};
use std::io::BufRead;
fn main() {
    for line in std::io::stdin().lock().lines() {
        let line = line.unwrap();
        let t: Vec<String> = tokenize(&line, Span::new(0, line.len()))
            .into_iter()
            .filter_map(|t| content_term(t.kind, &t.norm))
            .collect();
        println!("{}", t.join(" "));
    }
}
