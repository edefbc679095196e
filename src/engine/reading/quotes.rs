//! Direct quotations: straight and curly marks of every style, quotations that run over
//! several sentences, and over several paragraphs when each new paragraph reopens them with a
//! fresh opening mark and the previous one is left open.
//!
//! Quotations are found on the whole text, not sentence by sentence, in one pass that carries
//! its state (which mark is open) forward.

use super::Unit;
use crate::engine::text::{Span, Token, TokenKind, is_closing_quote, is_dash, is_double_quote, is_opening_quote};

/// One direct quotation: from its opening mark to its closing mark (or to the end of the
/// paragraph when the quotation continues in the next one, or is never closed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quotation {
    /// The bytes, marks included.
    pub span: Span,
    /// True when this quotation continues one left open at the end of the previous paragraph.
    pub continued: bool,
}

/// For each token, true when it lies inside one of `quotations` (as [`scan`] finds them:
/// sorted, not overlapping, so the one that could hold a token is the last that starts at or
/// before it).
pub fn mask(tokens: &[Token], quotations: &[Quotation]) -> Vec<bool> {
    tokens
        .iter()
        .map(|t| {
            let k = quotations.partition_point(|q| q.span.start <= t.span.start);
            k > 0 && quotations[k - 1].span.contains(t.span)
        })
        .collect()
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

/// A single-quoted quotation is looked for over at most this many characters: longer ones are
/// written with double marks in news copy, and the bound keeps the scan linear.
pub const SINGLE_QUOTE_CHARS: usize = 400;

/// Characters after which a straight mark opens a quotation.
fn opens_after(p: char) -> bool {
    matches!(p, '(' | '[' | '{' | ':' | '-' | '/') || is_dash(p) || is_opening_quote(p)
}

/// The index of the mark that closes a single-quoted quotation opened before `from`: a
/// single mark after a non-space character and before a non-letter, before any double mark.
fn single_close(chars: &[(usize, char)], from: usize) -> Option<usize> {
    // Bounded, so that a paragraph of opening marks that never close stays linear.
    for j in from..chars.len().min(from + SINGLE_QUOTE_CHARS) {
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
