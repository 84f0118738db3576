//! A patient decision aid for pain or numbness that persists after a lumbar disc
//! herniation. See ARCHITECTURE.md for the layers and what each may depend on.

pub mod content;
pub mod core;
pub mod platform;
pub mod ui;
