//! What to do if things change: the phone links (119, and the advice line for the same-day
//! level) and the written safety net. The warning screens, the banner, the results, the
//! waiting screen and the printout all show them.

use yew::prelude::*;

use super::sources::sources;
use crate::content::explain::{message_sources, SAFETY_NET};
use crate::content::{Lang, M};
#[cfg(feature = "full")]
use crate::core::assessment::UrgencyLevel;

#[cfg(feature = "full")]
/// The 119 button: the warning screens and the banner share it.
pub fn call_119(lang: Lang) -> Html {
    html! { <a class="call-button" href="tel:119">{ M::EmergencyCall.text(lang) }</a> }
}

#[cfg(feature = "full")]
/// The emergency advice line, for the same-day level (where an area has one).
pub fn call_advice_line(lang: Lang) -> Html {
    // `#` must be escaped in a tel: link, or the dialler drops it.
    html! { <a class="call-button advice" href="tel:%237119">{ M::SameDayCallAdvice.text(lang) }</a> }
}

#[cfg(feature = "full")]
/// The phone links of a level, as the banner shows them.
pub fn call_links(lang: Lang, level: UrgencyLevel) -> Html {
    match level {
        UrgencyLevel::Emergency => call_119(lang),
        UrgencyLevel::SameDay => html! { <div class="call-links">{ call_advice_line(lang) }{ call_119(lang) }</div> },
        _ => html! {},
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
