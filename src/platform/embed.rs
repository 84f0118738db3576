//! Running inside a clinic's page: tell the host page how tall the app is, and only that host.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The message the host's `embed.js` listens for.
pub const HEIGHT_MESSAGE: &str = "hernia-aid:height";

/// Reports the page body's height to the parent page at `host_origin` whenever it changes;
/// stops when dropped.
pub struct HeightReporter {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl HeightReporter {
    pub fn new(host_origin: String) -> Option<HeightReporter> {
        let window = web_sys::window()?;
        let parent = window.parent().ok().flatten()?;
        let root: web_sys::Element = window.document()?.body()?.into();
        let measured = root.clone();
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_| {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &measured.scroll_height().into());
            let _ = parent.post_message(&message, &host_origin);
        });
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(&root);
        Some(HeightReporter { observer, _callback: callback })
    }
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
