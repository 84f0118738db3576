//! Listening to events on the window, for as long as a value is kept.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Calls back on each `event` the window receives; stops listening when dropped.
pub struct WindowListener {
    event: &'static str,
    callback: Closure<dyn FnMut(web_sys::Event)>,
}

impl WindowListener {
    pub fn new(event: &'static str, mut on_event: impl FnMut() + 'static) -> WindowListener {
        let callback = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| on_event());
        if let Some(window) = web_sys::window() {
            let _ = window.add_event_listener_with_callback(event, callback.as_ref().unchecked_ref());
        }
        WindowListener { event, callback }
    }
}

impl Drop for WindowListener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback(self.event, self.callback.as_ref().unchecked_ref());
        }
    }
}
