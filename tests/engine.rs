//! The decision engine on clinical vignettes: each a person's answers and what the
//! assessment must say. Expectations use the public JSON ids, as the CLI prints them.

use hernia_aid::core::assessment::{Status, UrgencyLevel};
use hernia_aid::core::{assess, Answers, Assessment};
use serde_json::{json, Value};

struct Vignette {
    name: &'static str,
    answers: Value,
    urgency: &'static str,
    phase: &'static str,
    /// Exactly these topics, each as `topic` or `topic/subtopic`.
    topics: &'static [&'static str],
    /// `option.condition = status` for the conditions this vignette is about.
    conditions: &'static [(&'static str, &'static str, &'static str)],
    /// `grade.requirement = status`; empty means no accident section in the output.
    grade: &'static [(&'static str, &'static str, &'static str)],
    /// Questions that must be among those to ask.
    questions: &'static [&'static str],
}

fn run(v: &Vignette) -> Value {
    let answers = Answers::from_json(v.answers.to_string().as_bytes()).unwrap_or_else(|e| panic!("{}: answers do not decode: {e}", v.name));
    serde_json::to_value(assess(&answers)).unwrap()
}

fn topic_names(out: &Value) -> Vec<String> {
    let mut names = Vec::new();
    for topic in out["topics"].as_array().unwrap() {
        let id = topic["id"].as_str().unwrap();
        names.push(id.to_string());
        for sub in topic["subtopics"].as_array().unwrap() {
            names.push(format!("{id}/{}", sub["id"].as_str().unwrap()));
        }
    }
    names.sort();
    names
}

fn check(v: &Vignette) {
    let out = run(v);
    assert_eq!(out["urgency"]["level"], v.urgency, "{}: urgency ({})", v.name, out["urgency"]);
    assert_eq!(out["phase"]["value"], v.phase, "{}: phase", v.name);
    let mut expected: Vec<String> = v.topics.iter().map(|t| t.to_string()).collect();
    expected.sort();
    assert_eq!(topic_names(&out), expected, "{}: topics", v.name);
    for (option, condition, status) in v.conditions {
        let option_view = out["options"].as_array().unwrap().iter().find(|o| o["id"] == *option).unwrap();
        let found = option_view["considered_when"].as_array().unwrap().iter().find(|c| c["id"] == *condition);
        let found = found.unwrap_or_else(|| panic!("{}: {option} has no condition {condition}", v.name));
        assert_eq!(found["status"], *status, "{}: {option}.{condition} ({found})", v.name);
    }
    if v.grade.is_empty() {
        assert!(out["disability_grade"].is_null(), "{}: unexpected accident section", v.name);
    }
    for (grade, requirement, status) in v.grade {
        let check = out["disability_grade"]["grades"].as_array().unwrap().iter().find(|g| g["grade"] == *grade).unwrap();
        let found = check["requirements"].as_array().unwrap().iter().find(|r| r["id"] == *requirement);
        let found = found.unwrap_or_else(|| panic!("{}: {grade} has no requirement {requirement}", v.name));
        assert_eq!(found["status"], *status, "{}: {grade}.{requirement}", v.name);
    }
    let questions: Vec<&str> = out["questions"].as_array().unwrap().iter().map(|q| q.as_str().unwrap()).collect();
    for question in v.questions {
        assert!(questions.contains(question), "{}: question {question} missing from {questions:?}", v.name);
    }
}

fn all_flags(value: &str) -> Value {
    json!({
        "saddle_numbness": value, "urinary_problem": value, "bowel_control_loss": value,
        "sexual_dysfunction": value, "both_legs": value, "worsening_weakness": value,
        "fever_unwell": value, "cancer_history": value, "weight_loss": value,
        "recent_trauma": value, "severe_rest_pain": value, "infection_risk": value, "chest_pain": value
    })
}

/// All red flags "no", with one changed.
fn flags_with(name: &str, value: &str) -> Value {
    let mut flags = all_flags("no");
    flags[name] = json!(value);
    flags
}

fn vignettes() -> Vec<Vignette> {
    let none: &[(&str, &str, &str)] = &[];
    vec![
        // --- Urgency: every cauda equina sign alone is an emergency.
        Vignette {
            name: "saddle numbness",
            answers: json!({"red_flags": flags_with("saddle_numbness", "yes")}),
            urgency: "emergency",
            phase: "unknown",
            topics: &[],
            conditions: &[
                ("surgery", "serious_nerve_deficit", "met"),
                ("conservative", "no_cauda_equina_signs", "not_met"),
                ("watchful_waiting", "no_red_flags", "not_met"),
            ],
            grade: none,
            questions: &["check_red_flags"],
        },
        Vignette {
            name: "urinary retention",
            answers: json!({"red_flags": flags_with("urinary_problem", "yes")}),
            urgency: "emergency",
            phase: "unknown",
            topics: &[],
            conditions: &[("surgery", "serious_nerve_deficit", "met")],
            grade: none,
            questions: &["check_red_flags"],
        },
        Vignette {
            name: "bowel control",
            answers: json!({"red_flags": flags_with("bowel_control_loss", "yes")}),
            urgency: "emergency",
            phase: "unknown",
            topics: &[],
            conditions: &[],
            grade: none,
            questions: &[],
        },
        Vignette {
            name: "sexual dysfunction",
            answers: json!({"red_flags": flags_with("sexual_dysfunction", "yes")}),
            urgency: "emergency",
            phase: "unknown",
            topics: &[],
            conditions: &[],
            grade: none,
            questions: &[],
        },
        Vignette {
            name: "both legs, even with a self-care picture otherwise",
            answers: json!({"red_flags": flags_with("both_legs", "yes"), "history": {"surgery": "none", "since_onset": {"weeks": 2}},
                "symptoms": {"pain": 2, "numbness": 1, "course": "better"}}),
            urgency: "emergency",
            phase: "early",
            topics: &[],
            conditions: &[("watchful_waiting", "early_phase", "met")],
            grade: none,
            questions: &[],
        },
        Vignette {
            name: "emergency beats a prompt flag",
            answers: json!({"red_flags": {"saddle_numbness": "yes", "fever_unwell": "yes"}}),
            urgency: "emergency",
            phase: "unknown",
            topics: &[],
            conditions: &[],
            grade: none,
            questions: &[],
        },
        // --- Urgency: each serious-pathology flag means a doctor within days.
        // Progressive weakness is seen today: JOA 2021 favours early surgery for severe motor
        // deficit; NHS sciatica sends weakness that is getting worse to A&E.
        Vignette {
            name: "worsening weakness",
            answers: json!({"red_flags": flags_with("worsening_weakness", "yes"),
                "history": {"surgery": "none", "since_onset": {"weeks": 5}}}),
            urgency: "same_day",
            phase: "early",
            topics: &[],
            conditions: &[
                ("surgery", "serious_nerve_deficit", "met"),
                ("conservative", "no_cauda_equina_signs", "met"),
                ("surgery", "persistent_despite_conservative", "not_met"),
            ],
            grade: none,
            questions: &["check_red_flags", "surgery_timing"],
        },
        Vignette {
            name: "fever",
            answers: json!({"red_flags": flags_with("fever_unwell", "yes")}),
            urgency: "prompt",
            phase: "unknown",
            topics: &[],
            conditions: &[("surgery", "serious_nerve_deficit", "not_met")],
            grade: none,
            questions: &["check_red_flags"],
        },
        Vignette {
            name: "cancer history",
            answers: json!({"red_flags": flags_with("cancer_history", "yes")}),
            urgency: "prompt",
            phase: "unknown",
            topics: &[],
            conditions: &[],
            grade: none,
            questions: &[],
        },
        Vignette {
            name: "weight loss",
            answers: json!({"red_flags": flags_with("weight_loss", "yes")}),
            urgency: "prompt",
            phase: "unknown",
            topics: &[],
            conditions: &[],
            grade: none,
            questions: &[],
        },
        Vignette {
            name: "recent trauma",
            answers: json!({"red_flags": flags_with("recent_trauma", "yes")}),
            urgency: "prompt",
            phase: "unknown",
            topics: &[],
            conditions: &[],
            grade: none,
            questions: &[],
        },
        Vignette {
            name: "night pain",
            answers: json!({"red_flags": flags_with("severe_rest_pain", "yes")}),
            urgency: "prompt",
            phase: "unknown",
            topics: &[],
            conditions: &[],
            grade: none,
            questions: &[],
        },
        // An uncertain cauda equina sign needs a same-day assessment (HSSIB; NHS leaflet).
        Vignette {
            name: "not sure of a cauda equina sign errs towards care",
            answers: json!({"red_flags": flags_with("urinary_problem", "not_sure")}),
            urgency: "same_day",
            phase: "unknown",
            topics: &[],
            conditions: &[("conservative", "no_cauda_equina_signs", "unknown"), ("surgery", "serious_nerve_deficit", "unknown")],
            grade: none,
            questions: &["check_red_flags"],
        },
        // --- Issue 10: the same-day level and the rules added with it. Each cites its source.
        // Weakness getting worse said only in the symptoms step, with every flag "no" and pain
        // 10/10: the app once said nothing was urgent. JOA 2021; NHS sciatica.
        Vignette {
            name: "weakness getting worse in the symptoms step",
            answers: json!({"red_flags": all_flags("no"), "history": {"surgery": "none", "since_onset": {"weeks": 3}},
                "symptoms": {"areas": ["one_leg"], "kinds": ["pain", "weakness"], "pain": 10, "course": "worse"}}),
            urgency: "same_day",
            phase: "early",
            topics: &[],
            conditions: &[],
            grade: none,
            questions: &["check_red_flags", "surgery_timing"],
        },
        // Foot drop getting worse after surgery: the same. JOA 2021; Japanese guideline (progressive deficit).
        Vignette {
            name: "foot drop getting worse after surgery",
            answers: json!({"red_flags": flags_with("worsening_weakness", "yes"),
                "history": {"surgery": "discectomy_microscopic", "since_surgery": {"months": 7}},
                "symptoms": {"kinds": ["weakness"], "course": "worse"}}),
            urgency: "same_day",
            phase: "persistent",
            topics: &["recurrence", "after_surgery_effects", "after_surgery_effects/no_relief_after_surgery"],
            // After an operation the surgery card points to reoperation instead of listing its conditions.
            conditions: &[("surgery", "first_operation", "not_met"), ("reoperation", "had_surgery", "met")],
            grade: none,
            questions: &["check_red_flags"],
        },
        // Fever two weeks after a discectomy: the hospital that operated, today. NHS surgery recovery.
        Vignette {
            name: "fever two weeks after a discectomy",
            answers: json!({"red_flags": flags_with("fever_unwell", "yes"),
                "history": {"surgery": "discectomy_endoscopic", "since_surgery": {"weeks": 2}, "wound_problem": "no"}}),
            urgency: "same_day",
            phase: "early",
            topics: &[],
            conditions: &[],
            grade: none,
            questions: &["check_red_flags"],
        },
        // Fever ten months after surgery, no other risk: within days. NICE NG59; 腰痛診療ガイドライン2019.
        Vignette {
            name: "fever long after surgery",
            answers: json!({"red_flags": flags_with("fever_unwell", "yes"),
                "history": {"surgery": "discectomy_open", "since_surgery": {"months": 10}, "wound_problem": "no"}}),
            urgency: "prompt",
            phase: "persistent",
            topics: &[],
            conditions: &[],
            grade: none,
            questions: &["check_red_flags"],
        },
        // Fever with an infection risk (long-term steroids, diabetes …): today. NICE NG59; 腰痛診療ガイドライン2019.
        Vignette {
            name: "fever with an infection risk",
            answers: json!({"red_flags": {"fever_unwell": "yes", "infection_risk": "yes"}}),
            urgency: "same_day",
            phase: "unknown",
            topics: &[],
            conditions: &[],
            grade: none,
            questions: &[],
        },
        // An infection risk alone (steroids, HIV are on the Japanese list): within days.
        Vignette {
            name: "infection risk without fever",
            answers: json!({"red_flags": flags_with("infection_risk", "yes")}),
            urgency: "prompt",
            phase: "unknown",
            topics: &[],
            conditions: &[],
            grade: none,
            questions: &["check_red_flags"],
        },
        // A red, leaking wound after surgery: today, even without fever. NHS surgery recovery.
        Vignette {
            name: "wound leaking after surgery",
            answers: json!({"red_flags": all_flags("no"), "history": {"surgery": "discectomy_microscopic", "since_surgery": {"weeks": 3},
                "wound_problem": "yes"}}),
            urgency: "same_day",
            phase: "early",
            topics: &[],
            conditions: &[],
            grade: none,
            questions: &[],
        },
        // Not sure about the wound: one level below, within days (errs towards care).
        Vignette {
            name: "not sure about the wound",
            answers: json!({"red_flags": all_flags("no"), "history": {"surgery": "laser", "since_surgery": {"months": 1},
                "wound_problem": "not_sure"}}),
            urgency: "prompt",
            phase: "early",
            topics: &[],
            conditions: &[],
            grade: none,
            questions: &[],
        },
        // Not sure about saddle numbness: today, not within days. HSSIB; NHS leaflet.
        Vignette {
            name: "not sure about saddle numbness",
            answers: json!({"red_flags": flags_with("saddle_numbness", "not_sure")}),
            urgency: "same_day",
            phase: "unknown",
            topics: &[],
            conditions: &[("watchful_waiting", "no_red_flags", "unknown")],
            grade: none,
            questions: &["check_red_flags"],
        },
        // Not sure whether urine trouble is new, with a worse fever picture: still today, and
        // "yes" to the sign itself moves it to 119. NHS leaflet.
        Vignette {
            name: "new urinary trouble is an emergency",
            answers: json!({"red_flags": {"urinary_problem": "yes", "fever_unwell": "yes", "infection_risk": "yes"}}),
            urgency: "emergency",
            phase: "unknown",
            topics: &[],
            conditions: &[],
            grade: none,
            questions: &["check_red_flags"],
        },
        // Weakness, stable: a doctor judges how severe it is, within days. JOA 2021.
        Vignette {
            name: "weakness that is not getting worse",
            answers: json!({"red_flags": all_flags("no"), "history": {"surgery": "none", "since_onset": {"weeks": 6}},
                "symptoms": {"kinds": ["numbness", "weakness"], "pain": 3, "numbness": 5, "course": "same"}}),
            urgency: "prompt",
            phase: "early",
            topics: &[],
            conditions: &[],
            grade: none,
            questions: &[],
        },
        // Weakness with an uncertain course: one below the same-day rule, within days. JOA 2021.
        Vignette {
            name: "weakness, not sure how it is going",
            answers: json!({"red_flags": all_flags("no"), "symptoms": {"kinds": ["weakness"], "course": "not_sure"}}),
            urgency: "prompt",
            phase: "unknown",
            topics: &[],
            conditions: &[],
            grade: none,
            questions: &[],
        },
        // Severe pain getting worse, every flag "no": a doctor within days, never "nothing urgent". NHS sciatica.
        Vignette {
            name: "severe pain getting worse",
            answers: json!({"red_flags": all_flags("no"), "history": {"surgery": "none", "since_onset": {"weeks": 5}},
                "symptoms": {"kinds": ["pain"], "pain": 9, "course": "worse"}}),
            urgency: "prompt",
            phase: "early",
            topics: &[],
            conditions: &[],
            grade: none,
            questions: &["check_red_flags"],
        },
        // Chest pain with the back pain: 999 or A&E (NHS back pain); on 腰痛診療ガイドライン2019's list.
        Vignette {
            name: "chest pain as well",
            answers: json!({"red_flags": flags_with("chest_pain", "yes")}),
            urgency: "emergency",
            phase: "unknown",
            topics: &[],
            conditions: &[("watchful_waiting", "no_red_flags", "not_met"), ("conservative", "no_cauda_equina_signs", "met")],
            grade: none,
            questions: &["check_red_flags"],
        },
        // Not sure about chest pain: today (one below 119).
        Vignette {
            name: "not sure about chest pain",
            answers: json!({"red_flags": flags_with("chest_pain", "not_sure")}),
            urgency: "same_day",
            phase: "unknown",
            topics: &[],
            conditions: &[],
            grade: none,
            questions: &[],
        },
        // Fever, surgery six weeks ago but "not sure" about the fever: one level below, within days.
        Vignette {
            name: "not sure about a fever after surgery",
            answers: json!({"red_flags": flags_with("fever_unwell", "not_sure"),
                "history": {"surgery": "discectomy_open", "since_surgery": {"weeks": 6}}}),
            urgency: "prompt",
            phase: "early",
            topics: &[],
            conditions: &[],
            grade: none,
            questions: &[],
        },
        // Thirteen weeks after surgery is no longer "soon after": fever within days. NHS surgery recovery; NICE NG59.
        Vignette {
            name: "fever thirteen weeks after surgery",
            answers: json!({"red_flags": flags_with("fever_unwell", "yes"),
                "history": {"surgery": "discectomy_open", "since_surgery": {"weeks": 13}}}),
            urgency: "prompt",
            phase: "persistent",
            topics: &[],
            conditions: &[],
            grade: none,
            questions: &[],
        },
        // --- Self-care and routine.
        Vignette {
            name: "mild, early, improving: self-care",
            answers: json!({"red_flags": all_flags("no"), "history": {"surgery": "none", "since_onset": {"weeks": 4}, "tried": ["none"]},
                "symptoms": {"areas": ["lower_back", "one_leg"], "kinds": ["pain"], "pain": 3, "numbness": 0, "course": "better"}}),
            urgency: "self_care",
            phase: "early",
            topics: &[],
            conditions: &[
                ("watchful_waiting", "no_red_flags", "met"),
                ("watchful_waiting", "early_phase", "met"),
                ("watchful_waiting", "improving", "met"),
                ("surgery", "persistent_despite_conservative", "not_met"),
                ("surgery", "serious_nerve_deficit", "not_met"),
                ("reoperation", "had_surgery", "not_met"),
                ("spinal_cord_stimulation", "persistent_after_surgery", "not_met"),
                ("spinal_cord_stimulation", "conservative_tried", "not_met"),
            ],
            grade: none,
            questions: &["what_causes_symptoms", "when_to_come_back"],
        },
        Vignette {
            name: "unanswered red flags never give self-care",
            answers: json!({"history": {"surgery": "none", "since_onset": {"weeks": 4}},
                "symptoms": {"pain": 1, "numbness": 0, "course": "better"}}),
            urgency: "routine",
            phase: "early",
            topics: &[],
            conditions: &[("watchful_waiting", "no_red_flags", "unknown")],
            grade: none,
            questions: &[],
        },
        Vignette {
            name: "early but severe pain: routine",
            answers: json!({"red_flags": all_flags("no"), "history": {"surgery": "none", "since_onset": {"weeks": 3}},
                "symptoms": {"pain": 8, "numbness": 2, "course": "same"}}),
            urgency: "routine",
            phase: "early",
            topics: &[],
            conditions: &[("watchful_waiting", "improving", "not_met")],
            grade: none,
            questions: &[],
        },
        Vignette {
            name: "thirteen weeks is persistent",
            answers: json!({"red_flags": all_flags("no"), "history": {"surgery": "none", "since_onset": {"weeks": 13}, "tried": ["medication", "physiotherapy"]},
                "symptoms": {"areas": ["one_leg"], "pain": 5, "course": "same"}}),
            urgency: "routine",
            phase: "persistent",
            topics: &["other_spinal_condition"],
            conditions: &[("surgery", "persistent_despite_conservative", "met"), ("watchful_waiting", "early_phase", "not_met")],
            grade: none,
            questions: &["why_persisting", "could_it_be_another_condition", "surgery_timing"],
        },
        Vignette {
            name: "persistent without treatment: surgery condition not met",
            answers: json!({"red_flags": all_flags("no"), "history": {"surgery": "none", "since_onset": {"months": 6}, "tried": ["none"]}}),
            urgency: "routine",
            phase: "persistent",
            topics: &[],
            conditions: &[("surgery", "persistent_despite_conservative", "not_met")],
            grade: none,
            questions: &["why_persisting"],
        },
        Vignette {
            name: "phase unknown when not sure",
            answers: json!({"history": {"surgery": "none", "since_onset": "not_sure"}}),
            urgency: "routine",
            phase: "unknown",
            topics: &[],
            conditions: &[("watchful_waiting", "early_phase", "unknown"), ("surgery", "persistent_despite_conservative", "unknown")],
            grade: none,
            questions: &[],
        },
        // --- After surgery.
        Vignette {
            name: "relief then return after discectomy: recurrence",
            answers: json!({"red_flags": all_flags("no"), "history": {"surgery": "discectomy_microscopic", "since_onset": {"months": 14},
                "since_surgery": {"months": 8}, "relief_then_return": "yes", "tried": ["medication"]},
                "symptoms": {"areas": ["one_leg"], "kinds": ["pain", "numbness"], "pain": 6, "numbness": 5, "course": "worse"}}),
            // Getting worse: a doctor within days (NHS sciatica).
            urgency: "prompt",
            phase: "persistent",
            topics: &["recurrence", "after_surgery_effects", "other_spinal_condition"],
            conditions: &[
                ("reoperation", "had_surgery", "met"),
                ("reoperation", "return_or_insufficient_relief", "met"),
                ("spinal_cord_stimulation", "persistent_after_surgery", "met"),
                ("spinal_cord_stimulation", "conservative_tried", "met"),
            ],
            grade: none,
            questions: &["could_it_be_recurrence", "reoperation_benefits_risks", "stimulation_suitable"],
        },
        Vignette {
            name: "numbness never cleared after surgery: no relief since the operation",
            answers: json!({"red_flags": all_flags("no"), "history": {"surgery": "discectomy_endoscopic", "since_surgery": {"weeks": 30},
                "relief_then_return": "no"}, "symptoms": {"kinds": ["numbness"], "numbness": 4, "course": "same"}}),
            urgency: "routine",
            phase: "persistent",
            topics: &["after_surgery_effects", "after_surgery_effects/no_relief_after_surgery"],
            conditions: &[("reoperation", "return_or_insufficient_relief", "met")],
            grade: none,
            questions: &["related_to_operation"],
        },
        Vignette {
            name: "early after surgery, phase counts from the operation",
            answers: json!({"red_flags": all_flags("no"), "history": {"surgery": "discectomy_open", "since_onset": {"months": 10},
                "since_surgery": {"weeks": 6}, "relief_then_return": "no"}, "symptoms": {"kinds": ["pain"], "pain": 3, "course": "better"}}),
            urgency: "routine",
            phase: "early",
            topics: &["after_surgery_effects", "after_surgery_effects/no_relief_after_surgery"],
            conditions: &[
                ("spinal_cord_stimulation", "persistent_after_surgery", "not_met"),
                ("reoperation", "return_or_insufficient_relief", "not_met"),
            ],
            grade: none,
            questions: &["reoperation_benefits_risks"],
        },
        // Pain that is getting worse: see a doctor (NHS sciatica), never "nothing urgent".
        Vignette {
            name: "after laser, worse: recurrence and effects",
            answers: json!({"history": {"surgery": "laser", "since_surgery": {"months": 2}}, "symptoms": {"pain": 7, "course": "worse"}}),
            urgency: "prompt",
            phase: "early",
            topics: &["recurrence", "after_surgery_effects", "after_surgery_effects/no_relief_after_surgery"],
            conditions: &[("reoperation", "had_surgery", "met")],
            grade: none,
            questions: &[],
        },
        Vignette {
            name: "not sure about surgery: reoperation conditions unknown",
            answers: json!({"history": {"surgery": "not_sure", "since_onset": {"months": 5}}}),
            urgency: "routine",
            phase: "persistent",
            topics: &[],
            conditions: &[("reoperation", "had_surgery", "unknown"), ("spinal_cord_stimulation", "had_surgery", "unknown")],
            grade: none,
            questions: &[],
        },
        // --- Another spinal condition, by symptom pattern.
        Vignette {
            name: "buttock pain worse sitting: a pattern to mention",
            answers: json!({"symptoms": {"areas": ["buttock"], "worse_with": ["sitting_long"]}}),
            urgency: "routine",
            phase: "unknown",
            topics: &["other_spinal_condition", "other_spinal_condition/buttock_pain_sitting"],
            conditions: &[],
            grade: none,
            questions: &["buttock_sitting_check"],
        },
        Vignette {
            name: "leg pain worse bending back: a pattern to mention",
            answers: json!({"symptoms": {"areas": ["one_leg"], "worse_with": ["bending_backward"]}}),
            urgency: "routine",
            phase: "unknown",
            topics: &["other_spinal_condition", "other_spinal_condition/leg_symptoms_bending_back"],
            conditions: &[],
            grade: none,
            questions: &["bending_back_check"],
        },
        Vignette {
            name: "bending back without leg symptoms: no pattern",
            answers: json!({"symptoms": {"areas": ["lower_back"], "worse_with": ["bending_backward"]}}),
            urgency: "routine",
            phase: "unknown",
            topics: &[],
            conditions: &[],
            grade: none,
            questions: &[],
        },
        Vignette {
            name: "walking eased by sitting: a pattern to mention",
            answers: json!({"symptoms": {"areas": ["both_legs"], "worse_with": ["walking_eased_by_sitting"]}}),
            urgency: "routine",
            phase: "unknown",
            topics: &["other_spinal_condition", "other_spinal_condition/leg_symptoms_walking"],
            conditions: &[],
            grade: none,
            questions: &["walking_check"],
        },
        // --- Body use and lifestyle.
        Vignette {
            name: "desk work and lifting: body use topic",
            answers: json!({"body_use": {"long_sitting": "yes", "heavy_lifting": "yes", "strained_postures": "no"},
                "symptoms": {"worse_with": ["bending_forward_or_lifting"]}}),
            urgency: "routine",
            phase: "unknown",
            topics: &["body_use"],
            conditions: &[],
            grade: none,
            questions: &["body_use_advice"],
        },
        Vignette {
            name: "smoking and enduring pain: lifestyle topic",
            answers: json!({"lifestyle": {"smoking": "yes", "enduring_pain": "yes", "getting_cold": "not_sure"}}),
            urgency: "routine",
            phase: "unknown",
            topics: &["lifestyle"],
            conditions: &[],
            grade: none,
            questions: &["lifestyle_advice"],
        },
        // --- Values.
        Vignette {
            name: "values rated high add questions",
            answers: json!({"values": {"avoid_surgery": 4, "low_cost": 3, "least_time_away": 4, "fast_relief": 1}}),
            urgency: "routine",
            phase: "unknown",
            topics: &[],
            conditions: &[("intradiscal_injection", "approved_herniation_type", "unknown")],
            grade: none,
            questions: &["non_surgical_options", "costs_and_insurance", "time_away_from_work"],
        },
        // Wanting to try everything asks about every option not yet tried, not one of them.
        Vignette {
            name: "trying everything asks about every untried option",
            answers: json!({"values": {"try_everything": 4}}),
            urgency: "routine",
            phase: "unknown",
            topics: &[],
            conditions: &[],
            grade: none,
            questions: &["untried_options"],
        },
        // Stimulation is considered from 6 months after surgery (NICE TA159): at 4 months not yet.
        Vignette {
            name: "four months after surgery: stimulation not yet",
            answers: json!({"history": {"surgery": "discectomy_open", "since_surgery": {"months": 4}, "tried": ["medication"]},
                "symptoms": {"kinds": ["pain"], "pain": 6, "course": "same"}}),
            urgency: "routine",
            phase: "persistent",
            topics: &["after_surgery_effects", "after_surgery_effects/no_relief_after_surgery", "other_spinal_condition"],
            conditions: &[
                ("spinal_cord_stimulation", "persistent_after_surgery", "not_met"),
                ("spinal_cord_stimulation", "had_surgery", "met"),
            ],
            grade: none,
            questions: &[],
        },
        // Twenty-six weeks is six months.
        Vignette {
            name: "twenty-six weeks after surgery: stimulation can be considered",
            answers: json!({"history": {"surgery": "discectomy_open", "since_surgery": {"weeks": 26}, "tried": ["medication"]},
                "symptoms": {"kinds": ["pain"], "pain": 6, "course": "same"}}),
            urgency: "routine",
            phase: "persistent",
            topics: &["after_surgery_effects", "after_surgery_effects/no_relief_after_surgery", "other_spinal_condition"],
            conditions: &[("spinal_cord_stimulation", "persistent_after_surgery", "met")],
            grade: none,
            questions: &[],
        },
        // The disc injection (condoliase): for symptoms that persist despite care without surgery;
        // the herniation's type and an earlier injection are for the specialist to check.
        Vignette {
            name: "four months of sciatica despite medicines: the disc injection's conditions",
            answers: json!({"red_flags": all_flags("no"), "history": {"surgery": "none", "since_onset": {"months": 4}, "tried": ["medication", "physiotherapy"]},
                "symptoms": {"areas": ["one_leg"], "kinds": ["pain"], "pain": 6, "course": "same"}}),
            urgency: "routine",
            phase: "persistent",
            topics: &["other_spinal_condition"],
            conditions: &[
                ("intradiscal_injection", "no_cauda_equina_signs", "met"),
                ("intradiscal_injection", "persistent_despite_conservative", "met"),
                ("intradiscal_injection", "approved_herniation_type", "unknown"),
                ("intradiscal_injection", "not_injected_before", "unknown"),
                ("multidisciplinary_pain_care", "long_lasting_pain", "met"),
            ],
            grade: none,
            questions: &[],
        },
        Vignette {
            name: "six weeks of sciatica: not yet persistent for the injection or pain care",
            answers: json!({"red_flags": all_flags("no"), "history": {"surgery": "none", "since_onset": {"weeks": 6}, "tried": ["medication"]},
                "symptoms": {"areas": ["one_leg"], "kinds": ["pain"], "pain": 6, "course": "same"}}),
            urgency: "routine",
            phase: "early",
            topics: &[],
            conditions: &[
                ("intradiscal_injection", "persistent_despite_conservative", "not_met"),
                ("multidisciplinary_pain_care", "long_lasting_pain", "not_met"),
            ],
            grade: none,
            questions: &[],
        },
        // Long-lasting pain after surgery counts from the operation.
        Vignette {
            name: "pain five months after surgery: multidisciplinary care's condition met",
            answers: json!({"history": {"surgery": "discectomy_endoscopic", "since_surgery": {"months": 5}, "since_onset": {"months": 20}}}),
            urgency: "routine",
            phase: "persistent",
            topics: &[],
            conditions: &[
                ("multidisciplinary_pain_care", "long_lasting_pain", "met"),
                ("spinal_cord_stimulation", "persistent_after_surgery", "not_met"),
                ("surgery", "first_operation", "not_met"),
            ],
            grade: none,
            questions: &[],
        },
        // --- Accident section.
        Vignette {
            name: "accident, everything documented",
            answers: json!({"red_flags": all_flags("no"), "history": {"surgery": "none", "since_onset": {"months": 7}, "tried": ["medication", "nerve_block"]},
                "symptoms": {"kinds": ["pain", "numbness"], "pain": 5, "numbness": 6},
                "accident": {"after_accident": "yes", "saw_doctor_soon": "yes", "treatment_months": 7, "visit_regularity": "regular",
                    "imaging_done": "yes", "imaging_matches": "yes", "neuro_tests_done": "yes", "neuro_findings": "yes", "symptoms_fixed": "yes"}}),
            urgency: "routine",
            phase: "persistent",
            topics: &["other_spinal_condition"],
            conditions: &[],
            // Timing alone never shows the link with the accident: the assessing body decides it.
            grade: &[
                ("grade_14_9", "symptoms_remain", "met"),
                ("grade_14_9", "caused_by_accident", "unknown"),
                ("grade_14_9", "consistent_course_recorded", "met"),
                ("grade_14_9", "about_six_months_treatment", "met"),
                ("grade_12_13", "imaging_matches_symptoms", "met"),
                ("grade_12_13", "neurological_findings", "met"),
                ("grade_12_13", "symptoms_fixed", "met"),
            ],
            questions: &["after_effect_certificate"],
        },
        Vignette {
            name: "accident, late first visit and short treatment",
            answers: json!({"symptoms": {"pain": 4}, "accident": {"after_accident": "yes", "saw_doctor_soon": "no", "treatment_months": 3,
                "imaging_done": "yes", "imaging_matches": "no", "symptoms_fixed": "not_sure"}}),
            urgency: "routine",
            phase: "unknown",
            topics: &[],
            conditions: &[],
            grade: &[
                ("grade_14_9", "consistent_course_recorded", "not_met"),
                ("grade_14_9", "about_six_months_treatment", "not_met"),
                ("grade_14_9", "regular_visits_from_start", "not_met"),
                ("grade_14_9", "symptoms_fixed", "unknown"),
                ("grade_12_13", "imaging_matches_symptoms", "not_met"),
                ("grade_12_13", "neurological_findings", "unknown"),
            ],
            questions: &["after_effect_certificate"],
        },
        // Nerve tests done is not enough for "neurological findings": abnormal findings recorded are.
        Vignette {
            name: "accident, nerve tests done but no abnormal findings recorded",
            answers: json!({"accident": {"after_accident": "yes", "neuro_tests_done": "yes", "neuro_findings": "no"}}),
            urgency: "routine",
            phase: "unknown",
            topics: &[],
            conditions: &[],
            grade: &[("grade_12_13", "neurological_findings", "not_met"), ("grade_14_9", "caused_by_accident", "unknown")],
            questions: &["after_effect_certificate"],
        },
        Vignette {
            name: "accident, nerve tests done, findings not known",
            answers: json!({"accident": {"neuro_tests_done": "yes"}}),
            urgency: "routine",
            phase: "unknown",
            topics: &[],
            conditions: &[],
            grade: &[("grade_12_13", "neurological_findings", "unknown")],
            questions: &["after_effect_certificate"],
        },
        Vignette {
            name: "accident section opened but empty: all unknown",
            answers: json!({"accident": {}}),
            urgency: "routine",
            phase: "unknown",
            topics: &[],
            conditions: &[],
            grade: &[
                ("grade_14_9", "symptoms_remain", "unknown"),
                ("grade_14_9", "caused_by_accident", "unknown"),
                ("grade_12_13", "imaging_matches_symptoms", "unknown"),
            ],
            questions: &["after_effect_certificate"],
        },
        Vignette {
            name: "symptoms not after the accident",
            answers: json!({"symptoms": {"pain": 0, "numbness": 0}, "accident": {"after_accident": "no"}}),
            urgency: "routine",
            phase: "unknown",
            topics: &[],
            conditions: &[],
            grade: &[("grade_14_9", "caused_by_accident", "not_met"), ("grade_14_9", "symptoms_remain", "not_met")],
            questions: &[],
        },
        Vignette {
            name: "nothing answered",
            answers: json!({}),
            urgency: "routine",
            phase: "unknown",
            topics: &[],
            conditions: &[
                ("watchful_waiting", "no_red_flags", "unknown"),
                ("surgery", "serious_nerve_deficit", "unknown"),
                ("reoperation", "had_surgery", "unknown"),
            ],
            grade: none,
            questions: &["what_causes_symptoms", "which_options_for_me", "when_to_come_back"],
        },
    ]
}

#[test]
fn every_vignette_gives_the_expected_assessment() {
    let vignettes = vignettes();
    assert!(vignettes.len() >= 30, "keep at least 30 vignettes");
    for vignette in &vignettes {
        check(vignette);
    }
}

#[test]
fn vignettes_cover_every_urgency_topic_and_option_condition() {
    let outputs: Vec<Value> = vignettes().iter().map(run).collect();
    for level in ["emergency", "same_day", "prompt", "routine", "self_care"] {
        assert!(outputs.iter().any(|o| o["urgency"]["level"] == level), "no vignette reaches {level}");
    }
    let topics: Vec<String> = outputs.iter().flat_map(topic_names).collect();
    for id in hernia_aid::core::ids::TopicId::ALL.iter().map(|t| t.as_str()) {
        assert!(topics.iter().any(|t| t == id), "no vignette raises topic {id}");
    }
    for id in hernia_aid::core::ids::SubtopicId::ALL {
        assert!(topics.iter().any(|t| t.ends_with(&format!("/{}", id.as_str()))), "no vignette raises subtopic {id}");
    }
    // Every condition of every option is exercised as met and as not met somewhere.
    for status in ["met", "not_met"] {
        for option in hernia_aid::core::ids::OptionId::ALL {
            let conditions =
                &outputs[0]["options"].as_array().unwrap().iter().find(|o| o["id"] == option.as_str()).unwrap()["considered_when"];
            for condition in conditions.as_array().unwrap() {
                let id = &condition["id"];
                if id == "approved_herniation_type" || id == "not_injected_before" {
                    continue; // Only the specialist can say; always unknown by design.
                }
                let seen = outputs.iter().any(|o| {
                    o["options"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .filter(|v| v["id"] == option.as_str())
                        .any(|v| v["considered_when"].as_array().unwrap().iter().any(|c| c["id"] == *id && c["status"] == status))
                });
                assert!(seen, "no vignette makes {option}.{id} {status}");
            }
        }
    }
}

#[test]
fn a_red_flag_is_never_lowered_by_other_answers() {
    let mild =
        json!({"history": {"surgery": "none", "since_onset": {"weeks": 2}}, "symptoms": {"pain": 1, "numbness": 0, "course": "better"}});
    for (flag, level) in [("saddle_numbness", UrgencyLevel::Emergency), ("fever_unwell", UrgencyLevel::Prompt)] {
        let mut answers = mild.clone();
        answers["red_flags"] = flags_with(flag, "yes");
        let assessment: Assessment = assess(&Answers::from_json(answers.to_string().as_bytes()).unwrap());
        assert_eq!(assessment.urgency.level, level, "{flag}");
        assert!(assessment.urgency.because.iter().any(|a| a.as_str().ends_with(flag)));
    }
}

/// The ids the engine derives from a person's answers (topics, patterns, questions) never name a
/// condition: over every vignette, and over a sweep of the symptom patterns.
#[test]
fn no_condition_is_named_from_answers() {
    const CONDITION_WORDS: [&str; 6] = ["piriformis", "stenosis", "syndrome", "scar", "psps", "fibrosis"];
    let check = |name: &str, out: &Value| {
        let mut ids: Vec<String> = topic_names(out);
        ids.extend(out["questions"].as_array().unwrap().iter().map(|q| q.as_str().unwrap().to_string()));
        for id in ids {
            assert!(!CONDITION_WORDS.iter().any(|w| id.contains(w)), "{name}: `{id}` names a condition");
        }
    };
    for vignette in vignettes() {
        check(vignette.name, &run(&vignette));
    }
    let triggers = ["sitting_long", "walking_eased_by_sitting", "bending_backward", "bending_forward_or_lifting"];
    for mask in 0..16u32 {
        for areas in [json!(["buttock", "one_leg"]), json!(["both_legs"]), json!([])] {
            for surgery in ["none", "discectomy_open"] {
                let worse: Vec<&str> = triggers.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, t)| *t).collect();
                let answers = json!({"history": {"surgery": surgery, "since_onset": {"months": 6}, "tried": ["medication"]},
                    "symptoms": {"areas": areas, "kinds": ["pain"], "pain": 5, "worse_with": worse}});
                let out = serde_json::to_value(assess(&Answers::from_json(answers.to_string().as_bytes()).unwrap())).unwrap();
                check("sweep", &out);
            }
        }
    }
}

#[test]
fn conditions_state_their_evidence() {
    let answers = Answers::from_json(br#"{"red_flags": {"worsening_weakness": "yes"}}"#).unwrap();
    let out = assess(&answers);
    let surgery = out.options.iter().find(|o| o.id.as_str() == "surgery").unwrap();
    let deficit = surgery.considered_when.iter().find(|c| c.id.as_str() == "serious_nerve_deficit").unwrap();
    assert_eq!(deficit.status, Status::Met);
    assert_eq!(deficit.because.iter().map(|a| a.as_str()).collect::<Vec<_>>(), ["red_flags.worsening_weakness"]);
}
