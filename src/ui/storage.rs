//! Saving and restoring the workspace in the browser's local storage, through `gloo`'s storage.
//!
//! The saved text meets the same gate as any other bundle: its size and nesting are checked
//! before it is parsed, and its bundle is read by [`Bundle::from_value`](crate::engine::Bundle::from_value).
//! Natively (server-side rendering in tests) there is no storage: loading finds nothing and
//! saving does nothing.

use super::state::Workspace;

/// The local-storage key of the saved workspace.
pub const KEY: &str = "parallax.workspace.v1";
/// Where an unreadable saved workspace is moved, so that it is never overwritten.
pub const BACKUP_KEY: &str = "parallax.workspace.unreadable";

/// What loading found.
pub enum Loaded {
    /// Nothing saved yet.
    Nothing,
    /// A saved workspace.
    Workspace(Box<Workspace>),
    /// Something was saved but could not be read; it was kept under [`BACKUP_KEY`].
    Unreadable(String),
}

/// Reads a saved workspace from its text: the gate's checks on the text, then the workspace
/// (pure, so it is tested natively).
///
/// # Errors
/// One sentence saying why the text is not a usable workspace.
pub fn parse(raw: &str) -> Result<Workspace, String> {
    crate::engine::gate::check_json(raw).map_err(|e| e.to_string())?;
    crate::engine::bundle::read_json::<Workspace>(raw).map_err(|e| e.to_string())
}

/// Reads the saved workspace.
pub fn load() -> Loaded {
    #[cfg(target_arch = "wasm32")]
    {
        use gloo::storage::{LocalStorage, Storage};
        if !available() {
            return Loaded::Nothing;
        }
        let Ok(Some(raw)) = LocalStorage::raw().get_item(KEY) else {
            return Loaded::Nothing;
        };
        match parse(&raw) {
            Ok(ws) => Loaded::Workspace(Box::new(ws)),
            Err(e) => {
                let _ = LocalStorage::raw().set_item(BACKUP_KEY, &raw);
                Loaded::Unreadable(e)
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    Loaded::Nothing
}

/// True when the page may use local storage: `gloo` throws when it is switched off (a
/// browser that blocks site data), which would stop the app.
#[cfg(target_arch = "wasm32")]
fn available() -> bool {
    web_sys::window().is_some_and(|w| w.local_storage().ok().flatten().is_some())
}

/// Saves the workspace.
///
/// # Errors
/// A sentence for the user when the browser refuses (storage full or disabled).
pub fn save(ws: &Workspace) -> Result<(), String> {
    #[cfg(target_arch = "wasm32")]
    {
        use gloo::storage::{LocalStorage, Storage, errors::StorageError};
        if !available() {
            return Err("This browser does not allow saving (storage is switched off).".to_string());
        }
        // Written through a `Value`, as every type is (see `engine::bundle::write_json`).
        LocalStorage::set(KEY, serde_json::to_value(ws).unwrap_or_default()).map_err(|e| match e {
            StorageError::JsError(_) => "The browser's storage for this page is full (or switched off), so your latest changes are not saved. Download the bundle to keep them.".to_string(),
            other => format!("Your latest changes are not saved ({other}). Download the bundle to keep them."),
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = ws;
        Ok(())
    }
}
