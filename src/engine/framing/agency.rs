//! Agency: agentless passives ("mistakes were made", "tear gas was fired", "the figures were
//! not independently verified") — a form of "to be" or "to get", optional adverbs, and a past
//! participle (regular or irregular), with no "by …" naming who acted.

use super::{Unit, View};
use crate::engine::reading::tag::Tag;
use crate::engine::report::{Highlight, Kind};
use crate::engine::text::{Span, TokenKind};
use crate::engine::wordlist::WordList;

/// Words this far after the participle are searched for a "by" that names the agent.
pub const AGENT_WINDOW: usize = 6;

/// One agentless passive.
#[derive(Clone, Debug, PartialEq)]
pub struct Passive {
    /// The unit it is in.
    pub unit: usize,
    /// From the auxiliary to the participle ("were not independently verified").
    pub span: Span,
    /// The words as written.
    pub text: String,
    /// The participle ("verified").
    pub participle: String,
    /// The stem id of the participle (see [`super::View::stem_text`]).
    pub stem: u32,
    /// True inside a quotation (the speaker's wording).
    pub quoted: bool,
    /// True when the sentence says the act was done: not negated ("were not extended") and
    /// not inside a condition ("if they were extended"). Only such a passive hides an actor
    /// that another article may name.
    pub asserted: bool,
}

/// Words that make the clause they open a condition: what it says may not have happened.
const CONDITIONS: WordList = WordList::new("if|unless|whether|lest");

/// True when the passive from the auxiliary at `i` to the participle at `p` is negated (a
/// negation, as the sentence reader tags it, right before the auxiliary or inside), or
/// stands in a clause opened by a condition (searched back to the clause's start: a comma,
/// semicolon, colon or dash, or the sentence's start).
fn negated_or_conditional(u: &Unit, i: usize, p: usize) -> bool {
    let negated = (i.saturating_sub(1)..p).any(|k| k != i && u.tags[k] == Tag::Neg);
    let clause_start =
        (0..i).rev().find(|&k| matches!(u.tokens[k].norm.as_str(), "," | ";" | ":" | "—" | "–")).map_or(0, |k| k + 1);
    negated || (clause_start..i).any(|k| CONDITIONS.contains(u.tokens[k].norm.as_str()))
}

/// Forms of "be" and "get" that build a passive.
const AUXILIARIES: WordList = WordList::new("is|are|was|were|be|been|being|am|get|gets|got|gotten|getting");

/// True for a form of "be" or "get" that can build a passive.
pub fn is_auxiliary(w: &str) -> bool {
    AUXILIARIES.contains(w)
}

/// Irregular past participles (written for this project from English grammar).
pub const IRREGULAR: WordList = WordList::new(
    "arisen|awoken|beaten|become|begun|bent|bet|bid|bitten|bled|blown|bound|bred|broken|brought|built|\
     burnt|burst|bought|cast|caught|chosen|clung|come|cost|crept|cut|dealt|dug|done|drawn|dreamt|drunk|\
     driven|eaten|fallen|fed|felt|fought|found|fled|flung|flown|forbidden|forecast|foreseen|forgotten|\
     forgiven|frozen|given|gone|ground|grown|hung|heard|hidden|hit|held|hurt|kept|knelt|known|laid|led|\
     leapt|learnt|left|lent|let|lain|lit|lost|made|meant|met|mislaid|misled|mistaken|misunderstood|mown|\
     overcome|overdone|overheard|overlooked|overrun|overseen|overtaken|overthrown|paid|proven|put|quit|\
     read|rebuilt|redone|rewritten|rid|ridden|rung|risen|run|sawn|said|seen|sought|sold|sent|set|sewn|\
     shaken|shed|shone|shot|shown|shrunk|shut|sung|sunk|sat|slain|slept|slid|slung|slit|smelt|sown|\
     spoken|sped|spelt|spent|spilt|spun|spat|split|spoilt|spread|sprung|stood|stolen|stuck|stung|stunk|\
     struck|strung|striven|sworn|swept|swollen|swum|swung|taken|taught|torn|told|thought|thrown|thrust|\
     trodden|understood|undertaken|undone|upheld|upset|woken|worn|woven|wed|wept|won|wound|withdrawn|\
     withheld|withstood|wrung|written",
);

/// Participles that after "be" usually describe a state or a feeling rather than an action
/// someone did ("was born", "is based", "were worried"), so they do not hide an agent.
const STATIVE: WordList = WordList::new(
    "born|based|located|situated|interested|concerned|worried|scared|frightened|tired|bored|pleased|\
     delighted|surprised|shocked|excited|disappointed|satisfied|married|divorced|dressed|gone|involved|\
     related|supposed|used|entitled|committed|dedicated|determined|convinced|prepared|equipped|qualified|\
     expected|believed|thought|said|reported|alleged|rumoured|rumored|known|named|called|titled|aged|\
     accustomed|acquainted|ashamed|united|divided|mixed|finished|done|closed|opened|unknown|unclear|\
     uncertain|unchanged|limited|advanced|experienced|skilled|talented|armed|masked|crowded|packed|\
     filled|covered|faced|set|due|allowed|able|seated|estimated|scheduled|slated|poised",
);

/// Participles that after "be" name a quality of the subject, not an action someone did to it
/// ("the study was flawed", "the coverage was biased"): written by us from words that take
/// "very" or "more" before them in this use.
const ADJECTIVAL: WordList = WordList::new(
    "flawed|biased|skewed|misguided|misplaced|misleading|outdated|unfounded|unwarranted|unprecedented|\
     complicated|sophisticated|experienced|qualified|unqualified|talented|skilled|divided|united|crowded|\
     isolated|exaggerated|heated|muted|subdued",
);

/// Degree words that modify adjectives but not verbs: a participle after one of them, between
/// the auxiliary and the participle, is an adjective ("was very divided", "is deeply flawed"),
/// since an action cannot be graded so ("*was very hit").
const DEGREE_WORDS: WordList = WordList::new(
    "very|so|too|quite|rather|fairly|pretty|somewhat|more|most|less|least|deeply|fundamentally|extremely|\
     increasingly|utterly",
);

/// Verbs whose "un-" undoes an action ("unveil", "unlock"): their participles are actions
/// someone did. Every other "un-" before a participle negates it and makes an adjective
/// ("unarmed", "unnamed", "unpaid"): there is no verb to "unarm" whose agent is hidden.
/// Written by us from English word formation.
const REVERSATIVE: WordList = WordList::new(
    "unveiled|unlocked|uncovered|unleashed|unearthed|unloaded|unpacked|unsealed|unblocked|unfrozen|\
     unplugged|untied|undone|unfolded|unmasked|unravelled|unraveled|unwrapped|unchained|unshackled|\
     unseated|unbanned|unfurled|unrolled|unzipped|unbolted|unhooked|unlatched|unscrewed|unbuckled|\
     unlinked|unfriended|unfollowed|unsubscribed|uninstalled|unloosed|unmuted",
);

/// True when `w` is a participle negated by "un-" ("uncompensated", "unidentified"), an
/// adjective; "under-" and "uni-" are other beginnings ("underestimated", "unified").
fn negated(w: &str) -> bool {
    w.strip_prefix("un").is_some_and(|rest| {
        !rest.starts_with("der")
            && !rest.starts_with("if")
            && !rest.starts_with("ion")
            && rest.len() >= 4
            && is_participle(rest)
    }) && !REVERSATIVE.contains(w)
}

/// Adjectives ending in "-ed" that are not participles.
const ED_ADJECTIVES: WordList = WordList::new(
    "red|bed|need|speed|seed|feed|indeed|hundred|sacred|naked|wicked|beloved|dogged|ragged|rugged|\
     crooked|jagged|wretched|learned|blessed|aged|shed|bred|wed|led|fled|sled|shred|embed|exceed|proceed|\
     succeed|breed|creed|greed|steed|weed|tweed|reed|deed|heed|unrelated",
);

/// Words after "to" that start a noun phrase, not an infinitive ("taken to a police station",
/// "moved to their homes").
const DIRECTION_AFTER_TO: WordList = WordList::new("a|an|the|his|her|their|its|our|my|your|this|that|these|those");

/// Adverbs that may stand between the auxiliary and the participle besides "-ly" words.
const INNER_WORDS: WordList = WordList::new(
    "not|never|also|still|already|just|all|both|only|then|later|soon|being|been|even|yet|since|now|often|\
     once|ever|n't",
);

/// True when `w` (normalised) looks like a past participle.
fn is_participle(w: &str) -> bool {
    if IRREGULAR.contains(w) {
        return true;
    }
    w.len() > 4 && w.ends_with("ed") && !ED_ADJECTIVES.contains(w) && w.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// Finds the agentless passives of an article.
pub fn find(v: &View) -> Vec<Passive> {
    let mut out = Vec::new();
    for (ui, u) in v.units.iter().enumerate() {
        let mut i = 0;
        while i < u.tokens.len() {
            if !AUXILIARIES.contains(u.tokens[i].norm.as_str()) {
                i += 1;
                continue;
            }
            match participle_after(u, i) {
                Some(p) => {
                    let w = u.tokens[p].norm.as_str();
                    let graded = (i + 1..p).any(|k| DEGREE_WORDS.contains(u.tokens[k].norm.as_str()));
                    let stative = STATIVE.contains(w) || ADJECTIVAL.contains(w) || negated(w) || graded;
                    // "expected to", "said to": evidential, not an action hidden. "Taken to a
                    // police station" is a direction: a determiner or a number after "to".
                    let direction = u.tokens.get(p + 1).is_some_and(|t| t.norm == "to")
                        && u.tokens.get(p + 2).is_some_and(|t| {
                            t.kind == TokenKind::Number || DIRECTION_AFTER_TO.contains(t.norm.as_str())
                        });
                    let to_after = u.tokens.get(p + 1).is_some_and(|t| t.norm == "to" || t.norm == "as") && !direction;
                    if !stative && !to_after && !has_agent(u, p) {
                        out.push(Passive {
                            unit: ui,
                            span: u.span_of(i, p + 1),
                            text: u.slice(i, p + 1).to_string(),
                            participle: u.tok(p).to_string(),
                            stem: u.stems.get(p).copied().unwrap_or(crate::engine::reading::NO_STEM),
                            quoted: u.quoted[i],
                            asserted: !negated_or_conditional(u, i, p),
                        });
                    }
                    i = p + 1;
                }
                None => i += 1,
            }
        }
    }
    out
}

/// The participle after the auxiliary at `i`, skipping adverbs.
fn participle_after(u: &Unit, i: usize) -> Option<usize> {
    let mut j = i + 1;
    let mut skipped = 0;
    while j < u.tokens.len() && skipped <= 3 {
        let t = &u.tokens[j];
        if t.kind != TokenKind::Word {
            return None;
        }
        let w = t.norm.as_str();
        if is_participle(w) {
            return Some(j);
        }
        if INNER_WORDS.contains(w) || DEGREE_WORDS.contains(w) || (w.ends_with("ly") && w.len() > 4) {
            j += 1;
            skipped += 1;
            continue;
        }
        return None;
    }
    None
}

/// True when a "by" follows the participle soon, naming the agent ("was signed by …").
fn has_agent(u: &Unit, p: usize) -> bool {
    for k in p + 1..(p + 1 + AGENT_WINDOW).min(u.tokens.len()) {
        let t = &u.tokens[k];
        if t.norm == "by" {
            // "by early evening", "by 8pm", "by Monday": a time, not an agent.
            let next = u.tokens.get(k + 1);
            let time = next.is_some_and(|n| {
                n.kind == TokenKind::Number
                    || matches!(
                        n.norm.as_str(),
                        "early"
                            | "late"
                            | "noon"
                            | "midnight"
                            | "then"
                            | "now"
                            | "evening"
                            | "morning"
                            | "night"
                            | "tomorrow"
                            | "today"
                            | "monday"
                            | "tuesday"
                            | "wednesday"
                            | "thursday"
                            | "friday"
                            | "saturday"
                            | "sunday"
                            | "mid"
                            | "lunchtime"
                            | "dawn"
                            | "dusk"
                    )
            });
            return !time;
        }
        if matches!(t.norm.as_str(), "." | ";" | ":") {
            return false;
        }
    }
    false
}

/// Agentless-passive highlights of one article.
pub fn highlights(v: &View, passives: &[Passive]) -> Vec<Highlight> {
    passives
        .iter()
        .map(|p| {
            let note =
                format!("“{}” is an agentless passive: it says what was {} but not who did it.", p.text, p.participle);
            let class = if p.quoted { "quoted" } else { "agentless" };
            v.highlight(p.unit, p.span, Kind::Passive, Some(class.into()), note)
        })
        .collect()
}
