//! Integration tests of the `rms` server: the real application on an ephemeral port with a fresh
//! database, driven over HTTP. One test binary for the whole crate (link time dominates on small
//! machines): add modules here rather than new files under `tests/`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod harness;

mod accounts;
mod admin;
mod analytics;
mod api_keys;
mod brand;
mod browser;
mod browser_rtl;
mod browser_vendor;
mod catalog;
mod checkout;
mod cluster;
mod crash_points;
mod deploy;
mod edd;
mod faults;
mod hardening;
mod health;
mod http_core;
mod invitations;
mod keys;
mod licensing;
mod limits;
mod money;
mod money_model;
mod notifications;
mod openapi;
mod passwords;
mod payments;
mod privacy;
mod process;
mod products;
mod releases;
mod sdk;
mod smtp;
mod store;
mod taxes;
mod telegram;
mod two_factor;
mod web;
mod web_session;
mod web_shell;
mod web_store;
mod webhook_cli;
