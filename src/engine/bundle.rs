//! The input: a bundle of articles about one event (`parallax-bundle`, version 1), its parsing
//! and validation with messages that say what is wrong and where. Each type's JSON shape is
//! declared by its serde attributes; fields this version does not know are kept, in their
//! order, in each type's `extra`.

use super::gate;
use crate::util::fasthash::HashSet;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A JSON object that keeps its keys in their order (the fields this version does not know).
pub type Map = serde_json::Map<String, Value>;
/// Any JSON value.
pub use serde_json::Value;

/// The value of the `format` field of every bundle.
pub const BUNDLE_FORMAT: &str = "parallax-bundle";
/// The bundle version this engine reads and writes.
pub const BUNDLE_VERSION: u64 = 1;

/// Articles about one event, with optional event metadata and user corrections.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    /// Always [`BUNDLE_FORMAT`].
    pub format: String,
    /// Always [`BUNDLE_VERSION`].
    pub version: u64,
    /// What the articles are about.
    #[serde(default)]
    pub event: Event,
    /// The articles, in the user's order.
    pub articles: Vec<Article>,
    /// The user's alignment corrections (link or unlink two sentences).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
    /// Fields this version does not know, kept in their order for the round trip (read by
    /// [`Bundle::from_json`], written after the known ones).
    #[serde(flatten, skip_deserializing)]
    pub extra: Map,
}

/// Metadata about the event the articles report.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// A short name for the event.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// When it happened (free text, usually `YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// A longer description.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Questions or instructions shown to students.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Fields this version does not know, kept in their order for the round trip.
    #[serde(flatten, skip_deserializing)]
    pub extra: Map,
}

/// One article of the bundle.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Unique within the bundle.
    pub id: String,
    /// The outlet's name (fictitious in our samples).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub outlet: String,
    /// The headline.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Publication date (free text).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// Where the article was published.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// Author line.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub byline: String,
    /// The body: paragraphs separated by a blank line.
    pub text: String,
    /// Fields this version does not know, kept in their order for the round trip.
    #[serde(flatten, skip_deserializing)]
    pub extra: Map,
}

/// A user's correction of the alignment between two sentences.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Correction {
    /// `link` to add a link, `unlink` to remove one.
    pub action: CorrectionAction,
    /// One sentence.
    pub a: SentenceRef,
    /// The other sentence, in a different article.
    pub b: SentenceRef,
}

/// What a correction does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CorrectionAction {
    /// Force a link between the two sentences.
    Link,
    /// Remove any link between the two sentences.
    Unlink,
}

/// A sentence named by its article id and its index in that article's sentence list.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SentenceRef {
    /// The article's `id`.
    pub article: String,
    /// Index into the article's sentences.
    pub sentence: usize,
}

/// Why a bundle could not be read, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BundleError {
    /// What is wrong, in one sentence.
    pub message: String,
    /// JSON line (1-based), when the problem has one.
    pub line: Option<usize>,
    /// JSON column (1-based), when the problem has one.
    pub column: Option<usize>,
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "line {l}, column {c}: {}", self.message),
            _ => write!(f, "{}", self.message),
        }
    }
}

impl std::error::Error for BundleError {}

impl BundleError {
    /// A problem at a line and column of the JSON.
    pub fn at(message: impl Into<String>, line: usize, column: usize) -> BundleError {
        BundleError { message: message.into(), line: Some(line), column: Some(column) }
    }

    /// A problem without a place in the JSON text.
    pub fn plain(message: impl Into<String>) -> BundleError {
        BundleError { message: message.into(), line: None, column: None }
    }
}

impl Bundle {
    /// A new, empty bundle of the current version.
    pub fn new(event: Event, articles: Vec<Article>) -> Bundle {
        Bundle {
            format: BUNDLE_FORMAT.into(),
            version: BUNDLE_VERSION,
            event,
            articles,
            corrections: Vec::new(),
            extra: Map::new(),
        }
    }

    /// Parses and validates a bundle: the reader every way in uses (the command line, files,
    /// `?bundle=`, share links, the saved workspace). It passes the [`gate`] before and after
    /// parsing, and makes lone carriage returns line feeds (see [`normalise_line_ends`]).
    ///
    /// # Errors
    /// A [`BundleError`] naming the first problem found: a limit of the [`gate`], a JSON syntax
    /// error (with line and column), a wrong `format` or `version`, a missing or mistyped field
    /// (with the article, or the path of the field), or a duplicate article id.
    pub fn from_json(json: &str) -> Result<Bundle, BundleError> {
        let json = json.strip_prefix('\u{FEFF}').unwrap_or(json);
        if json.trim().is_empty() {
            return Err(BundleError::plain("the bundle is empty: expected a JSON object"));
        }
        gate::check_json(json)?;
        let value: Value = serde_json::from_str(json).map_err(syntax_error)?;
        Bundle::from_value(value)
    }

    /// A bundle from a parsed JSON value: [`Bundle::from_json`] without the checks on the text
    /// (its size and nesting), for a bundle inside a larger document (the saved workspace),
    /// whose text was checked as a whole.
    ///
    /// # Errors
    /// As [`Bundle::from_json`].
    pub fn from_value(mut value: Value) -> Result<Bundle, BundleError> {
        let Some(top) = value.as_object() else {
            return Err(BundleError::plain(format!("a bundle is a JSON object, but this is {}", kind_of(&value))));
        };
        match top.get("format") {
            Some(Value::String(f)) if f == BUNDLE_FORMAT => {}
            Some(Value::String(f)) if f == "parallax-report" => {
                return Err(BundleError::plain(
                    "this is a Parallax report, not a bundle: open the bundle the report was made from",
                ));
            }
            Some(other) => {
                return Err(BundleError::plain(format!(
                    "field \"format\" must be \"{BUNDLE_FORMAT}\", but it is {}",
                    short(other)
                )));
            }
            None => {
                return Err(BundleError::plain(format!("field \"format\" is missing: expected \"{BUNDLE_FORMAT}\"")));
            }
        }
        match top.get("version") {
            Some(Value::Number(n)) if n.as_u64() == Some(BUNDLE_VERSION) => {}
            Some(Value::Number(n)) => {
                return Err(BundleError::plain(format!(
                    "bundle version {} is not supported: this version of Parallax reads version {BUNDLE_VERSION}",
                    gate::shown(&n.to_string())
                )));
            }
            Some(other) => {
                return Err(BundleError::plain(format!(
                    "field \"version\" must be a number, but it is {}",
                    short(other)
                )));
            }
            None => return Err(BundleError::plain("field \"version\" is missing: expected 1")),
        }
        let items = match top.get("articles") {
            Some(Value::Array(items)) => items,
            Some(other) => {
                return Err(BundleError::plain(format!(
                    "field \"articles\" must be a list, but it is {}",
                    kind_of(other)
                )));
            }
            None => return Err(BundleError::plain("field \"articles\" is missing: expected a list of articles")),
        };
        // Counted before anything else is read, so that 100,000 articles are refused at once.
        gate::check_count(items.len())?;
        for (n, item) in items.iter().enumerate() {
            check_article_fields(n, item)?;
        }
        let mut bundle = Bundle::deserialize(&value).map_err(|e| schema_error(&value, &Bundle::below(&value), &e))?;
        // The fields this version does not know, kept in their order for the round trip.
        if let Value::Object(top) = &mut value {
            bundle.extra = extra_fields::<Bundle>(top);
            if let Some(Value::Object(event)) = top.get_mut("event") {
                bundle.event.extra = extra_fields::<Event>(event);
            }
            if let Some(Value::Array(items)) = top.get_mut("articles") {
                for (article, item) in bundle.articles.iter_mut().zip(items) {
                    if let Value::Object(fields) = item {
                        article.extra = extra_fields::<Article>(fields);
                    }
                }
            }
        }
        gate::check(&bundle)?;
        let mut seen = HashSet::default();
        for (n, a) in bundle.articles.iter().enumerate() {
            if !seen.insert(a.id.as_str()) {
                return Err(BundleError::plain(format!(
                    "{} has the id \"{}\", which an earlier article already uses: ids must be unique",
                    gate::article_label(n, ""),
                    gate::shown(&a.id)
                )));
            }
        }
        for a in &mut bundle.articles {
            normalise_line_ends(&mut a.text);
            normalise_line_ends(&mut a.title);
        }
        Ok(bundle)
    }

    /// The bundle as pretty-printed JSON.
    pub fn to_json(&self) -> String {
        write_json(self, true)
    }
}

/// Any serde type as JSON text, compact or pretty, written through a [`Value`]. Every type is
/// written and read (see [`read_json`]) through `Value` and its one serializer and parser, so
/// that the web build carries each type's serde code once rather than once per JSON writer
/// and reader (a `Report` written compactly for the worker and pretty for a download, say).
pub fn write_json<T: Serialize + ?Sized>(value: &T, pretty: bool) -> String {
    let value = serde_json::to_value(value).unwrap_or_default();
    let text = if pretty { serde_json::to_string_pretty(&value) } else { serde_json::to_string(&value) };
    text.unwrap_or_default()
}

/// Any serde type from JSON text, parsed into a [`Value`] first (see [`write_json`]).
///
/// # Errors
/// serde_json's error: a syntax error with its line and column, or a value of the wrong shape.
pub fn read_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, serde_json::Error> {
    T::deserialize(serde_json::from_str::<Value>(text)?)
}

/// A bundle inside another document (the saved workspace, a request to the worker), written
/// as a bundle object and read back through [`Bundle::from_value`] (the gate's limits, the
/// messages, unknown fields kept): `#[serde(with = "crate::engine::bundle::checked")]`.
pub mod checked {
    use super::{Bundle, Value};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// Writes the bundle as its own JSON object.
    pub fn serialize<S: Serializer>(bundle: &Bundle, s: S) -> Result<S::Ok, S::Error> {
        bundle.serialize(s)
    }

    /// Reads the bundle as [`Bundle::from_value`] does.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Bundle, D::Error> {
        Bundle::from_value(Value::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

/// Makes lone carriage returns (old Mac line ends) line feeds, byte for byte, so that the app
/// and the command line see the same paragraphs; `\r\n` stays (the segmenter reads it as a line
/// end) so that every offset in the report still points into the text as the bundle gives it.
pub fn normalise_line_ends(text: &mut String) {
    if !text.contains('\r') {
        return;
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    for (k, &b) in bytes.iter().enumerate() {
        out.push(if b == b'\r' && bytes.get(k + 1) != Some(&b'\n') { b'\n' } else { b });
    }
    // One ASCII byte replaced by another: still UTF-8.
    *text = String::from_utf8(out).unwrap_or_default();
}

/// The friendly checks of one article before serde reads it: an object with a non-empty
/// string `id` and a string `text`.
fn check_article_fields(n: usize, item: &Value) -> Result<(), BundleError> {
    let Value::Object(obj) = item else {
        return Err(BundleError::plain(format!("article {} must be an object, but it is {}", n + 1, kind_of(item))));
    };
    let label = gate::article_label(n, obj.get("id").and_then(Value::as_str).unwrap_or_default());
    let problem = match (obj.get("id"), obj.get("text")) {
        (None, _) => "field \"id\" is missing".to_string(),
        (Some(Value::String(id)), _) if id.trim().is_empty() => "field \"id\" is empty".to_string(),
        (Some(Value::String(_)), None) => "field \"text\" is missing (it may be empty, \"\")".to_string(),
        (Some(Value::String(_)), Some(Value::String(_))) => return Ok(()),
        (Some(Value::String(_)), Some(other)) => {
            format!("field \"text\" must be a string, but it is {}", kind_of(other))
        }
        (Some(other), _) => format!("field \"id\" must be a string, but it is {}", kind_of(other)),
    };
    Err(BundleError::plain(format!("{label}: {problem}")))
}

/// A JSON syntax error, with its line and column.
fn syntax_error(e: serde_json::Error) -> BundleError {
    let what = if e.is_eof() {
        "the JSON ends too early (a bracket or quote is not closed)".to_string()
    } else {
        // serde_json's message ends with " at line L column C", which the error carries.
        let text = e.to_string();
        let message = text.rsplit_once(" at line ").map_or(text.as_str(), |(m, _)| m);
        format!("invalid JSON: {message}")
    };
    BundleError::at(what, e.line(), e.column())
}

/// A value of the wrong shape somewhere in the bundle, named by its path: "article 2
/// ("wire"), field "title": invalid type…" or "field "event.date": invalid type…".
fn schema_error(top: &Value, path: &[Step], e: &serde_json::Error) -> BundleError {
    let message = e.to_string().replace('`', "\"");
    let place = match path {
        [Step::Key(key), Step::Index(index), rest @ ..] if key == "articles" => {
            let id = top
                .get("articles")
                .and_then(|a| a.get(*index))
                .and_then(|a| a.get("id"))
                .and_then(Value::as_str)
                .unwrap_or_default();
            let label = gate::article_label(*index, id);
            if rest.is_empty() { label } else { format!("{label}, field \"{}\"", path_text(rest)) }
        }
        [] => "the bundle".to_string(),
        all => format!("field \"{}\"", path_text(all)),
    };
    BundleError::plain(format!("{place}: {message}"))
}

/// Path steps as `corrections[1].a.sentence`, each key shortened and escaped.
fn path_text(path: &[Step]) -> String {
    let mut out = String::new();
    for s in path {
        match s {
            Step::Index(index) => out.push_str(&format!("[{index}]")),
            Step::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(&gate::shown(key));
            }
            Step::Variant(variant) => out.push_str(&gate::shown(variant)),
        }
    }
    out
}

/// A step on the path to a value of the wrong shape: a field, an item of a list, or the
/// variant of an enum written as an object.
enum Step {
    Key(String),
    Index(usize),
    Variant(String),
}

/// Where a value of one of the bundle's types fails to read, found by reading its parts again
/// (only once serde has refused the bundle, so that its message can say where): the steps
/// below the value, none when the value itself is wrong (a missing field, say). Parts are
/// tried in the order serde reads them, so the place found is the one serde's message is about.
trait Locate: serde::de::DeserializeOwned {
    fn below(_: &Value) -> Vec<Step> {
        Vec::new()
    }
}

impl Locate for String {}
impl Locate for u64 {}
impl Locate for usize {}

/// The fields of a struct (or the items of one written as a list), each with its type.
type FieldList = [(&'static str, fn(&Value) -> bool, fn(&Value) -> Vec<Step>)];

/// True when `v` is not a `T`.
fn fails<T: Locate>(v: &Value) -> bool {
    T::deserialize(v).is_err()
}

/// The path below a struct of `fields`: the first field, in the order written, that fails.
fn below_fields(v: &Value, fields: &FieldList) -> Vec<Step> {
    let (step, item, below) = match v {
        Value::Object(map) => {
            let mut found = map.iter().filter_map(|(k, item)| {
                let (_, fails, below) = fields.iter().find(|(name, _, _)| name == k)?;
                fails(item).then(|| (Step::Key(k.clone()), item, *below))
            });
            let Some(found) = found.next() else { return Vec::new() };
            found
        }
        Value::Array(items) => {
            let mut found = items.iter().zip(fields).enumerate().filter(|(_, (item, (_, fails, _)))| fails(item));
            let Some((n, (item, (_, _, below)))) = found.next() else { return Vec::new() };
            (Step::Index(n), item, *below)
        }
        _ => return Vec::new(),
    };
    let mut path = vec![step];
    path.extend(below(item));
    path
}

/// Declares the fields of the bundle's structs for [`Locate`].
macro_rules! locate_fields {
    ($($t:ty { $($f:literal: $ft:ty),* $(,)? })*) => {$(
        impl Locate for $t {
            fn below(v: &Value) -> Vec<Step> {
                below_fields(v, &[$(($f, fails::<$ft>, <$ft as Locate>::below)),*])
            }
        }
    )*};
}

locate_fields! {
    Bundle { "format": String, "version": u64, "event": Event, "articles": Vec<Article>, "corrections": Vec<Correction> }
    Event { "title": String, "date": String, "description": String, "notes": String }
    Article {
        "id": String, "outlet": String, "title": String, "date": String, "url": String, "byline": String,
        "text": String,
    }
    Correction { "action": CorrectionAction, "a": SentenceRef, "b": SentenceRef }
    SentenceRef { "article": String, "sentence": usize }
}

/// A unit variant written as an object (`{"link": 1}`): the variant, then its value.
impl Locate for CorrectionAction {
    fn below(v: &Value) -> Vec<Step> {
        match v {
            Value::Object(map) => map.keys().take(1).map(|k| Step::Variant(k.clone())).collect(),
            _ => Vec::new(),
        }
    }
}

/// The first item that fails.
impl<T: Locate> Locate for Vec<T> {
    fn below(v: &Value) -> Vec<Step> {
        let Value::Array(items) = v else { return Vec::new() };
        let Some((n, item)) = items.iter().enumerate().find(|(_, item)| fails::<T>(item)) else {
            return Vec::new();
        };
        let mut path = vec![Step::Index(n)];
        path.extend(T::below(item));
        path
    }
}

/// Takes the fields of `fields` that `T` does not know out of it, in their order.
fn extra_fields<'de, T: Deserialize<'de>>(fields: &mut Map) -> Map {
    let known = field_names::<T>();
    let keys: Vec<String> = fields.keys().filter(|k| !known.contains(&k.as_str())).cloned().collect();
    keys.into_iter().filter_map(|k| fields.shift_remove(&k).map(|v| (k, v))).collect()
}

/// The field names a derived `Deserialize` of a struct reads (serde hands them to
/// `deserialize_struct`; this deserializer only catches them).
fn field_names<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    struct Catch<'a>(&'a mut &'static [&'static str]);
    #[derive(Debug)]
    struct Caught;
    impl std::fmt::Display for Caught {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("field names caught")
        }
    }
    impl std::error::Error for Caught {}
    impl serde::de::Error for Caught {
        fn custom<M: fmt::Display>(_: M) -> Caught {
            Caught
        }
    }
    impl<'de> serde::Deserializer<'de> for Catch<'_> {
        type Error = Caught;
        fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Caught> {
            Err(Caught)
        }
        fn deserialize_struct<V: serde::de::Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Caught> {
            *self.0 = fields;
            Err(Caught)
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
            unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }
    let mut fields: &'static [&'static str] = &[];
    let _ = T::deserialize(Catch(&mut fields));
    fields
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a true/false value",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn short(v: &Value) -> String {
    gate::shown(&v.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_error_has_line_and_column() {
        let e = Bundle::from_json("{\n  \"format\": \"parallax-bundle\",\n  \"version\": 1,\n  oops\n}").unwrap_err();
        assert_eq!((e.line, e.column), (Some(4), Some(3)));
    }

    #[test]
    fn unknown_fields_survive_round_trip() {
        let src = r#"{"format":"parallax-bundle","version":1,"x-course":"media 101","articles":[{"id":"a","text":"Hi.","tag":[1,2]}]}"#;
        let b = Bundle::from_json(src).unwrap();
        let again = Bundle::from_json(&b.to_json()).unwrap();
        assert_eq!(b, again);
        assert_eq!(again.extra["x-course"], "media 101");
        assert_eq!(again.articles[0].extra["tag"], serde_json::json!([1, 2]));
    }

    #[test]
    fn wrong_version_and_duplicate_ids_are_named() {
        let e = Bundle::from_json(r#"{"format":"parallax-bundle","version":7,"articles":[]}"#).unwrap_err();
        assert!(e.message.contains("version 7"), "{e}");
        let e = Bundle::from_json(
            r#"{"format":"parallax-bundle","version":1,"articles":[{"id":"a","text":""},{"id":"a","text":""}]}"#,
        )
        .unwrap_err();
        assert!(e.message.contains("article 2") && e.message.contains("unique"), "{e}");
    }
}
