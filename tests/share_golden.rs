//! Share links of formats 1 to 4, frozen: links people have already copied, printed or saved must
//! keep opening with the same answers in every later version. Each code below was made once
//! by `share::encode` from the answers in `tests/fixtures/share-v1/` (copies, so that the
//! examples in `docs/` can change); neither the codes nor those files are ever edited. A new
//! format adds its own codes here; it never changes these. Saved answers use the same form.

use hernia_aid::core::{share, Answers};

const FROZEN: [(&str, &str); 4] = [
    ("tests/fixtures/share-v1/emergency.json", "1.y.u...............lt.pn.8...............................~fuktiu"),
    ("tests/fixtures/share-v1/prompt.json", "1.n.n.n.n.n.y......n.5w...d.o.pw.6..w.............................~9rztee"),
    (
        "tests/fixtures/share-v1/routine.json",
        "1.n.n.n.n.n.n.n.n.n.n.n.m.14m.8m.y.dp.bo.pn.6.5.s.s.y...n.y.u...a.y.y.8.r.y.u.y.n.4.2.3.4.1.0.....~bcz28u",
    ),
    ("tests/fixtures/share-v1/self_care.json", "1.n.n.n.n.n.n.n.n.n.n.n.n.4w...n.lo.p.3.0.b.............................~1jfzr8p"),
];

fn answers(path: &str) -> Answers {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    Answers::from_json(text.as_bytes()).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn format_1_links_open_with_the_same_answers_forever() {
    for (path, code) in FROZEN {
        assert_eq!(share::decode(code), Ok(answers(path)), "{path}");
    }
}

/// Format 2 (format 1's tokens, then infection risk, chest pain and the wound), frozen the same
/// way from `tests/fixtures/share-v2/`, one set of answers per urgency level.
const FROZEN_V2: [(&str, &str); 5] = [
    ("tests/fixtures/share-v2/emergency.json", "2.y.u...............lt.pn.8..................................~vxr3hp"),
    ("tests/fixtures/share-v2/same_day.json", "2.n.n.n.n.n.n.y.....e.5m.2w...lo.p.5..s..............................n..u~1ih8eso"),
    ("tests/fixtures/share-v2/prompt.json", "2.n.n.n.n.n.n.n.n.n.n.n.n.5w...d.o.p.8..w..............................n.n.~1nxmlzd"),
    (
        "tests/fixtures/share-v2/routine.json",
        "2.n.n.n.n.n.n.n.n.n.n.n.m.14m.8m.y.dp.bo.pn.6.5.s.s.y...n.y.u...a.y.y.8.r.y.u.y.n.4.2.3.4.1.0......n.n.n~2o8rmt",
    ),
    ("tests/fixtures/share-v2/self_care.json", "2.n.n.n.n.n.n.n.n.n.n.n.n.4w...n.lo.p.3.0.b..............................n.n.~1x3omds"),
];

#[test]
fn format_2_links_open_with_the_same_answers_forever() {
    for (path, code) in FROZEN_V2 {
        assert_eq!(share::decode(code), Ok(answers(path)), "{path}");
    }
}

/// Format 3 (format 2's tokens, then the recorded nerve findings; two more leanings), frozen
/// the same way from `tests/fixtures/share-v3/`.
const FROZEN_V3: [(&str, &str); 5] = [
    ("tests/fixtures/share-v3/emergency.json", "3.y.u...............lt.pn.8...................................~1ia2gxg"),
    ("tests/fixtures/share-v3/same_day.json", "3.n.n.n.n.n.n.y.....e.5m.2w...lo.p.5..s..............................n..u.~1ysi64f"),
    ("tests/fixtures/share-v3/prompt.json", "3.n.n.n.n.n.n.n.n.n.n.n.n.5w...d.o.p.8..w.............................i.n.n..~1g0hjuv"),
    (
        "tests/fixtures/share-v3/routine.json",
        "3.n.n.n.n.n.n.n.n.n.n.n.m.14m.8m.y.dp.bo.pn.6.5.s.s.y...n.y.u...a.y.y.8.r.y.u.y.n.4.2.3.4.1.0......n.n.n.y~1q3mnkt",
    ),
    ("tests/fixtures/share-v3/self_care.json", "3.n.n.n.n.n.n.n.n.n.n.n.n.4w...n.lo.p.3.0.b.............................m.n.n..~efvsdm"),
];

#[test]
fn format_3_links_open_with_the_same_answers_forever() {
    for (path, code) in FROZEN_V3 {
        assert_eq!(share::decode(code), Ok(answers(path)), "{path}");
    }
}

/// Format 4 (format 3's tokens; a reader fills the slots it knows and skips blank ones after them),
/// frozen the same way from `tests/fixtures/share-v4/`.
const FROZEN_V4: [(&str, &str); 5] = [
    ("tests/fixtures/share-v4/emergency.json", "4.y.u...............lt.pn.8...................................~1yrxqo7"),
    ("tests/fixtures/share-v4/same_day.json", "4.n.n.n.n.n.n.y.....e.5m.2w...lo.p.5..s..............................n..u.~pwz7gg"),
    ("tests/fixtures/share-v4/prompt.json", "4.n.n.n.n.n.n.n.n.n.n.n.n.5w...d.o.p.8..w.............................i.n.n..~1n7d26i"),
    (
        "tests/fixtures/share-v4/routine.json",
        "4.n.n.n.n.n.n.n.n.n.n.n.m.14m.8m.y.dp.bo.pn.6.5.s.s.y...n.y.u...a.y.y.8.r.y.u.y.n.4.2.3.4.1.0......n.n.n.y~36kqce",
    ),
    ("tests/fixtures/share-v4/self_care.json", "4.n.n.n.n.n.n.n.n.n.n.n.n.4w...n.lo.p.3.0.b.............................m.n.n..~1vbyaqz"),
];

#[test]
fn format_4_links_open_with_the_same_answers_forever() {
    for (path, code) in FROZEN_V4 {
        assert_eq!(share::decode(code), Ok(answers(path)), "{path}");
    }
}

/// A link from a newer app opens here when the questions this build does not know were left
/// blank; when one was answered, it is refused as newer (never opened without that answer).
/// One shorter than format 3 is refused.
#[test]
fn format_4_links_skip_only_blank_questions_a_newer_app_added() {
    let known = hernia_aid::core::questions::QUESTIONS.len();
    for (path, code) in FROZEN_V4 {
        let payload = code.split('~').next().unwrap();
        // Empty tokens for the questions added to this build since, then a newer app's own.
        let added = ".".repeat(known - 54);
        assert_eq!(share::decode(&share::seal(&format!("{payload}{added}..."))), Ok(answers(path)), "{path}");
        let answered = share::seal(&format!("{payload}{added}..y"));
        assert_eq!(share::decode(&answered), Err(share::ShareError::NewerVersion(4)), "{path}");
        let short = payload.rsplit_once('.').unwrap().0;
        assert_eq!(share::decode(&share::seal(short)), Err(share::ShareError::Invalid("version")), "{path}");
    }
}

/// This build writes format 4: for these answers, the frozen link, with one empty token for
/// each question added since (none of them is answered here).
#[test]
fn this_build_writes_format_4() {
    for (path, code) in FROZEN_V4 {
        let written = share::encode(&answers(path));
        let frozen = code.split('~').next().unwrap();
        let payload = written.split('~').next().unwrap();
        assert!(payload.starts_with(frozen) && payload[frozen.len()..].bytes().all(|b| b == b'.'), "{path}: {written}");
        assert_eq!(share::decode(&written), Ok(answers(path)), "{path}");
    }
}
