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

pub use generated::{M, ALL as ALL_MESSAGES, REFERENCES};

use serde::{Deserialize, Serialize};

/// The fields every option has, in the order every screen shows them (IPDAS: equal detail).
pub const OPTION_FIELDS: [&str; 8] = ["title", "what", "who", "benefits", "harms", "time", "living", "ask"];

/// Hard terms explained on the About page, with readings (ruby) in Japanese.
pub const GLOSSARY: [&str; 11] = [
    "herniation", "cauda_equina", "piriformis", "foraminal_stenosis", "canal_stenosis", "scar_tissue",
    "conservative", "nerve_block", "scs", "symptoms_fixed", "after_effect_grade",
];

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
        self.sources().iter().map(|n| generated::REFERENCES[usize::from(*n) - 1].0).collect()
    }

    /// The same sources as 1-based numbers in the reference list.
    pub fn sources(self) -> &'static [u8] {
        generated::SOURCES[self as usize]
    }

    pub fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ja => japanese(self),
            Lang::En => english(self),
        }
    }

    /// The text with each `{name}` replaced by its value.
    pub fn fill(self, lang: Lang, values: &[(&str, &str)]) -> String {
        let mut text = self.text(lang).to_string();
        for (name, value) in values {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }
}

/// String `index` of a packed table (see `build.rs`).
fn packed_at(text: &'static str, ends: &[u32], index: usize) -> &'static str {
    let start = if index == 0 { 0 } else { ends[index - 1] as usize };
    &text[start..ends[index] as usize]
}

fn japanese(message: M) -> &'static str {
    packed_at(generated::JA_TEXT, &generated::JA_ENDS, message as usize)
}

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

/// Whether a language's words are ready to show.
pub fn is_available(lang: Lang) -> bool {
    match lang {
        Lang::Ja => true,
        #[cfg(target_arch = "wasm32")]
        Lang::En => ENGLISH.get().is_some(),
        #[cfg(not(target_arch = "wasm32"))]
        Lang::En => true,
    }
}

/// The path of a language's message file next to the app, for loading on demand.
pub fn locale_file(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "ja.txt",
        Lang::En => "en.txt",
    }
}

/// Reads a locale file into texts in `M` order. The file must hold exactly this build's
/// keys: a file from another version is refused rather than mixed in.
pub fn texts_from_source(source: &str) -> Result<Vec<String>, String> {
    let mut texts: Vec<Option<String>> = vec![None; generated::ALL.len()];
    for (index, raw) in source.lines().enumerate() {
        match format::parse_line(raw) {
            None => {}
            Some(Err(problem)) => return Err(format!("line {}: {problem}", index + 1)),
            Some(Ok(line)) => {
                let message = M::from_key(line.key).ok_or_else(|| format!("unknown message `{}`", line.key))?;
                if line.citations != message.citations() {
                    return Err(format!("message `{}` cites other sources than this build", line.key));
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

/// Makes a language read from its file available. Its texts live for the rest of the page.
pub fn install(lang: Lang, source: &str) -> Result<(), String> {
    let texts = texts_from_source(source)?;
    #[cfg(target_arch = "wasm32")]
    if lang == Lang::En {
        let leaked: Vec<&'static str> = texts.into_iter().map(|t| &*Box::leak(t.into_boxed_str())).collect();
        let _ = ENGLISH.set(leaked);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (lang, texts);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn fill_replaces_placeholders() {
        let text = M::StartMinutes.fill(Lang::En, &[("minutes", "5")]);
        assert!(text.contains('5') && !text.contains("{minutes}"), "{text}");
    }
}
