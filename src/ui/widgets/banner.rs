use yew::prelude::*;

use super::safety::call_links;
use super::sources::{numbers, sources};
use crate::content::explain::id_text;
use crate::content::Lang;
use crate::core::assessment::{Urgency, UrgencyLevel};

/// The emergency, same-day or see-a-doctor-soon message, kept on every screen after the red
/// flags; on the results the same box opens the page, for every level, with its reasons below.
pub fn urgency_box(lang: Lang, urgency: &Urgency, reasons: Html) -> Html {
    let level = urgency.level;
    html! {
        <div class={classes!("urgency-banner", level.as_str().to_string())}>
            <p class="urgency-title"><strong>{ id_text("urgency", level.as_str(), Some("title"), lang) }</strong></p>
            <p>{ id_text("urgency", level.as_str(), Some("action"), lang) }{ sources(&numbers(&urgency.citations)) }</p>
            { call_links(lang, level) }
            { reasons }
        </div>
    }
}

/// The banner on the question steps: only when the answers so far call for care soon.
pub fn urgency_banner(lang: Lang, urgency: &Urgency) -> Html {
    if urgency.level > UrgencyLevel::Prompt {
        return html! {};
    }
    urgency_box(lang, urgency, html! {})
}
