//! The app's state and every change a person can make to it.
//!
//! Pure: no DOM here, so the reducer is tested natively. Side effects (the `<html lang>`
//! attribute, the URL fragment, focus) follow the state from `app.rs` through the platform
//! layer.

use std::rc::Rc;

use yew::Reducible;

use super::route::{Embed, Route, Screen};
use crate::content::Lang;
use crate::core::answers::ANSWERS_VERSION;
use crate::core::edit::Edit;
use crate::core::ids::OptionId;
use crate::core::share::{self, ShareError};
use crate::core::Answers;

/// A message shown above the current screen until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// A shared link could not be read; the answers were kept.
    BrokenLink(ShareError),
    /// The other language's words could not be loaded (offline before they were saved).
    LanguageUnavailable,
    /// Answers saved on this device could not be read; they were deleted, nothing else lost.
    SavedAnswersUnreadable,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub screen: Screen,
    pub answers: Answers,
    pub notice: Option<Notice>,
    /// The option shown on a narrow screen, where one is shown at a time.
    pub option_shown: OptionId,
    /// The screen before the current one, where the About page's "back" returns.
    pub previous: Screen,
    /// The person chose to keep their answers on this device (off unless they turn it on).
    pub remember: bool,
    /// Set when the app runs in a frame on a clinic's page.
    pub embed: Option<Embed>,
    /// A new version is waiting: offer to reload.
    pub update_ready: bool,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            lang: Lang::default(),
            screen: Screen::default(),
            answers: Answers { version: ANSWERS_VERSION, ..Answers::default() },
            notice: None,
            option_shown: OptionId::WatchfulWaiting,
            previous: Screen::Start,
            remember: false,
            embed: None,
            update_ready: false,
        }
    }
}

/// What a person can do, named from their side.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    ChooseLanguage(Lang),
    /// The next or previous step, a link, or the browser's back button.
    Go(Screen),
    Edit(Edit),
    /// Opened a URL fragment: a screen, and perhaps shared answers and a language.
    FollowLink(Route),
    ShowOption(OptionId),
    /// Turns "remember my answers on this device" on or off; off deletes them.
    Remember(bool),
    UpdateReady,
    Notify(Notice),
    DismissNotice,
    StartOver,
}

impl AppState {
    /// The state for the URL the app was opened with.
    pub fn from_route(route: Route) -> AppState {
        let state = Rc::new(AppState::default());
        Rc::unwrap_or_clone(state.reduce(Action::FollowLink(route)))
    }

    /// Takes answers saved on this device, unless a link brought its own. Saved answers that
    /// cannot be read give a notice (the caller deletes them) and a fresh start.
    pub fn with_saved(mut self, saved: Option<&str>, opened_with_answers: bool) -> AppState {
        let Some(saved) = saved else { return self };
        match share::decode(saved) {
            Ok(answers) => {
                self.remember = true;
                if !opened_with_answers {
                    self.answers = answers;
                }
            }
            Err(_) => self.notice = Some(Notice::SavedAnswersUnreadable),
        }
        self
    }
}

impl AppState {
    /// Moves to a screen, remembering where from for the About page's "back" (About itself is
    /// never the place to go back to).
    fn arrive(&mut self, from: &AppState, screen: Screen) {
        self.previous = if from.screen == Screen::About { from.previous } else { from.screen };
        self.screen = screen;
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::ChooseLanguage(lang) => next.lang = lang,
            Action::Go(screen) => next.arrive(&self, screen),
            Action::Edit(edit) => next.answers.apply(edit),
            Action::FollowLink(route) => {
                if let Some(lang) = route.lang {
                    next.lang = lang;
                }
                if route.embed.is_some() {
                    next.embed = route.embed.clone();
                }
                match route.shared.as_deref().map(share::decode) {
                    Some(Ok(answers)) => {
                        next.answers = answers;
                        next.notice = None;
                        next.screen = route.screen;
                    }
                    // A broken link keeps everything the person had, including the screen.
                    Some(Err(error)) => next.notice = Some(Notice::BrokenLink(error)),
                    None if route.screen != self.screen => next.arrive(&self, route.screen),
                    None => {}
                }
            }
            Action::ShowOption(option) => next.option_shown = option,
            Action::Remember(on) => next.remember = on,
            Action::UpdateReady => next.update_ready = true,
            Action::Notify(notice) => next.notice = Some(notice),
            Action::DismissNotice => next.notice = None,
            Action::StartOver => {
                next = AppState { lang: next.lang, embed: next.embed.take(), update_ready: next.update_ready, ..AppState::default() }
            }
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::YesNo;
    use crate::core::ids::AnswerId;

    fn reduce(state: AppState, action: Action) -> AppState {
        Rc::unwrap_or_clone(Rc::new(state).reduce(action))
    }

    #[test]
    fn choosing_a_language_keeps_the_screen_and_answers() {
        let mut state = AppState { screen: Screen::Symptoms, ..AppState::default() };
        state.answers.apply(Edit::Score(AnswerId::PainScore, Some(4)));
        let next = reduce(state.clone(), Action::ChooseLanguage(Lang::En));
        assert_eq!(next.lang, Lang::En);
        assert_eq!((next.screen, &next.answers), (state.screen, &state.answers));
        let about = reduce(reduce(next, Action::Go(Screen::About)), Action::ChooseLanguage(Lang::Ja));
        assert_eq!((about.screen, about.previous), (Screen::About, Screen::Symptoms), "About returns where it was opened");
    }

    #[test]
    fn a_shared_link_restores_answers_and_a_broken_one_keeps_them() {
        let mut shared = Answers { version: ANSWERS_VERSION, ..Answers::default() };
        shared.apply(Edit::YesNo(AnswerId::Smoking, Some(YesNo::Yes)));
        let code = share::encode(&shared);
        let opened = AppState::from_route(Route { screen: Screen::Results, shared: Some(code.clone()), lang: Some(Lang::En), embed: None });
        assert_eq!((opened.screen, opened.lang, &opened.answers), (Screen::Results, Lang::En, &shared));

        let mut mine = AppState { screen: Screen::Values, ..AppState::default() };
        mine.answers.apply(Edit::Score(AnswerId::ValueLowCost, Some(2)));
        let broken = Route { screen: Screen::Results, shared: Some(code[..code.len() - 3].to_string()), lang: None, embed: None };
        let next = reduce(mine.clone(), Action::FollowLink(broken));
        assert_eq!(next.answers, mine.answers);
        assert_eq!(next.screen, Screen::Values);
        assert_eq!(next.notice, Some(Notice::BrokenLink(ShareError::Damaged)));
        assert_eq!(reduce(next, Action::DismissNotice).notice, None);
    }

    #[test]
    fn saved_answers_come_back_and_unreadable_ones_give_a_notice() {
        let mut answers = Answers { version: ANSWERS_VERSION, ..Answers::default() };
        answers.apply(Edit::YesNo(AnswerId::Smoking, Some(YesNo::Yes)));
        let code = share::encode(&answers);
        let restored = AppState::default().with_saved(Some(&code), false);
        assert_eq!((restored.remember, &restored.answers), (true, &answers));
        let corrupt = AppState::default().with_saved(Some("1.y.garbage"), false);
        assert_eq!(corrupt.notice, Some(Notice::SavedAnswersUnreadable));
        assert_eq!(corrupt.answers, AppState::default().answers, "a fresh start, not a crash");
        assert_eq!(AppState::default().with_saved(None, false), AppState::default());
    }

    #[test]
    fn starting_over_clears_everything_but_the_language() {
        let mut state = AppState { lang: Lang::En, screen: Screen::Results, ..AppState::default() };
        state.answers.apply(Edit::YesNo(AnswerId::FeverUnwell, Some(YesNo::Yes)));
        let next = reduce(state, Action::StartOver);
        assert_eq!(next, AppState { lang: Lang::En, ..AppState::default() });
    }
}
