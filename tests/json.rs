//! Our JSON and wire code against real data: the sample bundles and their reports round-trip,
//! and serde_json (a dev-dependency only) reads everything we write and would write it byte for
//! byte the same way.

use parallax::engine::json::{self, FromJson};
use parallax::engine::report::Report;
use parallax::engine::{Bundle, Options, analyze, export, wire};
use proptest::prelude::*;

fn sample(name: &str) -> String {
    let p = format!("{}/samples/{name}/bundle.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

const SAMPLES: [&str; 2] = ["diplomacy", "protest"];

/// serde_json's pretty form of a JSON text (keys in their order).
fn serde_pretty(text: &str) -> String {
    let v: serde_json::Value = serde_json::from_str(text).expect("serde_json reads our JSON");
    serde_json::to_string_pretty(&v).expect("serde_json writes it")
}

#[test]
fn sample_bundles_round_trip_and_print_as_serde_json_does() {
    for name in SAMPLES {
        let text = sample(name);
        let bundle = Bundle::from_json(&text).expect("sample is valid");
        let pretty = bundle.to_json();
        assert_eq!(pretty, serde_pretty(&pretty), "{name}: pretty layout");
        assert_eq!(Bundle::from_json(&pretty), Ok(bundle.clone()), "{name}: pretty round trip");
        let compact = json::to_string(&bundle);
        assert_eq!(
            compact,
            serde_json::to_string(&serde_json::from_str::<serde_json::Value>(&compact).unwrap()).unwrap()
        );
        assert_eq!(Bundle::from_json(&compact), Ok(bundle), "{name}: compact round trip");
        // The file as a plain value: same text as serde_json writes for it.
        let value = json::parse(&text).expect("parses");
        assert_eq!(json::to_string_pretty(&value), serde_pretty(&text), "{name}: value");
    }
}

#[test]
fn reports_print_as_serde_json_does_and_read_back() {
    for name in SAMPLES {
        let bundle = Bundle::from_json(&sample(name)).expect("sample");
        let report = analyze(&bundle, &Options::default());
        let text = export::report_json(&report);
        assert_eq!(text.trim_end(), serde_pretty(&text), "{name}: layout, escaping and floats as serde_json's");
        let again: Report = json::from_str(&text).expect("reads back");
        assert_eq!(again, report, "{name}: round trip");
        // Fields left out when empty, names as the format says.
        assert!(text.contains("\"kind\": \"reporting-verb\"") && !text.contains("\"boilerplate\": false"));
    }
}

#[test]
fn reports_round_trip_through_the_wire_and_damage_is_an_error() {
    let bundle = Bundle::from_json(&sample("protest")).expect("sample");
    let report = analyze(&bundle, &Options::default());
    let bytes = wire::encode(&report);
    assert_eq!(wire::decode::<Report>(&bytes), Ok(report.clone()));
    assert!(bytes.len() * 3 < export::report_json(&report).len(), "much smaller than JSON: {}", bytes.len());
    let step = (bytes.len() / 300).max(1);
    for n in (0..bytes.len()).step_by(step).chain(bytes.len() - 64..bytes.len()) {
        assert!(wire::decode::<Report>(&bytes[..n]).is_err(), "cut at {n}");
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(wire::decode::<Report>(&longer).is_err(), "bytes after the report");
    // Flipped bytes give an error or some report, never a panic.
    for k in (0..bytes.len()).step_by(step) {
        let mut bad = bytes.clone();
        bad[k] ^= 0xa5;
        let _ = wire::decode::<Report>(&bad);
    }
}

#[test]
fn saved_workspaces_load_with_defaults_for_missing_fields() {
    use parallax::engine::Kind;
    use parallax::ui::state::{Filter, View, Workspace};
    let saved = r#"{"bundle":{"format":"parallax-bundle","version":1,"event":{},"articles":[{"id":"a","text":"One."}],"x":[1]},"restored":[{"article":"a","sentence":0}],"notes":"n","settings":{"view":"claims","blind":true,"hidden":["frame","changed"],"filter":"some"},"source":"sample:protest","revision":4}"#;
    let ws: Workspace = json::from_str(saved).expect("loads");
    assert_eq!((ws.settings.view, ws.settings.blind, ws.settings.filter), (View::Claims, true, Filter::Some));
    assert_eq!(ws.settings.hidden, [Kind::Frame, Kind::Changed]);
    assert_eq!((ws.revision, ws.restored.len(), ws.notes.as_str()), (4, 1, "n"));
    assert_eq!(json::to_string(&ws), saved, "written back as it was read");
    let old: Workspace =
        json::from_str(r#"{"bundle":{"format":"parallax-bundle","version":1,"articles":[]}}"#).expect("older");
    assert_eq!(
        (old.settings.hidden.as_slice(), old.settings.view, old.revision),
        ([Kind::Frame].as_slice(), View::Reader, 0)
    );
    let bad =
        json::from_str::<Workspace>(r#"{"bundle":{"format":"parallax-bundle","version":1,"articles":[{"id":"a"}]}}"#);
    assert_eq!(bad.map(|_| ()), Err("missing field `text`".to_string()));
    let bad = json::from_str::<Workspace>(r#"{"bundle":{"#);
    assert_eq!(bad.map(|_| ()), Err("EOF while parsing an object at line 1 column 11".to_string()));
}

#[test]
fn kind_names_are_the_report_names() {
    for k in parallax::engine::Kind::ALL {
        assert_eq!(json::to_value(&k), k.name());
        assert_eq!(FromJson::from_json(json::Value::from(k.name())), Ok(k));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn floats_are_written_as_serde_json_writes_them(bits in any::<u64>(), small in -1e6f64..1e6) {
        // 150504198887208.125: a tie in the last digit (serde_json "….12", Rust "….13").
        let tie = f64::from_bits(4_819_164_136_023_450_884);
        for x in [f64::from_bits(bits), small, small / 1e9, (small * 1000.0).round() / 1000.0, tie] {
            let (ours, theirs) = (json::to_string(&x), serde_json::to_string(&x).unwrap());
            if ours != theirs {
                // Both are shortest forms that read back as `x`; where two are equally near
                // (a tie in the last of 17 digits), serde_json rounds to even and Rust's
                // formatter rounds up. Report numbers never have 17 digits.
                prop_assert_eq!(ours.len(), theirs.len(), "{} {}", ours, theirs);
                prop_assert_eq!(ours.parse::<f64>().unwrap(), x);
            }
            if x.is_finite() {
                prop_assert_eq!(f64::from_json(json::parse(&json::to_string(&x)).unwrap()), Ok(x));
            }
        }
    }

    #[test]
    fn strings_are_written_as_serde_json_writes_them(s in any::<String>(), ascii in "[\\x00-\\x7f]{0,40}") {
        for s in [s, ascii] {
            let ours = json::to_string(&s);
            prop_assert_eq!(&ours, &serde_json::to_string(&s).unwrap());
            prop_assert_eq!(json::parse(&ours).unwrap(), json::Value::String(s));
        }
    }

    #[test]
    fn any_text_parses_or_fails_without_panicking(s in "[\\[\\]{}\",:0-9a-z.eE+\\\\ \\n-]{0,60}") {
        let ours = json::parse(&s);
        let theirs = serde_json::from_str::<serde_json::Value>(&s);
        // We keep numbers as text, so we take ones beyond f64's range that serde_json refuses.
        prop_assume!(!theirs.as_ref().is_err_and(|e| e.to_string().contains("number out of range")));
        prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{:?}: {:?}", s, ours);
        if let (Err(a), Err(b)) = (ours, theirs) {
            prop_assert_eq!((a.line, a.column), (b.line(), b.column()), "{:?}: {} / {}", s, a, b);
        }
    }
}
