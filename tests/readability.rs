//! Plain Japanese: the readability report. Prints the average sentence length, the longest
//! sentences and the share of kanji, and fails past the limits below (there is no Japanese
//! grade scale; these follow common plain-Japanese guidance). Every glossary term must be used.
//! The About page shows the same figures, computed by `build.rs` with the same code.

use hernia_aid::content::explain::outcome_sentence;
use hernia_aid::content::{measure_readability, tenths, Lang, ALL_MESSAGES, GLOSSARY, JA_READABILITY, OTHER_CAUSES};

/// In tenths: 30.0 characters, 35.0 % kanji.
const AVERAGE_LIMIT: u32 = 300;
const SENTENCE_LIMIT: u32 = 60;
const KANJI_PERCENT_LIMIT: u32 = 350;

fn japanese_texts() -> Vec<&'static str> {
    ALL_MESSAGES.iter().map(|m| m.text(Lang::Ja)).collect()
}

#[test]
fn the_about_page_reports_what_the_texts_measure() {
    assert_eq!(measure_readability(japanese_texts()), JA_READABILITY);
}

#[test]
fn japanese_sentences_stay_short_and_plain() {
    let report = measure_readability(japanese_texts());
    let mut all: Vec<(u32, &str, String)> = Vec::new();
    for message in ALL_MESSAGES {
        for sentence in hernia_aid::content::sentences(message.text(Lang::Ja)) {
            all.push((sentence.chars().filter(|c| !c.is_whitespace()).count() as u32, message.key(), sentence.to_string()));
        }
    }
    // The figures as shown, with their numbers and time frames filled in.
    let assessment = hernia_aid::core::assess(&hernia_aid::core::Answers::default());
    for outcome in assessment.options.iter().flat_map(|o| &o.facts.outcomes) {
        let sentence = outcome_sentence(outcome, Lang::Ja);
        all.push((measure_readability([sentence.as_str()]).longest, outcome.id.as_str(), sentence));
    }
    all.sort_by_key(|(n, _, _)| std::cmp::Reverse(*n));
    let (average, kanji) = (report.average_tenths(), report.kanji_tenths_percent());
    println!(
        "readability: {} Japanese sentences, average {} characters (limit {}), longest {} (limit {SENTENCE_LIMIT}), kanji {}% of characters (limit {}%)",
        report.sentences,
        tenths(average),
        tenths(AVERAGE_LIMIT),
        report.longest,
        tenths(kanji),
        tenths(KANJI_PERCENT_LIMIT)
    );
    println!("readability: the ten longest:");
    for (n, key, sentence) in all.iter().take(10) {
        println!("  {n:>3}  {key}: {sentence}");
    }
    assert!(average <= AVERAGE_LIMIT, "average sentence length {} is over {}", tenths(average), tenths(AVERAGE_LIMIT));
    assert!(kanji <= KANJI_PERCENT_LIMIT, "kanji {}% is over {}%", tenths(kanji), tenths(KANJI_PERCENT_LIMIT));
    let too_long: Vec<_> = all.iter().filter(|(n, _, _)| *n > SENTENCE_LIMIT).map(|(n, key, s)| format!("{n} {key}: {s}")).collect();
    assert!(too_long.is_empty(), "sentences over {SENTENCE_LIMIT} characters:\n{}", too_long.join("\n"));
}

/// A glossary entry no screen uses is a term nobody meets: each is in some message's text, or
/// in the list of other causes the results show by name.
#[test]
fn every_glossary_term_is_used() {
    for lang in Lang::ALL {
        let unused: Vec<&str> = GLOSSARY
            .iter()
            .copied()
            .filter(|id| !OTHER_CAUSES.contains(id))
            .filter(|id| {
                let term = hernia_aid::content::explain::id_text("glossary", id, Some("term"), lang).to_lowercase();
                !ALL_MESSAGES.iter().any(|m| !m.key().starts_with("glossary.") && m.text(lang).to_lowercase().contains(&term))
            })
            .collect();
        println!("readability: glossary ({}): {} terms, unused: {unused:?}", lang.tag(), GLOSSARY.len());
        assert!(unused.is_empty(), "glossary terms no message uses in {}: {unused:?}", lang.tag());
    }
}
