//! Checks that the content covers the engine: every id has its words in every locale,
//! every clinical statement names a source, and every source is used.

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use crate::content::{Lang, ALL_MESSAGES, GLOSSARY, M, OPTION_FIELDS, REFERENCE_IDS};
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
        add("option", strs(OptionId::ALL, OptionId::as_str), &OPTION_FIELDS);
        // Every warning sign explains itself where it is asked.
        add("hint", crate::core::triage::RED_FLAG_RULES.iter().map(|rule| rule.id.as_str()).collect(), &[]);
        add("glossary", GLOSSARY.to_vec(), &["term", "reading", "meaning"]);
        add("condition", strs(ConditionId::ALL, ConditionId::as_str), &[]);
        add("status", strs(Status::ALL, Status::as_str), &[]);
        add("outcome", strs(OutcomeId::ALL, OutcomeId::as_str), &[]);
        // Every figure says whom it describes.
        add("population", strs(OutcomeId::ALL, OutcomeId::as_str), &[]);
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
        // Every answer has a label for "because you said" lists, but a tick list and a section
        // switch, which are never a reason (their items are).
        use crate::core::questions::QUESTIONS;
        use crate::core::registry::Kind;
        let whole = |id: &AnswerId| QUESTIONS.iter().any(|q| q.id == *id && matches!(q.kind, Kind::Ticks { .. } | Kind::Section));
        add("answer", AnswerId::ALL.iter().filter(|id| !whole(id)).map(|id| id.as_str()).collect(), &[]);
        // What the question steps show: each question's wording (its `ask.` line, or its label),
        // the choices of each radio group, each tick-list item, the yes/no replies and the
        // importance scale.
        use crate::core::answers::{YesNo, MAX_VALUE};
        add("ask", QUESTIONS.iter().filter(|q| whole(&q.id)).map(|q| q.id.as_str()).collect(), &[]);
        for question in QUESTIONS.iter().filter(|q| q.id != AnswerId::Leaning) {
            if let Kind::Pick { labels, names, .. } = question.kind {
                add(labels, names.to_vec(), &[]);
            }
        }
        add("pick", QUESTIONS.iter().flat_map(|q| q.items).map(|id| id.as_str()).collect(), &[]);
        add("choice", strs(YesNo::ALL, YesNo::as_str), &[]);
        let scale: Vec<String> = (0..=MAX_VALUE).map(|n| n.to_string()).collect();
        add("scale", scale.iter().map(String::as_str).collect(), &[]);
        keys
    }

    #[test]
    fn every_engine_id_has_its_words() {
        let missing: Vec<String> = keys_for_ids().into_iter().filter(|k| M::from_key(k).is_none()).collect();
        assert!(missing.is_empty(), "messages missing for engine ids: {missing:#?}");
    }

    /// The results' waiting screen (while `ja.txt` is on the way, or could not be read) shows
    /// the urgency of every level with the answers behind it and the safety net: none of those
    /// words may be among those read later, or the most important box would be blank.
    #[test]
    fn what_the_waiting_screen_shows_is_compiled_in() {
        let mut keys: Vec<String> = UrgencyLevel::ALL
            .iter()
            .flat_map(|level| ["title", "action"].map(|part| format!("urgency.{}.{part}", level.as_str())))
            .collect();
        keys.extend(crate::content::explain::SAFETY_NET.iter().map(|m| m.key().to_string()));
        keys.extend(["safety.heading", "wait.loading", "wait.failed", "wait.retry", "results.because", "because.item"].map(String::from));
        // The answers an urgency can rest on, listed under it.
        keys.extend(crate::core::triage::RED_FLAG_RULES.iter().map(|rule| format!("answer.{}", rule.id.as_str())));
        let later: Vec<&String> = keys.iter().filter(|k| crate::content::shown_later(k)).collect();
        assert!(later.is_empty(), "the waiting screen would show these blank: {later:?}");
    }

    /// Message families that make clinical statements: each of their messages cites a source.
    const CLINICAL: &[&str] = &[
        "urgency.",
        "phase.early.",
        "phase.persistent.",
        "topic.",
        "subtopic.",
        "option.",
        "outcome.",
        "population.",
        "selfcare.",
        "denial.",
        "grade.",
        "hint.",
        "diary.start_hint",
        "learn.",
        "glossary.",
        "value.",
        "sure.low",
        "sure.ready",
        "about.not_diagnosis",
        "about.standards",
        "insurance.self_paid",
        "emergency.nerves",
        "emergency.chest",
        "same_day.lead",
        "same_day.daytime",
        "same_day.night",
        "same_day.if_worse",
        "safety.emergency",
        "safety.same_day",
        "step.red_flags.intro",
    ];

    /// Within those families: names, questions to ask, and section headings.
    fn is_label(key: &str) -> bool {
        let last = key.rsplit('.').next().unwrap_or_default();
        matches!(last, "title" | "term" | "reading" | "ask" | "official" | "unofficial" | "documents" | "denials" | "heading")
            || (key.starts_with("value.") && key.split('.').count() == 2)
    }

    /// Statements in clinical families that make no clinical claim, each for a stated reason.
    const NOT_CLAIMS: &[&str] = &[
        "option.reoperation.time",                    // says that our sources hold no figure
        "option.multidisciplinary_pain_care.time",    // the same
        "value.low_cost.multidisciplinary_pain_care", // says to ask, claims nothing
        "value.avoid_surgery.watchful_waiting",
        "value.avoid_surgery.surgery",
        "value.avoid_surgery.reoperation",
        "value.low_cost.watchful_waiting",
        "value.low_cost.conservative",
        "value.low_cost.surgery",
        "value.low_cost.reoperation",
        "value.low_cost.spinal_cord_stimulation", // who pays, not what happens
        "value.least_time_away.watchful_waiting",
        "value.least_time_away.conservative",
        "value.least_time_away.surgery",
        "value.least_time_away.reoperation",
        "value.least_time_away.spinal_cord_stimulation",
        "value.least_time_away.regenerative", // hospital stay or visits, no outcome
        "value.try_everything.watchful_waiting",
    ];

    fn is_clinical(key: &str) -> bool {
        CLINICAL.iter().any(|prefix| key.starts_with(prefix)) && !is_label(key) && !NOT_CLAIMS.contains(&key)
    }

    /// Words that name a condition. The per-person families (a topic, a pattern, a question)
    /// must hold none: naming a condition from a person's answers would make the app a medical
    /// device (MHLW guidance). General information (`learn.`, `glossary.`) may name them.
    const CONDITION_WORDS: [&str; 8] = ["piriformis", "stenosis", "syndrome", "scar", "梨状筋", "狭窄", "症候群", "瘢痕"];

    #[test]
    fn no_per_person_message_names_a_condition() {
        let per_person = |key: &str| ["topic.", "subtopic.", "question."].iter().any(|p| key.starts_with(p));
        let mut found = Vec::new();
        for message in ALL_MESSAGES.iter().filter(|m| per_person(m.key())) {
            for lang in [Lang::Ja, Lang::En] {
                let text = message.text(lang).to_lowercase();
                found.extend(CONDITION_WORDS.iter().filter(|w| text.contains(*w)).map(|w| format!("{} ({lang:?}): {w}", message.key())));
            }
        }
        assert!(found.is_empty(), "per-person messages name a condition: {found:#?}");
    }

    /// IPDAS: every option in equal detail. Each names at least one benefit and one harm, each
    /// cited, and shows figures out of 100, or says why there are none (averages only, or no
    /// reliable figure).
    #[test]
    fn every_option_has_a_cited_benefit_and_harm_and_figures_or_why_not() {
        let assessment = crate::core::assess(&crate::core::Answers::default());
        assert_eq!(assessment.options.len(), crate::core::ids::OptionId::ALL.len());
        for option in &assessment.options {
            for field in ["benefits", "harms"] {
                let key = format!("option.{}.{field}", option.id.as_str());
                let message = M::from_key(&key).unwrap_or_else(|| panic!("{key} is missing"));
                assert!(!message.citations().is_empty(), "{key} cites no source");
            }
            // "Averages only" promises the averages in the benefits text: its numbers must be there.
            if option.facts.outcomes.is_empty() && option.facts.averages_only {
                let benefits = M::from_key(&format!("option.{}.benefits", option.id.as_str())).unwrap();
                for lang in Lang::ALL {
                    assert!(benefits.text(lang).chars().any(|c| c.is_ascii_digit()), "{} gives no average", option.id.as_str());
                }
            }
        }
    }

    #[test]
    fn every_clinical_statement_cites_a_source() {
        let uncited: Vec<&str> =
            ALL_MESSAGES.iter().map(|m| m.key()).filter(|k| is_clinical(k) && M::from_key(k).unwrap().citations().is_empty()).collect();
        assert!(uncited.is_empty(), "clinical messages without a citation: {uncited:#?}");
    }

    #[test]
    fn every_citation_has_a_reference_and_every_reference_is_used() {
        let references: BTreeSet<&str> = REFERENCE_IDS.iter().copied().collect();
        let engine: BTreeSet<&str> = Citation::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(references, engine, "the reference list and core::ids::Citation must name the same sources");
        let mut used: BTreeSet<&str> = ALL_MESSAGES.iter().flat_map(|m| m.citations()).collect();
        used.extend(MESSAGE_FREE_USES);
        let unused: Vec<&&str> = references.iter().filter(|r| !used.contains(**r)).collect();
        assert!(unused.is_empty(), "references never cited: {unused:?}");
    }

    /// Sources cited only by the engine's findings, not by any one message (none now).
    const MESSAGE_FREE_USES: &[&str] = &[];

    #[test]
    fn texts_are_free_of_promotional_wording() {
        for message in ALL_MESSAGES {
            for (lang, banned) in
                [(Lang::Ja, ["高い回復効果", "おすすめ", "最適"]), (Lang::En, ["best option", "recommended for you", "high recovery"])]
            {
                for word in banned {
                    assert!(!message.text(lang).contains(word), "{}: `{word}`", message.key());
                }
            }
        }
    }
}
