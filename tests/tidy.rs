//! Tidy tests: architecture invariants checked by reading the source.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).expect("source folder is readable") {
            let p = entry.expect("directory entry").path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "rs") {
                out.push(p);
            }
        }
    }
    parallax::util::sorting::sort(&mut out);
    out
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// STYLE.md rule 1: nothing under src/engine/ (nor the utilities it uses, src/util/) imports
/// a web crate.
#[test]
fn engine_uses_no_web_crate() {
    let banned = ["yew", "web_sys", "gloo", "js_sys", "wasm_bindgen"];
    let files = [rust_files(&root().join("src/engine")), rust_files(&root().join("src/util"))].concat();
    assert!(files.len() > 5, "the engine has modules");
    for f in files {
        let text = fs::read_to_string(&f).expect("readable");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for b in banned {
                let hit = code.contains(&format!("{b}::"))
                    || code.contains(&format!("use {b}"))
                    || code.contains(&format!("extern crate {b}"));
                assert!(!hit, "{}:{}: the engine must not use `{b}`: {line}", f.display(), n + 1);
            }
        }
    }
}

/// Every module starts with a `//!` summary line.
#[test]
fn every_module_has_a_summary() {
    for f in rust_files(&root().join("src")).into_iter().chain(rust_files(&root().join("tests"))) {
        let text = fs::read_to_string(&f).expect("readable");
        assert!(text.trim_start().starts_with("//!"), "{} has no `//!` summary line", f.display());
    }
}

/// No test is switched off and none only passes by panicking.
#[test]
fn no_ignored_or_should_panic_tests() {
    let needles = [concat!("#[", "ignore"), concat!("#[", "should_panic")];
    for f in rust_files(&root().join("src")).into_iter().chain(rust_files(&root().join("tests"))) {
        let text = fs::read_to_string(&f).expect("readable");
        for n in needles {
            assert!(!text.contains(n), "{} contains {n}]", f.display());
        }
    }
}

/// Nothing under src/engine/ or src/util/ reads the clock, the file system or the network
/// (but for the deadline of a word diff, read through `similar`'s clock in `diff.rs`, see
/// ARCHITECTURE.md).
#[test]
fn engine_does_no_io() {
    let banned =
        ["std::fs", "std::net", "std::time", "Instant::now", "SystemTime", "std::env", "println!", "eprintln!"];
    for f in [rust_files(&root().join("src/engine")), rust_files(&root().join("src/util"))].concat() {
        let text = fs::read_to_string(&f).expect("readable");
        let mut body = text.split("#[cfg(test)]").next().unwrap_or("").to_string();
        if f.ends_with("engine/diff.rs") {
            body = body.replacen("similar::Instant::now()", "", 1);
        }
        for b in banned {
            assert!(!body.contains(b), "{}: the engine must not use {b}", f.display());
        }
    }
}

/// The modules of `src/ui` and of the framing signals form no import circle (a module that
/// needs another's helper takes it from a module both can use). The sentence reading still has
/// some (the tagger and the name reader use each other's lists).
#[test]
fn modules_import_no_circle() {
    for folder in ["src/ui", "src/engine/framing"] {
        no_import_circle(folder);
    }
}

/// Each module's `super::` uses in `folder`, followed until they come back.
fn no_import_circle(folder: &str) {
    use std::collections::HashMap;
    let dir = root().join(folder);
    let names: Vec<String> = rust_files(&dir)
        .iter()
        .filter(|p| p.parent() == Some(dir.as_path()))
        .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .filter(|n| n != "mod")
        .collect();
    let mut uses: HashMap<String, Vec<String>> = HashMap::new();
    for n in &names {
        let text = fs::read_to_string(dir.join(format!("{n}.rs"))).expect("readable");
        let named = |m: &str| {
            text.match_indices(&format!("super::{m}"))
                .any(|(at, hit)| !text[at + hit.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_'))
        };
        let found = names.iter().filter(|m| *m != n && named(m)).cloned().collect();
        uses.insert(n.clone(), found);
    }
    // Depth-first search from every module; a module met again on the current path closes a circle.
    fn visit(
        folder: &str,
        n: &str,
        uses: &HashMap<String, Vec<String>>,
        path: &mut Vec<String>,
        done: &mut Vec<String>,
    ) {
        if done.iter().any(|d| d == n) {
            return;
        }
        if let Some(k) = path.iter().position(|p| p == n) {
            panic!("{folder} imports in a circle: {} → {n}", path[k..].join(" → "));
        }
        path.push(n.to_string());
        for m in &uses[n] {
            visit(folder, m, uses, path, done);
        }
        path.pop();
        done.push(n.to_string());
    }
    let mut done = Vec::new();
    for n in &names {
        visit(folder, n, &uses, &mut Vec::new(), &mut done);
    }
}

/// The web build writes no float with the standard library's formatting (`{:.1}`: about 7 KB
/// of download; `util::decimal` writes floats) and nothing with `Debug` (`{:?}`: string
/// escaping and Unicode tables). A float's own `{}` cannot be seen here: the twiggy check in
/// ARCHITECTURE.md ("Where the web build's size goes") finds it. Tests and the command line may.
#[test]
fn no_float_or_debug_formatting_in_the_web_build() {
    for f in rust_files(&root().join("src")) {
        if f.starts_with(root().join("src/bin")) {
            continue;
        }
        let text = fs::read_to_string(&f).expect("readable");
        let body = text.split("#[cfg(test)]").next().unwrap_or("");
        for (n, line) in body.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            let debug = code.contains(":?}") || code.contains(":#?}");
            let precision = code.match_indices(":.").any(|(at, _)| {
                let rest = &code[at + 2..];
                let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
                digits > 0 && rest[digits..].starts_with('}')
            });
            assert!(!debug && !precision, "{}:{}: formatting the web build avoids: {line}", f.display(), n + 1);
        }
    }
}
