//! Changing answers one field at a time, by answer id: what the question screens do.
//! Every edit keeps the answers possible (it clears what a change makes impossible), so
//! the UI can never produce answers that `validate` refuses.

use super::answers::*;
use super::ids::{AnswerId, Leaning};

/// One change a person makes to their answers.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    YesNo(AnswerId, Option<YesNo>),
    /// Ticks or unticks one item of a list (areas, kinds, treatments tried, patterns).
    Member(AnswerId, bool),
    /// A 0–10 symptom score or a 0–4 value rating.
    Score(AnswerId, Option<u8>),
    Surgery(Option<Surgery>),
    /// `history.since_onset` or `history.since_surgery`.
    Elapsed(AnswerId, Option<Elapsed>),
    Course(Option<Course>),
    Regularity(Option<Regularity>),
    TreatmentMonths(Option<u32>),
    /// Opens (true) or removes (false) the traffic-accident section.
    AccidentSection(bool),
    Leaning(Option<Leaning>),
}

macro_rules! yes_no_fields {
    ($($id:ident => $($field:ident).+;)* @accident $($accident_id:ident => $accident_field:ident;)*) => {
        impl Answers {
            /// The yes/no answer for an id; `None` for ids that are not yes/no questions.
            pub fn yes_no(&self, id: AnswerId) -> Option<YesNo> {
                match id {
                    $(AnswerId::$id => self.$($field).+,)*
                    $(AnswerId::$accident_id => self.accident.as_ref().and_then(|a| a.$accident_field),)*
                    _ => None,
                }
            }

            fn yes_no_slot(&mut self, id: AnswerId) -> Option<&mut Option<YesNo>> {
                Some(match id {
                    $(AnswerId::$id => &mut self.$($field).+,)*
                    $(AnswerId::$accident_id => &mut self.accident.get_or_insert_with(Default::default).$accident_field,)*
                    _ => return None,
                })
            }
        }
    };
}

yes_no_fields! {
    SaddleNumbness => red_flags.saddle_numbness;
    UrinaryProblem => red_flags.urinary_problem;
    BowelControlLoss => red_flags.bowel_control_loss;
    SexualDysfunction => red_flags.sexual_dysfunction;
    BothLegsNew => red_flags.both_legs;
    WorseningWeakness => red_flags.worsening_weakness;
    FeverUnwell => red_flags.fever_unwell;
    InfectionRisk => red_flags.infection_risk;
    CancerHistory => red_flags.cancer_history;
    WeightLoss => red_flags.weight_loss;
    RecentTrauma => red_flags.recent_trauma;
    SevereRestPain => red_flags.severe_rest_pain;
    ChestPain => red_flags.chest_pain;
    ReliefThenReturn => history.relief_then_return;
    WoundProblem => history.wound_problem;
    LongSitting => body_use.long_sitting;
    StrainedPostures => body_use.strained_postures;
    BentForwardWork => body_use.bent_forward_work;
    HeavyLifting => body_use.heavy_lifting;
    Smoking => lifestyle.smoking;
    GettingCold => lifestyle.getting_cold;
    StrongMassage => lifestyle.strong_massage;
    EnduringPain => lifestyle.enduring_pain;
    SureSure => decision.sure;
    SureUnderstand => decision.understand;
    SureRiskBenefit => decision.risk_benefit;
    SureEncouragement => decision.encouragement;
    @accident
    AfterAccident => after_accident;
    SawDoctorSoon => saw_doctor_soon;
    ImagingDone => imaging_done;
    ImagingMatches => imaging_matches;
    NeuroTestsDone => neuro_tests_done;
    NeuroFindings => neuro_findings;
    SymptomsFixed => symptoms_fixed;
}

/// An item of one of the answer lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Member {
    Tried(Treatment),
    Area(Area),
    Kind(SymptomKind),
    Worse(Trigger),
}

/// Whether an answer is an item of a tick list (its label is `pick.{id}`).
pub fn is_list_item(id: AnswerId) -> bool {
    member(id).is_some()
}

fn member(id: AnswerId) -> Option<Member> {
    use AnswerId as A;
    Some(match id {
        A::TriedMedication => Member::Tried(Treatment::Medication),
        A::TriedNerveBlock => Member::Tried(Treatment::NerveBlock),
        A::TriedPhysiotherapy => Member::Tried(Treatment::Physiotherapy),
        A::TriedBrace => Member::Tried(Treatment::Brace),
        A::TriedNone => Member::Tried(Treatment::None),
        A::AreaLowerBack => Member::Area(Area::LowerBack),
        A::AreaButtock => Member::Area(Area::Buttock),
        A::AreaOneLeg => Member::Area(Area::OneLeg),
        A::AreaBothLegs => Member::Area(Area::BothLegs),
        A::KindPain => Member::Kind(SymptomKind::Pain),
        A::KindNumbness => Member::Kind(SymptomKind::Numbness),
        A::KindWeakness => Member::Kind(SymptomKind::Weakness),
        A::WorseSittingLong => Member::Worse(Trigger::SittingLong),
        A::WorseWalkingEasedBySitting => Member::Worse(Trigger::WalkingEasedBySitting),
        A::WorseBendingBackward => Member::Worse(Trigger::BendingBackward),
        A::WorseBendingForwardOrLifting => Member::Worse(Trigger::BendingForwardOrLifting),
        A::WorseNotSure => Member::Worse(Trigger::NotSure),
        _ => return None,
    })
}

/// Adds or removes an item. `exclusive` ("none", "not sure") stands alone in its list;
/// lists where every item can go with every other pass `None`.
fn toggle<T: PartialEq + Copy>(list: &mut Vec<T>, item: T, on: bool, exclusive: Option<T>) {
    list.retain(|x| *x != item);
    if on {
        if Some(item) == exclusive {
            list.clear();
        } else {
            list.retain(|x| Some(*x) != exclusive);
        }
        list.push(item);
    }
}

impl Answers {
    /// Whether a list item is ticked.
    pub fn has(&self, id: AnswerId) -> bool {
        match member(id) {
            Some(Member::Tried(t)) => self.history.tried.as_deref().unwrap_or_default().contains(&t),
            Some(Member::Area(a)) => self.symptoms.areas.contains(&a),
            Some(Member::Kind(k)) => self.symptoms.kinds.contains(&k),
            Some(Member::Worse(w)) => self.symptoms.worse_with.contains(&w),
            None => false,
        }
    }

    /// A 0–10 score or 0–4 rating by id.
    pub fn score(&self, id: AnswerId) -> Option<u8> {
        let values = &self.values;
        match id {
            AnswerId::PainScore => self.symptoms.pain,
            AnswerId::NumbnessScore => self.symptoms.numbness,
            _ => values.all().into_iter().find(|(value, _)| value_answer(*value) == id).and_then(|(_, r)| r),
        }
    }

    fn score_slot(&mut self, id: AnswerId) -> Option<(&mut Option<u8>, u8)> {
        let v = &mut self.values;
        Some(match id {
            AnswerId::PainScore => (&mut self.symptoms.pain, MAX_SCORE),
            AnswerId::NumbnessScore => (&mut self.symptoms.numbness, MAX_SCORE),
            AnswerId::ValueAvoidSurgery => (&mut v.avoid_surgery, MAX_VALUE),
            AnswerId::ValueFastRelief => (&mut v.fast_relief, MAX_VALUE),
            AnswerId::ValueLowCost => (&mut v.low_cost, MAX_VALUE),
            AnswerId::ValueFewestRisks => (&mut v.fewest_risks, MAX_VALUE),
            AnswerId::ValueLeastTimeAway => (&mut v.least_time_away, MAX_VALUE),
            AnswerId::ValueTryEverything => (&mut v.try_everything, MAX_VALUE),
            _ => return None,
        })
    }

    /// Applies one edit. Edits that name the wrong kind of field, or a value out of range,
    /// change nothing; edits that make an earlier answer impossible clear that answer.
    pub fn apply(&mut self, edit: Edit) {
        match edit {
            Edit::YesNo(id, value) => {
                // A wound after an operation the person says they did not have is impossible.
                let impossible = id == AnswerId::WoundProblem && self.history.operated() == Some(false);
                if let Some(slot) = self.yes_no_slot(id).filter(|_| !impossible) {
                    *slot = value;
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
            Edit::Member(id, on) => match member(id) {
                Some(Member::Tried(t)) => {
                    let mut list = self.history.tried.take().unwrap_or_default();
                    toggle(&mut list, t, on, Some(Treatment::None));
                    self.history.tried = (!list.is_empty()).then_some(list);
                }
                Some(Member::Area(a)) => toggle(&mut self.symptoms.areas, a, on, None),
                Some(Member::Kind(k)) => toggle(&mut self.symptoms.kinds, k, on, None),
                Some(Member::Worse(w)) => toggle(&mut self.symptoms.worse_with, w, on, Some(Trigger::NotSure)),
                None => {}
            },
            Edit::Score(id, value) => {
                if let Some((slot, max)) = self.score_slot(id) {
                    if value.is_none_or(|v| v <= max) {
                        *slot = value;
                    }
                }
            }
            Edit::Surgery(surgery) => {
                self.history.surgery = surgery;
                if surgery == Some(Surgery::None) {
                    // Questions about an operation no longer apply.
                    self.history.since_surgery = None;
                    self.history.relief_then_return = None;
                    self.history.wound_problem = None;
                }
            }
            Edit::Elapsed(id, value) => {
                let in_range = match value {
                    Some(Elapsed::Weeks(w)) => w <= MAX_WEEKS,
                    Some(Elapsed::Months(m)) => m <= MAX_MONTHS,
                    _ => true,
                };
                match id {
                    AnswerId::SinceOnset if in_range => self.history.since_onset = value,
                    AnswerId::SinceSurgery if in_range && self.history.operated() != Some(false) => self.history.since_surgery = value,
                    _ => {}
                }
            }
            Edit::Course(course) => self.symptoms.course = course,
            Edit::Regularity(regularity) => self.accident.get_or_insert_with(Default::default).visit_regularity = regularity,
            Edit::TreatmentMonths(months) => {
                if months.is_none_or(|m| m <= MAX_TREATMENT_MONTHS) {
                    self.accident.get_or_insert_with(Default::default).treatment_months = months;
                }
            }
            Edit::AccidentSection(open) => {
                if !open {
                    self.accident = None;
                } else if self.accident.is_none() {
                    self.accident = Some(Accident::default());
                }
            }
            Edit::Leaning(leaning) => self.decision.leaning = leaning,
        }
    }
}

/// The answer id of a value rating.
pub fn value_answer(value: super::ids::ValueId) -> AnswerId {
    use super::ids::ValueId as V;
    match value {
        V::AvoidSurgery => AnswerId::ValueAvoidSurgery,
        V::FastRelief => AnswerId::ValueFastRelief,
        V::LowCost => AnswerId::ValueLowCost,
        V::FewestRisks => AnswerId::ValueFewestRisks,
        V::LeastTimeAway => AnswerId::ValueLeastTimeAway,
        V::TryEverything => AnswerId::ValueTryEverything,
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
            answers.apply(Edit::YesNo(*id, Some(YesNo::NotSure)));
            if answers.yes_no(*id) == Some(YesNo::NotSure) {
                count += 1;
                answers.apply(Edit::YesNo(*id, Some(YesNo::Yes)));
                assert_eq!(answers.yes_no(*id), Some(YesNo::Yes), "{id}");
            }
        }
        assert_eq!(count, 34, "thirteen flags, two history, eight body-use and lifestyle, seven accident, four SURE");
    }

    #[test]
    fn none_and_not_sure_stand_alone_in_their_lists() {
        let mut answers = Answers::default();
        answers.apply(Edit::Member(AnswerId::TriedMedication, true));
        answers.apply(Edit::Member(AnswerId::TriedNone, true));
        assert_eq!(answers.history.tried, Some(vec![Treatment::None]));
        answers.apply(Edit::Member(AnswerId::TriedBrace, true));
        assert_eq!(answers.history.tried, Some(vec![Treatment::Brace]));
        answers.apply(Edit::Member(AnswerId::TriedBrace, false));
        assert_eq!(answers.history.tried, None, "an empty list is unanswered");
        answers.apply(Edit::Member(AnswerId::WorseSittingLong, true));
        answers.apply(Edit::Member(AnswerId::WorseNotSure, true));
        assert_eq!(answers.symptoms.worse_with, vec![Trigger::NotSure]);
        assert!(answers.has(AnswerId::WorseNotSure));
    }

    #[test]
    fn edits_keep_answers_possible() {
        let mut answers = Answers::default();
        answers.apply(Edit::Surgery(Some(Surgery::Laser)));
        answers.apply(Edit::Elapsed(AnswerId::SinceSurgery, Some(Elapsed::Weeks(8))));
        answers.apply(Edit::Surgery(Some(Surgery::None)));
        assert_eq!(answers.history.since_surgery, None);
        answers.apply(Edit::Elapsed(AnswerId::SinceSurgery, Some(Elapsed::Weeks(8))));
        assert_eq!(answers.history.since_surgery, None, "no time since surgery without surgery");
        answers.apply(Edit::YesNo(AnswerId::ImagingMatches, Some(YesNo::Yes)));
        answers.apply(Edit::YesNo(AnswerId::ImagingDone, Some(YesNo::No)));
        assert_eq!(answers.accident.as_ref().unwrap().imaging_matches, None);
        answers.apply(Edit::YesNo(AnswerId::NeuroFindings, Some(YesNo::Yes)));
        answers.apply(Edit::YesNo(AnswerId::NeuroTestsDone, Some(YesNo::No)));
        assert_eq!(answers.accident.as_ref().unwrap().neuro_findings, None, "no findings without tests");
        answers.apply(Edit::Score(AnswerId::PainScore, Some(11)));
        assert_eq!(answers.symptoms.pain, None, "out of range changes nothing");
        answers.apply(Edit::Score(AnswerId::ValueLowCost, Some(4)));
        assert_eq!(answers.score(AnswerId::ValueLowCost), Some(4));
        assert_eq!(answers.validate(), Ok(()));
    }
}
