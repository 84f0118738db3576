//! The two wasm modules (ARCHITECTURE.md, "Two modules"). The page starts with the first one
//! (start page, questions, warning screens); the loader (`.ci/post-build.mjs`) fetches the
//! whole app once the person leaves the start page, starts it on standby, and hands the page over to it when
//! the person reaches the results, About or the diary. The handover carries the state as the
//! fragment an update reload uses (`AppState::resume_fragment`), so both go through one path.

use wasm_bindgen::{JsCast, JsValue};

fn loader() -> Option<JsValue> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &"herniaAid".into()).ok().filter(|v| v.is_object())
}

/// Whether this module was started by the loader ahead of time, to wait for a handover
/// rather than to mount the app itself.
pub fn standing_by() -> bool {
    loader().and_then(|l| js_sys::Reflect::get(&l, &"standby".into()).ok()).is_some_and(|v| v.is_truthy())
}

/// Asks the loader to fetch the whole app and start it on standby, when the browser is idle.
pub fn load_ahead() {
    if let Some(ahead) =
        loader().and_then(|l| js_sys::Reflect::get(&l, &"ahead".into()).ok()).and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        let _ = ahead.call0(&JsValue::NULL);
    }
}

/// Hands the page over at once if the loader has the whole app on standby already (`loaded`),
/// running `prepare` first; `false` if it has not arrived yet.
pub fn take_over_now(fragment: &str, prepare: impl FnOnce()) -> bool {
    let take_over = loader()
        .and_then(|l| js_sys::Reflect::get(&l, &"loaded".into()).ok())
        .filter(|module| module.is_object())
        .and_then(|module| js_sys::Reflect::get(&module, &"take_over".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(take_over) = take_over else { return false };
    prepare();
    let _ = take_over.call1(&JsValue::NULL, &fragment.into());
    true
}

/// Loads the whole app (at once if the loader has it on standby), then calls back with the
/// function that hands it the page, or with an error (offline with nothing cached, a server
/// that refuses). `prepare` runs first, just before the handover: the first module unmounts.
pub fn hand_over(fragment: String, prepare: impl FnOnce() + 'static, failed: impl FnOnce() + 'static) {
    let Some(load) =
        loader().and_then(|l| js_sys::Reflect::get(&l, &"fullApp".into()).ok()).and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return failed();
    };
    let Ok(promise) = load.call0(&JsValue::NULL).and_then(|p| p.dyn_into::<js_sys::Promise>()) else { return failed() };
    wasm_bindgen_futures::spawn_local(async move {
        let take_over = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|module| js_sys::Reflect::get(&module, &"take_over".into()).ok())
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        match take_over {
            Some(take_over) => {
                prepare();
                let _ = take_over.call1(&JsValue::NULL, &fragment.into());
            }
            None => failed(),
        }
    });
}
