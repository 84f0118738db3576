//! Fuzzes every decoder of outside input, natively and without dependencies:
//!
//! - `core::share::decode`: share links and saved answers (both use the same text form);
//! - `core::Answers::from_json`: answers as JSON (the CLI, `docs/examples/`);
//! - `content::texts_from_source`: a locale file fetched by the browser;
//! - `ui::route::Route::parse`: the URL fragment, with the share code it may carry.
//!
//! ```text
//! cargo run --release --bin fuzz -- [inputs=1000000] [seed] [decoder]
//! ```
//!
//! `inputs` is per decoder; without a seed one is drawn from the clock (and printed, so a run
//! can be repeated); `decoder` (`share`, `json`, `locale` or `route`) runs only that one.
//!
//! Inputs start from valid seeds (real answers made with `Edit`, the example JSON files, the
//! real locale files, real and hostile fragments) and are mutated: bit flips, byte and token
//! inserts, deletes and duplicates, word and number swaps, truncation, splices of two inputs,
//! line shuffles, re-sealed share payloads (with a correct checksum, so the fields behind it
//! are reached), random text from the share alphabet, random bytes (read as lossy UTF-8), and
//! rarely huge inputs up to 1 MB. Accepted mutants that decode to something new join the corpus.
//!
//! Properties, for every input: no panic; answers that decode pass `validate`; they survive
//! `share::encode` then `decode` unchanged (and re-encoding is a fixed point), and JSON too;
//! an accepted locale file's texts are within the limits, free of control characters, use the
//! Japanese text's placeholders and read back the same when written out again; a parsed route
//! embeds only with an `http(s)://` origin, and links a provider only over http(s).
//! Each decoder prints its inputs, accepted, refused, time and throughput; the first failure
//! prints the input and exits 1.
//!
//! A panic is caught with `catch_unwind`. The release profile aborts on panic instead, so a
//! panic hook reports the input being decoded, then exits 1.

use std::cell::RefCell;
use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use hernia_aid::content::{texts_from_source, Lang, ALL_MESSAGES};
use hernia_aid::core::answers::{Elapsed, ANSWERS_VERSION};
use hernia_aid::core::edit::Edit;
use hernia_aid::core::ids::AnswerId;
use hernia_aid::core::registry::Response;
use hernia_aid::core::{share, Answers};
use hernia_aid::ui::route::{Route, Screen};

const USAGE: &str = "usage: fuzz [inputs=1000000] [seed] [share|json|locale|route]";
const DEFAULT_INPUTS: u64 = 1_000_000;
/// The largest input made (rarely): far beyond anything a URL, a saved entry or a locale
/// file holds, to show that size alone neither panics nor hangs a decoder.
const HUGE: usize = 1 << 20;
/// Accepted mutants kept as further seeds, per decoder.
const CORPUS_LIMIT: usize = 512;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (inputs, seed, only) = match parse_args(&args) {
        Ok(parsed) => parsed,
        Err(problem) => {
            eprintln!("fuzz: {problem}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    println!("fuzz: {inputs} inputs per decoder, seed {seed}");
    println!(
        "{:<28} {:>9} {:>9} {:>9} {:>9} {:>10} {:>9}",
        "decoder", "inputs", "accepted", "refused", "time", "inputs/s", "slowest input"
    );
    for decoder in Decoder::ALL.into_iter().filter(|d| only.is_none_or(|only| only == *d)) {
        match run_decoder(decoder, inputs, seed) {
            Ok(stats) => println!("{stats}"),
            Err(failure) => {
                eprintln!("{failure}");
                eprintln!("fuzz: repeat with `cargo run --release --bin fuzz -- {inputs} {seed} {}`", decoder.short_name());
                return ExitCode::FAILURE;
            }
        }
    }
    println!("fuzz: no panics, every property held");
    ExitCode::SUCCESS
}

fn parse_args(args: &[String]) -> Result<(u64, u64, Option<Decoder>), String> {
    let number = |text: &str, what: &str| -> Result<u64, String> {
        let text = text.replace('_', "");
        let parsed = match text.strip_prefix("0x") {
            Some(hex) => u64::from_str_radix(hex, 16),
            None => text.parse(),
        };
        parsed.map_err(|_| format!("{what} must be a whole number, not `{text}`"))
    };
    if args.len() > 3 {
        return Err("too many arguments".to_string());
    }
    let inputs = match args.first() {
        Some(arg) => number(arg.strip_prefix("inputs=").unwrap_or(arg), "inputs")?,
        None => DEFAULT_INPUTS,
    };
    let seed = match args.get(1) {
        Some(arg) => number(arg.strip_prefix("seed=").unwrap_or(arg), "seed")?,
        None => std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64),
    };
    let only = match args.get(2) {
        Some(arg) => Some(Decoder::ALL.into_iter().find(|d| d.short_name() == arg).ok_or_else(|| format!("no decoder named `{arg}`"))?),
        None => None,
    };
    Ok((inputs, seed, only))
}

/// xorshift64* (Vigna 2016): fast, and good enough to pick mutations.
pub struct Rng(u64);

impl Rng {
    /// Any seed works: it is spread by splitmix64 first, and the state is never zero.
    pub fn new(seed: u64) -> Rng {
        let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        Rng((z ^ (z >> 31)) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n`; `n` must not be zero.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Mostly `Some` value, sometimes `None` ("not answered").
    fn maybe<T>(&mut self, value: impl FnOnce(&mut Rng) -> T) -> Option<T> {
        if self.one_in(4) {
            None
        } else {
            Some(value(self))
        }
    }
}

/// The decoders of outside input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decoder {
    Share,
    Json,
    Locale,
    Route,
}

impl Decoder {
    pub const ALL: [Decoder; 4] = [Decoder::Share, Decoder::Json, Decoder::Locale, Decoder::Route];

    pub fn name(self) -> &'static str {
        match self {
            Decoder::Share => "core::share::decode",
            Decoder::Json => "Answers::from_json",
            Decoder::Locale => "content::texts_from_source",
            Decoder::Route => "ui::route::Route::parse",
        }
    }

    /// The name that selects it on the command line.
    pub fn short_name(self) -> &'static str {
        match self {
            Decoder::Share => "share",
            Decoder::Json => "json",
            Decoder::Locale => "locale",
            Decoder::Route => "route",
        }
    }

    /// Tokens worth inserting: the syntax and the edge values of this decoder's format.
    fn dictionary(self) -> &'static [&'static str] {
        match self {
            Decoder::Share => &[
                ".",
                "~",
                "_",
                "a",
                "u",
                "y",
                "n",
                "w",
                "m",
                "0",
                "1",
                "9",
                "10",
                "13",
                "600",
                "601",
                "5218",
                "5219w",
                "1200m",
                "999999999",
                "4294967296",
                "..",
                ".~",
                "1.",
                "2.",
                "-1",
                "+1",
                " ",
                "%7E",
                "\u{fffd}",
                "é",
            ],
            Decoder::Json => &[
                "null",
                "true",
                "-1",
                "0",
                "10",
                "11",
                "255",
                "256",
                "4294967296",
                "1e400",
                "-0",
                "1.5",
                "\"\"",
                "\"yes\"",
                "\"no\"",
                "\"not_sure\"",
                "\"none\"",
                "{}",
                "[]",
                "[\"none\",\"medication\"]",
                "{\"weeks\":5219}",
                "{\"months\":99}",
                "\"not_sure\"",
                "{\"weeks\":1,\"months\":2}",
                "\"\\ud800\"",
                "\"\\u0000\"",
                ",",
                ":",
                "{",
                "}",
                "[",
                "]",
                "\"",
                "\"version\":2",
                "\"accident\":{}",
                "\"history\":{\"surgery\":\"none\",\"since_surgery\":{\"weeks\":3}}",
                "\"tried\":[]",
                "\"worse_with\":[\"not_sure\",\"sitting_long\"]",
                "\u{feff}",
                "/*",
                " ",
            ],
            Decoder::Locale => &[
                "\n",
                " = ",
                " ^[",
                "]",
                "^[",
                "{",
                "}",
                "{n}",
                "{max}",
                "{maxx}",
                "#",
                "\\n",
                "\\",
                "\u{fffd}",
                "\u{feff}",
                "\r",
                "\t",
                "\0",
                "\u{1b}",
                "\u{85}",
                "Ã©",
                "â€™",
                "ç—‡",
                ", ",
                ",",
                "error.number = x",
                "nav.next",
                "nav.next = Next\n",
                "x.y = z\n",
                " ^[nice_sciatica]",
                " ^[]",
                " ^[ , ]",
                "症状",
                "=",
            ],
            Decoder::Route => &[
                "#",
                "/",
                "?",
                "&",
                "=",
                "%",
                "%Z",
                "%ZZ",
                "%E3%81",
                "%E3%81%95",
                "%00",
                "%0A",
                "%FF",
                "%C0%AF",
                "+",
                "a=",
                "lang=en",
                "lang=ja",
                "embed=1",
                "&embed=1",
                "embed=0",
                "host=",
                "&host=http%3A%2F%2Fa.example",
                "host=https%3A%2F%2F",
                "HTTP%3A%2F%2Fa",
                "http%3A%2F%2Fa.example%2Fpath",
                "http%3A%2F%2Fa%40b",
                "provider=",
                "provider_url=",
                "javascript%3Aalert(1)",
                "JaVaScRiPt%3A",
                "data%3Atext%2Fhtml,x",
                "https%3A%2F%2Fclinic.example%2F",
                "%20",
                "results",
                "about",
                "red-flags",
                "\u{fffd}",
            ],
        }
    }
}

/// Counts for one decoder's run.
#[derive(Clone, Debug)]
pub struct Stats {
    pub decoder: Decoder,
    pub inputs: u64,
    pub accepted: u64,
    pub refused: u64,
    pub elapsed: Duration,
    /// The slowest single input, and its size in bytes (times include any pause by the system).
    pub slowest: Duration,
    pub slowest_bytes: usize,
}

impl std::fmt::Display for Stats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let seconds = self.elapsed.as_secs_f64();
        let rate = if seconds > 0.0 { self.inputs as f64 / seconds } else { 0.0 };
        write!(
            f,
            "{:<28} {:>9} {:>9} {:>9} {:>7.2} s {:>10.0} {:>6.1} ms ({} bytes)",
            self.decoder.name(),
            self.inputs,
            self.accepted,
            self.refused,
            seconds,
            rate,
            self.slowest.as_secs_f64() * 1000.0,
            self.slowest_bytes
        )
    }
}

/// The first input that panicked or broke a property.
#[derive(Clone, Debug)]
pub struct Failure {
    pub decoder: Decoder,
    /// Which input of the run, from 0.
    pub index: u64,
    pub input: Vec<u8>,
    pub problem: String,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "fuzz: {} failed on input {}: {}\n{}", self.decoder.name(), self.index, self.problem, describe(&self.input))
    }
}

/// An input for a report: its size and its text, escaped and cut to a readable length.
fn describe(input: &[u8]) -> String {
    const SHOWN: usize = 4_000;
    let text = String::from_utf8_lossy(&input[..input.len().min(SHOWN)]);
    let more = if input.len() > SHOWN { " (first 4,000 bytes)" } else { "" };
    let utf8 = if std::str::from_utf8(input).is_ok() { "UTF-8" } else { "not UTF-8, shown lossily" };
    format!("input ({} bytes, {utf8}){more}: {text:?}", input.len())
}

/// Every decoder in turn, `inputs` each. Stops at the first failure.
pub fn run(inputs: u64, seed: u64) -> Result<Vec<Stats>, Failure> {
    Decoder::ALL.into_iter().map(|decoder| run_decoder(decoder, inputs, seed)).collect()
}

thread_local! {
    /// The input being decoded, for the panic hook when panics abort (the release profile).
    static CURRENT: RefCell<(Option<Decoder>, u64, Vec<u8>)> = const { RefCell::new((None, 0, Vec::new())) };
}

/// Reports a panic; once per process, so decoders fuzzed on several threads share it.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        panic::set_hook(Box::new(|info| {
            eprintln!("fuzz: panic: {info}");
            if cfg!(panic = "abort") {
                // Nothing will unwind back to `run_decoder`: report here, then stop.
                let report = CURRENT.with(|current| {
                    current.try_borrow().map_or_else(
                        |_| "input unavailable".to_string(),
                        |current| {
                            let name = current.0.map_or("?", Decoder::name);
                            format!("fuzz: {name} panicked on input {}\n{}", current.1, describe(&current.2))
                        },
                    )
                });
                eprintln!("{report}");
                std::process::exit(1);
            }
        }))
    });
}

/// One decoder, `inputs` times: its seeds first, then generated inputs.
pub fn run_decoder(decoder: Decoder, inputs: u64, seed: u64) -> Result<Stats, Failure> {
    install_panic_hook();
    let mut rng = Rng::new(seed ^ (decoder as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let seeds = seeds(decoder, &mut rng);
    let mut corpus = seeds.clone();
    // A mutant joins the corpus only if it decodes to something not seen before (a rough
    // stand-in for new coverage), and stays small: otherwise inputs that only add text a
    // decoder ignores would grow and crowd out the rest.
    let mut seen: HashSet<u64> = HashSet::new();
    let longest_kept = 2 * seeds.iter().map(Vec::len).max().unwrap_or(0);
    let mut stats = Stats { decoder, inputs, accepted: 0, refused: 0, elapsed: Duration::ZERO, slowest: Duration::ZERO, slowest_bytes: 0 };
    let started = Instant::now();
    for index in 0..inputs {
        let from_seed = (index as usize) < seeds.len();
        let input = if from_seed { seeds[index as usize].clone() } else { generate(decoder, &mut rng, &corpus) };
        CURRENT.with(|current| {
            let mut current = current.borrow_mut();
            current.0 = Some(decoder);
            current.1 = index;
            current.2.clone_from(&input);
        });
        let fail = |problem: String| Failure { decoder, index, input: input.clone(), problem };
        let one = Instant::now();
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| check(decoder, &input)));
        let took = one.elapsed();
        if took > stats.slowest {
            (stats.slowest, stats.slowest_bytes) = (took, input.len());
        }
        match outcome {
            Err(payload) => {
                let message = payload
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                return Err(fail(format!("panicked: {message}")));
            }
            Ok(Err(problem)) => return Err(fail(problem)),
            Ok(Ok(Err(refusal))) if from_seed => return Err(fail(format!("a valid seed was refused: {refusal}"))),
            Ok(Ok(Err(_))) => stats.refused += 1,
            Ok(Ok(Ok(decoded))) => {
                stats.accepted += 1;
                if seen.insert(decoded) && !from_seed && input.len() <= longest_kept {
                    if corpus.len() < CORPUS_LIMIT {
                        corpus.push(input);
                    } else if seeds.len() < CORPUS_LIMIT {
                        let slot = seeds.len() + rng.below(CORPUS_LIMIT - seeds.len());
                        corpus[slot] = input;
                    }
                }
            }
        }
    }
    stats.elapsed = started.elapsed();
    Ok(stats)
}

/// Decodes one input and checks the properties: `Err` for a broken property; otherwise
/// whether the decoder accepted the input (`Ok`, with a hash of what it decoded to) or
/// refused it, and why (`Err`).
fn check(decoder: Decoder, input: &[u8]) -> Result<Result<u64, String>, String> {
    let text = String::from_utf8_lossy(input);
    match decoder {
        Decoder::Share => match share::decode(&text) {
            Err(error) => Ok(Err(error.to_string())),
            Ok(answers) => check_answers(&answers).map(|code| Ok(fingerprint(&code))),
        },
        Decoder::Json => match Answers::from_json(input) {
            Err(error) => Ok(Err(error.to_string())),
            Ok(answers) => {
                let code = check_answers(&answers)?;
                match Answers::from_json(answers.to_json().as_bytes()) {
                    Ok(again) if again == answers => Ok(Ok(fingerprint(&code))),
                    Ok(again) => Err(format!("to_json then from_json changed the answers: {again:?}")),
                    Err(error) => Err(format!("to_json then from_json fails: {error}")),
                }
            }
        },
        // The app reads `en.txt` as English and `ja.txt` as Japanese: either must refuse anything else.
        Decoder::Locale => match texts_from_source(Lang::En, &text).or_else(|_| texts_from_source(Lang::Ja, &text)) {
            Err(error) => Ok(Err(error)),
            Ok(texts) => check_texts(&text, &texts).map(|()| Ok(fingerprint(&texts))),
        },
        Decoder::Route => check_route(&text),
    }
}

fn fingerprint(value: &impl Hash) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

/// What holds for any answers a decoder returns. Gives their share code.
fn check_answers(answers: &Answers) -> Result<String, String> {
    answers.validate().map_err(|error| format!("decoded answers fail validate: {error}"))?;
    let code = share::encode(answers);
    match share::decode(&code) {
        Ok(again) if again == *answers => {}
        Ok(again) => return Err(format!("share decode(encode(x)) != x: {code} gives {again:?}")),
        Err(error) => return Err(format!("share decode(encode(x)) fails ({error}) on {code}")),
    }
    if share::encode(&share::decode(&code).expect("checked above")) != code {
        return Err(format!("share encode is not a fixed point: {code}"));
    }
    Ok(code)
}

/// What holds for an accepted locale file.
fn check_texts(source: &str, texts: &[String]) -> Result<(), String> {
    // Only the very files this build was made from are read (their hash is compiled in).
    let lang = match source {
        _ if source == ENGLISH => Lang::En,
        _ if source == JAPANESE => Lang::Ja,
        _ => return Err(format!("accepted a file this build was not made from ({} bytes)", source.len())),
    };
    if texts.len() != ALL_MESSAGES.len() {
        return Err(format!("{} texts for {} messages", texts.len(), ALL_MESSAGES.len()));
    }
    match ALL_MESSAGES.iter().zip(texts).find(|(message, text)| message.text(lang) != text.as_str()) {
        Some((message, text)) => Err(format!("`{}` read as {text:?}", message.key())),
        None => Ok(()),
    }
}

/// What holds for any parsed route. "Accepted" means it asked for more than the start screen.
fn check_route(fragment: &str) -> Result<Result<u64, String>, String> {
    let route = Route::parse(fragment);
    if let Some(embed) = &route.embed {
        let host = &embed.host_origin;
        let Some(rest) = host.strip_prefix("https://").or_else(|| host.strip_prefix("http://")) else {
            return Err(format!("embedded with a host that is not http(s): {host:?}"));
        };
        if rest.is_empty() || !rest.bytes().all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b)) {
            return Err(format!("embedded with a host that is not an origin: {host:?}"));
        }
        if let Some(url) = &embed.provider_url {
            let lower = url.to_ascii_lowercase();
            if !(lower.starts_with("https://") || lower.starts_with("http://")) {
                return Err(format!("a provider link that is not http(s): {url:?}"));
            }
        }
    }
    // As the app does, the answers a link carries go to the share decoder.
    if let Some(Ok(answers)) = route.shared.as_deref().map(share::decode) {
        check_answers(&answers)?;
    }
    Ok(if route == Route::default() { Err("the start screen".to_string()) } else { Ok(fingerprint(&format!("{route:?}"))) })
}

/// Valid inputs for a decoder, each of which it must accept.
fn seeds(decoder: Decoder, rng: &mut Rng) -> Vec<Vec<u8>> {
    let mut answers = vec![Answers { version: ANSWERS_VERSION, ..Answers::default() }];
    for json in EXAMPLES {
        answers.push(Answers::from_json(json.as_bytes()).expect("the examples are valid"));
    }
    for _ in 0..40 {
        answers.push(random_answers(rng));
    }
    let codes: Vec<String> = answers.iter().map(share::encode).collect();
    let texts: Vec<String> = match decoder {
        Decoder::Share => codes,
        Decoder::Json => EXAMPLES.iter().map(|s| s.to_string()).chain(answers.iter().map(Answers::to_json)).collect(),
        Decoder::Locale => vec![ENGLISH.to_string(), JAPANESE.to_string()],
        Decoder::Route => {
            let screens = Screen::ALL;
            let mut fragments: Vec<String> = screens[1..].iter().map(|s| Route::fragment(*s)).collect();
            fragments.extend([
                "#/?lang=en".to_string(),
                "#/?embed=1&host=http%3A%2F%2Fa.example&provider=x".to_string(),
                "#/?embed=1&lang=ja&host=http%3A%2F%2F127.0.0.1%3A8081&provider=%E3%81%95%E3%81%8F%E3%82%89&provider_url=https%3A%2F%2Fclinic.example%2F".to_string(),
                "#/results?embed=1&host=https%3A%2F%2F%5B%3A%3A1%5D%3A8443&provider_url=http%3A%2F%2Fc.example%2Fa%3Fb%3Dc".to_string(),
                // Hostile: a script link, a broken escape, a host that is not an origin.
                "#/?embed=1&host=http%3A%2F%2Fa.example&provider_url=javascript%3Aalert(1)&provider=%ZZ".to_string(),
                "#/about?embed=1&host=https%3A%2F%2Fa.example%2F%40evil.example&provider_url=data%3Atext%2Fhtml%2Cx".to_string(),
            ]);
            for (i, code) in codes.iter().enumerate() {
                let lang = if i % 2 == 0 { Lang::En } else { Lang::Ja };
                fragments.push(Route::share_fragment(*rng.pick(&screens), code, lang, None));
            }
            fragments
        }
    };
    texts.into_iter().map(String::into_bytes).collect()
}

const EXAMPLES: [&str; 4] = [
    include_str!("../../docs/examples/emergency.json"),
    include_str!("../../docs/examples/prompt.json"),
    include_str!("../../docs/examples/routine.json"),
    include_str!("../../docs/examples/self_care.json"),
];
const ENGLISH: &str = include_str!("../content/locales/en.txt");
const JAPANESE: &str = include_str!("../content/locales/ja.txt");

/// Answers as a person makes them: a run of edits from nothing, as the question screens do.
fn random_answers(rng: &mut Rng) -> Answers {
    let mut answers = Answers { version: ANSWERS_VERSION, ..Answers::default() };
    for _ in 0..rng.below(80) {
        let id = *rng.pick(AnswerId::ALL);
        // Replies of every form to any question, in range or not: edits must keep all of them possible.
        let response = match rng.below(5) {
            0 => Response::Pick(rng.maybe(|r| r.below(11) as u8)),
            1 => Response::Ticks(rng.maybe(|r| r.below(70) as u32)),
            2 => {
                let most = if rng.one_in(8) { 70_000 } else { 700 };
                Response::Number(rng.maybe(|r| r.below(most) as u32))
            }
            3 => {
                let most = if rng.one_in(8) { 6_000 } else { 40 };
                let amount = rng.below(most) as u32;
                Response::Elapsed(rng.maybe(|r| *r.pick(&[Elapsed::Weeks(amount), Elapsed::Months(amount), Elapsed::NotSure])))
            }
            _ => Response::Section(!rng.one_in(3)),
        };
        let edit = if rng.one_in(3) { Edit::Tick(id, !rng.one_in(3)) } else { Edit::Set(id, response) };
        answers.apply(edit);
    }
    answers
}

/// Characters of the share form: digits, the field codes, and its separators.
const SHARE_ALPHABET: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz._~";

/// One generated input: mostly mutants of the corpus, sometimes fresh text, rarely huge.
fn generate(decoder: Decoder, rng: &mut Rng, corpus: &[Vec<u8>]) -> Vec<u8> {
    if rng.one_in(5_000) {
        return huge(decoder, rng, corpus);
    }
    match rng.below(40) {
        0 => (0..rng.below(200)).map(|_| *rng.pick(SHARE_ALPHABET)).collect(),
        1 => (0..rng.below(300)).map(|_| rng.next_u64() as u8).collect(),
        _ => {
            let mut input = rng.pick(corpus).clone();
            // Mostly a few changes; sometimes many, which reach far from the seed.
            let rounds = if rng.one_in(8) { 1 + rng.below(32) } else { 1 + rng.below(4) };
            for _ in 0..rounds {
                mutate(decoder, rng, &mut input, corpus);
            }
            if decoder == Decoder::Share && !rng.one_in(4) {
                reseal(&mut input);
            }
            input
        }
    }
}

fn mutate(decoder: Decoder, rng: &mut Rng, input: &mut Vec<u8>, corpus: &[Vec<u8>]) {
    let len = input.len();
    let at = |rng: &mut Rng| rng.below(len + 1);
    match rng.below(15) {
        // Flip one bit.
        0 if len > 0 => {
            let i = rng.below(len);
            input[i] ^= 1 << rng.below(8);
        }
        // Overwrite a byte.
        1 if len > 0 => {
            let i = rng.below(len);
            input[i] = if rng.one_in(2) { *rng.pick(SHARE_ALPHABET) } else { rng.next_u64() as u8 };
        }
        // Insert a byte.
        2 => {
            let byte = if rng.one_in(2) { *rng.pick(SHARE_ALPHABET) } else { rng.next_u64() as u8 };
            input.insert(at(rng), byte);
        }
        // Insert a token of the format.
        3 | 4 => {
            let i = at(rng);
            let token = rng.pick(decoder.dictionary()).as_bytes();
            input.splice(i..i, token.iter().copied());
        }
        // Replace a span with a token: a field's value becomes an edge value.
        5 if len > 0 => {
            let start = rng.below(len);
            let end = (start + 1 + rng.below(12)).min(len);
            let token = rng.pick(decoder.dictionary()).as_bytes();
            input.splice(start..end, token.iter().copied());
        }
        // Delete a byte or a span.
        6 if len > 0 => {
            let start = rng.below(len);
            let end = (start + 1 + if rng.one_in(2) { 0 } else { rng.below(64) }).min(len);
            input.drain(start..end);
        }
        // Duplicate a span somewhere.
        7 if len > 0 => {
            let start = rng.below(len);
            let end = (start + 1 + rng.below(64)).min(len);
            let span = input[start..end].to_vec();
            let i = at(rng);
            input.splice(i..i, span);
        }
        // Cut off the end (or the start).
        8 if len > 0 => {
            let keep = rng.below(len);
            if rng.one_in(4) {
                input.drain(..len - keep);
            } else {
                input.truncate(keep);
            }
        }
        // Splice: the start of this input, the end of another.
        9 => {
            let other = rng.pick(corpus);
            let cut = rng.below(other.len() + 1);
            input.truncate(at(rng));
            input.extend_from_slice(&other[cut..]);
        }
        // Lines: duplicate, delete or swap whole lines (the locale format is line-based).
        10 | 11 => {
            let text = String::from_utf8_lossy(input).into_owned();
            let mut lines: Vec<&str> = text.split('\n').collect();
            if lines.len() > 1 {
                let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
                match rng.below(3) {
                    0 => lines.insert(b, lines[a]),
                    1 => {
                        lines.remove(a);
                    }
                    _ => lines.swap(a, b),
                }
                *input = lines.join("\n").into_bytes();
            } else {
                input.push(b'\n');
            }
        }
        // Replace a word (a run of letters, digits and `_`): a field's value becomes another.
        12 | 13 if len > 0 => {
            let word = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
            let i = rng.below(len);
            let start = (0..i).rev().take_while(|j| word(&input[*j])).last().unwrap_or(i);
            let end = (i..len).find(|j| !word(&input[*j])).unwrap_or(len).max(start);
            let replacement = match rng.below(6) {
                0 => rng.below(100).to_string(),
                1 => rng.below(10_000).to_string(),
                2 => rng.next_u64().to_string(),
                3 => (0..1 + rng.below(3)).map(|_| char::from(*rng.pick(SHARE_ALPHABET))).collect(),
                4 => String::new(),
                _ => rng.pick(decoder.dictionary()).to_string(),
            };
            input.splice(start..end, replacement.into_bytes());
        }
        // Change a digit run into another number.
        _ => {
            let start = (0..8).map(|_| rng.below(len.max(1))).find(|i| input.get(*i).is_some_and(u8::is_ascii_digit));
            if let Some(start) = start {
                let end = (start..len).find(|i| !input[*i].is_ascii_digit()).unwrap_or(len);
                let number = match rng.below(4) {
                    0 => rng.below(20).to_string(),
                    1 => rng.next_u64().to_string(),
                    2 => (rng.next_u64() % 10_000).to_string(),
                    _ => "0".repeat(1 + rng.below(12)),
                };
                input.splice(start..end, number.into_bytes());
            }
        }
    }
}

/// Replaces a share payload's checksum with the right one, so the decoder reads its fields.
fn reseal(input: &mut Vec<u8>) {
    let text = String::from_utf8_lossy(input).into_owned();
    let payload = text.rsplit_once('~').map_or(text.as_str(), |(payload, _)| payload);
    *input = share::seal(payload).into_bytes();
}

/// An input up to 1 MB: a seed repeated, random bytes, or a seed with one giant token.
fn huge(decoder: Decoder, rng: &mut Rng, corpus: &[Vec<u8>]) -> Vec<u8> {
    let size = 1 + rng.below(HUGE);
    let seed = rng.pick(corpus);
    let mut input = match rng.below(3) {
        0 => seed.iter().copied().cycle().take(size).collect(),
        1 => (0..size).map(|_| rng.next_u64() as u8).collect(),
        _ => {
            let token = match decoder {
                Decoder::Share => "9.",
                Decoder::Json => "[",
                Decoder::Locale => "x",
                Decoder::Route => "%41",
            };
            let mut input = seed.clone();
            let i = rng.below(input.len() + 1);
            input.splice(i..i, token.bytes().cycle().take(size));
            input
        }
    };
    if decoder == Decoder::Share && rng.one_in(2) {
        reseal(&mut input);
    }
    input
}
