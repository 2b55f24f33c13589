//! A machine fingerprint: stable across reboots and updates, different per machine, and hashed so
//! it reveals nothing about the machine. Built from the OS's machine id plus a few hardware facts,
//! salted per product (two vendors see unrelated fingerprints for the same machine).

use sha2::{Digest, Sha256};

/// The raw facts the fingerprint is made of, in a fixed order.
pub fn facts() -> Vec<String> {
    let mut facts = vec![
        format!("os={}", std::env::consts::OS),
        format!("arch={}", std::env::consts::ARCH),
        format!("cpus={}", std::thread::available_parallelism().map_or(0, |n| n.get())),
    ];
    if let Some(id) = machine_id() {
        facts.push(format!("machine-id={id}"));
    }
    if let Some(cpu) = cpu_model() {
        facts.push(format!("cpu={cpu}"));
    }
    facts
}

/// The fingerprint for `product` on this machine: 64 hex characters.
pub fn machine(product: &str) -> String {
    hash(product, &facts())
}

/// The facts one by one, each hashed (salted per product), for plans that recognise a machine by
/// k of its components: a new disk or CPU changes one component, not the machine.
pub fn components(product: &str) -> Vec<String> {
    facts().iter().map(|f| hash(product, std::slice::from_ref(f))[..32].to_owned()).collect()
}

/// The fingerprint of given facts (for tests and for products that add facts of their own).
pub fn hash(product: &str, facts: &[String]) -> String {
    let mut h = Sha256::new();
    h.update(b"rms-fingerprint/v1\n");
    h.update(product.as_bytes());
    for f in facts {
        h.update(b"\n");
        h.update(f.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

fn machine_id() -> Option<String> {
    let from_file = ["/etc/machine-id", "/var/lib/dbus/machine-id"]
        .iter()
        .find_map(|p| std::fs::read_to_string(p).ok())
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty());
    from_file.or_else(platform_id)
}

#[cfg(target_os = "macos")]
fn platform_id() -> Option<String> {
    let out = std::process::Command::new("ioreg").args(["-rd1", "-c", "IOPlatformExpertDevice"]).output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().find(|l| l.contains("IOPlatformUUID"))?;
    line.split('"').nth(3).map(str::to_owned)
}

#[cfg(target_os = "windows")]
fn platform_id() -> Option<String> {
    let out = std::process::Command::new("reg")
        .args(["query", r"HKLM\SOFTWARE\Microsoft\Cryptography", "/v", "MachineGuid"])
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines().find(|l| l.contains("MachineGuid"))?.split_whitespace().last().map(str::to_owned)
}

#[cfg(not(any(target_os = "macos", target_os = "windows")))]
fn platform_id() -> Option<String> {
    None
}

fn cpu_model() -> Option<String> {
    let info = std::fs::read_to_string("/proc/cpuinfo").ok()?;
    info.lines().find(|l| l.starts_with("model name")).and_then(|l| l.split(':').nth(1)).map(|s| s.trim().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fingerprint_is_stable_hashed_and_salted_per_product() {
        let a = machine("photo-tool");
        assert_eq!(a, machine("photo-tool"), "stable between calls");
        assert_eq!(a.len(), 64);
        assert_ne!(a, machine("other-product"), "two vendors see unrelated values");
        let facts = facts();
        assert!(!a.contains(&facts.join("")), "no raw fact in the fingerprint");
        let mut other_machine = facts.clone();
        other_machine.push("machine-id=another".into());
        assert_ne!(hash("photo-tool", &facts), hash("photo-tool", &other_machine));
        let parts = components("photo-tool");
        assert_eq!(parts.len(), facts.len(), "one hashed component per fact");
        assert!(parts.iter().all(|p| p.len() == 32) && parts != components("other-product"));
    }
}
