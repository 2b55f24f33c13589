//! Password hashing with Argon2id at OWASP's parameters (m = 19 MiB, t = 2, p = 1).

use argon2::{Algorithm, Argon2, Params, PasswordVerifier, Version};
use rand::RngCore;

/// Memory cost in KiB (19 MiB), iterations and lanes: OWASP Password Storage Cheat Sheet.
pub const MEMORY_KIB: u32 = 19 * 1024;
pub const ITERATIONS: u32 = 2;
pub const LANES: u32 = 1;

fn argon2() -> Argon2<'static> {
    // The parameters are constants within Argon2's accepted ranges; a failure here is a build bug.
    let params = Params::new(MEMORY_KIB, ITERATIONS, LANES, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

#[derive(Debug, thiserror::Error)]
#[error("password hashing failed: {0}")]
pub struct HashError(String);

thread_local! {
    /// Argon2's 19 MiB of working memory, allocated once per thread and reused by every hash on
    /// it. Allocating it per hash left each allocator arena holding its own copy: a few sign-ins
    /// raised the process to 120+ MB. Hashing runs on a couple of dedicated threads.
    static MEMORY: std::cell::RefCell<Vec<argon2::Block>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs Argon2id with our parameters over this thread's reusable memory.
fn argon2_into(password: &[u8], salt: &[u8], out: &mut [u8]) -> Result<(), HashError> {
    MEMORY.with(|memory| {
        let mut blocks = memory.borrow_mut();
        let needed = MEMORY_KIB as usize;
        if blocks.len() != needed {
            *blocks = vec![argon2::Block::new(); needed];
        }
        argon2()
            .hash_password_into_with_memory(password, salt, out, &mut blocks[..])
            .map_err(|e| HashError(e.to_string()))
    })
}

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD_NO_PAD;

/// The PHC prefix of every hash made with today's parameters.
fn phc_prefix() -> String {
    format!("$argon2id$v=19$m={MEMORY_KIB},t={ITERATIONS},p={LANES}$")
}

/// Hashes `password` into a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`) with a fresh salt.
pub fn hash(password: &str) -> Result<String, HashError> {
    use base64::Engine;
    let mut salt = [0u8; 16];
    rand::rng().fill_bytes(&mut salt);
    let mut out = [0u8; 32];
    argon2_into(password.as_bytes(), &salt, &mut out)?;
    Ok(format!("{}{}${}", phc_prefix(), B64.encode(salt), B64.encode(out)))
}

/// Whether `password` matches the stored PHC string. A malformed stored hash never matches.
/// Hashes made with other parameters (older settings) are checked by the library as they are.
pub fn verify(password: &str, phc: &str) -> bool {
    use base64::Engine;
    let ours = phc.strip_prefix(phc_prefix().as_str()).and_then(|rest| rest.split_once('$'));
    let Some((salt, expected)) = ours else {
        return argon2().verify_password(password.as_bytes(), phc).is_ok();
    };
    let (Ok(salt), Ok(expected)) = (B64.decode(salt), B64.decode(expected)) else { return false };
    if expected.is_empty() || expected.len() > 64 {
        return false;
    }
    let mut out = vec![0u8; expected.len()];
    argon2_into(password.as_bytes(), &salt, &mut out).is_ok() && crate::token::constant_time_eq(&out, &expected)
}

/// Spends the same time as a real verification, for accounts that do not exist, so that "unknown
/// email" and "wrong password" cannot be told apart by timing.
pub fn verify_dummy(password: &str) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let phc = DUMMY.get_or_init(|| hash("a dummy password nobody has").unwrap_or_default());
    let _ = verify(password, phc);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stored_hash_proves_owasp_parameters() {
        let phc = hash("correct horse battery staple").unwrap();
        assert!(phc.starts_with("$argon2id$v=19$"), "{phc}");
        let params = phc.split('$').nth(3).unwrap();
        let mut m = 0;
        let mut t = 0;
        let mut p = 0;
        for kv in params.split(',') {
            let (k, v) = kv.split_once('=').unwrap();
            let v: u32 = v.parse().unwrap();
            match k {
                "m" => m = v,
                "t" => t = v,
                "p" => p = v,
                _ => {}
            }
        }
        assert!(m >= 19_456 && t >= 2 && p == 1, "m={m} t={t} p={p}");
    }

    #[test]
    fn hashes_made_by_the_library_and_by_us_verify_each_other() {
        use argon2::PasswordHasher;
        let library = argon2().hash_password(b"correct horse battery staple").unwrap().to_string();
        assert!(verify("correct horse battery staple", &library));
        assert!(!verify("correct horse battery stapler", &library));
        let ours = hash("correct horse battery staple").unwrap();
        assert!(argon2().verify_password(b"correct horse battery staple", ours.as_str()).is_ok());
        // Other parameters (a hash from older settings) still verify, through the library.
        let old = Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(8192, 3, 1, None).unwrap())
            .hash_password(b"old password")
            .unwrap()
            .to_string();
        assert!(verify("old password", &old) && !verify("new password", &old));
    }

    #[test]
    fn only_the_right_password_verifies_and_salts_differ() {
        let a = hash("correct horse battery staple").unwrap();
        let b = hash("correct horse battery staple").unwrap();
        assert_ne!(a, b, "a fresh salt each time");
        assert!(verify("correct horse battery staple", &a));
        assert!(!verify("correct horse battery stapler", &a));
        assert!(!verify("anything", "not a phc string"));
    }
}
