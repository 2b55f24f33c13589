//! Crash points: named steps of the money flows (purchase, top-up, webhook, credit, job
//! completion) where the fault suite makes the process die on purpose (row M6 of the test plan),
//! then restarts it and replays the same requests to prove each operation happened exactly once
//! or not at all.
//!
//! The points exist only in a build with the `failpoints` feature, which the tests' build turns
//! on; in a release build [`point`] is an empty inline function and `FAILPOINTS` is ignored.

/// Arms the points named in `FAILPOINTS` (`name=action;name=action`, the `fail` crate's syntax:
/// `return` dies here, `panic`, `sleep(ms)`, `50%return`, `1*return`, …). Refuses a setting it
/// cannot read rather than running without the crash a test asked for.
pub fn arm_from_env() -> Result<(), String> {
    #[cfg(feature = "failpoints")]
    if let Ok(setting) = std::env::var("FAILPOINTS") {
        tracing::warn!(%setting, "crash points armed");
        for entry in setting.split(';').map(str::trim).filter(|e| !e.is_empty()) {
            let (name, actions) = entry.split_once('=').ok_or_else(|| format!("FAILPOINTS: {entry:?} has no '='"))?;
            fail::cfg(name.trim(), actions.trim()).map_err(|e| format!("FAILPOINTS: {name}: {e}"))?;
        }
    }
    Ok(())
}

/// Step `name` of a flow. Armed with `return`, the process aborts here as a `kill -9` would: no
/// destructor runs, no transaction commits, no answer goes out.
#[inline]
pub fn point(name: &str) {
    #[cfg(feature = "failpoints")]
    if fail::eval(name, |_| ()).is_some() {
        eprintln!("fail point {name}: the process dies here");
        std::process::abort();
    }
    #[cfg(not(feature = "failpoints"))]
    let _ = name;
}

/// Step `step` of the thing named `of` (a job's kind, say): the point `{step}.{of}`.
#[inline]
pub fn point_of(step: &str, of: &str) {
    #[cfg(feature = "failpoints")]
    point(&format!("{step}.{of}"));
    #[cfg(not(feature = "failpoints"))]
    let _ = (step, of);
}
