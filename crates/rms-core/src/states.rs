//! States stored and sent as short lowercase words (`active`, `credit_note`, …).
//!
//! Each state is an enum declared with [`states!`]: it parses its word once where it enters (a
//! database row, a request) and is compared as a value everywhere else, so a misspelt state is
//! a compile error rather than a branch that silently never matches.

/// A word that names none of a state's values.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what}: {value:?}")]
pub struct UnknownState {
    pub what: &'static str,
    pub value: String,
}

/// Declares that a value type is stored in a column of another type's SQL type (a state as its
/// word, a timestamp as its milliseconds); its `Decode` (and `Encode`) say how it converts.
#[doc(hidden)]
#[macro_export]
macro_rules! column_type {
    ($name:ty as $column:ty) => {
        impl<DB: ::sqlx::Database> ::sqlx::Type<DB> for $name
        where
            $column: ::sqlx::Type<DB>,
        {
            fn type_info() -> DB::TypeInfo {
                <$column as ::sqlx::Type<DB>>::type_info()
            }

            fn compatible(ty: &DB::TypeInfo) -> bool {
                <$column as ::sqlx::Type<DB>>::compatible(ty)
            }
        }
    };
}

/// Declares a state enum with its words: `ALL`, `as_str`, `parse`, `Display`, `TryFrom<String>`
/// (for rows) and serde as the word (for stored results and JSON).
#[macro_export]
macro_rules! states {
    ($(#[$meta:meta])* $vis:vis enum $name:ident ($what:literal) { $($(#[$vmeta:meta])* $variant:ident = $word:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name { $($(#[$vmeta])* $variant,)+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word,)+ }
            }

            pub fn parse(s: &str) -> Result<Self, $crate::states::UnknownState> {
                match s {
                    $($word => Ok($name::$variant),)+
                    _ => Err($crate::states::UnknownState { what: $what, value: s.to_owned() }),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::convert::TryFrom<String> for $name {
            type Error = $crate::states::UnknownState;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                Self::parse(&s)
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        // Read straight from a column (`Option<State>` included): an unknown word is a decode
        // error, a broken invariant, never a silent default.
        #[cfg(feature = "sql")]
        $crate::column_type!($name as String);

        #[cfg(feature = "sql")]
        impl<'r, DB: ::sqlx::Database> ::sqlx::Decode<'r, DB> for $name
        where
            &'r str: ::sqlx::Decode<'r, DB>,
        {
            fn decode(value: <DB as ::sqlx::Database>::ValueRef<'r>) -> Result<Self, ::sqlx::error::BoxDynError> {
                Ok(Self::parse(<&'r str as ::sqlx::Decode<'r, DB>>::decode(value)?)?)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(d)?;
                Self::parse(&s).map_err(::serde::de::Error::custom)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use crate::billing::{
        CommissionStatus, InvoiceKind, InvoiceStatus, OrderStatus, PaymentStatus, PdfStatus, RefundAction, ResetPeriod,
    };
    use crate::licensing::LicenseStatus;
    use crate::pricing::{TierMode, Visibility};

    /// Every word parses back to its value, and no two values share a word.
    fn round_trips<T: Copy + PartialEq + std::fmt::Debug>(
        all: &[T],
        word: fn(T) -> &'static str,
        parse: fn(&str) -> Option<T>,
    ) {
        for &v in all {
            assert_eq!(parse(word(v)), Some(v));
        }
        let mut words: Vec<_> = all.iter().map(|v| word(*v)).collect();
        words.sort_unstable();
        words.dedup();
        assert_eq!(words.len(), all.len());
        assert_eq!(parse("Active "), None);
    }

    #[test]
    fn every_state_word_round_trips() {
        round_trips(LicenseStatus::ALL, LicenseStatus::as_str, |s| LicenseStatus::parse(s).ok());
        round_trips(InvoiceKind::ALL, InvoiceKind::as_str, |s| InvoiceKind::parse(s).ok());
        round_trips(InvoiceStatus::ALL, InvoiceStatus::as_str, |s| InvoiceStatus::parse(s).ok());
        round_trips(PdfStatus::ALL, PdfStatus::as_str, |s| PdfStatus::parse(s).ok());
        round_trips(OrderStatus::ALL, OrderStatus::as_str, |s| OrderStatus::parse(s).ok());
        round_trips(PaymentStatus::ALL, PaymentStatus::as_str, |s| PaymentStatus::parse(s).ok());
        round_trips(CommissionStatus::ALL, CommissionStatus::as_str, |s| CommissionStatus::parse(s).ok());
        round_trips(Visibility::ALL, Visibility::as_str, |s| Visibility::parse(s).ok());
        round_trips(RefundAction::ALL, RefundAction::as_str, |s| RefundAction::parse(s).ok());
        round_trips(ResetPeriod::ALL, ResetPeriod::as_str, |s| ResetPeriod::parse(s).ok());
        round_trips(TierMode::ALL, TierMode::as_str, |s| TierMode::parse(s).ok());
    }

    #[test]
    fn states_travel_as_their_word() {
        assert_eq!(serde_json::to_string(&InvoiceKind::CreditNote).ok().as_deref(), Some("\"credit_note\""));
        assert_eq!(serde_json::from_str::<PaymentStatus>("\"expired\"").ok(), Some(PaymentStatus::Expired));
        assert!(serde_json::from_str::<PaymentStatus>("\"lost\"").is_err());
    }
}
