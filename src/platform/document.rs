//! The document around the app: its language, title, focus, scrolling and printing.

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Sets `<html lang>`, the tab title and the page description, so screen readers, search and
/// a shared page's preview see the shown language.
pub fn show_language(tag: &str, title: &str, description: &str) {
    let Some(document) = document() else { return };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", tag);
    }
    document.set_title(title);
    if let Ok(Some(meta)) = document.query_selector("meta[name=description]") {
        let _ = meta.set_attribute("content", description);
    }
}

/// Moves keyboard and screen-reader focus to an element (a step's heading), and scrolls up, in
/// the next frame: done at once, focusing and scrolling lay the page out an extra time in the
/// middle of rendering it (8 ms of the 22 from the last answer to the results).
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    let id = id.to_string();
    let move_focus = move || {
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
        if let Some(element) = document().and_then(|d| d.get_element_by_id(&id)) {
            if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        }
    };
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(wasm_bindgen::closure::Closure::once_into_js(move_focus).unchecked_ref());
    }
}

/// Places a popover just below the control that opens it, in page coordinates. Centred in the
/// viewport, as browsers place popovers, it would sit in the middle of the whole app inside a
/// clinic's frame, which is as tall as the app: far from the tapped word. Set through the CSSOM,
/// which the page's style policy allows (no `style` attribute).
pub fn place_below(event: &web_sys::MouseEvent, popover_id: &str) {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else { return };
    // The event's own target (Yew listens at the root, so `current_target` is the root), up to
    // the control itself: a tap may land on the reading above the word.
    let control =
        event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|t| t.closest("[popovertarget]").ok().flatten());
    let popover = document().and_then(|d| d.get_element_by_id(popover_id)).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let (Some(control), Some(popover)) = (control, popover) {
        // Whole pixels: no float formatting in the wasm.
        let below = (control.get_bounding_client_rect().bottom() + window.scroll_y().unwrap_or(0.0)) as i32 + 6;
        let _ = popover.style().set_property("top", &(below.to_string() + "px"));
    }
}

/// Opens the browser's print dialog; the print stylesheet shows only the summary.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Today's date as `YYYY-MM-DD`, in the person's own time zone.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date())
}

/// Removes the static first screen that the build put into the page, just before the app
/// mounts in its place.
pub fn remove_prerendered() {
    if let Some(element) = document().and_then(|d| d.get_element_by_id("prerender")) {
        element.remove();
    }
}

/// An empty element for the app to mount in, at the end of the body, in place of any earlier one.
pub fn fresh_root() -> web_sys::Element {
    let document = document().expect("the app runs in a page");
    if let Some(old) = document.get_element_by_id("app-root") {
        old.remove();
    }
    // `ok()`: a Result's `expect` would format the JsValue, bringing its Debug code into the wasm.
    let Some(root) = document.create_element("div").ok() else { panic!("a div can be created") };
    root.set_id("app-root");
    let _ = document.body().expect("the page has a body").append_child(&root);
    root
}

/// An element that is not in the page, for a render nobody sees (`ui::rehearse`).
pub fn detached_element() -> web_sys::Element {
    document().and_then(|d| d.create_element("div").ok()).expect("the app runs in a page")
}

/// Runs `then` after `frames` animation frames.
pub fn after_frames(frames: u32, then: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else { return };
    let next: Box<dyn FnOnce()> = if frames <= 1 { Box::new(then) } else { Box::new(move || after_frames(frames - 1, then)) };
    let _ = window.request_animation_frame(wasm_bindgen::closure::Closure::once_into_js(next).unchecked_ref());
}

/// Runs `then` once the browser is idle (soon after, where it cannot say).
pub fn when_idle(then: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else { return };
    let callback = wasm_bindgen::closure::Closure::once_into_js(then);
    if window.request_idle_callback(callback.unchecked_ref()).is_err() {
        let _ = window.set_timeout_with_callback(callback.unchecked_ref());
    }
}

/// Marks the page once the app runs (`<html data-app-ready>`), for tests and the benchmark.
pub fn mark_ready() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-app-ready", "");
    }
}
