//! What a person tells us. Every field may be missing ("not answered"), and every
//! question offers "not sure". Unknown fields in JSON are ignored, so a newer app's
//! answers still open in an older one where they can.

use serde::{Deserialize, Serialize};

use super::ids::{ids, AnswerId};
pub use super::questions::{Accident, BodyUse, Decision, History, Lifestyle, RedFlags, Symptoms, Values};

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

impl History {
    pub fn operated(&self) -> Option<bool> {
        self.surgery.and_then(Surgery::operated)
    }

    /// The conservative treatments tried ("nothing yet" aside), with their answer ids.
    pub fn conservative_tried(&self) -> Vec<AnswerId> {
        let tried = self.tried.as_deref().unwrap_or_default();
        let items = super::registry::question(AnswerId::Tried).map_or(&[][..], |q| q.items);
        Treatment::ALL.iter().zip(items).filter(|(t, _)| **t != Treatment::None && tried.contains(t)).map(|(_, id)| *id).collect()
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

ids! {
    pub enum Regularity {
        Regular => "regular",
        Irregular => "irregular",
        NotSure => "not_sure",
    }
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
        for (id, _, rating) in self.ratings() {
            if rating.is_some_and(|r| r > MAX_VALUE) {
                return Err(invalid(id.as_str(), format!("must be from 0 to {MAX_VALUE}")));
            }
        }
        Ok(())
    }
}
