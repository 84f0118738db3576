//! Properties over the answer space: generated answers (proptest) and exhaustive
//! enumeration of the red-flag screen. They hold for every input, not just the vignettes.

use hernia_aid::core::answers::*;
use hernia_aid::core::assessment::{Status, UrgencyLevel};
use hernia_aid::core::edit::Edit;
use hernia_aid::core::ids::AnswerId;
use hernia_aid::core::ids::OptionId;
use hernia_aid::core::questions::QUESTIONS;
use hernia_aid::core::registry::{Kind, Question, Response, Step, When};
use hernia_aid::core::{assess, share, triage, Answers, Assessment};
use proptest::collection::vec;
use proptest::prelude::*;

fn elapsed() -> impl Strategy<Value = Option<Elapsed>> {
    prop_oneof![
        Just(None),
        Just(Some(Elapsed::NotSure)),
        (0..=60u32).prop_map(|w| Some(Elapsed::Weeks(w))),
        (0..=120u32).prop_map(|m| Some(Elapsed::Months(m))),
    ]
}

/// A reply a person could give to one question: of its kind, in its range. Read from the
/// registry, so a new question is generated without a change here.
fn response(question: Question) -> BoxedStrategy<Response> {
    let number = |max: u32| proptest::option::of(0..=max).prop_map(Response::Number).boxed();
    match question.kind {
        Kind::YesNo { .. } => proptest::option::of(0..YesNo::ALL.len() as u8).prop_map(Response::Pick).boxed(),
        Kind::Pick { names, .. } => proptest::option::of(0..names.len() as u8).prop_map(Response::Pick).boxed(),
        Kind::Ticks { exclusive, .. } => {
            let all = (1u32 << question.items.len()) - 1;
            // A plain list has no "not answered" apart from "nothing ticked".
            let empty = match (question.get)(&Answers::default()) {
                Response::Ticks(empty) => empty,
                _ => None,
            };
            // "None" and "not sure" stand alone, as the screens keep them.
            proptest::option::of(0..=all)
                .prop_map(move |bits| {
                    Response::Ticks(
                        bits.map(|b| match exclusive {
                            Some(e) if b & 1 << e != 0 => 1 << e,
                            _ => b,
                        })
                        .or(empty),
                    )
                })
                .boxed()
        }
        Kind::Score { max } => number(u32::from(max)),
        Kind::Rating(_) => number(u32::from(MAX_VALUE)),
        Kind::Count { max } => prop_oneof![number(36), number(max)].boxed(),
        Kind::Elapsed => elapsed().prop_map(Response::Elapsed).boxed(),
        Kind::Section => any::<bool>().prop_map(Response::Section).boxed(),
    }
}

/// Answers to every question in the registry, given as the screens give them: one edit per
/// question, in the order the steps ask them (so that impossible pairs are cleared as there).
fn answers() -> impl Strategy<Value = Answers> {
    QUESTIONS.iter().copied().map(response).collect::<Vec<_>>().prop_map(|responses| {
        let mut answers = Answers { version: ANSWERS_VERSION, ..Answers::default() };
        for (question, response) in QUESTIONS.iter().zip(&responses) {
            answers.apply(Edit::Set(question.id, *response));
        }
        // A section closed after its questions were answered holds none of them.
        for (question, response) in QUESTIONS.iter().zip(&responses).filter(|(q, _)| q.kind == Kind::Section) {
            answers.apply(Edit::Set(question.id, *response));
        }
        answers
    })
}

/// One question from the registry, with a reply it allows.
fn one_reply() -> impl Strategy<Value = (Question, Response)> {
    proptest::sample::select(QUESTIONS.to_vec()).prop_flat_map(|question| response(question).prop_map(move |r| (question, r)))
}

/// Any edit to any answer, of any form, in range or not.
fn edit() -> impl Strategy<Value = Edit> {
    let id = proptest::sample::select(AnswerId::ALL);
    let any_response = prop_oneof![
        proptest::option::of(0u8..12).prop_map(Response::Pick),
        proptest::option::of(0u32..70).prop_map(Response::Ticks),
        proptest::option::of(0u32..700).prop_map(Response::Number),
        elapsed().prop_map(Response::Elapsed),
        any::<bool>().prop_map(Response::Section),
    ];
    prop_oneof![
        (id.clone(), any_response).prop_map(|(id, r)| Edit::Set(id, r)),
        (id, any::<bool>()).prop_map(|(id, on)| Edit::Tick(id, on)),
    ]
}

/// The level the published lists give, written here apart from the core's tables so that the
/// two can disagree (NHS cauda equina leaflet; JOA 2021; NHS surgery recovery; NICE NG59;
/// 腰痛診療ガイドライン2019; NHS sciatica). `None` when nothing raises it.
fn published_level(answers: &Answers) -> Option<UrgencyLevel> {
    let f = &answers.red_flags;
    let h = &answers.history;
    let s = &answers.symptoms;
    let is = |reply: Option<YesNo>, wanted: YesNo| reply == Some(wanted);
    // The nerve-bundle signs, and chest pain with back pain (NHS back pain: 999 or A&E).
    let cauda_equina = [f.saddle_numbness, f.urinary_problem, f.bowel_control_loss, f.sexual_dysfunction, f.both_legs, f.chest_pain];
    let others = [
        f.worsening_weakness,
        f.fever_unwell,
        f.infection_risk,
        f.cancer_history,
        f.weight_loss,
        f.recent_trauma,
        f.severe_rest_pain,
        h.wound_problem,
    ];
    let recent_surgery = h.operated() == Some(true) && h.since_surgery.and_then(Elapsed::at_least_three_months) == Some(false);
    let weakness = s.kinds.contains(&SymptomKind::Weakness);
    if cauda_equina.iter().any(|r| is(*r, YesNo::Yes)) {
        Some(UrgencyLevel::Emergency)
    } else if cauda_equina.iter().any(|r| is(*r, YesNo::NotSure))
        || is(f.worsening_weakness, YesNo::Yes)
        || is(h.wound_problem, YesNo::Yes)
        || (is(f.fever_unwell, YesNo::Yes) && (is(f.infection_risk, YesNo::Yes) || recent_surgery))
        || (weakness && s.course == Some(Course::Worse))
    {
        Some(UrgencyLevel::SameDay)
    } else if others.iter().any(|r| is(*r, YesNo::Yes) || is(*r, YesNo::NotSure)) || weakness || s.course == Some(Course::Worse) {
        Some(UrgencyLevel::Prompt)
    } else {
        None
    }
}

/// Weakness that is getting worse, in either step.
fn weakness_getting_worse(answers: &Answers) -> bool {
    answers.red_flags.worsening_weakness == Some(YesNo::Yes)
        || (answers.symptoms.kinds.contains(&SymptomKind::Weakness) && answers.symptoms.course == Some(Course::Worse))
}

fn check_invariants(answers: &Answers, out: &Assessment) -> Result<(), TestCaseError> {
    // Urgency: exactly the published level where one applies (Emergency sorts first).
    match published_level(answers) {
        Some(level) => {
            prop_assert_eq!(out.urgency.level, level);
            prop_assert!(!out.urgency.because.is_empty());
        }
        None => prop_assert!(out.urgency.level >= UrgencyLevel::Routine),
    }
    if weakness_getting_worse(answers) {
        prop_assert!(out.urgency.level <= UrgencyLevel::SameDay, "worsening weakness is seen today, not {:?}", out.urgency.level);
    }
    if answers.symptoms.kinds.contains(&SymptomKind::Weakness) || answers.symptoms.course == Some(Course::Worse) {
        prop_assert!(out.urgency.level <= UrgencyLevel::Prompt, "weakness or worsening is never \"nothing urgent\"");
    }
    if out.urgency.level == UrgencyLevel::SelfCare {
        prop_assert!(
            answers.yes_no_replies(Step::RedFlags).iter().all(|(_, r)| *r == Some(YesNo::No)),
            "self-care needs every flag answered no"
        );
    }
    prop_assert!(!out.urgency.citations.is_empty());
    // Options: all eight, once each, in the fixed order. Nothing ranks them: the type has no score.
    let ids: Vec<OptionId> = out.options.iter().map(|o| o.id).collect();
    prop_assert_eq!(ids, OptionId::ALL.to_vec());
    for option in &out.options {
        // Every option lists its guideline conditions, except the one no guideline recommends.
        prop_assert_eq!(option.considered_when.is_empty(), option.id == OptionId::Regenerative);
        prop_assert!(!option.facts.citations.is_empty());
        for condition in &option.considered_when {
            if condition.status != Status::Unknown {
                prop_assert!(!condition.because.is_empty(), "{}.{} has no evidence", option.id, condition.id);
            }
        }
    }
    // Topics: each has triggering answers and a citation; each subtopic its own answers.
    for topic in &out.topics {
        prop_assert!(!topic.because.is_empty(), "topic {} without a reason", topic.id);
        prop_assert!(!topic.citations.is_empty(), "topic {} without a citation", topic.id);
        for subtopic in &topic.subtopics {
            prop_assert!(!subtopic.because.is_empty());
        }
    }
    // Nothing derived from the answers names a condition (a device under MHLW's guidance).
    let derived = out
        .topics
        .iter()
        .flat_map(|t| std::iter::once(t.id.as_str()).chain(t.subtopics.iter().map(|s| s.id.as_str())))
        .chain(out.questions.iter().map(|q| q.as_str()));
    for id in derived {
        prop_assert!(!["piriformis", "stenosis", "syndrome", "scar", "psps"].iter().any(|w| id.contains(w)), "{} names a condition", id);
    }
    let mut topic_ids: Vec<_> = out.topics.iter().map(|t| t.id).collect();
    topic_ids.dedup();
    prop_assert_eq!(topic_ids.len(), out.topics.len(), "a topic appears twice");
    for item in &out.self_care {
        // Staying active is for everyone without a warning sign: no single answer leads to it.
        prop_assert!(!item.citations.is_empty());
        if item.id == hernia_aid::core::ids::SelfCareId::StayActive {
            prop_assert!(out.urgency.level > UrgencyLevel::SameDay, "not while the answers call for care today");
        }
        prop_assert!(!item.because.is_empty() || item.id == hernia_aid::core::ids::SelfCareId::StayActive);
    }
    // Accident section: present exactly when answered; requirements with a status state why.
    prop_assert_eq!(out.disability_grade.is_some(), answers.accident.is_some());
    if let Some(grade) = &out.disability_grade {
        prop_assert!(grade.decided_only_by_assessing_body);
        prop_assert_eq!(grade.grades.len(), 2);
        for check in &grade.grades {
            prop_assert!(check.requirements.iter().any(|r| !r.official), "rules of thumb are listed and marked");
            for requirement in &check.requirements {
                if requirement.status != Status::Unknown {
                    prop_assert!(!requirement.because.is_empty(), "{} has no evidence", requirement.id);
                }
            }
        }
    }
    // Values: only ratings of 3 or 4, each beside all eight options.
    for link in &out.values {
        prop_assert!(link.rating >= HIGH_VALUE);
        prop_assert_eq!(&link.options, &OptionId::ALL.to_vec());
    }
    prop_assert!(!out.questions.is_empty());
    let mut questions = out.questions.clone();
    questions.sort();
    questions.dedup();
    prop_assert_eq!(questions.len(), out.questions.len(), "a question is asked twice");
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn invariants_hold_for_any_answers(answers in answers()) {
        prop_assert_eq!(answers.validate(), Ok(()));
        let out = assess(&answers);
        check_invariants(&answers, &out)?;
    }

    #[test]
    fn not_sure_never_lowers_the_level(answers in answers(), pick in any::<proptest::sample::Index>()) {
        // Any warning sign, answered "no" and then "not sure": the level never drops.
        let id = pick.get(&triage::RED_FLAG_RULES).id;
        let mut no = answers.clone();
        no.apply(Edit::pick(id, Some(YesNo::No)));
        let mut not_sure = answers.clone();
        not_sure.apply(Edit::pick(id, Some(YesNo::NotSure)));
        prop_assert!(triage::urgency(&not_sure).level <= triage::urgency(&no).level, "{}", id);
        // The course: "not sure" is never less urgent than "better" or "the same".
        for known in [Course::Better, Course::Same] {
            let mut sure = answers.clone();
            sure.symptoms.course = Some(known);
            let mut unsure = answers.clone();
            unsure.symptoms.course = Some(Course::NotSure);
            prop_assert!(triage::urgency(&unsure).level <= triage::urgency(&sure).level);
        }
    }

    #[test]
    fn worsening_weakness_is_never_routine_or_self_care(answers in answers(), in_red_flags in any::<bool>()) {
        let mut answers = answers;
        if in_red_flags {
            answers.red_flags.worsening_weakness = Some(YesNo::Yes);
        } else {
            answers.apply(Edit::Tick(AnswerId::KindWeakness, true));
            answers.symptoms.course = Some(Course::Worse);
        }
        let level = assess(&answers).urgency.level;
        prop_assert!(level <= UrgencyLevel::SameDay, "{:?}", level);
    }

    #[test]
    fn the_warning_screen_follows_the_step_that_raised_the_level(answers in answers()) {
        let level = triage::urgency(&answers).level;
        match triage::warning_after(&answers) {
            Some((warned, section)) => {
                prop_assert_eq!(warned, level);
                prop_assert_eq!(triage::urgency(&answers.up_to(section)).level, level);
            }
            None => prop_assert!(level > UrgencyLevel::SameDay),
        }
    }

    #[test]
    fn the_same_answers_give_the_same_assessment(answers in answers()) {
        prop_assert_eq!(assess(&answers), assess(&answers.clone()));
    }

    #[test]
    fn answers_and_assessments_round_trip_through_json(answers in answers()) {
        let decoded = Answers::from_json(answers.to_json().as_bytes()).unwrap();
        prop_assert_eq!(&decoded, &answers);
        let out = assess(&answers);
        let json = serde_json::to_vec(&out).unwrap();
        prop_assert_eq!(Assessment::from_json(&json).unwrap(), out);
    }

    /// Every question keeps the reply it is given, through its field and through a share link:
    /// drawn from the registry, so a new question is covered without a change here.
    #[test]
    fn every_question_keeps_its_reply_through_its_field_and_a_link((question, response) in one_reply()) {
        let mut answers = Answers { version: ANSWERS_VERSION, ..Answers::default() };
        if question.when == When::AfterSurgery {
            answers.apply(Edit::pick(AnswerId::Surgery, Some(Surgery::Laser)));
        }
        answers.apply(Edit::Set(question.id, response));
        prop_assert_eq!((question.get)(&answers), response, "{}", question.id);
        prop_assert_eq!(answers.response(question.id), Some(response));
        let back = share::decode(&share::encode(&answers)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!((question.get)(&back), response, "{} through a link", question.id);
    }

    #[test]
    fn share_links_round_trip(answers in answers()) {
        let text = share::encode(&answers);
        prop_assert_eq!(share::decode(&text), Ok(answers));
        prop_assert!(text.bytes().all(|b| b.is_ascii_alphanumeric() || b"._~".contains(&b)), "URL-safe: {}", text);
    }

    #[test]
    fn share_decoding_never_panics(text in "[0-9a-z._~]{0,160}") {
        let _ = share::decode(&text);
    }

    #[test]
    fn a_changed_character_is_caught(answers in answers(), at in 0usize..400, with in "[0-9a-z._]") {
        let text = share::encode(&answers);
        let at = at % text.len();
        let mut changed = text.clone();
        changed.replace_range(at..at + 1, &with);
        if changed != text {
            prop_assert!(share::decode(&changed).is_err(), "{} → {}", text, changed);
        }
    }

    #[test]
    fn edits_keep_answers_possible(answers in answers(), edits in vec(edit(), 0..40)) {
        let mut answers = answers;
        for edit in edits {
            answers.apply(edit);
            prop_assert_eq!(answers.validate(), Ok(()));
        }
    }

    #[test]
    fn decoders_never_panic_on_arbitrary_bytes(bytes in vec(any::<u8>(), 0..512)) {
        let _ = Answers::from_json(&bytes);
        let _ = Assessment::from_json(&bytes);
    }

    #[test]
    fn decoders_never_panic_on_json_like_text(text in r#"[{}\[\]":,0-9a-z_. -]{0,200}"#) {
        let _ = Answers::from_json(text.as_bytes());
        let _ = Assessment::from_json(text.as_bytes());
    }

    #[test]
    fn damaged_valid_answers_give_an_error_or_answers_never_a_panic(answers in answers(), cut in 0usize..2000, byte in any::<u8>()) {
        let mut json = answers.to_json().into_bytes();
        let at = cut % json.len();
        json[at] = byte;
        if let Ok(decoded) = Answers::from_json(&json) {
            prop_assert_eq!(decoded.validate(), Ok(()));
        }
    }
}

/// Every combination of the thirteen red-flag answers (yes / no / not sure: 3^13), with the
/// rest of the answers in the mildest self-care picture, so nothing else raises urgency.
#[test]
fn urgency_follows_the_red_flags_exhaustively() {
    let replies = [YesNo::Yes, YesNo::No, YesNo::NotSure];
    let mut answers = Answers {
        history: History { surgery: Some(Surgery::None), since_onset: Some(Elapsed::Weeks(2)), ..History::default() },
        symptoms: Symptoms { pain: Some(1), numbness: Some(0), course: Some(Course::Better), ..Symptoms::default() },
        ..Answers::default()
    };
    let mut seen = [0usize; 5];
    for code in 0..3usize.pow(13) {
        let mut rest = code;
        let mut next = || {
            let reply = replies[rest % 3];
            rest /= 3;
            Some(reply)
        };
        answers.red_flags = RedFlags {
            saddle_numbness: next(),
            urinary_problem: next(),
            bowel_control_loss: next(),
            sexual_dysfunction: next(),
            both_legs: next(),
            chest_pain: next(),
            worsening_weakness: next(),
            fever_unwell: next(),
            infection_risk: next(),
            cancer_history: next(),
            weight_loss: next(),
            recent_trauma: next(),
            severe_rest_pain: next(),
        };
        let level = triage::urgency(&answers).level;
        let expected = published_level(&answers).unwrap_or(UrgencyLevel::SelfCare);
        assert_eq!(level, expected, "{:?}", answers.red_flags);
        seen[level as usize] += 1;
    }
    // Emergency: any of the five nerve-bundle signs or chest pain "yes": 3^13 - 2^6 * 3^7.
    // Same day: none "yes" but one "not sure" (63 * 3^7), or all six "no" and worsening weakness
    // (3^6), or fever and an infection risk without it (2 * 3^4).
    // Self-care: all thirteen "no". Prompt: everything else. Routine: none here.
    assert_eq!(seen, [1_454_355, 138_672, 1_295, 0, 1]);
}

/// The items of each multi-choice question, and the one that stands alone ("none", "not
/// sure") where the question has one.
const CHECKLISTS: [(&[AnswerId], Option<AnswerId>); 4] = [
    (
        &[AnswerId::TriedMedication, AnswerId::TriedNerveBlock, AnswerId::TriedPhysiotherapy, AnswerId::TriedBrace, AnswerId::TriedNone],
        Some(AnswerId::TriedNone),
    ),
    (&[AnswerId::AreaLowerBack, AnswerId::AreaButtock, AnswerId::AreaOneLeg, AnswerId::AreaBothLegs], None),
    (&[AnswerId::KindPain, AnswerId::KindNumbness, AnswerId::KindWeakness], None),
    (
        &[
            AnswerId::WorseSittingLong,
            AnswerId::WorseWalkingEasedBySitting,
            AnswerId::WorseBendingBackward,
            AnswerId::WorseBendingForwardOrLifting,
            AnswerId::WorseNotSure,
        ],
        Some(AnswerId::WorseNotSure),
    ),
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Any sequence of ticks and unticks on a checklist leaves exactly the ticked items: a
    /// tick never clears another item, except that "none" / "not sure" stand alone.
    #[test]
    fn checklists_keep_every_tick(list in 0..CHECKLISTS.len(), clicks in vec((0usize..5, any::<bool>()), 0..40), start in answers()) {
        let (items, alone) = CHECKLISTS[list];
        let mut answers = start;
        // The model starts from what the generated answers already hold.
        let mut ticked: Vec<AnswerId> = items.iter().copied().filter(|id| answers.has(*id)).collect();
        for (index, on) in clicks {
            let id = items[index % items.len()];
            answers.apply(Edit::Tick(id, on));
            ticked.retain(|x| *x != id);
            if on {
                if Some(id) == alone {
                    ticked.clear();
                } else {
                    ticked.retain(|x| Some(*x) != alone);
                }
                ticked.push(id);
            }
            for item in items {
                prop_assert_eq!(answers.has(*item), ticked.contains(item), "{} after ticking {} {}", item, id, on);
            }
        }
        prop_assert_eq!(answers.validate(), Ok(()));
    }
}

/// The defect that dropped weakness: tick weakness, then pain; both stay, and so does the urgency.
#[test]
fn ticking_pain_after_weakness_keeps_weakness() {
    let mut answers = Answers { version: ANSWERS_VERSION, ..Answers::default() };
    for (id, _) in answers.clone().yes_no_replies(Step::RedFlags) {
        answers.apply(Edit::pick(id, Some(YesNo::No)));
    }
    answers.apply(Edit::pick(AnswerId::Surgery, Some(Surgery::None)));
    answers.apply(Edit::Set(AnswerId::SinceOnset, Response::Elapsed(Some(Elapsed::Weeks(4)))));
    answers.apply(Edit::pick(AnswerId::Course, Some(Course::Better)));
    answers.apply(Edit::number(AnswerId::PainScore, Some(2)));
    answers.apply(Edit::number(AnswerId::NumbnessScore, Some(2)));
    let alone = assess(&answers).urgency.level;
    answers.apply(Edit::Tick(AnswerId::KindWeakness, true));
    let with_weakness = assess(&answers).urgency.level;
    answers.apply(Edit::Tick(AnswerId::KindPain, true));
    assert_eq!(answers.symptoms.kinds, vec![SymptomKind::Pain, SymptomKind::Weakness], "both, in the list's order");
    assert_eq!(assess(&answers).urgency.level, with_weakness, "ticking pain must not hide weakness");
    assert_ne!(alone, with_weakness, "weakness changes the urgency");
    answers.apply(Edit::Tick(AnswerId::AreaButtock, true));
    answers.apply(Edit::Tick(AnswerId::AreaOneLeg, true));
    assert_eq!(answers.symptoms.areas, vec![Area::Buttock, Area::OneLeg]);
}
