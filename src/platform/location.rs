//! The URL fragment: read it, write it, and hear when it changes (links, the back button).

use super::events::WindowListener;

/// The current fragment, with its `#`, or empty.
pub fn fragment() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Sets the fragment, adding a history entry, unless it is already the current one.
pub fn go_to(fragment: &str) {
    let Some(window) = web_sys::window() else { return };
    if window.location().hash().ok().as_deref() != Some(fragment) {
        let _ = window.location().set_hash(fragment);
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
