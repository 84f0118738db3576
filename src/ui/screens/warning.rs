use yew::prelude::*;

use crate::content::explain::{answer_line, message_sources};
use crate::content::{Lang, M};
use crate::core::assessment::{Urgency, UrgencyLevel};
use crate::core::ids::AnswerId;
use crate::core::triage::{FlagGroup, RED_FLAG_RULES};
use crate::core::Answers;
use crate::ui::widgets::safety::{call_119, call_advice_line};
use crate::ui::widgets::sources::sources;

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
