//! `rms release verify`: checks a downloaded file offline against its release's signed manifest
//! and the product's public key, with the SDK's own code. Exit 0 valid, 1 invalid, 2 usage error.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use base64::Engine;
use clap::Args;
use rms_license::manifest;
use sha2::{Digest, Sha256};

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The downloaded file.
    file: PathBuf,
    /// The release's manifest as served by GET /api/v1/releases/{id}/manifest, byte for byte.
    #[arg(long, value_name = "M")]
    manifest: PathBuf,
    /// The manifest's RMS-Signature value (`kid="…", alg="ed25519", sig="…"`); read from the
    /// file `<M>.sig` when omitted.
    #[arg(long, value_name = "SIG")]
    signature: Option<String>,
    /// The product's public key: 32 bytes in base64 (from /api/v1/products/{id}/public-keys).
    #[arg(long, value_name = "K")]
    public_key: String,
    /// The artifact's platform in the manifest; when omitted, the artifact whose file name is
    /// the file's, or the only one.
    #[arg(long)]
    platform: Option<String>,
}

fn usage(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("usage error: {message}");
    ExitCode::from(2)
}

/// Streams `path` through SHA-256: (size, lowercase hex).
fn digest(path: &Path) -> std::io::Result<(u64, String)> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut size = 0u64;
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        size += n as u64;
        hasher.update(&buf[..n]);
    }
    Ok((size, hex::encode(hasher.finalize())))
}

pub fn verify(args: VerifyArgs) -> ExitCode {
    let raw = match base64::engine::general_purpose::STANDARD.decode(args.public_key.trim()) {
        Ok(raw) => raw,
        Err(_) => return usage("--public-key: expected 32 bytes in base64"),
    };
    let Some(key) = <[u8; 32]>::try_from(raw).ok().and_then(|r| rms_license::VerifyingKey::from_bytes(&r).ok()) else {
        return usage("--public-key: not an Ed25519 public key");
    };
    let bytes = match std::fs::read(&args.manifest) {
        Ok(b) => b,
        Err(e) => return usage(format!("cannot read {}: {e}", args.manifest.display())),
    };
    let signature = match args.signature {
        Some(s) => s,
        None => {
            let sig = PathBuf::from(format!("{}.sig", args.manifest.display()));
            match std::fs::read_to_string(&sig) {
                Ok(s) => s.trim().to_owned(),
                Err(e) => return usage(format!("no --signature and cannot read {}: {e}", sig.display())),
            }
        }
    };
    let (size, sha256) = match digest(&args.file) {
        Ok(d) => d,
        Err(e) => return usage(format!("cannot read {}: {e}", args.file.display())),
    };
    let checked = manifest::verify(&signature, |_| Some(key), &bytes).and_then(|m| {
        let name = args.file.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let artifact = match &args.platform {
            Some(p) => m.artifact(p),
            None => m.artifacts.iter().find(|a| a.file_name == name).or(match m.artifacts.as_slice() {
                [only] => Some(only),
                _ => None,
            }),
        }
        .ok_or_else(|| manifest::ManifestError::NoArtifact(args.platform.clone().unwrap_or_else(|| name.to_owned())))?;
        manifest::check_digest(artifact, size, &sha256)?;
        Ok((m.clone(), artifact.clone()))
    });
    match checked {
        Ok((m, a)) => {
            println!(
                "valid: {} {} ({}) for {}: {} bytes, sha256 {}",
                m.product, m.version, m.channel, a.platform, a.size, a.sha256
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            println!("invalid: {e}");
            println!("file: {size} bytes, sha256 {sha256}");
            ExitCode::from(1)
        }
    }
}
