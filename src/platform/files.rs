//! Files the person saves or opens: a download made in the page (a Blob, never sent anywhere)
//! and the text of a file they chose.

use wasm_bindgen::JsCast;

/// Offers `text` as a file named `name`, made in the page.
pub fn download(name: &str, mime: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(link) = document.create_element("a").and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().map_err(Into::into)) {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Reads the file chosen in the `<input type=file>` an event came from, as text; calls back
/// with it, or with `None` when nothing was chosen or it cannot be read. The input is cleared,
/// so choosing the same file again reads it again.
pub fn read_chosen(event: &web_sys::Event, done: impl FnOnce(Option<String>) + 'static) {
    let Some(input) = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return done(None) };
    let Some(file) = input.files().and_then(|files| files.get(0)) else { return done(None) };
    input.set_value("");
    let promise = file.text();
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.ok().and_then(|text| text.as_string()));
    });
}
