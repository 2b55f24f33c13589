//! The admin panel's licensing pages: products and their plans, licenses (search, issue), and one
//! license (status, seats, activations with binding reset, reassignment-budget reset). Admins only:
//! the use cases refuse everyone else, and the error page says so.
//!
//! The products page is in `catalog` (its plan forms in `plans`), the license list and issuing in
//! `list`, one license in `detail`; the form-field parsers they share are here.

mod catalog;
mod detail;
mod list;
mod plans;

pub use catalog::{
    ArchiveForm, PlanLine, ProductEditForm, ProductForm, ProductLine, RotateForm, StagingForm, archive_product,
    create_product, edit_product, products, remove_image, rotate_key, set_staging, upload_image,
};
pub use detail::{LicenseAction, act, license, offline_activation, resend};
pub use list::{BulkForm, IssueForm, LicenseLine, LicenseQuery, issue, issue_bulk, licenses};
pub use plans::{PlanEditForm, PlanForm, PricingForm, create_plan, edit_plan, set_pricing};

use crate::http::problem::ApiError;

/// An optional number field: empty is `None`, anything else must be a number.
fn number(field: &'static str, raw: &str) -> Result<Option<i64>, ApiError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    raw.parse()
        .map(Some)
        .map_err(|_| rms_app::AppError::Invalid { field, reason: rms_core::account::InvalidInput::Range }.into())
}

fn invalid(field: &'static str) -> rms_app::AppError {
    rms_app::AppError::Invalid { field, reason: rms_core::account::InvalidInput::Range }
}

/// Lines of a textarea, as typed (the use case trims and drops empty ones).
fn lines(raw: &str) -> Vec<String> {
    raw.lines().map(str::to_owned).collect()
}

/// A percentage typed with a dot or a comma, into basis points; empty is `None`.
fn percent(field: &'static str, raw: &str) -> Result<Option<rms_core::money::BasisPoints>, rms_app::AppError> {
    let raw = raw.trim().replace(',', ".");
    if raw.is_empty() {
        return Ok(None);
    }
    let p: f64 = raw.parse().map_err(|_| invalid(field))?;
    rms_core::money::BasisPoints::from_percent_rounded(p).map(Some).map_err(|_| invalid(field))
}
