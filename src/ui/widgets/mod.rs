//! The parts screens share: fields, the option comparison, sources, notices, the safety net …

pub mod banner;
#[cfg(feature = "full")]
pub mod chart;
pub mod fields;
#[cfg(feature = "full")]
pub mod glossary;
pub mod header;
#[cfg(feature = "full")]
pub mod icon_array;
#[cfg(feature = "full")]
pub mod keep;
pub mod notice;
#[cfg(feature = "full")]
pub mod options;
pub mod safety;
pub mod sources;
#[cfg(feature = "full")]
pub mod summary;
