//! The two wasm modules (ARCHITECTURE.md, "Two modules"). The page starts with the first one (the
//! start page); as soon as it runs, the loader (`.ci/post-build.mjs`) fetches the whole app and
//! starts it on standby, and the first module hands the page over to it when the person leaves
//! the start page. The handover is a URL fragment, so the whole app starts exactly as a page
//! opened at that address would.

use wasm_bindgen::{JsCast, JsValue};

fn field(of: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(of, &name.into()).ok().filter(|v| !v.is_undefined())
}

/// A field of the loader's `window.herniaAid`.
fn loader_field(name: &str) -> Option<JsValue> {
    field(&web_sys::window()?.into(), "herniaAid").filter(JsValue::is_object).and_then(|loader| field(&loader, name))
}

fn function(value: JsValue) -> Option<js_sys::Function> {
    value.dyn_into().ok()
}

thread_local! {
    /// The page has been given: the whole app is starting, and this module does nothing more.
    static GIVEN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Gives the page to the whole app's module, at the address `fragment`; the whole app calls
/// `prepare` (the first module unmounts) just before it mounts, once it has the words that
/// address shows, so the page is never blank meanwhile. Once given, it is never given again.
/// `false`, with nothing done, if it is not that module.
fn give_page(module: &JsValue, fragment: &str, prepare: impl FnOnce() + 'static) -> bool {
    if GIVEN.with(std::cell::Cell::get) {
        return true;
    }
    let Some(take_over) = field(module, "take_over").and_then(function) else { return false };
    GIVEN.with(|given| given.set(true));
    let prepare = wasm_bindgen::closure::Closure::once_into_js(prepare);
    let _ = take_over.call2(&JsValue::NULL, &fragment.into(), &prepare);
    true
}

/// Whether this module was started by the loader ahead of time, to wait for a handover
/// rather than to mount the app itself.
pub fn standing_by() -> bool {
    loader_field("standby").is_some_and(|v| v.is_truthy())
}

/// Asks the loader to fetch the whole app and start it on standby, when the browser is idle.
pub fn load_ahead() {
    if let Some(ahead) = loader_field("ahead").and_then(function) {
        let _ = ahead.call0(&JsValue::NULL);
    }
}

/// Hands the page over at once if the loader has the whole app on standby already (`loaded`),
/// with `prepare` as for `give_page`; `false` if it has not arrived yet.
pub fn take_over_now(fragment: &str, prepare: impl FnOnce() + 'static) -> bool {
    loader_field("loaded").is_some_and(|module| give_page(&module, fragment, prepare))
}

/// Loads the whole app (at once if the loader has it on standby), then hands it the page at the
/// address `fragment` gives at that moment (`None`: no longer wanted, as when the person went back
/// to the start page meanwhile), or calls `failed` (offline with nothing cached, a server that
/// refuses). `prepare` is as for `give_page`.
pub fn hand_over(fragment: impl FnOnce() -> Option<String> + 'static, prepare: impl FnOnce() + 'static, failed: impl FnOnce() + 'static) {
    let Some(promise) = loader_field("fullApp").and_then(function).and_then(|load| load.call0(&JsValue::NULL).ok()) else {
        return failed();
    };
    let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else { return failed() };
    wasm_bindgen_futures::spawn_local(async move {
        let module = wasm_bindgen_futures::JsFuture::from(promise).await;
        // No longer wanted: nothing to do, and nothing to report.
        let Some(fragment) = fragment() else { return };
        if !module.is_ok_and(|module| give_page(&module, &fragment, prepare)) {
            failed();
        }
    });
}
