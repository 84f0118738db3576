//! Screens and their URL fragments: each step has its own `#/…`, so the browser's back
//! button works, and a share link carries the answers after `?a=` inside the fragment.

use crate::content::knowledge::{decode_replies, encode_replies, Replies};
use crate::content::Lang;
use crate::core::assessment::UrgencyLevel;
use crate::core::triage::{self, Section};
use crate::core::Answers;

/// The screens, in the order a person meets them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    #[default]
    Start,
    RedFlags,
    /// Shown after the step whose answers first make it an emergency (`core::triage`).
    Emergency,
    /// Shown after the step whose answers first mean "be seen today".
    SameDay,
    History,
    Symptoms,
    Body,
    Accident,
    Values,
    Results,
    About,
    /// The symptom diary (#15), reached from the start page and the footer.
    Diary,
}

/// The numbered steps, as the progress indicator counts them.
pub const STEPS: [Screen; 7] =
    [Screen::RedFlags, Screen::History, Screen::Symptoms, Screen::Body, Screen::Accident, Screen::Values, Screen::Results];

const PATHS: [(Screen, &str); 12] = [
    (Screen::Start, ""),
    (Screen::RedFlags, "red-flags"),
    (Screen::Emergency, "emergency"),
    (Screen::SameDay, "same-day"),
    (Screen::History, "history"),
    (Screen::Symptoms, "symptoms"),
    (Screen::Body, "body"),
    (Screen::Accident, "accident"),
    (Screen::Values, "values"),
    (Screen::Results, "results"),
    (Screen::About, "about"),
    (Screen::Diary, "diary"),
];

impl Screen {
    pub const ALL: [Screen; 12] = [
        Screen::Start,
        Screen::RedFlags,
        Screen::Emergency,
        Screen::SameDay,
        Screen::History,
        Screen::Symptoms,
        Screen::Body,
        Screen::Accident,
        Screen::Values,
        Screen::Results,
        Screen::About,
        Screen::Diary,
    ];

    /// Whether the screen shows messages whose Japanese arrives after the first screen
    /// (`content::shown_later`): the results (with the printout), the About page and the
    /// diary.
    pub fn shows_later_text(self) -> bool {
        matches!(self, Screen::Results | Screen::About | Screen::Diary)
    }

    /// Pages beside the path (About, the diary): their "back" returns where they were opened,
    /// and they are never the place to go back to.
    pub fn is_aside(self) -> bool {
        matches!(self, Screen::About | Screen::Diary)
    }

    pub fn path(self) -> &'static str {
        PATHS.iter().find(|(s, _)| *s == self).map(|(_, p)| *p).expect("every screen has a path")
    }

    /// The screen a fragment's path names, if any.
    fn from_path(path: &str) -> Option<Screen> {
        PATHS.iter().find(|(_, p)| *p == path).map(|(s, _)| *s)
    }

    /// 1-based step number, for screens that are steps.
    pub fn step(self) -> Option<usize> {
        STEPS.iter().position(|s| *s == self).map(|i| i + 1)
    }

    /// Where "next" leads. After a question step whose answers first raise the urgency to an
    /// emergency or to "be seen today", the warning screen for it; the core decides which
    /// (`triage::warning_after`), and the warning screen leads on to the step after that one.
    pub fn next(self, answers: &Answers) -> Screen {
        let warning = warning_after(answers);
        match (self, warning) {
            (Screen::Start, _) => Screen::RedFlags,
            (Screen::About | Screen::Diary, _) => Screen::Start,
            (Screen::Emergency | Screen::SameDay, _) => warning.map_or(Screen::RedFlags, |(_, step)| step).next_step(),
            (step, Some((level, raised_by))) if step == raised_by => match level {
                UrgencyLevel::Emergency => Screen::Emergency,
                _ => Screen::SameDay,
            },
            (step, _) => step.next_step(),
        }
    }

    fn next_step(self) -> Screen {
        STEPS.iter().skip_while(|s| **s != self).nth(1).copied().unwrap_or(Screen::Results)
    }

    /// Where "back" leads: a warning screen goes back to the step that raised it.
    pub fn previous(self, answers: &Answers) -> Screen {
        match self {
            Screen::Start | Screen::About | Screen::Diary | Screen::RedFlags => Screen::Start,
            Screen::Emergency | Screen::SameDay => warning_after(answers).map_or(Screen::RedFlags, |(_, step)| step),
            step => STEPS.iter().take_while(|s| **s != step).last().copied().unwrap_or(Screen::Start),
        }
    }
}

/// The core's answer to "which warning screen, after which step", in screens.
fn warning_after(answers: &Answers) -> Option<(UrgencyLevel, Screen)> {
    triage::warning_after(answers).map(|(level, section)| {
        let step = match section {
            Section::RedFlags => Screen::RedFlags,
            Section::History => Screen::History,
            Section::Symptoms => Screen::Symptoms,
        };
        (level, step)
    })
}

/// Set by `embed.js` when the app runs in a frame on a clinic's page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Embed {
    /// The host page's origin: the only one told the app's height.
    pub host_origin: String,
    /// The provider's name and link, shown only in their own labelled box.
    pub provider_name: Option<String>,
    pub provider_url: Option<String>,
}

/// What a URL fragment asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Route {
    pub screen: Screen,
    /// Answers in share-link form (`core::share`), when the link carries them.
    pub shared: Option<String>,
    pub lang: Option<Lang>,
    pub embed: Option<Embed>,
    /// Set on the fragment an update reload goes through: the tab's own answers and whether
    /// it was remembering them. Its answers are the person's, never a link to ask about.
    pub resume: Option<bool>,
    /// Also on that fragment: the screen before the current one, where About's "back" returns.
    pub came_from: Option<Screen>,
    /// Knowledge-check replies, when the person chose to put them in the link (or an update
    /// reload carries the tab's own); a damaged value is ignored.
    pub knowledge: Option<Replies>,
}

/// Decodes `%XX` escapes and `+`; `None` for broken escapes or text that is not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Escapes everything but unreserved characters, for a value inside the fragment's query.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.extend(['%', char::from(HEX[usize::from(byte >> 4)]), char::from(HEX[usize::from(byte & 15)])]);
        }
    }
    out
}

/// Only plain web links: a provider link can never run script (`javascript:`) or open data.
fn web_link(url: String) -> Option<String> {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(url).filter(|u| u.len() <= 500)
}

/// An origin such as `https://clinic.example` or `http://127.0.0.1:8081`, nothing more.
fn origin(text: String) -> Option<String> {
    let rest = text.strip_prefix("https://").or_else(|| text.strip_prefix("http://"))?;
    let valid = !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b));
    valid.then_some(text)
}

impl Route {
    /// Reads a fragment such as `#/results?a=…&lang=en`. Anything unknown means the start.
    pub fn parse(fragment: &str) -> Route {
        let fragment = fragment.trim_start_matches('#').trim_start_matches('/');
        let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
        let screen = Screen::from_path(path).unwrap_or_default();
        let mut route = Route { screen, ..Route::default() };
        let mut embed = Embed::default();
        let mut embedded = false;
        for pair in query.split('&') {
            let Some((name, value)) = pair.split_once('=') else { continue };
            match name {
                // Pasted links sometimes arrive with `~` escaped as `%7E`: read the escapes.
                "a" => route.shared = Some(percent_decode(value).unwrap_or_else(|| value.to_string())),
                "lang" => route.lang = Lang::from_tag(value),
                "embed" => embedded = value == "1",
                "resume" => route.resume = Some(value == "1"),
                "from" => route.came_from = Screen::from_path(value),
                "k" => route.knowledge = decode_replies(value),
                "host" => embed.host_origin = percent_decode(value).and_then(origin).unwrap_or_default(),
                "provider" => embed.provider_name = percent_decode(value).filter(|n| !n.trim().is_empty() && n.len() <= 200),
                "provider_url" => embed.provider_url = percent_decode(value).and_then(web_link),
                _ => {}
            }
        }
        if embedded && !embed.host_origin.is_empty() {
            route.embed = Some(embed);
        }
        route
    }

    /// The fragment for a screen alone: what navigation writes.
    pub fn fragment(screen: Screen) -> String {
        format!("#/{}", screen.path())
    }

    /// The whole route as a fragment: what `parse` reads back.
    pub fn to_fragment(&self) -> String {
        let mut query = Vec::new();
        if let Some(code) = &self.shared {
            query.push(format!("a={code}"));
        }
        if let Some(lang) = self.lang {
            query.push(format!("lang={}", lang.tag()));
        }
        if let Some(remember) = self.resume {
            query.push(format!("resume={}", u8::from(remember)));
        }
        if let Some(screen) = self.came_from {
            query.push(format!("from={}", screen.path()));
        }
        if let Some(replies) = &self.knowledge {
            query.push(format!("k={}", encode_replies(replies)));
        }
        if let Some(embed) = &self.embed {
            query.push("embed=1".to_string());
            query.push(format!("host={}", percent_encode(&embed.host_origin)));
            if let Some(name) = &embed.provider_name {
                query.push(format!("provider={}", percent_encode(name)));
            }
            if let Some(url) = &embed.provider_url {
                query.push(format!("provider_url={}", percent_encode(url)));
            }
        }
        match query.is_empty() {
            true => Route::fragment(self.screen),
            false => format!("#/{}?{}", self.screen.path(), query.join("&")),
        }
    }

    /// The fragment of a share link, with the knowledge-check replies only if the person chose:
    /// the same writer as every other fragment, so the two never disagree on a parameter.
    pub fn share_fragment(screen: Screen, code: &str, lang: Lang, knowledge: Option<&Replies>) -> String {
        let link = Route { screen, shared: Some(code.to_string()), lang: Some(lang), knowledge: knowledge.copied(), ..Route::default() };
        link.to_fragment()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_screen_round_trips_through_its_fragment() {
        for (screen, _) in PATHS {
            assert_eq!(Route::parse(&Route::fragment(screen)).screen, screen);
        }
        assert_eq!(Route::parse("#/no-such-screen").screen, Screen::Start);
        assert_eq!(Route::parse("").screen, Screen::Start);
    }

    #[test]
    fn share_fragments_carry_answers_and_language() {
        let route = Route::parse(&Route::share_fragment(Screen::Results, "1.y~abc", Lang::En, None));
        assert_eq!(route, Route { screen: Screen::Results, shared: Some("1.y~abc".into()), lang: Some(Lang::En), ..Route::default() });
    }

    #[test]
    fn whole_routes_round_trip_and_escaped_links_still_open() {
        let route = Route {
            screen: Screen::Symptoms,
            shared: Some("1.y~abc".into()),
            lang: Some(Lang::En),
            embed: Some(Embed {
                host_origin: "https://clinic.example".into(),
                provider_name: Some("さくら & 整形 #1".into()),
                provider_url: Some("https://clinic.example/?a=1&b=2".into()),
            }),
            resume: Some(true),
            came_from: Some(Screen::Body),
            knowledge: Some([Some(0), None, Some(3), None, Some(1)]),
        };
        assert_eq!(Route::parse(&route.to_fragment()), route);
        assert_eq!(Route::parse("#/results?a=1.y%7Eabc").shared.as_deref(), Some("1.y~abc"));
        assert_eq!(Route::parse(&Route::fragment(Screen::Values)).to_fragment(), "#/values");
    }

    #[test]
    fn embed_fragments_carry_a_checked_host_and_provider() {
        let route = Route::parse("#/?embed=1&lang=ja&host=http%3A%2F%2F127.0.0.1%3A8081&provider=%E3%81%95%E3%81%8F%E3%82%89%E3%82%AF%E3%83%AA%E3%83%8B%E3%83%83%E3%82%AF&provider_url=https%3A%2F%2Fclinic.example%2F");
        assert_eq!(
            route.embed,
            Some(Embed {
                host_origin: "http://127.0.0.1:8081".into(),
                provider_name: Some("さくらクリニック".into()),
                provider_url: Some("https://clinic.example/".into()),
            })
        );
        let hostile = Route::parse("#/?embed=1&host=http%3A%2F%2Fa.example&provider_url=javascript%3Aalert(1)&provider=%ZZ");
        let embed = hostile.embed.unwrap();
        assert_eq!((embed.provider_url, embed.provider_name), (None, None), "no script links, no broken names");
        assert_eq!(Route::parse("#/?embed=1&host=javascript%3Ax").embed, None, "no embed mode without a real host origin");
        assert_eq!(Route::parse("#/?embed=1").embed, None);
    }

    #[test]
    fn next_and_back_walk_the_steps() {
        let answers = Answers::default();
        let mut screen = Screen::Start;
        let mut seen = vec![screen];
        while screen != Screen::Results {
            screen = screen.next(&answers);
            seen.push(screen);
        }
        assert_eq!(seen[1..], STEPS);
        for pair in STEPS.windows(2) {
            assert_eq!(pair[1].previous(&answers), pair[0]);
        }
        use crate::core::answers::{Course, Elapsed, Surgery, SymptomKind, YesNo};
        let mut emergency = Answers::default();
        emergency.red_flags.bowel_control_loss = Some(YesNo::Yes);
        assert_eq!(Screen::RedFlags.next(&emergency), Screen::Emergency);
        assert_eq!(Screen::Emergency.next(&emergency), Screen::History);
        assert_eq!(Screen::Emergency.previous(&emergency), Screen::RedFlags);

        let mut not_sure = Answers::default();
        not_sure.red_flags.saddle_numbness = Some(YesNo::NotSure);
        assert_eq!(Screen::RedFlags.next(&not_sure), Screen::SameDay);
        assert_eq!(Screen::SameDay.next(&not_sure), Screen::History);

        // Fever is "within days" on its own; two weeks after an operation it is "today", and the
        // history step that says so leads to the same-day screen, which leads on to symptoms.
        let mut fever = Answers::default();
        fever.red_flags.fever_unwell = Some(YesNo::Yes);
        assert_eq!(Screen::RedFlags.next(&fever), Screen::History);
        fever.history.surgery = Some(Surgery::DiscectomyMicroscopic);
        fever.history.since_surgery = Some(Elapsed::Weeks(2));
        assert_eq!(Screen::History.next(&fever), Screen::SameDay);
        assert_eq!(Screen::SameDay.next(&fever), Screen::Symptoms);
        assert_eq!(Screen::SameDay.previous(&fever), Screen::History);

        let mut weaker = Answers::default();
        weaker.symptoms.kinds = vec![SymptomKind::Weakness];
        weaker.symptoms.course = Some(Course::Worse);
        assert_eq!(Screen::History.next(&weaker), Screen::Symptoms);
        assert_eq!(Screen::Symptoms.next(&weaker), Screen::SameDay);
        assert_eq!(Screen::SameDay.next(&weaker), Screen::Body);
    }
}
