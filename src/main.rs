//! The browser entry point, built by Trunk for wasm32 (a no-op natively). The same file builds
//! both modules (ARCHITECTURE.md, "Two modules"): the first mounts the start page; the whole
//! app reads the URL and the device's saved answers and mounts the app, or, loaded ahead by the
//! first, waits on standby and takes over from the address the first one hands it.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the page runs this wasm on one thread only. talc is about 1.6 KB (brotli) smaller
// than the standard allocator in this build and allocates in constant time.
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

fn main() {
    #[cfg(target_arch = "wasm32")]
    if !hernia_aid::platform::handover::standing_by() {
        start(hernia_aid::platform::location::fragment(), None);
    }
}

/// The whole app takes over the page from the first module, at the address `fragment`; it calls
/// `before_mount` (the first module leaves) only when it is ready to mount, so the page stays
/// whole while it reads the words that address shows.
#[cfg(all(target_arch = "wasm32", feature = "full"))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn take_over(fragment: String, before_mount: js_sys::Function) {
    start(fragment, Some(before_mount));
}

/// The route a fragment asks for, with embed mode only inside a frame of the named host and the
/// provider's box only where the browser confirms that host is the parent.
#[cfg(target_arch = "wasm32")]
fn route(fragment: &str) -> hernia_aid::ui::route::Route {
    use hernia_aid::platform::embed::{framing, Framing};
    let mut route = hernia_aid::ui::route::Route::parse(fragment);
    if let Some(embed) = route.embed.as_mut() {
        match framing(&embed.host_origin) {
            Framing::ByHost => {}
            Framing::ByUnknownParent => (embed.provider_name, embed.provider_url) = (None, None),
            Framing::NotByHost => route.embed = None,
        }
    }
    route
}

/// The first module: the start page, or the way to the whole app for any other address.
#[cfg(all(target_arch = "wasm32", not(feature = "full")))]
fn start(fragment: String, _: Option<js_sys::Function>) {
    use hernia_aid::platform::storage::{load, Shelf};
    use hernia_aid::ui::start_page::{StartPage, StartPageProps, StartState};
    let initial = StartState {
        update_ready: hernia_aid::platform::pwa::update_waiting(),
        saved_answers: matches!(load(Shelf::Answers), Ok(Some(_))),
        ..StartState::start(route(&fragment))
    };
    hernia_aid::platform::document::remove_prerendered();
    hernia_aid::ui::mount::<StartPage>(StartPageProps { initial });
}

#[cfg(all(target_arch = "wasm32", feature = "full"))]
fn start(fragment: String, before_mount: Option<js_sys::Function>) {
    use hernia_aid::platform;
    use hernia_aid::ui::route::Route;
    use hernia_aid::ui::state::{Action, AppState, Notice, Saved};
    use hernia_aid::ui::{App, AppProps};

    let route = route(&fragment);
    let handed_over = Route { came_from: None, embed: None, ..route.clone() };
    // A link in another language, or to the results or About, waits for the words it shows
    // before the first paint: no screen is ever shown half-filled.
    hernia_aid::ui::when_language_ready(route.lang.unwrap_or_default(), route.screen, move |ready| {
        let language_failed = ready.is_err();
        let route = if language_failed { Route { lang: None, ..route } } else { route };
        let saved = match platform::storage::load(platform::storage::Shelf::Answers) {
            Ok(Some(text)) => Saved::Text(text),
            Ok(None) => Saved::Nothing,
            Err(_) => Saved::NoStorage,
        };
        let mut initial = AppState::start(route, saved);
        if language_failed {
            initial.notice = Some(Notice::LanguageUnavailable);
        }
        initial.update_ready = platform::pwa::update_waiting();
        // Handed over, and the address moved on while these words were read (a link, "back"):
        // the person's latest step wins, as a link followed (the screen waits for any words it
        // needs, as after any link).
        if before_mount.is_some() {
            let now = Route { embed: None, ..Route::parse(&platform::location::fragment()) };
            if now != handed_over {
                initial = std::rc::Rc::unwrap_or_clone(yew::Reducible::reduce(std::rc::Rc::new(initial), Action::FollowLink(now)));
            }
        }
        let props = AppProps { initial, today: platform::document::today().into() };
        if let Some(leave) = before_mount {
            let _ = leave.call0(&wasm_bindgen::JsValue::NULL);
        }
        platform::document::remove_prerendered();
        hernia_aid::ui::mount::<App>(props);
    });
}
