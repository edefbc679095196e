//! The app's pure helpers: files to articles (every kind of bad input gets one clear
//! message), web-page HTML to text, share links, blind-mode names, and the workspace reducer.

use parallax::engine::bundle::{Article, Bundle, Correction, CorrectionAction, SentenceRef};
use parallax::engine::gate::MAX_ARTICLES;
use parallax::engine::{Event, Kind};
use parallax::ui::html_text::extract;
use parallax::ui::import::{self, Imported, import_file, plan};
use parallax::ui::state::{Action, NoticeAction, Workspace};
use parallax::ui::{names, share};
use std::path::PathBuf;
use std::rc::Rc;
use yew::Reducible;

fn fixture(name: &str) -> Vec<u8> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import").join(name);
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn article(id: &str, text: &str) -> Article {
    Article { id: id.into(), outlet: id.to_uppercase(), text: text.into(), ..Article::default() }
}

fn sample_bundle() -> Bundle {
    Bundle::new(
        Event { title: "Test".into(), ..Event::default() },
        vec![article("a", "One. Two."), article("b", "Three. Four.")],
    )
}

/// Each bad input and a phrase its message must contain.
#[test]
fn bad_files_get_one_clear_message() {
    let huge = "word ".repeat(1_000_000); // 5 MB of text
    let mut latin1 = b"Caf".to_vec();
    latin1.push(0xE9); // "é" in Latin-1: not UTF-8
    latin1.extend_from_slice(b" au lait.");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.txt", Vec::new(), "is empty"),
        ("blank.txt", b"  \n\n  ".to_vec(), "is empty"),
        ("photo.png", b"\x89PNG\r\n\x1a\n\0\0\0IHDR".to_vec(), ".png file"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0IHDR".to_vec(), "PNG image"),
        ("report.txt", b"%PDF-1.7\n%\xE2\xE3".to_vec(), "PDF"),
        ("noise.txt", vec![0u8, 1, 2, 3, 200, 17, 0, 5, 6, 7], "not a text file"),
        ("latin1.txt", latin1, "not UTF-8"),
        ("big.txt", huge.into_bytes(), "too large"),
        ("sheet.xlsx", b"PK\x03\x04".to_vec(), ".xlsx file"),
        ("broken.json", b"{\"format\": \"parallax-bundle\", \"version\": 1, \"articles\": [".to_vec(), "line 1"),
        ("future.json", br#"{"format":"parallax-bundle","version":2,"articles":[]}"#.to_vec(), "version 2"),
        ("report.json", br#"{"format":"parallax-report","version":1,"articles":[]}"#.to_vec(), "report, not a bundle"),
        ("scripts-only.html", b"<script>var a = 1;</script><style>p{}</style>".to_vec(), "no article text"),
    ];
    for (name, bytes, expect) in cases {
        let err = import_file(name, &bytes).expect_err(name);
        assert!(err.contains(name), "{name}: the message names the file: {err}");
        assert!(err.contains(expect), "{name}: expected “{expect}” in: {err}");
        assert!(!err.contains('\n'), "{name}: one sentence: {err}");
    }
}

#[test]
fn too_many_articles_in_a_bundle_is_refused() {
    let articles: Vec<Article> = (0..MAX_ARTICLES + 1).map(|k| article(&format!("a{k}"), "Text.")).collect();
    let json = Bundle::new(Event::default(), articles).to_json();
    let err = import_file("many.json", json.as_bytes()).unwrap_err();
    assert!(err.contains("up to 30"), "{err}");
}

#[test]
fn text_markdown_and_utf16_files_become_articles() {
    let Ok(Imported::Article(a)) =
        import_file("wire.txt", b"Ferry kept\r\n\r\nThe council voted. It was close.\r\n\r\nMore.")
    else {
        panic!("text file")
    };
    assert_eq!((a.outlet.as_str(), a.title.as_str()), ("wire", "Ferry kept"));
    assert_eq!(a.text, "The council voted. It was close.\n\nMore.");

    let md = "# A **bold** headline\n\nSee [the vote](https://x.example) and ![chart](c.png) here.\n\n> A quote.";
    let Ok(Imported::Article(a)) = import_file("notes.md", md.as_bytes()) else { panic!("markdown") };
    assert_eq!(a.title, "A bold headline");
    assert_eq!(a.text, "See the vote and  here.\n\nA quote.");

    let mut utf16 = vec![0xFF, 0xFE];
    for u in "Grüße aus 東京 🙂.".encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    let Ok(Imported::Article(a)) = import_file("utf16.txt", &utf16) else { panic!("utf-16") };
    assert_eq!(a.text, "Grüße aus 東京 🙂.");

    let rtl = "وقال المتحدث إن الاجتماع كان مثمراً. وأضاف أن المحادثات ستستمر.";
    let Ok(Imported::Article(a)) = import_file("rtl.txt", rtl.as_bytes()) else { panic!("rtl") };
    assert_eq!(a.text, rtl);
}

#[test]
fn news_page_keeps_the_article_and_drops_the_furniture() {
    let Ok(Imported::Article(a)) = import_file("ferry.html", &fixture("news-page.html")) else { panic!("html") };
    assert_eq!(a.outlet, "The Example Gazette");
    assert_eq!(a.title, "Harbour council votes to keep the night ferry");
    assert_eq!(a.date, "2024-05-02");
    assert_eq!(a.url, "https://gazette.example/ferry-vote");
    assert_eq!(
        a.text,
        "The harbour council voted on Tuesday to keep the night ferry running — for now.\n\n\
         Councillors said the service would cost £1.2 million a year, a figure the operator disputed.\n\n\
         “We listened to the night workers,” the council leader said."
    );
}

#[test]
fn a_page_full_of_scripts_and_styles_gives_only_its_text() {
    let Ok(Imported::Article(a)) = import_file("heavy.html", &fixture("scripts-and-styles.html")) else {
        panic!("html")
    };
    assert_eq!(a.text, "Only this sentence is the article.\n\nAnd this second one.");
}

#[test]
fn pasted_html_keeps_paragraphs() {
    let html = "<meta charset='utf-8'><div><p>First <i>para</i>graph.</p><p>Second&nbsp;one.<br>Same para.</p></div>";
    assert_eq!(import::pasted_text("ignored", Some(html)), "First paragraph.\n\nSecond one.\n\nSame para.");
    assert_eq!(import::pasted_text("Plain\r\n\r\ntext", None), "Plain\n\ntext");
    assert_eq!(extract("<p>a &amp; b &#8212; c &#x2019; AT&T</p>").text, "a & b — c ’ AT&T");
}

#[test]
fn a_batch_of_files_opens_the_first_bundle_and_reports_the_rest() {
    let bundle = sample_bundle().to_json();
    let results = vec![
        ("a.json".to_string(), import_file("a.json", bundle.as_bytes())),
        ("b.json".to_string(), import_file("b.json", bundle.as_bytes())),
        ("c.txt".to_string(), import_file("c.txt", b"Some text here.")),
        ("d.png".to_string(), import_file("d.png", b"\x89PNG....")),
    ];
    let p = plan(results);
    assert_eq!(p.bundle.as_ref().map(|(n, _)| n.as_str()), Some("a.json"));
    assert_eq!(p.articles.len(), 1);
    assert_eq!(p.problems.len(), 2, "{:?}", p.problems);
}

#[test]
fn share_links_round_trip_and_damage_is_reported() {
    let mut b = sample_bundle();
    b.articles[0].text = "Emoji 🙂, CJK 東京, RTL مرحبا.".into();
    let packed = miniz_oxide::deflate::compress_to_vec(b.to_json().as_bytes(), 9);
    let link = share::link_with("https://example.org/course/parallax/?x=1#old", &share::fragment_of(&packed));
    assert!(link.starts_with("https://example.org/course/parallax/?x=1#b="), "{link}");
    let fragment = link.split_once('#').unwrap().1;
    assert_eq!(share::decode(fragment).unwrap().unwrap(), b);
    assert!(share::decode("views").is_none());
    let cut = &fragment[..fragment.len() / 2];
    assert!(share::decode(cut).unwrap().unwrap_err().contains("damaged"));
    assert_eq!(share::embed_url("https://e.org/p/?a=1#b=xyz"), "https://e.org/p/?a=1&embed=1#b=xyz");
    let snippet = share::embed_snippet("https://e.org/p/?embed=1", "A \"quoted\" title");
    assert!(snippet.starts_with("<iframe src=\"https://e.org/p/?embed=1\""), "{snippet}");
    assert!(snippet.contains("&quot;quoted&quot;"), "{snippet}");
}

#[test]
fn blind_names_mask_outlets_in_notes() {
    let mut b = sample_bundle();
    b.articles[0].outlet = "The Herald".into();
    b.articles[1].outlet = "The Herald Tribune".into();
    assert_eq!(names::names(&b, true), ["Article A", "Article B"]);
    assert_eq!(
        names::mask("The Herald Tribune has “x”; The Herald has “y”.", &b, true),
        "Article B has “x”; Article A has “y”."
    );
    assert_eq!(names::letter(26), "AA");
}

fn reduce(ws: Rc<Workspace>, action: Action) -> Rc<Workspace> {
    ws.reduce(action)
}

#[test]
fn reducer_adds_moves_edits_removes_and_undoes() {
    let ws = Rc::new(Workspace::with_bundle(sample_bundle()));
    let ws = reduce(ws, Action::AddArticles { articles: vec![article("a", "New.")], problems: vec![] });
    assert_eq!(ws.bundle.articles[2].id, "a-2");
    let ws = reduce(ws, Action::MoveArticle("a-2".into(), -1));
    assert_eq!(ws.bundle.articles.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), ["a", "a-2", "b"]);
    let ws = reduce(
        ws,
        Action::Correct(Correction {
            action: CorrectionAction::Link,
            a: SentenceRef { article: "a".into(), sentence: 0 },
            b: SentenceRef { article: "b".into(), sentence: 1 },
        }),
    );
    assert_eq!(ws.bundle.corrections.len(), 1);
    // Editing the text drops the corrections that name its sentences.
    let ws = reduce(ws, Action::UpdateArticle("a".into(), article("ignored", "Changed text.")));
    assert_eq!(ws.bundle.articles[0].id, "a");
    assert!(ws.bundle.corrections.is_empty());
    assert!(ws.notice.as_ref().unwrap().text.contains("dropped"));
    let ws = reduce(ws, Action::Undo);
    assert_eq!(ws.bundle.corrections.len(), 1);
    assert_eq!(ws.bundle.articles[0].text, "One. Two.");
    let ws = reduce(ws, Action::RemoveArticle("b".into()));
    assert!(ws.bundle.corrections.is_empty());
    assert!(matches!(ws.notice.as_ref().unwrap().action, Some(NoticeAction::Undo(_))));
    let ws = reduce(ws, Action::Undo);
    assert_eq!(ws.bundle.articles.len(), 3);
}

#[test]
fn reducer_refuses_more_than_the_limit_and_keeps_what_is_loaded() {
    let ws = Rc::new(Workspace::with_bundle(sample_bundle()));
    let many: Vec<Article> = (0..MAX_ARTICLES).map(|k| article(&format!("n{k}"), "Text.")).collect();
    let ws = reduce(ws, Action::AddArticles { articles: many, problems: vec![] });
    assert_eq!(ws.bundle.articles.len(), MAX_ARTICLES);
    let n = ws.notice.as_ref().unwrap();
    assert!(n.error && n.details[0].contains("up to 30"), "{n:?}");
}

#[test]
fn exported_bundle_carries_corrections_restored_sentences_and_notes() {
    let ws = Rc::new(Workspace::with_bundle(sample_bundle()));
    let ws = reduce(ws, Action::Restore(SentenceRef { article: "a".into(), sentence: 1 }));
    let ws = reduce(ws, Action::SetNotes("Compare the verbs.".into()));
    let ws = reduce(
        ws,
        Action::Correct(Correction {
            action: CorrectionAction::Unlink,
            a: SentenceRef { article: "a".into(), sentence: 0 },
            b: SentenceRef { article: "b".into(), sentence: 0 },
        }),
    );
    let json = ws.export_bundle().to_json();
    let again = Workspace::with_bundle(Bundle::from_json(&json).expect("valid bundle"));
    assert_eq!(again.restored, ws.restored);
    assert_eq!(again.notes, "Compare the verbs.");
    assert_eq!(again.bundle.corrections, ws.bundle.corrections);
    assert!(again.bundle.extra.is_empty(), "moved out of extra: {:?}", again.bundle.extra);
    assert_eq!(again.options().restored.len(), 1);
    // View settings toggle and persist as plain data; frame cues start switched off.
    assert_eq!(ws.settings.hidden, [Kind::Frame]);
    let ws = reduce(ws, Action::ToggleKind(Kind::Changed));
    assert_eq!(ws.settings.hidden, [Kind::Frame, Kind::Changed]);
    let ws = reduce(ws, Action::ToggleKind(Kind::Changed));
    let ws = reduce(ws, Action::ToggleKind(Kind::Frame));
    assert!(ws.settings.hidden.is_empty());
    // Settings saved before frame cues existed come back with them switched off.
    let old: parallax::ui::state::Settings =
        serde_json::from_str(r#"{"view":"reader","blind":false}"#).expect("settings");
    assert_eq!(old.hidden, [Kind::Frame]);
}

#[test]
fn the_worker_answers_with_the_same_report_as_the_main_thread() {
    use parallax::ui::analysis::{Reply, Request, answer, decode, encode};
    let b = sample_bundle();
    let req = serde_json::to_string(&Request { id: 7, bundle: b.clone(), restored: vec![] }).expect("request");
    let text = answer(&req);
    let Ok(Reply::Report { id, report }) = decode(&text) else { panic!("report") };
    assert_eq!(id, 7);
    let direct = parallax::engine::analyze(&b, &Default::default());
    assert_eq!(*report, direct);
    // A message cut short is an error, never a panic or a wrong report.
    for n in [0, 1, text.len() / 2, text.len() - 1] {
        assert!(decode(&text[..n]).is_err(), "cut at {n}");
    }
    let Ok(Reply::Failed { message }) = decode(&answer("not json")) else { panic!("failed") };
    assert!(message.contains("at line 1 column"), "{message}");
    assert_eq!(decode(&encode(&Reply::Ready)), Ok(Reply::Ready));
}

#[test]
fn the_default_sample_unchanged_gets_the_ready_made_report_the_build_writes() {
    use parallax::ui::samples::{SAMPLES, default_bundle, ready_made_report};
    let b = default_bundle();
    let url = ready_made_report(&b, &[]).expect("the default sample has a ready-made report");
    assert_eq!(url, format!("samples/{}/report.json", SAMPLES[0].key));
    // The build's hook analyses that sample into that place, and the first visit's size counts it.
    let script = std::fs::read_to_string("scripts/sample-report.sh").expect("script");
    assert!(script.contains(&format!("samples/{}\"", SAMPLES[0].key)), "the hook writes where the page reads");
    assert!(
        script.contains(&format!("samples/{}/bundle.json", SAMPLES[0].key)),
        "the hook analyses the default sample"
    );
    let size = std::fs::read_to_string("scripts/size.mjs").expect("size script");
    assert!(size.contains(&url), "the first visit's size counts the report");
    // The command's JSON, read as the page reads it, is the engine's report.
    let report = parallax::engine::analyze(&b, &Default::default());
    let json = parallax::engine::export::report_json(&report);
    let read =
        parallax::engine::report_reader::read_report(serde_json::from_str(&json).expect("json")).expect("report");
    assert_eq!(read, report);
    // A changed sample, or one with a sentence put back, is analysed as usual.
    let mut changed = b.clone();
    changed.articles[0].title.push('!');
    assert_eq!(ready_made_report(&changed, &[]), None);
    let restored = SentenceRef { article: b.articles[0].id.clone(), sentence: 0 };
    assert_eq!(ready_made_report(&b, &[restored]), None);
}

#[test]
fn style_elements_and_attributes_are_taken_out_before_the_browser_parses_a_page() {
    use parallax::ui::html_text::without_styles;
    assert_eq!(
        without_styles("<p style=\"color:red\">A</p><STYLE>p{}</style><p>B style=x</p><style>never closed"),
        "<p data-page-style=\"color:red\">A</p><p>B style=x</p>"
    );
    assert_eq!(without_styles("<styles>x</styles>"), "<styles>x</styles>");
}

/// Issue 17, item 4: a bundle that replaces a workspace with articles is marked, so that the
/// autosave keeps the saved copy first; the snapshot Undo puts back carries no older notice.
#[test]
fn issue_17_a_bundle_replacing_work_marks_it_to_be_kept() {
    let empty = Rc::new(Workspace::default());
    let ws = reduce(
        empty,
        Action::LoadBundle { bundle: Box::new(sample_bundle()), source: "link".into(), message: "Opened.".into() },
    );
    assert_eq!(ws.replaced, 0, "nothing to keep: the workspace had no articles");
    let first = ws.bundle.articles[0].id.clone();
    let ws = reduce(ws, Action::RemoveArticle(first));
    let before = ws.bundle.clone();
    let ws = reduce(
        ws,
        Action::LoadBundle {
            bundle: Box::new(sample_bundle()),
            source: "file:x.json".into(),
            message: "Opened.".into(),
        },
    );
    assert_eq!(ws.replaced, 1);
    let Some(NoticeAction::Undo(snapshot)) = &ws.notice.as_ref().unwrap().action else { panic!("Undo offered") };
    assert!(snapshot.notice.is_none(), "a snapshot holds no older Undo");
    assert_eq!(snapshot.bundle, before);
}
