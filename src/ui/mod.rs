//! The browser app (placeholder while the engine builds).
