//! Checks that the content covers the engine: every id has its words in every locale,
//! every clinical statement names a source, and every source is used.

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use crate::content::{Lang, ALL_MESSAGES, M, REFERENCES};
    use crate::core::assessment::{EvidenceStrength, Insurance, PhaseValue, Status, TimeFrame, UrgencyLevel};
    use crate::core::ids::*;

    /// Every message key that the engine's ids call for.
    fn keys_for_ids() -> Vec<String> {
        let mut keys = Vec::new();
        let mut add = |prefix: &str, ids: Vec<&str>, suffixes: &[&str]| {
            for id in ids {
                if suffixes.is_empty() {
                    keys.push(format!("{prefix}.{id}"));
                }
                for suffix in suffixes {
                    keys.push(format!("{prefix}.{id}.{suffix}"));
                }
            }
        };
        fn strs<T: Copy>(all: &[T], f: fn(T) -> &'static str) -> Vec<&'static str> {
            all.iter().map(|x| f(*x)).collect()
        }
        add("urgency", strs(UrgencyLevel::ALL, UrgencyLevel::as_str), &["title", "action"]);
        add("phase", strs(PhaseValue::ALL, PhaseValue::as_str), &["title", "body"]);
        add("topic", strs(TopicId::ALL, TopicId::as_str), &["title", "body"]);
        add("subtopic", strs(SubtopicId::ALL, SubtopicId::as_str), &["title", "body"]);
        add("option", strs(OptionId::ALL, OptionId::as_str), &["title", "what"]);
        add("condition", strs(ConditionId::ALL, ConditionId::as_str), &[]);
        add("status", strs(Status::ALL, Status::as_str), &[]);
        add("outcome", strs(OutcomeId::ALL, OutcomeId::as_str), &[]);
        add("within", strs(TimeFrame::ALL, TimeFrame::as_str), &[]);
        add("insurance", strs(Insurance::ALL, Insurance::as_str), &[]);
        add("evidence", strs(EvidenceStrength::ALL, EvidenceStrength::as_str), &[]);
        add("value", strs(ValueId::ALL, ValueId::as_str), &[]);
        add("value", strs(ValueId::ALL, ValueId::as_str), OptionId::ALL.iter().map(|o| o.as_str()).collect::<Vec<_>>().as_slice());
        add("selfcare", strs(SelfCareId::ALL, SelfCareId::as_str), &["title", "reason"]);
        add("grade", strs(GradeId::ALL, GradeId::as_str), &["title", "wording", "reading"]);
        add("requirement", strs(RequirementId::ALL, RequirementId::as_str), &[]);
        add("document", strs(DocumentId::ALL, DocumentId::as_str), &[]);
        add("denial", strs(DenialReasonId::ALL, DenialReasonId::as_str), &[]);
        add("question", strs(QuestionId::ALL, QuestionId::as_str), &[]);
        add("answer", strs(AnswerId::ALL, AnswerId::as_str), &[]);
        keys
    }

    #[test]
    fn every_engine_id_has_its_words() {
        let missing: Vec<String> = keys_for_ids().into_iter().filter(|k| M::from_key(k).is_none()).collect();
        assert!(missing.is_empty(), "messages missing for engine ids: {missing:#?}");
    }

    /// Message families that make clinical statements: each of their messages cites a source.
    const CLINICAL: &[&str] = &[
        "urgency.", "topic.recurrence.body", "topic.other_spinal_condition.body", "topic.after_surgery_effects.body",
        "topic.body_use.body", "topic.lifestyle.body", "subtopic.", "option.", "outcome.", "selfcare.", "denial.",
        "grade.decided_by", "grade.appeal",
    ];

    fn is_clinical(key: &str) -> bool {
        let interface_only = key.ends_with(".title") && (key.starts_with("subtopic.") || key.starts_with("option.") || key.starts_with("selfcare."));
        CLINICAL.iter().any(|prefix| key.starts_with(prefix)) && !interface_only && key != "outcome.sentence"
            || key.ends_with(".wording") || key.ends_with(".reading")
            || (key.starts_with("value.") && key.split('.').count() == 3 && {
                let text = M::from_key(key).unwrap().text(Lang::En);
                text.chars().any(|c| c.is_ascii_digit())
            })
    }

    #[test]
    fn every_clinical_statement_cites_a_source() {
        let uncited: Vec<&str> =
            ALL_MESSAGES.iter().map(|m| m.key()).filter(|k| is_clinical(k) && M::from_key(k).unwrap().citations().is_empty()).collect();
        assert!(uncited.is_empty(), "clinical messages without a citation: {uncited:#?}");
    }

    #[test]
    fn every_citation_has_a_reference_and_every_reference_is_used() {
        let references: BTreeSet<&str> = REFERENCES.iter().map(|(id, _)| *id).collect();
        let engine: BTreeSet<&str> = Citation::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(references, engine, "the reference list and core::ids::Citation must name the same sources");
        let mut used: BTreeSet<&str> = ALL_MESSAGES.iter().flat_map(|m| m.citations().iter().copied()).collect();
        used.extend(MESSAGE_FREE_USES);
        let unused: Vec<&&str> = references.iter().filter(|r| !used.contains(**r)).collect();
        assert!(unused.is_empty(), "references never cited: {unused:?}");
    }

    /// Sources cited by the app's method rather than by one message: the decision-aid
    /// standards it follows and the rules that keep it general information.
    const MESSAGE_FREE_USES: &[&str] = &["ipdas_minimum", "ipdas_probabilities", "sure_test", "ottawa_guide", "sport", "cochrane_scs_2023", "ad_guideline", "mhlw_samd"];

    #[test]
    fn texts_are_free_of_promotional_wording() {
        for message in ALL_MESSAGES {
            for (lang, banned) in [(Lang::Ja, ["高い回復効果", "おすすめ", "最適"]), (Lang::En, ["best option", "recommended for you", "high recovery"])] {
                for word in banned {
                    assert!(!message.text(lang).contains(word), "{}: `{word}`", message.key());
                }
            }
        }
    }
}
