//! The question steps. Each lists its fields; the fields do the rest.

use yew::prelude::*;

use crate::content::explain::id_text;
use crate::content::{Lang, M};
use crate::core::answers::{Course, Regularity, Surgery, MAX_SCORE, MAX_TREATMENT_MONTHS, MAX_VALUE};
use crate::core::assessment::UrgencyLevel;
use crate::core::edit::{value_answer, Edit};
use crate::core::ids::{AnswerId, ValueId};
use crate::core::triage::{Section, RED_FLAG_RULES};
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

fn yes_no(props: &QuestionsProps, id: AnswerId) -> Html {
    fields::yes_no_field(props.lang, id, props.answers.yes_no(id), &props.on_edit, true)
}

fn check_list(props: &QuestionsProps, name: &'static str, legend: M, ids: &[AnswerId]) -> Html {
    let lang = props.lang;
    let items: Vec<_> = ids.iter().map(|id| (*id, id_text("pick", id.as_str(), None, lang), props.answers.has(*id))).collect();
    fields::check_list(name, legend.text(lang), items, &props.on_edit)
}

/// A radio group over an id enum whose labels are `pick.{prefix}.{value}`.
fn choice<T: Copy + PartialEq + 'static>(
    props: &QuestionsProps,
    question: AnswerId,
    prefix: &str,
    all: &'static [T],
    as_str: fn(T) -> &'static str,
    selected: Option<T>,
    edit: fn(Option<T>) -> Edit,
) -> Html {
    let lang = props.lang;
    let options: Vec<_> = all.iter().map(|v| (as_str(*v), id_text(prefix, as_str(*v), None, lang))).collect();
    let on_edit = props.on_edit.clone();
    let on_pick = Callback::from(move |value: &'static str| on_edit.emit(edit(all.iter().copied().find(|v| as_str(*v) == value))));
    fields::choice(ChoiceProps {
        name: question.as_str().into(),
        legend: question_text(question, lang).into(),
        options,
        selected: selected.map(as_str),
        on_pick,
        class: Classes::new(),
        hint: None,
    })
}

fn score(props: &QuestionsProps, id: AnswerId, legend: &'static str, max: u8, labels: Vec<&'static str>, hint: Option<String>) -> Html {
    fields::score_field(ScoreProps {
        id,
        legend: legend.into(),
        max,
        value: props.answers.score(id),
        on_edit: props.on_edit.clone(),
        labels,
        hint: hint.map(AttrValue::from),
    })
}

/// The fields of one question step. A plain function: the fields are the components, and
/// each component type costs the first load its own lifecycle code.
pub fn questions(props: &QuestionsProps) -> Html {
    use AnswerId as A;
    let lang = props.lang;
    let answers = props.answers;
    match props.screen {
        Screen::RedFlags => {
            // The table says which questions this step asks: the 119 signs first, then the rest.
            let group = |emergency: bool, heading: M| {
                let asked = RED_FLAG_RULES
                    .iter()
                    .filter(move |rule| rule.section == Section::RedFlags && (rule.if_yes == UrgencyLevel::Emergency) == emergency);
                html! {
                    <>
                        <h2 class="group-heading">{ heading.text(lang) }</h2>
                        { for asked.map(|rule| yes_no(props, rule.id)) }
                    </>
                }
            };
            html! {
                <>
                    { group(true, M::StepRedFlagsEmergencyGroup) }
                    { group(false, M::StepRedFlagsPromptGroup) }
                </>
            }
        }
        Screen::History => {
            let operated = answers.history.operated() != Some(false);
            html! {
                <>
                    { choice(props, A::Surgery, "pick.surgery", Surgery::ALL, Surgery::as_str, answers.history.surgery, Edit::Surgery) }
                    <ElapsedField {lang} id={A::SinceOnset} value={answers.history.since_onset} on_edit={props.on_edit.clone()} />
                    if operated && answers.history.surgery.is_some() {
                        <ElapsedField {lang} id={A::SinceSurgery} value={answers.history.since_surgery} on_edit={props.on_edit.clone()} />
                        { yes_no(props, A::ReliefThenReturn) }
                        { yes_no(props, A::WoundProblem) }
                    }
                    { check_list(props, "history.tried", M::AskHistoryTried, &[A::TriedMedication, A::TriedNerveBlock, A::TriedPhysiotherapy, A::TriedBrace, A::TriedNone]) }
                </>
            }
        }
        Screen::Symptoms => {
            let hint = format!("{} / {}", M::FieldScoreLow.text(lang), M::FieldScoreHigh.text(lang));
            html! {
                <>
                    { check_list(props, "symptoms.areas", M::AskSymptomsAreas, &[A::AreaLowerBack, A::AreaButtock, A::AreaOneLeg, A::AreaBothLegs]) }
                    { check_list(props, "symptoms.kinds", M::AskSymptomsKinds, &[A::KindPain, A::KindNumbness, A::KindWeakness]) }
                    { score(props, A::PainScore, M::AskSymptomsPain.text(lang), MAX_SCORE, Vec::new(), Some(hint.clone())) }
                    { score(props, A::NumbnessScore, M::AskSymptomsNumbness.text(lang), MAX_SCORE, Vec::new(), Some(hint)) }
                    { choice(props, A::Course, "pick.course", Course::ALL, Course::as_str, answers.symptoms.course, Edit::Course) }
                    { check_list(props, "symptoms.worse_with", M::AskSymptomsWorseWith, &[A::WorseSittingLong, A::WorseWalkingEasedBySitting,
                        A::WorseBendingBackward, A::WorseBendingForwardOrLifting, A::WorseNotSure]) }
                </>
            }
        }
        Screen::Body => html! {
            <>
                { for [A::LongSitting, A::StrainedPostures, A::BentForwardWork, A::HeavyLifting,
                       A::Smoking, A::GettingCold, A::StrongMassage, A::EnduringPain].map(|id| yes_no(props, id)) }
            </>
        },
        Screen::Accident => {
            let open = answers.accident.is_some();
            let on_edit = props.on_edit.clone();
            let toggle = Callback::from(move |_: Event| on_edit.emit(Edit::AccidentSection(!open)));
            let months = answers.accident.as_ref().and_then(|a| a.treatment_months);
            let regularity = answers.accident.as_ref().and_then(|a| a.visit_regularity);
            html! {
                <>
                    <label class="choice include">
                        <input type="checkbox" checked={open} onchange={toggle} />
                        <span>{ M::StepAccidentInclude.text(lang) }</span>
                    </label>
                    if open {
                        { yes_no(props, A::AfterAccident) }
                        { yes_no(props, A::SawDoctorSoon) }
                        <NumberField {lang} id={A::TreatmentMonths} value={months} max={MAX_TREATMENT_MONTHS}
                            on_change={props.on_edit.reform(Edit::TreatmentMonths)} />
                        { choice(props, A::VisitRegularity, "pick.regularity", Regularity::ALL, Regularity::as_str, regularity, Edit::Regularity) }
                        { for [A::ImagingDone, A::ImagingMatches, A::NeuroTestsDone, A::NeuroFindings, A::SymptomsFixed].map(|id| yes_no(props, id)) }
                    }
                </>
            }
        }
        Screen::Values => {
            let labels: Vec<&'static str> = (0..=MAX_VALUE).map(|n| id_text("scale", &n.to_string(), None, lang)).collect();
            html! {
                <>
                    { for ValueId::ALL.iter().map(|value| {
                        score(props, value_answer(*value), id_text("value", value.as_str(), None, lang), MAX_VALUE, labels.clone(), None)
                    }) }
                </>
            }
        }
        _ => html! {},
    }
}
