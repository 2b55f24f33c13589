//! Account emails: address verification, password reset, registration attempts.

use rms_app::jobs::{PasswordReset, RegistrationAttempt, VerifyAddress};
use rms_app::mailings::Mailings;

use super::retrying;
use crate::Handlers;

pub fn register(handlers: &mut Handlers, mailings: &Mailings) {
    let m = mailings.clone();
    handlers.on(move |job: VerifyAddress, _| {
        let m = m.clone();
        async move { retrying(m.verify_address(job)).await }
    });
    let m = mailings.clone();
    handlers.on(move |job: PasswordReset, _| {
        let m = m.clone();
        async move { retrying(m.password_reset(job)).await }
    });
    let m = mailings.clone();
    handlers.on(move |job: RegistrationAttempt, _| {
        let m = m.clone();
        async move { retrying(m.registration_attempt(job)).await }
    });
}
