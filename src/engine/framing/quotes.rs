//! Sourcing: the statements of an article — direct quotations and indirect speech, from the
//! reading's attributions ([`crate::engine::reading::attribution`]) — each with its speaker,
//! resolved to one of the article's actors ([`crate::engine::reading::entities`]), the
//! speaker's source class (official, non-official, anonymous), and every speaker's share of the
//! quoted words.

use super::{Unit, View, join_names, round3};
use crate::engine::lexicon::Stance;
use crate::engine::reading::UnitSpans;
use crate::engine::reading::attribution::How;
use crate::engine::reading::mentions::MentionKind;
pub use crate::engine::reading::quotes::{Quotation, is_mark, scan};
use crate::engine::reading::tag::Tag;
use crate::engine::report::{Highlight, Kind, SourceClass, SpeakerShare};
use crate::engine::text::{Span, TokenKind};
use crate::engine::words::is_function_word;
use crate::util::sorting;

/// Who speaks.
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// The speaker as the article names them here ("Zhou", "the spokesperson", "he").
    pub label: String,
    /// The fullest name the article gives this speaker ("Zhou Lanting"), or the description
    /// of an unnamed one ("a spokesperson for the department").
    pub display: String,
    /// The speaker's identity inside the article (speakers with the same key are one person or
    /// body); "?" for a speaker the article does not give.
    pub key: String,
    /// Official, non-official, anonymous or unknown.
    pub class: SourceClass,
    /// The unit and bytes of the mention, when it is not a pronoun.
    pub mention: Option<(usize, Span)>,
    /// True when the speaker has a person's name.
    pub named: bool,
    /// True when the article gives the speaker a proper name ("Quist", "Police Scotland").
    pub has_name: bool,
    /// The speaker's role as the article writes it, where it gives one.
    pub role: Option<String>,
    /// True for a source the article keeps unnamed but places in an office or an institution
    /// (see [`crate::engine::reading::entities::unnamed_source`]).
    pub unnamed_source: bool,
    /// True when the article shows the speaker to be one person with a name (a title, a
    /// role, a gendered pronoun or a first name tell it), not a place or a body.
    pub person: bool,
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

fn unknown_speaker() -> Speaker {
    Speaker {
        label: String::new(),
        display: "an unnamed speaker".into(),
        key: "?".into(),
        class: SourceClass::Unknown,
        mention: None,
        named: false,
        has_name: false,
        role: None,
        unnamed_source: false,
        person: false,
    }
}

/// The statements of an article, from its attributions; pronoun speakers are resolved to the
/// actor they stand for, and an unresolved pronoun leaves the speaker unknown.
pub fn statements(v: &View) -> Vec<Statement> {
    let mut out = Vec::new();
    // The outlet by the name readers see and by its web site's name ("HuffPost" and
    // "huffingtonpost"): an article citing "the Huffington Post" on its own site cites itself.
    let outlet = squeeze(v.name);
    let site = squeeze(v.site);
    for a in &v.attributions {
        // "Fox News confirmed …" in Fox News: the outlet's own reporting, not a source.
        if let Some(e) = a.entity {
            let name = squeeze(&v.entities.list[e].name);
            if !name.is_empty() && (name == outlet || name == site) {
                continue;
            }
        }
        let speaker = match a.speaker {
            Some((su, mi)) => {
                let u = &v.units[su];
                let m = &u.mentions[mi];
                match a.entity {
                    Some(e) => {
                        let ent = &v.entities.list[e];
                        let pronoun = m.kind == MentionKind::Pronoun;
                        let end = m.party.map_or(m.end, |p| p.1 + 1);
                        // "Lee, R-Calif.,": the comma that closes the tag is no part of it.
                        let end = if end > m.end && u.tokens.get(end - 1).is_some_and(|t| t.norm == ",") {
                            end - 1
                        } else {
                            end
                        };
                        // "Lee's office": the owner is part of the speaker.
                        let start = if m.kind == MentionKind::Description { m.owner_start(u) } else { m.start };
                        let mut span = u.span_of(start, end.min(u.tokens.len()));
                        let mut label = u.slice(start, m.end);
                        // "cited Lee's concerns": the speaker is "Lee", not "Lee's" (and "the
                        // governor's statements" the governor's).
                        if matches!(m.kind, MentionKind::Name | MentionKind::Description)
                            && m.possessive
                            && end == m.end
                        {
                            let bare = crate::engine::reading::names::shown_without_possessive(label);
                            span = Span::new(span.start, span.end - (label.len() - bare.len()));
                            label = bare;
                        }
                        Speaker {
                            label: label.to_string(),
                            display: ent.name.clone(),
                            key: format!("e{e}"),
                            class: ent.class,
                            mention: (!pronoun).then_some((su, span)),
                            named: ent.named && ent.actor != crate::engine::reading::mentions::Actor::Body,
                            has_name: ent.named,
                            role: (ent.named && !ent.role_text.is_empty()).then(|| ent.role_text.clone()),
                            unnamed_source: crate::engine::reading::entities::unnamed_source(ent),
                            person: ent.named && ent.actor == crate::engine::reading::mentions::Actor::Person,
                        }
                    }
                    None => unknown_speaker(),
                }
            }
            None => unknown_speaker(),
        };
        if a.how == How::Unattributed && speaker.key != "?" {
            continue;
        }
        let words = if a.direct { a.content.iter().map(|&(u, s)| v.units[u].words_in(s)).sum() } else { 0 };
        out.push(Statement {
            unit: a.unit,
            verb: a.verb.map(|(i, n)| (a.unit, i, n)),
            stance: a.lemma.map(|l| l.1),
            direct: a.direct,
            pieces: if a.direct { a.content.clone() } else { Vec::new() },
            words,
            speaker,
        });
    }
    out
}

/// True when a word the reporting-verb list knows is used as a noun or adjective here ("the
/// claims", "a report"), as the reading tagged it.
pub fn nounish(u: &Unit, i: usize) -> bool {
    !matches!(u.tags.get(i), Some(Tag::Verb(_)))
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

/// A name of an outlet or actor with only its letters and digits, lower case, without a
/// leading "the" or a web address's ending: "The New York Times", "nytimes.com" and
/// "New York Times" give "newyorktimes", "nytimes" and "newyorktimes".
fn squeeze(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    let lower = lower.rsplit_once('.').filter(|(_, tld)| (2..=4).contains(&tld.len())).map_or(lower, |(host, _)| host);
    let lower = lower.strip_prefix("www.").unwrap_or(lower);
    lower.chars().filter(|c| c.is_alphanumeric()).collect()
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
            // "Reported here: some Republicans, an unnamed source …": the label stays as
            // written, whatever its number ("many", "Lee", "aides").
            let how = if s.direct { "Quoted" } else { "Reported" };
            out.push(v.highlight(
                u,
                span,
                Kind::Speaker,
                Some(class_name(s.speaker.class).into()),
                format!("{how} here: {}, {}.", super::excerpt(&s.speaker.label, 60), class_note(s.speaker.class)),
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
    let quoted = UnitSpans::new(statements.iter().flat_map(|st| st.pieces.iter().copied()));
    let body: Vec<usize> = (0..v.units.len()).filter(|&k| !v.units[k].is_title()).collect();
    for q in &v.quotes {
        // Body units are in text order: those a quotation reaches are one run of them.
        let first = body.partition_point(|&k| v.units[k].span.end <= q.span.start);
        let reached = body.get(first..).unwrap_or_default().iter().take_while(|&&k| v.units[k].span.start < q.span.end);
        for &ui in reached {
            let u = &v.units[ui];
            let s = Span::new(q.span.start.max(u.span.start), q.span.end.min(u.span.end));
            if s.is_empty() || quoted.overlaps(ui, s) {
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
            None => by.push(SpeakerShare {
                speaker: name,
                role: s.speaker.role.clone(),
                class: s.speaker.class,
                quotes: 1,
                words: s.words,
                share: 0.0,
            }),
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
