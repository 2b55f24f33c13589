//! Seats as people manage them: the owner sees and frees their devices and domains (within the
//! reassignment budget) and downloads license files; staff (admins and support) reset bindings and
//! budgets; admins also activate an air-gapped machine for a customer. All audited.

use rms_core::account::Scope;
use rms_store::accounts as users;
use rms_store::activations::{self as store, Subject};
use serde_json::json;
use uuid::Uuid;

use super::{ActivationView, Budget, Ender, Licensing, Verdict};
use crate::accounts::Principal;
use crate::{AppError, RequestMeta};

/// A license's seats as its owner or an admin sees them.
#[derive(Clone, Debug)]
pub struct Seats {
    pub license: super::LicenseView,
    pub activations: Vec<ActivationView>,
    pub budget: Budget,
}

impl Licensing {
    /// The license with `activation` (if given), as `access` allows: an owner's own license (any
    /// other is "not found"), or any license for staff with the right.
    async fn subject_for(
        &self,
        who: &Principal,
        license: Uuid,
        activation: Option<Uuid>,
        access: Access,
    ) -> Result<Subject, AppError> {
        match access {
            Access::Owner(scope) if !who.may(scope) => return Err(AppError::Forbidden),
            Access::Owner(_) => {}
            Access::StaffRead => who.require_staff(Scope::Read)?,
            Access::StaffWrite => who.require_staff(Scope::Licenses)?,
        }
        let s = store::subject_by_license(&self.db, license, activation).await?.ok_or(AppError::NotFound)?;
        if matches!(access, Access::Owner(_)) && s.owner_id != who.user_id {
            return Err(AppError::NotFound);
        }
        Ok(s)
    }

    /// The live activations of a license and its reassignment budget (its owner, or staff with
    /// `staff`).
    pub async fn seats(&self, who: &Principal, license: Uuid, staff: bool) -> Result<Seats, AppError> {
        let access = if staff { Access::StaffRead } else { Access::Owner(Scope::Read) };
        let s = self.subject_for(who, license, None, access).await?;
        let now = self.clock.now();
        let live = store::live_activations(&self.db, license).await?;
        Ok(Seats {
            license: self.license_view(&s),
            activations: live.iter().map(|a| self.activation_view(&s, a, now)).collect(),
            budget: self.next_move(&s, now).await?,
        })
    }

    /// The owner frees one of their seats (counts against the reassignment budget).
    pub async fn owner_deactivate(
        &self,
        who: &Principal,
        license: Uuid,
        activation: Uuid,
        meta: &RequestMeta,
    ) -> Result<Verdict, AppError> {
        let mut s = self.subject_for(who, license, Some(activation), Access::Owner(Scope::Licenses)).await?;
        let a = s.take_activation().ok_or(AppError::NotFound)?;
        let verdict = self.end(&s, &a, Ender::Owner(who.user_id), meta, self.clock.now()).await?;
        match verdict.next_allowed_at {
            Some(at) if verdict.code == super::Code::ReassignmentLimit => {
                Err(AppError::ReassignmentLimit { next_allowed_at: rms_core::Timestamp::from_millis(at * 1000) })
            }
            _ => Ok(verdict),
        }
    }

    /// Staff free a seat (a binding reset): not counted against the budget, audited.
    pub async fn admin_deactivate(
        &self,
        who: &Principal,
        license: Uuid,
        activation: Uuid,
        meta: &RequestMeta,
    ) -> Result<Verdict, AppError> {
        let mut s = self.subject_for(who, license, Some(activation), Access::StaffWrite).await?;
        let a = s.take_activation().ok_or(AppError::NotFound)?;
        self.end(&s, &a, Ender::Admin(who.user_id), meta, self.clock.now()).await
    }

    /// Staff give a license its full reassignment budget back. Audited.
    pub async fn reset_budget(&self, who: &Principal, license: Uuid, meta: &RequestMeta) -> Result<Budget, AppError> {
        let s = self.subject_for(who, license, None, Access::StaffWrite).await?;
        let now = self.clock.now();
        let before = self.next_move(&s, now).await?;
        let mut tx = self.db.begin().await?;
        store::reset_reassignments(&mut tx, license, now).await?;
        let details = json!({ "used_before": before.used });
        let entry =
            meta.audit(Some(who.user_id), "admin.license.budget_reset", ("license", license.to_string()), details);
        users::audit(&mut tx, &entry, now).await?;
        tx.commit().await?;
        let s = self.subject_for(who, license, None, Access::StaffWrite).await?;
        self.next_move(&s, now).await
    }

    /// The owner downloads a license file for one of their live devices or domains.
    pub async fn owner_license_file(
        &self,
        who: &Principal,
        license: Uuid,
        activation: Uuid,
    ) -> Result<String, AppError> {
        let mut s = self.subject_for(who, license, Some(activation), Access::Owner(Scope::Licenses)).await?;
        let a = s.take_activation().filter(|a| a.deactivated_at.is_none()).ok_or(AppError::NotFound)?;
        let now = self.clock.now();
        if let Some(code) = Self::license_code(&s, now) {
            return Err(AppError::LicenseUnusable { code: code.as_str() });
        }
        let signer = self.signers.get(s.product_id).await?.ok_or(AppError::NotFound)?;
        Ok(self.sign_file(&s, &a, &signer, now))
    }
}

impl Licensing {
    /// Activates an air-gapped machine from its activation request file (written with the
    /// license key, see `rms_license::request`) and returns the license file for it: the owner for
    /// themselves, or an admin for a customer (`for_customer`) who sent them the request.
    pub async fn activate_offline(
        &self,
        who: &Principal,
        license: Uuid,
        request: &str,
        for_customer: bool,
        meta: &RequestMeta,
    ) -> Result<String, AppError> {
        if for_customer {
            who.require_admin()?;
        }
        if request.len() > 16 * 1024 {
            return Err(AppError::BadActivationRequest);
        }
        let access = if for_customer { Access::StaffWrite } else { Access::Owner(Scope::Licenses) };
        self.subject_for(who, license, None, access).await?;
        let sealed = rms_store::catalog::license_key_sealed(&self.db, license).await?.ok_or(AppError::NotFound)?;
        let key = crate::catalog::open_license_key(self.signers.ring(), license, &sealed)?;
        let key = key.as_str();
        let req = rms_license::request::verify(request, key).map_err(|_| AppError::BadActivationRequest)?;
        let device =
            super::DeviceInfo { name: req.name.as_deref(), platform: req.platform.as_deref(), components: &[] };
        let answer =
            self.activate(key, &req.product, req.fingerprint.as_deref(), req.domain.as_deref(), device, meta).await?;
        let activation = match (&answer.verdict.activation, answer.verdict.code) {
            (Some(a), super::Code::Valid) => a.id,
            (_, code) => return Err(AppError::LicenseUnusable { code: code.as_str() }),
        };
        let (file_answer, file) = self.license_file(key, activation).await?;
        file.ok_or(AppError::LicenseUnusable { code: file_answer.verdict.code.as_str() })
    }
}

/// Who may reach a license through [`Licensing::subject_for`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Access {
    /// Its owner, with a credential allowed this scope (anyone else is told it does not exist).
    Owner(Scope),
    /// Staff looking (admins, support).
    StaffRead,
    /// Staff changing bindings and budgets (admins, support with the licenses scope).
    StaffWrite,
}
