//! Debug dump of the reading of a bundle: every sentence with its word classes and mentions
//! (development aid). `cargo run --example reading_dump -- BUNDLE.json [ARTICLE_ID] [att|ent|ref]`
use parallax::engine::bundle::Bundle;
use parallax::engine::document::Document;
use parallax::engine::reading;

fn main() {
    let path = std::env::args().nth(1).expect("bundle");
    let only = std::env::args().nth(2).unwrap_or_default();
    let what = std::env::args().nth(3).unwrap_or_default();
    let bundle = Bundle::from_json(&std::fs::read_to_string(path).expect("readable file")).expect("a bundle");
    let docs: Vec<Document> = bundle.articles.iter().map(Document::new).collect();
    let views = reading::read(&bundle, &docs);
    if what == "ref" {
        // The referents of the bundle: kind, roles, country, and each label with its article.
        for (k, r) in reading::referents::find(&views).iter().enumerate() {
            let labels: Vec<String> = r
                .mentions
                .iter()
                .filter(|l| only.is_empty() || views[l.article].id == only)
                .map(|l| format!("{}:{}{}", views[l.article].id, l.label, if l.nested { "*" } else { "" }))
                .collect();
            if !labels.is_empty() {
                println!(
                    "r{k} {:?} {:?} roles={:?} country={:?}\n    {}",
                    r.name,
                    r.kind,
                    r.roles,
                    r.country,
                    labels.join(" | ")
                );
            }
        }
        return;
    }
    for v in views.iter().filter(|v| only.is_empty() || v.id == only) {
        println!("== {}", v.id);
        if what == "ent" {
            for (k, e) in v.entities.list.iter().enumerate() {
                let ms: Vec<String> = e
                    .mentions
                    .iter()
                    .map(|&(u, m)| {
                        let x = &v.units[u].mentions[m];
                        format!("u{u}:{}", v.units[u].slice(x.start, x.end))
                    })
                    .collect();
                println!(
                    "e{k} {:?} {:?} named={} plural={} def={} roles={:?} {:?}",
                    e.name, e.class, e.named, e.plural, e.definite, e.roles, ms
                );
            }
            continue;
        }
        if what == "att" {
            for (ui, u) in v.units.iter().enumerate() {
                println!("u{ui} p{}: {}", u.paragraph, u.as_str());
                for a in v.attributions.iter().filter(|a| a.unit == ui) {
                    let verb = a.verb.map(|(i, n)| u.slice(i, i + n).to_string()).unwrap_or_default();
                    let who = a.speaker.map(|(su, m)| {
                        let x = &v.units[su].mentions[m];
                        let e = a.entity.map(|e| {
                            format!(
                                "{} [{:?}] roles={:?}",
                                v.entities.list[e].name, v.entities.list[e].class, v.entities.list[e].roles
                            )
                        });
                        format!("«{}» → {}", v.units[su].slice(x.start, x.end), e.unwrap_or_else(|| "?".into()))
                    });
                    let content: Vec<String> = a
                        .content
                        .iter()
                        .map(|(cu, sp)| v.units[*cu].text[sp.start..sp.end].chars().take(50).collect())
                        .collect();
                    println!(
                        "   ATT {:?} direct={} verb=«{verb}» who={} content={:?}",
                        a.how,
                        a.direct,
                        who.unwrap_or_default(),
                        content
                    );
                }
            }
            continue;
        }
        for (ui, u) in v.units.iter().enumerate() {
            let tagged: Vec<String> = (0..u.tokens.len()).map(|i| format!("{}/{:?}", u.tok(i), u.tags[i])).collect();
            println!("u{ui}: {}", tagged.join(" "));
            for q in &u.quantities {
                println!("   Q «{}» {:?} {:?} counted={:?} topic={:?}", q.text, q.range, q.measure, q.counted, q.topic);
            }
            for m in &u.mentions {
                let part = |r: Option<(usize, usize)>| r.map(|(a, b)| u.slice(a, b).to_string()).unwrap_or_default();
                println!(
                    "   {:?} {:?} «{}» name=«{}» role=«{}» of=«{}» party=«{}» {:?} appos={:?}",
                    m.kind,
                    m.actor,
                    u.slice(m.start, m.end),
                    part(m.name),
                    part(m.role),
                    part(m.complement),
                    part(m.party),
                    m.role_word.map(|r| r.class),
                    m.apposition
                );
            }
        }
    }
}
