//! Page furniture: what a copy from a web page drags along ("READ MORE: …", "Share this story",
//! a pull quote that repeats a paragraph, a byline, a trailing unrelated headline). Such blocks
//! are recognised by general rules, marked, and left out of the comparison.
//!
//! The rules look at one paragraph (or heading-like line) at a time:
//! 1. a **link-style label**: it starts with a short all-capital label and a colon
//!    ("READ MORE:", "ALSO READ:", "WATCH:");
//! 2. a **call to action** aimed at the reader of the web page (share, click, subscribe…) in a
//!    short block;
//! 3. an **unfinished short line**: a few words with no sentence-final punctuation (menus,
//!    bylines, time stamps, headlines of other stories);
//! 4. a **repeat**: the same words as an earlier block, exactly or nearly (pull quotes);
//! 5. a **note about the article itself**: where and when it was printed, published or
//!    updated, and who contributed reporting, in a short block.

use super::segment::Segmentation;
use super::text::{Span, TokenKind, is_closer, is_terminator, tokenize};
use crate::engine::wordlist::WordList;
use crate::util::fasthash::{HashMap, HashSet};

/// Why a block was taken for page furniture.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// Starts with an all-capital label and a colon, like a link to another story.
    LinkLabel,
    /// Asks the reader of the web page to share, click, subscribe…
    CallToAction,
    /// A short line with no finished sentence: a menu, byline, time stamp or headline.
    ShortLine,
    /// Repeats an earlier paragraph (a pull quote or a duplicated block).
    Repeat,
    /// Speaks of the article itself: its print edition, its updates, its contributors.
    ArticleNote,
}

impl Reason {
    /// A one-sentence explanation for the reader.
    pub fn note(self) -> &'static str {
        match self {
            Reason::LinkLabel => "Page furniture: a labelled link to another story, left out of the comparison.",
            Reason::CallToAction => {
                "Page furniture: a request to share, click or subscribe, left out of the comparison."
            }
            Reason::ShortLine => {
                "Page furniture: a short line with no finished sentence (menu, byline, date or another headline), left out of the comparison."
            }
            Reason::Repeat => {
                "Page furniture: repeats an earlier paragraph (a pull quote), left out of the comparison."
            }
            Reason::ArticleNote => {
                "Page furniture: a note about the article itself (print edition, update or contributors), left out of the comparison."
            }
        }
    }
}

/// A block with at most this many words and no sentence-final punctuation is furniture. Real
/// headings of other stories and bylines run to about 10 words; body sentences without a full
/// stop are rare in edited prose. Checked on the messy page in the evaluation data (its
/// headline, byline, time stamps and trailing headline all fall under it; no body paragraph
/// does) and on the BASIL dev articles (no sentence flagged).
pub const SHORT_LINE_WORDS: usize = 12;

/// A call to action counts only in blocks of at most this many words; longer paragraphs that
/// mention sharing or clicking are ordinary reporting.
pub const CALL_TO_ACTION_WORDS: usize = 25;

/// A block whose content words overlap an earlier block's by at least this share (of the
/// shorter block's distinct content words) repeats it. A pull quote usually drops a word or a
/// full stop; two genuinely different paragraphs of one article rarely share 85% of their words.
pub const REPEAT_OVERLAP: f64 = 0.85;

/// Blocks shorter than this many words are never taken as repeats (a refrain such as "He
/// declined to comment." may honestly recur).
pub const REPEAT_MIN_WORDS: usize = 8;

/// A note about the article itself counts only in sentences of at most this many words (a print
/// edition's note with the headline it ran under is about 30).
pub const ARTICLE_NOTE_WORDS: usize = 40;

/// Nouns with which an article speaks of itself after "this" ("this article", "this story").
const SELF_NOUNS: WordList = WordList::new("article|story");

/// Words of publishing: what a note about the article itself says of it.
const PUBLISHING: WordList = WordList::new(
    "print|printed|edition|page|headline|published|updated|update|version|corrected|correction|appears|appeared",
);

/// Bytes of a tag that says when the article was updated, set before its first sentence
/// ("Updated: The senator said …"): one word of publishing and a colon, with the space after
/// it; 0 where there is none. The sentence stays news; a finding that quotes how the article
/// opens leaves the tag out.
pub fn publishing_tag(s: &str) -> usize {
    let Some(colon) = s.find(':') else { return 0 };
    let label = &s[..colon];
    let rest = &s[colon + 1..];
    if label.contains(char::is_whitespace) || !PUBLISHING.contains(&label.to_lowercase()) || rest.trim().is_empty() {
        return 0;
    }
    colon + 1 + (rest.len() - rest.trim_start().len())
}

/// Labels of a link to another page ("More: …", "Read more: …", "See also: …").
const LINK_WORDS: WordList =
    WordList::new("more|read more|related|see also|also read|read also|watch|related coverage|more coverage");

/// Phrases that address the reader of a web page rather than report anything.
const CALLS_TO_ACTION: WordList = WordList::new(
    "share this|share on|share story|click here|click to|click on|please click|tap here|tap to|subscribe|\
     sign up|follow us|newsletter|download the app|download our app|open it in your browser|\
     all rights reserved|advertisement|accept cookies|cookie settings|comments are closed|\
     leave a comment|print this|email this|recommended for you|more stories|related stories|\
     related articles|skip to content|back to top",
);

/// For every sentence of `seg`, the reason it is furniture (or `None`).
pub fn detect(text: &str, seg: &Segmentation) -> Vec<Option<Reason>> {
    let mut out = vec![None; seg.sentences.len()];
    // Blocks: runs of sentences of one paragraph, cut where a sentence starts on a new line
    // after an unfinished line (the segmenter already splits such lines off).
    let mut blocks: Vec<(usize, usize)> = Vec::new();
    for (i, s) in seg.sentences.iter().enumerate() {
        let new_block = match blocks.last() {
            None => true,
            Some(&(first, _)) => {
                let prev = &seg.sentences[i - 1];
                prev.paragraph != s.paragraph
                    || seg.sentences[first].paragraph != s.paragraph
                    || text[prev.span.end..s.span.start].contains('\n')
            }
        };
        if new_block {
            blocks.push((i, i + 1));
        } else if let Some(last) = blocks.last_mut() {
            last.1 = i + 1;
        }
    }
    // The blocks kept so far, and for each word the latest of them that hold it (at most
    // [`REPEAT_POSTINGS`]): a block is compared only with the earlier blocks it shares a word
    // with through that index, so that an article of thousands of paragraphs is read in linear
    // time rather than with every paragraph against every earlier one.
    let mut seen: Vec<HashSet<String>> = Vec::new();
    let mut postings: HashMap<String, Vec<usize>> = HashMap::default();
    for &(from, to) in &blocks {
        let span = Span::new(seg.sentences[from].span.start, seg.sentences[to - 1].span.end);
        let block = &text[span.start..span.end];
        let words = word_norms(text, span);
        // Compared by their content words: two sentences of one article may share most of
        // their function words ("The mayor took to Twitter to deny the report" after "… to
        // say that the report was false") and still say different things.
        let distinct: HashSet<String> =
            words.iter().filter(|w| !crate::engine::words::is_function_word(w)).cloned().collect();
        let reason = if has_link_label(block) {
            Some(Reason::LinkLabel)
        } else if words.len() <= CALL_TO_ACTION_WORDS && is_call_to_action(block) {
            Some(Reason::CallToAction)
        } else if words.len() <= SHORT_LINE_WORDS && !finished(block) && !is_list_item(block) {
            Some(Reason::ShortLine)
        } else if words.len() >= REPEAT_MIN_WORDS && repeats_earlier(&distinct, &seen, &postings) {
            Some(Reason::Repeat)
        } else {
            None
        };
        if reason.is_none() {
            let at = seen.len();
            for w in &distinct {
                let list = postings.entry(w.clone()).or_default();
                list.push(at);
                if list.len() > 2 * REPEAT_POSTINGS {
                    list.drain(..REPEAT_POSTINGS);
                }
            }
            seen.push(distinct);
        }
        for slot in &mut out[from..to] {
            *slot = reason;
        }
    }
    // A link to another page inside a paragraph (text whose paragraphs were run together):
    // "… Nunes, R-Calif. More: A guide to the interview. The …".
    // A note on the article itself is a sentence of its own, in a paragraph of its own or run
    // into the last one ("… next door.” Jane Roe contributed reporting from Oslo."): news in
    // the same paragraph stays. Notes are short; only short sentences are read word by word.
    for (slot, s) in out.iter_mut().zip(&seg.sentences) {
        if slot.is_some() {
            continue;
        }
        let sentence = &text[s.span.start..s.span.end];
        if linked_page(sentence) {
            *slot = Some(Reason::LinkLabel);
        } else if sentence.split_whitespace().nth(ARTICLE_NOTE_WORDS).is_none()
            && is_article_note(&word_norms(text, s.span))
        {
            *slot = Some(Reason::ArticleNote);
        }
    }
    out
}

/// The normal forms of the words and numbers of `span`.
fn word_norms(text: &str, span: Span) -> Vec<String> {
    tokenize(text, span)
        .into_iter()
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
        .map(|t| t.norm)
        .collect()
}

/// True for a sentence that is a link to another page: a label that only ever points to one
/// ("More:", "Related:", in any case) before a short line.
fn linked_page(sentence: &str) -> bool {
    let Some((label, rest)) = sentence.split_once(':') else { return false };
    LINK_WORDS.contains(label.trim().to_lowercase().as_str()) && rest.split_whitespace().count() <= CALL_TO_ACTION_WORDS
}

/// "READ MORE: …", "ALSO READ: …", "WATCH: …": a capitalised label of one to four words and a
/// colon at the very start.
fn has_link_label(block: &str) -> bool {
    let Some(colon) = block.find(':') else {
        return false;
    };
    let label = &block[..colon];
    let rest = block[colon + 1..].trim();
    // "UPDATE: The senator said on Monday that …" is news; "READ MORE: Headline of another
    // story" is not: a finished sentence after the label keeps the block.
    if !rest.is_empty() && finished(rest) {
        return false;
    }
    let words = label.split_whitespace().count();
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    (1..=4).contains(&words)
        && letters >= 4
        && label.chars().all(|c| c.is_uppercase() || c.is_whitespace() || c == '&' || c == '-')
}

/// "A version of this article appears in print on …", "This story has been updated …",
/// "Jane Roe contributed reporting.", "… contributed to this report.": the article speaks of
/// itself ("this article", "this story") as what was printed, published or updated (a word of
/// publishing within the next three words, or "version of" before it), or names who
/// contributed reporting. `words`: the block's word norms (lower case).
fn is_article_note(words: &[String]) -> bool {
    let itself = (0..words.len().saturating_sub(1)).any(|i| {
        words[i] == "this"
            && SELF_NOUNS.contains(&words[i + 1])
            && (words[i + 2..].iter().take(3).any(|w| PUBLISHING.contains(w))
                || i >= 2 && words[i - 2] == "version" && words[i - 1] == "of")
    });
    let contributed = words.windows(2).any(|w| w[0] == "contributed" && w[1] == "reporting")
        || words.windows(4).any(|w| {
            w[0] == "contributed" && w[1] == "to" && w[2] == "this" && (w[3] == "report" || SELF_NOUNS.contains(&w[3]))
        });
    itself || contributed
}

fn is_call_to_action(block: &str) -> bool {
    let lower = block.to_lowercase();
    CALLS_TO_ACTION.iter().any(|p| lower.contains(p))
}

/// True when the block ends like a sentence (terminator, then optional closers), or with a
/// colon that introduces what follows ("Politico reports:").
fn finished(block: &str) -> bool {
    let t = block.trim_end().trim_end_matches(is_closer);
    t.chars().last().is_some_and(|c| is_terminator(c) || c == ':')
}

fn is_list_item(block: &str) -> bool {
    let t = block.trim_start();
    t.starts_with(['-', '*', '•', '·']) || t.chars().next().is_some_and(|c| c.is_ascii_digit()) && t.contains(". ")
}

/// Earlier blocks kept in the index for each word: a repeated block shares its distinctive
/// words with the one it repeats, which a word found in more blocks than this is not.
pub const REPEAT_POSTINGS: usize = 16;

/// True when `block` repeats one of the `seen` blocks it shares a word with (see [`repeats`]).
fn repeats_earlier(block: &HashSet<String>, seen: &[HashSet<String>], postings: &HashMap<String, Vec<usize>>) -> bool {
    let mut candidates: Vec<usize> = block
        .iter()
        .filter_map(|w| postings.get(w))
        .flat_map(|list| list[list.len().saturating_sub(REPEAT_POSTINGS)..].iter().copied())
        .collect();
    crate::util::sorting::sort(&mut candidates);
    // Each earlier block with the number of the words it shares through the index: only one
    // that shares enough of them is compared in full.
    candidates.chunk_by(|a, b| a == b).any(|run| {
        let k = run[0];
        let smaller = block.len().min(seen[k].len()).max(1) as f64;
        run.len() as f64 / smaller >= REPEAT_OVERLAP && repeats(block, &seen[k])
    })
}

fn repeats(a: &HashSet<String>, b: &HashSet<String>) -> bool {
    let shared = a.intersection(b).count() as f64;
    let smaller = a.len().min(b.len()).max(1) as f64;
    shared / smaller >= REPEAT_OVERLAP
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::segment::segment;

    #[test]
    fn a_tag_of_an_update_before_the_first_sentence_is_found() {
        let s = "Updated: The mayor said on Monday that the ferry would run.";
        assert_eq!(&s[publishing_tag(s)..], "The mayor said on Monday that the ferry would run.");
        assert_eq!(publishing_tag("UPDATE:  Fares rise."), "UPDATE:  ".len());
        // Not a label of several words, nor a word of another kind, nor a colon far on.
        assert_eq!(publishing_tag("Read more: Fares rise."), 0);
        assert_eq!(publishing_tag("Mayor: fares rise."), 0);
        assert_eq!(publishing_tag("The fares were updated: they rise."), 0);
        // A tag with nothing after it stays: the opening is never left empty.
        assert_eq!(publishing_tag("Updated: "), 0);
    }

    fn reasons(text: &str) -> Vec<(String, Option<Reason>)> {
        let seg = segment(text);
        detect(text, &seg)
            .into_iter()
            .zip(&seg.sentences)
            .map(|(r, s)| (text[s.span.start..s.span.end].to_string(), r))
            .collect()
    }

    #[test]
    fn web_page_leftovers_are_found() {
        let page = "Daily Planet\n\nBy Lois Lane\n\nThe council voted on Monday to close the old bridge for repairs lasting a year.\n\nREAD MORE: Bridge closures across the region\n\nMore: A week-by-week guide to the bridge repairs.\n\nThe mayor said the work was overdue and would cost two million dollars.\n\nThe council voted on Monday to close the old bridge for repairs lasting a year\n\nShare this story\n\nTen things to do this weekend";
        let r = reasons(page);
        let flagged: Vec<(&str, Reason)> = r.iter().filter_map(|(s, r)| r.map(|r| (s.as_str(), r))).collect();
        assert_eq!(
            flagged,
            [
                ("Daily Planet", Reason::ShortLine),
                ("By Lois Lane", Reason::ShortLine),
                ("READ MORE: Bridge closures across the region", Reason::LinkLabel),
                ("More: A week-by-week guide to the bridge repairs.", Reason::LinkLabel),
                ("The council voted on Monday to close the old bridge for repairs lasting a year", Reason::Repeat),
                ("Share this story", Reason::CallToAction),
                ("Ten things to do this weekend", Reason::ShortLine),
            ]
        );
    }

    #[test]
    fn notes_about_the_article_itself_are_found() {
        let page = "The ferry resumed service on Tuesday after a week of repairs.\n\nA version of this article appears in print on May 3, 2021, on page B2 of the city edition with the headline: Ferry Back.\n\nThis story has been updated to add the operator's statement.\n\nMaria Ortiz contributed reporting from the harbour.\n\nTom Berg in Oslo contributed to this report.";
        let r = reasons(page);
        assert_eq!(r[0].1, None);
        assert!(r[1..].iter().all(|(_, r)| *r == Some(Reason::ArticleNote)), "{r:?}");
        // The article as a subject of the news, or a story told in it, stays.
        let kept = reasons(
            "The paper said this article of the treaty was printed in error.\n\nThis story is not over, she said.\n\nThe report was published on Monday and updated twice.",
        );
        assert!(kept.iter().all(|(_, r)| r.is_none()), "{kept:?}");
        // A credit run into the last paragraph is a note too; the paragraph's news stays.
        let run_together = reasons(
            "\"The line was clear,\" the engineer said. Maria Ortiz contributed reporting from the harbour and Tom Berg from Oslo.",
        );
        assert_eq!(run_together[0].1, None);
        assert_eq!(run_together[1].1, Some(Reason::ArticleNote), "{run_together:?}");
    }

    #[test]
    fn ordinary_prose_is_kept() {
        let r = reasons(
            "WASHINGTON — The bill passed.\n\n- Item one\n- Item two\n\nShe said: “We will share the results.”",
        );
        assert!(r.iter().all(|(_, r)| r.is_none()), "{r:?}");
    }

    #[test]
    fn sentences_that_share_only_their_function_words_are_no_repeat() {
        let r = reasons(
            "The mayor took to the radio to say that the report was false.

             The mayor took to the radio to deny the report.",
        );
        assert!(r.iter().all(|(_, r)| r.is_none()), "{r:?}");
    }
}
