//! Sub-sentence units: a sentence cut into the clauses, quotations and attributions it is made
//! of, so that a long sentence that carries a short one's claim among others can be matched
//! part by part.
//!
//! The interface is one function from a sentence's tokens (and which of them stand inside
//! quotation marks) to token ranges; it knows nothing of other sentences, so a shared reading
//! of the sentence (clauses, attributions) can feed it later without changing its callers.

use crate::engine::text::{Token, TokenKind, is_dash};
use std::ops::Range;

/// A part with fewer content words than this is joined to the part before it (or, at the
/// start of a sentence, to the part after it): "he said", "on Tuesday" carry no claim of their
/// own. Two keeps subject–verb fragments ("Smith resigned") as parts of their own.
pub const MIN_PART_WORDS: usize = 2;

/// Words that open a new clause: coordinating and subordinating conjunctions and relative
/// pronouns of English (general grammar, not taken from any article).
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "while", "whereas", "although", "though", "because", "since", "after", "before", "when", "whether",
    "if", "unless", "until", "which", "who", "whom", "whose", "where", "as", "so", "yet", "or",
];

/// True when token `t` (with the text it points into) is punctuation that separates clauses:
/// commas, semicolons, colons, brackets and dashes.
fn separator(text: &str, t: &Token) -> bool {
    if t.kind != TokenKind::Punct {
        return false;
    }
    let c = text[t.span.start..].chars().next().unwrap_or(' ');
    matches!(c, ',' | ';' | ':' | '(' | ')' | '[' | ']' | '-') || is_dash(c)
}

/// Cuts a sentence into parts: token ranges (into `tokens`) split where a quotation opens or
/// closes, at clause-separating punctuation and before clause-opening words; quotation marks and
/// separators belong to no part. Parts with fewer than [`MIN_PART_WORDS`] words that are not
/// function words (`is_content`) are joined to a neighbour. A sentence with no cut is one part.
///
/// `quoted[i]` says whether token `i` stands inside quotation marks; `is_content(i)` whether
/// token `i` carries a content term.
pub fn parts(text: &str, tokens: &[Token], quoted: &[bool], is_content: &dyn Fn(usize) -> bool) -> Vec<Range<usize>> {
    let mut raw: Vec<Range<usize>> = Vec::new();
    let mut start: Option<usize> = None;
    for (i, t) in tokens.iter().enumerate() {
        let mark = t.kind == TokenKind::Quote || separator(text, t);
        let turn = i > 0 && quoted.get(i) != quoted.get(i - 1);
        let opener = t.kind == TokenKind::Word && CLAUSE_OPENERS.contains(&t.norm.as_str());
        if (mark || turn || opener)
            && let Some(s) = start.take()
        {
            raw.push(s..i);
        }
        if !mark && start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        raw.push(s..tokens.len());
    }
    let words = |r: &Range<usize>| r.clone().filter(|&i| is_content(i)).count();
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut pending: Option<Range<usize>> = None;
    for r in raw {
        let r = match pending.take() {
            Some(p) => p.start..r.end,
            None => r,
        };
        if words(&r) >= MIN_PART_WORDS {
            out.push(r);
        } else if let Some(last) = out.last_mut() {
            last.end = r.end;
        } else {
            pending = Some(r);
        }
    }
    if let Some(p) = pending {
        out.push(p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::text::{Span, tokenize};
    use crate::engine::words::is_function_word;

    fn cut(s: &str) -> Vec<String> {
        let tokens = tokenize(s, Span::new(0, s.len()));
        let mut quoted = Vec::new();
        let mut open = false;
        for t in &tokens {
            if t.kind == TokenKind::Quote {
                open = !open;
            }
            quoted.push(open);
        }
        let content = |i: usize| tokens[i].kind != TokenKind::Punct && !is_function_word(&tokens[i].norm);
        parts(s, &tokens, &quoted, &content)
            .into_iter()
            .map(|r| {
                tokens[r]
                    .iter()
                    .filter(|t| t.kind == TokenKind::Word)
                    .map(|t| t.norm.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn clauses_quotations_and_attributions_are_parts() {
        assert_eq!(
            cut("The mayor resigned on Monday, and the council named a successor who starts work in June."),
            ["the mayor resigned on monday", "and the council named a successor", "who starts work in june"]
        );
        assert_eq!(
            cut("\"We will rebuild the bridge,\" the minister said, promising funds."),
            ["we will rebuild the bridge", "the minister said", "promising funds"]
        );
    }

    #[test]
    fn short_pieces_join_a_neighbour() {
        assert_eq!(cut("However, prices rose sharply."), ["however prices rose sharply"]);
        assert_eq!(cut("Nothing."), ["nothing"]);
        assert!(cut("").is_empty());
    }
}
