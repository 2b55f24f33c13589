//! A plan's volume tiers and the form the store keeps them in.

use crate::money::BasisPoints;

/// From `min_quantity` units on, `off_bp` basis points off the unit price (1000 = 10 %).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tier {
    pub min_quantity: u32,
    pub off_bp: BasisPoints,
}

/// A plan's volume tiers: at most [`Tiers::MAX`], each from 2 units on, quantities strictly
/// increasing. Empty = no volume discount.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tiers(Vec<Tier>);

/// Tiers that break one of [`Tiers`]' rules, or a stored form that does not read back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("tiers are at most 20, each from 2 units on, with strictly increasing quantities")]
pub struct BadTiers;

impl Tiers {
    pub const MAX: usize = 20;

    pub fn parse(tiers: Vec<Tier>) -> Result<Self, BadTiers> {
        let ok = tiers.len() <= Self::MAX
            && tiers.iter().all(|t| t.min_quantity >= 2)
            && tiers.windows(2).all(|w| w[0].min_quantity < w[1].min_quantity);
        if ok { Ok(Self(tiers)) } else { Err(BadTiers) }
    }

    /// How the store keeps them (and the audit log shows them): `quantity:bp` pairs, comma-separated.
    pub fn to_stored(&self) -> String {
        self.0.iter().map(|t| format!("{}:{}", t.min_quantity, t.off_bp.get())).collect::<Vec<_>>().join(",")
    }
}

impl std::ops::Deref for Tiers {
    type Target = [Tier];
    fn deref(&self) -> &[Tier] {
        &self.0
    }
}

/// From the stored form ([`Tiers::to_stored`]).
impl TryFrom<String> for Tiers {
    type Error = BadTiers;
    fn try_from(stored: String) -> Result<Self, BadTiers> {
        let tier = |pair: &str| {
            let (q, bp) = pair.split_once(':')?;
            Some(Tier { min_quantity: q.parse().ok()?, off_bp: BasisPoints::new(bp.parse().ok()?).ok()? })
        };
        let tiers = stored.split(',').filter(|t| !t.is_empty()).map(tier).collect::<Option<Vec<_>>>();
        tiers.ok_or(BadTiers).and_then(Self::parse)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tier(min_quantity: u32, off: u32) -> Tier {
        Tier { min_quantity, off_bp: BasisPoints::new(off).unwrap() }
    }

    #[test]
    fn tiers_read_back_from_their_stored_form_and_refuse_what_set_price_refuses() {
        let tiers = Tiers::parse(vec![tier(5, 1000), tier(20, 2000)]).unwrap();
        assert_eq!(tiers.to_stored(), "5:1000,20:2000");
        assert_eq!(Tiers::try_from(tiers.to_stored()), Ok(tiers));
        assert_eq!(Tiers::try_from(String::new()), Ok(Tiers::default()));
        assert_eq!(Tiers::parse(vec![tier(1, 500)]), Err(BadTiers), "from 2 units on");
        assert_eq!(Tiers::parse(vec![tier(5, 500), tier(5, 600)]), Err(BadTiers), "strictly increasing");
        assert_eq!(Tiers::parse((2..23).map(|q| tier(q, 10)).collect()), Err(BadTiers), "at most 20");
        for stored in ["5", "5:x", "5:10001", ":100"] {
            assert_eq!(Tiers::try_from(stored.to_owned()), Err(BadTiers), "{stored}");
        }
    }
}
