//! The question registry: one entry per answer field, in the order the steps ask them.
//!
//! A section reads `pub struct Name in answers_field at Step when …`: the step that asks it, and
//! when (`Always`, or `SectionOpen` for an optional section, which also names its own yes/no).
//! An entry reads `field: Type = AnswerId "json.path" as kind, #slot [when …] [{ items }];`
//! - `Type` is the field in the answers (`Option<YesNo>`, `Vec<Area>` …);
//! - `AnswerId "json.path"` names it for the rules, the JSON and the message keys
//!   (`answer.{path}`, `ask.{path}`, `hint.{path}`);
//! - `kind` says how it is asked (`registry::Kind`);
//! - `#slot` is its place in a share link: the next free number for a new question, and a new
//!   share format in `share.rs` (old links keep their slots for ever);
//! - `when` narrows when it is asked; `{ items }` are a tick list's items, one id each.
//!
//! A new yes/no question is one entry here plus its `answer.` and `ask.` lines in each locale.
//! What it means clinically is a rule in `rules.rs` or `triage.rs`, never here.

use super::answers::*;
use super::ids::{Leaning, ValueId};
use super::registry::{pick, questions, ticks, Kind, YES_NO, YES_OR_NO};

questions! {
    /// Signs that need care at once, today or soon, from published lists only (the levels are in
    /// `triage.rs`). The nerve-bundle signs are asked as **new**: long-standing bladder trouble is
    /// not the sign.
    pub struct RedFlags in red_flags at RedFlags when Always {
        /// New numbness around the buttocks, genitals or inner thighs (the "saddle" area).
        saddle_numbness: Option<YesNo> = SaddleNumbness "red_flags.saddle_numbness" as YES_NO, #0;
        /// New trouble starting or controlling urination, retention, leaking, or not feeling
        /// urine pass or the bladder fill.
        urinary_problem: Option<YesNo> = UrinaryProblem "red_flags.urinary_problem" as YES_NO, #1;
        bowel_control_loss: Option<YesNo> = BowelControlLoss "red_flags.bowel_control_loss" as YES_NO, #2;
        sexual_dysfunction: Option<YesNo> = SexualDysfunction "red_flags.sexual_dysfunction" as YES_NO, #3;
        /// New pain, numbness or weakness in both legs.
        both_legs: Option<YesNo> = BothLegsNew "red_flags.both_legs" as YES_NO, #4;
        /// Chest pain together with the back pain.
        chest_pain: Option<YesNo> = ChestPain "red_flags.chest_pain" as YES_NO, #51;
        /// Leg weakness getting worse, such as a foot that drops.
        worsening_weakness: Option<YesNo> = WorseningWeakness "red_flags.worsening_weakness" as YES_NO, #5;
        fever_unwell: Option<YesNo> = FeverUnwell "red_flags.fever_unwell" as YES_NO, #6;
        /// Long-term steroids or other medicines that weaken immunity, HIV, injecting drugs,
        /// diabetes.
        infection_risk: Option<YesNo> = InfectionRisk "red_flags.infection_risk" as YES_NO, #50;
        cancer_history: Option<YesNo> = CancerHistory "red_flags.cancer_history" as YES_NO, #7;
        /// Weight loss without trying, or not managing to eat enough.
        weight_loss: Option<YesNo> = WeightLoss "red_flags.weight_loss" as YES_NO, #8;
        /// A recent significant fall or accident.
        recent_trauma: Option<YesNo> = RecentTrauma "red_flags.recent_trauma" as YES_NO, #9;
        /// Severe pain at rest or at night that does not ease, unrelated to movement.
        severe_rest_pain: Option<YesNo> = SevereRestPain "red_flags.severe_rest_pain" as YES_NO, #10;
    }

    pub struct History in history at History when Always {
        surgery: Option<Surgery> = Surgery "history.surgery" as pick::<Surgery>("pick.surgery"), #11;
        since_onset: Option<Elapsed> = SinceOnset "history.since_onset" as Kind::Elapsed, #12;
        since_surgery: Option<Elapsed> = SinceSurgery "history.since_surgery" as Kind::Elapsed, #13 when AfterSurgery;
        /// After surgery: a period of relief, then the symptoms came back.
        relief_then_return: Option<YesNo> = ReliefThenReturn "history.relief_then_return" as YES_NO, #14 when AfterSurgery;
        /// After surgery: the wound is red, swollen, leaking or opening.
        wound_problem: Option<YesNo> = WoundProblem "history.wound_problem" as YES_NO, #52 when AfterSurgery;
        /// Treatments already tried; `None` means the list was not answered.
        tried: Option<Vec<Treatment>> = Tried "history.tried" as ticks::<Treatment>(Some(4)), #15 {
            TriedMedication "history.tried.medication",
            TriedNerveBlock "history.tried.nerve_block",
            TriedPhysiotherapy "history.tried.physiotherapy",
            TriedBrace "history.tried.brace",
            TriedNone "history.tried.none",
        };
    }

    pub struct Symptoms in symptoms at Symptoms when Always {
        areas: Vec<Area> = Areas "symptoms.areas" as ticks::<Area>(None), #16 {
            AreaLowerBack "symptoms.areas.lower_back",
            AreaButtock "symptoms.areas.buttock",
            AreaOneLeg "symptoms.areas.one_leg",
            AreaBothLegs "symptoms.areas.both_legs",
        };
        kinds: Vec<SymptomKind> = Kinds "symptoms.kinds" as ticks::<SymptomKind>(None), #17 {
            KindPain "symptoms.kinds.pain",
            KindNumbness "symptoms.kinds.numbness",
            KindWeakness "symptoms.kinds.weakness",
        };
        /// 0 (none) to 10 (worst imaginable).
        pain: Option<u8> = PainScore "symptoms.pain" as Kind::Score { max: MAX_SCORE }, #18;
        /// 0 (none) to 10 (worst imaginable).
        numbness: Option<u8> = NumbnessScore "symptoms.numbness" as Kind::Score { max: MAX_SCORE }, #19;
        course: Option<Course> = Course "symptoms.course" as pick::<Course>("pick.course"), #20;
        worse_with: Vec<Trigger> = WorseWith "symptoms.worse_with" as ticks::<Trigger>(Some(4)), #21 {
            WorseSittingLong "symptoms.worse_with.sitting_long",
            WorseWalkingEasedBySitting "symptoms.worse_with.walking_eased_by_sitting",
            WorseBendingBackward "symptoms.worse_with.bending_backward",
            WorseBendingForwardOrLifting "symptoms.worse_with.bending_forward_or_lifting",
            WorseNotSure "symptoms.worse_with.not_sure",
        };
    }

    pub struct BodyUse in body_use at Body when Always {
        long_sitting: Option<YesNo> = LongSitting "body_use.long_sitting" as YES_NO, #22;
        strained_postures: Option<YesNo> = StrainedPostures "body_use.strained_postures" as YES_NO, #23;
        bent_forward_work: Option<YesNo> = BentForwardWork "body_use.bent_forward_work" as YES_NO, #24;
        heavy_lifting: Option<YesNo> = HeavyLifting "body_use.heavy_lifting" as YES_NO, #25;
    }

    pub struct Lifestyle in lifestyle at Body when Always {
        smoking: Option<YesNo> = Smoking "lifestyle.smoking" as YES_NO, #26;
        getting_cold: Option<YesNo> = GettingCold "lifestyle.getting_cold" as YES_NO, #27;
        strong_massage: Option<YesNo> = StrongMassage "lifestyle.strong_massage" as YES_NO, #28;
        /// Putting up with pain without seeking care.
        enduring_pain: Option<YesNo> = EnduringPain "lifestyle.enduring_pain" as YES_NO, #29;
    }

    /// The traffic-accident section: present only when the person chose to answer it.
    pub struct Accident in accident at Accident when SectionOpen, optional AccidentIncluded "accident.included" #30 {
        /// The symptoms began after a traffic accident.
        after_accident: Option<YesNo> = AfterAccident "accident.after_accident" as YES_NO, #31;
        saw_doctor_soon: Option<YesNo> = SawDoctorSoon "accident.saw_doctor_soon" as YES_NO, #32;
        treatment_months: Option<u32> = TreatmentMonths "accident.treatment_months" as Kind::Count { max: MAX_TREATMENT_MONTHS }, #33;
        visit_regularity: Option<Regularity> = VisitRegularity "accident.visit_regularity" as pick::<Regularity>("pick.regularity"), #34;
        /// An MRI or X-ray was taken.
        imaging_done: Option<YesNo> = ImagingDone "accident.imaging_done" as YES_NO, #35;
        /// The doctor said the images match the symptoms.
        imaging_matches: Option<YesNo> = ImagingMatches "accident.imaging_matches" as YES_NO, #36;
        neuro_tests_done: Option<YesNo> = NeuroTestsDone "accident.neuro_tests_done" as YES_NO, #37;
        /// The doctor recorded abnormal findings (weaker reflexes, less feeling, weaker muscles):
        /// what a grade needs, not the tests alone. Added with share format 3.
        neuro_findings: Option<YesNo> = NeuroFindings "accident.neuro_findings" as YES_NO, #53;
        /// Told that the symptoms are fixed (症状固定).
        symptoms_fixed: Option<YesNo> = SymptomsFixed "accident.symptoms_fixed" as YES_NO, #38;
    }

    /// How much each thing matters, 0 (not at all) to 4 (very much).
    pub struct Values in values at Values when Always {
        avoid_surgery: Option<u8> = ValueAvoidSurgery "values.avoid_surgery" as Kind::Rating(ValueId::AvoidSurgery), #39;
        fast_relief: Option<u8> = ValueFastRelief "values.fast_relief" as Kind::Rating(ValueId::FastRelief), #40;
        low_cost: Option<u8> = ValueLowCost "values.low_cost" as Kind::Rating(ValueId::LowCost), #41;
        fewest_risks: Option<u8> = ValueFewestRisks "values.fewest_risks" as Kind::Rating(ValueId::FewestRisks), #42;
        least_time_away: Option<u8> = ValueLeastTimeAway "values.least_time_away" as Kind::Rating(ValueId::LeastTimeAway), #43;
        try_everything: Option<u8> = ValueTryEverything "values.try_everything" as Kind::Rating(ValueId::TryEverything), #44;
    }

    /// The four SURE questions (Sure, Understand, Risk–benefit, Encouragement), each yes or no,
    /// and which way the person is leaning: asked on the results.
    pub struct Decision in decision at Decision when Always {
        sure: Option<YesNo> = SureSure "decision.sure.sure" as YES_OR_NO, #45;
        understand: Option<YesNo> = SureUnderstand "decision.sure.understand" as YES_OR_NO, #46;
        risk_benefit: Option<YesNo> = SureRiskBenefit "decision.sure.risk_benefit" as YES_OR_NO, #47;
        encouragement: Option<YesNo> = SureEncouragement "decision.sure.encouragement" as YES_OR_NO, #48;
        /// Stated by the person; never suggested.
        leaning: Option<Leaning> = Leaning "decision.leaning" as pick::<Leaning>("leaning"), #49;
    }
}
