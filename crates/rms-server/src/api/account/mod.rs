//! The account API: registration and sessions, the profile, two-factor sign-in, API keys.

pub mod api_keys;
pub mod auth;
pub mod me;
pub mod two_factor;
