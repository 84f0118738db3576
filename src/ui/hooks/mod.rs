//! The app's effects, one `use_…` hook each: what follows the state out to the browser (the
//! document's language, the address, the focus, saving, the frame's height) and what comes in
//! from it (links, updates, another tab, the words read after the first screen). Effects never
//! run in server rendering, so every web-sys call stays out of render.

mod browser;
mod document;
mod words;

pub use browser::{use_browser_events, use_embed_height, use_remembered_answers};
pub use document::{use_address, use_document_language, use_heading_focus};
pub use words::{use_later_text, use_references, when_language_ready};
