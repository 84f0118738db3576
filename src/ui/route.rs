//! Screens and their URL fragments: each step has its own `#/…`, so the browser's back
//! button works, and a share link carries the answers after `?a=` inside the fragment.

use crate::content::Lang;
use crate::core::Answers;

/// The screens, in the order a person meets them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    #[default]
    Start,
    RedFlags,
    /// Shown after the red-flag step when any emergency sign is answered "yes".
    Emergency,
    History,
    Symptoms,
    Body,
    Accident,
    Values,
    Results,
    About,
}

/// The numbered steps, as the progress indicator counts them.
pub const STEPS: [Screen; 7] =
    [Screen::RedFlags, Screen::History, Screen::Symptoms, Screen::Body, Screen::Accident, Screen::Values, Screen::Results];

const PATHS: [(Screen, &str); 10] = [
    (Screen::Start, ""),
    (Screen::RedFlags, "red-flags"),
    (Screen::Emergency, "emergency"),
    (Screen::History, "history"),
    (Screen::Symptoms, "symptoms"),
    (Screen::Body, "body"),
    (Screen::Accident, "accident"),
    (Screen::Values, "values"),
    (Screen::Results, "results"),
    (Screen::About, "about"),
];

impl Screen {
    pub fn path(self) -> &'static str {
        PATHS.iter().find(|(s, _)| *s == self).map(|(_, p)| *p).expect("every screen has a path")
    }

    /// 1-based step number, for screens that are steps.
    pub fn step(self) -> Option<usize> {
        STEPS.iter().position(|s| *s == self).map(|i| i + 1)
    }

    /// Where "next" leads. After the red flags, any emergency sign goes to the emergency screen.
    pub fn next(self, answers: &Answers) -> Screen {
        use crate::core::answers::Reply;
        match self {
            Screen::Start => Screen::RedFlags,
            Screen::RedFlags if answers.red_flags.cauda_equina().iter().any(|(_, r)| r.is_yes()) => Screen::Emergency,
            Screen::RedFlags | Screen::Emergency => Screen::History,
            Screen::About => Screen::Start,
            step => STEPS.iter().skip_while(|s| **s != step).nth(1).copied().unwrap_or(Screen::Results),
        }
    }

    /// Where "back" leads.
    pub fn previous(self) -> Screen {
        match self {
            Screen::Start | Screen::About | Screen::RedFlags => Screen::Start,
            Screen::Emergency => Screen::RedFlags,
            step => STEPS.iter().take_while(|s| **s != step).last().copied().unwrap_or(Screen::Start),
        }
    }
}

/// What a URL fragment asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Route {
    pub screen: Screen,
    /// Answers in share-link form (`core::share`), when the link carries them.
    pub shared: Option<String>,
    pub lang: Option<Lang>,
}

impl Route {
    /// Reads a fragment such as `#/results?a=…&lang=en`. Anything unknown means the start.
    pub fn parse(fragment: &str) -> Route {
        let fragment = fragment.trim_start_matches('#').trim_start_matches('/');
        let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
        let screen = PATHS.iter().find(|(_, p)| *p == path).map(|(s, _)| *s).unwrap_or_default();
        let mut route = Route { screen, ..Route::default() };
        for pair in query.split('&') {
            match pair.split_once('=') {
                Some(("a", code)) => route.shared = Some(code.to_string()),
                Some(("lang", tag)) => route.lang = Lang::from_tag(tag),
                _ => {}
            }
        }
        route
    }

    /// The fragment for a screen alone: what navigation writes.
    pub fn fragment(screen: Screen) -> String {
        format!("#/{}", screen.path())
    }

    /// The fragment of a share link.
    pub fn share_fragment(screen: Screen, code: &str, lang: Lang) -> String {
        format!("#/{}?a={code}&lang={}", screen.path(), lang.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_screen_round_trips_through_its_fragment() {
        for (screen, _) in PATHS {
            assert_eq!(Route::parse(&Route::fragment(screen)).screen, screen);
        }
        assert_eq!(Route::parse("#/no-such-screen").screen, Screen::Start);
        assert_eq!(Route::parse("").screen, Screen::Start);
    }

    #[test]
    fn share_fragments_carry_answers_and_language() {
        let route = Route::parse(&Route::share_fragment(Screen::Results, "1.y~abc", Lang::En));
        assert_eq!(route, Route { screen: Screen::Results, shared: Some("1.y~abc".into()), lang: Some(Lang::En) });
    }

    #[test]
    fn next_and_back_walk_the_steps() {
        let answers = Answers::default();
        let mut screen = Screen::Start;
        let mut seen = vec![screen];
        while screen != Screen::Results {
            screen = screen.next(&answers);
            seen.push(screen);
        }
        assert_eq!(seen[1..], STEPS);
        for pair in STEPS.windows(2) {
            assert_eq!(pair[1].previous(), pair[0]);
        }
        let mut emergency = Answers::default();
        emergency.red_flags.bowel_control_loss = Some(crate::core::answers::YesNo::Yes);
        assert_eq!(Screen::RedFlags.next(&emergency), Screen::Emergency);
        assert_eq!(Screen::Emergency.next(&emergency), Screen::History);
    }
}
