//! Reporting verbs and their stance: neutral ("said"), endorsing ("noted"), distancing
//! ("claimed"), loaded ("touted"), with their inflections and phrasal forms.
//!
//! A verb counts only where it reports speech: as the verb of a statement found by
//! [`super::quotes`], or where a quotation, a colon or a reported clause is next to it. Verbs
//! of praise and blame ("hailed", "slammed") report an evaluation by themselves and count
//! without a clause, except where they have an everyday physical sense.

use super::quotes::{self, Statement};
use super::{Signals, View, excerpt};
use crate::engine::lexicon::{self, Stance};
use crate::engine::reading::Unit;
use crate::engine::report::{Claim, DiffTag, Highlight, Kind};
use crate::engine::text::{Span, TokenKind};
use crate::engine::wordlist::WordList;

/// One reporting verb in an article.
#[derive(Clone, Debug, PartialEq)]
pub struct VerbUse {
    /// The unit it is in.
    pub unit: usize,
    /// Its bytes (all words of a phrasal verb).
    pub span: Span,
    /// The words as written ("pointed out").
    pub text: String,
    /// The base form ("point out").
    pub lemma: String,
    /// The stance class.
    pub stance: Stance,
    /// True when it reports speech here.
    pub reports_speech: bool,
    /// True when it stands inside a quotation (the speaker's verb, not the outlet's).
    pub quoted: bool,
    /// The speaker's description, when the verb belongs to a statement.
    pub speaker: Option<String>,
    /// Where the article names the speaker (unit and bytes), when the verb belongs to a
    /// statement whose speaker is not a pronoun.
    pub speaker_at: Option<(usize, Span)>,
}

/// Verbs of evaluation that report speech without a following clause ("hailed the letter"),
/// by base form. Verbs with a common physical sense (attack, blast, slam, hammer) are not
/// here: they need a quotation or a clause to count.
const EVALUATIVE_SPEECH: WordList = WordList::new(
    "hail|tout|boast|brag|praise|laud|commend|extol|welcome|condemn|denounce|decry|deplore|criticise|\
     criticize|lambast|excoriate|castigate|berate|rebuke|chide|scold|deride|ridicule|mock|scoff|lament|\
     bemoan|admit|concede|confess|claim|allege|insist|vow|fume|gush|quip|retort|complain|accuse|dismiss|\
     downplay|play down|talk up|shrug off|brush off|brush aside|lash out at|hit out at|rail against|\
     cry foul",
);

/// Finds the reporting verbs of an article; `statements` tell which verbs introduce speech.
pub fn find(v: &View, statements: &[Statement]) -> Vec<VerbUse> {
    let lex = lexicon::get();
    let mut out = Vec::new();
    // The statements by verb (unit, token, then their own order): the first statement of a
    // verb is found by a binary search rather than a walk over all of them.
    let mut by_verb: Vec<(usize, usize, usize)> =
        statements.iter().enumerate().filter_map(|(k, s)| s.verb.map(|(su, si, _)| (su, si, k))).collect();
    crate::util::sorting::sort(&mut by_verb);
    for (ui, u) in v.units.iter().enumerate() {
        u.scan(|norms, i| {
            if u.tokens[i].kind != TokenKind::Word {
                return None;
            }
            let (n, vf) = lex.verbs.longest(norms, i)?;
            let at = by_verb.partition_point(|x| (x.0, x.1) < (ui, i));
            let statement = by_verb.get(at).filter(|x| (x.0, x.1) == (ui, i)).and_then(|x| statements.get(x.2));
            let nounish = quotes::nounish(u, i);
            // Verbs of praise and blame report speech in their finite forms ("hailed", "touts");
            // "dismissing the effort" or "welcoming ceremony" does not.
            let finite = matches!(vf.form, lexicon::Form::Past | lexicon::Form::Third);
            let hosting = vf.lemma == "welcome" && crate::engine::reading::attribution::hosts(u, i + n);
            let evaluative = EVALUATIVE_SPEECH.contains(vf.lemma) && !nounish && finite && !hosting;
            let that = u.tokens.get(i + n).is_some_and(|t| t.norm == "that");
            let reports_speech =
                statement.is_some() || evaluative || (!nounish && (that || quotes::speech_around(u, i, n)));
            out.push(VerbUse {
                unit: ui,
                span: u.span_of(i, i + n),
                text: u.slice(i, i + n).to_string(),
                lemma: vf.lemma.to_string(),
                stance: vf.stance,
                reports_speech,
                quoted: u.quoted[i],
                speaker: statement.map(|s| s.speaker.display.clone()).filter(|d| !d.is_empty()),
                speaker_at: statement.and_then(|s| s.speaker.mention),
            });
            Some(n)
        });
    }
    out
}

/// The note of a reporting-verb highlight.
fn note(vu: &VerbUse) -> String {
    let w = &vu.text;
    let base = match vu.stance {
        Stance::Neutral => format!("“{w}” is a neutral reporting verb: it only says that something was said."),
        Stance::Endorsing => {
            format!(
                "“{w}” is an endorsing reporting verb: it presents what follows as true, lending it the outlet's authority."
            )
        }
        Stance::Distancing => format!(
            "“{w}” is a distancing reporting verb: it suggests the statement is only someone's assertion and may not be true."
        ),
        Stance::Loaded => format!(
            "“{w}” is a loaded reporting verb: it judges how or why the speaker spoke instead of just reporting it."
        ),
    };
    if vu.quoted { format!("{base} It stands inside a quotation, so it is the speaker's word.") } else { base }
}

/// Highlights of the non-neutral reporting verbs that report speech.
pub fn highlights(v: &View, uses: &[VerbUse]) -> Vec<Highlight> {
    uses.iter()
        .filter(|vu| vu.reports_speech && vu.stance != Stance::Neutral)
        .map(|vu| {
            let class = if vu.quoted { format!("quoted-{}", vu.stance.name()) } else { vu.stance.name().to_string() };
            v.highlight(vu.unit, vu.span, Kind::ReportingVerb, Some(class), note(vu))
        })
        .collect()
}

/// A pair of aligned reporting verbs of different stance: (article, verb) on each side.
#[derive(Clone, Debug)]
pub struct Swap {
    /// Left article and its verb.
    pub a: (usize, VerbUse),
    /// Right article and its verb.
    pub b: (usize, VerbUse),
}

/// The reporting verbs that stand in the same place of two aligned versions of a claim
/// (the same diff piece) and differ in stance.
pub fn swaps(views: &[View], sig: &Signals, claims: &[Claim]) -> Vec<Swap> {
    let mut out = Vec::new();
    for c in claims {
        for d in &c.diffs {
            let (Some((ka, ua)), Some((kb, ub))) = (locate(views, &d.a), locate(views, &d.b)) else { continue };
            for op in d.ops.iter().filter(|o| o.tag == DiffTag::Replace) {
                let sa = Span::new(op.a.start, op.a.end);
                let sb = Span::new(op.b.start, op.b.end);
                // A short change: the verb (and its subject) swapped in an otherwise equal
                // sentence, not two different sentences that both happen to contain a verb.
                let words = |k: usize, u: usize, s: Span| {
                    views[k].units[u].tokens.iter().filter(|t| s.contains(t.span) && t.kind == TokenKind::Word).count()
                };
                if words(ka, ua, sa) > SWAP_WORDS || words(kb, ub, sb) > SWAP_WORDS {
                    continue;
                }
                let va = sig.verbs[ka].iter().find(|x| x.unit == ua && x.reports_speech && sa.contains(x.span));
                let vb = sig.verbs[kb].iter().find(|x| x.unit == ub && x.reports_speech && sb.contains(x.span));
                if let (Some(va), Some(vb)) = (va, vb)
                    && va.stance != vb.stance
                    && !va.quoted
                    && !vb.quoted
                    && same_speaker(va, vb)
                    && same_words_after(&views[ka].units[ua], va, &views[kb].units[ub], vb)
                {
                    out.push(Swap { a: (ka, va.clone()), b: (kb, vb.clone()) });
                }
            }
        }
    }
    out
}

/// True when both verbs have a speaker and the two can be one: names that end in the same
/// word ("President Trump" and "Trump"), or a description on either side ("Its spokesman" and
/// "Zhou Lanting"). Read on real events, aligned sentences with a swapped verb were mostly two
/// speakers saying two things.
fn same_speaker(a: &VerbUse, b: &VerbUse) -> bool {
    let last = |v: &VerbUse| {
        let name = quotes::short_name(v.speaker.as_deref()?);
        let w = name.split_whitespace().last()?;
        Some(crate::engine::reading::names::strip_possessive(w).to_string())
    };
    let described = |w: &str| w.chars().next().is_some_and(char::is_lowercase);
    match (last(a), last(b)) {
        (Some(x), Some(y)) => described(&x) || described(&y) || x.to_lowercase() == y.to_lowercase(),
        _ => false,
    }
}

/// Words after a verb compared for one statement.
const STATEMENT_WORDS: usize = 24;

/// True when what follows the two verbs shares three words in a row: the same statement
/// reported, not the same speaker saying something else ("charged that the plan would raise
/// costs" and "acknowledged that the plan would not cost").
fn same_words_after<'a>(ua: &'a Unit, a: &VerbUse, ub: &'a Unit, b: &VerbUse) -> bool {
    let words = |u: &'a Unit, v: &VerbUse| -> Vec<&'a str> {
        u.tokens
            .iter()
            .filter(|t| t.span.start >= v.span.end && t.kind == TokenKind::Word)
            .take(STATEMENT_WORDS)
            .map(|t| t.norm.as_str())
            .collect()
    };
    // Each verb reports a statement: "that", a colon, a quotation or a clause right after it,
    // or a quotation before it ("…,” said Lee"); not "welcomed the minister to his resort".
    let reports = |u: &Unit, v: &VerbUse| {
        let first = u.tokens.partition_point(|t| t.span.start < v.span.start);
        let after = u.tokens.partition_point(|t| t.span.start < v.span.end);
        let next = |k: usize| u.tokens.get(k).map(|t| (t.norm.as_str(), t.kind));
        let opens = |k: usize| matches!(next(k), Some(("that" | ":", _)) | Some((_, TokenKind::Quote)));
        let closes = first > 0 && (u.tokens[first - 1].kind == TokenKind::Quote || u.tokens[first - 1].norm == ",");
        // A clause without "that": a subject, then its verb ("insisted the bridge would …").
        let clause = (after + 1..(after + 6).min(u.tokens.len()))
            .take_while(|&k| u.tokens[k].kind == TokenKind::Word)
            .any(|k| u.tags[k].is_finite());
        opens(after) || (next(after).is_some_and(|(w, _)| w == ",") && opens(after + 1)) || closes || clause
    };
    if !reports(ua, a) || !reports(ub, b) {
        return false;
    }
    let (wa, wb) = (words(ua, a), words(ub, b));
    wb.windows(3).any(|w| wa.windows(3).any(|x| x == w))
}

/// A stance swap counts only inside a change of at most this many words on each side.
pub const SWAP_WORDS: usize = 4;

/// Finds the view and unit a report unit refers to.
pub fn locate(views: &[View], r: &crate::engine::report::UnitRef) -> Option<(usize, usize)> {
    let k = *views.first()?.index_of.get(&r.article)?;
    let u = match r.sentence {
        None => views[k].units.first().filter(|u| u.is_title()).map(|_| 0)?,
        Some(s) => views[k].unit_of_sentence(s)?,
    };
    Some((k, u))
}

/// Highlights on reporting verbs whose aligned counterpart in another article has a different
/// stance (neutral verbs included, since the contrast is what matters).
pub fn contrast_highlights(views: &[View], sig: &Signals, claims: &[Claim]) -> Vec<Highlight> {
    let mut out = Vec::new();
    for s in swaps(views, sig, claims) {
        for ((k, mine), (o, theirs)) in [(&s.a, &s.b), (&s.b, &s.a)] {
            let note = format!(
                "“{}” ({}) where {} says “{}” ({}) for the same statement.",
                excerpt(&mine.text, 30),
                mine.stance.name(),
                views[*o].name,
                excerpt(&theirs.text, 30),
                theirs.stance.name()
            );
            out.push(views[*k].highlight(
                mine.unit,
                mine.span,
                Kind::ReportingVerb,
                Some(mine.stance.name().into()),
                note,
            ));
        }
    }
    out
}
