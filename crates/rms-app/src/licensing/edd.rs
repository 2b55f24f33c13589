//! The Easy Digital Downloads Software Licensing protocol (docs/spec/licensing.md §6), so an existing
//! WordPress plugin or theme works by pointing its updater at this server: `activate_license`,
//! `deactivate_license` and `check_license`, answered with EDD's field names and codes. It runs on
//! the same rules as the native API (seats, staging domains, the reassignment budget).

use rms_core::Timestamp;
use rms_core::product::ProductKind;
use rms_store::activations::{self as store, Subject};
use rms_store::catalog;

use uuid::Uuid;

use super::{Code, DeviceInfo, Ender, Licensing, key_digest};
use crate::{AppError, RequestMeta};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EddAction {
    Activate,
    Deactivate,
    Check,
}

impl EddAction {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "activate_license" => Some(EddAction::Activate),
            "deactivate_license" => Some(EddAction::Deactivate),
            "check_license" => Some(EddAction::Check),
            _ => None,
        }
    }
}

/// An EDD request as WordPress sends it (query string or form body).
#[derive(Clone, Debug, Default)]
pub struct EddRequest<'a> {
    pub license: Option<&'a str>,
    pub item_id: Option<&'a str>,
    pub item_name: Option<&'a str>,
    pub url: Option<&'a str>,
}

/// EDD's answer, field for field.
#[derive(Clone, Debug, Default)]
pub struct EddAnswer {
    pub success: bool,
    /// `valid`, `invalid`, `inactive`, `site_inactive`, `expired`, `disabled`, `deactivated`,
    /// `failed`, …
    pub license: &'static str,
    pub item_id: Option<String>,
    pub item_name: Option<String>,
    /// `YYYY-MM-DD HH:MM:SS` (UTC) or `lifetime`.
    pub expires: Option<String>,
    pub payment_id: Option<String>,
    pub customer_name: Option<String>,
    pub customer_email: Option<String>,
    pub license_limit: Option<i64>,
    pub site_count: Option<i64>,
    pub activations_left: Option<i64>,
    pub price_id: Option<String>,
    /// On failure: `missing`, `missing_url`, `license_not_activable`, `disabled`, `revoked`,
    /// `no_activations_left`, `expired`, `key_mismatch`, `invalid_item_id`, `item_name_mismatch`.
    pub error: Option<&'static str>,
}

fn refused(license: &'static str, error: &'static str) -> EddAnswer {
    EddAnswer { success: false, license, error: Some(error), ..EddAnswer::default() }
}

pub(crate) fn edd_time(at: Timestamp) -> String {
    let t = at.to_utc();
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

impl Licensing {
    /// Answers one EDD action. Unknown keys, products and mismatches are answers, not errors:
    /// WordPress plugins read `success` and `error`.
    pub async fn edd(
        &self,
        action: EddAction,
        req: &EddRequest<'_>,
        meta: &RequestMeta,
    ) -> Result<EddAnswer, AppError> {
        let Some(key) = req.license.map(str::trim).filter(|k| !k.is_empty()) else {
            return Ok(refused("invalid", "missing"));
        };
        let Ok(digest) = key_digest(key) else { return Ok(refused("invalid", "missing")) };
        let product = match self.edd_item(req).await? {
            Ok(product) => product,
            Err(error) => return Ok(refused("invalid", error)),
        };
        let domain = req.url.map(str::trim).filter(|u| !u.is_empty());
        let binding = domain.and_then(|d| rms_license::domain::Domain::parse(d).ok());
        let Some(mut s) = store::subject_by_key(&self.db, &digest, binding.as_ref().map(|d| d.as_str())).await? else {
            return Ok(refused("invalid", "missing"));
        };
        let activation = s.take_activation();
        let mut answer = self.edd_facts(&s).await?;
        if product.is_some_and(|p| p != s.product_id) {
            return Ok(EddAnswer { license: "invalid", error: Some("key_mismatch"), ..answer });
        }
        // A name is only compared when no id was given (products get renamed; ids stay).
        if req.item_id.is_none()
            && let Some(name) = req.item_name.map(str::trim).filter(|n| !n.is_empty())
            && answer.item_name.as_deref().is_some_and(|ours| !ours.eq_ignore_ascii_case(name))
            && s.product_slug != name
        {
            return Ok(EddAnswer { license: "invalid", error: Some("item_name_mismatch"), ..answer });
        }
        let now = self.clock.now();
        let state_error = match Self::license_code(&s, now) {
            Some(Code::Revoked) => Some(("disabled", "revoked")),
            Some(Code::Suspended) => Some(("disabled", "disabled")),
            Some(_) => Some(("expired", "expired")),
            None => None,
        };
        match action {
            EddAction::Check => {
                answer.license = match state_error {
                    Some((status, _)) => status,
                    None if activation.is_some() => "valid",
                    None if binding.as_ref().is_some_and(|d| super::runs_free(&s, d)) => "valid",
                    None if store::live_count(&self.db, s.license_id).await? == 0 => "inactive",
                    None => "site_inactive",
                };
                answer.success = answer.license == "valid";
                Ok(answer)
            }
            EddAction::Activate => {
                if let Some((status, error)) = state_error {
                    return Ok(EddAnswer { license: status, error: Some(error), ..answer });
                }
                if s.product_kind != ProductKind::Site {
                    return Ok(EddAnswer { license: "invalid", error: Some("license_not_activable"), ..answer });
                }
                let Some(url) = domain.filter(|_| binding.is_some()) else {
                    return Ok(EddAnswer { license: "invalid", error: Some("missing_url"), ..answer });
                };
                let device = DeviceInfo { name: None, platform: Some("wordpress"), components: &[] };
                let product = s.product_id.to_string();
                let result = self.activate(key, &product, None, Some(url), device, meta).await?;
                let verdict = result.verdict;
                if let Some(l) = &verdict.license {
                    answer.site_count = Some(l.seats_used);
                    answer.activations_left = Some((l.seats - l.seats_used).max(0));
                }
                match verdict.code {
                    Code::Valid => Ok(EddAnswer { success: true, license: "valid", ..answer }),
                    Code::ActivationLimit => {
                        Ok(EddAnswer { license: "invalid", error: Some("no_activations_left"), ..answer })
                    }
                    _ => Ok(EddAnswer { license: "invalid", error: Some("missing"), ..answer }),
                }
            }
            EddAction::Deactivate => {
                if let Some((status, error)) = state_error {
                    return Ok(EddAnswer { license: status, error: Some(error), ..answer });
                }
                let Some(a) = activation else { return Ok(EddAnswer { license: "failed", ..answer }) };
                let verdict = self.end(&s, &a, Ender::Product, meta, self.clock.now()).await?;
                if verdict.code != Code::Valid {
                    return Ok(EddAnswer { license: "failed", ..answer });
                }
                if a.counts_seat == 1 {
                    answer.site_count = answer.site_count.map(|c| c - 1);
                    answer.activations_left = answer.activations_left.map(|l| l + 1);
                }
                Ok(EddAnswer { success: true, license: "deactivated", ..answer })
            }
        }
    }

    /// The item a plugin says it is: by id (our product id or slug), else by name; `Ok(None)`
    /// when it names none, `Err` with EDD's error code when it names one we do not have.
    pub async fn edd_item(&self, req: &EddRequest<'_>) -> Result<Result<Option<Uuid>, &'static str>, AppError> {
        Ok(match (req.item_id.map(str::trim).filter(|i| !i.is_empty()), req.item_name.map(str::trim)) {
            (Some(id), _) => match self.signers.find(id).await? {
                Some(p) => Ok(Some(p.product_id)),
                None => Err("invalid_item_id"),
            },
            (None, Some(name)) if !name.is_empty() => {
                let all = catalog::products(&self.db).await?;
                match all.iter().find(|p| p.name.eq_ignore_ascii_case(name) || p.slug == name) {
                    Some(p) => Ok(Some(p.id)),
                    None => Err("item_name_mismatch"),
                }
            }
            _ => Ok(None),
        })
    }

    /// The facts EDD puts in every answer about a license.
    async fn edd_facts(&self, s: &Subject) -> Result<EddAnswer, AppError> {
        let owner = self.names.by_id(s.owner_id).await?;
        let product = catalog::product(&self.db, s.product_id).await?;
        Ok(EddAnswer {
            success: false,
            license: "invalid",
            item_id: Some(s.product_id.to_string()),
            item_name: product.map(|p| p.name),
            expires: Some(s.expires_at.map_or_else(|| "lifetime".to_owned(), edd_time)),
            payment_id: None,
            customer_name: owner.as_ref().map(|o| o.name.clone()),
            customer_email: owner.map(|o| o.row.email),
            license_limit: Some(s.seats),
            site_count: Some(s.seats_used),
            activations_left: Some((s.seats - s.seats_used).max(0)),
            price_id: Some(s.plan_id.to_string()),
            error: None,
        })
    }
}
