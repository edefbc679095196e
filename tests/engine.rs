//! Engine tests: named fixture cases with snapshots for segmentation, page furniture and
//! alignment; order independence; property tests on arbitrary Unicode input.

use parallax::engine::bundle::{Article, Bundle, Event};
use parallax::engine::report::{Report, UnitRef};
use parallax::engine::segment::segment;
use parallax::engine::{Options, analyze};
use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn fixtures(dir: &str, ext: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    parallax::util::sorting::sort(&mut files);
    assert!(!files.is_empty(), "no fixtures in {}", root.display());
    files
}

fn case_name(p: &Path) -> String {
    p.file_stem().and_then(|s| s.to_str()).unwrap_or("case").to_string()
}

/// The sentences of a text, one per line, each with its paragraph number.
fn sentences_listing(text: &str) -> String {
    segment(text).sentences.iter().map(|s| format!("[{}] {}\n", s.paragraph, &text[s.span.start..s.span.end])).collect()
}

#[test]
fn segmentation_fixtures() {
    for path in fixtures("segment", "txt") {
        let text = std::fs::read_to_string(&path).expect("fixture");
        insta::assert_snapshot!(format!("segment-{}", case_name(&path)), sentences_listing(&text));
    }
}

/// The report's text for a unit.
fn unit_text<'a>(bundle: &'a Bundle, report: &Report, u: &UnitRef) -> &'a str {
    parallax::engine::export::unit_text(bundle, report, u)
}

#[test]
fn furniture_fixtures() {
    for path in fixtures("furniture", "txt") {
        let text = std::fs::read_to_string(&path).expect("fixture");
        let article = Article { id: "page".into(), text: text.clone(), ..Article::default() };
        let report = analyze(&Bundle::new(Event::default(), vec![article]), &Options::default());
        let listing: String = report.articles[0]
            .sentences
            .iter()
            .map(|s| format!("{} {}\n", if s.boilerplate { "FURNITURE" } else { "         " }, &text[s.start..s.end]))
            .collect();
        insta::assert_snapshot!(format!("furniture-{}", case_name(&path)), listing);
    }
}

#[test]
fn alignment_fixtures() {
    for path in fixtures("align", "json") {
        let json = std::fs::read_to_string(&path).expect("fixture");
        let bundle = Bundle::from_json(&json).expect("fixture bundle");
        let report = analyze(&bundle, &Options::default());
        let links: Vec<(String, String, f64)> = report
            .links
            .iter()
            .map(|l| {
                (unit_text(&bundle, &report, &l.a).to_string(), unit_text(&bundle, &report, &l.b).to_string(), l.score)
            })
            .collect();
        let linked = |x: &str, y: &str| {
            links.iter().any(|(p, q, _)| (p.contains(x) && q.contains(y)) || (p.contains(y) && q.contains(x)))
        };
        let pairs = |key: &str| -> Vec<(String, String)> {
            bundle.extra.get(key).and_then(|v| v.as_array()).map_or_else(Vec::new, |a| {
                a.iter()
                    .map(|p| (p[0].as_str().unwrap_or("").to_string(), p[1].as_str().unwrap_or("").to_string()))
                    .collect()
            })
        };
        let want = pairs("x-expect-links");
        assert!(!want.is_empty(), "{} lists the links it expects", path.display());
        for (x, y) in want {
            assert!(linked(&x, &y), "{}: expected a link between “{x}” and “{y}”; links: {links:#?}", path.display());
        }
        for (x, y) in pairs("x-expect-no-links") {
            assert!(!linked(&x, &y), "{}: unexpected link between “{x}” and “{y}”", path.display());
        }
        let listing: String = links.iter().map(|(a, b, s)| format!("{s:.2}  {a}\n      {b}\n")).collect();
        let claims: String = report
            .claims
            .iter()
            .filter(|c| c.members.len() > 1)
            .map(|c| {
                let m: Vec<String> = c
                    .members
                    .iter()
                    .map(|m| format!("{}:{}", m.article, m.sentence.map_or("title".into(), |s| s.to_string())))
                    .collect();
                format!("claim {}: {}\n", c.id, m.join(" "))
            })
            .collect();
        insta::assert_snapshot!(format!("align-{}", case_name(&path)), format!("{listing}\n{claims}"));
    }
}

/// The canonical report of `bundle` (see `canonical.rs`).
fn canonical_report(bundle: &Bundle) -> Vec<String> {
    crate::canonical::canonical(&analyze(bundle, &Options::default()))
}

/// Asserts that the articles of `bundle` in the order `order` give the same report as `base`.
fn assert_same_report(bundle: &Bundle, base: &[String], order: &[usize], what: &str) {
    let got = canonical_report(&crate::canonical::permuted(bundle, order));
    let diff = crate::canonical::differences(base, &got);
    assert!(diff.is_empty(), "{what}: articles in the order {order:?} change the report:\n{diff}");
}

/// The sample bundles in every rotation of their articles, each also reversed, give the same
/// report: links, claims, diffs, highlights and their notes, findings in their ranks and with
/// their texts, signals, referents and diagnostics.
#[test]
fn article_order_does_not_change_the_report() {
    for sample in parallax::ui::samples::SAMPLES {
        let bundle = Bundle::from_json(sample.json.expect("every sample is compiled in natively")).expect("sample");
        let base = canonical_report(&bundle);
        assert!(base.iter().any(|l| l.starts_with("link ")) && base.iter().any(|l| l.starts_with("finding ")));
        let n = bundle.articles.len();
        for rotation in 0..n {
            for reverse in [false, true] {
                let mut order: Vec<usize> = (0..n).collect();
                order.rotate_left(rotation);
                if reverse {
                    order.reverse();
                }
                if rotation > 0 || reverse {
                    assert_same_report(&bundle, &base, &order, sample.key);
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    /// Any shuffle of a sample's articles gives the same report (besides the rotations and
    /// reversals above). Two articles with the same outlet are told apart by their ids.
    #[test]
    fn any_article_order_gives_the_same_report(
        sample in 0..parallax::ui::samples::SAMPLES.len(),
        order in Just((0..4).collect::<Vec<usize>>()).prop_shuffle(),
        same_outlet in any::<bool>(),
    ) {
        let s = &parallax::ui::samples::SAMPLES[sample];
        let mut bundle = Bundle::from_json(s.json.expect("every sample is compiled in natively")).expect("sample");
        prop_assert_eq!(bundle.articles.len(), order.len());
        if same_outlet {
            let outlet = bundle.articles[0].outlet.clone();
            bundle.articles[1].outlet = outlet;
        }
        let base = canonical_report(&bundle);
        assert_same_report(&bundle, &base, &order, s.key);
    }
}

/// Analysing the same bundle twice gives byte-identical JSON.
#[test]
fn output_is_deterministic() {
    let bundle = parallax::ui::samples::default_bundle();
    let a = parallax::engine::export::report_json(&analyze(&bundle, &Options::default()));
    let b = parallax::engine::export::report_json(&analyze(&bundle, &Options::default()));
    assert_eq!(a, b);
}

fn text_strategy() -> impl Strategy<Value = String> {
    // Arbitrary Unicode mixed with the characters the splitter cares about.
    let piece = prop_oneof![
        any::<String>(),
        "[A-Za-z ]{0,12}",
        Just(". ".to_string()),
        Just("\n\n".to_string()),
        Just("\n".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("…".to_string()),
        Just("Mr.".to_string()),
        Just(" — ".to_string()),
        Just("e\u{301}".to_string()),
        Just("中文。".to_string()),
        Just("- ".to_string()),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Sentences lie in the text, on character boundaries, in order, without overlap, and
    /// cover every non-blank character.
    #[test]
    fn segmentation_covers_text_in_order(text in text_strategy()) {
        let seg = segment(&text);
        let mut last_end = 0;
        for s in &seg.sentences {
            prop_assert!(s.span.start < s.span.end && s.span.end <= text.len());
            prop_assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
            prop_assert!(s.span.start >= last_end, "overlap or disorder");
            prop_assert!(text[last_end..s.span.start].trim().is_empty(), "uncovered text {:?}", &text[last_end..s.span.start]);
            last_end = s.span.end;
        }
        prop_assert!(text[last_end..].trim().is_empty());
        for p in &seg.paragraphs {
            prop_assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end) && p.end <= text.len());
        }
    }

    /// Analysis of arbitrary articles never panics and every offset is valid.
    #[test]
    fn analysis_offsets_are_valid(a in text_strategy(), b in text_strategy(), t in any::<String>()) {
        let articles = vec![
            Article { id: "a".into(), title: t.clone(), text: a, ..Article::default() },
            Article { id: "b".into(), text: b, ..Article::default() },
        ];
        let bundle = Bundle::new(Event::default(), articles);
        let report = analyze(&bundle, &Options::default());
        for h in &report.highlights {
            let art = bundle.articles.iter().find(|x| x.id == h.article).expect("highlight names an article");
            let s = if h.title { &art.title } else { &art.text };
            prop_assert!(h.start <= h.end && h.end <= s.len());
            prop_assert!(s.is_char_boundary(h.start) && s.is_char_boundary(h.end));
        }
        for c in &report.claims {
            for d in &c.diffs {
                for op in &d.ops {
                    prop_assert!(op.a.start <= op.a.end && op.b.start <= op.b.end);
                }
            }
        }
    }
}

/// Texts that once took time growing with the square of their length (see
/// `benches/growth.rs`, where their speed is measured): at a small size, each is analysed
/// and read as expected. The repeated piece, how many times, and the sentences expected.
#[test]
fn texts_that_were_slow_are_read_as_before() {
    let cases: [(&str, usize, usize); 8] = [
        ("said ", 4_000, 1),
        // A list marker ("1.") does not end a sentence, so the runs are one.
        ("1.2.3.4.5. ", 2_000, 1),
        ("\u{201c}He said the plan would work and ", 600, 1),
        ("and the crowd went on walking ", 700, 1),
        ("A b. ", 4_000, 4_000),
        ("a. .. .. .. .. ", 1_000, 1),
        (
            "\u{201c}We will stay,\u{201d} said Ann Lee, a spokeswoman, and she added that it \u{201c}would work\u{201d} and ",
            200,
            1,
        ),
        ("He said it. She said it. They said it. ", 600, 1_800),
    ];
    for (piece, times, sentences) in cases {
        let text = piece.repeat(times);
        let seg = segment(&text);
        assert_eq!(seg.sentences.len(), sentences, "{piece:?}");
        let long = Article { id: "long".into(), text: text.clone(), ..Article::default() };
        let short =
            Article { id: "short".into(), text: "Ann Lee said the plan would work.".into(), ..Article::default() };
        let report = analyze(&Bundle::new(Event::default(), vec![long, short]), &Options::default());
        assert_eq!(report.articles[0].sentences.len(), sentences, "{piece:?}");
        for h in report.highlights.iter().filter(|h| h.article == "long") {
            assert!(h.start <= h.end && h.end <= text.len() && text.is_char_boundary(h.start), "{piece:?}");
        }
    }
}
