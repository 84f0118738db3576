//! What the engine returns: ids and data, never sentences. The content layer turns each
//! id into text in the person's language.

use serde::{Deserialize, Serialize};

use super::ids::ids;
use super::ids::*;

/// The version of the assessment format this build writes.
pub const ASSESSMENT_VERSION: u32 = 2;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub version: u32,
    pub urgency: Urgency,
    pub phase: Phase,
    pub topics: Vec<Topic>,
    /// All eight options, always, in [`OptionId::ALL`] order. Never ranked.
    pub options: Vec<OptionView>,
    pub values: Vec<ValueLink>,
    pub self_care: Vec<SelfCareItem>,
    pub disability_grade: Option<DisabilityGrade>,
    pub questions: Vec<QuestionId>,
    pub readiness: Readiness,
}

/// The SURE test's four questions: fewer "yes" answers than this suggests decisional conflict.
pub const SURE_ITEMS: u8 = 4;

/// The SURE test: the number of "yes" answers out of four. Three or fewer suggests the
/// person would like more support before deciding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Readiness {
    /// `None` until all four are answered.
    pub score: Option<u8>,
    pub needs_more_support: Option<bool>,
    pub citations: Vec<Citation>,
}

ids! {
    /// How soon to seek care, from most to least urgent (the order is the `Ord`):
    /// emergency (119 now), same day (be seen today), prompt (a doctor within days), routine
    /// (a usual visit), self-care (and a doctor if it does not keep improving).
    pub enum UrgencyLevel {
        Emergency => "emergency",
        SameDay => "same_day",
        Prompt => "prompt",
        Routine => "routine",
        SelfCare => "self_care",
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Urgency {
    pub level: UrgencyLevel,
    /// The answers that set the level; empty only when nothing raised it.
    pub because: Vec<AnswerId>,
    pub citations: Vec<Citation>,
}

ids! {
    /// Under three months since onset (or since surgery, after surgery), or more.
    pub enum PhaseValue {
        Early => "early",
        Persistent => "persistent",
        Unknown => "unknown",
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phase {
    pub value: PhaseValue,
    /// Whether the clock runs from surgery rather than from the first symptoms.
    pub counted_from_surgery: bool,
    pub because: Vec<AnswerId>,
    pub citations: Vec<Citation>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Topic {
    pub id: TopicId,
    pub subtopics: Vec<Subtopic>,
    pub because: Vec<AnswerId>,
    pub citations: Vec<Citation>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subtopic {
    pub id: SubtopicId,
    pub because: Vec<AnswerId>,
}

ids! {
    /// Whether an answer meets a guideline condition.
    pub enum Status {
        Met => "met",
        NotMet => "not_met",
        Unknown => "unknown",
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Condition {
    pub id: ConditionId,
    pub status: Status,
    pub because: Vec<AnswerId>,
}

ids! {
    /// Who pays in Japan: nothing to pay, public insurance (the laser method excepted),
    /// self-paid, or (where our sources do not say) depending on what is done and where.
    pub enum Insurance {
        NoTreatmentCost => "no_treatment_cost",
        Public => "public",
        PublicExceptLaser => "public_except_laser",
        SelfPaid => "self_paid",
        DependsOnClinic => "depends_on_clinic",
    }
}

ids! {
    /// How much the evidence can be trusted, in GRADE-like steps.
    pub enum EvidenceStrength {
        Moderate => "moderate",
        Low => "low",
        VeryLow => "very_low",
    }
}

ids! {
    /// The time frame of a figure, the same words for every option. "Several months" is the
    /// pooled studies' follow-up, which varied (the authors suggest re-checks at 4 and 10.5 months).
    pub enum TimeFrame {
        SeveralMonths => "several_months",
        SixMonths => "six_months",
        OneYear => "one_year",
        /// A state measured at the time point, not a running count up to it.
        AtOneYear => "at_one_year",
        TwoYears => "two_years",
        FiveYears => "five_years",
    }
}

/// "N out of 100 people, within T", about the people its content message `population.{id}`
/// describes; a range where sources differ.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    pub id: OutcomeId,
    pub out_of_100: u8,
    /// The top of the range, where sources give only a range ("4 to 15").
    pub up_to: Option<u8>,
    /// How sure the figure is, where the source says: its 95% confidence interval or the
    /// spread between reports, lowest and highest.
    pub range: Option<(u8, u8)>,
    pub within: TimeFrame,
    pub citation: Citation,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionFacts {
    pub insurance: Insurance,
    pub evidence: EvidenceStrength,
    /// Empty where our sources give no reliable figure; the content says so.
    pub outcomes: Vec<Outcome>,
    /// With no figure out of 100: whether the trials report average changes instead (given
    /// in the benefits text), rather than nothing reliable.
    #[serde(default)]
    pub averages_only: bool,
    pub citations: Vec<Citation>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionView {
    pub id: OptionId,
    /// Reoperation and stimulation concern only people who have had surgery.
    pub only_after_surgery: bool,
    /// "Usually considered when …", each condition with its status for this person.
    pub considered_when: Vec<Condition>,
    pub facts: OptionFacts,
}

/// A thing the person rated as mattering a lot, and every option's feature on it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValueLink {
    pub value: ValueId,
    pub rating: u8,
    /// Always all eight, in the fixed order: the content gives each one's feature.
    pub options: Vec<OptionId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SelfCareItem {
    pub id: SelfCareId,
    pub because: Vec<AnswerId>,
    pub citations: Vec<Citation>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Requirement {
    pub id: RequirementId,
    /// False for practitioners' rules of thumb, which no rule book states.
    pub official: bool,
    pub status: Status,
    pub because: Vec<AnswerId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GradeCheck {
    pub grade: GradeId,
    pub requirements: Vec<Requirement>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisabilityGrade {
    pub grades: Vec<GradeCheck>,
    pub documents: Vec<DocumentId>,
    pub denial_reasons: Vec<DenialReasonId>,
    /// Always true: only the assessing body (損害保険料率算出機構) decides a grade.
    pub decided_only_by_assessing_body: bool,
    pub citations: Vec<Citation>,
}
