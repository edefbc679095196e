//! Framing-signal tests: one named fixture case per signal, with positive and negative
//! examples checked explicitly and a readable listing snapshotted; and property tests on
//! generated news-like articles.
//!
//! # Fixture format (`tests/fixtures/framing/*.txt`)
//!
//! Every case is a small bundle written for this project, followed by what must (and must
//! not) be found in it:
//!
//! ```text
//! # A comment line.
//! @article a | Outlet name | Headline (may be empty) [| YYYY-MM-DD date [| address]]
//! Body text; a blank line separates paragraphs.
//! @article b | Other outlet |
//! …
//! @expect
//! + a reporting-verb/endorsing "She [pointed out] that"
//! - a passive "[was hit] by"
//! = referent a "CPC" b "the Party"
//! / referent a "Lee Jr." a "Lee"
//! ! referent a "Turnout"
//! ~ reporting-verb "said" "claimed"
//! ? number "gives no number"
//! x passive "writes “were not lowered”"
//! > speaker a "Ann Lee" "Mayor"
//! ```
//!
//! - `+ ART KIND[/CLASS] "TARGET"`: a highlight of that kind (and class) covers exactly the
//!   target. The target is the part of the quoted string in `[brackets]`; the rest is context
//!   that finds the one place in the article where it stands (the whole string when there are
//!   no brackets). `ART` is an article id, or `ID.title` for its headline.
//! - `- ART KIND[/CLASS] "TARGET"`: no highlight of that kind (and class) overlaps the target.
//! - `= referent ART "LABEL" ART "LABEL" …`: one referent has each of these labels in the
//!   named article.
//! - `/ referent ART "LABEL" ART "LABEL" …`: no one referent has all these labels (they name
//!   different actors).
//! - `! referent ART "LABEL"`: no referent has this label in the named article.
//! - `~ CHANGE "LEFT" "RIGHT"`: some diff piece is classified as CHANGE (a `ChangeKind` name)
//!   and its two sides contain LEFT and RIGHT, in either order (`""` means an empty side).
//! - `? SIGNAL "TEXT"`: some finding of that signal has TEXT in its sentence (any candidate
//!   finding, before the ranking leaves the second tier out of a short list).
//! - `x SIGNAL "TEXT"`: no finding of that signal has TEXT in its sentence (no candidate).
//! - `> speaker ART "NAME" ["ROLE"]`: the article's speakers list one named NAME (with that
//!   role as written, when one is given); `< speaker ART "NAME"`: they list none so named.
//!
//! Inside a quoted string, `\"` stands for a straight quotation mark.
//!
//! Each case's listing (highlights with class, text and note; speakers; referents; classified
//! changes; findings) is snapshotted as `framing-<case>`.

use parallax::engine::bundle::{Article, Bundle, Event};
use parallax::engine::framing::findings::Candidate;
use parallax::engine::report::{ChangeKind, DiffTag, Kind, Report, UnitRef};
use parallax::engine::{Options, analyze, analyze_with_candidates};
use proptest::prelude::*;
use std::path::{Path, PathBuf};

/// One parsed fixture case.
struct Case {
    name: String,
    bundle: Bundle,
    expect: Vec<String>,
}

fn cases() -> Vec<Case> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/framing");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    parallax::util::sorting::sort(&mut files);
    assert!(files.len() >= 9, "a fixture case per signal in {}", root.display());
    files.iter().map(|p| parse_case(p)).collect()
}

fn parse_case(path: &Path) -> Case {
    let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("case").to_string();
    let src = std::fs::read_to_string(path).expect("fixture");
    let mut articles: Vec<Article> = Vec::new();
    let mut expect = Vec::new();
    let mut in_expect = false;
    for line in src.lines() {
        if line.starts_with('#') {
            continue;
        }
        if let Some(head) = line.strip_prefix("@article ") {
            // An optional fourth part is the publication date, a fifth the article's address.
            let parts: Vec<&str> = head.splitn(5, '|').map(str::trim).collect();
            assert!(parts.len() >= 3, "{name}: `@article id | outlet | title [| date [| url]]` expected, got {line}");
            articles.push(Article {
                id: parts[0].into(),
                outlet: parts[1].into(),
                title: parts[2].into(),
                date: parts.get(3).copied().unwrap_or_default().into(),
                url: parts.get(4).copied().unwrap_or_default().into(),
                ..Article::default()
            });
            in_expect = false;
        } else if line.trim() == "@expect" {
            in_expect = true;
        } else if in_expect {
            if !line.trim().is_empty() {
                expect.push(line.trim().to_string());
            }
        } else if let Some(a) = articles.last_mut() {
            a.text.push_str(line);
            a.text.push('\n');
        } else {
            assert!(line.trim().is_empty(), "{name}: text before the first @article: {line}");
        }
    }
    for a in &mut articles {
        a.text = a.text.trim().to_string();
    }
    assert!(!articles.is_empty() && !expect.is_empty(), "{name}: articles and expectations needed");
    Case { name, bundle: Bundle::new(Event { title: "Fixture".into(), ..Event::default() }, articles), expect }
}

/// The words of an expectation line: bare words, and "quoted strings" (marked true).
fn line_words(line: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut rest = line.trim();
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('"') {
            // `\"` stands for a straight quotation mark inside the string.
            let mut text = String::new();
            let mut end = None;
            let mut chars = r.char_indices();
            while let Some((k, c)) = chars.next() {
                match c {
                    '\\' => text.extend(chars.next().map(|x| x.1)),
                    '"' => {
                        end = Some(k);
                        break;
                    }
                    _ => text.push(c),
                }
            }
            let Some(end) = end else { panic!("unclosed quote in {line}") };
            out.push((text, true));
            rest = r[end + 1..].trim_start();
        } else {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            out.push((rest[..end].to_string(), false));
            rest = rest[end..].trim_start();
        }
    }
    out
}

/// The string an expectation points into, and whether it is the headline.
fn article_string<'a>(bundle: &'a Bundle, spec: &str) -> (&'a str, &'a str, bool) {
    let (id, title) = match spec.strip_suffix(".title") {
        Some(id) => (id, true),
        None => (spec, false),
    };
    let a = bundle.articles.iter().find(|a| a.id == id).unwrap_or_else(|| panic!("no article {id}"));
    (&a.id, if title { &a.title } else { &a.text }, title)
}

/// The byte range that a target with `[brackets]` names in `s`; it must stand there once.
fn locate(s: &str, target: &str) -> Result<(usize, usize), String> {
    let (context, inner_at, inner_len) = match (target.find('['), target.find(']')) {
        (Some(a), Some(b)) if a < b => {
            (format!("{}{}{}", &target[..a], &target[a + 1..b], &target[b + 1..]), a, b - a - 1)
        }
        _ => (target.to_string(), 0, target.len()),
    };
    let found: Vec<usize> = s.match_indices(&context).map(|(i, _)| i).collect();
    if found.len() != 1 {
        return Err(format!("“{context}” should stand exactly once in the article, found {} times", found.len()));
    }
    Ok((found[0] + inner_at, found[0] + inner_at + inner_len))
}

fn kind_named(name: &str) -> Kind {
    *Kind::ALL.iter().find(|k| k.name() == name).unwrap_or_else(|| panic!("unknown kind {name}"))
}

fn change_named(name: &str) -> ChangeKind {
    let named = |c: &&ChangeKind| serde_json::to_value(c).ok() == Some(serde_json::Value::from(name));
    *ChangeKind::ALL.iter().find(named).unwrap_or_else(|| panic!("unknown change {name}"))
}

/// The text of a unit of the report (headline or body sentence).
fn unit_string<'a>(bundle: &'a Bundle, u: &UnitRef) -> &'a str {
    let a = bundle.articles.iter().find(|a| a.id == u.article).expect("unit names an article");
    if u.title { &a.title } else { &a.text }
}

/// Checks one expectation line; an error message when it does not hold.
fn check(bundle: &Bundle, report: &Report, candidates: &[Candidate], line: &str) -> Result<(), String> {
    let all = line_words(line);
    let args: Vec<String> = all.iter().filter(|w| w.1).map(|w| w.0.clone()).collect();
    let words: Vec<&str> = all.iter().filter(|w| !w.1).map(|w| w.0.as_str()).collect();
    match words.first().copied() {
        Some(sign @ ("+" | "-")) => {
            let (spec, kc) = (words[1], words[2]);
            let (kind, class) = match kc.split_once('/') {
                Some((k, c)) => (kind_named(k), Some(c)),
                None => (kind_named(kc), None),
            };
            let (id, s, title) = article_string(bundle, spec);
            let (start, end) = locate(s, &args[0])?;
            let matching = report.highlights.iter().filter(|h| {
                h.article == id
                    && h.title == title
                    && h.kind == kind
                    && class.is_none_or(|c| h.class.as_deref() == Some(c))
            });
            if sign == "+" {
                if matching.clone().any(|h| h.start == start && h.end == end) {
                    return Ok(());
                }
                let near: Vec<String> = report
                    .highlights
                    .iter()
                    .filter(|h| h.article == id && h.title == title && h.start < end && start < h.end)
                    .map(|h| format!("{} {:?} “{}”", h.kind.name(), h.class, &s[h.start..h.end]))
                    .collect();
                Err(format!("missing; highlights there: {near:?}"))
            } else {
                let bad: Vec<String> = matching
                    .filter(|h| h.start < end.max(start + 1) && start < h.end)
                    .map(|h| format!("{:?} “{}”", h.class, &s[h.start..h.end]))
                    .collect();
                if bad.is_empty() { Ok(()) } else { Err(format!("unexpected {bad:?}")) }
            }
        }
        Some(sign @ ("=" | "/")) => {
            let specs: Vec<&str> = words[2..].to_vec();
            assert!(specs.len() == args.len(), "`{sign} referent` needs an article before every label: {line}");
            let together = report.referents.iter().any(|r| {
                specs
                    .iter()
                    .zip(&args)
                    .all(|(a, l)| r.labels.iter().any(|al| al.article == *a && al.labels.iter().any(|x| &x.label == l)))
            });
            let ok = together == (sign == "=");
            let all: Vec<String> = report
                .referents
                .iter()
                .map(|r| {
                    let per: Vec<String> = r
                        .labels
                        .iter()
                        .map(|al| {
                            let l: Vec<&str> = al.labels.iter().map(|x| x.label.as_str()).collect();
                            format!("{}: {}", al.article, l.join(", "))
                        })
                        .collect();
                    format!("{} [{}]", r.name, per.join("; "))
                })
                .collect();
            if ok {
                Ok(())
            } else if sign == "=" {
                Err(format!("no such referent; referents: {all:#?}"))
            } else {
                Err(format!("one referent has them all; referents: {all:#?}"))
            }
        }
        Some("!") => {
            let (id, label) = (words[2], &args[0]);
            let bad: Vec<&str> = report
                .referents
                .iter()
                .filter(|r| r.labels.iter().any(|al| al.article == id && al.labels.iter().any(|x| &x.label == label)))
                .map(|r| r.name.as_str())
                .collect();
            if bad.is_empty() { Ok(()) } else { Err(format!("unexpected referent {bad:?}")) }
        }
        Some("~") => {
            let want = change_named(words[1]);
            let side =
                |text: &str, needle: &str| if needle.is_empty() { text.is_empty() } else { text.contains(needle) };
            let found = report.claims.iter().flat_map(|c| &c.diffs).any(|d| {
                let (ta, tb) = (unit_string(bundle, &d.a), unit_string(bundle, &d.b));
                d.ops.iter().any(|op| {
                    let (x, y) = (&ta[op.a.start..op.a.end], &tb[op.b.start..op.b.end]);
                    op.change == Some(want)
                        && ((side(x, &args[0]) && side(y, &args[1])) || (side(y, &args[0]) && side(x, &args[1])))
                })
            });
            if found { Ok(()) } else { Err(format!("no such change; changes:\n{}", changes_listing(bundle, report))) }
        }
        Some(sign @ (">" | "<")) => {
            let (id, name) = (words[2], &args[0]);
            let listed: Vec<String> = report
                .signals
                .iter()
                .filter(|sig| sig.article == id)
                .flat_map(|sig| &sig.speakers)
                .map(|sp| format!("{} ({})", sp.speaker, sp.role.as_deref().unwrap_or("")))
                .collect();
            let found =
                report.signals.iter().filter(|sig| sig.article == id).flat_map(|sig| &sig.speakers).any(|sp| {
                    &sp.speaker == name && args.get(1).is_none_or(|r| sp.role.as_deref() == Some(r.as_str()))
                });
            match (sign, found) {
                (">", false) => Err(format!("no such speaker; speakers: {listed:?}")),
                ("<", true) => Err(format!("a speaker that must not be there; speakers: {listed:?}")),
                _ => Ok(()),
            }
        }
        Some(sign @ ("?" | "x")) => {
            let found = candidates.iter().any(|f| f.signal.name() == words[1] && f.text.contains(&args[0]));
            match (sign, found) {
                ("?", false) => Err("no such finding".into()),
                ("x", true) => Err("a finding that must not be there".into()),
                _ => Ok(()),
            }
        }
        _ => panic!("unknown expectation: {line}"),
    }
}

/// The classified changes of every claim diff: `kind “left” → “right”`.
fn changes_listing(bundle: &Bundle, report: &Report) -> String {
    let mut out = String::new();
    for c in &report.claims {
        for d in &c.diffs {
            let (ta, tb) = (unit_string(bundle, &d.a), unit_string(bundle, &d.b));
            for op in d.ops.iter().filter(|o| o.tag != DiffTag::Equal) {
                let kind = op.change.map_or("none".to_string(), |k| {
                    serde_json::to_value(k).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default()
                });
                out.push_str(&format!(
                    "{}/{} {kind}: “{}” → “{}”\n",
                    d.a.article,
                    d.b.article,
                    &ta[op.a.start..op.a.end],
                    &tb[op.b.start..op.b.end]
                ));
            }
        }
    }
    out
}

/// What a reader of the case sees: highlights, speakers, referents, changes and findings.
fn listing(bundle: &Bundle, report: &Report) -> String {
    let mut out = String::from("== highlights\n");
    let mut hs: Vec<_> = report
        .highlights
        .iter()
        .filter(|h| !matches!(h.kind, Kind::Changed | Kind::Verbatim | Kind::Boilerplate))
        .collect();
    parallax::util::sorting::sort_by(&mut hs, |a, b| {
        (&a.article, !a.title, a.start, a.end, a.kind).cmp(&(&b.article, !b.title, b.start, b.end, b.kind))
    });
    for h in hs {
        let (_, s, _) =
            article_string(bundle, &if h.title { format!("{}.title", h.article) } else { h.article.clone() });
        out.push_str(&format!(
            "{}{} {} {} “{}”\n    {}\n",
            h.article,
            if h.title { ".title" } else { "" },
            h.kind.name(),
            h.class.as_deref().unwrap_or("-"),
            &s[h.start..h.end],
            h.note
        ));
    }
    out.push_str("== speakers\n");
    for sig in &report.signals {
        for sp in &sig.speakers {
            out.push_str(&format!(
                "{} {} ({:?}): {} statements, {} quoted words, share {}\n",
                sig.article, sp.speaker, sp.class, sp.quotes, sp.words, sp.share
            ));
        }
    }
    out.push_str("== referents\n");
    for r in &report.referents {
        let per: Vec<String> = r
            .labels
            .iter()
            .map(|al| {
                let l: Vec<String> = al.labels.iter().map(|x| format!("{}×{}", x.label, x.count)).collect();
                format!("{}: {}", al.article, l.join(", "))
            })
            .collect();
        out.push_str(&format!("{} — {}\n", r.name, per.join("; ")));
    }
    out.push_str("== changes\n");
    out.push_str(&changes_listing(bundle, report));
    out.push_str("== findings\n");
    for f in &report.findings {
        out.push_str(&format!("[{}] {}\n", f.signal.name(), f.text));
    }
    out
}

/// Every expectation of every case holds.
#[test]
fn framing_fixture_expectations() {
    let mut failures = Vec::new();
    for case in cases() {
        let (report, candidates) = analyze_with_candidates(&case.bundle, &Options::default());
        for line in &case.expect {
            if let Err(e) = check(&case.bundle, &report, &candidates, line) {
                failures.push(format!("{}: {line}\n    {e}", case.name));
            }
        }
    }
    assert!(failures.is_empty(), "{} expectations failed:\n{}", failures.len(), failures.join("\n"));
}

/// A span has one highlight of a kind: highlights of one kind never overlap in any case
/// ("shameful" inside "shameful betrayal" would show two notes for one phrase).
#[test]
fn framing_fixture_highlights_do_not_overlap() {
    let mut failures = Vec::new();
    for case in cases() {
        let report = analyze(&case.bundle, &Options::default());
        let hs: Vec<_> = report.highlights.iter().filter(|h| h.kind == Kind::Loaded).collect();
        for (k, a) in hs.iter().enumerate() {
            for b in &hs[k + 1..] {
                if a.article == b.article && a.title == b.title && a.start < b.end && b.start < a.end {
                    let spec = if a.title { format!("{}.title", a.article) } else { a.article.clone() };
                    let (_, s, _) = article_string(&case.bundle, &spec);
                    failures.push(format!(
                        "{}: {} “{}” and “{}”",
                        case.name,
                        a.kind.name(),
                        &s[a.start..a.end],
                        &s[b.start..b.end]
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "overlapping highlights:\n{}", failures.join("\n"));
}

/// What a reader sees of each case.
#[test]
fn framing_fixture_listings() {
    for case in cases() {
        let report = analyze(&case.bundle, &Options::default());
        insta::assert_snapshot!(format!("framing-{}", case.name), listing(&case.bundle, &report));
    }
}

/// News-like text: fragments with quotation marks of both kinds, reporting verbs, hedges,
/// numbers, names and passives, mixed with arbitrary Unicode (emoji, CJK, right-to-left
/// script, combining marks).
fn news_strategy() -> impl Strategy<Value = String> {
    let fragment = prop_oneof![
        prop::sample::select(vec![
            "Mira Okafor",
            "Councillor Amos Dunmore",
            "Officials",
            "A person familiar with the matter",
            "the Party",
            "The Communist Party of China (CPC)",
            "Beijing",
            "protesters",
            "rioters",
            "said",
            "said on Monday that",
            "claimed",
            "pointed out",
            "lashed out at",
            "told reporters",
            "according to the ministry,",
            "may",
            "May",
            "reportedly",
            "probably",
            "clearly",
            "not a catastrophe",
            "brutal",
            "about 40",
            "more than 200 parties",
            "240",
            "$3.5 million",
            "64 percent",
            "seventeen",
            "12 kilometres",
            "was shot",
            "were hit by",
            "was taken to a station",
            "mistakes were made",
            "the",
            "and",
        ])
        .prop_map(str::to_string),
        prop::sample::select(vec![
            "“",
            "”",
            "\"",
            "‘",
            "’",
            "'",
            ". ",
            ", ",
            ": ",
            "\n\n",
            "\n",
            " — ",
            "…",
            "😀",
            "🇺🇳",
            "中文。",
            "北京说",
            "שלום",
            "مرحبا",
            "e\u{301}",
            "\u{200f}",
            "\u{feff}",
            "Mr.",
        ])
        .prop_map(str::to_string),
        "[A-Za-z]{1,9}",
        any::<String>().prop_map(|s| s.chars().take(6).collect::<String>()),
    ];
    prop::collection::vec(fragment, 0..40).prop_map(|v| v.join(" "))
}

/// The text of a report unit's string and its byte span in it.
fn unit_span(
    report: &Report,
    bundle: &Bundle,
    article: &str,
    sentence: Option<usize>,
    title: bool,
) -> Option<(String, usize, usize)> {
    let k = bundle.articles.iter().position(|a| a.id == article)?;
    let ar = &report.articles[k];
    if title {
        let t = ar.title?;
        Some((bundle.articles[k].title.clone(), t.start, t.end))
    } else {
        let s = ar.sentences.get(sentence?)?;
        Some((bundle.articles[k].text.clone(), s.start, s.end))
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Analysis of news-like articles never panics; highlights lie inside their article on
    /// character boundaries; evidence names existing articles and sentences; diff pieces lie
    /// inside their units.
    #[test]
    fn framing_output_stays_in_range(
        texts in prop::collection::vec((news_strategy(), news_strategy()), 1..4),
    ) {
        let articles: Vec<Article> = texts
            .iter()
            .enumerate()
            .map(|(i, (title, text))| Article {
                id: format!("art{i}"),
                outlet: format!("Outlet {i}"),
                title: title.chars().take(80).collect(),
                text: text.clone(),
                ..Article::default()
            })
            .collect();
        let bundle = Bundle::new(Event::default(), articles);
        let report = analyze(&bundle, &Options::default());
        prop_assert_eq!(report.signals.len(), bundle.articles.len());
        for h in &report.highlights {
            let art = bundle.articles.iter().find(|a| a.id == h.article);
            prop_assert!(art.is_some(), "highlight names no article: {:?}", h);
            let s = if h.title { &art.unwrap().title } else { &art.unwrap().text };
            prop_assert!(h.start <= h.end && h.end <= s.len(), "{:?} out of range", h);
            prop_assert!(s.is_char_boundary(h.start) && s.is_char_boundary(h.end), "{:?} not on characters", h);
            prop_assert!(!h.note.is_empty());
        }
        for f in &report.findings {
            prop_assert!(!f.evidence.is_empty(), "finding without evidence: {}", f.text);
            for e in &f.evidence {
                let k = bundle.articles.iter().position(|a| a.id == e.article);
                prop_assert!(k.is_some(), "evidence names no article: {:?}", e);
                let k = k.unwrap();
                if e.title {
                    prop_assert!(report.articles[k].title.is_some(), "evidence names a missing headline: {:?}", e);
                } else if let Some(i) = e.sentence {
                    prop_assert!(i < report.articles[k].sentences.len(), "evidence names a missing sentence: {:?}", e);
                }
                if let Some(sp) = e.span {
                    let s = if e.title { &bundle.articles[k].title } else { &bundle.articles[k].text };
                    prop_assert!(sp.start <= sp.end && sp.end <= s.len());
                    prop_assert!(s.is_char_boundary(sp.start) && s.is_char_boundary(sp.end));
                }
            }
        }
        for c in &report.claims {
            for d in &c.diffs {
                let a = unit_span(&report, &bundle, &d.a.article, d.a.sentence, d.a.title);
                let b = unit_span(&report, &bundle, &d.b.article, d.b.sentence, d.b.title);
                prop_assert!(a.is_some() && b.is_some(), "diff names a missing unit: {:?} / {:?}", d.a, d.b);
                let ((ta, sa, ea), (tb, sb, eb)) = (a.unwrap(), b.unwrap());
                for op in &d.ops {
                    prop_assert!(sa <= op.a.start && op.a.start <= op.a.end && op.a.end <= ea, "{:?} outside {sa}..{ea}", op);
                    prop_assert!(sb <= op.b.start && op.b.start <= op.b.end && op.b.end <= eb, "{:?} outside {sb}..{eb}", op);
                    prop_assert!(ta.is_char_boundary(op.a.start) && ta.is_char_boundary(op.a.end));
                    prop_assert!(tb.is_char_boundary(op.b.start) && tb.is_char_boundary(op.b.end));
                    prop_assert_eq!(op.change.is_some(), op.tag != DiffTag::Equal, "{:?}", op);
                }
            }
        }
        for r in &report.referents {
            for l in &r.labels {
                prop_assert!(bundle.articles.iter().any(|a| a.id == l.article));
            }
        }
    }
}
