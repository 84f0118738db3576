//! Platform glue: the only layer that touches the browser (web-sys). Kept at the edge and
//! small, so everything else compiles and tests natively.

pub mod document;
