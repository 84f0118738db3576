//! Copying a share link. The Clipboard API may be refused (permissions, an embedding frame),
//! so the caller learns whether it worked and can show the link to copy by hand.

/// Copies the text; calls back with `true` once copied, `false` if the browser refused.
pub fn copy(text: String, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else { return done(false) };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}
