//! Turns on the PostgreSQL half of the test suite when `RMS_TEST_POSTGRES_URL` is set.
fn main() {
    println!("cargo::rustc-check-cfg=cfg(rms_pg)");
    println!("cargo::rustc-check-cfg=cfg(rms_redis)");
    println!("cargo::rerun-if-env-changed=RMS_TEST_POSTGRES_URL");
    println!("cargo::rerun-if-env-changed=RMS_TEST_REDIS_URL");
    // `sqlx::migrate!` embeds the files it saw: a new migration must rebuild this crate.
    println!("cargo::rerun-if-changed=migrations");
    if std::env::var_os("RMS_TEST_POSTGRES_URL").is_some_and(|v| !v.is_empty()) {
        println!("cargo::rustc-cfg=rms_pg");
    }
    if std::env::var_os("RMS_TEST_REDIS_URL").is_some_and(|v| !v.is_empty()) {
        println!("cargo::rustc-cfg=rms_redis");
    }
}
