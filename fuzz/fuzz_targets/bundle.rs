//! A file as the app and the command line read it: any bytes, under one of the names the
//! importer tells apart (a bundle, a text, Markdown, a web page). Reading may refuse the file,
//! with a message; it must never panic or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::engine::import::import_file;

fuzz_target!(|data: &[u8]| {
    let Some((&kind, bytes)) = data.split_first() else { return };
    let name = ["bundle.json", "notes.txt", "notes.md", "page.html"][usize::from(kind % 4)];
    let _ = import_file(name, bytes, parallax::engine::html::extract);
});
