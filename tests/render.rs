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

/// Every screen, in both languages, for answers that raise every topic and pattern, and for
/// the example of each urgency level: no panic, and the results carry the urgency box, the
/// safety net and no condition named in the topics.
#[test]
fn every_screen_renders_for_every_urgency_level_in_both_languages() {
    use hernia_aid::core::Answers;
    use hernia_aid::ui::route::Screen;
    let mut all = vec![];
    for level in ["emergency", "same_day", "prompt", "routine", "self_care"] {
        let json = std::fs::read(format!("docs/examples/{level}.json")).unwrap();
        all.push(Answers::from_json(&json).unwrap());
    }
    let patterns = br#"{"history": {"surgery": "laser", "since_surgery": {"months": 5}, "relief_then_return": "no"},
        "symptoms": {"areas": ["buttock", "one_leg"], "kinds": ["pain"], "pain": 4,
        "worse_with": ["sitting_long", "walking_eased_by_sitting", "bending_backward"]}}"#;
    all.push(Answers::from_json(patterns).unwrap());
    let screens = [Screen::Start, Screen::RedFlags, Screen::Emergency, Screen::SameDay, Screen::History, Screen::Symptoms,
        Screen::Body, Screen::Accident, Screen::Values, Screen::Results, Screen::About];
    for answers in &all {
        for lang in [Lang::Ja, Lang::En] {
            for screen in screens {
                let html = render(AppState { lang, screen, answers: answers.clone(), ..AppState::default() });
                assert!(html.contains("screen-heading"), "{screen:?} renders a heading");
                if screen == Screen::Results {
                    assert!(html.contains("urgency-banner") && html.contains("safety-net"), "{html}");
                    let topics = html.split("topics-heading").nth(1).unwrap_or_default().split("options-heading").next().unwrap_or_default();
                    for word in ["梨状筋", "狭窄", "Piriformis", "stenosis"] {
                        assert!(!topics.contains(word), "the topics name no condition: {word}");
                    }
                }
            }
        }
    }
}
