//! The parts screens share: fields, the option comparison, sources, notices, the safety net …

#[cfg(feature = "full")]
pub mod banner;
#[cfg(feature = "full")]
pub mod chart;
#[cfg(feature = "full")]
pub mod fields;
pub mod frame;
#[cfg(feature = "full")]
pub mod glossary;
#[cfg(feature = "full")]
pub mod icon_array;
#[cfg(feature = "full")]
pub mod keep;
#[cfg(feature = "full")]
pub mod notice;
#[cfg(feature = "full")]
pub mod options;
pub mod safety;
pub mod sources;
#[cfg(feature = "full")]
pub mod summary;
