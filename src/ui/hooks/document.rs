//! The document follows the state: its language, title and description; the address; the focus;
//! the frame's height on a clinic's page.

use yew::prelude::*;

#[cfg(feature = "full")]
use crate::content::{Lang, M};
use crate::platform;
#[cfg(feature = "full")]
use crate::ui::route::Route;
use crate::ui::route::Screen;

/// In a clinic's page, keeps the frame as tall as the app; tells only the host that embedded it.
#[hook]
pub fn use_embed_height(host: Option<String>) {
    use_effect_with(host, |host| {
        let reporter = host.clone().and_then(platform::embed::HeightReporter::new);
        move || drop(reporter)
    });
}

#[cfg(feature = "full")]
/// `<html lang>`, the tab title and the page description in the shown language.
#[hook]
pub fn use_document_language(lang: Lang) {
    use_effect_with(lang, |lang| {
        platform::document::show_language(lang.tag(), M::AppShortTitle.text(*lang), M::AppDescription.text(*lang))
    });
}

#[cfg(feature = "full")]
/// The address shows the screen alone: a link's answers leave it once read (or refused), counted
/// by `links_followed` so that happens even when the screen stays the same.
#[hook]
pub fn use_address(screen: Screen, links_followed: u32) {
    use_effect_with((screen, links_followed), |(screen, _)| platform::location::go_to(&Route::fragment(*screen)));
}

/// Focus follows the person to each step's heading; a first visit to the start screen simply
/// begins at the top of the page. Marks the app ready once it has rendered.
#[hook]
pub fn use_heading_focus(screen: Screen) {
    let arrived = use_mut_ref(|| false);
    use_effect_with(screen, move |screen| {
        let returning = std::mem::replace(&mut *arrived.borrow_mut(), true);
        if returning || *screen != Screen::Start {
            platform::document::focus("screen-heading");
        }
    });
    use_effect_with((), |_| platform::document::mark_ready());
}
