//! The app's state and every change a person can make to it.
//!
//! Pure: no DOM here, so the reducer is tested natively. Side effects (the `<html lang>`
//! attribute, the URL) follow the state from `app.rs` through the platform layer.

use std::rc::Rc;

use yew::Reducible;

use crate::content::Lang;

/// The screens, in the order a person meets them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    #[default]
    Start,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub screen: Screen,
}

/// What a person can do, named from their side.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    ChooseLanguage(Lang),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::ChooseLanguage(lang) => next.lang = lang,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choosing_a_language_keeps_the_screen() {
        let state = Rc::new(AppState::default());
        let next = state.reduce(Action::ChooseLanguage(Lang::En));
        assert_eq!(next.lang, Lang::En);
        assert_eq!(next.screen, Screen::Start);
    }
}
