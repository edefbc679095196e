//! What every signal means, in plain language: the entries of the glossary view.
//!
//! This table is the app's own until the framing module's glossary
//! (`engine::framing::glossary`) lands; then [`entry`] becomes a thin lookup into it and the
//! views do not change.

use crate::engine::Kind;

/// One glossary entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The signal.
    pub kind: Kind,
    /// What it is, in one or two sentences.
    pub meaning: &'static str,
    /// A constructed example.
    pub example: &'static str,
    /// Why a reader should care.
    pub why: &'static str,
}

/// Every entry, in [`Kind::ALL`] order.
pub const ENTRIES: &[Entry] = &[
    Entry {
        kind: Kind::Loaded,
        meaning: "A word that carries a judgement or an emotion beyond the plain facts.",
        example: "“a reckless plan” instead of “a plan”; “regime” instead of “government”.",
        why: "Loaded words tell readers how to feel about a fact before they have weighed it.",
    },
    Entry {
        kind: Kind::ReportingVerb,
        meaning: "The verb that introduces what someone said. Some are neutral (said, told), some endorse (noted, explained), some distance (claimed, alleged), some are loaded (slammed, hailed, admitted).",
        example: "“The minister said” / “the minister claimed” / “the minister admitted”.",
        why: "The same statement can be made to sound reliable, doubtful or shameful by the verb alone.",
    },
    Entry {
        kind: Kind::Hedge,
        meaning: "A word that makes a claim less certain.",
        example: "“reportedly”, “may”, “allegedly”, “it appears”.",
        why: "Hedging one side's claims and not the other's shifts where doubt falls.",
    },
    Entry {
        kind: Kind::Booster,
        meaning: "A word that makes a claim sound more certain or more important.",
        example: "“clearly”, “undeniably”, “historic”, “of course”.",
        why: "Boosters present an interpretation as settled fact.",
    },
    Entry {
        kind: Kind::Label,
        meaning: "The name an article uses for a person, group or thing, where other articles use a different one.",
        example: "“protesters” / “rioters”; “the Party” / “the ruling party”.",
        why: "Names carry a view of who someone is and whether they are legitimate.",
    },
    Entry {
        kind: Kind::Quote,
        meaning: "Words given in quotation marks, as someone's own.",
        example: "“We will not back down,” the organiser said.",
        why: "Who gets quoted directly gets to frame the story in their own words.",
    },
    Entry {
        kind: Kind::Speaker,
        meaning: "A person or body the article lets speak.",
        example: "a police spokesperson, a witness, a party official.",
        why: "Articles that only quote officials tell a different story from those that quote witnesses.",
    },
    Entry {
        kind: Kind::AnonymousSource,
        meaning: "A source that is not named.",
        example: "“officials said”, “a person familiar with the talks”.",
        why: "Readers cannot check unnamed sources; how often an article relies on them matters.",
    },
    Entry {
        kind: Kind::Passive,
        meaning: "A passive sentence that hides who did something.",
        example: "“mistakes were made”, “shots were fired”.",
        why: "Leaving out the actor can take responsibility off someone.",
    },
    Entry {
        kind: Kind::Number,
        meaning: "A number that differs from the one another article gives for the same thing, or that only one article gives.",
        example: "“thousands marched” / “about 800 people gathered”.",
        why: "Numbers make events look bigger or smaller; disputed numbers deserve a source.",
    },
    Entry {
        kind: Kind::Frame,
        meaning: "A word that points to one of the fifteen policy frames (economic, health and safety, legality, morality…).",
        example: "“costs” and “jobs” for the economic frame; “rights” for fairness.",
        why: "Two articles about one event can make it a story about money, security or morality.",
    },
    Entry {
        kind: Kind::Changed,
        meaning: "Words that differ from the matching sentence in another article reporting the same claim.",
        example: "“signed by 240 parties” / “signed by some parties”.",
        why: "Small changes of wording in the same claim are where framing shows most clearly.",
    },
    Entry {
        kind: Kind::Verbatim,
        meaning: "A run of words shared word for word with another article.",
        example: "Two outlets printing the same wire-service or press-release sentence.",
        why: "Copied text means the outlets share a source, so their agreement is not independent.",
    },
    Entry {
        kind: Kind::Boilerplate,
        meaning: "Page furniture: text that belongs to the web page, not the article (“Read more”, “Share this story”, a repeated pull quote).",
        example: "“READ MORE: Ten things to know about the summit”.",
        why: "It is left out of the comparison so that it does not create false matches; put it back if it is article text.",
    },
];

/// The entry for a kind.
pub fn entry(kind: Kind) -> Option<&'static Entry> {
    ENTRIES.iter().find(|e| e.kind == kind)
}

/// The element id of a kind's glossary entry.
pub fn anchor(kind: Kind) -> String {
    format!("glossary-{}", kind.name())
}
