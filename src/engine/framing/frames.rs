//! Frame dimensions: cues for the 15 frames of the Policy Frames Codebook (Economic, Health
//! and safety, Crime and punishment, …), matched by word form, per sentence and per article.
//! Cues match the listed word forms and their regular inflections ([`lexicon::cue_forms`]).

use super::{View, round3};
use crate::engine::lexicon::{self, FRAMES};
use crate::engine::report::{FrameScore, Highlight, Kind};
use crate::engine::text::Span;
use crate::util::sorting;

/// One frame cue in an article.
#[derive(Clone, Debug, PartialEq)]
pub struct Cue {
    /// The unit it is in.
    pub unit: usize,
    /// Its bytes.
    pub span: Span,
    /// The words as written.
    pub text: String,
    /// Index into [`FRAMES`].
    pub frame: usize,
    /// True inside a quotation.
    pub quoted: bool,
}

/// Finds the frame cues of an article.
pub fn find(v: &View) -> Vec<Cue> {
    let lex = lexicon::get();
    let mut out = Vec::new();
    for (ui, u) in v.units.iter().enumerate() {
        u.scan(|norms, i| {
            let (n, &frame) = lex.frames.longest(norms, i)?;
            if frame == lexicon::NOT_A_CUE {
                return Some(n);
            }
            out.push(Cue {
                unit: ui,
                span: u.span_of(i, i + n),
                text: u.slice(i, i + n).to_string(),
                frame,
                quoted: u.quoted[i],
            });
            Some(n)
        });
    }
    out
}

/// Frame dimensions with at least one cue, strongest first.
pub fn scores(cues: &[Cue]) -> Vec<FrameScore> {
    let mut counts = [0usize; FRAMES.len()];
    for c in cues {
        counts[c.frame] += 1;
    }
    let total: usize = counts.iter().sum();
    let mut out: Vec<FrameScore> = counts
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(k, &n)| FrameScore {
            frame: FRAMES[k].0.to_string(),
            label: FRAMES[k].1.to_string(),
            cues: n,
            share: round3(n as f64 / total.max(1) as f64),
        })
        .collect();
    sorting::sort_by(&mut out, |a, b| b.cues.cmp(&a.cues).then(a.frame.cmp(&b.frame)));
    out
}

/// Frame-cue highlights of one article; the class is the frame id.
pub fn highlights(v: &View, cues: &[Cue]) -> Vec<Highlight> {
    cues.iter()
        .map(|c| {
            let note = format!(
                "“{}” is a cue for the {} frame: it presents the story as a matter of {}.",
                c.text,
                FRAMES[c.frame].1,
                frame_gist(c.frame)
            );
            v.highlight(c.unit, c.span, Kind::Frame, Some(FRAMES[c.frame].0.into()), note)
        })
        .collect()
}

/// What each frame presents the story as, in a few plain words.
pub fn frame_gist(k: usize) -> &'static str {
    match FRAMES.get(k).map(|f| f.0) {
        Some("economic") => "money, costs and jobs",
        Some("capacity") => "resources: whether there is enough staff, money or supplies",
        Some("morality") => "right and wrong, duty or faith",
        Some("fairness") => "fair or equal treatment",
        Some("legality") => "law, courts and rights",
        Some("policy") => "which measures work and what should be done",
        Some("crime") => "crime, policing and punishment",
        Some("security") => "threats, defence and security",
        Some("health") => "health, illness and physical safety",
        Some("quality-of-life") => "people's daily lives and wellbeing",
        Some("cultural-identity") => "a group's traditions, values and identity",
        Some("public-opinion") => "what the public thinks or does",
        Some("political") => "politics: parties, elections and power",
        Some("external") => "relations with other countries and standing abroad",
        _ => "something outside the other frames",
    }
}
