//! The app's effects, one `use_…` hook each: what follows the state out to the browser (the
//! document's language, the address, the focus, saving, the frame's height) and what comes in
//! from it (links, updates, another tab, the words read after the first screen). Effects never
//! run in server rendering, so every web-sys call stays out of render.

mod browser;
#[cfg(feature = "full")]
mod diary;
mod document;
#[cfg(not(feature = "full"))]
mod handover;
mod words;

pub use browser::{use_browser_events, use_embed_height, use_remembered_answers};
#[cfg(feature = "full")]
pub use diary::use_kept_diary;
pub use document::{use_address, use_document_language, use_heading_focus};
#[cfg(not(feature = "full"))]
pub use handover::{hand_over_at_once, use_handover};
pub use words::when_language_ready;
#[cfg(feature = "full")]
pub use words::{use_later_text, use_references};
