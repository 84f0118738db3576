//! The URL fragment: read it, write it, and hear when it changes (links, the back button).

use super::events::WindowListener;

/// The current fragment, with its `#`, or empty.
pub fn fragment() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Shows a screen's fragment. A fragment that carried a link's query (`?a=…`, embed
/// parameters) is replaced, not stacked, so the back button never returns to a link that
/// would reopen old answers; any other change adds a history entry.
pub fn go_to(fragment: &str) {
    let Some(window) = web_sys::window() else { return };
    let current = window.location().hash().unwrap_or_default();
    if current == fragment {
        return;
    }
    if current.contains('?') {
        replace(fragment);
    } else {
        let _ = window.location().set_hash(fragment);
    }
}

/// Replaces the current history entry's fragment without a `hashchange`.
pub fn replace(fragment: &str) {
    let Some(window) = web_sys::window() else { return };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

/// This page's address without the fragment: the base of a share link.
pub fn page_address() -> String {
    let Some(window) = web_sys::window() else { return String::new() };
    let href = window.location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// Calls back with the new fragment whenever it changes (a link, the back button); stops
/// when dropped.
pub fn on_change(mut callback: impl FnMut(String) + 'static) -> WindowListener {
    WindowListener::new("hashchange", move || callback(fragment()))
}
