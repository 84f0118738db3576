//! The message file format, shared by `build.rs` (which compiles the default language in)
//! and the browser (which reads another language's file when the person switches to it).
//!
//! One message a line: `key = text`, where the text may use `{placeholder}`s, `\n` for a
//! line break, and may end with ` ^[id, id]`, the citation ids of a clinical statement.
//! Blank lines and lines starting with `#` are comments.

/// One message as read from its line.
pub struct Line<'a> {
    pub key: &'a str,
    pub text: String,
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

/// The `{name}`s a text uses, in order of first use, without repeats.
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
/// must (checked by `build.rs`, and when a locale file is read). No sorting, so the browser
/// build carries no sort code for it.
pub fn same_placeholders(a: &str, b: &str) -> bool {
    let (a, b) = (placeholders(a), placeholders(b));
    a.len() == b.len() && a.iter().all(|name| b.contains(name))
}

/// Message groups (a key's first part) that only the results, the printout and the About page
/// show. In the browser their Japanese text is read from `ja.txt` after the first screen, like
/// English, so the long option, value and background text costs the first load nothing; the
/// question steps and the warning screens never wait for it (`tests/render.rs` checks that no
/// other screen shows one of them).
pub const LATER_GROUPS: [&str; 24] = [
    "about", "condition", "denial", "document", "evidence", "glossary", "grade", "insurance", "leaning", "learn",
    "option", "options", "outcome", "phase", "population", "question", "requirement", "selfcare", "status",
    "subtopic", "summary", "sure", "topic", "within",
];

/// What the browser build compiles in place of a later message's Japanese text, followed by its
/// placeholders: no message starts with it (a locale file may not hold control characters).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // only the browser build leaves text out
pub const LATER_MARK: char = '\u{1}';

/// Whether a message is shown only after the first screens (see [`LATER_GROUPS`]); of the values
/// group, only what each value means for each option (`value.{value}.{option}`) is.
pub fn shown_later(key: &str) -> bool {
    let group = key.split('.').next().unwrap_or(key);
    LATER_GROUPS.contains(&group) || (group == "value" && key.split('.').count() == 3)
}
