use yew::prelude::*;

use super::sources::sources;
use crate::content::explain::{answer_line, message_sources, SAFETY_NET};
use crate::content::{Lang, M};
use crate::core::assessment::{Urgency, UrgencyLevel};
use crate::core::ids::AnswerId;
use crate::core::triage::{FlagGroup, RED_FLAG_RULES};
use crate::core::Answers;

/// The 119 button: the warning screens and the banner share it.
pub fn call_119(lang: Lang) -> Html {
    html! { <a class="call-button" href="tel:119">{ M::EmergencyCall.text(lang) }</a> }
}

/// The emergency advice line, for the same-day level (where an area has one).
pub fn call_advice_line(lang: Lang) -> Html {
    // `#` must be escaped in a tel: link, or the dialler drops it.
    html! { <a class="call-button advice" href="tel:%237119">{ M::SameDayCallAdvice.text(lang) }</a> }
}

/// The phone links of a level, as the banner shows them.
pub fn call_links(lang: Lang, level: UrgencyLevel) -> Html {
    match level {
        UrgencyLevel::Emergency => call_119(lang),
        UrgencyLevel::SameDay => html! { <div class="call-links">{ call_advice_line(lang) }{ call_119(lang) }</div> },
        _ => html! {},
    }
}

/// What to do now, straight after the step whose answers call for 119 or for being seen today:
/// before anything else. The action first, then why, then what to say. A plain function, like
/// the start screen: no state of its own.
///
/// `level` is the screen's own (emergency or same day); the answers listed are those that set
/// it, when the answers still set that level.
pub fn warning_screen(lang: Lang, level: UrgencyLevel, answers: &Answers, urgency: &Urgency, on_continue: &Callback<()>) -> Html {
    let because: &[AnswerId] = if urgency.level == level { &urgency.because } else { &[] };
    let same_day = level == UrgencyLevel::SameDay;
    let cited = |m: M| html! { <p>{ m.text(lang) }{ sources(&message_sources(m)) }</p> };
    let in_group = |group: FlagGroup| RED_FLAG_RULES.iter().any(|rule| rule.group == group && because.contains(&rule.id));
    let (title, tell_answers, continue_label) = if same_day {
        (M::SameDayTitle, M::SameDayTellAnswers, M::SameDayContinue)
    } else {
        (M::EmergencyTitle, M::EmergencyTellAnswers, M::EmergencyContinue)
    };
    let on_continue = on_continue.reform(|_: MouseEvent| ());
    html! {
        <section class={classes!("screen", "warning", level.as_str().to_string())} aria-labelledby="screen-heading">
            <h1 id="screen-heading" tabindex="-1">{ title.text(lang) }</h1>
            if same_day {
                { cited(M::SameDayLead) }
                <h2>{ M::SameDayWhereHeading.text(lang) }</h2>
                { cited(M::SameDayDaytime) }
                { cited(M::SameDayNight) }
                { call_advice_line(lang) }
                { cited(M::SameDayIfWorse) }
                { call_119(lang) }
            } else {
                { call_119(lang) }
                { cited(M::UrgencyEmergencyAction) }
                if in_group(FlagGroup::CaudaEquina) {
                    { cited(M::EmergencyNerves) }
                }
                if in_group(FlagGroup::OtherEmergency) {
                    { cited(M::EmergencyChest) }
                }
            }
            <h2>{ M::EmergencyTellHeading.text(lang) }</h2>
            <ul>
                <li>{ M::EmergencyTellCondition.text(lang) }</li>
                <li>{ M::EmergencyTellSymptoms.text(lang) }</li>
                <li>
                    { tell_answers.text(lang) }
                    <ul>{ for because.iter().map(|id| html! { <li>{ answer_line(answers, *id, lang) }</li> }) }</ul>
                </li>
            </ul>
            // Reading on is offered, but quietly: the call comes first.
            <button type="button" class="link-button continue" onclick={on_continue}>{ continue_label.text(lang) }</button>
        </section>
    }
}

/// The written safety net on every results page (and its printed summary): the signs that mean
/// 119 now and the signs that mean today, whatever the level.
pub fn safety_net(lang: Lang) -> Html {
    let cited = |m: M| html! { <p>{ m.text(lang) }{ sources(&message_sources(m)) }</p> };
    html! {
        <div class="safety-net">
            <h2>{ M::SafetyHeading.text(lang) }</h2>
            { for SAFETY_NET.map(cited) }
        </div>
    }
}
