//! The document around the app: its language and title.

/// Sets `<html lang>` and the tab title, so screen readers and search see the shown language.
pub fn show_language(tag: &str, title: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", tag);
    }
    document.set_title(title);
}
