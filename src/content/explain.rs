//! Turns the engine's ids into text in one language: the words beside each finding, the
//! numbers as "N out of 100 people, within T", and the numbered sources.

use serde::Serialize;

use super::{fill, reference_text, Lang, M, REFERENCE_IDS};
use crate::core::answers::{Elapsed, YesNo, MAX_VALUE};
use crate::core::assessment::{Assessment, Condition, Outcome};
use crate::core::ids::{AnswerId, Citation, Leaning};
use crate::core::registry::{question, Kind, Response};
use crate::core::Answers;

/// The message for a key built from an engine id. Every such key exists: the content
/// tests walk every id, so a miss here is a bug caught before release.
pub fn message(key: &str) -> M {
    M::from_key(key).unwrap_or_else(|| panic!("no message `{key}`"))
}

/// Text for `prefix.id` (and `.suffix`, when given).
pub fn id_text(prefix: &str, id: &str, suffix: Option<&str>, lang: Lang) -> &'static str {
    match suffix {
        Some(suffix) => message(&format!("{prefix}.{id}.{suffix}")).text(lang),
        None => message(&format!("{prefix}.{id}")).text(lang),
    }
}

/// The label of an answer, for "because you said …".
pub fn answer_label(answer: AnswerId, lang: Lang) -> &'static str {
    id_text("answer", answer.as_str(), None, lang)
}

/// The person's answer to one question, in words; `None` when not answered.
pub fn answer_value(answers: &Answers, id: AnswerId, lang: Lang) -> Option<String> {
    if answers.has(id) {
        return Some(M::ChoiceYes.text(lang).to_string());
    }
    let question = question(id)?;
    let pick = |prefix: &str, value: &str| id_text(prefix, value, None, lang).to_string();
    let elapsed = |value: Elapsed| match value {
        // "1 week", never "1 weeks".
        Elapsed::Weeks(1) => M::ElapsedValueOneWeek.text(lang).to_string(),
        Elapsed::Months(1) => M::ElapsedValueOneMonth.text(lang).to_string(),
        Elapsed::Weeks(n) => fill::elapsed_value_weeks(lang, &n.to_string()),
        Elapsed::Months(n) => fill::elapsed_value_months(lang, &n.to_string()),
        Elapsed::NotSure => M::ChoiceNotSure.text(lang).to_string(),
    };
    Some(match (question.kind, (question.get)(answers)) {
        (Kind::YesNo { .. }, Response::Pick(Some(i))) => pick("choice", YesNo::NAMES.get(usize::from(i))?),
        // The leaning is named by its option's title.
        (Kind::Pick { .. }, Response::Pick(Some(i))) if id == AnswerId::Leaning => match Leaning::ALL.get(usize::from(i))?.option() {
            Some(option) => id_text("option", option.as_str(), Some("title"), lang).to_string(),
            None => M::LeaningNotSure.text(lang).to_string(),
        },
        (Kind::Pick { labels, names, .. }, Response::Pick(Some(i))) => pick(labels, names.get(usize::from(i))?),
        (Kind::Score { max }, Response::Number(Some(n))) => format!("{n} / {max}"),
        (Kind::Rating(_), Response::Number(Some(n))) => format!("{n} / {MAX_VALUE} ({})", id_text("scale", &n.to_string(), None, lang)),
        (Kind::Count { .. }, Response::Number(Some(n))) => elapsed(Elapsed::Months(n)),
        (Kind::Elapsed, Response::Elapsed(Some(e))) => elapsed(e),
        _ => return None,
    })
}

/// "Label: value" for one answer, as "because you said" lists and the summary show it.
pub fn answer_line(answers: &Answers, id: AnswerId, lang: Lang) -> String {
    // A ticked item's label says it all ("Where: buttock").
    if answers.has(id) {
        return answer_label(id, lang).to_string();
    }
    match answer_value(answers, id, lang) {
        Some(value) => fill::because_item(lang, answer_label(id, lang), &value),
        None => answer_label(id, lang).to_string(),
    }
}

/// The question text for an answer: its `ask.` wording when it has one, else its label. The
/// steps ask with it, and the rules sheet quotes it.
pub fn question_text(id: AnswerId, lang: Lang) -> &'static str {
    M::from_key(&format!("ask.{}", id.as_str())).map_or_else(|| answer_label(id, lang), |m| m.text(lang))
}

/// The written safety net on every results page, its printout and the rules sheet: the signs
/// that mean 119 now, then those that mean today.
pub const SAFETY_NET: [M; 2] = [M::SafetyEmergency, M::SafetySameDay];

/// A source's number in the reference list (1-based), as shown beside each statement.
pub fn reference_number(citation: Citation) -> usize {
    REFERENCE_IDS
        .iter()
        .position(|id| *id == citation.as_str())
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("citation `{citation}` has no reference"))
}

/// A message's own citations as reference numbers.
pub fn message_sources(message: M) -> Vec<usize> {
    message.sources().iter().map(|n| usize::from(*n)).collect()
}

/// "N out of 100 people" or "N to M out of 100 people".
pub fn out_of_100(outcome: &Outcome, lang: Lang) -> String {
    let n = outcome.out_of_100.to_string();
    if let Some((low, high)) = outcome.range {
        return fill::number_out_of_100_range(lang, &n, &low.to_string(), &high.to_string());
    }
    match outcome.up_to {
        Some(m) => fill::number_range_out_of_100(lang, &n, &m.to_string()),
        None => fill::number_out_of_100(lang, &n),
    }
}

/// Whom a figure describes: the people studied, and what the figure includes.
pub fn population(outcome: &Outcome) -> M {
    message(&format!("population.{}", outcome.id.as_str()))
}

/// The whole figure as one sentence, written per outcome, with its time frame.
pub fn outcome_sentence(outcome: &Outcome, lang: Lang) -> String {
    let id = outcome.id.as_str();
    fill::outcome(
        message(&format!("outcome.{id}")),
        lang,
        &out_of_100(outcome, lang),
        id_text("within", outcome.within.as_str(), None, lang),
    )
}

#[derive(Debug, Serialize)]
pub struct Finding {
    pub title: &'static str,
    pub detail: &'static str,
    pub because: Vec<&'static str>,
    pub sources: Vec<usize>,
}

#[derive(Debug, Serialize)]
pub struct TopicText {
    pub title: &'static str,
    pub detail: &'static str,
    pub because: Vec<&'static str>,
    pub sources: Vec<usize>,
    pub subtopics: Vec<Finding>,
}

#[derive(Debug, Serialize)]
pub struct OptionText {
    pub title: &'static str,
    pub what: &'static str,
    pub only_after_surgery: Option<&'static str>,
    pub considered_when: Vec<String>,
    pub numbers: Vec<String>,
    pub insurance: &'static str,
    pub evidence: &'static str,
    pub sources: Vec<usize>,
}

#[derive(Debug, Serialize)]
pub struct ValueText {
    pub value: &'static str,
    pub rating: u8,
    /// (option, what it offers on this value), for all eight options.
    pub options: Vec<(&'static str, &'static str)>,
}

#[derive(Debug, Serialize)]
pub struct GradeText {
    pub grades: Vec<GradeCheckText>,
    pub documents: Vec<&'static str>,
    pub denial_reasons: Vec<&'static str>,
    pub decided_by: &'static str,
    pub appeal: &'static str,
    /// The time limit, what symptoms being fixed means for payment, free advice.
    pub notes: Vec<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct GradeCheckText {
    pub grade: &'static str,
    pub wording: &'static str,
    pub reading: &'static str,
    pub requirements: Vec<String>,
    pub rules_of_thumb: Vec<String>,
}

/// The assessment in words, as the CLI prints it with `--lang`.
#[derive(Debug, Serialize)]
pub struct Explanation {
    pub lang: &'static str,
    pub urgency: Finding,
    pub phase: Finding,
    pub topics: Vec<TopicText>,
    pub options: Vec<OptionText>,
    pub values: Vec<ValueText>,
    pub self_care: Vec<Finding>,
    pub disability_grade: Option<GradeText>,
    pub questions: Vec<&'static str>,
    /// "[n] reference", for every source.
    pub references: Vec<String>,
}

fn labels(answers: &[AnswerId], lang: Lang) -> Vec<&'static str> {
    answers.iter().map(|a| answer_label(*a, lang)).collect()
}

fn numbers(citations: &[Citation]) -> Vec<usize> {
    citations.iter().map(|c| reference_number(*c)).collect()
}

fn with_status(label: &str, status: &str, lang: Lang) -> String {
    format!("{label}: {}", id_text("status", status, None, lang))
}

fn condition_line(condition: &Condition, lang: Lang) -> String {
    with_status(id_text("condition", condition.id.as_str(), None, lang), condition.status.as_str(), lang)
}

pub fn explain(assessment: &Assessment, lang: Lang) -> Explanation {
    let level = assessment.urgency.level.as_str();
    let phase = assessment.phase.value.as_str();
    Explanation {
        lang: lang.tag(),
        urgency: Finding {
            title: id_text("urgency", level, Some("title"), lang),
            detail: id_text("urgency", level, Some("action"), lang),
            because: labels(&assessment.urgency.because, lang),
            sources: numbers(&assessment.urgency.citations),
        },
        phase: Finding {
            title: id_text("phase", phase, Some("title"), lang),
            detail: id_text("phase", phase, Some("body"), lang),
            because: labels(&assessment.phase.because, lang),
            sources: numbers(&assessment.phase.citations),
        },
        topics: assessment
            .topics
            .iter()
            .map(|topic| TopicText {
                title: id_text("topic", topic.id.as_str(), Some("title"), lang),
                detail: id_text("topic", topic.id.as_str(), Some("body"), lang),
                because: labels(&topic.because, lang),
                sources: numbers(&topic.citations),
                subtopics: topic
                    .subtopics
                    .iter()
                    .map(|sub| {
                        let body = message(&format!("subtopic.{}.body", sub.id.as_str()));
                        Finding {
                            title: id_text("subtopic", sub.id.as_str(), Some("title"), lang),
                            detail: body.text(lang),
                            because: labels(&sub.because, lang),
                            sources: message_sources(body),
                        }
                    })
                    .collect(),
            })
            .collect(),
        options: assessment
            .options
            .iter()
            .map(|option| OptionText {
                title: id_text("option", option.id.as_str(), Some("title"), lang),
                what: id_text("option", option.id.as_str(), Some("what"), lang),
                only_after_surgery: option.only_after_surgery.then(|| M::OptionsOnlyAfterSurgery.text(lang)),
                considered_when: if option.considered_when.is_empty() {
                    vec![M::OptionsNoGuidelineConditions.text(lang).to_string()]
                } else {
                    option.considered_when.iter().map(|c| condition_line(c, lang)).collect()
                },
                numbers: if option.facts.outcomes.is_empty() {
                    vec![no_figures_note(&option.facts).text(lang).to_string()]
                } else {
                    option.facts.outcomes.iter().map(|o| format!("{} {}", outcome_sentence(o, lang), population(o).text(lang))).collect()
                },
                insurance: id_text("insurance", option.facts.insurance.as_str(), None, lang),
                evidence: id_text("evidence", option.facts.evidence.as_str(), None, lang),
                sources: numbers(&option.facts.citations),
            })
            .collect(),
        values: assessment
            .values
            .iter()
            .map(|link| ValueText {
                value: id_text("value", link.value.as_str(), None, lang),
                rating: link.rating,
                options: link
                    .options
                    .iter()
                    .map(|option| {
                        (
                            id_text("option", option.as_str(), Some("title"), lang),
                            id_text("value", link.value.as_str(), Some(option.as_str()), lang),
                        )
                    })
                    .collect(),
            })
            .collect(),
        self_care: assessment
            .self_care
            .iter()
            .map(|item| Finding {
                title: id_text("selfcare", item.id.as_str(), Some("title"), lang),
                detail: id_text("selfcare", item.id.as_str(), Some("reason"), lang),
                because: labels(&item.because, lang),
                sources: numbers(&item.citations),
            })
            .collect(),
        disability_grade: assessment.disability_grade.as_ref().map(|grade| GradeText {
            grades: grade
                .grades
                .iter()
                .map(|check| {
                    let line = |r: &crate::core::assessment::Requirement| {
                        with_status(id_text("requirement", r.id.as_str(), None, lang), r.status.as_str(), lang)
                    };
                    GradeCheckText {
                        grade: id_text("grade", check.grade.as_str(), Some("title"), lang),
                        wording: id_text("grade", check.grade.as_str(), Some("wording"), lang),
                        reading: id_text("grade", check.grade.as_str(), Some("reading"), lang),
                        requirements: check.requirements.iter().filter(|r| r.official).map(line).collect(),
                        rules_of_thumb: check.requirements.iter().filter(|r| !r.official).map(line).collect(),
                    }
                })
                .collect(),
            documents: grade.documents.iter().map(|d| id_text("document", d.as_str(), None, lang)).collect(),
            denial_reasons: grade.denial_reasons.iter().map(|d| id_text("denial", d.as_str(), None, lang)).collect(),
            decided_by: M::GradeDecidedBy.text(lang),
            appeal: M::GradeAppeal.text(lang),
            notes: GRADE_NOTES[1..].iter().map(|m| m.text(lang)).collect(),
        }),
        questions: assessment.questions.iter().map(|q| id_text("question", q.as_str(), None, lang)).collect(),
        references: (1..=REFERENCE_IDS.len()).map(|n| format!("[{n}] {}", reference_text(n).unwrap_or_default())).collect(),
    }
}

/// What an option without figures out of 100 says instead: that its trials report averages
/// (in the benefits text), or that our sources give no reliable figure.
pub fn no_figures_note(facts: &crate::core::assessment::OptionFacts) -> M {
    if facts.averages_only {
        M::OptionsAveragesOnly
    } else {
        M::OptionsNoNumbers
    }
}

/// What follows the grades on every screen that shows them: objecting, the time limit, what
/// symptoms being fixed means for payment, and free advice.
pub const GRADE_NOTES: [M; 4] = [M::GradeAppeal, M::GradeLimitation, M::GradeFixedEndsPayment, M::GradeFreeAdvice];
