//! One file a screen: what the person sees at each point of the path.

pub mod about;
pub mod questions;
pub mod results;
pub mod start;
pub mod step;
pub mod waiting;
pub mod warning;
