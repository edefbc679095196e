//! The check every finding's text passes before it is shown. A finding is built from pieces
//! (names, quoted words, lists); when a piece comes out empty or cut, the sentence around it
//! reads as nonsense, and a student cannot tell a broken sentence from a wrong one. The check
//! looks only at the finding's own words: what stands inside quotation marks is an article's
//! text and is taken as written.

/// What is wrong with a text meant for a reader, or `None` when it reads as a whole sentence.
pub fn flaw(text: &str) -> Option<&'static str> {
    let t = text.trim();
    if t.is_empty() {
        return Some("empty text");
    }
    if t.chars().any(|c| c == '\u{FFFD}' || (c.is_control() && c != '\n')) {
        return Some("a broken character");
    }
    if t.matches('“').count() != t.matches('”').count() {
        return Some("unbalanced quotation marks");
    }
    if t.contains("“”") || t.contains("“ ”") || t.contains("“…”") {
        return Some("an empty quotation");
    }
    let own = own_words(t);
    const ARTEFACTS: &[(&str, &str)] = &[
        (": ;", "an empty list"),
        (": .", "an empty list"),
        (":.", "an empty list"),
        (":;", "an empty list"),
        (", ,", "an empty list item"),
        (",,", "an empty list item"),
        (" and .", "an empty list item"),
        (" and ;", "an empty list item"),
        (" and ,", "an empty list item"),
        (" and and ", "an empty list item"),
        ("()", "empty brackets"),
        ("( )", "empty brackets"),
        (" ,", "a space before punctuation"),
        (" .", "a space before punctuation"),
        (" ;", "a space before punctuation"),
        ("  ", "a double space"),
    ];
    if let Some((_, what)) = ARTEFACTS.iter().find(|(p, _)| own.contains(p)) {
        return Some(what);
    }
    let end = own.trim_end();
    if [":", ",", ";", " and", " or", " by", " of", " the", " a"].iter().any(|e| end.ends_with(e)) {
        return Some("cut short");
    }
    None
}

/// The text with every quotation (“…”) replaced by a placeholder word, so that only the
/// finding's own words are checked.
fn own_words(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut depth = 0usize;
    for c in t.chars() {
        match c {
            '“' => {
                if depth == 0 {
                    out.push('Q');
                }
                depth += 1;
            }
            '”' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::flaw;

    #[test]
    fn whole_sentences_pass() {
        for ok in [
            "The articles open with different things: A with “Police said 17 people were arrested.”; B with “Thousands marched.”.",
            "Unnamed sources appear in A (“a police spokesperson” and “one officer”) and B (“witnesses”).",
            "B never mentions Canal Square.",
            "A quotes the words “ , odd spacing , ” as written.",
        ] {
            assert_eq!(flaw(ok), None, "{ok}");
        }
    }

    #[test]
    fn broken_pieces_are_caught() {
        for (bad, why) in [
            ("", "empty text"),
            ("The articles name X differently: A “” and B “X”.", "an empty quotation"),
            ("The figures differ on the arrests: ; B “17 people”.", "an empty list"),
            ("Only A reports that “It rained.”, and .", "an empty list item"),
            ("A quotes official Harriet Doyle and unnamed ().", "empty brackets"),
            ("A leaves out a claim that B and", "cut short"),
            ("A quotes “half a quotation.", "unbalanced quotation marks"),
            ("A and  B differ.", "a double space"),
            ("Loaded words in A , B.", "a space before punctuation"),
            ("A broken \u{FFFD} character.", "a broken character"),
        ] {
            assert_eq!(flaw(bad), Some(why), "{bad}");
        }
    }
}
