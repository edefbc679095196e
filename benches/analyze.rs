//! Speed of `analyze` on large bundles: 20 articles of about 3,000 words, then 2×, 4× and 8×
//! as many articles. Prints the time of each size (median of several runs) and its ratio to
//! the 1× run measured in the same process, next to the linear and quadratic references.
//!
//! ```text
//! cargo bench --bench analyze
//! ```
//! The articles are generated: most sentences are new ones whose words follow the statistics
//! of news prose (function words, and a Zipf-distributed vocabulary), and about one in seven
//! restates (reworded) one of a pool of shared claims, so that articles overlap the way
//! coverage of one event does.
//! `PARALLAX_BENCH_MAX_SCALE=1` stops after the 1× size.
#![allow(clippy::disallowed_methods)] // Instant::now: native benchmark only, never on wasm32.

use parallax::engine::bundle::{Article, Bundle, Event};
use parallax::engine::{Options, analyze};
use std::time::{Duration, Instant};

/// A small deterministic random generator (xorshift64*), so every run builds the same input.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Generates sentences with the statistics of news prose: about 45% function words, and
/// content words drawn from a Zipf-like distribution over a large vocabulary, so that two
/// unrelated sentences share little beyond common words.
struct Chain {
    function_words: Vec<&'static str>,
    vocab: Vec<String>,
    /// Cumulative Zipf weights over `vocab`.
    cumulative: Vec<f64>,
}

impl Chain {
    fn new() -> Chain {
        const SYLLABLES: &[&str] = &[
            "ka", "lo", "ren", "mi", "tas", "vo", "dul", "pe", "shan", "ti", "gor", "na", "bel", "su", "rak", "e",
            "ion", "ar",
        ];
        let vocab: Vec<String> = (0..20_000usize)
            .map(|mut k| {
                let mut w = String::new();
                for _ in 0..3 {
                    w.push_str(SYLLABLES[k % SYLLABLES.len()]);
                    k /= SYLLABLES.len();
                    if k == 0 {
                        break;
                    }
                }
                w
            })
            .collect();
        let mut cumulative = Vec::with_capacity(vocab.len());
        let mut total = 0.0;
        for r in 1..=vocab.len() {
            total += 1.0 / (r as f64).powf(1.05);
            cumulative.push(total);
        }
        Chain { function_words: parallax::engine::words::FUNCTION_WORDS.iter().take(80).collect(), vocab, cumulative }
    }

    fn content_word(&self, rng: &mut Rng) -> String {
        let total = *self.cumulative.last().unwrap_or(&1.0);
        let x = (rng.next() % 1_000_000) as f64 / 1_000_000.0 * total;
        let k = self.cumulative.partition_point(|&c| c < x).min(self.vocab.len() - 1);
        self.vocab[k].clone()
    }

    /// A new sentence of 10 to 34 words.
    fn sentence(&self, rng: &mut Rng) -> String {
        let n = 10 + rng.below(25);
        let mut out: Vec<String> = Vec::with_capacity(n);
        for _ in 0..n {
            if rng.below(100) < 45 {
                out.push(self.function_words[rng.below(self.function_words.len())].to_string());
            } else {
                out.push(self.content_word(rng));
            }
        }
        if let Some(first) = out.first_mut() {
            let mut c = first.chars();
            *first = c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default();
        }
        format!("{}.", out.join(" "))
    }
}

/// Swaps about one word in four, so that shared claims are reworded as they are in practice.
fn reword(rng: &mut Rng, s: &str, vocab: &[String]) -> String {
    s.split_whitespace()
        .map(|w| if rng.below(4) == 0 && w.len() > 3 { vocab[rng.below(vocab.len())].clone() } else { w.to_string() })
        .collect::<Vec<_>>()
        .join(" ")
}

fn article(rng: &mut Rng, chain: &Chain, shared: &[String], vocab: &[String], words: usize, id: usize) -> Article {
    let mut text = String::new();
    let mut count = 0;
    let mut in_para = 0;
    while count < words {
        // About one sentence in seven reports a claim that other articles report too.
        let s = if rng.below(7) == 0 {
            let pick = rng.below(shared.len());
            reword(rng, &shared[pick], vocab)
        } else {
            chain.sentence(rng)
        };
        count += s.split_whitespace().count();
        if !text.is_empty() {
            text.push_str(if in_para == 0 { "\n\n" } else { " " });
        }
        in_para = (in_para + 1) % 3;
        text.push_str(&s);
    }
    Article {
        id: format!("a{id:03}"),
        outlet: format!("Outlet {id}"),
        title: format!("Report number {id}"),
        text,
        ..Article::default()
    }
}

fn time(bundle: &Bundle, runs: usize) -> (Duration, usize, usize) {
    let mut times = Vec::new();
    let mut links = 0;
    let mut sentences = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let r = analyze(bundle, &Options::default());
        times.push(t.elapsed());
        links = r.links.len();
        sentences = r.articles.iter().map(|a| a.sentences.len()).sum();
    }
    parallax::util::sorting::sort(&mut times);
    (times[times.len() / 2], sentences, links)
}

fn main() {
    let chain = Chain::new();
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let shared: Vec<String> = (0..300).map(|_| chain.sentence(&mut rng)).collect();
    let mut vocab: Vec<String> = shared.iter().flat_map(|s| s.split_whitespace().map(str::to_string)).collect();
    parallax::util::sorting::sort(&mut vocab);
    vocab.dedup();
    let base_articles = 20;
    let words = 3000;
    let max_scale: usize = std::env::var("PARALLAX_BENCH_MAX_SCALE").ok().and_then(|v| v.parse().ok()).unwrap_or(8);
    let all: Vec<Article> =
        (0..base_articles * max_scale).map(|k| article(&mut rng, &chain, &shared, &vocab, words, k)).collect();
    println!("analyze: {base_articles} articles × {words} words, then 2×, 4×, 8× as many articles (median of runs)");
    println!(
        "{:>5} {:>9} {:>10} {:>8} {:>10} {:>8} {:>8}",
        "scale", "articles", "sentences", "links", "time ms", "ratio", "n² ref"
    );
    let mut base: Option<(f64, usize)> = None;
    for scale in [1usize, 2, 4, 8].into_iter().filter(|&s| s <= max_scale) {
        let bundle = Bundle::new(Event::default(), all[..base_articles * scale].to_vec());
        let runs = if scale <= 2 { 5 } else { 3 };
        let (t, n, links) = time(&bundle, runs);
        let ms = t.as_secs_f64() * 1e3;
        let (b_ms, b_n) = *base.get_or_insert((ms, n));
        let quad = (n as f64 / b_n as f64).powi(2);
        println!(
            "{scale:>4}× {:>9} {n:>10} {links:>8} {ms:>10.1} {:>7.2}× {:>7.1}×",
            base_articles * scale,
            ms / b_ms,
            quad
        );
    }
}
