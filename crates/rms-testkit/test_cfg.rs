// Shared by the build scripts of the crates with database tests (`include!`d, not a module):
// turns on the PostgreSQL and Redis halves of the test suite when their URLs are set.
fn test_cfg() {
    println!("cargo::rustc-check-cfg=cfg(rms_pg)");
    println!("cargo::rustc-check-cfg=cfg(rms_redis)");
    println!("cargo::rerun-if-env-changed=RMS_TEST_POSTGRES_URL");
    println!("cargo::rerun-if-env-changed=RMS_TEST_REDIS_URL");
    if std::env::var_os("RMS_TEST_POSTGRES_URL").is_some_and(|v| !v.is_empty()) {
        println!("cargo::rustc-cfg=rms_pg");
    }
    if std::env::var_os("RMS_TEST_REDIS_URL").is_some_and(|v| !v.is_empty()) {
        println!("cargo::rustc-cfg=rms_redis");
    }
}
