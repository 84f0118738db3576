//! One file a screen: what the person sees at each point of the path.

// The results, About and the diary are the whole app's (ARCHITECTURE.md, "Two modules").
#[cfg(feature = "full")]
pub mod about;
#[cfg(feature = "full")]
pub mod diary;
pub mod questions;
#[cfg(feature = "full")]
pub mod results;
pub mod start;
pub mod step;
pub mod waiting;
pub mod warning;
