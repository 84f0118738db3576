//! Reading a file that sits next to the app (same origin only), such as a locale file.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Fetches a path relative to the page; calls back with its text or what went wrong.
pub fn text(path: &'static str, done: impl FnOnce(Result<String, String>) + 'static) {
    wasm_bindgen_futures::spawn_local(async move { done(fetch_text(path).await) });
}

async fn fetch_text(path: &str) -> Result<String, String> {
    // Plain messages: formatting a JsValue with Debug would pull its printer into the wasm.
    let failed = |what: &str| what.to_string();
    let window = web_sys::window().ok_or_else(|| failed("no window"))?;
    let response = JsFuture::from(window.fetch_with_str(path)).await.map_err(|_| failed("network error"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| failed("not a response"))?;
    if !response.ok() {
        return Err(failed("the server refused"));
    }
    let text = JsFuture::from(response.text().map_err(|_| failed("unreadable"))?).await.map_err(|_| failed("unreadable"))?;
    text.as_string().ok_or_else(|| failed("not text"))
}
