//! Documents kept as JSON text (invoice lines, the parties on an invoice).

use serde::Serialize;
use serde::de::DeserializeOwned;

/// A value kept as JSON in a TEXT column, the same on SQLite and PostgreSQL. Rows decode it with
/// `#[sqlx(try_from = "String")]`, so callers get the typed value and never parse strings; a
/// document that does not read back is a store error (corrupt data), not a default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Json<T>(pub T);

impl<T: DeserializeOwned> TryFrom<String> for Json<T> {
    type Error = serde_json::Error;
    fn try_from(stored: String) -> Result<Self, serde_json::Error> {
        serde_json::from_str(&stored).map(Self)
    }
}

impl<T: Serialize> Json<T> {
    /// The text to bind.
    pub(crate) fn to_stored(&self) -> Result<String, crate::StoreError> {
        serde_json::to_string(&self.0).map_err(|e| crate::StoreError::Invariant(format!("json: {e}")))
    }
}
