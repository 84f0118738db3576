//! A compact text form of the answers for a share link's URL fragment (never the query
//! string, so it is never sent to a server).
//!
//! `3.<token>.<token>…~<checksum>`: the format version, then one token per field in a fixed
//! order, then a checksum that catches a cut-off or altered link. Each format appends the
//! fields added since the one before (format 2: infection risk, chest pain, wound; format 3:
//! recorded nerve findings, and two more leanings), so older links still open, with those
//! questions unanswered. Much shorter than JSON, and
//! the browser build needs no JSON code for it.

use super::answers::*;
use super::ids::Leaning;

/// Why a share link's answers could not be read. The person keeps their current answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Cut off, or changed by hand: the checksum does not match.
    Damaged,
    /// A newer app made it.
    NewerVersion(u32),
    /// The checksum matched, but this field cannot be read, or (`"answers"`) the answers
    /// together are impossible. A field name, not a sentence: no formatting in the wasm.
    Invalid(&'static str),
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShareError::Damaged => f.write_str("the link is incomplete or was changed"),
            ShareError::NewerVersion(v) => write!(f, "the link comes from a newer version ({v})"),
            ShareError::Invalid(field) => write!(f, "the link holds answers that cannot be used (`{field}`)"),
        }
    }
}

const VERSION: u32 = 3;

/// FNV-1a, 32 bits, in base 36: a short check, not a secret.
fn checksum(text: &str) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in text.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    let mut digits = Vec::new();
    loop {
        digits.push(char::from_digit(hash % 36, 36).expect("below 36"));
        hash /= 36;
        if hash == 0 {
            break;
        }
    }
    digits.iter().rev().collect()
}

/// A field whose values each have a one-letter code.
trait Code: Sized + Copy + PartialEq + 'static {
    const CODES: &'static [(Self, char)];
    fn code(self) -> char {
        Self::CODES.iter().find(|(v, _)| *v == self).map(|(_, c)| *c).expect("every value has a code")
    }
    fn from_code(c: char) -> Option<Self> {
        Self::CODES.iter().find(|(_, code)| *code == c).map(|(v, _)| *v)
    }
}

macro_rules! codes {
    ($($ty:ty { $($value:expr => $c:literal),+ })*) => {
        $(impl Code for $ty { const CODES: &'static [(Self, char)] = &[$(($value, $c)),+]; })*
    };
}

codes! {
    YesNo { YesNo::Yes => 'y', YesNo::No => 'n', YesNo::NotSure => 'u' }
    Surgery {
        Surgery::None => 'n', Surgery::DiscectomyOpen => 'o', Surgery::DiscectomyMicroscopic => 'm',
        Surgery::DiscectomyEndoscopic => 'e', Surgery::Laser => 'l', Surgery::Fusion => 'f',
        Surgery::Other => 'x', Surgery::NotSure => 'u'
    }
    Treatment { Treatment::Medication => 'd', Treatment::NerveBlock => 'b', Treatment::Physiotherapy => 'p', Treatment::Brace => 'c', Treatment::None => 'n' }
    Area { Area::LowerBack => 'l', Area::Buttock => 'b', Area::OneLeg => 'o', Area::BothLegs => 't' }
    SymptomKind { SymptomKind::Pain => 'p', SymptomKind::Numbness => 'n', SymptomKind::Weakness => 'w' }
    Course { Course::Better => 'b', Course::Same => 's', Course::Worse => 'w', Course::NotSure => 'u' }
    Trigger {
        Trigger::SittingLong => 's', Trigger::WalkingEasedBySitting => 'w', Trigger::BendingBackward => 'k',
        Trigger::BendingForwardOrLifting => 'f', Trigger::NotSure => 'u'
    }
    Regularity { Regularity::Regular => 'r', Regularity::Irregular => 'i', Regularity::NotSure => 'u' }
    Leaning {
        Leaning::WatchfulWaiting => 'w', Leaning::Conservative => 'c', Leaning::Surgery => 's', Leaning::Reoperation => 'r',
        Leaning::SpinalCordStimulation => 't', Leaning::Regenerative => 'g', Leaning::NotSure => 'u',
        Leaning::IntradiscalInjection => 'i', Leaning::MultidisciplinaryPainCare => 'm'
    }
}

fn one<T: Code>(value: Option<T>) -> String {
    value.map(|v| v.code().to_string()).unwrap_or_default()
}

fn list<T: Code>(items: &[T]) -> String {
    items.iter().map(|v| v.code()).collect()
}

fn number<N: ToString>(value: Option<N>) -> String {
    value.map(|n| n.to_string()).unwrap_or_default()
}

fn elapsed(value: Option<Elapsed>) -> String {
    match value {
        None => String::new(),
        Some(Elapsed::NotSure) => "u".into(),
        Some(Elapsed::Weeks(w)) => format!("{w}w"),
        Some(Elapsed::Months(m)) => format!("{m}m"),
    }
}

/// The answers as the text of a share link.
pub fn encode(answers: &Answers) -> String {
    let f = &answers.red_flags;
    let h = &answers.history;
    let s = &answers.symptoms;
    let b = &answers.body_use;
    let l = &answers.lifestyle;
    let v = &answers.values;
    let d = &answers.decision;
    let mut tokens = vec![VERSION.to_string()];
    tokens.extend(
        [
            f.saddle_numbness,
            f.urinary_problem,
            f.bowel_control_loss,
            f.sexual_dysfunction,
            f.both_legs,
            f.worsening_weakness,
            f.fever_unwell,
            f.cancer_history,
            f.weight_loss,
            f.recent_trauma,
            f.severe_rest_pain,
        ]
        .map(one),
    );
    tokens.extend([
        one(h.surgery),
        elapsed(h.since_onset),
        elapsed(h.since_surgery),
        one(h.relief_then_return),
        // An answered but empty list is `_`, so that it stays apart from "not answered".
        h.tried.as_deref().map(|t| if t.is_empty() { "_".into() } else { list(t) }).unwrap_or_default(),
        list(&s.areas),
        list(&s.kinds),
        number(s.pain),
        number(s.numbness),
        one(s.course),
        list(&s.worse_with),
    ]);
    tokens.extend([b.long_sitting, b.strained_postures, b.bent_forward_work, b.heavy_lifting].map(one));
    tokens.extend([l.smoking, l.getting_cold, l.strong_massage, l.enduring_pain].map(one));
    let a = answers.accident.clone();
    tokens.push(if a.is_some() { "a".into() } else { String::new() });
    let a = a.unwrap_or_default();
    tokens.extend([
        one(a.after_accident),
        one(a.saw_doctor_soon),
        number(a.treatment_months),
        one(a.visit_regularity),
        one(a.imaging_done),
        one(a.imaging_matches),
        one(a.neuro_tests_done),
        one(a.symptoms_fixed),
    ]);
    tokens.extend(v.all().map(|(_, rating)| number(rating)));
    tokens.extend(d.sure_items().map(|(_, reply)| one(reply)));
    tokens.push(one(d.leaning));
    // Added in format 2.
    tokens.extend([f.infection_risk, f.chest_pain, h.wound_problem].map(one));
    // Added in format 3.
    tokens.push(one(a.neuro_findings));
    let payload = tokens.join(".");
    seal(&payload)
}

/// A payload with its checksum after `~`: what `decode` checks first. Public so that tests
/// and the fuzzer can make altered payloads that pass the check and reach the fields.
pub fn seal(payload: &str) -> String {
    format!("{payload}~{}", checksum(payload))
}

/// Reads the tokens in order, naming the field that fails.
struct Reader<'a> {
    tokens: std::vec::IntoIter<&'a str>,
    field: &'static str,
}

impl<'a> Reader<'a> {
    fn next(&mut self, field: &'static str) -> Result<&'a str, ShareError> {
        self.field = field;
        self.tokens.next().ok_or(ShareError::Invalid(field))
    }

    fn bad(&self) -> ShareError {
        ShareError::Invalid(self.field)
    }

    fn one<T: Code>(&mut self, field: &'static str) -> Result<Option<T>, ShareError> {
        let token = self.next(field)?;
        let mut chars = token.chars();
        match (chars.next(), chars.next()) {
            (None, _) => Ok(None),
            (Some(c), None) => T::from_code(c).map(Some).ok_or_else(|| self.bad()),
            _ => Err(self.bad()),
        }
    }

    fn list<T: Code>(&mut self, field: &'static str) -> Result<Vec<T>, ShareError> {
        let token = self.next(field)?;
        token.chars().map(|c| T::from_code(c).ok_or_else(|| self.bad())).collect()
    }

    fn number<N: std::str::FromStr>(&mut self, field: &'static str) -> Result<Option<N>, ShareError> {
        let token = self.next(field)?;
        if token.is_empty() {
            return Ok(None);
        }
        // Digits only: no signs, spaces or exponents slip through `parse`.
        if !token.bytes().all(|b| b.is_ascii_digit()) || token.len() > 9 {
            return Err(self.bad());
        }
        token.parse().map(Some).map_err(|_| self.bad())
    }

    fn elapsed(&mut self, field: &'static str) -> Result<Option<Elapsed>, ShareError> {
        let token = self.next(field)?;
        let amount = |digits: &str| -> Result<u32, ShareError> {
            if digits.is_empty() || digits.len() > 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(self.bad());
            }
            digits.parse().map_err(|_| self.bad())
        };
        Ok(match token {
            "" => None,
            "u" => Some(Elapsed::NotSure),
            _ if token.ends_with('w') => Some(Elapsed::Weeks(amount(&token[..token.len() - 1])?)),
            _ if token.ends_with('m') => Some(Elapsed::Months(amount(&token[..token.len() - 1])?)),
            _ => return Err(self.bad()),
        })
    }
}

/// Reads a share link's text back into answers. Never panics.
pub fn decode(text: &str) -> Result<Answers, ShareError> {
    let (payload, check) = text.rsplit_once('~').ok_or(ShareError::Damaged)?;
    if checksum(payload) != check {
        return Err(ShareError::Damaged);
    }
    let tokens: Vec<&str> = payload.split('.').collect();
    let mut r = Reader { tokens: tokens.into_iter(), field: "version" };
    let version: u32 = r.number("version")?.ok_or(ShareError::Invalid("version"))?;
    if version > VERSION {
        return Err(ShareError::NewerVersion(version));
    }
    let mut red_flags = RedFlags {
        saddle_numbness: r.one("red_flags.saddle_numbness")?,
        urinary_problem: r.one("red_flags.urinary_problem")?,
        bowel_control_loss: r.one("red_flags.bowel_control_loss")?,
        sexual_dysfunction: r.one("red_flags.sexual_dysfunction")?,
        both_legs: r.one("red_flags.both_legs")?,
        worsening_weakness: r.one("red_flags.worsening_weakness")?,
        fever_unwell: r.one("red_flags.fever_unwell")?,
        cancer_history: r.one("red_flags.cancer_history")?,
        weight_loss: r.one("red_flags.weight_loss")?,
        recent_trauma: r.one("red_flags.recent_trauma")?,
        severe_rest_pain: r.one("red_flags.severe_rest_pain")?,
        ..RedFlags::default()
    };
    let surgery = r.one("history.surgery")?;
    let since_onset = r.elapsed("history.since_onset")?;
    let since_surgery = r.elapsed("history.since_surgery")?;
    let relief_then_return = r.one("history.relief_then_return")?;
    let tried = match r.next("history.tried")? {
        "" => None,
        "_" => Some(Vec::new()),
        token => Some(token.chars().map(|c| Treatment::from_code(c).ok_or_else(|| r.bad())).collect::<Result<_, _>>()?),
    };
    let mut history = History { surgery, since_onset, since_surgery, relief_then_return, tried, wound_problem: None };
    let symptoms = Symptoms {
        areas: r.list("symptoms.areas")?,
        kinds: r.list("symptoms.kinds")?,
        pain: r.number("symptoms.pain")?,
        numbness: r.number("symptoms.numbness")?,
        course: r.one("symptoms.course")?,
        worse_with: r.list("symptoms.worse_with")?,
    };
    let body_use = BodyUse {
        long_sitting: r.one("body_use.long_sitting")?,
        strained_postures: r.one("body_use.strained_postures")?,
        bent_forward_work: r.one("body_use.bent_forward_work")?,
        heavy_lifting: r.one("body_use.heavy_lifting")?,
    };
    let lifestyle = Lifestyle {
        smoking: r.one("lifestyle.smoking")?,
        getting_cold: r.one("lifestyle.getting_cold")?,
        strong_massage: r.one("lifestyle.strong_massage")?,
        enduring_pain: r.one("lifestyle.enduring_pain")?,
    };
    let present = match r.next("accident")? {
        "" => false,
        "a" => true,
        _ => return Err(r.bad()),
    };
    let mut accident = Accident {
        after_accident: r.one("accident.after_accident")?,
        saw_doctor_soon: r.one("accident.saw_doctor_soon")?,
        treatment_months: r.number("accident.treatment_months")?,
        visit_regularity: r.one("accident.visit_regularity")?,
        imaging_done: r.one("accident.imaging_done")?,
        imaging_matches: r.one("accident.imaging_matches")?,
        neuro_tests_done: r.one("accident.neuro_tests_done")?,
        neuro_findings: None,
        symptoms_fixed: r.one("accident.symptoms_fixed")?,
    };
    if !present && accident != Accident::default() {
        return Err(ShareError::Invalid("accident"));
    }
    let values = Values {
        avoid_surgery: r.number("values.avoid_surgery")?,
        fast_relief: r.number("values.fast_relief")?,
        low_cost: r.number("values.low_cost")?,
        fewest_risks: r.number("values.fewest_risks")?,
        least_time_away: r.number("values.least_time_away")?,
        try_everything: r.number("values.try_everything")?,
    };
    let decision = Decision {
        sure: r.one("decision.sure.sure")?,
        understand: r.one("decision.sure.understand")?,
        risk_benefit: r.one("decision.sure.risk_benefit")?,
        encouragement: r.one("decision.sure.encouragement")?,
        leaning: r.one("decision.leaning")?,
    };
    if version >= 2 {
        red_flags.infection_risk = r.one("red_flags.infection_risk")?;
        red_flags.chest_pain = r.one("red_flags.chest_pain")?;
        history.wound_problem = r.one("history.wound_problem")?;
    }
    if version >= 3 {
        accident.neuro_findings = r.one("accident.neuro_findings")?;
    }
    if r.tokens.next().is_some() {
        return Err(ShareError::Invalid("version"));
    }
    let answers = Answers {
        version: ANSWERS_VERSION,
        red_flags,
        history,
        symptoms,
        body_use,
        lifestyle,
        accident: present.then_some(accident),
        values,
        decision,
    };
    answers.validate().map_err(|_| ShareError::Invalid("answers"))?;
    Ok(answers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_answers_make_a_short_link() {
        let text = encode(&Answers { version: ANSWERS_VERSION, ..Answers::default() });
        assert!(text.len() < 80, "{text}");
        assert_eq!(decode(&text), Ok(Answers { version: ANSWERS_VERSION, ..Answers::default() }));
    }

    #[test]
    fn a_changed_or_cut_link_is_refused() {
        let mut answers = Answers { version: ANSWERS_VERSION, ..Answers::default() };
        answers.red_flags.saddle_numbness = Some(YesNo::No);
        let text = encode(&answers);
        assert_eq!(decode(&text.replacen(".n.", ".y.", 1)), Err(ShareError::Damaged));
        assert_eq!(decode(&text[..text.len() - 2]), Err(ShareError::Damaged));
        assert_eq!(decode(""), Err(ShareError::Damaged));
        let newer = "9.x";
        assert_eq!(decode(&format!("{newer}~{}", checksum(newer))), Err(ShareError::NewerVersion(9)));
        let impossible = text.replacen("3.n.", "3.q.", 1);
        let impossible = format!("{}~{}", impossible.split('~').next().unwrap(), checksum(impossible.split('~').next().unwrap()));
        assert_eq!(decode(&impossible), Err(ShareError::Invalid("red_flags.saddle_numbness")));
    }
}
