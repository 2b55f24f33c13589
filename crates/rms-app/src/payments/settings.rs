//! Gateway settings as admins edit them: enabled, currencies, the API base URL (live by default;
//! the sandbox, a proxy or a test double when set), credentials sealed under the master key and
//! never shown again (only whether each is set), and the options that decide partial payments
//! and bank details for transfers.

use std::collections::BTreeMap;
use std::sync::Arc;

use rms_core::account::InvalidInput;
use rms_core::{Currency, Timestamp};
use rms_payments::{Flow, GatewayId, PaymentGateway};
use rms_store::billing::{self, GatewaySettingsRow};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::Payments;
use crate::accounts::{Principal, admin_only};
use crate::{AppError, RequestMeta};

/// What a partial payment (less than ordered arrived, and no more will) does.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartialPolicy {
    /// An admin decides (the default: gateways advise against crediting automatically).
    #[default]
    Review,
    /// Credit what arrived, converted to the base currency in proportion.
    Credit,
}

impl PartialPolicy {
    pub fn as_str(self) -> &'static str {
        match self {
            PartialPolicy::Review => "review",
            PartialPolicy::Credit => "credit",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        [PartialPolicy::Review, PartialPolicy::Credit].into_iter().find(|p| p.as_str() == word)
    }
}

/// Where a customer sends a bank transfer in one currency.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BankDetails {
    pub account_holder: String,
    /// IBAN or account number.
    pub account_number: String,
    #[serde(default)]
    pub swift_bic: String,
    #[serde(default)]
    pub bank_name: String,
    #[serde(default)]
    pub bank_address: String,
    #[serde(default)]
    pub instructions: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GatewayOptions {
    #[serde(default)]
    pub partial: PartialPolicy,
    /// Bank details by currency code (manual gateway).
    #[serde(default)]
    pub bank_details: BTreeMap<String, BankDetails>,
}

/// A gateway's settings as an admin sees them: credentials only as set / not set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GatewayView {
    pub gateway: GatewayId,
    pub enabled: bool,
    pub currencies: Vec<String>,
    /// The API in use, and whether it is the gateway's live one.
    pub api_base_url: Option<String>,
    pub credentials: BTreeMap<&'static str, bool>,
    pub options: GatewayOptions,
    /// What to paste into the gateway's dashboard (hosted gateways).
    pub webhook_url: Option<String>,
    pub updated_at: Option<Timestamp>,
}

/// An admin's change to a gateway: absent fields keep their value; a credential set to `""` is
/// removed.
#[derive(Clone, Debug, Default)]
pub struct GatewayUpdate {
    pub enabled: Option<bool>,
    pub currencies: Option<Vec<String>>,
    /// `Some("")` returns to the live API.
    pub api_base_url: Option<String>,
    pub credentials: BTreeMap<String, String>,
    pub partial: Option<PartialPolicy>,
    /// Replaces every currency's bank details.
    pub bank_details: Option<BTreeMap<String, BankDetails>>,
    /// Sets (`Some`) or removes (`None`) one currency's bank details.
    pub bank_detail: Option<(String, Option<BankDetails>)>,
}

/// A gateway's settings in effect, with its client when it is hosted and configured.
pub(super) struct Config {
    pub gateway: GatewayId,
    /// `None`: never saved.
    pub row: Option<GatewaySettingsRow>,
    pub options: GatewayOptions,
    pub currencies: Vec<String>,
    pub client: Option<Arc<dyn PaymentGateway>>,
}

impl Config {
    /// Whether payers may choose it: the sandbox where the deployment allows it; bank transfers
    /// unless an admin turned them off; hosted gateways once an admin enabled them.
    pub fn enabled(&self, sandbox_allowed: bool) -> bool {
        match self.gateway.flow() {
            Flow::LocalPage => sandbox_allowed,
            Flow::BankTransfer => self.row.as_ref().is_none_or(|r| r.enabled),
            Flow::Hosted => self.row.as_ref().is_some_and(|r| r.enabled) && self.client.is_some(),
        }
    }

    /// Whether it takes payments in `currency` (the base currency always).
    pub fn takes(&self, currency: Currency, base: Currency) -> bool {
        currency == base || self.currencies.iter().any(|c| c == currency.as_str())
    }
}

/// What a gateway's sealed credentials are bound to (its row).
pub(crate) fn credentials_aad(gateway: &str) -> Vec<u8> {
    format!("gateway_settings.credentials:{gateway}").into_bytes()
}

impl Payments {
    fn open_credentials(
        &self,
        row: &GatewaySettingsRow,
        gateway: GatewayId,
    ) -> Result<BTreeMap<String, String>, AppError> {
        let Some(sealed) = &row.credentials else { return Ok(BTreeMap::new()) };
        let plain = self
            .ring
            .open(sealed, &credentials_aad(gateway.as_str()))
            .map_err(|e| AppError::Internal(format!("{gateway} credentials: {e}")))?;
        serde_json::from_slice(&plain).map_err(|e| AppError::Internal(format!("{gateway} credentials: {e}")))
    }

    /// The settings of `gateway` in effect, with a client built from them (cached until they
    /// change, so PayPal's token outlives one request).
    pub(super) async fn config(&self, gateway: GatewayId) -> Result<Config, AppError> {
        let row = billing::gateway_setting(&self.db, gateway.as_str()).await?;
        let options: GatewayOptions =
            row.as_ref().and_then(|r| serde_json::from_str(&r.options).ok()).unwrap_or_default();
        let currencies: Vec<String> =
            row.as_ref().and_then(|r| serde_json::from_str(&r.currencies).ok()).unwrap_or_default();
        let client = match (&row, gateway.spec().live_api()) {
            // Credentials that cannot be opened (sealed under a key this node lacks) leave the
            // gateway unusable, not the pages that list it; saving new ones repairs it.
            (Some(r), Some(live)) if r.credentials.is_some() => match self.client(gateway, r, live) {
                Ok(client) => Some(client),
                Err(e) => {
                    tracing::error!(gateway = gateway.as_str(), error = %e, "gateway settings unusable");
                    None
                }
            },
            _ => None,
        };
        Ok(Config { gateway, row, options, currencies, client })
    }

    fn client(
        &self,
        gateway: GatewayId,
        row: &GatewaySettingsRow,
        live: &str,
    ) -> Result<Arc<dyn PaymentGateway>, AppError> {
        let mut cache = self.clients.lock().map_err(|_| AppError::Internal("gateway client cache".into()))?;
        if let Some((at, client)) = cache.get(gateway.as_str())
            && *at == row.updated_at
        {
            return Ok(client.clone());
        }
        let base = row.api_base_url.as_deref().unwrap_or(live);
        let settings = rms_payments::Settings {
            api_base_url: url::Url::parse(base).map_err(|e| AppError::Internal(format!("{gateway} API URL: {e}")))?,
            credentials: self.open_credentials(row, gateway)?,
        };
        let built: Arc<dyn PaymentGateway> =
            gateway.spec().build(&settings).ok_or_else(|| AppError::Internal(format!("{gateway} has no API")))?.into();
        cache.insert(gateway.as_str(), (row.updated_at, built.clone()));
        Ok(built)
    }

    fn view(&self, config: Config) -> Result<GatewayView, AppError> {
        let spec = config.gateway.spec();
        let stored = match &config.row {
            Some(row) => self.open_credentials(row, config.gateway).unwrap_or_default(),
            None => BTreeMap::new(),
        };
        let credentials =
            spec.credentials.iter().map(|name| (*name, stored.get(*name).is_some_and(|v| !v.is_empty()))).collect();
        let api_base_url =
            config.row.as_ref().and_then(|r| r.api_base_url.clone()).or(spec.live_api().map(str::to_owned));
        Ok(GatewayView {
            gateway: config.gateway,
            enabled: config.enabled(self.sandbox_enabled),
            currencies: config.currencies,
            api_base_url,
            credentials,
            options: config.options,
            webhook_url: (config.gateway.flow() == Flow::Hosted).then(|| self.links.webhook_url(config.gateway)),
            updated_at: config.row.map(|r| r.updated_at),
        })
    }

    /// Every gateway's settings (admins).
    pub async fn gateways(&self, who: &Principal) -> Result<Vec<GatewayView>, AppError> {
        admin_only(who)?;
        let mut out = Vec::new();
        for gateway in GatewayId::all() {
            out.push(self.view(self.config(gateway).await?)?);
        }
        Ok(out)
    }

    /// Changes a gateway's settings (admins). Credentials are sealed and never shown again.
    /// Audited, without the credentials' values.
    pub async fn update_gateway(
        &self,
        who: &Principal,
        gateway: &str,
        update: GatewayUpdate,
        meta: &RequestMeta,
    ) -> Result<GatewayView, AppError> {
        admin_only(who)?;
        let gateway = GatewayId::parse(gateway).ok_or(AppError::NotFound)?;
        let spec = gateway.spec();
        if gateway.flow() == Flow::LocalPage {
            // The sandbox follows the deployment (never in production), not a setting.
            return Err(AppError::WrongState { state: "built_in" });
        }
        let current = self.config(gateway).await?;
        // Credentials that cannot be opened any more are replaced by what the admin enters now.
        let mut credentials = match &current.row {
            Some(row) => self.open_credentials(row, gateway).unwrap_or_default(),
            None => BTreeMap::new(),
        };
        for (name, value) in &update.credentials {
            if !spec.credentials.contains(&name.as_str()) {
                return Err(AppError::Invalid { field: "credentials", reason: InvalidInput::Range });
            }
            let value = value.trim();
            if value.len() > 4096 || value.chars().any(char::is_control) {
                return Err(AppError::Invalid { field: "credentials", reason: InvalidInput::Range });
            }
            if value.is_empty() {
                credentials.remove(name);
            } else {
                credentials.insert(name.clone(), value.to_owned());
            }
        }
        let currencies = match update.currencies {
            Some(list) => parse_currencies(&list)?,
            None => current.currencies.clone(),
        };
        let api_base_url = match update.api_base_url.as_deref().map(str::trim) {
            None => current.row.as_ref().and_then(|r| r.api_base_url.clone()),
            Some("") => None,
            Some(raw) => Some(parse_api_url(raw)?),
        };
        let mut options = current.options;
        options.partial = update.partial.unwrap_or(options.partial);
        if let Some(all) = update.bank_details {
            options.bank_details = all;
        }
        if let Some((code, details)) = update.bank_detail {
            let code = code.trim().to_ascii_uppercase();
            match details {
                Some(details) => options.bank_details.insert(code, details),
                None => options.bank_details.remove(&code),
            };
        }
        for (code, bank) in &options.bank_details {
            Currency::parse(code)
                .map_err(|_| AppError::Invalid { field: "bank_details", reason: InvalidInput::Range })?;
            let fields =
                [&bank.account_holder, &bank.account_number, &bank.swift_bic, &bank.bank_name, &bank.bank_address];
            if bank.account_holder.trim().is_empty()
                || bank.account_number.trim().is_empty()
                || fields.iter().any(|f| f.chars().count() > 200)
                || bank.instructions.chars().count() > 2000
            {
                return Err(AppError::Invalid { field: "bank_details", reason: InvalidInput::Range });
            }
        }
        let enabled = update.enabled.unwrap_or(current.row.as_ref().map_or(gateway.awaits_admin(), |r| r.enabled));
        if enabled && gateway.flow() == Flow::Hosted && spec.credentials.iter().any(|c| !credentials.contains_key(*c)) {
            // A gateway without its credentials cannot take a payment or check a webhook.
            return Err(AppError::Invalid { field: "credentials", reason: InvalidInput::Range });
        }
        let now = self.clock.now();
        let sealed = if credentials.is_empty() {
            None
        } else {
            let plain = serde_json::to_vec(&credentials).map_err(|e| AppError::Internal(e.to_string()))?;
            Some(self.ring.seal(&plain, &credentials_aad(gateway.as_str())))
        };
        let row = GatewaySettingsRow {
            gateway: gateway.as_str().to_owned(),
            enabled,
            currencies: serde_json::to_string(&currencies).map_err(|e| AppError::Internal(e.to_string()))?,
            api_base_url,
            credentials: sealed,
            options: serde_json::to_string(&options).map_err(|e| AppError::Internal(e.to_string()))?,
            updated_at: now,
            updated_by: Some(who.user_id),
        };
        let mut tx = self.db.begin().await?;
        billing::put_gateway_setting(&mut tx, &row).await?;
        let changed: Vec<&String> = update.credentials.keys().collect();
        let details = json!({ "enabled": enabled, "currencies": currencies, "api_base_url": row.api_base_url,
            "credentials_changed": changed });
        let entry = meta.audit(Some(who.user_id), "admin.gateway.updated", ("gateway", gateway.to_string()), details);
        rms_store::accounts::audit(&mut tx, &entry, now).await?;
        tx.commit().await?;
        self.view(self.config(gateway).await?)
    }

    /// Calls the gateway with its saved credentials (admins): `Ok` when they work.
    pub async fn test_gateway(&self, who: &Principal, gateway: &str) -> Result<(), AppError> {
        admin_only(who)?;
        let gateway = GatewayId::parse(gateway).ok_or(AppError::NotFound)?;
        let client = self.config(gateway).await?.client.ok_or(AppError::GatewayDisabled)?;
        client.test_connection().await.map_err(|e| {
            tracing::info!(gateway = gateway.as_str(), error = %e, "gateway connection test failed");
            AppError::GatewayUnavailable
        })
    }

    /// The bank details a transfer in `currency` goes to (manual gateway).
    pub async fn bank_details(&self, currency: &str) -> Result<Option<BankDetails>, AppError> {
        let Some(manual) = GatewayId::all().find(|g| g.awaits_admin()) else { return Ok(None) };
        Ok(self.config(manual).await?.options.bank_details.get(currency).cloned())
    }
}

fn parse_currencies(list: &[String]) -> Result<Vec<String>, AppError> {
    let mut out: Vec<String> = Vec::new();
    for c in list {
        let code = Currency::parse(&c.trim().to_ascii_uppercase())
            .map_err(|_| AppError::Invalid { field: "currencies", reason: InvalidInput::Range })?;
        if !out.iter().any(|o| o == code.as_str()) {
            out.push(code.as_str().to_owned());
        }
    }
    Ok(out)
}

/// An API base URL an admin may point a gateway at: http(s) without credentials or fragment.
fn parse_api_url(raw: &str) -> Result<String, AppError> {
    let bad = || AppError::Invalid { field: "api_base_url", reason: InvalidInput::Range };
    let url = url::Url::parse(raw).map_err(|_| bad())?;
    let ok = matches!(url.scheme(), "https" | "http")
        && url.host_str().is_some()
        && url.username().is_empty()
        && url.password().is_none()
        && url.fragment().is_none()
        && raw.len() <= 500;
    if !ok {
        return Err(bad());
    }
    Ok(raw.trim_end_matches('/').to_owned())
}
