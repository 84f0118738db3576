//! UI: Yew function components. State lives in one `use_reducer` (see `state.rs`);
//! components render from it and dispatch [`state::Action`]s. Render functions make no
//! web-sys calls, so every component also renders natively with `yew::ServerRenderer`.

mod app;
mod components;
pub mod route;
pub mod state;

pub use app::{when_language_ready, App, AppProps};
