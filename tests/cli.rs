//! The `assess` CLI as a person runs it: documented examples, text in both languages, and
//! one clear message with exit code 2 for bad input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn assess(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_assess"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The CLI may exit before reading (a bad argument): a closed pipe is then expected.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn json(output: &Output) -> serde_json::Value {
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn each_documented_example_gives_its_urgency() {
    for level in ["emergency", "same_day", "prompt", "routine", "self_care"] {
        let out = json(&assess(&[&format!("docs/examples/{level}.json")], b""));
        assert_eq!(out["urgency"]["level"], level);
        assert!(out.get("text").is_none(), "text only with --lang");
        let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/answers.md")).unwrap();
        assert!(doc.contains(&format!("docs/examples/{level}.json")), "docs/answers.md shows the {level} example");
    }
}

#[test]
fn lang_adds_text_in_that_language() {
    let ja = json(&assess(&["docs/examples/routine.json", "--lang", "ja"], b""));
    let en = json(&assess(&["-", "--lang", "en"], &std::fs::read("docs/examples/routine.json").unwrap()));
    assert_eq!(ja["urgency"], en["urgency"], "the assessment does not depend on the language");
    assert!(ja["text"]["urgency"]["title"].as_str().unwrap().contains("医師"));
    assert!(en["text"]["urgency"]["title"].as_str().unwrap().contains("doctor"));
    assert_eq!(ja["text"]["options"].as_array().unwrap().len(), 8);
    assert!(en["text"]["disability_grade"]["decided_by"].as_str().unwrap().contains("do not predict the result"));
}

#[test]
fn bad_input_gives_one_clear_message_and_exit_code_2() {
    let cases: &[(&[&str], &[u8], &str)] = &[
        (&[], br#"{"symptoms": {"pain": 11}}"#, "`symptoms.pain`: must be from 0 to 10"),
        (&[], br#"{"red_flags": {"saddle_numbness": "maybe"}}"#, "`red_flags.saddle_numbness`: unknown variant `maybe`"),
        (&[], br#"{"history": {"tried": ["none", "medication"]}}"#, "`history.tried`"),
        (&[], br#"{"history": {"surgery": "none", "since_surgery": {"weeks": 3}}}"#, "`history.since_surgery`"),
        (&[], br#"{"version": 99}"#, "`version`: version 99 is newer"),
        (&[], b"\xff\xfe not json", "invalid answers"),
        (&[], b"", "invalid answers"),
        (&["--lang", "fr"], b"{}", "unknown language `fr`"),
        (&["no/such/file.json"], b"", "cannot read no/such/file.json"),
        (&["a.json", "b.json"], b"", "unexpected argument `b.json`"),
    ];
    for (args, stdin, expected) in cases {
        let output = assess(args, stdin);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(expected), "{args:?}: expected `{expected}` in {stderr}");
        assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
        assert!(output.stdout.is_empty());
        assert!(!stderr.contains("panicked"));
    }
}

#[test]
fn unknown_fields_are_ignored_and_missing_ones_are_unanswered() {
    let out = json(&assess(&[], br#"{"from_the_future": true, "red_flags": {"saddle_numbness": "yes", "new_flag": "yes"}}"#));
    assert_eq!(out["urgency"]["level"], "emergency");
}

#[test]
fn version_1_answers_keep_decoding() {
    // A frozen copy of the first format. If this fails, write a migration, do not edit the file.
    let out = json(&assess(&["tests/fixtures/answers-v1.json"], b""));
    assert_eq!(out["urgency"]["level"], "routine");
    assert_eq!(out["topics"].as_array().unwrap().len(), 5);
}
