//! Omissions of things, not strings: a person whom every other article names, and at least one
//! quotes or cites, and whom one article never mentions — in any form. An
//! article mentions an actor when one of its own actors has the same name ("Steele" /
//! "Michael Steele", "RNC" / "Republican National Committee", "G.O.P." / "GOP"), when a word of
//! the name stands anywhere in its text (headline and page furniture included), or when it
//! uses another common name of the same country ("U.S." / "United States" / "America").

use super::quotes::Statement;
use super::{Candidate, Signals, View, join_names};
use crate::engine::reading::entities::{Entity, NameIndex};
use crate::engine::reading::mentions::Actor;
use crate::engine::report::{Evidence, Signal};
use crate::util::fasthash::HashSet;

/// Names of one country that news uses for one another (lower case, no full stops). Written for
/// this project; a country not listed is matched by its own name words.
const COUNTRY_NAMES: &[&[&str]] = &[
    &["us", "usa", "united states", "america", "american", "americans", "washington"],
    &["uk", "britain", "united kingdom", "british", "london"],
    &["china", "chinese", "beijing", "prc"],
    &["russia", "russian", "moscow", "kremlin"],
    &["north korea", "north korean", "pyongyang", "dprk"],
    &["south korea", "south korean", "seoul"],
    &["japan", "japanese", "tokyo"],
    &["iran", "iranian", "tehran"],
    &["israel", "israeli", "israelis"],
    &["eu", "european union", "brussels"],
    &["un", "united nations"],
];

/// An actor needs at least this many mentions in the other articles together (or to be quoted
/// or cited in one of them) before leaving it out is a finding: a passing mention is not.
pub const OMITTED_MENTIONS: usize = 3;

/// The normal form of a name for matching: lower case, no full stops, straight apostrophes.
fn plain(s: &str) -> String {
    s.chars()
        .filter(|c| *c != '.')
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The country group a name belongs to, if any.
fn country(name: &str) -> Option<usize> {
    let p = plain(name);
    COUNTRY_NAMES.iter().position(|g| g.contains(&p.as_str()))
}

/// Everything an article says, in plain form, for the last check: does a word of the name
/// stand anywhere in it?
pub struct ArticleText {
    /// Plain words of the whole article, headline and furniture included.
    words: HashSet<String>,
    /// Plain text, for names of several words.
    text: String,
}

pub fn article_text(v: &View) -> ArticleText {
    let mut text = String::new();
    for u in &v.units {
        text.push_str(&plain(u.as_str()));
        text.push(' ');
    }
    let words =
        text.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).map(String::from).collect();
    ArticleText { words, text }
}

/// True when article `m` mentions the actor `e` (of another article) in any form.
fn mentions(m: &View, names: &NameIndex, text: &ArticleText, e: &Entity) -> bool {
    if !names.matching(&m.entities.list, &e.words).is_empty() {
        return true;
    }
    if let Some(c) = country(&e.name) {
        let group = COUNTRY_NAMES[c];
        if group.iter().any(|n| if n.contains(' ') { text.text.contains(n) } else { text.words.contains(*n) }) {
            return true;
        }
    }
    // A distinctive word of the name anywhere ("Kaine" in a headline, "Huckabee's").
    e.words.iter().filter(|w| w.chars().count() > 3).any(|w| {
        let w = plain(w);
        text.words.contains(&w) || text.words.contains(&format!("{w}'s"))
    }) || text.text.contains(&plain(&e.name))
}

/// An actor one article may leave out: weight, the fullest name, evidence, the actor in the
/// first other article and the roles the others give it.
type Omitted<'e> = (f64, String, Vec<Evidence>, &'e Entity, Vec<&'e String>, Vec<(usize, usize)>);

/// Words in a row of a voice's quotation that an article must carry to quote that voice under
/// another attribution ("a statement from the senator's office").
pub const CARRIED_QUOTE_WORDS: usize = 6;

/// The plain words of a text, one space between each and one at each end.
fn spaced_words(s: &str) -> String {
    let p = plain(s);
    let mut out = String::from(" ");
    for w in p.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()) {
        out.push_str(w);
        out.push(' ');
    }
    out
}

/// True when `runs` (an article's [`runs_of`]) has [`CARRIED_QUOTE_WORDS`] words in a row of a
/// quotation of actor `e` of article `k`.
fn carries_quote(views: &[View], sig: &Signals, k: usize, e: usize, runs: &HashSet<u64>) -> bool {
    statements_of(sig, k, e).filter(|s| s.direct).any(|s| quoted_runs(views, k, s).any(|h| runs.contains(&h)))
}

/// Each article's runs of [`CARRIED_QUOTE_WORDS`] words (lower case, punctuation left out),
/// hashed: what [`quoted_elsewhere`] looks up, built once per bundle.
pub fn word_runs(texts: &[ArticleText]) -> Vec<HashSet<u64>> {
    texts.iter().map(|t| runs_of(&t.text)).collect()
}

/// The hashed runs of [`CARRIED_QUOTE_WORDS`] words of `text` (its [`spaced_words`]).
fn runs_of(text: &str) -> HashSet<u64> {
    use std::hash::{Hash, Hasher};
    let spaced = spaced_words(text);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    words
        .windows(CARRIED_QUOTE_WORDS)
        .map(|w| {
            let mut h = crate::util::fasthash::IndexHasher::default();
            w.hash(&mut h);
            h.finish()
        })
        .collect()
}

/// The hashed runs of statement `st` of article `k`'s quoted words, piece by piece.
fn quoted_runs<'a>(views: &'a [View], k: usize, st: &'a Statement) -> impl Iterator<Item = u64> + 'a {
    st.pieces
        .iter()
        .flat_map(move |&(u, span)| runs_of(views[k].units[u].text.get(span.start..span.end).unwrap_or_default()))
}

/// True when another article than `k` (`runs`: [`word_runs`]) carries [`CARRIED_QUOTE_WORDS`]
/// words in a row of statement `st`'s quoted words: the same quotation, whoever it is credited
/// to there.
pub fn quoted_elsewhere(views: &[View], runs: &[HashSet<u64>], k: usize, st: &Statement) -> bool {
    quoted_runs(views, k, st).any(|h| runs.iter().enumerate().any(|(o, r)| o != k && r.contains(&h)))
}

/// At most this many actors are checked against the full text of the article that may leave
/// them out (the check reads the whole article), strongest first: the finding names three.
const OMITTED_CHECKS: usize = 40;

/// The actors that one article leaves out although all the others name them, as one finding.
/// `texts` and `runs`: each article's [`article_text`] and [`word_runs`].
pub fn omitted_actors(views: &[View], sig: &Signals, texts: &[ArticleText], runs: &[HashSet<u64>]) -> Vec<Candidate> {
    let n = views.len();
    if n < 3 {
        return Vec::new();
    }
    let outlets: Vec<String> = views.iter().map(|v| plain(v.name)).collect();
    // Each article's actors by the words of their names (three long articles of thousands of
    // names made a comparison of every actor with every other cubic).
    let lookups: Vec<NameIndex> = views.iter().map(|v| NameIndex::of(&v.entities.list)).collect();
    // (article that leaves out, weight, names, evidence)
    let mut found: Vec<(usize, f64, Vec<String>, Vec<Evidence>)> = Vec::new();
    for m in 0..n {
        let others: Vec<usize> = (0..n).filter(|&o| o != m).collect();
        let first = others[0];
        let mut names: Vec<Omitted> = Vec::new();
        for (ei, e) in views[first].entities.list.iter().enumerate() {
            // Acronyms are left out: their expansions and synonyms are too many to check.
            let acronym = crate::engine::reading::names::is_acronym(&e.name.replace('.', ""));
            if !e.named
                || e.actor == Actor::People
                || acronym
                || e.name.chars().count() < 3
                || outlets.contains(&plain(&e.name))
            {
                continue;
            }
            // The same actor in every other article, and how often each names it.
            let mut mentions_in_others = e.mentions.len();
            let mut spoke_everywhere = speaks(sig, first, ei);
            let mut voices = vec![(first, ei)];
            let mut evidence = vec![first_voice(&views[first], sig, first, ei, e)];
            // The fullest of the names the other articles give it (most words, then longest).
            let mut name = &e.name;
            let mut roles: Vec<&String> = e.roles.iter().collect();
            let mut everywhere = true;
            for &o in &others[1..] {
                // A name that fits several actors of the first article ("Kim" beside "Kim Jong-il"
                // and "Kim Il-sung") does not say which of them the article names.
                let list = &views[o].entities.list;
                let Some((oi, x)) = lookups[o]
                    .matching(list, &e.words)
                    .into_iter()
                    .map(|i| (i, &list[i]))
                    .find(|(_, x)| lookups[first].matching(&views[first].entities.list, &x.words).len() == 1)
                else {
                    everywhere = false;
                    break;
                };
                mentions_in_others += x.mentions.len();
                roles.extend(&x.roles);
                let size = |n: &str| (n.split_whitespace().count(), n.len());
                if size(&x.name).cmp(&size(name)).then_with(|| name.cmp(&x.name)).is_gt() {
                    name = &x.name;
                }
                spoke_everywhere &= speaks(sig, o, oi);
                voices.push((o, oi));
                evidence.push(first_voice(&views[o], sig, o, oi, x));
            }
            // Only people who speak in every other article: leaving out a voice the rest of the
            // coverage gives is telling, while a place or a body left out was, on real
            // coverage, mostly named in other words, and a person whom only one other article
            // quotes was mostly a side voice there (read on held-out real events, 4 of 5 such
            // findings were true but trivial).
            if !everywhere || e.actor != Actor::Person || !spoke_everywhere || mentions_in_others < OMITTED_MENTIONS {
                continue;
            }
            // Three for the voice, which every one kept here has.
            let weight = mentions_in_others.min(8) as f64 + 3.0;
            names.push((weight, name.clone(), evidence, e, roles, voices));
        }
        crate::util::sorting::sort_by(&mut names, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        names.dedup_by(|a, b| a.1 == b.1);
        // The checks against the whole text of article `m`, strongest first, until three. An
        // article that quotes the voice's words under another attribution ("a statement from
        // the senator's office") does not leave the voice out.
        let names: Vec<(f64, String, Vec<Evidence>)> = names
            .into_iter()
            .take(OMITTED_CHECKS)
            .filter(|(_, _, _, e, roles, voices)| {
                !mentions(&views[m], &lookups[m], &texts[m], e)
                    && !by_role(&texts[m], roles)
                    && !same_side_speaks(&views[m], sig, m, roles)
                    && !voices.iter().any(|&(k, x)| carries_quote(views, sig, k, x, &runs[m]))
            })
            .take(3)
            .map(|(w, name, ev, _, _, _)| (w, name, ev))
            .collect();
        if let Some(best) = names.first().map(|x| x.0) {
            let shown: Vec<String> = names.iter().map(|x| x.1.clone()).collect();
            let ev: Vec<Evidence> = names.into_iter().flat_map(|x| x.2).collect();
            found.push((m, best, shown, ev));
        }
    }
    if found.is_empty() {
        return Vec::new();
    }
    crate::util::sorting::sort_by(&mut found, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let parts: Vec<String> = found
        .iter()
        .map(|(m, _, names, _)| format!("{} never mentions {}", views[*m].name, join_names(names)))
        .collect();
    let best = found[0].1;
    vec![Candidate {
        signal: Signal::Coverage,
        form: "omitted-actor",
        text: format!("Voices that all the other articles quote or cite are left out by one: {}.", parts.join("; ")),
        strength: (0.55 + best / 30.0).min(0.9),
        evidence: found.into_iter().flat_map(|x| x.3).collect(),
    }]
}

/// True when the article speaks of "the" holder of one of the roles the other articles give the
/// person ("the president", "the chief justice"): an article may name a person only by the
/// office, and "never mentions" would then be false.
fn by_role(text: &ArticleText, roles: &[&String]) -> bool {
    roles.iter().any(|r| {
        // The head of the role phrase: the word before "of" ("chairman of the committee"), or
        // the last word ("press secretary").
        let head = role_head(r);
        let phrase = format!("the {}", plain(head));
        // As whole words: "the justices" is the court, not the one justice.
        head.chars().count() > 2
            && text.text.match_indices(&phrase).any(|(at, _)| {
                let before = text.text[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
                let after = text.text[at + phrase.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
                before && after
            })
    })
}

/// True when article `k` quotes or cites someone else whose role shares two words with what one
/// of `roles` serves ("spokeswoman for the Obama campaign" and "the campaign's press secretary
/// of Obama"; "AARP legislative policy director" and "policy chief of AARP"): read on real
/// events, an article that gives the same side through another of its people was said to leave
/// the voice out. One shared word is too little ("house", "republican"): read on the same
/// events, it hid three true findings for one wrong. It is enough when it is a body's initials
/// the article names ("NAACP").
fn same_side_speaks(v: &View, sig: &Signals, k: usize, roles: &[&String]) -> bool {
    // The bodies the article names by their initials ("the N.A.A.C.P."): a role that serves one
    // of them names the side by that word alone ("director of the NAACP's Washington bureau"
    // and "president of the N.A.A.C.P." speak for one body). A word like "house" names more
    // than one side.
    let bodies: HashSet<&str> = v
        .entities
        .list
        .iter()
        .filter(|e| {
            e.named
                && e.actor != Actor::Person
                && e.words.len() == 1
                && e.name.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && e.name.chars().all(|c| c.is_uppercase() || c == '.')
        })
        .map(|e| e.words[0].as_str())
        .collect();
    // Only a role that speaks for a body ("spokeswoman", "policy director"): a "supporter" or a
    // "nominee" of a party is no voice of the party, and another party member is no stand-in.
    let sides: Vec<Vec<&str>> = roles
        .iter()
        .filter(|r| SPEAKS_FOR.contains(&role_head(r)))
        .map(|r| affiliation(r))
        .filter(|a| a.len() >= 2 || a.iter().any(|w| bodies.contains(w)))
        .collect();
    // Or a role of the same kind ("chief justice" and "justice", "top political adviser" and
    // "economic adviser").
    let heads: Vec<&str> = roles.iter().map(|r| role_head(r)).filter(|h| h.chars().count() > 2).collect();
    // The article's speakers, gathered once (a walk over its statements for each of its actors
    // would be quadratic in a long article).
    let speakers: HashSet<&str> = sig.statements.get(k).into_iter().flatten().map(|s| s.speaker.key.as_str()).collect();
    v.entities.list.iter().enumerate().any(|(i, x)| {
        speakers.contains(format!("e{i}").as_str())
            && x.roles.iter().any(|r| {
                let words: Vec<&str> = r.split_whitespace().collect();
                sides.iter().any(|side| {
                    let shared: Vec<&&str> = side.iter().filter(|w| words.contains(w)).collect();
                    shared.len() >= 2 || shared.iter().any(|w| bodies.contains(**w))
                }) || heads.contains(&role_head(r))
            })
    })
}

/// The words of a role phrase that name whom the role serves: the phrase without its head
/// (the word before "of", else the last word) and function words ("obama campaign spokeswoman"
/// and "spokeswoman of obama campaign" both give "obama", "campaign").
fn affiliation(role: &str) -> Vec<&str> {
    let head = role_head(role);
    role.split_whitespace().filter(|&w| w != head && !crate::engine::words::is_function_word(w)).collect()
}

/// The head of a role phrase: the word before "of" ("chief of aarp"), else the last word.
fn role_head(role: &str) -> &str {
    role.split(" of ").next().unwrap_or(role).split_whitespace().last().unwrap_or_default()
}

/// Heads of roles whose holder speaks for a body (our own list).
const SPEAKS_FOR: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "director",
    "chief",
    "manager",
    "adviser",
    "advisor",
    "aide",
    "strategist",
    "official",
    "officer",
    "executive",
    "counsel",
    "lawyer",
    "attorney",
];

/// True when actor `e` of article `k` is quoted or cited there.
fn speaks(sig: &Signals, k: usize, e: usize) -> bool {
    statements_of(sig, k, e).next().is_some()
}

/// The statements of article `k` whose speaker is its actor `e`.
fn statements_of(sig: &Signals, k: usize, e: usize) -> impl Iterator<Item = &super::quotes::Statement> {
    let key = format!("e{e}");
    sig.statements.get(k).into_iter().flatten().filter(move |s| s.speaker.key == key)
}

/// Evidence for a voice: the first sentence where actor `e` of article `k` speaks, since a
/// passing mention before it ("the court of Chief Justice …") does not show the voice; else its
/// first mention.
fn first_voice(v: &View, sig: &Signals, k: usize, ei: usize, e: &Entity) -> Evidence {
    match statements_of(sig, k, ei).map(|s| s.unit).min() {
        Some(u) => {
            let span = e.mentions.iter().find(|&&(mu, _)| mu == u).map(|&(_, mi)| {
                let m = &v.units[u].mentions[mi];
                v.units[u].span_of(m.start, m.end)
            });
            v.evidence(u, span)
        }
        None => first_mention(v, e),
    }
}

/// Evidence: the first mention of an actor.
fn first_mention(v: &View, e: &Entity) -> Evidence {
    let (u, mi) = e.mentions[0];
    let m = &v.units[u].mentions[mi];
    v.evidence(u, Some(v.units[u].span_of(m.start, m.end)))
}
