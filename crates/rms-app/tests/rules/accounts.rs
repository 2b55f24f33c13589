//! Sign-up and sign-in rules that keep accounts private.

use rms_app::AppError;
use rms_app::accounts::{Credentials, Registration};
use rms_testkit::db_test;

use crate::kit::{Kit, PASSWORD, meta};

fn credentials<'a>(email: &'a str, password: &'a str) -> Credentials<'a> {
    Credentials { email, password, totp_code: None, recovery_code: None }
}

db_test!(
    async fn a_wrong_password_and_an_unknown_address_are_refused_alike(t: TestDb) {
        let kit = Kit::new(t).await;
        kit.customer("ada@example.com").await;
        let wrong = kit.s.accounts.login(credentials("ada@example.com", "not her password"), &meta()).await;
        let unknown = kit.s.accounts.login(credentials("nobody@example.com", PASSWORD), &meta()).await;
        assert!(matches!(wrong, Err(AppError::InvalidCredentials)), "{:?}", wrong.map(|_| ()));
        assert!(matches!(unknown, Err(AppError::InvalidCredentials)), "{:?}", unknown.map(|_| ()));
        assert!(kit.s.accounts.login(credentials("ada@example.com", PASSWORD), &meta()).await.is_ok());
    }
);

db_test!(
    async fn signing_up_with_a_taken_address_answers_alike_and_takes_nothing_over(t: TestDb) {
        let kit = Kit::new(t).await;
        kit.customer("ada@example.com").await;
        let again = Registration {
            email: "ADA@example.com",
            password: "an intruder's own password",
            name: "Intruder",
            locale: None,
            timezone: None,
            browser_timezone: None,
            referral_code: None,
            invite: None,
        };
        kit.s.accounts.register(again, rms_i18n::Locale::english(), &meta()).await.unwrap();
        assert!(kit.mail.0.lock().unwrap().is_empty(), "emails go out from jobs, after the commit, never inline");
        let intruder =
            kit.s.accounts.login(credentials("ada@example.com", "an intruder's own password"), &meta()).await;
        assert!(intruder.is_err(), "the account kept its password");
        assert!(kit.s.accounts.login(credentials("ada@example.com", PASSWORD), &meta()).await.is_ok());
    }
);
