//! The first module's way to the screens only the whole app has (ARCHITECTURE.md, "Two
//! modules").

use yew::prelude::*;

use crate::platform;
use crate::ui::route::Screen;
use crate::ui::screens::waiting::LaterText;
use crate::ui::state::{Action, AppState};

/// Going to `to`, a screen only the whole app has, hands the page over in the same event when
/// the whole app is already on standby: the results then appear in one render of it, with no
/// waiting screen drawn first. `false` when it has not arrived (then `use_handover` waits).
pub fn hand_over_at_once(state: &AppState, to: Screen) -> bool {
    if !to.shows_later_text() {
        return false;
    }
    let arrived = yew::Reducible::reduce(std::rc::Rc::new(state.clone()), Action::Go(to));
    platform::handover::take_over_now(&arrived.resume_fragment(), crate::ui::unmount)
}

/// Arriving at the results, About or the diary hands the page over to the whole app, in this state
/// (`platform::handover`). Until it has, the screen waits; if the whole app cannot be loaded
/// (offline before it was ever cached), it says so and offers to try again. Gives where the
/// handover is and that callback, like `use_later_text` in the whole app.
#[hook]
pub fn use_handover(state: &UseReducerHandle<AppState>) -> (LaterText, Callback<()>) {
    let progress = use_state_eq(|| LaterText::Loading);
    let attempt = use_state(|| 0_u32);
    // Past the start page, the whole app is fetched ahead, so the results need not wait for it.
    use_effect_with(state.screen == Screen::Start, |on_start| {
        if !*on_start {
            platform::handover::load_ahead();
        }
    });
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
