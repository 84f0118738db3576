//! The rules that turn answers into an assessment. Each rule cites where it comes from
//! (its `Citation`, listed in `src/content/references.txt`); each finding carries the
//! answers that led to it, so the person sees "because you said …".

use super::answers::*;
use super::assessment::*;
use super::ids::*;
use super::registry::Step;
use super::triage::{replies, FlagGroup, RED_FLAG_RULES};

pub fn assess(answers: &Answers) -> Assessment {
    let urgency = urgency(answers);
    let phase = phase(answers);
    let topics = topics(answers, &phase);
    let options = options(answers, &phase);
    let questions = questions(answers, &urgency, &phase, &topics);
    let self_care = self_care(answers, &urgency);
    Assessment {
        version: ASSESSMENT_VERSION,
        urgency,
        phase,
        topics,
        options,
        values: values(answers),
        self_care,
        disability_grade: answers.accident.as_ref().map(|accident| disability_grade(answers, accident)),
        questions,
        readiness: readiness(answers),
    }
}

/// Three or fewer "yes" answers on SURE suggest decisional conflict: more support first.
fn readiness(answers: &Answers) -> Readiness {
    let items = answers.yes_no_replies(Step::Decision);
    let score = items.iter().all(|(_, reply)| reply.is_some()).then(|| items.iter().filter(|(_, reply)| reply.is_yes()).count() as u8);
    Readiness { score, needs_more_support: score.map(|s| s < SURE_ITEMS), citations: vec![Citation::SureTest] }
}

fn answered_yes(pairs: impl IntoIterator<Item = (AnswerId, Option<YesNo>)>) -> Vec<AnswerId> {
    pairs.into_iter().filter(|(_, reply)| reply.is_yes()).map(|(id, _)| id).collect()
}

/// Met when every answer is "no", not met when any is "yes", unknown otherwise. The
/// evidence is the "yes" answers, or the open ones, or all of them when all are "no".
fn none_of(pairs: &[(AnswerId, Option<YesNo>)]) -> (Status, Vec<AnswerId>) {
    let yes = answered_yes(pairs.iter().copied());
    if !yes.is_empty() {
        return (Status::NotMet, yes);
    }
    let open: Vec<AnswerId> = pairs.iter().filter(|(_, reply)| !reply.is_no()).map(|(id, _)| *id).collect();
    if open.is_empty() {
        (Status::Met, pairs.iter().map(|(id, _)| *id).collect())
    } else {
        (Status::Unknown, open)
    }
}

fn status_of(known: Option<bool>) -> Status {
    match known {
        Some(true) => Status::Met,
        Some(false) => Status::NotMet,
        None => Status::Unknown,
    }
}

// --- Urgency -------------------------------------------------------------------------

/// The tables and the rule are in `triage.rs`, where a clinician reviews them.
fn urgency(answers: &Answers) -> Urgency {
    super::triage::urgency(answers)
}

// --- Phase ---------------------------------------------------------------------------

/// Symptoms usually settle within about three months, with or without surgery; after
/// surgery the clock runs from the operation.
fn phase(answers: &Answers) -> Phase {
    let history = &answers.history;
    let counted_from_surgery = history.operated() == Some(true);
    let (elapsed, id) =
        if counted_from_surgery { (history.since_surgery, AnswerId::SinceSurgery) } else { (history.since_onset, AnswerId::SinceOnset) };
    let value = match elapsed.and_then(Elapsed::at_least_three_months) {
        Some(true) => PhaseValue::Persistent,
        Some(false) => PhaseValue::Early,
        None => PhaseValue::Unknown,
    };
    let mut because = Vec::new();
    if counted_from_surgery {
        because.push(AnswerId::Surgery);
    }
    if elapsed.is_some() {
        because.push(id);
    }
    Phase { value, counted_from_surgery, because, citations: vec![Citation::SourceArticle, Citation::Regression] }
}

fn phase_answer(phase: &Phase) -> AnswerId {
    if phase.counted_from_surgery {
        AnswerId::SinceSurgery
    } else {
        AnswerId::SinceOnset
    }
}

// --- Topics --------------------------------------------------------------------------

fn topics(answers: &Answers, phase: &Phase) -> Vec<Topic> {
    let history = &answers.history;
    let symptoms = &answers.symptoms;
    let operated = history.operated() == Some(true);
    let mut topics = Vec::new();

    // Recurrence: relief after surgery and then a return, or getting worse after surgery.
    let mut because = Vec::new();
    if history.relief_then_return.is_yes() {
        because.push(AnswerId::ReliefThenReturn);
    }
    if operated && symptoms.course == Some(Course::Worse) {
        because.extend([AnswerId::Surgery, AnswerId::Course]);
    }
    if !because.is_empty() {
        topics.push(Topic {
            id: TopicId::Recurrence,
            subtopics: Vec::new(),
            because,
            citations: vec![Citation::SourceArticle, Citation::JpnGuidelineReoperation, Citation::ReherniationReview],
        });
    }

    // Another spinal condition: symptom patterns that fit one, or symptoms that persist
    // despite treatment (the source article: check for another cause with a doctor).
    let mut subtopics = Vec::new();
    if symptoms.has_area(Area::Buttock) && symptoms.worse_with(Trigger::SittingLong) {
        subtopics.push(Subtopic { id: SubtopicId::ButtockPainSitting, because: vec![AnswerId::AreaButtock, AnswerId::WorseSittingLong] });
    }
    let leg = [(Area::OneLeg, AnswerId::AreaOneLeg), (Area::BothLegs, AnswerId::AreaBothLegs)]
        .into_iter()
        .find(|(area, _)| symptoms.has_area(*area));
    if let (true, Some((_, leg_id))) = (symptoms.worse_with(Trigger::BendingBackward), leg) {
        subtopics.push(Subtopic { id: SubtopicId::LegSymptomsBendingBack, because: vec![AnswerId::WorseBendingBackward, leg_id] });
    }
    if symptoms.worse_with(Trigger::WalkingEasedBySitting) {
        let mut because = vec![AnswerId::WorseWalkingEasedBySitting];
        if symptoms.has_area(Area::BothLegs) {
            because.push(AnswerId::AreaBothLegs);
        }
        subtopics.push(Subtopic { id: SubtopicId::LegSymptomsWalking, because });
    }
    let mut because: Vec<AnswerId> = subtopics.iter().flat_map(|s| s.because.iter().copied()).collect();
    let tried = history.conservative_tried();
    if phase.value == PhaseValue::Persistent && !tried.is_empty() {
        because.push(phase_answer(phase));
        because.extend(tried);
    }
    if !because.is_empty() {
        topics.push(Topic {
            id: TopicId::OtherSpinalCondition,
            subtopics,
            because: dedup(because),
            citations: vec![Citation::SourceArticle],
        });
    }

    // Effects of surgery: symptoms present after an operation; the pattern of no period of
    // relief since, where the person did not report one.
    if operated && symptoms.present() == Some(true) {
        let mut because = vec![AnswerId::Surgery];
        because.extend(symptom_answers(symptoms));
        let mut subtopics = Vec::new();
        if !history.relief_then_return.is_yes() {
            let mut no_relief = vec![AnswerId::Surgery];
            if history.relief_then_return.is_some() {
                no_relief.push(AnswerId::ReliefThenReturn);
            }
            subtopics.push(Subtopic { id: SubtopicId::NoReliefAfterSurgery, because: no_relief });
        }
        topics.push(Topic {
            id: TopicId::AfterSurgeryEffects,
            subtopics,
            because,
            citations: vec![Citation::SourceArticle, Citation::Psps, Citation::FbssJapan],
        });
    }

    let body = &answers.body_use;
    let mut because = answered_yes([
        (AnswerId::LongSitting, body.long_sitting),
        (AnswerId::StrainedPostures, body.strained_postures),
        (AnswerId::BentForwardWork, body.bent_forward_work),
        (AnswerId::HeavyLifting, body.heavy_lifting),
    ]);
    if symptoms.worse_with(Trigger::BendingForwardOrLifting) {
        because.push(AnswerId::WorseBendingForwardOrLifting);
    }
    if !because.is_empty() {
        topics.push(Topic { id: TopicId::BodyUse, subtopics: Vec::new(), because, citations: vec![Citation::SourceArticle] });
    }

    let because = lifestyle_answers(&answers.lifestyle);
    if !because.is_empty() {
        topics.push(Topic { id: TopicId::Lifestyle, subtopics: Vec::new(), because, citations: vec![Citation::SourceArticle] });
    }
    topics
}

fn symptom_answers(symptoms: &Symptoms) -> Vec<AnswerId> {
    let mut ids: Vec<AnswerId> = symptoms
        .kinds
        .iter()
        .map(|kind| match kind {
            SymptomKind::Pain => AnswerId::KindPain,
            SymptomKind::Numbness => AnswerId::KindNumbness,
            SymptomKind::Weakness => AnswerId::KindWeakness,
        })
        .collect();
    if symptoms.pain.is_some_and(|s| s > 0) {
        ids.push(AnswerId::PainScore);
    }
    if symptoms.numbness.is_some_and(|s| s > 0) {
        ids.push(AnswerId::NumbnessScore);
    }
    ids
}

fn lifestyle_answers(lifestyle: &Lifestyle) -> Vec<AnswerId> {
    answered_yes([
        (AnswerId::Smoking, lifestyle.smoking),
        (AnswerId::GettingCold, lifestyle.getting_cold),
        (AnswerId::StrongMassage, lifestyle.strong_massage),
        (AnswerId::EnduringPain, lifestyle.enduring_pain),
    ])
}

fn dedup(ids: Vec<AnswerId>) -> Vec<AnswerId> {
    let mut seen = Vec::with_capacity(ids.len());
    for id in ids {
        if !seen.contains(&id) {
            seen.push(id);
        }
    }
    seen
}

// --- Options -------------------------------------------------------------------------

fn condition(id: ConditionId, (status, because): (Status, Vec<AnswerId>)) -> Condition {
    Condition { id, status, because }
}

fn outcome(id: OutcomeId, out_of_100: u8, up_to: Option<u8>, within: TimeFrame, citation: Citation) -> Outcome {
    Outcome { id, out_of_100, up_to, range: None, within, citation }
}

/// Every option, in the fixed order, each with the guideline conditions under which it is
/// usually considered. Nothing here compares options with each other.
fn options(answers: &Answers, phase: &Phase) -> Vec<OptionView> {
    let flags = &answers.red_flags;
    let history = &answers.history;
    let operated = history.operated();
    let surgery_answer = if history.surgery.is_some() { vec![AnswerId::Surgery] } else { Vec::new() };
    let phase_because = phase.because.clone();

    let no_red_flags = none_of(&answers.yes_no_replies(Step::RedFlags));
    let cauda_equina = replies(answers, FlagGroup::CaudaEquina);
    let no_cauda_equina = none_of(&cauda_equina);
    // Whether the phase is the one named: unknown while the phase is.
    let phase_is = |named: PhaseValue| {
        let known = (phase.value != PhaseValue::Unknown).then(|| phase.value == named);
        (status_of(known), phase_because.clone())
    };
    let early = phase_is(PhaseValue::Early);
    let course = answers.symptoms.course;
    let improving = (
        match course {
            Some(Course::Better) => Status::Met,
            Some(Course::Same | Course::Worse) => Status::NotMet,
            Some(Course::NotSure) | None => Status::Unknown,
        },
        if course.is_some() { vec![AnswerId::Course] } else { Vec::new() },
    );

    let tried = history.conservative_tried();
    let tried_none = history.tried.as_deref() == Some(&[Treatment::None][..]);
    let tried_because = if tried_none { vec![AnswerId::TriedNone] } else { tried.clone() };
    let conservative_tried = (
        if !tried.is_empty() {
            Status::Met
        } else if tried_none {
            Status::NotMet
        } else {
            Status::Unknown
        },
        tried_because.clone(),
    );
    let persistent_despite_conservative = {
        let status = match (phase.value, conservative_tried.0) {
            (PhaseValue::Early, _) | (_, Status::NotMet) => Status::NotMet,
            (PhaseValue::Persistent, Status::Met) => Status::Met,
            _ => Status::Unknown,
        };
        (status, [phase_because.clone(), tried_because].concat())
    };
    let deficit_flags: Vec<_> = cauda_equina.into_iter().chain([(AnswerId::WorseningWeakness, flags.worsening_weakness)]).collect();
    let serious_deficit = match none_of(&deficit_flags) {
        (Status::NotMet, yes) => (Status::Met, yes),
        (Status::Met, all) => (Status::NotMet, all),
        unknown => unknown,
    };
    let had_surgery = (status_of(operated), surgery_answer.clone());
    let return_or_insufficient = match operated {
        Some(false) => (Status::NotMet, surgery_answer.clone()),
        _ if history.relief_then_return.is_yes() => (Status::Met, vec![AnswerId::ReliefThenReturn]),
        Some(true) if phase.value == PhaseValue::Persistent => (Status::Met, phase_because.clone()),
        Some(true) if phase.value == PhaseValue::Early && history.relief_then_return.is_no() => {
            (Status::NotMet, [phase_because.clone(), vec![AnswerId::ReliefThenReturn]].concat())
        }
        _ => (Status::Unknown, Vec::new()),
    };
    // Stimulation is considered from six months after surgery (NICE TA159), not three.
    let since_surgery = history.since_surgery.and_then(|e| e.at_least(STIMULATION_MONTHS, STIMULATION_MONTHS_IN_WEEKS));
    let since_surgery_because = if history.since_surgery.is_some() { vec![AnswerId::Surgery, AnswerId::SinceSurgery] } else { Vec::new() };
    let persistent_after_surgery = match (operated, since_surgery) {
        (Some(false), _) => (Status::NotMet, surgery_answer.clone()),
        (Some(true), Some(true)) => (Status::Met, since_surgery_because),
        (Some(true), Some(false)) => (Status::NotMet, since_surgery_because),
        _ => (Status::Unknown, since_surgery_because),
    };

    // Three months or more: the persistent phase (from surgery, after an operation).
    let long_lasting = phase_is(PhaseValue::Persistent);

    vec![
        OptionView {
            id: OptionId::WatchfulWaiting,
            only_after_surgery: false,
            considered_when: vec![
                condition(ConditionId::NoRedFlags, no_red_flags),
                condition(ConditionId::EarlyPhase, early),
                condition(ConditionId::Improving, improving),
            ],
            facts: OptionFacts {
                insurance: Insurance::NoTreatmentCost,
                evidence: EvidenceStrength::Moderate,
                averages_only: false,
                // 95% CI 49-77 (Wang 2020).
                outcomes: vec![Outcome {
                    range: Some((49, 77)),
                    ..outcome(OutcomeId::HerniationShrinks, 63, None, TimeFrame::SeveralMonths, Citation::Regression)
                }],
                citations: vec![
                    Citation::Regression,
                    Citation::RegressionByType,
                    Citation::JpnGuidelineRegression,
                    Citation::SourceArticle,
                ],
            },
        },
        OptionView {
            id: OptionId::Conservative,
            only_after_surgery: false,
            considered_when: vec![condition(ConditionId::NoCaudaEquinaSigns, no_cauda_equina.clone())],
            facts: OptionFacts {
                insurance: Insurance::Public,
                evidence: EvidenceStrength::Moderate,
                averages_only: false,
                outcomes: vec![
                    outcome(OutcomeId::RecoveredAtOneYear, 95, None, TimeFrame::AtOneYear, Citation::Peul2007),
                    outcome(OutcomeId::SurgeryWithinOneYear, 39, None, TimeFrame::OneYear, Citation::Peul2007),
                ],
                citations: vec![
                    Citation::Joa2021,
                    Citation::Peul2007,
                    Citation::NiceNg59,
                    Citation::EpiduralSteroids,
                    Citation::SourceArticle,
                ],
            },
        },
        OptionView {
            id: OptionId::IntradiscalInjection,
            only_after_surgery: false,
            considered_when: vec![
                condition(ConditionId::NoCaudaEquinaSigns, no_cauda_equina.clone()),
                condition(ConditionId::PersistentDespiteConservative, persistent_despite_conservative.clone()),
                // Both are for the specialist to check: the type on the images, and no earlier injection.
                condition(ConditionId::ApprovedHerniationType, (Status::Unknown, Vec::new())),
                condition(ConditionId::NotInjectedBefore, (Status::Unknown, Vec::new())),
            ],
            facts: OptionFacts {
                insurance: Insurance::Public,
                evidence: EvidenceStrength::Moderate,
                averages_only: true,
                // The trial reports mean change on a 0-100 scale, not a count out of 100.
                outcomes: Vec::new(),
                citations: vec![Citation::Chiba2018, Citation::Matsuyama2018, Citation::CondoliaseJapan],
            },
        },
        OptionView {
            id: OptionId::Surgery,
            only_after_surgery: false,
            // This card describes a first operation. After one, it says so and points to
            // reoperation instead of marking a first operation's conditions as met.
            considered_when: if operated == Some(true) {
                vec![condition(ConditionId::FirstOperation, (Status::NotMet, surgery_answer.clone()))]
            } else {
                vec![
                    condition(ConditionId::FirstOperation, (status_of(operated.map(|o| !o)), surgery_answer.clone())),
                    condition(ConditionId::PersistentDespiteConservative, persistent_despite_conservative),
                    condition(ConditionId::SeriousNerveDeficit, serious_deficit),
                ]
            },
            facts: OptionFacts {
                insurance: Insurance::PublicExceptLaser,
                evidence: EvidenceStrength::Moderate,
                averages_only: false,
                outcomes: vec![
                    outcome(OutcomeId::RecoveredAtOneYearSurgery, 95, None, TimeFrame::AtOneYear, Citation::Peul2007),
                    outcome(OutcomeId::Complications, 2, None, TimeFrame::OneYear, Citation::Peul2007),
                    outcome(OutcomeId::ReoperationWithinFiveYears, 4, Some(15), TimeFrame::FiveYears, Citation::JpnGuidelineReoperation),
                ],
                citations: vec![
                    Citation::Joa2021,
                    Citation::Peul2007,
                    Citation::Sport,
                    Citation::JpnGuidelineCaudaEquina,
                    Citation::NiceIpg357,
                    Citation::NhsSurgeryRisks,
                    Citation::SourceArticle,
                ],
            },
        },
        OptionView {
            id: OptionId::Reoperation,
            only_after_surgery: true,
            considered_when: vec![
                condition(ConditionId::HadSurgery, had_surgery.clone()),
                condition(ConditionId::ReturnOrInsufficientRelief, return_or_insufficient),
            ],
            facts: OptionFacts {
                insurance: Insurance::Public,
                evidence: EvidenceStrength::Low,
                averages_only: false,
                outcomes: Vec::new(),
                citations: vec![Citation::JpnGuidelineReoperation, Citation::ReherniationReview, Citation::SourceArticle],
            },
        },
        OptionView {
            id: OptionId::SpinalCordStimulation,
            only_after_surgery: true,
            considered_when: vec![
                condition(ConditionId::HadSurgery, had_surgery),
                condition(ConditionId::PersistentAfterSurgery, persistent_after_surgery),
                condition(ConditionId::ConservativeTried, conservative_tried),
            ],
            facts: OptionFacts {
                insurance: Insurance::Public,
                evidence: EvidenceStrength::Low,
                averages_only: false,
                outcomes: vec![
                    // The randomised comparison: after 6 months most of the other group crossed over.
                    outcome(OutcomeId::LegPainHalved, 48, None, TimeFrame::SixMonths, Citation::ProcessSixMonths),
                    outcome(OutcomeId::LegPainHalvedMedicalCare, 9, None, TimeFrame::SixMonths, Citation::ProcessSixMonths),
                    outcome(OutcomeId::DeviceRevision, 31, None, TimeFrame::TwoYears, Citation::Process),
                ],
                citations: vec![Citation::ProcessSixMonths, Citation::Process, Citation::NiceTa159, Citation::CochraneScs, Citation::Psps],
            },
        },
        OptionView {
            id: OptionId::MultidisciplinaryPainCare,
            only_after_surgery: false,
            considered_when: vec![
                condition(ConditionId::NoCaudaEquinaSigns, no_cauda_equina.clone()),
                condition(ConditionId::LongLastingPain, long_lasting),
            ],
            facts: OptionFacts {
                insurance: Insurance::DependsOnClinic,
                evidence: EvidenceStrength::Moderate,
                averages_only: true,
                // The review reports mean differences on pain scales, not counts out of 100.
                outcomes: Vec::new(),
                citations: vec![Citation::Kamper2015, Citation::NiceNg59, Citation::PainCentresJapan],
            },
        },
        OptionView {
            id: OptionId::Regenerative,
            only_after_surgery: false,
            // No guideline recommends it for this condition, so no guideline condition is listed;
            // the card says so.
            considered_when: Vec::new(),
            facts: OptionFacts {
                insurance: Insurance::SelfPaid,
                evidence: EvidenceStrength::VeryLow,
                averages_only: false,
                outcomes: Vec::new(),
                citations: vec![
                    Citation::StemCells,
                    Citation::Prp,
                    Citation::PrpSaraf2023,
                    Citation::PrpGupta2024,
                    Citation::IntrathecalCellsSafety,
                    Citation::MhlwRegenerative,
                    Citation::AdGuideline,
                    Citation::SourceArticle,
                ],
            },
        },
    ]
}

// --- Values, self-care ---------------------------------------------------------------

/// Each thing rated as mattering a lot, with every option beside it: the person weighs.
fn values(answers: &Answers) -> Vec<ValueLink> {
    answers
        .ratings()
        .into_iter()
        .filter_map(|(_, value, rating)| rating.filter(|r| *r >= HIGH_VALUE).map(|rating| (value, rating)))
        .map(|(value, rating)| ValueLink { value, rating, options: OptionId::ALL.to_vec() })
        .collect()
}

/// Weakness that is getting worse, said in the red-flag step or in the symptoms step.
fn weakness_getting_worse(answers: &Answers) -> bool {
    let symptoms = &answers.symptoms;
    answers.red_flags.worsening_weakness.is_yes()
        || (symptoms.kinds.contains(&SymptomKind::Weakness) && symptoms.course == Some(Course::Worse))
}

/// Staying active for everyone without a warning sign (NICE NG59; 腰痛診療ガイドライン2019: bed
/// rest is not advised), then the source article's advice for the answers that call for it.
/// Not while the answers call for 119 or for being seen today.
fn self_care(answers: &Answers, urgency: &Urgency) -> Vec<SelfCareItem> {
    let body = &answers.body_use;
    let life = &answers.lifestyle;
    let no_warning_sign = urgency.level > UrgencyLevel::SameDay
        && RED_FLAG_RULES.iter().all(|rule| matches!(answers.yes_no(rule.id), None | Some(YesNo::No)));
    let stay_active = no_warning_sign.then(|| SelfCareItem {
        id: SelfCareId::StayActive,
        because: Vec::new(),
        citations: vec![Citation::NiceNg59, Citation::JpnLbpGuideline2019, Citation::NhsSciatica],
    });
    stay_active
        .into_iter()
        .chain(
            [
                (SelfCareId::BreakUpSitting, AnswerId::LongSitting, body.long_sitting),
                (SelfCareId::EasePostures, AnswerId::StrainedPostures, body.strained_postures),
                (SelfCareId::LimitBendingForward, AnswerId::BentForwardWork, body.bent_forward_work),
                (SelfCareId::LiftWithCare, AnswerId::HeavyLifting, body.heavy_lifting),
                (SelfCareId::StopSmoking, AnswerId::Smoking, life.smoking),
                (SelfCareId::KeepWarm, AnswerId::GettingCold, life.getting_cold),
                (SelfCareId::AvoidStrongMassage, AnswerId::StrongMassage, life.strong_massage),
                (SelfCareId::GetCareForPain, AnswerId::EnduringPain, life.enduring_pain),
            ]
            .into_iter()
            .filter(|(_, _, reply)| reply.is_yes())
            .map(|(id, answer, _)| SelfCareItem { id, because: vec![answer], citations: vec![Citation::SourceArticle] }),
        )
        .collect()
}

// --- After-effect grades -------------------------------------------------------------

fn requirement(id: RequirementId, official: bool, (status, because): (Status, Vec<AnswerId>)) -> Requirement {
    Requirement { id, official, status, because }
}

fn yes_no_status(id: AnswerId, reply: Option<YesNo>) -> (Status, Vec<AnswerId>) {
    let status = match reply {
        Some(YesNo::Yes) => Status::Met,
        Some(YesNo::No) => Status::NotMet,
        _ => Status::Unknown,
    };
    (status, if reply.is_some() { vec![id] } else { Vec::new() })
}

/// What 14級9号 and 12級13号 ask for, checked against the answers. The wording is the
/// order's; the rest is practitioners' reading, and the rules of thumb are marked
/// unofficial. Only the assessing body decides.
fn disability_grade(answers: &Answers, accident: &Accident) -> DisabilityGrade {
    let symptoms_remain = {
        let symptoms = &answers.symptoms;
        let mut because = symptom_answers(symptoms);
        // A score of 0 is evidence too: it says the symptom is gone.
        because.extend(
            [(AnswerId::PainScore, symptoms.pain), (AnswerId::NumbnessScore, symptoms.numbness)]
                .into_iter()
                .filter(|(_, score)| *score == Some(0))
                .map(|(id, _)| id),
        );
        (status_of(symptoms.present()), because)
    };
    // Symptoms that began after the accident are necessary, never enough: the assessing body
    // decides the link, so timing alone leaves it unknown.
    let caused = match accident.after_accident {
        Some(YesNo::No) => (Status::NotMet, vec![AnswerId::AfterAccident]),
        Some(_) => (Status::Unknown, vec![AnswerId::AfterAccident]),
        None => (Status::Unknown, Vec::new()),
    };
    let fixed = yes_no_status(AnswerId::SymptomsFixed, accident.symptoms_fixed);
    let regular = match accident.visit_regularity {
        Some(Regularity::Regular) => Some(true),
        Some(Regularity::Irregular) => Some(false),
        _ => None,
    };
    let from_start = match (accident.saw_doctor_soon, regular) {
        (Some(YesNo::No), _) | (_, Some(false)) => Some(false),
        (Some(YesNo::Yes), Some(true)) => Some(true),
        _ => None,
    };
    let mut visit_answers = Vec::new();
    if accident.saw_doctor_soon.is_some() {
        visit_answers.push(AnswerId::SawDoctorSoon);
    }
    if accident.visit_regularity.is_some() {
        visit_answers.push(AnswerId::VisitRegularity);
    }
    let consistent_course = (status_of(from_start), visit_answers.clone());
    let six_months = (
        status_of(accident.treatment_months.map(|months| months >= GRADE_TREATMENT_MONTHS)),
        accident.treatment_months.map(|_| vec![AnswerId::TreatmentMonths]).unwrap_or_default(),
    );
    let imaging = {
        let known = match (accident.imaging_done, accident.imaging_matches) {
            (Some(YesNo::No), _) | (_, Some(YesNo::No)) => Some(false),
            (Some(YesNo::Yes), Some(YesNo::Yes)) => Some(true),
            _ => None,
        };
        let mut because = Vec::new();
        if accident.imaging_done.is_some() {
            because.push(AnswerId::ImagingDone);
        }
        if accident.imaging_matches.is_some() {
            because.push(AnswerId::ImagingMatches);
        }
        (status_of(known), because)
    };
    // Met only when abnormal findings were recorded: tests alone show nothing.
    let neuro = {
        let mut because = Vec::new();
        if accident.neuro_tests_done.is_some() {
            because.push(AnswerId::NeuroTestsDone);
        }
        if accident.neuro_findings.is_some() {
            because.push(AnswerId::NeuroFindings);
        }
        let known = match (accident.neuro_tests_done, accident.neuro_findings) {
            (Some(YesNo::No), _) | (_, Some(YesNo::No)) => Some(false),
            (_, Some(YesNo::Yes)) => Some(true),
            _ => None,
        };
        (status_of(known), because)
    };

    let shared = |extra: Vec<Requirement>| {
        let mut requirements = vec![
            requirement(RequirementId::SymptomsRemain, true, symptoms_remain.clone()),
            requirement(RequirementId::CausedByAccident, true, caused.clone()),
            requirement(RequirementId::SymptomsFixed, true, fixed.clone()),
        ];
        requirements.extend(extra);
        requirements.push(requirement(RequirementId::AboutSixMonthsTreatment, false, six_months.clone()));
        requirements.push(requirement(RequirementId::RegularVisitsFromStart, false, consistent_course.clone()));
        requirements
    };
    DisabilityGrade {
        grades: vec![
            GradeCheck {
                grade: GradeId::Grade14No9,
                requirements: shared(vec![requirement(RequirementId::ConsistentCourseRecorded, true, consistent_course.clone())]),
            },
            GradeCheck {
                grade: GradeId::Grade12No13,
                requirements: shared(vec![
                    requirement(RequirementId::ImagingMatchesSymptoms, true, imaging),
                    requirement(RequirementId::NeurologicalFindings, true, neuro),
                ]),
            },
        ],
        documents: DocumentId::ALL.to_vec(),
        denial_reasons: DenialReasonId::ALL.to_vec(),
        decided_only_by_assessing_body: true,
        citations: vec![
            Citation::JibaisekiOrder,
            Citation::GradeProcess,
            Citation::GradePractice,
            Citation::ClaimLimitation,
            Citation::SymptomsFixedPayment,
            Citation::FreeAdvice,
            Citation::SourceArticle,
        ],
    }
}

// --- Questions -----------------------------------------------------------------------

fn questions(answers: &Answers, urgency: &Urgency, phase: &Phase, topics: &[Topic]) -> Vec<QuestionId> {
    use QuestionId as Q;
    let mut questions = Vec::new();
    if urgency.level <= UrgencyLevel::Prompt {
        questions.push(Q::CheckRedFlags);
    }
    questions.extend([Q::WhatCausesSymptoms, Q::WhichOptionsForMe]);
    if phase.value == PhaseValue::Persistent {
        questions.push(Q::WhyPersisting);
    }
    for topic in topics {
        match topic.id {
            TopicId::Recurrence => questions.push(Q::CouldItBeRecurrence),
            TopicId::OtherSpinalCondition => {
                questions.push(Q::CouldItBeAnotherCondition);
                questions.extend(topic.subtopics.iter().filter_map(|subtopic| match subtopic.id {
                    SubtopicId::ButtockPainSitting => Some(Q::ButtockSittingCheck),
                    SubtopicId::LegSymptomsBendingBack => Some(Q::BendingBackCheck),
                    SubtopicId::LegSymptomsWalking => Some(Q::WalkingCheck),
                    // Asked through the effects-of-surgery question.
                    SubtopicId::NoReliefAfterSurgery => None,
                }));
            }
            TopicId::AfterSurgeryEffects => questions.push(Q::RelatedToOperation),
            TopicId::BodyUse => questions.push(Q::BodyUseAdvice),
            TopicId::Lifestyle => questions.push(Q::LifestyleAdvice),
        }
    }
    match answers.history.operated() {
        Some(true) => {
            questions.push(Q::ReoperationBenefitsRisks);
            if phase.value == PhaseValue::Persistent {
                questions.push(Q::StimulationSuitable);
            }
        }
        _ if phase.value == PhaseValue::Persistent || weakness_getting_worse(answers) => questions.push(Q::SurgeryTiming),
        _ => {}
    }
    let high = |rating: Option<u8>| rating.is_some_and(|r| r >= HIGH_VALUE);
    let values = &answers.values;
    // Questions about values name every option they touch, never one alone.
    if high(values.avoid_surgery) {
        questions.push(Q::NonSurgicalOptions);
    }
    if high(values.try_everything) {
        questions.push(Q::UntriedOptions);
    }
    if high(values.low_cost) {
        questions.push(Q::CostsAndInsurance);
    }
    if high(values.least_time_away) {
        questions.push(Q::TimeAwayFromWork);
    }
    if answers.accident.is_some() {
        questions.push(Q::AfterEffectCertificate);
    }
    questions.push(Q::WhenToComeBack);
    questions
}
