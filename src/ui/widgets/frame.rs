//! The frame around every screen, shared by the whole app and the first module's start page so
//! the two draw the same page (`tests/render.rs` compares them): the title bar with the language
//! switch, the update prompt, the live region, the provider's box on a clinic's page and the
//! footer. Plain functions, not components: they keep no state, and each component type costs
//! the first load its own lifecycle code.

use yew::prelude::*;

use crate::content::{Lang, M};
use crate::platform;
use crate::ui::route::{Embed, Screen};

/// What a page puts into the frame.
pub struct Page<'a> {
    pub lang: Lang,
    pub screen: Screen,
    pub embed: Option<&'a Embed>,
    pub update_ready: bool,
    /// The language switch: gets the other language.
    pub on_language: &'a Callback<Lang>,
    /// The footer's links to the diary and About.
    pub on_go: &'a Callback<Screen>,
    /// Announced when it changes (the urgency); exists before it fills.
    pub live: Html,
    /// Notices and choices above the screen.
    pub notices: Html,
    pub body: Html,
}

pub fn page(page: Page) -> Html {
    let Page { lang, screen, embed, update_ready, on_language, on_go, live, notices, body } = page;
    let provider = embed.and_then(|e| e.provider_name.clone().map(|name| (name, e.provider_url.clone())));
    let go = |to: Screen| on_go.reform(move |_: MouseEvent| to);
    html! {
        <div class={classes!("app", embed.is_some().then_some("embedded"))}>
            { header(lang, on_language) }
            if update_ready {
                <div class="update-prompt" role="status">
                    <p>{ M::UpdateReady.text(lang) }</p>
                    <button type="button" class="secondary" id="update-reload" onclick={Callback::from(|_: MouseEvent| platform::pwa::apply_update())}>
                        { M::UpdateReload.text(lang) }
                    </button>
                </div>
            }
            <div class={classes!("main", (screen == Screen::Results).then_some("wide"))}>
                { live }
                { notices }
                <main id="main" lang={lang.tag()}>{ body }</main>
                // The provider appears only here, in its own labelled box, never beside the evidence.
                if let Some((name, url)) = provider {
                    <aside class="provider" aria-labelledby="provider-heading">
                        <h2 id="provider-heading">{ M::ProviderHeading.text(lang) }</h2>
                        <p class="provider-name">{ name }</p>
                        if let Some(url) = url {
                            <p><a href={url.clone()} target="_blank" rel="noopener noreferrer">{ url }</a></p>
                        }
                        <p class="hint">{ M::ProviderNote.text(lang) }</p>
                    </aside>
                }
                <footer class="app-footer">
                    <p>{ M::FooterNote.text(lang) }</p>
                    if screen != Screen::Diary {
                        <button type="button" class="link-button" id="footer-diary" onclick={go(Screen::Diary)}>
                            { M::FooterDiary.text(lang) }
                        </button>
                    }
                    if screen != Screen::About {
                        <button type="button" class="link-button" id="footer-about" onclick={go(Screen::About)}>
                            { M::FooterAbout.text(lang) }
                        </button>
                    }
                </footer>
            </div>
        </div>
    }
}

/// The app's title bar with the language switch.
fn header(lang: Lang, on_language: &Callback<Lang>) -> Html {
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

/// A live region with nothing to announce yet (the polite kind: nothing urgent is known).
pub fn quiet_live_region() -> Html {
    html! { <div class="live-region" aria-live="polite"></div> }
}
