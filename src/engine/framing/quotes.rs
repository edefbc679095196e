//! Sourcing: direct quotations (straight and curly marks, quotations that run over several
//! sentences and paragraphs), indirect speech ("X said that …", "according to X"), the
//! speaker of each (name or role), and the speaker's source class (official, non-official,
//! anonymous).
//!
//! Quotations are found on the whole text, not sentence by sentence, because a quotation often
//! runs over several sentences, and over several paragraphs when each new paragraph reopens it
//! with a fresh opening mark and the previous one is left open.

use super::lexicon::{self, Role, Stance};
use super::names;
use super::{Unit, View, join_names, round3};
use crate::engine::report::{Highlight, Kind, SourceClass, SpeakerShare};
use crate::engine::sorting;
use crate::engine::text::{Span, TokenKind, is_closing_quote, is_dash, is_double_quote, is_opening_quote};
use crate::engine::words::is_function_word;

/// One direct quotation: from its opening mark to its closing mark (or to the end of the
/// paragraph when the quotation continues in the next one, or is never closed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quotation {
    /// The bytes, marks included.
    pub span: Span,
    /// True when this quotation continues one left open at the end of the previous paragraph.
    pub continued: bool,
}

/// Finds the direct quotations in `text`, paragraph by paragraph.
///
/// Double marks of every style open and close quotations; a straight mark opens after white
/// space, an opening bracket, a dash or a colon and closes otherwise. Single marks make a
/// quotation only outside double ones, when an opening mark at the start of a word finds a
/// closing one at the end of a word in the same paragraph (apostrophes inside words never
/// close). A quotation still open at the end of a paragraph ends there.
pub fn scan(text: &str, paragraphs: &[Span]) -> Vec<Quotation> {
    let mut out = Vec::new();
    let mut left_open = false;
    for &para in paragraphs {
        let Some(p) = text.get(para.start..para.end) else { continue };
        let chars: Vec<(usize, char)> = p.char_indices().map(|(i, c)| (i + para.start, c)).collect();
        let starts_with_quote = chars.first().is_some_and(|&(_, c)| is_double_quote(c));
        let mut continued = left_open && starts_with_quote;
        left_open = false;
        let mut open: Option<usize> = None;
        let mut k = 0;
        while k < chars.len() {
            let (at, c) = chars[k];
            let prev = k.checked_sub(1).map(|j| chars[j].1);
            let next = chars.get(k + 1).map(|x| x.1);
            let end_of = |j: usize| chars.get(j + 1).map_or(para.end, |x| x.0);
            if is_double_quote(c) {
                let looks_opening = prev.is_none_or(|p| p.is_whitespace() || opens_after(p))
                    && next.is_some_and(|n| !n.is_whitespace());
                match open {
                    Some(start) => {
                        if is_opening_quote(c) || (c == '"' && looks_opening && prev.is_some_and(char::is_whitespace)) {
                            // A new opening mark: the previous quotation was never closed.
                            out.push(Quotation { span: Span::new(start, at), continued });
                            continued = false;
                            open = Some(at);
                        } else {
                            out.push(Quotation { span: Span::new(start, end_of(k)), continued });
                            continued = false;
                            open = None;
                        }
                    }
                    None => {
                        let opens = if is_closing_quote(c) {
                            // A closing mark used to open (a typing slip): only before a word.
                            prev.is_none_or(char::is_whitespace) && next.is_some_and(char::is_alphanumeric)
                        } else {
                            is_opening_quote(c) || looks_opening
                        };
                        if opens {
                            open = Some(at);
                        }
                    }
                }
                k += 1;
                continue;
            }
            if open.is_none()
                && matches!(c, '\'' | '\u{2018}')
                && prev.is_none_or(|p| p.is_whitespace() || opens_after(p))
                && next.is_some_and(char::is_alphanumeric)
                && let Some(j) = single_close(&chars, k + 1)
            {
                out.push(Quotation { span: Span::new(at, end_of(j)), continued: false });
                k = j + 1;
                continue;
            }
            k += 1;
        }
        if let Some(start) = open {
            out.push(Quotation { span: Span::new(start, para.end), continued });
            left_open = true;
        }
    }
    out.retain(|q| !q.span.is_empty());
    out
}

/// Characters after which a straight mark opens a quotation.
fn opens_after(p: char) -> bool {
    matches!(p, '(' | '[' | '{' | ':' | '-' | '/') || is_dash(p) || is_opening_quote(p)
}

/// The index of the mark that closes a single-quoted quotation opened before `from`: a
/// single mark after a non-space character and before a non-letter, before any double mark.
fn single_close(chars: &[(usize, char)], from: usize) -> Option<usize> {
    for j in from..chars.len() {
        let c = chars[j].1;
        if is_double_quote(c) {
            return None;
        }
        if matches!(c, '\'' | '\u{2019}') {
            let prev = chars[j - 1].1;
            let next = chars.get(j + 1).map(|x| x.1);
            if !prev.is_whitespace() && next.is_none_or(|n| !n.is_alphanumeric()) {
                // "parties’ leaders": a plural possessive, not a closing mark.
                if prev == 's' && next == Some(' ') && chars.get(j + 2).is_some_and(|x| x.1.is_lowercase()) {
                    continue;
                }
                return Some(j);
            }
        }
    }
    None
}

/// True when token `k` of `u` is a quotation mark (double marks, or single marks that open or
/// close a quotation), not an apostrophe ("Workers’ Front").
pub fn is_mark(u: &Unit, k: usize) -> bool {
    let Some(t) = u.tokens.get(k) else { return false };
    if t.kind != TokenKind::Quote {
        return false;
    }
    let c = u.tok(k).chars().next().unwrap_or(' ');
    if is_double_quote(c) {
        return true;
    }
    // A single mark right after a letter is an apostrophe unless it closes a quotation.
    let attached = k > 0 && u.tokens[k - 1].span.end == t.span.start && u.tokens[k - 1].kind == TokenKind::Word;
    !attached || (u.quoted[k] && !u.quoted.get(k + 1).copied().unwrap_or(false))
}

/// Who speaks.
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// The speaker as the article names them here ("Zhou", "the spokesperson").
    pub label: String,
    /// The fullest description of this speaker in the article ("Zhou Lanting, a spokesperson
    /// for the department").
    pub display: String,
    /// The speaker's identity inside the article (speakers with the same key are one person or
    /// body).
    pub key: String,
    /// Official, non-official, anonymous or unknown.
    pub class: SourceClass,
    /// The unit and bytes of the mention, when it is not a pronoun.
    pub mention: Option<(usize, Span)>,
    /// True when the speaker has a person's name.
    pub named: bool,
    /// True when the description holds any proper name ("Quist", "Police Scotland").
    pub has_name: bool,
}

/// One thing an article reports someone as saying.
#[derive(Clone, Debug, PartialEq)]
pub struct Statement {
    /// The unit of the attribution (or of the quotation when there is none).
    pub unit: usize,
    /// The reporting verb: unit, first token, number of tokens.
    pub verb: Option<(usize, usize, usize)>,
    /// The verb's stance.
    pub stance: Option<Stance>,
    /// True for direct speech (a quotation), false for indirect speech.
    pub direct: bool,
    /// The quoted pieces: unit and bytes inside it.
    pub pieces: Vec<(usize, Span)>,
    /// Number of words quoted directly.
    pub words: usize,
    /// Who speaks.
    pub speaker: Speaker,
}

/// A quotation of at most this many words with no speaker in sight is taken as scare quotes
/// around a word or phrase ("a so-called “solidarity” letter"), not as a statement.
pub const SCARE_QUOTE_WORDS: usize = 3;

/// Verbs that introduce indirect speech ("X said that …"), by their base form.
const SAY_VERBS: &[&str] = &[
    "say",
    "tell",
    "add",
    "claim",
    "insist",
    "note",
    "argue",
    "allege",
    "admit",
    "concede",
    "warn",
    "explain",
    "point out",
    "suggest",
    "state",
    "announce",
    "report",
    "confirm",
    "deny",
    "acknowledge",
    "contend",
    "maintain",
    "assert",
    "stress",
    "emphasise",
    "emphasize",
    "boast",
    "tout",
    "brag",
    "complain",
    "predict",
    "estimate",
    "write",
    "reply",
    "respond",
    "recall",
    "reveal",
    "declare",
    "concede",
    "fume",
    "vow",
    "promise",
    "pledge",
    "believe",
];

/// Words that end the subject of a reporting verb when walking back from it.
const CLAUSE_BREAKS: &[&str] = &["but", "and", "while", "as", "when", "because", "after", "although", "though", "so"];

/// Determiners that make an unnamed source indefinite ("a diplomat", "one officer").
const INDEFINITE: &[&str] =
    &["a", "an", "one", "some", "several", "two", "three", "four", "many", "another", "few", "various"];

/// Plural nouns that, bare and unnamed, make a source anonymous ("officials said").
const UNNAMED_PLURALS: &[&str] = &[
    "officials",
    "sources",
    "analysts",
    "experts",
    "critics",
    "observers",
    "diplomats",
    "insiders",
    "aides",
    "people",
    "witnesses",
    "scholars",
    "economists",
];

/// A reporting-verb candidate: unit, first token, number of tokens, verb entry.
type VerbAt<'l> = (usize, usize, usize, &'l lexicon::VerbForm);

/// Finds the statements of an article: direct quotations with their speakers, then indirect
/// speech and "according to" attributions.
pub fn statements(v: &View) -> Vec<Statement> {
    let lex = lexicon::get();
    // Reporting verbs outside quotations, in reading order.
    let mut verbs: Vec<VerbAt> = Vec::new();
    for (ui, u) in v.units.iter().enumerate() {
        if u.is_title() {
            continue;
        }
        let norms = lexicon::norms(&u.tokens);
        let mut i = 0;
        while i < u.tokens.len() {
            if u.quoted[i] || u.tokens[i].kind != TokenKind::Word {
                i += 1;
                continue;
            }
            if let Some((n, vf)) = lex.verbs.longest(&norms, i)
                && is_attribution_verb(u, i, n, vf)
            {
                verbs.push((ui, i, n, vf));
                i += n;
                continue;
            }
            i += 1;
        }
    }
    let mut out: Vec<Statement> = Vec::new();
    let mut used_verbs: Vec<bool> = vec![false; verbs.len()];
    // Direct quotations: attribute each to the nearest fitting verb.
    let pieces = quote_pieces(v);
    let mut prev_speaker_of_quote: Option<usize> = None;
    for (qi, q) in v.quotes.iter().enumerate() {
        let my_pieces: Vec<(usize, Span)> = pieces.iter().filter(|p| p.0 == qi).map(|p| (p.1, p.2)).collect();
        if my_pieces.is_empty() {
            continue;
        }
        let words = my_pieces.iter().map(|&(u, s)| count_words(&v.units[u], s)).sum();
        let verb = find_verb_for_quote(v, &verbs, &my_pieces);
        let statement_index = match verb {
            Some(k) => {
                // One statement per verb: a second quotation for the same verb joins it.
                if let Some(si) = out
                    .iter()
                    .position(|s| s.verb.is_some_and(|(u, i, _)| (u, i) == (verbs[k].0, verbs[k].1)) && s.direct)
                {
                    out[si].pieces.extend(my_pieces);
                    out[si].words += words;
                    Some(si)
                } else {
                    let (ui, i, n, vf) = verbs[k];
                    let speaker = speaker_of(v, ui, i, n);
                    // A word or two in marks with no speaker is a scare quote, not a statement.
                    if speaker.is_none() && words <= SCARE_QUOTE_WORDS {
                        continue;
                    }
                    used_verbs[k] = true;
                    out.push(Statement {
                        unit: ui,
                        verb: Some((ui, i, n)),
                        stance: Some(vf.stance),
                        direct: true,
                        pieces: my_pieces,
                        words,
                        speaker: speaker.unwrap_or_else(unknown_speaker),
                    });
                    Some(out.len() - 1)
                }
            }
            None => {
                // No verb: the quotation continues an earlier one, or shares its paragraph
                // with an attributed one.
                let para = v.units[my_pieces[0].0].paragraph;
                let same_para = out.iter().rposition(|s| {
                    s.direct && s.pieces.iter().any(|&(u, _)| v.units[u].paragraph == para) && s.speaker.key != "?"
                });
                let earlier = if q.continued { prev_speaker_of_quote } else { None };
                let pick = same_para.or(earlier);
                match pick {
                    Some(si) => {
                        out[si].pieces.extend(my_pieces);
                        out[si].words += words;
                        Some(si)
                    }
                    None => {
                        out.push(Statement {
                            unit: my_pieces[0].0,
                            verb: None,
                            stance: None,
                            direct: true,
                            pieces: my_pieces,
                            words,
                            speaker: unknown_speaker(),
                        });
                        Some(out.len() - 1)
                    }
                }
            }
        };
        prev_speaker_of_quote = statement_index;
    }
    // Indirect speech: the remaining verbs that introduce a clause.
    for (k, &(ui, i, n, vf)) in verbs.iter().enumerate() {
        let u = &v.units[ui];
        let clause = if vf.lemma == "add" {
            u.tokens.get(i + n).is_some_and(|t| t.norm == "that")
        } else {
            introduces_clause(u, i + n) || speech_around(u, i, n)
        };
        if used_verbs[k] || !SAY_VERBS.contains(&vf.lemma) || !clause {
            continue;
        }
        // Verbs in a sentence that is itself attributed to a quotation are covered above.
        if out.iter().any(|s| s.verb.is_some_and(|(u, j, _)| u == ui && j == i)) {
            continue;
        }
        // "… insisted that …, and claimed that …": the same speaker as the verb before.
        let coordinated =
            (0..i).rev().find(|&k| u.is_word(k)).is_some_and(|k| matches!(u.tokens[k].norm.as_str(), "and" | "but"));
        let speaker = speaker_of(v, ui, i, n).or_else(|| {
            if !coordinated {
                return None;
            }
            out.iter().rev().find(|s| s.unit == ui && s.verb.is_some_and(|(_, j, _)| j < i)).map(|s| s.speaker.clone())
        });
        if let Some(speaker) = speaker {
            out.push(Statement {
                unit: ui,
                verb: Some((ui, i, n)),
                stance: Some(vf.stance),
                direct: false,
                pieces: Vec::new(),
                words: 0,
                speaker,
            });
        }
    }
    // "according to X".
    for (ui, u) in v.units.iter().enumerate() {
        for i in 0..u.tokens.len().saturating_sub(2) {
            if u.tokens[i].norm == "according" && u.tokens[i + 1].norm == "to" && !u.quoted[i] {
                let end = np_end(u, i + 2);
                if end > i + 2 {
                    let sp = describe(v, ui, i + 2, end, None);
                    out.push(Statement {
                        unit: ui,
                        verb: None,
                        stance: Some(Stance::Neutral),
                        direct: false,
                        pieces: Vec::new(),
                        words: 0,
                        speaker: sp,
                    });
                }
            }
        }
    }
    sorting::sort_by_key(&mut out, |s| (s.unit, s.verb.map_or(0, |x| x.1)));
    // "she said": the last speaker, or a person named after that speaker spoke, in this
    // paragraph or the one before.
    for si in 0..out.len() {
        if !matches!(out[si].speaker.key.as_str(), "pronoun:he" | "pronoun:she") {
            continue;
        }
        let Some((ui, i, _)) = out[si].verb else { continue };
        let Some((mut sp, at)) = nearest_person(v, ui, i) else { continue };
        let last = out[..si]
            .iter()
            .rev()
            .find(|s| s.speaker.key != "?" && !s.speaker.key.starts_with("pronoun:"))
            .map(|s| s.verb.map_or((s.unit, 0), |(u, j, _)| (u, j)));
        if last.is_none_or(|l| at > l) {
            sp.mention = None;
            out[si].speaker = sp;
        }
    }
    resolve(&mut out);
    out
}

/// The nearest person's name before token `i` of unit `ui` (outside quotations), looking back
/// at most three sentences within the same or the previous paragraph, with its position.
fn nearest_person(v: &View, ui: usize, i: usize) -> Option<(Speaker, (usize, usize))> {
    let para = v.units[ui].paragraph;
    for back in 0..4 {
        let Some(uj) = ui.checked_sub(back) else { break };
        let u = &v.units[uj];
        if u.is_title() || u.paragraph + 1 < para {
            break;
        }
        let limit = if back == 0 { i } else { u.tokens.len() };
        // The subject of its sentence: a person's name among its first words.
        let run = u
            .runs
            .iter()
            .copied()
            .filter(|r| r.end <= limit && !u.quoted[r.start] && names::looks_like_person(u, *r))
            .find(|r| (0..r.start).filter(|&k| u.is_word(k)).count() <= 2);
        if let Some(r) = run {
            return Some((describe(v, uj, r.start, r.end, None), (uj, r.start)));
        }
    }
    None
}

fn unknown_speaker() -> Speaker {
    Speaker {
        label: String::new(),
        display: "an unnamed speaker".into(),
        key: "?".into(),
        class: SourceClass::Unknown,
        mention: None,
        named: false,
        has_name: false,
    }
}

/// The quotation pieces of every unit: (quotation index, unit index, bytes).
fn quote_pieces(v: &View) -> Vec<(usize, usize, Span)> {
    let mut out = Vec::new();
    for (qi, q) in v.quotes.iter().enumerate() {
        for (ui, u) in v.units.iter().enumerate() {
            if u.is_title() || u.span.end <= q.span.start || u.span.start >= q.span.end {
                continue;
            }
            let s = Span::new(q.span.start.max(u.span.start), q.span.end.min(u.span.end));
            if u.tokens.iter().any(|t| s.contains(t.span) && t.kind == TokenKind::Word) {
                out.push((qi, ui, s));
            }
        }
    }
    out
}

/// Number of words of `u` inside `s`.
fn count_words(u: &Unit, s: Span) -> usize {
    u.tokens.iter().filter(|t| t.kind == TokenKind::Word && s.contains(t.span)).count()
}

/// True when a verb found at token `i` (with `n` tokens) reports speech here rather than
/// being used in another sense ("added its name", "a warning", "the claims", "after being
/// attacked").
fn is_attribution_verb(u: &Unit, i: usize, n: usize, vf: &lexicon::VerbForm) -> bool {
    let prev = (0..i).rev().find(|&k| u.is_word(k)).map(|k| u.tokens[k].norm.as_str());
    let next = u.tokens.get(i + n).map(|t| t.norm.as_str());
    if nounish(u, i, vf) {
        return false;
    }
    // "a diplomat who asked not to be named", "promised to" is fine.
    if matches!(next, Some("not" | "to")) && !matches!(vf.lemma, "promise" | "pledge" | "vow" | "threaten") {
        return false;
    }
    // "to explain who …": an infinitive inside another clause, not a statement.
    if prev == Some("to") {
        return false;
    }
    // A gerund reports speech in a participle clause (", saying that …") or a progressive.
    if vf.form == lexicon::Form::Gerund {
        let before = i.checked_sub(1).map(|k| u.tokens[k].norm.as_str());
        if !matches!(
            before,
            Some(
                "," | "and" | "while" | "by" | "after" | "before" | "without" | "is" | "was" | "were" | "are" | "been"
            )
        ) {
            return false;
        }
    }
    speech_around(u, i, n) || introduces_clause(u, i + n)
}

/// True when a word form of a verb that is also a common noun ("appeal", "claims", "report")
/// is used as a noun here: after a determiner, a possessive or an adjective-like word.
pub fn nounish(u: &Unit, i: usize, vf: &lexicon::VerbForm) -> bool {
    use lexicon::Form;
    let prev = (0..i).rev().find(|&k| u.is_word(k)).map(|k| u.tokens[k].norm.as_str());
    if matches!(
        prev,
        Some(
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "its"
                | "their"
                | "these"
                | "those"
                | "this"
                | "our"
                | "my"
                | "your"
                | "every"
                | "each"
                | "any"
                | "no"
        )
    ) {
        return true;
    }
    // Base forms are verbs after a subject pronoun, a modal, "to", or a plural noun.
    if vf.form == Form::Base {
        let ok = prev.is_some_and(|p| {
            matches!(
                p,
                "i" | "we"
                    | "you"
                    | "they"
                    | "to"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "may"
                    | "might"
                    | "must"
                    | "should"
                    | "shall"
                    | "did"
                    | "do"
                    | "does"
                    | "not"
                    | "never"
                    | "also"
                    | "often"
                    | "people"
                    | "police"
                    | "who"
            ) || (p.len() > 3 && p.ends_with('s') && !p.ends_with("ss"))
                || p.ends_with("ly")
        });
        return !ok;
    }
    false
}

/// True when a quotation, a colon, or an attribution pattern surrounds the verb:
/// `said: "…"`, `said "…"`, `"…," she said`, `"…," said Zhou`, `…, police confirmed.`
pub fn speech_around(u: &Unit, i: usize, n: usize) -> bool {
    // After the verb: a quotation (after a comma, colon or a hearer), or a colon.
    let mut j = i + n;
    let mut hearer = 0;
    while let Some(t) = u.tokens.get(j) {
        if matches!(t.norm.as_str(), "," | ":") {
            j += 1;
            continue;
        }
        if is_mark(u, j) || u.quoted[j] {
            return true;
        }
        // "told reporters", "told the Clarion": up to three words of a hearer.
        if hearer < 3
            && t.kind == TokenKind::Word
            && (u.is_capitalized(j)
                || matches!(
                    t.norm.as_str(),
                    "reporters" | "journalists" | "the" | "him" | "her" | "them" | "us" | "me"
                ))
        {
            hearer += 1;
            j += 1;
            continue;
        }
        break;
    }
    if u.tokens.get(i + n).is_some_and(|t| t.norm == ":") {
        return true;
    }
    // Before the verb: a closing quotation, then only the speaker's words (`," the
    // spokesperson said`), or a comma that ends the reported clause (`…, police confirmed.`).
    let ends =
        u.tokens.get(i + n).is_none_or(|t| matches!(t.norm.as_str(), "." | ";" | "!" | "?")) || is_mark(u, i + n);
    let mut k = i;
    let mut steps = 0;
    while k > 0 && steps < 10 {
        k -= 1;
        steps += 1;
        let t = &u.tokens[k];
        if is_mark(u, k) || u.quoted[k] {
            return true;
        }
        if t.kind == TokenKind::Quote {
            continue;
        }
        if t.norm == "," {
            if ends {
                return true;
            }
            // An appositive ("Zhou, a spokesperson for the party, said"): keep walking.
            continue;
        }
        if t.kind == TokenKind::Punct {
            return false;
        }
        let w = t.norm.as_str();
        let function = is_function_word(w)
            && !matches!(
                w,
                "the"
                    | "a"
                    | "an"
                    | "of"
                    | "for"
                    | "she"
                    | "he"
                    | "they"
                    | "we"
                    | "it"
                    | "i"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "one"
            );
        if function {
            return false;
        }
    }
    false
}

/// Words that start a phrase of time or setting between a reporting verb and its "that"
/// ("on Monday", "in a statement", "last week", "earlier").
const ADVERBIAL_STARTS: &[&str] =
    &["on", "in", "at", "during", "last", "this", "earlier", "later", "late", "yesterday", "today", "again"];

/// At most this many words of such a phrase stand before the "that" ("in a statement on
/// Monday" is five): a general bound from news phrasing, long enough for a date or a
/// statement and short enough that a "that" further on starts some other clause.
const ADVERBIAL_WORDS: usize = 5;

/// True when the words from token `j` read like a reported clause: "that …" (also after a
/// short phrase of time or setting), or (after an optional hearer such as "reporters") a
/// subject followed soon by more words.
fn introduces_clause(u: &Unit, mut j: usize) -> bool {
    // Skip a hearer: "told reporters", "told the Clarion", "told CNS".
    if let Some(t) = u.tokens.get(j)
        && matches!(
            t.norm.as_str(),
            "reporters" | "journalists" | "parliament" | "lawmakers" | "him" | "her" | "them" | "us"
        )
    {
        j += 1;
    }
    let Some(t) = u.tokens.get(j) else { return false };
    if t.norm == "that" || t.norm == ":" {
        return true;
    }
    if is_mark(u, j) {
        return true;
    }
    // A short phrase of time or setting before "that": "said on Monday that", "told
    // reporters in a statement that".
    if ADVERBIAL_STARTS.contains(&t.norm.as_str()) {
        let mut k = j + 1;
        while k < u.tokens.len() && k <= j + ADVERBIAL_WORDS && u.is_word(k) {
            if u.tokens[k].norm == "that" {
                return true;
            }
            k += 1;
        }
    }
    // A clause: any word that can start a subject (not a preposition or an infinitive), and
    // at least three more words in the sentence.
    let starts = (t.kind == TokenKind::Word || t.kind == TokenKind::Number)
        && !matches!(
            t.norm.as_str(),
            "in" | "on"
                | "at"
                | "with"
                | "after"
                | "against"
                | "for"
                | "to"
                | "about"
                | "by"
                | "from"
                | "during"
                | "of"
                | "into"
                | "over"
                | "under"
                | "before"
                | "as"
                | "highly"
                | "out"
                | "up"
                | "off"
                | "down"
                | "back"
                | "away"
                | "through"
                | "across"
                | "along"
        );
    starts && (j..u.tokens.len()).filter(|&k| u.is_word(k)).count() >= 4
}

/// The verb that attributes a quotation made of `pieces`, as an index into `verbs`.
fn find_verb_for_quote(v: &View, verbs: &[VerbAt], pieces: &[(usize, Span)]) -> Option<usize> {
    let first_unit = pieces[0].0;
    let last_unit = pieces[pieces.len() - 1].0;
    let q_start = pieces[0].1.start;
    let q_end = pieces[pieces.len() - 1].1.end;
    // 1. In the unit where the quotation ends, after it (`"…," she said.`) or before it.
    // 2. In the unit where it starts, before it (`She said: "…"`).
    let mut best: Option<(usize, usize)> = None;
    for (k, &(ui, i, _, _)) in verbs.iter().enumerate() {
        if ui != last_unit && ui != first_unit {
            continue;
        }
        let at = v.units[ui].tokens[i].span.start;
        let dist = if at >= q_end {
            at - q_end
        } else if at < q_start {
            q_start - at + 1
        } else {
            // A verb between two pieces of the same quotation (`"…," she said, "…"`).
            1
        };
        if best.is_none_or(|(_, d)| dist < d) {
            best = Some((k, dist));
        }
    }
    if let Some((k, _)) = best {
        return Some(k);
    }
    // 3. The sentence before, when it ends with a colon or a verb of saying (`He said:`).
    let para = v.units[first_unit].paragraph;
    if first_unit > 0 && v.units[first_unit - 1].paragraph == para {
        let prev = &v.units[first_unit - 1];
        let ends_colon = prev.as_str().trim_end().ends_with(':');
        if ends_colon && let Some(k) = verbs.iter().rposition(|&(ui, ..)| ui == first_unit - 1) {
            return Some(k);
        }
    }
    // 4. The next sentence in the same paragraph, when it opens with an attribution
    // (`"…" Then: She added …` is rare; `"Wait." He said …` is common in some styles).
    if last_unit + 1 < v.units.len() && v.units[last_unit + 1].paragraph == para {
        let next = &v.units[last_unit + 1];
        if let Some(k) = verbs.iter().position(|&(ui, i, ..)| ui == last_unit + 1 && i <= 3)
            && next.tokens.iter().take(3).all(|t| !t.norm.is_empty())
        {
            return Some(k);
        }
    }
    None
}

/// Words at the end of a subject that belong to the verb, not to the speaker ("The board has
/// said", "Police later said").
const SUBJECT_TAIL: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "are",
    "will",
    "would",
    "also",
    "later",
    "again",
    "then",
    "now",
    "did",
    "does",
    "had",
    "always",
    "never",
    "once",
    "first",
    "last",
    "night",
    "yesterday",
    "today",
];

/// The speaker of the reporting verb at tokens `i..i+n` of unit `ui`.
fn speaker_of(v: &View, ui: usize, i: usize, n: usize) -> Option<Speaker> {
    let u = &v.units[ui];
    let lex = lexicon::get();
    // "… insisted that …, and claimed": the subject is that of the verb before.
    if i > 0 && CLAUSE_BREAKS.contains(&u.tokens[i - 1].norm.as_str()) {
        return None;
    }
    // Walk back to the start of the subject: stop at a quotation, a semicolon or colon, a
    // conjunction that starts a new clause, or another verb of saying.
    let mut s = i;
    while s > 0 {
        let k = s - 1;
        let t = &u.tokens[k];
        if u.quoted[k] || is_mark(u, k) || matches!(t.norm.as_str(), ";" | ":" | "(" | ")") {
            break;
        }
        if CLAUSE_BREAKS.contains(&t.norm.as_str()) && k + 1 < i {
            break;
        }
        // "events that analysts say": the subject starts after a relative pronoun.
        if matches!(t.norm.as_str(), "that" | "which") && k + 1 < i {
            break;
        }
        if i - k > 1 && matches!(t.norm.as_str(), "said" | "says" | "told" | "tells" | "added") {
            break;
        }
        if i - k > 30 {
            break;
        }
        s = k;
    }
    let _ = lex;
    // Drop what belongs to the verb at the end of the subject ("has", "later", "-ly").
    let mut e = i;
    while e > s {
        let w = u.tokens[e - 1].norm.as_str();
        if SUBJECT_TAIL.contains(&w) || (w.len() > 4 && w.ends_with("ly")) {
            e -= 1;
        } else {
            break;
        }
    }
    // A relative clause: "a retired nurse who said …" speaks for the name before it; "which"
    // is a thing, not a speaker.
    let relative = e > s && matches!(u.tokens[e - 1].norm.as_str(), "who" | "which" | "that");
    if relative {
        if u.tokens[e - 1].norm != "who" {
            return None;
        }
        e -= 1;
    }
    let before: Vec<usize> = (s..e).filter(|&k| u.is_word(k)).collect();
    // "…, said Henrik Solberg, a researcher": a name right after the verb that follows a comma.
    let comma_before = i > 0 && (u.tokens[i - 1].norm == "," || is_mark(u, i - 1));
    let inverted = comma_before && names::is_name_word(u, i + n);
    if before.is_empty() || inverted {
        if e < i && !inverted {
            return None;
        }
        // Inverted: `"…," said Zhou Lanting, a spokesperson for …`.
        let start = i + n;
        let end = np_end(u, start);
        if end <= start {
            return None;
        }
        let role_end = appositive_end(u, end);
        return Some(describe(v, ui, start, end, (role_end > end + 1).then_some((end + 1, role_end))));
    }
    if matches!(u.tokens[before[0]].norm.as_str(), "which" | "that" | "this" | "it" | "what") && before.len() > 1 {
        return None;
    }
    // "… insisted that …, and claimed": the subject of the verb before.
    if before.len() == 1 && CLAUSE_BREAKS.contains(&u.tokens[before[0]].norm.as_str()) {
        return None;
    }
    // Split the subject at commas: `Name, role, said` or `In a statement, the board said`.
    let mut chunks: Vec<(usize, usize)> = Vec::new();
    let mut c0 = s;
    for k in s..e {
        if u.tokens[k].norm == "," {
            if k > c0 {
                chunks.push((c0, k));
            }
            c0 = k + 1;
        }
    }
    let direct_subject = c0 < e && !relative;
    if c0 < e {
        chunks.push((c0, e));
    }
    // Ages and other numbers in commas ("Joan Pell, 67, a retired nurse").
    chunks.retain(|&(a, b)| (a..b).any(|k| u.tokens[k].kind == TokenKind::Word));
    if chunks.is_empty() {
        return None;
    }
    if direct_subject {
        let (a, b) = chunks[chunks.len() - 1];
        // `Marisol Estevan, general secretary of …, said` ends with a comma; this does not.
        return Some(describe(v, ui, a, b, None));
    }
    // `Name, role, said`: the first chunk with a name, and the chunk after it as its role.
    let name_chunk = chunks.iter().position(|&(a, b)| (a..b).any(|k| names::is_name_word(u, k))).unwrap_or(0);
    let (a, b) = chunks[name_chunk];
    let role = chunks.get(name_chunk + 1).copied();
    Some(describe(v, ui, a, b, role))
}

/// End of the noun phrase that starts at token `j`: up to a comma, a full stop, a quotation
/// mark or a verb-like word, at most twelve tokens.
fn np_end(u: &Unit, j: usize) -> usize {
    let mut k = j;
    while k < u.tokens.len() && k < j + 12 {
        let t = &u.tokens[k];
        if t.kind == TokenKind::Punct && t.norm != "-" && t.norm != "&" || is_mark(u, k) {
            break;
        }
        if k > j && matches!(t.norm.as_str(), "who" | "which" | "that" | "said" | "says" | "told" | "on" | "in" | "at")
        {
            break;
        }
        k += 1;
    }
    k
}

/// End of an appositive that starts after the comma at token `j`: up to the next comma or the
/// end of the sentence.
fn appositive_end(u: &Unit, j: usize) -> usize {
    if u.tokens.get(j).is_none_or(|t| t.norm != ",") {
        return j;
    }
    let mut k = j + 1;
    while k < u.tokens.len() && !matches!(u.tokens[k].norm.as_str(), "," | "." | ";" | ":") {
        if is_mark(u, k) {
            break;
        }
        k += 1;
    }
    k
}

/// Builds a speaker from the subject tokens `a..b` of unit `ui` and an optional role chunk.
fn describe(v: &View, ui: usize, a: usize, b: usize, role: Option<(usize, usize)>) -> Speaker {
    let u = &v.units[ui];
    // "Even Beijing", "Only the party": the adverb is not part of the speaker.
    let mut a = a;
    while a + 1 < b
        && matches!(
            u.tokens[a].norm.as_str(),
            "even" | "only" | "also" | "now" | "then" | "so" | "but" | "and" | "yet" | "still"
        )
    {
        a += 1;
    }
    let label = u.slice(a, b).trim_matches(|c: char| c == ',' || c.is_whitespace()).to_string();
    let role_text = role.map(|(x, y)| u.slice(x, y).trim().to_string()).filter(|r| !r.is_empty());
    let words: Vec<&str> = (a..b).filter(|&k| u.is_word(k)).map(|k| u.tokens[k].norm.as_str()).collect();
    let pronoun = words.len() == 1 && names::PRONOUNS.contains(&words[0]);
    let runs: Vec<names::NameRun> = u.runs.iter().copied().filter(|r| r.start >= a && r.end <= b).collect();
    let named = runs.iter().any(|&r| names::looks_like_person(u, r));
    let has_name = !runs.is_empty();
    let display = match &role_text {
        Some(r) => format!("{label}, {r}"),
        None => label.clone(),
    };
    let role_words: Vec<String> = role
        .map(|(x, y)| (x..y).filter(|&k| u.is_word(k)).map(|k| u.tokens[k].norm.clone()).collect())
        .unwrap_or_default();
    let mut all: Vec<&str> = words.clone();
    all.extend(role_words.iter().map(String::as_str));
    let class = if pronoun { SourceClass::Unknown } else { classify(&words, &all, named) };
    let span = u.span_of(a, b);
    Speaker {
        key: if pronoun { format!("pronoun:{}", words[0]) } else { label.to_lowercase() },
        label,
        display,
        class,
        mention: (!pronoun).then_some((ui, span)),
        named,
        has_name,
    }
}

/// The source class of a speaker described by `subject` words (and, in `all`, its role too).
pub fn classify(subject: &[&str], all: &[&str], named: bool) -> SourceClass {
    let lex = lexicon::get();
    let mut first: Option<Role> = None;
    let mut anonymous = false;
    let mut opposition = false;
    // A spokesperson speaks for the body named after it ("a spokesperson for the campaign").
    let mut spokes = false;
    let mut i = 0;
    while i < all.len() {
        if all[i].starts_with("spokes") {
            spokes = true;
            i += 1;
            continue;
        }
        if let Some((n, &role)) = lex.roles.longest(all, i) {
            match role {
                Role::Anonymous => anonymous = true,
                Role::Opposition => opposition = true,
                _ => {
                    if first.is_none() {
                        first = Some(role);
                    }
                }
            }
            i += n;
        } else {
            i += 1;
        }
    }
    if spokes && first.is_none() {
        first = Some(Role::Official);
    }
    let det = subject.first().copied().unwrap_or("");
    if anonymous && !named {
        return SourceClass::Anonymous;
    }
    // "a police spokesperson" speaks on the record for an institution; "one officer" does not.
    if !named && !spokes && (INDEFINITE.contains(&det) || UNNAMED_PLURALS.contains(&det)) {
        return SourceClass::Anonymous;
    }
    if opposition {
        return SourceClass::NonOfficial;
    }
    match first {
        Some(Role::Official) => SourceClass::Official,
        Some(Role::NonOfficial) => SourceClass::NonOfficial,
        _ if named => SourceClass::NonOfficial,
        _ => SourceClass::Unknown,
    }
}

/// A speaker already seen in the article: key, name words, description words, class, and the
/// fullest description.
type Known = (String, Vec<String>, Vec<String>, SourceClass, String);

/// Links the mentions of one speaker inside the article: pronouns to the last speaker, short
/// names to full names ("Zhou" → "Zhou Lanting"), "the spokesperson" to the speaker
/// introduced as a spokesperson. Each speaker takes the class and description of its fullest
/// mention.
fn resolve(statements: &mut [Statement]) {
    // (key, name words, description words, class, display)
    let mut known: Vec<Known> = Vec::new();
    let mut last: Option<usize> = None;
    for s in statements.iter_mut() {
        let sp = &mut s.speaker;
        if sp.key == "?" {
            continue;
        }
        let words: Vec<String> = sp
            .label
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
            .filter(|w| !w.is_empty())
            .map(|w| names::strip_possessive(w).to_lowercase())
            .filter(|w| !is_function_word(w))
            .collect();
        let found = if sp.key.starts_with("pronoun:") {
            last
        } else if sp.has_name {
            known.iter().position(|k| {
                !k.1.is_empty()
                    && words.iter().filter(|w| w.chars().count() > 2).all(|w| k.1.contains(w))
                    && words.iter().any(|w| k.1.contains(w))
            })
        } else {
            // "the spokesperson", "the diplomat": the head noun of an earlier description.
            let head = words.last().cloned().unwrap_or_default();
            let first = sp.label.split_whitespace().next().unwrap_or("").to_lowercase();
            let definite = matches!(first.as_str(), "the" | "its" | "his" | "her" | "their");
            if definite {
                // The head of an earlier label first ("the department" → "the CPC's
                // International Department"), then of an earlier description ("the
                // spokesperson" → "Zhou Lanting, a spokesperson for …").
                known
                    .iter()
                    .rposition(|k| k.0.split(|c: char| !c.is_alphanumeric()).next_back() == Some(head.as_str()))
                    .or_else(|| known.iter().rposition(|k| k.2.contains(&head)))
            } else {
                known.iter().position(|k| k.0 == sp.key)
            }
        };
        match found {
            Some(k) => {
                sp.key = known[k].0.clone();
                if known[k].3 != SourceClass::Unknown || sp.class == SourceClass::Unknown {
                    sp.class = known[k].3;
                } else {
                    known[k].3 = sp.class;
                }
                if sp.display.len() > known[k].4.len() {
                    known[k].4 = sp.display.clone();
                }
                sp.display = known[k].4.clone();
                last = Some(k);
            }
            None if sp.key.starts_with("pronoun:") => {}
            None => {
                let desc: Vec<String> = sp
                    .display
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase)
                    .collect();
                known.push((
                    sp.key.clone(),
                    if sp.has_name { words.clone() } else { Vec::new() },
                    desc,
                    sp.class,
                    sp.display.clone(),
                ));
                last = Some(known.len() - 1);
            }
        }
    }
    // Later, fuller descriptions improve earlier mentions of the same speaker.
    for s in statements.iter_mut() {
        if let Some(k) = known.iter().find(|k| k.0 == s.speaker.key) {
            s.speaker.display = k.4.clone();
            if s.speaker.class == SourceClass::Unknown {
                s.speaker.class = k.3;
            }
        }
    }
}

/// The name of a source class as used in highlights and findings.
pub fn class_name(c: SourceClass) -> &'static str {
    match c {
        SourceClass::Official => "official",
        SourceClass::NonOfficial => "non-official",
        SourceClass::Anonymous => "anonymous",
        SourceClass::Unknown => "unknown",
    }
}

/// A plain explanation of a source class for notes.
fn class_note(c: SourceClass) -> &'static str {
    match c {
        SourceClass::Official => "an official source, speaking for a government, party, police or other public body",
        SourceClass::NonOfficial => "a non-official source, speaking for themselves or for a group outside the state",
        SourceClass::Anonymous => "an unnamed source, so readers cannot check who said it or why",
        SourceClass::Unknown => "a source the article does not describe clearly",
    }
}

/// Quotation, speaker and anonymous-source highlights of one article.
pub fn highlights(v: &View, statements: &[Statement]) -> Vec<Highlight> {
    let mut out = Vec::new();
    for s in statements {
        let who = if s.speaker.key == "?" {
            "someone the article does not name".to_string()
        } else {
            s.speaker.display.clone()
        };
        for &(u, span) in &s.pieces {
            out.push(v.highlight(
                u,
                span,
                Kind::Quote,
                Some("direct".into()),
                format!(
                    "Direct quotation of {}: these are the speaker's words, which the outlet chose to quote.",
                    super::excerpt(&who, 80)
                ),
            ));
        }
        if let Some((u, span)) = s.speaker.mention {
            let how = if s.direct { "quoted" } else { "reported" };
            out.push(v.highlight(
                u,
                span,
                Kind::Speaker,
                Some(class_name(s.speaker.class).into()),
                format!("{} is {how} here: {}.", super::excerpt(&s.speaker.label, 60), class_note(s.speaker.class)),
            ));
            if s.speaker.class == SourceClass::Anonymous {
                out.push(v.highlight(
                    u,
                    span,
                    Kind::AnonymousSource,
                    Some("anonymous".into()),
                    "An unnamed source: readers cannot check who this is or what they stand to gain.".into(),
                ));
            }
        }
    }
    // Quotations in the headline.
    for (ui, u) in v.units.iter().enumerate().filter(|(_, u)| u.is_title()) {
        for q in scan(u.text, &[u.span]) {
            out.push(v.highlight(
                ui,
                q.span,
                Kind::Quote,
                Some("direct".into()),
                "A quotation in the headline: the outlet puts these words up front.".into(),
            ));
        }
    }
    // Quotations with no statement (e.g. scare quotes around one word) still are quotations.
    for q in &v.quotes {
        for (ui, u) in v.units.iter().enumerate().filter(|(_, u)| !u.is_title()) {
            let s = Span::new(q.span.start.max(u.span.start), q.span.end.min(u.span.end));
            if s.is_empty() || statements.iter().any(|st| st.pieces.iter().any(|p| p.0 == ui && p.1.overlap(s) > 0)) {
                continue;
            }
            out.push(v.highlight(
                ui,
                s,
                Kind::Quote,
                Some("scare-quote".into()),
                "Words in quotation marks without a speaker: the marks can keep the outlet at a distance from them."
                    .into(),
            ));
        }
    }
    out
}

/// Each speaker's share of the article's directly quoted words, largest first, and the
/// total number of quoted words.
pub fn shares(v: &View, statements: &[Statement]) -> (Vec<SpeakerShare>, usize) {
    let total: usize = statements.iter().map(|s| s.words).sum();
    let mut by: Vec<SpeakerShare> = Vec::new();
    for s in statements {
        if s.speaker.key == "?" && s.words == 0 {
            continue;
        }
        let name = if s.speaker.key == "?" { "unattributed".to_string() } else { s.speaker.display.clone() };
        match by.iter_mut().find(|x| x.speaker == name) {
            Some(x) => {
                x.quotes += 1;
                x.words += s.words;
            }
            None => {
                by.push(SpeakerShare { speaker: name, class: s.speaker.class, quotes: 1, words: s.words, share: 0.0 })
            }
        }
    }
    for x in &mut by {
        x.share = if total == 0 { 0.0 } else { round3(x.words as f64 / total as f64) };
    }
    sorting::sort_by(&mut by, |a, b| {
        b.words.cmp(&a.words).then(b.quotes.cmp(&a.quotes)).then(a.speaker.cmp(&b.speaker))
    });
    let _ = v;
    (by, total)
}

/// "Zhou Lanting and Marisol Estevan" for a list of speakers.
pub fn speaker_list(speakers: &[&SpeakerShare]) -> String {
    let names: Vec<String> = speakers.iter().map(|s| short_name(&s.speaker)).collect();
    join_names(&names)
}

/// The name part of a speaker description ("Zhou Lanting" of "Zhou Lanting, a spokesperson").
pub fn short_name(display: &str) -> String {
    super::excerpt(display.split(',').next().unwrap_or(display), 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        let seg = crate::engine::segment::segment(text);
        scan(text, &seg.paragraphs).iter().map(|q| &text[q.span.start..q.span.end]).collect()
    }

    #[test]
    fn marks_of_every_style() {
        assert_eq!(quoted("He said “it is over” and left."), ["“it is over”"]);
        assert_eq!(quoted("He said \"it is over\" and left."), ["\"it is over\""]);
        assert_eq!(quoted("She called it ‘a farce’ on Monday."), ["‘a farce’"]);
        assert_eq!(quoted("The parties’ leaders met. It’s over."), Vec::<&str>::new());
    }

    #[test]
    fn quotations_run_over_sentences_and_paragraphs() {
        let t = "“One. Two sentences here.\n\n“And a new paragraph,” she said.";
        assert_eq!(quoted(t), ["“One. Two sentences here.", "“And a new paragraph,”"]);
    }
}
