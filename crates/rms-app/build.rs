//! Turns on the PostgreSQL half of the rules tests when `RMS_TEST_POSTGRES_URL` is set.
fn main() {
    println!("cargo::rustc-check-cfg=cfg(rms_pg)");
    println!("cargo::rerun-if-env-changed=RMS_TEST_POSTGRES_URL");
    if std::env::var_os("RMS_TEST_POSTGRES_URL").is_some_and(|v| !v.is_empty()) {
        println!("cargo::rustc-cfg=rms_pg");
    }
}
