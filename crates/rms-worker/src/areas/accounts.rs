//! Account emails: address verification, password reset, registration attempts.

use rms_app::Services;
use rms_app::jobs::{PasswordReset, RegistrationAttempt, VerifyAddress};

use super::run;
use crate::Handlers;

pub fn register(handlers: &mut Handlers, services: &Services) {
    let mailings = &services.mailings;
    run(handlers, mailings, |m, job: VerifyAddress| async move { m.verify_address(job).await });
    run(handlers, mailings, |m, job: PasswordReset| async move { m.password_reset(job).await });
    run(handlers, mailings, |m, job: RegistrationAttempt| async move { m.registration_attempt(job).await });
}
