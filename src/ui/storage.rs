//! Saving and restoring the workspace in the browser's local storage.
//!
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

/// Reads the saved workspace.
pub fn load() -> Loaded {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
            return Loaded::Nothing;
        };
        let Ok(Some(raw)) = storage.get_item(KEY) else {
            return Loaded::Nothing;
        };
        match crate::engine::json::from_str::<Workspace>(&raw) {
            Ok(ws) => Loaded::Workspace(Box::new(ws)),
            Err(e) => {
                let _ = storage.set_item(BACKUP_KEY, &raw);
                Loaded::Unreadable(e)
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    Loaded::Nothing
}

/// Saves the workspace.
///
/// # Errors
/// A sentence for the user when the browser refuses (storage full or disabled).
pub fn save(ws: &Workspace) -> Result<(), String> {
    #[cfg(target_arch = "wasm32")]
    {
        let json = crate::engine::json::to_string(ws);
        let storage = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .ok_or_else(|| "This browser does not allow saving (storage is disabled).".to_string())?;
        storage.set_item(KEY, &json).map_err(|_| {
            "The browser's storage for this page is full, so your latest changes are not saved. Download the bundle to keep them.".to_string()
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = ws;
        Ok(())
    }
}
