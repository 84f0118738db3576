//! The update handshake with the service worker registration in the loader script: it
//! announces `hernia-aid:update-ready`; the app answers `hernia-aid:apply-update`.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Whether a new version was already waiting before the app started listening.
pub fn update_waiting() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"herniaAidUpdateReady".into()).ok())
        .is_some_and(|v| v.is_truthy())
}

/// Asks the waiting version to take over; the page then reloads onto it whole.
pub fn apply_update() {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new("hernia-aid:apply-update")) {
        let _ = window.dispatch_event(&event);
    }
}

/// Calls back when a new version is ready; stops when dropped.
pub struct UpdateListener {
    callback: Closure<dyn FnMut(web_sys::Event)>,
}

impl UpdateListener {
    pub fn new(mut on_ready: impl FnMut() + 'static) -> UpdateListener {
        let callback = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| on_ready());
        if let Some(window) = web_sys::window() {
            let _ = window.add_event_listener_with_callback("hernia-aid:update-ready", callback.as_ref().unchecked_ref());
        }
        UpdateListener { callback }
    }
}

impl Drop for UpdateListener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback("hernia-aid:update-ready", self.callback.as_ref().unchecked_ref());
        }
    }
}
