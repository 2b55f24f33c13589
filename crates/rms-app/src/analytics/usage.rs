//! What sold software does: the usage report (validations, heartbeats, devices and sites that
//! checked in, the busiest licenses) and the downloads report.

use std::collections::{BTreeMap, HashMap};

use rms_store::analytics::{self as store, DailyRow};
use uuid::Uuid;

use super::{Analytics, Counted, ReportQuery, Source, metric, parse_id, sorted};
use crate::AppError;
use crate::accounts::{Principal, admin_only};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UsageFigures {
    pub validations: i64,
    pub heartbeats: i64,
    /// The busiest day's activations that checked in (devices of software, sites of site
    /// products): distinct devices do not add up across days.
    pub active_devices: i64,
    pub active_sites: i64,
}

#[derive(Clone, Debug, Default)]
pub struct TopLicense {
    pub license_id: Uuid,
    pub key_prefix: String,
    pub product: String,
    pub owner: String,
    pub calls: i64,
    pub devices_seen: i64,
}

#[derive(Clone, Debug, Default)]
pub struct UsageReport {
    pub query: Option<ReportQuery>,
    pub totals: UsageFigures,
    pub previous: UsageFigures,
    pub series: Vec<(i64, UsageFigures)>,
    pub top_licenses: Vec<TopLicense>,
    pub source: Source,
}

#[derive(Clone, Debug, Default)]
pub struct DownloadsReport {
    pub query: Option<ReportQuery>,
    pub total: i64,
    pub previous: i64,
    pub series: Vec<(i64, i64)>,
    /// Key the release id, label "product version", currency the channel.
    pub releases: Vec<Counted>,
    /// Key the channel.
    pub channels: Vec<Counted>,
    pub source: Source,
}

impl Analytics {
    fn usage_days(rows: &[DailyRow], sites: &dyn Fn(&str) -> bool) -> BTreeMap<i64, UsageFigures> {
        use metric::*;
        let mut days: BTreeMap<i64, UsageFigures> = BTreeMap::new();
        for r in rows {
            let d = days.entry(r.day).or_default();
            match r.metric.as_str() {
                VALIDATE => d.validations += r.count,
                HEARTBEAT => d.heartbeats += r.count,
                ACTIVE if sites(&r.product_id) => d.active_sites += r.count,
                ACTIVE => d.active_devices += r.count,
                _ => {}
            }
        }
        days
    }

    fn usage_sum(days: impl Iterator<Item = UsageFigures>) -> UsageFigures {
        days.fold(UsageFigures::default(), |acc, d| UsageFigures {
            validations: acc.validations + d.validations,
            heartbeats: acc.heartbeats + d.heartbeats,
            active_devices: acc.active_devices.max(d.active_devices),
            active_sites: acc.active_sites.max(d.active_sites),
        })
    }

    /// Validations and heartbeats, devices and sites that checked in, and the busiest licenses.
    pub async fn usage(&self, who: &Principal, q: ReportQuery) -> Result<UsageReport, AppError> {
        use metric::*;
        admin_only(who)?;
        let metrics = [VALIDATE, HEARTBEAT, ACTIVE];
        let (rows, source) = self.rows(q.range, &metrics, q.product).await?;
        let (prev_rows, _) = self.rows(q.range.previous(), &metrics, q.product).await?;
        let (names, _) = self.names().await?;
        let sites = |product: &str| names.get(&parse_id(product)).is_some_and(|p| p.1 == "site");
        let days = Self::usage_days(&rows, &sites);
        let mut series: BTreeMap<i64, Vec<UsageFigures>> =
            q.granularity.periods(q.range.from, q.range.to).into_iter().map(|p| (p, Vec::new())).collect();
        for (day, f) in &days {
            series.entry(q.granularity.period_of(*day)).or_default().push(*f);
        }
        let top = store::top_licenses(&self.db, q.range.from, q.range.to + 1, q.product, 20).await?;
        let ids: Vec<Uuid> = top.iter().map(|t| t.0).collect();
        let labels: HashMap<Uuid, (String, String, String)> = store::license_labels(&self.db, &ids)
            .await?
            .into_iter()
            .map(|(i, prefix, product, owner)| (i, (prefix, product, owner)))
            .collect();
        let top_licenses = top
            .into_iter()
            .map(|(license_id, calls, devices_seen)| {
                let (key_prefix, product, owner) = labels.get(&license_id).cloned().unwrap_or_default();
                TopLicense { license_id, key_prefix, product, owner, calls, devices_seen }
            })
            .collect();
        Ok(UsageReport {
            query: Some(q),
            totals: Self::usage_sum(days.values().copied()),
            previous: Self::usage_sum(Self::usage_days(&prev_rows, &sites).into_values()),
            series: series.into_iter().map(|(p, v)| (p, Self::usage_sum(v.into_iter()))).collect(),
            top_licenses,
            source,
        })
    }

    /// Downloads by period, release and channel.
    pub async fn downloads(&self, who: &Principal, q: ReportQuery) -> Result<DownloadsReport, AppError> {
        admin_only(who)?;
        let (rows, source) = self.rows(q.range, &[metric::DOWNLOADS], q.product).await?;
        let (prev_rows, _) = self.rows(q.range.previous(), &[metric::DOWNLOADS], q.product).await?;
        let (names, _) = self.names().await?;
        let releases: HashMap<Uuid, (Uuid, String, String)> = store::release_labels(&self.db)
            .await?
            .into_iter()
            .map(|(i, product, version, channel)| (i, (product, version, channel)))
            .collect();
        let mut series: BTreeMap<i64, i64> =
            q.granularity.periods(q.range.from, q.range.to).into_iter().map(|p| (p, 0)).collect();
        let mut by_release: BTreeMap<(String, String), (i64, i64)> = BTreeMap::new();
        let mut by_channel: BTreeMap<(String, String), (i64, i64)> = BTreeMap::new();
        for r in &rows {
            *series.entry(q.granularity.period_of(r.day)).or_default() += r.count;
            let channel = releases.get(&parse_id(&r.dim)).map(|x| x.2.clone()).unwrap_or_default();
            by_release.entry((r.dim.clone(), channel.clone())).or_default().0 += r.count;
            by_channel.entry((channel, String::new())).or_default().0 += r.count;
        }
        let mut release_rows = sorted(by_release);
        for c in &mut release_rows {
            if let Some((product, version, _)) = releases.get(&parse_id(&c.key)) {
                let product = names.get(product).map(|p| p.0.as_str()).unwrap_or_default();
                c.label = format!("{product} {version}");
            }
            c.amount = 0;
        }
        release_rows.sort_by(|a, b| b.count.cmp(&a.count).then(a.label.cmp(&b.label)));
        let mut channels = sorted(by_channel);
        channels.sort_by(|a, b| b.count.cmp(&a.count).then(a.key.cmp(&b.key)));
        Ok(DownloadsReport {
            query: Some(q),
            total: rows.iter().map(|r| r.count).sum(),
            previous: prev_rows.iter().map(|r| r.count).sum(),
            series: series.into_iter().collect(),
            releases: release_rows,
            channels,
            source,
        })
    }
}
