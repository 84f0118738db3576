//! Remembering answers on this device, only when the person turns it on. Stored as the
//! share-link text (`core::share`), so it is compact and checked when read back.

const KEY: &str = "hernia-aid.answers";

fn local() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The saved text, if any (and if storage is available at all).
pub fn load() -> Option<String> {
    local().and_then(|s| s.get_item(KEY).ok().flatten())
}

pub fn save(text: &str) {
    if let Some(storage) = local() {
        let _ = storage.set_item(KEY, text);
    }
}

/// Deletes the saved answers. Removing writes nothing when there is nothing saved.
pub fn clear() {
    if let Some(storage) = local() {
        if storage.get_item(KEY).ok().flatten().is_some() {
            let _ = storage.remove_item(KEY);
        }
    }
}
