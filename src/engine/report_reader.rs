//! Reading a report back from its JSON (the worker's reply to the page, see `ui::analysis`).
//!
//! The report is written by its derived `Serialize` (the shape is declared once, by the serde
//! attributes in `report.rs`) and read here from a parsed [`Value`], field by field, by
//! [`read_report`]. A derived `Deserialize` of the two dozen report types made about 24 KB of
//! the web build's download (a visitor, field matching and error paths per type and per field);
//! here every value is read into its place in a report that starts at its default, through
//! `&mut dyn Slot`, so that a field costs one call: `fields!` lists a struct's fields (the
//! compiler refuses a list that misses one), and a unit enum is read by comparing the names
//! its `Serialize` writes. A field the writer leaves out (`skip_serializing_if`) keeps its
//! default, and the tests read every sample's report and a report with every field set back
//! unchanged.

use super::report::*;
use crate::util::sorted::SortedMap;
use serde::Serialize;
use serde_json::{Map, Value};

/// A report from its JSON, as the report's `Serialize` writes it.
///
/// # Errors
/// Where the JSON is not a report (a bug: only the worker's replies are read).
pub fn read_report(value: Value) -> Result<Report, String> {
    let mut report = Report::default();
    report.fill(value)?;
    Ok(report)
}

/// `Deserialize` through [`read_report`], for readers of report files
/// (`serde_json::from_str::<Report>`).
impl<'de> serde::Deserialize<'de> for Report {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Report, D::Error> {
        read_report(Value::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

/// A blank highlight to read one into (its kind is read too).
impl Default for Highlight {
    fn default() -> Highlight {
        Highlight {
            article: String::new(),
            start: 0,
            end: 0,
            kind: Kind::Loaded,
            note: String::new(),
            title: false,
            class: None,
        }
    }
}

/// A blank change kind to read one into (the kind read replaces it).
impl Default for ChangeKind {
    fn default() -> ChangeKind {
        ChangeKind::Other
    }
}

/// A place a JSON value is read into (a field of a report being read, starting at its
/// default). Reading through `&mut dyn Slot` keeps the code a field needs to one call.
trait Slot {
    fn fill(&mut self, v: Value) -> Result<(), String>;
}

/// What was found where something else was expected.
fn wrong(expected: &str, v: &Value) -> String {
    let found = match v {
        Value::Null => "nothing",
        Value::Bool(_) => "a true/false value",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    };
    format!("expected {expected}, found {found}")
}

impl Slot for String {
    fn fill(&mut self, v: Value) -> Result<(), String> {
        match v {
            Value::String(s) => *self = s,
            v => return Err(wrong("a string", &v)),
        }
        Ok(())
    }
}

/// Whole numbers (counts, offsets) and any number (scores, shares).
macro_rules! numbers {
    ($($t:ty: $get:ident, $what:literal;)*) => {$(
        impl Slot for $t {
            fn fill(&mut self, v: Value) -> Result<(), String> {
                *self = v.$get().ok_or_else(|| wrong($what, &v))?;
                Ok(())
            }
        }
    )*};
}

numbers! {
    u64: as_u64, "a whole number";
    f64: as_f64, "a number";
}

impl Slot for usize {
    fn fill(&mut self, v: Value) -> Result<(), String> {
        let mut n = 0u64;
        n.fill(v)?;
        *self = usize::try_from(n).map_err(|_| format!("{n} is too large"))?;
        Ok(())
    }
}

/// `false` when left out.
impl Slot for bool {
    fn fill(&mut self, v: Value) -> Result<(), String> {
        match v {
            Value::Bool(b) => *self = b,
            Value::Null => {}
            v => return Err(wrong("true or false", &v)),
        }
        Ok(())
    }
}

/// `None` when left out or `null`.
impl<T: Slot + Default> Slot for Option<T> {
    fn fill(&mut self, v: Value) -> Result<(), String> {
        if !v.is_null() {
            self.get_or_insert_with(T::default).fill(v)?;
        }
        Ok(())
    }
}

/// Empty when left out.
impl<T: Slot + Default> Slot for Vec<T> {
    fn fill(&mut self, v: Value) -> Result<(), String> {
        each(v, &mut |item| {
            let mut t = T::default();
            t.fill(item)?;
            self.push(t);
            Ok(())
        })
    }
}

/// Calls `read` on every item of a list (nothing when it is left out): the part of reading a
/// list that does not depend on its items' type, compiled once.
fn each(v: Value, read: &mut dyn FnMut(Value) -> Result<(), String>) -> Result<(), String> {
    match v {
        Value::Array(items) => items.into_iter().try_for_each(read),
        Value::Null => Ok(()),
        v => Err(wrong("a list", &v)),
    }
}

impl<V: Slot + Default> Slot for SortedMap<String, V> {
    fn fill(&mut self, v: Value) -> Result<(), String> {
        let Value::Object(fields) = v else { return Err(wrong("an object", &v)) };
        for (k, v) in fields {
            let mut value = V::default();
            value.fill(v)?;
            self.insert(k, value);
        }
        Ok(())
    }
}

/// The fields of a JSON object, taken out one by one.
struct Fields(Map<String, Value>);

impl Fields {
    fn of(v: Value) -> Result<Fields, String> {
        match v {
            Value::Object(fields) => Ok(Fields(fields)),
            v => Err(wrong("an object", &v)),
        }
    }

    /// Reads the field `name` into `slot` (a field that is left out reads as `null`).
    fn fill(&mut self, name: &str, slot: &mut dyn Slot) -> Result<(), String> {
        let v = self.0.get_mut(name).map_or(Value::Null, Value::take);
        slot.fill(v).map_err(|e| format!("field \"{name}\": {e}"))
    }
}

/// Reads a struct from an object, one field each (by the name serde writes: the field's own;
/// the compiler refuses a list that misses a field).
macro_rules! fields {
    ($($t:ident { $($f:ident),* $(,)? })*) => {$(
        impl Slot for $t {
            fn fill(&mut self, v: Value) -> Result<(), String> {
                let $t { $($f),* } = self;
                let mut o = Fields::of(v)?;
                $(o.fill(stringify!($f), $f)?;)*
                Ok(())
            }
        }
    )*};
}

fields! {
    Report { format, version, articles, links, claims, highlights, findings, signals, referents, diagnostics }
    ArticleReport { id, sentences, paragraphs, title, dateline }
    SpanOut { start, end }
    SentenceOut { start, end, paragraph, boilerplate }
    UnitRef { article, sentence, title }
    Link { a, b, score, manual }
    Member { article, sentence, title, place, paragraph }
    Claim { id, members, articles, missing, diffs }
    Diff { a, b, ops }
    DiffOp { tag, a, b, change }
    Highlight { article, start, end, kind, note, title, class }
    Finding { text, signal, weight, evidence }
    Evidence { article, sentence, title, span }
    Diagnostic { article, message }
    ArticleSignals { article, counts, frames, speakers, quoted_share, words }
    FrameScore { frame, label, cues, share }
    SpeakerShare { speaker, role, class, quotes, words, share }
    Referent { id, name, labels }
    ArticleLabels { article, labels }
    LabelCount { label, count }
}

/// The variant whose name, as its `Serialize` writes it, is `v`.
fn variant<T: Serialize + Copy>(all: &[T], v: &Value) -> Result<T, String> {
    all.iter().copied().find(|x| serde_json::to_value(x).ok().as_ref() == Some(v)).ok_or_else(|| match v {
        Value::String(s) => format!("unknown name \"{s}\""),
        v => wrong("a name", v),
    })
}

/// Reads a unit enum by the names of its variants (the compiler refuses a list that misses one).
macro_rules! variants {
    ($($t:ident: [$($v:ident),* $(,)?])*) => {$(
        impl Slot for $t {
            fn fill(&mut self, v: Value) -> Result<(), String> {
                const _EVERY_VARIANT: fn($t) = |x| match x {
                    $($t::$v => {}),*
                };
                *self = variant(&[$($t::$v),*], &v)?;
                Ok(())
            }
        }
    )*};
}

variants! {
    Place: [Headline, Lead, Body]
    DiffTag: [Equal, Delete, Insert, Replace]
    ChangeKind: [ReportingVerb, Label, Hedge, Booster, Number, Loaded, QuotationVsParaphrase, Other]
    SourceClass: [Official, NonOfficial, Anonymous, Unknown]
    Signal: [
        Coverage, Emphasis, Number, Label, Verbatim, Quotation, ReportingVerb, Loaded, Sourcing, AnonymousSource, Passive,
        Frame, Hedge, Booster,
    ]
}

impl Slot for Kind {
    fn fill(&mut self, v: Value) -> Result<(), String> {
        *self = variant(&Kind::ALL, &v)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every field set to something other than its default, and read back unchanged.
    #[test]
    fn a_report_with_every_field_set_reads_back() {
        let span = SpanOut { start: 3, end: 9 };
        let unit = UnitRef { article: "a".into(), sentence: Some(2), title: true };
        let report = Report {
            format: REPORT_FORMAT.into(),
            version: REPORT_VERSION,
            articles: vec![ArticleReport {
                id: "a".into(),
                sentences: vec![SentenceOut { start: 1, end: 2, paragraph: 3, boilerplate: true }],
                paragraphs: vec![span],
                title: Some(span),
                dateline: Some(SpanOut { start: 0, end: 1 }),
            }],
            links: vec![Link { a: unit.clone(), b: unit.clone(), score: 0.125, manual: true }],
            claims: vec![Claim {
                id: 4,
                members: vec![Member {
                    article: "a".into(),
                    sentence: None,
                    title: true,
                    place: Place::Headline,
                    paragraph: 5,
                }],
                articles: vec!["a".into()],
                missing: vec!["b".into()],
                diffs: vec![Diff {
                    a: unit.clone(),
                    b: unit,
                    ops: vec![DiffOp {
                        tag: DiffTag::Replace,
                        a: span,
                        b: span,
                        change: Some(ChangeKind::QuotationVsParaphrase),
                    }],
                }],
            }],
            highlights: vec![Highlight {
                article: "a".into(),
                start: 1,
                end: 2,
                kind: Kind::AnonymousSource,
                note: "why".into(),
                title: true,
                class: Some("distancing".into()),
            }],
            findings: vec![Finding {
                text: "t".into(),
                signal: Signal::Sourcing,
                weight: 2.5,
                evidence: vec![Evidence { article: "a".into(), sentence: Some(1), title: true, span: Some(span) }],
            }],
            signals: vec![ArticleSignals {
                article: "a".into(),
                counts: [("hedge".to_string(), 3)].into_iter().collect(),
                frames: vec![FrameScore { frame: "economic".into(), label: "Economic".into(), cues: 2, share: 0.5 }],
                speakers: vec![SpeakerShare {
                    speaker: "Zhou".into(),
                    role: Some("spokesperson".into()),
                    class: SourceClass::NonOfficial,
                    quotes: 2,
                    words: 7,
                    share: 0.75,
                }],
                quoted_share: 0.1,
                words: 300,
            }],
            referents: vec![Referent {
                id: 1,
                name: "Party".into(),
                labels: vec![ArticleLabels {
                    article: "a".into(),
                    labels: vec![LabelCount { label: "the Party".into(), count: 2 }],
                }],
            }],
            diagnostics: vec![Diagnostic { article: Some("a".into()), message: "m".into() }],
        };
        let json = crate::engine::bundle::write_json(&report, false);
        assert_eq!(serde_json::from_str::<Report>(&json).expect("reads"), report);
        // Every name of the enums read from a list of their variants.
        for k in Kind::ALL {
            let mut read = Kind::Hedge;
            read.fill(serde_json::to_value(k).expect("name")).expect("a kind");
            assert_eq!(read, k);
        }
        for c in ChangeKind::ALL {
            let mut read = ChangeKind::Other;
            read.fill(serde_json::to_value(c).expect("name")).expect("a change");
            assert_eq!(read, c);
        }
        assert!(read_report(serde_json::json!({"format": 1})).unwrap_err().contains("field \"format\""));
    }
}
