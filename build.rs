//! Validates every file in `content/` and fails the build with one message per problem; on success writes the
//! skeleton of the catalog the app ships with (`$OUT_DIR/catalog.json`: levels and sections, no questions). It uses
//! the same parser as the app: the `roadmap-quiz-bank` crate in `crates/bank`.

use roadmap_quiz_bank as bank;
use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=content");
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let bank = match bank::load_bank(&Path::new(&manifest).join("content")) {
        Ok(bank) => bank,
        Err(errors) => {
            for error in &errors {
                eprintln!("error: {error}");
            }
            eprintln!(
                "{} problem(s) in content/: the bank does not build until they are fixed (format: content/README.md)",
                errors.len()
            );
            std::process::exit(1);
        }
    };
    let catalog = bank::Catalog::of(&bank).skeleton();
    let json = serde_json::to_string(&catalog).expect("the catalog is plain data");
    std::fs::write(Path::new(&out_dir).join("catalog.json"), json).expect("OUT_DIR is writable");
}
