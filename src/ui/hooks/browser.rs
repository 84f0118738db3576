//! The state and the browser around it: saving on this device, and what arrives from outside (a
//! link, an update, another tab).

use yew::prelude::*;

use super::when_language_ready;
use crate::platform;
use crate::platform::storage::Shelf;
use crate::ui::route::Route;
use crate::ui::state::{Action, AppState, Notice};

/// Remembers answers on this device only while the person has that turned on. Deleting is done
/// where the person asks for it, never here: saved answers this version cannot read stay until
/// the person chooses.
#[hook]
pub fn use_remembered_answers(state: &UseReducerHandle<AppState>) {
    let dispatcher = state.dispatcher();
    use_effect_with((state.saving(), state.answers.clone()), move |(saving, answers)| {
        if *saving && platform::storage::save(Shelf::Answers, &crate::core::share::encode(answers)).is_err() {
            // An older copy would come back on the next visit although remembering is off.
            platform::storage::clear(Shelf::Answers);
            dispatcher.dispatch(Action::StorageFailed);
        }
    });
}

/// Listens for the rest of the page's life: a new version ready (and, just before its reload,
/// the state carried in the fragment), answers deleted in another tab, and links followed
/// (the fragment changing).
#[hook]
pub fn use_browser_events(state: &UseReducerHandle<AppState>) {
    // The latest state, for the reload onto a new version, which carries it in the fragment.
    let latest = use_mut_ref(|| None::<UseReducerHandle<AppState>>);
    *latest.borrow_mut() = Some(state.clone());
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let updates = platform::pwa::on_update_ready({
            let dispatcher = dispatcher.clone();
            move || dispatcher.dispatch(Action::UpdateReady)
        });
        // "Delete" or "start over" in another tab: this one stops saving, or it would put the
        // deleted answers back.
        let forgotten = platform::storage::on_deleted_elsewhere(Shelf::Answers, {
            let dispatcher = dispatcher.clone();
            move || dispatcher.dispatch(Action::Remember(false))
        });
        let before_reload = platform::pwa::on_before_reload(move || {
            if let Some(state) = latest.borrow().as_ref() {
                platform::location::replace(&state.resume_fragment());
            }
        });
        let listener = platform::location::on_change(move |fragment| {
            // Embed parameters count only when the app starts in a frame (`main.rs`).
            let route = Route { embed: None, ..Route::parse(&fragment) };
            let dispatcher = dispatcher.clone();
            when_language_ready(route.lang.unwrap_or_default(), route.screen, move |ready| match ready {
                Ok(()) => dispatcher.dispatch(Action::FollowLink(route)),
                Err(_) => {
                    dispatcher.dispatch(Action::FollowLink(Route { lang: None, ..route }));
                    dispatcher.dispatch(Action::Notify(Notice::LanguageUnavailable));
                }
            });
        });
        move || drop((listener, updates, before_reload, forgotten))
    });
}
