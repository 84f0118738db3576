//! The red-flag table: each warning sign, its group, the urgency a "yes" sets, the urgency a
//! "not sure" sets, and the sources. The urgency rule (`rules.rs`) and the jump to the warning
//! screen after the red-flag step (`ui::route`) both read it; nothing else decides what a red
//! flag means.

use super::answers::{RedFlags, YesNo};
use super::assessment::{Urgency, UrgencyLevel};
use super::ids::{AnswerId, Citation};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlagGroup {
    /// Signs of cauda equina syndrome (NHS leaflet; Japanese guideline).
    CaudaEquina,
    /// Progressive weakness and signs of serious disease (NICE NG59; Japanese guideline).
    SeriousPathology,
}

/// One row of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RedFlagRule {
    pub id: AnswerId,
    pub group: FlagGroup,
    pub if_yes: UrgencyLevel,
    /// "Not sure" errs towards care (symptom checkers under-triage: keep to the lists).
    pub if_not_sure: UrgencyLevel,
    /// The sources for the level a "yes" sets.
    pub citations: &'static [Citation],
}

const CAUDA_EQUINA: &[Citation] = &[Citation::NhsCaudaEquina, Citation::JpnGuidelineCaudaEquina, Citation::Hssib];
const SERIOUS_PATHOLOGY: &[Citation] = &[Citation::NiceNg59, Citation::JpnGuidelineCaudaEquina];
/// The sources for the level a "not sure" sets.
pub const NOT_SURE_CITATIONS: &[Citation] = &[Citation::NiceNg59, Citation::JpnGuidelineCaudaEquina, Citation::SymptomCheckers];

const fn rule(id: AnswerId, group: FlagGroup) -> RedFlagRule {
    match group {
        FlagGroup::CaudaEquina => RedFlagRule {
            id,
            group,
            if_yes: UrgencyLevel::Emergency,
            if_not_sure: UrgencyLevel::Prompt,
            citations: CAUDA_EQUINA,
        },
        FlagGroup::SeriousPathology => RedFlagRule {
            id,
            group,
            if_yes: UrgencyLevel::Prompt,
            if_not_sure: UrgencyLevel::Prompt,
            citations: SERIOUS_PATHOLOGY,
        },
    }
}

/// Every red-flag question, in the order the red-flag step asks them.
pub const RED_FLAG_RULES: [RedFlagRule; 11] = [
    rule(AnswerId::SaddleNumbness, FlagGroup::CaudaEquina),
    rule(AnswerId::UrinaryProblem, FlagGroup::CaudaEquina),
    rule(AnswerId::BowelControlLoss, FlagGroup::CaudaEquina),
    rule(AnswerId::SexualDysfunction, FlagGroup::CaudaEquina),
    rule(AnswerId::BothLegsNew, FlagGroup::CaudaEquina),
    rule(AnswerId::WorseningWeakness, FlagGroup::SeriousPathology),
    rule(AnswerId::FeverUnwell, FlagGroup::SeriousPathology),
    rule(AnswerId::CancerHistory, FlagGroup::SeriousPathology),
    rule(AnswerId::WeightLoss, FlagGroup::SeriousPathology),
    rule(AnswerId::RecentTrauma, FlagGroup::SeriousPathology),
    rule(AnswerId::SevereRestPain, FlagGroup::SeriousPathology),
];

/// The urgency the red flags set: the most urgent level, the answers that set it ("yes"
/// first, then "not sure", each in question order) and their sources; `None` when no flag
/// is raised.
pub fn floor(flags: &RedFlags) -> Option<Urgency> {
    let replies: Vec<(RedFlagRule, YesNo)> =
        RED_FLAG_RULES.iter().filter_map(|rule| flags.reply(rule.id).map(|reply| (*rule, reply))).collect();
    let level_of = |(rule, reply): &(RedFlagRule, YesNo)| match reply {
        YesNo::Yes => Some(rule.if_yes),
        YesNo::NotSure => Some(rule.if_not_sure),
        YesNo::No => None,
    };
    // Levels are declared most urgent first, so the smallest is the most urgent.
    let level = replies.iter().filter_map(level_of).min()?;
    let mut because = Vec::new();
    let mut citations: Vec<Citation> = Vec::new();
    for wanted in [YesNo::Yes, YesNo::NotSure] {
        for pair in replies.iter().filter(|pair| pair.1 == wanted && level_of(pair) == Some(level)) {
            because.push(pair.0.id);
            let sources = if wanted == YesNo::Yes { pair.0.citations } else { NOT_SURE_CITATIONS };
            for source in sources {
                if !citations.contains(source) {
                    citations.push(*source);
                }
            }
        }
    }
    Some(Urgency { level, because, citations })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_lists_every_red_flag_question_once_in_step_order() {
        let asked: Vec<AnswerId> = RedFlags::default().all().map(|(id, _)| id).collect();
        let listed: Vec<AnswerId> = RED_FLAG_RULES.iter().map(|rule| rule.id).collect();
        assert_eq!(listed, asked);
        for rule in RED_FLAG_RULES {
            assert!(rule.if_not_sure >= rule.if_yes, "{}: \"not sure\" is never more urgent than \"yes\"", rule.id);
            assert!(!rule.citations.is_empty(), "{} cites its source", rule.id);
        }
    }
}
