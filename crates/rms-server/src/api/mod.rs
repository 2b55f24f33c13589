//! The JSON API under `/api/v1`. Handlers parse, call one use case, and answer.

pub mod account;
pub mod admin;
pub mod feeds;
pub mod licenses;
pub mod releases;
pub mod store;

use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use account::{api_keys, auth, export, me, notifications, telegram, two_factor};
use licenses::{licensing, products, seats};
use store::{payments, promos, purchases, rates, taxes, wallet};

use crate::http::problem::ApiError;
use crate::state::AppState;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(auth::register))
        .routes(routes!(auth::login))
        .routes(routes!(auth::refresh))
        .routes(routes!(auth::logout))
        .routes(routes!(auth::logout_all))
        .routes(routes!(auth::verify_email))
        .routes(routes!(auth::forgot_password))
        .routes(routes!(auth::reset_password))
        .routes(routes!(auth::change_password))
        .routes(routes!(me::get_me, me::patch_me))
        .routes(routes!(export::export))
        .routes(routes!(notifications::preferences, notifications::set_preferences))
        .routes(routes!(notifications::release_subscriptions))
        .routes(routes!(notifications::set_release_subscription))
        .routes(routes!(notifications::inbox))
        .routes(routes!(notifications::mark_read))
        .routes(routes!(notifications::stream))
        .routes(routes!(telegram::bot, telegram::set_bot, telegram::remove_bot))
        .routes(routes!(telegram::linked, telegram::link, telegram::unlink))
        .routes(routes!(telegram::webhook))
        .routes(routes!(api_keys::list, api_keys::create))
        .routes(routes!(api_keys::revoke))
        .routes(routes!(two_factor::enroll))
        .routes(routes!(two_factor::confirm))
        .routes(routes!(two_factor::disable))
        .routes(routes!(admin::users))
        .routes(routes!(admin::user, admin::patch_user))
        .routes(routes!(admin::audit))
        .routes(routes!(admin::brand::brand, admin::brand::set_brand))
        .routes(routes!(admin::brand::set_logo, admin::brand::remove_logo))
        .routes(routes!(admin::jobs::dead))
        .routes(routes!(admin::jobs::retry))
        .routes(routes!(admin::jobs::announce))
        .routes(routes!(products::list, products::create))
        .routes(routes!(products::create_plan))
        .routes(routes!(products::show, products::edit))
        .routes(routes!(products::set_image, products::delete_image))
        .routes(routes!(products::edit_plan))
        .routes(routes!(products::public_keys))
        .routes(routes!(products::rotate_key))
        .routes(routes!(products::staging_domains, products::set_staging_domains))
        .routes(routes!(products::licenses, products::issue_license))
        .routes(routes!(products::change_license))
        .routes(routes!(products::issue_licenses))
        .routes(routes!(products::resend_license))
        .routes(routes!(products::my_licenses))
        .routes(routes!(products::my_license))
        .routes(routes!(purchases::renew))
        .routes(routes!(purchases::set_auto_renew))
        .routes(routes!(purchases::checkout))
        .routes(routes!(purchases::checkout_state))
        .routes(routes!(licensing::validate))
        .routes(routes!(licensing::activate))
        .routes(routes!(licensing::heartbeat))
        .routes(routes!(licensing::deactivate))
        .routes(routes!(licensing::license_file))
        .routes(routes!(seats::mine))
        .routes(routes!(seats::free_mine))
        .routes(routes!(seats::my_license_file))
        .routes(routes!(seats::of_license))
        .routes(routes!(seats::reset_binding))
        .routes(routes!(seats::reset_budget))
        .routes(routes!(seats::sub_licenses, seats::carve))
        .routes(routes!(seats::resize_sub, seats::revoke_sub))
        .routes(routes!(seats::offline_activation))
        .routes(routes!(seats::admin_offline_activation))
        .routes(routes!(store::set_price))
        .routes(routes!(store::post_prices))
        .routes(routes!(store::set_commission))
        .routes(routes!(store::set_refund_action))
        .routes(routes!(rates::list))
        .routes(routes!(rates::set))
        .routes(routes!(taxes::list))
        .routes(routes!(taxes::set, taxes::delete))
        .routes(routes!(store::quote))
        .routes(routes!(purchases::purchase))
        .routes(routes!(purchases::invoices))
        .routes(routes!(purchases::invoice_pdf))
        .routes(routes!(purchases::admin_invoices))
        .routes(routes!(purchases::refund))
        .routes(routes!(promos::list, promos::create))
        .routes(routes!(promos::usage, promos::update))
        .routes(routes!(promos::pause))
        .routes(routes!(promos::settings, promos::set_settings))
        .routes(routes!(promos::set_logo, promos::remove_logo))
        .routes(routes!(promos::dashboard, promos::join))
        .routes(routes!(wallet::get))
        .routes(routes!(wallet::billing_profile, wallet::set_billing_profile))
        .routes(routes!(wallet::transactions))
        .routes(routes!(payments::top_ups, payments::top_up))
        .routes(routes!(payments::top_up_status))
        .routes(routes!(payments::available))
        .routes(routes!(payments::sandbox_pay))
        .routes(routes!(payments::webhook))
        .routes(routes!(payments::admin_payments))
        .routes(routes!(payments::admin_payment))
        .routes(routes!(payments::confirm_payment))
        .routes(routes!(payments::review))
        .routes(routes!(payments::recheck))
        .routes(routes!(payments::gateways))
        .routes(routes!(payments::update_gateway))
        .routes(routes!(payments::test_gateway))
        .routes(routes!(wallet::adjust))
        .routes(routes!(wallet::reconcile))
        .routes(routes!(releases::list, releases::create))
        .routes(routes!(releases::get))
        .routes(routes!(releases::publish))
        .routes(routes!(releases::yank))
        .routes(routes!(releases::manifest))
        .routes(routes!(releases::check))
        .routes(routes!(releases::latest))
        .routes(routes!(releases::download))
        .routes(routes!(feeds::config, feeds::set_config))
        .routes(routes!(feeds::rotate_key))
        .routes(routes!(feeds::revoke_key))
        .routes(routes!(feeds::sparkle))
        .routes(routes!(feeds::sparkle_keyed))
        .routes(routes!(feeds::tauri))
        .routes(routes!(feeds::tauri_keyed))
        .routes(routes!(feeds::electron))
        .routes(routes!(feeds::electron_keyed))
        .routes(routes!(feeds::velopack))
        .routes(routes!(feeds::velopack_keyed))
        .routes(routes!(feeds::file))
        .routes(routes!(feeds::file_keyed))
}

/// Routes whose bodies stream for as long as they take (artifact uploads): outside the request
/// timeout and the body limit, which they enforce themselves.
pub fn streaming_routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(releases::upload))
}

/// An optional RFC 3339 instant; empty counts as absent.
pub(crate) fn instant(field: &'static str, raw: Option<&str>) -> Result<Option<rms_core::Timestamp>, ApiError> {
    raw.filter(|s| !s.is_empty())
        .map(|s| {
            rms_core::Timestamp::parse_rfc3339(s).ok_or_else(|| {
                rms_app::AppError::Invalid { field, reason: rms_core::account::InvalidInput::Range }.into()
            })
        })
        .transpose()
}
