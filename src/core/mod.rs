//! The pure core: answers in, an explained and cited assessment out.
//!
//! No yew, no web-sys and no sentences here: the core returns ids and data, compiles and
//! tests natively, and the `assess` CLI runs it on a JSON file.

pub mod answers;
pub mod assessment;
pub mod diary;
pub mod diary_export;
pub mod edit;
pub mod ids;
pub mod questions;
pub mod registry;
mod rules;
pub mod share;
pub mod triage;

pub use answers::{Answers, AnswersError};
pub use assessment::Assessment;
pub use rules::assess;

impl Assessment {
    /// Decodes an assessment (as the CLI prints it). Never panics.
    pub fn from_json(bytes: &[u8]) -> Result<Assessment, AnswersError> {
        let mut deserializer = serde_json::Deserializer::from_slice(bytes);
        serde_path_to_error::deserialize(&mut deserializer)
            .map_err(|error| AnswersError { field: error.path().to_string(), problem: error.into_inner().to_string() })
    }
}
