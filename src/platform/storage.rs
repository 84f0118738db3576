//! Keeping things on this device, only when the person turns it on: their answers (stored as
//! the share-link text, `core::share`, compact and checked when read back) and their symptom
//! diary (as its CSV export, `core::diary_export`, read back by the same checked reader as an
//! imported file).

/// What the app can keep, each under its own key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shelf {
    Answers,
    Diary,
    /// The day the pain or numbness began, for the diary's three-month mark.
    DiaryStart,
}

impl Shelf {
    fn key(self) -> &'static str {
        match self {
            Shelf::Answers => "hernia-aid.answers",
            Shelf::Diary => "hernia-aid.diary",
            Shelf::DiaryStart => "hernia-aid.diary-start",
        }
    }
}

/// This browser gives the app no storage here: a frame sandboxed without
/// `allow-same-origin`, blocked site data, some private modes.
#[derive(Debug, PartialEq, Eq)]
pub struct Unavailable;

fn local() -> Result<web_sys::Storage, Unavailable> {
    // `localStorage` throws (an `Err` here) where the browser refuses storage to this page.
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).ok_or(Unavailable)
}

/// The saved text, if any.
pub fn load(shelf: Shelf) -> Result<Option<String>, Unavailable> {
    local()?.get_item(shelf.key()).map_err(|_| Unavailable)
}

/// Saves the text; fails when storage is full, blocked, or throws.
pub fn save(shelf: Shelf, text: &str) -> Result<(), Unavailable> {
    let storage = local()?;
    storage.set_item(shelf.key(), text).map_err(|_| Unavailable)?;
    // Some browsers accept the write and keep nothing: read it back.
    match storage.get_item(shelf.key()) {
        Ok(Some(stored)) if stored == text => Ok(()),
        _ => Err(Unavailable),
    }
}

/// Calls back when another tab deletes what is on the shelf; stops when dropped.
pub fn on_deleted_elsewhere(shelf: Shelf, mut callback: impl FnMut() + 'static) -> super::events::WindowListener {
    // `storage` events come only from other tabs of this origin.
    super::events::WindowListener::new("storage", move || {
        if load(shelf) == Ok(None) {
            callback();
        }
    })
}

/// Deletes what is on the shelf. Removing writes nothing when there is nothing saved.
pub fn clear(shelf: Shelf) {
    if let Ok(storage) = local() {
        if storage.get_item(shelf.key()).ok().flatten().is_some() {
            let _ = storage.remove_item(shelf.key());
        }
    }
}
