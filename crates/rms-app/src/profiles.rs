//! Billing profiles sealed at rest: the company, tax id and address identify a customer, so they
//! are kept sealed under the master key like the other secrets; the country and region stay
//! readable (taxes and analytics need them).

use rms_core::Timestamp;
use rms_core::billing::BillingProfile;
use rms_crypto::MasterKeyRing;
use rms_store::Db;
use rms_store::billing;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::AppError;

/// What is sealed.
#[derive(Serialize, Deserialize, Default)]
struct Identifying {
    company: String,
    tax_id: String,
    address: String,
}

/// Binds a sealed profile to its owner: one customer's cannot be moved onto another's row.
pub(crate) fn aad(user: Uuid) -> Vec<u8> {
    format!("billing-profile:{user}").into_bytes()
}

#[derive(Clone)]
pub struct Profiles {
    db: Db,
    ring: MasterKeyRing,
}

impl Profiles {
    pub fn new(db: Db, ring: MasterKeyRing) -> Self {
        Self { db, ring }
    }

    fn seal(&self, user: Uuid, company: &str, tax_id: &str, address: &str) -> Result<Vec<u8>, AppError> {
        let plain = serde_json::to_vec(&Identifying {
            company: company.to_owned(),
            tax_id: tax_id.to_owned(),
            address: address.to_owned(),
        })
        .map_err(|e| AppError::Internal(e.to_string()))?;
        Ok(self.ring.seal(&plain, &aad(user)))
    }

    /// A customer's profile (empty until they set one).
    pub async fn get(&self, user: Uuid) -> Result<BillingProfile, AppError> {
        let Some(stored) = billing::billing_profile(&self.db, user).await? else {
            return Ok(BillingProfile::default());
        };
        let p = &stored.plain;
        // Readable columns are set only by versions before sealing: newer than any sealed part.
        let readable = !(p.company.is_empty() && p.tax_id.is_empty() && p.address.is_empty());
        let Some(sealed) = stored.sealed.filter(|_| !readable) else { return Ok(stored.plain) };
        let plain = self
            .ring
            .open(&sealed, &aad(user))
            .map_err(|e| AppError::Internal(format!("billing profile of {user}: {e}")))?;
        let id: Identifying = serde_json::from_slice(&plain).map_err(|e| AppError::Internal(e.to_string()))?;
        Ok(BillingProfile { company: id.company, tax_id: id.tax_id, address: id.address, ..stored.plain })
    }

    /// Writes a (validated) profile.
    pub async fn set(&self, user: Uuid, p: &BillingProfile, now: Timestamp) -> Result<(), AppError> {
        let sealed = self.seal(user, &p.company, &p.tax_id, &p.address)?;
        billing::set_billing_profile(&self.db, user, &p.country, &p.region, &sealed, now).await?;
        Ok(())
    }

    /// Seals the profiles written readable: before profiles were sealed, or by a node of the
    /// previous version during an upgrade (at start). Returns how many.
    pub async fn seal_plaintext(&self) -> Result<usize, AppError> {
        let mut sealed = 0;
        for (user, company, tax_id, address) in billing::unsealed_profiles(&self.db).await? {
            let blob = self.seal(user, &company, &tax_id, &address)?;
            let read = (company.as_str(), tax_id.as_str(), address.as_str());
            sealed += usize::from(billing::seal_profile(&self.db, user, read, &blob).await?);
        }
        Ok(sealed)
    }
}
