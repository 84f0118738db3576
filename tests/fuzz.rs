//! The fuzzer of `src/bin/fuzz.rs`, run briefly with a fixed seed: every decoder of outside
//! input (share links and saved answers, answers JSON, a locale file, the URL fragment)
//! gets mutated valid inputs, random text and bytes, and must neither panic nor break a
//! property. `cargo run --release --bin fuzz` runs the long version.

#[allow(dead_code)] // the bin's `main` and argument parsing
#[path = "../src/bin/fuzz.rs"]
mod fuzz;

use fuzz::{run_decoder, Decoder};

/// Fixed, so a failure here repeats; the long runs draw new seeds.
const SEED: u64 = 0x5eed_2026;

fn fuzz(decoder: Decoder, inputs: u64) {
    match run_decoder(decoder, inputs, SEED) {
        Ok(stats) => {
            println!("{stats}");
            assert_eq!(stats.accepted + stats.refused, inputs);
            assert!(stats.accepted > 0 && stats.refused > 0, "the inputs should reach both outcomes: {stats}");
        }
        Err(failure) => panic!("{failure}\nrepeat with `cargo run --release --bin fuzz -- {inputs} {SEED} {}`", decoder.short_name()),
    }
}

#[test]
fn share_links_and_saved_answers() {
    fuzz(Decoder::Share, 20_000);
}

#[test]
fn answers_json() {
    fuzz(Decoder::Json, 20_000);
}

#[test]
fn locale_files() {
    fuzz(Decoder::Locale, 4_000);
}

#[test]
fn url_fragments() {
    fuzz(Decoder::Route, 20_000);
}
