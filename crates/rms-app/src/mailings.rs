//! Emails the account use cases send, as jobs: each runs after the transaction that asked for it
//! committed, and retries until the mail server takes it.

use std::sync::Arc;
use std::time::Duration;

use rms_core::Clock;
use rms_crypto::token;
use rms_i18n::{Arg, Locale};
use rms_store::Db;
use rms_store::accounts as store;

use crate::invitations::InviteKey;
use crate::mail::{Mailer, OutgoingEmail};
use crate::names::{Names, User};
use crate::{AppError, jobs};

/// How long a verification link works (single use).
pub const LINK_TTL: Duration = Duration::from_secs(30 * 60);

#[derive(Clone)]
pub struct Mailings {
    db: Db,
    clock: Arc<dyn Clock>,
    mailer: Arc<dyn Mailer>,
    /// Where links in emails point, without a trailing slash (`https://licenses.example.com`).
    base_url: String,
    /// Signs invitation links.
    invites: InviteKey,
    /// Opens the recipients' names.
    names: Names,
}

impl Mailings {
    pub fn new(
        db: Db,
        clock: Arc<dyn Clock>,
        mailer: Arc<dyn Mailer>,
        base_url: &str,
        invites: InviteKey,
        names: Names,
    ) -> Self {
        Self { db, clock, mailer, base_url: base_url.trim_end_matches('/').to_owned(), invites, names }
    }

    /// Sends a fresh single-use verification link, unless the address is verified already (the
    /// job may run again after a crash; a verified address needs no second email).
    pub async fn verify_address(&self, job: jobs::VerifyAddress) -> Result<(), AppError> {
        let Some(user) = self.names.by_id(job.user_id).await? else { return Ok(()) };
        if user.email_verified_at.is_some() {
            return Ok(());
        }
        self.send_link(&user, store::EmailTokenPurpose::VerifyEmail, "/verify-email", "email-verify").await
    }

    /// Sends a single-use password-reset link.
    pub async fn password_reset(&self, job: jobs::PasswordReset) -> Result<(), AppError> {
        let Some(user) = self.names.by_id(job.user_id).await? else { return Ok(()) };
        self.send_link(&user, store::EmailTokenPurpose::ResetPassword, "/reset-password", "email-reset").await
    }

    /// Stores a fresh single-use token for `purpose` and emails its link (`{base}{path}?token=…`)
    /// with the messages `{messages}-subject` and `{messages}-body`.
    async fn send_link(
        &self,
        user: &User,
        purpose: store::EmailTokenPurpose,
        path: &str,
        messages: &str,
    ) -> Result<(), AppError> {
        let link_token = token::generate("");
        let now = self.clock.now();
        store::insert_email_token(&self.db, &token::digest(&link_token), user.id, purpose, now, now.plus(LINK_TTL))
            .await?;
        let locale = Locale::parse(&user.locale).unwrap_or_else(Locale::english);
        let link = format!("{}{path}?token={link_token}", self.base_url);
        let minutes = (LINK_TTL.as_secs() / 60) as i64;
        let body = locale.t_args(
            &format!("{messages}-body"),
            &[("name", Arg::from(user.name.as_str())), ("link", Arg::from(link)), ("minutes", Arg::Number(minutes))],
        );
        self.send(user, locale.t(&format!("{messages}-subject")), body).await
    }

    /// Tells the owner of an address that someone tried to register it again. Registration
    /// answers the same either way; this email is how the real owner finds out.
    pub async fn registration_attempt(&self, job: jobs::RegistrationAttempt) -> Result<(), AppError> {
        let Some(user) = self.names.by_id(job.user_id).await? else { return Ok(()) };
        let locale = Locale::parse(&user.locale).unwrap_or_else(Locale::english);
        let body = locale.t_args(
            "email-registration-attempt-body",
            &[("name", Arg::from(user.name.as_str())), ("link", Arg::from(format!("{}/", self.base_url)))],
        );
        self.send(&user, locale.t("email-registration-attempt-subject"), body).await
    }

    /// Tells a license owner that two machines presented diverging heartbeat chains for one of
    /// their activations, and where to free it.
    pub async fn clone_suspected(&self, job: jobs::CloneSuspected) -> Result<(), AppError> {
        let Some(user) = self.names.by_id(job.user_id).await? else { return Ok(()) };
        let subject = rms_store::activations::subject_by_license(&self.db, job.license_id, job.activation_id).await?;
        let Some(mut subject) = subject else { return Ok(()) };
        let device = subject.take_activation().map(|a| a.name.unwrap_or(a.binding)).unwrap_or_default();
        let locale = Locale::parse(&user.locale).unwrap_or_else(Locale::english);
        let body = locale.t_args(
            "email-clone-suspected-body",
            &[
                ("name", Arg::from(user.name.as_str())),
                ("product", Arg::from(subject.product_slug.as_str())),
                ("device", Arg::from(device)),
                ("link", Arg::from(format!("{}/licenses", self.base_url))),
            ],
        );
        self.send(&user, locale.t("email-clone-suspected-subject"), body).await
    }

    /// Emails a buyer the receipt of a purchase: invoice number, total, where the licenses and
    /// the invoice PDF are.
    pub async fn receipt(&self, job: jobs::ReceiptMail) -> Result<(), AppError> {
        let Some(invoice) = rms_store::billing::invoice(&self.db, job.invoice_id).await? else { return Ok(()) };
        let Some(user) = self.names.by_id(invoice.user_id).await? else { return Ok(()) };
        let locale = Locale::parse(&invoice.locale).unwrap_or_else(Locale::english);
        let currency = rms_core::Currency::parse(&invoice.currency).map_err(|e| AppError::Internal(e.to_string()))?;
        let total = locale.format_money(rms_core::Money::new(invoice.total_minor, currency));
        let body = locale.t_args(
            "email-receipt-body",
            &[
                ("name", Arg::from(user.name.as_str())),
                ("number", Arg::from(invoice.number.as_str())),
                ("total", Arg::from(total)),
                ("licenses", Arg::from(format!("{}/licenses", self.base_url))),
                ("billing", Arg::from(format!("{}/wallet", self.base_url))),
            ],
        );
        let subject = locale.t_args("email-receipt-subject", &[("number", Arg::from(invoice.number.as_str()))]);
        self.send(&user, subject, body).await
    }

    /// Tells a payer their top-up arrived: what they paid, through which gateway, and what their
    /// wallet received.
    pub async fn top_up_receipt(&self, job: jobs::TopUpReceipt) -> Result<(), AppError> {
        let Some(p) = rms_store::billing::payment(&self.db, job.payment_id).await? else { return Ok(()) };
        let Some(user) = self.names.by_id(p.user_id).await? else { return Ok(()) };
        let Some(credited) = p.credited_minor else { return Ok(()) };
        let locale = Locale::parse(&user.locale).unwrap_or_else(Locale::english);
        let money = |minor: i64, code: &str| -> Result<String, AppError> {
            let currency = rms_core::Currency::parse(code).map_err(|e| AppError::Internal(e.to_string()))?;
            Ok(locale.format_money(rms_core::Money::new(minor, currency)))
        };
        let base = rms_store::ledger::account_currency(&self.db, &crate::wallet::wallet_name(p.user_id))
            .await?
            .unwrap_or_else(|| p.currency.clone());
        let credited = money(credited, &base)?;
        let body = locale.t_args(
            "email-top-up-receipt-body",
            &[
                ("name", Arg::from(user.name.as_str())),
                ("reference", Arg::from(p.gateway_ref.as_str())),
                ("paid", Arg::from(money(p.amount_minor, &p.currency)?)),
                ("gateway", Arg::from(p.gateway.as_str())),
                ("credited", Arg::from(credited.clone())),
                ("billing", Arg::from(format!("{}/wallet", self.base_url))),
            ],
        );
        let subject = locale.t_args("email-top-up-receipt-subject", &[("credited", Arg::from(credited))]);
        self.send(&user, subject, body).await
    }

    /// Tells a payer who chose a bank transfer what to send where: the amount, the reference to
    /// quote, and the bank details of the payment's currency (or that they are not set up yet).
    pub async fn transfer_instructions(&self, job: jobs::TransferInstructions) -> Result<(), AppError> {
        let Some(p) = rms_store::billing::payment(&self.db, job.payment_id).await? else { return Ok(()) };
        let Some(user) = self.names.by_id(p.user_id).await? else { return Ok(()) };
        let locale = Locale::parse(&user.locale).unwrap_or_else(Locale::english);
        let currency = rms_core::Currency::parse(&p.currency).map_err(|e| AppError::Internal(e.to_string()))?;
        let amount = locale.format_money(rms_core::Money::new(p.amount_minor, currency));
        let options: crate::payments::GatewayOptions = rms_store::billing::gateway_setting(&self.db, &p.gateway)
            .await?
            .and_then(|row| serde_json::from_str(&row.options).ok())
            .unwrap_or_default();
        let details = match options.bank_details.get(&p.currency) {
            Some(b) => {
                let lines = [
                    ("email-transfer-account-holder", &b.account_holder),
                    ("email-transfer-account-number", &b.account_number),
                    ("email-transfer-swift-bic", &b.swift_bic),
                    ("email-transfer-bank-name", &b.bank_name),
                    ("email-transfer-bank-address", &b.bank_address),
                ];
                let mut text: Vec<String> = lines
                    .iter()
                    .filter(|(_, value)| !value.is_empty())
                    .map(|(label, value)| format!("{}: {value}", locale.t(label)))
                    .collect();
                if !b.instructions.is_empty() {
                    text.push(String::new());
                    text.push(b.instructions.clone());
                }
                text.join("\n")
            }
            None => locale.t("email-transfer-no-details"),
        };
        let body = locale.t_args(
            "email-transfer-instructions-body",
            &[
                ("name", Arg::from(user.name.as_str())),
                ("amount", Arg::from(amount.clone())),
                ("reference", Arg::from(p.gateway_ref.as_str())),
                ("details", Arg::from(details)),
                ("page", Arg::from(format!("{}/pay/transfer/{}", self.base_url, p.id))),
            ],
        );
        let subject = locale.t_args("email-transfer-instructions-subject", &[("amount", Arg::from(amount))]);
        self.send(&user, subject, body).await
    }

    /// Invites the address a sub-license was handed to: who gave it, how many seats of what, and
    /// that signing in (or up) with this address makes it theirs. Sent whether or not an account
    /// has the address; the wording fits both. Nothing is sent once it was taken.
    pub async fn sub_license_invite(&self, job: jobs::SubLicenseInvite) -> Result<(), AppError> {
        let Some(license) = rms_store::catalog::license(&self.db, job.license_id).await? else { return Ok(()) };
        let Some(to) = license.invited_email.clone() else { return Ok(()) };
        let Some(inviter) = self.names.by_id(license.owner_id).await? else { return Ok(()) };
        let product = rms_store::catalog::product(&self.db, license.product_id).await?;
        let locale = Locale::parse(&inviter.locale).unwrap_or_else(Locale::english);
        let body = locale.t_args(
            "email-sub-license-invite-body",
            &[
                ("inviter", Arg::from(inviter.name.as_str())),
                ("seats", Arg::Number(license.seats)),
                (
                    "product",
                    Arg::from(product.map_or_else(String::new, |p| {
                        crate::catalog::name_in(&p.translations.0, locale.tag(), &p.name).to_owned()
                    })),
                ),
                ("link", Arg::from(format!("{}/licenses", self.base_url))),
            ],
        );
        let subject =
            locale.t_args("email-sub-license-invite-subject", &[("inviter", Arg::from(inviter.name.as_str()))]);
        self.send_to(to, None, subject, body).await
    }

    /// Invites the address an admin issued a license to: who issued what, and the sign-up link
    /// that proves the address (in the issuing admin's language). Nothing once it was taken.
    pub async fn license_invite(&self, job: jobs::LicenseInvite) -> Result<(), AppError> {
        let Some(license) = rms_store::catalog::license(&self.db, job.license_id).await? else { return Ok(()) };
        let Some(to) = license.invited_email.clone() else { return Ok(()) };
        let Some(admin) = self.names.by_id(license.owner_id).await? else { return Ok(()) };
        let product = rms_store::catalog::product(&self.db, license.product_id).await?;
        let plan = rms_store::catalog::plan(&self.db, license.plan_id).await?;
        let store_name = crate::brand::Brand::from_pairs(&rms_store::billing::settings(&self.db).await?).display_name;
        let locale = Locale::parse(&admin.locale).unwrap_or_else(Locale::english);
        let token = self.invites.token(license.id, &to);
        let link = format!("{}/sign-up?invite={token}&email={}", self.base_url, url_encode(&to));
        let body = locale.t_args(
            "email-license-invite-body",
            &[
                ("store", Arg::from(store_name.as_str())),
                (
                    "product",
                    Arg::from(product.map_or_else(String::new, |p| {
                        crate::catalog::name_in(&p.translations.0, locale.tag(), &p.name).to_owned()
                    })),
                ),
                (
                    "plan",
                    Arg::from(plan.map_or_else(String::new, |p| {
                        crate::catalog::name_in(&p.translations.0, locale.tag(), &p.name).to_owned()
                    })),
                ),
                ("link", Arg::from(link)),
            ],
        );
        let subject = locale.t_args("email-license-invite-subject", &[("store", Arg::from(store_name.as_str()))]);
        self.send_to(to, None, subject, body).await
    }

    async fn send(&self, user: &User, subject: String, body: String) -> Result<(), AppError> {
        self.send_to(user.email.clone(), Some(user.name.clone()), subject, body).await
    }

    async fn send_to(
        &self,
        to: String,
        to_name: Option<String>,
        subject: String,
        body: String,
    ) -> Result<(), AppError> {
        // Sent under the store's name, and signed with it.
        let brand = crate::brand::Brand::from_pairs(&rms_store::billing::settings(&self.db).await?);
        let body = match brand.sender_name() {
            Some(store) => format!("{body}\n\n-- \n{store}"),
            None => body,
        };
        let email = OutgoingEmail {
            to,
            to_name,
            from_name: brand.sender_name().map(str::to_owned),
            // Fluent isolates arguments with invisible marks; plain-text mail clients may show them.
            subject: rms_i18n::without_isolation(&subject),
            body: rms_i18n::without_isolation(&body),
        };
        self.mailer.send(email).await.map_err(|e| AppError::Internal(e.to_string()))
    }
}

/// `text` as a URL query value.
fn url_encode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}
