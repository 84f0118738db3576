//! Content: every user-visible word, per locale, and the reference list.
//!
//! Messages live in `locales/*.txt` and are compiled into [`M`] by `build.rs`; a key or
//! placeholder that one locale lacks is a build error. Components never carry their own
//! text: they ask for an [`M`] in the current [`Lang`].

mod generated {
    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}

mod completeness;
pub mod explain;
mod format;
pub mod knowledge;
pub mod rules_sheet;

pub use format::{measure as measure_readability, sentences, shown_first, shown_later, tenths, Readability};
pub use generated::JA_READABILITY;
pub use generated::{fill, ALL as ALL_MESSAGES, M, REFERENCE_IDS};

use serde::{Deserialize, Serialize};

/// The fields every option has, in the order every screen shows them (IPDAS: equal detail).
pub const OPTION_FIELDS: [&str; 8] = ["title", "what", "who", "benefits", "harms", "time", "living", "ask"];

/// Hard terms explained on the About page, with readings (ruby) in Japanese.
pub const GLOSSARY: [&str; 17] = [
    "herniation",
    "sciatica",
    "cauda_equina",
    "complication",
    "self_paid",
    "causation",
    "objection",
    "piriformis",
    "foraminal_stenosis",
    "canal_stenosis",
    "scar_tissue",
    "psps",
    "conservative",
    "nerve_block",
    "scs",
    "symptoms_fixed",
    "after_effect_grade",
];

/// Conditions other than a herniation that can cause similar symptoms, named (general
/// information, the same for everyone) where the results describe the condition.
pub const OTHER_CAUSES: [&str; 5] = ["piriformis", "foraminal_stenosis", "canal_stenosis", "psps", "scar_tissue"];

/// The languages the aid speaks. Japanese is the default and comes first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Ja,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// The BCP 47 tag, as used by `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.tag() == tag)
    }

    /// The other language, for the one-button switch.
    pub fn other(self) -> Lang {
        match self {
            Lang::Ja => Lang::En,
            Lang::En => Lang::Ja,
        }
    }
}

impl M {
    /// The dotted key in the locale files, e.g. `start.title`.
    pub fn key(self) -> &'static str {
        packed_at(generated::KEYS_TEXT, &generated::KEYS_ENDS, self as usize)
    }

    /// Looks up a message by key, for ids that come from the engine (`topic.{id}.title`).
    pub fn from_key(key: &str) -> Option<M> {
        let (mut low, mut high) = (0, generated::ALL.len());
        while low < high {
            let middle = (low + high) / 2;
            match packed_at(generated::KEYS_TEXT, &generated::KEYS_ENDS, middle).cmp(key) {
                std::cmp::Ordering::Less => low = middle + 1,
                std::cmp::Ordering::Greater => high = middle,
                std::cmp::Ordering::Equal => return Some(generated::ALL[middle]),
            }
        }
        None
    }

    /// Citation ids of a clinical statement; empty for interface text.
    pub fn citations(self) -> Vec<&'static str> {
        self.sources().iter().map(|n| generated::REFERENCE_IDS[usize::from(*n) - 1]).collect()
    }

    /// The same sources as 1-based numbers in the reference list.
    pub fn sources(self) -> &'static [u8] {
        let index = self as usize;
        let start = if index == 0 { 0 } else { usize::from(generated::SOURCES_ENDS[index - 1]) };
        &generated::SOURCES_BYTES[start..usize::from(generated::SOURCES_ENDS[index])]
    }

    pub fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ja => japanese(self),
            Lang::En => english(self),
        }
    }
}

/// `text` with each `{name}` replaced by its value; called only by the generated [`fill`]
/// functions, whose arguments are the message's placeholders by name.
fn substitute(text: &str, values: &[(&str, &str)]) -> String {
    let mut text = text.to_string();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// String `index` of a packed table (see `build.rs`).
fn packed_at<Offset: Copy + Into<u32>>(text: &'static str, ends: &[Offset], index: usize) -> &'static str {
    let at = |i: usize| ends[i].into() as usize;
    let start = if index == 0 { 0 } else { at(index - 1) };
    &text[start..at(index)]
}

/// The Japanese text compiled into this build: in the browser, a later message's is only
/// [`format::LATER_MARK`] and its placeholders.
fn compiled_japanese(message: M) -> &'static str {
    packed_at(generated::JA_TEXT, &generated::JA_ENDS, message as usize)
}

fn japanese(message: M) -> &'static str {
    let compiled = compiled_japanese(message);
    #[cfg(target_arch = "wasm32")]
    if compiled.starts_with(format::LATER_MARK) {
        // Empty until `ja.txt` is read: the screens that show these messages wait for it.
        return JAPANESE_LATER.get().map_or("", |texts| texts[message as usize]);
    }
    compiled
}

/// The Japanese text of the messages only later screens show, read from `ja.txt` (see
/// [`format::shown_later`]); the first screens' Japanese is compiled in.
#[cfg(target_arch = "wasm32")]
static JAPANESE_LATER: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();

#[cfg(not(target_arch = "wasm32"))]
fn english(message: M) -> &'static str {
    packed_at(generated::EN_TEXT, &generated::EN_ENDS, message as usize)
}

/// English, read from its file once the person asks for it (see [`install`]).
#[cfg(target_arch = "wasm32")]
static ENGLISH: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();

/// Until English is installed, Japanese stands in: the UI waits for [`install`] before
/// switching, so this shows only if a caller skips that.
#[cfg(target_arch = "wasm32")]
fn english(message: M) -> &'static str {
    ENGLISH.get().map_or(japanese(message), |texts| texts[message as usize])
}

/// Whether a language's words are ready to show: those of the first screens, or with
/// `everything`, also those only the results and the About page show.
pub fn is_available(lang: Lang, everything: bool) -> bool {
    #[cfg(target_arch = "wasm32")]
    return match lang {
        Lang::Ja => !everything || JAPANESE_LATER.get().is_some(),
        Lang::En => ENGLISH.get().is_some(),
    };
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (lang, everything);
        true
    }
}

/// The path of a language's message file next to the app, for loading on demand.
pub fn locale_file(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "ja.txt",
        Lang::En => "en.txt",
    }
}

/// Largest locale file read, checked before any parsing. en.txt is about 46 KB; 256 KiB
/// leaves room for more than five times as much text and refuses a wrong or runaway file at once.
pub const MAX_LOCALE_BYTES: usize = 256 * 1024;

/// Longest message, in characters. The longest English one is about 600; 3,000 (five times
/// that) leaves room for a wordier translation, while a runaway message, which would freeze the
/// page when shown, is refused.
pub const MAX_MESSAGE_CHARS: usize = 3_000;

/// Reads a locale file into texts in `M` order, only if it is byte for byte the file this build
/// was made from (its `format::file_hash` is compiled in): a file from another version, an edit,
/// a wrong encoding, a line-ending or byte-order-mark change, a cut-off download are all refused,
/// never mixed in. Checking the whole file at once costs the browser build far less code than
/// checking keys, placeholders, citations and encodings line by line (1.4 KB brotli, measured).
pub fn texts_from_source(lang: Lang, source: &str) -> Result<Vec<String>, String> {
    if source.len() > MAX_LOCALE_BYTES {
        return Err(format!("the file is {} bytes, more than {MAX_LOCALE_BYTES}", source.len()));
    }
    if format::file_hash(source.as_bytes()) != generated::LOCALE_HASHES[lang as usize] {
        return Err(format!("{} is not the file this build was made from", locale_file(lang)));
    }
    // The very file this build was made from: its lines are this build's messages, in the order
    // `build.rs` recorded (so no key is looked up).
    let mut texts = vec![String::new(); generated::ALL.len()];
    let mut lines = source.lines().filter_map(format::parse_line).flatten();
    for &message in &generated::LINE_ORDER[lang as usize] {
        texts[usize::from(message)] = lines.next().ok_or("the file ends early")?.text;
    }
    Ok(texts)
}

/// The reference list's file next to the app: the texts of the numbered references, the same in
/// every language, read after the first screen (see [`install_references`]).
pub const REFERENCES_FILE: &str = "references.txt";

/// Largest reference file read: it is about 7 KB.
pub const MAX_REFERENCES_BYTES: usize = 64 * 1024;

/// The reference texts of a `references.txt` in this build's order, or why the file cannot be
/// used: another build's list, a changed id, a runaway line. Never panics.
pub fn reference_texts_from_source(source: &str) -> Result<Vec<String>, String> {
    if source.len() > MAX_REFERENCES_BYTES {
        return Err(format!("the reference list is larger than {MAX_REFERENCES_BYTES} bytes"));
    }
    let mut texts = Vec::with_capacity(REFERENCE_IDS.len());
    for line in source.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let (id, text) = line.split_once(" = ").ok_or("a line is not `id = reference`")?;
        if REFERENCE_IDS.get(texts.len()) != Some(&id.trim()) {
            return Err(format!("reference `{}` is not this build's reference {}", id.trim(), texts.len() + 1));
        }
        let text = text.trim();
        if text.is_empty() || text.chars().count() > MAX_MESSAGE_CHARS || text.chars().any(char::is_control) {
            return Err(format!("reference `{}` is empty, too long or holds control characters", id.trim()));
        }
        texts.push(text.to_string());
    }
    if texts.len() != REFERENCE_IDS.len() {
        return Err(format!("the reference list has {} entries, this build {}", texts.len(), REFERENCE_IDS.len()));
    }
    Ok(texts)
}

/// The reference texts read from their file (in the browser).
#[cfg(target_arch = "wasm32")]
static REFERENCE_TEXTS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();

/// Makes the reference texts available; they live for the rest of the page.
pub fn install_references(source: &str) -> Result<(), String> {
    let texts = reference_texts_from_source(source)?;
    #[cfg(target_arch = "wasm32")]
    {
        let leaked: Vec<&'static str> = texts.into_iter().map(|t| &*Box::leak(t.into_boxed_str())).collect();
        let _ = REFERENCE_TEXTS.set(leaked);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = texts;
    Ok(())
}

/// Reference `number` (1-based) in full; `None` in the browser until its file is read.
pub fn reference_text(number: usize) -> Option<&'static str> {
    #[cfg(target_arch = "wasm32")]
    let texts = REFERENCE_TEXTS.get()?;
    #[cfg(not(target_arch = "wasm32"))]
    let texts = &generated::REFERENCE_TEXTS;
    texts.get(number.checked_sub(1)?).copied()
}

/// Makes a language read from its file available (for Japanese, the messages only later screens
/// show). Its texts live for the rest of the page.
pub fn install(lang: Lang, source: &str) -> Result<(), String> {
    let texts = texts_from_source(lang, source)?;
    #[cfg(target_arch = "wasm32")]
    {
        let leak = |text: String| -> &'static str { Box::leak(text.into_boxed_str()) };
        match lang {
            Lang::En => {
                let _ = ENGLISH.set(texts.into_iter().map(leak).collect());
            }
            // Only the later messages: the rest is compiled in.
            Lang::Ja => {
                // The build marked which ones it left out: that mark, not the rule again, decides.
                let later = generated::ALL.iter().zip(texts).map(|(m, text)| {
                    if compiled_japanese(*m).starts_with(format::LATER_MARK) {
                        leak(text)
                    } else {
                        ""
                    }
                });
                let _ = JAPANESE_LATER.set(later.collect());
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (lang, texts);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reference_file_reads_back_as_the_compiled_texts_and_nothing_else() {
        let source = include_str!("references.txt");
        let texts = reference_texts_from_source(source).unwrap();
        for (number, text) in texts.iter().enumerate() {
            assert_eq!(Some(text.as_str()), reference_text(number + 1));
        }
        assert!(install_references(source).is_ok());
        let first = source.lines().find(|l| l.contains(" = ") && !l.starts_with('#')).unwrap();
        for (bad, why) in [
            (source.replacen(first, "", 1), "a reference missing"),
            (format!("{source}\nextra = x"), "an extra reference"),
            (source.replacen(first, &first.replacen(" = ", " := ", 1), 1), "a broken line"),
            (source.replacen(REFERENCE_IDS[0], "someone_else", 1), "another id"),
            (source.replacen(first, &first.replacen(" = ", " = \u{7}", 1), 1), "a control character"),
            ("x".repeat(MAX_REFERENCES_BYTES + 1), "a runaway file"),
            (String::new(), "an empty file"),
        ] {
            assert!(reference_texts_from_source(&bad).is_err(), "{why} is refused");
        }
        assert_eq!(reference_text(0), None);
        assert_eq!(reference_text(REFERENCE_IDS.len() + 1), None);
    }

    #[test]
    fn every_key_round_trips_through_from_key() {
        for message in ALL_MESSAGES {
            assert_eq!(M::from_key(message.key()), Some(message));
        }
        assert_eq!(M::from_key("no.such.key"), None);
    }

    #[test]
    fn no_message_is_blank_in_any_locale() {
        for lang in Lang::ALL {
            for message in ALL_MESSAGES {
                assert!(!message.text(lang).trim().is_empty(), "{} is blank in {}", message.key(), lang.tag());
            }
        }
    }

    const ENGLISH_SOURCE: &str = include_str!("locales/en.txt");
    const JAPANESE_SOURCE: &str = include_str!("locales/ja.txt");

    #[test]
    fn each_locale_file_reads_back_as_the_compiled_texts() {
        for (lang, source) in [(Lang::En, ENGLISH_SOURCE), (Lang::Ja, JAPANESE_SOURCE)] {
            let texts = texts_from_source(lang, source).unwrap();
            for message in ALL_MESSAGES {
                assert_eq!(texts[message as usize], message.text(lang), "{}", message.key());
            }
            assert!(install(lang, source).is_ok());
        }
        assert!(texts_from_source(Lang::Ja, ENGLISH_SOURCE).is_err(), "English is not read as Japanese");
        assert!(texts_from_source(Lang::En, JAPANESE_SOURCE).is_err());
    }

    /// Every change to the file is refused, whatever it is: the cases the app met or could meet.
    #[test]
    fn any_other_file_is_refused() {
        let line = ENGLISH_SOURCE.lines().find(|l| l.starts_with("error.number = ")).unwrap();
        let cited = ENGLISH_SOURCE.lines().find(|l| !l.starts_with('#') && l.contains(" ^[")).unwrap();
        let as_latin1: String = ENGLISH_SOURCE.bytes().map(char::from).collect();
        let cases = [
            ("a renamed placeholder", ENGLISH_SOURCE.replacen("{max}", "{maxx}", 1)),
            ("a duplicate key", format!("{ENGLISH_SOURCE}\n{line}\n")),
            ("a missing message", ENGLISH_SOURCE.replacen(line, "", 1)),
            ("an unknown message", format!("{ENGLISH_SOURCE}\nno.such = <b>x</b>")),
            ("other citations", ENGLISH_SOURCE.replacen(cited, cited.rsplit_once(" ^[").unwrap().0, 1)),
            ("UTF-8 read as Latin-1", as_latin1),
            ("a replacement character", ENGLISH_SOURCE.replacen("{max}", "{max}\u{fffd}", 1)),
            ("a control character", ENGLISH_SOURCE.replacen("{max}", "{max}\u{1b}[31m", 1)),
            ("Windows line endings", ENGLISH_SOURCE.replace('\n', "\r\n")),
            ("a byte order mark", format!("\u{feff}{ENGLISH_SOURCE}")),
            ("a cut-off download", ENGLISH_SOURCE[..ENGLISH_SOURCE.len() / 2].to_string()),
            ("a runaway file", ENGLISH_SOURCE.replacen("{max}", &format!("{{max}}{}", "x".repeat(300_000)), 1)),
            ("one character more", format!("{ENGLISH_SOURCE} ")),
            ("nothing", String::new()),
        ];
        for (what, source) in cases {
            assert!(texts_from_source(Lang::En, &source).is_err(), "{what} is refused");
            assert!(install(Lang::En, &source).is_err(), "{what} is not installed");
        }
        let huge = "x".repeat(MAX_LOCALE_BYTES + 1);
        assert!(texts_from_source(Lang::En, &huge).unwrap_err().contains("bytes"), "a runaway file is refused before it is read");
    }

    #[test]
    fn the_limits_leave_room_for_the_real_files() {
        assert!(ENGLISH_SOURCE.len() * 3 <= MAX_LOCALE_BYTES, "en.txt is {} bytes", ENGLISH_SOURCE.len());
        let longest = ALL_MESSAGES.iter().map(|m| m.text(Lang::En).chars().count()).max().unwrap();
        assert!(longest * 4 <= MAX_MESSAGE_CHARS, "the longest English message has {longest} characters");
    }

    #[test]
    fn fill_replaces_placeholders() {
        let text = fill::start_minutes(Lang::En, "5");
        assert!(text.contains('5') && !text.contains("{minutes}"), "{text}");
    }
}
