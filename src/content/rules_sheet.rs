//! `docs/clinical-rules.md`, written from the code: the triage tables, the self-care criteria,
//! the thresholds, every option's "usually considered when" conditions and every figure, each
//! with its sources, in the words the app shows. `cargo run --bin clinical-rules` writes it;
//! `tests/clinical_rules.rs` fails when the committed file differs, so the sheet a clinician
//! signs is always the code that runs.

use std::fmt::Write;

use super::explain::{id_text, message, message_sources, population, question_text, reference_number, SAFETY_NET};
use super::{reference_text, Lang, REFERENCE_IDS};
use crate::core::answers::YesNo;
use crate::core::answers::{
    Answers, GRADE_TREATMENT_MONTHS, HIGH_VALUE, MAX_SCORE, MAX_VALUE, STIMULATION_MONTHS, STIMULATION_MONTHS_IN_WEEKS, THREE_MONTHS,
    THREE_MONTHS_IN_WEEKS,
};
use crate::core::assessment::{UrgencyLevel, SURE_ITEMS};
use crate::core::diary::{DailyCheck, Entry};
use crate::core::ids::{AnswerId, Citation};
use crate::core::triage::{
    Context, SelfCareCriterion, COMBINED_RULES, MILD_SCORE, NOT_SURE_CITATIONS, RED_FLAG_RULES, ROUTINE_CITATIONS, SELF_CARE_CITATIONS,
    SYMPTOM_RULES,
};

/// How the Japanese low back pain guideline's red flags (腰痛診療ガイドライン2019) are handled:
/// by the question that asks it (its level comes from the table), or why it is not asked.
const JAPANESE_LIST: [(&str, Result<AnswerId, &str>); 11] = [
    (
        "発症年齢 <20歳 または >55歳 (age at onset under 20 or over 55)",
        Err("Not asked. The list screens back pain at first presentation for a serious cause; everyone using this aid has a herniation diagnosed by a doctor, and age alone gives them no action to take. The other items, asked below, carry the signs that would change the level."),
    ),
    ("時間や活動性に関係のない腰痛 (pain unrelated to time or activity)", Ok(AnswerId::SevereRestPain)),
    ("胸部痛 (chest pain)", Ok(AnswerId::ChestPain)),
    ("癌の既往 (history of cancer)", Ok(AnswerId::CancerHistory)),
    ("ステロイド治療 (steroid treatment)", Ok(AnswerId::InfectionRisk)),
    ("HIV感染 (HIV)", Ok(AnswerId::InfectionRisk)),
    ("栄養不良 (malnutrition)", Ok(AnswerId::WeightLoss)),
    ("体重減少 (weight loss)", Ok(AnswerId::WeightLoss)),
    ("広範囲に及ぶ神経症状 (widespread neurological symptoms)", Ok(AnswerId::BothLegsNew)),
    (
        "構築性脊柱変形 (structural deformity)",
        Err("Not asked: a finding on a doctor's examination or imaging, which a person cannot report reliably."),
    ),
    ("発熱 (fever)", Ok(AnswerId::FeverUnwell)),
];

/// The question as the app asks it, in both languages.
fn question(id: AnswerId) -> String {
    format!("{} ({}) `{}`", question_text(id, Lang::En), question_text(id, Lang::Ja), id.as_str())
}

fn cite(citations: &[Citation]) -> String {
    numbered(&citations.iter().map(|c| reference_number(*c)).collect::<Vec<_>>())
}

fn numbered(numbers: &[usize]) -> String {
    let numbers: Vec<String> = numbers.iter().map(|n| n.to_string()).collect();
    format!("[{}]", numbers.join(", "))
}

fn level(level: UrgencyLevel) -> String {
    format!("`{}`", level.as_str())
}

fn criterion(criterion: SelfCareCriterion) -> String {
    let text = match criterion {
        SelfCareCriterion::NoSurgery => "no operation on the spine".to_string(),
        SelfCareCriterion::UnderThreeMonths => {
            format!("under {THREE_MONTHS} months since the symptoms began (under {THREE_MONTHS_IN_WEEKS} weeks when counted in weeks)")
        }
        SelfCareCriterion::Improving => "the symptoms are getting better".to_string(),
        SelfCareCriterion::MildPain => format!("pain {MILD_SCORE} or less out of {MAX_SCORE}"),
        SelfCareCriterion::MildNumbness => format!("numbness {MILD_SCORE} or less out of {MAX_SCORE}"),
    };
    format!("{text} (`{}`)", criterion.answer().as_str())
}

/// The whole sheet, in Markdown.
pub fn clinical_rules() -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "# Clinical rules of the decision aid\n");
    let _ = writeln!(
        w,
        "Written from the code by `cargo run --bin clinical-rules`; a test fails when this file and the code differ, so \
         do not edit it by hand. It is for a spine surgeon or pain physician to read once and sign off. Questions are \
         shown as the app asks them, in English and Japanese, with their answer id. Numbers in brackets are the \
         references at the end, numbered as in the app.\n"
    );
    let _ = writeln!(w, "Reviewed by: ______________________  Date: ____________  Signature: ______________\n");

    let _ = writeln!(w, "## 1. Urgency levels, most urgent first\n");
    let _ = writeln!(w, "| level | what the person is told to do |\n| --- | --- |");
    for l in UrgencyLevel::ALL {
        let action = message(&format!("urgency.{}.action", l.as_str()));
        let title = id_text("urgency", l.as_str(), Some("title"), Lang::En);
        let _ = writeln!(w, "| {} **{title}** | {} {} |", level(*l), action.text(Lang::En), numbered(&message_sources(action)));
    }
    let _ = writeln!(
        w,
        "\nThe most urgent level any rule below sets applies. After the step whose answers first set `emergency` or \
         `same_day`, the app shows that level's own screen (phone links, what to say), then a banner on every later \
         screen. Every results page and the printed summary carry the written safety net, whatever the level:\n"
    );
    for m in SAFETY_NET {
        let _ = writeln!(w, "- {} {}", m.text(Lang::En), numbered(&message_sources(m)));
    }
    let _ = writeln!(w);

    let _ = writeln!(w, "## 2. Warning signs (the red-flag table, `src/core/triage.rs`)\n");
    let _ = writeln!(
        w,
        "\"Not sure\" errs towards care: about a sign whose \"yes\" means 119 it means today; about any other, within \
         days. A \"not sure\" adds the source {} to the level it sets.\n",
        cite(NOT_SURE_CITATIONS)
    );
    let _ = writeln!(w, "| question | step | group | \"yes\" | \"not sure\" | sources |\n| --- | --- | --- | --- | --- | --- |");
    for rule in RED_FLAG_RULES {
        let _ = writeln!(
            w,
            "| {} | {} | {} | {} | {} | {} |",
            question(rule.id),
            rule.section.as_str(),
            rule.group.as_str(),
            level(rule.if_yes),
            level(rule.if_not_sure),
            cite(rule.citations)
        );
    }
    let _ = writeln!(
        w,
        "\nThe wound question is asked only of people who had an operation. Chest pain sits with the 119 signs because \
         the NHS sends back pain with chest pain to 999 or A&E; it is not a nerve-bundle sign and does not count as one \
         in the options' conditions.\n"
    );

    let _ = writeln!(w, "## 3. Signs that set a higher level together\n");
    let _ = writeln!(
        w,
        "Both answers must be certain; with a \"not sure\" on either side the sign's own row applies. The \
         {THREE_MONTHS}-month window after an operation is this aid's own rule (content rule 1), erring towards care: \
         the sources support seeking care for a fever after surgery, but give no window.\n"
    );
    let _ = writeln!(w, "| sign \"yes\" | together with | level | sources |\n| --- | --- | --- | --- |");
    for rule in COMBINED_RULES {
        let with = match rule.with {
            Context::Yes(id) => format!("\"yes\" to {}", question(id)),
            Context::RecentSurgery => format!(
                "an operation less than {THREE_MONTHS} months ago (`{}`, `{}`: under {THREE_MONTHS_IN_WEEKS} weeks or {THREE_MONTHS} months)",
                AnswerId::Surgery.as_str(),
                AnswerId::SinceSurgery.as_str()
            ),
        };
        let _ = writeln!(w, "| {} | {} | {} | {} |", question(rule.sign), with, level(rule.level), cite(rule.citations));
    }

    let _ = writeln!(w, "\n## 4. Rules on the symptoms step\n");
    let _ = writeln!(
        w,
        "Where a rule asks for a course and the person answers \"not sure\", the level one below applies (today → \
         within days; within days → no effect).\n"
    );
    let _ = writeln!(
        w,
        "| weakness ticked (`{}`) | course (`{}`) | level | sources |\n| --- | --- | --- | --- |",
        AnswerId::KindWeakness.as_str(),
        AnswerId::Course.as_str()
    );
    for rule in SYMPTOM_RULES {
        let course = rule.course.map_or("any".to_string(), |c| format!("`{}`", c.as_str()));
        let weakness = if rule.weakness { "yes" } else { "any" };
        let _ = writeln!(w, "| {weakness} | {course} | {} | {} |", level(rule.level), cite(rule.citations));
    }
    let _ = writeln!(
        w,
        "\nSo a person who reports weakness, or symptoms getting worse, is never given `routine` or `self_care`: \
         nothing they report is answered with \"nothing is urgent\".\n"
    );

    let _ = writeln!(w, "## 5. Self-care, a usual visit, and staying active\n");
    let _ = writeln!(
        w,
        "{} {} when no rule above applies, every warning sign of the red-flag step is answered \"no\", and:\n",
        level(UrgencyLevel::SelfCare),
        cite(SELF_CARE_CITATIONS)
    );
    for c in SelfCareCriterion::ALL {
        let _ = writeln!(w, "- {}", criterion(*c));
    }
    let _ = writeln!(
        w,
        "\nOtherwise {} {}; its reasons are the criteria above that the answers do not meet (unanswered ones are not \
         listed).\n",
        level(UrgencyLevel::Routine),
        cite(ROUTINE_CITATIONS)
    );
    let stay = message("selfcare.stay_active.reason");
    let _ = writeln!(
        w,
        "Self-care advice \"{}\" is shown to everyone with no warning sign answered \"yes\" or \"not sure\" {}. The \
         source article's own advice (keep warm, avoid strong massage, and the rest) is shown for the answers that call \
         for it, marked as the article's view where the guidelines do not say it.\n",
        id_text("selfcare", "stay_active", Some("title"), Lang::En),
        numbered(&message_sources(stay))
    );

    let _ = writeln!(w, "## 6. The Japanese low back pain guideline's red flags (腰痛診療ガイドライン2019)\n");
    let _ = writeln!(w, "| item | how the aid handles it |\n| --- | --- |");
    for (item, handling) in JAPANESE_LIST {
        let handled = match handling {
            Ok(id) => {
                let rule = RED_FLAG_RULES.iter().find(|rule| rule.id == id).expect("mapped to a row of the table");
                format!("asked: {} → {} (\"not sure\": {})", question(id), level(rule.if_yes), level(rule.if_not_sure))
            }
            Err(reason) => reason.to_string(),
        };
        let _ = writeln!(w, "| {item} | {handled} |");
    }
    let _ = writeln!(w, "\nThe list is cited as {}; trauma (NICE NG59) is asked too.\n", cite(&[Citation::JpnLbpGuideline2019]));

    let _ = writeln!(w, "## 7. Thresholds\n");
    let _ = writeln!(w, "| name | value | used for |\n| --- | --- | --- |");
    let thresholds: [(&str, String, &str); 8] = [
        ("THREE_MONTHS", format!("{THREE_MONTHS} months / {THREE_MONTHS_IN_WEEKS} weeks"), "early vs persistent phase (from onset, or from the operation after surgery); the window after surgery in which a fever is seen today"),
        ("STIMULATION_MONTHS", format!("{STIMULATION_MONTHS} months / {STIMULATION_MONTHS_IN_WEEKS} weeks"), "time after surgery from which spinal cord stimulation is usually considered (NICE TA159)"),
        ("MILD_SCORE", format!("{MILD_SCORE} of {MAX_SCORE}"), "pain and numbness counted as mild for self-care"),
        ("MAX_SCORE", MAX_SCORE.to_string(), "the top of the 0–10 pain and numbness scales"),
        ("HIGH_VALUE", format!("{HIGH_VALUE} of {MAX_VALUE}"), "a value rated this high is shown beside every option"),
        ("SURE_ITEMS", SURE_ITEMS.to_string(), "fewer \"yes\" answers than this on the SURE test suggest more support before deciding"),
        ("GRADE_TREATMENT_MONTHS", GRADE_TREATMENT_MONTHS.to_string(), "practitioners' rule of thumb for the after-effect grades (marked unofficial)"),
        ("MAX_VALUE", MAX_VALUE.to_string(), "the top of the 0–4 value ratings"),
    ];
    for (name, value, used) in thresholds {
        let _ = writeln!(w, "| `{name}` | {value} | {used} |");
    }

    let _ = writeln!(w, "\n## 8. Options: when each is usually considered, and its figures\n");
    let _ = writeln!(
        w,
        "Every option is always shown, in this order, with the same fields; none is ranked. Each condition is shown as \
         met, not met or unknown from the person's answers, with the answers behind it.\n"
    );
    let shown = crate::core::assess(&Answers::default());
    for option in &shown.options {
        let name = id_text("option", option.id.as_str(), Some("title"), Lang::En);
        let after = if option.only_after_surgery { " (after surgery only)" } else { "" };
        let _ = writeln!(w, "### {name}{after} `{}`\n", option.id.as_str());
        let _ = writeln!(w, "Usually considered when:");
        if option.considered_when.is_empty() {
            let _ = writeln!(w, "- {}", crate::content::M::OptionsNoGuidelineConditions.text(Lang::En));
        }
        for condition in &option.considered_when {
            let _ = writeln!(w, "- {} (`{}`)", id_text("condition", condition.id.as_str(), None, Lang::En), condition.id.as_str());
        }
        let facts = &option.facts;
        let _ = writeln!(
            w,
            "\n{}. Evidence: {}.",
            id_text("insurance", facts.insurance.as_str(), None, Lang::En),
            id_text("evidence", facts.evidence.as_str(), None, Lang::En)
        );
        if facts.outcomes.is_empty() {
            let _ = writeln!(w, "\nFigures: {}", super::explain::no_figures_note(facts).text(Lang::En));
        } else {
            let _ = writeln!(w, "\nFigures:");
        }
        for outcome in &facts.outcomes {
            let _ = writeln!(
                w,
                "- {} {} {}",
                super::explain::outcome_sentence(outcome, Lang::En),
                cite(&[outcome.citation]),
                population(outcome).text(Lang::En)
            );
        }
        let _ = writeln!(w, "\nSources of the card: {}\n", cite(&facts.citations));
    }

    let _ = writeln!(w, "## 9. The knowledge check: each statement, the reply the sources support, and what the app then says\n");
    let _ = writeln!(w, "Optional and never scored; a reply other than the supported one (or \"not sure\") only lists the question on the printout to go over with a doctor.\n");
    for (n, question) in super::knowledge::KNOWLEDGE_CHECK.iter().enumerate() {
        let choices: Vec<String> = question
            .choices
            .iter()
            .enumerate()
            .map(
                |(i, c)| {
                    if i == usize::from(question.expected) {
                        format!("**{}**", c.text(Lang::En))
                    } else {
                        c.text(Lang::En).to_string()
                    }
                },
            )
            .collect();
        let _ = writeln!(
            w,
            "{}. {} ({}) — {} {}\n",
            n + 1,
            question.prompt.text(Lang::En),
            choices.join(" / "),
            question.explanation.text(Lang::En),
            numbered(&message_sources(question.explanation))
        );
    }

    let _ = writeln!(w, "## 10. The symptom diary's daily checks (`src/core/diary.rs`, asked by `src/ui/screens/diary.rs`)\n");
    let _ = writeln!(
        w,
        "Each diary entry asks these red-flag questions again, in the red-flag step's words and with its explanations (the signs whose answer can change from day to day). A reply is read by the table in section 2, so each level below is computed, not written here. An entry that reaches \"call 119 now\" or \"be seen today\" opens the same warning screen as the red-flag step, listing those answers; \"see a doctor within days\" shows its box above the diary. The entry is kept either way.\n"
    );
    let _ = writeln!(w, "| daily check | red-flag question | \"yes\" | \"not sure\" |\n| --- | --- | --- | --- |");
    for check in DailyCheck::ALL {
        let with = |reply: YesNo| {
            let mut checks = [None; crate::core::diary::DAILY_CHECKS];
            checks[DailyCheck::ALL.iter().position(|c| c == check).unwrap_or(0)] = Some(reply);
            Entry { checks, ..Entry::default() }.warning().map_or("none".to_string(), |(l, _)| level(l))
        };
        let stands_for = format!("`{}`", check.red_flag().as_str());
        let _ = writeln!(w, "| `{}` | {} | {} | {} |", check.as_str(), stands_for, with(YesNo::Yes), with(YesNo::NotSure));
    }
    let _ = writeln!(w);

    let _ = writeln!(w, "## References\n");
    for number in 1..=REFERENCE_IDS.len() {
        let _ = writeln!(w, "{number}. {}", reference_text(number).unwrap_or_default());
    }
    out
}
