use yew::prelude::*;

use crate::content::{Lang, M};

/// How long the questions take, as the start screen promises.
pub const MINUTES_TO_COMPLETE: u32 = 5;

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub lang: Lang,
    pub on_start: Callback<()>,
}

/// What this aid is and is not, before any question.
#[function_component(StartScreen)]
pub fn start_screen(props: &StartProps) -> Html {
    let lang = props.lang;
    let minutes = MINUTES_TO_COMPLETE.to_string();
    html! {
        <section class="screen start" aria-labelledby="screen-heading">
            <h1 id="screen-heading" tabindex="-1">{ M::StartHeading.text(lang) }</h1>
            <p class="lead">{ M::StartLead.text(lang) }</p>
            <p>{ M::StartWhat.text(lang) }</p>
            <ul class="promises">
                <li>{ M::StartNotDiagnosis.text(lang) }</li>
                <li>{ M::StartMinutes.fill(lang, &[("minutes", &minutes)]) }</li>
                <li>{ M::StartPrivate.text(lang) }</li>
            </ul>
            <button type="button" class="primary" id="start-button" onclick={props.on_start.reform(|_: MouseEvent| ())}>
                { M::StartBegin.text(lang) }
            </button>
        </section>
    }
}
