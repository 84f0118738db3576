//! The first module's root (ARCHITECTURE.md, "Two modules"): the start page, the first thing a
//! visit shows, and the way on to the whole app, which has every other screen. The start page
//! asks nothing, so this holds no answers: no engine, no share codec, no saved state. Whatever
//! the person does next (a step, the diary, About, the other language, a link) the whole app
//! opens, in the same click when it has arrived (this page asks for it as soon as it runs),
//! else after a waiting screen that says so and offers to try again if it cannot be loaded.

use std::rc::Rc;

use yew::prelude::*;

use super::hooks::{use_embed_height, use_heading_focus};
use super::route::{Embed, Route, Screen};
use super::screens::start::start_screen;
use super::screens::waiting::waiting_screen;
use super::widgets::frame::{page, quiet_live_region, Page};
use crate::content::Lang;
use crate::platform;

/// The start page and where the person goes from it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StartState {
    /// On a clinic's page: kept for the whole app, which opens in the same frame.
    pub embed: Option<Embed>,
    /// Where the person is going, as the route the whole app opens; `None` on the start page.
    pub leaving: Option<Route>,
    /// The whole app could not be loaded (offline before it was ever cached, a server error).
    pub failed: bool,
    /// Tries so far: "try again" counts one more.
    pub attempts: u32,
    pub update_ready: bool,
    /// The device holds saved answers. Only the whole app reads them (this module has no share
    /// codec), so it takes the page over as soon as it arrives, on the start page itself, where
    /// it says so if they cannot be read.
    pub saved_answers: bool,
}

pub enum StartAction {
    /// A link followed or a button pressed: the route the whole app opens. The start page itself
    /// (the browser's "back" while waiting) stays here.
    Go(Route),
    Failed,
    Retry,
    UpdateReady,
}

impl StartState {
    /// The state for the address the page opened at: the start page in Japanese, or, for
    /// anything more (a step, answers, the other language, an update reload), already on the way
    /// to the whole app. (The loader starts the whole app directly for every address but the
    /// start page's; this module is its fallback when the whole app cannot be loaded.)
    pub fn start(route: Route) -> StartState {
        let embed = route.embed.clone();
        Rc::new(StartState { embed, ..StartState::default() }).reduce(StartAction::Go(route)).as_ref().clone()
    }

    /// Whether a route asks only for the start page, which this module shows itself.
    fn is_start_page(route: &Route) -> bool {
        route.screen == Screen::Start
            && route.shared.is_none()
            && route.resume.is_none()
            && route.knowledge.is_none()
            && route.lang.unwrap_or_default() == Lang::default()
    }

    /// The address a press on the start page goes to: a screen, or the start page in the other
    /// language. A press goes through the address like a link, so "back" returns here.
    pub fn address(screen: Screen, lang: Lang) -> String {
        Route { screen, lang: (lang != Lang::default()).then_some(lang), ..Route::default() }.to_fragment()
    }

    /// `route` as the whole app opens it: in this page's frame, if it is on a clinic's page
    /// (embed parameters count only as the page opens, `main.rs`).
    pub fn in_frame(&self, route: Route) -> Route {
        Route { embed: self.embed.clone(), ..route }
    }

    /// The screen shown: the start page, or the waiting screen of the one the person is going to.
    pub fn screen(&self) -> Screen {
        self.leaving.as_ref().map_or(Screen::Start, |route| route.screen)
    }
}

impl Reducible for StartState {
    type Action = StartAction;

    fn reduce(self: Rc<Self>, action: StartAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            StartAction::Go(route) => {
                // Going again after a failed load is another try.
                if self.failed {
                    next.attempts = self.attempts.wrapping_add(1);
                }
                next.failed = false;
                next.leaving = if StartState::is_start_page(&route) { None } else { Some(route) };
            }
            StartAction::Failed => next.failed = true,
            StartAction::Retry => {
                next.failed = false;
                next.attempts = self.attempts.wrapping_add(1);
            }
            StartAction::UpdateReady => next.update_ready = true,
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct StartPageProps {
    pub initial: StartState,
}

#[function_component(StartPage)]
pub fn start_page(props: &StartPageProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || initial);
    let screen = state.screen();
    let lang = Lang::default();
    use_heading_focus(screen);
    use_embed_height(state.embed.as_ref().map(|e| e.host_origin.clone()));
    use_way_on(&state);

    // A press writes its address (so "back" returns to the start page) and goes there at once:
    // where the address already carries parameters it is replaced, with no `hashchange`.
    let go = {
        let state = state.clone();
        move |address: String| {
            platform::location::go_to(&address);
            leave(&state.dispatcher(), state.in_frame(Route::parse(&address)));
        }
    };
    let on_go = {
        let go = go.clone();
        Callback::from(move |to: Screen| go(StartState::address(to, lang)))
    };
    let on_language = Callback::from(move |other: Lang| go(StartState::address(Screen::Start, other)));
    let body = match &state.leaving {
        None => start_screen(lang),
        // Also for the start page in the other language, which the whole app draws.
        Some(route) => {
            let dispatcher = state.dispatcher();
            let on_retry = Callback::from(move |_: ()| dispatcher.dispatch(StartAction::Retry));
            waiting_screen(lang, route.screen, state.failed, &on_retry)
        }
    };
    page(Page {
        lang,
        screen,
        embed: state.embed.as_ref(),
        update_ready: state.update_ready,
        on_language: &on_language,
        on_go: &on_go,
        live: quiet_live_region(),
        notices: html! {},
        body,
    })
}

/// Goes where `route` leads: a press or a link hands the page over in the same event when the
/// whole app is there already, so no waiting screen is drawn first; otherwise the state changes
/// and `use_way_on` waits for it.
fn leave(dispatcher: &UseReducerDispatcher<StartState>, route: Route) {
    if StartState::is_start_page(&route) || !platform::handover::take_over_now(&route.to_fragment(), super::unmount) {
        dispatcher.dispatch(StartAction::Go(route));
    }
}

/// The effects of the start page: the whole app asked for as soon as the page runs; the page
/// handed over once the person is leaving (again on "try again"), or as soon as the whole app
/// arrives on a device with saved answers; links followed, including the start link, and a new
/// version ready.
#[hook]
fn use_way_on(state: &UseReducerHandle<StartState>) {
    let dispatcher = state.dispatcher();
    let framed = state.clone();
    use_effect_with((), move |_| {
        platform::handover::load_ahead();
        let updates = platform::pwa::on_update_ready({
            let dispatcher = dispatcher.clone();
            move || dispatcher.dispatch(StartAction::UpdateReady)
        });
        let links = platform::location::on_change(move |fragment| leave(&dispatcher, framed.in_frame(Route::parse(&fragment))));
        move || drop((updates, links))
    });
    let dispatcher = state.dispatcher();
    let framed = state.clone();
    use_effect_with((state.leaving.is_some(), state.attempts), move |(leaving, _)| {
        // Cleared when the person goes back (or the page is handed over) before it has arrived.
        let wanted = Rc::new(std::cell::Cell::new(true));
        // The address as it is when the whole app arrives: every way on writes its address first,
        // so a link followed meanwhile is the person's latest step and is never lost.
        let saved_answers = framed.saved_answers;
        let address = {
            let wanted = wanted.clone();
            move || wanted.get().then(|| framed.in_frame(Route::parse(&platform::location::fragment())).to_fragment())
        };
        if *leaving {
            platform::handover::hand_over(address, super::unmount, move || dispatcher.dispatch(StartAction::Failed));
        } else if saved_answers {
            // If the whole app cannot be loaded, the start page stays, and says so once left.
            platform::handover::hand_over(address, super::unmount, || ());
        }
        move || wanted.set(false)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clinic() -> Embed {
        Embed { host_origin: "https://clinic.example".into(), provider_name: None, provider_url: None }
    }

    #[test]
    fn only_the_start_page_stays_and_anything_more_is_the_whole_apps() {
        for fragment in ["", "#", "#/", "#/?lang=ja", "#/?from=about"] {
            assert_eq!(StartState::start(Route::parse(fragment)).screen(), Screen::Start, "{fragment}");
        }
        for (fragment, screen) in [
            ("#/red-flags", Screen::RedFlags),
            ("#/?lang=en", Screen::Start),
            ("#/?a=3.n~x", Screen::Start),
            ("#/results?a=3.n~x", Screen::Results),
            ("#/history?resume=1", Screen::History),
            ("#/diary", Screen::Diary),
        ] {
            let state = StartState::start(Route::parse(fragment));
            let leaving = state.leaving.as_ref().expect(fragment);
            assert_eq!(leaving.screen, screen, "{fragment}");
            // The whole app opens the same address.
            assert_eq!(Route::parse(&leaving.to_fragment()), Route::parse(fragment), "{fragment}");
        }
    }

    #[test]
    fn a_press_leads_to_the_whole_app_in_the_frame_and_back_cancels() {
        let state = StartState { embed: Some(clinic()), ..StartState::default() };
        assert_eq!(StartState::address(Screen::About, Lang::Ja), "#/about");
        assert_eq!(StartState::address(Screen::Start, Lang::En), "#/?lang=en", "the language switch hands over");
        let english = Rc::new(state.clone()).reduce(StartAction::Go(state.in_frame(Route::parse("#/?lang=en"))));
        assert_eq!((english.screen(), english.leaving.as_ref().map(|r| r.lang)), (Screen::Start, Some(Some(Lang::En))));
        let about = state.in_frame(Route::parse(&StartState::address(Screen::About, Lang::Ja)));
        assert_eq!((about.screen, about.embed.clone()), (Screen::About, Some(clinic())));
        let leaving = Rc::new(state.clone()).reduce(StartAction::Go(about.clone()));
        assert_eq!(leaving.screen(), Screen::About);
        let failed = leaving.clone().reduce(StartAction::Failed);
        assert!(failed.failed);
        let retried = failed.clone().reduce(StartAction::Retry);
        assert_eq!((retried.failed, retried.attempts), (false, 1));
        let pressed_again = failed.reduce(StartAction::Go(about));
        assert_eq!((pressed_again.failed, pressed_again.attempts), (false, 1), "pressing again tries again");
        let back = retried.reduce(StartAction::Go(Route::parse("#/")));
        assert_eq!((back.screen(), back.embed.clone()), (Screen::Start, Some(clinic())));
    }
}
