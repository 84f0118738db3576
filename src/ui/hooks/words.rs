//! The words that arrive after the first screen: a language's file and the reference texts.

use yew::prelude::*;

use crate::content::{self, Lang};
use crate::platform;
use crate::ui::route::Screen;
use crate::ui::screens::waiting::LaterText;

/// Runs `then` once the words `screen` shows in `lang` are ready, reading the language's file
/// first when needed. Japanese needs its file only for the results and About, and is never
/// refused: without the file, those screens say so and offer to try again (`LaterText`).
pub fn when_language_ready(lang: Lang, screen: Screen, then: impl FnOnce(Result<(), String>) + 'static) {
    if content::is_available(lang, screen.shows_later_text()) {
        then(Ok(()));
    } else {
        load_language(lang, move |loaded| then(if lang == Lang::Ja { Ok(()) } else { loaded }));
    }
}

/// Reads and installs a language's file.
pub fn load_language(lang: Lang, then: impl FnOnce(Result<(), String>) + 'static) {
    platform::fetch::text(content::locale_file(lang), move |source| then(source.and_then(|s| content::install(lang, &s))));
}

/// The reference texts, read after the first screen so they cost the first load nothing; the
/// lists that show them carry a short note until then (or if the file cannot be read).
#[hook]
pub fn use_references() -> bool {
    let ready = use_state(|| content::reference_text(1).is_some());
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            if !*ready {
                platform::fetch::text(content::REFERENCES_FILE, move |source| {
                    if source.and_then(|source| content::install_references(&source)).is_ok() {
                        ready.set(true);
                    }
                });
            }
        });
    }
    *ready
}

/// In Japanese, the words only the results and About show arrive after the first screen
/// (`ja.txt`); until they have (or if they cannot be read), those screens say so and wait. Gives
/// where they are and a callback that tries again. Compared before re-rendering: marking
/// "loading" on the first screen changes nothing.
#[hook]
pub fn use_later_text(lang: Lang) -> (LaterText, Callback<()>) {
    let later_text = use_state_eq(|| LaterText::Loading);
    let attempt = use_state(|| 0_u32);
    {
        let later_text = later_text.clone();
        use_effect_with((lang, *attempt), move |(lang, _)| {
            let lang = *lang;
            if !content::is_available(lang, true) {
                later_text.set(LaterText::Loading);
                load_language(lang, move |loaded| later_text.set(if loaded.is_ok() { LaterText::Ready } else { LaterText::Failed }));
            }
        });
    }
    let now = if content::is_available(lang, true) { LaterText::Ready } else { *later_text };
    (now, Callback::from(move |_: ()| attempt.set(*attempt + 1)))
}
