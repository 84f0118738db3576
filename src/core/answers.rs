//! What a person tells us. Every field may be missing ("not answered"), and every
//! question offers "not sure". Unknown fields in JSON are ignored, so a newer app's
//! answers still open in an older one where they can.

use serde::{Deserialize, Serialize};

use super::ids::{ids, AnswerId};

/// The version of the answers format this build writes. Older versions still decode.
pub const ANSWERS_VERSION: u32 = 1;

ids! {
    /// The answer to a yes/no question.
    pub enum YesNo {
        Yes => "yes",
        No => "no",
        NotSure => "not_sure",
    }
}

/// Helpers for an optional yes/no answer.
pub trait Reply {
    fn is_yes(&self) -> bool;
    fn is_no(&self) -> bool;
}

impl Reply for Option<YesNo> {
    fn is_yes(&self) -> bool {
        *self == Some(YesNo::Yes)
    }
    fn is_no(&self) -> bool {
        *self == Some(YesNo::No)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    /// The format version; a missing one means version 1.
    pub version: u32,
    pub red_flags: RedFlags,
    pub history: History,
    pub symptoms: Symptoms,
    pub body_use: BodyUse,
    pub lifestyle: Lifestyle,
    /// Present only when the person chose to answer the traffic-accident section.
    pub accident: Option<Accident>,
    pub values: Values,
    /// The SURE check and the person's own leaning, answered on the results.
    pub decision: Decision,
}

/// The four SURE questions (Sure, Understand, Risk–benefit, Encouragement), each yes or no,
/// and which way the person is leaning.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Decision {
    pub sure: Option<YesNo>,
    pub understand: Option<YesNo>,
    pub risk_benefit: Option<YesNo>,
    pub encouragement: Option<YesNo>,
    pub leaning: Option<super::ids::Leaning>,
}

impl Decision {
    pub fn sure_items(&self) -> [(AnswerId, Option<YesNo>); 4] {
        [
            (AnswerId::SureSure, self.sure),
            (AnswerId::SureUnderstand, self.understand),
            (AnswerId::SureRiskBenefit, self.risk_benefit),
            (AnswerId::SureEncouragement, self.encouragement),
        ]
    }
}

/// Signs that need care at once, today or soon, from published lists only (the levels are in
/// `triage.rs`). The nerve-bundle signs are asked as **new**: long-standing bladder trouble is
/// not the sign.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RedFlags {
    /// New numbness around the buttocks, genitals or inner thighs (the "saddle" area).
    pub saddle_numbness: Option<YesNo>,
    /// New trouble starting or controlling urination, retention, leaking, or not feeling
    /// urine pass or the bladder fill.
    pub urinary_problem: Option<YesNo>,
    pub bowel_control_loss: Option<YesNo>,
    pub sexual_dysfunction: Option<YesNo>,
    /// New pain, numbness or weakness in both legs.
    pub both_legs: Option<YesNo>,
    /// Chest pain together with the back pain.
    pub chest_pain: Option<YesNo>,
    /// Leg weakness getting worse, such as a foot that drops.
    pub worsening_weakness: Option<YesNo>,
    pub fever_unwell: Option<YesNo>,
    /// Long-term steroids or other medicines that weaken immunity, HIV, injecting drugs,
    /// diabetes.
    pub infection_risk: Option<YesNo>,
    pub cancer_history: Option<YesNo>,
    /// Weight loss without trying, or not managing to eat enough.
    pub weight_loss: Option<YesNo>,
    /// A recent significant fall or accident.
    pub recent_trauma: Option<YesNo>,
    /// Severe pain at rest or at night that does not ease, unrelated to movement.
    pub severe_rest_pain: Option<YesNo>,
}

impl RedFlags {
    /// Every red-flag question with its reply, in the order the red-flag step asks them.
    pub fn all(&self) -> [(AnswerId, Option<YesNo>); 13] {
        [
            (AnswerId::SaddleNumbness, self.saddle_numbness),
            (AnswerId::UrinaryProblem, self.urinary_problem),
            (AnswerId::BowelControlLoss, self.bowel_control_loss),
            (AnswerId::SexualDysfunction, self.sexual_dysfunction),
            (AnswerId::BothLegsNew, self.both_legs),
            (AnswerId::ChestPain, self.chest_pain),
            (AnswerId::WorseningWeakness, self.worsening_weakness),
            (AnswerId::FeverUnwell, self.fever_unwell),
            (AnswerId::InfectionRisk, self.infection_risk),
            (AnswerId::CancerHistory, self.cancer_history),
            (AnswerId::WeightLoss, self.weight_loss),
            (AnswerId::RecentTrauma, self.recent_trauma),
            (AnswerId::SevereRestPain, self.severe_rest_pain),
        ]
    }
}

ids! {
    pub enum Surgery {
        None => "none",
        DiscectomyOpen => "discectomy_open",
        DiscectomyMicroscopic => "discectomy_microscopic",
        DiscectomyEndoscopic => "discectomy_endoscopic",
        /// Percutaneous laser disc decompression (PLDD).
        Laser => "laser",
        Fusion => "fusion",
        Other => "other",
        NotSure => "not_sure",
    }
}

impl Surgery {
    /// Whether the person has had an operation on the spine. `None` when they are not sure.
    pub fn operated(self) -> Option<bool> {
        match self {
            Surgery::None => Some(false),
            Surgery::NotSure => None,
            _ => Some(true),
        }
    }
}

/// How long ago something began, as the person counts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Elapsed {
    Weeks(u32),
    Months(u32),
    NotSure,
}

/// The longest span we accept: a century, in either unit.
pub const MAX_WEEKS: u32 = 5_218;
pub const MAX_MONTHS: u32 = 1_200;

/// Three months: the line between early and persistent symptoms (the source article; the
/// regression meta-analysis), and the window after surgery in which a fever needs a same-day
/// check (`triage.rs`).
pub const THREE_MONTHS: u32 = 3;
/// Three months in whole weeks, as a person counting in weeks reaches it.
pub const THREE_MONTHS_IN_WEEKS: u32 = 13;

/// Six months after surgery: from then on spinal cord stimulation is usually considered for
/// pain that goes on despite usual care (NICE TA159).
pub const STIMULATION_MONTHS: u32 = 6;
/// Six months in whole weeks.
pub const STIMULATION_MONTHS_IN_WEEKS: u32 = 26;

impl Elapsed {
    /// Whether this is at least three months: the line between early and persistent.
    pub fn at_least_three_months(self) -> Option<bool> {
        self.at_least(THREE_MONTHS, THREE_MONTHS_IN_WEEKS)
    }

    /// Whether this is at least `months` (or `weeks`, when counted in weeks).
    pub fn at_least(self, months: u32, weeks: u32) -> Option<bool> {
        match self {
            Elapsed::Weeks(w) => Some(w >= weeks),
            Elapsed::Months(m) => Some(m >= months),
            Elapsed::NotSure => None,
        }
    }
}

ids! {
    pub enum Treatment {
        Medication => "medication",
        NerveBlock => "nerve_block",
        Physiotherapy => "physiotherapy",
        Brace => "brace",
        None => "none",
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct History {
    pub surgery: Option<Surgery>,
    pub since_onset: Option<Elapsed>,
    /// Asked only after surgery.
    pub since_surgery: Option<Elapsed>,
    /// After surgery: a period of relief, then the symptoms came back.
    pub relief_then_return: Option<YesNo>,
    /// After surgery: the wound is red, swollen, leaking or opening.
    pub wound_problem: Option<YesNo>,
    /// Treatments already tried; `None` means the list was not answered.
    pub tried: Option<Vec<Treatment>>,
}

impl History {
    pub fn operated(&self) -> Option<bool> {
        self.surgery.and_then(Surgery::operated)
    }

    /// The conservative treatments tried, with their answer ids.
    pub fn conservative_tried(&self) -> Vec<AnswerId> {
        let tried = self.tried.as_deref().unwrap_or_default();
        [
            (Treatment::Medication, AnswerId::TriedMedication),
            (Treatment::NerveBlock, AnswerId::TriedNerveBlock),
            (Treatment::Physiotherapy, AnswerId::TriedPhysiotherapy),
            (Treatment::Brace, AnswerId::TriedBrace),
        ]
        .into_iter()
        .filter(|(treatment, _)| tried.contains(treatment))
        .map(|(_, id)| id)
        .collect()
    }
}

ids! {
    pub enum Area {
        LowerBack => "lower_back",
        Buttock => "buttock",
        OneLeg => "one_leg",
        BothLegs => "both_legs",
    }
}

ids! {
    pub enum SymptomKind {
        Pain => "pain",
        Numbness => "numbness",
        Weakness => "weakness",
    }
}

ids! {
    pub enum Course {
        Better => "better",
        Same => "same",
        Worse => "worse",
        NotSure => "not_sure",
    }
}

ids! {
    /// What makes the symptoms worse. Each pattern hints at a topic to raise with a doctor.
    pub enum Trigger {
        SittingLong => "sitting_long",
        /// Walking, eased by sitting down or bending forward.
        WalkingEasedBySitting => "walking_eased_by_sitting",
        BendingBackward => "bending_backward",
        BendingForwardOrLifting => "bending_forward_or_lifting",
        NotSure => "not_sure",
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Symptoms {
    pub areas: Vec<Area>,
    pub kinds: Vec<SymptomKind>,
    /// 0 (none) to 10 (worst imaginable).
    pub pain: Option<u8>,
    /// 0 (none) to 10 (worst imaginable).
    pub numbness: Option<u8>,
    pub course: Option<Course>,
    pub worse_with: Vec<Trigger>,
}

impl Symptoms {
    pub fn has_area(&self, area: Area) -> bool {
        self.areas.contains(&area)
    }
    pub fn worse_with(&self, trigger: Trigger) -> bool {
        self.worse_with.contains(&trigger)
    }
    /// Whether any symptom is reported now; `None` when nothing about it was answered.
    pub fn present(&self) -> Option<bool> {
        let scored = [self.pain, self.numbness];
        if !self.kinds.is_empty() || scored.iter().any(|s| s.is_some_and(|s| s > 0)) {
            Some(true)
        } else if scored.iter().all(|s| *s == Some(0)) {
            Some(false)
        } else {
            None
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BodyUse {
    pub long_sitting: Option<YesNo>,
    pub strained_postures: Option<YesNo>,
    pub bent_forward_work: Option<YesNo>,
    pub heavy_lifting: Option<YesNo>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Lifestyle {
    pub smoking: Option<YesNo>,
    pub getting_cold: Option<YesNo>,
    pub strong_massage: Option<YesNo>,
    /// Putting up with pain without seeking care.
    pub enduring_pain: Option<YesNo>,
}

ids! {
    pub enum Regularity {
        Regular => "regular",
        Irregular => "irregular",
        NotSure => "not_sure",
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Accident {
    /// The symptoms began after a traffic accident.
    pub after_accident: Option<YesNo>,
    pub saw_doctor_soon: Option<YesNo>,
    pub treatment_months: Option<u32>,
    pub visit_regularity: Option<Regularity>,
    /// An MRI or X-ray was taken.
    pub imaging_done: Option<YesNo>,
    /// The doctor said the images match the symptoms.
    pub imaging_matches: Option<YesNo>,
    pub neuro_tests_done: Option<YesNo>,
    /// The doctor recorded abnormal findings (weaker reflexes, less feeling, weaker muscles):
    /// what a grade needs, not the tests alone. Added with share format 3.
    pub neuro_findings: Option<YesNo>,
    /// Told that the symptoms are fixed (症状固定).
    pub symptoms_fixed: Option<YesNo>,
}

/// How much each thing matters, 0 (not at all) to 4 (very much).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Values {
    pub avoid_surgery: Option<u8>,
    pub fast_relief: Option<u8>,
    pub low_cost: Option<u8>,
    pub fewest_risks: Option<u8>,
    pub least_time_away: Option<u8>,
    pub try_everything: Option<u8>,
}

pub const MAX_SCORE: u8 = 10;
pub const MAX_VALUE: u8 = 4;
/// A rating of at least this much counts as "matters a lot" on the results.
pub const HIGH_VALUE: u8 = 3;
/// About six months of treatment: practitioners' rule of thumb for the after-effect grades
/// (unofficial; marked so on the results).
pub const GRADE_TREATMENT_MONTHS: u32 = 6;
/// Months of treatment we accept in the accident section: fifty years.
pub const MAX_TREATMENT_MONTHS: u32 = 600;

/// Why a set of answers cannot be used, naming the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswersError {
    /// The field's path, such as `symptoms.pain`; empty when the input is not JSON at all.
    pub field: String,
    pub problem: String,
}

impl std::fmt::Display for AnswersError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}", self.problem)
        } else {
            write!(f, "`{}`: {}", self.field, self.problem)
        }
    }
}

impl std::error::Error for AnswersError {}

fn invalid(field: &str, problem: impl Into<String>) -> AnswersError {
    AnswersError { field: field.to_string(), problem: problem.into() }
}

impl Answers {
    /// Decodes JSON and checks that the answers are possible. Never panics.
    pub fn from_json(bytes: &[u8]) -> Result<Answers, AnswersError> {
        let mut deserializer = serde_json::Deserializer::from_slice(bytes);
        let mut answers: Answers = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
            let field = error.path().to_string();
            let problem = error.into_inner().to_string();
            AnswersError { field: if field == "." { String::new() } else { field }, problem }
        })?;
        deserializer.end().map_err(|error| invalid("", error.to_string()))?;
        if answers.version == 0 {
            answers.version = 1;
        }
        answers.validate()?;
        Ok(answers)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("answers always serialise")
    }

    /// Checks what serde cannot: ranges, and answers that contradict each other.
    pub fn validate(&self) -> Result<(), AnswersError> {
        if self.version > ANSWERS_VERSION {
            return Err(invalid(
                "version",
                format!("version {} is newer than this build understands (up to {ANSWERS_VERSION})", self.version),
            ));
        }
        for (field, elapsed) in [("history.since_onset", self.history.since_onset), ("history.since_surgery", self.history.since_surgery)] {
            match elapsed {
                Some(Elapsed::Weeks(weeks)) if weeks > MAX_WEEKS => {
                    return Err(invalid(field, format!("{weeks} weeks is more than a lifetime (at most {MAX_WEEKS})")))
                }
                Some(Elapsed::Months(months)) if months > MAX_MONTHS => {
                    return Err(invalid(field, format!("{months} months is more than a lifetime (at most {MAX_MONTHS})")))
                }
                _ => {}
            }
        }
        if self.history.operated() == Some(false) && self.history.since_surgery.is_some_and(|e| e != Elapsed::NotSure) {
            return Err(invalid("history.since_surgery", "a time since surgery was given, but `history.surgery` says there was none"));
        }
        if self.history.operated() == Some(false) && self.history.wound_problem.is_yes() {
            return Err(invalid(
                "history.wound_problem",
                "a wound problem after surgery was given, but `history.surgery` says there was none",
            ));
        }
        if let Some(tried) = &self.history.tried {
            if tried.contains(&Treatment::None) && tried.len() > 1 {
                return Err(invalid("history.tried", "\"none\" cannot be chosen together with a treatment"));
            }
        }
        for (field, score) in [("symptoms.pain", self.symptoms.pain), ("symptoms.numbness", self.symptoms.numbness)] {
            if score.is_some_and(|s| s > MAX_SCORE) {
                return Err(invalid(field, format!("must be from 0 to {MAX_SCORE}")));
            }
        }
        if self.symptoms.worse_with.contains(&Trigger::NotSure) && self.symptoms.worse_with.len() > 1 {
            return Err(invalid("symptoms.worse_with", "\"not_sure\" cannot be chosen together with a pattern"));
        }
        if let Some(accident) = &self.accident {
            if accident.treatment_months.is_some_and(|m| m > MAX_TREATMENT_MONTHS) {
                return Err(invalid("accident.treatment_months", format!("must be at most {MAX_TREATMENT_MONTHS}")));
            }
            if accident.imaging_done.is_no() && accident.imaging_matches.is_yes() {
                return Err(invalid("accident.imaging_matches", "images cannot match when no imaging was done"));
            }
            if accident.neuro_tests_done.is_no() && accident.neuro_findings.is_yes() {
                return Err(invalid("accident.neuro_findings", "no findings can be recorded when no nerve tests were done"));
            }
        }
        for (value, rating) in self.values.all() {
            if rating.is_some_and(|r| r > MAX_VALUE) {
                return Err(invalid(&format!("values.{}", value.as_str()), format!("must be from 0 to {MAX_VALUE}")));
            }
        }
        Ok(())
    }
}

impl Values {
    pub fn all(&self) -> [(super::ids::ValueId, Option<u8>); 6] {
        use super::ids::ValueId::*;
        [
            (AvoidSurgery, self.avoid_surgery),
            (FastRelief, self.fast_relief),
            (LowCost, self.low_cost),
            (FewestRisks, self.fewest_risks),
            (LeastTimeAway, self.least_time_away),
            (TryEverything, self.try_everything),
        ]
    }
}
