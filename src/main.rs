//! The browser entry point, built by Trunk for wasm32: reads the URL and the device's saved
//! answers once and mounts the app.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the page runs this wasm on one thread only. talc is about 1.6 KB (brotli) smaller
// than the standard allocator in this build and allocates in constant time.
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use hernia_aid::platform;
        use hernia_aid::ui::route::Route;
        use hernia_aid::ui::state::{AppState, Notice, Saved};
        use hernia_aid::ui::{App, AppProps};

        use hernia_aid::platform::embed::Framing;
        let mut route = Route::parse(&platform::location::fragment());
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
            let saved = match platform::storage::load() {
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
            yew::Renderer::<App>::with_props(props).render();
        });
    }
}
