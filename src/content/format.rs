//! The message file format, shared by `build.rs` (which compiles the default language in)
//! and the browser (which reads another language's file when the person switches to it).
//!
//! One message a line: `key = text`, where the text may use `{placeholder}`s, `\n` for a
//! line break, and may end with ` ^[id, id]`, the citation ids of a clinical statement.
//! Blank lines and lines starting with `#` are comments.

/// One message as read from its line.
pub struct Line<'a> {
    #[cfg_attr(not(test), allow(dead_code))] // read by build.rs; the app reads a file whose hash matches by position
    pub key: &'a str,
    pub text: String,
    #[cfg_attr(not(test), allow(dead_code))] // read by build.rs; the app trusts a file whose hash matches
    pub citations: Vec<String>,
}

/// Reads one line: `None` for blanks and comments, an error naming what is wrong.
pub fn parse_line(raw: &str) -> Option<Result<Line<'_>, String>> {
    let trimmed = raw.trim();
    if trimmed.is_empty() || trimmed.starts_with('#') {
        return None;
    }
    let Some((key, value)) = trimmed.split_once(" = ") else {
        return Some(Err("expected `key = text`".to_string()));
    };
    let key = key.trim();
    if !key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_') {
        return Some(Err(format!("key `{key}` may use only a-z, 0-9, `.` and `_`")));
    }
    let (text, citations) = match value.rsplit_once(" ^[") {
        Some((text, tail)) if tail.ends_with(']') => {
            let ids: Vec<String> = tail[..tail.len() - 1].split(',').map(|id| id.trim().to_string()).collect();
            if ids.iter().any(|id| id.is_empty()) {
                return Some(Err("empty citation id".to_string()));
            }
            (text.trim_end(), ids)
        }
        _ => (value.trim_end(), Vec::new()),
    };
    Some(Ok(Line { key, text: text.replace("\\n", "\n"), citations }))
}

/// FNV-1a over a file's bytes: `build.rs` records each locale file's, and the browser reads a
/// fetched file only if it matches, so only the very file this build was made from is used.
pub fn file_hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3))
}

/// The `{name}`s a text uses, in order of first use, without repeats.
#[cfg_attr(not(test), allow(dead_code))] // build.rs checks each locale's placeholders with it
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else { break };
        if !found.contains(&&after[..end]) {
            found.push(&after[..end]);
        }
        rest = &after[end + 1..];
    }
    found
}

/// Whether two texts use the same `{name}`s, in any order: every locale's text of a message
/// must (checked by `build.rs`).
#[cfg_attr(not(test), allow(dead_code))] // used by build.rs
pub fn same_placeholders(a: &str, b: &str) -> bool {
    let (a, b) = (placeholders(a), placeholders(b));
    a.len() == b.len() && a.iter().all(|name| b.contains(name))
}

/// Message groups (a key's first part) that only the results, the printout and the About page
/// show. In the browser their Japanese text is read from `ja.txt` after the first screen, like
/// English, so the long option, value and background text costs the first load nothing; the
/// question steps and the warning screens never wait for it (`tests/render.rs` checks that no
/// other screen shows one of them).
pub const LATER_GROUPS: [&str; 28] = [
    "about",
    "condition",
    "denial",
    "diary",
    "document",
    "evidence",
    "glossary",
    "grade",
    "insurance",
    "keep",
    "leaning",
    "learn",
    "option",
    "options",
    "outcome",
    "phase",
    "population",
    "question",
    "quiz",
    "requirement",
    "results",
    "selfcare",
    "status",
    "subtopic",
    "summary",
    "sure",
    "topic",
    "within",
];

/// What the browser build compiles in place of a later message's Japanese text, followed by its
/// placeholders: no message starts with it (a locale file may not hold control characters).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // only the browser build leaves text out
pub const LATER_MARK: char = '\u{1}';

/// Messages of those groups that earlier screens show too: the "delete saved answers" button of
/// a notice, and the "your answers" and "sources" labels beside a step's warning.
pub const SHOWN_EARLY: [&str; 3] = ["keep.forget", "results.because", "results.sources"];

/// Answer labels that only the results' "your answers" lists and the printout show: no urgency
/// rests on these answers (so no warning screen lists them), and no step asks with them. (Every
/// urgency level's words stay in: the results' waiting screen shows the urgency.)
pub const LATER_PREFIXES: [&str; 7] = [
    "answer.accident.treatment_months",
    "answer.accident.visit_regularity",
    "answer.decision.",
    "answer.history.tried.",
    "answer.symptoms.areas.",
    "answer.symptoms.worse_with.",
    "answer.values.",
];

/// Whether a message is shown only after the first screens (see [`LATER_GROUPS`]); of the values
/// group, only what each value means for each option (`value.{value}.{option}`) is.
pub fn shown_later(key: &str) -> bool {
    let group = key.split('.').next().unwrap_or(key);
    (LATER_GROUPS.contains(&group) && !SHOWN_EARLY.contains(&key))
        || (group == "value" && key.split('.').count() == 3)
        || LATER_PREFIXES.iter().any(|prefix| key.starts_with(prefix))
}

/// Message groups the first module shows (ARCHITECTURE.md, "Two modules"): the start page, the
/// frame around it, and the waiting screen shown until the whole app takes over (with the
/// safety net the results' waiting screen keeps).
pub const FIRST_GROUPS: [&str; 8] = ["app", "footer", "lang", "provider", "safety", "start", "update", "wait"];

/// Whether the first module compiles a message's Japanese in: its groups and the screens'
/// headings the waiting screen shows (`tests/render.rs` checks that its pages show no other).
pub fn shown_first(key: &str) -> bool {
    let group = key.split('.').next().unwrap_or(key);
    FIRST_GROUPS.contains(&group) || (group == "step" && key.ends_with(".title")) || matches!(key, "emergency.title" | "same_day.title")
}

/// How plain the Japanese text is, over its sentences: the messages that hold a `。` or `?`
/// (labels and headings are not sentences). There is no grade scale for Japanese; these are
/// the measures the About page reports and `tests/readability.rs` holds to limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Readability {
    pub sentences: u32,
    /// Characters in those sentences, spaces aside.
    pub characters: u32,
    /// Of those, kanji (CJK ideographs and 々).
    pub kanji: u32,
    /// The longest sentence, in characters.
    pub longest: u32,
}

/// The sentences of a message that is prose; none for a label.
pub fn sentences(text: &str) -> Vec<&str> {
    if !(text.contains('。') || text.contains('?')) {
        return Vec::new();
    }
    text.split(['。', '?', '!', '\n']).map(str::trim).filter(|s| s.chars().count() > 1).collect()
}

pub fn is_kanji(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '々')
}

/// Measures texts (each a whole message).
pub fn measure<'a>(texts: impl IntoIterator<Item = &'a str>) -> Readability {
    let mut r = Readability { sentences: 0, characters: 0, kanji: 0, longest: 0 };
    for sentence in texts.into_iter().flat_map(sentences) {
        let length = sentence.chars().filter(|c| !c.is_whitespace()).count() as u32;
        r.sentences += 1;
        r.characters += length;
        r.kanji += sentence.chars().filter(|c| is_kanji(*c)).count() as u32;
        r.longest = r.longest.max(length);
    }
    r
}

// Integer tenths, rounded: the browser build then needs no float formatting code.
#[cfg_attr(not(test), allow(dead_code))] // the build script includes this file too
impl Readability {
    /// Average sentence length in tenths of a character (264 is 26.4).
    pub fn average_tenths(&self) -> u32 {
        (self.characters * 10 + self.sentences / 2) / self.sentences.max(1)
    }

    /// Kanji as tenths of a percent of characters (307 is 30.7 %).
    pub fn kanji_tenths_percent(&self) -> u32 {
        (self.kanji * 1000 + self.characters / 2) / self.characters.max(1)
    }
}

/// Tenths as a decimal: 264 is "26.4".
#[cfg_attr(not(test), allow(dead_code))]
pub fn tenths(value: u32) -> String {
    format!("{}.{}", value / 10, value % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(raw: &str) -> Line<'_> {
        match parse_line(raw) {
            Some(Ok(line)) => line,
            Some(Err(problem)) => panic!("`{raw}` refused: {problem}"),
            None => panic!("`{raw}` read as a comment"),
        }
    }

    fn refusal(raw: &str) -> String {
        match parse_line(raw) {
            Some(Err(problem)) => problem,
            _ => panic!("`{raw}` should be refused"),
        }
    }

    #[test]
    fn blanks_and_comments_are_skipped() {
        for raw in ["", "   ", "# a comment", "  # indented comment = with an equals sign"] {
            assert!(parse_line(raw).is_none(), "`{raw}`");
        }
    }

    #[test]
    fn a_message_is_read_with_its_citations_and_line_breaks() {
        let read = line("option.surgery.harms = Two in 100.\\nSee below. ^[peul_2007, nhs_surgery_risks]");
        assert_eq!(read.key, "option.surgery.harms");
        assert_eq!(read.text, "Two in 100.\nSee below.");
        assert_eq!(read.citations, ["peul_2007", "nhs_surgery_risks"]);
        let plain = line("  nav.next = Next  ");
        assert_eq!((plain.key, plain.text.as_str(), plain.citations.len()), ("nav.next", "Next", 0));
    }

    #[test]
    fn only_a_closing_citation_tail_is_a_citation() {
        // A caret inside the text, or a tail that does not close, stays text.
        assert_eq!(line("a.b = x ^[y] z").citations.len(), 0);
        assert_eq!(line("a.b = x ^[y").text, "x ^[y");
        assert_eq!(line("a.b = 2^[3]").citations.len(), 0, "the tail must follow a space");
        // `=` inside the text is text: only the first ` = ` separates.
        assert_eq!(line("a.b = 1 = 1").text, "1 = 1");
    }

    #[test]
    fn malformed_lines_say_what_is_wrong() {
        assert!(refusal("nav.next=Next").contains("key = text"));
        assert!(refusal("just some words").contains("key = text"));
        assert!(refusal("Nav.Next = Next").contains("a-z"));
        assert!(refusal("nav-next = Next").contains("a-z"));
        assert!(refusal("a.b = text ^[one, ]").contains("empty citation"));
        assert!(refusal("a.b = text ^[]").contains("empty citation"));
    }

    #[test]
    fn placeholders_are_found_once_in_order_of_use() {
        assert_eq!(placeholders("{n} of {total}, {n} again"), ["n", "total"]);
        assert!(placeholders("no braces").is_empty());
        assert!(placeholders("an open { brace").is_empty());
        assert!(same_placeholders("{a} then {b}", "{b} before {a}"));
        assert!(!same_placeholders("{a}", "{a} {b}"));
        assert!(!same_placeholders("{a}", "{aa}"));
    }

    #[test]
    fn readability_counts_sentences_not_labels() {
        let r = measure(["見出し", "短い文です。二つ目の文?", "改行\nのある文。"]);
        assert_eq!((r.sentences, r.longest), (4, 5), "{r:?}");
        assert_eq!(r.kanji, ["短文", "二目文", "改行", "文"].concat().chars().count() as u32);
        assert_eq!(r.average_tenths(), 40);
        assert_eq!(r.kanji_tenths_percent(), 500, "8 of 16 characters");
        assert_eq!(tenths(264), "26.4");
        assert_eq!(measure(["ラベル"]).sentences, 0);
    }

    #[test]
    fn later_messages_are_the_results_and_about_groups() {
        assert!(shown_later("option.surgery.harms"));
        assert!(shown_later("value.fast_relief.surgery"), "what a value means for an option");
        assert!(!shown_later("value.fast_relief"), "the value's name is asked on a question step");
        assert!(!shown_later("hint.red_flags.saddle_numbness"));
        assert!(!shown_later("emergency.title"));
        assert!(shown_later("keep.print") && !shown_later("keep.forget"), "a notice on any screen offers to delete");
        assert!(LATER_GROUPS.windows(2).all(|w| w[0] < w[1]), "kept sorted, so a duplicate shows");
    }
}
