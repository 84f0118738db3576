//! One small view a file.

pub mod about;
pub mod banner;
pub mod fields;
pub mod header;
pub mod icon_array;
pub mod keep;
pub mod notice;
pub mod options;
pub mod questions;
pub mod results;
pub mod sources;
pub mod start;
pub mod step;
pub mod summary;
pub mod waiting;
pub mod warning;
