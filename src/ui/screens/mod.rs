//! One file a screen: what the person sees at each point of the path.

// The first module has the start page and the waiting screen only (ARCHITECTURE.md, "Two modules").
#[cfg(feature = "full")]
pub mod about;
#[cfg(feature = "full")]
pub mod diary;
#[cfg(feature = "full")]
pub mod questions;
#[cfg(feature = "full")]
pub mod results;
pub mod start;
#[cfg(feature = "full")]
pub mod step;
pub mod waiting;
#[cfg(feature = "full")]
pub mod warning;
