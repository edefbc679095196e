//! Text exports of a report: JSON, a readable Markdown report, and the claim matrix as CSV.
//! Shared by the command line and the app's download buttons.

use super::bundle::Bundle;
use super::display_name;
use super::report::{Report, UnitRef};

/// The report as pretty-printed JSON.
pub fn report_json(report: &Report) -> String {
    let mut s = serde_json::to_string_pretty(report).unwrap_or_default();
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

/// Quotes a CSV field when it needs it (RFC 4180).
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() }
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
            let name = bundle.articles.iter().find(|a| a.id == m.article).map(display_name).unwrap_or(&m.article);
            out.push_str(&format!(
                "- **{}** ({:?}): {}\n",
                md_escape(name),
                m.place,
                md_escape(unit_text(bundle, report, &m.unit()))
            ));
        }
        out.push('\n');
    }
    out
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
