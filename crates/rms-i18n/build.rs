//! The messages are compiled in by `fluent_templates::static_loader!`, which reads the files
//! itself: without this, cargo would not rebuild the crate when only a `.ftl` file changed.

fn main() {
    println!("cargo:rerun-if-changed=../../locales");
}
