//! The rules sheet a clinician signs is the code that runs: `docs/clinical-rules.md` must be
//! exactly what `content::rules_sheet` writes from the tables today.

#[test]
fn the_committed_rules_sheet_is_the_code() {
    let committed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/clinical-rules.md")).unwrap_or_default();
    let written = hernia_aid::content::rules_sheet::clinical_rules();
    assert!(
        committed == written,
        "docs/clinical-rules.md differs from the code: run `cargo run --bin clinical-rules` and review the change"
    );
}

#[test]
fn the_sheet_covers_every_rule_and_source() {
    let sheet = hernia_aid::content::rules_sheet::clinical_rules();
    for rule in hernia_aid::core::triage::RED_FLAG_RULES {
        assert!(sheet.contains(&format!("`{}`", rule.id.as_str())), "{} is in the sheet", rule.id);
    }
    for level in hernia_aid::core::assessment::UrgencyLevel::ALL {
        assert!(sheet.contains(&format!("`{}`", level.as_str())), "{level} is in the sheet");
    }
    for option in hernia_aid::core::ids::OptionId::ALL {
        assert!(sheet.contains(&format!("`{}`", option.as_str())), "{option} is in the sheet");
    }
    for number in 1..=hernia_aid::content::REFERENCE_IDS.len() {
        let reference = hernia_aid::content::reference_text(number).unwrap();
        assert!(sheet.contains(reference), "the sheet lists every reference");
    }
}
