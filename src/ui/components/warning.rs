use yew::prelude::*;

use super::sources::sources;
use crate::content::explain::{answer_line, message_sources};
use crate::content::{Lang, M};
use crate::core::assessment::{Urgency, UrgencyLevel};
use crate::core::Answers;

/// The phone links of a level: 119 for an emergency; the advice line and then 119 for "be seen
/// today". One place, shared by the warning screens and the banner.
pub fn call_links(lang: Lang, level: UrgencyLevel) -> Html {
    match level {
        UrgencyLevel::Emergency => html! { <a class="call-button" href="tel:119">{ M::EmergencyCall.text(lang) }</a> },
        UrgencyLevel::SameDay => html! {
            <div class="call-links">
                // `#` must be escaped in a tel: link, or the dialler drops it.
                <a class="call-button advice" href="tel:%237119">{ M::SameDayCallAdvice.text(lang) }</a>
                <a class="call-button" href="tel:119">{ M::EmergencyCall.text(lang) }</a>
            </div>
        },
        _ => html! {},
    }
}

/// What to do now, straight after the step whose answers call for 119 or for being seen today:
/// before anything else. A plain function, like the start screen: no state of its own.
///
/// `level` is the screen's own (emergency or same day); the answers listed are those that set
/// it, when the answers still set that level.
pub fn warning_screen(lang: Lang, level: UrgencyLevel, answers: &Answers, urgency: &Urgency, on_continue: &Callback<()>) -> Html {
    let because: &[_] = if urgency.level == level { &urgency.because } else { &[] };
    let same_day = level == UrgencyLevel::SameDay;
    let (title, tell_answers, continue_label) = if same_day {
        (M::SameDayTitle, M::SameDayTellAnswers, M::SameDayContinue)
    } else {
        (M::EmergencyTitle, M::EmergencyTellAnswers, M::EmergencyContinue)
    };
    // The same-day screen spells out where to go below, so its lead says only why.
    let action = if same_day { M::SameDayLead } else { M::UrgencyEmergencyAction };
    let cited = |m: M| html! { <p>{ m.text(lang) }{ sources(&message_sources(m)) }</p> };
    let on_continue = on_continue.reform(|_: MouseEvent| ());
    html! {
        <section class={classes!("screen", "warning", level.as_str().to_string())} aria-labelledby="screen-heading">
            <h1 id="screen-heading" tabindex="-1">{ title.text(lang) }</h1>
            <p class="lead">{ action.text(lang) }{ sources(&message_sources(action)) }</p>
            if same_day {
                <h2>{ M::SameDayWhereHeading.text(lang) }</h2>
                { cited(M::SameDayDaytime) }
                { cited(M::SameDayNight) }
                { cited(M::SameDayIfWorse) }
            }
            { call_links(lang, level) }
            <h2>{ M::EmergencyTellHeading.text(lang) }</h2>
            <ul>
                <li>{ M::EmergencyTellCondition.text(lang) }</li>
                <li>{ M::EmergencyTellSymptoms.text(lang) }</li>
                <li>
                    { tell_answers.text(lang) }
                    <ul>{ for because.iter().map(|id| html! { <li>{ answer_line(answers, *id, lang) }</li> }) }</ul>
                </li>
            </ul>
            <button type="button" class="secondary" onclick={on_continue}>{ continue_label.text(lang) }</button>
        </section>
    }
}
