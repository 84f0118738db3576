//! The browser entry point, built by Trunk for wasm32: reads the URL once and mounts the app.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use hernia_aid::platform;
        use hernia_aid::ui::route::Route;
        use hernia_aid::ui::state::AppState;
        use hernia_aid::ui::{App, AppProps};

        let route = Route::parse(&platform::location::fragment());
        // A link in another language waits for that language's words before the first paint.
        hernia_aid::ui::when_language_ready(route.lang.unwrap_or_default(), move |ready| {
            let route = if ready.is_ok() { route } else { Route { lang: None, ..route } };
            let props = AppProps { initial: AppState::from_route(route), today: platform::document::today().into() };
            yew::Renderer::<App>::with_props(props).render();
        });
    }
}
