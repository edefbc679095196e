//! Debug dump of the framing signals of a bundle (development aid).
use parallax::engine::bundle::Bundle;
use parallax::engine::document::Document;
use parallax::engine::framing;

fn main() {
    let path = std::env::args().nth(1).expect("bundle");
    let what = std::env::args().nth(2).unwrap_or_default();
    let bundle = Bundle::from_json(&std::fs::read_to_string(path).unwrap()).unwrap();
    let docs: Vec<Document> = bundle.articles.iter().map(Document::new).collect();
    let views = parallax::engine::reading::read(&bundle, &docs);
    for v in &views {
        let st = framing::quotes::statements(v);
        if what.is_empty() || what == "st" {
            println!("== {}", v.id);
            for s in &st {
                let vt = s.verb.map(|(u, i, n)| v.units[u].slice(i, i + n).to_string()).unwrap_or_default();
                let pieces: Vec<String> = s
                    .pieces
                    .iter()
                    .map(|(u, sp)| v.units[*u].text[sp.start..sp.end].chars().take(40).collect())
                    .collect();
                println!(
                    "  u{} direct={} verb={:?} who={:?} key={:?} class={:?} words={} {:?}",
                    s.unit, s.direct, vt, s.speaker.label, s.speaker.key, s.speaker.class, s.words, pieces
                );
            }
        }
        if what == "num" {
            println!("== {}", v.id);
            for q in framing::numbers::find(v) {
                println!(
                    "  u{} {:?} val={:?} range={:?} measure={:?} counted={:?} topic={:?}",
                    q.unit, q.text, q.value, q.range, q.measure, q.counted, q.topic
                );
            }
        }
        if what == "frames" {
            let c = framing::frames::find(v);
            println!(
                "== {} {:?}",
                v.id,
                framing::frames::scores(&c).iter().map(|f| (f.frame.clone(), f.cues)).collect::<Vec<_>>()
            );
        }
        if what == "quotes" {
            println!("== {}", v.id);
            for q in &v.quotes {
                println!(
                    "  {:?} {}",
                    q.continued,
                    &v.units[0].text.get(q.span.start..q.span.end).unwrap_or("").chars().take(70).collect::<String>()
                );
            }
        }
    }
}
