//! `parallax`: the native command line over the engine (see FORMATS.md for the contract).
//!
//! ```text
//! parallax analyze [--format json|markdown|csv] [--output FILE] BUNDLE.json
//! parallax analyze [--format json|markdown|csv] [--output FILE] ARTICLE.html|.htm|.txt|.md...
//! parallax pairs PAIRS.tsv
//! parallax findings [--top N] BUNDLE.json|DIRECTORY...
//! ```
//! Exit status 0 on success, 2 on unusable input with one message on stderr, never a panic.

use parallax::engine::{self, Bundle, Options, gate, import};
use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "usage:
  parallax analyze [--format json|markdown|csv] [--output FILE] BUNDLE.json
  parallax analyze [--format json|markdown|csv] [--output FILE] ARTICLE...
  parallax pairs PAIRS.tsv
  parallax findings [--top N] BUNDLE.json|DIRECTORY...

analyze  reads a parallax-bundle (or articles: .html/.htm web pages, .txt or .md files, made
         into one bundle, ids from the file names) and writes the report (JSON by default;
         Markdown is a readable report; CSV is the claim matrix)
pairs    reads lines id<TAB>sentence_a<TAB>sentence_b and writes id<TAB>score<TAB>0|1
findings prints the top findings (6 unless --top says otherwise) of each bundle, and of every
         .json bundle in a directory, as plain text with the sentences they rest on";

/// A failure that ends the program with status 2 and one message.
struct Failure(String);

fn main() -> ExitCode {
    // A bug must still end with one clear line, not a stack trace.
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        eprintln!("parallax: internal error ({msg}); please report it with the input that caused it");
    }));
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(msg)) => {
            eprintln!("parallax: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<(), Failure> {
    match args.first().map(String::as_str) {
        Some("analyze") => analyze(&args[1..]),
        Some("pairs") => pairs(&args[1..]),
        Some("findings") => findings(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        Some("-V" | "--version") => {
            println!("parallax {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        Some(other) => Err(Failure(format!("unknown command \"{other}\"\n{USAGE}"))),
        None => Err(Failure(format!("no command given\n{USAGE}"))),
    }
}

/// The output formats of `analyze`.
#[derive(Clone, Copy)]
enum Format {
    Json,
    Markdown,
    Csv,
}

fn analyze(args: &[String]) -> Result<(), Failure> {
    let mut format = Format::Json;
    let mut output: Option<String> = None;
    let mut inputs: Vec<String> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--format" | "-f" => {
                let v = it.next().ok_or_else(|| Failure("--format needs a value: json, markdown or csv".into()))?;
                format = parse_format(v)?;
            }
            s if s.starts_with("--format=") => format = parse_format(&s["--format=".len()..])?,
            "--output" | "-o" => {
                output = Some(it.next().ok_or_else(|| Failure("--output needs a file name".into()))?.clone());
            }
            s if s.starts_with("--output=") => output = Some(s["--output=".len()..].to_string()),
            s if s.starts_with('-') && s != "-" => {
                return Err(Failure(format!("unknown option \"{s}\"\n{USAGE}")));
            }
            s => inputs.push(s.to_string()),
        }
    }
    let bundle = match inputs.as_slice() {
        [] => return Err(Failure(format!("analyze needs a bundle file or article files\n{USAGE}"))),
        [one] if one == "-" || import::is_bundle_name(one) => {
            let text = read_text(one)?;
            Bundle::from_json(&text).map_err(|e| Failure(format!("{}: {e}", gate::shown(one))))?
        }
        files => bundle_of_files(files)?,
    };
    let report = engine::analyze(&bundle, &Options::default());
    let out = match format {
        Format::Json => engine::export::report_json(&report),
        Format::Markdown => engine::export::markdown(&bundle, &report),
        Format::Csv => engine::export::claim_matrix_csv(&bundle, &report),
    };
    write_out(output.as_deref(), &out)
}

/// Several files (articles, and at most one bundle) made into one bundle, as the app opens
/// them: the same extraction of web pages, the same ids from the file names, the same gate.
fn bundle_of_files(files: &[String]) -> Result<Bundle, Failure> {
    let mut results = Vec::with_capacity(files.len());
    for path in files {
        let name = std::path::Path::new(path).file_name().map_or(path.clone(), |n| n.to_string_lossy().into_owned());
        let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        import::too_large(&name, import::is_bundle_name(&name), usize::try_from(size).unwrap_or(usize::MAX))
            .map_err(Failure)?;
        let bytes = std::fs::read(path)
            .map_err(|e| Failure(format!("cannot read {}: {}", gate::shown(path), io_reason(&e))))?;
        results.push((name.clone(), import::import_file(&name, &bytes, extract_html)));
    }
    import::bundle_of(import::plan(results)).map_err(Failure)
}

/// Web pages are read by html5ever (`scraper`), a native dependency: the command line is a
/// native program (built for wasm32 only by the lints, where it has no HTML parser).
#[cfg(not(target_arch = "wasm32"))]
fn extract_html(html: &str) -> engine::html::PageText {
    engine::html::extract(html)
}

#[cfg(target_arch = "wasm32")]
fn extract_html(_: &str) -> engine::html::PageText {
    engine::html::PageText::default()
}

fn parse_format(v: &str) -> Result<Format, Failure> {
    match v {
        "json" => Ok(Format::Json),
        "markdown" | "md" => Ok(Format::Markdown),
        "csv" => Ok(Format::Csv),
        other => Err(Failure(format!("unknown format \"{other}\": use json, markdown or csv"))),
    }
}

/// The top findings of bundles as plain text, for reading them through.
fn findings(args: &[String]) -> Result<(), Failure> {
    let mut top = 6;
    let mut paths: Vec<std::path::PathBuf> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--top" | "-n" => {
                let v = it.next().ok_or_else(|| Failure("--top needs a number".into()))?;
                top = v.parse().map_err(|_| Failure(format!("--top needs a number, not \"{}\"", gate::shown(v))))?;
            }
            s if s.starts_with('-') => return Err(Failure(format!("unknown option \"{}\"\n{USAGE}", gate::shown(s)))),
            s => {
                let p = std::path::PathBuf::from(s);
                if p.is_dir() {
                    let mut inside: Vec<std::path::PathBuf> = std::fs::read_dir(&p)
                        .map_err(|e| Failure(format!("cannot read {}: {}", gate::shown(s), io_reason(&e))))?
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| p.extension().is_some_and(|x| x == "json"))
                        .collect();
                    parallax::util::sorting::sort(&mut inside);
                    paths.extend(inside);
                } else {
                    paths.push(p);
                }
            }
        }
    }
    if paths.is_empty() {
        return Err(Failure(format!("findings needs bundle files or a directory of them\n{USAGE}")));
    }
    let mut out = String::new();
    for p in paths {
        let name = p.to_string_lossy().into_owned();
        let text = read_text(&name)?;
        let bundle = Bundle::from_json(&text).map_err(|e| Failure(format!("{}: {e}", gate::shown(&name))))?;
        let report = engine::analyze(&bundle, &Options::default());
        out.push_str(&engine::export::findings_text(&bundle, &report, top));
        out.push('\n');
    }
    write_out(None, &out)
}

fn pairs(args: &[String]) -> Result<(), Failure> {
    let [input] = args else {
        return Err(Failure(format!("pairs takes exactly one file\n{USAGE}")));
    };
    let text = read_text(input)?;
    let mut rows = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let mut f = line.splitn(3, '\t');
        match (f.next(), f.next(), f.next()) {
            (Some(id), Some(a), Some(b)) => rows.push((id.to_string(), a.to_string(), b.to_string())),
            _ => {
                return Err(Failure(format!(
                    "{input}: line {}: expected three tab-separated fields (id, sentence a, sentence b)",
                    n + 1
                )));
            }
        }
    }
    let pairs: Vec<(&str, &str)> = rows.iter().map(|(_, a, b)| (a.as_str(), b.as_str())).collect();
    let scored = engine::align::score_pairs(&pairs);
    let mut out = String::with_capacity(rows.len() * 16);
    for ((id, _, _), (score, linked)) in rows.iter().zip(scored) {
        out.push_str(&format!("{id}\t{score:.4}\t{}\n", u8::from(linked)));
    }
    write_out(None, &out)
}

/// Reads a file (or standard input for "-") as UTF-8 text.
fn read_text(path: &str) -> Result<String, Failure> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf)
            .map_err(|e| Failure(format!("cannot read standard input: {e}")))?;
        buf
    } else {
        std::fs::read(path).map_err(|e| Failure(format!("cannot read {path}: {}", io_reason(&e))))?
    };
    String::from_utf8(bytes).map_err(|e| {
        let (line, column) = engine::gate::utf8_position(e.as_bytes(), e.utf8_error().valid_up_to());
        Failure(format!(
            "{} is not UTF-8 text (line {line}, column {column} is not a UTF-8 character); save it as UTF-8 and try again",
            engine::gate::shown(path)
        ))
    })
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

fn write_out(path: Option<&str>, text: &str) -> Result<(), Failure> {
    match path {
        Some(p) => std::fs::write(p, text).map_err(|e| Failure(format!("cannot write {p}: {}", io_reason(&e)))),
        None => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`parallax … | head`) is not an error worth a message.
            match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    Err(Failure(format!("cannot write output: {e}")))
                }
                _ => Ok(()),
            }
        }
    }
}
