//! The URL fragment: read it, write it, and hear when it changes (links, the back button).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

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

/// Calls back with the new fragment whenever it changes; stops when dropped.
pub struct FragmentListener {
    callback: Closure<dyn FnMut(web_sys::Event)>,
}

impl FragmentListener {
    pub fn new(mut on_change: impl FnMut(String) + 'static) -> FragmentListener {
        let callback = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| on_change(fragment()));
        if let Some(window) = web_sys::window() {
            let _ = window.add_event_listener_with_callback("hashchange", callback.as_ref().unchecked_ref());
        }
        FragmentListener { callback }
    }
}

impl Drop for FragmentListener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback("hashchange", self.callback.as_ref().unchecked_ref());
        }
    }
}
