//! One engine assessment, natively: the median time over many samples, per example.
//! Run with `cargo bench --bench engine`. A benchmark, not a test: it asserts nothing.

use std::hint::black_box;
use std::time::{Duration, Instant};

use hernia_aid::core::{assess, Answers};

const SAMPLES: usize = 201;
const PER_SAMPLE: u32 = 200;

fn median_per_call(answers: &Answers) -> Duration {
    let mut samples: Vec<Duration> = (0..SAMPLES)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..PER_SAMPLE {
                black_box(assess(black_box(answers)));
            }
            start.elapsed() / PER_SAMPLE
        })
        .collect();
    samples.sort();
    samples[SAMPLES / 2]
}

fn main() {
    println!("{:<12} {:>14} {:>10}", "example", "median/assess", "samples");
    let mut results = Vec::new();
    for name in ["emergency", "prompt", "routine", "self_care"] {
        let path = format!("{}/docs/examples/{name}.json", env!("CARGO_MANIFEST_DIR"));
        let answers = Answers::from_json(&std::fs::read(&path).unwrap()).unwrap();
        // Warm up caches and the allocator before measuring.
        for _ in 0..1_000 {
            black_box(assess(&answers));
        }
        let median = median_per_call(&answers);
        println!("{name:<12} {:>11.2} µs {SAMPLES:>10}", median.as_secs_f64() * 1e6);
        results.push(format!("\"{name}\": {:.3}", median.as_secs_f64() * 1e6));
    }
    println!("json: {{\"engine_median_us\": {{{}}}}}", results.join(", "));
}
