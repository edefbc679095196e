//! The `parallax` command line: contract of FORMATS.md (exit codes, messages, outputs).

use parallax::engine::{Article, Bundle, Event};
use std::io::Write;
use std::process::{Command, Output};

fn article(id: &str, text: &str) -> Article {
    Article { id: id.into(), text: text.into(), ..Article::default() }
}

fn parallax(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parallax")).args(args).output().expect("the binary runs")
}

fn temp_file(name: &str, contents: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("parallax-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let p = dir.join(name);
    std::fs::File::create(&p).and_then(|mut f| f.write_all(contents)).expect("temp file");
    p
}

#[test]
fn analyze_prints_sentences_as_byte_offsets() {
    let text = "Première phrase. Second “quoted” one.\n\nNew paragraph here.";
    let bundle = Bundle::new(Event::default(), vec![article("a", text), article("b", "Other text.")]);
    let p = temp_file("ok.json", serde_json::to_string(&bundle).expect("json").as_bytes());
    let out = parallax(&["analyze", p.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    assert_eq!(report["format"], "parallax-report");
    let sents = report["articles"][0]["sentences"].as_array().unwrap();
    let spans: Vec<&str> = sents
        .iter()
        .map(|s| &text[s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize])
        .collect();
    assert_eq!(spans, ["Première phrase.", "Second “quoted” one.", "New paragraph here."]);
    assert_eq!(sents[2]["paragraph"].as_u64(), Some(1));
}

#[test]
fn invalid_bundle_exits_2_with_line_and_column() {
    let p = temp_file("bad.json", b"{\n  \"format\": \"parallax-bundle\",\n  \"version\": 1,\n  \"articles\": [ { \"id\": \"a\" \"text\": \"x\" } ]\n}\n");
    let out = parallax(&["analyze", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 4, column 29"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "one message: {err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn semantic_problems_name_the_article_and_field() {
    let p =
        temp_file("notext.json", br#"{"format":"parallax-bundle","version":1,"articles":[{"id":"wire","title":"x"}]}"#);
    let out = parallax(&["analyze", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("article 1 (\"wire\")") && err.contains("\"text\""), "{err}");
}

#[test]
fn unreadable_inputs_exit_2_without_panic() {
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["analyze", "/nonexistent/bundle.json"], "no such file"),
        (vec!["analyze", "/nonexistent/article.txt", "/nonexistent/b.md"], "no such file"),
        (vec!["frobnicate"], "unknown command"),
        (vec!["analyze", "--format", "pdf", "x.json"], "unknown format"),
        (vec![], "no command"),
    ];
    for (args, want) in cases {
        let out = parallax(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(want), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    let bin = temp_file("bin.json", &[0xff, 0xfe, 0x00, 0x42]);
    let out = parallax(&["analyze", bin.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not UTF-8"));
}

#[test]
fn markdown_and_csv_formats() {
    let p = temp_file("fmt.json", br#"{"format":"parallax-bundle","version":1,"event":{"title":"Vote"},"articles":[{"id":"a","outlet":"A, Inc.","text":"The vote passed."},{"id":"b","outlet":"B","text":"The vote passed easily."}]}"#);
    let md = parallax(&["analyze", "--format", "markdown", p.to_str().unwrap()]);
    assert!(md.status.success());
    assert!(String::from_utf8_lossy(&md.stdout).starts_with("# Vote"));
    let csv = parallax(&["analyze", "--format=csv", p.to_str().unwrap()]);
    let csv = String::from_utf8_lossy(&csv.stdout);
    assert!(csv.starts_with("claim,\"A, Inc.\",B\r\n"), "{csv}");
}

#[test]
fn markdown_report_of_a_sample_has_findings_signals_and_their_glossary() {
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/samples/protest/bundle.json");
    let out = parallax(&["analyze", "--format", "markdown", sample]);
    assert!(out.status.success());
    let md = String::from_utf8_lossy(&out.stdout);
    for section in
        ["## Findings (", "## Signals per article", "## Claims reported by more than one article", "## Glossary"]
    {
        assert!(md.contains(section), "missing {section}");
    }
    assert!(md.contains("1. ") && md.contains(" — evidence: "), "numbered findings with evidence");
    // Speakers are separated by semicolons (a speaker's role has commas); one only reported in
    // the article's own words says so rather than "0%".
    let speakers = md.lines().find(|l| l.starts_with("- Quoted speakers")).expect("a speakers line");
    assert!(speakers.contains("%); ") && speakers.contains(", reported speech only)"), "{speakers}");
    // Every signal named by a finding is explained in the glossary section.
    let glossary = &md[md.find("## Glossary").unwrap_or(0)..];
    for title in ["Coverage", "Number", "Agentless passive", "Reporting verb"] {
        assert!(glossary.contains(&format!("**{title}**")), "glossary entry {title}");
    }
}

#[test]
fn output_file_option_writes_the_report() {
    let p = temp_file("in.json", br#"{"format":"parallax-bundle","version":1,"articles":[{"id":"a","text":"One."}]}"#);
    let o = p.with_file_name("out.json");
    let out = parallax(&["analyze", "-o", o.to_str().unwrap(), p.to_str().unwrap()]);
    assert!(out.status.success());
    let written = std::fs::read_to_string(&o).expect("output written");
    assert!(written.contains("parallax-report"));
}

#[test]
fn pairs_reads_tab_separated_lines() {
    let p = temp_file("pairs.tsv", "1\tThe senate passed the bill on Monday.\tOn Monday the bill passed the senate.\n2\tIt rained.\tStocks fell sharply in Tokyo.\n".as_bytes());
    let out = parallax(&["pairs", p.to_str().unwrap()]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!((lines[0][0], lines[0][2]), ("1", "1"));
    assert_eq!((lines[1][0], lines[1][2]), ("2", "0"));
    let bad = temp_file("bad.tsv", b"1\tonly two fields\n");
    let out = parallax(&["pairs", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 1"));
}

#[test]
fn articles_as_files_make_one_bundle_with_ids_from_their_names() {
    let page = temp_file(
        "Gazette Report.html",
        b"<html><head><title>Ferry kept</title></head><body><nav>Home</nav><article><h1>Ferry kept</h1><p>The council voted to keep the night ferry.</p><div class=\"share-bar\">Share this</div><p>It was close.</p></article></body></html>",
    );
    let text = temp_file(
        "wire.txt",
        "Night ferry stays\r\n\r\nThe council voted to keep the night ferry. It was close.".as_bytes(),
    );
    let notes =
        temp_file("notes.md", b"# Ferry\n\nThe **council** voted to keep the [night ferry](https://x.example).");
    let out = parallax(&["analyze", page.to_str().unwrap(), text.to_str().unwrap(), notes.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    let ids: Vec<&str> = report["articles"].as_array().unwrap().iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["gazette-report", "wire", "notes"]);
    // The page's article text only: two sentences, without the menu or the share bar.
    assert_eq!(report["articles"][0]["sentences"].as_array().unwrap().len(), 2);
    assert!(!report["links"].as_array().unwrap().is_empty(), "the same claim is linked across the files");
}

#[test]
fn the_command_line_refuses_what_the_app_refuses_with_the_same_message() {
    use parallax::engine::gate::MAX_ARTICLES;
    let many: Vec<Article> = (0..100).map(|k| article(&format!("a{k}"), "One.")).collect();
    let json = Bundle::new(Event::default(), many).to_json();
    let p = temp_file("many.json", json.as_bytes());
    let out = parallax(&["analyze", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let engine = Bundle::from_json(&json).unwrap_err().to_string();
    assert_eq!(String::from_utf8_lossy(&out.stderr).trim(), format!("parallax: {}: {engine}", p.to_str().unwrap()));
    assert!(engine.contains(&format!("up to {MAX_ARTICLES}")));
    let big = Bundle::new(Event::default(), vec![article("a", &"word ".repeat(600_000))]).to_json();
    let p = temp_file("big.json", big.as_bytes());
    let err = String::from_utf8_lossy(&parallax(&["analyze", p.to_str().unwrap()]).stderr).to_string();
    assert!(err.contains("3.0 MB of text — too large: Parallax reads articles up to 1.0 MB"), "{err}");
    let long = temp_file("long.txt", "word ".repeat(300_000).as_bytes());
    let err = String::from_utf8_lossy(&parallax(&["analyze", long.to_str().unwrap(), long.to_str().unwrap()]).stderr)
        .to_string();
    assert!(err.contains("1.5 MB of text — too large: Parallax reads articles up to 1.0 MB"), "{err}");
}

#[test]
fn ids_in_messages_cannot_split_the_line_or_colour_the_terminal() {
    let p = temp_file(
        "ids.json",
        br#"{"format":"parallax-bundle","version":1,"articles":[{"id":"a\n\u001b[31mred","text":""},{"id":"a\n\u001b[31mred","text":""}]}"#,
    );
    let out = parallax(&["analyze", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(!err.contains('\u{1b}') && err.contains("\\u{1b}"), "{err}");
}

#[test]
fn invalid_utf8_is_placed_by_line_and_column() {
    let p = temp_file("latin1.json", b"{\n  \"format\": \"caf\xe9\"\n}");
    let err = String::from_utf8_lossy(&parallax(&["analyze", p.to_str().unwrap()]).stderr).to_string();
    assert!(err.contains("line 2, column 17"), "{err}");
}

#[test]
fn csv_cells_that_would_start_a_formula_are_neutralised() {
    let p = temp_file(
        "formula.json",
        br#"{"format":"parallax-bundle","version":1,"articles":[{"id":"a","outlet":"=HYPERLINK(1)","text":"@SUM(A1) was said."},{"id":"b","outlet":"-B","text":"+1 more."}]}"#,
    );
    let out = parallax(&["analyze", "--format", "csv", p.to_str().unwrap()]);
    let csv = String::from_utf8_lossy(&out.stdout);
    assert!(csv.starts_with("claim,'=HYPERLINK(1),'-B\r\n"), "{csv}");
    assert!(csv.contains(",'@SUM(A1) was said.") && csv.contains(",'+1 more."), "{csv}");
}
