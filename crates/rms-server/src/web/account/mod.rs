//! The customer's account: signing in and out, first-run setup and email links, settings,
//! two-factor sign-in and API keys.

pub mod notifications;
pub mod onboarding;
pub mod security;
pub mod session;
