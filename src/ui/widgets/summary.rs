use yew::prelude::*;

use crate::core::diary::{Date, Diary};
use crate::ui::widgets::chart::{diary_change, diary_chart, diary_table};

use super::safety::safety_net;
use super::sources::{distinct_sorted, numbers, reference_list, sources};
use crate::content::explain::{answer_line, answer_value, id_text, message_sources, SAFETY_NET};
use crate::content::knowledge::{to_go_over, Replies};
use crate::content::{Lang, M};
use crate::core::ids::AnswerId;
use crate::core::{Answers, Assessment};

/// The questions to ask the doctor, on the results and on paper alike.
pub fn question_list(assessment: &Assessment, lang: Lang) -> Html {
    html! {
        <ol class="questions-list">
            { for assessment.questions.iter().map(|q| html! { <li>{ id_text("question", q.as_str(), None, lang) }</li> }) }
        </ol>
    }
}

/// The diary as the printed summary shows it (when it is on): the change, the chart and the
/// last entries.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PrintedDiary {
    pub diary: Diary,
    pub start: Option<Date>,
}

/// The most recent entries the printout lists (the chart shows them all).
const PRINTED_ENTRIES: usize = 5;

/// The printed page: only this shows on paper (see the print stylesheet). Answers,
/// urgency, the safety net, topics, questions, leaning, date and the sources it cites. A plain
/// function: it has no state, and a component type costs the first load its lifecycle code.
pub fn summary(lang: Lang, answers: &Answers, assessment: &Assessment, knowledge: &Replies, today: &str, diary: &PrintedDiary) -> Html {
    let go_over: Vec<M> = to_go_over(knowledge).map(|q| q.prompt).collect();
    let level = assessment.urgency.level.as_str();
    let answered: Vec<AnswerId> = AnswerId::ALL.iter().copied().filter(|id| answer_value(answers, *id, lang).is_some()).collect();
    let cited = distinct_sorted(
        numbers(&assessment.urgency.citations)
            .into_iter()
            .chain(assessment.topics.iter().flat_map(|t| numbers(&t.citations)))
            .chain(SAFETY_NET.into_iter().flat_map(message_sources)),
    );
    html! {
        <section class="print-summary" aria-hidden="true">
            <h1>{ M::SummaryTitle.text(lang) }</h1>
            <p>{ crate::content::fill::summary_date(lang, today) }</p>
            <h2>{ id_text("urgency", level, Some("title"), lang) }</h2>
            <p>{ id_text("urgency", level, Some("action"), lang) }{ sources(&numbers(&assessment.urgency.citations)) }</p>
            { safety_net(lang) }
            <h2>{ M::ResultsTopics.text(lang) }</h2>
            if assessment.topics.is_empty() {
                <p>{ M::ResultsNoTopics.text(lang) }</p>
            }
            <ul>
                { for assessment.topics.iter().map(|t| html! {
                    <li>
                        <strong>{ id_text("topic", t.id.as_str(), Some("title"), lang) }</strong>
                        { for t.subtopics.iter().map(|s| html! { { format!(" / {}", id_text("subtopic", s.id.as_str(), Some("title"), lang)) } }) }
                        { sources(&numbers(&t.citations)) }
                    </li>
                }) }
            </ul>
            <h2>{ M::ResultsQuestions.text(lang) }</h2>
            { question_list(assessment, lang) }
            if !go_over.is_empty() {
                <h2>{ M::QuizGoOver.text(lang) }</h2>
                <ul>{ for go_over.iter().map(|m| html! { <li>{ m.text(lang) }</li> }) }</ul>
            }
            <h2>{ M::SummaryLeaning.text(lang) }</h2>
            <p>{ answer_value(answers, AnswerId::Leaning, lang).unwrap_or_else(|| M::SummaryNotAnswered.text(lang).to_string()) }</p>
            <h2>{ M::SummarySure.text(lang) }</h2>
            <p>{ match assessment.readiness.score {
                Some(score) => crate::content::fill::sure_score(lang, &score.to_string()),
                None => M::SummaryNotAnswered.text(lang).to_string(),
            } }</p>
            <h2>{ M::SummaryAnswers.text(lang) }</h2>
            <ul class="answers-list">{ for answered.iter().map(|id| html! { <li>{ answer_line(answers, *id, lang) }</li> }) }</ul>
            if !diary.diary.entries.is_empty() {
                <h2>{ M::DiaryTitle.text(lang) }</h2>
                <div class="diary-print">
                    { diary_chart(lang, &diary.diary, diary.start) }
                    <div>
                        { diary_change(lang, &diary.diary) }
                        { diary_table(lang, &diary.diary, Some(PRINTED_ENTRIES)) }
                    </div>
                </div>
            }
            <h2>{ M::ResultsReferences.text(lang) }</h2>
            { reference_list(lang, &cited, "summary-references") }
            <p class="note">{ M::FooterNote.text(lang) }</p>
        </section>
    }
}
