//! Components rendered natively with `yew::ServerRenderer`: what a person sees on each
//! screen, in each language, without a browser.

use futures::executor::block_on;
use hernia_aid::content::Lang;
use hernia_aid::ui::state::AppState;
use hernia_aid::ui::{App, AppProps};
use yew::ServerRenderer;

fn render(state: AppState) -> String {
    block_on(ServerRenderer::<App>::with_props(move || AppProps { initial: state, today: "2026-11-25".into() }).hydratable(false).render())
}

#[test]
fn start_screen_speaks_japanese_by_default() {
    let html = render(AppState::default());
    assert!(html.contains("治療を選ぶ前に"), "{html}");
    assert!(html.contains(r#"lang="ja""#), "{html}");
    assert!(html.contains("English"), "the switch offers English: {html}");
}

#[test]
fn start_screen_in_english_has_no_japanese_body_text() {
    let html = render(AppState { lang: Lang::En, ..AppState::default() });
    assert!(html.contains("Sort out your thoughts"), "{html}");
    assert!(!html.contains("治療"), "{html}");
    assert!(html.contains("日本語"), "the switch offers Japanese: {html}");
}
