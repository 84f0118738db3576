use yew::prelude::*;

use super::hooks::{
    use_address, use_browser_events, use_document_language, use_embed_height, use_heading_focus, use_kept_diary, use_later_text,
    use_references, use_remembered_answers, when_language_ready,
};
use super::route::Screen;
use super::screens::about::about_screen;
use super::screens::diary::DiaryScreen;
use super::screens::questions::{questions, QuestionsProps};
use super::screens::results::{urgency_with_reasons, Findings, ResultsScreen};
use super::screens::start::start_screen;
use super::screens::step::{step, StepProps};
use super::screens::waiting::{waiting_screen, LaterText};
use super::screens::warning::warning_screen;
use super::state::{Action, AppState, Notice};
use super::widgets::banner::urgency_banner;
use super::widgets::frame::{page, Page};
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
    let references_ready = use_references();
    let (later_text, on_later_retry) = use_later_text(lang);
    let diary = use_kept_diary(&props.today);
    // The results' code compiled before anyone needs it.
    use_effect_with(later_text == LaterText::Ready, |ready| {
        if *ready {
            super::rehearse_when_idle();
        }
    });
    use_remembered_answers(&state);
    use_embed_height(state.embed.as_ref().map(|e| e.host_origin.clone()));
    use_browser_events(&state);

    let on_go = dispatch_with(&state, Action::Go);
    let go = |to: Screen| on_go.reform(move |_: ()| to);
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
    let assessment = Findings(use_memo(answers.clone(), crate::core::assess));
    let urgency = &assessment.0.urgency;

    let body = match screen {
        screen if screen.shows_later_text() && later_text != LaterText::Ready => {
            waiting_screen(lang, screen, later_text == LaterText::Failed, &on_later_retry)
        }
        Screen::Start => start_screen(lang),
        Screen::Emergency | Screen::SameDay => {
            let level = if screen == Screen::Emergency { UrgencyLevel::Emergency } else { UrgencyLevel::SameDay };
            warning_screen(lang, level, answers, urgency, &go(screen.next(answers)))
        }
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
        Screen::Diary => html! {
            <DiaryScreen {lang} diary={diary.clone()} today={props.today.clone()} answers={answers.clone()} on_back={go(state.previous)} />
        },
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

    let live = html! {
        // A live region that exists before it fills, so the urgency is announced.
        <div class="live-region" aria-live={if urgency.level <= UrgencyLevel::SameDay { "assertive" } else { "polite" }}>
            if shows_banner {
                { urgency_banner(lang, urgency) }
            }
            if screen == Screen::Results {
                { urgency_with_reasons(lang, answers, urgency) }
            }
        </div>
    };
    let notices = html! {
        <>
            if let Some(notice) = &state.notice {
                { notice_box(lang, notice, &on_notice) }
            }
            if state.before_link.is_some() {
                { link_opened(lang, &on_undo_choice) }
            }
            if state.pending_link.is_some() {
                { link_choice(lang, &on_link_choice) }
            }
        </>
    };
    page(Page {
        lang,
        screen,
        embed: state.embed.as_ref(),
        update_ready: state.update_ready,
        on_language: &on_language,
        on_go: &on_go,
        live,
        notices,
        body,
    })
}

/// The diary for the printed summary: only while it is on.
fn printed_diary(diary: &super::diary_state::DiaryState) -> super::widgets::summary::PrintedDiary {
    match diary.keeping {
        super::diary_state::Keeping::On => super::widgets::summary::PrintedDiary { diary: diary.diary.clone(), start: diary.start },
        _ => Default::default(),
    }
}
