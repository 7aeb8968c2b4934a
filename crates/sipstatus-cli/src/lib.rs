//! The library behind the `sipstatus` command: how a query is understood
//! ([`query`]), how the table is rendered ([`render`], wrapped by [`wrap`]),
//! and, with the `cli` feature, the command itself ([`app`]), which the
//! binary and `python -m sipstatus` both run. The codegen crate uses
//! [`render::markdown`] for the docs table, so the Markdown form exists once.

#[cfg(feature = "cli")]
pub mod app;
pub mod decide;
pub mod q850;
pub mod query;
pub mod render;
#[cfg(feature = "cli")]
pub mod terminal;
pub mod wire;
pub mod wrap;
