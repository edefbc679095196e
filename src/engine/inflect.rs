//! The regular forms of an English verb, written once for two users: `build.rs`, which leaves
//! out of the compiled-in reporting-verb list every line whose forms are exactly these (most
//! of them), and the lexicon, which makes them again when it reads the list. A verb whose
//! forms differ in any way ("said", "banned", "lying") keeps all five forms in the list.
//!
//! This file is included by `build.rs` as a module of its own: it uses nothing but `std`.

/// The five forms of a regular verb (base, third person, past, past participle, gerund); in a
/// phrasal verb ("point out") the first word takes the endings. `None` for a base this rule
/// does not cover (an empty one).
pub fn regular_forms(base: &str) -> Option<[String; 5]> {
    let (verb, particle) = match base.split_once(' ') {
        Some((v, p)) => (v, format!(" {p}")),
        None => (base, String::new()),
    };
    let last = verb.chars().last()?;
    let before = verb.chars().rev().nth(1);
    let consonant_y = last == 'y' && before.is_some_and(|c| !"aeiou".contains(c));
    let stem_y = || &verb[..verb.len() - 1];
    let third = if verb.ends_with(['s', 'x', 'z']) || verb.ends_with("ch") || verb.ends_with("sh") {
        format!("{verb}es")
    } else if consonant_y {
        format!("{}ies", stem_y())
    } else {
        format!("{verb}s")
    };
    let past = if last == 'e' {
        format!("{verb}d")
    } else if consonant_y {
        format!("{}ied", stem_y())
    } else {
        format!("{verb}ed")
    };
    let gerund = if last == 'e' && !verb.ends_with("ee") {
        format!("{}ing", &verb[..verb.len() - 1])
    } else {
        format!("{verb}ing")
    };
    Some([
        base.to_string(),
        format!("{third}{particle}"),
        format!("{past}{particle}"),
        format!("{past}{particle}"),
        format!("{gerund}{particle}"),
    ])
}
