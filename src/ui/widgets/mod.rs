//! The parts screens share: fields, the option comparison, sources, notices, the safety net …

pub mod banner;
pub mod fields;
pub mod glossary;
pub mod header;
pub mod icon_array;
pub mod keep;
pub mod notice;
pub mod options;
pub mod safety;
pub mod sources;
pub mod summary;
