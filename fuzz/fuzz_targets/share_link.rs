//! A share link's fragment as it arrives in the address bar: any text after `#`. Decoding may
//! refuse it, with a message; it must never panic or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|fragment: &str| {
    let _ = parallax::ui::share::decode(fragment);
    // The same bytes as the payload of a link, so that the inflater and the bundle reader see
    // more than base64 errors.
    let _ = parallax::ui::share::decode(&parallax::ui::share::fragment_of(fragment.as_bytes()));
});
