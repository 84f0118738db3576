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

/// Marks the page once the app runs (`<html data-app-ready>`), for tests and the benchmark.
pub fn mark_ready() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-app-ready", "");
    }
}
