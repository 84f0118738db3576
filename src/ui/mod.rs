//! UI: Yew function components. State lives in one `use_reducer` (see `state.rs`);
//! components render from it and dispatch [`state::Action`]s. Render functions make no
//! web-sys calls, so every component also renders natively with `yew::ServerRenderer`.

#[cfg(feature = "full")]
mod app;
#[cfg(feature = "full")]
pub mod diary_state;
mod hooks;
pub mod route;
mod screens;
pub mod start_page;
#[cfg(feature = "full")]
pub mod state;
mod widgets;

#[cfg(feature = "full")]
pub use app::{App, AppProps};
#[cfg(feature = "full")]
pub use hooks::when_language_ready;

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// Ends the mounted app: the first module's start page, or the whole app.
    static MOUNTED: std::cell::RefCell<Option<Box<dyn FnOnce()>>> = const { std::cell::RefCell::new(None) };
}

/// Mounts a module's root component in a root element of its own, replacing any earlier one (the
/// first module's, after a handover): the first module's Yew listens at its root, which leaves
/// the page with it.
#[cfg(target_arch = "wasm32")]
pub fn mount<Root: yew::BaseComponent>(props: Root::Properties) {
    let handle = yew::Renderer::<Root>::with_root_and_props(crate::platform::document::fresh_root(), props).render();
    MOUNTED.with(|mounted| *mounted.borrow_mut() = Some(Box::new(move || handle.destroy())));
}

/// Ends this module's app before the whole app takes over the page: its listeners (links,
/// updates) stop with it.
pub fn unmount() {
    #[cfg(target_arch = "wasm32")]
    if let Some(destroy) = MOUNTED.with(|mounted| mounted.borrow_mut().take()) {
        destroy();
    }
}

/// Renders the results once into an element outside the page and ends it, once a page, when the
/// browser is idle after the results' words have arrived (`App`): the browser compiles a wasm
/// function when it first runs, so the first real render of the results would otherwise pay for
/// compiling their code (measured: 19.7 ms from the last answer to the results instead of about
/// 7 once compiled). Nothing is shown, stored or focused: the results' only effects fold in the
/// printout and move the focus to a section chosen from the index (none is).
#[cfg(feature = "full")]
pub fn rehearse_when_idle() {
    #[cfg(target_arch = "wasm32")]
    crate::platform::document::when_idle(rehearse);
}

#[cfg(all(target_arch = "wasm32", feature = "full"))]
fn rehearse() {
    use screens::results::{Findings, ResultsProps, ResultsScreen};
    thread_local!(static DONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if DONE.with(|done| done.replace(true)) {
        return;
    }
    let answers = crate::core::Answers::default();
    let props = ResultsProps {
        lang: crate::content::Lang::Ja,
        assessment: Findings(std::rc::Rc::new(crate::core::assess(&answers))),
        answers,
        option_shown: crate::core::ids::OptionId::WatchfulWaiting,
        today: yew::AttrValue::default(),
        on_edit: yew::Callback::noop(),
        on_show_option: yew::Callback::noop(),
        on_start_over: yew::Callback::noop(),
        remember: false,
        on_remember: yew::Callback::noop(),
        device: state::Device::Ready,
        references_ready: false,
        parts_open: state::Parts::default(),
        part_chosen: None,
        on_toggle_part: yew::Callback::noop(),
        on_choose_part: yew::Callback::noop(),
        on_open_all: yew::Callback::noop(),
        knowledge: Default::default(),
        on_knowledge: yew::Callback::noop(),
        knowledge_in_link: false,
        on_knowledge_in_link: yew::Callback::noop(),
        diary: Default::default(),
    };
    let handle = yew::Renderer::<ResultsScreen>::with_root_and_props(crate::platform::document::detached_element(), props).render();
    // After its second frame (the printout), it has run every part once.
    crate::platform::document::after_frames(2, move || handle.destroy());
}
