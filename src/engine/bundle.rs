//! The input: a bundle of articles about one event (`parallax-bundle`, version 1), its parsing
//! and validation with messages that say what is wrong and where. Each type's JSON shape is
//! declared right after it (see [`json`](super::json)).

use super::json::{self, FromJson, Map, Value, json_enum, json_struct};
use crate::engine::fasthash::HashSet;
use std::fmt;

/// The value of the `format` field of every bundle.
pub const BUNDLE_FORMAT: &str = "parallax-bundle";
/// The bundle version this engine reads and writes.
pub const BUNDLE_VERSION: u64 = 1;

/// Articles about one event, with optional event metadata and user corrections.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Bundle {
    /// Always [`BUNDLE_FORMAT`].
    pub format: String,
    /// Always [`BUNDLE_VERSION`].
    pub version: u64,
    /// What the articles are about.
    pub event: Event,
    /// The articles, in the user's order.
    pub articles: Vec<Article>,
    /// The user's alignment corrections (link or unlink two sentences).
    pub corrections: Vec<Correction>,
    /// Fields this version does not know, kept in their order for the round trip.
    pub extra: Map,
}

json_struct!(Bundle { format, version, event: default, articles, corrections: opt, extra: flatten });

/// Metadata about the event the articles report.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Event {
    /// A short name for the event.
    pub title: String,
    /// When it happened (free text, usually `YYYY-MM-DD`).
    pub date: String,
    /// A longer description.
    pub description: String,
    /// Questions or instructions shown to students.
    pub notes: String,
    /// Fields this version does not know, kept in their order for the round trip.
    pub extra: Map,
}

json_struct!(Event { title: opt, date: opt, description: opt, notes: opt, extra: flatten });

/// One article of the bundle.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Article {
    /// Unique within the bundle.
    pub id: String,
    /// The outlet's name (fictitious in our samples).
    pub outlet: String,
    /// The headline.
    pub title: String,
    /// Publication date (free text).
    pub date: String,
    /// Where the article was published.
    pub url: String,
    /// Author line.
    pub byline: String,
    /// The body: paragraphs separated by a blank line.
    pub text: String,
    /// Fields this version does not know, kept in their order for the round trip.
    pub extra: Map,
}

json_struct!(Article { id, outlet: opt, title: opt, date: opt, url: opt, byline: opt, text, extra: flatten });

/// A user's correction of the alignment between two sentences.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Correction {
    /// `link` to add a link, `unlink` to remove one.
    pub action: CorrectionAction,
    /// One sentence.
    pub a: SentenceRef,
    /// The other sentence, in a different article.
    pub b: SentenceRef,
}

json_struct!(Correction { action, a, b });

/// What a correction does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CorrectionAction {
    /// Force a link between the two sentences.
    Link,
    /// Remove any link between the two sentences.
    Unlink,
}

json_enum!(CorrectionAction { Link = "link", Unlink = "unlink" });

/// A sentence named by its article id and its index in that article's sentence list.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SentenceRef {
    /// The article's `id`.
    pub article: String,
    /// Index into the article's sentences.
    pub sentence: usize,
}

json_struct!(SentenceRef { article, sentence });

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
    fn at(message: impl Into<String>, line: usize, column: usize) -> BundleError {
        BundleError { message: message.into(), line: Some(line), column: Some(column) }
    }

    fn plain(message: impl Into<String>) -> BundleError {
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

    /// Parses and validates a bundle.
    ///
    /// # Errors
    /// A [`BundleError`] naming the first problem found: a JSON syntax error (with line and
    /// column), a wrong `format` or `version`, a missing or mistyped field (with the article and
    /// field), or a duplicate article id.
    pub fn from_json(json: &str) -> Result<Bundle, BundleError> {
        let json = json.strip_prefix('\u{FEFF}').unwrap_or(json);
        if json.trim().is_empty() {
            return Err(BundleError::plain("the bundle is empty: expected a JSON object"));
        }
        let value = json::parse(json).map_err(|e| {
            let what = if e.eof {
                "the JSON ends too early (a bracket or quote is not closed)".to_string()
            } else {
                format!("invalid JSON: {}", e.message)
            };
            BundleError::at(what, e.line, e.column)
        })?;
        let Value::Object(top) = value else {
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
                    "bundle version {n} is not supported: this version of Parallax reads version {BUNDLE_VERSION}"
                )));
            }
            Some(other) => {
                return Err(BundleError::plain(format!(
                    "field \"version\" must be a number, but it is {}",
                    short(other)
                )));
            }
            None => {
                return Err(BundleError::plain("field \"version\" is missing: expected 1"));
            }
        }
        let mut top = json::Fields::from(top);
        top.value("format");
        top.value("version");
        let event = match top.value("event") {
            None | Some(Value::Null) => Event::default(),
            Some(v @ Value::Object(_)) => {
                Event::from_json(v).map_err(|e| BundleError::plain(format!("in \"event\": {e}")))?
            }
            Some(other) => {
                return Err(BundleError::plain(format!(
                    "field \"event\" must be an object, but it is {}",
                    kind_of(&other)
                )));
            }
        };
        let Some(articles_value) = top.value("articles") else {
            return Err(BundleError::plain("field \"articles\" is missing: expected a list of articles"));
        };
        let Value::Array(items) = articles_value else {
            return Err(BundleError::plain(format!(
                "field \"articles\" must be a list, but it is {}",
                kind_of(&articles_value)
            )));
        };
        let mut articles = Vec::with_capacity(items.len());
        let mut seen = HashSet::default();
        for (n, item) in items.into_iter().enumerate() {
            let article = parse_article(n, item)?;
            if !seen.insert(article.id.clone()) {
                return Err(BundleError::plain(format!(
                    "article {} has the id \"{}\", which an earlier article already uses: ids must be unique",
                    n + 1,
                    article.id
                )));
            }
            articles.push(article);
        }
        let corrections = match top.value("corrections") {
            None | Some(Value::Null) => Vec::new(),
            Some(v) => Vec::from_json(v).map_err(|e| BundleError::plain(format!("in \"corrections\": {e}")))?,
        };
        Ok(Bundle {
            format: BUNDLE_FORMAT.into(),
            version: BUNDLE_VERSION,
            event,
            articles,
            corrections,
            extra: top.rest(),
        })
    }

    /// The bundle as pretty-printed JSON.
    pub fn to_json(&self) -> String {
        json::to_string_pretty(self)
    }
}

fn parse_article(n: usize, item: Value) -> Result<Article, BundleError> {
    let Value::Object(obj) = &item else {
        return Err(BundleError::plain(format!("article {} must be an object, but it is {}", n + 1, kind_of(&item))));
    };
    let label = match obj.get("id") {
        Some(Value::String(id)) => format!("article {} (\"{id}\")", n + 1),
        _ => format!("article {}", n + 1),
    };
    match obj.get("id") {
        Some(Value::String(id)) if !id.trim().is_empty() => {}
        Some(Value::String(_)) => {
            return Err(BundleError::plain(format!("{label}: field \"id\" is empty")));
        }
        Some(other) => {
            return Err(BundleError::plain(format!(
                "{label}: field \"id\" must be a string, but it is {}",
                kind_of(other)
            )));
        }
        None => {
            return Err(BundleError::plain(format!("{label}: field \"id\" is missing")));
        }
    }
    match obj.get("text") {
        Some(Value::String(_)) => {}
        Some(other) => {
            return Err(BundleError::plain(format!(
                "{label}: field \"text\" must be a string, but it is {}",
                kind_of(other)
            )));
        }
        None => {
            return Err(BundleError::plain(format!("{label}: field \"text\" is missing (it may be empty, \"\")")));
        }
    }
    for field in ["outlet", "title", "date", "url", "byline"] {
        match obj.get(field) {
            None | Some(Value::String(_)) => {}
            Some(other) => {
                return Err(BundleError::plain(format!(
                    "{label}: field \"{field}\" must be a string, but it is {}",
                    kind_of(other)
                )));
            }
        }
    }
    Article::from_json(item).map_err(|e| BundleError::plain(format!("{label}: {e}")))
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
    let s = v.to_string();
    if s.chars().count() > 40 { format!("{}…", s.chars().take(40).collect::<String>()) } else { s }
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
        assert_eq!(again.articles[0].extra["tag"], json::parse("[1, 2]").unwrap());
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
