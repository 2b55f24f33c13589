//! The account API: registration and sessions, the profile, two-factor sign-in, API keys,
//! notifications and their preferences.

pub mod api_keys;
pub mod auth;
pub mod export;
pub mod me;
pub mod notifications;
pub mod telegram;
pub mod two_factor;
