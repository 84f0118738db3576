//! The knowledge check: five short questions on the facts a person needs for this decision,
//! each answered at once with what the sources say. Optional and never scored: a reply that
//! differs from the sources only puts the question on the printout as one to go over.

use super::M;

/// One question: its statement or question, the choices (the app adds "not sure" after them),
/// the choice the sources support, and what they say, cited.
pub struct KnowledgeQuestion {
    pub prompt: M,
    pub choices: &'static [M],
    pub expected: u8,
    pub explanation: M,
}

const TRUE_FALSE: &[M] = &[M::QuizTrue, M::QuizFalse];

pub const KNOWLEDGE_CHECK: [KnowledgeQuestion; 5] = [
    KnowledgeQuestion { prompt: M::QuizSettlesPrompt, choices: TRUE_FALSE, expected: 0, explanation: M::QuizSettlesExplanation },
    KnowledgeQuestion { prompt: M::QuizOneYearPrompt, choices: TRUE_FALSE, expected: 1, explanation: M::QuizOneYearExplanation },
    KnowledgeQuestion {
        prompt: M::QuizEmergencyPrompt,
        choices: &[M::QuizEmergencySitting, M::QuizEmergencySaddle, M::QuizEmergencyLasting],
        expected: 1,
        explanation: M::QuizEmergencyExplanation,
    },
    KnowledgeQuestion { prompt: M::QuizRegistrationPrompt, choices: TRUE_FALSE, expected: 1, explanation: M::QuizRegistrationExplanation },
    KnowledgeQuestion { prompt: M::QuizThreeMonthsPrompt, choices: TRUE_FALSE, expected: 0, explanation: M::QuizThreeMonthsExplanation },
];

/// A person's replies: a choice's index, or the index after the last choice for "not sure".
pub type Replies = [Option<u8>; KNOWLEDGE_CHECK.len()];

/// The questions to go over with a doctor: those answered "not sure" or otherwise than the
/// sources. Unanswered ones are not listed: the check is optional.
pub fn to_go_over(replies: &Replies) -> impl Iterator<Item = &'static KnowledgeQuestion> + '_ {
    KNOWLEDGE_CHECK.iter().zip(replies).filter(|(q, r)| r.is_some_and(|r| r != q.expected)).map(|(q, _)| q)
}

/// The replies as a link's `k=` value, only when the person asks for it: a character a
/// question, `-` for unanswered, else the reply's index.
pub fn encode_replies(replies: &Replies) -> String {
    replies.iter().map(|r| r.map_or('-', |r| char::from(b'0' + r))).collect()
}

/// Reads a link's `k=` value; `None` if it is not one this build wrote (wrong length, or a
/// reply no question has), so a damaged value restores nothing rather than something wrong.
pub fn decode_replies(text: &str) -> Option<Replies> {
    let mut replies: Replies = [None; KNOWLEDGE_CHECK.len()];
    if text.len() != replies.len() {
        return None;
    }
    for ((slot, question), byte) in replies.iter_mut().zip(&KNOWLEDGE_CHECK).zip(text.bytes()) {
        *slot = match byte {
            b'-' => None,
            // One past the last choice is "not sure".
            b'0'..=b'9' if usize::from(byte - b'0') <= question.choices.len() => Some(byte - b'0'),
            _ => return None,
        };
    }
    Some(replies)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Lang;

    #[test]
    fn every_question_has_an_expected_choice_and_a_cited_explanation() {
        for question in &KNOWLEDGE_CHECK {
            assert!(usize::from(question.expected) < question.choices.len(), "{}", question.prompt.key());
            assert!(!question.explanation.citations().is_empty(), "{} cites no source", question.explanation.key());
            assert!(question.choices.len() >= 2);
        }
    }

    #[test]
    fn replies_round_trip_through_a_link_and_a_damaged_value_restores_nothing() {
        let replies: Replies = [Some(0), None, Some(3), Some(2), None];
        assert_eq!(encode_replies(&replies), "0-32-");
        assert_eq!(decode_replies("0-32-"), Some(replies));
        assert_eq!(decode_replies("-----"), Some([None; 5]));
        for bad in ["", "0-32", "0-32--", "0-92-", "0-3x-", "0-4--", "０----"] {
            assert_eq!(decode_replies(bad), None, "{bad}");
        }
    }

    #[test]
    fn only_replies_that_differ_from_the_sources_are_to_go_over() {
        let not_sure = |q: &KnowledgeQuestion| q.choices.len() as u8;
        let mut replies: Replies = [None; 5];
        assert_eq!(to_go_over(&replies).count(), 0, "unanswered is not listed");
        replies[0] = Some(KNOWLEDGE_CHECK[0].expected);
        replies[1] = Some(not_sure(&KNOWLEDGE_CHECK[1]));
        replies[2] = Some((KNOWLEDGE_CHECK[2].expected + 1) % 3);
        let listed: Vec<&str> = to_go_over(&replies).map(|q| q.prompt.text(Lang::En)).collect();
        assert_eq!(listed, [KNOWLEDGE_CHECK[1].prompt.text(Lang::En), KNOWLEDGE_CHECK[2].prompt.text(Lang::En)]);
    }
}
