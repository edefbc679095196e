//! The glossary: for every highlight kind and every finding signal, what it is, why it
//! matters, and an example sentence written for this project. The app's tooltips and the
//! Markdown report use it.
//!
//! ```
//! use parallax::engine::framing::glossary;
//! use parallax::engine::Kind;
//! let e = glossary::entry(Kind::Hedge);
//! assert_eq!(e.id, "hedge");
//! assert!(glossary::all().len() >= Kind::ALL.len());
//! ```

use crate::engine::report::Kind;

/// One glossary entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The highlight kind name or finding signal it explains ("reporting-verb", "coverage").
    pub id: &'static str,
    /// A short title ("Reporting verb").
    pub title: &'static str,
    /// What it is, in one or two plain sentences.
    pub what: &'static str,
    /// Why it matters to a reader comparing coverage.
    pub why: &'static str,
    /// An example sentence (written for this project), with the marked words in quotes.
    pub example: &'static str,
}

const ENTRIES: &[Entry] = &[
    Entry {
        id: "loaded",
        title: "Loaded word",
        what: "A word that judges what it names instead of just naming it, with a positive or negative slant (\"regime\" instead of \"government\", \"landmark\" instead of \"new\"). Inside a quotation the word is the speaker's, not the outlet's.",
        why: "Evaluative words nudge readers toward a view before they have weighed the facts; the same event can sound heroic or shameful through word choice alone.",
        example: "The council pushed through its \"reckless\" parking plan despite a \"storm of\" complaints from shop owners.",
    },
    Entry {
        id: "reporting-verb",
        title: "Reporting verb",
        what: "The verb that introduces what someone said. Neutral verbs (\"said\", \"told\") only report; endorsing ones (\"noted\", \"explained\") present the words as true; distancing ones (\"claimed\", \"insisted\") invite doubt; loaded ones (\"boasted\", \"admitted\", \"slammed\") judge the speaker.",
        why: "Swapping \"said\" for \"claimed\" or \"admitted\" changes how much the reader trusts the statement, without changing a word of it.",
        example: "The mayor \"insisted\" the bridge was safe, while the engineer \"noted\" that the cracks were new.",
    },
    Entry {
        id: "hedge",
        title: "Hedge",
        what: "A word or phrase that softens a claim: it marks it as possible (\"may\", \"likely\"), second-hand (\"reportedly\", \"according to\"), approximate (\"about\", \"some\") or only apparent (\"appears to\").",
        why: "Hedges show how sure the writer is. An article that hedges what another states flatly is telling readers the matter is less settled.",
        example: "The factory \"reportedly\" dumped waste into the river, which \"may\" explain the dead fish.",
    },
    Entry {
        id: "booster",
        title: "Booster",
        what: "A word that strengthens a claim or removes doubt: \"clearly\", \"undeniably\", \"fully\", \"never\", \"proves\".",
        why: "Boosters present a view as settled fact and leave the reader no room to disagree; they are common in advocacy and celebration.",
        example: "The results \"clearly\" show that the new timetable has \"completely\" solved the delays.",
    },
    Entry {
        id: "label",
        title: "Label",
        what: "The name or description an article uses for a person, group, institution or country when other articles name the same actor differently (\"protesters\" or \"rioters\"; \"the North Korean leader\" or \"the dictator\"; \"the Communist Party of China\" or \"Beijing\"). Forms of one name (\"Mr. Abe\", \"Shinzo Abe\"), acronyms and a country's short names are house style and are not marked; a label with a word that judges is said to judge.",
        why: "Labels carry a stance: the name chosen for a group often decides whether readers see it as legitimate, dangerous or official.",
        example: "One paper wrote of \"striking workers\" at the port; another called the same people \"wreckers\".",
    },
    Entry {
        id: "quote",
        title: "Quotation",
        what: "Words in quotation marks: a speaker's own words, possibly over several sentences or paragraphs. Marks around a single word with no speaker (scare quotes) are shown too.",
        why: "Who gets quoted directly, and at what length, shows whose voice the article carries; a paraphrase lets the outlet choose the wording.",
        example: "\"We will reopen the library by spring,\" the head librarian told the meeting.",
    },
    Entry {
        id: "speaker",
        title: "Speaker",
        what: "Who is quoted or reported, by name or role, with the kind of source they are: official (speaks for a government, party, police or public body), non-official (speaks for themselves or a group outside the state) or anonymous.",
        why: "An article that quotes only officials tells the story from the top; one that quotes only critics or witnesses tells it from below.",
        example: "\"Ruth Okafor, a spokesperson for the water board,\" said the supply was safe, while \"a farmer downstream\" disagreed.",
    },
    Entry {
        id: "anonymous-source",
        title: "Anonymous source",
        what: "A source the article does not name: \"officials said\", \"a person familiar with the talks\", \"one officer told us\".",
        why: "Readers cannot check who an anonymous source is or what they gain from speaking, so heavy reliance on them deserves care.",
        example: "\"A senior official who asked not to be named\" said the deal was already dead.",
    },
    Entry {
        id: "passive",
        title: "Agentless passive",
        what: "A sentence in the passive voice with no \"by …\": it says what was done but not who did it.",
        why: "Leaving out the actor can hide responsibility: \"shots were fired\" says less than \"soldiers fired\".",
        example: "Mistakes \"were made\" in the budget, and several files \"were deleted\" before the audit.",
    },
    Entry {
        id: "number",
        title: "Number",
        what: "A figure that another article reports differently for the same thing: another value, a vaguer word (\"hundreds\"), a rounding (\"some 200\"), or no number at all.",
        why: "Numbers sound objective, but the choice between a police estimate and an organisers' figure, or between a precise and a vague one, shapes how big an event seems.",
        example: "Police counted \"about 800\" cyclists on the ride; the organisers spoke of \"more than 3,000\".",
    },
    Entry {
        id: "frame",
        title: "Frame cue",
        what: "A word that points to one of the 15 frame dimensions of the Policy Frames Codebook (economic, health and safety, crime and punishment, security, fairness, …): the angle from which the story is told.",
        why: "The same event can be told as a question of money, of law and order, of health or of rights; the frame decides which facts seem relevant.",
        example: "The new ferry line will \"cost\" \"taxpayers\" millions (economic) but cut \"emergency\" travel to the \"hospital\" (health and safety).",
    },
    Entry {
        id: "changed",
        title: "Changed wording",
        what: "Words that differ between two articles' versions of the same claim, after the alignment has linked the sentences.",
        why: "Small wording changes in otherwise similar sentences are where framing choices are easiest to see.",
        example: "One article says the plan was \"approved\"; the linked sentence in another says it was \"forced through\".",
    },
    Entry {
        id: "verbatim",
        title: "Shared verbatim",
        what: "A run of at least eight words that two articles share word for word.",
        why: "Identical wording usually means both used the same wire story or press release; the outlet did not write those words itself.",
        example: "Both papers wrote that \"the bridge will remain closed to heavy vehicles until further notice\".",
    },
    Entry {
        id: "boilerplate",
        title: "Page furniture",
        what: "Text that came with the web page but is not part of the article: \"Read more\" links, share buttons, a repeated pull quote.",
        why: "Left in, it would look like content the articles share or differ on; it is set aside (and can be put back).",
        example: "\"Share this story\" and \"READ MORE: Ten ways to save on heating\" under an article about a strike.",
    },
    Entry {
        id: "coverage",
        title: "Coverage",
        what: "What each article reports that others leave out, and what it leaves out that the others report.",
        why: "Omission is the quietest form of framing: a fact that never appears cannot be weighed.",
        example: "Three reports of the fire mention that the alarm had been switched off; the fourth does not.",
    },
    Entry {
        id: "emphasis",
        title: "Emphasis",
        what: "Where a claim sits in each article — headline, lead, or deep in the body — and how much space it gets.",
        why: "Readers give most weight to the headline and first sentences; a claim that leads one article and is buried in another is framed as more or less important.",
        example: "One paper opens with the pay rise; another mentions it only in its ninth paragraph.",
    },
    Entry {
        id: "sourcing",
        title: "Sourcing",
        what: "Whom each article quotes or cites — officials, non-officials, anonymous sources — and how much of the quoted text each gets.",
        why: "The balance of voices decides whose account of the event readers hear; quoting only one side is a strong framing choice.",
        example: "The first report quotes two ministers; the second quotes a ward nurse and a patient's daughter.",
    },
    Entry {
        id: "quotation",
        title: "Quotation against paraphrase",
        what: "The same statement quoted word for word in one article and retold in the outlet's own words in another.",
        why: "A paraphrase lets the outlet pick the wording and the reporting verb, for instance \"insisted\" instead of a direct quotation.",
        example: "\"The tunnel is safe,\" the engineer said. / The engineer insisted that the tunnel posed no danger.",
    },
];

/// The entry of a highlight kind.
///
/// # Panics
/// Never: every kind has an entry (a test checks it); a missing one falls back to the first.
pub fn entry(kind: Kind) -> &'static Entry {
    by_id(kind.name()).unwrap_or(&ENTRIES[0])
}

/// The entry of a highlight kind name or finding signal ("reporting-verb", "coverage").
pub fn by_id(id: &str) -> Option<&'static Entry> {
    ENTRIES.iter().find(|e| e.id == id)
}

/// Every entry: the highlight kinds in display order, then the finding signals.
pub fn all() -> &'static [Entry] {
    ENTRIES
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_an_entry() {
        for k in Kind::ALL {
            assert!(by_id(k.name()).is_some(), "no glossary entry for {}", k.name());
        }
        for s in crate::engine::report::Signal::ALL {
            assert!(by_id(s.name()).is_some(), "no glossary entry for the signal {}", s.name());
            assert_eq!(serde_json::to_value(s).ok(), Some(serde_json::Value::from(s.name())), "the format's name");
        }
        for e in all() {
            assert!(!e.what.is_empty() && !e.why.is_empty() && !e.example.is_empty());
        }
    }
}
