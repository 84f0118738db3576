use yew::prelude::*;

use crate::content::{Lang, M};

/// The app's title bar with the language switch. A plain function, not a component: it
/// keeps no state, and each component type costs the first load its own lifecycle code.
pub fn header(lang: Lang, on_language: &Callback<Lang>) -> Html {
    let switch = on_language.reform(move |_: MouseEvent| lang.other());
    html! {
        <header class="app-header">
            <p class="app-title">{ M::AppShortTitle.text(lang) }</p>
            <button type="button" class="lang-switch" lang={lang.other().tag()}
                aria-label={M::LangSwitchLabel.text(lang)} onclick={switch}>
                { M::LangSwitch.text(lang) }
            </button>
        </header>
    }
}
