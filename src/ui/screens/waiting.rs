//! What a screen shows while what it needs is still on the way: in the whole app, the words the
//! results, About and the diary show (Japanese reads them after the first screen); on the start
//! page, the whole app itself, for any screen after it (`ui::start_page`). Also what it shows
//! when they could not be read: never a half-filled page. The results keep their urgency box
//! (shown above by the whole app) and the safety net.

use yew::prelude::*;

use crate::content::{Lang, M};
use crate::ui::route::Screen;
use crate::ui::widgets::safety::safety_net;

/// Whether the words later screens show have arrived.
#[cfg(feature = "full")]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaterText {
    Loading,
    Ready,
    Failed,
}

pub fn waiting_screen(lang: Lang, screen: Screen, failed: bool, on_retry: &Callback<()>) -> Html {
    let title = match screen {
        Screen::Start => M::StartHeading,
        Screen::RedFlags => M::StepRedFlagsTitle,
        Screen::Emergency => M::EmergencyTitle,
        Screen::SameDay => M::SameDayTitle,
        Screen::History => M::StepHistoryTitle,
        Screen::Symptoms => M::StepSymptomsTitle,
        Screen::Body => M::StepBodyTitle,
        Screen::Accident => M::StepAccidentTitle,
        Screen::Values => M::StepValuesTitle,
        Screen::Results => M::StepResultsTitle,
        Screen::Diary => M::FooterDiary,
        Screen::About => M::FooterAbout,
    };
    html! {
        <section class="screen waiting" aria-labelledby="screen-heading" aria-busy={(!failed).then_some("true")}>
            <h1 id="screen-heading" tabindex="-1">{ title.text(lang) }</h1>
            if failed {
                <p class="notice-text" role="alert">{ M::WaitFailed.text(lang) }</p>
                <button type="button" id="later-retry" onclick={on_retry.reform(|_: MouseEvent| ())}>{ M::WaitRetry.text(lang) }</button>
            } else {
                <p role="status">{ M::WaitLoading.text(lang) }</p>
            }
            if screen == Screen::Results {
                { safety_net(lang) }
            }
        </section>
    }
}
