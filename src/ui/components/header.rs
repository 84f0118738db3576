use yew::prelude::*;

use crate::content::{Lang, M};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    pub on_language: Callback<Lang>,
}

/// The app's title bar with the language switch.
#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let lang = props.lang;
    let switch = {
        let on_language = props.on_language.clone();
        Callback::from(move |_: MouseEvent| on_language.emit(lang.other()))
    };
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
