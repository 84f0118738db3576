//! Writes `docs/clinical-rules.md` from the code (`content::rules_sheet`).
//!
//! ```text
//! clinical-rules            # rewrites docs/clinical-rules.md
//! clinical-rules --check    # exits 1 when the committed file differs
//! ```

use std::process::ExitCode;

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/clinical-rules.md");

fn main() -> ExitCode {
    let sheet = hernia_aid::content::rules_sheet::clinical_rules();
    match std::env::args().nth(1).as_deref() {
        None => match std::fs::write(PATH, sheet) {
            Ok(()) => {
                println!("wrote {PATH}");
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("clinical-rules: cannot write {PATH}: {error}");
                ExitCode::from(2)
            }
        },
        Some("--check") => {
            if std::fs::read_to_string(PATH).ok().as_deref() == Some(sheet.as_str()) {
                ExitCode::SUCCESS
            } else {
                eprintln!("clinical-rules: {PATH} differs from the code; run `cargo run --bin clinical-rules`");
                ExitCode::from(1)
            }
        }
        Some(other) => {
            eprintln!("clinical-rules: unexpected argument `{other}` (usage: clinical-rules [--check])");
            ExitCode::from(2)
        }
    }
}
