//! The app's state and every change a person can make to it.
//!
//! Pure: no DOM here, so the reducer is tested natively. Side effects (the `<html lang>`
//! attribute, the URL fragment, focus) follow the state from `app.rs` through the platform
//! layer.

use std::rc::Rc;

use yew::Reducible;

use super::route::{Embed, Route, Screen};
use crate::content::knowledge::Replies;
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
    /// The other language's words could not be loaded (offline, or a damaged file).
    LanguageUnavailable,
    /// Answers saved on this device could not be read (damaged, or saved by a newer
    /// version). They stay on the device until the person deletes them.
    SavedAnswersUnreadable,
    /// Saving on this device failed (storage full or blocked): remembering is off again.
    StorageFailed,
}

/// Answers a link brought that differ from the person's own: opened only if they choose.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingLink {
    pub answers: Answers,
    pub screen: Screen,
    /// The knowledge-check replies the link carries, if its sender chose to include them.
    pub knowledge: Option<Replies>,
}

/// What this device can keep for the app, as found at start.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Device {
    /// Storage works: nothing saved, or saved answers that were read.
    #[default]
    Ready,
    /// Holds saved answers this build cannot read: kept until the person deletes them.
    HoldsUnreadable,
    /// The browser gives the app no storage here (a sandboxed frame, a locked-down browser).
    NoStorage,
}

/// What the device's storage held when the app started.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Saved {
    Nothing,
    Text(String),
    NoStorage,
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
    /// A link's answers waiting for the person to choose between them and their own.
    pub pending_link: Option<Box<PendingLink>>,
    /// The person's own answers from before they opened a link's: offered back ("undo") until
    /// they close the offer. Kept apart from `notice`, so another notice never ends the offer.
    pub before_link: Option<Box<Answers>>,
    pub device: Device,
    /// Counts links followed, so the address bar is tidied after each one, even when the
    /// screen stays the same.
    pub links_followed: u32,
    /// The results' sections the person has opened (all start folded, so a phone's page is
    /// short and the results render in fewer milliseconds).
    pub parts_open: Parts,
    /// A section chosen from the results' index, to move the focus to; counted, so choosing
    /// the same one again moves it again.
    pub part_chosen: Option<(Part, u32)>,
    /// Replies to the knowledge check: in this page only, never in a link or on the device;
    /// the printout lists the questions to go over.
    pub knowledge: Replies,
    /// The person chose to put those replies in the links they copy (off unless they do).
    pub knowledge_in_link: bool,
}

/// The results' sections after the head (the urgency, the safety net and the situation, which
/// never fold), in the order they appear.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Learn,
    Topics,
    Options,
    Values,
    SelfCare,
    Accident,
    Questions,
    Knowledge,
    Readiness,
    Leaning,
    Keep,
    References,
}

impl Part {
    pub const ALL: [Part; 12] = [
        Part::Learn,
        Part::Topics,
        Part::Options,
        Part::Values,
        Part::SelfCare,
        Part::Accident,
        Part::Questions,
        Part::Knowledge,
        Part::Readiness,
        Part::Leaning,
        Part::Keep,
        Part::References,
    ];

    /// Whether the section folds. Keeping the results (print, link, remember) never does: it is
    /// the way out; the index only moves there.
    pub fn folds(self) -> bool {
        self != Part::Keep
    }

    /// The stem of its element ids (`{id}-heading`, `{id}-summary`) and its class.
    pub fn id(self) -> &'static str {
        match self {
            Part::Learn => "learn",
            Part::Topics => "topics",
            Part::Options => "options",
            Part::Values => "values",
            Part::SelfCare => "self-care",
            Part::Accident => "accident",
            Part::Questions => "questions",
            Part::Knowledge => "knowledge",
            Part::Readiness => "sure",
            Part::Leaning => "leaning",
            Part::Keep => "keep",
            Part::References => "references",
        }
    }
}

/// A set of [`Part`]s.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Parts(u16);

impl Parts {
    pub const ALL: Parts = Parts((1 << Part::ALL.len()) - 1);

    pub fn has(self, part: Part) -> bool {
        self.0 & (1 << part as u16) != 0
    }

    pub fn with(self, part: Part, open: bool) -> Parts {
        Parts(if open { self.0 | 1 << part as u16 } else { self.0 & !(1 << part as u16) })
    }
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
            pending_link: None,
            before_link: None,
            device: Device::Ready,
            links_followed: 0,
            parts_open: Parts::default(),
            part_chosen: None,
            knowledge: Replies::default(),
            knowledge_in_link: false,
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
    /// Opened or folded a section of the results.
    TogglePart(Part),
    /// Chose a section from the results' index: it opens and takes the focus.
    ChoosePart(Part),
    /// Opened (or folded) every section of the results at once.
    OpenAllParts(bool),
    /// Answered question `.0` of the knowledge check with choice `.1` (one past the last is "not sure").
    AnswerKnowledge(usize, u8),
    /// Chose whether copied links carry the knowledge-check replies.
    KnowledgeInLink(bool),
    /// Turns "remember my answers on this device" on or off (the caller deletes them when off).
    Remember(bool),
    /// Saving failed: remembering goes off, and the person is told.
    StorageFailed,
    /// The person deleted the saved answers that this version could not read.
    SavedDeleted,
    /// Chose their own answers over a link's.
    KeepMine,
    /// Chose a link's answers over their own.
    OpenLink,
    /// Went back to the answers they had before opening a link.
    Undo,
    /// Kept the link's answers: the offer to go back closes.
    KeepLink,
    UpdateReady,
    Notify(Notice),
    DismissNotice,
    StartOver,
}

impl AppState {
    /// The state to start with: the device's saved answers first, then the URL the app was
    /// opened with (whose answers, if they differ from saved ones, wait for the person's choice).
    pub fn start(route: Route, saved: Saved) -> AppState {
        let mut state = AppState { embed: route.embed.clone(), ..AppState::default() };
        match saved {
            Saved::Nothing => {}
            Saved::NoStorage => state.device = Device::NoStorage,
            Saved::Text(text) => match share::decode(&text) {
                Ok(answers) => {
                    state.remember = true;
                    // A resumed tab brings its own answers: the saved ones may be another tab's.
                    if route.resume.is_none() {
                        state.answers = answers;
                    }
                }
                Err(_) => {
                    state.device = Device::HoldsUnreadable;
                    state.notice = Some(Notice::SavedAnswersUnreadable);
                }
            },
        }
        if let Some(remember) = route.resume {
            state.remember = remember && state.device == Device::Ready;
        }
        let came_from = route.came_from;
        let mut state = Rc::unwrap_or_clone(Rc::new(state).reduce(Action::FollowLink(route)));
        if let Some(screen) = came_from {
            state.previous = screen;
        }
        state
    }

    /// Whether answers should be saved now: remembering is on, and no "undo" of a link is
    /// on offer (saving would overwrite the answers that undo brings back).
    pub fn saving(&self) -> bool {
        self.remember && self.before_link.is_none()
    }

    /// The state for the URL alone, as on a device with nothing saved.
    pub fn from_route(route: Route) -> AppState {
        AppState::start(route, Saved::Nothing)
    }

    /// The fragment that reopens this state whole: screen, answers, language, embed mode and
    /// the screen before. An update reload goes through it, so nothing is lost and nothing is
    /// stored.
    pub fn resume_fragment(&self) -> String {
        let route = Route {
            screen: self.screen,
            shared: Some(share::encode(&self.answers)),
            lang: Some(self.lang),
            embed: self.embed.clone(),
            resume: Some(self.remember),
            came_from: Some(self.previous),
            // The tab's own replies come back after an update reload too; nothing is stored.
            knowledge: self.knowledge.iter().any(Option::is_some).then_some(self.knowledge),
        };
        route.to_fragment()
    }
}

impl AppState {
    /// Moves to a screen, remembering where from for the "back" of About and the diary (which
    /// are never the place to go back to).
    fn arrive(&mut self, from: &AppState, screen: Screen) {
        self.previous = if from.screen.is_aside() { from.previous } else { from.screen };
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
                next.links_followed = self.links_followed.wrapping_add(1);
                if let Some(lang) = route.lang {
                    next.lang = lang;
                }
                match route.shared.as_deref().map(share::decode) {
                    // The same answers, or none yet to lose: open at once.
                    Some(Ok(answers)) if answers == self.answers || self.answers == AppState::default().answers => {
                        next.answers = answers;
                        next.pending_link = None;
                        if let Some(replies) = route.knowledge {
                            next.knowledge = replies;
                        }
                        next.arrive(&self, route.screen);
                    }
                    // Different answers never replace the person's without their say.
                    Some(Ok(answers)) => {
                        next.pending_link = Some(Box::new(PendingLink { answers, screen: route.screen, knowledge: route.knowledge }))
                    }
                    // A broken link keeps everything the person had, including the screen.
                    Some(Err(error)) => next.notice = Some(Notice::BrokenLink(error)),
                    None if route.screen != self.screen => next.arrive(&self, route.screen),
                    None => {}
                }
            }
            Action::ShowOption(option) => next.option_shown = option,
            Action::TogglePart(part) => next.parts_open = self.parts_open.with(part, !self.parts_open.has(part)),
            Action::ChoosePart(part) => {
                next.parts_open = self.parts_open.with(part, true);
                next.part_chosen = Some((part, self.part_chosen.map_or(0, |(_, n)| n + 1)));
            }
            Action::AnswerKnowledge(question, reply) => {
                if let Some(slot) = next.knowledge.get_mut(question) {
                    *slot = Some(reply);
                }
            }
            Action::KnowledgeInLink(on) => next.knowledge_in_link = on,
            Action::OpenAllParts(open) => next.parts_open = if open { Parts::ALL } else { Parts::default() },
            Action::Remember(on) => {
                next.remember = on;
                if on && next.device == Device::HoldsUnreadable {
                    next.device = Device::Ready;
                }
            }
            Action::StorageFailed => {
                next.remember = false;
                next.notice = Some(Notice::StorageFailed);
            }
            Action::SavedDeleted => {
                next.device = Device::Ready;
                if next.notice == Some(Notice::SavedAnswersUnreadable) {
                    next.notice = None;
                }
            }
            Action::KeepMine => next.pending_link = None,
            Action::OpenLink => {
                if let Some(link) = next.pending_link.take() {
                    let mine = std::mem::replace(&mut next.answers, link.answers.clone());
                    next.before_link = Some(Box::new(mine));
                    if let Some(replies) = link.knowledge {
                        next.knowledge = replies;
                    }
                    next.arrive(&self, link.screen);
                }
            }
            Action::Undo => {
                if let Some(mine) = next.before_link.take() {
                    next.answers = *mine;
                }
            }
            Action::KeepLink => next.before_link = None,
            Action::UpdateReady => next.update_ready = true,
            Action::Notify(notice) => next.notice = Some(notice),
            Action::DismissNotice => next.notice = None,
            Action::StartOver => {
                next = AppState {
                    lang: next.lang,
                    embed: next.embed.take(),
                    update_ready: next.update_ready,
                    device: next.device,
                    ..AppState::default()
                }
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
        state.answers.apply(Edit::number(AnswerId::PainScore, Some(4)));
        let next = reduce(state.clone(), Action::ChooseLanguage(Lang::En));
        assert_eq!(next.lang, Lang::En);
        assert_eq!((next.screen, &next.answers), (state.screen, &state.answers));
        let about = reduce(reduce(next, Action::Go(Screen::About)), Action::ChooseLanguage(Lang::Ja));
        assert_eq!((about.screen, about.previous), (Screen::About, Screen::Symptoms), "About returns where it was opened");
    }

    #[test]
    fn a_shared_link_restores_answers_and_a_broken_one_keeps_them() {
        let mut shared = Answers { version: ANSWERS_VERSION, ..Answers::default() };
        shared.apply(Edit::pick(AnswerId::Smoking, Some(YesNo::Yes)));
        let code = share::encode(&shared);
        let opened =
            AppState::from_route(Route { screen: Screen::Results, shared: Some(code.clone()), lang: Some(Lang::En), ..Route::default() });
        assert_eq!((opened.screen, opened.lang, &opened.answers), (Screen::Results, Lang::En, &shared));

        let mut mine = AppState { screen: Screen::Values, ..AppState::default() };
        mine.answers.apply(Edit::number(AnswerId::ValueLowCost, Some(2)));
        let broken = Route { screen: Screen::Results, shared: Some(code[..code.len() - 3].to_string()), ..Route::default() };
        let next = reduce(mine.clone(), Action::FollowLink(broken));
        assert_eq!(next.answers, mine.answers);
        assert_eq!(next.screen, Screen::Values);
        assert_eq!(next.notice, Some(Notice::BrokenLink(ShareError::Damaged)));
        assert_eq!(reduce(next, Action::DismissNotice).notice, None);
    }

    /// The knowledge check's replies travel only in a link the person chose to give them to, or
    /// in the tab's own update reload; opening a link with different answers waits for the
    /// person's choice, replies included; starting over clears them.
    #[test]
    fn knowledge_replies_travel_only_when_chosen() {
        let mut state = AppState { screen: Screen::Results, answers: smoker(), ..AppState::default() };
        state = reduce(state, Action::AnswerKnowledge(1, 0));
        assert_eq!(state.knowledge[1], Some(0));
        assert_eq!(reduce(state.clone(), Action::AnswerKnowledge(9, 0)), state, "no such question: nothing changes");
        let resumed = AppState::from_route(Route::parse(&state.resume_fragment()));
        assert_eq!(resumed.knowledge, state.knowledge, "an update reload keeps them");

        let code = share::encode(&smoker());
        let link = Route::parse(&Route::share_fragment(Screen::Results, &code, Lang::Ja, Some(&state.knowledge)));
        assert_eq!(AppState::from_route(link.clone()).knowledge, state.knowledge);
        let without = Route::parse(&Route::share_fragment(Screen::Results, &code, Lang::Ja, None));
        assert_eq!(AppState::from_route(without).knowledge, Replies::default());
        let damaged = Route::parse(&format!("{}x", Route::share_fragment(Screen::Results, &code, Lang::Ja, Some(&state.knowledge))));
        assert_eq!(AppState::from_route(damaged).knowledge, Replies::default(), "a damaged value restores nothing");

        let mut mine = AppState::default();
        mine.answers.apply(Edit::number(AnswerId::ValueLowCost, Some(2)));
        let waiting = reduce(mine, Action::FollowLink(link));
        assert_eq!(waiting.knowledge, Replies::default(), "not before the person opens the link");
        let opened = reduce(waiting, Action::OpenLink);
        assert_eq!(opened.knowledge, state.knowledge);
        assert_eq!(reduce(opened, Action::StartOver).knowledge, Replies::default());
    }

    fn saved(answers: &Answers) -> Saved {
        Saved::Text(share::encode(answers))
    }

    fn smoker() -> Answers {
        let mut answers = Answers { version: ANSWERS_VERSION, ..Answers::default() };
        answers.apply(Edit::pick(AnswerId::Smoking, Some(YesNo::Yes)));
        answers
    }

    #[test]
    fn saved_answers_come_back_and_unreadable_ones_are_kept() {
        let answers = smoker();
        let restored = AppState::start(Route::default(), saved(&answers));
        assert_eq!((restored.remember, &restored.answers, restored.device), (true, &answers, Device::Ready));
        for unreadable in ["1.y.garbage", "9.x~abc", "2.n~zz"] {
            let start = AppState::start(Route::default(), Saved::Text(unreadable.into()));
            assert_eq!(start.notice, Some(Notice::SavedAnswersUnreadable));
            assert_eq!((start.device, start.remember), (Device::HoldsUnreadable, false), "kept, and not overwritten");
            assert_eq!(start.answers, AppState::default().answers, "a fresh start, not a crash");
            let deleted = reduce(start.clone(), Action::SavedDeleted);
            assert_eq!((deleted.device, deleted.notice), (Device::Ready, None));
            let replaced = reduce(start, Action::Remember(true));
            assert_eq!((replaced.device, replaced.remember), (Device::Ready, true), "turning it on is the person's choice");
        }
        assert_eq!(AppState::start(Route::default(), Saved::Nothing), AppState { links_followed: 1, ..AppState::default() });
        let none = AppState::start(Route::default(), Saved::NoStorage);
        assert_eq!((none.device, none.remember), (Device::NoStorage, false));
        let failed = reduce(restored, Action::StorageFailed);
        assert_eq!((failed.remember, failed.notice), (false, Some(Notice::StorageFailed)));
    }

    #[test]
    fn a_link_never_replaces_remembered_answers_without_a_choice() {
        let mine = smoker();
        let mut theirs = smoker();
        theirs.apply(Edit::number(AnswerId::PainScore, Some(7)));
        let link = |answers: &Answers| Route { screen: Screen::Results, shared: Some(share::encode(answers)), ..Route::default() };

        // A broken link over saved answers keeps them (and so keeps them saved).
        let broken = Route { shared: Some("1.n~0".into()), ..link(&theirs) };
        let start = AppState::start(broken, saved(&mine));
        assert_eq!((&start.answers, start.remember), (&mine, true));
        assert!(matches!(start.notice, Some(Notice::BrokenLink(_))));

        // The same answers (an update reload) open at once; different ones wait.
        let same = AppState::start(link(&mine), saved(&mine));
        assert_eq!((same.screen, &same.answers, &same.pending_link), (Screen::Results, &mine, &None));
        let asked = AppState::start(link(&theirs), saved(&mine));
        assert_eq!((&asked.answers, asked.screen), (&mine, Screen::Start));
        assert_eq!(asked.pending_link.as_ref().map(|p| &p.answers), Some(&theirs));

        let kept = reduce(asked.clone(), Action::KeepMine);
        assert_eq!((&kept.answers, &kept.pending_link), (&mine, &None));
        let opened = reduce(asked, Action::OpenLink);
        assert_eq!((&opened.answers, opened.screen, &opened.pending_link), (&theirs, Screen::Results, &None));
        let interrupted = reduce(opened, Action::Notify(Notice::LanguageUnavailable));
        assert!(interrupted.before_link.is_some(), "another notice does not end the offer");
        let undone = reduce(interrupted, Action::Undo);
        assert_eq!((&undone.answers, &undone.before_link), (&mine, &None), "undo brings the person's own back");
    }

    #[test]
    fn a_resumed_tab_keeps_its_own_answers_over_saved_ones() {
        let mine = smoker();
        let mut other_tab = smoker();
        other_tab.apply(Edit::number(AnswerId::PainScore, Some(9)));
        let tab = AppState { screen: Screen::Body, answers: mine.clone(), remember: true, ..AppState::default() };
        let resumed = AppState::start(Route::parse(&tab.resume_fragment()), saved(&other_tab));
        assert_eq!((resumed.screen, &resumed.answers, resumed.remember), (Screen::Body, &mine, true));
        assert_eq!(resumed.pending_link, None, "its own answers, not a link to ask about");
        let not_remembering = AppState { remember: false, ..tab };
        let resumed = AppState::start(Route::parse(&not_remembering.resume_fragment()), saved(&other_tab));
        assert_eq!((&resumed.answers, resumed.remember), (&mine, false), "remembering stays as the tab had it");
    }

    #[test]
    fn saving_waits_while_undo_is_offered() {
        let mut theirs = smoker();
        theirs.apply(Edit::number(AnswerId::PainScore, Some(7)));
        let link = Route { screen: Screen::Results, shared: Some(share::encode(&theirs)), ..Route::default() };
        let opened = reduce(AppState::start(link, saved(&smoker())), Action::OpenLink);
        assert!(opened.remember && !opened.saving(), "the saved answers stay the person's until they choose");
        assert!(!reduce(opened.clone(), Action::DismissNotice).saving(), "closing another notice changes nothing");
        assert!(reduce(opened.clone(), Action::KeepLink).saving());
        assert!(reduce(opened, Action::Undo).saving());
    }

    #[test]
    fn an_update_reload_fragment_restores_the_state() {
        let mut state = AppState { lang: Lang::En, screen: Screen::Body, answers: smoker(), ..AppState::default() };
        state.embed = Some(Embed { host_origin: "https://clinic.example".into(), provider_name: None, provider_url: None });
        let back = AppState::from_route(Route::parse(&state.resume_fragment()));
        assert_eq!((back.lang, back.screen, &back.answers, &back.embed), (Lang::En, Screen::Body, &state.answers, &state.embed));
        // About's "back" still returns to the step it was opened from.
        let about = AppState { screen: Screen::About, previous: Screen::Symptoms, ..state };
        let handed_over = AppState::from_route(Route::parse(&about.resume_fragment()));
        assert_eq!((handed_over.screen, handed_over.previous), (Screen::About, Screen::Symptoms));
    }

    #[test]
    fn starting_over_clears_everything_but_the_language() {
        let mut state = AppState { lang: Lang::En, screen: Screen::Results, ..AppState::default() };
        state.answers.apply(Edit::pick(AnswerId::FeverUnwell, Some(YesNo::Yes)));
        let next = reduce(state, Action::StartOver);
        assert_eq!(next, AppState { lang: Lang::En, links_followed: next.links_followed, ..AppState::default() });
    }

    #[test]
    fn sections_fold_and_open_one_by_one_or_all_at_once() {
        let state = AppState::default();
        assert!(Part::ALL.iter().all(|p| !state.parts_open.has(*p)), "all start folded");
        let state = reduce(state, Action::TogglePart(Part::Topics));
        assert!(state.parts_open.has(Part::Topics) && !state.parts_open.has(Part::Options));
        let state = reduce(state, Action::TogglePart(Part::Topics));
        assert!(!state.parts_open.has(Part::Topics));
        let state = reduce(state, Action::ChoosePart(Part::Values));
        let again = reduce(state.clone(), Action::ChoosePart(Part::Values));
        assert!(again.parts_open.has(Part::Values));
        assert_ne!(state.part_chosen, again.part_chosen, "choosing it again moves the focus again");
        assert_eq!(reduce(again.clone(), Action::OpenAllParts(true)).parts_open, Parts::ALL);
        assert_eq!(reduce(again, Action::OpenAllParts(false)).parts_open, Parts::default());
    }
}
