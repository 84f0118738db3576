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

pub use format::{measure as measure_readability, sentences, shown_later, tenths, Readability};
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

/// Reads a locale file into texts in `M` order. The file must hold exactly this build's
/// keys, each once, with the same citations and `{placeholders}` as the compiled Japanese
/// text: a file from another version is refused rather than mixed in. Text in a wrong
/// encoding (replacement characters, control characters, mojibake) and oversized files or
/// messages are refused too. One leading byte order mark is allowed.
pub fn texts_from_source(source: &str) -> Result<Vec<String>, String> {
    if source.len() > MAX_LOCALE_BYTES {
        return Err(format!("the file is {} bytes, more than {MAX_LOCALE_BYTES}", source.len()));
    }
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let mut texts: Vec<Option<String>> = vec![None; generated::ALL.len()];
    for (index, raw) in source.lines().enumerate() {
        let at = |problem: String| format!("line {}: {problem}", index + 1);
        check_characters(raw).map_err(at)?;
        match format::parse_line(raw) {
            None => {}
            Some(Err(problem)) => return Err(at(problem)),
            Some(Ok(line)) => {
                let key = line.key;
                // Keys are ASCII (checked by `parse_line`), so cutting one for the error is safe.
                let message = M::from_key(key).ok_or_else(|| at(format!("unknown message `{}`", &key[..key.len().min(80)])))?;
                if texts[message as usize].is_some() {
                    return Err(at(format!("message `{key}` appears twice")));
                }
                if line.text.chars().count() > MAX_MESSAGE_CHARS {
                    return Err(at(format!("message `{key}` is longer than {MAX_MESSAGE_CHARS} characters")));
                }
                if line.citations != message.citations() {
                    return Err(at(format!("message `{key}` cites other sources than this build")));
                }
                if !format::same_placeholders(&line.text, compiled_japanese(message)) {
                    return Err(at(format!("message `{key}` has other placeholders than this build")));
                }
                texts[message as usize] = Some(line.text);
            }
        }
    }
    texts
        .into_iter()
        .enumerate()
        .map(|(index, text)| text.ok_or_else(|| format!("message `{}` is missing", generated::ALL[index].key())))
        .collect()
}

/// Refuses a line that shows the file was decoded with the wrong encoding, or that holds
/// characters no message needs: U+FFFD (bytes that were not UTF-8), control characters
/// other than tab (NUL, C1 controls from Latin-1), a byte order mark past the start, and
/// UTF-8 that was read as Latin-1 or Windows-1252 and saved again (mojibake such as `â€™`).
fn check_characters(line: &str) -> Result<(), String> {
    if line.is_ascii() && !line.bytes().any(|b| b.is_ascii_control() && b != b'\t') {
        return Ok(());
    }
    if line.contains('\u{fffd}') {
        return Err("not UTF-8 text (U+FFFD)".to_string());
    }
    if let Some(c) = line.chars().find(|c| (c.is_control() && *c != '\t') || *c == '\u{feff}') {
        return Err(format!("control character U+{:04X}", u32::from(c)));
    }
    if looks_like_mojibake(line) {
        return Err("not UTF-8 text (UTF-8 read as Latin-1 or Windows-1252)".to_string());
    }
    Ok(())
}

/// Windows-1252's characters for the bytes 0x80–0x9F (its holes are C1 controls, as in Latin-1).
const WINDOWS_1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–',
    '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// Whether the line holds a UTF-8 multi-byte sequence spelled out as single-byte
/// characters: a lead byte (`Ã`, `â`, `ç` …) followed by as many continuation bytes as
/// it announces. Real text almost never does (`José—who` has one, not two, after `é`).
fn looks_like_mojibake(line: &str) -> bool {
    let byte = |c: char| match u32::from(c) {
        code @ 0x80..=0xff => Some(code as u8),
        _ => WINDOWS_1252_HIGH.iter().position(|high| *high == c).map(|i| 0x80 + i as u8),
    };
    let bytes: Vec<Option<u8>> = line.chars().map(byte).collect();
    bytes.iter().enumerate().any(|(i, lead)| {
        let continuations = match lead {
            Some(0xc2..=0xdf) => 1,
            Some(0xe0..=0xef) => 2,
            Some(0xf0..=0xf4) => 3,
            _ => return false,
        };
        bytes.get(i + 1..=i + continuations).is_some_and(|next| next.iter().all(|b| matches!(b, Some(0x80..=0xbf))))
    })
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
    let texts = texts_from_source(source)?;
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

    #[test]
    fn the_english_file_reads_back_as_the_compiled_texts() {
        let source = include_str!("locales/en.txt");
        let texts = texts_from_source(source).unwrap();
        for message in ALL_MESSAGES {
            assert_eq!(texts[message as usize], message.text(Lang::En), "{}", message.key());
        }
        assert!(texts_from_source("nav.next = Next").unwrap_err().contains("missing"));
        assert!(texts_from_source(&format!("{source}\nno.such = x")).unwrap_err().contains("unknown message"));
        assert!(install(Lang::En, "garbage line").is_err());
    }

    const ENGLISH_SOURCE: &str = include_str!("locales/en.txt");

    fn refusal(source: &str) -> String {
        match texts_from_source(source) {
            Ok(_) => panic!("the file should be refused"),
            Err(error) => error,
        }
    }

    #[test]
    fn the_limits_leave_room_for_the_real_file() {
        assert!(ENGLISH_SOURCE.len() * 3 <= MAX_LOCALE_BYTES, "en.txt is {} bytes", ENGLISH_SOURCE.len());
        let longest = ALL_MESSAGES.iter().map(|m| m.text(Lang::En).chars().count()).max().unwrap();
        assert!(longest * 4 <= MAX_MESSAGE_CHARS, "the longest English message has {longest} characters");
    }

    #[test]
    fn a_renamed_placeholder_is_refused() {
        assert!(ENGLISH_SOURCE.contains("{max}"));
        let error = refusal(&ENGLISH_SOURCE.replacen("{max}", "{maxx}", 1));
        assert!(error.contains("error.number") && error.contains("placeholders"), "{error}");
        let error = refusal(&ENGLISH_SOURCE.replacen("{max}", "max", 1));
        assert!(error.contains("placeholders"), "{error}");
        // A repeated placeholder is the same set: allowed, as in `build.rs`.
        assert!(texts_from_source(&ENGLISH_SOURCE.replacen("{max}", "{max} ({max})", 1)).is_ok());
    }

    #[test]
    fn a_duplicate_key_is_refused() {
        let line = ENGLISH_SOURCE.lines().find(|l| l.starts_with("error.number = ")).unwrap();
        let error = refusal(&format!("{ENGLISH_SOURCE}\n{line}\n"));
        assert!(error.contains("`error.number` appears twice"), "{error}");
        // Even when the second copy is the same text: the file is not what this build wrote.
        let error = refusal(&ENGLISH_SOURCE.replacen(line, &format!("{line}\n{line}"), 1));
        assert!(error.contains("twice"), "{error}");
    }

    #[test]
    fn a_wrong_encoding_is_refused() {
        // Latin-1 or Shift_JIS bytes decoded as UTF-8: each bad byte becomes U+FFFD.
        let mangled: String = ENGLISH_SOURCE.chars().map(|c| if c.is_ascii() { c } else { '\u{fffd}' }).collect();
        assert!(refusal(&mangled).contains("not UTF-8 text"));
        assert!(refusal(&ENGLISH_SOURCE.replacen("{max}", "{max}\u{fffd}", 1)).contains("not UTF-8 text"));
        // UTF-8 read as Latin-1 (C1 controls) or as Windows-1252 (mojibake), then saved as UTF-8.
        let as_latin1: String = ENGLISH_SOURCE.bytes().map(char::from).collect();
        assert!(refusal(&as_latin1).contains("control character"), "{}", refusal(&as_latin1));
        let as_windows_1252: String = ENGLISH_SOURCE
            .bytes()
            .map(|b| match b {
                0x80..=0x9f => WINDOWS_1252_HIGH[usize::from(b - 0x80)],
                _ => char::from(b),
            })
            .collect();
        assert!(refusal(&as_windows_1252).contains("not UTF-8 text"), "{}", refusal(&as_windows_1252));
        assert!(refusal(&ENGLISH_SOURCE.replacen("kept.", "kept. It\u{e2}\u{20ac}\u{2122}s", 1)).contains("not UTF-8"));
        assert!(!looks_like_mojibake("José—who said café, naïve, 1–2, “quoted”"));
    }

    #[test]
    fn control_characters_are_refused_but_tabs_and_crlf_are_read() {
        assert!(refusal(&ENGLISH_SOURCE.replacen("{max}", "{max}\0", 1)).contains("U+0000"));
        assert!(refusal(&ENGLISH_SOURCE.replacen("{max}", "{max}\u{1b}[31m", 1)).contains("U+001B"));
        assert!(refusal(&ENGLISH_SOURCE.replacen("{max}", "{max}\r", 1)).contains("U+000D"));
        assert!(refusal(&ENGLISH_SOURCE.replacen("{max}", "{max}\u{85}", 1)).contains("U+0085"));
        let texts = texts_from_source(&ENGLISH_SOURCE.replacen("{max}", "{max}\t", 1)).unwrap();
        assert!(texts[M::ErrorNumber as usize].contains("{max}\t"));
        assert!(texts_from_source(&ENGLISH_SOURCE.replace('\n', "\r\n")).is_ok());
    }

    #[test]
    fn a_byte_order_mark_is_allowed_once_at_the_start() {
        let texts = texts_from_source(&format!("\u{feff}{ENGLISH_SOURCE}")).unwrap();
        assert_eq!(texts, texts_from_source(ENGLISH_SOURCE).unwrap());
        assert!(refusal(&format!("\u{feff}\u{feff}{ENGLISH_SOURCE}")).contains("U+FEFF"));
        assert!(refusal(&ENGLISH_SOURCE.replacen("{max}", "{max}\u{feff}", 1)).contains("U+FEFF"));
    }

    #[test]
    fn oversized_files_and_messages_are_refused() {
        let huge = ENGLISH_SOURCE.replacen("{max}", &format!("{{max}}{}", "x".repeat(300_000)), 1);
        assert!(refusal(&huge).contains("bytes"), "{}", refusal(&huge));
        let long = ENGLISH_SOURCE.replacen("{max}", &format!("{{max}}{}", "あ".repeat(MAX_MESSAGE_CHARS)), 1);
        assert!(long.len() <= MAX_LOCALE_BYTES);
        let error = refusal(&long);
        assert!(error.contains("`error.number` is longer than"), "{error}");
        let at_limit = MAX_MESSAGE_CHARS - M::ErrorNumber.text(Lang::En).chars().count();
        assert!(texts_from_source(&ENGLISH_SOURCE.replacen("{max}", &format!("{{max}}{}", "あ".repeat(at_limit)), 1)).is_ok());
    }

    #[test]
    fn other_citations_are_still_refused() {
        let line = ENGLISH_SOURCE.lines().find(|l| !l.starts_with('#') && l.contains(" ^[")).unwrap();
        let (text, _) = line.rsplit_once(" ^[").unwrap();
        let error = refusal(&ENGLISH_SOURCE.replacen(line, text, 1));
        assert!(error.contains("cites other sources"), "{error}");
    }

    #[test]
    fn fill_replaces_placeholders() {
        let text = fill::start_minutes(Lang::En, "5");
        assert!(text.contains('5') && !text.contains("{minutes}"), "{text}");
    }
}
