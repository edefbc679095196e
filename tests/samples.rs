//! The built-in sample events: valid, constructed, and shaped as PRODUCT.md asks.

use parallax::engine::{Bundle, Options, analyze};
use parallax::ui::samples::{SAMPLES, is_constructed};

#[test]
fn every_sample_is_a_valid_constructed_bundle_of_four_articles() {
    for s in SAMPLES {
        let b = Bundle::from_json(s.json).unwrap_or_else(|e| panic!("sample {} does not parse: {e}", s.key));
        assert!(is_constructed(&b), "sample {} must be labelled as constructed", s.key);
        assert_eq!(b.articles.len(), 4, "sample {}", s.key);
        for a in &b.articles {
            let words = a.text.split_whitespace().count();
            assert!((350..=700).contains(&words), "sample {} article {} has {words} words", s.key, a.id);
            assert!(
                !a.outlet.is_empty() && !a.title.is_empty(),
                "sample {} article {} needs outlet and title",
                s.key,
                a.id
            );
        }
        let r = analyze(&b, &Options::default());
        assert!(r.articles.iter().all(|a| a.sentences.len() > 10), "sample {}", s.key);
    }
}
