use yew::prelude::*;

use crate::content::{Lang, M};
use crate::core::share::ShareError;
use crate::ui::state::Notice;

/// What a person can do with a notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeChoice {
    Dismiss,
    /// Delete saved answers this version could not read.
    DeleteSaved,
}

/// A problem the person should know about, such as a broken link; nothing was lost. Plain
/// functions here, not components: they keep no state, and each component type costs the
/// first load its own lifecycle code.
pub fn notice_box(lang: Lang, notice: &Notice, on_choice: &Callback<NoticeChoice>) -> Html {
    let text = match notice {
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
        Notice::StorageFailed => M::NoticeStorageFailed.text(lang).to_string(),
    };
    let action = match notice {
        Notice::SavedAnswersUnreadable => Some((NoticeChoice::DeleteSaved, M::KeepForget)),
        _ => None,
    };
    let choose = |choice: NoticeChoice| on_choice.reform(move |_: MouseEvent| choice);
    html! {
        <div class="notice" role="alert">
            <p>{ text }</p>
            if let Some((choice, label)) = action {
                <button type="button" class="secondary notice-action" onclick={choose(choice)}>{ label.text(lang) }</button>
            }
            <button type="button" class="secondary" onclick={choose(NoticeChoice::Dismiss)}>
                { M::NoticeDismiss.text(lang) }
            </button>
        </div>
    }
}

/// A link brought answers that differ from the person's: they choose, nothing is replaced
/// first. `on_choice` gets `true` to open the link's answers, `false` to keep their own.
pub fn link_choice(lang: Lang, on_choice: &Callback<bool>) -> Html {
    html! {
        <div class="notice link-choice" role="alertdialog" aria-labelledby="link-choice-text">
            <p id="link-choice-text">{ M::LinkAsk.text(lang) }</p>
            <button type="button" class="secondary" id="keep-mine" onclick={on_choice.reform(|_: MouseEvent| false)}>
                { M::LinkKeepMine.text(lang) }
            </button>
            <button type="button" class="secondary" id="open-link" onclick={on_choice.reform(|_: MouseEvent| true)}>
                { M::LinkOpen.text(lang) }
            </button>
        </div>
    }
}

/// A link's answers are shown: the person can go back to their own until they close this.
/// `on_choice` gets `true` to go back, `false` to keep the link's answers.
pub fn link_opened(lang: Lang, on_choice: &Callback<bool>) -> Html {
    html! {
        <div class="notice link-opened" role="status">
            <p>{ M::NoticeLinkOpened.text(lang) }</p>
            <button type="button" class="secondary" id="undo-link" onclick={on_choice.reform(|_: MouseEvent| true)}>
                { M::NoticeUndo.text(lang) }
            </button>
            <button type="button" class="secondary" id="keep-link" onclick={on_choice.reform(|_: MouseEvent| false)}>
                { M::NoticeDismiss.text(lang) }
            </button>
        </div>
    }
}
