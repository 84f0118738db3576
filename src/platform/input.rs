//! Values from form events, so components need no web-sys of their own.

use wasm_bindgen::JsCast;

/// The current text of the `<input>`, `<select>` or `<textarea>` an event came from.
pub fn event_value(event: &web_sys::Event) -> String {
    let Some(target) = event.target() else { return String::new() };
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        input.value()
    } else if let Some(select) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
        select.value()
    } else if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.value()
    } else {
        String::new()
    }
}

/// The second (or later) click of a double click: a step's "next" ignores it, so a double
/// click moves one step, not two past a step unseen. Clicks from the keyboard count 0.
pub fn is_repeat_click(event: &web_sys::MouseEvent) -> bool {
    event.detail() > 1
}
