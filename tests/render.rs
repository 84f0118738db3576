//! Components rendered natively with `yew::ServerRenderer`: what a person sees on each
//! screen, in each language, without a browser.

use futures::executor::block_on;
use hernia_aid::content::Lang;
use hernia_aid::ui::state::{AppState, Part, Parts};
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
    for answers in &all {
        for lang in [Lang::Ja, Lang::En] {
            for screen in Screen::ALL {
                // Every section open and every knowledge-check reply given, so each reply's
                // feedback and the "put them in the link" choice render too.
                let knowledge = [Some(0), Some(1), Some(3), Some(2), Some(0)];
                let state = AppState { lang, screen, answers: answers.clone(), parts_open: Parts::ALL, knowledge, ..AppState::default() };
                let html = render(state);
                assert!(html.contains("screen-heading"), "{screen:?} renders a heading");
                if screen == Screen::Results {
                    assert!(html.contains("urgency-banner") && html.contains("safety-net"), "{html}");
                    assert_eq!(html.matches("knowledge-feedback").count(), 5, "each reply has its feedback");
                    assert!(html.contains("knowledge-in-link"), "the link choice is offered once there are replies");
                    let topics =
                        html.split("topics-heading").nth(1).unwrap_or_default().split("options-heading").next().unwrap_or_default();
                    for word in ["梨状筋", "狭窄", "Piriformis", "stenosis"] {
                        assert!(!topics.contains(word), "the topics name no condition: {word}");
                    }
                }
            }
        }
    }
}

/// In the browser, the Japanese of `content::shown_later` messages arrives after the first
/// screen, and only the results and About wait for it. So no other screen may show one: each
/// screen, for answers of every urgency level, holds none of their texts. (English arrives
/// whole, before the person sees any of it.)
#[test]
fn only_the_results_and_about_show_the_words_that_arrive_later() {
    use hernia_aid::content::{shown_later, ALL_MESSAGES};
    use hernia_aid::core::Answers;
    use hernia_aid::ui::route::Screen;
    let mut all = vec![Answers::default()];
    for level in ["emergency", "same_day", "prompt", "routine", "self_care"] {
        all.push(Answers::from_json(&std::fs::read(format!("docs/examples/{level}.json")).unwrap()).unwrap());
    }
    {
        let lang = Lang::Ja;
        let first: Vec<&str> = ALL_MESSAGES.iter().filter(|m| !shown_later(m.key())).map(|m| m.text(lang)).collect();
        // Each later text's pieces between placeholders, long enough to be its own and used by
        // no first-screen message.
        let pieces: Vec<(&str, &str)> = ALL_MESSAGES
            .iter()
            .filter(|m| shown_later(m.key()))
            .flat_map(|m| m.text(lang).split(['{', '}', '\n']).map(move |piece| (m.key(), piece)))
            .filter(|(_, piece)| piece.chars().count() >= 8 && !piece.contains(['&', '<', '>', '"', '\'']))
            .filter(|(_, piece)| !first.iter().any(|text| text.contains(piece)))
            .collect();
        assert!(pieces.len() > 200, "the check looks at most later messages: {}", pieces.len());
        for answers in &all {
            for screen in Screen::ALL.into_iter().filter(|s| !s.shows_later_text()) {
                let html = render(AppState { lang, screen, answers: answers.clone(), ..AppState::default() });
                for (key, piece) in &pieces {
                    assert!(!html.contains(piece), "{screen:?} in {} shows `{key}`, which arrives later", lang.tag());
                }
            }
        }
    }
}

/// The results open folded: the urgency, the safety net, the situation and the index are there,
/// the sections' bodies are not built until opened; every option is folded alike. Opened, every
/// section is there, each with the way back to the index.
#[test]
fn the_results_open_folded_with_an_index_and_unfold_whole() {
    use hernia_aid::core::Answers;
    use hernia_aid::ui::route::Screen;
    let answers_again = || Answers::from_json(&std::fs::read("docs/examples/routine.json").unwrap()).unwrap();
    let answers = answers_again();
    let folded = render(AppState { screen: Screen::Results, answers: answers.clone(), ..AppState::default() });
    for part in ["urgency-banner", "safety-net", "index-heading", "topics-summary", "options-summary", "keep-heading"] {
        assert!(folded.contains(part), "folded results show {part}");
    }
    for body in ["option-card", "questions-list", "value-block", "to-index"] {
        assert!(!folded.contains(body), "a folded section builds no body: {body}");
    }
    let open = render(AppState { screen: Screen::Results, answers, parts_open: Parts::ALL, ..AppState::default() });
    assert_eq!(open.matches("class=\"option-card").count(), 8, "every option, alike");
    assert!(open.contains("questions-list") && open.contains("to-index"));
    assert!(open.len() > folded.len() * 3, "folding leaves out most of the page");
    // Every folding section opened one by one: the button offers to fold them (Keep never folds).
    let one_by_one = Parts::ALL.with(Part::Keep, false);
    let html = render(AppState { screen: Screen::Results, answers: answers_again(), parts_open: one_by_one, ..AppState::default() });
    assert!(html.contains("すべて閉じる"), "all open means fold all is offered");
}

/// The page as served, before the app runs, has the Japanese title and description the app
/// sets (and sets again in English when the person switches).
#[test]
fn the_served_page_has_the_japanese_title_and_description() {
    use hernia_aid::content::M;
    let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap();
    assert!(page.contains(&format!("<title>{}</title>", M::AppShortTitle.text(Lang::Ja))), "index.html's title");
    assert!(
        page.contains(&format!(r#"<meta name="description" content="{}" />"#, M::AppDescription.text(Lang::Ja))),
        "index.html's description"
    );
}

/// The first module draws the start page itself (ARCHITECTURE.md, "Two modules"), and the whole
/// app takes the page over from it: both draw the same page, byte for byte, alone and in a
/// clinic's frame with its provider, with and without an update waiting. The first module's
/// pages (the start page and the waiting screen of every screen after it) show only the words it
/// compiles in (`content::shown_first`).
#[test]
fn the_first_modules_start_page_is_the_whole_apps_and_shows_only_its_own_words() {
    use hernia_aid::content::{shown_first, ALL_MESSAGES};
    use hernia_aid::ui::route::{Embed, Route, Screen};
    use hernia_aid::ui::start_page::{StartPage, StartPageProps, StartState};
    let render_first = |initial: StartState| {
        block_on(ServerRenderer::<StartPage>::with_props(move || StartPageProps { initial }).hydratable(false).render())
    };
    let clinic = Embed {
        host_origin: "https://clinic.example".into(),
        provider_name: Some("Example Clinic".into()),
        provider_url: Some("https://clinic.example/".into()),
    };
    for embed in [None, Some(clinic)] {
        for update_ready in [false, true] {
            let route = Route { embed: embed.clone(), ..Route::default() };
            let whole = render(AppState { update_ready, ..AppState::from_route(route.clone()) });
            let first = render_first(StartState { update_ready, ..StartState::start(route) });
            assert_eq!(first, whole, "embedded: {}, update waiting: {update_ready}", embed.is_some());
        }
    }
    let lang = Lang::Ja;
    let own: Vec<&str> = ALL_MESSAGES.iter().filter(|m| shown_first(m.key())).map(|m| m.text(lang)).collect();
    let others: Vec<(&str, &str)> = ALL_MESSAGES
        .iter()
        .filter(|m| !shown_first(m.key()))
        .flat_map(|m| m.text(lang).split(['{', '}', '\n']).map(move |piece| (m.key(), piece)))
        .filter(|(_, piece)| piece.chars().count() >= 6 && !piece.contains(['&', '<', '>', '"', '\'']))
        .filter(|(_, piece)| !own.iter().any(|text| text.contains(piece)))
        .collect();
    assert!(others.len() > 500, "the check looks at most messages: {}", others.len());
    for screen in Screen::ALL {
        for failed in [false, true] {
            let mut state = StartState::start(Route { screen, ..Route::default() });
            state.failed = failed;
            assert_eq!(state.screen(), screen);
            let html = render_first(state);
            assert!(html.contains("screen-heading"), "{screen:?} has a heading");
            for (key, piece) in &others {
                assert!(!html.contains(piece), "the first module's {screen:?} shows `{key}`, which it does not compile in");
            }
        }
    }
}
