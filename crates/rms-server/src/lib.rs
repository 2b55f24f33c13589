//! RMS License Server's HTTP adapter and process wiring: the axum application (API, web pages,
//! operations endpoints), configuration, and the `rms` command line.
//!
//! Handlers are thin: they parse the request, call one use case, and render. SQL lives in
//! `rms-store`, rules in `rms-core`; nothing here touches either directly beyond calling them.

// Handlers answer errors with a ready `Response` (a page or a problem); boxing it would buy
// nothing but noise.
#![allow(clippy::result_large_err)]

pub mod api;
pub mod app;
pub mod backup_cli;
pub mod cli;
pub mod config;
pub mod http;
pub mod master_key;
pub mod release_cli;
pub mod state;
pub mod telemetry;
pub mod web;
pub mod webhook_cli;
