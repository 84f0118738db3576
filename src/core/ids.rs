//! Ids shared by the engine and the content layer. They are a public contract: the JSON
//! the CLI prints and the message keys both use these strings, so rename none of them.

/// Declares an id enum whose JSON form and `as_str` are the given strings.
macro_rules! ids {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$variant_meta:meta])* $variant:ident => $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $( $(#[$variant_meta])* #[serde(rename = $id)] $variant ),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub const NAMES: &'static [&'static str] = &[$($id),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            /// The id with this string form, if there is one.
            pub fn from_name(name: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|id| id.as_str() == name)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use ids;

pub use super::questions::AnswerId;

ids! {
    /// Which way the person is leaning, stated by them at the end; never suggested.
    pub enum Leaning {
        WatchfulWaiting => "watchful_waiting",
        Conservative => "conservative",
        IntradiscalInjection => "intradiscal_injection",
        Surgery => "surgery",
        Reoperation => "reoperation",
        SpinalCordStimulation => "spinal_cord_stimulation",
        MultidisciplinaryPainCare => "multidisciplinary_pain_care",
        Regenerative => "regenerative",
        NotSure => "not_sure",
    }
}

impl Leaning {
    /// The option leant towards; `None` for "not sure yet".
    pub fn option(self) -> Option<OptionId> {
        OptionId::from_name(self.as_str())
    }
}

ids! {
    /// A source in the reference list. The content layer holds each one's full reference.
    pub enum Citation {
        SourceArticle => "source_article",
        IpdasMinimum => "ipdas_minimum",
        IpdasProbabilities => "ipdas_probabilities",
        SureTest => "sure_test",
        OttawaGuide => "ottawa_guide",
        Regression => "regression_meta",
        RegressionByType => "regression_by_type",
        JpnGuidelineRegression => "jpn_guideline_regression",
        Peul2007 => "peul_2007",
        Sport => "sport",
        Joa2021 => "joa_2021",
        JpnGuidelineReoperation => "jpn_guideline_reoperation",
        ReherniationReview => "reherniation_review",
        NiceIpg357 => "nice_ipg357",
        NiceNg59 => "nice_ng59",
        NhsBackPain => "nhs_back_pain",
        JpnLbpGuideline2019 => "jpn_lbp_guideline_2019",
        NhsSciatica => "nhs_sciatica",
        NhsSurgeryRecovery => "nhs_surgery_recovery",
        NhsSurgeryRisks => "nhs_surgery_risks",
        Fdma7119 => "fdma_7119",
        EpiduralSteroids => "epidural_steroids",
        NhsCaudaEquina => "nhs_cauda_equina",
        JpnGuidelineCaudaEquina => "jpn_guideline_cauda_equina",
        Hssib => "hssib_cauda_equina",
        SymptomCheckers => "symptom_checkers",
        Psps => "psps_2021",
        FbssJapan => "fbss_japan",
        Process => "process_scs",
        ProcessSixMonths => "process_scs_6m",
        CochraneScs => "cochrane_scs_2023",
        NiceTa159 => "nice_ta159",
        Prp => "prp_review",
        StemCells => "stem_cell_review",
        MhlwRegenerative => "mhlw_regenerative",
        AdGuideline => "ad_guideline",
        JibaisekiOrder => "jibaiseki_order",
        GradePractice => "grade_practice",
        MhlwSamd => "mhlw_samd",
        GradeProcess => "grade_process",
        ClaimLimitation => "claim_limitation",
        SymptomsFixedPayment => "symptoms_fixed_payment",
        FreeAdvice => "free_advice",
        Chiba2018 => "chiba_2018",
        Matsuyama2018 => "matsuyama_2018",
        CondoliaseJapan => "condoliase_japan",
        Kamper2015 => "kamper_2015",
        PainCentresJapan => "pain_centres_japan",
        PrpSaraf2023 => "prp_saraf_2023",
        PrpGupta2024 => "prp_gupta_2024",
        IntrathecalCellsSafety => "intrathecal_cells_safety",
    }
}

ids! {
    /// Things to discuss with a doctor. Never a diagnosis: "your answers fit this topic".
    pub enum TopicId {
        Recurrence => "recurrence",
        OtherSpinalCondition => "other_spinal_condition",
        AfterSurgeryEffects => "after_surgery_effects",
        BodyUse => "body_use",
        Lifestyle => "lifestyle",
    }
}

ids! {
    /// A pattern in the person's own answers worth mentioning to a doctor. Never a condition:
    /// naming one from a person's answers would make the app a medical device (MHLW guidance).
    pub enum SubtopicId {
        /// Buttock pain, worse when sitting long.
        ButtockPainSitting => "buttock_pain_sitting",
        /// Leg symptoms, worse when bending backward.
        LegSymptomsBendingBack => "leg_symptoms_bending_back",
        /// Leg symptoms on walking, eased by sitting or bending forward.
        LegSymptomsWalking => "leg_symptoms_walking",
        /// After an operation, symptoms with no period of relief.
        NoReliefAfterSurgery => "no_relief_after_surgery",
    }
}

ids! {
    /// The treatment paths, in the one fixed order every screen shows them.
    pub enum OptionId {
        WatchfulWaiting => "watchful_waiting",
        Conservative => "conservative",
        IntradiscalInjection => "intradiscal_injection",
        Surgery => "surgery",
        Reoperation => "reoperation",
        SpinalCordStimulation => "spinal_cord_stimulation",
        MultidisciplinaryPainCare => "multidisciplinary_pain_care",
        Regenerative => "regenerative",
    }
}

ids! {
    /// A condition under which guidelines say an option is usually considered.
    pub enum ConditionId {
        NoRedFlags => "no_red_flags",
        EarlyPhase => "early_phase",
        Improving => "improving",
        NoCaudaEquinaSigns => "no_cauda_equina_signs",
        /// No operation yet: the surgery card describes a first one.
        FirstOperation => "first_operation",
        PersistentDespiteConservative => "persistent_despite_conservative",
        SeriousNerveDeficit => "serious_nerve_deficit",
        HadSurgery => "had_surgery",
        ReturnOrInsufficientRelief => "return_or_insufficient_relief",
        PersistentAfterSurgery => "persistent_after_surgery",
        ConservativeTried => "conservative_tried",
        /// Only a spine specialist can tell, from the images.
        ApprovedHerniationType => "approved_herniation_type",
        /// The injection is given once in a lifetime; the app does not ask.
        NotInjectedBefore => "not_injected_before",
        /// Pain for 3 months or more (from onset, or from surgery after one).
        LongLastingPain => "long_lasting_pain",
    }
}

ids! {
    /// A figure "N out of 100 people" that an option's facts carry.
    pub enum OutcomeId {
        HerniationShrinks => "herniation_shrinks",
        /// Peul 2007, the group offered prolonged care without surgery (intention to treat).
        RecoveredAtOneYear => "recovered_at_one_year",
        SurgeryWithinOneYear => "surgery_within_one_year",
        /// Peul 2007, the group offered early surgery.
        RecoveredAtOneYearSurgery => "recovered_at_one_year_surgery",
        Complications => "complications",
        ReoperationWithinFiveYears => "reoperation_within_five_years",
        LegPainHalved => "leg_pain_halved",
        /// PROCESS, the randomised result at 6 months: usual medical care without stimulation.
        LegPainHalvedMedicalCare => "leg_pain_halved_medical_care",
        DeviceRevision => "device_revision",
    }
}

ids! {
    /// What a person can rate as mattering to them (0–4).
    pub enum ValueId {
        AvoidSurgery => "avoid_surgery",
        FastRelief => "fast_relief",
        LowCost => "low_cost",
        FewestRisks => "fewest_risks",
        LeastTimeAway => "least_time_away",
        TryEverything => "try_everything",
    }
}

ids! {
    pub enum SelfCareId {
        /// For everyone without a warning sign: no answer leads to it.
        StayActive => "stay_active",
        BreakUpSitting => "break_up_sitting",
        EasePostures => "ease_postures",
        LimitBendingForward => "limit_bending_forward",
        LiftWithCare => "lift_with_care",
        StopSmoking => "stop_smoking",
        KeepWarm => "keep_warm",
        AvoidStrongMassage => "avoid_strong_massage",
        GetCareForPain => "get_care_for_pain",
    }
}

ids! {
    /// After-effect grades of the compulsory automobile liability insurance (自賠責).
    pub enum GradeId {
        Grade14No9 => "grade_14_9",
        Grade12No13 => "grade_12_13",
    }
}

ids! {
    pub enum RequirementId {
        SymptomsRemain => "symptoms_remain",
        CausedByAccident => "caused_by_accident",
        SymptomsFixed => "symptoms_fixed",
        ConsistentCourseRecorded => "consistent_course_recorded",
        ImagingMatchesSymptoms => "imaging_matches_symptoms",
        NeurologicalFindings => "neurological_findings",
        AboutSixMonthsTreatment => "about_six_months_treatment",
        RegularVisitsFromStart => "regular_visits_from_start",
    }
}

ids! {
    pub enum DocumentId {
        AfterEffectCertificate => "after_effect_certificate",
        RecordsFromStart => "records_from_start",
        ImagingAndReports => "imaging_and_reports",
        NeurologicalTestResults => "neurological_test_results",
        VisitHistory => "visit_history",
        AccidentCertificate => "accident_certificate",
    }
}

ids! {
    /// Common reasons a claim is judged 非該当 (no grade).
    pub enum DenialReasonId {
        NoObjectiveFindings => "no_objective_findings",
        NoTraumaticChangeOnImaging => "no_traumatic_change_on_imaging",
        NotJudgedPermanent => "not_judged_permanent",
        CausationNotAccepted => "causation_not_accepted",
    }
}

ids! {
    pub enum QuestionId {
        WhatCausesSymptoms => "what_causes_symptoms",
        WhichOptionsForMe => "which_options_for_me",
        WhenToComeBack => "when_to_come_back",
        CheckRedFlags => "check_red_flags",
        WhyPersisting => "why_persisting",
        CouldItBeRecurrence => "could_it_be_recurrence",
        CouldItBeAnotherCondition => "could_it_be_another_condition",
        ButtockSittingCheck => "buttock_sitting_check",
        BendingBackCheck => "bending_back_check",
        WalkingCheck => "walking_check",
        RelatedToOperation => "related_to_operation",
        ReoperationBenefitsRisks => "reoperation_benefits_risks",
        StimulationSuitable => "stimulation_suitable",
        SurgeryTiming => "surgery_timing",
        NonSurgicalOptions => "non_surgical_options",
        UntriedOptions => "untried_options",
        CostsAndInsurance => "costs_and_insurance",
        TimeAwayFromWork => "time_away_from_work",
        BodyUseAdvice => "body_use_advice",
        LifestyleAdvice => "lifestyle_advice",
        AfterEffectCertificate => "after_effect_certificate",
    }
}
