//! The app's effects, one `use_…` hook each: what follows the state out to the browser (the
//! document's language, the address, the focus, saving, the frame's height) and what comes in
//! from it (links, updates, another tab, the words read after the first screen). Effects never
//! run in server rendering, so every web-sys call stays out of render. The first module (the
//! start page, `ui::start_page`) uses only the focus and the frame's height.

#[cfg(feature = "full")]
mod browser;
#[cfg(feature = "full")]
mod diary;
mod document;
#[cfg(feature = "full")]
mod words;

#[cfg(feature = "full")]
pub use browser::{use_browser_events, use_remembered_answers};
#[cfg(feature = "full")]
pub use diary::use_kept_diary;
#[cfg(feature = "full")]
pub use document::{use_address, use_document_language};
pub use document::{use_embed_height, use_heading_focus};
#[cfg(feature = "full")]
pub use words::{use_later_text, use_references, when_language_ready};
