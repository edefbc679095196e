//! JSON without dependencies: a [`Value`] whose objects keep their key order and whose numbers
//! keep their text (so unknown fields come back exactly as they were read), a parser whose
//! errors carry a 1-based line and column, a writer for compact and pretty output (the pretty
//! layout, escaping and float format are serde_json's), and the [`ToJson`] / [`FromJson`]
//! conversions.
//!
//! A type's JSON shape is declared once, next to the type, with `json_struct!` (fields in
//! order, each with an optional mode) and `json_enum!` (variants and their names):
//!
//! ```text
//! json_struct!(Article { id, outlet: opt, text, extra: flatten });
//! json_enum!(CorrectionAction { Link = "link", Unlink = "unlink" });
//! ```
//!
//! Field modes: none — required when read, always written; `default` — missing means
//! `Default::default()` (or `default = path` for a function); `opt` — like `default`, and left
//! out when written if empty, `false` or `None`; `skip` — never read or written; `flatten` —
//! the [`Map`] of fields the type does not know (last in the list). Read errors use serde's
//! wording ("missing field `text`", "invalid type: integer `5`, expected a string").
//!
//! The writer and the field helpers take `&dyn ToJson`, so each struct's code is a list of
//! calls into shared, non-generic functions (the web build's size is the point).

use crate::engine::sorted::SortedMap;
use std::fmt;
use std::fmt::Write as _;

/// How deeply lists and objects may nest. The parser is recursive, so the limit keeps a
/// crafted input from exhausting the stack; serde_json stops at the same depth.
pub const MAX_DEPTH: usize = 127;

/// A JSON value. Objects keep their keys in order; numbers keep their text.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Value {
    /// `null`.
    #[default]
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written.
    Number(Number),
    /// A string.
    String(String),
    /// A list.
    Array(Vec<Value>),
    /// An object.
    Object(Map),
}

/// A JSON number, kept as its (valid) text: no precision is lost and no float parser is needed
/// to carry it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Number(String);

impl Number {
    /// The number as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The number as a `u64`, when it is a non-negative integer written without fraction or
    /// exponent that fits.
    pub fn as_u64(&self) -> Option<u64> {
        let mut n: u64 = 0;
        if self.0.is_empty() {
            return None;
        }
        for b in self.0.bytes() {
            if !b.is_ascii_digit() {
                return None;
            }
            n = n.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
        }
        Some(n)
    }

    /// The number written for a float: serde_json's shortest round-trip form (`0.71`, `1.0`,
    /// `1e-7`); `None` for NaN and infinities, which JSON cannot carry.
    pub fn from_f64(x: f64) -> Option<Number> {
        x.is_finite().then(|| {
            let mut s = String::new();
            push_f64(&mut s, x);
            Number(s)
        })
    }

    /// True when it is written as an integer (no fraction, no exponent).
    fn is_integer(&self) -> bool {
        !self.0.contains(['.', 'e', 'E'])
    }
}

impl From<u64> for Number {
    fn from(n: u64) -> Number {
        Number(n.to_string())
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A JSON object: keys in the order they were read or inserted, each key once.
#[derive(Clone, Debug, Default)]
pub struct Map(Vec<(String, Value)>);

impl Map {
    /// An empty object.
    pub fn new() -> Map {
        Map(Vec::new())
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when there are no keys.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn position(&self, key: &str) -> Option<usize> {
        self.0.iter().position(|(k, _)| k == key)
    }

    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// True when `key` is present.
    pub fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_some()
    }

    /// Sets `key`: in place when it is present (returning the old value), at the end otherwise.
    pub fn insert(&mut self, key: impl Into<String>, value: Value) -> Option<Value> {
        let key = key.into();
        match self.position(&key) {
            Some(i) => self.0.get_mut(i).map(|slot| std::mem::replace(&mut slot.1, value)),
            None => {
                self.0.push((key, value));
                None
            }
        }
    }

    /// Removes `key`, keeping the order of the others.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        self.position(key).map(|i| self.0.remove(i).1)
    }

    /// The keys and values in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }
}

/// Two objects are equal when they have the same keys with equal values, in any order (as
/// serde_json's objects).
impl PartialEq for Map {
    fn eq(&self, other: &Map) -> bool {
        self.len() == other.len() && self.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

impl FromIterator<(String, Value)> for Map {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(iter: I) -> Map {
        let mut m = Map::new();
        for (k, v) in iter {
            m.insert(k, v);
        }
        m
    }
}

impl IntoIterator for Map {
    type Item = (String, Value);
    type IntoIter = std::vec::IntoIter<(String, Value)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

static NULL: Value = Value::Null;

impl std::ops::Index<&str> for Map {
    type Output = Value;
    /// The value of `key`, or `null` when it is missing.
    fn index(&self, key: &str) -> &Value {
        self.get(key).unwrap_or(&NULL)
    }
}

impl Value {
    /// The value of `key` when this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(m) => m.get(key),
            _ => None,
        }
    }

    /// The string, when this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The boolean, when this is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The number as a `u64`, when this is a non-negative integer that fits.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.as_u64(),
            _ => None,
        }
    }

    /// The items, when this is a list.
    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The object, when this is one.
    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }
}

impl std::ops::Index<&str> for Value {
    type Output = Value;
    /// The value of `key`, or `null` when this is not an object or has no such key.
    fn index(&self, key: &str) -> &Value {
        self.get(key).unwrap_or(&NULL)
    }
}

impl std::ops::Index<usize> for Value {
    type Output = Value;
    /// The item at `i`, or `null` when this is not a list or is shorter.
    fn index(&self, i: usize) -> &Value {
        self.as_array().and_then(|a| a.get(i)).unwrap_or(&NULL)
    }
}

impl PartialEq<str> for Value {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == Some(other)
    }
}

impl PartialEq<&str> for Value {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::String(s)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<u64> for Value {
    fn from(n: u64) -> Value {
        Value::Number(Number::from(n))
    }
}

/// Compact JSON.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&to_string(self))
    }
}

// ---------------------------------------------------------------------------------------------
// Parsing

/// Why a text is not JSON, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// What is wrong (serde_json's wording).
    pub message: &'static str,
    /// True when the text ends too early (an unclosed bracket or quote, a cut-off value).
    pub eof: bool,
    /// Line, 1-based.
    pub line: usize,
    /// Column in bytes from the start of the line, 1-based (0 when an error is at the very
    /// start of an empty line).
    pub column: usize,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at line {} column {}", self.message, self.line, self.column)
    }
}

impl std::error::Error for Error {}

/// Parses a JSON text (one value, surrounded by optional whitespace).
///
/// # Errors
/// The first syntax error, with its line and column; [`Error::eof`] tells a text that ends too
/// early from other errors. Lists and objects nested deeper than [`MAX_DEPTH`] are refused.
pub fn parse(text: &str) -> Result<Value, Error> {
    let mut p = Parser { src: text, at: 0, depth: 0 };
    let v = p.value()?;
    match p.skip_whitespace() {
        Some(_) => Err(p.peek_error("trailing characters")),
        None => Ok(v),
    }
}

/// Parses a JSON text into `T`: syntax errors as "… at line L column C", then `T`'s own
/// errors ("missing field `text`").
///
/// # Errors
/// One message saying what is wrong.
pub fn from_str<T: FromJson>(text: &str) -> Result<T, String> {
    T::from_json(parse(text).map_err(|e| e.to_string())?)
}

struct Parser<'a> {
    src: &'a str,
    /// The next byte to read.
    at: usize,
    depth: usize,
}

impl Parser<'_> {
    fn bytes(&self) -> &[u8] {
        self.src.as_bytes()
    }

    fn peek(&self) -> Option<u8> {
        self.bytes().get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek();
        if b.is_some() {
            self.at += 1;
        }
        b
    }

    fn skip_whitespace(&mut self) -> Option<u8> {
        while let Some(b) = self.peek() {
            if !matches!(b, b' ' | b'\n' | b'\t' | b'\r') {
                return Some(b);
            }
            self.at += 1;
        }
        None
    }

    /// An error placed after the first `end` bytes (the column of byte `end - 1`).
    fn error_at(&self, end: usize, message: &'static str, eof: bool) -> Error {
        let before = self.bytes().get(..end).unwrap_or(self.bytes());
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let line = 1 + before.iter().take(line_start).filter(|&&b| b == b'\n').count();
        Error { message, eof, line, column: before.len() - line_start }
    }

    /// An error at the byte just read.
    fn error(&self, message: &'static str) -> Error {
        self.error_at(self.at, message, false)
    }

    /// An error at the next byte (not read yet).
    fn peek_error(&self, message: &'static str) -> Error {
        self.error_at((self.at + 1).min(self.src.len()), message, false)
    }

    /// The text ends too early.
    fn eof(&self, message: &'static str) -> Error {
        self.error_at(self.src.len(), message, true)
    }

    fn value(&mut self) -> Result<Value, Error> {
        let Some(b) = self.skip_whitespace() else {
            return Err(self.eof("EOF while parsing a value"));
        };
        match b {
            b'n' => self.word(b"null", Value::Null),
            b't' => self.word(b"true", Value::Bool(true)),
            b'f' => self.word(b"false", Value::Bool(false)),
            b'-' | b'0'..=b'9' => self.number(),
            b'"' => {
                self.at += 1;
                self.string().map(Value::String)
            }
            b'[' | b'{' => {
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return Err(
                        self.peek_error("nested too deeply (more than 127 lists and objects inside each other)")
                    );
                }
                self.at += 1;
                let v = if b == b'[' { self.array() } else { self.object() };
                self.depth -= 1;
                v
            }
            _ => Err(self.peek_error("expected value")),
        }
    }

    fn word(&mut self, word: &[u8], value: Value) -> Result<Value, Error> {
        for &want in word {
            match self.next() {
                None => return Err(self.eof("EOF while parsing a value")),
                Some(b) if b != want => return Err(self.error("expected ident")),
                Some(_) => {}
            }
        }
        Ok(value)
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<Value, Error> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.next() {
            None => return Err(self.eof("EOF while parsing a value")),
            Some(b'0') => {
                if self.peek().is_some_and(|b| b.is_ascii_digit()) {
                    return Err(self.peek_error("invalid number"));
                }
            }
            Some(b'1'..=b'9') => {
                self.digits();
            }
            Some(_) => return Err(self.error("invalid number")),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return Err(match self.peek() {
                    Some(_) => self.peek_error("invalid number"),
                    None => self.eof("EOF while parsing a value"),
                });
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            match self.next() {
                None => return Err(self.eof("EOF while parsing a value")),
                Some(b'0'..=b'9') => {
                    self.digits();
                }
                Some(_) => return Err(self.error("invalid number")),
            }
        }
        let text = self.src.get(start..self.at).unwrap_or_default();
        Ok(Value::Number(Number(text.to_string())))
    }

    /// The rest of a string whose opening quote was read.
    fn string(&mut self) -> Result<String, Error> {
        let mut out = String::new();
        loop {
            let start = self.at;
            while self.peek().is_some_and(|b| b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            // `start` and `at` sit before ASCII bytes (or at the end), so on char boundaries.
            out.push_str(self.src.get(start..self.at).unwrap_or_default());
            match self.next() {
                None => return Err(self.eof("EOF while parsing a string")),
                Some(b'"') => return Ok(out),
                Some(b'\\') => self.escape(&mut out)?,
                Some(_) => return Err(self.error("control character (\\u0000-\\u001F) found while parsing a string")),
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<(), Error> {
        let c = match self.next() {
            None => return Err(self.eof("EOF while parsing a string")),
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => return self.unicode_escape(out),
            Some(_) => return Err(self.error("invalid escape")),
        };
        out.push(c);
        Ok(())
    }

    /// Four hex digits of a `\u` escape.
    fn hex4(&mut self) -> Result<u32, Error> {
        let Some(digits) = self.bytes().get(self.at..self.at + 4) else {
            self.at = self.src.len();
            return Err(self.eof("EOF while parsing a string"));
        };
        let n = digits.iter().try_fold(0u32, |n, &b| char::from(b).to_digit(16).map(|d| n * 16 + d));
        self.at += 4;
        n.ok_or_else(|| self.error("invalid escape"))
    }

    /// A `\u` escape whose `\u` was read: one UTF-16 unit, or a surrogate pair.
    fn unicode_escape(&mut self, out: &mut String) -> Result<(), Error> {
        let n = self.hex4()?;
        if (0xDC00..=0xDFFF).contains(&n) {
            return Err(self.error("lone trailing surrogate in hex escape"));
        }
        if !(0xD800..=0xDBFF).contains(&n) {
            out.push(char::from_u32(n).unwrap_or(char::REPLACEMENT_CHARACTER));
            return Ok(());
        }
        for want in [b'\\', b'u'] {
            match self.next() {
                None => return Err(self.eof("EOF while parsing a string")),
                Some(b) if b != want => return Err(self.error("unexpected end of hex escape")),
                Some(_) => {}
            }
        }
        let low = self.hex4()?;
        if !(0xDC00..=0xDFFF).contains(&low) {
            return Err(self.error("lone leading surrogate in hex escape"));
        }
        let c = 0x1_0000 + ((n - 0xD800) << 10) + (low - 0xDC00);
        out.push(char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER));
        Ok(())
    }

    /// The rest of a list whose `[` was read.
    fn array(&mut self) -> Result<Value, Error> {
        let mut items = Vec::new();
        loop {
            let next = match self.skip_whitespace() {
                Some(b']') => {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                Some(b',') if !items.is_empty() => {
                    self.at += 1;
                    self.skip_whitespace()
                }
                Some(_) if items.is_empty() => Some(0),
                Some(_) => return Err(self.peek_error("expected `,` or `]`")),
                None => return Err(self.eof("EOF while parsing a list")),
            };
            match next {
                Some(b']') => return Err(self.peek_error("trailing comma")),
                Some(_) => items.push(self.value()?),
                None => return Err(self.eof("EOF while parsing a value")),
            }
        }
    }

    /// The rest of an object whose `{` was read. A repeated key keeps its first place and takes
    /// the last value (as serde_json does).
    fn object(&mut self) -> Result<Value, Error> {
        let mut entries: Vec<(String, Value)> = Vec::new();
        loop {
            let next = match self.skip_whitespace() {
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Value::Object(dedupe(entries)));
                }
                Some(b',') if !entries.is_empty() => {
                    self.at += 1;
                    self.skip_whitespace()
                }
                Some(b) if entries.is_empty() => Some(b),
                Some(_) => return Err(self.peek_error("expected `,` or `}`")),
                None => return Err(self.eof("EOF while parsing an object")),
            };
            match next {
                Some(b'"') => self.at += 1,
                Some(b'}') => return Err(self.peek_error("trailing comma")),
                Some(_) => return Err(self.peek_error("key must be a string")),
                None => return Err(self.eof("EOF while parsing a value")),
            }
            let key = self.string()?;
            match self.skip_whitespace() {
                Some(b':') => self.at += 1,
                Some(_) => return Err(self.peek_error("expected `:`")),
                None => return Err(self.eof("EOF while parsing an object")),
            }
            let value = self.value()?;
            entries.push((key, value));
        }
    }
}

/// Entries with each key once: the first place, the last value. Small objects are checked
/// pairwise; large ones through a hash set, so that a crafted object with many keys stays
/// linear.
fn dedupe(entries: Vec<(String, Value)>) -> Map {
    const PAIRWISE: usize = 16;
    let unique = if entries.len() <= PAIRWISE {
        entries.iter().enumerate().all(|(i, (k, _))| entries.iter().take(i).all(|(j, _)| j != k))
    } else {
        let mut seen = std::collections::HashSet::new();
        entries.iter().all(|(k, _)| seen.insert(k.as_str()))
    };
    if unique { Map(entries) } else { entries.into_iter().collect() }
}

// ---------------------------------------------------------------------------------------------
// Writing

/// Writes JSON text, compact or pretty (two spaces, `"key": value`, serde_json's layout).
pub struct Writer {
    out: String,
    pretty: bool,
    depth: usize,
    /// True right after a bracket opened: nothing written inside it yet.
    first: bool,
}

impl Writer {
    fn new(pretty: bool) -> Writer {
        Writer { out: String::new(), pretty, depth: 0, first: false }
    }

    fn newline(&mut self) {
        if self.pretty {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        }
    }

    /// Opens a list (`'['`) or an object (`'{'`).
    pub fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.depth += 1;
        self.first = true;
    }

    /// Closes what [`Writer::open`] opened (`']'` or `'}'`).
    pub fn close(&mut self, bracket: char) {
        self.depth = self.depth.saturating_sub(1);
        if !self.first {
            self.newline();
        }
        self.first = false;
        self.out.push(bracket);
    }

    /// Starts the next item of a list.
    pub fn item(&mut self) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        self.newline();
    }

    /// Starts the next field of an object.
    pub fn key(&mut self, key: &str) {
        self.item();
        self.string(key);
        self.out.push_str(if self.pretty { ": " } else { ":" });
    }

    /// Writes one field of an object.
    pub fn field(&mut self, key: &str, value: &dyn ToJson) {
        self.key(key);
        value.write_json(self);
    }

    /// Writes every field of `map` into the object being written.
    pub fn flatten(&mut self, map: &Map) {
        for (k, v) in &map.0 {
            self.field(k, v);
        }
    }

    /// Writes text as it is (a number, `null`).
    pub fn raw(&mut self, text: &str) {
        self.out.push_str(text);
    }

    /// Writes a quoted string: `"` and `\` escaped, control characters as `\n`, `\t`… or
    /// `\u001f`, everything else (non-ASCII included) as it is.
    pub fn string(&mut self, s: &str) {
        self.out.push('"');
        let mut start = 0;
        for (i, b) in s.bytes().enumerate() {
            let escape = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x08 => "\\b",
                0x0c => "\\f",
                0..=0x1f => "",
                _ => continue,
            };
            // `start` and `i` sit before ASCII bytes (or at the end), so on char boundaries.
            self.out.push_str(s.get(start..i).unwrap_or_default());
            if escape.is_empty() {
                let hex = b"0123456789abcdef";
                self.out.push_str("\\u00");
                self.out.push(char::from(hex[usize::from(b >> 4)]));
                self.out.push(char::from(hex[usize::from(b & 0xf)]));
            } else {
                self.out.push_str(escape);
            }
            start = i + 1;
        }
        self.out.push_str(s.get(start..).unwrap_or_default());
        self.out.push('"');
    }

    fn integer(&mut self, n: u64) {
        let _ = write!(self.out, "{n}");
    }
}

/// Appends a finite float the way serde_json writes it: the shortest digits that read back as
/// the same number, in plain notation when the decimal exponent is between -5 and 15 (`0.71`,
/// `1.0`, `0.00001`, `1234567.0`) and in scientific notation otherwise (`1e-7`, `1.5e+16`).
fn push_f64(out: &mut String, x: f64) {
    // `{:e}` gives the shortest round-trip digits: "-1.2345e-7", "7.1e-1", "0e0".
    let sci = format!("{x:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let (negative, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mantissa),
    };
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    let n = digits.len() as i32;
    if negative {
        out.push('-');
    }
    if (-5..=15).contains(&exp) {
        if n - 1 <= exp {
            out.push_str(&digits);
            for _ in 0..exp - (n - 1) {
                out.push('0');
            }
            out.push_str(".0");
        } else if exp >= 0 {
            let (int, frac) = digits.split_at(exp as usize + 1);
            out.push_str(int);
            out.push('.');
            out.push_str(frac);
        } else {
            out.push_str("0.");
            for _ in 0..-exp - 1 {
                out.push('0');
            }
            out.push_str(&digits);
        }
    } else {
        let (first, rest) = digits.split_at(1.min(digits.len()));
        out.push_str(first);
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        let _ = write!(out, "e{}{}", if exp < 0 { '-' } else { '+' }, exp.unsigned_abs());
    }
}

/// A value that can be written as JSON.
pub trait ToJson {
    /// Writes the value.
    fn write_json(&self, w: &mut Writer);

    /// True when an `opt` field holding this value is left out: an empty string or list,
    /// `false`, `None`.
    fn is_empty_json(&self) -> bool {
        false
    }
}

/// Compact JSON.
pub fn to_string(value: &dyn ToJson) -> String {
    let mut w = Writer::new(false);
    value.write_json(&mut w);
    w.out
}

/// Pretty JSON, byte for byte as serde_json's `to_string_pretty`.
pub fn to_string_pretty(value: &dyn ToJson) -> String {
    let mut w = Writer::new(true);
    value.write_json(&mut w);
    w.out
}

/// The value as a JSON [`Value`] (through its text: for small values).
pub fn to_value(value: &dyn ToJson) -> Value {
    parse(&to_string(value)).unwrap_or_default()
}

impl ToJson for str {
    fn write_json(&self, w: &mut Writer) {
        w.string(self);
    }
    fn is_empty_json(&self) -> bool {
        self.is_empty()
    }
}

impl ToJson for String {
    fn write_json(&self, w: &mut Writer) {
        w.string(self);
    }
    fn is_empty_json(&self) -> bool {
        self.is_empty()
    }
}

impl ToJson for bool {
    fn write_json(&self, w: &mut Writer) {
        w.raw(if *self { "true" } else { "false" });
    }
    fn is_empty_json(&self) -> bool {
        !*self
    }
}

impl ToJson for u64 {
    fn write_json(&self, w: &mut Writer) {
        w.integer(*self);
    }
}

impl ToJson for usize {
    fn write_json(&self, w: &mut Writer) {
        w.integer(*self as u64);
    }
}

/// NaN and infinities are written as `null`, as serde_json does.
impl ToJson for f64 {
    fn write_json(&self, w: &mut Writer) {
        if self.is_finite() {
            push_f64(&mut w.out, *self);
        } else {
            w.raw("null");
        }
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, w: &mut Writer) {
        match self {
            Some(v) => v.write_json(w),
            None => w.raw("null"),
        }
    }
    fn is_empty_json(&self) -> bool {
        self.is_none()
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, w: &mut Writer) {
        w.open('[');
        for item in self {
            w.item();
            item.write_json(w);
        }
        w.close(']');
    }
    fn is_empty_json(&self) -> bool {
        self.is_empty()
    }
}

impl<T: ToJson + ?Sized> ToJson for Box<T> {
    fn write_json(&self, w: &mut Writer) {
        (**self).write_json(w);
    }
    fn is_empty_json(&self) -> bool {
        (**self).is_empty_json()
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn write_json(&self, w: &mut Writer) {
        (**self).write_json(w);
    }
    fn is_empty_json(&self) -> bool {
        (**self).is_empty_json()
    }
}

impl ToJson for SortedMap<String, usize> {
    fn write_json(&self, w: &mut Writer) {
        w.open('{');
        for (k, v) in self {
            w.field(k, v);
        }
        w.close('}');
    }
    fn is_empty_json(&self) -> bool {
        self.is_empty()
    }
}

impl ToJson for Map {
    fn write_json(&self, w: &mut Writer) {
        w.open('{');
        w.flatten(self);
        w.close('}');
    }
    fn is_empty_json(&self) -> bool {
        self.is_empty()
    }
}

impl ToJson for Value {
    fn write_json(&self, w: &mut Writer) {
        match self {
            Value::Null => w.raw("null"),
            Value::Bool(b) => b.write_json(w),
            Value::Number(n) => w.raw(&n.0),
            Value::String(s) => w.string(s),
            Value::Array(items) => items.write_json(w),
            Value::Object(m) => m.write_json(w),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Reading

/// A value that can be read from JSON.
pub trait FromJson: Sized {
    /// Reads the value.
    ///
    /// # Errors
    /// What does not fit, in serde's wording.
    fn from_json(v: Value) -> Result<Self, String>;

    /// The value of a required field that is missing: an error, except for `Option` (`None`).
    ///
    /// # Errors
    /// "missing field `name`".
    fn missing(field: &str) -> Result<Self, String> {
        Err(format!("missing field `{field}`"))
    }
}

/// How serde names a value that is not what was expected.
fn unexpected(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) if n.is_integer() => format!("integer `{n}`"),
        Value::Number(n) => format!("floating point `{n}`"),
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "sequence".into(),
        Value::Object(_) => "map".into(),
    }
}

/// "invalid type: integer `5`, expected a string".
pub fn invalid_type(v: &Value, expected: &str) -> String {
    format!("invalid type: {}, expected {expected}", unexpected(v))
}

/// "unknown variant `x`, expected `a` or `b`".
pub fn unknown_variant(name: &str, expected: &[&str]) -> String {
    let quoted: Vec<String> = expected.iter().map(|e| format!("`{e}`")).collect();
    let list = match quoted.as_slice() {
        [] => return format!("unknown variant `{name}`, there are no variants"),
        [one] => one.clone(),
        [a, b] => format!("{a} or {b}"),
        more => format!("one of {}", more.join(", ")),
    };
    format!("unknown variant `{name}`, expected {list}")
}

/// The name of a unit variant: the string itself.
///
/// # Errors
/// When the value is not a string.
pub fn variant_name(v: Value) -> Result<String, String> {
    match v {
        Value::String(s) => Ok(s),
        other => Err(invalid_type(&other, "string or map")),
    }
}

/// An object being read into a struct: each field is taken out by name, and what is left
/// are the fields the struct does not know.
pub struct Fields(Map);

impl From<Map> for Fields {
    fn from(map: Map) -> Fields {
        Fields(map)
    }
}

impl Fields {
    /// The fields of `v`, which must be an object (`what` names the struct in the error).
    ///
    /// # Errors
    /// When `v` is not an object.
    pub fn new(v: Value, what: &str) -> Result<Fields, String> {
        match v {
            Value::Object(m) => Ok(Fields(m)),
            other => Err(invalid_type(&other, what)),
        }
    }

    /// Takes a field out as it is.
    pub fn value(&mut self, key: &str) -> Option<Value> {
        self.0.remove(key)
    }

    /// A required field.
    ///
    /// # Errors
    /// When it is missing (and not an `Option`) or does not fit.
    pub fn req<T: FromJson>(&mut self, key: &str) -> Result<T, String> {
        match self.value(key) {
            Some(v) => T::from_json(v),
            None => T::missing(key),
        }
    }

    /// A field that may be missing: then `default()`.
    ///
    /// # Errors
    /// When it is present and does not fit.
    pub fn or_else<T: FromJson>(&mut self, key: &str, default: fn() -> T) -> Result<T, String> {
        match self.value(key) {
            Some(v) => T::from_json(v),
            None => Ok(default()),
        }
    }

    /// The fields not taken, in their order.
    pub fn rest(self) -> Map {
        self.0
    }
}

impl FromJson for Value {
    fn from_json(v: Value) -> Result<Self, String> {
        Ok(v)
    }
}

impl FromJson for String {
    fn from_json(v: Value) -> Result<Self, String> {
        match v {
            Value::String(s) => Ok(s),
            other => Err(invalid_type(&other, "a string")),
        }
    }
}

impl FromJson for bool {
    fn from_json(v: Value) -> Result<Self, String> {
        match v {
            Value::Bool(b) => Ok(b),
            other => Err(invalid_type(&other, "a boolean")),
        }
    }
}

/// A non-negative integer of at most `max`; `what` names the type in errors.
fn integer(v: &Value, max: u64, what: &str) -> Result<u64, String> {
    match v {
        Value::Number(n) => match n.as_u64() {
            Some(x) if x <= max => Ok(x),
            _ if n.is_integer() && (n.0.starts_with('-') || n.0.len() <= 20) => {
                Err(format!("invalid value: integer `{n}`, expected {what}"))
            }
            _ => Err(invalid_type(v, what)),
        },
        other => Err(invalid_type(other, what)),
    }
}

impl FromJson for u64 {
    fn from_json(v: Value) -> Result<Self, String> {
        integer(&v, u64::MAX, "u64")
    }
}

impl FromJson for usize {
    fn from_json(v: Value) -> Result<Self, String> {
        integer(&v, usize::MAX as u64, "usize").map(|n| n as usize)
    }
}

impl FromJson for f64 {
    fn from_json(v: Value) -> Result<Self, String> {
        match &v {
            Value::Number(n) => n.0.parse().map_err(|_| invalid_type(&v, "f64")),
            other => Err(invalid_type(other, "f64")),
        }
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(v: Value) -> Result<Self, String> {
        match v {
            Value::Null => Ok(None),
            v => T::from_json(v).map(Some),
        }
    }
    fn missing(_: &str) -> Result<Self, String> {
        Ok(None)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(v: Value) -> Result<Self, String> {
        match v {
            Value::Array(items) => items.into_iter().map(T::from_json).collect(),
            other => Err(invalid_type(&other, "a sequence")),
        }
    }
}

impl<T: FromJson> FromJson for Box<T> {
    fn from_json(v: Value) -> Result<Self, String> {
        T::from_json(v).map(Box::new)
    }
}

impl FromJson for SortedMap<String, usize> {
    fn from_json(v: Value) -> Result<Self, String> {
        match v {
            Value::Object(m) => m.into_iter().map(|(k, v)| Ok((k, usize::from_json(v)?))).collect(),
            other => Err(invalid_type(&other, "a map")),
        }
    }
}

/// Declares the JSON shape of a struct: `ToJson` and `FromJson` from its fields in order (see
/// the module documentation for the modes). `json_struct!(wire Name { … })` also declares its
/// [`Wire`](crate::engine::wire::Wire) encoding from the same list.
macro_rules! json_struct {
    (wire $ty:ident $body:tt) => {
        $crate::engine::json::json_struct!($ty $body);
        $crate::engine::wire::wire_struct!($ty $body);
    };
    ($ty:ident { $($field:ident $(: $mode:ident $(= $default:path)?)?),* $(,)? }) => {
        impl $crate::engine::json::ToJson for $ty {
            fn write_json(&self, w: &mut $crate::engine::json::Writer) {
                w.open('{');
                $( $crate::engine::json::json_struct!(@put w, self.$field, stringify!($field) $(, $mode)?); )*
                w.close('}');
            }
        }
        impl $crate::engine::json::FromJson for $ty {
            fn from_json(v: $crate::engine::json::Value) -> Result<Self, String> {
                #[allow(unused_mut)]
                let mut fields = $crate::engine::json::Fields::new(v, concat!("struct ", stringify!($ty)))?;
                Ok($ty {
                    $( $field: $crate::engine::json::json_struct!(@take fields, stringify!($field) $(, $mode $(= $default)?)?), )*
                })
            }
        }
    };
    (@put $w:ident, $value:expr, $key:expr) => { $w.field($key, &$value) };
    (@put $w:ident, $value:expr, $key:expr, default) => { $w.field($key, &$value) };
    (@put $w:ident, $value:expr, $key:expr, opt) => {
        if !$crate::engine::json::ToJson::is_empty_json(&$value) {
            $w.field($key, &$value)
        }
    };
    (@put $w:ident, $value:expr, $key:expr, skip) => {};
    (@put $w:ident, $value:expr, $key:expr, flatten) => { $w.flatten(&$value) };
    (@take $f:ident, $key:expr) => { $f.req($key)? };
    (@take $f:ident, $key:expr, default) => { $f.or_else($key, Default::default)? };
    (@take $f:ident, $key:expr, default = $default:path) => { $f.or_else($key, $default)? };
    (@take $f:ident, $key:expr, opt) => { $f.or_else($key, Default::default)? };
    (@take $f:ident, $key:expr, skip) => { Default::default() };
    (@take $f:ident, $key:expr, flatten) => { $f.rest() };
}
pub(crate) use json_struct;

/// Declares the JSON names of an enum's unit variants: `ToJson` writes the name, `FromJson`
/// reads it. `json_enum!(wire Name { … })` also declares its
/// [`Wire`](crate::engine::wire::Wire) encoding (one byte).
macro_rules! json_enum {
    (wire $ty:ident $body:tt) => {
        $crate::engine::json::json_enum!($ty $body);
        $crate::engine::wire::wire_enum!($ty $body);
    };
    ($ty:ident { $($variant:ident = $name:literal),* $(,)? }) => {
        impl $crate::engine::json::ToJson for $ty {
            fn write_json(&self, w: &mut $crate::engine::json::Writer) {
                w.string(match self { $($ty::$variant => $name,)* });
            }
        }
        impl $crate::engine::json::FromJson for $ty {
            fn from_json(v: $crate::engine::json::Value) -> Result<Self, String> {
                let name = $crate::engine::json::variant_name(v)?;
                match name.as_str() {
                    $($name => Ok($ty::$variant),)*
                    other => Err($crate::engine::json::unknown_variant(other, &[$($name),*])),
                }
            }
        }
    };
}
pub(crate) use json_enum;

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> Error {
        parse(text).expect_err(text)
    }

    #[test]
    fn values_keep_key_order_and_number_text() {
        let v = parse(r#" {"z": 1, "a": [true, false, null], "n": 123456789012345678901234567890.50e-3} "#).unwrap();
        let keys: Vec<&str> = v.as_object().unwrap().iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["z", "a", "n"]);
        assert_eq!(v["n"], Value::Number(Number("123456789012345678901234567890.50e-3".into())));
        assert_eq!(to_string(&v), r#"{"z":1,"a":[true,false,null],"n":123456789012345678901234567890.50e-3}"#);
        assert_eq!(v["z"].as_u64(), Some(1));
        assert_eq!(v["n"].as_u64(), None);
        assert_eq!(v["a"][2], Value::Null);
        assert_eq!(v["missing"], Value::Null);
    }

    #[test]
    fn repeated_keys_keep_their_first_place_and_last_value() {
        let v = parse(r#"{"a":1,"b":2,"a":3}"#).unwrap();
        assert_eq!(to_string(&v), r#"{"a":3,"b":2}"#);
        let many: Vec<String> = (0..40).map(|k| format!("\"k{}\":{k}", k % 30)).collect();
        let v = parse(&format!("{{{}}}", many.join(","))).unwrap();
        assert_eq!(v.as_object().unwrap().len(), 30);
        assert_eq!(v["k0"].as_u64(), Some(30));
    }

    #[test]
    fn errors_have_line_column_and_tell_eof_apart() {
        let e = err("{\n  \"format\": \"x\",\n  oops\n}");
        assert_eq!((e.message, e.eof, e.line, e.column), ("key must be a string", false, 3, 3));
        let e = err("{\"a\": [1, 2");
        assert_eq!((e.eof, e.line, e.column), (true, 1, 11));
        assert_eq!(e.to_string(), "EOF while parsing a list at line 1 column 11");
        for (text, message, column) in [
            ("[1 2]", "expected `,` or `]`", 4),
            ("{\"a\" 1}", "expected `:`", 6),
            ("{\"a\":1 \"b\":2}", "expected `,` or `}`", 8),
            ("[1,]", "trailing comma", 4),
            ("{\"a\":1,}", "trailing comma", 8),
            ("{} x", "trailing characters", 4),
            ("[,1]", "expected value", 2),
            ("tru", "EOF while parsing a value", 3),
            ("trux", "expected ident", 4),
            ("01", "invalid number", 2),
            ("-x", "invalid number", 2),
            ("1.e5", "invalid number", 3),
            ("1e+", "EOF while parsing a value", 3),
            ("\"a\tb\"", "control character (\\u0000-\\u001F) found while parsing a string", 3),
            ("{\"é\": x}", "expected value", 8),
        ] {
            let e = err(text);
            assert_eq!((e.message, e.column), (message, column), "{text}");
        }
    }

    #[test]
    fn escapes_and_surrogate_pairs() {
        let v = parse(r#""a\"\\\/\b\f\n\r\t\u00e9\u20AC\ud83d\ude00z""#).unwrap();
        assert_eq!(v, "a\"\\/\u{8}\u{c}\n\r\t\u{e9}\u{20ac}\u{1f600}z");
        for (text, message, eof) in [
            (r#""\q""#, "invalid escape", false),
            (r#""\u12g4""#, "invalid escape", false),
            (r#""\u12"#, "EOF while parsing a string", true),
            (r#""\ud800""#, "unexpected end of hex escape", false),
            (r#""\ud800\u0041""#, "lone leading surrogate in hex escape", false),
            (r#""\udc00""#, "lone trailing surrogate in hex escape", false),
            (r#""abc"#, "EOF while parsing a string", true),
        ] {
            let e = err(text);
            assert_eq!((e.message, e.eof), (message, eof), "{text}");
        }
    }

    #[test]
    fn deep_nesting_is_refused_without_overflowing_the_stack() {
        assert!(parse(&format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH))).is_ok());
        let e = err(&"[{\"a\":".repeat(100_000));
        assert!(e.message.starts_with("nested too deeply"), "{e}");
        assert_eq!((e.eof, e.line), (false, 1));
    }

    #[test]
    fn writer_escapes_like_serde_json() {
        let s = "q\"b\\s/\u{0}\u{1}\u{8}\u{9}\u{a}\u{c}\u{d}\u{1f}\u{7f} é€😀";
        assert_eq!(to_string(&s), r#""q\"b\\s/\u0000\u0001\b\t\n\f\r\u001f"#.to_string() + "\u{7f} é€😀\"");
        assert_eq!(parse(&to_string(&s)).unwrap(), s);
    }

    #[test]
    fn pretty_layout() {
        let v = parse(r#"{"a":[],"b":{},"c":[1,{"d":null}],"e":"x"}"#).unwrap();
        let want = "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    1,\n    {\n      \"d\": null\n    }\n  ],\n  \"e\": \"x\"\n}";
        assert_eq!(to_string_pretty(&v), want);
        assert_eq!(to_string_pretty(&Vec::<u64>::new()), "[]");
    }

    #[test]
    fn floats_in_serde_json_form() {
        for (x, want) in [
            (0.71, "0.71"),
            (1.0, "1.0"),
            (-0.5, "-0.5"),
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (100.0, "100.0"),
            (1e15, "1000000000000000.0"),
            (1e16, "1e+16"),
            (1.5e16, "1.5e+16"),
            (1e-5, "0.00001"),
            (1.25e-6, "1.25e-6"),
            (123.456, "123.456"),
            (f64::MAX, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
        ] {
            assert_eq!(to_string(&x), want, "{x:e}");
        }
        assert_eq!(to_string(&f64::NAN), "null");
        assert_eq!(to_string(&vec![f64::INFINITY]), "[null]");
    }

    #[test]
    fn conversions_use_serde_wording() {
        assert_eq!(String::from_json(parse("5").unwrap()), Err("invalid type: integer `5`, expected a string".into()));
        assert_eq!(usize::from_json(parse("-1").unwrap()), Err("invalid value: integer `-1`, expected usize".into()));
        assert_eq!(
            usize::from_json(parse("1.5").unwrap()),
            Err("invalid type: floating point `1.5`, expected usize".into())
        );
        assert_eq!(u64::from_json(parse("\"x\"").unwrap()), Err("invalid type: string \"x\", expected u64".into()));
        assert_eq!(Option::<usize>::missing("x"), Ok(None));
        assert_eq!(usize::missing("x"), Err("missing field `x`".into()));
        assert_eq!(unknown_variant("z", &["a", "b"]), "unknown variant `z`, expected `a` or `b`");
        assert_eq!(unknown_variant("z", &["a", "b", "c"]), "unknown variant `z`, expected one of `a`, `b`, `c`");
        assert_eq!(f64::from_json(parse("0.71").unwrap()), Ok(0.71));
    }
}
