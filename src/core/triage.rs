//! Triage: how soon to seek care. Every rule is data in one of the tables below, each with its
//! level and its sources; `urgency` reads them, the jump to the emergency or same-day screen
//! (`warning_after`) asks `urgency`, and `docs/clinical-rules.md` is written from the same
//! tables (`cargo run --bin clinical-rules`). Nothing else decides what a warning sign means.
//!
//! "Not sure" errs towards care: about a sign whose "yes" means 119, it means "be seen today";
//! about any other sign, "see a doctor within days" (symptom checkers under-triage, so the app
//! keeps to the published lists and leans towards care).

use super::answers::*;
use super::assessment::{Urgency, UrgencyLevel};
use super::ids::{ids, AnswerId, Citation};

ids! {
    /// The parts of the answers in the order the steps ask them; triage reads only the first three.
    pub enum Section {
        RedFlags => "red_flags",
        History => "history",
        Symptoms => "symptoms",
    }
}

ids! {
    pub enum FlagGroup {
        /// Signs that the nerve bundle at the base of the spine is squeezed (NHS leaflet; Japanese
        /// herniation guideline): each asked as new.
        CaudaEquina => "cauda_equina",
        /// Chest pain with back pain: 999 or A&E in the NHS list; on the Japanese list too.
        OtherEmergency => "other_emergency",
        /// Worsening weakness and signs of serious disease (NICE NG59; 腰痛診療ガイドライン2019).
        SeriousPathology => "serious_pathology",
        /// Signs of a wound infection, asked only of people who had an operation.
        AfterSurgery => "after_surgery",
    }
}

/// One warning sign: the level a "yes" sets, the level a "not sure" sets, and the sources.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RedFlagRule {
    pub id: AnswerId,
    pub group: FlagGroup,
    /// The step that asks it.
    pub section: Section,
    pub if_yes: UrgencyLevel,
    pub if_not_sure: UrgencyLevel,
    pub citations: &'static [Citation],
}

const CAUDA_EQUINA: &[Citation] = &[Citation::NhsCaudaEquina, Citation::JpnGuidelineCaudaEquina, Citation::Hssib];
const PROGRESSIVE_WEAKNESS: &[Citation] = &[Citation::Joa2021, Citation::NhsSciatica, Citation::JpnGuidelineCaudaEquina];
/// The NHS back pain page's list and the Japanese guideline's list.
const BOTH_LISTS: &[Citation] = &[Citation::NhsBackPain, Citation::JpnLbpGuideline2019];
const NICE_LIST: &[Citation] = &[Citation::NiceNg59, Citation::NhsBackPain];
const INFECTION_RISK: &[Citation] = &[Citation::JpnLbpGuideline2019, Citation::NiceNg59];
const WOUND: &[Citation] = &[Citation::NhsSurgeryRecovery];
/// Added to the sources of any level a "not sure" set.
pub const NOT_SURE_CITATIONS: &[Citation] = &[Citation::SymptomCheckers];

const fn flag(id: AnswerId, group: FlagGroup, if_yes: UrgencyLevel, citations: &'static [Citation]) -> RedFlagRule {
    let section = match group {
        FlagGroup::AfterSurgery => Section::History,
        _ => Section::RedFlags,
    };
    // Not sure about a 119 sign: today. About any other: within days.
    let if_not_sure = match if_yes {
        UrgencyLevel::Emergency => UrgencyLevel::SameDay,
        _ => UrgencyLevel::Prompt,
    };
    RedFlagRule { id, group, section, if_yes, if_not_sure, citations }
}

/// Every warning sign, in the order the steps ask them.
pub const RED_FLAG_RULES: [RedFlagRule; 14] = {
    use AnswerId as A;
    use FlagGroup::*;
    use UrgencyLevel::*;
    [
        flag(A::SaddleNumbness, CaudaEquina, Emergency, CAUDA_EQUINA),
        flag(A::UrinaryProblem, CaudaEquina, Emergency, CAUDA_EQUINA),
        flag(A::BowelControlLoss, CaudaEquina, Emergency, CAUDA_EQUINA),
        flag(A::SexualDysfunction, CaudaEquina, Emergency, CAUDA_EQUINA),
        flag(A::BothLegsNew, CaudaEquina, Emergency, CAUDA_EQUINA),
        flag(A::ChestPain, OtherEmergency, Emergency, BOTH_LISTS),
        flag(A::WorseningWeakness, SeriousPathology, SameDay, PROGRESSIVE_WEAKNESS),
        flag(A::FeverUnwell, SeriousPathology, Prompt, BOTH_LISTS),
        flag(A::InfectionRisk, SeriousPathology, Prompt, INFECTION_RISK),
        flag(A::CancerHistory, SeriousPathology, Prompt, &[Citation::JpnLbpGuideline2019, Citation::NiceNg59]),
        flag(A::WeightLoss, SeriousPathology, Prompt, BOTH_LISTS),
        flag(A::RecentTrauma, SeriousPathology, Prompt, NICE_LIST),
        flag(A::SevereRestPain, SeriousPathology, Prompt, BOTH_LISTS),
        flag(A::WoundProblem, AfterSurgery, SameDay, WOUND),
    ]
};

/// What must come with a sign for a combined rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    /// A "yes" to this question.
    Yes(AnswerId),
    /// An operation less than [`THREE_MONTHS`] ago.
    RecentSurgery,
}

/// A sign that sets a higher level together with something else. Only two certain answers
/// fire it; with a "not sure" on either side the sign's own row applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CombinedRule {
    pub sign: AnswerId,
    pub with: Context,
    pub level: UrgencyLevel,
    pub citations: &'static [Citation],
}

pub const COMBINED_RULES: [CombinedRule; 2] = [
    CombinedRule {
        sign: AnswerId::FeverUnwell,
        with: Context::Yes(AnswerId::InfectionRisk),
        level: UrgencyLevel::SameDay,
        citations: INFECTION_RISK,
    },
    CombinedRule {
        sign: AnswerId::FeverUnwell,
        with: Context::RecentSurgery,
        level: UrgencyLevel::SameDay,
        citations: &[Citation::NhsSurgeryRecovery, Citation::NiceNg59],
    },
];

/// A rule on the symptoms step: weakness among the kinds of symptoms and/or a course. When the
/// rule asks for a course and the person is not sure of theirs, the level one below applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SymptomRule {
    pub weakness: bool,
    pub course: Option<Course>,
    pub level: UrgencyLevel,
    pub citations: &'static [Citation],
}

pub const SYMPTOM_RULES: [SymptomRule; 3] = [
    SymptomRule { weakness: true, course: Some(Course::Worse), level: UrgencyLevel::SameDay, citations: PROGRESSIVE_WEAKNESS },
    // A doctor judges how severe a weakness is: the guideline favours early surgery when it is.
    SymptomRule { weakness: true, course: None, level: UrgencyLevel::Prompt, citations: &[Citation::Joa2021] },
    // Pain that is getting worse: see a doctor (NHS).
    SymptomRule {
        weakness: false,
        course: Some(Course::Worse),
        level: UrgencyLevel::Prompt,
        citations: &[Citation::NhsSciatica, Citation::NhsBackPain],
    },
];

/// A score (0–10) at most this high counts as mild.
pub const MILD_SCORE: u8 = 3;

ids! {
    /// What must hold, besides every warning sign answered "no", for self-care alone.
    pub enum SelfCareCriterion {
        NoSurgery => "no_surgery",
        UnderThreeMonths => "under_three_months",
        Improving => "improving",
        MildPain => "mild_pain",
        MildNumbness => "mild_numbness",
    }
}

impl SelfCareCriterion {
    /// The answer it reads.
    pub fn answer(self) -> AnswerId {
        match self {
            SelfCareCriterion::NoSurgery => AnswerId::Surgery,
            SelfCareCriterion::UnderThreeMonths => AnswerId::SinceOnset,
            SelfCareCriterion::Improving => AnswerId::Course,
            SelfCareCriterion::MildPain => AnswerId::PainScore,
            SelfCareCriterion::MildNumbness => AnswerId::NumbnessScore,
        }
    }

    /// Whether it holds; `None` when the answer is missing or "not sure".
    pub fn holds(self, answers: &Answers) -> Option<bool> {
        let mild = |score: Option<u8>| score.map(|s| s <= MILD_SCORE);
        match self {
            SelfCareCriterion::NoSurgery => answers.history.operated().map(|operated| !operated),
            SelfCareCriterion::UnderThreeMonths => answers.history.since_onset.and_then(Elapsed::at_least_three_months).map(|long| !long),
            SelfCareCriterion::Improving => match answers.symptoms.course {
                Some(Course::NotSure) | None => None,
                Some(course) => Some(course == Course::Better),
            },
            SelfCareCriterion::MildPain => mild(answers.symptoms.pain),
            SelfCareCriterion::MildNumbness => mild(answers.symptoms.numbness),
        }
    }
}

pub const SELF_CARE_CITATIONS: &[Citation] = &[Citation::Regression, Citation::SourceArticle, Citation::SymptomCheckers];
pub const ROUTINE_CITATIONS: &[Citation] = &[Citation::SourceArticle, Citation::Joa2021];

impl Answers {
    /// These answers with every section after `last` left unanswered.
    pub fn up_to(&self, last: Section) -> Answers {
        let mut kept = Answers { version: self.version, red_flags: self.red_flags.clone(), ..Answers::default() };
        if last >= Section::History {
            kept.history = self.history.clone();
        }
        if last >= Section::Symptoms {
            kept.symptoms = self.symptoms.clone();
        }
        kept
    }
}

/// The replies to one group of the table, in order.
pub fn replies(answers: &Answers, group: FlagGroup) -> Vec<(AnswerId, Option<YesNo>)> {
    RED_FLAG_RULES.iter().filter(|rule| rule.group == group).map(|rule| (rule.id, answers.yes_no(rule.id))).collect()
}

/// An operation less than three months ago: `Some(true)` only when both are known.
fn recent_surgery(history: &History) -> Option<bool> {
    match (history.operated(), history.since_surgery.and_then(Elapsed::at_least_three_months)) {
        (Some(false), _) | (_, Some(true)) => Some(false),
        (Some(true), Some(false)) => Some(true),
        _ => None,
    }
}

/// One rule that fired.
struct Finding {
    level: UrgencyLevel,
    /// Set by certain answers; "not sure" ones come after them.
    certain: bool,
    because: Vec<AnswerId>,
    citations: &'static [Citation],
}

fn one_below(level: UrgencyLevel) -> UrgencyLevel {
    UrgencyLevel::ALL.get(level as usize + 1).copied().unwrap_or(level)
}

fn findings(answers: &Answers) -> Vec<Finding> {
    let mut found = Vec::new();
    for rule in RED_FLAG_RULES {
        let (level, certain) = match answers.yes_no(rule.id) {
            Some(YesNo::Yes) => (rule.if_yes, true),
            Some(YesNo::NotSure) => (rule.if_not_sure, false),
            _ => continue,
        };
        found.push(Finding { level, certain, because: vec![rule.id], citations: rule.citations });
    }
    for rule in COMBINED_RULES {
        let (context, context_ids) = match rule.with {
            Context::Yes(id) => (Some(answers.yes_no(id).is_yes()), vec![id]),
            Context::RecentSurgery => (recent_surgery(&answers.history), vec![AnswerId::Surgery, AnswerId::SinceSurgery]),
        };
        if answers.yes_no(rule.sign).is_yes() && context == Some(true) {
            let because = [vec![rule.sign], context_ids].concat();
            found.push(Finding { level: rule.level, certain: true, because, citations: rule.citations });
        }
    }
    let symptoms = &answers.symptoms;
    for rule in SYMPTOM_RULES {
        if rule.weakness && !symptoms.kinds.contains(&SymptomKind::Weakness) {
            continue;
        }
        let mut because = if rule.weakness { vec![AnswerId::KindWeakness] } else { Vec::new() };
        let (level, certain) = match (rule.course, symptoms.course) {
            (None, _) => (rule.level, true),
            (Some(wanted), Some(given)) if wanted == given => (rule.level, true),
            (Some(_), Some(Course::NotSure)) => (one_below(rule.level), false),
            _ => continue,
        };
        if rule.course.is_some() {
            because.push(AnswerId::Course);
        }
        found.push(Finding { level, certain, because, citations: rule.citations });
    }
    found
}

/// How soon to seek care: the most urgent level any rule sets, with the answers that set it
/// (certain ones first) and their sources; otherwise self-care when every warning sign is
/// answered "no" and every self-care criterion holds, and a usual visit when not.
pub fn urgency(answers: &Answers) -> Urgency {
    let found = findings(answers);
    if let Some(level) = found.iter().map(|f| f.level).filter(|l| *l <= UrgencyLevel::Prompt).min() {
        let mut because = Vec::new();
        let mut citations = Vec::new();
        for certain in [true, false] {
            for finding in found.iter().filter(|f| f.level == level && f.certain == certain) {
                let extra = if certain { &[][..] } else { NOT_SURE_CITATIONS };
                for id in &finding.because {
                    if !because.contains(id) {
                        because.push(*id);
                    }
                }
                for source in finding.citations.iter().chain(extra) {
                    if !citations.contains(source) {
                        citations.push(*source);
                    }
                }
            }
        }
        return Urgency { level, because, citations };
    }

    let every_flag_no = RED_FLAG_RULES.iter().filter(|rule| rule.section == Section::RedFlags).all(|rule| answers.yes_no(rule.id).is_no());
    let criteria: Vec<(AnswerId, Option<bool>)> = SelfCareCriterion::ALL.iter().map(|c| (c.answer(), c.holds(answers))).collect();
    if every_flag_no && criteria.iter().all(|(_, holds)| *holds == Some(true)) {
        let because = criteria.iter().map(|(id, _)| *id).collect();
        return Urgency { level: UrgencyLevel::SelfCare, because, citations: SELF_CARE_CITATIONS.to_vec() };
    }
    // A usual visit: name what keeps it from self-care, where an answer does.
    let because = criteria.iter().filter(|(_, holds)| *holds == Some(false)).map(|(id, _)| *id).collect();
    Urgency { level: UrgencyLevel::Routine, because, citations: ROUTINE_CITATIONS.to_vec() }
}

/// Whether to show the emergency or same-day screen, and after which step: the level, when it is
/// one of those two, and the first section whose answers (with those before it) reach it.
pub fn warning_after(answers: &Answers) -> Option<(UrgencyLevel, Section)> {
    let level = urgency(answers).level;
    if level > UrgencyLevel::SameDay {
        return None;
    }
    Section::ALL.iter().copied().find(|section| urgency(&answers.up_to(*section)).level == level).map(|section| (level, section))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_lists_every_red_flag_question_once_in_step_order() {
        let asked: Vec<AnswerId> =
            Answers::default().yes_no_replies(crate::core::registry::Step::RedFlags).iter().map(|(id, _)| *id).collect();
        let listed: Vec<AnswerId> = RED_FLAG_RULES.iter().filter(|rule| rule.section == Section::RedFlags).map(|rule| rule.id).collect();
        assert_eq!(listed, asked);
        for rule in RED_FLAG_RULES {
            assert!(rule.if_not_sure >= rule.if_yes, "{}: \"not sure\" is never more urgent than \"yes\"", rule.id);
            assert!(rule.if_not_sure <= UrgencyLevel::Prompt, "{}: \"not sure\" errs towards care", rule.id);
            assert!(!rule.citations.is_empty(), "{} cites its source", rule.id);
        }
    }

    #[test]
    fn one_below_steps_down_one_level() {
        assert_eq!(one_below(UrgencyLevel::Emergency), UrgencyLevel::SameDay);
        assert_eq!(one_below(UrgencyLevel::Prompt), UrgencyLevel::Routine);
        assert_eq!(one_below(UrgencyLevel::SelfCare), UrgencyLevel::SelfCare);
    }
}
