//! The framing dashboard: small SVG charts per article (highlights by signal, coverage,
//! emphasis, frame dimensions, quoted speakers), each with a text alternative. Charts of one
//! kind share a scale so that articles can be compared at a glance.

use super::context::Shared;
use crate::engine::report::{ArticleSignals, Place};
use crate::engine::{Kind, Report};
use crate::util::decimal::fixed;
use crate::util::sorted::{SortedMap, SortedSet};
use yew::prelude::*;

/// One bar: label, value, and the value as shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// What the bar counts.
    pub label: String,
    /// Its length.
    pub value: f64,
    /// The number printed after it.
    pub shown: String,
}

/// Width of a chart in CSS pixels, and the part given to labels beside their bars. (Positions
/// are whole pixels: integers are written without the float formatting, see `decimal.rs`.)
const CHART_WIDTH: usize = 300;
const LABEL_WIDTH: usize = 130;
const ROW_HEIGHT: usize = 20;
/// Labels up to this many characters fit beside their bars (11 px text in `LABEL_WIDTH`); a
/// chart with a longer one puts every label on a line of its own above its bar.
const SIDE_LABEL_CHARS: usize = 18;
/// Labels above their bars are cut to this many characters (the chart's width); the text
/// alternative and the label's tooltip keep the whole label.
const LINE_LABEL_CHARS: usize = 52;
const STACKED_ROW_HEIGHT: usize = 30;

/// A label cut to `max` characters, with an ellipsis when cut.
fn shortened(label: &str, max: usize) -> String {
    if label.chars().count() <= max {
        return label.to_string();
    }
    let mut out: String = label.chars().take(max - 1).collect();
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

/// A horizontal bar chart as inline SVG; `max` is the shared scale. The chart is an image
/// with a text alternative listing every bar, and its numbers are printed too.
pub fn bar_chart(id: &str, title: &str, bars: &[Bar], max: f64) -> Html {
    if bars.is_empty() {
        return html! { <p class="chart-empty">{ format!("{title}: none.") }</p> };
    }
    // Bars are separated by semicolons: a label may have a comma of its own ("Legality,
    // constitutionality and jurisprudence").
    let alt =
        format!("{title}: {}.", bars.iter().map(|b| format!("{} {}", b.label, b.shown)).collect::<Vec<_>>().join("; "));
    let stacked = bars.iter().any(|b| b.label.chars().count() > SIDE_LABEL_CHARS);
    let (row, left) = if stacked { (STACKED_ROW_HEIGHT, 0) } else { (ROW_HEIGHT, LABEL_WIDTH) };
    let height = row * bars.len() + 4;
    let span = (CHART_WIDTH - left - 40) as f64;
    let rows = bars.iter().enumerate().map(|(n, b)| {
        let y = n * row + 2;
        let w = if max > 0.0 { (b.value / max * span).max(if b.value > 0.0 { 2.0 } else { 0.0 }) } else { 0.0 };
        // Beside the bar, the label ends at the bar; above it, it starts at the left edge.
        let (label_x, label_y, anchor, bar_y) =
            if stacked { (0, y + 11, "start", y + 14) } else { (LABEL_WIDTH - 6, y + 14, "end", y + 3) };
        let shown = if stacked { shortened(&b.label, LINE_LABEL_CHARS) } else { b.label.clone() };
        let whole = (shown != b.label).then(|| html! { <title>{ b.label.clone() }</title> });
        html! {
            <g>
                <text x={label_x.to_string()} y={label_y.to_string()} text-anchor={anchor} class="chart-label">{ whole }{ shown }</text>
                <rect x={left.to_string()} y={bar_y.to_string()} width={fixed(w, 1)} height="13" class="chart-bar" />
                <text x={fixed(left as f64 + w + 4.0, 1)} y={(bar_y + 11).to_string()} class="chart-value">{ b.shown.clone() }</text>
            </g>
        }
    });
    let title_id = format!("{id}-title");
    html! {
        <figure class="chart">
            <figcaption>{ title }</figcaption>
            <svg role="img" aria-labelledby={title_id.clone()} width={CHART_WIDTH.to_string()} height={format!("{height}")}
                viewBox={format!("0 0 {CHART_WIDTH} {height}")}>
                <title id={title_id}>{ alt }</title>
                { for rows }
            </svg>
        </figure>
    }
}

/// Highlights per kind for each article: from the framing signals when the report has them,
/// otherwise counted from the highlights.
pub fn kind_counts_per_article(report: &Report) -> Vec<SortedMap<String, usize>> {
    report
        .articles
        .iter()
        .enumerate()
        .map(|(k, a)| match report.signals.get(k).filter(|s| s.article == a.id && !s.counts.is_empty()) {
            Some(s) => s.counts.clone(),
            None => {
                let mut m = SortedMap::new();
                for h in report.highlights.iter().filter(|h| h.article == a.id) {
                    *m.entry(h.kind.name().to_string()).or_default() += 1;
                }
                m
            }
        })
        .collect()
}

/// Coverage of one article: claims it alone reports, shares with some, shares with all, and
/// claims others report that it leaves out.
pub fn coverage(report: &Report, id: &str, total: usize) -> [usize; 4] {
    let mut out = [0; 4];
    for c in &report.claims {
        let n = c.articles.len();
        let here = c.articles.iter().any(|a| a == id);
        match (here, n) {
            (true, 1) => out[0] += 1,
            (true, n) if n == total => out[2] += 1,
            (true, _) => out[1] += 1,
            (false, n) if n >= 2 => out[3] += 1,
            _ => {}
        }
    }
    out
}

/// Emphasis of one article: of the claims it shares with others, how many it puts in the
/// headline, the lead, or further down.
pub fn emphasis(report: &Report, id: &str) -> [usize; 3] {
    let mut out = [0; 3];
    for c in report.claims.iter().filter(|c| c.articles.len() > 1) {
        if let Some(best) = c.members.iter().filter(|m| m.article == id).map(|m| m.place).min() {
            out[match best {
                Place::Headline => 0,
                Place::Lead => 1,
                Place::Body => 2,
            }] += 1;
        }
    }
    out
}

/// The rows of the "highlights by signal" charts: every signal that any article has, in the
/// order of [`Kind::ALL`] (then any other name, alphabetically), the same rows for every
/// article, so that a signal one article lacks shows as a zero beside the others' bars.
pub fn signal_rows(counts: &[SortedMap<String, usize>]) -> Vec<String> {
    let present = |name: &str| counts.iter().any(|m| m.get(name).is_some_and(|&n| n > 0));
    let mut rows: Vec<String> =
        Kind::ALL.iter().map(|k| k.name()).filter(|name| present(name)).map(str::to_string).collect();
    let others: SortedSet<&String> = counts
        .iter()
        .flat_map(|m| m.iter())
        .filter(|&(name, &n)| n > 0 && !Kind::ALL.iter().any(|k| k.name() == name.as_str()))
        .map(|(name, _)| name)
        .collect();
    rows.extend(others.into_iter().cloned());
    rows
}

/// What the "highlights by signal" charts count for each article: [`kind_counts_per_article`]
/// without frame cues when the report has framing signals (frame cues have a chart of their
/// own; among the other signals they would dwarf every bar).
pub fn charted_counts(report: &Report) -> Vec<SortedMap<String, usize>> {
    let mut counts = kind_counts_per_article(report);
    if !report.signals.is_empty() {
        for m in &mut counts {
            m.remove(Kind::Frame.name());
        }
    }
    counts
}

/// The rows of the "frame dimensions" charts: every frame that any article has cues for (id and
/// name), most cues over all articles first, the same rows for every article.
pub fn frame_rows(signals: &[&ArticleSignals]) -> Vec<(String, String)> {
    let mut rows: Vec<(String, String, usize)> = Vec::new();
    for f in signals.iter().flat_map(|s| &s.frames) {
        match rows.iter_mut().find(|r| r.0 == f.frame) {
            Some(r) => r.2 += f.cues,
            None => rows.push((f.frame.clone(), f.label.clone(), f.cues)),
        }
    }
    crate::util::sorting::sort_by(&mut rows, |a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
    rows.into_iter().map(|(id, label, _)| (id, label)).collect()
}

fn label_of(name: &str) -> String {
    Kind::ALL.iter().find(|k| k.name() == name).map_or_else(|| name.to_string(), |k| k.label().to_string())
}

/// Charts per article.
#[component]
pub fn Dashboard() -> Html {
    let ctx = use_context::<Shared>().expect("the app provides the shared context");
    let bundle = &ctx.analysed.bundle;
    let report = &ctx.analysed.report;
    if bundle.articles.is_empty() {
        return html! { <p class="empty-state">{ "Add articles to see their charts." }</p> };
    }
    let total = bundle.articles.len();
    let has_signals = !report.signals.is_empty();
    let counts = charted_counts(report);
    let max_count = counts.iter().flat_map(|m| m.values()).copied().max().unwrap_or(0) as f64;
    let rows = signal_rows(&counts);
    let signals: Vec<Option<&ArticleSignals>> =
        bundle.articles.iter().enumerate().map(|(k, a)| report.signals.get(k).filter(|s| s.article == a.id)).collect();
    let frame_rows = frame_rows(&signals.iter().flatten().copied().collect::<Vec<_>>());
    let covs: Vec<[usize; 4]> = bundle.articles.iter().map(|a| coverage(report, &a.id, total)).collect();
    let max_cov = covs.iter().flatten().copied().max().unwrap_or(0) as f64;
    let emph: Vec<[usize; 3]> = bundle.articles.iter().map(|a| emphasis(report, &a.id)).collect();
    let max_emph = emph.iter().flatten().copied().max().unwrap_or(0) as f64;
    let cards = bundle.articles.iter().enumerate().map(|(k, _)| {
        let name = ctx.names.get(k).cloned().unwrap_or_default();
        let kinds: Vec<Bar> = rows
            .iter()
            .map(|row| {
                let n = counts.get(k).and_then(|m| m.get(row.as_str())).copied().unwrap_or(0);
                Bar { label: label_of(row), value: n as f64, shown: n.to_string() }
            })
            .collect();
        let c = covs[k];
        let cov = vec![
            Bar { label: "Only here".into(), value: c[0] as f64, shown: c[0].to_string() },
            Bar { label: "Shared by some".into(), value: c[1] as f64, shown: c[1].to_string() },
            Bar { label: "Shared by all".into(), value: c[2] as f64, shown: c[2].to_string() },
            Bar { label: "Left out".into(), value: c[3] as f64, shown: c[3].to_string() },
        ];
        let e = emph[k];
        let em = vec![
            Bar { label: "In the headline".into(), value: e[0] as f64, shown: e[0].to_string() },
            Bar { label: "In the lead".into(), value: e[1] as f64, shown: e[1].to_string() },
            Bar { label: "Further down".into(), value: e[2] as f64, shown: e[2].to_string() },
        ];
        let signals = signals[k];
        let frames: Vec<Bar> = signals
            .map(|s| {
                frame_rows
                    .iter()
                    .map(|(id, label)| {
                        let share = s.frames.iter().find(|f| &f.frame == id).map_or(0.0, |f| f.share);
                        Bar { label: label.clone(), value: share, shown: format!("{}%", fixed(share * 100.0, 0)) }
                    })
                    .collect()
            })
            .unwrap_or_default();
        let speakers: Vec<Bar> = signals
            .map(|s| s.speakers.iter().take(6).map(|p| Bar { label: ctx.mask(&p.label()), value: p.share, shown: p.shown_share() }).collect())
            .unwrap_or_default();
        html! {
            <section class="dash-card" aria-labelledby={format!("dash-{k}")}>
                <h3 id={format!("dash-{k}")}>{ name.clone() }</h3>
                { bar_chart(&format!("dash-{k}-kinds"), &format!("Highlights by signal in {name}"), &kinds, max_count) }
                { bar_chart(&format!("dash-{k}-cov"), &format!("Claims covered by {name}"), &cov, max_cov) }
                { bar_chart(&format!("dash-{k}-emph"), &format!("Where {name} puts shared claims"), &em, max_emph) }
                if has_signals {
                    { bar_chart(&format!("dash-{k}-frames"), &format!("Frame dimensions in {name}"), &frames, 1.0) }
                    { bar_chart(&format!("dash-{k}-speakers"), &format!("Share of quoted words by speaker in {name}"), &speakers, 1.0) }
                    if let Some(s) = signals {
                        <p class="dash-note">{ format!("{}% of its {} words are inside quotation marks.", fixed(s.quoted_share * 100.0, 0), s.words) }</p>
                    }
                }
            </section>
        }
    });
    html! {
        <section class="dashboard" aria-label="Framing dashboard">
            <p class="view-intro">{ "Each chart counts what the analysis marked in one article; the same chart for every article has the same rows and one scale, so a zero shows what an article lacks." }</p>
            if !has_signals {
                <p class="empty-state">{ "Frame dimensions and quoted speakers are not in this report, so only highlights, coverage and emphasis are charted." }</p>
            }
            <div class="dash-grid">{ for cards }</div>
        </section>
    }
}
