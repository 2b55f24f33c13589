//! Sales tax and VAT (docs/spec/billing.md §2.4): where a buyer is taxed, at what rate, and when a
//! business buyer in the EU accounts for the VAT itself (reverse charge).
//!
//! The rates are the admin's (a table by country, or by a country's region where the rate differs
//! by state or province); this module only decides which one applies and whether it is charged.
//! The amounts are computed per line by [`crate::pricing::quote`].

use crate::money::BasisPoints;

/// Where a tax rate applies: a country (`DE`, ISO 3166-1 alpha-2) or one of its regions
/// (`US-CA`, `CA-QC`: ISO 3166-2, the country and one to three letters or digits).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TaxRegion(String);

/// Not a country code nor a region code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("a tax region is a two-letter country code, optionally with a region: DE, US-CA")]
pub struct BadRegion;

impl TaxRegion {
    /// Parses `de`, `DE`, `us-ca`, `US-CA` (case-insensitive; stored upper case).
    pub fn parse(s: &str) -> Result<Self, BadRegion> {
        let s = s.trim().to_ascii_uppercase();
        let (country, region) = match s.split_once('-') {
            Some((c, r)) => (c, Some(r)),
            None => (s.as_str(), None),
        };
        if !is_country(country) {
            return Err(BadRegion);
        }
        if let Some(r) = region
            && (!(1..=3).contains(&r.len()) || !r.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()))
        {
            return Err(BadRegion);
        }
        Ok(Self(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The country part (`US` of `US-CA`).
    pub fn country(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }
}

/// Whether `s` is shaped like an ISO 3166-1 alpha-2 code (two upper-case letters).
pub fn is_country(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// The EU member states by ISO code, with the prefix their VAT ids carry (Greece writes `EL`).
const EU: [(&str, &str); 27] = [
    ("AT", "AT"),
    ("BE", "BE"),
    ("BG", "BG"),
    ("CY", "CY"),
    ("CZ", "CZ"),
    ("DE", "DE"),
    ("DK", "DK"),
    ("EE", "EE"),
    ("ES", "ES"),
    ("FI", "FI"),
    ("FR", "FR"),
    ("GR", "EL"),
    ("HR", "HR"),
    ("HU", "HU"),
    ("IE", "IE"),
    ("IT", "IT"),
    ("LT", "LT"),
    ("LU", "LU"),
    ("LV", "LV"),
    ("MT", "MT"),
    ("NL", "NL"),
    ("PL", "PL"),
    ("PT", "PT"),
    ("RO", "RO"),
    ("SE", "SE"),
    ("SI", "SI"),
    ("SK", "SK"),
];

/// Whether the country (ISO code) is an EU member state.
pub fn in_eu(country: &str) -> bool {
    EU.iter().any(|(iso, _)| *iso == country)
}

/// The shapes of each member state's VAT number after its prefix, as the European Commission's
/// VIES service documents them: `9` a digit, `A` a letter, `X` a letter or digit, anything else
/// itself. Only the shape is checked here; whether the number is registered is VIES's to say.
fn vat_shapes(prefix: &str) -> &'static [&'static str] {
    match prefix {
        "AT" => &["U99999999"],
        "BE" => &["0999999999", "1999999999"],
        "BG" => &["999999999", "9999999999"],
        "CY" => &["99999999A"],
        "CZ" => &["99999999", "999999999", "9999999999"],
        "DE" | "EE" | "EL" | "PT" => &["999999999"],
        "DK" | "FI" | "HU" | "LU" | "MT" | "SI" => &["99999999"],
        "ES" => &["X9999999X"],
        "FR" => &["XX999999999"],
        "HR" | "IT" | "LV" => &["99999999999"],
        "IE" => &["9999999A", "9999999AA", "9X99999A"],
        "LT" => &["999999999", "999999999999"],
        "NL" => &["999999999B99"],
        "PL" | "SK" => &["9999999999"],
        "RO" => &["99", "999", "9999", "99999", "999999", "9999999", "99999999", "999999999", "9999999999"],
        "SE" => &["999999999999"],
        _ => &[],
    }
}

fn fits(shape: &str, s: &str) -> bool {
    shape.len() == s.len()
        && shape.bytes().zip(s.bytes()).all(|(p, c)| match p {
            b'9' => c.is_ascii_digit(),
            b'A' => c.is_ascii_uppercase(),
            b'X' => c.is_ascii_uppercase() || c.is_ascii_digit(),
            other => other == c,
        })
}

/// A VAT id as people type it (`de 123 456 789`, `DE-123.456.789`), without separators, upper case.
pub fn normalise_vat_id(id: &str) -> String {
    id.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect()
}

/// Whether `id` is shaped like a VAT number of the EU member state `country` (its prefix included:
/// `DE123456789`, `EL123456789` for Greece). Separators are ignored.
pub fn vat_id_valid(country: &str, id: &str) -> bool {
    let Some((_, prefix)) = EU.iter().find(|(iso, _)| *iso == country) else { return false };
    let id = normalise_vat_id(id);
    id.strip_prefix(prefix).is_some_and(|rest| vat_shapes(prefix).iter().any(|shape| fits(shape, rest)))
}

/// How tax applies to one cart.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TaxRule {
    /// The rate of the buyer's country or region (zero where none is set).
    pub rate: BasisPoints,
    /// Prices already include the tax (the seller's setting).
    pub inclusive: bool,
    /// The buyer accounts for the tax (an EU business with a VAT id, outside the seller's
    /// country): none is charged, and with inclusive prices the tax they contain is taken off.
    pub reverse_charge: bool,
}

impl TaxRule {
    /// No tax at all (no rate for the buyer's country).
    pub const NONE: TaxRule = TaxRule { rate: BasisPoints::ZERO, inclusive: false, reverse_charge: false };
}

/// Who buys, as far as tax is concerned.
#[derive(Clone, Copy, Debug, Default)]
pub struct TaxBuyer<'a> {
    /// ISO 3166-1 alpha-2, or empty when unknown.
    pub country: &'a str,
    /// The region part of an ISO 3166-2 code (`CA` of `US-CA`), or empty.
    pub region: &'a str,
    pub vat_id: &'a str,
}

/// Whether a sale to `buyer` is reverse charged: an EU business (a VAT id of its own country's
/// shape) buying from a seller established in another country. A seller that did not say where
/// it is (`seller_country` empty) charges the tax: a domestic sale wrongly zero-rated would owe it.
pub fn reverse_charge(seller_country: &str, buyer: &TaxBuyer<'_>) -> bool {
    is_country(seller_country)
        && in_eu(buyer.country)
        && buyer.country != seller_country
        && vat_id_valid(buyer.country, buyer.vat_id)
}

/// The rule for `buyer`: the rate of their region when one is set, else their country's, else
/// none. `rate_of` looks a region code up in the admin's table.
pub fn rule_for(
    buyer: &TaxBuyer<'_>,
    seller_country: &str,
    inclusive: bool,
    rate_of: impl Fn(&str) -> Option<BasisPoints>,
) -> TaxRule {
    if !is_country(buyer.country) {
        return TaxRule { inclusive, ..TaxRule::NONE };
    }
    let regional = (!buyer.region.is_empty()).then(|| rate_of(&format!("{}-{}", buyer.country, buyer.region)));
    let rate = regional.flatten().or_else(|| rate_of(buyer.country)).unwrap_or(BasisPoints::ZERO);
    TaxRule { rate, inclusive, reverse_charge: reverse_charge(seller_country, buyer) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bp(n: u32) -> BasisPoints {
        BasisPoints::new(n).unwrap()
    }

    #[test]
    fn regions_parse_as_iso_codes() {
        assert_eq!(TaxRegion::parse("de").unwrap().as_str(), "DE");
        assert_eq!(TaxRegion::parse("us-ca").unwrap().as_str(), "US-CA");
        assert_eq!(TaxRegion::parse("US-CA").unwrap().country(), "US");
        for bad in ["", "D", "DEU", "1E", "US-", "US-CALI", "US_CA", "US-C A", "ü1"] {
            assert_eq!(TaxRegion::parse(bad), Err(BadRegion), "{bad}");
        }
    }

    #[test]
    fn vat_ids_are_checked_for_their_country_shape() {
        assert!(vat_id_valid("DE", "DE123456789"));
        assert!(vat_id_valid("DE", "de 123 456 789"));
        assert!(vat_id_valid("AT", "ATU12345678"));
        assert!(vat_id_valid("GR", "EL123456789"), "Greece's VAT ids carry EL");
        assert!(vat_id_valid("NL", "NL123456789B01"));
        assert!(vat_id_valid("FR", "FRXX123456789"));
        assert!(vat_id_valid("IE", "IE1234567WA"));
        assert!(!vat_id_valid("DE", "DE12345678"), "one digit short");
        assert!(!vat_id_valid("DE", "FR123456789"), "another country's prefix");
        assert!(!vat_id_valid("GR", "GR123456789"), "Greece is EL in VAT ids");
        assert!(!vat_id_valid("AT", "AT12345678"), "Austria's start with U");
        assert!(!vat_id_valid("US", "US123456789"), "not an EU country");
        assert!(!vat_id_valid("DE", ""));
    }

    #[test]
    fn an_eu_business_abroad_is_reverse_charged_and_a_domestic_one_is_not() {
        let german_business = TaxBuyer { country: "DE", region: "", vat_id: "DE123456789" };
        assert!(reverse_charge("FR", &german_business));
        assert!(!reverse_charge("", &german_business), "a seller who did not say where it is charges VAT");
        assert!(reverse_charge("US", &german_business));
        assert!(!reverse_charge("DE", &german_business), "same country: domestic VAT");
        let consumer = TaxBuyer { vat_id: "", ..german_business };
        assert!(!reverse_charge("FR", &consumer));
        let malformed = TaxBuyer { vat_id: "DE1", ..german_business };
        assert!(!reverse_charge("FR", &malformed));
        let outside = TaxBuyer { country: "CH", region: "", vat_id: "CHE123456789" };
        assert!(!reverse_charge("DE", &outside));
    }

    #[test]
    fn the_region_rate_wins_over_the_country_rate() {
        let table = |code: &str| match code {
            "US" => Some(bp(0)),
            "US-CA" => Some(bp(725)),
            "DE" => Some(bp(1900)),
            _ => None,
        };
        let rule = |country, region| rule_for(&TaxBuyer { country, region, vat_id: "" }, "DE", false, table);
        assert_eq!(rule("US", "CA").rate, bp(725));
        assert_eq!(rule("US", "NY").rate, bp(0), "a region without its own rate: the country's");
        assert_eq!(rule("DE", "").rate, bp(1900));
        assert_eq!(rule("JP", "").rate, bp(0), "no rate set: no tax");
        assert_eq!(rule("", "").rate, bp(0), "unknown country: no tax");
        assert!(rule_for(&TaxBuyer::default(), "", true, table).inclusive, "the setting is kept");
    }
}
