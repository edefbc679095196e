//! Attributions: who the article says said what. Read from the structure of the sentence:
//! - the subject of a speech verb ("Lee said …", "Ann Lee, a spokeswoman for the ministry,
//!   said …", "Lee, who chairs the panel, told reporters …");
//! - the agent after an inverted verb ("…,” said Sen. Tim Kaine (D-Va.)");
//! - the object of "according to";
//! - the name before a colon that opens a quotation ("Lee: “We will …”").
//!
//! Direct speech is a quotation next to the attribution; a quotation with no attribution of its
//! own keeps the speaker of the quotation before it in the same or the previous paragraph (a
//! quotation that runs over several sentences or paragraphs). Indirect speech is the clause
//! the verb reports. Pronoun speakers are left as pronouns here; the article's entities
//! ([`super::entities`]) resolve them.

use super::mentions::{Actor, Gender, Mention, MentionKind};
use super::names;
use super::tag::{Tag, VerbForm, time_word};
use super::{RESEARCH_NOUNS, Unit, View};
use crate::engine::lexicon::{self, RoleKind, Stance, WordClass};
use crate::engine::text::{Span, TokenKind};
use crate::engine::wordlist::WordList;

/// How an attribution was recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    /// A speech verb with its subject or agent.
    Verb,
    /// "according to …".
    According,
    /// A name before a colon that opens a quotation.
    Colon,
    /// A quotation that continues one attributed before.
    Continued,
    /// A quotation with no speaker in sight.
    Unattributed,
    /// A statement the sentence tells of by its author, with none of its words ("cited Lee's
    /// concerns"): a source, but no speaker of the quotations near it.
    Mention,
}

/// One attribution: a speaker (where there is one), how they are reported, and what they said.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    /// The unit of the attribution (of the quotation when there is no verb).
    pub unit: usize,
    /// How it was recognised.
    pub how: How,
    /// The speech verb: first token and number of tokens.
    pub verb: Option<(usize, usize)>,
    /// The verb's base form and stance.
    pub lemma: Option<(&'static str, Stance)>,
    /// The speaker: unit and index into its mentions. `None` when the article names none.
    pub speaker: Option<(usize, usize)>,
    /// The speaker as one of the article's actors (index into [`View::entities`]); a pronoun
    /// speaker is resolved to the actor it stands for.
    pub entity: Option<usize>,
    /// True for direct speech (a quotation), false for indirect speech.
    pub direct: bool,
    /// The quotations it reports (indices into [`View::quotes`]).
    pub quotes: Vec<usize>,
    /// What was said: quoted pieces (direct) or the reported clause (indirect), as unit and
    /// bytes.
    pub content: Vec<(usize, Span)>,
}

impl Attribution {
    /// An attribution of unit `unit` to the speaker mention `speaker`, with nothing else yet.
    fn new(unit: usize, how: How, speaker: (usize, usize), content: Vec<(usize, Span)>) -> Attribution {
        Attribution {
            unit,
            how,
            verb: None,
            lemma: None,
            speaker: Some(speaker),
            entity: None,
            direct: how == How::Colon,
            quotes: Vec::new(),
            content,
        }
    }

    /// Indirect speech reported with a verb (tokens `verb`) by the speaker mention `speaker`.
    fn by_verb(
        unit: usize,
        verb: (usize, usize),
        lemma: (&'static str, Stance),
        speaker: (usize, usize),
        content: Vec<(usize, Span)>,
    ) -> Attribution {
        Attribution { verb: Some(verb), lemma: Some(lemma), ..Attribution::new(unit, How::Verb, speaker, content) }
    }
}

/// A view the sentence reports without a verb of speech (the issue's rule: whose "views the
/// article reports" is a source):
/// - a noun of stance owned by the subject, as the object of a verb of showing it ("Lee voiced
///   his opposition to the plan", "figures like Gov. Lee began showing their support", "groups
///   have withdrawn support for the bill"): the subject of the verb;
/// - a verb of stance in the passive with its agent ("was criticized by Gov. Lee", "calls that
///   were supported by the mayors"): the agent.
fn view_attribution(u: &Unit, ui: usize, i: usize, norms: &[&str]) -> Option<Attribution> {
    // "Democrats want the cuts extended", "Lee wants to change the plan": what an actor wants is
    // a view the article reports (not in a condition or a question, "if the mayor wants …",
    // "gets what he wants", nor after a modal, "would want to …").
    if matches!(norms[i], "want" | "wants" | "wanted")
        && matches!(u.tags[i], Tag::Verb(VerbForm::Third | VerbForm::Past | VerbForm::Base))
        && !u.quoted[i]
        && u.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word)
    {
        let vs = group_start(u, i);
        let conditional = (0..vs)
            .rev()
            .take_while(|&k| !matches!(norms[k], "," | ";" | ":"))
            .any(|k| matches!(norms[k], "if" | "whether" | "unless" | "what" | "whatever" | "when" | "as" | "than"));
        // ("would want to smear …" guesses at a wish; it reports none.)
        let modal = (vs..i).any(|k| u.tags[k] == Tag::Modal);
        if !conditional
            && !modal
            && vs > 0
            && let Some(m) = subject_before(u, vs)
            && !(u.mentions[m].kind == MentionKind::Pronoun
                && matches!(norms[u.mentions[m].start], "i" | "we" | "you" | "it" | "this" | "that"))
        {
            return Some(Attribution::by_verb(ui, (i, 1), ("want", Stance::Neutral), (ui, m), clause_from(u, i + 1)));
        }
    }
    // "garnered the endorsement of Gov. Mary Fallin", "won the backing of the union": who gives
    // the endorsement states a view.
    if matches!(norms[i], "endorsement" | "backing" | "support" | "blessing")
        && u.tags[i] == Tag::Noun
        && norms.get(i + 1) == Some(&"of")
        && let Some(m) = mention_at(u, i + 2)
        && u.mentions[m].kind != MentionKind::Pronoun
        && object_verb(u, i).is_some_and(|(_, base)| RECEIVING.contains(base))
    {
        return Some(Attribution::new(ui, How::Verb, (ui, m), clause_from(u, i)));
    }
    if STANCE_NOUNS.contains(norms[i]) && u.tags[i] == Tag::Noun && i >= 2 {
        // "his opposition" (the owner is the subject) or a bare "support for".
        let owned = matches!(norms[i - 1], "his" | "her" | "their");
        let bare = matches!(norms.get(i + 1), Some(&("for" | "to" | "of")));
        if !owned && !bare {
            return None;
        }
        let j = if owned { i - 1 } else { i };
        let g = u.verbs.iter().find(|g| g.end == j && !u.quoted[g.start])?;
        if !SHOWING_VERBS.contains(norms[g.end - 1]) {
            return None;
        }
        // A view shown by doing something is an action, not a statement: "began showing their
        // support by visiting the restaurant", "headed there … to show support".
        let by_doing = (i + 1..(i + 8).min(u.tokens.len()))
            .take_while(|&k| !matches!(norms[k], "," | ";" | "."))
            .any(|k| norms[k] == "by" && u.tags.get(k + 1) == Some(&Tag::Verb(VerbForm::Gerund)));
        if by_doing || (g.start > 0 && u.tags[g.start - 1] == Tag::To) {
            return None;
        }
        // A participle right after a noun phrase describes it ("an event with veterans showing
        // their support"): that phrase, if it is a mention, holds the view; after a comma or at
        // the clause's start, the sentence's subject does.
        let subject = if finite_group(u, g) {
            subject_before(u, g.start)
        } else if g.start > 0 && u.tags[g.start - 1].is_nominal() {
            u.mentions.iter().position(|m| m.outer_end() == g.start)
        } else {
            sentence_subject(u, g.start)
        }?;
        let m = &u.mentions[subject];
        if m.kind == MentionKind::Pronoun || u.quoted[m.start] {
            return None;
        }
        return Some(Attribution::new(ui, How::Verb, (ui, subject), clause_from(u, g.start)));
    }
    // "a claim by an Obama aide earlier Thursday that …", "comments from Sen. Lee that …": a
    // statement's noun, its author, then what it said.
    if CLAIM_NOUNS.contains(norms[i])
        && u.tags[i] == Tag::Noun
        && let Some(m) = author_after(u, i)
    {
        let e = u.mentions[m].outer_end();
        // (a time between: "earlier Thursday", "last week")
        let that = (e..(e + 4).min(u.tokens.len())).find(|&k| norms[k] == "that" && u.tags[k] == Tag::Sub);
        if let Some(that) = that
            && (e..that).all(|k| matches!(u.tags[k], Tag::Adv) || time_word(norms[k]))
            && u.tags.get(that + 1).is_some_and(|t| !t.is_finite())
        {
            return Some(Attribution::new(ui, How::Verb, (ui, m), clause_from(u, that + 1)));
        }
    }
    // "Republicans used the charge that …", "Lee made the argument that …": a claim that its
    // subject put forward, the claim's noun as the object and what it says after "that".
    if (CLAIM_NOUNS.contains(norms[i]) || norms[i] == "case")
        && u.tags[i] == Tag::Noun
        && norms.get(i + 1) == Some(&"that")
        && u.tags.get(i + 2).is_some_and(|t| !t.is_finite())
        && let Some((g, base)) = object_verb(u, i)
        && PUTTING_FORWARD.contains(base)
        && (norms[i] != "case" || base == "make")
        && finite_group(u, g)
        && let Some(m) = subject_before(u, g.start)
    {
        return Some(Attribution::new(ui, How::Verb, (ui, m), clause_from(u, i + 2)));
    }
    // ", citing unnamed sources", ", citing a report by the ministry": what the sentence
    // reports rests on them.
    if matches!(norms[i], "citing" | "quoting")
        && i > 0
        && norms[i - 1] == ","
        // Past words that describe the mention ("unnamed", "senior").
        && let Some(m) = (i + 1..(i + 4).min(u.tokens.len()))
            .take_while(|&k| k == i + 1 || matches!(u.tags[k - 1], Tag::Adj | Tag::Verb(VerbForm::Past)))
            .find_map(|k| mention_at(u, k))
        && u.mentions[m].kind != MentionKind::Pronoun
    {
        return Some(Attribution::new(ui, How::Verb, (ui, m), clause_before(u, i - 1)));
    }
    // A stance stated by an adjective after "be": "was sharply critical of the plan", "members
    // who have been skeptical about the war". The subject holds the view.
    if STANCE_ADJECTIVES.contains(norms[i])
        && matches!(norms.get(i + 1), Some(&("of" | "about" | "toward" | "towards")))
    {
        let j = (0..i).rev().find(|&k| !matches!(u.tags[k], Tag::Adv | Tag::Neg)).map_or(0, |k| k + 1);
        let g = u.verbs.iter().find(|g| g.end == j && !u.quoted[g.start])?;
        if !(BE_FORMS.contains(norms[g.end - 1]) || COPULAS.contains(norms[g.end - 1])) {
            return None;
        }
        let subject = subject_before(u, g.start)?;
        let m = &u.mentions[subject];
        if m.kind == MentionKind::Pronoun || u.quoted[m.start] {
            return None;
        }
        return Some(Attribution::new(ui, How::Verb, (ui, subject), clause_from(u, g.start)));
    }
    // The passive: a stance verb's participle after a form of "be", then "by" and its agent.
    let participle = matches!(u.tags[i], Tag::Verb(VerbForm::Participle | VerbForm::Past));
    // A verb of stance that is no verb of speech, or by its lemma in the reporting verbs one of
    // praise and blame ([`EVALUATIVE`]) or of speech ("was first reported by Ann Lee").
    let stance = || {
        STANCE_PARTICIPLES.contains(norms[i])
            || lexicon::get().verbs.longest(norms, i).is_some_and(|(_, vf)| {
                // (Not "was asked by a reporter": the one who asks is most often the press.)
                EVALUATIVE.contains(vf.lemma) || CORE.contains(vf.lemma) && vf.lemma != "ask" || vf.lemma == "report"
            })
    };
    // "was first reported": adverbs between "be" and the participle.
    let be = (0..i).rev().find(|&k| !matches!(u.tags[k], Tag::Adv | Tag::Ordinal));
    if participle
        && stance()
        && be.is_some_and(|k| BE_FORMS.contains(norms[k]))
        && norms.get(i + 1) == Some(&"by")
        && let Some(m) = mention_at(u, i + 2)
        && u.mentions[m].kind != MentionKind::Pronoun
    {
        return Some(Attribution::new(ui, How::Verb, (ui, m), clause_around(u, i, i + 2 + mention_len(u, m))));
    }
    None
}

/// Nouns of a stance a person takes on something ("opposition", "support").
const STANCE_NOUNS: WordList = WordList::new(
    "opposition|support|objection|objections|disapproval|displeasure|outrage|approval|endorsement|backing|\
     condemnation|dismay",
);

/// Verbs that show a stance held (inflected forms): "voiced his opposition", "withdrew support".
const SHOWING_VERBS: WordList = WordList::new(
    "voice|voices|voiced|voicing|express|expresses|expressed|expressing|show|shows|showed|shown|showing|\
     signal|signals|signaled|signalled|signaling|signalling|withdraw|withdraws|withdrew|withdrawn|\
     withdrawing|announce|announces|announced|announcing|declare|declares|declared|declaring|pledge|\
     pledges|pledged|pledging|reiterate|reiterates|reiterated|reiterating|reaffirm|reaffirms|\
     reaffirmed|reaffirming|register|registers|registered|registering|air|airs|aired|airing|\
     lend|lends|lent|lending|throw|throws|threw|thrown|throwing",
);

/// Participles of verbs of stance that are no verbs of speech, nor of praise and blame
/// ("supported by the mayors").
const STANCE_PARTICIPLES: WordList = WordList::new("supported|opposed|backed|endorsed|challenged|disputed");

/// Adjectives of a stance held toward something, read after "be" and before "of" or "about".
const STANCE_ADJECTIVES: WordList = WordList::new(
    "critical|skeptical|sceptical|supportive|dismissive|scornful|contemptuous|disdainful|doubtful|\
     wary|appreciative",
);

/// Verbs other than "be" that link a subject to an adjective of stance ("remained critical").
const COPULAS: WordList = WordList::new("remain|remains|remained|become|becomes|became|grew|grown|seem|seems|seemed");

/// Forms of "be" before a passive participle.
const BE_FORMS: WordList = WordList::new("is|are|was|were|been|being|be");

/// Verbs that report speech by themselves, with or without a visible clause after them.
const CORE: WordList = WordList::new(
    "say|tell|add|state|announce|write|tweet|post|reply|respond|answer|comment|remark|declare|testify|\
     claim|allege|insist|contend|argue|assert|explain|note|warn|acknowledge|admit|concede|confirm|deny|\
     ask|predict|suggest|emphasise|emphasize|stress|recall|caution|vow|promise|pledge|complain|boast|\
     quip|joke|retort|scoff|lament|concur|reiterate|repeat|counter|point out|email|reveal|disclose|\
     maintain|speculate|proclaim|exclaim|mutter|shout|yell|whisper|brag|call for|call on|urge|demand",
);

/// Speech verbs with a common sense that is not speech ("adding a wing", "answering a call",
/// "writing a book", "posting a photo").
const EVERYDAY_SENSE: WordList = WordList::new(
    "add|answer|respond|reply|post|write|tweet|email|repeat|counter|maintain|recall|state|comment|continue",
);

/// Verbs of praise and blame: they report a statement when their object is an actor ("slammed
/// the mayor", "praised the team") or a clause follows, not in an everyday sense ("slammed the
/// door").
const EVALUATIVE: WordList = WordList::new(
    "criticize|criticise|condemn|accuse|praise|blame|question|dismiss|reject|welcome|applaud|slam|blast|\
     hail|tout|decry|denounce|attack|lambast|rebuke|mock|pounce on",
);

/// Verbs that name what someone called something, as speech when a quotation follows.
const NAMING_VERBS: WordList = WordList::new(
    "called|calls|calling|dubbed|dubs|dubbing|labeled|labelled|labels|labeling|labelling|branded|brands|branding|termed|terms|terming",
);

/// Nouns of speech that report a statement of their possessor ("his claim that …").
const SPEECH_NOUNS: WordList = WordList::new(
    "claim|claims|remark|remarks|comment|comments|statement|words|assertion|warning|description|\
     criticism|accusation|admission|promise|pledge|vow|denial|argument|response|reply|answer|message|\
     tweet|insistence|contention|suggestion|concerns|objections|complaints|criticisms|warnings|charges",
);

/// Nouns of what someone asked, offered or declared that count as their statement only with
/// what it says right after them ("Lee's demand to raise taxes", "the governor's statements
/// deploring the delay"): "a request for comment", "an appeal to the court" or "a threat from
/// the north" alone tell of no statement.
const ASKING_NOUNS: WordList =
    WordList::new("statements|demand|demands|proposal|plea|request|appeal|announcement|threat");

/// Words that may stand between a quotation and its attribution, or between a verb and the
/// quotation it introduces ("told reporters: “…”", "said in a statement, “…”").
const BRIDGE_WORDS: usize = 8;

/// Verbs of seeming and becoming, after which a verb form works as an adjective.
const SEEMING: WordList = WordList::new(
    "seem|seems|seemed|appear|appears|appeared|look|looks|looked|become|becomes|became|remain|remains|remained",
);

/// Nouns of written or spoken statements a speaker may "say" something in.
const STATEMENT_NOUNS: WordList = WordList::new(
    "statement|interview|letter|tweet|post|speech|email|e-mail|release|memo|op-ed|column|broadcast|\
     appearance|briefing|conference|call|message|video|report|blog",
);

/// The verb group whose object is the noun phrase that the noun at `i` heads, with its verb's
/// base form: the nearest group before it outside quotations, with only determiners,
/// possessives, adjectives and adverbs between ("won the strong backing", "used the charge").
fn object_verb<'u>(u: &'u Unit, i: usize) -> Option<(&'u super::chunk::Chunk, &'static str)> {
    let g = u.verbs.iter().rev().find(|g| g.end <= i && !u.quoted[g.start])?;
    if !(g.end..i).all(|k| matches!(u.tags[k], Tag::Det | Tag::Poss | Tag::Adj | Tag::Adv)) {
        return None;
    }
    let &(base, _) = lexicon::get().verb_forms.get(u.tokens[g.end - 1].norm.as_str())?;
    Some((g, base))
}

/// Verbs (base forms) of being given something, whose object's giver holds a view ("won the
/// backing of …").
const RECEIVING: WordList = WordList::new("win|get|receive|earn|secure|garner|gain|accept|welcome");

/// Verbs (base forms) of putting a claim forward, whose subject owns the claim that is their
/// object ("used the charge that …", "made the argument that …"; not "faces accusations that").
const PUTTING_FORWARD: WordList =
    WordList::new("make|use|level|repeat|press|push|renew|advance|float|raise|voice|echo|revive|offer");

/// Nouns of what someone said, which "by" or "from" and the author may follow ("a claim by
/// an aide that …").
const CLAIM_NOUNS: WordList = WordList::new(
    "claim|claims|comment|comments|remark|remarks|assertion|assertions|charge|charges|accusation|\
     accusations|allegation|allegations|suggestion|warning|warnings|promise|pledge|argument|insistence|\
     characterization|characterizations|characterisation|characterisations",
);

/// The tokens of a sentence read for speech verbs and colons: the first 400. The longest
/// sentence of the samples and the evaluation data has 559 bytes, about 110 tokens; a
/// "sentence" four times that long is a list or text without full stops, and past this point
/// its attributions are not looked for. The bound keeps the work of matching quotations with
/// attributions, which compares the two within a sentence, in proportion to the text.
pub const SENTENCE_TOKENS: usize = 400;

/// Finds the attributions of an article.
pub fn find(v: &View) -> Vec<Attribution> {
    let lex = lexicon::get();
    let mut out: Vec<Attribution> = Vec::new();
    // Third parties a quotation cites: read apart, so that they neither take the quotation
    // from its speaker nor stand for a later "he said".
    let mut cited: Vec<Attribution> = Vec::new();
    for (ui, u) in v.units.iter().enumerate() {
        if u.is_title() {
            continue;
        }
        let norms: Vec<&str> = u.tokens.iter().map(|t| t.norm.as_str()).collect();
        let reach = u.tokens.len().min(SENTENCE_TOKENS);
        let unit_first = out.len();
        // Where what a verb of speech with no actor for a subject reports begins.
        let mut reports_from: Option<usize> = None;
        let mut i = 0;
        while i < reach {
            if u.tokens[i].kind != TokenKind::Word {
                i += 1;
                continue;
            }
            // Inside a quotation, only a named or described third party's speech: "“President
            // Lee has said that he will come,” Park said" cites Lee too; "I said", "he told me"
            // are the quoted speaker's own story.
            if u.quoted[i] {
                // "“… and now according to ABC News he supports it”": a name the quoted speaker
                // cites.
                if norms[i] == "according"
                    && norms.get(i + 1) == Some(&"to")
                    && let Some(m) = mention_at(u, i + 2)
                        .filter(|&m| u.mentions[m].kind == MentionKind::Name && u.quoted[u.mentions[m].start])
                {
                    let from = u.mentions[m].outer_end();
                    cited.push(Attribution::new(ui, How::According, (ui, m), rest_of_quotation(u, from)));
                    i = from;
                    continue;
                }
                match quoted_citation(u, ui, i, &norms) {
                    Some((a, n)) => {
                        cited.push(a);
                        i += n;
                    }
                    None => i += 1,
                }
                continue;
            }
            // "according to X".
            if norms[i] == "according" && norms.get(i + 1) == Some(&"to") {
                if let Some(m) = mention_at(u, i + 2) {
                    let content = clause_around(u, i, i + 2 + mention_len(u, m));
                    out.push(Attribution::new(ui, How::According, (ui, m), content));
                }
                i += 2;
                continue;
            }
            // "In the poll, Lee leads with 21 percent": a study opening the sentence is the
            // source of what the sentence reports, as "according to" is.
            if norms[i] == "in"
                && (i == 0 || i == 1 && u.tags[0] == Tag::Coord)
                && let Some(m) = mention_at(u, i + 1)
                && RESEARCH_NOUNS.contains(norms[u.mentions[m].head])
                && norms.get(u.mentions[m].outer_end()) == Some(&",")
            {
                let content = clause_from(u, u.mentions[m].outer_end() + 1);
                out.push(Attribution::new(ui, How::According, (ui, m), content));
                i = u.mentions[m].outer_end();
                continue;
            }
            // "called the plan “a disaster”": a naming verb right before a quotation.
            // (Or "a letter from Lee calling the plan “unfair”": its author.)
            if NAMING_VERBS.contains(norms[i])
                && matches!(u.tags[i], Tag::Verb(VerbForm::Past | VerbForm::Third | VerbForm::Gerund))
            {
                let quote_soon = (i + 1..(i + 6).min(u.tokens.len())).any(|k| u.tags[k] == Tag::Quote);
                // ("Lee issued a statement calling the plan “unfair”": the statement's issuer.)
                let who = if u.tags[i] == Tag::Verb(VerbForm::Gerund) {
                    statement_author(u, i).or_else(|| {
                        after_statement(u, i)
                            .then(|| statement_issuer(u, i).or_else(|| sentence_subject(u, i)))
                            .flatten()
                    })
                } else {
                    subject_before(u, i)
                };
                if quote_soon && let Some(m) = who {
                    out.push(Attribution::by_verb(ui, (i, 1), ("call", Stance::Neutral), (ui, m), Vec::new()));
                    i += 1;
                    continue;
                }
            }
            // Views stated by their noun or by an agent: "voiced his opposition to …", "was
            // criticized by Gov. Lee".
            // (Not again for a speaker the sentence has already given: "showed her support"
            // may be read as a verb of speech too.)
            if let Some(a) = view_attribution(u, ui, i, &norms) {
                if !out[unit_first..].iter().any(|b| b.speaker == a.speaker) {
                    out.push(a);
                }
                i += 1;
                continue;
            }
            // "his claim that …", "Lee's remarks, “…”": a statement noun after its author.
            let asking = ASKING_NOUNS.contains(norms[i]);
            if (SPEECH_NOUNS.contains(norms[i]) || asking) && i > 0 && !matches!(u.tags[i], Tag::Verb(_)) {
                let author = u.mentions.iter().rposition(|m| m.end == i && m.possessive);
                // With what was said after it, adjectives may stand between: "the governor's
                // public statements deploring …".
                let noun_start = (0..i).rev().find(|&k| u.tags[k] != Tag::Adj).map_or(0, |k| k + 1);
                let said_by = u.mentions.iter().rposition(|m| m.end == noun_start && m.possessive);
                // (Not a quotation that has a speaker of its own after it: "an asterisk to Lee's
                // statement, “…,” it read".)
                let own_speaker_after = |open: usize| {
                    let close = (open + 1..u.tokens.len()).find(|&k| u.tags[k] == Tag::Quote);
                    let after = close.and_then(|c| {
                        mention_at(u, c + 1)
                            .map(|m| u.mentions[m].outer_end())
                            .or_else(|| (u.tags.get(c + 1) == Some(&Tag::Pron)).then_some(c + 2))
                    });
                    after.and_then(|k| u.tags.get(k)).is_some_and(|t| t.is_finite() || matches!(t, Tag::Verb(_)))
                };
                // What was said: a clause after "that", a quotation, or what the statement asks,
                // offers or says right after it ("Lee's demand to raise taxes", "the governor's
                // statements deploring the delay").
                // (A "that" with a verb right after it opens a relative clause about the
                // statement, not what it said: "after Lee's remarks that claimed …" are not the
                // claim's.)
                let content = (i + 1..(i + 4).min(u.tokens.len()))
                    .find(|&k| {
                        norms[k] == "that"
                            && u.tags[k] == Tag::Sub
                            && !u.tags.get(k + 1).is_some_and(|t| t.is_finite() || matches!(t, Tag::Verb(_)))
                            || u.tags[k] == Tag::Quote && matches!(norms[k - 1], ":" | ",") && !own_speaker_after(k)
                    })
                    .or_else(|| {
                        let next = u.tags.get(i + 1).copied();
                        let act = next == Some(Tag::To) && u.tags.get(i + 2) == Some(&Tag::Verb(VerbForm::Base));
                        (act || next == Some(Tag::Verb(VerbForm::Gerund))).then_some(i + 1)
                    });
                if let (Some(m), Some(c)) = (said_by, content) {
                    out.push(Attribution::new(ui, How::Verb, (ui, m), clause_from(u, c)));
                    i += 1;
                    continue;
                }
                // "cited Lee's remarks", "because of Lee's criticism": a named author's statement
                // the sentence tells of, though not what it said.
                if let Some(m) = author.filter(|&m| {
                    let x = &u.mentions[m];
                    !asking && x.kind == MentionKind::Name && x.actor != Actor::People && !u.quoted[x.start]
                }) && !out[unit_first..].iter().any(|b| b.speaker.is_some_and(|(_, k)| k == m))
                {
                    out.push(Attribution::new(ui, How::Mention, (ui, m), Vec::new()));
                    i += 1;
                    continue;
                }
                // "drew a sharp response from Rev. Ann Lee": the named author of a statement
                // speaks here, though what they said comes later.
                if !asking
                    && norms.get(i + 1) == Some(&"from")
                    && let Some(m) = mention_at(u, i + 2).filter(|&m| u.mentions[m].kind == MentionKind::Name)
                {
                    out.push(Attribution::new(ui, How::Verb, (ui, m), Vec::new()));
                    i += 2;
                    continue;
                }
            }
            // "Mayor Lind issued a statement on Monday", "the plaintiffs have presented sworn
            // statements": who made a statement public speaks, though the sentence does not say
            // what it said (the statement's own words, if any follow, are read by the rules for
            // them).
            if let Some(m) = issued_statement(u, i)
                && !out[unit_first..].iter().any(|b| b.speaker.is_some_and(|(_, k)| k == m))
            {
                out.push(Attribution::new(ui, How::Mention, (ui, m), Vec::new()));
                i += 1;
                continue;
            }
            // "The statement came from Sen. Lee and Rep. Park": the authors of a statement the
            // sentence's subject names.
            if let Some(m) = statement_source(u, i)
                && !out[unit_first..].iter().any(|b| b.speaker.is_some_and(|(_, k)| k == m))
            {
                out.push(Attribution::new(ui, How::Mention, (ui, m), Vec::new()));
                i += 2;
                continue;
            }
            let Some((n, vf)) = lex.verbs.longest(&norms, i) else {
                i += 1;
                continue;
            };
            let Some(mut a) = verb_attribution(u, ui, i, n, vf.lemma, vf.stance) else {
                // "The letter says, “…”": a document speaks for its author, where the article
                // names who wrote, sent or signed it.
                if let Some(a) = document_speech(v, ui, i, n, (vf.lemma, vf.stance)) {
                    out.push(a);
                    i += n;
                    continue;
                }
                // "The lawsuit alleges the Russian government notified …": a verb of speech
                // whose subject is no actor still reports what follows it.
                if CORE.contains(vf.lemma)
                    && matches!(u.tags[i], Tag::Verb(VerbForm::Past | VerbForm::Third))
                    && content_after(u, i + n).is_some()
                {
                    reports_from.get_or_insert(i + n);
                }
                i += 1;
                continue;
            };
            // "…, the paper reported, adding that …": a participle right after an attribution
            // goes on with that attribution's speaker, not the sentence's subject ("…, the
            // agency said, quoting Mr. Kim" is read as before: the words are the one quoted).
            if u.tags[i] == Tag::Verb(VerbForm::Gerund)
                && vf.lemma != "quote"
                && i > 0
                && norms[i - 1] == ","
                && let Some(b) = out[unit_first..].last()
                && extent(v, b).is_some_and(|(_, hi)| hi + 1 == i)
            {
                a.speaker = b.speaker;
            }
            // "Lee said Kim would challenge “the full range of threats”": a verb other than
            // one of speech inside the clause another speaker reports is part of that report,
            // and so is its quotation.
            // (A semicolon ends the report: "Aides said …; the paper reported …".)
            let at = u.tokens[i].span;
            let reported = out[unit_first..].iter().any(|b| {
                let from = b.verb.map_or(0, |(s, n)| s + n);
                b.content.iter().any(|&(_, c)| c.overlap(at) > 0) && !(from..i).any(|k| u.tokens[k].norm == ";")
            }) || reports_from.is_some_and(|f| f <= i && !(f..i).any(|k| u.tokens[k].norm == ";"));
            // (Not a verb that closes the sentence with its own speaker: "…, The Post has
            // reported, citing …" reports the clause before it.)
            // ("Fox News has learned" is the outlet's own reporting, not a source.)
            let trails =
                vf.lemma != "learn" && !a.content.is_empty() && a.content.iter().all(|&(_, c)| c.end <= at.start);
            if reported && !CORE.contains(vf.lemma) && !trails {
                i += n;
                continue;
            }
            out.push(a);
            i += n;
        }
        // "Lee: “…”".
        for (k, t) in u.tokens.iter().enumerate().take(reach.min(u.tokens.len().saturating_sub(1))).skip(1) {
            if t.norm == ":" && !u.quoted[k] && u.tokens[k + 1].kind == TokenKind::Quote {
                let own = out.get(unit_first..).unwrap_or_default();
                if own.iter().any(|a| a.verb.is_some_and(|(s, n)| s + n <= k && k <= s + n + 3)) {
                    continue;
                }
                // "… with a reference to Gen. Petraeus: “…”": the object of a preposition is
                // who the speaker speaks of, not the speaker.
                if let Some(m) = u
                    .mentions
                    .iter()
                    .position(|m| m.end == k && m.kind != MentionKind::Pronoun && !object_of_preposition(u, m))
                {
                    out.push(Attribution::new(ui, How::Colon, (ui, m), Vec::new()));
                }
            }
        }
        // "Obama used the same words against his rival:" closing a sentence that no verb of
        // speech attributes, the quotation opening the next: the sentence's subject speaks.
        if out.len() == unit_first
            && let Some(last) = u.tokens.len().checked_sub(1)
            && u.tokens[last].norm == ":"
            && !u.quoted[last]
            && v.units.get(ui + 1).is_some_and(|n| n.tokens.first().is_some_and(|t| t.kind == TokenKind::Quote))
            && let Some(m) = sentence_subject(u, last)
            && !(u.mentions[m].kind == MentionKind::Pronoun
                && matches!(norms[u.mentions[m].start], "it" | "this" | "that"))
        {
            out.push(Attribution::new(ui, How::Colon, (ui, m), Vec::new()));
        }
    }
    add_included_speakers(v, &mut out);
    end_content_at_next(v, &mut out);
    resolve_speakers(v, &mut out);
    attach_quotations(v, &mut out);
    resolve_speakers(v, &mut cited);
    for a in &mut cited {
        for c in &mut a.content {
            c.0 = a.unit;
        }
    }
    out.extend(cited);
    crate::util::sorting::sort_by_key(&mut out, |a| (a.unit, a.verb.map_or(usize::MAX, |x| x.0)));
    out
}

/// A speech verb of the core list at token `i`, inside a quotation, right after a named person or
/// a role ("“President Lee has said that …,” Park said"; "the official said"): the quoted speaker
/// cites that person. The attribution and the verb's length in tokens.
fn quoted_citation(u: &Unit, ui: usize, i: usize, norms: &[&str]) -> Option<(Attribution, usize)> {
    let (n, vf) = lexicon::get().verbs.longest(norms, i)?;
    // (A name may report too: "“… AP reports his administration wants …”".)
    let reports = vf.lemma == "report";
    if !(CORE.contains(vf.lemma) || reports)
        || !matches!(u.tags[i], Tag::Verb(VerbForm::Past | VerbForm::Third | VerbForm::Participle))
    {
        return None;
    }
    let mut vs = i;
    // (Or an ellipsis, the quoting writer's cut: "“Lee … says …”".)
    let ellipsis = |k: usize| matches!(u.tokens[k].norm.as_str(), "." | "…") && u.tags[k] == Tag::Punct;
    while vs > 0 && (matches!(u.tags[vs - 1], Tag::Aux | Tag::Adv | Tag::Neg) || ellipsis(vs - 1)) {
        vs -= 1;
    }
    // ("“Lee a couple of days ago said …”")
    vs -= ago_phrase(u, vs).unwrap_or(0);
    let m = u.mentions.iter().position(|x| {
        // Not the object of a preposition ("his grandmother in Kenya said"), what something
        // says ("what the Bible says") or a case put ("if the council tells you …").
        let before = x.start.checked_sub(1);
        let free = before.is_none_or(|b| {
            !matches!(u.tags[b], Tag::Prep | Tag::Wh)
                && !matches!(u.tokens[b].norm.as_str(), "if" | "unless" | "when" | "whenever" | "whether" | "what")
        });
        x.outer_end() == vs
            && free
            && u.quoted[x.start]
            && (x.kind == MentionKind::Name || !reports && x.kind == MentionKind::Description && x.role_word.is_some())
    })?;
    // What is cited runs from the verb, past a "that".
    let start = if u.tokens.get(i + n).is_some_and(|t| t.norm == "that") { i + n + 1 } else { i + n };
    Some((Attribution::by_verb(ui, (i, n), (vf.lemma, vf.stance), (ui, m), rest_of_quotation(u, start)), n))
}

/// The words from token `from` to the end of the quotation it stands in: what a speaker cited
/// inside a quotation is cited as saying.
fn rest_of_quotation(u: &Unit, from: usize) -> Vec<(usize, Span)> {
    let end = (from..u.tokens.len()).find(|&k| !u.quoted[k]).unwrap_or(u.tokens.len());
    span_of_words(u, from, end).into_iter().collect()
}

/// How far after a speaker's mention the rest of its noun phrase may run before an insertion
/// of the people it includes.
const INCLUDED_REACH: usize = 10;

/// "Several conservatives, including Lee and Park, have criticised …": the people named in
/// the insertion said it too.
fn add_included_speakers(v: &View, atts: &mut Vec<Attribution>) {
    let mut extra = Vec::new();
    for a in atts.iter() {
        let Some((su, mi)) = a.speaker else { continue };
        let u = &v.units[su];
        let m = &u.mentions[mi];
        let listing =
            |k: usize| u.tokens.get(k).is_some_and(|t| matches!(t.norm.as_str(), "including" | "among" | "like"));
        // The insertion may come after the rest of the speaker's noun phrase, before the verb:
        // "Supporters of the plan and the new quay in the old town, including Mayor Lind, say".
        let e = m.outer_end();
        let e = if a.verb.is_some_and(|(vs, _)| vs > e) {
            (e..(e + INCLUDED_REACH).min(u.tokens.len()))
                .take_while(|&k| !u.tags[k].is_verbal() && u.tags[k] != Tag::Quote)
                .find(|&k| u.tokens[k].norm == ",")
                .filter(|&k| listing(k + 1))
                .unwrap_or(e)
        } else {
            e
        };
        // The mark that opens the insertion: a comma or a dash (two hyphens are one dash).
        let mark = u.tokens.get(e).map(|t| t.norm.as_str());
        let open_end = if e + 1 < u.tokens.len() && double_hyphen(u, e + 1) { e + 2 } else { e + 1 };
        // Or in brackets: "(including Lee and Park)", "(Lee and Park among them)".
        let bracket = (mark == Some("("))
            .then(|| (e + 2..(e + 20).min(u.tokens.len())).find(|&k| u.tokens[k].norm == ")"))
            .flatten()
            .filter(|&c| listing(e + 1) || u.tokens[c - 1].norm == "them" && listing(c - 2));
        let including = matches!(mark, Some("," | "—" | "–" | "-")) && listing(open_end) || bracket.is_some();
        // "Mitt Romney and other Republicans have criticized …", "Lee, Park and Kim said":
        // each person or group named before the speaker in one coordinated subject said it too.
        let mut conjuncts = Vec::new();
        let mut start = m.start;
        while start >= 2 {
            let joiner = u.tokens[start - 1].norm.as_str();
            if !(joiner == "and" || joiner == "," && !conjuncts.is_empty()) {
                break;
            }
            let Some(k) = u.mentions.iter().position(|x| x.outer_end() + 1 == start) else { break };
            let x = &u.mentions[k];
            if !(x.kind == MentionKind::Name || x.kind == MentionKind::Description && x.role_word.is_some()) {
                break;
            }
            // "Minnesota congresswoman and presidential candidate Ann Lee": a singular role with
            // no determiner is one more title of the name after it, no one of its own.
            if x.kind == MentionKind::Description && !x.plural && x.determiner.is_none() {
                break;
            }
            // "The Gay and Lesbian Alliance …", "The Center on Budget and Policy Priorities": a
            // name after "the" joined by "and" is most often one body's name cut in two.
            if x.kind == MentionKind::Name && u.tokens[x.start].norm == "the" {
                break;
            }
            conjuncts.push(k);
            start = x.start;
        }
        // Only a subject that opens its clause: "talks between Lee and Park" are no speakers.
        let opens = start == 0 || matches!(u.tags[start - 1], Tag::Coord | Tag::Adv) || u.tokens[start - 1].norm == ",";
        if opens && start < m.start {
            extra.extend(conjuncts.into_iter().map(|k| Attribution { speaker: Some((su, k)), ..a.clone() }));
        }
        // A speaker after the verb or preposition that introduces them is the first of a list
        // as often: "…,” said Ann Lee and Ola Borg", "according to Lee and Park", "comments from
        // Ann Lee, the mayor, and Mr. Borg", "a statement from Lee, Park and Kim". Only people
        // named or described by a role, and a list that ends with "and": a comma alone may open
        // an apposition or a new clause ("In the poll, former Gov. Ann Lee led").
        // So is a list in apposition to a group before it: "Three former mayors, Ann Lee, Ola
        // Borg and Eva Dahl, said …".
        let group_named = m.start >= 2
            && u.tokens[m.start - 1].norm == ","
            && u.mentions.iter().any(|x| {
                x.outer_end() + 1 == m.start && x.kind == MentionKind::Description && x.plural && x.role_word.is_some()
            });
        let introduced = a.verb.is_some_and(|(vs, _)| vs < m.start)
            || a.how == How::According
            || group_named
            || m.start > 0 && matches!(u.tokens[m.start - 1].norm.as_str(), "from" | "by");
        if introduced {
            let outer = |k: usize| {
                let x = &u.mentions[k];
                x.apposition.filter(|&j| j > k).map_or(x.outer_end(), |j| u.mentions[j].outer_end().max(x.outer_end()))
            };
            let (mut end, mut at, mut listed) = (outer(mi), mi, Vec::new());
            loop {
                let joiner = |k: usize| u.tokens.get(k).map(|t| t.norm.as_str());
                let (next, and) = match (joiner(end), joiner(end + 1)) {
                    (Some(","), Some("and")) => (end + 2, true),
                    (Some("and"), _) => (end + 1, true),
                    (Some(","), _) => (end + 1, false),
                    _ => break,
                };
                let found = (at + 1..u.mentions.len()).find(|&k| u.mentions[k].start == next);
                // An apposition that is no mention ("Tove Eng, the harbour master, and …"): a
                // phrase from a determiner to the next comma, with no verb, then "and".
                if found.is_none() && !and && u.tags.get(next) == Some(&Tag::Det) {
                    let close = (next + 1..(next + 8).min(u.tokens.len())).find(|&k| u.tokens[k].norm == ",");
                    if let Some(c) = close.filter(|&c| {
                        (next..c).all(|k| !u.tags[k].is_finite() && !matches!(u.tags[k], Tag::Verb(_)))
                            && joiner(c + 1) == Some("and")
                    }) {
                        end = c;
                        continue;
                    }
                }
                let Some(k) = found else { break };
                let x = &u.mentions[k];
                let person = x.kind == MentionKind::Name && x.actor == Actor::Person
                    || and
                        && x.kind == MentionKind::Description
                        && x.role_word.is_some_and(|r| r.kind != RoleKind::Body);
                if !person {
                    break;
                }
                listed.push((k, and));
                (end, at) = (outer(k), k);
            }
            if let Some(last_and) = listed.iter().rposition(|&(_, and)| and) {
                extra.extend(
                    listed[..=last_and].iter().map(|&(k, _)| Attribution { speaker: Some((su, k)), ..a.clone() }),
                );
            }
        }
        if !m.plural || !including {
            continue;
        }
        let close = bracket.or_else(|| {
            (open_end + 1..(e + 20).min(u.tokens.len()))
                .find(|&k| matches!(u.tokens[k].norm.as_str(), "," | "—" | "–" | "-"))
        });
        let Some(close) = close else { continue };
        // The people named there, or described by a role, in a list ("Lee and Park", "the
        // mayor who …"): each starts where the insertion or the one before ends.
        let mut next_start = if bracket.is_some() && !listing(e + 1) { e + 1 } else { open_end + 1 };
        for (k, x) in u.mentions.iter().enumerate() {
            let named = x.kind == MentionKind::Name || x.kind == MentionKind::Description && x.role_word.is_some();
            if named && x.start == next_start && x.end <= close {
                let after = x.outer_end();
                let joined = u.tokens.get(after).is_some_and(|t| matches!(t.norm.as_str(), "and" | ","));
                let and_after = u.tokens.get(after + 1).is_some_and(|t| t.norm == "and");
                next_start = if joined { after + 1 + usize::from(and_after) } else { usize::MAX };
                extra.push(Attribution { speaker: Some((su, k)), ..a.clone() });
            }
        }
    }
    atts.extend(extra);
    crate::util::sorting::sort_by_key(atts, |a| (a.unit, a.verb.map_or(usize::MAX, |x| x.0)));
}

/// Ends the reported clause of an attribution where the next attribution of its unit starts
/// ("Lee, who said the plan would fail, said …": the first clause is not the second's).
fn end_content_at_next(v: &View, atts: &mut [Attribution]) {
    // Where each attribution starts, and every start with its unit, sorted: the next start
    // after one is found by a binary search, not by a walk over all the attributions.
    let los: Vec<Option<usize>> = atts.iter().map(|a| extent(v, a).map(|(lo, _)| lo)).collect();
    let mut starts: Vec<(usize, usize)> =
        atts.iter().zip(&los).filter_map(|(a, lo)| lo.map(|lo| (a.unit, lo))).collect();
    crate::util::sorting::sort(&mut starts);
    for (a, lo) in atts.iter_mut().zip(los) {
        let ui = a.unit;
        let Some(lo) = lo else { continue };
        let after = starts.partition_point(|&x| x <= (ui, lo));
        let Some(&(next_unit, next)) = starts.get(after) else { continue };
        if next_unit != ui {
            continue;
        }
        let u = &v.units[ui];
        let Some(cut) = u.tokens.get(next).map(|t| t.span.start) else { continue };
        for c in &mut a.content {
            if c.1.end > cut && c.1.start < cut {
                // The clause ends at the last word before the next attribution.
                let before = u.tokens.get(..u.tokens_before(cut)).unwrap_or_default();
                // (not a conjunction that joins the next attribution: "… weak and one
                // blogger asking")
                let last = before
                    .iter()
                    .rposition(|t| t.kind == TokenKind::Word && !matches!(t.norm.as_str(), "and" | "or" | "but"));
                c.1.end = last.map_or(c.1.start, |l| u.tokens[l].span.end.max(c.1.start));
            }
        }
        a.content.retain(|c| !c.1.is_empty());
    }
}

/// Resolves every speaker to one of the article's actors. A pronoun speaker stands for the
/// speaker of a recent attribution with a compatible gender and number (news writing names a
/// speaker, then goes on with "he said"), or else for the actor the article's entities give it.
fn resolve_speakers(v: &View, atts: &mut [Attribution]) {
    // The last attribution so far whose actor a pronoun of each kind can stand for: plural,
    // singular of any gender, singular and not female, singular and not male. The nearest
    // earlier speaker that fits is one of these, so no pronoun walks back over the others.
    let mut last = Recent::default();
    for k in 0..atts.len() {
        if let Some((su, mi)) = atts[k].speaker {
            let m = &v.units[su].mentions[mi];
            let own = v.entities.of.get(su).and_then(|x| x.get(mi)).copied().flatten();
            atts[k].entity = if m.kind == MentionKind::Pronoun {
                let para = v.units[su].paragraph;
                let fitting = if m.plural {
                    last.plural
                } else {
                    match m.gender {
                        Gender::Unknown => last.singular,
                        Gender::Male => last.not_female,
                        Gender::Female => last.not_male,
                    }
                };
                // Attributions are in unit order: when the nearest fitting one is too far
                // back (more than three units and more than a paragraph), so are all others.
                let earlier = fitting
                    .and_then(|j| atts.get(j))
                    .filter(|a| a.unit + 3 >= su || v.units[a.unit].paragraph + 1 >= para);
                // "Lee was asked about the cover. She told voters …": the person named as the
                // subject of the sentence just before (of a fitting gender) is nearer than a
                // speaker further back.
                let personal = !m.plural && m.actor != Actor::Body;
                let subject_before = (personal && su > 0 && earlier.is_none_or(|a| a.unit + 1 < su))
                    .then(|| opens_with(v, su - 1).or_else(|| only_person(v, su - 1, atts)))
                    .flatten()
                    .filter(|&e| {
                        let x = &v.entities.list[e];
                        x.named
                            && x.actor == Actor::Person
                            && !x.plural
                            && (m.gender == Gender::Unknown || x.gender == Gender::Unknown || m.gender == x.gender)
                    });
                // "When the magazine ran a profile of Lee, it said …": a body named earlier in
                // the sentence is what "it" stands for.
                let body_here = (v.units[su].tokens[m.start].norm == "it")
                    .then(|| {
                        let u = &v.units[su];
                        u.mentions[..mi]
                            .iter()
                            .enumerate()
                            .rev()
                            .find(|(_, x)| {
                                // Not the object of a preposition ("a profile of the club").
                                x.actor == Actor::Body
                                    && x.kind != MentionKind::Pronoun
                                    && !x.possessive
                                    && !object_of_preposition(u, x)
                                    && !u.quoted[x.start]
                            })
                            .and_then(|(k, _)| v.entities.of.get(su).and_then(|o| o.get(k)).copied().flatten())
                    })
                    .flatten();
                // "All 42 members of the caucus are sending the letter … . “…,” they wrote": a
                // group that is the subject of one of the two sentences before, when no speaker
                // stands nearer, rather than the latest group named anywhere ("a bill giving
                // students and military members a pathway").
                let group_before = (m.plural && su > 0 && earlier.is_none_or(|a| a.unit + 1 < su))
                    .then(|| (su.saturating_sub(2)..su).rev().find_map(|pu| plural_subject(v, pu)))
                    .flatten();
                body_here.or(subject_before).or(group_before).or(earlier.and_then(|a| a.entity)).or(own)
            } else {
                own
            };
        }
        // A statement only told of ("following Obama's comments, Romney said …") makes no
        // speaker a later "he" can stand for.
        if let Some(e) = atts[k].entity.filter(|_| atts[k].how != How::Mention) {
            last.note(k, &v.entities.list[e]);
        }
    }
}

/// The actor a unit opens with: a mention that starts at its first word ("Lee was asked …",
/// not "As for North Korea, Lee …").
fn opens_with(v: &View, ui: usize) -> Option<usize> {
    let u = &v.units[ui];
    let mut first = u.tokens.iter().position(|t| t.kind == TokenKind::Word)?;
    // (After a conjunction that ties the sentence to the one before: "But Justice Lee was
    // unconvinced.")
    if u.tags[first] == Tag::Coord {
        first += 1;
    }
    let m = u.mentions.iter().position(|m| m.start == first)?;
    v.entities.of[ui].get(m).copied().flatten()
}

/// The one person a unit names, when it names exactly one outside quotations and reports no
/// one's words ("That did not satisfy Justice Lee."): the actor a "he said" right after it
/// most likely stands for.
fn only_person(v: &View, ui: usize, atts: &[Attribution]) -> Option<usize> {
    // (The attributions are in unit order: a binary search finds the unit's first.)
    if atts.get(atts.partition_point(|a| a.unit < ui)).is_some_and(|a| a.unit == ui) {
        return None;
    }
    let u = &v.units[ui];
    let mut people =
        u.mentions.iter().enumerate().filter(|(_, x)| x.kind != MentionKind::Pronoun && !u.quoted[x.start]).filter_map(
            |(k, _)| {
                v.entities.of[ui].get(k).copied().flatten().filter(|&e| {
                    let x = &v.entities.list[e];
                    x.named && x.actor == Actor::Person && !x.plural
                })
            },
        );
    let one = people.next()?;
    people.all(|e| e == one).then_some(one)
}

/// The group a unit names as the subject of a finite verb: a plural mention, no pronoun, not
/// the object of a preposition, with the verb right after it ("all 42 members of the caucus
/// are sending …").
fn plural_subject(v: &View, ui: usize) -> Option<usize> {
    let u = &v.units[ui];
    let k = u.mentions.iter().position(|x| {
        x.plural
            && x.kind != MentionKind::Pronoun
            && !u.quoted[x.start]
            && !object_of_preposition(u, x)
            && u.tags.get(x.outer_end()).is_some_and(|t| t.is_finite())
    })?;
    v.entities.of[ui].get(k).copied().flatten()
}

/// True when mention `m` stands right after a preposition or "to": who or what the sentence
/// speaks of, never its subject.
fn object_of_preposition(u: &Unit, m: &Mention) -> bool {
    m.start > 0 && matches!(u.tags[m.start - 1], Tag::Prep | Tag::To)
}

/// The last attribution (by index) whose actor fits each kind of pronoun.
#[derive(Default)]
struct Recent {
    /// "they": an actor in the plural or a body.
    plural: Option<usize>,
    /// A singular pronoun of unknown gender: any actor in the singular.
    singular: Option<usize>,
    /// "he": an actor in the singular, not a body, that is not known to be female.
    not_female: Option<usize>,
    /// "she": an actor in the singular, not a body, that is not known to be male.
    not_male: Option<usize>,
}

impl Recent {
    /// Notes that attribution `k` speaks for actor `x`.
    fn note(&mut self, k: usize, x: &super::entities::Entity) {
        if x.plural || x.actor == Actor::Body {
            self.plural = Some(k);
        }
        if !x.plural {
            self.singular = Some(k);
        }
        // "he" and "she" stand for people, never for a body ("Newsweek has defended the photo
        // … She told voters" is not the magazine).
        if !x.plural && x.actor != Actor::Body {
            if x.gender != Gender::Female {
                self.not_female = Some(k);
            }
            if x.gender != Gender::Male {
                self.not_male = Some(k);
            }
        }
    }
}

/// The mention that starts at token `i` of `u`, if any.
fn mention_at(u: &Unit, i: usize) -> Option<usize> {
    // The longest: "his campaign", not its owner "his".
    u.mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.start == i)
        .max_by_key(|&(k, m)| (m.end, std::cmp::Reverse(k)))
        .map(|(k, _)| k)
}

/// Number of tokens of mention `m`, with its party tag and closing bracket.
fn mention_len(u: &Unit, m: usize) -> usize {
    let x = &u.mentions[m];
    x.outer_end() - x.start
}

/// The mention that ends right before token `j` (its party tag included), skipping adverbs;
/// an apposition or a relative clause between commas is stepped over to the mention before it
/// ("Ann Lee, a spokeswoman for the ministry, said"; "Lee, who chairs the panel, said"); a
/// relative "who" stands for the mention before it ("Lee, who said …"); a verb coordinated
/// with an earlier one shares its subject ("Lee would not go that far but said …").
fn subject_before(u: &Unit, j: usize) -> Option<usize> {
    subject_before_depth(u, j, 2)
}

fn subject_before_depth(u: &Unit, j: usize, depth: u8) -> Option<usize> {
    let mut j = j;
    loop {
        // Adverbs, "himself", and a time between the subject and its verb ("Lee last week
        // said", "Lee himself declared", "the poll released Monday shows").
        while j > 0
            && (matches!(u.tags[j - 1], Tag::Adv | Tag::Neg) || REFLEXIVE.contains(u.tokens[j - 1].norm.as_str()))
        {
            j -= 1;
        }
        let time = (1..=3).find(|&w| j >= w && (j - w..j).all(|k| time_word(&u.tokens[k].norm)));
        // ("A campaign aide, though, said …": one adverb set off by commas.)
        let aside = (j >= 4
            && u.tokens[j - 1].norm == ","
            && u.tokens[j - 3].norm == ","
            && (u.tags[j - 2] == Tag::Adv || matches!(u.tokens[j - 2].norm.as_str(), "though" | "however")))
        .then_some(3);
        match ago_phrase(u, j).or(time).or(aside).or_else(|| dated_phrase(u, j)) {
            Some(w) => j -= w,
            None => break,
        }
    }
    // The full stop of a name's suffix or initial ("Joseph R. Biden Jr. resumed").
    if j > 1
        && u.tokens[j - 1].norm == "."
        && u.tags[j - 2] == Tag::Proper
        && u.tokens[j - 2].span.end == u.tokens[j - 1].span.start
    {
        j -= 1;
    }
    // A bracketed aside before the verb ("the director (of all people) has said").
    // Not a name's party tag ("Nancy Pelosi (D-Calif.) said"): the name with its tag ends there.
    if j > 0
        && u.tokens[j - 1].norm == ")"
        && !u.mentions.iter().any(|m| m.party.is_some() && m.outer_end() == j)
        && let Some(open) = bracket_opening(u, j, 12)
    {
        j = open;
    }
    // An aside between dashes before the verb ("which the former governor — and many others —
    // called …"): the subject stands before it. Only an aside without a verb of its own.
    let dash = |k: usize| matches!(u.tokens[k].norm.as_str(), "—" | "–");
    if j > 1
        && dash(j - 1)
        && let Some(open) = (j.saturating_sub(12)..j - 1).rev().find(|&k| dash(k))
        && open > 0
        && (open + 1..j - 1).all(|k| !u.tags[k].is_finite())
    {
        j = open;
    }
    // A participle phrase after the subject ("a poll released yesterday shows").
    if let Some(p) =
        (j.saturating_sub(4)..j).find(|&k| matches!(u.tags[k], Tag::Verb(VerbForm::Participle | VerbForm::Past)))
        && (p + 1..j).all(|k| !u.tags[k].is_finite() && u.tokens[k].kind == TokenKind::Word)
        && u.mentions.iter().any(|m| m.outer_end() == p)
        && !u.mentions.iter().any(|m| m.outer_end() == j)
    {
        j = p;
    }
    // Of the mentions that end there, the outermost ("a spokesman for the committee", not
    // "the committee").
    let ends_at = |e: usize| u.mentions.iter().position(|m| m.outer_end() == e && !u.quoted[m.start]);
    // A name that ends at the comma `e`, or before an abbreviation's full stop there ("Colo.,").
    let ends_before = |e: usize| ends_at(e).or_else(|| ends_at(before_stop(u, e)));
    // A group named in scare quotes (“birthers” have demanded …).
    if j >= 2
        && u.tags[j - 1] == Tag::Quote
        && let Some(m) =
            u.mentions.iter().position(|m| m.end == j - 1 && m.start > 0 && u.tags[m.start - 1] == Tag::Quote)
    {
        return Some(m);
    }
    // "a statement from Lee's office said", "a release from Lee's office about the hearing
    // noted": the statement's author speaks. What follows the author up to the verb is the
    // noun they own and a phrase without a verb or a comma.
    if let Some(c) =
        u.chunks.iter().find(|c| c.end + 2 <= j && STATEMENT_NOUNS.contains(u.tokens[c.head].norm.as_str()))
        && matches!(u.tokens[c.end].norm.as_str(), "from" | "by")
        && let Some(m) = u.mentions.iter().position(|m| m.start == c.end + 1 && m.outer_end() <= j)
        && j - u.mentions[m].outer_end() <= BRIDGE_WORDS
        && (u.mentions[m].outer_end()..j)
            .all(|k| u.tokens[k].kind == TokenKind::Word && !u.tags[k].is_finite() && !u.quoted[k])
    {
        // "from Lee's office": the office, a source of its own, not Lee.
        let owned = super::mentions::owned_by(&u.mentions, m).filter(|&d| u.mentions[d].outer_end() <= j);
        return Some(owned.unwrap_or(m));
    }
    // The phrase right before the verb: a mention, or a noun phrase that is none.
    let last = ends_at(j);
    let start = last.map(|m| u.mentions[m].start).or_else(|| u.chunks.iter().find(|c| c.end == j).map(|c| c.start));
    if let Some(decided) = start.and_then(|s| after_preposition(u, j, s, &ends_at)) {
        return decided;
    }
    if let Some(m) = last {
        // The second half of an apposition stands for the first ("Lee, the chairman, said"
        // names Lee).
        return Some(prefer_name(u, m));
    }
    if j == 0 {
        return None;
    }
    let before = u.tokens[j - 1].norm.as_str();
    // "Lee, who said …": the relative pronoun's antecedent.
    if matches!(before, "who" | "whom") && j >= 2 {
        let mut k = if u.tokens[j - 2].norm == "," { j - 2 } else { j - 1 };
        // "members of the lobby (Lee and Park among them) who": the phrase before the brackets.
        if u.tokens[k - 1].norm == ")"
            && let Some(open) = bracket_opening(u, k, 14)
        {
            k = open;
        }
        // "…, said Ann Lee, a candidate in the 16th District, who said": the chain's head.
        return ends_at(k).map(|m| if k == j - 2 { head_of_insertions(u, m, k, &ends_before) } else { m });
    }
    // "… would not go that far but said": the subject of the coordinated verb.
    if u.tags[j - 1] == Tag::Coord && depth > 0 {
        let prev_group = u.verbs.iter().rev().find(|g| g.end < j)?;
        return subject_before_depth(u, prev_group.start, depth - 1);
    }
    // ", who …," or ", a spokeswoman for …," or ", speaking on …," or "– including … –"
    // between commas or dashes.
    if matches!(before, "," | "—" | "–" | "-") {
        // A dash typed as two hyphens ("--") is one mark of two tokens.
        let close = if double_hyphen(u, j - 1) { j - 2 } else { j - 1 };
        let (open, open_end) = opening_mark(u, close, before)?;
        // A place and its region ("who lives in Austin, Texas, said"; "a school in
        // Washington, D.C., has sent"): the region is no insertion, and the subject is found
        // as if the verb stood after the place.
        // When the place closes an insertion of its own ("Ann Lee, of Ostby, Ill., said"), the
        // verb stands after that insertion's closing comma.
        if region_after_place(u, open, open_end, close) && depth > 0 {
            let own_insertion = opening_mark(u, open, ",")
                .is_some_and(|(_, inner)| matches!(u.tags.get(inner), Some(Tag::Prep | Tag::Wh)));
            return subject_before_depth(u, if own_insertion { open + 1 } else { open }, depth - 1);
        }
        let inner = u.tags.get(open_end).copied();
        let finite_inside = (open_end..close).any(|k| u.tags[k].is_finite() && u.tags[k] != Tag::Verb(VerbForm::Past));
        // A past form with a quotation or a phrase after it opens a participle clause
        // ("-- called “skeptics” in the town --").
        let participle = inner == Some(Tag::Verb(VerbForm::Past))
            && u.tags.get(open_end + 1).is_some_and(|t| matches!(t, Tag::Quote | Tag::Prep));
        // (A mention with a verb of its own after it is a clause, not an apposition: "In an
        // appeal to voters, Gov. Lee is running an ad that …, vows …" is Lee's.)
        let inserted = opens_insertion(u, open_end)
            || ((matches!(inner, Some(Tag::Prep)) || participle) && !finite_inside)
            || u.mentions.iter().any(|m| m.start == open_end) && !finite_inside;
        // "Rep. Ann Lee, R-Calif., the top Republican …,": the party tag's closing comma
        // opens the insertion.
        let tagged = || u.mentions.iter().position(|m| m.party.is_some() && m.outer_end() == open + 1);
        if inserted && let Some(mut m) = ends_before(open).or_else(tagged) {
            m = head_of_insertions(u, m, open, &ends_before);
            // The object of a preposition before the insertion is no subject either
            // ("Supporters of the center in lower Manhattan, including the mayor, say …").
            let e = u.mentions[m].outer_end();
            if u.mentions[m].apposition.is_none()
                && let Some(decided) = after_preposition(u, e, u.mentions[m].start, &ends_at)
            {
                // ("Rep. Ann Lee, D-N.Y., the former chairman of the panel on …": the
                // description after a name's party tag is the name's.)
                let tagged_before = |d: usize| {
                    let st = u.mentions[d].start;
                    u.mentions.iter().position(|x| {
                        x.party.is_some()
                            && (x.outer_end() == st || x.outer_end() + 1 == st && u.tokens[x.outer_end()].norm == ",")
                    })
                };
                return decided.map(|d| tagged_before(d).unwrap_or_else(|| prefer_name(u, d)));
            }
            return Some(prefer_name(u, m));
        }
    }
    None
}

/// The mention a chain of insertions between commas hangs on: starting from mention `m`, which
/// ends at the comma `open`, while the phrase that holds it is itself an insertion, the mention
/// before that phrase ("Ann Lee, a Republican running against Rep. Bo Hart, a Democrat, in the
/// Third District, said" → Ann Lee). Not past a phrase that opens the clause ("In a statement,
/// the group, a coalition of unions, said" → the group).
fn head_of_insertions(u: &Unit, m: usize, open: usize, ends_before: &dyn Fn(usize) -> Option<usize>) -> usize {
    let (mut m, mut open) = (m, open);
    while u.tokens[open].norm == "," {
        let Some((prev, prev_end)) = opening_mark(u, open, ",") else { break };
        let here = u.mentions[m].start.min(open);
        // A place's region is part of the place ("a lawyer in Denver, Colo., who …").
        if super::mentions::is_region(u, &u.mentions[m])
            && let Some(n) = ends_before(prev)
        {
            m = n;
            open = prev;
            continue;
        }
        // "…, whose spokesman, it should be noted, tried …": the relative clause's own
        // subject is the one found.
        let relative_subject = here == prev_end && (u.tags[prev_end] == Tag::Wh || u.tokens[prev_end].norm == "whose");
        // Or a bare role with no verb ("Ann Lee, executive director of the Harbour Society, an
        // advocacy group, said").
        let bare_role = || {
            u.mentions
                .iter()
                .any(|x| x.start == prev_end && x.kind == MentionKind::Description && x.role_word.is_some())
                && (prev_end..open).all(|k| !u.tags[k].is_finite())
        };
        if !(opens_insertion(u, prev_end) || u.tags[prev_end] == Tag::Prep || bare_role())
            || here < prev_end
            || relative_subject
        {
            break;
        }
        let Some(first) = u.tags.get(segment_start(u, prev)).copied() else { break };
        if matches!(first, Tag::Prep | Tag::Sub | Tag::Adv) {
            break;
        }
        match ends_before(prev) {
            Some(n) => {
                m = n;
                open = prev;
            }
            None => break,
        }
    }
    m
}

/// The subject when the phrase before the verb (from token `s` to `j`) is the object of a
/// preposition: `Some(answer)` when that decides it, `None` when it does not stand after one.
/// - A relative clause with one verb of its own stands between the subject and the verb: the
///   phrase it describes ("one insider who had contact with Lee told", "the chairmen of the
///   committees that asked the ministry for the files said").
/// - Else the phrase the preposition hangs on, when it is a mention ("Roger Lee of the Harwood
///   Institute said", "staff in a briefing with reporters acknowledged"), or no subject we can
///   name ("Trustees of the fund warned", "a dumping ground for campaign promises"). A
///   preposition that opens a clause ("after Lee said") is no such case, nor a quantity ("many
///   of the protesters said").
fn after_preposition(u: &Unit, j: usize, s: usize, ends_at: &dyn Fn(usize) -> Option<usize>) -> Option<Option<usize>> {
    // Coordinated phrases share what stands before them ("of the Social Security and Medicare
    // Trust Fund").
    let mut s = s;
    while s >= 2
        && matches!(u.tokens[s - 1].norm.as_str(), "and" | "or")
        && let Some(x) = u.mentions.iter().find(|x| x.outer_end() == s - 1)
    {
        s = x.start;
    }
    if s < 2 || u.tags[s - 1] != Tag::Prep {
        return None;
    }
    let relative = (j.saturating_sub(16)..s - 1).rev().find(|&k| {
        matches!(u.tokens[k].norm.as_str(), "who" | "that" | "which") && matches!(u.tags[k], Tag::Wh | Tag::Sub)
    });
    // A plain form right after the pronoun is a present tense ("who track the races").
    let finite_groups = |w: usize| {
        u.verbs.iter().filter(|g| g.start > w && g.end <= s && (finite_group(u, g) || g.start == w + 1)).count()
    };
    if let Some(w) = relative
        && (w..j).all(|k| !matches!(u.tokens[k].norm.as_str(), "," | "—" | "–" | "(" | ")"))
        && finite_groups(w) == 1
    {
        // ", who …": the phrase before the comma. A phrase that is no mention ("one user who
        // lives near Austin, Tex., posted") is a subject we cannot name, never the place.
        let a = ends_at(w).or_else(|| if w > 0 && u.tokens[w - 1].norm == "," { ends_at(w - 1) } else { None });
        return Some(a.map(|a| prefer_name(u, a)));
    }
    for _ in 0..3 {
        let subordinator = SUBORDINATORS.contains(u.tokens[s - 1].norm.as_str());
        if subordinator || !u.tags[s - 2].is_nominal() {
            return None;
        }
        if let Some(a) = u.mentions.iter().position(|x| x.outer_end() == s - 1 && !u.quoted[x.start]) {
            // A phrase that is itself the object of a preposition, or joined to one, hangs on
            // the phrase before it ("Supporters of the mosque and cultural center in lower
            // Manhattan": the supporters).
            let mut t = u.mentions[a].start;
            while t >= 2
                && matches!(u.tokens[t - 1].norm.as_str(), "and" | "or")
                && let Some(k) = u.mentions.iter().position(|x| x.outer_end() == t - 1)
            {
                // (Joined to the last words of a role's complement: "Supporters of the mosque
                // and cultural center" are the phrase.)
                if u.mentions[k].complement.is_some_and(|(_, ce)| ce == t - 1) {
                    return Some(Some(prefer_name(u, k)));
                }
                t = u.mentions[k].start;
            }
            if t >= 2 && u.tags[t - 1] == Tag::Prep && !SUBORDINATORS.contains(u.tokens[t - 1].norm.as_str()) {
                s = t;
                continue;
            }
            return Some(Some(prefer_name(u, a)));
        }
        let Some(c) = u.chunks.iter().find(|c| c.end == s - 1) else { return Some(None) };
        s = c.start;
        if s < 2 || u.tags[s - 1] != Tag::Prep {
            return Some(None);
        }
    }
    Some(None)
}

/// Prepositions that also open a clause ("after Lee said", "as the mayor put it"): the phrase
/// after them is no object that a phrase before hangs on.
const SUBORDINATORS: WordList = WordList::new("after|before|since|until|as");

/// Token `k`, or the one before when `k - 1` is the full stop of an abbreviation ("Colo.,"):
/// where a name that ends before the stop ends.
fn before_stop(u: &Unit, k: usize) -> usize {
    if k >= 2
        && u.tokens[k - 1].norm == "."
        && u.tags[k - 2] == Tag::Proper
        && u.tokens[k - 2].span.end == u.tokens[k - 1].span.start
    {
        k - 1
    } else {
        k
    }
}

/// The mark that opens the insertion closed at token `close` (`mark`: a comma or a dash) and
/// the insertion's first token, within 30 tokens.
fn opening_mark(u: &Unit, close: usize, mark: &str) -> Option<(usize, usize)> {
    let open_end = (close.saturating_sub(30)..close).rev().find(|&k| u.tokens[k].norm == mark)? + 1;
    let open = if double_hyphen(u, open_end - 1) { open_end - 2 } else { open_end - 1 };
    Some((open, open_end))
}

/// The first token of the phrase that ends at the comma `comma`: after the comma or dash before
/// it, or the sentence's first.
fn segment_start(u: &Unit, comma: usize) -> usize {
    (comma.saturating_sub(30)..comma)
        .rev()
        .find(|&k| matches!(u.tokens[k].norm.as_str(), "," | "—" | "–" | ":" | ";"))
        .map_or(0, |k| k + 1)
}

/// True when the phrase starting at token `k` can only be an insertion: a relative clause, a
/// description with its determiner, a number, a participle, or a list ("including …").
fn opens_insertion(u: &Unit, k: usize) -> bool {
    matches!(
        u.tags.get(k),
        Some(
            Tag::Wh
                | Tag::Det
                | Tag::Poss
                | Tag::Neg
                | Tag::Num
                | Tag::Verb(VerbForm::Gerund | VerbForm::Participle)
        )
    ) || u.tokens.get(k).is_some_and(|t| matches!(t.norm.as_str(), "including" | "like" | "such" | "among"))
        // A former or present office ("Mr. Lee, then governor, said"; "Lee, now a lobbyist,").
        || (u.tokens.get(k).is_some_and(|t| matches!(t.norm.as_str(), "then" | "now" | "once" | "formerly"))
            && u.tags.get(k + 1).is_some_and(|t| t.is_nominal() || matches!(t, Tag::Det)))
}

/// True when the phrase between the commas `open` and `close` is the region of the place before
/// it ("in Austin, Texas,"; "from Washington, D.C.,"): one name and nothing else (see
/// [`super::mentions::is_region`]).
fn region_after_place(u: &Unit, open: usize, open_end: usize, close: usize) -> bool {
    u.tokens[open].norm == ","
        && u.mentions
            .iter()
            .any(|m| m.start == open_end && m.outer_end() == before_stop(u, close) && super::mentions::is_region(u, m))
}

/// Of a mention and the one it stands in apposition with, the name ("a spokesman for the
/// committee, Brad Lee," names Brad Lee).
fn prefer_name(u: &Unit, m: usize) -> usize {
    match u.mentions[m].apposition {
        Some(a)
            if u.mentions[a].kind == MentionKind::Name
                && u.mentions[m].kind != MentionKind::Name
                && !super::mentions::is_region(u, &u.mentions[a]) =>
        {
            a
        }
        _ => m,
    }
}

/// Reflexive pronouns that may stand between a subject and its verb ("Lee himself said").
const REFLEXIVE: WordList = WordList::new("himself|herself|themselves|itself|also|too");

/// The "(" that opens the bracket closed by the ")" right before token `end`, looked for
/// within `reach` tokens.
fn bracket_opening(u: &Unit, end: usize, reach: usize) -> Option<usize> {
    (end.saturating_sub(reach)..end - 1).rev().find(|&k| u.tokens[k].norm == "(")
}

/// The length of a date between "on" or "in" and a comma that ends right before token `j`
/// ("The Register on July 20, 2006, described …"), if one does.
fn dated_phrase(u: &Unit, j: usize) -> Option<usize> {
    if j < 3 || u.tokens[j - 1].norm != "," {
        return None;
    }
    let lex = lexicon::get();
    let date_word = |k: usize| {
        let norm = u.tokens[k].norm.as_str();
        u.tags[k] == Tag::Num || matches!(norm, "," | ".") || is_day(u, k) || lex.is(norm, WordClass::Month)
    };
    let start = (j.saturating_sub(8)..j - 1).rev().take_while(|&k| date_word(k)).last()?;
    let month = (start..j).any(|k| lex.is(&u.tokens[k].norm, WordClass::Month) || is_day(u, k));
    // Right after the subject, not inside an insertion (", as a senator in May 2015, told").
    let inserted = (start.saturating_sub(7)..start.saturating_sub(1)).any(|k| u.tokens[k].norm == ",");
    (month && !inserted && start > 0 && matches!(u.tokens[start - 1].norm.as_str(), "on" | "in"))
        .then(|| j - (start - 1))
}

/// The words of a time counted back from now that end right before `j`, where "ago" stands
/// at `j` (the adverb step has passed it): "Lee a week ago said", "Critics two days ago
/// warned", "Lee a couple of months ago told". At most three words of quantity before the unit.
fn ago_phrase(u: &Unit, j: usize) -> Option<usize> {
    if j < 2 || u.tokens.get(j).is_none_or(|t| t.norm != "ago") || !AGO_UNITS.contains(u.tokens[j - 1].norm.as_str()) {
        return None;
    }
    let quantity = |k: usize| {
        matches!(u.tags[k], Tag::Det | Tag::Num) || matches!(u.tokens[k].norm.as_str(), "couple" | "few" | "of")
    };
    let n = (0..j - 1).rev().take(3).take_while(|&k| quantity(k)).count();
    (n > 0).then_some(n + 1)
}

/// Units of a time counted back with "ago".
const AGO_UNITS: WordList =
    WordList::new("minute|minutes|hour|hours|day|days|week|weeks|month|months|year|years|decade|decades");

fn is_day(u: &Unit, k: usize) -> bool {
    crate::engine::lexicon::get().is(&u.tokens[k].norm, crate::engine::lexicon::WordClass::Day)
}

/// True when verb group `g` has a finite verb, auxiliary or modal ("has said", not "saying").
fn finite_group(u: &Unit, g: &super::chunk::Chunk) -> bool {
    (g.start..g.end).any(|k| u.tags[k].is_finite())
}

/// True when token `k` is the second hyphen of a dash typed as two ("--").
fn double_hyphen(u: &Unit, k: usize) -> bool {
    k > 0 && u.tokens[k].norm == "-" && u.tokens[k - 1].norm == "-"
}

/// The subject of the unit's main clause: the subject of its first verb group.
fn sentence_subject(u: &Unit, before: usize) -> Option<usize> {
    // A clause that opens the sentence with a subordinator ("As the paper reported on Monday,
    // historians have …") is not the main one: it ends at the first comma.
    let opener = u.tokens.first().is_some_and(|t| matches!(u.tags[0], Tag::Sub) || t.norm == "as");
    let main_from = if opener { u.tokens.iter().position(|t| t.norm == ",").map_or(0, |c| c + 1) } else { 0 };
    u.verbs
        .iter()
        .filter(|g| g.start >= main_from)
        .filter(|g| g.end <= before && !u.quoted[g.start] && finite_group(u, g))
        .find_map(|g| subject_before(u, g.start))
}

/// The issuer of a statement whose relative clause the verb group at `vs` opens: "Lee put out
/// a statement on Monday that claimed …", "issued a letter which said …" — the subject of the
/// finite verb the statement noun is the object of. (The noun may have a short phrase after
/// it, up to [`ISSUED_REACH`] words.)
fn issuer_of_statement(u: &Unit, vs: usize) -> Option<usize> {
    let rel = vs.checked_sub(1).filter(|&k| matches!(u.tokens[k].norm.as_str(), "that" | "which"))?;
    let noun = (rel.saturating_sub(ISSUED_REACH)..rel)
        .rev()
        .take_while(|&k| !u.tags[k].is_verbal() && u.tokens[k].norm != "," && !u.quoted[k])
        .find(|&k| u.tags[k] == Tag::Noun && STATEMENT_NOUNS.contains(u.tokens[k].norm.as_str()))?;
    // The statement is the object: its determiner follows the verb group (and its particle:
    // "put out a statement").
    let det = noun.checked_sub(1).filter(|&k| matches!(u.tags[k], Tag::Det | Tag::Adj))?;
    let g = u.verbs.iter().rev().find(|g| g.end <= det && !u.quoted[g.start])?;
    let between_ok = (g.end..det).all(|k| u.tags[k] == Tag::Adv);
    (between_ok && issuing_group(u, g)).then(|| subject_before(u, g.start)).flatten()
}

/// True when the verb group `g` makes a statement public with a subject of its own before it:
/// a verb of [`ISSUING_VERBS`] (or "present") that is finite, or a plain form right after its
/// subject ("Lee put out …", "they issue …").
fn issuing_group(u: &Unit, g: &super::chunk::Chunk) -> bool {
    let issuing = (g.start..g.end).any(|k| {
        u.tags[k].is_verbal()
            && (ISSUING_VERBS.contains(u.tokens[k].norm.as_str())
                || matches!(u.tokens[k].norm.as_str(), "presented" | "presents" | "present"))
    });
    let plain = u.tags[g.start] == Tag::Verb(VerbForm::Base)
        && g.start > 0
        && !matches!(u.tags[g.start - 1], Tag::To | Tag::Modal | Tag::Aux);
    issuing && (plain || finite_group(u, g))
}

/// Verbs of making a statement public, whose subject is its author ("issued a statement",
/// "put out a letter"; not "read a report").
const ISSUING_VERBS: WordList = WordList::new(
    "issue|issues|issued|release|releases|released|put|puts|send|sends|sent|post|posts|posted|publish|publishes|\
     published|write|writes|wrote|deliver|delivers|delivered|give|gives|gave|make|makes|made|file|files|filed|\
     submit|submits|submitted|sign|signs|signed|pen|pens|penned|unveil|unveils|unveiled|issuing|releasing|\
     putting|sending|posting|publishing|writing|delivering|giving|making|filing|submitting|signing|penning|\
     unveiling",
);

/// Nouns of statements made public as a whole ("issued a statement", "sent a letter").
const ISSUED_NOUNS: WordList =
    WordList::new("statement|statements|letter|letters|release|report|memo|tweet|speech|remarks|comments|op-ed");

/// The one who made public the statement whose noun is at `i` ("Lee issued a statement",
/// "the plaintiffs have presented sworn statements", "…, penning a letter"), when nothing of
/// what it said follows it in the sentence (a clause, a quotation, a participle: those are
/// read as the statement's words).
fn issued_statement(u: &Unit, i: usize) -> Option<usize> {
    if u.tags[i] != Tag::Noun || !ISSUED_NOUNS.contains(u.tokens[i].norm.as_str()) || u.quoted[i] {
        return None;
    }
    // Its determiner and modifiers ("a brief statement", "a press release", "sworn
    // statements"); a participle right before the noun may have been read into the verb group.
    let first = (0..i)
        .rev()
        .take_while(|&k| {
            matches!(u.tags[k], Tag::Det | Tag::Adj | Tag::Poss | Tag::Noun | Tag::Verb(VerbForm::Participle))
        })
        .last()
        .unwrap_or(i);
    let g = u.verbs.iter().rev().find(|g| g.start < first && g.end <= i && !u.quoted[g.start])?;
    let first = first.max(g.end);
    // ", penning a letter to …": a participle clause, whose subject is the sentence's.
    let participle = u.tags[g.start] == Tag::Verb(VerbForm::Gerund)
        && g.start > 0
        && u.tokens[g.start - 1].norm == ","
        && (g.start..g.end).any(|k| ISSUING_VERBS.contains(u.tokens[k].norm.as_str()));
    if !(participle || issuing_group(u, g)) || (g.end..first).any(|k| u.tags[k] != Tag::Adv) {
        return None;
    }
    // Not a statement to come or not made ("will give a speech", "did not make a statement").
    if (g.start..g.end).any(|k| matches!(u.tags[k], Tag::Modal | Tag::Neg)) {
        return None;
    }
    // (A participle right after the noun or a comma: "a statement calling …"; not one after
    // the addressee, "a letter to Lee chastising him", which no other rule reads.)
    let words_follow = (i + 1..(i + ISSUED_REACH + 2).min(u.tokens.len())).any(|k| {
        u.tags[k] == Tag::Quote
            || u.tags[k] == Tag::Verb(VerbForm::Gerund) && (after_statement(u, k) || u.tokens[k - 1].norm == ",")
            || matches!(u.tokens[k].norm.as_str(), "that" | "which" | ":" | "saying")
    });
    if words_follow {
        return None;
    }
    // (Not a noun after a preposition, which is only part of the subject: "Representatives of
    // more than 200 parties signed the letter".)
    let subject = if participle { sentence_subject(u, g.start) } else { subject_before(u, g.start) };
    subject.filter(|&m| {
        let start = u.mentions[m].start;
        start == 0 || !matches!(u.tags[start - 1], Tag::Prep) && u.tokens[start - 1].norm != "than"
    })
}

/// The author named after "came from" whose subject is a statement noun at `i` ("The
/// statement came from Sen. Lee", "The warning came from the port's director"): a person named,
/// or one described by a role that is no body's.
fn statement_source(u: &Unit, i: usize) -> Option<usize> {
    if !matches!(u.tokens[i].norm.as_str(), "came" | "comes" | "come")
        || !u.tags[i].is_verbal()
        || u.quoted[i]
        || u.tokens.get(i + 1).map(|t| t.norm.as_str()) != Some("from")
    {
        return None;
    }
    let noun = (0..i).rev().find(|&k| u.tags[k] != Tag::Adv)?;
    let said = u.tokens[noun].norm.as_str();
    if !(STATEMENT_NOUNS.contains(said) || ISSUED_NOUNS.contains(said) || CLAIM_NOUNS.contains(said)) || u.quoted[noun]
    {
        return None;
    }
    mention_at(u, i + 2).filter(|&m| {
        let x = &u.mentions[m];
        x.kind == MentionKind::Name && x.actor != Actor::Unknown
            || x.kind == MentionKind::Description && x.role_word.is_some_and(|r| r.kind != RoleKind::Body)
    })
}

/// How many words may stand between a statement noun and the relative "that" of what it
/// said ("a statement on Monday evening that …").
const ISSUED_REACH: usize = 5;

/// True when a statement noun stands right before token `i`, or before a short time between
/// them ("a statement calling …", "issued a report Tuesday claiming …", "a letter last week
/// urging …").
fn after_statement(u: &Unit, i: usize) -> bool {
    let noun = (0..i).rev().take(4).find(|&k| !time_word(&u.tokens[k].norm));
    noun.is_some_and(|k| STATEMENT_NOUNS.contains(u.tokens[k].norm.as_str()))
}

/// The one who made public the statement that the "-ing" verb at `i` goes on ("the Pentagon
/// issued a report Tuesday claiming …", inside "The administration is still looking … after
/// the Pentagon issued …"): the subject of the finite verb group right before the statement
/// noun, with nothing but the noun's phrase between.
fn statement_issuer(u: &Unit, i: usize) -> Option<usize> {
    if !after_statement(u, i) {
        return None;
    }
    let g = u.verbs.iter().rev().find(|g| g.end <= i && !u.quoted[g.start])?;
    let phrase = (g.end..i).all(|k| !u.tags[k].is_finite() && u.tags[k] != Tag::Quote && u.tokens[k].norm != ",");
    (phrase && issuing_group(u, g)).then(|| subject_before(u, g.start)).flatten()
}

/// True when the "-ing" verb at `i` follows "and" that joins it to an earlier participle clause
/// of the same sentence, one opened by a comma or a statement noun with no finite verb since
/// ("issued a statement calling the plan “unfair” and claiming …", ", praising … and adding
/// that …").
fn coordinated_participle(u: &Unit, i: usize) -> bool {
    if i < 2 || u.tokens[i - 1].norm != "and" {
        return false;
    }
    (0..i - 1).rev().take_while(|&k| !u.tags[k].is_finite() || u.quoted[k]).any(|k| {
        u.tags[k] == Tag::Verb(VerbForm::Gerund)
            && !u.quoted[k]
            && k > 0
            && (u.tokens[k - 1].norm == "," || after_statement(u, k))
    })
}

/// True when a speech verb here reports speech: not a noun ("the claims"), not a passive ("was
/// told"), not an infinitive inside another clause ("declined to say").
fn speech_verb_here(u: &Unit, i: usize) -> bool {
    let Tag::Verb(form) = u.tags[i] else { return false };
    let prev = (0..i).rev().find(|&k| !matches!(u.tags[k], Tag::Adv | Tag::Neg));
    let prev_tag = prev.map(|k| u.tags[k]);
    let prev_norm = prev.map_or("", |k| u.tokens[k].norm.as_str());
    match form {
        VerbForm::Participle => {
            // "has said" is speech; "was told", "is expected" are not the speaker's.
            !matches!(prev_norm, "is" | "are" | "was" | "were" | "be" | "been" | "being" | "am")
        }
        // "to say" is speech only after a verb or adjective that says it was done ("was quick
        // to reply", "went on to say"), not after "wants to" or "declined to".
        VerbForm::Base => {
            !matches!(prev_tag, Some(Tag::To))
                || prev.is_some_and(|k| done_before_to(u, k).is_some() || caused_speaker(u, k).is_some())
        }
        // "Republicans are suggesting that …", "he has been saying": the progressive.
        VerbForm::Gerund if progressive(prev_norm) => true,
        VerbForm::Gerund => {
            // ", first telling CNN …", ", again saying …": an adverb may stand after the comma;
            // so may the mark that closes a quotation (`rated it “false,” noting that …`).
            let lead = (0..i).rev().find(|&k| !matches!(u.tags[k], Tag::Adv | Tag::Ordinal | Tag::Quote));
            i > 0
                && (u.tokens[i - 1].norm == ","
                    || lead.is_some_and(|k| u.tokens[k].norm == "," && i - k <= 2)
                    || u.tokens[i - 1].norm == "by"
                    || after_statement(u, i)
                    || coordinated_participle(u, i)
                    || with_subject(u, i).is_some()
                    || (u.tokens[i].norm == "saying"
                        && !matches!(prev_tag, Some(Tag::Det | Tag::Poss | Tag::Prep | Tag::Aux))))
        }
        VerbForm::Past | VerbForm::Third => true,
    }
}

/// True when the verb "welcome" that ends before token `ve` is a host's welcome, not a view:
/// "welcomed President Lee and his wife to the palace" (a place after "to" or "into" before
/// the clause's next verb).
pub fn hosts(u: &Unit, ve: usize) -> bool {
    (ve..(ve + 14).min(u.tokens.len())).take_while(|&k| !u.tags[k].is_finite()).any(|k| {
        matches!(u.tokens[k].norm.as_str(), "to" | "into")
            && u.tags.get(k + 1).is_some_and(|t| matches!(t, Tag::Det | Tag::Proper | Tag::Poss))
    })
}

/// The verb before the "to" at `to` when it says that what follows "to" was done: "was quick
/// to", "were the first to", "went on to", "took to the floor to", "hastened to". Its first
/// token, or `None` for a wish, a plan or a refusal ("wants to", "declined to").
fn done_before_to(u: &Unit, to: usize) -> Option<usize> {
    let norm = |k: usize| u.tokens[k].norm.as_str();
    let w = norm(to.checked_sub(1)?);
    if DONE_ADJECTIVES.contains(w) {
        // "was quick to", "was the first to", "was again quick to"
        let mut k = to - 1;
        if k > 0 && norm(k - 1) == "the" {
            k -= 1;
        }
        while k > 0 && matches!(u.tags[k - 1], Tag::Adv) {
            k -= 1;
        }
        return (k > 0 && BE_FORMS.contains(norm(k - 1))).then(|| k - 1);
    }
    if w == "on" && to >= 2 && matches!(norm(to - 2), "went" | "goes" | "go" | "going" | "gone") {
        return Some(to - 2);
    }
    if matches!(u.tags[to - 1], Tag::Verb(VerbForm::Past | VerbForm::Third)) && DONE_VERBS.contains(w) {
        return Some(to - 1);
    }
    // "took to Twitter to", "took to the Senate floor to"
    (to.saturating_sub(5)..to.saturating_sub(2))
        .find(|&k| matches!(norm(k), "took" | "takes") && norm(k + 1) == "to")
        .filter(|&k| (k + 2..to).all(|x| u.tags[x].is_nominal() || matches!(u.tags[x], Tag::Det | Tag::Adj)))
}

/// The one made to speak by a verb that says the act after "to" happened: "That prompted
/// other Republicans to warn …", "the ruling led the mayor to say …" — the mention between
/// the verb and the "to" at `to` (not a wish or a request: "urged Lee to say").
fn caused_speaker(u: &Unit, to: usize) -> Option<usize> {
    let m = u.mentions.iter().rposition(|m| m.outer_end() == to && m.kind != MentionKind::Pronoun)?;
    let before = u.mentions[m].start.checked_sub(1)?;
    (matches!(u.tags[before], Tag::Verb(VerbForm::Past | VerbForm::Third | VerbForm::Participle))
        && CAUSING_VERBS.contains(u.tokens[before].norm.as_str()))
    .then_some(m)
}

/// Verbs after which what their object did "to" do happened ("prompted Lee to say").
const CAUSING_VERBS: WordList =
    WordList::new("caused|causes|prompted|prompts|led|leads|drove|drives|spurred|spurs|forced|forces|moved|moves");

/// Adjectives after "be" that say the act after "to" was done ("was quick to reply").
const DONE_ADJECTIVES: WordList = WordList::new("quick|quicker|swift|first|last|careful|fast");

/// Verbs that say the act after "to" was done ("hastened to add", "rushed to defend").
const DONE_VERBS: WordList =
    WordList::new("hastened|hastens|rushed|rushes|proceeded|proceeds|paused|pauses|stopped|stops");

/// The author of a statement, a letter or comments that the "-ing" verb at `i` goes on to
/// report ("comments from Eva Lund, chief economist for the bank, projecting that …", "a letter
/// from Ole Dahl, a Liberal, calling …"): the mention after "from" or "by" after such a noun,
/// with no verb between it and the "-ing" verb.
fn statement_author(u: &Unit, i: usize) -> Option<usize> {
    let from = (i.saturating_sub(STATEMENT_AUTHOR_REACH)..i)
        .rev()
        .take_while(|&k| !u.tags[k].is_finite() && u.tags[k] != Tag::Quote)
        .find(|&k| matches!(u.tokens[k].norm.as_str(), "from" | "by"))?;
    let noun = from.checked_sub(1)?;
    let said = u.tokens[noun].norm.as_str();
    if !(STATEMENT_NOUNS.contains(said) || CLAIM_NOUNS.contains(said)) {
        return None;
    }
    author_after(u, noun)
}

/// The author named after the noun of what was said at `noun`: "by" or "from" and a mention
/// that is no pronoun ("a claim by an aide", "a letter from Ole Dahl").
fn author_after(u: &Unit, noun: usize) -> Option<usize> {
    if !matches!(u.tokens.get(noun + 1).map(|t| t.norm.as_str()), Some("by" | "from")) {
        return None;
    }
    mention_at(u, noun + 2).filter(|&m| u.mentions[m].kind != MentionKind::Pronoun)
}

/// How far back from an "-ing" verb the "from" of a statement's author is looked for: the
/// author with a short apposition ("from Eva Lund, chief economist for Harbour Bank,").
const STATEMENT_AUTHOR_REACH: usize = 14;

/// The subject of an "-ing" verb in a clause opened by "with" ("with some saying …", "…, with
/// critics arguing that … and one blogger asking …"): the mention right before the verb, after
/// "with" or after the "and" of such a clause.
fn with_subject(u: &Unit, i: usize) -> Option<usize> {
    // The mention right before the verb, or before an apposition between commas ("with Ann
    // Lee, a reporter for the paper, asking …").
    let before = |e: usize| u.mentions.iter().position(|m| m.outer_end() == e && m.kind != MentionKind::Pronoun);
    let m = before(i).or_else(|| {
        let (open, open_end) = opening_mark(u, i.checked_sub(1).filter(|&c| u.tokens[c].norm == ",")?, ",")?;
        let apposition = matches!(u.tags.get(open_end), Some(Tag::Det))
            && (open_end..i - 1).all(|k| !u.tags[k].is_finite() && u.tokens[k].norm != ",");
        apposition.then(|| before(open)).flatten()
    })?;
    // (With its owner: "with ABC's Ann Lee asking …".)
    let own = u.mentions[m].start;
    let start = u.mentions.iter().find(|x| x.end == own && x.possessive).map_or(own, |x| x.start);
    let opener = start.checked_sub(1).map(|k| u.tokens[k].norm.as_str())?;
    let with_before = || {
        (start.saturating_sub(WITH_CLAUSE_REACH)..start)
            .rev()
            .take_while(|&k| u.tokens[k].norm != ";")
            .any(|k| u.tokens[k].norm == "with")
    };
    (opener == "with" || opener == "and" && with_before()).then_some(m)
}

/// How far back the "with" of a clause is looked for from the "and" that joins its second
/// subject and verb ("with some saying it makes her look weak and one blogger asking").
const WITH_CLAUSE_REACH: usize = 16;

/// True for a form of "be" that makes the "-ing" form after it a progressive verb.
fn progressive(be: &str) -> bool {
    matches!(be, "is" | "are" | "was" | "were" | "been" | "'re" | "am")
}

/// The word before token `i`, adverbs and negations skipped ("are now suggesting").
fn word_before_verb<'u>(u: &'u Unit, i: usize) -> &'u str {
    (0..i).rev().find(|&k| !matches!(u.tags[k], Tag::Adv | Tag::Neg)).map_or("", |k| u.tokens[k].norm.as_str())
}

/// True when content follows the verb that ends before token `e`: "that", a quotation, a
/// colon, or a clause (a subject and a finite verb) after at most a short object or phrase.
fn content_after(u: &Unit, e: usize) -> Option<usize> {
    let n = u.tokens.len();
    let mut k = e;
    let stop = (e + BRIDGE_WORDS).min(n);
    while k < stop {
        let t = u.tags[k];
        let norm = u.tokens[k].norm.as_str();
        if norm == "that" && t == Tag::Sub {
            // "states that would …": a relative clause, not what was said.
            if u.tags.get(k + 1).is_some_and(|x| x.is_finite()) {
                return None;
            }
            return Some(k + 1);
        }
        if norm == ":" || t == Tag::Quote {
            return Some(k + 1);
        }
        if norm == "," && u.tags.get(k + 1) == Some(&Tag::Quote) {
            return Some(k + 2);
        }
        // A subject and a finite verb: "said the war was …", "told reporters he would …".
        // The verb is in the same sentence: not past a semicolon ("spoken with Lee; the
        // paper reported …").
        let within =
            (k + 1..(k + 6).min(n)).take_while(|&x| !matches!(u.tokens[x].norm.as_str(), ";" | "." | "?" | "!"));
        if matches!(t, Tag::Pron | Tag::Det | Tag::Proper | Tag::Poss | Tag::Noun | Tag::Num)
            // (not one that continues the main clause after "and": "accepted masks from Beijing
            // and heaped praise on …")
            && within.clone().any(|x| u.tags[x].is_finite() && u.tags[x - 1] != Tag::Coord)
            && !(k + 1..(k + 6).min(n))
                .take_while(|&x| !u.tags[x].is_finite())
                .any(|x| u.tokens[x].norm == "," || u.tokens[x].norm == "that" && u.tags[x] == Tag::Sub)
        {
            return Some(k);
        }
        // ", but …" opens a clause of its own, not what was said.
        if matches!(norm, "." | ";" | "?" | "!") || (norm == "," && u.tags.get(k + 1) == Some(&Tag::Coord)) {
            return None;
        }
        k += 1;
    }
    None
}

/// The attribution of the speech verb at tokens `i..i + n` of unit `ui`, if it reports speech.
fn verb_attribution(
    u: &Unit,
    ui: usize,
    i: usize,
    n: usize,
    lemma: &'static str,
    stance: Stance,
) -> Option<Attribution> {
    if !speech_verb_here(u, i) {
        return None;
    }
    // "She seemed determined to …", "he looked convinced": after a verb of seeming the form
    // says what the subject is like, not what they said.
    if i > 0 && SEEMING.contains(u.tokens[i - 1].norm.as_str()) {
        return None;
    }
    let core = CORE.contains(lemma);
    // (A progressive, "are suggesting", is a finite verb: its subject stands before it.)
    let gerund = u.tags[i] == Tag::Verb(VerbForm::Gerund) && !progressive(word_before_verb(u, i));
    // "resumed the campaign by reporting on …", "responded by noting that …": the means of the
    // main verb is the subject's speech.
    let by_means = gerund && i > 0 && u.tokens[i - 1].norm == "by";
    // "a poll showed", "the study found": research reports what it finds.
    let research = matches!(
        lemma,
        "show" | "find" | "suggest" | "indicate" | "conclude" | "estimate" | "predict" | "project" | "forecast"
    );
    // ", projecting that …" after a noun phrase reports that phrase's forecast, not the
    // sentence subject's ("comments from an economist, projecting that …").
    // "comments from Eva Lund, chief economist for the bank, projecting that …", "a letter
    // from Ole Dahl calling the plan “unfair”": the author of what the gerund goes on.
    let author = if gerund { statement_author(u, i) } else { None };
    // "prompted Lee to say …": the one made to speak.
    let caused = (i > 0 && u.tags[i] == Tag::Verb(VerbForm::Base) && u.tags[i - 1] == Tag::To)
        .then(|| caused_speaker(u, i - 1))
        .flatten();
    if research && !core && gerund && author.is_none() {
        return None;
    }
    // The verb group: auxiliaries before the verb belong to it ("has said", "did not say"); a
    // verb after "to" is the group of the verb that says it was done ("was quick to reply").
    let mut vs = (i > 0 && u.tags[i] == Tag::Verb(VerbForm::Base) && u.tags[i - 1] == Tag::To)
        .then(|| done_before_to(u, i - 1))
        .flatten()
        .unwrap_or(i);
    // (An ordinal right before a verb says when: "the Gazette first reported".)
    while vs > 0
        && matches!(u.tags[vs - 1], Tag::Aux | Tag::Modal | Tag::Neg | Tag::Adv | Tag::Ordinal)
        && !u.quoted[vs - 1]
    {
        vs -= 1;
    }
    let ve = i + n;
    let after = content_after(u, ve);
    // Inverted: "…,” said Lee" / "…, said Lee." — the verb right after a comma or a closing
    // mark, its agent after it.
    let before_verb = vs.checked_sub(1).map(|k| u.tokens[k].norm.as_str());
    // Inverted verbs are simple ("said Lee", never "has said Lee").
    let after_mark = vs == i && vs > 0 && (matches!(before_verb, Some(",")) || u.tags[vs - 1] == Tag::Quote);
    // Past adjectives before a title ("…,” explained newly elected Speaker Ann Lee").
    let agent_start = (ve..(ve + 3).min(u.tokens.len()))
        .find(|&k| {
            // A compound adjective reads as a participle ("newly-minted").
            let compound =
                matches!(u.tags[k], Tag::Verb(VerbForm::Past | VerbForm::Participle)) && u.tokens[k].norm.contains('-');
            mention_at(u, k).is_some() || !(matches!(u.tags[k], Tag::Adj | Tag::Adv) || compound)
        })
        .unwrap_or(ve);
    let agent = mention_at(u, agent_start).filter(|&m| {
        let x = &u.mentions[m];
        let next = u.tokens.get(x.outer_end());
        // (Or the first of a list: "…,” said Ann Lee and Ola Borg.")
        let listed = || {
            next.is_some_and(|t| t.norm == "and")
                && mention_at(u, x.outer_end() + 1).is_some_and(|n| u.mentions[n].kind == MentionKind::Name)
        };
        x.kind != MentionKind::Pronoun
            && (next.is_none_or(|t| {
                matches!(t.norm.as_str(), "," | "." | ";" | "(" | "—" | "–" | ":") || t.kind == TokenKind::Quote
            }) || listed()
                || u.tags[x.outer_end()] == Tag::Wh
                // "…,” said Reid on the Senate floor": after a quotation, a name, then where or
                // when (not ", describing Japan as …").
                || (x.kind == MentionKind::Name
                    && matches!(u.tags[x.outer_end()], Tag::Prep | Tag::To)
                    && !gerund
                    && (vs.saturating_sub(2)..vs).any(|k| u.tags[k] == Tag::Quote)))
    });
    // A subject before the verb wins ("…,” Lee, a spokeswoman, told reporters").
    let before_subject = (!gerund).then(|| subject_before(u, vs)).flatten();
    // (Never after an -ing form: in "…,” referring to Sen. Lee, …" Lee is what is referred to.)
    if after_mark
        && !gerund
        && before_subject.is_none()
        && let Some(m) = agent
    {
        return Some(Attribution::by_verb(ui, (i, n), (lemma, stance), (ui, m), clause_before(u, vs)));
    }
    // A gerund in a participle clause (", saying that …", "issued a statement saying …")
    // reports the subject of the sentence.
    // "… by reporting on …": the subject of the verb it is the means of, the nearest before.
    let means_of = || u.verbs.iter().rev().find(|g| g.end <= vs && finite_group(u, g) && !u.quoted[g.start]);
    // "…, Lee by pledging to …": a name right before "by" is the subject of its own.
    let own = || u.mentions.iter().position(|m| m.outer_end() + 1 == i && m.kind == MentionKind::Name);
    let subject = if author.is_some() {
        author
    } else if by_means {
        own().or_else(|| means_of().and_then(|g| subject_before(u, g.start)))
    } else if gerund {
        with_subject(u, i).or_else(|| statement_issuer(u, i)).or_else(|| sentence_subject(u, vs)).map(|s| {
            // "It came after Lee chided the mayor, accusing him of …": where the sentence's
            // subject is a bare "it", the person who is the subject of the clause the gerund
            // follows is the one who speaks.
            let bare_it = u.mentions[s].kind == MentionKind::Pronoun && u.tokens[u.mentions[s].start].norm == "it";
            let nearest = || {
                let g = u.verbs.iter().rev().find(|g| g.end <= vs && finite_group(u, g) && !u.quoted[g.start])?;
                subject_before(u, g.start).filter(|&k| {
                    let x = &u.mentions[k];
                    x.kind == MentionKind::Name && matches!(x.actor, Actor::Person | Actor::Unknown)
                        || x.kind == MentionKind::Description && x.role_word.is_some_and(|r| r.kind == RoleKind::Person)
                })
            };
            if bare_it { nearest().unwrap_or(s) } else { s }
        })
    } else if caused.is_some() {
        caused
    } else {
        subject_before(u, vs).or_else(|| issuer_of_statement(u, vs))
    };
    let subject = subject?;
    let m: &Mention = &u.mentions[subject];
    // "whose spokesman" names no one a reader can be shown.
    if m.determiner.is_some_and(|d| u.tokens[d].norm == "whose") {
        return None;
    }
    // A pronoun "it" or a body that is not an actor does not speak ("it said" of a report is
    // kept: bodies speak).
    let trailing = vs > 0 && trailing_attribution(u, subject, ve);
    // A poll, a survey, a study or a report, by its role ("a Gallup poll") or as the last word
    // of its name ("the Harwood Election Report").
    let research_word = |k: usize| RESEARCH_NOUNS.contains(names::strip_possessive(&u.tokens[k].norm));
    let research_subject = research
        && (m.role.is_some_and(|(a, b)| (a..b).any(research_word))
            || m.kind == MentionKind::Name && m.name.is_some_and(|(_, b)| b > 0 && research_word(b - 1)));
    // "analysts project a handful of gains", "they estimate 200 dead": a forecast of a number
    // is a statement, whoever makes it.
    let forecast = matches!(lemma, "predict" | "project" | "forecast" | "estimate") && number_object(u, ve);
    // "slammed the mayor": an actor as the object.
    // "slammed the fare rise as “a tax”": a quotation soon after.
    let quote_soon = (ve..(ve + 6).min(u.tokens.len())).any(|k| u.tags[k] == Tag::Quote);
    let hosting = lemma == "welcome" && !quote_soon && hosts(u, ve);
    // "disputed the campaign's characterization", "pounced on the governor's comments":
    // disagreeing with or judging something said is a view of its own, though no words of it
    // follow.
    let disputed_claim = (DISAGREEING.contains(lemma) || EVALUATIVE.contains(lemma)) && object_is_claim(u, ve);
    // "Critics described the plan as a tax", "caucusgoers describe themselves as evangelicals":
    // what the subject takes someone or something for is a view (not in the passive: "the
    // plan was described as a tax" names no one).
    let characterized = CHARACTERIZING.contains(lemma)
        && !(vs..i).any(|k| u.tags[k] == Tag::Aux && lexicon::get().is(&u.tokens[k].norm, WordClass::Be))
        && object_then_as(u, ve);
    let evaluative = EVALUATIVE.contains(lemma)
        && !hosting
        && (quote_soon
            || u.mentions
                .iter()
                .any(|x| x.start == ve && (x.kind != MentionKind::Description || x.role_word.is_some())));
    // A participle clause of a verb with an everyday sense reports speech only with what was
    // said after it (", adding that …"), not ", answering a call from …" or "adding a wing";
    // "“…,” Lee is shown saying" closes a quotation, and ", urging the world to …" keeps its own.
    let gerund_without_content = gerund && EVERYDAY_SENSE.contains(lemma) && after.is_none() && !trailing;
    // The same verbs with an object and no mark of what was said ("added its name to a
    // letter", "answered questions", "posted a photo"): the everyday sense, whatever clause
    // comes later.
    let marked = after.is_some_and(|c| {
        c > 0 && (matches!(u.tokens[c - 1].norm.as_str(), "that" | ":") || u.tags[c - 1] == Tag::Quote)
    });
    let object_without_content = EVERYDAY_SENSE.contains(lemma)
        && !marked
        && !trailing
        && !after_mark
        && u.tags.get(ve).is_some_and(|t| matches!(t, Tag::Det | Tag::Poss | Tag::Noun | Tag::Num | Tag::Adj));
    // "finds himself on the ropes", "showed the way": a verb of finding or showing reports
    // only for a study or poll, or with a mark of what was found ("found that …").
    let research_unmarked = matches!(lemma, "find" | "show") && !research_subject && !forecast && !marked && !trailing;
    if !(core
        || after.is_some()
        || trailing
        || research_subject
        || forecast
        || evaluative
        || by_means
        || disputed_claim
        || characterized)
        || hosting
        || research_unmarked
        || gerund_without_content
        || object_without_content
    {
        return None;
    }
    // "did not respond to requests for comment", "would not offer details": a speaker who
    // says nothing is no source; "did not deny that …" or a quotation still reports words.
    // "a lawyer who likes to argue cases in court", "plans to announce a bid": an infinitive
    // with no mark of what was said names a habit or an intent, not a statement ("went on to
    // say that …" keeps its mark).
    // (What someone was made to say was said: "prompted Lee to say the fare would rise".)
    if i > 0 && u.tags[i - 1] == Tag::To && !marked && !trailing && caused.is_none() {
        return None;
    }
    let negated = (vs..i).any(|k| u.tags[k] == Tag::Neg);
    let words_follow = (ve..(ve + 3).min(u.tokens.len())).any(|k| {
        u.tags[k] == Tag::Quote || u.tokens[k].norm == ":" || u.tokens[k].norm == "that" && u.tags[k] == Tag::Sub
    });
    if negated && !words_follow && !trailing {
        return None;
    }
    // The writer and the reader are not sources ("as I said", "you say").
    if m.kind == MentionKind::Pronoun && matches!(u.tokens[m.start].norm.as_str(), "i" | "we" | "you" | "me" | "us") {
        return None;
    }
    // Passive-looking or object uses: "the man he told" has no content and no mark.
    if !core && m.kind == MentionKind::Pronoun && after.is_none() && !trailing {
        return None;
    }
    let content = if trailing {
        clause_before(u, m.start)
    } else if let Some(c) = after {
        clause_from(u, c)
    } else {
        clause_from(u, ve)
    };
    Some(Attribution::by_verb(ui, (i, n), (lemma, stance), (ui, subject), content))
}

/// Verbs (lemmas) of disagreeing with what someone said.
const DISAGREEING: WordList = WordList::new("dispute|reject|rebut|refute|question|challenge|contest|counter");

/// True when the noun phrase that opens at token `k` (a verb's object) is something said: its
/// head a noun of statements or claims ("the claim", "the campaign's characterization").
fn object_is_claim(u: &Unit, k: usize) -> bool {
    let Some(c) = object_phrase(u, k) else { return false };
    let head = u.tokens[c.head].norm.as_str();
    !u.quoted[c.head] && (CLAIM_NOUNS.contains(head) || STATEMENT_NOUNS.contains(head))
}

/// The noun phrase chunk that opens at token `k`, past a possessive that opens it as a chunk
/// of its own ("the campaign's | characterization").
fn object_phrase<'a>(u: &'a Unit, k: usize) -> Option<&'a super::chunk::Chunk> {
    let chunk = |from: usize| u.chunks.iter().find(|c| c.start == from);
    let c = chunk(k)?;
    if c.end < u.tokens.len() && super::tag::possessive(&u.tokens, c.end - 1) { chunk(c.end) } else { Some(c) }
}

/// Verbs (lemmas) of saying what someone or something is ("described the plan as a tax").
const CHARACTERIZING: WordList = WordList::new("describe|characterize|characterise");

/// True when a verb's object (a noun phrase or a pronoun) opens at token `k` and "as" follows it.
fn object_then_as(u: &Unit, k: usize) -> bool {
    let Some(t) = u.tags.get(k) else { return false };
    let end = if matches!(t, Tag::PronObj | Tag::Pron) {
        k + 1
    } else {
        let Some(c) = object_phrase(u, k) else { return false };
        c.end
    };
    u.tokens.get(end).is_some_and(|t| t.norm == "as")
}

/// Documents that speak for their authors ("The letter says …", "…,” says the letter").
const DOCUMENT_NOUNS: WordList =
    WordList::new("letter|statement|memo|release|resolution|email|e-mail|tweet|message|petition|op-ed|editorial");

/// How many units back the author of a document is looked for.
const DOCUMENT_REACH: usize = 12;

/// Where the verb group of the verb at `i` starts: the auxiliaries, modals, negations and
/// adverbs right before it belong to it ("has not yet said").
fn group_start(u: &Unit, i: usize) -> usize {
    (0..i).rev().find(|&k| !matches!(u.tags[k], Tag::Aux | Tag::Modal | Tag::Neg | Tag::Adv)).map_or(0, |k| k + 1)
}

/// Speech whose subject is a document rather than an actor ("The letter says, “…”", "“…,”
/// says the letter", "The letter released Tuesday by the faculty … took Mr. Ryan to task,
/// saying that …"), attributed to the document's author when the article names one
/// ([`document_author`]).
fn document_speech(v: &View, ui: usize, i: usize, n: usize, lemma: (&'static str, Stance)) -> Option<Attribution> {
    let u = &v.units[ui];
    if !speech_verb_here(u, i) || u.quoted[i] {
        return None;
    }
    let document =
        |k: usize| u.tags[k] == Tag::Noun && !u.quoted[k] && DOCUMENT_NOUNS.contains(u.tokens[k].norm.as_str());
    let vs = group_start(u, i);
    let inverted = vs == i && i > 0 && (u.tokens[i - 1].norm == "," || u.tags[i - 1] == Tag::Quote);
    let noun = if inverted {
        // "…,” says the letter"
        (i + n..(i + n + 3).min(u.tokens.len()))
            .take_while(|&k| matches!(u.tags[k], Tag::Det | Tag::Adj | Tag::Noun))
            .find(|&k| document(k))
    } else if u.tags[i] == Tag::Verb(VerbForm::Gerund) {
        // ", saying that …" after a sentence whose subject is the document.
        u.chunks.first().filter(|c| c.start == 0 && document(c.head)).map(|c| c.head)
    } else {
        // "The letter says".
        u.chunks.iter().find(|c| c.end == vs).map(|c| c.head).filter(|&h| document(h))
    }?;
    let author = document_author(v, ui, noun, i)?;
    let content = if inverted {
        clause_before(u, vs)
    } else {
        content_after(u, i + n).map_or_else(|| clause_from(u, i + n), |c| clause_from(u, c))
    };
    Some(Attribution::by_verb(ui, (i, n), lemma, author, content))
}

/// The author of the document named by the noun at token `noun` of unit `ui` (whose verb of
/// speech stands at token `speech`): in that unit or up to [`DOCUMENT_REACH`] units before it, a mention of the same noun followed by "by" or
/// "from" and its author ("a letter released Tuesday and signed by nearly 90 faculty members",
/// "a memo from the mayor"), or the subject of a verb of issuing whose object it is ("the
/// faculty sent a letter", "the letter, which the faculty members sent to Mr. Ryan").
fn document_author(v: &View, ui: usize, noun: usize, speech: usize) -> Option<(usize, usize)> {
    let word = v.units[ui].tokens[noun].norm.as_str();
    for uj in (ui.saturating_sub(DOCUMENT_REACH)..=ui).rev() {
        let u = &v.units[uj];
        for k in (0..u.tokens.len()).filter(|&k| u.tokens[k].norm == word && u.tags[k] == Tag::Noun && !u.quoted[k]) {
            // "… signed by X", "… from X": within the noun's own phrase.
            // (Past forms may be its participles, "released Tuesday and signed by"; a verb with
            // its -s, an auxiliary or the speech verb itself ends the phrase: "The statement
            // also quotes from …" names no author.)
            let by = (k + 1..(k + 10).min(u.tokens.len()))
                .take_while(|&j| {
                    let ends = (uj == ui && j == speech) || matches!(u.tokens[j].norm.as_str(), "," | ";" | ".");
                    !ends
                        && !matches!(
                            u.tags[j],
                            Tag::Quote | Tag::Sub | Tag::Wh | Tag::Aux | Tag::Modal | Tag::Verb(VerbForm::Third)
                        )
                })
                .find(|&j| matches!(u.tokens[j].norm.as_str(), "by" | "from"))
                .and_then(|j| mention_at(u, j + 1));
            // ", which the faculty members sent to …"
            let which = (u.tokens.get(k + 1).is_some_and(|t| t.norm == ",")
                && u.tokens.get(k + 2).is_some_and(|t| t.norm == "which"))
            .then(|| mention_at(u, k + 3))
            .flatten()
            .filter(|&m| {
                let e = u.mentions[m].outer_end();
                u.verbs.iter().any(|g| g.start == e && issuing_group(u, g))
            });
            // "X sent a letter": the issuing verb with the noun as its object.
            let issued = u
                .verbs
                .iter()
                .rev()
                .find(|g| {
                    g.end <= k && (g.end..k).all(|j| matches!(u.tags[j], Tag::Det | Tag::Adj | Tag::Poss | Tag::Num))
                })
                .filter(|g| issuing_group(u, g))
                .and_then(|g| subject_before(u, g.start));
            if let Some(m) = by
                .or(which)
                .or(issued)
                .filter(|&m| !DOCUMENT_NOUNS.contains(u.tokens[u.mentions[m].head].norm.as_str()))
            {
                return Some((uj, m));
            }
        }
    }
    None
}

/// True when the attribution closes its sentence ("…, Lee said." / "…,” he added Friday."):
/// a comma or a closing mark before the subject, and little after the verb.
fn trailing_attribution(u: &Unit, subject: usize, ve: usize) -> bool {
    let s = u.mentions[subject].start;
    let mark = s > 0 && (u.tokens[s - 1].norm == "," || u.tags[s - 1] == Tag::Quote);
    // Counted no further than needed: seven words are too many.
    let rest = || (ve..u.tokens.len()).filter(|&k| u.tokens[k].kind == TokenKind::Word).take(7).count();
    let clause_after = || (ve..u.tokens.len()).any(|k| u.tags[k].is_finite() || u.tokens[k].norm == "that");
    // ", an aide made clear, but …": an attribution between commas inside the sentence.
    let parenthetical = || u.tokens.get(ve).is_some_and(|t| t.norm == ",");
    mark && (parenthetical() || rest() <= 6 && !clause_after())
}

/// The bytes of the unit from token `k` to its end (closing punctuation aside).
fn clause_from(u: &Unit, k: usize) -> Vec<(usize, Span)> {
    span_of_words(u, k, u.tokens.len()).into_iter().collect()
}

/// True when a number, or an amount such as "a handful of", opens the object at token `k`.
fn number_object(u: &Unit, k: usize) -> bool {
    let Some(t) = u.tokens.get(k) else { return false };
    // The word after a determiner ("a handful", "an estimated 200").
    let after_det = (u.tags[k] == Tag::Det).then(|| u.tokens.get(k + 1)).flatten();
    let amount = after_det.is_some_and(|w| super::mentions::PARTITIVES.contains(w.norm.as_str()))
        && u.tokens.get(k + 2).is_some_and(|w| w.norm == "of");
    amount
        || u.quantities
            .iter()
            .any(|q| q.span.start == t.span.start || after_det.is_some_and(|w| q.span.start == w.span.start))
}

/// The bytes of the unit before token `k` (a trailing attribution's clause).
fn clause_before(u: &Unit, k: usize) -> Vec<(usize, Span)> {
    span_of_words(u, 0, k).into_iter().collect()
}

/// The bytes of the unit outside tokens `a..b` ("according to X" taken out).
fn clause_around(u: &Unit, a: usize, b: usize) -> Vec<(usize, Span)> {
    span_of_words(u, 0, a).into_iter().chain(span_of_words(u, b, u.tokens.len())).collect()
}

/// The span from the first to the last word token in `a..b`, tagged with unit index 0 (the
/// caller's unit index is put in by [`attach_quotations`]).
fn span_of_words(u: &Unit, a: usize, b: usize) -> Option<(usize, Span)> {
    let first = (a..b.min(u.tokens.len())).find(|&k| u.tokens[k].kind == TokenKind::Word)?;
    let last = (a..b.min(u.tokens.len())).rev().find(|&k| u.tokens[k].kind == TokenKind::Word)?;
    Some((usize::MAX, Span::new(u.tokens[first].span.start, u.tokens[last].span.end)))
}

/// The pieces of every quotation: (unit, bytes, number of words).
fn pieces(v: &View) -> Vec<Vec<(usize, Span)>> {
    let mut out: Vec<Vec<(usize, Span)>> = vec![Vec::new(); v.quotes.len()];
    let body: Vec<usize> = (0..v.units.len()).filter(|&k| !v.units[k].is_title()).collect();
    // Quotations and units are both in text order: one walk over both.
    let mut start = 0;
    for (qi, q) in v.quotes.iter().enumerate() {
        while start < body.len() && v.units[body[start]].span.end <= q.span.start {
            start += 1;
        }
        let mut k = start;
        while k < body.len() && v.units[body[k]].span.start < q.span.end {
            let u = &v.units[body[k]];
            let s = Span::new(q.span.start.max(u.span.start), q.span.end.min(u.span.end));
            if u.tokens.get(u.tokens_in(s)).is_some_and(|ts| ts.iter().any(|t| t.kind == TokenKind::Word)) {
                out[qi].push((body[k], s));
            }
            k += 1;
        }
    }
    out
}

/// Attaches quotations to attributions, makes attributions for quotations that continue an
/// earlier speaker's or have none, and fills in unit indices of content spans.
fn attach_quotations(v: &View, atts: &mut Vec<Attribution>) {
    for a in atts.iter_mut() {
        for c in &mut a.content {
            c.0 = a.unit;
        }
    }
    let pieces = pieces(v);
    let mut taken = vec![false; v.quotes.len()];
    // The clause each attribution reports, kept when a quotation in it makes the attribution
    // direct: the later quotations of that clause are the same speaker's words ("said that
    // “…” and “…” were part of “…”").
    let reported: Vec<Vec<(usize, Span)>> =
        atts.iter().map(|a| if a.direct { Vec::new() } else { a.content.clone() }).collect();
    for (qi, ps) in pieces.iter().enumerate() {
        let Some(&(first_u, first_span)) = ps.first() else { continue };
        if is_title_quote(v, first_u, first_span, ps) {
            // A show, a book or a term in quotation marks is nobody's words.
            taken[qi] = true;
            continue;
        }
        let &(last_u, last_span) = ps.last().unwrap_or(&(first_u, first_span));
        // Only an attribution of the quotation's units or of the unit before them can be near
        // it or report it; the attributions are in unit order, so these are one run of them.
        let from = atts.partition_point(|a| a.unit < first_u.saturating_sub(1));
        let to = atts.partition_point(|a| a.unit <= last_u).max(from);
        let first = |ok: &dyn Fn(&Attribution) -> bool| atts.get(from..to)?.iter().position(ok).map(|k| from + k);
        // An attribution right after the quotation's end, or right before its start.
        let speaks = |a: &Attribution| !matches!(a.how, How::Continued | How::Mention);
        let best = first(&|a| speaks(a) && near_after(v, a, last_u, last_span))
            .or_else(|| first(&|a| speaks(a) && near_before(v, a, first_u, first_span)))
            .or_else(|| {
                // A quotation inside the clause an attribution reports ("said the remarks were
                // “wildly inaccurate”") is that speaker's words.
                (from..to).find(|&k| reported[k].iter().any(|&(cu, cs)| cu == first_u && cs.overlap(first_span) > 0))
            });
        if let Some(k) = best {
            let a = &mut atts[k];
            if !a.direct {
                a.direct = true;
                a.content.clear();
            }
            a.quotes.push(qi);
            a.content.extend(ps.iter().copied());
            taken[qi] = true;
        }
    }
    // Quotations still without a speaker: the quotation continues the speaker of the one
    // before it in the same or the previous paragraph, when no other speaker came between.
    // The speaker before a quotation is the latest attribution with a speaker by unit and
    // verb, the last one on a tie, the new ones after the others. Kept as it goes: the latest
    // of every run of attributions from the first (`latest[n]` of the first n), and the latest
    // new one; quotations come in text order, so every new one lies before the next quotation.
    // A speaker cited inside what another reports ("denying what some have said was …") is not
    // the one a following quotation goes on with.
    let order = |a: &Attribution| (a.unit, a.verb.map_or(0, |x| x.0));
    let cited_inside = |a: &Attribution| {
        let Some((i, _)) = a.verb else { return false };
        let verb = v.units[a.unit].tokens[i].span;
        let from = atts.partition_point(|b| b.unit < a.unit);
        atts[from..].iter().take_while(|b| b.unit == a.unit).any(|b| {
            b.speaker != a.speaker
                && !b.direct
                && b.verb.is_some_and(|(j, _)| j < i)
                && b.content.iter().any(|&(cu, cs)| (cu == a.unit || cu == usize::MAX) && cs.contains(verb))
        })
    };
    let mut latest: Vec<Option<usize>> = vec![None];
    for (k, a) in atts.iter().enumerate() {
        let best = latest.last().copied().flatten();
        let newer = a.speaker.is_some()
            && a.how != How::Mention
            && !cited_inside(a)
            && best.is_none_or(|b| order(a) >= order(&atts[b]));
        latest.push(if newer { Some(k) } else { best });
    }
    let mut latest_extra: Option<usize> = None;
    let mut extra: Vec<Attribution> = Vec::new();
    for (qi, ps) in pieces.iter().enumerate() {
        if taken[qi] || ps.is_empty() {
            continue;
        }
        let words: usize = ps.iter().map(|&(u, s)| v.units[u].words_in(s)).sum();
        let unit = ps[0].0;
        let para = v.units[unit].paragraph;
        let before = latest.get(atts.partition_point(|a| a.unit <= unit)).copied().flatten().map(|k| &atts[k]);
        let before_extra = latest_extra.and_then(|k| extra.get(k)).filter(|a| a.unit <= unit);
        let prev = match (before, before_extra) {
            (Some(a), Some(e)) => Some(if order(e) >= order(a) { e } else { a }),
            (a, e) => a.or(e),
        };
        // Units come in paragraph order: when the latest speaker is more than a paragraph
        // back, so are all the others.
        let prev = prev.filter(|a| v.units[a.unit].paragraph + 1 >= para);
        // A quotation goes on with the last speaker only where it opens its sentence ("“…,” he
        // said. “And …”"), not inside a sentence about someone else.
        let opens_unit = v.units[unit].tokens.first().is_some_and(|t| t.span.start >= ps[0].1.start);
        // The speaker quoted directly in that sentence, though the sentence ends on their
        // indirect speech ("“…,” Lee told the host, denying that …" and then "“…”"), in the same
        // paragraph (a new paragraph that opens with an unattributed quotation after one that
        // ends on indirect speech is, on real articles, as often someone else's).
        let quoted_there = |a: &Attribution| {
            a.direct
                || v.units[a.unit].paragraph == para && {
                    let from = atts.partition_point(|b| b.unit < a.unit);
                    let to = atts.partition_point(|b| b.unit <= a.unit);
                    atts[from..to].iter().any(|b| b.direct && b.entity.is_some() && b.entity == a.entity)
                }
        };
        let continues = prev.is_some_and(|a| {
            (opens_unit || v.quotes[qi].continued)
                && quoted_there(a)
                && (a.unit + 2 >= unit || v.quotes[qi].continued)
                && !(a.unit + 1..unit)
                    .any(|k| v.units[k].mentions.iter().any(|m| m.kind == MentionKind::Name && m.start <= 1))
        });
        if words <= super::SCARE_QUOTE_WORDS && !continues {
            continue;
        }
        extra.push(Attribution {
            unit,
            how: if continues { How::Continued } else { How::Unattributed },
            verb: None,
            lemma: None,
            speaker: if continues { prev.and_then(|a| a.speaker) } else { None },
            entity: if continues { prev.and_then(|a| a.entity) } else { None },
            direct: true,
            quotes: vec![qi],
            content: ps.clone(),
        });
        if let Some(e) = extra.last().filter(|e| e.speaker.is_some()) {
            let newer = latest_extra.and_then(|k| extra.get(k)).is_none_or(|b| order(e) >= order(b));
            if newer {
                latest_extra = Some(extra.len() - 1);
            }
        }
    }
    atts.extend(extra);
    crate::util::sorting::sort_by_key(atts, |a| (a.unit, a.verb.map_or(usize::MAX, |x| x.0)));
}

/// Quotations of at most this many words right after a preposition, a determiner or a
/// possessive ("on “Fox News Sunday”", "ABC's “This Week”") are titles or terms, not speech.
pub const TITLE_QUOTE_WORDS: usize = 6;

/// True when the quotation that starts at `span` of unit `ui` is a title or a term.
fn is_title_quote(v: &View, ui: usize, span: Span, pieces: &[(usize, Span)]) -> bool {
    let u = &v.units[ui];
    let words: usize = pieces.iter().map(|&(p, s)| v.units[p].words_in(s)).sum();
    let before = u.tokens_before(span.start).checked_sub(1);
    words <= TITLE_QUOTE_WORDS
        && before.is_some_and(|k| {
            // "on “Fox News Sunday”", "the “Today” show", "ABC's “This Week”"; but "slammed
            // it as “a tax”" is speech.
            let prep = u.tags[k] == Tag::Prep && !matches!(u.tokens[k].norm.as_str(), "as" | "like" | "than");
            // "the CNN program “State of the Union”": a work named after the noun for it.
            let work = u.tags[k] == Tag::Noun && WORKS.contains(u.tokens[k].norm.as_str()) && title_cased(v, pieces);
            prep || work || u.tags[k] == Tag::Det || (u.tags[k] == Tag::Proper && super::tag::possessive(&u.tokens, k))
        })
}

/// Nouns for a work that its title in quotation marks follows ("the program “…”").
const WORKS: crate::engine::wordlist::WordList = crate::engine::wordlist::WordList::new(
    "program|programme|show|book|film|movie|series|column|article|essay|song|album|documentary|podcast|broadcast|segment|headline|speech|report|memoir|novel|play",
);

/// True when every word of the quoted pieces but the function words is capitalised, two
/// words at least and one of them no function word ("State of the Union", "This Week"): a
/// title's casing, not speech's ("I just might", "who are you?").
fn title_cased(v: &View, pieces: &[(usize, Span)]) -> bool {
    let function = |w: &str| crate::engine::words::is_function_word(w);
    let (mut capitals, mut content) = (0, false);
    let all = pieces.iter().all(|&(p, s)| {
        let u = &v.units[p];
        (0..u.tokens.len()).filter(|&k| u.is_word(k) && s.contains(u.tokens[k].span)).all(|k| {
            let norm = u.tokens[k].norm.as_str();
            if u.is_capitalized(k) {
                capitals += 1;
                content |= !function(norm);
            }
            u.is_capitalized(k) || function(norm)
        })
    });
    all && capitals >= 2 && content
}

/// The token range an attribution occupies in its unit (speaker and verb).
fn extent(v: &View, a: &Attribution) -> Option<(usize, usize)> {
    let u = &v.units[a.unit];
    let mut lo = usize::MAX;
    let mut hi = 0;
    if let Some((s, n)) = a.verb {
        lo = lo.min(s);
        hi = hi.max(s + n);
    }
    if let Some((su, m)) = a.speaker
        && su == a.unit
    {
        let x = &u.mentions[m];
        lo = lo.min(x.start);
        hi = hi.max(x.outer_end());
    }
    (lo < hi).then_some((lo, hi))
}

/// True when attribution `a` starts within a few tokens after a quotation piece that ends at
/// `span` of unit `ui` ("“…,” Lee said" / "“…,” said Lee").
fn near_after(v: &View, a: &Attribution, ui: usize, span: Span) -> bool {
    if a.unit != ui || a.how == How::Colon {
        return false;
    }
    let u = &v.units[ui];
    let Some((lo, _)) = extent(v, a) else { return false };
    // Tokens are in order: those before `lo` that start after the quotation are the ones from
    // the first token after it.
    let first_after = u.tokens.partition_point(|t| t.span.start < span.end);
    let gap = lo.saturating_sub(first_after);
    // ("…shouted “President Obama,” though Beck said …": a conjunction between opens another
    // clause, whose speaker is not the quotation's.)
    let joined = (first_after..lo).any(|k| matches!(u.tags[k], Tag::Sub | Tag::Coord));
    u.tokens.get(lo).is_some_and(|t| t.span.start >= span.end) && gap <= 2 && !joined
}

/// True when the quotation piece at `span` of unit `ui` starts within a few tokens after
/// attribution `a` ("Lee said, “…”", "Lee told reporters in a statement: “…”"), or in the next
/// unit after an attribution that ends its sentence with a colon.
fn near_before(v: &View, a: &Attribution, ui: usize, span: Span) -> bool {
    let Some((lo, hi)) = extent(v, a) else { return false };
    let au = &v.units[a.unit];
    if a.unit != ui {
        // "Lee said:" closing one sentence, the quotation opening the next.
        let colon = au.tokens.last().is_some_and(|t| t.norm == ":");
        return colon && ui == a.unit + 1;
    }
    let at = au.tokens_before(span.start);
    // A name given in an insertion between the speaker and the verb ("residents -- called
    // “skeptics” in the town -- have demanded") is the writer's label, not the speaker's words.
    let labelled = at < hi
        && at >= 2
        && NAMING_VERBS.contains(au.tokens[at - 1].norm.as_str())
        && matches!(au.tags[at - 2], Tag::Punct | Tag::Aux);
    if labelled {
        return false;
    }
    // The tokens from the attribution's end up to the quotation (tokens are in order).
    let between = hi..at.max(hi);
    // "All we've heard, the host complained, is “…”": an attribution set between commas in
    // the clause whose copula then gives the quotation.
    let set_between_commas =
        lo > 0 && au.tokens[lo - 1].norm == "," && au.tokens.get(hi).is_some_and(|t| t.norm == ",");
    if set_between_commas
        && between.len() <= 3
        && between.clone().all(|k| matches!(au.tokens[k].norm.as_str(), "," | "is" | "was" | "are" | "were"))
    {
        return true;
    }
    // A statement noun or an object may stand between: "said in a statement, “…”".
    between.len() <= BRIDGE_WORDS
        && between.clone().all(|k| {
            let t = au.tags[k];
            !t.is_finite() || STATEMENT_NOUNS.contains(au.tokens[k].norm.as_str())
        })
}
