//! Growth of the analysis time with the size of one article, for texts that once made it
//! super-linear: ordinary sentences, one word repeated, runs of numbered full stops, a
//! quotation that never closes, one endless sentence, short attributed sentences in one
//! paragraph, quotations and their speakers in one sentence, one-sentence paragraphs (each
//! checked against the earlier ones for a repeated page block), many different names (each
//! checked against the actors named before), and names with titles. Each
//! text is analysed at 125 KB, 250 KB, 500 KB and 1 MB (the largest article the gate lets in)
//! next to a short companion article; the figures are the time and its growth against the
//! 125 KB run of the same text. Linear time shows as a ratio near 8 at 1 MB. Each time is the
//! fastest of [`RUNS`] runs, so that another program busy on the machine for a moment does not
//! read as growth.
//!
//! The last row is three articles of many different names, each of the size at the head of
//! the column (three times the text of the other rows): every sentence of one matches its copies in the others and
//! the sentences that share a name, so it measures the alignment's candidate pairs. Terms of
//! more than a fixed number of sentences propose none, so the pairs grow with the text, not with
//! its square; the time peaks where each name is just under that number (about 125 KB here).
//!
//! Two texts of issue 17 are not here: a long headline and 100,000 empty articles. The gate
//! now refuses a headline over 1,000 bytes and more than 30 articles, so neither can grow.
//!
//! Run with `cargo bench --bench growth`; `PARALLAX_GROWTH_ONLY=names` measures only the texts
//! whose name contains that word, and `PARALLAX_GROWTH_SIZES=1000000` only those sizes (bytes,
//! comma-separated; the growth column then compares the last size with the first).

#![allow(clippy::disallowed_methods)] // Instant::now: native benchmark only, never on wasm32.

use parallax::engine::bundle::{Article, Bundle, Event};
use parallax::engine::{Options, analyze};
use std::time::{Duration, Instant};

/// The sizes measured, in bytes.
const SIZES: [usize; 4] = [125_000, 250_000, 500_000, 1_000_000];

/// Runs per text and size; the fastest counts.
const RUNS: usize = 3;

/// `unit` repeated to `size` bytes.
fn repeat_to(unit: &str, size: usize) -> String {
    let mut s = String::with_capacity(size + unit.len());
    while s.len() < size {
        s.push_str(unit);
    }
    s
}

/// Ordinary prose: varied sentences in paragraphs.
fn prose(size: usize) -> String {
    let subjects = ["The council", "A spokeswoman for the port", "Residents", "The minister", "Police"];
    let verbs = ["said", "announced", "warned", "confirmed", "argued"];
    let rests = [
        "that the new ferry timetable would cut waiting times by a third.",
        "that 240 families had asked for the early crossing on Monday.",
        "\u{201c}We will not close the clinic before the winter,\u{201d} during a visit to the island.",
        "that the bridge inspection had found cracks in the eastern span.",
        "the plan would cost about $3.5 million over two years.",
    ];
    let mut s = String::with_capacity(size + 200);
    let mut n = 0usize;
    while s.len() < size {
        s.push_str(&format!("{} {} {} ", subjects[n % 5], verbs[(n / 5) % 5], rests[(n / 25) % 5]));
        n += 1;
        if n.is_multiple_of(4) {
            s.push_str("\n\n");
        }
    }
    s
}

/// Paragraphs of one sentence each, of twelve made-up words drawn from a small set of
/// syllables (a fixed sequence): every paragraph different, none a repeat of another, so that
/// the check for repeated page blocks has thousands of blocks to look back on.
fn short_paragraphs(size: usize) -> String {
    let syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "be", "do", "fu", "ga"];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        syllables[(state % syllables.len() as u64) as usize]
    };
    let mut s = String::with_capacity(size + 100);
    while s.len() < size {
        for w in 0..12 {
            if w > 0 {
                s.push(' ');
            }
            for _ in 0..3 {
                s.push_str(next());
            }
        }
        s.push_str(".\n\n");
    }
    s
}

/// Sentences that each name four different made-up people ("Kalomi Nerusa met Tovibe Dofuga
/// on the road."), so that every name is checked against thousands of earlier actors.
fn many_names(size: usize) -> String {
    let syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "be", "do", "fu", "ga"];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut name = move || {
        let mut w = String::new();
        for i in 0..3 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let s = syllables[(state % syllables.len() as u64) as usize];
            if i == 0 {
                let mut c = s.chars();
                w.extend(c.next().map(|c| c.to_ascii_uppercase()));
                w.push_str(c.as_str());
            } else {
                w.push_str(s);
            }
        }
        w
    };
    let mut s = String::with_capacity(size + 100);
    while s.len() < size {
        s.push_str(&format!("{} {} met {} {} on the road. ", name(), name(), name(), name()));
    }
    s
}

/// A text of a given size in bytes.
type Maker = Box<dyn Fn(usize) -> String>;

/// The texts measured: name and generator.
fn texts() -> Vec<(&'static str, Maker)> {
    vec![
        ("ordinary sentences", Box::new(prose)),
        ("\"said \" repeated", Box::new(|n| repeat_to("said ", n))),
        ("\"1.2.3.4.5.\" runs", Box::new(|n| repeat_to("1.2.3.4.5. ", n))),
        ("unclosed quotations", Box::new(|n| repeat_to("\u{201c}He said the plan would work and ", n))),
        ("one endless sentence", Box::new(|n| repeat_to("and the crowd went on walking ", n))),
        ("short attributed sentences", Box::new(|n| repeat_to("He said it. She said it. They said it. ", n))),
        (
            "quotations, one sentence",
            Box::new(|n| {
                repeat_to(
                    "\u{201c}We will stay,\u{201d} said Ann Lee, a spokeswoman, and she added it \u{201c}would work\u{201d} and ",
                    n,
                )
            }),
        ),
        ("one-sentence paragraphs", Box::new(short_paragraphs)),
        ("many different names", Box::new(many_names)),
        (
            "names and titles",
            Box::new(|n| repeat_to("Ann Lee met Bob Park and Mr. Carl Diaz of the United Nations and ", n)),
        ),
    ]
}

/// Three long articles of many different names: actors named in every article are looked
/// for across all of them (who speaks everywhere but one).
fn time_three(make: &Maker, size: usize) -> Duration {
    time(
        (0..3)
            .map(|k| Article {
                id: format!("long{k}"),
                outlet: format!("Long {k}"),
                text: make(size + k),
                ..Article::default()
            })
            .collect(),
    )
}

fn time_one(text: String) -> Duration {
    let a = Article { id: "long".into(), outlet: "Long".into(), text, ..Article::default() };
    let b = Article {
        id: "short".into(),
        outlet: "Short".into(),
        text: "The council said the ferry timetable would change on Monday.".into(),
        ..Article::default()
    };
    time(vec![a, b])
}

/// The time `analyze` takes on a bundle of these articles.
fn time(articles: Vec<Article>) -> Duration {
    let bundle = Bundle::new(Event::default(), articles);
    let start = Instant::now();
    let report = analyze(&bundle, &Options::default());
    let took = start.elapsed();
    std::hint::black_box(report);
    took
}

/// The sizes to measure: `PARALLAX_GROWTH_SIZES` if set and readable, else [`SIZES`].
fn sizes() -> Vec<usize> {
    let chosen: Vec<usize> = std::env::var("PARALLAX_GROWTH_SIZES")
        .map(|v| v.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_default();
    if chosen.is_empty() { SIZES.to_vec() } else { chosen }
}

/// Measures one text at every size (the fastest of [`RUNS`] runs each) and prints its row.
fn row(name: &str, sizes: &[usize], measure: impl Fn(usize) -> Duration) {
    let times: Vec<Duration> = sizes.iter().map(|&n| (0..RUNS).map(|_| measure(n)).min().unwrap_or_default()).collect();
    let cells: Vec<String> = times.iter().map(|t| format!("{:>10}", format!("{:.3} s", t.as_secs_f64()))).collect();
    let first = times.first().map_or(0.0, Duration::as_secs_f64);
    let last = times.last().map_or(0.0, Duration::as_secs_f64);
    println!("{:<28} {}   {:.1}×", name, cells.join(" "), last / first.max(1e-9));
}

fn main() {
    let only = std::env::var("PARALLAX_GROWTH_ONLY").unwrap_or_default();
    let sizes = sizes();
    let heads: Vec<String> = sizes.iter().map(|&n| format!("{:>10}", format!("{} KB", n / 1000))).collect();
    println!("{:<28} {}   growth, last against first", "text", heads.join(" "));
    for (name, make) in texts().into_iter().filter(|(name, _)| name.contains(only.as_str())) {
        row(name, &sizes, |n| time_one(make(n)));
    }
    if "three articles of names".contains(only.as_str()) {
        let make: Maker = Box::new(many_names);
        row("three articles of names", &sizes, |n| time_three(&make, n));
    }
}
