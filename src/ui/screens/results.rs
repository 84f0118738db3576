//! The results: the person's situation, topics to discuss, every option, what matters to
//! them, self-care, the accident grades, questions, the SURE check, their leaning, and ways
//! to keep it.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::explain::{answer_line, id_text, message_sources, outcome_sentence, GRADE_NOTES};
use crate::content::knowledge::{Replies, KNOWLEDGE_CHECK};
use crate::content::{Lang, M};
use crate::core::assessment::{Assessment, Requirement};
use crate::core::edit::Edit;
use crate::core::ids::{AnswerId, Leaning, OptionId};
use crate::core::registry::Step;
use crate::core::Answers;
use crate::platform;
use crate::ui::state::{Device, Part, Parts};
use crate::ui::widgets::banner::urgency_box;
use crate::ui::widgets::fields::{choice, yes_no_field, ChoiceProps};
use crate::ui::widgets::glossary::{glossed, new_screen, term};
use crate::ui::widgets::icon_array::icon_array;
use crate::ui::widgets::keep::Keep;
use crate::ui::widgets::options::{option_comparison, status_note, who};
use crate::ui::widgets::safety::safety_net;
use crate::ui::widgets::sources::{all_references, numbers, reference_list, sources};
use crate::ui::widgets::summary::{question_list, summary, PrintedDiary};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub lang: Lang,
    pub answers: Answers,
    /// The engine's findings for these answers, computed once by the app.
    pub assessment: Findings,
    pub option_shown: OptionId,
    pub today: AttrValue,
    pub on_edit: Callback<Edit>,
    pub on_show_option: Callback<OptionId>,
    pub on_start_over: Callback<()>,
    pub remember: bool,
    pub on_remember: Callback<bool>,
    /// Whether this device can keep answers, and whether it holds some this version cannot read.
    #[prop_or_default]
    pub device: Device,
    /// Whether the reference texts have arrived: the lists re-render when they do.
    #[prop_or_default]
    pub references_ready: bool,
    /// The sections the person has opened, and the one last chosen from the index.
    #[prop_or_default]
    pub parts_open: Parts,
    #[prop_or_default]
    pub part_chosen: Option<(Part, u32)>,
    /// Opens or folds one section (its heading was tapped).
    #[prop_or_default]
    pub on_toggle_part: Callback<Part>,
    /// A section chosen from the index: it opens and takes the focus.
    #[prop_or_default]
    pub on_choose_part: Callback<Part>,
    #[prop_or_default]
    pub on_open_all: Callback<bool>,
    /// The knowledge check's replies, and where a reply goes.
    #[prop_or_default]
    pub knowledge: Replies,
    #[prop_or_default]
    pub on_knowledge: Callback<(usize, u8)>,
    #[prop_or_default]
    pub knowledge_in_link: bool,
    #[prop_or_default]
    pub on_knowledge_in_link: Callback<bool>,
    /// The symptom diary, printed with the summary while it is on.
    #[prop_or_default]
    pub diary: PrintedDiary,
}

/// The title of each section, as its heading and in the index.
fn part_title(part: Part) -> M {
    match part {
        Part::Learn => M::LearnHeading,
        Part::Topics => M::ResultsTopics,
        Part::Options => M::ResultsOptions,
        Part::Values => M::ResultsValues,
        Part::SelfCare => M::ResultsSelfCare,
        Part::Accident => M::ResultsAccident,
        Part::Questions => M::ResultsQuestions,
        Part::Knowledge => M::ResultsKnowledge,
        Part::Readiness => M::ResultsSure,
        Part::Leaning => M::ResultsLeaning,
        Part::Keep => M::ResultsKeep,
        Part::References => M::ResultsReferences,
    }
}

/// A section of the results that folds: its heading is the summary to tap, and its body is built
/// only while it is open (`body` is `None` when folded), so a phone's page stays a few screens long and the results appear in
/// fewer milliseconds. The print summary, built apart, is always complete.
fn fold(part: Part, props: &ResultsProps, body: Option<Html>) -> Html {
    let (id, lang, open) = (part.id(), props.lang, body.is_some());
    let on_toggle = props.on_toggle_part.reform(move |event: MouseEvent| {
        // The state decides whether it is open, so the browser's own toggle is held back.
        event.prevent_default();
        part
    });
    html! {
        <section class={classes!("results-section", if part == Part::Options { "options-section" } else { id })} aria-labelledby={format!("{id}-heading")}>
            <details class="fold" open={open}>
                <summary id={format!("{id}-summary")} onclick={on_toggle} aria-expanded={open.to_string()}>
                    <h2 id={format!("{id}-heading")}>{ part_title(part).text(lang) }</h2>
                </summary>
                if let Some(body) = body {
                    { body }
                    { to_index(lang) }
                }
            </details>
        </section>
    }
}

/// "Back to the contents": moves the focus (and the view) to the index.
fn to_index(lang: Lang) -> Html {
    html! {
        <button type="button" class="link-button to-index" onclick={Callback::from(|_: MouseEvent| platform::document::focus("index-heading"))}>
            { M::ResultsToIndex.text(lang) }
        </button>
    }
}

/// The contents of the results: each section one tap away, with how many items it holds where
/// that says something at a glance, and a button that opens or folds them all.
fn index(props: &ResultsProps, parts: &[Part]) -> Html {
    let (lang, assessment) = (props.lang, &*props.assessment.0);
    let count = |part: Part| match part {
        Part::Topics => Some(assessment.topics.len()),
        Part::Options => Some(assessment.options.len()),
        Part::Values => Some(assessment.values.len()),
        Part::SelfCare => Some(assessment.self_care.len()),
        Part::Questions => Some(assessment.questions.len()),
        _ => None,
    };
    let all_open = parts.iter().filter(|p| p.folds()).all(|p| props.parts_open.has(*p));
    html! {
        <nav class="results-index" aria-labelledby="index-heading">
            <h2 id="index-heading" tabindex="-1">{ M::ResultsIndex.text(lang) }</h2>
            <ol>
                { for parts.iter().map(|part| {
                    let part = *part;
                    html! {
                        <li>
                            <button type="button" class="link-button" onclick={props.on_choose_part.reform(move |_: MouseEvent| part)}>
                                { part_title(part).text(lang) }
                                // A count of none reads as a broken section: it says so inside instead.
                                if let Some(n) = count(part).filter(|n| *n > 0) {
                                    <span class="count">{ format!(" ({n})") }</span>
                                }
                            </button>
                        </li>
                    }
                }) }
            </ol>
            <button type="button" class="secondary" id="open-all" onclick={props.on_open_all.reform(move |_: MouseEvent| !all_open)}>
                { if all_open { M::ResultsFoldAll.text(lang) } else { M::ResultsOpenAll.text(lang) } }
            </button>
        </nav>
    }
}

fn because(answers: &Answers, ids: &[AnswerId], lang: Lang) -> Html {
    if ids.is_empty() {
        return html! {};
    }
    html! {
        <div class="because">
            <span class="because-label">{ M::ResultsBecause.text(lang) }</span>
            <ul>{ for ids.iter().map(|id| html! { <li>{ answer_line(answers, *id, lang) }</li> }) }</ul>
        </div>
    }
}

/// An assessment shared between components. Compared by identity: the app makes a new one
/// whenever the answers change, and a deep comparison would only cost time and wasm size.
#[derive(Clone, Debug)]
pub struct Findings(pub Rc<Assessment>);

impl PartialEq for Findings {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[function_component(ResultsScreen)]
pub fn results_screen(props: &ResultsProps) -> Html {
    new_screen();
    let lang = props.lang;
    let answers = &props.answers;
    let assessment = &*props.assessment.0;
    // The first frame shows what the eye lands on; the reference list and the print-only
    // summary follow a frame later, so the results appear sooner after the last answer.
    let complete = use_state(|| false);
    {
        let complete = complete.clone();
        use_effect_with((), move |_| complete.set(true));
    }
    // A section chosen from the index takes the focus once it is open.
    use_effect_with(props.part_chosen, |chosen| {
        if let Some((part, _)) = chosen {
            // A folding section's summary is the control to land on; Keep has only its heading.
            platform::document::focus(&format!("{}-{}", part.id(), if part.folds() { "summary" } else { "heading" }));
        }
    });
    let open = |part: Part| props.parts_open.has(part);
    let parts: Vec<Part> = Part::ALL.into_iter().filter(|p| *p != Part::Accident || assessment.disability_grade.is_some()).collect();
    html! {
        <div class="results">
            <section class="screen results-head" aria-labelledby="screen-heading">
                <h1 id="screen-heading" tabindex="-1">{ M::StepResultsTitle.text(lang) }</h1>
                { safety_net(lang) }
                { situation(assessment, answers, lang) }
                { index(props, &parts) }
            </section>
            { fold(Part::Learn, props, open(Part::Learn).then(|| learn(assessment, lang))) }
            { fold(Part::Topics, props, open(Part::Topics).then(|| topics(assessment, answers, lang))) }
            { fold(Part::Options, props, open(Part::Options).then(|| option_comparison(lang, &assessment.options, props.option_shown, &props.on_show_option))) }
            { fold(Part::Values, props, open(Part::Values).then(|| values(assessment, lang))) }
            { fold(Part::SelfCare, props, open(Part::SelfCare).then(|| self_care(assessment, answers, lang))) }
            if assessment.disability_grade.is_some() {
                { fold(Part::Accident, props, open(Part::Accident).then(|| accident(assessment, answers, lang))) }
            }
            { fold(Part::Questions, props, open(Part::Questions).then(|| question_list(assessment, lang))) }
            { fold(Part::Knowledge, props, open(Part::Knowledge).then(|| knowledge_check(lang, &props.knowledge, &props.on_knowledge))) }
            { fold(Part::Readiness, props, open(Part::Readiness).then(|| readiness(assessment, answers, lang, &props.on_edit))) }
            { fold(Part::Leaning, props, open(Part::Leaning).then(|| leaning(answers, lang, &props.on_edit))) }
            // Never folded: keeping the results (print, link, remember, start over) is the way out.
            <section class="results-section keep" aria-labelledby="keep-heading">
                <h2 id="keep-heading" tabindex="-1">{ M::ResultsKeep.text(lang) }</h2>
                <Keep {lang} answers={answers.clone()} on_start_over={props.on_start_over.clone()}
                    remember={props.remember} on_remember={props.on_remember.clone()} device={props.device}
                    knowledge={props.knowledge} knowledge_in_link={props.knowledge_in_link} on_knowledge_in_link={props.on_knowledge_in_link.clone()} />
            </section>
            if *complete {
                { fold(Part::References, props, open(Part::References).then(|| reference_list(lang, &all_references(), ""))) }
                { summary(lang, answers, assessment, &props.knowledge, &props.today, &props.diary) }
            }
        </div>
    }
}

/// The urgency on the results, for every level, with the answers behind it: the same box as the
/// banner on the steps, in the same place.
pub fn urgency_with_reasons(lang: Lang, answers: &Answers, urgency: &crate::core::assessment::Urgency) -> Html {
    urgency_box(lang, urgency, because(answers, &urgency.because, lang))
}

fn situation(assessment: &Assessment, answers: &Answers, lang: Lang) -> Html {
    let phase = assessment.phase.value.as_str();
    let body = crate::content::explain::message(&format!("phase.{phase}.body"));
    html! {
        <div class="situation">
            <h2>{ M::ResultsSituation.text(lang) }</h2>
            <p><strong>{ id_text("phase", phase, Some("title"), lang) }</strong></p>
            <p>{ body.text(lang) }{ sources(&message_sources(body)) }</p>
            if assessment.phase.counted_from_surgery {
                <p class="note">{ M::PhaseCountedFromSurgery.text(lang) }</p>
            }
            { because(answers, &assessment.phase.because, lang) }
        </div>
    }
}

/// The condition and the decision, before the person's own findings (IPDAS: describe the
/// condition, state the decision), with the natural course as an icon array.
fn learn(assessment: &Assessment, lang: Lang) -> Html {
    let cited = |m: M| html! { <p>{ glossed(m.text(lang), lang) }{ sources(&message_sources(m)) }</p> };
    // The natural course: watchful waiting's figure, the same for everyone.
    let shrinks = &assessment.options[0].facts.outcomes[0];
    let sentence = outcome_sentence(shrinks, lang);
    html! {
        <>
            { cited(M::LearnWhat) }
            { cited(M::LearnWhy) }
            { cited(M::LearnCourse) }
            <figure class="outcome">
                { icon_array(shrinks.out_of_100, None, &sentence) }
                <figcaption>{ sentence }{ sources(&numbers(&[shrinks.citation])) }{ who(shrinks, lang) }</figcaption>
            </figure>
            // General information, the same for everyone: never drawn from the person's answers.
            { cited(M::LearnOtherCauses) }
            <ul class="other-causes">
                { for crate::content::OTHER_CAUSES.map(|id| {
                    let meaning = crate::content::explain::message(&format!("glossary.{id}.meaning"));
                    html! { <li><strong>{ term(id, lang) }</strong>{ ": " }{ meaning.text(lang) }{ sources(&message_sources(meaning)) }</li> }
                }) }
            </ul>
            { cited(M::LearnDecision) }
        </>
    }
}

fn topics(assessment: &Assessment, answers: &Answers, lang: Lang) -> Html {
    html! {
        <>
            <p>{ M::ResultsTopicsIntro.text(lang) }</p>
            if assessment.topics.is_empty() {
                <p class="empty">{ M::ResultsNoTopics.text(lang) }</p>
            }
            { for assessment.topics.iter().map(|topic| {
                let id = topic.id.as_str();
                html! {
                    <article class="topic">
                        <h3>{ id_text("topic", id, Some("title"), lang) }</h3>
                        <p>{ glossed(id_text("topic", id, Some("body"), lang), lang) }{ sources(&numbers(&topic.citations)) }</p>
                        { for topic.subtopics.iter().map(|sub| {
                            let body = crate::content::explain::message(&format!("subtopic.{}.body", sub.id.as_str()));
                            html! {
                                <div class="subtopic">
                                    <h4>{ id_text("subtopic", sub.id.as_str(), Some("title"), lang) }</h4>
                                    <p>{ glossed(body.text(lang), lang) }{ sources(&message_sources(body)) }</p>
                                    { because(answers, &sub.because, lang) }
                                </div>
                            }
                        }) }
                        { because(answers, &topic.because, lang) }
                    </article>
                }
            }) }
        </>
    }
}

fn values(assessment: &Assessment, lang: Lang) -> Html {
    html! {
        <>
            if assessment.values.is_empty() {
                <p class="empty">{ M::ResultsNoValues.text(lang) }</p>
            } else {
                <p>{ M::ResultsValuesIntro.text(lang) }</p>
            }
            { for assessment.values.iter().map(|link| {
                let value = link.value.as_str();
                html! {
                    <div class="value-block">
                        <h3>{ id_text("value", value, None, lang) }
                            <span class="rating">{ format!(" {} / 4", link.rating) }</span></h3>
                        <dl class="value-options">
                            { for link.options.iter().map(|option| {
                                let feature = crate::content::explain::message(&format!("value.{value}.{}", option.as_str()));
                                html! {
                                    <>
                                        <dt>{ id_text("option", option.as_str(), Some("title"), lang) }</dt>
                                        <dd>{ feature.text(lang) }{ sources(&message_sources(feature)) }</dd>
                                    </>
                                }
                            }) }
                        </dl>
                    </div>
                }
            }) }
        </>
    }
}

fn self_care(assessment: &Assessment, answers: &Answers, lang: Lang) -> Html {
    html! {
        <>
            if assessment.self_care.is_empty() {
                <p class="empty">{ M::ResultsNoSelfCare.text(lang) }</p>
            }
            <ul class="checklist">
                { for assessment.self_care.iter().map(|item| {
                    let id = item.id.as_str();
                    html! {
                        <li>
                            <strong>{ id_text("selfcare", id, Some("title"), lang) }</strong>
                            <p>{ id_text("selfcare", id, Some("reason"), lang) }{ sources(&numbers(&item.citations)) }</p>
                            { because(answers, &item.because, lang) }
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}

fn requirement_list(requirements: &[&Requirement], answers: &Answers, lang: Lang) -> Html {
    html! {
        <ul class="conditions">
            { for requirements.iter().map(|r| html! {
                <li class={classes!("condition", r.status.as_str().to_string())}>
                    <span>
                        { glossed(id_text("requirement", r.id.as_str(), None, lang), lang) }
                        { status_note(r.status, lang) }
                    </span>
                    { because(answers, &r.because, lang) }
                </li>
            }) }
        </ul>
    }
}

fn accident(assessment: &Assessment, answers: &Answers, lang: Lang) -> Html {
    let Some(grade) = &assessment.disability_grade else { return html! {} };
    html! {
        <>
            <p class="decided-by">{ glossed(M::GradeDecidedBy.text(lang), lang) }{ sources(&message_sources(M::GradeDecidedBy)) }</p>
            { for grade.grades.iter().map(|check| {
                let id = check.grade.as_str();
                let official: Vec<&Requirement> = check.requirements.iter().filter(|r| r.official).collect();
                let unofficial: Vec<&Requirement> = check.requirements.iter().filter(|r| !r.official).collect();
                html! {
                    <article class="grade">
                        <h3>{ id_text("grade", id, Some("title"), lang) }</h3>
                        <p class="wording">{ id_text("grade", id, Some("wording"), lang) }{ sources(&message_sources(crate::content::explain::message(&format!("grade.{id}.wording")))) }</p>
                        <p>{ glossed(id_text("grade", id, Some("reading"), lang), lang) }{ sources(&message_sources(crate::content::explain::message(&format!("grade.{id}.reading")))) }</p>
                        <h4>{ M::GradeOfficial.text(lang) }</h4>
                        { requirement_list(&official, answers, lang) }
                        <h4>{ M::GradeUnofficial.text(lang) }</h4>
                        { requirement_list(&unofficial, answers, lang) }
                    </article>
                }
            }) }
            <h3>{ M::GradeDocuments.text(lang) }</h3>
            <ul>{ for grade.documents.iter().map(|d| html! { <li>{ id_text("document", d.as_str(), None, lang) }</li> }) }</ul>
            <h3>{ M::GradeDenials.text(lang) }</h3>
            <ul>{ for grade.denial_reasons.iter().map(|d| html! { <li>{ id_text("denial", d.as_str(), None, lang) }</li> }) }</ul>
            { for GRADE_NOTES.map(|m| html! { <p>{ glossed(m.text(lang), lang) }{ sources(&message_sources(m)) }</p> }) }
        </>
    }
}

/// Five questions on the facts of this decision, each answered at once with what the sources
/// say. Never scored; nothing here is kept.
fn knowledge_check(lang: Lang, replies: &Replies, on_reply: &Callback<(usize, u8)>) -> Html {
    const VALUES: [&str; 4] = ["0", "1", "2", "3"];
    html! {
        <>
            <p>{ M::QuizIntro.text(lang) }</p>
            { for KNOWLEDGE_CHECK.iter().zip(replies).enumerate().map(|(n, (question, reply))| {
                let labels = question.choices.iter().map(|m| m.text(lang)).chain([M::ChoiceNotSure.text(lang)]);
                let options: Vec<_> = VALUES.iter().copied().zip(labels).collect();
                let on_reply = on_reply.clone();
                let on_pick = Callback::from(move |value: &'static str| {
                    if let Some(index) = VALUES.iter().position(|v| *v == value) {
                        on_reply.emit((n, index as u8));
                    }
                });
                html! {
                    <div class="knowledge-question">
                        { choice(ChoiceProps {
                            name: format!("knowledge-{n}").into(),
                            legend: question.prompt.text(lang).into(),
                            options,
                            selected: reply.map(|r| VALUES[usize::from(r)]),
                            on_pick,
                            class: classes!("knowledge"),
                            hint: None,
                        }) }
                        <p class="knowledge-feedback" aria-live="polite">
                            if let Some(reply) = reply {
                                <strong>{ if *reply == question.expected { M::QuizAsSources.text(lang) } else { M::QuizDiffers.text(lang) } }</strong>
                                { question.explanation.text(lang) }{ sources(&message_sources(question.explanation)) }
                            }
                        </p>
                    </div>
                }
            }) }
        </>
    }
}

fn readiness(assessment: &Assessment, answers: &Answers, lang: Lang, on_edit: &Callback<Edit>) -> Html {
    let readiness = &assessment.readiness;
    let guidance = match readiness.needs_more_support {
        Some(true) => M::SureLow,
        Some(false) => M::SureReady,
        None => M::SureIncomplete,
    };
    html! {
        <>
            <p>{ M::ResultsSureIntro.text(lang) }{ sources(&message_sources(M::ResultsSureIntro)) }</p>
            { for answers.yes_no_replies(Step::Decision).iter().map(|(id, value)| yes_no_field(lang, *id, *value, on_edit, false)) }
            <div class="sure-result" aria-live="polite">
                if let Some(score) = readiness.score {
                    <p><strong>{ crate::content::fill::sure_score(lang, &score.to_string()) }</strong></p>
                }
                <p>{ guidance.text(lang) }{ sources(&message_sources(guidance)) }</p>
            </div>
        </>
    }
}

fn leaning(answers: &Answers, lang: Lang, on_edit: &Callback<Edit>) -> Html {
    let options: Vec<_> = Leaning::ALL
        .iter()
        .map(|l| {
            let label = match l.option() {
                Some(option) => id_text("option", option.as_str(), Some("title"), lang),
                None => M::LeaningNotSure.text(lang),
            };
            (l.as_str(), label)
        })
        .collect();
    let on_edit = on_edit.clone();
    let on_pick = Callback::from(move |value: &'static str| on_edit.emit(Edit::pick(AnswerId::Leaning, Leaning::from_name(value))));
    html! {
        <>
            <p>{ M::ResultsLeaningIntro.text(lang) }</p>
            { choice(ChoiceProps {
                name: AnswerId::Leaning.as_str().into(),
                legend: M::ResultsLeaning.text(lang).into(),
                options,
                selected: answers.decision.leaning.map(Leaning::as_str),
                on_pick,
                class: classes!("leaning"),
                hint: None,
            }) }
        </>
    }
}
