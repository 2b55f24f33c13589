//! The catalog edited after the fact (issue 16): a product's name, description, features and
//! retirement; everything about a plan. Issued licenses are never rewritten: they keep their key,
//! seats and term, and read the plan's policy (grace periods, heartbeats) as it is now.

use rms_core::account::{DisplayName, InvalidInput};
use rms_core::product::{CatalogText, CatalogTexts};
use rms_store::catalog::{self as store, ProductEdit};
use serde_json::json;
use uuid::Uuid;

use super::{Catalog, Plan, PlanSpec, Product, admin_only, plan_row};
use crate::accounts::Principal;
use crate::{AppError, RequestMeta};

/// The longest product description (Markdown).
const DESCRIPTION_MAX: usize = 20_000;

/// The most characters a product's or a plan's translations hold together: the admin form sends
/// all of them with every save, and must stay well under the request size limit (a character of
/// Arabic or Chinese takes up to 9 bytes in a form).
const TRANSLATIONS_MAX: usize = 60_000;

/// The largest product picture (the server's default request body limit).
const IMAGE_MAX: usize = 1024 * 1024;

/// The picture formats a product page shows: raster images only (an SVG could carry script).
fn image_format(bytes: &[u8]) -> Option<(&'static str, &'static str)> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(("png", "image/png"))
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(("jpg", "image/jpeg"))
    } else if bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some(("webp", "image/webp"))
    } else {
        None
    }
}

/// A product's picture: its bytes and content type.
pub struct ProductImage {
    pub bytes: Vec<u8>,
    pub content_type: &'static str,
}

/// A features list as typed: lines trimmed, empty ones dropped, at most 20 of 1–120 printable
/// characters each.
pub(crate) fn features(lines: &[String]) -> Result<Vec<String>, AppError> {
    let bad = || AppError::Invalid { field: "features", reason: InvalidInput::Range };
    let kept: Vec<String> = lines.iter().map(|l| l.trim().to_owned()).filter(|l| !l.is_empty()).collect();
    if kept.len() > 20 || kept.iter().any(|l| l.chars().count() > 120 || l.chars().any(char::is_control)) {
        return Err(bad());
    }
    Ok(kept)
}

/// Words in other languages as an admin gives them, checked by the rules of the main ones: each
/// tag one of the store's 45 (`ar`, `pt-BR`, exactly as spelled there), a name of 1–100 printable
/// characters or empty, a description (products only) of at most 20,000 characters, features as
/// [`features`] has them, and [`TRANSLATIONS_MAX`] characters in all. Languages given nothing are
/// dropped.
pub(crate) fn catalog_texts(texts: CatalogTexts, with_description: bool) -> Result<CatalogTexts, AppError> {
    let bad = || AppError::Invalid { field: "translations", reason: InvalidInput::Range };
    let total: usize = texts
        .values()
        .map(|t| {
            t.name.chars().count()
                + t.description.chars().count()
                + t.features.iter().map(|f| f.chars().count()).sum::<usize>()
        })
        .sum();
    if total > TRANSLATIONS_MAX {
        return Err(bad());
    }
    let mut kept = CatalogTexts::new();
    for (tag, text) in texts {
        if rms_i18n::Locale::parse(&tag).is_none_or(|l| l.tag() != tag) {
            return Err(bad());
        }
        let name = text.name.trim();
        if !name.is_empty() {
            DisplayName::parse(name).map_err(|_| bad())?;
        }
        let description = text.description.replace('\r', "");
        if (!with_description && !description.trim().is_empty()) || description.chars().count() > DESCRIPTION_MAX {
            return Err(bad());
        }
        let features = features(&text.features).map_err(|_| bad())?;
        let text = CatalogText { name: name.to_owned(), description, features };
        if !text.is_empty() {
            kept.insert(tag, text);
        }
    }
    Ok(kept)
}

/// What an admin changes about a product; `None` keeps a field.
#[derive(Clone, Debug, Default)]
pub struct ProductPatch {
    pub name: Option<String>,
    pub description: Option<String>,
    pub features: Option<Vec<String>>,
    /// `true` retires the product (no longer sold), `false` sells it again.
    pub archived: Option<bool>,
    /// The name, description and features in other languages: replaces them all.
    pub translations: Option<CatalogTexts>,
}

/// What an admin changes about a plan; `None` keeps a field, `Some(None)` clears an optional one
/// (a perpetual term, unlimited moves, exact fingerprints, updates forever).
#[derive(Clone, Debug, Default)]
pub struct PlanPatch {
    pub name: Option<String>,
    pub max_activations: Option<i64>,
    pub duration_days: Option<Option<i64>>,
    pub heartbeat_interval_secs: Option<i64>,
    pub max_reassignments: Option<Option<i64>>,
    pub heartbeat_grace_secs: Option<i64>,
    pub offline_grace_secs: Option<i64>,
    pub reassign_window_days: Option<i64>,
    pub reassign_cooldown_secs: Option<i64>,
    /// Only added to: a license's key carries its entitlements as bits in this order.
    pub entitlements: Option<Vec<String>>,
    pub trial: Option<bool>,
    pub staging_domains_free: Option<bool>,
    pub fingerprint_match: Option<String>,
    pub fingerprint_k: Option<Option<i64>>,
    pub maintenance_days: Option<Option<i64>>,
    pub features: Option<Vec<String>>,
    pub renewal_discount_bp: Option<u32>,
    /// The name and features in other languages: replaces them all.
    pub translations: Option<CatalogTexts>,
}

impl Catalog {
    /// Changes a product (admins): name, description (Markdown), features, retirement. A retired
    /// product is no longer sold nor listed; its licenses keep working and validating. Audited
    /// with what changed.
    pub async fn edit_product(
        &self,
        who: &Principal,
        id: Uuid,
        patch: ProductPatch,
        meta: &RequestMeta,
    ) -> Result<Product, AppError> {
        admin_only(who)?;
        let name = patch.name.as_deref().map(DisplayName::parse).transpose().map_err(AppError::invalid("name"))?;
        let description = patch.description.map(|d| d.replace('\r', ""));
        if description.as_ref().is_some_and(|d| d.chars().count() > DESCRIPTION_MAX) {
            return Err(AppError::Invalid { field: "description", reason: InvalidInput::Range });
        }
        let features = patch.features.as_deref().map(features).transpose()?;
        let translations = patch.translations.map(|t| catalog_texts(t, true)).transpose()?;
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        let before = store::product_tx(&mut tx, id).await?.ok_or(AppError::NotFound)?;
        let edit = ProductEdit {
            name: name.map_or_else(|| before.name.clone(), |n| n.as_str().to_owned()),
            description: description.unwrap_or_else(|| before.description.clone()),
            features: features.unwrap_or_else(|| before.features.0.clone()),
            archived_at: match patch.archived {
                Some(true) => before.archived_at.or(Some(now)),
                Some(false) => None,
                None => before.archived_at,
            },
        };
        store::update_product(&mut tx, id, &edit, now).await?;
        if let Some(texts) = &translations {
            store::set_product_texts(&mut tx, id, texts, now).await?;
        }
        let action = match (before.archived_at.is_some(), edit.archived_at.is_some()) {
            (false, true) => "admin.product.archived",
            (true, false) => "admin.product.restored",
            _ => "admin.product.changed",
        };
        let details = json!({
            "before": { "name": before.name, "features": before.features.0, "archived": before.archived_at.is_some(),
                        "description_chars": before.description.chars().count() },
            "after": { "name": edit.name, "features": edit.features, "archived": edit.archived_at.is_some(),
                       "description_chars": edit.description.chars().count() },
            "languages": translations.as_ref().map(|t| t.keys().cloned().collect::<Vec<_>>()),
        });
        let entry = meta.audit(Some(who.user_id), action, ("product", id.to_string()), details);
        rms_store::accounts::audit(&mut tx, &entry, now).await?;
        let after = store::product_tx(&mut tx, id).await?.ok_or(AppError::NotFound)?;
        tx.commit().await?;
        self.changed();
        Ok(after.into())
    }

    /// Changes a plan (admins), checked by the rules a new plan meets. Entitlements may only be
    /// added to (issued keys carry them as bits by position). Licenses already issued keep their
    /// seats and term; policy (grace periods, heartbeats, moves, fingerprints) applies to them
    /// as it is now. Audited with before and after.
    pub async fn edit_plan(
        &self,
        who: &Principal,
        id: Uuid,
        patch: PlanPatch,
        meta: &RequestMeta,
    ) -> Result<Plan, AppError> {
        admin_only(who)?;
        let translations = patch.translations.map(|t| catalog_texts(t, false)).transpose()?;
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        let before = store::plan_tx(&mut tx, id).await?.ok_or(AppError::NotFound)?;
        let current = Plan::from(before.clone());
        let name = patch.name.unwrap_or_else(|| current.name.clone());
        let entitlements = patch.entitlements.unwrap_or_else(|| current.entitlements.clone());
        if !entitlements.starts_with(&current.entitlements) {
            return Err(AppError::Invalid { field: "entitlements", reason: InvalidInput::EntitlementsAppendOnly });
        }
        let features = patch.features.unwrap_or_else(|| current.features.clone());
        let fingerprint_k = patch.fingerprint_k.unwrap_or(current.fingerprint_k);
        let fingerprint_match = patch.fingerprint_match.unwrap_or_else(|| {
            // Setting k alone switches to k-of-n matching; clearing it, back to exact.
            if fingerprint_k.is_some() { "k_of_n" } else { "exact" }.to_owned()
        });
        let spec = PlanSpec {
            name: &name,
            max_activations: patch.max_activations.unwrap_or(current.max_activations),
            duration_days: patch.duration_days.unwrap_or(current.duration_days),
            heartbeat_interval_secs: Some(patch.heartbeat_interval_secs.unwrap_or(current.heartbeat_interval_secs)),
            max_reassignments: patch.max_reassignments.unwrap_or(current.max_reassignments),
            heartbeat_grace_secs: Some(patch.heartbeat_grace_secs.unwrap_or(current.heartbeat_grace_secs)),
            offline_grace_secs: Some(patch.offline_grace_secs.unwrap_or(current.offline_grace_secs)),
            reassign_window_days: Some(patch.reassign_window_days.unwrap_or(current.reassign_window_days)),
            reassign_cooldown_secs: Some(patch.reassign_cooldown_secs.unwrap_or(current.reassign_cooldown_secs)),
            entitlements: &entitlements,
            trial: patch.trial.unwrap_or(current.trial),
            staging_domains_free: Some(patch.staging_domains_free.unwrap_or(current.staging_domains_free)),
            fingerprint_match: Some(&fingerprint_match),
            fingerprint_k,
            maintenance_days: patch.maintenance_days.unwrap_or(current.maintenance_days),
            features: &features,
            renewal_discount_bp: Some(patch.renewal_discount_bp.unwrap_or(current.renewal_discount_bp)),
        };
        let row = plan_row(&spec, before.id, before.product_id, before.created_at)?;
        // Only over the plan as read: two admins appending at once must not reorder bits.
        if !store::update_plan(&mut tx, &row, &before, now).await? {
            return Err(AppError::WrongState { state: "changed" });
        }
        if let Some(texts) = &translations {
            store::set_plan_texts(&mut tx, id, texts, now).await?;
        }
        let after = store::plan_tx(&mut tx, id).await?.ok_or(AppError::NotFound)?;
        let details = json!({
            "before": plan_summary(&current), "after": plan_summary(&Plan::from(after.clone())),
            "languages": translations.as_ref().map(|t| t.keys().cloned().collect::<Vec<_>>()),
        });
        let entry = meta.audit(Some(who.user_id), "admin.plan.changed", ("plan", id.to_string()), details);
        rms_store::accounts::audit(&mut tx, &entry, now).await?;
        tx.commit().await?;
        self.changed();
        Ok(after.into())
    }

    /// Sets (or with `None` removes) a product's picture (admins): PNG, JPEG or WebP, at most
    /// 1 MiB, stored content-addressed. Audited.
    pub async fn set_product_image(
        &self,
        who: &Principal,
        id: Uuid,
        image: Option<&[u8]>,
        meta: &RequestMeta,
    ) -> Result<(), AppError> {
        admin_only(who)?;
        let now = self.clock.now();
        let value = match image {
            Some(bytes) => {
                let bad = || AppError::Invalid { field: "image", reason: InvalidInput::Range };
                if bytes.len() > IMAGE_MAX {
                    return Err(bad());
                }
                let (extension, content_type) = image_format(bytes).ok_or_else(bad)?;
                let sha = <sha2::Sha256 as sha2::Digest>::digest(bytes);
                rms_store::billing::put_document(&self.db, sha.as_slice(), content_type, bytes, now).await?;
                let hex: String = sha.iter().map(|b| format!("{b:02x}")).collect();
                format!("{hex}:{extension}")
            }
            None => String::new(),
        };
        if !store::set_product_image(&self.db, id, &value, now).await? {
            return Err(AppError::NotFound);
        }
        let entry = meta.audit(
            Some(who.user_id),
            "admin.product.image_set",
            ("product", id.to_string()),
            json!({ "image": value }),
        );
        crate::audit_alone(&self.db, &entry, now).await
    }

    /// The picture of the product `slug`, for its public store page (a retired product's too:
    /// pages and emails that show it may be older than its retirement).
    pub async fn product_image(&self, slug: &str) -> Result<Option<ProductImage>, AppError> {
        let Some(product) = store::product_by_slug(&self.db, slug).await? else { return Ok(None) };
        let Some(bytes) = (match crate::store::document::stored_sha(&product.image) {
            Some(sha) => rms_store::billing::document(&self.db, &sha).await?,
            None => None,
        }) else {
            return Ok(None);
        };
        Ok(image_format(&bytes).map(|(_, content_type)| ProductImage { bytes, content_type }))
    }

    /// One product with its plans (admins).
    pub async fn product(&self, who: &Principal, id: Uuid) -> Result<(Product, Vec<Plan>), AppError> {
        admin_only(who)?;
        let product = store::product(&self.db, id).await?.ok_or(AppError::NotFound)?;
        let plans = store::plans(&self.db, id).await?.into_iter().map(Plan::from).collect();
        Ok((product.into(), plans))
    }
}

/// What the audit log keeps of a plan.
fn plan_summary(p: &Plan) -> serde_json::Value {
    json!({
        "name": p.name, "max_activations": p.max_activations, "duration_days": p.duration_days,
        "heartbeat_interval_secs": p.heartbeat_interval_secs, "max_reassignments": p.max_reassignments,
        "heartbeat_grace_secs": p.heartbeat_grace_secs, "offline_grace_secs": p.offline_grace_secs,
        "reassign_window_days": p.reassign_window_days, "reassign_cooldown_secs": p.reassign_cooldown_secs,
        "entitlements": p.entitlements, "trial": p.trial, "staging_domains_free": p.staging_domains_free,
        "fingerprint_match": p.fingerprint_match, "fingerprint_k": p.fingerprint_k,
        "maintenance_days": p.maintenance_days, "features": p.features,
        "renewal_discount_bp": p.renewal_discount_bp,
    })
}
