//! The question steps: each asks the registry's questions for its step, in their order, with
//! the control each question's kind calls for (`core/questions.rs`).

use yew::prelude::*;

use crate::content::explain::id_text;
use crate::content::{Lang, M};
use crate::core::answers::MAX_VALUE;
use crate::core::assessment::UrgencyLevel;
use crate::core::edit::Edit;
use crate::core::registry::{is_asked, questions_of, Kind, Question, Response, Step};
use crate::core::triage::RED_FLAG_RULES;
use crate::core::Answers;
use crate::ui::route::Screen;
use crate::ui::widgets::fields::{self, question_text, ChoiceProps, ElapsedField, NumberField, ScoreProps};

/// What a step's questions are drawn from.
pub struct QuestionsProps<'a> {
    pub lang: Lang,
    pub screen: Screen,
    pub answers: &'a Answers,
    pub on_edit: Callback<Edit>,
}

/// The step a screen asks; `None` for screens that ask nothing.
pub fn step_of(screen: Screen) -> Option<Step> {
    Some(match screen {
        Screen::RedFlags => Step::RedFlags,
        Screen::History => Step::History,
        Screen::Symptoms => Step::Symptoms,
        Screen::Body => Step::Body,
        Screen::Accident => Step::Accident,
        Screen::Values => Step::Values,
        _ => return None,
    })
}

/// One question, with the control its kind calls for.
pub fn question_field(lang: Lang, question: &Question, answers: &Answers, on_edit: &Callback<Edit>) -> Html {
    let id = question.id;
    let response = (question.get)(answers);
    let set = |on_edit: &Callback<Edit>| {
        let on_edit = on_edit.clone();
        Callback::from(move |response: Response| on_edit.emit(Edit::Set(id, response)))
    };
    match (question.kind, response) {
        (Kind::YesNo { not_sure }, _) => fields::yes_no_field(lang, id, answers.yes_no(id), on_edit, not_sure),
        (Kind::Pick { labels, names, .. }, Response::Pick(index)) => {
            let set = set(on_edit);
            fields::choice(ChoiceProps {
                name: id.as_str().into(),
                legend: question_text(id, lang).into(),
                options: names.iter().map(|name| (*name, id_text(labels, name, None, lang))).collect(),
                selected: index.and_then(|i| names.get(usize::from(i))).copied(),
                on_pick: Callback::from(move |name: &'static str| {
                    set.emit(Response::Pick(names.iter().position(|n| *n == name).map(|i| i as u8)));
                }),
                class: Classes::new(),
                hint: None,
            })
        }
        (Kind::Ticks { .. }, _) => {
            let items = question.items.iter().map(|item| (*item, id_text("pick", item.as_str(), None, lang), answers.has(*item))).collect();
            fields::check_list(id.as_str(), question_text(id, lang), items, on_edit)
        }
        (Kind::Score { max }, Response::Number(value)) => fields::score_field(ScoreProps {
            id,
            legend: question_text(id, lang).into(),
            max,
            value: value.and_then(|n| u8::try_from(n).ok()),
            on_edit: on_edit.clone(),
            labels: Vec::new(),
            hint: Some(format!("{} / {}", M::FieldScoreLow.text(lang), M::FieldScoreHigh.text(lang)).into()),
        }),
        (Kind::Rating(value_id), Response::Number(value)) => fields::score_field(ScoreProps {
            id,
            legend: id_text("value", value_id.as_str(), None, lang).into(),
            max: MAX_VALUE,
            value: value.and_then(|n| u8::try_from(n).ok()),
            on_edit: on_edit.clone(),
            labels: (0..=MAX_VALUE).map(|n| id_text("scale", &n.to_string(), None, lang)).collect(),
            hint: None,
        }),
        (Kind::Elapsed, Response::Elapsed(value)) => html! { <ElapsedField {lang} {id} {value} on_edit={on_edit.clone()} /> },
        (Kind::Count { max }, Response::Number(value)) => {
            html! { <NumberField {lang} {id} {value} {max} on_change={set(on_edit).reform(Response::Number)} /> }
        }
        (Kind::Section, Response::Section(open)) => {
            let set = set(on_edit);
            html! {
                <label class="choice include">
                    <input type="checkbox" checked={open} onchange={Callback::from(move |_: Event| set.emit(Response::Section(!open)))} />
                    <span>{ question_text(id, lang) }</span>
                </label>
            }
        }
        _ => html! {},
    }
}

/// The fields of one question step. A plain function: the fields are the components, and
/// each component type costs the first load its own lifecycle code.
pub fn questions(props: &QuestionsProps) -> Html {
    let (lang, answers) = (props.lang, props.answers);
    let Some(step) = step_of(props.screen) else { return html! {} };
    let field = |question: &Question| question_field(lang, question, answers, &props.on_edit);
    let asked = move || questions_of(step).filter(move |q| is_asked(q, answers));
    if step != Step::RedFlags {
        return html! { <>{ for asked().map(field) }</> };
    }
    // The warning signs: those whose "yes" means 119 first, under their own heading.
    let emergency =
        |question: &&Question| RED_FLAG_RULES.iter().any(|rule| rule.id == question.id && rule.if_yes == UrgencyLevel::Emergency);
    html! {
        <>
            <h2 class="group-heading">{ M::StepRedFlagsEmergencyGroup.text(lang) }</h2>
            { for asked().filter(emergency).map(field) }
            <h2 class="group-heading">{ M::StepRedFlagsPromptGroup.text(lang) }</h2>
            { for asked().filter(|q| !emergency(q)).map(field) }
        </>
    }
}
