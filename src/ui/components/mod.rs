//! One small view a file.

pub mod header;
pub mod start;
