//! The first module's way to the screens only the whole app has (ARCHITECTURE.md, "Two
//! modules").

use yew::prelude::*;

use crate::platform;
use crate::ui::screens::waiting::LaterText;
use crate::ui::state::AppState;

/// Arriving at the results or About hands the page over to the whole app, in this state
/// (`platform::handover`). Until it has, the screen waits; if the whole app cannot be loaded
/// (offline before it was ever cached), it says so and offers to try again. Gives where the
/// handover is and that callback, like `use_later_text` in the whole app.
#[hook]
pub fn use_handover(state: &UseReducerHandle<AppState>) -> (LaterText, Callback<()>) {
    let progress = use_state_eq(|| LaterText::Loading);
    let attempt = use_state(|| 0_u32);
    {
        let progress = progress.clone();
        let state = state.clone();
        use_effect_with((state.screen.shows_later_text(), *attempt), move |(later, _)| {
            if *later {
                progress.set(LaterText::Loading);
                platform::handover::hand_over(state.resume_fragment(), crate::ui::unmount, move || progress.set(LaterText::Failed));
            }
        });
    }
    (*progress, Callback::from(move |_: ()| attempt.set(*attempt + 1)))
}
