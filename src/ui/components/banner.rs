use yew::prelude::*;

use super::sources::{numbers, sources};
use crate::content::explain::id_text;
use crate::content::Lang;
use crate::core::assessment::{Urgency, UrgencyLevel};

/// The emergency or see-a-doctor-soon message, kept on every screen after the red flags.
pub fn urgency_banner(lang: Lang, urgency: &Urgency) -> Html {
    let level = urgency.level;
    if !matches!(level, UrgencyLevel::Emergency | UrgencyLevel::Prompt) {
        return html! {};
    }
    html! {
        <div class={classes!("urgency-banner", level.as_str().to_string())}>
            <p class="urgency-title"><strong>{ id_text("urgency", level.as_str(), Some("title"), lang) }</strong></p>
            <p>{ id_text("urgency", level.as_str(), Some("action"), lang) }{ sources(&numbers(&urgency.citations)) }</p>
            if level == UrgencyLevel::Emergency {
                <a class="call-button" href="tel:119">{ crate::content::M::EmergencyCall.text(lang) }</a>
            }
        </div>
    }
}
