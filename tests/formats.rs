//! The formats through serde: the sample bundles and their reports round-trip, unknown fields
//! come back in their order, the saved workspace loads with defaults, and every way a bundle
//! is refused (the gate's limits, bad JSON, fields of the wrong shape) says where.

use parallax::engine::gate::{MAX_ARTICLE_BYTES, MAX_ARTICLES, MAX_HEADLINE_BYTES, MAX_NESTING};
use parallax::engine::report::Report;
use parallax::engine::{Article, Bundle, Event, Options, analyze, export};

fn sample(name: &str) -> String {
    let p = format!("{}/samples/{name}/bundle.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

const SAMPLES: [&str; 2] = ["diplomacy", "protest"];

/// serde_json's pretty form of a JSON text (keys in their order).
fn serde_pretty(text: &str) -> String {
    let v: serde_json::Value = serde_json::from_str(text).expect("valid JSON");
    serde_json::to_string_pretty(&v).expect("serde_json writes it")
}

fn article(id: &str, text: &str) -> Article {
    Article { id: id.into(), text: text.into(), ..Article::default() }
}

#[test]
fn sample_bundles_round_trip_in_their_own_order() {
    for name in SAMPLES {
        let text = sample(name);
        let bundle = Bundle::from_json(&text).expect("sample is valid");
        let pretty = bundle.to_json();
        assert_eq!(pretty, serde_pretty(&pretty), "{name}: serde_json's layout");
        let value = |t: &str| serde_json::from_str::<serde_json::Value>(t).expect("valid JSON");
        assert_eq!(value(&pretty), value(&text), "{name}: every field written back");
        assert_eq!(Bundle::from_json(&pretty), Ok(bundle.clone()), "{name}: pretty round trip");
        let compact = serde_json::to_string(&bundle).expect("compact");
        assert_eq!(Bundle::from_json(&compact), Ok(bundle), "{name}: compact round trip");
    }
}

#[test]
fn unknown_fields_come_back_in_their_order_at_every_level() {
    let src = r#"{"z-first":1,"format":"parallax-bundle","version":1,"event":{"title":"T","x-unit":"week 3"},"articles":[{"tag":[1,2],"id":"a","text":"Hi.","b-later":{"k":null}}],"a-last":true}"#;
    let b = Bundle::from_json(src).expect("valid");
    assert_eq!(b.extra.keys().collect::<Vec<_>>(), ["z-first", "a-last"]);
    assert_eq!(b.event.extra["x-unit"], "week 3");
    assert_eq!(b.articles[0].extra.keys().collect::<Vec<_>>(), ["tag", "b-later"]);
    let again = Bundle::from_json(&b.to_json()).expect("round trip");
    assert_eq!(again, b);
}

#[test]
fn reports_print_as_the_format_says_and_read_back() {
    for name in SAMPLES {
        let bundle = Bundle::from_json(&sample(name)).expect("sample");
        let report = analyze(&bundle, &Options::default());
        let text = export::report_json(&report);
        assert_eq!(text.trim_end(), serde_pretty(&text), "{name}: serde_json's layout");
        let again: Report = serde_json::from_str(&text).expect("reads back");
        assert_eq!(export::report_json(&again), text, "{name}: round trip");
        // Fields left out when empty, names as the format says.
        assert!(text.contains("\"kind\": \"reporting-verb\"") && !text.contains("\"boilerplate\": false"));
        assert!(!text.contains("\"title\": false") && !text.contains("\"manual\": false"));
    }
}

#[test]
fn saved_workspaces_load_with_defaults_for_missing_fields() {
    use parallax::engine::Kind;
    use parallax::ui::state::{Filter, View};
    use parallax::ui::storage::parse;
    let saved = r#"{"bundle":{"format":"parallax-bundle","version":1,"event":{},"articles":[{"id":"a","text":"One."}],"x":[1]},"restored":[{"article":"a","sentence":0}],"notes":"n","settings":{"view":"claims","blind":true,"hidden":["frame","changed"],"filter":"some"},"source":"sample:protest","revision":4}"#;
    let ws = parse(saved).expect("loads");
    assert_eq!((ws.settings.view, ws.settings.blind, ws.settings.filter), (View::Claims, true, Filter::Some));
    assert_eq!(ws.settings.hidden, [Kind::Frame, Kind::Changed]);
    assert_eq!((ws.revision, ws.restored.len(), ws.notes.as_str()), (4, 1, "n"));
    assert_eq!(serde_json::to_string(&ws).expect("writes"), saved, "written back as it was read");
    let old = parse(r#"{"bundle":{"format":"parallax-bundle","version":1,"articles":[]}}"#).expect("older");
    assert_eq!(
        (old.settings.hidden.as_slice(), old.settings.view, old.revision),
        ([Kind::Frame].as_slice(), View::Reader, 0)
    );
    let bad = parse(r#"{"bundle":{"format":"parallax-bundle","version":1,"articles":[{"id":"a"}]}}"#).unwrap_err();
    assert!(bad.contains("article 1 (\"a\"): field \"text\" is missing"), "{bad}");
    let bad = parse(r#"{"bundle":{"#).unwrap_err();
    assert_eq!(bad, "EOF while parsing an object at line 1 column 11");
    // The saved workspace meets the same gate as any other bundle.
    let many: Vec<Article> = (0..=MAX_ARTICLES).map(|k| article(&format!("a{k}"), "One.")).collect();
    let ws = format!(r#"{{"bundle":{}}}"#, Bundle::new(Event::default(), many).to_json());
    assert!(parse(&ws).unwrap_err().contains("compares up to 30"));
}

#[test]
fn kind_names_are_the_report_names() {
    for k in parallax::engine::Kind::ALL {
        assert_eq!(serde_json::to_value(k).expect("writes"), k.name());
        assert_eq!(serde_json::from_value::<parallax::engine::Kind>(k.name().into()).expect("reads"), k);
    }
}

/// The message of a refused bundle.
fn refusal(json: &str) -> String {
    Bundle::from_json(json).expect_err("refused").to_string()
}

#[test]
fn the_gate_names_the_limit_that_was_hit() {
    let bundle = |articles: Vec<Article>| Bundle::new(Event::default(), articles).to_json();
    let many: Vec<Article> = (0..100).map(|k| article(&format!("a{k}"), "One.")).collect();
    assert_eq!(
        refusal(&bundle(many)),
        "the bundle has 100 articles; Parallax compares up to 30 at once — split it into smaller bundles"
    );
    let big = refusal(&bundle(vec![article("a", &"word ".repeat(600_000))]));
    assert_eq!(
        big,
        "article 1 (\"a\") has 3.0 MB of text — too large: Parallax reads articles up to 1.0 MB (about 150,000 words)"
    );
    let headline = Article { title: "Long ".repeat(MAX_HEADLINE_BYTES), ..article("h", "One.") };
    assert!(refusal(&bundle(vec![headline])).contains("Parallax reads headlines up to 1000 bytes"));
    let huge = format!(r#"{{"format":"parallax-bundle","version":1,"x":"{}","articles":[]}}"#, "x".repeat(16_000_001));
    assert!(refusal(&huge).starts_with("the bundle is 16.0 MB — too large: Parallax reads bundles up to 16.0 MB"));
    let deep = format!(
        r#"{{"format":"parallax-bundle","version":1,"x":{}1{}}}"#,
        "[".repeat(MAX_NESTING),
        "]".repeat(MAX_NESTING)
    );
    assert!(
        refusal(&deep).starts_with("line 1, column 108: the JSON is nested more than 64 levels"),
        "{}",
        refusal(&deep)
    );
    // Within the limits: the largest article and the most articles are taken.
    let most: Vec<Article> = (0..MAX_ARTICLES).map(|k| article(&format!("a{k}"), "One.")).collect();
    assert!(Bundle::from_json(&bundle(most)).is_ok());
    assert!(Bundle::from_json(&bundle(vec![article("a", &"x".repeat(MAX_ARTICLE_BYTES))])).is_ok());
}

#[test]
fn schema_errors_name_the_field_path() {
    let with = |rest: &str| format!(r#"{{"format":"parallax-bundle","version":1,{rest}}}"#);
    let e = refusal(&with(r#""event":{"title":"T","date":5},"articles":[]"#));
    assert_eq!(e, "field \"event.date\": invalid type: integer \"5\", expected a string");
    let e = refusal(&with(
        r#""articles":[{"id":"a","text":""}],"corrections":[{"action":"link","a":{"article":"a","sentence":0},"b":{"article":"b","sentence":-1}}]"#,
    ));
    assert_eq!(e, "field \"corrections[0].b.sentence\": invalid value: integer \"-1\", expected usize");
    let e = refusal(&with(r#""articles":[{"id":"a","text":""},{"id":"w\nire","text":"","title":[1]}]"#));
    assert_eq!(e, "article 2 (\"w\\u{a}ire\"), field \"title\": invalid type: sequence, expected a string");
    let e = refusal(&with(r#""articles":[{"id":"x\u001b[31m","text":""},{"id":"x\u001b[31m","text":""}]"#));
    assert!(!e.contains('\u{1b}') && e.contains("ids must be unique"), "{e}");
    // The first wrong value in the order written, at every level; a struct may be written as a
    // list (serde reads it in field order), a unit variant as an object.
    let articles = r#""articles":[{"id":"a","text":"x"}]"#;
    let cases = [
        (r#""event":5"#, r#"field "event": invalid type: integer "5", expected struct Event"#),
        (r#""event":{"date":5,"title":[1]}"#, r#"field "event.date": invalid type: integer "5", expected a string"#),
        (r#""event":[1,2]"#, r#"field "event[0]": invalid type: integer "1", expected a string"#),
        (r#""corrections":5"#, r#"field "corrections": invalid type: integer "5", expected a sequence"#),
        (r#""corrections":[{}]"#, r#"field "corrections[0]": missing field "action""#),
        (
            r#""corrections":[{"action":"lnk","a":{"article":"a","sentence":0},"b":{"article":"b","sentence":1}}]"#,
            r#"field "corrections[0].action": unknown variant "lnk", expected "link" or "unlink""#,
        ),
        (
            r#""corrections":[{"action":{"link":1},"a":{"article":"a","sentence":0},"b":{"article":"b","sentence":1}}]"#,
            r#"field "corrections[0].actionlink": invalid type: integer "1", expected unit"#,
        ),
        (
            r#""corrections":[{"action":"link","a":["a",0],"b":["b",true]}]"#,
            r#"field "corrections[0].b[1]": invalid type: boolean "true", expected usize"#,
        ),
        (
            r#""corrections":[["link",{"article":"a","sentence":0}]]"#,
            r#"field "corrections[0]": invalid length 2, expected struct Correction with 3 elements"#,
        ),
    ];
    for (rest, want) in cases {
        assert_eq!(refusal(&with(&format!("{articles},{rest}"))), want, "{rest}");
    }
}

#[test]
fn repeated_keys_keep_the_last_value_and_take_linear_time() {
    // One object of 40,000 keys with one repeated; the old reader compared every key with
    // every earlier one (1.7 s natively), serde_json's ordered map finds it by hashing.
    let keys: Vec<String> = (0..40_000).map(|k| format!("\"k{k}\":{k}")).collect();
    let json = format!(
        r#"{{"format":"parallax-bundle","version":1,"x":{{{},"k0":"last"}},"articles":[{{"id":"a","text":"One.","id":"b"}}]}}"#,
        keys.join(",")
    );
    let b = Bundle::from_json(&json).expect("valid");
    assert_eq!(b.extra["x"]["k0"], "last");
    assert_eq!(b.articles[0].id, "b");
}

#[test]
fn line_ends_are_read_the_same_in_any_convention() {
    let paragraphs = |text: &str| {
        let b = Bundle::from_json(
            &serde_json::to_string(&Bundle::new(Event::default(), vec![article("a", text)])).unwrap(),
        )
        .expect("valid");
        let r = analyze(&b, &Options::default());
        let t = &b.articles[0].text;
        r.articles[0].sentences.iter().map(|s| (t[s.start..s.end].to_string(), s.paragraph)).collect::<Vec<_>>()
    };
    let lf = paragraphs("One here.\n\nTwo here.\nThree here.");
    assert_eq!(lf.iter().map(|s| s.1).collect::<Vec<_>>(), [0, 1, 1]);
    assert_eq!(paragraphs("One here.\r\n\r\nTwo here.\r\nThree here."), lf);
    assert_eq!(paragraphs("One here.\r\rTwo here.\rThree here."), lf);
}

#[test]
fn the_report_grows_with_the_members_of_a_claim_not_their_square() {
    use parallax::engine::MAX_DIFFS_PER_CLAIM;
    // Thirty versions of one short article, each with one word of its own: every claim is
    // reported by all thirty, and nearly every two of its members are linked.
    let words = ["reportedly", "quietly", "firmly", "again", "finally", "openly"];
    let articles: Vec<Article> = (0..30)
        .map(|k| {
            let text = format!(
                "The council {} voted to keep the night ferry on Tuesday. The operator said the service would cost more than last year. Residents of the harbour district welcomed the decision after a long campaign.",
                words[k % words.len()]
            );
            article(&format!("a{k}"), &text)
        })
        .collect();
    let bundle = Bundle::new(Event::default(), articles);
    let report = analyze(&bundle, &Options::default());
    let largest = report.claims.iter().map(|c| c.members.len()).max().unwrap_or(0);
    assert!(largest >= 20, "claims reported by (nearly) every article: {largest}");
    for c in &report.claims {
        assert!(c.diffs.len() <= MAX_DIFFS_PER_CLAIM.max(c.members.len()), "claim {}: {} diffs", c.id, c.diffs.len());
    }
    let input = bundle.to_json().len();
    let output = export::report_json(&report).len();
    // 54 times the bundle; 155 times with every linked pair diffed.
    assert!(output < 80 * input, "{output} bytes of report for {input} of bundle");
}
