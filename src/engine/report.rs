//! The output: a `parallax-report` (version 1) — plain data with byte offsets, links, claims,
//! diffs, highlights and findings. Producing it knows nothing about showing it.
//!
//! Each type's JSON shape (field names, kebab-case or lowercase variant names, fields left
//! out when empty) is declared by its serde attributes; `report_reader` reads it back (a new
//! field needs its name there too: the compiler says so).

use serde::{Deserialize, Serialize};

/// The value of the `format` field of every report.
pub const REPORT_FORMAT: &str = "parallax-report";
/// The report version this engine writes.
pub const REPORT_VERSION: u64 = 1;

/// Fields that are `false` are left out of the JSON (`skip_serializing_if`).
fn is_false(b: &bool) -> bool {
    !*b
}

/// Everything the engine found in one bundle.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Report {
    /// Always [`REPORT_FORMAT`].
    pub format: String,
    /// Always [`REPORT_VERSION`].
    pub version: u64,
    /// Per article: sentences, paragraphs, headline.
    pub articles: Vec<ArticleReport>,
    /// Pairwise links between sentences of different articles that report the same claim.
    pub links: Vec<Link>,
    /// Rows of the claim matrix: every sentence (and headline) is in exactly one claim.
    pub claims: Vec<Claim>,
    /// Marked spans with a kind and a plain-language note.
    pub highlights: Vec<Highlight>,
    /// The most telling differences across the bundle, best first.
    #[serde(default)]
    pub findings: Vec<Finding>,
    /// Per article, in bundle order: signal counts, frame dimensions and sourcing.
    #[serde(default)]
    pub signals: Vec<ArticleSignals>,
    /// Referents (people, parties, places, things) and the labels each article uses for them.
    #[serde(default)]
    pub referents: Vec<Referent>,
    /// Things about the input the reader should know (empty article, one article only…).
    #[serde(default)]
    pub diagnostics: Vec<Diagnostic>,
}

/// The segmentation of one article.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ArticleReport {
    /// The article's `id` in the bundle.
    pub id: String,
    /// Body sentences in order; byte offsets into the article's `text`.
    pub sentences: Vec<SentenceOut>,
    /// Paragraph spans; byte offsets into `text`.
    pub paragraphs: Vec<SpanOut>,
    /// The headline, when the article has one; offsets into the article's `title`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<SpanOut>,
    /// A dateline at the start of the body ("WASHINGTON —"), left out of alignment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<SpanOut>,
}

/// A plain byte range.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct SpanOut {
    /// First byte (inclusive).
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// One body sentence.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct SentenceOut {
    /// First byte (inclusive) in `text`.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Index of its paragraph.
    pub paragraph: usize,
    /// True when the sentence is page furniture, left out of the analysis.
    #[serde(default, skip_serializing_if = "is_false")]
    pub boilerplate: bool,
}

/// A sentence or headline of one article, as referred to by links and claims.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct UnitRef {
    /// The article's `id`.
    pub article: String,
    /// Index into the article's `sentences`; `null` for the headline.
    pub sentence: Option<usize>,
    /// True for the headline.
    #[serde(default, skip_serializing_if = "is_false")]
    pub title: bool,
}

/// Two units of different articles that report the same claim.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Link {
    /// One unit.
    pub a: UnitRef,
    /// The other unit, in a different article.
    pub b: UnitRef,
    /// How strongly they match, 0–1.
    pub score: f64,
    /// True when the user added this link by hand.
    #[serde(default, skip_serializing_if = "is_false")]
    pub manual: bool,
}

/// Where a unit sits in its article.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Place {
    /// The headline.
    Headline,
    /// The first two sentences of the body.
    #[default]
    Lead,
    /// Anywhere after the lead.
    Body,
}

impl Place {
    /// The place as the Markdown report names it ("Headline", "Lead", "Body").
    pub fn name(self) -> &'static str {
        match self {
            Place::Headline => "Headline",
            Place::Lead => "Lead",
            Place::Body => "Body",
        }
    }
}

/// A member of a claim, with its position in its article.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Member {
    /// The article's `id`.
    pub article: String,
    /// Index into the article's `sentences`; `null` for the headline.
    pub sentence: Option<usize>,
    /// True for the headline.
    #[serde(default, skip_serializing_if = "is_false")]
    pub title: bool,
    /// Headline, lead or body.
    pub place: Place,
    /// The paragraph the sentence is in (0 for the headline).
    pub paragraph: usize,
}

impl Member {
    /// The unit this member names.
    pub fn unit(&self) -> UnitRef {
        UnitRef { article: self.article.clone(), sentence: self.sentence, title: self.title }
    }
}

/// One row of the claim matrix.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Claim {
    /// Stable index of the claim in this report.
    pub id: usize,
    /// The units that report the claim, in article order.
    pub members: Vec<Member>,
    /// The ids of the articles that report it.
    pub articles: Vec<String>,
    /// The ids of the articles that do not: none of their units is linked to a member. (An
    /// article with a unit linked to some members but not to all is in neither list: it reports
    /// the claim in part.)
    pub missing: Vec<String>,
    /// Word-level diffs between pairs of members of different articles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub diffs: Vec<Diff>,
}

/// A word-level comparison of two units.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Diff {
    /// The unit on the left.
    pub a: UnitRef,
    /// The unit on the right.
    pub b: UnitRef,
    /// The pieces, in order; equal pieces included.
    pub ops: Vec<DiffOp>,
}

/// What a diff piece does.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DiffTag {
    /// Same words in both.
    #[default]
    Equal,
    /// Words only on the left.
    Delete,
    /// Words only on the right.
    Insert,
    /// Words on the left replaced by words on the right.
    Replace,
}

/// One piece of a diff: byte ranges in each unit's text (`a` in the left unit's text, `b` in
/// the right one's; an empty range where the side has nothing).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DiffOp {
    /// Equal, delete, insert or replace.
    pub tag: DiffTag,
    /// Range in the left unit (article text, or title for a headline).
    pub a: SpanOut,
    /// Range in the right unit.
    pub b: SpanOut,
    /// What kind of change this is (for changes only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<ChangeKind>,
}

/// The kinds of changes inside a claim's diff.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    /// A different reporting verb ("said" → "claimed").
    ReportingVerb,
    /// A different name for the same referent.
    Label,
    /// A hedge added or removed.
    Hedge,
    /// A booster added or removed.
    Booster,
    /// A different number.
    Number,
    /// An evaluative or emotive word added or changed.
    Loaded,
    /// Quoted on one side, paraphrased on the other.
    QuotationVsParaphrase,
    /// Anything else.
    Other,
}

impl ChangeKind {
    /// Every kind of change.
    pub const ALL: [ChangeKind; 8] = [
        ChangeKind::ReportingVerb,
        ChangeKind::Label,
        ChangeKind::Hedge,
        ChangeKind::Booster,
        ChangeKind::Number,
        ChangeKind::Loaded,
        ChangeKind::QuotationVsParaphrase,
        ChangeKind::Other,
    ];
}

/// The kinds of highlights (names fixed by the report format). Also read by serde: the
/// workspace saves the kinds the reader hides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Evaluative or emotive word choice.
    Loaded,
    /// A verb that reports speech, with its stance.
    ReportingVerb,
    /// A word that softens a claim.
    Hedge,
    /// A word that strengthens a claim.
    Booster,
    /// A name for a referent that differs across articles.
    Label,
    /// A direct quotation.
    Quote,
    /// Who is quoted.
    Speaker,
    /// A source that is not named.
    AnonymousSource,
    /// An agentless passive.
    Passive,
    /// A number that differs from the aligned counterpart.
    Number,
    /// A cue for one of the frame dimensions.
    Frame,
    /// Wording that differs from the aligned counterpart.
    Changed,
    /// Wording shared verbatim with another article (wire copy).
    Verbatim,
    /// Page furniture left out of the analysis.
    Boilerplate,
}

impl Kind {
    /// Every kind, in display order.
    pub const ALL: [Kind; 14] = [
        Kind::Loaded,
        Kind::ReportingVerb,
        Kind::Hedge,
        Kind::Booster,
        Kind::Label,
        Kind::Quote,
        Kind::Speaker,
        Kind::AnonymousSource,
        Kind::Passive,
        Kind::Number,
        Kind::Frame,
        Kind::Changed,
        Kind::Verbatim,
        Kind::Boilerplate,
    ];

    /// The name used in the report format ("reporting-verb").
    pub fn name(self) -> &'static str {
        match self {
            Kind::Loaded => "loaded",
            Kind::ReportingVerb => "reporting-verb",
            Kind::Hedge => "hedge",
            Kind::Booster => "booster",
            Kind::Label => "label",
            Kind::Quote => "quote",
            Kind::Speaker => "speaker",
            Kind::AnonymousSource => "anonymous-source",
            Kind::Passive => "passive",
            Kind::Number => "number",
            Kind::Frame => "frame",
            Kind::Changed => "changed",
            Kind::Verbatim => "verbatim",
            Kind::Boilerplate => "boilerplate",
        }
    }

    /// A short human label ("Reporting verb").
    pub fn label(self) -> &'static str {
        match self {
            Kind::Loaded => "Loaded word",
            Kind::ReportingVerb => "Reporting verb",
            Kind::Hedge => "Hedge",
            Kind::Booster => "Booster",
            Kind::Label => "Label",
            Kind::Quote => "Quotation",
            Kind::Speaker => "Speaker",
            Kind::AnonymousSource => "Anonymous source",
            Kind::Passive => "Agentless passive",
            Kind::Number => "Number",
            Kind::Frame => "Frame cue",
            Kind::Changed => "Changed wording",
            Kind::Verbatim => "Shared verbatim",
            Kind::Boilerplate => "Page furniture",
        }
    }
}

/// A marked span of one article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Highlight {
    /// The article's `id`.
    pub article: String,
    /// First byte (inclusive), in `text` (or in `title` when `title` is true).
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What was found.
    pub kind: Kind,
    /// Why it matters, in one sentence a first-year student understands.
    pub note: String,
    /// True when the span is in the headline.
    #[serde(default, skip_serializing_if = "is_false")]
    pub title: bool,
    /// A finer class inside the kind (a verb's stance, a word's polarity, a frame's name…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
}

/// The signal behind a finding (names fixed by the report format; the glossary has an entry
/// for each).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Signal {
    /// What one outlet reports and another leaves out.
    #[default]
    Coverage,
    /// Where an outlet puts what it reports (headline, lead, or far down).
    Emphasis,
    /// Figures that differ for the same thing.
    Number,
    /// The names outlets give one actor.
    Label,
    /// Wording shared word for word.
    Verbatim,
    /// A statement quoted by one outlet and paraphrased by another.
    Quotation,
    /// The verbs that report one statement.
    ReportingVerb,
    /// Evaluative or emotive words.
    Loaded,
    /// Whom each outlet quotes, and in what role.
    Sourcing,
    /// Sources that are not named.
    AnonymousSource,
    /// Agentless passives.
    Passive,
    /// The frames an outlet's wording leans on.
    Frame,
    /// Words that soften claims, in the outlet's own voice.
    Hedge,
    /// Words that strengthen claims, in the outlet's own voice.
    Booster,
}

impl Signal {
    /// Every signal.
    pub const ALL: [Signal; 14] = [
        Signal::Coverage,
        Signal::Emphasis,
        Signal::Number,
        Signal::Label,
        Signal::Verbatim,
        Signal::Quotation,
        Signal::ReportingVerb,
        Signal::Loaded,
        Signal::Sourcing,
        Signal::AnonymousSource,
        Signal::Passive,
        Signal::Frame,
        Signal::Hedge,
        Signal::Booster,
    ];

    /// The name used in the report format ("reporting-verb"), also the glossary entry's id.
    pub fn name(self) -> &'static str {
        match self {
            Signal::Coverage => "coverage",
            Signal::Emphasis => "emphasis",
            Signal::Number => "number",
            Signal::Label => "label",
            Signal::Verbatim => "verbatim",
            Signal::Quotation => "quotation",
            Signal::ReportingVerb => "reporting-verb",
            Signal::Loaded => "loaded",
            Signal::Sourcing => "sourcing",
            Signal::AnonymousSource => "anonymous-source",
            Signal::Passive => "passive",
            Signal::Frame => "frame",
            Signal::Hedge => "hedge",
            Signal::Booster => "booster",
        }
    }
}

/// One telling difference across the bundle.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Finding {
    /// One sentence a student can read.
    pub text: String,
    /// The signal behind it.
    pub signal: Signal,
    /// How telling the difference is; findings are sorted by it, highest first.
    pub weight: f64,
    /// The evidence: units and spans it rests on.
    pub evidence: Vec<Evidence>,
}

/// A piece of evidence for a finding.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Evidence {
    /// The article's `id`.
    pub article: String,
    /// The sentence, when the evidence is one (`null` for the headline or the whole article).
    pub sentence: Option<usize>,
    /// True for the headline.
    #[serde(default, skip_serializing_if = "is_false")]
    pub title: bool,
    /// The exact span, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<SpanOut>,
}

/// A note about the input.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// The article concerned, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    /// What the reader should know.
    pub message: String,
}

/// The framing signals of one article, summed up.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ArticleSignals {
    /// The article's `id`.
    pub article: String,
    /// Number of highlights of each kind (by kind name).
    pub counts: crate::util::sorted::SortedMap<String, usize>,
    /// Frame dimensions with at least one cue, strongest first.
    pub frames: Vec<FrameScore>,
    /// Who is quoted, with their share of the quoted words, largest first.
    pub speakers: Vec<SpeakerShare>,
    /// Share of the article's words that are inside direct quotations (0–1).
    pub quoted_share: f64,
    /// Number of words in the article (page furniture excluded).
    pub words: usize,
}

/// How strongly an article uses one frame dimension.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct FrameScore {
    /// Frame id ("economic", "health", …).
    pub frame: String,
    /// Readable name ("Economic").
    pub label: String,
    /// Number of cue words found.
    pub cues: usize,
    /// Share of all the article's frame cues (0–1).
    pub share: f64,
}

/// What kind of source a speaker is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceClass {
    /// Government, party, police, military or institutional spokespeople.
    Official,
    /// Named people who speak for themselves: witnesses, experts, activists, residents.
    NonOfficial,
    /// Unnamed sources ("officials said", "a person familiar with the matter").
    Anonymous,
    /// Not enough to tell.
    #[default]
    Unknown,
}

impl SourceClass {
    /// The class as readers see it ("non-official").
    pub fn name(self) -> &'static str {
        match self {
            SourceClass::Official => "official",
            SourceClass::NonOfficial => "non-official",
            SourceClass::Anonymous => "anonymous",
            SourceClass::Unknown => "unclassified",
        }
    }
}

/// One speaker's share of an article's quotations.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SpeakerShare {
    /// The speaker as the article names them: the fullest name, or the description an unnamed
    /// speaker gets.
    pub speaker: String,
    /// The speaker's role as the article gives it, where it does ("spokesperson for the
    /// ministry").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Official, non-official or anonymous.
    pub class: SourceClass,
    /// Number of quotations (direct and indirect) attributed to them.
    pub quotes: usize,
    /// Number of words quoted directly.
    pub words: usize,
    /// Share of the article's directly quoted words (0–1).
    pub share: f64,
}

impl SpeakerShare {
    /// The speaker with their role, as shown to readers ("Zhou Lanting, spokesperson for the
    /// International Department").
    pub fn label(&self) -> String {
        match &self.role {
            Some(r) if !r.is_empty() => format!("{}, {r}", self.speaker),
            _ => self.speaker.clone(),
        }
    }

    /// The share as shown to readers: a percentage, or, for a speaker the article only reports
    /// in its own words ("she said the talks would go on"), that it is reported speech only.
    pub fn shown_share(&self) -> String {
        if self.words == 0 {
            "reported speech only".to_string()
        } else {
            format!("{}%", crate::util::decimal::fixed(self.share * 100.0, 0))
        }
    }
}

/// A referent and how each article names it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Referent {
    /// Stable index in this report.
    pub id: usize,
    /// The fullest name found ("Communist Party of China").
    pub name: String,
    /// Per article (bundle order), the labels used and how often.
    pub labels: Vec<ArticleLabels>,
}

/// The labels one article uses for a referent.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ArticleLabels {
    /// The article's `id`.
    pub article: String,
    /// Labels, most used first.
    pub labels: Vec<LabelCount>,
}

/// One label and its count.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabelCount {
    /// The label as written ("the Party").
    pub label: String,
    /// How many times the article uses it.
    pub count: usize,
}
