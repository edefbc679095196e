//! Hedges (words that soften a claim: "reportedly", "may", "appears to") and boosters (words
//! that strengthen it: "undeniably", "clearly", "fully").
//!
//! Words that hedge only a quantity ("about", "some", "more than") count only before a
//! number; "May" with a capital inside a sentence is the month.

use super::{Unit, View};
use crate::engine::lexicon;
use crate::engine::reading::tag::Tag;
use crate::engine::report::{Highlight, Kind};
use crate::engine::text::{Span, TokenKind};
use crate::engine::wordlist::WordList;
use crate::engine::words::number_word;

/// A hedge or a booster in an article.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    /// The unit it is in.
    pub unit: usize,
    /// Its bytes.
    pub span: Span,
    /// The words as written.
    pub text: String,
    /// True for a hedge, false for a booster.
    pub hedge: bool,
    /// The sub-class (epistemic, evidential, approximator, shield; certainty, intensifier,
    /// universal, evidential).
    pub class: String,
    /// True inside a quotation (the speaker's word, not the outlet's).
    pub quoted: bool,
}

/// Hedges that only soften a quantity: they count only when a number follows.
const QUANTITY_HEDGES: WordList = WordList::new(
    "about|around|roughly|approximately|approx|circa|some|nearly|almost|close to|more or less|\
     give or take|up to|as many as|as much as|at least|at most|more than|less than|fewer than|just under|\
     just over|upwards of|an estimated|estimated|in the region of|on the order of",
);

/// True when the token at `j` (or after "a") is a number or a number word.
fn number_at(u: &Unit, j: usize) -> bool {
    let is_num = |k: usize| {
        u.tokens.get(k).is_some_and(|t| {
            t.kind == TokenKind::Number
                || (number_word(&t.norm).is_some_and(|v| v >= 2.0) && t.norm != "second")
                || matches!(t.norm.as_str(), "hundreds" | "thousands" | "dozens" | "millions" | "billions" | "dozen")
        })
    };
    is_num(j) || (u.tokens.get(j).is_some_and(|t| t.norm == "a" || t.norm == "$" || t.norm == "£") && is_num(j + 1))
}

/// Finds the hedges and boosters of an article.
pub fn find(v: &View) -> Vec<Marker> {
    let lex = lexicon::get();
    let mut out = Vec::new();
    for (ui, u) in v.units.iter().enumerate() {
        u.scan(|norms, i| {
            let h = lex.hedges.longest(norms, i);
            let b = lex.boosters.longest(norms, i);
            let (n, class, hedge) = match (h, b) {
                (Some((hn, _)), Some((bn, bc))) if bn > hn => (bn, bc, false),
                (Some((hn, hc)), _) => (hn, hc, true),
                (None, Some((bn, bc))) => (bn, bc, false),
                (None, None) => return None,
            };
            let phrase = norms[i..i + n].join(" ");
            let keep = if hedge && QUANTITY_HEDGES.contains(phrase.as_str()) {
                number_at(u, i + n)
            } else if phrase == "may" {
                // "May" inside a sentence is the month.
                !(number_at(u, i + 1) || u.is_capitalized(i) && i > 0)
            } else {
                // An adjective before its noun describes the thing ("a guaranteed benefit",
                // "likely voters"); it strengthens or softens no claim.
                !(n == 1
                    && u.tags.get(i) == Some(&Tag::Adj)
                    && u.tags.get(i + 1).is_some_and(|t| matches!(t, Tag::Noun | Tag::Proper)))
            };
            if !keep {
                return None;
            }
            out.push(Marker {
                unit: ui,
                span: u.span_of(i, i + n),
                text: u.slice(i, i + n).to_string(),
                hedge,
                class: class.to_string(),
                quoted: u.quoted[i],
            });
            Some(n)
        });
    }
    out
}

/// The note of a hedge or booster highlight.
fn note(m: &Marker) -> String {
    let w = &m.text;
    let base = match (m.hedge, m.class.as_str()) {
        (true, "evidential") => {
            format!("“{w}” marks the claim as second-hand or unconfirmed: the writer does not vouch for it.")
        }
        (true, "approximator") => format!("“{w}” makes the amount imprecise, so the figure sounds less certain."),
        (true, "shield") => format!("“{w}” puts the claim on appearances instead of stating it outright."),
        (true, _) => format!("“{w}” presents the claim as possible rather than certain."),
        (false, "intensifier") => format!("“{w}” turns up the strength of what follows."),
        (false, "universal") => format!("“{w}” makes the claim absolute, allowing no exceptions."),
        (false, "evidential") => format!("“{w}” presents the claim as proven."),
        (false, _) => format!("“{w}” presents the claim as beyond doubt."),
    };
    if m.quoted { format!("{base} It stands inside a quotation, so it is the speaker's word.") } else { base }
}

/// Hedge and booster highlights of one article.
pub fn highlights(v: &View, markers: &[Marker]) -> Vec<Highlight> {
    markers
        .iter()
        .map(|m| {
            let kind = if m.hedge { Kind::Hedge } else { Kind::Booster };
            let class = if m.quoted { format!("quoted-{}", m.class) } else { m.class.clone() };
            v.highlight(m.unit, m.span, kind, Some(class), note(m))
        })
        .collect()
}
