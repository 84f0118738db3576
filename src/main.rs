//! The browser entry point, built by Trunk for wasm32 (a no-op natively). The same file builds
//! both modules (ARCHITECTURE.md, "Two modules"): each reads the URL and the device's saved
//! answers and mounts the app; the whole app, loaded ahead by the first, waits on standby
//! instead and takes over from the state the first one hands it.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the page runs this wasm on one thread only. talc is about 1.6 KB (brotli) smaller
// than the standard allocator in this build and allocates in constant time.
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        if hernia_aid::platform::handover::standing_by() {
            // Loaded ahead: the results' Japanese now, and one unseen render of the results, so
            // the handover renders at once.
            let later = hernia_aid::ui::route::Screen::Results;
            hernia_aid::ui::when_language_ready(hernia_aid::content::Lang::Ja, later, |_| {
                #[cfg(feature = "full")]
                if hernia_aid::content::is_available(hernia_aid::content::Lang::Ja, true) {
                    hernia_aid::ui::rehearse();
                }
            });
        } else {
            start(hernia_aid::platform::location::fragment());
        }
    }
}

/// The whole app takes over the page from the first module, in the state `fragment` carries.
#[cfg(all(target_arch = "wasm32", feature = "full"))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn take_over(fragment: String) {
    start(fragment);
}

#[cfg(target_arch = "wasm32")]
fn start(fragment: String) {
    use hernia_aid::platform;
    use hernia_aid::platform::embed::Framing;
    use hernia_aid::ui::route::Route;
    use hernia_aid::ui::state::{AppState, Notice, Saved};
    use hernia_aid::ui::AppProps;

    let mut route = Route::parse(&fragment);
    // Embed mode only inside a frame of the named host; the provider box only where the
    // browser confirms that host is the parent.
    if let Some(embed) = route.embed.as_mut() {
        match platform::embed::framing(&embed.host_origin) {
            Framing::ByHost => {}
            Framing::ByUnknownParent => (embed.provider_name, embed.provider_url) = (None, None),
            Framing::NotByHost => route.embed = None,
        }
    }
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
        let props = AppProps { initial, today: platform::document::today().into() };
        platform::document::remove_prerendered();
        hernia_aid::ui::mount(props);
    });
}
