//! The built-in sample events: valid, constructed, and shaped as PRODUCT.md asks.

use parallax::engine::{Bundle, Options, analyze};
use parallax::ui::samples::{SAMPLES, is_constructed};

#[test]
fn every_sample_is_a_valid_constructed_bundle_of_four_articles() {
    for s in SAMPLES {
        let b = Bundle::from_json(s.json.expect("every sample is compiled in natively"))
            .unwrap_or_else(|e| panic!("sample {} does not parse: {e}", s.key));
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

/// How far down the ranked findings an intended difference may sit and still count as found.
/// Each sample has 17 or 18 intended differences; the findings view lists the first 20 before
/// "show more". The kinds that were mostly wrong on real coverage (word-list and speaker-role
/// findings, see `framing::findings::tier`) come after every finding of the others, so an
/// intended difference of those kinds stands on the second page: it counts when it is in the
/// list at all (the report keeps at most `MAX_FINDINGS`).
const TOP_FINDINGS: usize = parallax::engine::framing::findings::MAX_FINDINGS;

/// One line of a sample README's "Intended differences" list:
/// `- [signal: KIND] [articles: a, b] [terms: x, y] prose`.
struct Intended {
    line: String,
    signal: String,
    articles: Vec<String>,
    terms: Vec<String>,
}

fn intended(readme: &str) -> Vec<Intended> {
    let field = |rest: &str, name: &str| -> Option<(String, usize)> {
        let open = format!("[{name}: ");
        let from = rest.find(&open)? + open.len();
        let to = from + rest[from..].find(']')?;
        Some((rest[from..to].to_string(), to + 1))
    };
    let list = |s: String| s.split(',').map(|x| x.trim().to_string()).filter(|x| !x.is_empty()).collect();
    readme
        .lines()
        .filter(|l| l.starts_with("- [signal: "))
        .map(|l| {
            let (signal, _) = field(l, "signal").unwrap_or_else(|| panic!("no signal in {l}"));
            let (articles, _) = field(l, "articles").unwrap_or_else(|| panic!("no articles in {l}"));
            let (terms, _) = field(l, "terms").unwrap_or_else(|| panic!("no terms in {l}"));
            Intended { line: l.to_string(), signal, articles: list(articles), terms: list(terms) }
        })
        .collect()
}

/// Every difference a sample's README says it was written to contain appears among the top
/// findings: a finding of that signal whose evidence covers the named articles and whose text
/// or evidence sentences contain one of the named terms.
#[test]
fn intended_differences_appear_among_the_top_findings() {
    for s in SAMPLES {
        let readme = std::fs::read_to_string(format!("{}/samples/{}/README.md", env!("CARGO_MANIFEST_DIR"), s.key))
            .unwrap_or_else(|e| panic!("README of sample {}: {e}", s.key));
        let wanted = intended(&readme);
        assert!(wanted.len() >= 10, "sample {} lists {} intended differences", s.key, wanted.len());
        let b = Bundle::from_json(s.json.expect("every sample is compiled in natively"))
            .unwrap_or_else(|e| panic!("sample {}: {e}", s.key));
        let r = analyze(&b, &Options::default());
        let text_of = |e: &parallax::engine::report::Evidence| -> String {
            let Some(k) = b.articles.iter().position(|a| a.id == e.article) else { return String::new() };
            match (e.title, e.sentence) {
                (true, _) => b.articles[k].title.clone(),
                (false, Some(i)) => {
                    let sp = &r.articles[k].sentences[i];
                    b.articles[k].text[sp.start..sp.end].to_string()
                }
                (false, None) => format!("{}\n{}", b.articles[k].title, b.articles[k].text),
            }
        };
        let mut missing = Vec::new();
        for w in &wanted {
            let found = r.findings.iter().take(TOP_FINDINGS).any(|f| {
                let covers = w.articles.iter().all(|a| f.evidence.iter().any(|e| &e.article == a));
                let text = std::iter::once(f.text.clone())
                    .chain(f.evidence.iter().map(&text_of))
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_lowercase();
                f.signal.name() == w.signal && covers && w.terms.iter().any(|t| text.contains(&t.to_lowercase()))
            });
            if !found {
                missing.push(w.line.clone());
            }
        }
        let top: Vec<String> =
            r.findings.iter().take(TOP_FINDINGS).map(|f| format!("[{}] {}", f.signal.name(), f.text)).collect();
        assert!(
            missing.is_empty(),
            "sample {}: not among the top {TOP_FINDINGS} findings:\n{}\n\ntop findings:\n{}",
            s.key,
            missing.join("\n"),
            top.join("\n")
        );
    }
}

/// The ranked findings of each sample event, as a reader sees them.
#[test]
fn findings_of_each_sample_event() {
    for s in SAMPLES {
        let b = Bundle::from_json(s.json.expect("every sample is compiled in natively"))
            .unwrap_or_else(|e| panic!("sample {}: {e}", s.key));
        let r = analyze(&b, &Options::default());
        let listing: Vec<String> = r
            .findings
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let ev: Vec<String> = f
                    .evidence
                    .iter()
                    .map(|e| match (e.title, e.sentence) {
                        (true, _) => format!("{}:title", e.article),
                        (false, Some(n)) => format!("{}:{n}", e.article),
                        (false, None) => format!("{}:whole", e.article),
                    })
                    .collect();
                format!(
                    "{:>2}. [{}] {:.2} {}\n    evidence: {}",
                    i + 1,
                    f.signal.name(),
                    f.weight,
                    f.text,
                    ev.join(" ")
                )
            })
            .collect();
        insta::assert_snapshot!(format!("findings-{}", s.key), listing.join("\n"));
    }
}

/// The web build compiles in the default sample only; every other one is copied next to the
/// page by index.html, where `Sample::url` fetches it when it is picked.
#[test]
fn samples_the_web_build_fetches_are_copied_next_to_the_page() {
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).expect("index.html");
    assert_eq!(SAMPLES[0].url(), "samples/diplomacy/bundle.json", "the repository's path is the page's");
    for s in &SAMPLES[1..] {
        let url = s.url();
        let folder = url.rsplit_once('/').map_or("", |(f, _)| f);
        let link = format!(r#"<link data-trunk rel="copy-file" href="{url}" data-target-path="{folder}">"#);
        assert!(html.contains(&link), "index.html must copy sample {} next to the page: {link}", s.key);
    }
}
