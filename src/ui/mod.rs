//! UI: Yew function components. State lives in one `use_reducer` (see `state.rs`);
//! components render from it and dispatch [`state::Action`]s. Render functions make no
//! web-sys calls, so every component also renders natively with `yew::ServerRenderer`.

mod app;
#[cfg(feature = "full")]
pub mod diary_state;
mod hooks;
pub mod route;
mod screens;
pub mod state;
mod widgets;

pub use app::{App, AppProps};
pub use hooks::when_language_ready;

#[cfg(target_arch = "wasm32")]
thread_local! {
    static MOUNTED: std::cell::RefCell<Option<yew::AppHandle<App>>> = const { std::cell::RefCell::new(None) };
}

/// Mounts the app in a root of its own, replacing any earlier one (the first module's, after a
/// handover): the first module's Yew listens at its root, which leaves the page with it.
#[cfg(target_arch = "wasm32")]
pub fn mount(props: AppProps) {
    let handle = yew::Renderer::<App>::with_root_and_props(crate::platform::document::fresh_root(), props).render();
    MOUNTED.with(|mounted| *mounted.borrow_mut() = Some(handle));
}

/// Ends this module's app before the whole app takes over the page: its listeners (links,
/// updates, another tab) stop with it.
pub fn unmount() {
    #[cfg(target_arch = "wasm32")]
    if let Some(handle) = MOUNTED.with(|mounted| mounted.borrow_mut().take()) {
        handle.destroy();
    }
}
