use yew::prelude::*;

use crate::content::{Lang, M};
use crate::ui::route::{Route, Screen};

/// How long the questions take, as the start screen promises.
pub const MINUTES_TO_COMPLETE: u32 = 5;

/// What this aid is and is not, before any question. A plain function, not a component:
/// it keeps no state, and each component type costs the first load its own lifecycle code.
pub fn start_screen(lang: Lang) -> Html {
    let minutes = MINUTES_TO_COMPLETE.to_string();
    html! {
        <section class="screen start" aria-labelledby="screen-heading">
            <h1 id="screen-heading" tabindex="-1">{ M::StartHeading.text(lang) }</h1>
            <p class="lead">{ M::StartLead.text(lang) }</p>
            <p>{ M::StartWhat.text(lang) }</p>
            <ul class="promises">
                <li>{ M::StartNotDiagnosis.text(lang) }</li>
                <li>{ crate::content::fill::start_minutes(lang, &minutes) }</li>
                <li>{ M::StartPrivate.text(lang) }</li>
            </ul>
            // A link to the first step's fragment, not a button: it works in the prerendered page
            // before the wasm arrives, and the app opens the step the fragment names.
            <a class="primary button" id="start-button" href={Route::fragment(Screen::RedFlags)}>{ M::StartBegin.text(lang) }</a>
            <p class="start-diary"><a id="start-diary" href={Route::fragment(Screen::Diary)}>{ M::StartDiary.text(lang) }</a></p>
        </section>
    }
}
