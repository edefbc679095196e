//! Characters and tokens: quote and dash classes, word tokens with byte offsets, normal forms.
//!
//! Everything here works on the article text exactly as given and reports UTF-8 byte offsets
//! into it; normal forms (NFC, lower case, straight apostrophes) live beside the offsets so that
//! highlights can always point back at the original characters.

#[cfg(not(target_arch = "wasm32"))]
use unicode_normalization::UnicodeNormalization;

/// A half-open byte range `start..end` into an article's text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte (inclusive).
    pub start: usize,
    /// One past the last byte (exclusive).
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// True when `other` lies entirely inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Number of bytes shared with `other`.
    pub fn overlap(&self, other: Span) -> usize {
        self.end.min(other.end).saturating_sub(self.start.max(other.start))
    }
}

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters, possibly with inner apostrophes, hyphens or acronym dots ("don't", "U.S.").
    Word,
    /// Digits, possibly with separators and a decimal part ("1,100", "3.5", "2020").
    Number,
    /// An opening or closing quotation mark of any style.
    Quote,
    /// Any other punctuation or symbol.
    Punct,
}

/// One token of an article, with its place in the original text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where the token stands in the text.
    pub span: Span,
    /// What the token is made of.
    pub kind: TokenKind,
    /// Normal form: NFC, lower case, curly apostrophes straightened, acronym dots removed.
    pub norm: String,
}

/// True for any double or single quotation mark we recognise (straight, curly, guillemets).
pub fn is_quote_char(c: char) -> bool {
    is_double_quote(c) || is_single_quote(c)
}

/// True for double quotation marks: `"`, `“`, `”`, `„`, `«`, `»`, `＂`.
pub fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '«' | '»' | '\u{FF02}')
}

/// True for single quotation marks and apostrophes: `'`, `‘`, `’`, `‚`, `‹`, `›`.
pub fn is_single_quote(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '‹' | '›')
}

/// True for marks that can only open a quotation.
pub fn is_opening_quote(c: char) -> bool {
    matches!(c, '\u{201C}' | '\u{201E}' | '\u{2018}' | '\u{201A}' | '«' | '‹')
}

/// True for marks that can only close a quotation.
pub fn is_closing_quote(c: char) -> bool {
    matches!(c, '\u{201D}' | '\u{2019}' | '»' | '›')
}

/// True for dashes used as punctuation: en dash, em dash, horizontal bar, minus sign.
pub fn is_dash(c: char) -> bool {
    matches!(c, '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}')
}

/// True for characters that can end a sentence.
pub fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '\u{203C}' | '\u{2047}' | '\u{2048}' | '\u{2049}' | '。' | '！' | '？')
}

/// True for characters that may follow a sentence terminator and still belong to the sentence.
pub fn is_closer(c: char) -> bool {
    matches!(c, ')' | ']' | '}') || is_double_quote(c) || is_single_quote(c)
}

/// True when the hyphen at `j`, in the word that starts at `start`, is a dash typed without
/// spaces: an article, a pronoun or a conjunction in lower case follows it as a word of its
/// own ("A sitting Congressman-a presumed heir-was asked"). Compounds go on after such a word
/// ("hit-and-run", "know-it-all"), and a third part stays ("Chick-fil-a").
fn dash_before_word(chars: &[(usize, char)], start: usize, j: usize) -> bool {
    // (Not the third part of a compound: "Chick-fil-a".)
    if chars[j].1 != '-' || chars[start..j].iter().any(|&(_, c)| c == '-') {
        return false;
    }
    let end = (j + 1..chars.len()).find(|&t| !chars[t].1.is_alphabetic()).unwrap_or(chars.len());
    // (Written in lower case: "Chick-fil-A Day" is a name.)
    let word: String = chars[j + 1..end].iter().map(|&(_, c)| c).collect();
    matches!(word.as_str(), "a" | "an" | "the" | "he" | "she" | "it" | "we" | "they" | "and" | "but" | "or" | "who")
        && chars.get(end).is_some_and(|&(_, c)| c.is_whitespace())
}

/// True for characters that belong inside a word (letters, marks, digits).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// Combining marks (kept inside words so accented letters in NFD stay whole).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Ideographic characters form one token each, as there are no spaces between words.
fn is_ideograph(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xAC00..=0xD7AF)
}

/// The top-level domains of web addresses that name an outlet or an organisation in news
/// ("FactCheck.org"): the word and its domain are one token.
const WEB_DOMAINS: &[&str] = &["com", "org", "net", "gov", "edu"];

/// True when the word is a web address: a name and one of [`WEB_DOMAINS`] ("FactCheck.org").
pub fn is_web_address(word: &str) -> bool {
    word.rsplit_once('.')
        .is_some_and(|(name, tld)| !name.is_empty() && WEB_DOMAINS.contains(&tld.to_ascii_lowercase().as_str()))
}

/// Splits `text[span]` into tokens. Offsets are absolute byte offsets into `text`.
///
/// Words keep inner apostrophes and hyphens ("don't", "anti-virus"), acronyms keep their dots
/// ("U.S."), web addresses their domain ("FactCheck.org"), and numbers keep thousands
/// separators and decimals ("1,100", "3.5").
///
/// # Panics
/// Never; a span outside `text` or off a character boundary yields no tokens.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let mut out = Vec::new();
    let Some(slice) = text.get(span.start..span.end) else {
        return out;
    };
    let chars: Vec<(usize, char)> = slice.char_indices().map(|(i, c)| (i + span.start, c)).collect();
    let end_of = |k: usize| -> usize { chars.get(k).map(|&(i, _)| i).unwrap_or(span.end) };
    let mut k = 0;
    while k < chars.len() {
        let (start, c) = chars[k];
        if c.is_whitespace() {
            k += 1;
            continue;
        }
        if is_ideograph(c) {
            out.push(make_token(text, Span::new(start, end_of(k + 1)), TokenKind::Word));
            k += 1;
            continue;
        }
        if c.is_ascii_digit() || (c.is_numeric() && !c.is_alphabetic()) {
            let mut j = k + 1;
            while j < chars.len() {
                let d = chars[j].1;
                if d.is_ascii_digit() || d.is_numeric() {
                    j += 1;
                } else if matches!(d, ',' | '.') && chars.get(j + 1).is_some_and(|n| n.1.is_ascii_digit()) {
                    j += 2;
                } else {
                    break;
                }
            }
            // "10th", "1990s", "5G" stay one token; "3-2" splits at the hyphen.
            while j < chars.len() && chars[j].1.is_alphabetic() {
                j += 1;
            }
            out.push(make_token(text, Span::new(start, end_of(j)), TokenKind::Number));
            k = j;
            continue;
        }
        if is_word_char(c) {
            let mut j = k + 1;
            loop {
                while j < chars.len() && is_word_char(chars[j].1) && !is_ideograph(chars[j].1) {
                    j += 1;
                }
                // Inner apostrophe or hyphen followed by a letter continues the word.
                let joins = chars.get(j).is_some_and(|&(_, d)| {
                    d == '-' || d == '\u{2010}' || d == '\u{2011}' || d == '\'' || d == '\u{2019}' || d == '&'
                });
                if joins
                    && chars.get(j + 1).is_some_and(|&(_, n)| n.is_alphanumeric() && !is_ideograph(n))
                    && !dash_before_word(&chars, k, j)
                {
                    j += 1;
                    continue;
                }
                // Acronym dots: a single letter followed by '.', then another single letter ("U.S.").
                let seg_len = j - word_seg_start(&chars, k, j);
                if seg_len == 1
                    && chars.get(j).is_some_and(|&(_, d)| d == '.')
                    && chars.get(j + 1).is_some_and(|&(_, n)| n.is_alphabetic())
                    && chars.get(j + 2).is_none_or(|&(_, n)| !n.is_alphabetic())
                {
                    j += 1;
                    continue;
                }
                // A web address's domain stays with its name ("FactCheck.org", "Politico.com").
                if j - word_seg_start(&chars, k, j) >= 2 && chars.get(j).is_some_and(|&(_, d)| d == '.') {
                    let tld_end =
                        (j + 1..chars.len()).find(|&t| !chars[t].1.is_ascii_lowercase()).unwrap_or(chars.len());
                    let tld: String = chars[j + 1..tld_end].iter().map(|&(_, c)| c).collect();
                    // (Then the word ends: a space, a mark, or a full stop that ends the sentence.)
                    let ends = match chars.get(tld_end).map(|&(_, n)| n) {
                        None => true,
                        Some('.') => chars.get(tld_end + 1).is_none_or(|&(_, m)| m.is_whitespace()),
                        Some(n) => !n.is_alphanumeric(),
                    };
                    if WEB_DOMAINS.contains(&tld.as_str()) && ends {
                        j = tld_end;
                    }
                }
                break;
            }
            // A plural possessive keeps its apostrophe when a word follows ("Workers’ Front",
            // "parties' leaders").
            if chars.get(j - 1).is_some_and(|&(_, c)| c == 's')
                && chars.get(j).is_some_and(|&(_, d)| d == '\u{2019}' || d == '\'')
                && chars.get(j + 1).is_some_and(|&(_, n)| n == ' ')
                && chars.get(j + 2).is_some_and(|&(_, n)| n.is_alphabetic())
            {
                j += 1;
            }
            // Keep the final dot of an acronym ("U.S." rather than "U.S").
            let tok_text = &text[start..end_of(j)];
            if tok_text.contains('.') && !is_web_address(tok_text) && chars.get(j).is_some_and(|&(_, d)| d == '.') {
                j += 1;
                // Its possessive stays with it ("the F.B.I.'s counsel").
                if chars.get(j).is_some_and(|&(_, d)| d == '\'' || d == '\u{2019}')
                    && chars.get(j + 1).is_some_and(|&(_, n)| n == 's')
                    && chars.get(j + 2).is_none_or(|&(_, n)| !n.is_alphanumeric())
                {
                    j += 2;
                }
            }
            out.push(make_token(text, Span::new(start, end_of(j)), TokenKind::Word));
            k = j;
            continue;
        }
        let kind = if is_quote_char(c) { TokenKind::Quote } else { TokenKind::Punct };
        out.push(make_token(text, Span::new(start, end_of(k + 1)), kind));
        k += 1;
    }
    out
}

/// Start index (into `chars`) of the last alphanumeric run that ends at `j`.
fn word_seg_start(chars: &[(usize, char)], from: usize, j: usize) -> usize {
    let mut s = j;
    while s > from && is_word_char(chars[s - 1].1) {
        s -= 1;
    }
    s
}

fn make_token(text: &str, span: Span, kind: TokenKind) -> Token {
    Token { span, kind, norm: normalize_word(&text[span.start..span.end]) }
}

/// The characters of `w` in NFC. In the browser the app hands the engine text already in NFC
/// (it normalises with the browser's own tables as text comes in, saving the download of
/// normalisation tables), so there the characters are taken as they are.
#[cfg(not(target_arch = "wasm32"))]
fn nfc_chars(w: &str) -> impl Iterator<Item = char> + '_ {
    w.nfc()
}

#[cfg(target_arch = "wasm32")]
fn nfc_chars(w: &str) -> impl Iterator<Item = char> + '_ {
    w.chars()
}

/// The normal form of a word: NFC, lower case, straight apostrophes, no acronym dots, no
/// thousands separators in numbers.
pub fn normalize_word(w: &str) -> String {
    // ASCII is already in NFC: skip the normaliser on the common path.
    let mut s: String = if w.is_ascii() {
        w.to_ascii_lowercase()
    } else {
        nfc_chars(w)
            .flat_map(char::to_lowercase)
            .map(|c| match c {
                '\u{2019}' | '\u{2018}' | '\u{201B}' => '\'',
                '\u{2010}' | '\u{2011}' => '-',
                c => c,
            })
            .collect()
    };
    if s.contains('.') && s.chars().any(char::is_alphabetic) {
        s.retain(|c| c != '.');
    }
    if s.contains(',') && s.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        s.retain(|c| c != ',');
    }
    s
}

/// Moves `i` back to the nearest character boundary of `text` at or before it.
pub fn floor_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Trims Unicode white space from both ends of `text[span]` and returns the narrower span.
pub fn trim_span(text: &str, span: Span) -> Span {
    let Some(s) = text.get(span.start..span.end) else {
        return Span::new(span.start, span.start);
    };
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    Span::new(span.start + lead, span.start + lead + trimmed.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        tokenize(s, Span::new(0, s.len())).into_iter().map(|t| t.norm).collect()
    }

    #[test]
    fn tokens_keep_acronyms_numbers_and_contractions() {
        assert_eq!(words("The U.S. sent 1,100 troops."), ["the", "us", "sent", "1100", "troops", "."]);
        assert_eq!(words("don’t stop 3.5%"), ["don't", "stop", "3.5", "%"]);
        assert_eq!(words("anti-virus F.B.I. agents"), ["anti-virus", "fbi", "agents"]);
        assert_eq!(words("the Workers’ Front"), ["the", "workers'", "front"]);
        // A dash typed without spaces before a lower-case article is no hyphen; compounds stay.
        assert_eq!(words("Congressman-a sitting"), ["congressman", "-", "a", "sitting"]);
        assert_eq!(words("a hit-and-run know-it-all"), ["a", "hit-and-run", "know-it-all"]);
        assert_eq!(words("Chick-fil-a fans, Chick-fil-A Day"), ["chick-fil-a", "fans", ",", "chick-fil-a", "day"]);
        assert_eq!(words("the F.B.I.'s counsel"), ["the", "fbi's", "counsel"]);
    }

    #[test]
    fn web_addresses_stay_one_word() {
        assert_eq!(words("FactCheck.org rated it."), ["factcheckorg", "rated", "it", "."]);
        assert_eq!(words("he told Politico.com. Then"), ["he", "told", "politicocom", ".", "then"]);
        assert_eq!(words("at Politico.com, Lee"), ["at", "politicocom", ",", "lee"]);
        // Not a domain: two words run together at a full stop, or an unknown ending.
        assert_eq!(words("the city.Orgs"), ["the", "city", ".", "orgs"]);
        assert_eq!(words("in the U.S.com"), ["in", "the", "us", "com"]);
        assert!(is_web_address("FactCheck.org") && !is_web_address("U.S.") && !is_web_address(".com"));
    }

    #[test]
    fn cjk_splits_per_character() {
        assert_eq!(words("中国共产党"), ["中", "国", "共", "产", "党"]);
    }

    #[test]
    fn offsets_are_on_boundaries() {
        let s = "Café “quoted” — naïve";
        for t in tokenize(s, Span::new(0, s.len())) {
            assert!(s.is_char_boundary(t.span.start) && s.is_char_boundary(t.span.end));
        }
    }
}
