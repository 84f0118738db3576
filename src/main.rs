//! The browser entry point, built by Trunk for wasm32: reads the URL once and mounts the app.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use hernia_aid::platform;
        use hernia_aid::ui::route::Route;
        use hernia_aid::ui::state::{AppState, Notice};
        use hernia_aid::ui::{App, AppProps};

        let route = Route::parse(&platform::location::fragment());
        // A link in another language waits for that language's words before the first paint.
        hernia_aid::ui::when_language_ready(route.lang.unwrap_or_default(), move |ready| {
            let route = if ready.is_ok() { route } else { Route { lang: None, ..route } };
            let opened_with_answers = route.shared.is_some();
            let mut initial = AppState::from_route(route).with_saved(platform::storage::load().as_deref(), opened_with_answers);
            if initial.notice == Some(Notice::SavedAnswersUnreadable) {
                platform::storage::clear();
            }
            initial.update_ready = platform::pwa::update_waiting();
            let props = AppProps { initial, today: platform::document::today().into() };
            platform::document::remove_prerendered();
            yew::Renderer::<App>::with_props(props).render();
        });
    }
}
