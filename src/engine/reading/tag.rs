//! Word classes: every token of a sentence gets one [`Tag`], from the closed classes of
//! `wordclass.txt`, the verb forms of `verbs.txt` and the reporting verbs, suffixes,
//! capitalisation and the words next to it. No statistical model: the classes are what the
//! later steps need to find noun phrases, verb groups, clauses and speakers, and the rules
//! that settle them are written out below, one case at a time.

use crate::engine::lexicon::{self, Form, WordClass};
use crate::engine::text::{Token, TokenKind};
use crate::engine::wordlist::WordList;

/// The word class of one token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tag {
    /// Determiners and quantifiers ("the", "some", "many").
    Det,
    /// Possessive determiners ("his", "their").
    Poss,
    /// Subject pronouns ("he", "they").
    Pron,
    /// Object and reflexive pronouns ("him", "themselves").
    PronObj,
    /// Indefinite and other pronouns ("someone", "nothing").
    PronOther,
    /// Prepositions ("of", "despite").
    Prep,
    /// "to".
    To,
    /// Coordinating conjunctions ("and", "but").
    Coord,
    /// Subordinating conjunctions ("that", "because").
    Sub,
    /// Wh-words ("who", "which").
    Wh,
    /// A form of "be", "have" or "do" used as an auxiliary or a verb.
    Aux,
    /// Modal verbs ("will", "could").
    Modal,
    /// "not", "never".
    Neg,
    /// A verb, with its form.
    Verb(VerbForm),
    /// An adjective.
    Adj,
    /// An adverb.
    Adv,
    /// A common noun.
    Noun,
    /// A word of a proper name.
    Proper,
    /// A number in digits or words.
    Num,
    /// An ordinal ("first", "21st").
    Ordinal,
    /// A quotation mark.
    Quote,
    /// Other punctuation.
    Punct,
}

/// The form of a verb as used in the sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VerbForm {
    /// "say" (infinitive, imperative, present).
    Base,
    /// "says".
    Third,
    /// "said" as a simple past.
    Past,
    /// "said" as a past participle ("has said", "was seen").
    Participle,
    /// "saying".
    Gerund,
}

impl Tag {
    /// True for words that can stand inside a noun phrase before its head.
    pub fn is_modifier(self) -> bool {
        matches!(self, Tag::Adj | Tag::Noun | Tag::Proper | Tag::Num | Tag::Ordinal)
    }

    /// True for nouns and names.
    pub fn is_nominal(self) -> bool {
        matches!(self, Tag::Noun | Tag::Proper)
    }

    /// True for a verb that carries tense (a finite verb), or an auxiliary or modal.
    pub fn is_finite(self) -> bool {
        matches!(self, Tag::Verb(VerbForm::Past | VerbForm::Third) | Tag::Aux | Tag::Modal)
    }

    /// True for any verb form, auxiliary or modal.
    pub fn is_verbal(self) -> bool {
        matches!(self, Tag::Verb(_) | Tag::Aux | Tag::Modal)
    }
}

/// Nouns and adjectives that end in "-ly" although they are not adverbs.
const LY_NOT_ADVERB: WordList = WordList::new(
    "family|assembly|supply|rally|ally|anomaly|monopoly|reply|belly|bully|jelly|folly|tally|holly|lily|\
     homily|italy|july|fly|early|daily|weekly|monthly|yearly|likely|unlikely|friendly|elderly|costly|\
     deadly|lonely|lovely|orderly|silly|ugly|holy|only|burly|curly|chilly|hilly|jolly|sly|wily|timely|\
     unruly|lowly|kindly|comely|manly|motherly|scholarly|worldly|hourly|nightly|quarterly|ghastly|\
     stately|surly|melancholy",
);

/// Suffixes that mark an adjective in a word the lists do not know.
const ADJECTIVE_SUFFIXES: WordList = WordList::new("ous|ful|ive|able|ible|ical|less|ish|al|ese|ian");

/// Adjectives that are common in news but carry none of those suffixes.
const COMMON_ADJECTIVES: WordList = WordList::new(
    "new|old|big|small|large|great|good|bad|high|low|long|short|young|top|full|free|real|true|false|\
     clear|close|open|hard|strong|weak|major|minor|senior|junior|former|late|recent|current|main|key|\
     chief|best|worst|better|worse|likely|possible|able|unable|sure|due|wrong|right|left|serious|same|\
     different|own|private|public|local|foreign|domestic|federal|democratic|republican|conservative|\
     liberal|progressive|civil|military|nuclear|dead|alive|safe|fair|harsh|tough|rich|poor|wide|broad|\
     deep|huge|vast|fresh|early|further|whole|entire|past|prior|legal|illegal|far|near|quick|slow|fast|\
     hot|cold|dark|firm|mere|sole|vice|acting|outgoing|incoming|ongoing|leading|ruling|interim|overall|\
     lower|upper|inner|outer|elderly|alleged|so-called|would-be|independent|important|significant|\
     relevant|prominent|confident|silent|absent|evident|urgent|frequent|permanent|apparent|excellent|\
     efficient|innocent|decent|vacant|brilliant|distant|elegant|ignorant|pleasant|dominant|reluctant|\
     constant|abundant|violent|arrogant|fierce|bitter|angry|happy|sad|proud|busy|ready|easy|heavy|\
     necessary|primary|secondary|military|ordinary|extraordinary|contrary|temporary|voluntary|solitary|\
     sanitary|arbitrary|preliminary|unprecedented|public|economic|democratic|diplomatic|historic|\
     strategic|specific|tragic|dramatic|basic|electric|authentic|pragmatic|systematic|symbolic|realistic|\
     optimistic|pessimistic|scientific|athletic|artistic|academic|islamic|arctic|atlantic|pacific|\
     chronic|catastrophic|iconic|ironic|generic|organic|toxic|volcanic|olympic",
);

/// Suffixes that mark a common noun in a word the lists do not know.
const NOUN_SUFFIXES: WordList = WordList::new("tion|sion|ment|ness|ity|ship|ism|ist|ance|ence|hood|dom|er|or");

/// True when `norm` ends like an adjective and is long enough for the ending to say so.
fn adjective_like(norm: &str) -> bool {
    COMMON_ADJECTIVES.contains(norm)
        || (norm.len() > 4
            && ADJECTIVE_SUFFIXES.iter().any(|s| norm.ends_with(s))
            && !NOUN_SUFFIXES.iter().any(|s| norm.ends_with(s)))
}

/// What the lists say a word can be, before its neighbours are looked at.
#[derive(Clone, Copy, Debug, Default)]
struct Candidates {
    /// Closed classes ([`lexicon::Classes`]).
    closed: u32,
    /// The verb form, when the word is one.
    verb: Option<Form>,
}

fn candidates(norm: &str) -> Candidates {
    let lex = lexicon::get();
    Candidates { closed: lex.classes_of(norm), verb: lex.verb_forms.get(norm).map(|&(_, f)| f) }
}

fn has(c: Candidates, class: WordClass) -> bool {
    c.closed & class as u32 != 0
}

/// The part of a contraction before its apostrophe ("he" of "he's"), when the rest is a
/// clitic ("'s", "'re", "'ll", "'d", "'ve", "'m", "n't").
fn contraction(norm: &str) -> Option<(&str, &str)> {
    if let Some(head) = norm.strip_suffix("n't") {
        return Some((head, "n't"));
    }
    let (head, tail) = norm.split_once('\'')?;
    matches!(tail, "s" | "re" | "ll" | "d" | "ve" | "m").then_some((head, tail))
}

/// Tags the tokens of one sentence. `name[i]` says whether token `i` is a word of a proper
/// name (capitalised where a capital marks a name: see [`super::names`]).
pub fn tag(tokens: &[Token], text: &str, name: &[bool]) -> Vec<Tag> {
    let n = tokens.len();
    let cands: Vec<Candidates> = tokens.iter().map(|t| candidates(&t.norm)).collect();
    // First pass: what each word is on its own.
    let mut tags: Vec<Tag> = (0..n)
        .map(|i| {
            let t = &tokens[i];
            let norm = t.norm.as_str();
            match t.kind {
                TokenKind::Quote => return Tag::Quote,
                TokenKind::Punct => return Tag::Punct,
                TokenKind::Number => {
                    let w = text.get(t.span.start..t.span.end).unwrap_or("");
                    return if w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th") {
                        Tag::Ordinal
                    } else {
                        Tag::Num
                    };
                }
                TokenKind::Word => {}
            }
            if name.get(i).copied().unwrap_or(false) {
                return Tag::Proper;
            }
            // Capitals with full stops ("U.S.", "A.G.") are an abbreviated name, never the
            // pronoun or word the letters spell.
            let raw = text.get(t.span.start..t.span.end).unwrap_or("");
            if raw.contains('.') && raw.chars().any(char::is_alphabetic) && !raw.chars().any(char::is_lowercase) {
                return Tag::Proper;
            }
            let c = cands[i];
            if let Some((head, clitic)) = contraction(norm) {
                let hc = candidates(head);
                return if clitic == "n't" {
                    if has(hc, WordClass::Modal) || head == "ca" || head == "wo" { Tag::Modal } else { Tag::Aux }
                } else if has(hc, WordClass::PronSubj) || has(hc, WordClass::Wh) || head == "there" || head == "that" {
                    Tag::Pron
                } else {
                    // "Obama's": a possessive (or "is") after a noun; the noun keeps its class.
                    // A word that could be a verb is the noun ("the campaign's manager"): a
                    // verb takes no "'s" ("let's" aside).
                    match word_alone(head, hc) {
                        Tag::Verb(_) if clitic == "s" && head != "let" => Tag::Noun,
                        t => t,
                    }
                };
            }
            if c.closed != 0 {
                return closed_tag(c, norm);
            }
            word_alone(norm, c)
        })
        .collect();
    // Second pass: settle the words that can be two things by their neighbours.
    for i in 0..n {
        let norm = tokens[i].norm.as_str();
        let c = cands[i];
        let prev = prev_word(&tags, i);
        let next = tags.get(i + 1).copied();
        match tags[i] {
            Tag::Proper => continue,
            // "her" before a noun phrase is a possessive, otherwise an object.
            Tag::Poss if norm == "her" && !next.is_some_and(|t| t.is_modifier() || matches!(t, Tag::Adv)) => {
                tags[i] = Tag::PronObj;
            }
            // "that" before a noun that a verb does not follow is a determiner ("that
            // decision was"), but "said that the …" is a subordinator: only after a
            // preposition or at the start is it read as a determiner.
            Tag::Sub if norm == "that" && matches!(prev, Some(Tag::Prep)) && next.is_some_and(Tag::is_nominal) => {
                tags[i] = Tag::Det;
            }
            // "May" after a number or a preposition, or before one, is the month.
            Tag::Modal
                if norm == "may"
                    && ((i > 0 && matches!(tags[i - 1], Tag::Num | Tag::Prep)) || next == Some(Tag::Num)) =>
            {
                tags[i] = Tag::Noun;
            }
            // "one" before a noun is a number.
            Tag::PronOther
                if norm == "one" && next.is_some_and(|t| matches!(t, Tag::Noun | Tag::Adj | Tag::Proper)) =>
            {
                tags[i] = Tag::Num;
            }
            _ => {}
        }
        let Some(form) = c.verb else { continue };
        // A title that is also a verb ("state", "chair", "judge") is settled like any verb form.
        let title_only = c.closed == WordClass::Title as u32;
        if (c.closed != 0 && !title_only) || contraction(norm).is_some() {
            continue;
        }
        tags[i] = verb_or_not(form, i, tokens, &tags);
    }
    // A reporting verb's form right before a quotation, a colon or "that" and a subject is the
    // verb, whatever stands before it ("NBC further notes, “…”", "The cameraman replies, “…”").
    let lex = lexicon::get();
    for i in 0..n {
        if matches!(tags[i], Tag::Verb(_)) || !matches!(tags[i], Tag::Noun | Tag::Adj) {
            continue;
        }
        let Some(&(_, form)) = lex.verb_forms.get(tokens[i].norm.as_str()) else { continue };
        // "Backers of the policy say it …", "Critics of the company argue that …": the plain
        // form after a plural subject is the present tense.
        let plural_subject = || {
            let plural_noun = |k: usize| matches!(tags[k], Tag::Noun | Tag::Proper) && plural(tokens[k].norm.as_str());
            i > 0
                && (plural_noun(i - 1)
                    || (i.saturating_sub(5)..i).any(|p| p > 0 && tokens[p].norm == "of" && plural_noun(p - 1)))
        };
        // "Some say the plan …", "many believe that …": a quantifier standing alone as the
        // subject of a clause.
        let lone_quantifier = i > 0 && lone_quantifier(tokens, &tags, i - 1);
        let finite = matches!(form, Form::Third | Form::Past);
        if !(finite || form == Form::Base && (plural_subject() || lone_quantifier)) {
            continue;
        }
        // The verb of speech may be a phrase ("expressed concern that", "made clear that").
        let words: Vec<&str> = tokens[i..(i + 3).min(n)].iter().map(|t| t.norm.as_str()).collect();
        let Some((len, _)) = lex.verbs.longest(&words, 0) else { continue };
        let last = i + len - 1;
        let next = tokens.get(last + 1).map_or("", |t| t.norm.as_str());
        let after = tags.get(last + 2).copied();
        // (or a subject pronoun and its verb: "The campaign indicates it will …")
        let speech_next = (matches!(next, "," | ":") && after == Some(Tag::Quote))
            || (next == "that" && after.is_some_and(|t| matches!(t, Tag::Det | Tag::Pron | Tag::Proper | Tag::Poss)))
            || (tags.get(last + 1) == Some(&Tag::Pron)
                && after.is_some_and(Tag::is_verbal)
                && i > 0
                && matches!(tags[i - 1], Tag::Noun | Tag::Proper));
        // (after a lone quantifier, a clause of its own: "Some say the bill is dead")
        let clause_next = lone_quantifier
            && matches!(tags.get(i + 1), Some(Tag::Det | Tag::Proper | Tag::Pron))
            && (i + 2..(i + 6).min(n)).any(|k| tags[k].is_finite());
        if (speech_next || clause_next)
            && i > 0
            && !bare_affiliation(tokens, &tags, i - 1)
            && (lone_quantifier || matches!(tags[i - 1], Tag::Noun | Tag::Proper | Tag::Adj | Tag::Adv | Tag::Pron))
        {
            tags[i] = Tag::Verb(match form {
                Form::Third => VerbForm::Third,
                Form::Base => VerbForm::Base,
                _ => VerbForm::Past,
            });
        }
    }
    // "the official said": the word between a determiner and the verb of its clause is the
    // subject's noun, not a modifier.
    // ("a White House official said": modifiers may stand between.)
    for i in 2..n {
        if tags[i] == Tag::Verb(VerbForm::Past) && tags[i - 1] == Tag::Adj && determined_phrase_before(&tags, i) {
            tags[i - 1] = Tag::Noun;
        }
    }
    // "the fishing community": an -ing word that no verb list knows, between a determiner and a
    // noun, modifies the noun.
    for i in 1..n.saturating_sub(1) {
        if tags[i] == Tag::Verb(VerbForm::Gerund)
            && cands[i].verb.is_none()
            && matches!(tags[i - 1], Tag::Det | Tag::Poss)
            && tags[i + 1] == Tag::Noun
        {
            tags[i] = Tag::Adj;
        }
    }
    // "the fired FBI director", "his elected successor": a past form between an article or a
    // possessive and a noun or name modifies it. (Not a hyphenated word: "the so-called X"
    // keeps its marker of hearsay out of the phrase.)
    for i in 1..n.saturating_sub(1) {
        if matches!(tags[i], Tag::Verb(VerbForm::Past | VerbForm::Participle))
            && !tokens[i].norm.contains('-')
            && (tags[i - 1] == Tag::Poss || matches!(tokens[i - 1].norm.as_str(), "the" | "a" | "an"))
            && matches!(tags[i + 1], Tag::Noun | Tag::Proper | Tag::Adj)
        {
            tags[i] = Tag::Adj;
        }
    }
    // ", dressed in a jacket,": a past form after a comma and before a preposition opens a
    // participle clause.
    for i in 1..n.saturating_sub(1) {
        if tags[i] == Tag::Verb(VerbForm::Past) && tokens[i - 1].norm == "," && tags[i + 1] == Tag::Prep {
            tags[i] = Tag::Verb(VerbForm::Participle);
        }
    }
    // Third pass: unknown words that behave like verbs after a subject ("the group condemns
    // the …", "Smith criticised …").
    for i in 1..n {
        // (Not a capitalised word after "the" and a name: it belongs to a thing named with
        // capitals, "the Comey Memos"; a headline's "Beck Wows the Crowd" keeps its verb.)
        let capitalised = || {
            i >= 2
                && tags[i - 2] == Tag::Det
                && text
                    .get(tokens[i].span.start..tokens[i].span.end)
                    .and_then(|s| s.chars().next())
                    .is_some_and(char::is_uppercase)
        };
        if tags[i] != Tag::Noun || cands[i].verb.is_some() || capitalised() {
            continue;
        }
        let norm = tokens[i].norm.as_str();
        let prev = tags[i - 1];
        let next = tags.get(i + 1).copied();
        let subject_before =
            matches!(prev, Tag::Pron | Tag::Proper) || (prev == Tag::Noun && plural(tokens[i - 1].norm.as_str()));
        let object_after = next.is_some_and(|t| {
            matches!(t, Tag::Det | Tag::Poss | Tag::PronObj | Tag::Proper | Tag::Quote | Tag::Sub | Tag::Num)
        });
        // "to petition Mr. Trump", "to constrain Iran": a word no list knows between "to" and
        // its object is a verb's base form.
        // Not a plural or a noun by its ending ("to shreds the deal", "to marriage other").
        let plain = tokens[i].kind == TokenKind::Word
            && !norm.contains(['\'', '-'])
            && !plural(norm)
            && !["tion", "sion", "ness", "ity", "ship", "ism", "hood", "age"].iter().any(|s| norm.ends_with(s));
        // "did not satisfy Justice Lee", "could undercut the plan": after a modal or a form of
        // "do" (adverbs and "not" aside) a word no list knows is the verb's base form.
        let base_after = tags[..i]
            .iter()
            .rposition(|t| !matches!(t, Tag::Adv | Tag::Neg))
            .is_some_and(|j| tags[j] == Tag::Modal || (tags[j] == Tag::Aux && lex.is(&tokens[j].norm, WordClass::Do)));
        let to_object =
            prev == Tag::To && next.is_some_and(|t| matches!(t, Tag::Det | Tag::Poss | Tag::PronObj | Tag::Proper));
        if plain && (base_after || to_object) {
            tags[i] = Tag::Verb(VerbForm::Base);
        } else if subject_before && object_after && !counted_names_before(tokens, &tags, i) {
            if norm.ends_with("ed") && norm.len() > 4 {
                tags[i] = Tag::Verb(VerbForm::Past);
            } else if norm.ends_with('s') && !norm.ends_with("ss") && !norm.ends_with("us") && !norm.ends_with("is") {
                tags[i] = Tag::Verb(VerbForm::Third);
            }
        }
    }
    tags
}

/// The tag of the nearest word before `i`, skipping adverbs and negations.
fn prev_word(tags: &[Tag], i: usize) -> Option<Tag> {
    tags[..i].iter().rev().copied().find(|t| !matches!(t, Tag::Adv | Tag::Neg))
}

/// The tag a word of the closed classes gets on its own.
fn closed_tag(c: Candidates, norm: &str) -> Tag {
    // The order settles words in several classes: "that" is a subordinator first, "as" and
    // "since" prepositions, "her" a possessive.
    let order: [(WordClass, Tag); 20] = [
        (WordClass::Modal, Tag::Modal),
        (WordClass::Be, Tag::Aux),
        (WordClass::Have, Tag::Aux),
        (WordClass::Do, Tag::Aux),
        (WordClass::Neg, Tag::Neg),
        (WordClass::To, Tag::To),
        (WordClass::Poss, Tag::Poss),
        (WordClass::PronSubj, Tag::Pron),
        (WordClass::PronObj, Tag::PronObj),
        (WordClass::Coord, Tag::Coord),
        (WordClass::Wh, Tag::Wh),
        (WordClass::Sub, Tag::Sub),
        (WordClass::Det, Tag::Det),
        (WordClass::Prep, Tag::Prep),
        (WordClass::PronOther, Tag::PronOther),
        (WordClass::Num, Tag::Num),
        (WordClass::Ordinal, Tag::Ordinal),
        (WordClass::Adv, Tag::Adv),
        (WordClass::Month, Tag::Noun),
        (WordClass::Day, Tag::Noun),
    ];
    // "as", "since", "before", "after", "until", "once" are prepositions unless a clause
    // follows; the clause finder looks at them again.
    if matches!(norm, "as" | "since" | "before" | "after" | "until" | "once" | "so") {
        return if norm == "so" { Tag::Adv } else { Tag::Prep };
    }
    for (class, tag) in order {
        if has(c, class) {
            return tag;
        }
    }
    // Titles alone ("chief", "general") are nouns or adjectives.
    if c.verb.is_some() { Tag::Verb(VerbForm::Base) } else { Tag::Noun }
}

/// The tag of an open-class word on its own.
fn word_alone(norm: &str, c: Candidates) -> Tag {
    if let Some(form) = c.verb {
        return match form {
            Form::Base => Tag::Verb(VerbForm::Base),
            Form::Third => Tag::Verb(VerbForm::Third),
            Form::Past => Tag::Verb(VerbForm::Past),
            Form::Participle => Tag::Verb(VerbForm::Participle),
            Form::Gerund => Tag::Verb(VerbForm::Gerund),
        };
    }
    if norm.len() > 4 && norm.ends_with("ly") && !LY_NOT_ADVERB.contains(norm) {
        return Tag::Adv;
    }
    if norm.len() > 5 && norm.ends_with("ing") {
        return Tag::Verb(VerbForm::Gerund);
    }
    if norm.len() > 4 && norm.ends_with("ed") && !norm.ends_with("eed") {
        return Tag::Verb(VerbForm::Past);
    }
    if adjective_like(norm) {
        return Tag::Adj;
    }
    Tag::Noun
}

/// True when the word at `k` is the adjective of a party or a nation standing with no
/// determiner before it ("Republican" in "disputed Republican claims", "Russian" in "Russian
/// threats"): it modifies a noun after it, since a singular subject would need a determiner
/// ("a Republican claims …").
fn bare_affiliation(tokens: &[Token], tags: &[Tag], k: usize) -> bool {
    let norm = tokens[k].norm.as_str();
    let adjective = (super::names::AFFILIATIONS.contains(norm) && !norm.ends_with('s'))
        || super::places::at(&[norm], 0).is_some_and(|(n, p)| n == 1 && p.form == super::places::PlaceForm::Adjective);
    adjective && (k == 0 || !matches!(tags[k - 1], Tag::Det | Tag::Poss | Tag::Num))
}

/// True when names stand right before `i` after a number that a determiner opens, or after a
/// plural determiner ("the three House committees", "both Senate panels"): the names modify
/// the plural noun at `i`, which cannot be a verb.
fn counted_names_before(tokens: &[Token], tags: &[Tag], i: usize) -> bool {
    if i == 0 || tags[i - 1] != Tag::Proper {
        return false;
    }
    (0..i - 1).rev().find(|&k| tags[k] != Tag::Proper).is_some_and(|k| {
        let w = tokens[k].norm.as_str();
        tags[k] == Tag::Num && k > 0 && tags[k - 1] == Tag::Det && !matches!(w, "one" | "1")
            || matches!(w, "these" | "those" | "both" | "several" | "all")
    })
}

/// True when the word before `i` is a noun that a determiner or adjective opens ("the
/// terrorist", "a party"): the word at `i` would be the second noun of a compound.
fn compound(tags: &[Tag], tokens: &[Token], i: usize) -> bool {
    // "Democratic-leaning states", "U.S.-based firms": a hyphenated modifier.
    let hyphenated_modifier =
        i >= 1 && tokens[i - 1].norm.split_once('-').is_some_and(|(_, b)| b.ends_with("ing") || b.ends_with("ed"));
    // "for campaign promises": a common noun right after a preposition opens its object.
    let after_prep = i >= 2 && tags[i - 1] == Tag::Noun && tags[i - 2] == Tag::Prep;
    hyphenated_modifier
        || after_prep
        || (i >= 2
            && matches!(tags[i - 1], Tag::Noun | Tag::Proper)
            && matches!(tags[i - 2], Tag::Det | Tag::Poss | Tag::Adj | Tag::Num))
}

/// True when the word at `i` follows a finished relative clause on a plural noun ("the
/// analysts who track the races closely project …"): the clause has its verb, so a base form
/// that takes an object after it is the main verb that the plural noun still needs.
fn after_relative(i: usize, tokens: &[Token], tags: &[Tag]) -> bool {
    let from = i.saturating_sub(RELATIVE_REACH);
    let Some(w) = (from..i).rev().find(|&k| tags[k] == Tag::Wh) else { return false };
    let plural_antecedent = w > 0 && tags[w - 1] == Tag::Noun && plural(tokens[w - 1].norm.as_str());
    let own_verb = (w + 1..i).any(|k| tags[k].is_verbal());
    let unbroken = (w + 1..i).all(|k| !matches!(tags[k], Tag::Sub | Tag::Wh | Tag::Coord) && tokens[k].norm != ",");
    plural_antecedent && own_verb && unbroken
}

/// How far back a relative pronoun is looked for from a possible main verb: a short relative
/// clause, as in "who track the races with great care".
const RELATIVE_REACH: usize = 10;

/// True when a noun looks plural.
fn plural(norm: &str) -> bool {
    norm.len() > 3 && norm.ends_with('s') && !norm.ends_with("ss") && !norm.ends_with("us") && !norm.ends_with("is")
}

/// Quantifiers that can stand alone for unnamed people ("Some have argued", "many believe").
const LONE_QUANTIFIERS: WordList = WordList::new("some|many|several|most|few");

/// True when token `k` is such a quantifier where a clause can start (the sentence's start,
/// after a conjunction, a subordinator, a relative or interrogative word ("what some have
/// said"), a quotation mark, a comma or the "with" of "with some saying …"), so that it may be
/// the clause's subject; the tagger and the mentions read it alike.
pub(crate) fn lone_quantifier(tokens: &[Token], tags: &[Tag], k: usize) -> bool {
    tags[k] == Tag::Det
        && LONE_QUANTIFIERS.contains(tokens[k].norm.as_str())
        && (k == 0
            || matches!(tags[k - 1], Tag::Sub | Tag::Coord | Tag::Quote | Tag::Wh)
            || matches!(tokens[k - 1].norm.as_str(), "," | "with"))
}

/// Words of a time that may stand between a subject and its verb ("Lee on Monday said") or
/// after a verb that closes its clause ("…, an aide said Friday morning.").
const TIME_WORDS: WordList = WordList::new(
    "last|this|next|week|month|year|night|morning|afternoon|evening|yesterday|today|earlier|later|on|\
     weekend",
);

/// True when the word (in normal form) is one of a time's words: [`TIME_WORDS`] or a day's
/// name ("Monday").
pub(crate) fn time_word(norm: &str) -> bool {
    TIME_WORDS.contains(norm) || lexicon::get().is(norm, WordClass::Day)
}

/// True when the words right before `i` are a noun phrase that a determiner opens: up to
/// [`PHRASE_BEFORE_VERB`] nouns, names and adjectives after it ("a White House official",
/// "the city's senior budget official"), so that a verb form after them is its verb.
fn determined_phrase_before(tags: &[Tag], i: usize) -> bool {
    let modifier = |t: Tag| matches!(t, Tag::Adj | Tag::Noun | Tag::Proper);
    let run = tags[..i].iter().rev().take(PHRASE_BEFORE_VERB + 1).take_while(|&&t| modifier(t)).count();
    (1..=PHRASE_BEFORE_VERB).contains(&run) && run < i && matches!(tags[i - run - 1], Tag::Det | Tag::Poss)
}

/// The most words a noun phrase may have between its determiner and a verb form after it for
/// [`determined_phrase_before`]: a head and three modifiers.
const PHRASE_BEFORE_VERB: usize = 4;

/// Settles a word that the verb list knows: a verb here, or a noun or adjective.
fn verb_or_not(form: Form, i: usize, tokens: &[Token], tags: &[Tag]) -> Tag {
    let norm = tokens[i].norm.as_str();
    let prev = prev_word(tags, i);
    let next = tags.get(i + 1).copied();
    // A possessive noun before the word works as a determiner ("Steele's comments").
    let after_possessive = i > 0 && possessive(tokens, i - 1);
    let after_det = after_possessive || matches!(prev, Some(Tag::Det | Tag::Poss | Tag::Adj | Tag::Num | Tag::Ordinal));
    let before_noun = next.is_some_and(|t| matches!(t, Tag::Noun | Tag::Proper));
    // Where the ordinal right before the word stands (adverbs aside), if there is one.
    let ordinal_at = (prev == Some(Tag::Ordinal))
        .then(|| tags[..i].iter().rposition(|t| !matches!(t, Tag::Adv | Tag::Neg)))
        .flatten();
    match form {
        Form::Gerund => {
            // "first telling CNN": an ordinal with no determiner before it is an adverb here,
            // and the -ing word the verb ("the first sitting senator" keeps its determiner).
            let adverbial_ordinal =
                ordinal_at.is_some_and(|j| !matches!(prev_word(tags, j), Some(Tag::Det | Tag::Poss)));
            // "with some saying it …": a quantifier standing alone is the -ing verb's subject.
            if adverbial_ordinal || (i > 0 && lone_quantifier(tokens, tags, i - 1)) {
                Tag::Verb(VerbForm::Gerund)
            } else if after_det && !before_noun {
                Tag::Noun
            } else if after_det {
                Tag::Adj
            } else {
                Tag::Verb(VerbForm::Gerund)
            }
        }
        Form::Past | Form::Participle => {
            // An auxiliary before, past adverbs and "first" ("was first published").
            let aux_before =
                tags[..i].iter().rev().find(|t| !matches!(t, Tag::Adv | Tag::Neg | Tag::Ordinal)) == Some(&Tag::Aux);
            // A noun phrase after the word makes it the clause's verb ("The clinic said 31
            // people …").
            // "A port official said the …": no adjective stands before a determiner.
            let object_next = next.is_some_and(|t| {
                matches!(t, Tag::Num | Tag::Pron | Tag::Proper | Tag::Quote | Tag::Sub | Tag::Det | Tag::Poss)
            });
            // ", dressed in a jacket,": a participle clause after a comma.
            let after_comma = i > 0 && tokens[i - 1].norm == "," && matches!(next, Some(Tag::Prep));
            // "…, the official said." / "…, a spokesman said -": a verb of speech that closes
            // its clause after a noun phrase is its verb, not a modifier ("the said plan").
            // (A time may close it too: "…, an official said Friday morning.")
            let after_time = (i + 1..(i + 4).min(tokens.len()))
                .find(|&k| !time_word(&tokens[k].norm))
                .unwrap_or((i + 4).min(tokens.len()));
            let closes_clause = tokens.get(after_time).is_none_or(|t| {
                t.kind == TokenKind::Quote || matches!(t.norm.as_str(), "." | "," | ";" | "-" | "—" | "–" | "--")
            });
            let speech_closing = closes_clause
                && (i >= 2 && tags[i - 2] == Tag::Det || determined_phrase_before(tags, i))
                && lexicon::get().verbs.longest(&[norm], 0).is_some();
            // "The Gazette first reported Monday that …": an ordinal right after a name or a
            // pronoun says when, and the word after it is the verb ("the first reported case",
            // "Lee's first stated aim" keep it a modifier).
            let adverbial_ordinal = ordinal_at
                .is_some_and(|j| j > 0 && matches!(tags[j - 1], Tag::Proper | Tag::Pron) && !possessive(tokens, j - 1));
            if aux_before || after_comma {
                // "was arrested", "has said".
                Tag::Verb(VerbForm::Participle)
            } else if speech_closing || adverbial_ordinal {
                Tag::Verb(VerbForm::Past)
            } else if after_det && !object_next {
                // "the injured man", "a wanted poster".
                Tag::Adj
            } else if form == Form::Participle || i == 0 {
                // At the start a participle opens a clause ("Asked about it, he said …").
                Tag::Verb(VerbForm::Participle)
            } else {
                Tag::Verb(VerbForm::Past)
            }
        }
        Form::Third => {
            // "the attacks", "its plans": a plural noun; "she plans", "Smith says": a verb.
            let object_next = next.is_some_and(|t| matches!(t, Tag::Det | Tag::Poss | Tag::Proper | Tag::PronObj));
            // "that talks would resume": a verb with its -s is never followed by a modal; the
            // word is the plural subject.
            if norm != "says" && next == Some(Tag::Modal) {
                return Tag::Noun;
            }
            // "disputed Republican claims that …", "Russian threats": a party's or nation's
            // adjective with no determiner cannot be a singular subject; the word is its noun.
            if i > 0 && bare_affiliation(tokens, tags, i - 1) {
                return Tag::Noun;
            }
            if norm != "says" && counted_names_before(tokens, tags, i) {
                return Tag::Noun;
            }
            // "praised comments from …", "made comments last month": right after a finite verb
            // and before a preposition or a time, the word is that verb's object.
            if norm != "says"
                && matches!(prev, Some(Tag::Verb(VerbForm::Past | VerbForm::Third)))
                && (next == Some(Tag::Prep) || tokens.get(i + 1).is_some_and(|t| time_word(&t.norm)))
            {
                return Tag::Noun;
            }
            if norm != "says" && compound(tags, tokens, i) && !object_next {
                // "the terrorist attacks on …": the second noun of a compound.
                Tag::Noun
            } else if norm == "says"
                || !(after_det || matches!(prev, Some(Tag::Prep | Tag::To) | None))
                || (matches!(prev, Some(Tag::Sub)) && object_next)
            {
                Tag::Verb(VerbForm::Third)
            } else {
                Tag::Noun
            }
        }
        Form::Base => {
            let verb_context = matches!(prev, Some(Tag::Modal | Tag::To | Tag::Pron | Tag::Wh))
                || (matches!(prev, Some(Tag::Aux)) && !matches!(next, Some(Tag::Noun)));
            // (Or a particle and then the object: "Lee put out a statement", "set up a panel".)
            let particle = tokens
                .get(i + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "out" | "up" | "down" | "off" | "forward" | "together"))
                && tags.get(i + 2).is_some_and(|t| matches!(t, Tag::Det | Tag::Poss | Tag::PronObj));
            let object_next = particle || next.is_some_and(|t| matches!(t, Tag::Det | Tag::Poss | Tag::PronObj));
            // "officials say"; "Republicans oppose Mr. Obama": a group's plural name with an
            // object after the word.
            // Not an organisation's name and a title after it ("Fox News host Glenn Beck").
            let group_then_verb = |k: usize| {
                let lex = lexicon::get();
                !super::names::ORG_WORDS.contains(tokens[k].norm.as_str())
                    && lex.role_words.longest(&[norm], 0).is_none()
                    && !lex.is(norm, WordClass::Title)
            };
            // "the memos also show …": an adverb may stand between the subject and its verb.
            let adverb_between = i > 1
                && tags[i - 1] == Tag::Adv
                && tags[i - 2] == Tag::Noun
                && plural(tokens[i - 2].norm.as_str())
                && next.is_some_and(|t| {
                    matches!(t, Tag::Det | Tag::Poss | Tag::PronObj | Tag::Proper | Tag::Adj | Tag::Sub | Tag::Num)
                });
            let plural_subject = adverb_between
                || i > 0
                    && ((tags[i - 1] == Tag::Noun && !compound(tags, tokens, i))
                        || (tags[i - 1] == Tag::Proper
                            && (object_next || next == Some(Tag::Proper))
                            && group_then_verb(i - 1)))
                    && plural(tokens[i - 1].norm.as_str());
            // "Other individual defendants include Trump's …": a plural noun of people, an
            // object after the word (a possessive name too): the word is the verb, though an
            // adjective before the noun looks like a compound.
            let people_subject = i > 0
                && tags[i - 1] == Tag::Noun
                && plural(tokens[i - 1].norm.as_str())
                && (object_next || tokens.get(i + 1).is_some_and(|_| possessive(tokens, i + 1)))
                && lexicon::get()
                    .role_words
                    .longest(&[tokens[i - 1].norm.as_str()], 0)
                    .is_some_and(|(_, r)| r.kind == lexicon::RoleKind::People);
            if verb_context || plural_subject || people_subject || (object_next && after_relative(i, tokens, tags)) {
                // "will attack", "to say", "they say", "officials say".
                Tag::Verb(VerbForm::Base)
            } else if after_det || matches!(prev, Some(Tag::Prep)) {
                Tag::Noun
            } else if object_next && !matches!(prev, Some(Tag::Noun | Tag::Adj)) {
                Tag::Verb(VerbForm::Base)
            } else {
                Tag::Noun
            }
        }
    }
}

/// True when token `i` ends with a possessive ("Obama's", "parties'").
pub fn possessive(tokens: &[Token], i: usize) -> bool {
    let w = tokens[i].norm.as_str();
    w.ends_with("'s") || (w.ends_with("s'") && w.len() > 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::text::{Span, tokenize};

    /// The tag of `word` in `text`, where every capitalised word after the first is a name.
    fn tag_of(text: &str, word: &str) -> Tag {
        let tokens = tokenize(text, Span::new(0, text.len()));
        let name: Vec<bool> = tokens
            .iter()
            .enumerate()
            .map(|(i, t)| i > 0 && t.kind == TokenKind::Word && text[t.span.start..].starts_with(char::is_uppercase))
            .collect();
        let tags = tag(&tokens, text, &name);
        let k = tokens.iter().position(|t| &text[t.span.start..t.span.end] == word).expect("word in text");
        tags[k]
    }

    /// A word no list knows between "to" and its object is a verb; a plural or a noun by its
    /// ending is not.
    #[test]
    fn unknown_word_after_to_before_an_object_is_a_verb() {
        assert_eq!(tag_of("They hoped to blorple the harbour board.", "blorple"), Tag::Verb(VerbForm::Base));
        assert_eq!(tag_of("He went to blorple Mr. Lind about it.", "blorple"), Tag::Verb(VerbForm::Base));
        assert_eq!(tag_of("The plan was torn to blorples the next day.", "blorples"), Tag::Noun);
        assert_eq!(tag_of("They came to blorplation the next day.", "blorplation"), Tag::Noun);
    }

    /// A verb of speech that closes its clause after "the" and a noun is the verb, and the
    /// word before it the noun ("the official said."); "the said plan" keeps its modifier.
    #[test]
    fn speech_verb_closing_a_clause() {
        assert_eq!(tag_of("The fare will rise, the official said.", "said"), Tag::Verb(VerbForm::Past));
        assert_eq!(tag_of("The fare will rise, the official said.", "official"), Tag::Noun);
        assert_eq!(tag_of("It will rise, the chairman added, by May.", "added"), Tag::Verb(VerbForm::Past));
        assert_eq!(tag_of("They read the injured list aloud.", "injured"), Tag::Adj);
    }

    /// Common verbs with irregular forms are verbs after their subject ("Lee began", "they
    /// believe").
    #[test]
    fn common_irregular_verbs() {
        assert_eq!(tag_of("An incredulous Ann Lee began her interview early.", "began"), Tag::Verb(VerbForm::Past));
        assert_eq!(tag_of("Some say they believe the mayor.", "believe"), Tag::Verb(VerbForm::Base));
        assert_eq!(tag_of("The pier plan splits the council.", "splits"), Tag::Verb(VerbForm::Third));
    }

    /// A group's plural name before a verb and its object is the subject; a title after a name
    /// that ends in "s" is no verb.
    #[test]
    fn verb_after_a_plural_group_name() {
        assert_eq!(tag_of("But Islanders oppose Mr. Lind on the fares.", "oppose"), Tag::Verb(VerbForm::Base));
        assert_eq!(tag_of("Yesterday Island News host Marta Quist spoke.", "host"), Tag::Noun);
    }
}
