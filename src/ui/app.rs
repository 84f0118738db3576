use yew::prelude::*;

use super::components::{header::Header, start::StartScreen};
use super::state::{Action, AppState, Screen};
use crate::content::{Lang, M};
use crate::platform;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The state to start from: the default in the browser, chosen ones in native tests.
    #[prop_or_default]
    pub initial: AppState,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || initial);
    let lang = state.lang;

    // Effects never run in server rendering, so the web-sys calls stay out of render.
    use_effect_with(lang, |lang| platform::document::show_language(lang.tag(), M::AppShortTitle.text(*lang)));

    let on_language = {
        let state = state.clone();
        Callback::from(move |lang: Lang| state.dispatch(Action::ChooseLanguage(lang)))
    };

    let screen = match state.screen {
        Screen::Start => html! { <StartScreen {lang} /> },
    };

    html! {
        <>
            <Header {lang} {on_language} />
            <main id="main" class="main" lang={lang.tag()}>{ screen }</main>
        </>
    }
}
