//! Labels: how each article names the same actor. The referents come from the reading
//! ([`crate::engine::reading::referents`]: names, titles, descriptions, countries and group
//! words grouped across the bundle); here they are compared across the articles.
//!
//! A label tells something only when the difference carries meaning. Forms of one name ("Mr.
//! Abe", "Shinzo Abe", "Abe"), acronyms, a country's short names ("U.S.", "the United
//! States") and its capital are house style: the inspector lists them, the highlights and
//! findings leave them out. What is compared is descriptions, titles and group words ("the
//! North Korean leader" / "the dictator", "protesters" / "rioters"), names written in
//! another order or with another country word ("Chinese Communist Party"), and a place that
//! stands for an organisation ("Beijing"); a label with a word of the loaded-words list is
//! marked as evaluative.
//!
//! A place name joins an organisation when two linked sentences report the same statement
//! and one names the speaker by the organisation, the other by the place ("The party says
//! …" / "Beijing touted …"): the alignment shows they fill the same role.

use super::{Candidate, Signals, View, excerpt, join_names};
use crate::engine::lexicon;
use crate::engine::reading::entities::without_courtesy;
use crate::engine::reading::referents::{self as found};
pub use crate::engine::reading::referents::{Form, Kind as EntityKind, Label as Mention, Referent as Entity};
use crate::engine::reading::{names, places};
use crate::engine::report::{ArticleLabels, Highlight, Kind, LabelCount, Referent, Signal};
use crate::engine::text::Span;
use crate::engine::words::is_function_word;
use crate::util::sorted::SortedMap;
use crate::util::sorting;

impl Entity {
    /// True when at least two articles name it.
    pub fn in_several_articles(&self) -> bool {
        self.mentions.first().is_some_and(|f| self.mentions.iter().any(|m| m.article != f.article))
    }

    /// The articles that name it, in bundle order.
    pub fn articles(&self) -> Vec<usize> {
        let mut a: Vec<usize> = self.mentions.iter().map(|m| m.article).collect();
        sorting::sort(&mut a);
        a.dedup();
        a
    }

    /// Per article, its labels with counts, most used first (labels that differ only in case
    /// are one; the form shown is one written inside a sentence where there is one).
    pub fn labels(&self, article: usize) -> Vec<(String, usize)> {
        let mut by: Vec<(String, String, usize, usize, bool)> = Vec::new();
        for (i, m) in self.mentions.iter().enumerate().filter(|(_, m)| m.article == article) {
            let key = m.label.to_lowercase();
            let body = !m.quoted && m.unit > 0;
            match by.iter_mut().find(|x| x.0 == key) {
                Some(x) => {
                    x.2 += 1;
                    if body && !x.4 {
                        x.1 = m.label.clone();
                        x.4 = true;
                    }
                }
                None => by.push((key, m.label.clone(), 1, i, body)),
            }
        }
        sorting::sort_by(&mut by, |a, b| b.2.cmp(&a.2).then(a.3.cmp(&b.3)));
        by.into_iter().map(|x| (x.1, x.2)).collect()
    }
}

/// Finds the referents of the bundle and moves a place used for an organisation to it.
pub fn referents(views: &[View], sig: &Signals) -> Vec<Entity> {
    let mut entities = found::find(views);
    merge_metonyms(views, sig, &mut entities);
    entities.retain(|e| !e.mentions.is_empty());
    entities
}

/// The comparison key of a label: lower case, without a leading article or possessive
/// determiner ("the president" and "President" are one description).
pub fn label_key(label: &str) -> String {
    let l = label.trim().to_lowercase();
    let mut words: Vec<&str> = l.split_whitespace().collect();
    while words.len() > 1 && matches!(words[0], "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our") {
        words.remove(0);
    }
    names::strip_possessive(&words.join(" ")).to_string()
}

/// Joins a place used as a speaker to the organisation that linked sentences name as the
/// speaker of the same statement ("The party says …" / "Beijing touted …"), when the
/// organisation carries the place's country in its name ("Communist Party of China").
fn merge_metonyms(views: &[View], sig: &Signals, entities: &mut [Entity]) {
    let lm = &sig.links;
    let entity_at = |entities: &[Entity], k: usize, u: usize, span: Span| -> Option<usize> {
        entities.iter().position(|e| {
            e.mentions.iter().any(|m| !m.nested && m.article == k && m.unit == u && m.span.overlap(span) > 0)
        })
    };
    let mut votes: SortedMap<(usize, usize), f64> = SortedMap::new();
    for (&((ka, ua), (kb, ub)), &score) in lm.iter() {
        if ka >= kb || score < METONYM_LINK {
            continue;
        }
        for sa in sig.statements[ka].iter().filter(|s| s.unit == ua) {
            for sb in sig.statements[kb].iter().filter(|s| s.unit == ub) {
                let (Some((_, spa)), Some((_, spb))) = (sa.speaker.mention, sb.speaker.mention) else { continue };
                let (Some(ea), Some(eb)) = (entity_at(entities, ka, ua, spa), entity_at(entities, kb, ub, spb)) else {
                    continue;
                };
                if ea == eb {
                    continue;
                }
                // One side a capital used as an actor, the other an organisation of that
                // capital's country ("Beijing" / "the Communist Party of China").
                let place = |e: usize, k: usize, u: usize| {
                    let EntityKind::Country(c) = entities[e].kind else { return None };
                    entities[e]
                        .mentions
                        .iter()
                        .any(|m| m.article == k && m.unit == u && m.actor && m.form == Form::Place)
                        .then_some(c)
                };
                let org = |e: usize, c: u16| {
                    let x = &entities[e];
                    matches!(x.kind, EntityKind::Body | EntityKind::Other)
                        && x.words.len() >= 2
                        && (0..x.words.len()).any(|i| places::at(&x.words, i).is_some_and(|(_, p)| p.country == c))
                };
                if place(ea, ka, ua).is_some_and(|c| org(eb, c)) {
                    *votes.entry((eb, ea)).or_default() += score;
                } else if place(eb, kb, ub).is_some_and(|c| org(ea, c)) {
                    *votes.entry((ea, eb)).or_default() += score;
                }
            }
        }
    }
    let _ = views;
    // Each place joins the organisation with the most votes; only its uses as an actor move.
    let mut best: SortedMap<usize, (usize, f64)> = SortedMap::new();
    for (&(org, place), &v) in &votes {
        if best.get(&place).is_none_or(|&(_, b)| v > b) {
            best.insert(place, (org, v));
        }
    }
    for (place, (org, _)) in best {
        let moved: Vec<Mention> = entities[place]
            .mentions
            .iter()
            .filter(|m| m.actor && m.form == Form::Place)
            .cloned()
            .map(|mut m| {
                m.metonym = true;
                m
            })
            .collect();
        entities[place].mentions.retain(|m| !(m.actor && m.form == Form::Place));
        entities[org].mentions.extend(moved);
        sorting::sort_by_key(&mut entities[org].mentions, |m| (m.article, m.unit, m.span.start));
    }
}

/// A link this strong (the alignment's confident range) is needed before the speakers of the
/// two sentences are taken to be one referent.
pub const METONYM_LINK: f64 = 0.3;

/// True when a label takes part in the comparison: not house style (a form of the name, an
/// acronym, a country's short name or capital), not a plain reference back ("the president",
/// "the country", "the agency"), not a part of a country named for the country ("American
/// troops"). A label that judges always does; so does a place standing for an organisation
/// and an organisation's name in other words ("Chinese Communist Party").
fn compared(e: &Entity, m: &Mention) -> bool {
    if m.metonym || (m.form != Form::Name && evaluative(&m.label)) {
        return true;
    }
    let country = matches!(e.kind, EntityKind::Country(_));
    match m.form {
        Form::Group => true,
        Form::Acronym | Form::Place => false,
        // "American troops", "Norwegian officials": people of the country, not the country.
        Form::Description | Form::Title => !(m.plain || country && m.label.ends_with('s')),
        Form::Name if country || e.kind == EntityKind::Person => false,
        Form::Name => {
            let words: Vec<String> = m
                .label
                .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .filter(|w| !w.is_empty())
                .map(|w| names::strip_possessive(&w.to_lowercase()).to_string())
                .collect();
            !words.iter().all(|w| e.words.contains(w) || names::is_title(w) || is_function_word(w))
        }
    }
}

/// True when a label judges: a word of the loaded-words list ("dictator", "the regime", "an
/// obstructionist"), unless the word only modifies a neutral name for a group ("riot" of
/// "riot police").
pub fn evaluative(label: &str) -> bool {
    let lex = lexicon::get();
    let norms: Vec<String> =
        label.split_whitespace().map(|w| names::strip_possessive(&w.to_lowercase()).to_string()).collect();
    let loaded = |i: usize| lex.loaded.longest(&norms, i).filter(|(_, p)| **p != 0).map(|(n, _)| n);
    let mut i = 0;
    while i < norms.len() {
        if let Some((n, _)) = lex.actors.longest(&norms, i) {
            // A group's word: loaded as a whole or in its head ("masked mob").
            if loaded(i).is_some_and(|m| m >= n) || loaded(i + n - 1).is_some() {
                return true;
            }
            i += n;
            continue;
        }
        if loaded(i).is_some() {
            return true;
        }
        i += 1;
    }
    false
}

/// Entities worth comparing: named by at least two articles.
pub fn shown(entities: &[Entity]) -> Vec<usize> {
    let mut ids: Vec<usize> = (0..entities.len()).filter(|&i| entities[i].in_several_articles()).collect();
    sorting::sort_by(&mut ids, |&a, &b| entities[b].mentions.len().cmp(&entities[a].mentions.len()).then(a.cmp(&b)));
    ids
}

/// A label an article uses for an entity that some other article naming it does not use,
/// house style left out and labels compared by what they say the actor is ("the leader" and
/// "North Korean leader" say the same; "the dictator" says something else).
#[derive(Debug)]
pub struct Distinct<'e> {
    /// The article.
    pub article: usize,
    /// The label as the article writes it.
    pub label: String,
    /// Its mentions in the article.
    pub mentions: Vec<&'e Mention>,
    /// Every article that says the same (this one included), in bundle order.
    pub users: Vec<usize>,
}

/// The distinctive labels of an entity (see [`Distinct`]).
pub fn distinctive(e: &Entity) -> Vec<Distinct<'_>> {
    let arts = e.articles();
    let mut out = Vec::new();
    for &k in &arts {
        for (label, _) in e.labels(k) {
            let ms: Vec<&Mention> = e
                .mentions
                .iter()
                .filter(|m| m.article == k && m.label.eq_ignore_ascii_case(&label) && compared(e, m))
                .collect();
            let Some(first) = ms.first() else { continue };
            if first.sense.is_empty() {
                continue;
            }
            let mut users: Vec<usize> =
                e.mentions.iter().filter(|m| m.sense == first.sense && compared(e, m)).map(|m| m.article).collect();
            users.dedup();
            if users.len() == arts.len() {
                continue;
            }
            out.push(Distinct { article: k, label, mentions: ms, users });
        }
    }
    out
}

/// The distinctive labels of an entity when they make a contrast: a label that judges, in
/// the outlet's own words, that not every article uses; or two things said of the actor by
/// different articles ("leader" / "dictator", "protesters" / "rioters"). `None` otherwise:
/// one article describing an actor that the others only name is not a framing difference.
pub fn contrast(e: &Entity) -> Option<Vec<Distinct<'_>>> {
    let distinct = distinctive(e);
    let judging = distinct.iter().any(|d| evaluative(&d.label) && d.mentions.iter().any(|m| !m.quoted));
    let mut senses: Vec<(&str, &[usize])> = Vec::new();
    for d in &distinct {
        let s = d.mentions[0].sense.as_str();
        if !senses.iter().any(|x| x.0 == s) {
            senses.push((s, &d.users));
        }
    }
    let two = senses.iter().any(|a| senses.iter().any(|b| a.0 != b.0 && a.1 != b.1));
    (judging || two).then_some(distinct)
}

/// Label highlights: every mention whose label for its referent differs from the labels of
/// all other articles, where the referent's labels make a contrast ([`contrast`]).
pub fn highlights(views: &[View], entities: &[Entity]) -> Vec<Highlight> {
    let mut out = Vec::new();
    for id in shown(entities) {
        let e = &entities[id];
        for d in contrast(e).unwrap_or_default() {
            let (k, label, ms) = (d.article, d.label, d.mentions);
            let others: Vec<String> = e
                .articles()
                .into_iter()
                .filter(|o| !d.users.contains(o))
                .filter_map(|o| main_label(e, o).map(|l| format!("{} “{}”", views[o].name, excerpt(&l, 40))))
                .collect();
            let judged = if evaluative(&label) { ", a word that judges" } else { "" };
            let who = if d.users.len() == 1 {
                format!("Only {} calls", views[k].name)
            } else {
                let names: Vec<&str> = d.users.iter().map(|&o| views[o].name).collect();
                format!("{} call", join_names(&names))
            };
            let note = format!(
                "{who} {} “{}”{judged}; {}.",
                referent_phrase(e),
                excerpt(&label, 40),
                if others.is_empty() {
                    "the others name it differently".to_string()
                } else {
                    format!("elsewhere: {}", join_names(&others))
                }
            );
            for m in ms {
                let class = if m.quoted { "quoted" } else { "outlet" };
                out.push(views[k].highlight(m.unit, m.span, Kind::Label, Some(class.into()), note.clone()));
            }
        }
    }
    out
}

/// The label an article uses most for an entity: its most used description or other
/// telling label, else its most used name.
fn main_label(e: &Entity, k: usize) -> Option<String> {
    let labels = e.labels(k);
    let telling = labels
        .iter()
        .find(|(l, _)| e.mentions.iter().any(|m| m.article == k && m.label.eq_ignore_ascii_case(l) && compared(e, m)));
    telling.or(labels.first()).map(|(l, _)| l.clone())
}

/// Referents that the articles name differently, as candidate findings. A referent counts
/// when some article uses a label that judges and no other article uses, or when at least two
/// articles each use a label of their own (by what it says, house style left out). Per
/// article: its telling labels, one for each thing they say (its most used name where it has
/// none); labels inside quotations are marked as the speaker's. With the findings, the
/// referents they are about.
pub fn findings(views: &[View], entities: &[Entity]) -> (Vec<Candidate>, Vec<usize>) {
    let mut out = Vec::new();
    let mut ids = Vec::new();
    for id in shown(entities) {
        let e = &entities[id];
        let Some(distinct) = contrast(e) else { continue };
        let mut differing: Vec<usize> = distinct.iter().map(|d| d.article).collect();
        sorting::sort(&mut differing);
        differing.dedup();
        let arts = e.articles();
        let mut parts = Vec::new();
        let mut ev = Vec::new();
        let mut judged: Vec<String> = Vec::new();
        for &k in &arts {
            let labs = e.labels(k);
            let mut senses: Vec<&str> = Vec::new();
            let mut chosen: Vec<(&str, usize, &Mention)> = Vec::new();
            for (l, n) in &labs {
                let Some(m) =
                    e.mentions.iter().find(|m| m.article == k && m.label.eq_ignore_ascii_case(l) && compared(e, m))
                else {
                    continue;
                };
                if senses.contains(&m.sense.as_str()) || chosen.len() == 3 {
                    continue;
                }
                senses.push(&m.sense);
                chosen.push((l, *n, m));
            }
            // With no telling label, the plain role the article gives most in its own words
            // ("North Korean leader" beside another's "North Korean dictator": read on real
            // events, the bare surname set against a judging label hid the article's own
            // description of the actor)...
            if chosen.is_empty() && e.kind == EntityKind::Person {
                let plain_role = labs.iter().find_map(|(l, n)| {
                    e.mentions
                        .iter()
                        .find(|m| {
                            m.article == k
                                && m.label.eq_ignore_ascii_case(l)
                                && matches!(m.form, Form::Title | Form::Description)
                                && m.plain
                                && !m.quoted
                        })
                        .map(|m| (l.as_str(), *n, m))
                });
                chosen.extend(plain_role);
            }
            // ... else the name the article uses most, without the courtesy title its house
            // style puts before every name ("Mr. Kim" is shown as "Kim").
            if chosen.is_empty() {
                let best = labs.first().map(|(l, n)| (without_courtesy(l), *n));
                if let Some((l, n)) = best
                    && let Some(m) =
                        e.mentions.iter().find(|m| m.article == k && without_courtesy(&m.label).eq_ignore_ascii_case(l))
                {
                    chosen.push((l, n, m));
                }
            }
            let mut shown_labels = Vec::new();
            for (l, n, m) in chosen {
                let times = if n > 1 { format!(" ({n}×)") } else { String::new() };
                let quoted = if m.quoted { " (quoted)" } else { "" };
                shown_labels.push(format!("“{l}”{times}{quoted}"));
                // A word that judges is the article's choice where it uses it more than once or
                // puts it in its headline or lead; once in an aside, beside a plain name used
                // throughout, it is not how the article names the actor (read on held-out real
                // events: "the Kim regime" once, against "North Korea" everywhere else).
                let chosen_word = n > 1 || views[k].units[m.unit].at_top();
                if evaluative(l)
                    && !m.quoted
                    && chosen_word
                    && !judged.iter().any(|j| label_key(j) == label_key(l))
                    && !judged_elsewhere(views, e, k, l)
                {
                    judged.push(l.to_string());
                }
                ev.push(views[k].evidence(m.unit, Some(m.span)));
            }
            parts.push(format!("{} {}", views[k].name, join_names(&shown_labels)));
        }
        // For a kind of group ("protesters", "crowds", "demonstrators") plain words differ as
        // synonyms do, and an event may have two crowds (supporters and protesters): the
        // difference is worth a finding only where one article's word judges (read on
        // held-out real events, 5 of 5 label findings without one were trivial or wrong).
        // So for a person: titles and roles ("the former national security adviser", "a
        // veteran operative") identify, and articles that pick different ones mostly chose how
        // to introduce the person; a word that judges ("dictator") is the choice.
        if matches!(e.kind, EntityKind::Group(_) | EntityKind::Person) && judged.is_empty() {
            continue;
        }
        // A referent set apart only by words that judge, none of them the article's choice
        // (see above), shows no difference.
        if judged.is_empty() && distinct.iter().all(|d| evaluative(&d.label)) {
            continue;
        }
        // Nor one set apart only by descriptions each used once in an aside, beside the plain
        // name used throughout: "his impoverished nation" once, against "North Korea" seven
        // times, is not how the article names the country (read on a real event).
        let chosen =
            |d: &Distinct| d.mentions.len() > 1 || d.mentions.iter().any(|m| views[m.article].units[m.unit].at_top());
        if judged.is_empty() && !distinct.iter().any(chosen) {
            continue;
        }
        let strength = (0.45
            + 0.3 * (differing.len() as f64 / arts.len() as f64)
            + if judged.is_empty() { 0.0 } else { 0.2 }
            + 0.01 * (e.mentions.len().min(10) as f64))
            .min(0.95);
        let verb = match e.kind {
            EntityKind::Group(_) => "use different words for",
            _ => "name",
        };
        let tail = if matches!(e.kind, EntityKind::Group(_)) { "" } else { " differently" };
        let mut text = format!("The articles {verb} {}{tail}: {}.", referent_phrase(e), parts.join("; "));
        if !judged.is_empty() {
            let quoted: Vec<String> = judged.iter().map(|j| format!("“{}”", excerpt(j, 40))).collect();
            let one = quoted.len() == 1;
            text.push_str(&format!(
                " {} {} rather than {}.",
                join_names(&quoted),
                if one { "judges" } else { "judge" },
                if one { "describes" } else { "describe" }
            ));
        }
        out.push(Candidate { signal: Signal::Label, form: "referent", text, strength, evidence: ev });
        ids.push(id);
    }
    (out, ids)
}

/// True when every other article that names the referent also writes the judging word of
/// label `l` in a sentence that names it ("Controversial Arizona Sheriff" in one, "known for his
/// controversial stances" in the others): the judgement is then the coverage's, not one
/// outlet's choice of name (read on real events, such a finding taught the opposite).
fn judged_elsewhere(views: &[View], e: &Entity, k: usize, l: &str) -> bool {
    let words: Vec<String> = l
        .split_whitespace()
        .map(|w| names::strip_possessive(&w.to_lowercase()).to_string())
        .filter(|w| evaluative(w))
        .collect();
    let others: Vec<usize> = e.articles().into_iter().filter(|&o| o != k).collect();
    !words.is_empty()
        && !others.is_empty()
        && others.iter().all(|&o| {
            e.mentions.iter().filter(|m| m.article == o).any(|m| {
                views[o].units.get(m.unit).is_some_and(|u| {
                    u.tokens.iter().any(|t| words.iter().any(|w| names::strip_possessive(&t.norm) == w.as_str()))
                })
            })
        })
}

/// How notes and findings refer to an entity: "the Communist Party of China", "the crowd".
pub fn referent_phrase(e: &Entity) -> String {
    match &e.kind {
        EntityKind::Group(cat) => match *cat {
            "crowd" => "the people who took part".into(),
            "police" => "the police".into(),
            "armed-group" => "the armed group".into(),
            "migrants" => "the migrants".into(),
            other => format!("the {other}"),
        },
        EntityKind::Person | EntityKind::Country(_) | EntityKind::People => e.name.clone(),
        EntityKind::Body | EntityKind::Other => {
            let lower = e.name.to_lowercase();
            if e.words.len() >= 2 && !lower.starts_with("the ") { format!("the {}", e.name) } else { e.name.clone() }
        }
    }
}

/// The referents for the report: those named by at least two articles or by two different
/// labels, most mentioned first.
pub fn report(views: &[View], entities: &[Entity]) -> Vec<Referent> {
    let mut ids: Vec<usize> = (0..entities.len())
        .filter(|&i| {
            let e = &entities[i];
            e.in_several_articles() || e.mentions.iter().any(|m| !m.label.eq_ignore_ascii_case(&e.mentions[0].label))
        })
        .collect();
    sorting::sort_by(&mut ids, |&a, &b| entities[b].mentions.len().cmp(&entities[a].mentions.len()).then(a.cmp(&b)));
    ids.into_iter()
        .enumerate()
        .map(|(id, i)| {
            let e = &entities[i];
            Referent {
                id,
                name: e.name.clone(),
                labels: super::in_bundle_order(views)
                    .map(|v| ArticleLabels {
                        article: v.id.to_string(),
                        labels: e
                            .labels(v.index)
                            .into_iter()
                            .map(|(label, count)| LabelCount { label, count })
                            .collect(),
                    })
                    .collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_evaluative_words() {
        assert_eq!(label_key("The president's"), "president");
        assert_eq!(label_key("his Japanese counterpart"), "japanese counterpart");
        assert!(evaluative("North Korean dictator"));
        assert!(!evaluative("North Korean leader"));
    }
}
