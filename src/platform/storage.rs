//! Remembering answers on this device, only when the person turns it on. Stored as the
//! share-link text (`core::share`), so it is compact and checked when read back.

const KEY: &str = "hernia-aid.answers";

/// This browser gives the app no storage here: a frame sandboxed without
/// `allow-same-origin`, blocked site data, some private modes.
#[derive(Debug, PartialEq, Eq)]
pub struct Unavailable;

fn local() -> Result<web_sys::Storage, Unavailable> {
    // `localStorage` throws (an `Err` here) where the browser refuses storage to this page.
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).ok_or(Unavailable)
}

/// The saved text, if any.
pub fn load() -> Result<Option<String>, Unavailable> {
    local()?.get_item(KEY).map_err(|_| Unavailable)
}

/// Saves the text; fails when storage is full, blocked, or throws.
pub fn save(text: &str) -> Result<(), Unavailable> {
    let storage = local()?;
    storage.set_item(KEY, text).map_err(|_| Unavailable)?;
    // Some browsers accept the write and keep nothing: read it back.
    match storage.get_item(KEY) {
        Ok(Some(stored)) if stored == text => Ok(()),
        _ => Err(Unavailable),
    }
}

/// Calls back when another tab deletes the saved answers; stops when dropped.
pub fn on_deleted_elsewhere(mut callback: impl FnMut() + 'static) -> super::events::WindowListener {
    // `storage` events come only from other tabs of this origin.
    super::events::WindowListener::new("storage", move || {
        if load() == Ok(None) {
            callback();
        }
    })
}

/// Deletes the saved answers. Removing writes nothing when there is nothing saved.
pub fn clear() {
    if let Ok(storage) = local() {
        if storage.get_item(KEY).ok().flatten().is_some() {
            let _ = storage.remove_item(KEY);
        }
    }
}
