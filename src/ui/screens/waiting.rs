//! What the results and the About page show while their words are still on the way (Japanese
//! reads them after the first screen), or when they could not be read: never a half-filled
//! page. The results keep their urgency box (shown above by the app) and the safety net.

use yew::prelude::*;

use crate::content::{Lang, M};
use crate::ui::route::Screen;
use crate::ui::widgets::safety::safety_net;

/// Whether the words later screens show have arrived.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaterText {
    Loading,
    Ready,
    Failed,
}

pub fn waiting_screen(lang: Lang, screen: Screen, failed: bool, on_retry: &Callback<()>) -> Html {
    let title = match screen {
        Screen::Results => M::StepResultsTitle,
        Screen::Diary => M::FooterDiary,
        _ => M::FooterAbout,
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
