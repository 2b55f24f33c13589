//! The master key: 32 bytes that encrypt secrets at rest. It never lives in the database.
//!
//! Taken from `RMS_MASTER_KEY` or `RMS_MASTER_KEY_FILE`; in development, generated on first start
//! into `<data dir>/master.key` (mode 0600) so the embedded setup needs no preparation. In
//! production a missing key is an error: silently generating one there would lose every secret
//! the day the data dir is rebuilt.

use std::fmt;
use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use rand::RngCore;

use crate::config::{Config, Environment};

pub const KEY_LEN: usize = 32;
pub const GENERATED_FILE: &str = "master.key";

/// The key bytes. Debug output is redacted.
#[derive(Clone)]
pub struct MasterKey([u8; KEY_LEN]);

impl fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MasterKey([redacted])")
    }
}

/// Where the key came from, for the start-up log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeySource {
    Environment,
    File(PathBuf),
    Generated(PathBuf),
}

#[derive(Debug, thiserror::Error)]
pub enum MasterKeyError {
    #[error(
        "RMS_ENV=production needs a master key: set RMS_MASTER_KEY_FILE (preferred) or RMS_MASTER_KEY to 32 random bytes in base64 (e.g. `openssl rand -base64 32`)"
    )]
    MissingInProduction,
    #[error("{what}: expected 32 bytes encoded in base64 (44 characters), {problem}")]
    Malformed { what: String, problem: String },
    #[error("could not read or create the master key file {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
}

impl MasterKey {
    pub fn bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    fn parse(text: &str, what: impl Into<String>) -> Result<Self, MasterKeyError> {
        let what = what.into();
        let decoded = STANDARD.decode(text.trim()).map_err(|e| MasterKeyError::Malformed {
            what: what.clone(),
            problem: format!("but it is not valid base64 ({e})"),
        })?;
        let bytes: [u8; KEY_LEN] = decoded.as_slice().try_into().map_err(|_| MasterKeyError::Malformed {
            what,
            problem: format!("but it decodes to {} bytes", decoded.len()),
        })?;
        Ok(MasterKey(bytes))
    }

    /// Resolves the key as the configuration says, generating it in development when absent.
    pub fn load(config: &Config) -> Result<(MasterKey, KeySource), MasterKeyError> {
        if let Some(secret) = &config.master_key {
            return Ok((Self::parse(secret.expose(), "RMS_MASTER_KEY")?, KeySource::Environment));
        }
        if let Some(path) = &config.master_key_file {
            let key = Self::read_file(path, "RMS_MASTER_KEY_FILE")?;
            return Ok((key, KeySource::File(path.clone())));
        }
        if config.env == Environment::Production {
            return Err(MasterKeyError::MissingInProduction);
        }
        let path = config.data_dir.join(GENERATED_FILE);
        if path.exists() {
            let key = Self::read_file(&path, path.display().to_string())?;
            return Ok((key, KeySource::File(path)));
        }
        let key = Self::generate_into(&path)?;
        Ok((key, KeySource::Generated(path)))
    }

    /// Reads a key file (the new key of a rotation).
    pub fn from_file(path: &Path) -> Result<MasterKey, MasterKeyError> {
        Self::read_file(path, path.display().to_string())
    }

    fn read_file(path: &Path, what: impl Into<String>) -> Result<MasterKey, MasterKeyError> {
        let io = |source| MasterKeyError::Io { path: path.to_owned(), source };
        let text = std::fs::read_to_string(path).map_err(io)?;
        let mode = std::fs::metadata(path).map_err(io)?.permissions().mode();
        if mode & 0o077 != 0 {
            tracing::warn!(path = %path.display(), mode = format!("{:o}", mode & 0o777), "the master key file is readable by other users; chmod 600 it");
        }
        Self::parse(&text, what)
    }

    fn generate_into(path: &Path) -> Result<MasterKey, MasterKeyError> {
        let io = |source| MasterKeyError::Io { path: path.to_owned(), source };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        let mut bytes = [0u8; KEY_LEN];
        rand::rng().fill_bytes(&mut bytes);
        // create_new: two processes starting at once must not overwrite each other's key.
        let mut file = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path).map_err(io)?;
        writeln!(file, "{}", STANDARD.encode(bytes)).map_err(io)?;
        file.sync_all().map_err(io)?;
        Ok(MasterKey(bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Secret;

    fn config_in(dir: &Path) -> Config {
        Config { data_dir: dir.to_owned(), ..Config::default() }
    }

    #[test]
    fn development_generates_a_private_key_once_and_reuses_it() {
        let dir = tempfile::tempdir().unwrap();
        let (first, source) = MasterKey::load(&config_in(dir.path())).unwrap();
        let path = dir.path().join(GENERATED_FILE);
        assert_eq!(source, KeySource::Generated(path.clone()));
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        let (second, source) = MasterKey::load(&config_in(dir.path())).unwrap();
        assert_eq!(source, KeySource::File(path));
        assert_eq!(first.bytes(), second.bytes());
    }

    #[test]
    fn production_refuses_to_start_without_a_key() {
        let dir = tempfile::tempdir().unwrap();
        let config = Config { env: Environment::Production, ..config_in(dir.path()) };
        assert!(matches!(MasterKey::load(&config), Err(MasterKeyError::MissingInProduction)));
        assert!(!dir.path().join(GENERATED_FILE).exists(), "nothing generated in production");
    }

    #[test]
    fn a_malformed_key_says_what_is_wrong() {
        let dir = tempfile::tempdir().unwrap();
        let short = Config { master_key: Some(Secret::new(STANDARD.encode([1u8; 16]))), ..config_in(dir.path()) };
        let err = MasterKey::load(&short).unwrap_err().to_string();
        assert!(err.contains("RMS_MASTER_KEY") && err.contains("16 bytes"), "{err}");
        let garbage = Config { master_key: Some(Secret::new("not base64!")), ..config_in(dir.path()) };
        assert!(MasterKey::load(&garbage).unwrap_err().to_string().contains("not valid base64"));
        let good = Config { master_key: Some(Secret::new(STANDARD.encode([7u8; 32]))), ..config_in(dir.path()) };
        assert_eq!(MasterKey::load(&good).unwrap().0.bytes(), &[7u8; 32]);
    }
}
