//! UI: Yew function components. State lives in one `use_reducer` (see `state.rs`);
//! components render from it and dispatch [`state::Action`]s. Render functions make no
//! web-sys calls, so every component also renders natively with `yew::ServerRenderer`.

mod app;
mod hooks;
pub mod route;
mod screens;
pub mod state;
mod widgets;

pub use app::{App, AppProps};
pub use hooks::when_language_ready;
