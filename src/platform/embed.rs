//! Running inside a clinic's page: tell the host page how tall the app is, and only that host.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The message the host's `embed.js` listens for.
pub const HEIGHT_MESSAGE: &str = "hernia-aid:height";

/// The heights the host is told: the content's height rounded up to the next of these
/// steps (each about 1.3 times the last), and never less than told before (see
/// [`HeightReporter`]), so the host page cannot tell screens apart by height.
pub const HEIGHT_STEPS: [i32; 13] = [1600, 2100, 2700, 3500, 4600, 6000, 7800, 10_100, 13_100, 17_000, 22_100, 28_700, 37_300];

/// The step reported for a content height.
pub fn coarse_height(content: i32) -> i32 {
    HEIGHT_STEPS.iter().copied().find(|step| content <= *step).unwrap_or(HEIGHT_STEPS[HEIGHT_STEPS.len() - 1])
}

/// How this page is framed, as far as the browser tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Framing {
    /// At the top level, or framed by another origin than the named host.
    NotByHost,
    /// In a frame whose parent's origin is the named host.
    ByHost,
    /// In a frame whose parent's origin the browser does not tell (no `ancestorOrigins`).
    ByUnknownParent,
}

/// Whether this page runs in a frame of `host_origin`. Embed parameters at the top level, or
/// from another parent, are ignored: nobody can dress the real site with a provider box of
/// their choosing by sending a link.
pub fn framing(host_origin: &str) -> Framing {
    let Some(window) = web_sys::window() else { return Framing::NotByHost };
    let framed = match (window.top(), window.parent()) {
        (Ok(Some(top)), _) => !js_sys::Object::is(&top, &window),
        (_, Ok(Some(parent))) => !js_sys::Object::is(&parent, &window),
        _ => false,
    };
    if !framed {
        return Framing::NotByHost;
    }
    // Chromium and Safari name the parent's origin; Firefox does not.
    let ancestors = js_sys::Reflect::get(&window.location(), &"ancestorOrigins".into()).unwrap_or_default();
    if ancestors.is_undefined() || ancestors.is_null() {
        return Framing::ByUnknownParent;
    }
    match js_sys::Reflect::get(&ancestors, &0.into()).ok().and_then(|o| o.as_string()).as_deref() == Some(host_origin) {
        true => Framing::ByHost,
        false => Framing::NotByHost,
    }
}

/// Reports the page body's height, coarsely, to the parent page at `host_origin` whenever it
/// grows past a step; stops when dropped. It never reports a smaller height: the red-flag
/// step is taller than the screens that can follow it (the emergency screen, or the next
/// questions), so the host sees the same height whichever came next.
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
        let mut last = 0;
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_| {
            let height = coarse_height(measured.scroll_height());
            if height <= last {
                return;
            }
            last = height;
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heights_are_rounded_up_to_coarse_steps() {
        assert_eq!(coarse_height(0), 1600);
        assert_eq!(coarse_height(1600), 1600);
        assert_eq!(coarse_height(1601), 2100);
        assert_eq!(coarse_height(50_000), 37_300, "the largest step caps it");
        assert!(HEIGHT_STEPS.windows(2).all(|w| w[1] > w[0] && w[1] * 10 <= w[0] * 14), "rising by at most 1.4 each");
    }
}
