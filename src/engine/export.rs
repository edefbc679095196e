//! Text exports of a report: JSON, a readable Markdown report, and the claim matrix as CSV.
//! Shared by the command line and the app's download buttons.

use super::bundle::Bundle;
use super::display_name;
use super::framing::glossary;
use super::report::{Report, UnitRef};
use crate::util::decimal::fixed;

/// The report as pretty-printed JSON.
pub fn report_json(report: &Report) -> String {
    let mut s = super::bundle::write_json(report, true);
    s.push('\n');
    s
}

/// The text of a unit (a headline or a body sentence), or "" when it does not exist.
pub fn unit_text<'a>(bundle: &'a Bundle, report: &Report, unit: &UnitRef) -> &'a str {
    let Some(k) = bundle.articles.iter().position(|a| a.id == unit.article) else {
        return "";
    };
    let art = &bundle.articles[k];
    match unit.sentence {
        None => art.title.trim(),
        Some(i) => report
            .articles
            .get(k)
            .and_then(|a| a.sentences.get(i))
            .and_then(|s| art.text.get(s.start..s.end))
            .unwrap_or(""),
    }
}

/// The top `top` findings as plain text for reading them through: each finding, then the
/// sentences it rests on (at most [`READOUT_SENTENCES`] per article, whole up to
/// [`READOUT_CHARS`], else cut at a word).
pub fn findings_text(bundle: &Bundle, report: &Report, top: usize) -> String {
    let mut out = String::new();
    let title = if bundle.event.title.is_empty() { "(no title)" } else { bundle.event.title.as_str() };
    out.push_str(&format!("== {title}\n"));
    if report.findings.is_empty() {
        out.push_str("   (no findings)\n");
    }
    for (n, f) in report.findings.iter().take(top).enumerate() {
        out.push_str(&format!("{}. [{}] {}\n", n + 1, f.signal.name(), f.text));
        let mut shown: Vec<(&str, usize)> = Vec::new();
        for e in &f.evidence {
            let count = shown.iter().filter(|(a, _)| *a == e.article).count();
            let unit = UnitRef { article: e.article.clone(), sentence: e.sentence, title: e.title };
            let key = (e.article.as_str(), e.sentence.map_or(usize::MAX, |s| s));
            if count >= READOUT_SENTENCES || shown.contains(&key) {
                continue;
            }
            shown.push(key);
            let place = match e.sentence {
                _ if e.title => "headline".to_string(),
                Some(s) => format!("sentence {}", s + 1),
                None => "whole article".to_string(),
            };
            let text = super::framing::excerpt(unit_text(bundle, report, &unit), READOUT_CHARS);
            out.push_str(&format!("     {} ({place}): {text}\n", name_of(bundle, &e.article)));
        }
    }
    out
}

/// Sentences of one article shown under a finding in [`findings_text`].
pub const READOUT_SENTENCES: usize = 2;

/// The longest sentence the read-out shows whole, in characters: a reader judging a finding
/// needs the sentence it rests on, not its first words.
pub const READOUT_CHARS: usize = 400;

/// Quotes a CSV field when it needs it (RFC 4180). A field that a spreadsheet would read as
/// a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`,
/// so that a sentence or an outlet name from a bundle can never run as one.
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s }
}

/// The claim matrix: one row per claim, one column per article (the sentence, or empty when
/// the article does not report the claim).
pub fn claim_matrix_csv(bundle: &Bundle, report: &Report) -> String {
    let mut out = String::from("claim");
    for a in &bundle.articles {
        out.push(',');
        out.push_str(&csv_field(display_name(a)));
    }
    out.push_str("\r\n");
    for c in &report.claims {
        out.push_str(&c.id.to_string());
        for a in &bundle.articles {
            let cell: Vec<&str> =
                c.members.iter().filter(|m| m.article == a.id).map(|m| unit_text(bundle, report, &m.unit())).collect();
            out.push(',');
            out.push_str(&csv_field(&cell.join(" ")));
        }
        out.push_str("\r\n");
    }
    out
}

/// A readable report in Markdown.
pub fn markdown(bundle: &Bundle, report: &Report) -> String {
    let mut out = String::new();
    let title = if bundle.event.title.is_empty() { "Comparison" } else { &bundle.event.title };
    out.push_str(&format!("# {}\n\n", md_escape(title)));
    if !bundle.event.notes.is_empty() {
        out.push_str(&format!("> {}\n\n", md_escape(&bundle.event.notes)));
    }
    out.push_str("## Articles\n\n");
    for (a, r) in bundle.articles.iter().zip(&report.articles) {
        out.push_str(&format!(
            "- **{}**{}: {} sentences in {} paragraphs\n",
            md_escape(display_name(a)),
            if a.title.is_empty() { String::new() } else { format!(" — “{}”", md_escape(a.title.trim())) },
            r.sentences.len(),
            r.paragraphs.len()
        ));
    }
    for d in &report.diagnostics {
        out.push_str(&format!("\n> Note: {}\n", md_escape(&d.message)));
    }
    markdown_findings(bundle, report, &mut out);
    markdown_signals(bundle, report, &mut out);
    let shared: Vec<_> = report.claims.iter().filter(|c| c.articles.len() > 1).collect();
    out.push_str(&format!("\n## Claims reported by more than one article ({})\n\n", shared.len()));
    for c in shared {
        out.push_str(&format!(
            "### Claim {} — in {} of {} articles\n\n",
            c.id,
            c.articles.len(),
            bundle.articles.len()
        ));
        for m in &c.members {
            let name = name_of(bundle, &m.article);
            out.push_str(&format!(
                "- **{}** ({}): {}\n",
                md_escape(name),
                m.place.name(),
                md_escape(unit_text(bundle, report, &m.unit()))
            ));
        }
        out.push('\n');
    }
    markdown_glossary(report, &mut out);
    out
}

/// The name readers see for an article id.
fn name_of<'a>(bundle: &'a Bundle, id: &'a str) -> &'a str {
    bundle.articles.iter().find(|a| a.id == id).map_or(id, display_name)
}

/// The ranked findings, each with the places it rests on.
fn markdown_findings(bundle: &Bundle, report: &Report, out: &mut String) {
    if report.findings.is_empty() {
        return;
    }
    out.push_str(&format!("\n## Findings ({}), most telling first\n\n", report.findings.len()));
    for (n, f) in report.findings.iter().enumerate() {
        let mut places: Vec<String> = Vec::new();
        for e in &f.evidence {
            let place = match (e.title, e.sentence) {
                (true, _) => format!("{}, headline", name_of(bundle, &e.article)),
                (false, Some(s)) => format!("{}, sentence {}", name_of(bundle, &e.article), s + 1),
                (false, None) => format!("{}, whole article", name_of(bundle, &e.article)),
            };
            if !places.contains(&place) {
                places.push(place);
            }
        }
        let signal = glossary::by_id(f.signal.name()).map_or(f.signal.name(), |e| e.title);
        out.push_str(&format!("{}. {} *({})*", n + 1, md_escape(&f.text), md_escape(signal)));
        if !places.is_empty() {
            out.push_str(&format!(" — evidence: {}", md_escape(&places.join("; "))));
        }
        out.push('\n');
    }
}

/// Per article: highlights by signal, the leading frames, the quoted speakers.
fn markdown_signals(bundle: &Bundle, report: &Report, out: &mut String) {
    if report.signals.is_empty() {
        return;
    }
    out.push_str("\n## Signals per article\n\n");
    for s in &report.signals {
        out.push_str(&format!("### {}\n\n", md_escape(name_of(bundle, &s.article))));
        let counts: Vec<String> = s
            .counts
            .iter()
            .filter(|(k, _)| k.as_str() != "boilerplate")
            .map(|(k, n)| format!("{} {n}", glossary::by_id(k).map_or(k.as_str(), |e| e.title).to_lowercase()))
            .collect();
        if !counts.is_empty() {
            out.push_str(&format!("- Highlights: {}\n", counts.join(", ")));
        }
        let frames: Vec<String> = s
            .frames
            .iter()
            .filter(|f| f.cues > 0)
            .take(3)
            .map(|f| format!("{} ({} cues)", f.label.to_lowercase(), f.cues))
            .collect();
        if !frames.is_empty() {
            out.push_str(&format!("- Leading frames: {}\n", frames.join(", ")));
        }
        let speakers: Vec<String> =
            s.speakers.iter().map(|p| format!("{} ({}, {})", p.label(), p.class.name(), p.shown_share())).collect();
        if !speakers.is_empty() {
            out.push_str(&format!(
                "- Quoted speakers, by share of the quoted words: {}\n",
                md_escape(&speakers.join("; "))
            ));
        }
        out.push_str(&format!("- Quoted words: {}% of {} words\n\n", fixed(s.quoted_share * 100.0, 0), s.words));
    }
}

/// What each signal in the report means, from the glossary.
fn markdown_glossary(report: &Report, out: &mut String) {
    let mut used: Vec<&str> = report.highlights.iter().map(|h| h.kind.name()).collect();
    used.extend(report.findings.iter().map(|f| f.signal.name()));
    let entries: Vec<_> = glossary::all().iter().filter(|e| used.contains(&e.id)).collect();
    if entries.is_empty() {
        return;
    }
    out.push_str("## Glossary\n\n");
    for e in entries {
        out.push_str(&format!(
            "- **{}** — {} {} *Example:* {}\n",
            md_escape(e.title),
            md_escape(e.what),
            md_escape(e.why),
            md_escape(e.example)
        ));
    }
}

/// Escapes the characters Markdown would treat as markup at the start or inside a line.
fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
    out
}
