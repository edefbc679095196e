//! Components rendered to HTML natively with Yew's server renderer: the app, the reader
//! columns, and every view over a real analysis of the samples (and over a report that has
//! findings and framing signals, as the framing module will produce).

use parallax::engine::bundle::Article;
use parallax::engine::report::{ArticleSignals, Evidence, Finding, FrameScore, SourceClass, SpeakerShare};
use parallax::engine::{Bundle, Event, Kind, Options, Report, analyze};
use parallax::ui::analysis::Analysed;
use parallax::ui::app::{App, AppProps};
use parallax::ui::article_column::{ArticleColumn, ArticleColumnProps};
use parallax::ui::claims_view::ClaimsView;
use parallax::ui::context::{Goto, Shared};
use parallax::ui::dashboard::Dashboard;
use parallax::ui::findings::Findings;
use parallax::ui::glossary_view::GlossaryView;
use parallax::ui::reader::Reader;
use parallax::ui::samples;
use parallax::ui::state::{Settings, Workspace};
use std::rc::Rc;
use yew::prelude::*;
use yew::{BaseComponent, LocalServerRenderer};

fn render<C: BaseComponent>(props: C::Properties) -> String {
    let rt = tokio::runtime::Builder::new_current_thread().build().expect("runtime");
    let local = tokio::task::LocalSet::new();
    local.block_on(&rt, LocalServerRenderer::<C>::with_props(props).hydratable(false).render())
}

/// Which view the test host shows.
#[derive(Clone, Copy, PartialEq)]
enum Which {
    Reader,
    Claims,
    Dashboard,
    Findings,
    Glossary,
}

#[derive(Properties, PartialEq)]
struct HostProps {
    bundle: Rc<Bundle>,
    report: Rc<Report>,
    which: Which,
    #[prop_or_default]
    blind: bool,
    #[prop_or_default]
    target: Option<(u64, Goto)>,
}

/// Provides the shared context the views read, as the app does.
#[component]
fn Host(props: &HostProps) -> Html {
    let ws = use_reducer(Workspace::default);
    let names = parallax::ui::names::names(&props.bundle, props.blind);
    let shared = Shared {
        analysed: Rc::new(Analysed {
            revision: 0,
            bundle: props.bundle.clone(),
            report: props.report.clone(),
            ms: 0.0,
            in_worker: false,
            ready_made: false,
        }),
        names: Rc::new(names),
        settings: Rc::new(Settings { blind: props.blind, ..Settings::default() }),
        restored: Rc::default(),
        embed: false,
        dispatch: ws.dispatcher(),
        on_goto: Callback::noop(),
        target: props.target.clone(),
    };
    html! {
        <ContextProvider<Shared> context={shared}>
            { match props.which {
                Which::Reader => html! { <Reader /> },
                Which::Claims => html! { <ClaimsView /> },
                Which::Dashboard => html! { <Dashboard /> },
                Which::Findings => html! { <Findings /> },
                Which::Glossary => html! { <GlossaryView /> },
            } }
        </ContextProvider<Shared>>
    }
}

fn sample() -> (Rc<Bundle>, Rc<Report>) {
    let b = samples::default_bundle();
    let r = analyze(&b, &Options::default());
    (Rc::new(b), Rc::new(r))
}

fn host(which: Which, bundle: Rc<Bundle>, report: Rc<Report>) -> String {
    render::<Host>(HostProps { bundle, report, which, blind: false, target: None })
}

#[test]
fn app_opens_on_the_sample_with_four_columns() {
    let html = render::<App>(AppProps::default());
    assert_eq!(html.matches("class=\"article-column\"").count(), 4, "{html}");
    assert!(html.contains("Constructed for teaching"));
    assert!(html.contains("Add article"));
    assert!(html.contains("role=\"tablist\""));
    assert!(html.contains("Analysed 4 articles"), "status line");
    assert!(html.contains("Export and share"));
}

#[test]
fn embed_view_is_compact_and_read_only() {
    let html = render::<App>(AppProps { embed: true });
    assert_eq!(html.matches("class=\"article-column\"").count(), 4);
    // "Open in Parallax" waits for the browser to compress the bundle into its link (an
    // effect, which server-side rendering does not run); the end-to-end test follows it.
    for absent in ["Add article", "Export and share", "Your notes", "Put back", "Remove "] {
        assert!(!html.contains(absent), "embed shows no “{absent}”");
    }
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
    let html = render::<ArticleColumn>(yew::props!(ArticleColumnProps {
        index: 0,
        article: Rc::new(article),
        analysis: Rc::new(report.articles[0].clone()),
    }));
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&lt;script&gt;"), "{html}");
    assert!(!html.contains("<b>Bold</b>"), "{html}");
}

#[test]
fn sentences_become_focusable_spans() {
    let article = Article {
        id: "x".into(),
        outlet: "X".into(),
        text: "One here. Two here.\n\nThree.".into(),
        ..Article::default()
    };
    let bundle = Bundle::new(Event::default(), vec![article.clone()]);
    let report = analyze(&bundle, &Options::default());
    let html = render::<ArticleColumn>(yew::props!(ArticleColumnProps {
        index: 0,
        article: Rc::new(article),
        analysis: Rc::new(report.articles[0].clone()),
    }));
    assert_eq!(html.matches("data-s=\"").count(), 3, "{html}");
    assert_eq!(html.matches("tabindex=\"0\"").count(), 3);
    assert_eq!(html.matches("class=\"paragraph\"").count(), 2);
}

#[test]
fn highlights_are_marks_with_a_kind_class_and_a_note() {
    let (b, r) = sample();
    let html = host(Which::Reader, b, r.clone());
    let changed = r.highlights.iter().filter(|h| h.kind == Kind::Changed).count();
    assert!(changed > 0);
    assert!(html.contains("class=\"hl hl-changed"), "changed wording is marked: {}", &html[..2000.min(html.len())]);
    assert!(html.contains("title=\"Changed wording: "), "the note travels with the mark");
    assert!(html.contains("Highlights — legend and switches"));
    assert!(html.contains(&format!("Changed wording ({changed})")), "legend counts");
    assert!(html.contains("Select a sentence"), "the inspector explains itself");
}

#[test]
fn page_furniture_is_dimmed_with_a_put_back_button() {
    let text =
        "The council met on Monday. It approved the plan.\n\nREAD MORE: Ten things about councils\n\nShare this story";
    let a = Article { id: "a".into(), outlet: "A".into(), text: text.into(), ..Article::default() };
    let b2 = Article {
        id: "b".into(),
        outlet: "B".into(),
        text: "The council met on Monday and approved the plan.".into(),
        ..Article::default()
    };
    let bundle = Bundle::new(Event::default(), vec![a, b2]);
    let report = analyze(&bundle, &Options::default());
    assert!(report.articles[0].sentences.iter().any(|s| s.boilerplate), "fixture has furniture");
    let html = host(Which::Reader, Rc::new(bundle), Rc::new(report));
    assert!(html.contains("page furniture: "), "{html}");
    assert!(html.contains("aria-label=\"Put back: READ MORE"), "{html}");
}

#[test]
fn claim_matrix_shows_gaps_places_and_filters() {
    let (b, r) = sample();
    let html = host(Which::Claims, b.clone(), r.clone());
    assert!(html.contains(" not reported"), "gaps are visible");
    assert!(html.contains("Headline") && html.contains("Lead"), "places");
    for f in ["All claims", "Reported by all", "Reported by some", "Reported by one"] {
        assert!(html.contains(f), "filter {f}");
    }
    assert!(html.contains("Compare wording of claim"), "diff buttons");
    let rows = r.claims.len().min(parallax::ui::claim_matrix::PAGE_ROWS);
    assert_eq!(html.matches("class=\"claim-number\"").count(), rows);
    // An article that links to some members of a claim but not to all reports it in part.
    let partial: usize = r.claims[..rows]
        .iter()
        .map(|c| b.articles.iter().filter(|a| !c.articles.contains(&a.id) && !c.missing.contains(&a.id)).count())
        .sum();
    assert!(partial > 0, "the sample has claims reported in part");
    assert_eq!(html.matches(" in part, in another row").count(), partial, "one cell per such claim and article");
}

#[test]
fn dashboard_charts_are_images_with_text_alternatives() {
    let (b, r) = without_framing();
    let html = host(Which::Dashboard, b, r);
    assert_eq!(html.matches("<svg role=\"img\"").count(), 12, "three charts for each of four articles");
    assert!(html.contains("<title id=\"dash-0-kinds-title\">Highlights by signal in"), "{html}");
    assert!(html.contains("Claims covered by"));
    assert!(html.contains("Frame dimensions and quoted speakers are not in this report"));
}

/// The sample's report with the framing parts taken out, as an older report file has it.
fn without_framing() -> (Rc<Bundle>, Rc<Report>) {
    let (b, r) = sample();
    let mut r = (*r).clone();
    r.findings.clear();
    r.signals.clear();
    r.referents.clear();
    (b, Rc::new(r))
}

#[test]
fn sample_report_fills_the_findings_and_the_full_dashboard() {
    let (b, r) = sample();
    assert!(!r.findings.is_empty(), "the sample event has findings");
    let findings = host(Which::Findings, b.clone(), r.clone());
    assert!(!findings.contains("This report has no ranked findings"));
    // A long list of evidence shows its first sentences and a button for the rest (the protest
    // sample has one: the loaded words of its tabloid).
    let protest = samples::SAMPLES.iter().find(|s| s.key == "protest").expect("the protest sample");
    let pb = samples::bundle(protest);
    let pr = analyze(&pb, &Options::default());
    let longest = pr
        .findings
        .iter()
        .flat_map(|f| pb.articles.iter().map(|a| f.evidence.iter().filter(|e| e.article == a.id).count()))
        .max();
    assert!(longest > Some(parallax::ui::findings::EVIDENCE_SHOWN + 1), "the sample has a long evidence list");
    let long = host(Which::Findings, Rc::new(pb), Rc::new(pr));
    assert!(long.contains("aria-expanded=\"false\"") && long.contains(" more</button>"), "a long list is cut short");
    let html = host(Which::Dashboard, b, r.clone());
    assert_eq!(html.matches("<svg role=\"img\"").count(), 20, "five charts for each of four articles");
    assert!(html.contains("Frame dimensions in"));
    // Every article's "highlights by signal" chart has the same rows, zeros included.
    let rows = parallax::ui::dashboard::signal_rows(&parallax::ui::dashboard::charted_counts(&r));
    let alternatives: Vec<&str> =
        html.split("-kinds-title\">").skip(1).map(|t| t.split("</title>").next().unwrap_or("")).collect();
    assert_eq!(alternatives.len(), 4, "{html}");
    let labels = |alt: &str| -> Vec<String> {
        let list = alt.split_once(": ").map_or("", |(_, l)| l).trim_end_matches('.');
        list.split("; ").map(|bar| bar.rsplit_once(' ').map_or(bar, |(label, _)| label).to_string()).collect()
    };
    let first = labels(alternatives[0]);
    assert!(first.len() == rows.len() && rows.len() >= 5, "{first:?} / {rows:?}");
    assert!(alternatives.iter().all(|a| labels(a) == first), "{alternatives:?}");
    assert!(
        alternatives.iter().any(|a| a.contains(" 0;") || a.ends_with(" 0.")),
        "some article lacks a signal: {alternatives:?}"
    );
    // A speaker the article only reports in its own words says so in the speakers' chart.
    assert!(r.signals.iter().any(|s| s.speakers.iter().take(6).any(|p| p.words == 0)), "the sample has one");
    assert!(html.contains(">reported speech only</text>"), "{html}");
    // So do the frame charts: every frame any article has, in the same order.
    let frames: Vec<&str> =
        html.split("-frames-title\">").skip(1).map(|t| t.split("</title>").next().unwrap_or("")).collect();
    let signals: Vec<&parallax::engine::report::ArticleSignals> = r.signals.iter().collect();
    let frame_rows = parallax::ui::dashboard::frame_rows(&signals);
    assert_eq!(frames.len(), 4);
    let first = labels(frames[0]);
    assert_eq!(first, frame_rows.iter().map(|(_, name)| name.clone()).collect::<Vec<_>>());
    assert!(first.len() > 1 && frames.iter().all(|a| labels(a) == first), "{frames:?}");
    assert!(frames.iter().any(|a| a.contains(" 0%")), "some article lacks a frame: {frames:?}");
    // Long labels go above their bars, cut to the chart's width with the whole label as a tooltip.
    assert!(html.contains("text-anchor=\"start\"") && html.contains("text-anchor=\"end\""));
    let cut: Vec<(&str, &str)> = html
        .split("class=\"chart-label\"><title>")
        .skip(1)
        .filter_map(|t| t.split_once("</title>"))
        .map(|(whole, rest)| (whole, rest.split('<').next().unwrap_or("")))
        .collect();
    assert!(!cut.is_empty(), "some speaker's label is long");
    for (whole, shown) in cut {
        let kept = shown.strip_suffix('…').unwrap_or_else(|| panic!("{shown:?} is cut with an ellipsis"));
        assert!(whole.starts_with(kept) && shown.chars().count() <= 52, "{whole:?} → {shown:?}");
    }
}

/// A report with hand-made framing parts: findings, signals.
fn with_framing() -> (Rc<Bundle>, Rc<Report>) {
    let (b, r) = sample();
    let mut r = (*r).clone();
    let first = b.articles[0].id.clone();
    r.findings = vec![Finding {
        text: format!("Only {} reports the letter in its headline.", b.articles[0].outlet),
        signal: parallax::engine::report::Signal::ReportingVerb,
        weight: 1.0,
        evidence: vec![Evidence { article: first.clone(), sentence: Some(1), title: false, span: None }],
    }];
    r.signals = b
        .articles
        .iter()
        .map(|a| ArticleSignals {
            article: a.id.clone(),
            counts: [("quote".to_string(), 3)].into_iter().collect(),
            frames: vec![FrameScore { frame: "health".into(), label: "Health and safety".into(), cues: 4, share: 0.5 }],
            speakers: vec![SpeakerShare {
                speaker: "a spokesperson".into(),
                role: None,
                class: SourceClass::Official,
                quotes: 2,
                words: 20,
                share: 1.0,
            }],
            quoted_share: 0.2,
            words: 300,
        })
        .collect();
    (b, Rc::new(r))
}

#[test]
fn findings_link_to_their_evidence_and_blind_mode_masks_outlets() {
    let (b, r) = with_framing();
    let outlet = b.articles[0].outlet.clone();
    let html = host(Which::Findings, b.clone(), r.clone());
    assert!(html.contains(&format!("Only {outlet} reports")), "{html}");
    assert!(html.contains(&format!("Show evidence in the reader: {outlet}, sentence 2")), "{html}");
    assert!(html.contains("What is “Reporting verb”?"));
    let blind = render::<Host>(HostProps { bundle: b, report: r, which: Which::Findings, blind: true, target: None });
    assert!(!blind.contains(&outlet), "blind mode hides {outlet}");
    assert!(blind.contains("Only Article A reports"), "{blind}");
}

#[test]
fn findings_view_says_when_there_are_none() {
    let (b, r) = without_framing();
    assert!(host(Which::Findings, b, r).contains("This report has no ranked findings"));
}

#[test]
fn dashboard_uses_framing_signals_when_present() {
    let (b, r) = with_framing();
    let html = host(Which::Dashboard, b, r);
    assert_eq!(html.matches("<svg role=\"img\"").count(), 20, "five charts for each of four articles");
    assert!(html.contains("Frame dimensions in"));
    assert!(html.contains("a spokesperson 100%"), "speaker share in the text alternative");
}

#[test]
fn glossary_has_an_entry_for_every_kind_and_focuses_the_one_asked_for() {
    let (b, r) = sample();
    let html = render::<Host>(HostProps {
        bundle: b,
        report: r,
        which: Which::Glossary,
        blind: false,
        target: Some((1, Goto::Glossary(Kind::Verbatim.name()))),
    });
    for k in Kind::ALL {
        assert!(html.contains(&format!("id=\"glossary-{}\"", k.name())), "entry for {k:?}");
    }
    assert!(html.contains("id=\"glossary-verbatim\" tabindex=\"-1\" class=\"glossary-entry focused\""), "{html}");
}

/// A sentence that carries two claims is in both rows of the claim matrix, and of its CSV.
#[test]
fn a_sentence_in_two_claims_shows_in_both_rows() {
    let (b, r) = sample();
    let mut r = (*r).clone();
    // A stretch of plain words (the same in HTML and in CSV) of a member of a shared claim.
    let plain = |text: &str| -> String {
        let words: Vec<&str> = text.split_whitespace().collect();
        let runs = words.split(|w| !w.chars().all(char::is_alphabetic));
        runs.max_by_key(|run| run.len()).map(|run| run.join(" ")).unwrap_or_default()
    };
    let (first, member, words) = r
        .claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.articles.len() > 1)
        .flat_map(|(k, c)| c.members.iter().map(move |m| (k, m.clone())))
        .map(|(k, m)| {
            let words = plain(parallax::engine::export::unit_text(&b, &r, &m.unit()));
            (k, m, words)
        })
        .find(|(_, _, w)| w.split(' ').count() >= 4)
        .expect("a member of a shared claim with four plain words in a row");
    let second = r
        .claims
        .iter()
        .position(|c| c.articles.len() == 1 && c.members[0].article != member.article)
        .expect("a claim of another article");
    assert!(first.max(second) < parallax::ui::claim_matrix::PAGE_ROWS);
    r.claims[second].members.push(member.clone());
    r.claims[second].articles.push(member.article.clone());
    let csv = parallax::engine::export::claim_matrix_csv(&b, &r);
    assert_eq!(csv.matches(&words).count(), 2, "{csv}");
    let html = host(Which::Claims, b, Rc::new(r));
    assert_eq!(html.matches(&words).count(), 2, "{html}");
}

/// The evidence shown before "show all" is what the finding cites first (its most telling
/// sentences), put back in reading order; the headline and the whole article are places too.
#[test]
fn evidence_shown_first_is_what_the_finding_cites_first() {
    use parallax::ui::findings::first_cited;
    // Places in reading order with the position of their first citation.
    let list = [
        ((None, false), 4),
        ((Some(1), false), 0),
        ((Some(3), false), 5),
        ((Some(7), false), 1),
        ((Some(9), false), 2),
    ];
    assert_eq!(first_cited(&list, 3), vec![(Some(1), false), (Some(7), false), (Some(9), false)]);
    assert_eq!(first_cited(&list, 4), vec![(None, false), (Some(1), false), (Some(7), false), (Some(9), false)]);
    assert_eq!(first_cited(&list, 5).len(), 5);
    assert!(first_cited(&list, 0).is_empty());
}

/// Issue 17, item 5: the message of a workspace held back at start is an alert with its button.
#[test]
fn issue_17_a_held_workspace_is_announced_with_analyse_it() {
    use parallax::ui::notice_bar::{NoticeBar, NoticeBarProps};
    use parallax::ui::state::{Notice, NoticeAction};
    let notice = Notice::error("The last analysis of this workspace did not finish.").with(NoticeAction::Analyse);
    let html = render::<NoticeBar>(NoticeBarProps {
        notice: Some(notice),
        on_action: Callback::noop(),
        on_dismiss: Callback::noop(),
    });
    assert!(html.contains(r#"role="alert""#), "{html}");
    assert!(html.contains(">Analyse it</button>"), "{html}");
}

/// A panic reaches the "Parallax stopped" message as one line with its text and place, and the
/// worker's reply carrying it reads back as it was sent.
#[test]
fn a_panic_is_told_in_one_line_with_its_place() {
    use parallax::ui::analysis::{Reply, decode, encode};
    let seen = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let keep = seen.clone();
    let before = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if let Ok(mut s) = keep.lock() {
            *s = parallax::ui::web::panic_text(info);
        }
    }));
    let n = std::hint::black_box(7);
    let caught = std::panic::catch_unwind(|| {
        if n > 3 {
            panic!("an index of {n}\nover two lines");
        }
    });
    std::panic::set_hook(before);
    assert!(caught.is_err());
    let text = seen.lock().map(|s| s.clone()).unwrap_or_default();
    assert!(text.starts_with("panicked at tests/ui_render.rs:"), "{text}");
    assert!(text.ends_with(": an index of 7 over two lines"), "{text}");
    assert!(!text.contains('\n'));
    match decode(&encode(&Reply::Panicked { message: text.clone() })) {
        Ok(Reply::Panicked { message }) => assert_eq!(message, text),
        other => panic!("read back as {other:?}"),
    }
}
