use yew::prelude::*;

use crate::content::knowledge::Replies;
use crate::content::{Lang, M};
use crate::core::{share, Answers};
use crate::platform::{clipboard, document, location};
use crate::ui::route::{Route, Screen};
use crate::ui::state::Device;

#[derive(Properties, PartialEq)]
pub struct KeepProps {
    pub lang: Lang,
    pub answers: Answers,
    pub on_start_over: Callback<()>,
    pub remember: bool,
    pub on_remember: Callback<bool>,
    #[prop_or_default]
    pub device: Device,
    /// The knowledge-check replies, and whether copied links carry them (the person's choice).
    #[prop_or_default]
    pub knowledge: Replies,
    #[prop_or_default]
    pub knowledge_in_link: bool,
    #[prop_or_default]
    pub on_knowledge_in_link: Callback<bool>,
}

#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Done,
    Failed,
}

/// Print, copy a link that holds the answers in its fragment, or clear everything.
#[function_component(Keep)]
pub fn keep(props: &KeepProps) -> Html {
    let lang = props.lang;
    let copied = use_state(|| Copied::Not);
    let link = use_state(|| None::<String>);
    let confirming = use_state(|| false);
    let on_copy = {
        let (answers, copied, link) = (props.answers.clone(), copied.clone(), link.clone());
        let knowledge = props.knowledge_in_link.then_some(props.knowledge);
        Callback::from(move |_: MouseEvent| {
            let fragment = Route::share_fragment(Screen::Results, &share::encode(&answers), lang, knowledge.as_ref());
            let address = format!("{}{fragment}", location::page_address());
            link.set(Some(address.clone()));
            let copied = copied.clone();
            clipboard::copy(address, move |ok| copied.set(if ok { Copied::Done } else { Copied::Failed }));
        })
    };
    let on_print = Callback::from(|_: MouseEvent| document::print());
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let clear = props.on_start_over.reform(|_: MouseEvent| ());
    html! {
        <>
            <div class="keep-buttons">
                <button type="button" class="primary" onclick={on_print}>{ M::KeepPrint.text(lang) }</button>
                <button type="button" class="secondary" onclick={on_copy}>{ M::KeepCopy.text(lang) }</button>
                <button type="button" class="secondary" onclick={ask}>{ M::KeepRestart.text(lang) }</button>
            </div>
            <div aria-live="polite">
                if *copied == Copied::Done {
                    <p class="status-message">{ M::KeepCopyDone.text(lang) }</p>
                }
                if *copied == Copied::Failed {
                    <p class="status-message">{ M::KeepCopyFailed.text(lang) }</p>
                }
            </div>
            if props.knowledge.iter().any(Option::is_some) {
                <label class="choice">
                    <input type="checkbox" id="knowledge-in-link" checked={props.knowledge_in_link}
                        onchange={{ let (on, now) = (props.on_knowledge_in_link.clone(), props.knowledge_in_link); Callback::from(move |_: Event| on.emit(!now)) }} />
                    <span>{ M::KeepKnowledgeInLink.text(lang) }</span>
                </label>
            }
            if let Some(address) = &*link {
                <label class="legend" for="share-link">{ M::KeepLinkLabel.text(lang) }</label>
                <input id="share-link" class="share-link" type="text" readonly=true value={address.clone()} />
                <p class="hint">{ M::KeepLinkNote.text(lang) }</p>
            }
            <div class="remember">
                if props.device == Device::NoStorage {
                    <p class="hint" id="remember-unavailable">{ M::KeepRememberUnavailable.text(lang) }</p>
                } else {
                    <label class="choice">
                        <input type="checkbox" id="remember" checked={props.remember}
                            onchange={{ let (on, remember) = (props.on_remember.clone(), props.remember); Callback::from(move |_: Event| on.emit(!remember)) }} />
                        <span>{ M::KeepRemember.text(lang) }</span>
                    </label>
                    <p class="hint">{ M::KeepRememberNote.text(lang) }</p>
                    if props.device == Device::HoldsUnreadable {
                        <p class="hint">{ M::KeepRememberReplaces.text(lang) }</p>
                    }
                    if props.remember {
                        <button type="button" class="secondary" id="forget"
                            onclick={{ let on = props.on_remember.clone(); Callback::from(move |_: MouseEvent| on.emit(false)) }}>
                            { M::KeepForget.text(lang) }
                        </button>
                    }
                }
            </div>
            if *confirming {
                <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
                    <p id="confirm-text">{ M::KeepRestartConfirm.text(lang) }</p>
                    <button type="button" class="danger" onclick={clear}>{ M::KeepRestartYes.text(lang) }</button>
                    <button type="button" class="secondary" onclick={cancel}>{ M::KeepRestartNo.text(lang) }</button>
                </div>
            }
        </>
    }
}
