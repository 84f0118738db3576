//! Converts a symptom diary between its two export forms, as the app will on the device (#15):
//! a CSV diary to a FHIR R4 Bundle, a FHIR Bundle back to CSV. The tests validate what it
//! writes against the official FHIR R4 schema.
//!
//! ```text
//! diary --fhir DIARY.csv [--answers ANSWERS.json] [--name NAME] --today YYYY-MM-DD
//! diary --csv BUNDLE.json --today YYYY-MM-DD
//! ```
//! A file it cannot read prints one message (what, and where) and exits with 2.

use std::process::ExitCode;

use hernia_aid::core::diary::Date;
use hernia_aid::core::diary_export::{from_csv, from_fhir, to_csv, to_fhir};
use hernia_aid::core::Answers;

const USAGE: &str = "usage: diary (--fhir DIARY.csv [--answers ANSWERS.json] [--name NAME] | --csv BUNDLE.json) --today YYYY-MM-DD";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("diary: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Vec<String>) -> Result<String, String> {
    let (mut fhir, mut csv, mut answers, mut name, mut today) = (None, None, None, None, None);
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value ({USAGE})"));
        match arg.as_str() {
            "--fhir" => fhir = Some(value()?),
            "--csv" => csv = Some(value()?),
            "--answers" => answers = Some(value()?),
            "--name" => name = Some(value()?),
            "--today" => today = Some(value()?),
            _ => return Err(format!("unexpected argument `{arg}` ({USAGE})")),
        }
    }
    let today = today.as_deref().and_then(Date::parse).ok_or(format!("--today YYYY-MM-DD is needed ({USAGE})"))?;
    let read = |path: &str| std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"));
    match (fhir, csv) {
        (Some(path), None) => {
            let diary = from_csv(&read(&path)?, today).map_err(|e| format!("{path}: {e:?}"))?;
            let answers = match answers {
                Some(path) => Some(Answers::from_json(read(&path)?.as_bytes()).map_err(|e| format!("{path}: {e}"))?),
                None => None,
            };
            let bundle = to_fhir(&diary, answers.as_ref(), name.as_deref(), today);
            Ok(serde_json::to_string_pretty(&bundle).expect("bundles serialise") + "\n")
        }
        (None, Some(path)) => Ok(to_csv(&from_fhir(&read(&path)?, today).map_err(|e| format!("{path}: {e:?}"))?)),
        _ => Err(USAGE.to_string()),
    }
}
