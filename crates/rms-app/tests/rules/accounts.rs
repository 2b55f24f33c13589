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

/// The token of the reset link emailed to `who`, sent as the reset job sends it.
async fn reset_link(kit: &Kit, who: &rms_app::accounts::Principal) -> String {
    kit.s.mailings.password_reset(rms_app::jobs::PasswordReset { user_id: who.user_id }).await.unwrap();
    let mail = kit.mail.0.lock().unwrap();
    rms_testkit::link_token_of(&mail.last().expect("the reset email").body, "/reset-password")
}

db_test!(
    async fn a_refused_new_password_leaves_the_reset_link_usable(t: TestDb) {
        let kit = Kit::new(t).await;
        let ada = kit.customer("ada@example.com").await;
        let link = reset_link(&kit, &ada).await;
        let weak = kit.s.accounts.reset_password(&link, "short", &meta()).await;
        assert!(matches!(weak, Err(AppError::Invalid { field: "password", .. })), "{weak:?}");
        kit.s.accounts.reset_password(&link, "a-brand-new-lantern-password", &meta()).await.unwrap();
        let new = kit.s.accounts.login(credentials("ada@example.com", "a-brand-new-lantern-password"), &meta()).await;
        assert!(new.is_ok(), "the link still worked after the refusal");
        let again = kit.s.accounts.reset_password(&link, "yet-another-lantern-password", &meta()).await;
        assert!(matches!(again, Err(AppError::InvalidLinkToken)), "a used link is refused: {again:?}");
    }
);

db_test!(
    async fn two_resets_racing_with_one_link_set_one_password(t: TestDb) {
        let kit = Kit::new(t).await;
        let ada = kit.customer("ada@example.com").await;
        let link = reset_link(&kit, &ada).await;
        // Both pass the check that reads the link before hashing; only one may use it up.
        let m = meta();
        let (first, second) = tokio::join!(
            kit.s.accounts.reset_password(&link, "first-racing-lantern-password", &m),
            kit.s.accounts.reset_password(&link, "second-racing-lantern-password", &m),
        );
        let won: Vec<&str> = [(&first, "first-racing-lantern-password"), (&second, "second-racing-lantern-password")]
            .into_iter()
            .filter(|(result, _)| result.is_ok())
            .map(|(_, password)| password)
            .collect();
        assert_eq!(won.len(), 1, "exactly one reset wins: {first:?} {second:?}");
        let loser = if first.is_ok() { &second } else { &first };
        assert!(matches!(loser, Err(AppError::InvalidLinkToken)), "{loser:?}");
        assert!(kit.s.accounts.login(credentials("ada@example.com", won[0]), &meta()).await.is_ok());
        let lost = if won[0].starts_with("first") {
            "second-racing-lantern-password"
        } else {
            "first-racing-lantern-password"
        };
        assert!(kit.s.accounts.login(credentials("ada@example.com", lost), &meta()).await.is_err());
    }
);
