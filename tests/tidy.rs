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
    parallax::engine::sorting::sort(&mut out);
    out
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// STYLE.md rule 1: nothing under src/engine/ imports a web crate.
#[test]
fn engine_uses_no_web_crate() {
    let banned = ["yew", "web_sys", "gloo", "js_sys", "wasm_bindgen"];
    let files = rust_files(&root().join("src/engine"));
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

/// Nothing under src/engine/ reads the clock, the file system or the network.
#[test]
fn engine_does_no_io() {
    let banned =
        ["std::fs", "std::net", "std::time", "Instant::now", "SystemTime", "std::env", "println!", "eprintln!"];
    for f in rust_files(&root().join("src/engine")) {
        let text = fs::read_to_string(&f).expect("readable");
        let body = text.split("#[cfg(test)]").next().unwrap_or("");
        for b in banned {
            assert!(!body.contains(b), "{}: the engine must not use {b}", f.display());
        }
    }
}
