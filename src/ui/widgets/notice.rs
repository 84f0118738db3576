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
            crate::content::fill::notice_broken_link(lang, reason.text(lang))
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
    two_ways(
        lang,
        "link-choice",
        "alertdialog",
        M::LinkAsk,
        [("keep-mine", M::LinkKeepMine, false), ("open-link", M::LinkOpen, true)],
        on_choice,
    )
}

/// A link's answers are shown: the person can go back to their own until they close this.
/// `on_choice` gets `true` to go back, `false` to keep the link's answers.
pub fn link_opened(lang: Lang, on_choice: &Callback<bool>) -> Html {
    two_ways(
        lang,
        "link-opened",
        "status",
        M::NoticeLinkOpened,
        [("undo-link", M::NoticeUndo, true), ("keep-link", M::NoticeDismiss, false)],
        on_choice,
    )
}

/// A notice with a question and two buttons (id, label, what it emits), in that order.
fn two_ways(
    lang: Lang,
    class: &'static str,
    role: &'static str,
    text: M,
    buttons: [(&'static str, M, bool); 2],
    on_choice: &Callback<bool>,
) -> Html {
    let text_id = format!("{class}-text");
    html! {
        <div class={classes!("notice", class)} {role} aria-labelledby={text_id.clone()}>
            <p id={text_id}>{ text.text(lang) }</p>
            { for buttons.into_iter().map(|(id, label, choice)| html! {
                <button type="button" class="secondary" {id} onclick={on_choice.reform(move |_: MouseEvent| choice)}>
                    { label.text(lang) }
                </button>
            }) }
        </div>
    }
}
