//! Saving and restoring the workspace in the browser's local storage; the earlier workspaces
//! kept when a bundle replaced one; the marks that keep a workspace that stopped the page from
//! being analysed again at start.
//!
//! Every saved text meets the same gate as any other bundle: its size and nesting are checked
//! before it is parsed, and its bundle is read by [`Bundle::from_value`](crate::engine::Bundle::from_value).
//! Natively (server-side rendering in tests) there is no storage: loading finds nothing and
//! saving does nothing.

use super::state::Workspace;
#[cfg(target_arch = "wasm32")]
use super::state::{Notice, NoticeAction};

/// The local-storage key of the saved workspace.
pub const KEY: &str = "parallax.workspace.v1";
/// Where an unreadable saved workspace is moved, so that it is never overwritten.
pub const BACKUP_KEY: &str = "parallax.workspace.unreadable";
/// The Undo of the saved workspace, so that it survives a reload: the notice's text, a line
/// end, and the workspace Undo puts back. Written after the workspace (which comes first when
/// room is short) and dropped when it is damaged.
pub const UNDO_KEY: &str = "parallax.workspace.undo";
/// The keys of earlier workspaces start with this; the rest is when the workspace was kept
/// (milliseconds since 1970), so that the newest sorts last. boot.js writes one too.
pub const EARLIER_PREFIX: &str = "parallax.recent.";
/// How many earlier workspaces are kept (the oldest goes first).
pub const EARLIER_MAX: usize = 5;
/// Set while an analysis runs and removed when its report arrives: still set at start means
/// the last analysis never finished (boot.js removes it when the page is simply closed).
pub const BUSY_KEY: &str = "parallax.analysing";
/// Written by boot.js when an error stopped the page: its message.
pub const STOPPED_KEY: &str = "parallax.stopped";

/// What loading found.
pub enum Loaded {
    /// Nothing saved yet.
    Nothing,
    /// A saved workspace.
    Workspace(Box<Workspace>),
    /// Something was saved but could not be read; it was kept under [`BACKUP_KEY`].
    Unreadable(String),
}

/// An earlier workspace, as listed for restoring.
pub struct Earlier {
    /// Its storage key.
    pub key: String,
    /// When it was kept (milliseconds since 1970).
    pub kept: u64,
    /// The workspace.
    pub workspace: Box<Workspace>,
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

/// The page's local storage, when the browser allows it (it may be switched off).
#[cfg(target_arch = "wasm32")]
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the saved workspace.
pub fn load() -> Loaded {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(raw) = storage().and_then(|s| s.get_item(KEY).ok().flatten()) else {
            return Loaded::Nothing;
        };
        match parse(&raw) {
            Ok(mut ws) => {
                let undo = storage().and_then(|s| s.get_item(UNDO_KEY).ok().flatten()).unwrap_or_default();
                if let Some((text, before)) = undo.split_once('\n')
                    && let Ok(before) = parse(before)
                {
                    ws.notice = Some(Notice::info(text).with(NoticeAction::Undo(Box::new(before))));
                }
                Loaded::Workspace(Box::new(ws))
            }
            Err(e) => {
                let _ = storage().map(|s| s.set_item(BACKUP_KEY, &raw));
                Loaded::Unreadable(e)
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    Loaded::Nothing
}

/// How a save went.
#[derive(Debug, PartialEq)]
pub enum Saved {
    /// All of it, Undo included.
    Whole,
    /// The workspace, but not its Undo: the browser's storage had no room for both.
    WithoutUndo,
}

/// The sentence shown when the browser's storage is full.
#[cfg(target_arch = "wasm32")]
const FULL: &str = "The browser's storage for this page is full (or switched off)";

/// Saves the workspace and its Undo (see [`UNDO_KEY`]); with `keep_previous`, the copy saved
/// before is first kept among the earlier workspaces, and when that fails the copy is not
/// replaced. When there is no room for the Undo, the workspace is saved without it.
///
/// # Errors
/// A sentence for the user when nothing was saved (storage full or switched off).
pub fn save(ws: &Workspace, keep_previous: bool) -> Result<Saved, String> {
    #[cfg(target_arch = "wasm32")]
    {
        use crate::engine::bundle::write_json;
        let s = storage().ok_or("This browser does not allow saving (storage is switched off).")?;
        if keep_previous && let Ok(Some(previous)) = s.get_item(KEY) {
            keep(&s, &previous).map_err(|()| {
                format!("{FULL}, so this workspace is not saved: your earlier one stays saved instead. Download this one to keep it.")
            })?;
        }
        // The workspace first: when room is short, its Undo makes way.
        let text = write_json(ws, false);
        if s.set_item(KEY, &text).is_err() {
            let _ = s.remove_item(UNDO_KEY);
            s.set_item(KEY, &text).map_err(|_| {
                format!("{FULL}, so your latest changes are not saved. Download the bundle to keep them.")
            })?;
        }
        let Some(Notice { text, action: Some(NoticeAction::Undo(before)), .. }) = &ws.notice else {
            let _ = s.remove_item(UNDO_KEY);
            return Ok(Saved::Whole);
        };
        let undo = format!("{}\n{}", text.replace('\n', " "), write_json(before, false));
        if s.set_item(UNDO_KEY, &undo).is_ok() {
            return Ok(Saved::Whole);
        }
        let _ = s.remove_item(UNDO_KEY);
        Ok(Saved::WithoutUndo)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (ws, keep_previous);
        Ok(Saved::Whole)
    }
}

/// The keys of the earlier workspaces, oldest first.
#[cfg(target_arch = "wasm32")]
fn earlier_keys(s: &web_sys::Storage) -> Vec<(u64, String)> {
    let mut keys: Vec<(u64, String)> = (0..s.length().unwrap_or(0))
        .filter_map(|k| s.key(k).ok().flatten())
        .filter_map(|key| Some((key.strip_prefix(EARLIER_PREFIX)?.parse().ok()?, key)))
        .collect();
    crate::util::sorting::sort(&mut keys);
    keys
}

/// Keeps `raw` as the newest earlier workspace (once: an identical one moves up), dropping the
/// oldest ones beyond [`EARLIER_MAX`], and as many more as it takes to make room.
#[cfg(target_arch = "wasm32")]
fn keep(s: &web_sys::Storage, raw: &str) -> Result<(), ()> {
    let mut keys = earlier_keys(s);
    keys.retain(|(_, key)| {
        let same = s.get_item(key).ok().flatten().is_some_and(|k| k == raw);
        if same {
            let _ = s.remove_item(key);
        }
        !same
    });
    while keys.len() >= EARLIER_MAX {
        let _ = s.remove_item(&keys.remove(0).1);
    }
    let key = format!("{EARLIER_PREFIX}{}", js_sys::Date::now() as u64);
    while s.set_item(&key, raw).is_err() {
        if keys.is_empty() {
            return Err(());
        }
        let _ = s.remove_item(&keys.remove(0).1);
    }
    Ok(())
}

/// The earlier workspaces that can be read, newest first (one that cannot is left out, and
/// goes when newer ones push it out).
pub fn earlier() -> Vec<Earlier> {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = storage() {
        return earlier_keys(&s)
            .into_iter()
            .rev()
            .filter_map(|(kept, key)| {
                let workspace = Box::new(parse(&s.get_item(&key).ok()??).ok()?);
                Some(Earlier { key, kept, workspace })
            })
            .collect();
    }
    Vec::new()
}

/// Removes an entry (an earlier workspace once it is restored).
pub fn forget(key: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = key;
}

/// Marks an analysis as running (`true`), or as finished with its report (`false`, which also
/// clears the mark boot.js leaves when an error stopped the page).
pub fn set_busy(busy: bool) {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = storage() {
        let _ = if busy {
            s.set_item(BUSY_KEY, "1")
        } else {
            let _ = s.remove_item(STOPPED_KEY);
            s.remove_item(BUSY_KEY)
        };
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = busy;
}

/// Why the last visit stopped before its analysis finished, if it did: the error boot.js
/// recorded, or "" when an analysis simply never came back.
pub fn stopped() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let s = storage()?;
        let get = |key| s.get_item(key).ok().flatten();
        get(STOPPED_KEY).or_else(|| get(BUSY_KEY).map(|_| String::new()))
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}
