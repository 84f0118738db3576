//! Compiles the per-locale message files into typed Rust.
//!
//! Each file under `src/content/locales/` holds one message a line (see
//! `src/content/format.rs`). Japanese, the default, is compiled in everywhere; the other
//! languages are compiled in natively but, in the browser, read from their file on demand,
//! which keeps them off the first load.
//!
//! In the browser build, the Japanese text of messages only later screens show
//! (`format::shown_later`) is left out too and read from `ja.txt` after the first screen. The
//! first module (built without the `full` feature) keeps only what the start page and its
//! waiting screen show (`format::shown_first`): the whole app shows the rest.
//!
//! A key, placeholder or citation present in one locale and not the other stops the
//! build: a missing translation is a compile error, not a blank on screen.

#[path = "src/content/format.rs"]
mod format;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

const LOCALES: [&str; 2] = ["ja", "en"];

struct Message {
    text: String,
    citations: Vec<String>,
    line: usize,
}

fn main() {
    let dir = Path::new("src/content/locales");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut parsed: Vec<BTreeMap<String, Message>> = Vec::new();
    let mut hashes: Vec<u64> = Vec::new();
    for locale in LOCALES {
        let path = dir.join(format!("{locale}.txt"));
        println!("cargo:rerun-if-changed={}", path.display());
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", path.display())));
        parsed.push(parse(&path, &source));
        hashes.push(format::file_hash(source.as_bytes()));
    }
    check_same_shape(&parsed);
    let references = read_references(Path::new("src/content/references.txt"));
    let cited: BTreeSet<&String> = parsed[0].values().flat_map(|m| &m.citations).collect();
    let unknown: Vec<&&String> = cited.iter().filter(|id| !references.iter().any(|(r, _)| r == **id)).collect();
    if !unknown.is_empty() {
        fail(&format!("citations used in messages but missing from references.txt: {unknown:?}"));
    }
    let mut code = generate(&parsed);
    typed_fill(&mut code, &parsed[0]);
    writeln!(code, "/// Each locale file's `format::file_hash`, in `Lang` order: a fetched file must match.").unwrap();
    writeln!(code, "pub const LOCALE_HASHES: [u64; {}] = {hashes:?};", hashes.len()).unwrap();
    // A fetched file is read only if its hash matches, so its lines are known: each line's message
    // by position, and the browser needs no table of keys to read it.
    let orders: Vec<Vec<u16>> = parsed
        .iter()
        .map(|messages| {
            let mut by_line: Vec<(usize, u16)> =
                messages.values().enumerate().map(|(index, m)| (m.line, u16::try_from(index).expect("under 64 Ki messages"))).collect();
            by_line.sort_unstable();
            by_line.into_iter().map(|(_, index)| index).collect()
        })
        .collect();
    writeln!(code, "/// Each locale file's messages in the order of its lines, in `Lang` order.").unwrap();
    writeln!(code, "pub static LINE_ORDER: [[u16; {}]; {}] = {orders:?};", orders[0].len(), orders.len()).unwrap();
    // The About page reports how plain the Japanese is; `tests/readability.rs` checks the same.
    let r = format::measure(parsed[0].values().map(|m| m.text.as_str()));
    writeln!(
        code,
        "pub const JA_READABILITY: super::format::Readability = super::format::Readability {{ sentences: {}, characters: {}, kanji: {}, longest: {} }};",
        r.sentences, r.characters, r.kanji, r.longest
    )
    .unwrap();
    citation_numbers(&mut code, &parsed[0], &references);
    let ids: Vec<&String> = references.iter().map(|(id, _)| id).collect();
    let texts: Vec<&String> = references.iter().map(|(_, text)| text).collect();
    writeln!(code, "/// The reference list's citation ids, in order: reference n is `REFERENCE_IDS[n - 1]`.").unwrap();
    writeln!(code, "pub static REFERENCE_IDS: [&str; {}] = {:?};", ids.len(), ids).unwrap();
    // The texts are compiled in natively (the CLI, the rules sheet, the tests); the browser
    // reads them from `references.txt` after the first screen, so they cost the first load nothing.
    writeln!(code, "#[cfg(not(target_arch = \"wasm32\"))]").unwrap();
    writeln!(code, "pub static REFERENCE_TEXTS: [&str; {}] = {:?};", texts.len(), texts).unwrap();
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("messages.rs");
    std::fs::write(out, code).unwrap();
}

fn read_references(path: &Path) -> Vec<(String, String)> {
    println!("cargo:rerun-if-changed={}", path.display());
    let source = std::fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", path.display())));
    let mut references: Vec<(String, String)> = Vec::new();
    for (index, line) in source.lines().enumerate().map(|(i, l)| (i + 1, l.trim())) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((id, text)) = line.split_once(" = ") else {
            fail(&format!("{}:{index}: expected `id = reference`", path.display()));
        };
        if references.iter().any(|(seen, _)| seen == id) {
            fail(&format!("{}:{index}: reference `{id}` appears twice", path.display()));
        }
        references.push((id.trim().to_string(), text.trim().to_string()));
    }
    references
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    panic!("{message}");
}

fn parse(path: &Path, source: &str) -> BTreeMap<String, Message> {
    let mut messages = BTreeMap::new();
    for (index, raw) in source.lines().enumerate() {
        let line = index + 1;
        let parsed = match format::parse_line(raw) {
            None => continue,
            Some(Err(problem)) => fail(&format!("{}:{line}: {problem}", path.display())),
            Some(Ok(parsed)) => parsed,
        };
        let key = parsed.key.to_string();
        if messages.insert(key.clone(), Message { text: parsed.text, citations: parsed.citations, line }).is_some() {
            fail(&format!("{}:{line}: key `{key}` appears twice", path.display()));
        }
    }
    messages
}

fn check_same_shape(parsed: &[BTreeMap<String, Message>]) {
    let (first, first_locale) = (&parsed[0], LOCALES[0]);
    for (other, locale) in parsed.iter().zip(LOCALES).skip(1) {
        // Every missing key at once: a translator fixes them in one pass.
        let only_first: Vec<&String> = first.keys().filter(|k| !other.contains_key(*k)).collect();
        if !only_first.is_empty() {
            fail(&format!("messages in {first_locale}.txt but not in {locale}.txt: {only_first:?}"));
        }
        let only_other: Vec<&String> = other.keys().filter(|k| !first.contains_key(*k)).collect();
        if !only_other.is_empty() {
            fail(&format!("messages in {locale}.txt but not in {first_locale}.txt: {only_other:?}"));
        }
        for (key, a) in first {
            let b = &other[key];
            if !format::same_placeholders(&a.text, &b.text) {
                fail(&format!("message `{key}`: placeholders differ between {first_locale}.txt:{} and {locale}.txt:{}", a.line, b.line));
            }
            if a.citations != b.citations {
                fail(&format!("message `{key}`: citations differ between {first_locale}.txt:{} and {locale}.txt:{}", a.line, b.line));
            }
        }
    }
}

fn variant_name(key: &str) -> String {
    key.split(['.', '_'])
        .map(|part| {
            let mut chars = part.chars();
            match chars.next() {
                Some(c) => c.to_ascii_uppercase().to_string() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

fn generate(parsed: &[BTreeMap<String, Message>]) -> String {
    let keys: Vec<&String> = parsed[0].keys().collect();
    let mut variants = BTreeMap::new();
    for key in &keys {
        if let Some(other) = variants.insert(variant_name(key), *key) {
            fail(&format!("messages `{other}` and `{key}` map to the same Rust name"));
        }
    }
    let n = keys.len();
    let mut out = String::new();
    writeln!(out, "/// Every message id, generated from the locale files; see `build.rs`.").unwrap();
    writeln!(out, "#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]").unwrap();
    writeln!(out, "pub enum M {{").unwrap();
    for key in &keys {
        writeln!(out, "    /// `{key}`\n    {},", variant_name(key)).unwrap();
    }
    writeln!(out, "}}\n").unwrap();
    writeln!(out, "pub const ALL: [M; {n}] = [").unwrap();
    for key in &keys {
        writeln!(out, "    M::{},", variant_name(key)).unwrap();
    }
    writeln!(out, "];").unwrap();
    // Strings are stored as one text and end offsets: half the size of a table of `&str`s
    // in the wasm, and the offsets compress well.
    writeln!(out, "/// Keys in sorted order, so `M::from_key` can binary-search.").unwrap();
    packed(&mut out, "KEYS", keys.iter().map(|k| k.as_str()));
    let browser = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    for (index, (messages, locale)) in parsed.iter().zip(LOCALES).enumerate() {
        if browser && index > 0 {
            continue; // read at run time from the copied locale file
        }
        if browser {
            // Text only later screens show comes from `ja.txt`; what stays is a marker and the
            // placeholders, so that file's texts can be checked against this build.
            // The first module (no `full` feature) shows only the start page: it keeps only that
            // page's words, and the whole app shows everything else.
            let first_module = std::env::var_os("CARGO_FEATURE_FULL").is_none();
            let left_out = |key: &str| if first_module { !format::shown_first(key) } else { format::shown_later(key) };
            let stand_in = |(key, m): (&String, &Message)| match left_out(key) {
                true => {
                    format::LATER_MARK.to_string() + &format::placeholders(&m.text).iter().map(|p| format!("{{{p}}}")).collect::<String>()
                }
                false => m.text.clone(),
            };
            let texts: Vec<String> = messages.iter().map(stand_in).collect();
            packed(&mut out, &locale.to_uppercase(), texts.iter().map(String::as_str));
        } else {
            packed(&mut out, &locale.to_uppercase(), messages.values().map(|m| m.text.as_str()));
        }
    }
    out
}

/// Message families whose key ends in an engine id: each member must use exactly these
/// placeholders, and one generated function fills any of them (`fill::outcome`).
const FAMILIES: [(&str, &[&str]); 1] = [("outcome.", &["number", "within"])];

/// A function per message with `{placeholders}`, one named `&str` argument each, in module
/// `fill`: a misspelt or missing placeholder is a compile error at the call, not a `{name}` on
/// screen. A family (see [`FAMILIES`]) gets one function that takes the member.
fn typed_fill(out: &mut String, messages: &BTreeMap<String, Message>) {
    writeln!(out, "/// Messages with placeholders, filled by name (generated by `build.rs`).").unwrap();
    writeln!(out, "pub mod fill {{\n    use super::M;\n    use crate::content::{{substitute, Lang}};").unwrap();
    let signature = |names: &[&str]| names.iter().map(|n| format!(", {n}: &str")).collect::<String>();
    let pairs = |names: &[&str]| names.iter().map(|n| format!("(\"{n}\", {n})")).collect::<Vec<_>>().join(", ");
    for (prefix, names) in FAMILIES {
        let members: Vec<&String> = messages.keys().filter(|k| k.starts_with(prefix)).collect();
        for key in &members {
            let mut found = format::placeholders(&messages[*key].text);
            found.sort_unstable();
            let mut wanted = names.to_vec();
            wanted.sort_unstable();
            if found != wanted {
                fail(&format!("message `{key}` must use exactly the placeholders {names:?}, as every `{prefix}*` message does"));
            }
        }
        let name = prefix.trim_end_matches('.');
        writeln!(out, "    /// Any `{prefix}*` message (each uses {names:?}).").unwrap();
        writeln!(out, "    pub fn {name}(message: M, lang: Lang{}) -> String {{", signature(names)).unwrap();
        writeln!(out, "        debug_assert!(message.key().starts_with({prefix:?}));").unwrap();
        writeln!(out, "        substitute(message.text(lang), &[{}])\n    }}", pairs(names)).unwrap();
    }
    for (key, message) in messages {
        let names = format::placeholders(&message.text);
        if names.is_empty() || FAMILIES.iter().any(|(prefix, _)| key.starts_with(prefix)) {
            continue;
        }
        if let Some(bad) = names.iter().find(|n| !n.chars().all(|c| c.is_ascii_lowercase() || c == '_') || n.is_empty()) {
            fail(&format!("message `{key}`: placeholder `{{{bad}}}` must be a lowercase name (a-z, _)"));
        }
        let function = key.replace('.', "_");
        writeln!(out, "    /// `{key}`").unwrap();
        writeln!(out, "    pub fn {function}(lang: Lang{}) -> String {{", signature(&names)).unwrap();
        writeln!(out, "        substitute(M::{}.text(lang), &[{}])\n    }}", variant_name(key), pairs(&names)).unwrap();
    }
    writeln!(out, "}}").unwrap();
}

/// `NAME_TEXT` (all strings joined) and `NAME_ENDS` (where each ends), read by `packed_at`.
fn packed<'a>(out: &mut String, name: &str, strings: impl Iterator<Item = &'a str>) {
    let mut text = String::new();
    let mut ends = Vec::new();
    for string in strings {
        text.push_str(string);
        ends.push(text.len() as u32);
    }
    writeln!(out, "pub static {name}_TEXT: &str = {text:?};").unwrap();
    // Offsets as u16 while the text is under 64 KiB (half the bytes in the wasm), else u32.
    let offset = if text.len() <= usize::from(u16::MAX) { "u16" } else { "u32" };
    writeln!(out, "pub static {name}_ENDS: [{offset}; {}] = {ends:?};", ends.len()).unwrap();
}

/// Each message's sources as 1-based numbers in the reference list: small integers, not strings,
/// packed like the texts (one byte array and where each message's numbers end).
fn citation_numbers(out: &mut String, parsed: &BTreeMap<String, Message>, references: &[(String, String)]) {
    let mut bytes: Vec<u8> = Vec::new();
    let mut ends: Vec<u16> = Vec::new();
    for message in parsed.values() {
        bytes.extend(message.citations.iter().map(|id| {
            references.iter().position(|(r, _)| r == id).map(|i| u8::try_from(i + 1).expect("under 256 references")).expect("checked above")
        }));
        ends.push(u16::try_from(bytes.len()).expect("under 64 Ki citations"));
    }
    writeln!(out, "pub static SOURCES_BYTES: [u8; {}] = {bytes:?};", bytes.len()).unwrap();
    writeln!(out, "pub static SOURCES_ENDS: [u16; {}] = {ends:?};", ends.len()).unwrap();
}
