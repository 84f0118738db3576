//! Runs the decision engine on a JSON file of answers and prints the assessment as JSON.
//!
//! ```text
//! assess [FILE | -] [--lang ja|en]
//! ```
//! With no file, or `-`, it reads standard input. `--lang` adds the text in that language
//! under `"text"`. Invalid input prints one message naming the field and exits with 2.

use std::io::Read;
use std::process::ExitCode;

use hernia_aid::content::{explain::explain, Lang};
use hernia_aid::core::{assess, Answers};

const USAGE: &str = "usage: assess [FILE | -] [--lang ja|en]";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("assess: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Vec<String>) -> Result<String, String> {
    let mut path = None;
    let mut lang = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => {
                let tag = args.next().ok_or(format!("--lang needs ja or en ({USAGE})"))?;
                lang = Some(Lang::from_tag(&tag).ok_or(format!("unknown language `{tag}`: use ja or en"))?);
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            _ if path.is_none() && (arg == "-" || !arg.starts_with('-')) => path = Some(arg),
            _ => return Err(format!("unexpected argument `{arg}` ({USAGE})")),
        }
    }
    let bytes = match path.as_deref() {
        None | Some("-") => {
            let mut buffer = Vec::new();
            std::io::stdin().read_to_end(&mut buffer).map_err(|e| format!("cannot read standard input: {e}"))?;
            buffer
        }
        Some(file) => std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?,
    };
    let answers = Answers::from_json(&bytes).map_err(|e| format!("invalid answers: {e}"))?;
    let assessment = assess(&answers);
    let output = Output { text: lang.map(|lang| explain(&assessment, lang)), assessment: &assessment };
    Ok(serde_json::to_string_pretty(&output).expect("assessments serialise"))
}

/// The assessment, in its own field order, with the text after it when asked for.
#[derive(serde::Serialize)]
struct Output<'a> {
    #[serde(flatten)]
    assessment: &'a hernia_aid::core::Assessment,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<hernia_aid::content::explain::Explanation>,
}
