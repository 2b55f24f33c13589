//! What a person chooses to hear: the channel of each kind, the news of each product they hold a
//! license of, and a channel turned off (by them, or by a one-click unsubscribe link).

use std::collections::BTreeMap;

use rms_core::notifications::{ChannelSet, NotificationKind, NotifyChannel, Preferences, ReleaseSubscription};
use rms_store::Db;
use rms_store::notifications as store;
use uuid::Uuid;

use super::Notifications;
use crate::AppError;
use crate::accounts::Principal;

impl Notifications {
    /// The caller's channel matrix.
    pub async fn preferences(&self, who: &Principal) -> Result<Vec<(NotificationKind, ChannelSet)>, AppError> {
        if !who.may(rms_core::account::Scope::Read) {
            return Err(AppError::Forbidden);
        }
        Ok(Preferences::from_stored(store::preferences(&self.db, who.user_id).await?).matrix())
    }

    /// Changes the caller's choices for the kinds named; refused whole (nothing changes) when a
    /// kind is unknown or a security notice would reach them on no channel.
    pub async fn set_preferences(
        &self,
        who: &Principal,
        changes: &BTreeMap<String, ChannelSet>,
    ) -> Result<Vec<(NotificationKind, ChannelSet)>, AppError> {
        // Like every account change, the person's, not an integration's key.
        if !who.is_session() {
            return Err(AppError::Forbidden);
        }
        let current = Preferences::from_stored(store::preferences(&self.db, who.user_id).await?);
        let next = current.with(changes).map_err(|e| match e {
            rms_core::notifications::PreferenceError::UnknownKind(_) => {
                AppError::Invalid { field: "kind", reason: rms_core::account::InvalidInput::Range }
            }
            rms_core::notifications::PreferenceError::SecuritySilenced(_) => {
                AppError::Invalid { field: "security", reason: rms_core::account::InvalidInput::Range }
            }
        })?;
        let chosen: Vec<_> = next.chosen().collect();
        store::put_preferences(&self.db, who.user_id, &chosen).await?;
        Ok(next.matrix())
    }

    /// What the caller hears of each product they hold a license of: the release channel they
    /// follow and where the news reaches them (the defaults where they never chose).
    pub async fn release_subscriptions(&self, who: &Principal) -> Result<Vec<ProductSubscription>, AppError> {
        if !who.may(rms_core::account::Scope::Read) {
            return Err(AppError::Forbidden);
        }
        let prefs = Preferences::from_stored(store::preferences(&self.db, who.user_id).await?);
        let chosen = store::subscriptions(&self.db, who.user_id).await?;
        let products = rms_store::catalog::products_of_owner(&self.db, who.user_id).await?;
        Ok(products
            .into_iter()
            .map(|p| {
                let row = chosen.iter().find(|r| r.product_id == p.id);
                ProductSubscription {
                    product_id: p.id,
                    product_slug: p.slug,
                    product_name: p.name,
                    translations: p.translations.0,
                    subscription: row.map_or_else(|| ReleaseSubscription::default_for(&prefs), subscription_of),
                    chosen: row.is_some(),
                }
            })
            .collect())
    }

    /// Sets what the caller hears of `product`'s new versions (a product they hold a license of).
    pub async fn set_release_subscription(
        &self,
        who: &Principal,
        product: Uuid,
        choice: ReleaseSubscription,
    ) -> Result<ProductSubscription, AppError> {
        if !who.is_session() {
            return Err(AppError::Forbidden);
        }
        let products = rms_store::catalog::products_of_owner(&self.db, who.user_id).await?;
        let p = products.into_iter().find(|p| p.id == product).ok_or(AppError::NotFound)?;
        let row = store::SubscriptionRow {
            user_id: who.user_id,
            product_id: p.id,
            release_channel: choice.follows.map(|c| c.as_str().to_owned()),
            email: i64::from(choice.delivery.email),
            telegram: i64::from(choice.delivery.telegram),
            in_app: i64::from(choice.delivery.in_app),
            updated_at: self.clock.now(),
        };
        store::put_subscription(&self.db, &row).await?;
        Ok(ProductSubscription {
            product_id: p.id,
            product_slug: p.slug,
            product_name: p.name,
            translations: p.translations.0,
            subscription: choice,
            chosen: true,
        })
    }

    /// One-click unsubscribe from `kind`'s emails with a link's token.
    pub async fn unsubscribe(&self, user: Uuid, kind: &str, signature: &str) -> Result<NotificationKind, AppError> {
        let kind = NotificationKind::parse(kind).map_err(|_| AppError::InvalidLinkToken)?;
        if !self.unsubscribe.check(user, kind, signature) || kind.is_security() {
            return Err(AppError::InvalidLinkToken);
        }
        turn_off(&self.db, user, NotifyChannel::Email, &[kind]).await?;
        Ok(kind)
    }
}

/// A stored product choice as the domain reads it (an unknown channel word: not followed).
pub(crate) fn subscription_of(row: &store::SubscriptionRow) -> ReleaseSubscription {
    ReleaseSubscription {
        follows: row.release_channel.as_deref().and_then(|c| rms_core::releases::Channel::parse(c).ok()),
        delivery: ChannelSet { email: row.email == 1, telegram: row.telegram == 1, in_app: row.in_app == 1 },
    }
}

/// What a person hears of one product's new versions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProductSubscription {
    pub product_id: Uuid,
    pub product_slug: String,
    pub product_name: String,
    /// The product's words in other languages (its name in them).
    pub translations: rms_core::product::CatalogTexts,
    pub subscription: ReleaseSubscription,
    /// Whether they chose (or these are the defaults).
    pub chosen: bool,
}

impl ProductSubscription {
    /// The product's name for a reader of `tag`.
    pub fn name_in(&self, tag: &str) -> &str {
        crate::catalog::name_in(&self.translations, tag, &self.product_name)
    }
}

/// Turns `channel` off for `kinds` of `user` (a security kind left on nothing keeps the app).
pub(crate) async fn turn_off(
    db: &Db,
    user: Uuid,
    channel: NotifyChannel,
    kinds: &[NotificationKind],
) -> Result<(), AppError> {
    let next = Preferences::from_stored(store::preferences(db, user).await?).without(channel, kinds);
    store::put_preferences(db, user, &next.chosen().collect::<Vec<_>>()).await?;
    // Product choices carry their own channels: off there too, or news would keep coming.
    if kinds.contains(&NotificationKind::ReleasePublished) {
        store::subscriptions_without(db, user, channel).await?;
    }
    Ok(())
}
