//! Hard terms: the glossary's words with their readings (ruby), and each term's first use on a
//! screen marked with its reading and a popover that holds its meaning.

use yew::prelude::*;

use super::sources::sources;
use crate::content::explain::{id_text, message_sources};
use crate::content::{Lang, GLOSSARY, M};

/// A hard term: in Japanese with its reading above it (ruby), in English with the Japanese
/// term beside it, so a person can say it to a Japanese doctor.
pub fn term(id: &str, lang: Lang) -> Html {
    let (text, reading) = (id_text("glossary", id, Some("term"), lang), id_text("glossary", id, Some("reading"), lang));
    match lang {
        Lang::Ja => html! { <ruby>{ text }<rp>{ "(" }</rp><rt>{ reading }</rt><rp>{ ")" }</rp></ruby> },
        Lang::En => html! { <>{ text }<span class="term-ja" lang="ja">{ format!(" ({reading})") }</span></> },
    }
}

std::thread_local! {
    /// The glossary terms already explained on the screen being built, and a count that keeps
    /// each explanation's element id unique.
    static EXPLAINED: std::cell::RefCell<(Vec<&'static str>, u32)> = const { std::cell::RefCell::new((Vec::new(), 0)) };
}

/// Starts a screen: each glossary term is explained again at its first use on it.
pub fn new_screen() {
    let _ = EXPLAINED.try_with(|e| e.borrow_mut().0.clear());
}

/// Builds a part that a phone shows on its own (an option card, one at a time): its terms are
/// explained at their first use in it, whatever the rest of the screen explained.
pub fn own_glossary_scope(build: impl FnOnce() -> Html) -> Html {
    let outer = EXPLAINED.try_with(|e| std::mem::take(&mut e.borrow_mut().0)).unwrap_or_default();
    let built = build();
    let _ = EXPLAINED.try_with(|e| e.borrow_mut().0 = outer);
    built
}

/// Puts a term's meaning just below the term when it opens.
fn place_below(target: &str) -> Callback<MouseEvent> {
    let target = target.to_string();
    Callback::from(move |e: MouseEvent| crate::platform::document::place_below(&e, &target))
}

/// A message's text with the first use on this screen of each glossary term explained: in
/// Japanese its reading above it (ruby), and a tap on it opens the glossary's meaning (a native
/// popover: no script, closes with Esc or a tap outside).
pub fn glossed(text: &str, lang: Lang) -> Html {
    let mut pieces: Vec<Html> = Vec::new();
    let mut rest = text;
    loop {
        // English terms start with a capital letter the running text may not have.
        let lower = rest.to_ascii_lowercase();
        let next = EXPLAINED.try_with(|e| {
            let explained = &e.borrow().0;
            GLOSSARY
                .iter()
                .filter(|id| !explained.contains(id))
                .filter_map(|id| {
                    let term = id_text("glossary", id, Some("term"), lang);
                    lower.find(&term.to_ascii_lowercase()).map(|at| (at, *id, term.len()))
                })
                .min_by_key(|(at, _, _)| *at)
        });
        // (`try_with`, not `with`: no panic path, so no error formatting in the browser build.)
        let Some((at, id, length)) = next.ok().flatten() else {
            pieces.push(html! { { rest.to_string() } });
            break;
        };
        let number = EXPLAINED
            .try_with(|e| {
                let mut e = e.borrow_mut();
                e.0.push(id);
                e.1 = e.1.wrapping_add(1);
                e.1
            })
            .unwrap_or_default();
        let (before, used, after) = (&rest[..at], &rest[at..at + length], &rest[at + length..]);
        let reading = id_text("glossary", id, Some("reading"), lang);
        let meaning = crate::content::explain::message(&format!("glossary.{id}.meaning"));
        let target = format!("term-{number}");
        pieces.push(html! {
            <>
                { before.to_string() }
                <button type="button" class="term" popovertarget={target.clone()} onclick={place_below(&target)}>
                    // In English, the Japanese term is the reading, as in the glossary.
                    <ruby>{ used.to_string() }<rt lang="ja">{ reading }</rt></ruby>
                </button>
                <span id={target.clone()} popover="auto" class="term-meaning">
                    <strong>{ id_text("glossary", id, Some("term"), lang) }<span class="reading">{ reading }</span></strong>
                    { meaning.text(lang) }{ sources(&message_sources(meaning)) }
                    <button type="button" class="secondary" popovertarget={target} popovertargetaction="hide">{ M::NoticeDismiss.text(lang) }</button>
                </span>
            </>
        });
        rest = after;
    }
    pieces.into_iter().collect::<Html>()
}
