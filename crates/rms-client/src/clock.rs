//! The clock high-water mark: the latest time this client has seen, kept in a small file next to
//! the license file. A clock set back past it (to stretch an expiring license) is caught.

use std::path::{Path, PathBuf};

use crate::client::ClientError;

/// How far the clock may step back (NTP corrections, DST mistakes) before it counts as tampering.
pub const TOLERANCE_SECS: i64 = 600;

#[derive(Clone, Debug)]
pub struct HighWater {
    path: PathBuf,
}

impl HighWater {
    pub fn at(path: impl AsRef<Path>) -> Self {
        Self { path: path.as_ref().to_owned() }
    }

    /// The latest time seen, unix seconds (0 when nothing was recorded yet).
    pub fn read(&self) -> i64 {
        std::fs::read_to_string(&self.path).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0)
    }

    /// Checks `now` against the mark and raises the mark to it. A clock more than
    /// [`TOLERANCE_SECS`] behind the mark is refused and the mark stays.
    pub fn observe(&self, now: i64) -> Result<(), ClientError> {
        let mark = self.read();
        if now + TOLERANCE_SECS < mark {
            return Err(ClientError::ClockRolledBack);
        }
        if now > mark {
            // Written to a temporary file and renamed: a crash never leaves half a number.
            let tmp = self.path.with_extension("tmp");
            std::fs::write(&tmp, now.to_string())
                .and_then(|()| std::fs::rename(&tmp, &self.path))
                .map_err(|e| ClientError::Storage(e.to_string()))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clock_set_back_is_caught_and_small_corrections_are_not() {
        let dir = tempfile::tempdir().unwrap();
        let mark = HighWater::at(dir.path().join("clock"));
        mark.observe(1_000_000).unwrap();
        mark.observe(1_000_000 - 60).unwrap();
        assert_eq!(mark.read(), 1_000_000);
        assert!(matches!(mark.observe(1_000_000 - 86_400), Err(ClientError::ClockRolledBack)));
        mark.observe(1_000_500).unwrap();
        assert_eq!(mark.read(), 1_000_500);
    }
}
