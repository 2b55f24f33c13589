//! Turns on the PostgreSQL and Redis halves of the test suite when their URLs are set.
include!("../rms-testkit/test_cfg.rs");

fn main() {
    test_cfg();
}
