use yew::prelude::*;

#[cfg(not(feature = "full"))]
use super::hooks::use_handover;
use super::hooks::{
    use_address, use_browser_events, use_document_language, use_embed_height, use_heading_focus, use_remembered_answers,
    when_language_ready,
};
#[cfg(feature = "full")]
use super::hooks::{use_kept_diary, use_later_text, use_references};
use super::route::Screen;
#[cfg(feature = "full")]
use super::screens::about::about_screen;
#[cfg(feature = "full")]
use super::screens::diary::DiaryScreen;
use super::screens::questions::{questions, QuestionsProps};
#[cfg(feature = "full")]
use super::screens::results::{urgency_with_reasons, Findings, ResultsScreen};
use super::screens::start::start_screen;
use super::screens::step::{step, StepProps};
use super::screens::waiting::{waiting_screen, LaterText};
use super::screens::warning::warning_screen;
use super::state::{Action, AppState, Notice};
use super::widgets::banner::urgency_banner;
use super::widgets::header::header;
use super::widgets::notice::{link_choice, link_opened, notice_box, NoticeChoice};
use crate::content::explain::message_sources;
use crate::content::{Lang, M};
use crate::core::assessment::UrgencyLevel;
use crate::core::triage::{Section, RED_FLAG_RULES};
use crate::platform;
use crate::platform::storage::Shelf;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The state to start from: from the URL in the browser, chosen ones in native tests.
    #[prop_or_default]
    pub initial: AppState,
    /// Today's date for the printed summary, read once by the caller.
    #[prop_or_default]
    pub today: AttrValue,
}

/// The title and intro of each question step.
fn step_text(screen: Screen) -> Option<(M, M)> {
    Some(match screen {
        Screen::RedFlags => (M::StepRedFlagsTitle, M::StepRedFlagsIntro),
        Screen::History => (M::StepHistoryTitle, M::StepHistoryIntro),
        Screen::Symptoms => (M::StepSymptomsTitle, M::StepSymptomsIntro),
        Screen::Body => (M::StepBodyTitle, M::StepBodyIntro),
        Screen::Accident => (M::StepAccidentTitle, M::StepAccidentIntro),
        Screen::Values => (M::StepValuesTitle, M::StepValuesIntro),
        _ => return None,
    })
}

/// The references cited on a step: its intro's and its warning signs' explanations.
fn step_sources(screen: Screen, intro: M) -> Vec<usize> {
    let section = match screen {
        Screen::RedFlags => Some(Section::RedFlags),
        Screen::History => Some(Section::History),
        _ => None,
    };
    let asked = RED_FLAG_RULES.iter().filter(|rule| Some(rule.section) == section);
    let hints = asked.filter_map(|rule| M::from_key(&format!("hint.{}", rule.id.as_str())));
    super::widgets::sources::distinct_sorted(message_sources(intro).into_iter().chain(hints.flat_map(message_sources)))
}

/// A callback that dispatches the action made from its value.
fn dispatch_with<T: 'static>(state: &UseReducerHandle<AppState>, action: fn(T) -> Action) -> Callback<T> {
    let dispatcher = state.dispatcher();
    Callback::from(move |value: T| dispatcher.dispatch(action(value)))
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || initial);
    let lang = state.lang;
    let screen = state.screen;

    use_document_language(lang);
    use_address(screen, state.links_followed);
    use_heading_focus(screen);
    #[cfg(feature = "full")]
    let references_ready = use_references();
    #[cfg(feature = "full")]
    let (later_text, on_later_retry) = use_later_text(lang);
    #[cfg(feature = "full")]
    let diary = use_kept_diary(&props.today);
    // The first module has no later screens: they wait until the whole app takes over.
    #[cfg(not(feature = "full"))]
    let (later_text, on_later_retry) = use_handover(&state);
    use_remembered_answers(&state);
    use_embed_height(state.embed.as_ref().map(|e| e.host_origin.clone()));
    use_browser_events(&state);

    let go = |to: Screen| {
        let state = state.clone();
        Callback::from(move |_: ()| {
            #[cfg(not(feature = "full"))]
            if super::hooks::hand_over_at_once(&state, to) {
                return;
            }
            state.dispatch(Action::Go(to))
        })
    };
    let on_language = {
        let dispatcher = state.dispatcher();
        Callback::from(move |lang: Lang| {
            let dispatcher = dispatcher.clone();
            when_language_ready(lang, screen, move |ready| match ready {
                Ok(()) => dispatcher.dispatch(Action::ChooseLanguage(lang)),
                Err(_) => dispatcher.dispatch(Action::Notify(Notice::LanguageUnavailable)),
            });
        })
    };
    let on_edit = dispatch_with(&state, Action::Edit);
    let answers = &state.answers;
    // One assessment per change of the answers, shared by the banner and the results: a render
    // for anything else (a notice, the update bar, a folded section) reuses it, so the results'
    // props stay equal and they are not built again.
    #[cfg(feature = "full")]
    let assessment = Findings(use_memo(answers.clone(), crate::core::assess));
    #[cfg(feature = "full")]
    let urgency = &assessment.0.urgency;
    // The first module needs only the urgency, not the rest of the engine.
    #[cfg(not(feature = "full"))]
    let urgency_alone = use_memo(answers.clone(), crate::core::triage::urgency);
    #[cfg(not(feature = "full"))]
    let urgency = &*urgency_alone;

    let body = match screen {
        screen if screen.shows_later_text() && (cfg!(not(feature = "full")) || later_text != LaterText::Ready) => {
            waiting_screen(lang, screen, later_text == LaterText::Failed, &on_later_retry)
        }
        Screen::Start => start_screen(lang),
        Screen::Emergency | Screen::SameDay => {
            let level = if screen == Screen::Emergency { UrgencyLevel::Emergency } else { UrgencyLevel::SameDay };
            warning_screen(lang, level, answers, urgency, &go(screen.next(answers)))
        }
        #[cfg(feature = "full")]
        Screen::Results => {
            let on_show_option = dispatch_with(&state, Action::ShowOption);
            let on_start_over = {
                let state = state.clone();
                Callback::from(move |_| {
                    // Starting over clears remembered answers too; answers this version could
                    // not read are not the person's current ones and stay.
                    if state.remember {
                        platform::storage::clear(Shelf::Answers);
                    }
                    state.dispatch(Action::StartOver)
                })
            };
            let on_remember = {
                let state = state.clone();
                Callback::from(move |on: bool| {
                    if !on {
                        platform::storage::clear(Shelf::Answers);
                    }
                    state.dispatch(Action::Remember(on))
                })
            };
            html! {
                <ResultsScreen {lang} answers={answers.clone()} assessment={assessment.clone()} option_shown={state.option_shown} today={props.today.clone()}
                    on_edit={on_edit.clone()} {on_show_option} {on_start_over} remember={state.remember} {on_remember}
                    device={state.device} references_ready={references_ready}
                    parts_open={state.parts_open} part_chosen={state.part_chosen}
                    on_toggle_part={dispatch_with(&state, Action::TogglePart)}
                    on_choose_part={dispatch_with(&state, Action::ChoosePart)}
                    on_open_all={dispatch_with(&state, Action::OpenAllParts)}
                    knowledge={state.knowledge} on_knowledge={dispatch_with(&state, |(n, reply): (usize, u8)| Action::AnswerKnowledge(n, reply))}
                    knowledge_in_link={state.knowledge_in_link} on_knowledge_in_link={dispatch_with(&state, Action::KnowledgeInLink)}
                    diary={printed_diary(&diary)} />
            }
        }
        #[cfg(feature = "full")]
        Screen::Diary => html! {
            <DiaryScreen {lang} diary={diary.clone()} today={props.today.clone()} answers={answers.clone()} on_back={go(state.previous)} />
        },
        #[cfg(feature = "full")]
        Screen::About => {
            let back = state.previous;
            about_screen(lang, &go(back))
        }
        step_screen => {
            let (title, intro) = step_text(step_screen).expect("every other screen is a question step");
            let sources = step_sources(step_screen, intro);
            step(&StepProps {
                lang,
                screen: step_screen,
                title,
                intro: Some(intro),
                sources,
                on_back: go(step_screen.previous(answers)),
                on_next: go(step_screen.next(answers)),
                children: questions(&QuestionsProps { lang, screen: step_screen, answers, on_edit: on_edit.clone() }),
            })
        }
    };
    // The results show the same box for every level, with its reasons.
    let shows_banner =
        !matches!(screen, Screen::Start | Screen::RedFlags | Screen::Emergency | Screen::SameDay | Screen::Results) && !screen.is_aside();
    let on_notice = {
        let state = state.clone();
        Callback::from(move |choice: NoticeChoice| match choice {
            NoticeChoice::Dismiss => state.dispatch(Action::DismissNotice),
            NoticeChoice::DeleteSaved => {
                platform::storage::clear(Shelf::Answers);
                state.dispatch(Action::SavedDeleted)
            }
        })
    };
    let on_undo_choice = {
        let state = state.clone();
        Callback::from(move |undo: bool| state.dispatch(if undo { Action::Undo } else { Action::KeepLink }))
    };
    let on_link_choice = {
        let state = state.clone();
        Callback::from(move |open: bool| state.dispatch(if open { Action::OpenLink } else { Action::KeepMine }))
    };

    let provider = state.embed.as_ref().and_then(|e| e.provider_name.clone().map(|name| (name, e.provider_url.clone())));
    html! {
        <div class={classes!("app", state.embed.is_some().then_some("embedded"))}>
            { header(lang, &on_language) }
            if state.update_ready {
                <div class="update-prompt" role="status">
                    <p>{ M::UpdateReady.text(lang) }</p>
                    <button type="button" class="secondary" id="update-reload" onclick={Callback::from(|_: MouseEvent| platform::pwa::apply_update())}>
                        { M::UpdateReload.text(lang) }
                    </button>
                </div>
            }
            <div class={classes!("main", (screen == Screen::Results).then_some("wide"))}>
                // A live region that exists before it fills, so the urgency is announced.
                <div class="live-region" aria-live={if urgency.level <= UrgencyLevel::SameDay { "assertive" } else { "polite" }}>
                    if shows_banner {
                        { urgency_banner(lang, urgency) }
                    }
                    if screen == Screen::Results {
                        { results_urgency(lang, answers, urgency) }
                    }
                </div>
                if let Some(notice) = &state.notice {
                    { notice_box(lang, notice, &on_notice) }
                }
                if state.before_link.is_some() {
                    { link_opened(lang, &on_undo_choice) }
                }
                if state.pending_link.is_some() {
                    { link_choice(lang, &on_link_choice) }
                }
                <main id="main" lang={lang.tag()}>{ body }</main>
                // The provider appears only here, in its own labelled box, never beside the evidence.
                if let Some((name, url)) = provider {
                    <aside class="provider" aria-labelledby="provider-heading">
                        <h2 id="provider-heading">{ M::ProviderHeading.text(lang) }</h2>
                        <p class="provider-name">{ name }</p>
                        if let Some(url) = url {
                            <p><a href={url.clone()} target="_blank" rel="noopener noreferrer">{ url }</a></p>
                        }
                        <p class="hint">{ M::ProviderNote.text(lang) }</p>
                    </aside>
                }
                <footer class="app-footer">
                    <p>{ M::FooterNote.text(lang) }</p>
                    if screen != Screen::Diary {
                        <button type="button" class="link-button" id="footer-diary" onclick={go(Screen::Diary).reform(|_: MouseEvent| ())}>
                            { M::FooterDiary.text(lang) }
                        </button>
                    }
                    if screen != Screen::About {
                        <button type="button" class="link-button" id="footer-about" onclick={go(Screen::About).reform(|_: MouseEvent| ())}>
                            { M::FooterAbout.text(lang) }
                        </button>
                    }
                </footer>
            </div>
        </div>
    }
}

/// The results' urgency box, with its reasons; the first module shows the plain banner while it
/// hands over.
#[cfg(feature = "full")]
fn results_urgency(lang: Lang, answers: &crate::core::Answers, urgency: &crate::core::assessment::Urgency) -> Html {
    urgency_with_reasons(lang, answers, urgency)
}

#[cfg(not(feature = "full"))]
fn results_urgency(lang: Lang, _: &crate::core::Answers, urgency: &crate::core::assessment::Urgency) -> Html {
    urgency_banner(lang, urgency)
}

/// The diary for the printed summary: only while it is on.
#[cfg(feature = "full")]
fn printed_diary(diary: &super::diary_state::DiaryState) -> super::widgets::summary::PrintedDiary {
    match diary.keeping {
        super::diary_state::Keeping::On => super::widgets::summary::PrintedDiary { diary: diary.diary.clone(), start: diary.start },
        _ => Default::default(),
    }
}
