//! Framing signals: how the articles frame the event differently, each with a reason.
//!
//! [`analyze`] looks at every article (reporting verbs, hedges and boosters, loaded words,
//! quotations and their speakers, agentless passives, numbers, frame cues), groups the names
//! each article uses for the same referent ([`labels`]), classifies every change inside the
//! claim diffs ([`changes`]), and ranks the most telling differences as findings
//! ([`findings`]). Every highlight carries a one-sentence note; [`glossary`] explains every
//! kind. Nothing here scores an outlet: the output is differences with their evidence.

pub mod agency;
pub mod changes;
pub mod check;
pub mod findings;
pub mod frames;
pub mod glossary;
pub mod hedges;
pub mod introductions;
pub mod labels;
pub mod loaded;
pub mod numbers;
pub mod omissions;
pub mod quotes;
pub mod verbs;

use super::report::{ArticleSignals, Claim, Evidence, Finding, FrameScore, Highlight, Link, Referent, Signal};
pub use crate::engine::reading::{Unit, View};
use crate::util::sorted::SortedMap;

/// What the framing analysis adds to a report.
#[derive(Clone, Debug, Default)]
pub struct Framing {
    /// Highlights of every framing kind.
    pub highlights: Vec<Highlight>,
    /// Ranked findings, most telling first.
    pub findings: Vec<Finding>,
    /// Per article, in bundle order.
    pub signals: Vec<ArticleSignals>,
    /// Referents and the labels each article uses.
    pub referents: Vec<Referent>,
    /// Every candidate finding before the ranking (which leaves some out: see
    /// [`findings::FIRST_SCREEN`]), for the tests of each signal's findings (natively only:
    /// the web build has no use for them).
    #[cfg(not(target_arch = "wasm32"))]
    pub candidates: Vec<Candidate>,
}

/// A finding before ranking (the signals write them, `findings::rank` orders them; here so
/// that the signals need not import the ranking).
#[derive(Clone, Debug)]
pub struct Candidate {
    /// The signal.
    pub signal: Signal,
    /// The form of the finding within its signal ("omitted-term", "swap", "profile"…).
    pub form: &'static str,
    /// The sentence.
    pub text: String,
    /// How sharp the contrast is (0–1).
    pub strength: f64,
    /// What it rests on.
    pub evidence: Vec<Evidence>,
}

/// Everything the framing analysis found in the articles, before findings.
#[derive(Debug, Default)]
pub struct Signals {
    /// Reporting verbs, per article.
    pub verbs: Vec<Vec<verbs::VerbUse>>,
    /// Hedges and boosters, per article.
    pub hedges: Vec<Vec<hedges::Marker>>,
    /// Loaded words, per article.
    pub loaded: Vec<Vec<loaded::LoadedWord>>,
    /// Statements (direct and indirect speech) with their speakers, per article.
    pub statements: Vec<Vec<quotes::Statement>>,
    /// Agentless passives, per article.
    pub passives: Vec<Vec<agency::Passive>>,
    /// Quantities, per article.
    pub numbers: Vec<Vec<numbers::Quantity>>,
    /// Frame cues, per article.
    pub frames: Vec<Vec<frames::Cue>>,
    /// Link scores between units of different articles (see [`numbers::link_map`]).
    pub links: numbers::LinkMap,
}

/// Runs the whole framing analysis on the reading of the articles (`reading::read`). `claims`
/// are the report's claims: the classification of every change in their diffs is written into
/// `DiffOp::change`.
pub fn analyze(views: &[View], claims: &mut [Claim], links: &[Link]) -> Framing {
    let mut sig = Signals { links: numbers::link_map(views, links), ..Signals::default() };
    for v in views {
        let statements = quotes::statements(v);
        sig.verbs.push(verbs::find(v, &statements));
        sig.statements.push(statements);
        sig.hedges.push(hedges::find(v));
        let found_verbs = sig.verbs.last().map(Vec::as_slice).unwrap_or_default();
        sig.loaded.push(loaded::find(v, found_verbs));
        sig.passives.push(agency::find(v));
        sig.numbers.push(numbers::find(v));
        sig.frames.push(frames::find(v));
    }
    // A word that is a reporting verb is not also a booster ("confirmed", "showed").
    for (k, list) in sig.hedges.iter_mut().enumerate() {
        list.retain(|m| !sig.verbs[k].iter().any(|vu| vu.reports_speech && vu.span.overlap(m.span) > 0));
    }
    let refs = labels::referents(views, &sig);
    changes::classify(views, &sig, &refs, claims);
    // Contrast notes first: when two highlights cover the same span, the report keeps the first.
    let mut highlights = verbs::contrast_highlights(views, &sig, claims);
    for v in views {
        let k = v.index;
        highlights.extend(verbs::highlights(v, &sig.verbs[k]));
        highlights.extend(hedges::highlights(v, &sig.hedges[k]));
        highlights.extend(loaded::highlights(v, &sig.loaded[k]));
        highlights.extend(quotes::highlights(v, &sig.statements[k]));
        highlights.extend(agency::highlights(v, &sig.passives[k]));
        highlights.extend(frames::highlights(v, &sig.frames[k]));
    }
    highlights.extend(numbers::highlights(views, &sig, claims));
    highlights.extend(labels::highlights(views, &refs));
    let signals = in_bundle_order(views).map(|v| article_signals(v, &sig, &highlights)).collect();
    let candidates = findings::all(views, &sig, &refs, claims);
    #[cfg(not(target_arch = "wasm32"))]
    let kept = candidates.clone();
    let findings = findings::rank(candidates);
    Framing {
        highlights,
        findings,
        signals,
        referents: labels::report(views, &refs),
        #[cfg(not(target_arch = "wasm32"))]
        candidates: kept,
    }
}

/// The views in the order of the bundle (they come in reading order), for the lists of the
/// report that follow the bundle's columns.
pub fn in_bundle_order<'v, 'a>(views: &'v [View<'a>]) -> impl Iterator<Item = &'v View<'a>> {
    let mut order: Vec<&View> = views.iter().collect();
    crate::util::sorting::sort_by_key(&mut order, |v| v.position);
    order.into_iter()
}

/// The per-article summary: counts by kind, frames, speakers and quoted share.
fn article_signals(v: &View, sig: &Signals, highlights: &[Highlight]) -> ArticleSignals {
    let mut counts: SortedMap<String, usize> = SortedMap::new();
    for h in highlights.iter().filter(|h| h.article == v.id) {
        *counts.entry(h.kind.name().to_string()).or_default() += 1;
    }
    let frames: Vec<FrameScore> = frames::scores(&sig.frames[v.index]);
    let (speakers, quoted_words) = quotes::shares(v, &sig.statements[v.index]);
    let quoted_share = if v.words == 0 { 0.0 } else { round3(quoted_words as f64 / v.words as f64) };
    ArticleSignals { article: v.id.to_string(), counts, frames, speakers, quoted_share, words: v.words }
}

/// Rounds to three decimals, so that reports stay stable and readable.
pub fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// "A", "A and B", "A, B and C".
pub fn join_names<S: AsRef<str>>(names: &[S]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].as_ref().to_string(),
        n => {
            let head: Vec<&str> = names[..n - 1].iter().map(AsRef::as_ref).collect();
            format!("{} and {}", head.join(", "), names[n - 1].as_ref())
        }
    }
}

/// A short excerpt of `s` (at most `max` characters, cut at a word boundary, with "…"), to
/// stand inside a finding's quotation marks: its own double quotation marks become single ones
/// (‘ ’), as a quotation inside a quotation is written. A cut ends on a word that carries
/// meaning, not on "a", "with" or "not too" nor inside a name (the first three words kept
/// whatever they are), and
/// a quotation it leaves open is closed after the "…". A space the source put before a comma
/// ("bishops , theologians") is left out. A text at most a fifth longer than `max` is not cut:
/// the few words a cut would save are often what the sentence says ("…accusing the mayor of
/// enabling the fraud…" cut before "of the port authority").
pub fn excerpt(s: &str, max: usize) -> String {
    let s = s.trim().replace(" ,", ",");
    if s.chars().count() <= max + max / 5 {
        return nested(&s);
    }
    let cut: String = s.chars().take(max).collect();
    let mut head = &cut[..cut.rfind(' ').unwrap_or(cut.len())];
    let capital = |w: &str| w.trim_start_matches(|c: char| !c.is_alphanumeric()).starts_with(char::is_uppercase);
    loop {
        head = head.trim_end_matches([',', ';', ':', ' ', '—', '–', '-']);
        let Some(at) = head.rfind(' ') else { break };
        let word = &head[at + 1..];
        let last: String = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().replace('’', "'");
        // A name cut after its first words ("candidate Richard…"): the part kept goes too.
        let next = s[head.len()..].split_whitespace().next().unwrap_or("");
        let name_cut = capital(word) && capital(next) && word.ends_with(|c: char| c.is_alphanumeric() || c == '.');
        if head[..at].split_whitespace().count() < 3 || !(name_cut || crate::engine::words::is_function_word(&last)) {
            break;
        }
        head = &head[..at];
    }
    // A quotation opened and not closed inside the excerpt: curly marks by their direction,
    // straight ones by their number.
    let open = head.matches('“').count() > head.matches('”').count();
    let straight = head.matches('"').count() % 2 == 1;
    let close = if open {
        "”"
    } else if straight {
        "\""
    } else {
        ""
    };
    nested(&format!("{head}…{close}"))
}

/// `s` with its double quotation marks made single: curly ones by their direction, straight
/// ones by what stands before them (an opening mark follows a space, a bracket or nothing).
fn nested(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev: Option<char> = None;
    for c in s.chars() {
        out.push(match c {
            '“' => '‘',
            '”' => '’',
            '"' if prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '‘')) => '‘',
            '"' => '’',
            c => c,
        });
        prev = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::excerpt;

    #[test]
    fn excerpts_end_on_a_word_that_carries_meaning() {
        let s = "The mayor is setting hopes high, but apparently not too high, for the vote on the quay.";
        assert_eq!(excerpt(s, 60), "The mayor is setting hopes high, but apparently…");
        assert_eq!(excerpt("Ann Lee joined a chorus of critics on Monday.", 17), "Ann Lee joined…");
        // Nor inside a name.
        assert_eq!(
            excerpt("Ann Lee spoke with the mayor and Senate candidate Eva Maria Lund.", 50),
            "Ann Lee spoke with the mayor and Senate candidate…"
        );
        // Three words stay whatever they are.
        assert_eq!(excerpt("Of the three of them one left.", 14), "Of the three…");
        // A text at most a fifth longer than the room is shown whole.
        assert_eq!(
            excerpt("Ann Lee joined a chorus of critics on Monday.", 40),
            "Ann Lee joined a chorus of critics on Monday."
        );
        assert_eq!(excerpt("Ann Lee joined a chorus of critics on Monday.", 36), "Ann Lee joined a chorus of critics…");
    }

    #[test]
    fn excerpts_close_the_quotation_they_cut() {
        let s = "A day after saying he was \"not going to talk about this anymore,\" Ann Lee spoke.";
        assert_eq!(excerpt(s, 50), "A day after saying he was ‘not going to talk…’");
        let s = "A day after saying he was “not going to talk about this anymore,” Ann Lee spoke.";
        assert_eq!(excerpt(s, 50), "A day after saying he was ‘not going to talk…’");
        // A quotation closed inside the excerpt needs nothing after it.
        assert_eq!(excerpt("He said “no” twice and left the hall.", 25), "He said ‘no’ twice…");
    }

    #[test]
    fn excerpts_leave_out_a_space_before_a_comma() {
        assert_eq!(excerpt("Bishops , priests and nuns", 80), "Bishops, priests and nuns");
    }
}
