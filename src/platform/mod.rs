//! Platform glue: the only layer that touches the browser (web-sys). Kept at the edge and
//! small, so everything else compiles and tests natively. It takes and returns plain values.

pub mod clipboard;
pub mod document;
pub mod embed;
pub mod events;
pub mod fetch;
pub mod files;
pub mod handover;
pub mod input;
pub mod location;
pub mod pwa;
pub mod storage;
