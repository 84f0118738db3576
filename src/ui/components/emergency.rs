use yew::prelude::*;

use super::sources::sources;
use crate::content::explain::{answer_label, message_sources};
use crate::content::{Lang, M};
use crate::core::answers::Reply;
use crate::core::Answers;

/// What to do now when an emergency sign is answered "yes": before anything else. A plain
/// function, like the start screen: no state of its own.
pub fn emergency_screen(lang: Lang, answers: &Answers, on_continue: &Callback<()>) -> Html {
    let signs: Vec<_> = answers.red_flags.cauda_equina().into_iter().filter(|(_, r)| r.is_yes()).collect();
    let on_continue = on_continue.reform(|_: MouseEvent| ());
    html! {
        <section class="screen emergency" aria-labelledby="screen-heading">
            <h1 id="screen-heading" tabindex="-1">{ M::EmergencyTitle.text(lang) }</h1>
            <p class="lead">{ M::UrgencyEmergencyAction.text(lang) }{ sources(&message_sources(M::UrgencyEmergencyAction)) }</p>
            <a class="call-button" href="tel:119">{ M::EmergencyCall.text(lang) }</a>
            <h2>{ M::EmergencyTellHeading.text(lang) }</h2>
            <ul>
                <li>{ M::EmergencyTellCondition.text(lang) }</li>
                <li>{ M::EmergencyTellSymptoms.text(lang) }</li>
                <li>
                    { M::EmergencyTellAnswers.text(lang) }
                    <ul>{ for signs.iter().map(|(id, _)| html! { <li>{ answer_label(*id, lang) }</li> }) }</ul>
                </li>
            </ul>
            <button type="button" class="secondary" onclick={on_continue}>{ M::EmergencyContinue.text(lang) }</button>
        </section>
    }
}
