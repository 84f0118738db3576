use yew::prelude::*;

use super::results::safety_net;
use super::sources::{numbers, reference_list, sources};
use crate::content::explain::{answer_line, answer_value, id_text, message_sources, SAFETY_NET};
use crate::content::{Lang, M};
use crate::core::ids::AnswerId;
use crate::core::{Answers, Assessment};

/// The printed page: only this shows on paper (see the print stylesheet). Answers,
/// urgency, the safety net, topics, questions, leaning, date and the sources it cites. A plain
/// function: it has no state, and a component type costs the first load its lifecycle code.
pub fn summary(lang: Lang, answers: &Answers, assessment: &Assessment, today: &str) -> Html {
    let level = assessment.urgency.level.as_str();
    let answered: Vec<AnswerId> =
        AnswerId::ALL.iter().copied().filter(|id| answer_value(answers, *id, lang).is_some()).collect();
    let mut cited: Vec<usize> = numbers(&assessment.urgency.citations);
    cited.extend(assessment.topics.iter().flat_map(|t| numbers(&t.citations)));
    cited.extend(SAFETY_NET.into_iter().flat_map(message_sources));
    cited.sort();
    cited.dedup();
    html! {
        <section class="print-summary" aria-hidden="true">
            <h1>{ M::SummaryTitle.text(lang) }</h1>
            <p>{ M::SummaryDate.fill(lang, &[("date", today)]) }</p>
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
            <ol>{ for assessment.questions.iter().map(|q| html! { <li>{ id_text("question", q.as_str(), None, lang) }</li> }) }</ol>
            <h2>{ M::SummaryLeaning.text(lang) }</h2>
            <p>{ answer_value(answers, AnswerId::Leaning, lang).unwrap_or_else(|| M::SummaryNotAnswered.text(lang).to_string()) }</p>
            <h2>{ M::SummarySure.text(lang) }</h2>
            <p>{ match assessment.readiness.score {
                Some(score) => M::SureScore.fill(lang, &[("score", &score.to_string())]),
                None => M::SummaryNotAnswered.text(lang).to_string(),
            } }</p>
            <h2>{ M::SummaryAnswers.text(lang) }</h2>
            <ul class="answers-list">{ for answered.iter().map(|id| html! { <li>{ answer_line(answers, *id, lang) }</li> }) }</ul>
            <h2>{ M::ResultsReferences.text(lang) }</h2>
            { reference_list(lang, &cited, "summary-references") }
            <p class="note">{ M::FooterNote.text(lang) }</p>
        </section>
    }
}
