//! Chunks: the noun phrases and verb groups of a sentence, from its word classes. A noun
//! phrase is a determiner or possessive (optional), modifiers, and a head noun or name ("the
//! North Korean leader", "Mr. Trump's chief economic adviser", "26 people"); a verb group is
//! auxiliaries, modals, negation and adverbs around a main verb ("has not yet said").

use super::tag::{Tag, VerbForm, possessive};
use crate::engine::text::Token;

/// A run of tokens with a head.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chunk {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The head token (the noun of a noun phrase, the main verb of a verb group).
    pub head: usize,
}

impl Chunk {
    /// True when token `i` lies inside.
    pub fn contains(&self, i: usize) -> bool {
        self.start <= i && i < self.end
    }
}

/// The noun phrases of a sentence, left to right, not overlapping. Pronouns are noun phrases
/// of one word; a possessive noun phrase opens the one it belongs to ("the party's leader").
pub fn noun_phrases(tokens: &[Token], tags: &[Tag]) -> Vec<Chunk> {
    let n = tokens.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let t = tags[i];
        if matches!(t, Tag::Pron | Tag::PronObj | Tag::PronOther) {
            out.push(Chunk { start: i, end: i + 1, head: i });
            i += 1;
            continue;
        }
        // "at least" before a number is no part of the phrase ("at least one aide").
        let at_least = tokens[i].norm == "least" && i > 0 && tokens[i - 1].norm == "at";
        let opens = !at_least
            && (matches!(t, Tag::Det | Tag::Poss) || t.is_modifier() || (t == Tag::Adv && next_is_modifier(tags, i)));
        if !opens {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i + 1;
        let mut head: Option<usize> = if matches!(t, Tag::Noun | Tag::Proper | Tag::Num) { Some(i) } else { None };
        if possessive(tokens, i) && head.is_some() {
            head = None;
        }
        while j < n {
            let tj = tags[j];
            let joins = tj.is_modifier()
                || (tj == Tag::Adv && next_is_modifier(tags, j))
                // An abbreviation's full stop inside a name ("Mr. Kim", "Michael J. Green").
                || (tokens[j].norm == "." && j + 1 < n && tags[j + 1] == Tag::Proper && tags[j - 1] == Tag::Proper
                    && tokens[j - 1].span.end == tokens[j].span.start)
                // The full stop of a rank marker ("the No. 3 House Democrat").
                || (tokens[j].norm == "." && super::names::rank_marker(tokens, j - 1))
                // A hyphen joining two words that the tokenizer split ("20-year"), a slash
                // between names ("NBC News/Wall Street Journal poll").
                || (tokens[j].norm == "-" && j + 1 < n && tags[j + 1].is_modifier())
                || (tokens[j].norm == "/" && j + 1 < n && tags[j + 1] == Tag::Proper && tags[j - 1] == Tag::Proper);
            // Determiners inside a phrase only after a possessive ("Kim's the …" does not occur;
            // "all the" does).
            let det_after = matches!(tj, Tag::Det) && matches!(tags[j - 1], Tag::Det) && j == start + 1;
            // A day after a name is a time, not part of the name ("Steele Sunday").
            let day_after_name = tags[j - 1] == Tag::Proper && is_day(&tokens[j].norm);
            // "last week", "next year" after a noun is when, not part of the phrase ("a poll
            // last week found").
            let time_after_noun = tags[j - 1].is_nominal() && time_phrase(tokens, j);
            // A name after a common noun that is no title or role opens a phrase of its own
            // when the name (with the nouns after it) is the subject of a verb: a relative
            // clause that begins without "that" ("a condition U.S. diplomats have set", "the
            // first time Newsweek has"). "Spokesman Brad Lee said" and "the singer Ann Lee
            // said" stay one phrase (a role before a name is its title), and so do "a reality
            // TV star" and "a freshman House member", which no verb follows.
            let name_after_noun = tj == Tag::Proper
                && tags[j - 1] == Tag::Noun
                && !names_a_role(&tokens[j - 1].norm)
                && subject_of_verb(tokens, tags, j);
            // "Ryan first told …": an ordinal after a name with no noun after it says when, as
            // an adverb ("the first lady", "Ryan's first debate" keep it).
            let adverbial_ordinal =
                tj == Tag::Ordinal && tags[j - 1] == Tag::Proper && !tags.get(j + 1).is_some_and(|t| t.is_modifier());
            // A number after a common noun opens a phrase of its own: what counts comes after
            // the number ("that the U.S. withdraw 28,500 U.S. troops", a verb the tagger took
            // for a noun). A number after a name stays in it ("Amendment 64", "Route 66").
            // (Not after a possessive, "the party's 2008 nominee", nor a month, "a September
            // 2010 report".)
            let number_after_noun = tj == Tag::Num
                && tags[j - 1] == Tag::Noun
                && !possessive(tokens, j - 1)
                && !crate::engine::lexicon::get().is(&tokens[j - 1].norm, crate::engine::lexicon::WordClass::Month);
            // A capitalised "The" after a name opens another name ("… Kim The Island Post
            // reports", a headline run into the text).
            let the_after_name = tokens[j].norm == "the"
                && tags[j - 1] == Tag::Proper
                && !super::names::function_word(&tokens[j - 1].norm);
            if !(joins || det_after)
                || the_after_name
                || day_after_name
                || time_after_noun
                || name_after_noun
                || adverbial_ordinal
                || number_after_noun
            {
                break;
            }
            if matches!(tj, Tag::Noun | Tag::Proper | Tag::Num) {
                head = Some(j);
            }
            if possessive(tokens, j) && !group_name_possessive(tokens, tags, j) {
                // The possessive closes a determiner: the phrase goes on with a new head.
                head = None;
            }
            j += 1;
        }
        // A phrase of modifiers with no noun takes its last word as head ("the injured").
        let head = head.unwrap_or(j - 1);
        if !(start..j).all(|k| matches!(tags[k], Tag::Det | Tag::Poss | Tag::Adv)) {
            out.push(Chunk { start, end: j, head });
        }
        i = j;
    }
    out
}

/// True for a group's possessive inside a name ("Workers’ Front", "People's Party").
pub fn group_name_possessive(tokens: &[Token], tags: &[Tag], j: usize) -> bool {
    let w = tokens[j].norm.trim_end_matches("'s").trim_end_matches('\'');
    tags[j] == Tag::Proper
        && tags.get(j + 1) == Some(&Tag::Proper)
        && (w.ends_with('s') || matches!(w, "people" | "women" | "men" | "children"))
}

/// True when the name at `j`, with the names and nouns after it, is followed by a finite verb,
/// and no noun inside that run stands before a name as its title ("reality TV star Donald
/// Trump said" is one phrase).
fn subject_of_verb(tokens: &[Token], tags: &[Tag], j: usize) -> bool {
    let mut k = j;
    while k < tags.len() && (matches!(tags[k], Tag::Proper | Tag::Noun) || tokens[k].norm == ".") && k < j + 6 {
        if k > j && tags[k] == Tag::Proper && tags[k - 1] == Tag::Noun {
            return false;
        }
        k += 1;
    }
    tags.get(k).is_some_and(|t| t.is_finite())
}

/// True for a title or a role noun (`wordclass.txt`, `roles.txt`): a word that may stand
/// before a name as what the person or body is.
fn names_a_role(norm: &str) -> bool {
    let lex = crate::engine::lexicon::get();
    lex.is(norm, crate::engine::lexicon::WordClass::Title) || lex.role_words.longest(&[norm], 0).is_some()
}

fn is_day(norm: &str) -> bool {
    let lex = crate::engine::lexicon::get();
    lex.is(norm, crate::engine::lexicon::WordClass::Day) || matches!(norm, "yesterday" | "today" | "tonight")
}

/// Units of time that "last" or "next" makes a time ("last week", "next spring").
const TIME_UNITS: crate::engine::wordlist::WordList = crate::engine::wordlist::WordList::new(
    "week|weeks|month|months|year|years|night|weekend|summer|spring|fall|autumn|winter|season|term|\
     decade|century|quarter|session|time",
);

/// True when token `j` opens a time of "last" or "next" and a unit ("last week").
fn time_phrase(tokens: &[Token], j: usize) -> bool {
    matches!(tokens[j].norm.as_str(), "last" | "next")
        && tokens.get(j + 1).is_some_and(|t| TIME_UNITS.contains(t.norm.as_str()) || is_day(&t.norm))
}

fn next_is_modifier(tags: &[Tag], i: usize) -> bool {
    tags.get(i + 1).is_some_and(|t| matches!(t, Tag::Adj | Tag::Num))
}

/// The verb groups of a sentence: auxiliaries, modals, negation and adverbs up to and including
/// a main verb (or a lone auxiliary: "is", "has").
pub fn verb_groups(tags: &[Tag]) -> Vec<Chunk> {
    let n = tags.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if !tags[i].is_verbal() {
            i += 1;
            continue;
        }
        let start = i;
        let mut head = i;
        let mut j = i;
        while j < n {
            match tags[j] {
                Tag::Aux | Tag::Modal | Tag::Neg | Tag::Adv => {
                    if matches!(tags[j], Tag::Aux | Tag::Modal) {
                        head = j;
                    }
                    j += 1;
                }
                Tag::Verb(form) => {
                    head = j;
                    j += 1;
                    // "to" inside a group ("wants to say") ends it: the infinitive is its own.
                    if form == VerbForm::Gerund && tags.get(j).is_some_and(|t| matches!(t, Tag::Verb(_))) {
                        continue;
                    }
                    break;
                }
                _ => break,
            }
        }
        // Trailing adverbs belong to what follows.
        let mut end = j;
        while end > head + 1 && matches!(tags[end - 1], Tag::Adv | Tag::Neg) {
            end -= 1;
        }
        out.push(Chunk { start, end, head });
        i = end.max(start + 1);
    }
    out
}
