//! Compiles the messages in: lists every `locales/<tag>/*.ftl` as an `include_str!` (so the
//! binary needs no files at run time), and tells cargo to rebuild when any of them changes.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // Read when the script runs, not baked in when it is compiled: two checkouts sharing one
    // target folder (a CI clone beside the working copy) share this script's binary too, and
    // each must read its own locales.
    let Ok(manifest) = std::env::var("CARGO_MANIFEST_DIR") else { panic!("cargo sets CARGO_MANIFEST_DIR") };
    let root = Path::new(&manifest).join("../../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    let Ok(dirs) = std::fs::read_dir(&root) else { panic!("no locales folder at {}", root.display()) };
    for dir in dirs.flatten().map(|d| d.path()).filter(|d| d.is_dir()) {
        let tag = dir.file_name().map(|t| t.to_string_lossy().into_owned()).unwrap_or_default();
        for file in std::fs::read_dir(&dir).into_iter().flatten().flatten().map(|f| f.path()) {
            if file.extension().is_some_and(|e| e == "ftl") {
                files.push((tag.clone(), file));
            }
        }
    }
    files.sort();
    let mut out = String::from("/// (locale tag, file name, source) of every message file.\n");
    out.push_str("static SOURCES: &[(&str, &str, &str)] = &[\n");
    for (tag, file) in files {
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let path = file.canonicalize().unwrap_or(file);
        let _ = writeln!(out, "    ({tag:?}, {name:?}, include_str!({:?})),", path.display().to_string());
    }
    out.push_str("];\n");
    let Ok(dest) = std::env::var("OUT_DIR") else { panic!("cargo sets OUT_DIR") };
    if let Err(e) = std::fs::write(Path::new(&dest).join("sources.rs"), out) {
        panic!("cannot write the message list: {e}");
    }
}
