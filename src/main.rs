//! The browser entry point, built by Trunk for wasm32: reads the URL once and mounts the app.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use hernia_aid::platform;
        use hernia_aid::ui::route::Route;
        use hernia_aid::ui::state::AppState;
        use hernia_aid::ui::{App, AppProps};

        let initial = AppState::from_route(Route::parse(&platform::location::fragment()));
        let props = AppProps { initial, today: platform::document::today().into() };
        yew::Renderer::<App>::with_props(props).render();
    }
}
