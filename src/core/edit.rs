//! Changing answers one question at a time, by answer id: what the question screens do.
//! Every edit keeps the answers possible (it clears what a change makes impossible), so
//! the UI can never produce answers that `validate` refuses.

use super::answers::*;
use super::ids::{AnswerId, ValueId};
use super::questions::QUESTIONS;
use super::registry::{list_of, question, questions_of, Kind, Response, Step, When};

/// One change a person makes to their answers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Edit {
    /// Sets one question's reply (`Response::Pick(None)` and the like clear it).
    Set(AnswerId, Response),
    /// Ticks or unticks one item of a list (areas, kinds, treatments tried, patterns).
    Tick(AnswerId, bool),
}

impl Edit {
    /// Sets a yes/no question, or a pick over any listed type.
    pub fn pick<T: super::registry::Listed>(id: AnswerId, value: Option<T>) -> Edit {
        Edit::Set(id, Response::from(value))
    }

    /// Sets a score, a rating or a count.
    pub fn number(id: AnswerId, value: Option<u32>) -> Edit {
        Edit::Set(id, Response::Number(value))
    }
}

impl Answers {
    /// The reply to a question; `None` for a tick-list item.
    pub fn response(&self, id: AnswerId) -> Option<Response> {
        question(id).map(|q| (q.get)(self))
    }

    /// The yes/no answer for an id; `None` for ids that are not yes/no questions.
    pub fn yes_no(&self, id: AnswerId) -> Option<YesNo> {
        match (question(id)?.kind, self.response(id)?) {
            (Kind::YesNo { .. }, Response::Pick(i)) => YesNo::ALL.get(usize::from(i?)).copied(),
            _ => None,
        }
    }

    /// Whether a list item is ticked.
    pub fn has(&self, item: AnswerId) -> bool {
        list_of(item).is_some_and(|(q, bit)| matches!((q.get)(self), Response::Ticks(Some(b)) if b & bit != 0))
    }

    /// A 0–10 score or 0–4 rating by id.
    pub fn score(&self, id: AnswerId) -> Option<u8> {
        match (question(id)?.kind, self.response(id)?) {
            (Kind::Score { .. } | Kind::Rating(_), Response::Number(n)) => n.and_then(|n| u8::try_from(n).ok()),
            _ => None,
        }
    }

    /// The yes/no questions of one step with their replies, in the order the step asks them.
    pub fn yes_no_replies(&self, step: Step) -> Vec<(AnswerId, Option<YesNo>)> {
        questions_of(step).filter(|q| matches!(q.kind, Kind::YesNo { .. })).map(|q| (q.id, self.yes_no(q.id))).collect()
    }

    /// Each value rating: its answer id, the value, and how much it matters.
    pub fn ratings(&self) -> Vec<(AnswerId, ValueId, Option<u8>)> {
        questions_of(Step::Values)
            .filter_map(|q| match q.kind {
                Kind::Rating(value) => Some((q.id, value, self.score(q.id))),
                _ => None,
            })
            .collect()
    }

    /// Applies one edit. Edits that name the wrong kind of field, or a value out of range,
    /// change nothing; edits that make an earlier answer impossible clear that answer.
    pub fn apply(&mut self, edit: Edit) {
        match edit {
            Edit::Set(id, response) => {
                let Some(q) = question(id) else { return };
                // Questions about an operation the person says they did not have cannot be answered.
                let impossible = q.when == When::AfterSurgery && self.history.operated() == Some(false);
                if impossible || !q.kind.allows(response, q.items.len()) {
                    return;
                }
                (q.set)(self, response);
            }
            Edit::Tick(item, on) => {
                let Some((q, bit)) = list_of(item) else { return };
                let Kind::Ticks { exclusive, .. } = q.kind else { return };
                let Response::Ticks(ticked) = (q.get)(self) else { return };
                let alone = exclusive.map_or(0, |e| 1 << e);
                let mut ticked = ticked.unwrap_or(0) & !bit;
                if on {
                    // "None" and "not sure" stand alone in their list.
                    ticked = if bit == alone { bit } else { ticked & !alone | bit };
                }
                // An emptied list is unanswered.
                (q.set)(self, Response::Ticks((ticked != 0).then_some(ticked)));
            }
        }
        // Without an operation, the questions asked only after one are unanswered (the registry
        // says which they are).
        if self.history.operated() == Some(false) {
            let blank = Answers::default();
            for q in QUESTIONS.iter().filter(|q| q.when == When::AfterSurgery) {
                (q.set)(self, (q.get)(&blank));
            }
        }
        if let Some(accident) = &mut self.accident {
            if accident.imaging_done.is_no() {
                accident.imaging_matches = None;
            }
            if accident.neuro_tests_done.is_no() {
                accident.neuro_findings = None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_yes_no_id_reads_back_what_was_set() {
        let mut answers = Answers::default();
        let mut count = 0;
        for id in AnswerId::ALL {
            answers.apply(Edit::pick(*id, Some(YesNo::NotSure)));
            if answers.yes_no(*id) == Some(YesNo::NotSure) {
                count += 1;
                answers.apply(Edit::pick(*id, Some(YesNo::Yes)));
                assert_eq!(answers.yes_no(*id), Some(YesNo::Yes), "{id}");
            }
        }
        let yes_no = crate::core::questions::QUESTIONS.iter().filter(|q| matches!(q.kind, Kind::YesNo { .. })).count();
        assert_eq!(count, yes_no, "every yes/no question, and nothing else, takes a yes/no reply");
        assert!(yes_no >= 34, "thirteen flags, two history, eight body-use and lifestyle, seven accident, four SURE");
    }

    #[test]
    fn none_and_not_sure_stand_alone_in_their_lists() {
        let mut answers = Answers::default();
        answers.apply(Edit::Tick(AnswerId::TriedMedication, true));
        answers.apply(Edit::Tick(AnswerId::TriedNone, true));
        assert_eq!(answers.history.tried, Some(vec![Treatment::None]));
        answers.apply(Edit::Tick(AnswerId::TriedBrace, true));
        assert_eq!(answers.history.tried, Some(vec![Treatment::Brace]));
        answers.apply(Edit::Tick(AnswerId::TriedBrace, false));
        assert_eq!(answers.history.tried, None, "an empty list is unanswered");
        answers.apply(Edit::Tick(AnswerId::WorseSittingLong, true));
        answers.apply(Edit::Tick(AnswerId::WorseNotSure, true));
        assert_eq!(answers.symptoms.worse_with, vec![Trigger::NotSure]);
        assert!(answers.has(AnswerId::WorseNotSure));
        answers.apply(Edit::Tick(AnswerId::AreaOneLeg, true));
        answers.apply(Edit::Tick(AnswerId::AreaLowerBack, true));
        assert_eq!(answers.symptoms.areas, vec![Area::LowerBack, Area::OneLeg], "kept in the order of the list");
    }

    #[test]
    fn edits_keep_answers_possible() {
        let mut answers = Answers::default();
        answers.apply(Edit::pick(AnswerId::Surgery, Some(Surgery::Laser)));
        answers.apply(Edit::Set(AnswerId::SinceSurgery, Response::Elapsed(Some(Elapsed::Weeks(8)))));
        answers.apply(Edit::pick(AnswerId::Surgery, Some(Surgery::None)));
        assert_eq!(answers.history.since_surgery, None);
        answers.apply(Edit::Set(AnswerId::SinceSurgery, Response::Elapsed(Some(Elapsed::Weeks(8)))));
        assert_eq!(answers.history.since_surgery, None, "no time since surgery without surgery");
        answers.apply(Edit::pick(AnswerId::ImagingMatches, Some(YesNo::Yes)));
        answers.apply(Edit::pick(AnswerId::ImagingDone, Some(YesNo::No)));
        assert_eq!(answers.accident.as_ref().unwrap().imaging_matches, None);
        answers.apply(Edit::pick(AnswerId::NeuroFindings, Some(YesNo::Yes)));
        answers.apply(Edit::pick(AnswerId::NeuroTestsDone, Some(YesNo::No)));
        assert_eq!(answers.accident.as_ref().unwrap().neuro_findings, None, "no findings without tests");
        answers.apply(Edit::Set(AnswerId::PainScore, Response::Number(Some(11))));
        assert_eq!(answers.symptoms.pain, None, "out of range changes nothing");
        answers.apply(Edit::Set(AnswerId::PainScore, Response::Number(Some(256))));
        assert_eq!(answers.symptoms.pain, None, "nor does a number a score cannot hold");
        answers.apply(Edit::Set(AnswerId::ValueLowCost, Response::Number(Some(4))));
        assert_eq!(answers.score(AnswerId::ValueLowCost), Some(4));
        answers.apply(Edit::Set(AnswerId::ValueLowCost, Response::Pick(Some(1))));
        assert_eq!(answers.score(AnswerId::ValueLowCost), Some(4), "a reply of the wrong form changes nothing");
        answers.apply(Edit::Set(AnswerId::AccidentIncluded, Response::Section(false)));
        assert_eq!(answers.accident, None);
        assert_eq!(answers.validate(), Ok(()));
    }
}
