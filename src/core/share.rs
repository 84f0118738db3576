//! A compact text form of the answers for a share link's URL fragment (never the query
//! string, so it is never sent to a server).
//!
//! `4.<token>.<token>…~<checksum>`: the format version, then one token per question in the
//! order of the registry's slots (`questions.rs`), then a checksum that catches a cut-off or
//! altered link. New questions take new slots at the end (format 2 added infection risk, chest
//! pain and the wound; format 3 the recorded nerve findings and two more leanings; format 4
//! lets a reader skip the blank slots it does not know), so older links still open, with those
//! questions unanswered. Much shorter than JSON, and the browser build needs no JSON code.

use super::answers::*;
use super::questions::QUESTIONS;
use super::registry::{unanswered_differs_from_empty, Kind, Question, Response};

/// Why a share link's answers could not be read. The person keeps their current answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Cut off, or changed by hand: the checksum does not match.
    Damaged,
    /// A newer app made it.
    NewerVersion(u32),
    /// The checksum matched, but this field cannot be read, or (`"answers"`) the answers
    /// together are impossible. A field name, not a sentence: no formatting in the wasm.
    Invalid(&'static str),
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShareError::Damaged => f.write_str("the link is incomplete or was changed"),
            ShareError::NewerVersion(v) => write!(f, "the link comes from a newer version ({v})"),
            ShareError::Invalid(field) => write!(f, "the link holds answers that cannot be used (`{field}`)"),
        }
    }
}

/// The format this build writes. Formats 1 to 3 had a fixed length; see [`token_count_fits`].
const VERSION: u32 = 4;

/// FNV-1a, 32 bits, in base 36: a short check, not a secret.
fn checksum(text: &str) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in text.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    let mut digits = Vec::new();
    loop {
        digits.push(char::from_digit(hash % 36, 36).expect("below 36"));
        hash /= 36;
        if hash == 0 {
            break;
        }
    }
    digits.iter().rev().collect()
}

/// How many tokens formats 1 to 3 hold after the version: exactly these, and no more.
const FIXED_FORMAT_TOKENS: [usize; 3] = [50, 53, 54];

/// The question in each slot, in slot order: worked out once, when the app is compiled (a
/// duplicate or a missing slot fails the build).
const SLOTS: [&Question; QUESTIONS.len()] = {
    let mut slots = [&QUESTIONS[0]; QUESTIONS.len()];
    let mut filled = [false; QUESTIONS.len()];
    let mut i = 0;
    while i < QUESTIONS.len() {
        let slot = QUESTIONS[i].slot as usize;
        assert!(slot < slots.len() && !filled[slot], "every question has its own slot, numbered from 0 with none left out");
        slots[slot] = &QUESTIONS[i];
        filled[slot] = true;
        i += 1;
    }
    slots
};

/// Whether a link of `version` may hold `count` tokens. From format 4 on, a link holds one
/// token per slot its writer knew: at least format 3's. A reader fills the slots it knows; the
/// rest (a newer app's questions) must be blank, or the link is refused as newer. So a new
/// question needs a new slot, never a new format.
fn token_count_fits(version: u32, count: usize) -> bool {
    match version {
        1..=3 => count == FIXED_FORMAT_TOKENS[version as usize - 1],
        _ => count >= FIXED_FORMAT_TOKENS[2],
    }
}

fn number<N: ToString>(value: Option<N>) -> String {
    value.map(|n| n.to_string()).unwrap_or_default()
}

/// One reply as its token: letters for picks and ticks, digits for numbers, `4w`/`4m`/`u` for
/// a time, `a` for an opened section; empty when not answered.
fn token(question: &Question, response: Response) -> String {
    let codes = question.kind.values().1;
    match response {
        Response::Pick(i) => i.and_then(|i| codes.chars().nth(usize::from(i))).map(String::from).unwrap_or_default(),
        // An answered but empty list is `_`, so that it stays apart from "not answered".
        Response::Ticks(Some(0)) if unanswered_differs_from_empty(question) => "_".into(),
        Response::Ticks(bits) => codes.chars().enumerate().filter(|(i, _)| bits.unwrap_or(0) & 1 << i != 0).map(|(_, c)| c).collect(),
        Response::Number(n) => number(n),
        Response::Elapsed(e) => match e {
            None => String::new(),
            Some(Elapsed::NotSure) => "u".into(),
            Some(Elapsed::Weeks(w)) => format!("{w}w"),
            Some(Elapsed::Months(m)) => format!("{m}m"),
        },
        Response::Section(open) => if open { "a" } else { "" }.into(),
    }
}

/// The answers as the text of a share link.
pub fn encode(answers: &Answers) -> String {
    let mut tokens = vec![VERSION.to_string()];
    tokens.extend(SLOTS.iter().map(|q| token(q, (q.get)(answers))));
    seal(&tokens.join("."))
}

/// A payload with its checksum after `~`: what `decode` checks first. Public so that tests
/// and the fuzzer can make altered payloads that pass the check and reach the fields.
pub fn seal(payload: &str) -> String {
    format!("{payload}~{}", checksum(payload))
}

/// A whole number of at most nine digits: no signs, spaces or exponents slip through `parse`.
pub(crate) fn digits(text: &str) -> Option<u32> {
    (!text.is_empty() && text.len() <= 9 && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok()).flatten()
}

/// Reads one token as a reply to `question`; `None` when it is not one.
fn read(question: &Question, token: &str) -> Option<Response> {
    let codes = question.kind.values().1;
    let index = || -> Option<Option<u8>> {
        let mut chars = token.chars();
        match (chars.next(), chars.next()) {
            (None, _) => Some(None),
            (Some(c), None) => codes.chars().position(|code| code == c).map(|i| Some(i as u8)),
            _ => None,
        }
    };
    let response = match question.kind {
        Kind::YesNo { .. } | Kind::Pick { .. } => Response::Pick(index()?),
        Kind::Ticks { .. } => Response::Ticks(match token {
            "" if unanswered_differs_from_empty(question) => None,
            "_" if unanswered_differs_from_empty(question) => Some(0),
            _ => Some(token.chars().try_fold(0, |bits, c| codes.chars().position(|code| code == c).map(|i| bits | 1 << i))?),
        }),
        Kind::Score { .. } | Kind::Rating(_) | Kind::Count { .. } => Response::Number(match token {
            "" => None,
            _ => Some(digits(token)?),
        }),
        Kind::Elapsed => Response::Elapsed(match token {
            "" => None,
            "u" => Some(Elapsed::NotSure),
            _ if token.ends_with('w') => Some(Elapsed::Weeks(digits(&token[..token.len() - 1])?)),
            _ if token.ends_with('m') => Some(Elapsed::Months(digits(&token[..token.len() - 1])?)),
            _ => return None,
        }),
        Kind::Section => Response::Section(match token {
            "" => false,
            "a" => true,
            _ => return None,
        }),
    };
    question.kind.allows(response, question.items.len()).then_some(response)
}

/// Reads a share link's text back into answers. Never panics.
pub fn decode(text: &str) -> Result<Answers, ShareError> {
    let (payload, check) = text.rsplit_once('~').ok_or(ShareError::Damaged)?;
    if checksum(payload) != check {
        return Err(ShareError::Damaged);
    }
    let mut tokens = payload.split('.');
    let version = tokens.next().and_then(digits).filter(|v| *v >= 1).ok_or(ShareError::Invalid("version"))?;
    if version > VERSION {
        return Err(ShareError::NewerVersion(version));
    }
    let tokens: Vec<&str> = tokens.collect();
    if !token_count_fits(version, tokens.len()) {
        return Err(ShareError::Invalid("version"));
    }
    // A newer app's questions this build does not know: left blank, they are skipped; answered,
    // the link is refused as newer, so that no answer (a new warning sign, say) is ever dropped
    // without a word.
    if tokens.iter().skip(SLOTS.len()).any(|token| !token.is_empty()) {
        return Err(ShareError::NewerVersion(version));
    }
    let blank = Answers::default();
    let mut answers = Answers { version: ANSWERS_VERSION, ..Answers::default() };
    let mut sections = Vec::new();
    for (question, token) in SLOTS.iter().zip(tokens) {
        let response = read(question, token).ok_or(ShareError::Invalid(question.id.as_str()))?;
        if question.kind == Kind::Section {
            sections.push((question, response));
        }
        // Only answered questions are set: setting an unanswered one would open its section.
        if response != (question.get)(&blank) {
            (question.set)(&mut answers, response);
        }
    }
    // A closed section holds no answers: its marker comes before them, so check after all.
    for (question, response) in sections {
        if (question.get)(&answers) != response {
            return Err(ShareError::Invalid(question.id.as_str()));
        }
    }
    answers.validate().map_err(|_| ShareError::Invalid("answers"))?;
    Ok(answers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_answers_make_a_short_link() {
        let text = encode(&Answers { version: ANSWERS_VERSION, ..Answers::default() });
        assert!(text.len() < 80, "{text}");
        assert_eq!(decode(&text), Ok(Answers { version: ANSWERS_VERSION, ..Answers::default() }));
    }

    #[test]
    fn a_changed_or_cut_link_is_refused() {
        let mut answers = Answers { version: ANSWERS_VERSION, ..Answers::default() };
        answers.red_flags.saddle_numbness = Some(YesNo::No);
        let text = encode(&answers);
        assert_eq!(decode(&text.replacen(".n.", ".y.", 1)), Err(ShareError::Damaged));
        assert_eq!(decode(&text[..text.len() - 2]), Err(ShareError::Damaged));
        assert_eq!(decode(""), Err(ShareError::Damaged));
        let newer = "9.x";
        assert_eq!(decode(&format!("{newer}~{}", checksum(newer))), Err(ShareError::NewerVersion(9)));
        let impossible = text.replacen("4.n.", "4.q.", 1);
        let impossible = format!("{}~{}", impossible.split('~').next().unwrap(), checksum(impossible.split('~').next().unwrap()));
        assert_eq!(decode(&impossible), Err(ShareError::Invalid("red_flags.saddle_numbness")));
    }
}
