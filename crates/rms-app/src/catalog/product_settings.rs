//! A product's settings after its creation: staging patterns, and signing-key rotation with the
//! public keys products pin.

use super::*;

/// How long a rotated key waits before it signs, unless the admin says otherwise.
const DEFAULT_SWITCH: std::time::Duration = std::time::Duration::from_secs(30 * 86_400);

/// The furthest a switch can be set.
const MAX_SWITCH: std::time::Duration = std::time::Duration::from_secs(366 * 86_400);

impl Catalog {
    /// The hosts a product's admin declared as staging (patterns as written). The reserved names
    /// ([`RESERVED_STAGING`]) are free without being listed.
    pub async fn staging_patterns(&self, who: &Principal, product: Uuid) -> Result<Vec<String>, AppError> {
        admin_only(who)?;
        store::staging_patterns(&self.db, product).await?.ok_or(AppError::NotFound)
    }

    /// Replaces a product's staging patterns (at most 50, each an exact host, `*.domain`,
    /// `label.*` or `*.label.*`; never a whole top-level domain). Audited; validation sees the
    /// new list at once.
    pub async fn set_staging_patterns(
        &self,
        who: &Principal,
        product: Uuid,
        patterns: &[String],
        meta: &RequestMeta,
    ) -> Result<Vec<String>, AppError> {
        admin_only(who)?;
        range("patterns", patterns.len() <= 50)?;
        let mut parsed: Vec<String> = Vec::new();
        for raw in patterns.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
            let pattern = StagingPattern::parse(raw)
                .map_err(|_| AppError::Invalid { field: "patterns", reason: InvalidInput::StagingPattern })?
                .to_string();
            if !parsed.contains(&pattern) {
                parsed.push(pattern);
            }
        }
        let before = store::staging_patterns(&self.db, product).await?.ok_or(AppError::NotFound)?;
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        store::set_staging_patterns(&mut tx, product, &parsed, now).await?;
        let details = json!({ "before": before, "after": parsed });
        let entry =
            meta.audit(Some(who.user_id), "admin.product.staging_changed", ("product", product.to_string()), details);
        users::audit(&mut tx, &entry, now).await?;
        tx.commit().await?;
        self.cache.invalidate();
        Ok(parsed)
    }

    /// Gives a product a new signing key (`kid` one above the highest), staged: it is listed
    /// with the public keys at once and signs from `switch_at` (by default 30 days from now,
    /// so apps that pin keys can ship it first; a time not after now switches at once, at most a
    /// year ahead). Until then new license keys, files and answers keep the current `kid`; old
    /// keys keep verifying what they signed. Refused with `WrongState` (`rotation_pending`) while
    /// another staged key waits. Audited. Returns the product's public keys.
    pub async fn rotate_product_key(
        &self,
        who: &Principal,
        product: Uuid,
        switch_at: Option<Timestamp>,
        meta: &RequestMeta,
    ) -> Result<Vec<PublicKey>, AppError> {
        admin_only(who)?;
        store::product(&self.db, product).await?.ok_or(AppError::NotFound)?;
        let now = self.clock.now();
        let switch_at = switch_at.unwrap_or_else(|| now.plus(DEFAULT_SWITCH));
        range("switch_at", switch_at <= now.plus(MAX_SWITCH))?;
        let keys = store::product_keys(&self.db, product).await?;
        if keys.iter().any(|k| k.retired_at.is_none() && k.signs_from() > now) {
            return Err(AppError::WrongState { state: "rotation_pending" });
        }
        let next = keys.iter().filter_map(|k| k.kid.parse::<u32>().ok()).max().unwrap_or(0) + 1;
        let kid = next.to_string();
        let key = rms_license::generate_signing_key();
        let sealed = self.ring.seal(key.as_bytes(), &aad(product, &kid));
        let active_from = (switch_at > now).then_some(switch_at);
        let mut tx = self.db.begin().await?;
        store::insert_product_key(&mut tx, product, &kid, &sealed, key.verifying_key().as_bytes(), now, active_from)
            .await?;
        let details = json!({ "kid": kid, "switch_at": active_from.unwrap_or(now).to_string() });
        let entry =
            meta.audit(Some(who.user_id), "admin.product.key_rotated", ("product", product.to_string()), details);
        users::audit(&mut tx, &entry, now).await?;
        tx.commit().await?;
        // This node takes the new key at its time; the others within a minute of it.
        self.signers.forget(product);
        self.public_keys(product).await
    }

    /// A product's public keys: what products and the SDK verify with. Public information.
    pub async fn public_keys(&self, product: Uuid) -> Result<Vec<PublicKey>, AppError> {
        let rows = store::product_keys(&self.db, product).await?;
        if rows.is_empty() {
            return Err(AppError::NotFound);
        }
        let active_kid = store::signing_key(&rows, self.clock.now()).map(|r| r.kid.clone());
        rows.into_iter()
            .map(|r| {
                let raw: [u8; 32] = r
                    .public_key
                    .as_slice()
                    .try_into()
                    .map_err(|_| AppError::Internal(format!("key {} of {product}", r.kid)))?;
                let key = rms_license::VerifyingKey::from_bytes(&raw).map_err(|e| AppError::Internal(e.to_string()))?;
                Ok(PublicKey {
                    active: Some(&r.kid) == active_kid.as_ref(),
                    signs_from: r.signs_from(),
                    public_key: base64::engine::general_purpose::STANDARD.encode(raw),
                    pem: rms_license::public_key_pem(&key),
                    kid: r.kid,
                })
            })
            .collect()
    }
}
