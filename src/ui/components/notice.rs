use yew::prelude::*;

use crate::content::{Lang, M};
use crate::core::share::ShareError;
use crate::ui::state::Notice;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub lang: Lang,
    pub notice: Notice,
    pub on_dismiss: Callback<()>,
}

/// A problem the person should know about, such as a broken link; nothing was lost.
#[function_component(NoticeBox)]
pub fn notice_box(props: &NoticeProps) -> Html {
    let lang = props.lang;
    let text = match &props.notice {
        Notice::BrokenLink(error) => {
            let reason = match error {
                ShareError::Damaged => M::NoticeReasonDamaged,
                ShareError::NewerVersion(_) => M::NoticeReasonNewer,
                ShareError::Invalid(_) => M::NoticeReasonInvalid,
            };
            M::NoticeBrokenLink.fill(lang, &[("reason", reason.text(lang))])
        }
        Notice::LanguageUnavailable => M::NoticeLanguageUnavailable.text(lang).to_string(),
        Notice::SavedAnswersUnreadable => M::NoticeSavedUnreadable.text(lang).to_string(),
    };
    html! {
        <div class="notice" role="alert">
            <p>{ text }</p>
            <button type="button" class="secondary" onclick={props.on_dismiss.reform(|_: MouseEvent| ())}>
                { M::NoticeDismiss.text(lang) }
            </button>
        </div>
    }
}
