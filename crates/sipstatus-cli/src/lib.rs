//! The library behind the `sipstatus` command: how a query is understood and
//! how the table is rendered. The binary adds argument parsing; the codegen
//! crate uses [`render::markdown`] for the docs table, so the Markdown form
//! exists once.

pub mod decide;
pub mod query;
pub mod render;
