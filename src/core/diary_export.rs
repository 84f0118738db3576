//! The diary as files a person keeps or hands to a clinic, and back (#15): CSV for a
//! spreadsheet, and a FHIR R4 Bundle for a doctor's system. Both are made and read on the
//! device; nothing is sent anywhere. Every import is checked whole: a foreign or damaged file
//! gives an error and the diary stays as it was.

use serde_json::{json, Value};

use super::answers::{Answers, YesNo};
use super::diary::{DailyCheck, Date, Diary, Entry, Score, Walking};
use super::questions::QUESTIONS;
use super::registry::{Kind, Response};

/// The columns of a diary's CSV file, in order.
pub const CSV_COLUMNS: [&str; 13] = [
    "date",
    "leg_pain",
    "back_pain",
    "numbness",
    "weakness",
    "walking",
    "medicines",
    "note",
    "saddle_numbness",
    "urinary_problem",
    "bowel_control_loss",
    "both_legs",
    "worsening_weakness",
];

/// Why a file could not be read into a diary. The diary is left as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Not a diary this app wrote (another file, another app's export, or a damaged one).
    NotADiary,
    /// The entry on this line (CSV) or with this date (FHIR) cannot be used, at this column.
    Entry { at: String, field: &'static str },
}

// --- CSV -----------------------------------------------------------------------------------

/// Spreadsheets run a cell that starts with one of these as a formula.
fn starts_formula(text: &str) -> bool {
    text.trim_start_matches('\'').starts_with(['=', '+', '-', '@', '\t', '\r'])
}

fn csv_cell(text: &str) -> String {
    // A leading `'` makes a spreadsheet show the cell as text; reading back removes exactly one.
    let text = if starts_formula(text) { format!("'{text}") } else { text.to_string() };
    if text.contains([',', '"', '\n', '\r']) || text.starts_with(' ') || text.ends_with(' ') {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

fn uncell(text: &str) -> String {
    match text.strip_prefix('\'') {
        Some(rest) if starts_formula(rest) => rest.to_string(),
        _ => text.to_string(),
    }
}

fn csv_fields(entry: &Entry) -> [String; CSV_COLUMNS.len()] {
    let number = |n: Option<u8>| n.map(|n| n.to_string()).unwrap_or_default();
    let reply = |r: Option<YesNo>| r.map(|r| r.as_str().to_string()).unwrap_or_default();
    [
        entry.date.map(|d| d.to_string()).unwrap_or_default(),
        number(entry.leg_pain),
        number(entry.back_pain),
        number(entry.numbness),
        reply(entry.weakness),
        entry.walking.map(|w| w.as_str().to_string()).unwrap_or_default(),
        entry.medicines.clone(),
        entry.note.clone(),
        reply(entry.checks[0]),
        reply(entry.checks[1]),
        reply(entry.checks[2]),
        reply(entry.checks[3]),
        reply(entry.checks[4]),
    ]
}

/// The diary as CSV: UTF-8 with a byte-order mark (so spreadsheet software in Japan reads it as
/// UTF-8), a header row, one row an entry, CRLF line ends (RFC 4180).
pub fn to_csv(diary: &Diary) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&CSV_COLUMNS.join(","));
    out.push_str("\r\n");
    for entry in &diary.entries {
        out.push_str(&csv_fields(entry).iter().map(|f| csv_cell(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

/// Splits CSV text into records (quoted fields may hold commas, quotes and line breaks).
fn csv_records(text: &str) -> Option<Vec<Vec<String>>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if at_field_start => {
                quoted = true;
                at_field_start = false;
            }
            '"' => return None,
            ',' => {
                record.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                at_field_start = true;
            }
            _ => {
                field.push(c);
                at_field_start = false;
            }
        }
    }
    if quoted {
        return None;
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    Some(records)
}

fn parse_score(text: &str) -> Result<Option<u8>, ()> {
    match text {
        "" => Ok(None),
        _ if text.len() <= 2 && text.bytes().all(|b| b.is_ascii_digit()) => {
            text.parse().ok().filter(|n| *n <= super::diary::MAX_DIARY_SCORE).map(Some).ok_or(())
        }
        _ => Err(()),
    }
}

/// An id by its string form; empty is "not answered", anything else unknown is an error.
fn named<T>(text: &str, from_name: fn(&str) -> Option<T>) -> Result<Option<T>, ()> {
    match text {
        "" => Ok(None),
        _ => from_name(text).map(Some).ok_or(()),
    }
}

fn parse_reply(text: &str) -> Result<Option<YesNo>, ()> {
    named(text, YesNo::from_name)
}

fn parse_walking(text: &str) -> Result<Option<Walking>, ()> {
    named(text, Walking::from_name)
}

/// Reads a CSV file this app wrote. `today` bounds the dates, as on entry.
pub fn from_csv(text: &str, today: Date) -> Result<Diary, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let records = csv_records(text).ok_or(ImportError::NotADiary)?;
    let mut rows = records.into_iter().filter(|r| !(r.len() == 1 && r[0].is_empty()));
    if rows.next().is_none_or(|header| header != CSV_COLUMNS) {
        return Err(ImportError::NotADiary);
    }
    let mut diary = Diary::default();
    for (i, row) in rows.enumerate() {
        let at = format!("line {}", i + 2);
        let bad = |field: &'static str| ImportError::Entry { at: at.clone(), field };
        if row.len() != CSV_COLUMNS.len() {
            return Err(bad("columns"));
        }
        let entry = Entry {
            date: Some(Date::parse(&row[0]).ok_or_else(|| bad("date"))?),
            leg_pain: parse_score(&row[1]).map_err(|_| bad("leg_pain"))?,
            back_pain: parse_score(&row[2]).map_err(|_| bad("back_pain"))?,
            numbness: parse_score(&row[3]).map_err(|_| bad("numbness"))?,
            weakness: parse_reply(&row[4]).map_err(|_| bad("weakness"))?,
            walking: parse_walking(&row[5]).map_err(|_| bad("walking"))?,
            medicines: uncell(&row[6]),
            note: uncell(&row[7]),
            checks: [
                parse_reply(&row[8]).map_err(|_| bad("saddle_numbness"))?,
                parse_reply(&row[9]).map_err(|_| bad("urinary_problem"))?,
                parse_reply(&row[10]).map_err(|_| bad("bowel_control_loss"))?,
                parse_reply(&row[11]).map_err(|_| bad("both_legs"))?,
                parse_reply(&row[12]).map_err(|_| bad("worsening_weakness"))?,
            ],
        };
        diary.add(entry, today).map_err(|e| bad(entry_field(e)))?;
    }
    Ok(diary)
}

fn entry_field(error: super::diary::EntryError) -> &'static str {
    use super::diary::EntryError::*;
    match error {
        NoDate | DateInTheFuture => "date",
        ScoreOutOfRange(field) | TooLong(field) => field,
    }
}

// --- FHIR R4 -------------------------------------------------------------------------------

/// The code system of this app's own codes: the diary's observations and the answers' values.
pub const DIARY_SYSTEM: &str = "urn:hernia-aid:diary";
pub const ANSWERS_SYSTEM: &str = "urn:hernia-aid:answers";
const LOINC: &str = "http://loinc.org";
/// LOINC 72514-3: Pain severity - 0-10 verbal numeric rating [Score] - Reported.
pub const PAIN_SEVERITY_LOINC: &str = "72514-3";
const PAIN_SEVERITY_DISPLAY: &str = "Pain severity - 0-10 verbal numeric rating [Score] - Reported";

/// A resource's address inside the bundle: a UUID (version 4 form) numbered by the resource's
/// place in it, so the same diary always gives the same file.
fn full_url(n: usize) -> String {
    format!("urn:uuid:00000000-0000-4000-8000-{n:012x}")
}

/// What an observation records: (code, its text, a LOINC code where one fits).
fn observed(kind: &str) -> Value {
    match kind {
        "leg_pain" | "back_pain" => json!({
            "coding": [
                { "system": LOINC, "code": PAIN_SEVERITY_LOINC, "display": PAIN_SEVERITY_DISPLAY },
                { "system": DIARY_SYSTEM, "code": kind },
            ],
            "text": if kind == "leg_pain" { "Leg pain, 0-10" } else { "Back pain, 0-10" },
        }),
        _ => json!({ "coding": [{ "system": DIARY_SYSTEM, "code": kind }], "text": kind.replace('_', " ") }),
    }
}

fn coded(system: &str, code: &str) -> Value {
    json!({ "coding": [{ "system": system, "code": code }], "text": code.replace('_', " ") })
}

/// The decision aid's answers as a QuestionnaireResponse item list, one item per answered question.
fn answer_items(answers: &Answers) -> Vec<Value> {
    QUESTIONS
        .iter()
        .filter_map(|q| {
            let values: Vec<Value> = match (q.kind, (q.get)(answers)) {
                (_, Response::Pick(Some(i))) => {
                    vec![json!({ "valueCoding": { "system": ANSWERS_SYSTEM, "code": q.kind.values().0[usize::from(i)] } })]
                }
                (Kind::Ticks { .. }, Response::Ticks(Some(bits))) => q
                    .items
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| bits & 1 << i != 0)
                    .map(|(_, item)| json!({ "valueCoding": { "system": ANSWERS_SYSTEM, "code": item.as_str() } }))
                    .collect(),
                (_, Response::Number(Some(n))) => vec![json!({ "valueInteger": n })],
                (_, Response::Elapsed(Some(e))) => vec![match e {
                    super::answers::Elapsed::Weeks(w) => {
                        json!({ "valueQuantity": { "value": w, "unit": "weeks", "system": "http://unitsofmeasure.org", "code": "wk" } })
                    }
                    super::answers::Elapsed::Months(m) => {
                        json!({ "valueQuantity": { "value": m, "unit": "months", "system": "http://unitsofmeasure.org", "code": "mo" } })
                    }
                    super::answers::Elapsed::NotSure => json!({ "valueCoding": { "system": ANSWERS_SYSTEM, "code": "not_sure" } }),
                }],
                (Kind::Section, Response::Section(true)) => vec![json!({ "valueBoolean": true })],
                _ => Vec::new(),
            };
            (!values.is_empty()).then(|| json!({ "linkId": q.id.as_str(), "answer": values }))
        })
        .collect()
}

/// The diary (and, when given, the decision aid's answers) as a FHIR R4 Bundle of type
/// `collection`: a QuestionnaireResponse for the answers, and one Observation per recorded
/// value per entry, dated. No identity unless `name` is given, then a Patient with only it.
pub fn to_fhir(diary: &Diary, answers: Option<&Answers>, name: Option<&str>, today: Date) -> Value {
    let mut resources: Vec<Value> = Vec::new();
    let patient = name.map(str::trim).filter(|n| !n.is_empty()).map(|n| {
        resources.push(json!({ "resourceType": "Patient", "name": [{ "text": n }] }));
        full_url(0)
    });
    let subject = |resource: &mut Value| {
        if let Some(url) = &patient {
            resource["subject"] = json!({ "reference": url });
        }
    };
    if let Some(answers) = answers {
        let mut response = json!({
            "resourceType": "QuestionnaireResponse",
            "status": "completed",
            "authored": today.to_string(),
            "item": answer_items(answers),
        });
        subject(&mut response);
        resources.push(response);
    }
    for (n, entry) in diary.entries.iter().enumerate() {
        let Some(date) = entry.date else { continue };
        let mut values: Vec<(&str, Value)> = Vec::new();
        for score in Score::ALL {
            if let Some(v) = score.of(entry) {
                values.push((score.as_str(), json!({ "valueInteger": v })));
            }
        }
        if let Some(w) = entry.weakness {
            values.push(("weakness", json!({ "valueCodeableConcept": coded(ANSWERS_SYSTEM, w.as_str()) })));
        }
        if let Some(w) = entry.walking {
            values.push(("walking", json!({ "valueCodeableConcept": coded(DIARY_SYSTEM, w.as_str()) })));
        }
        for (field, text) in [("medicines", &entry.medicines), ("note", &entry.note)] {
            if !text.is_empty() {
                values.push((field, json!({ "valueString": text })));
            }
        }
        for (check, reply) in DailyCheck::ALL.iter().zip(entry.checks) {
            if let Some(reply) = reply {
                values.push((check.as_str(), json!({ "valueCodeableConcept": coded(ANSWERS_SYSTEM, reply.as_str()) })));
            }
        }
        for (kind, value) in values {
            let mut observation = json!({
                "resourceType": "Observation",
                "identifier": [{ "system": DIARY_SYSTEM, "value": format!("{date}/{n}/{kind}") }],
                "status": "final",
                "category": [{ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "survey" }] }],
                "code": observed(kind),
                "effectiveDateTime": date.to_string(),
            });
            if kind == "leg_pain" {
                observation["bodySite"] = json!({ "text": "Leg" });
            } else if kind == "back_pain" {
                observation["bodySite"] = json!({ "text": "Lower back" });
            }
            if let (Some(object), Value::Object(fields)) = (observation.as_object_mut(), value) {
                object.extend(fields);
            }
            subject(&mut observation);
            resources.push(observation);
        }
    }
    let entries: Vec<Value> =
        resources.into_iter().enumerate().map(|(i, resource)| json!({ "fullUrl": full_url(i), "resource": resource })).collect();
    json!({ "resourceType": "Bundle", "type": "collection", "entry": entries })
}

/// Reads back the diary from a Bundle this app wrote: its Observations marked with the
/// diary's identifier system. Anything else is `NotADiary`; a value out of range names it.
pub fn from_fhir(text: &str, today: Date) -> Result<Diary, ImportError> {
    let bundle: Value = serde_json::from_str(text).map_err(|_| ImportError::NotADiary)?;
    if bundle["resourceType"] != "Bundle" {
        return Err(ImportError::NotADiary);
    }
    let resources = bundle["entry"].as_array().ok_or(ImportError::NotADiary)?;
    // (date, number in the diary) → entry, in the file's order.
    let mut entries: Vec<((String, String), Entry)> = Vec::new();
    for resource in resources.iter().map(|e| &e["resource"]) {
        if resource["resourceType"] != "Observation" {
            continue;
        }
        let Some(id) = resource["identifier"]
            .as_array()
            .and_then(|ids| ids.iter().find(|i| i["system"] == DIARY_SYSTEM).and_then(|i| i["value"].as_str()))
        else {
            continue;
        };
        let mut parts = id.splitn(3, '/');
        let (Some(date), Some(n), Some(kind)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(ImportError::NotADiary);
        };
        let bad = |field: &'static str| ImportError::Entry { at: date.to_string(), field };
        let key = (date.to_string(), n.to_string());
        let at = match entries.iter().position(|(k, _)| *k == key) {
            Some(at) => at,
            None => {
                let parsed = Date::parse(date).ok_or_else(|| bad("date"))?;
                entries.push((key, Entry { date: Some(parsed), ..Entry::default() }));
                entries.len() - 1
            }
        };
        let entry = &mut entries[at].1;
        let code = |v: &Value| v["valueCodeableConcept"]["coding"][0]["code"].as_str().map(str::to_string);
        let score = |field: &'static str| -> Result<Option<u8>, ImportError> {
            let n = resource["valueInteger"].as_u64().ok_or_else(|| bad(field))?;
            u8::try_from(n).ok().filter(|n| *n <= super::diary::MAX_DIARY_SCORE).map(Some).ok_or_else(|| bad(field))
        };
        let reply = |field: &'static str| -> Result<Option<YesNo>, ImportError> {
            let c = code(resource).ok_or_else(|| bad(field))?;
            parse_reply(&c).map_err(|_| bad(field))?.map(Some).ok_or_else(|| bad(field))
        };
        let text = |field: &'static str| resource["valueString"].as_str().map(str::to_string).ok_or_else(|| bad(field));
        match kind {
            "leg_pain" => entry.leg_pain = score("leg_pain")?,
            "back_pain" => entry.back_pain = score("back_pain")?,
            "numbness" => entry.numbness = score("numbness")?,
            "weakness" => entry.weakness = reply("weakness")?,
            "walking" => {
                let c = code(resource).ok_or_else(|| bad("walking"))?;
                entry.walking = parse_walking(&c).map_err(|_| bad("walking"))?;
            }
            "medicines" => entry.medicines = text("medicines")?,
            "note" => entry.note = text("note")?,
            _ => match DailyCheck::ALL.iter().position(|c| c.as_str() == kind) {
                Some(i) => entry.checks[i] = reply(DailyCheck::ALL[i].as_str())?,
                None => return Err(bad("observation")),
            },
        }
    }
    if entries.is_empty() && !resources.iter().any(|e| e["resource"]["resourceType"] == "QuestionnaireResponse") {
        return Err(ImportError::NotADiary);
    }
    let mut diary = Diary::default();
    for ((date, _), entry) in entries {
        diary.add(entry, today).map_err(|e| ImportError::Entry { at: date, field: entry_field(e) })?;
    }
    Ok(diary)
}

/// The resources of a Bundle, for tests and tools that look inside it.
pub fn resources_of(bundle: &Value) -> Vec<&Value> {
    bundle["entry"].as_array().map(|e| e.iter().map(|e| &e["resource"]).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::parse("2026-11-26").unwrap()
    }

    fn sample() -> Diary {
        let mut diary = Diary::default();
        let day = |d: &str| Some(Date::parse(d).unwrap());
        for entry in [
            Entry {
                date: day("2026-11-01"),
                leg_pain: Some(7),
                back_pain: Some(4),
                numbness: Some(5),
                weakness: Some(YesNo::NotSure),
                walking: Some(Walking::To500m),
                medicines: "ロキソニン, 1日2回".into(),
                note: "=SUM(A1) \"quoted\"\n二行目".into(),
                checks: [Some(YesNo::No), Some(YesNo::No), Some(YesNo::No), None, Some(YesNo::NotSure)],
            },
            Entry { date: day("2026-11-01"), leg_pain: Some(6), note: "'=already".into(), ..Entry::default() },
            Entry { date: day("2026-11-20"), leg_pain: Some(3), back_pain: Some(2), note: " spaced ".into(), ..Entry::default() },
        ] {
            diary.add(entry, today()).unwrap();
        }
        diary
    }

    #[test]
    fn csv_round_trips_with_a_byte_order_mark_and_no_formulas() {
        let diary = sample();
        let csv = to_csv(&diary);
        assert!(csv.starts_with("\u{feff}date,leg_pain,"));
        assert!(csv.contains("\"'=SUM(A1) \"\"quoted\"\"\n二行目\""), "quoted, neutralised: {csv}");
        assert!(csv.contains("''=already"));
        assert_eq!(from_csv(&csv, today()), Ok(diary.clone()));
        assert_eq!(from_csv(&csv.replace("\r\n", "\n"), today()), Ok(diary), "LF line ends too");
    }

    #[test]
    fn a_foreign_or_damaged_csv_is_refused_with_its_place() {
        let csv = to_csv(&sample());
        assert_eq!(from_csv("name,age\r\nTaro,40\r\n", today()), Err(ImportError::NotADiary));
        assert_eq!(from_csv("", today()), Err(ImportError::NotADiary));
        assert_eq!(
            from_csv(&csv.replacen("2026-11-20", "2026-11-31", 1), today()),
            Err(ImportError::Entry { at: "line 4".into(), field: "date" })
        );
        assert_eq!(
            from_csv(&csv.replacen(",3,2,", ",3,12,", 1), today()),
            Err(ImportError::Entry { at: "line 4".into(), field: "back_pain" })
        );
        assert_eq!(
            from_csv(&csv.replacen("2026-11-20", "2026-12-20", 1), today()),
            Err(ImportError::Entry { at: "line 4".into(), field: "date" })
        );
        assert_eq!(from_csv(&format!("{csv}\"unclosed"), today()), Err(ImportError::NotADiary));
        assert!(from_csv(&csv.replacen("to_500m", "far", 1).replacen("100m_to_500m", "far", 1), today()).is_err());
    }

    #[test]
    fn fhir_round_trips_and_marks_pain_with_loinc() {
        let diary = sample();
        let mut answers = Answers::default();
        answers.apply(super::super::edit::Edit::pick(super::super::ids::AnswerId::Smoking, Some(YesNo::Yes)));
        let bundle = to_fhir(&diary, Some(&answers), None, today());
        let resources = resources_of(&bundle);
        assert!(resources.iter().all(|r| r["resourceType"] != "Patient" && r["subject"].is_null()), "no identity");
        let pain: Vec<_> = resources.iter().filter(|r| r["code"]["coding"][0]["code"] == PAIN_SEVERITY_LOINC).collect();
        assert_eq!(pain.len(), 5, "leg and back pain, each a LOINC 72514-3 observation");
        assert!(pain.iter().all(|r| r["code"]["coding"][0]["system"] == "http://loinc.org" && r["valueInteger"].is_u64()));
        let response = resources.iter().find(|r| r["resourceType"] == "QuestionnaireResponse").unwrap();
        assert_eq!(response["item"][0]["linkId"], "lifestyle.smoking");
        let text = serde_json::to_string_pretty(&bundle).unwrap();
        assert_eq!(from_fhir(&text, today()), Ok(diary));
        let named = to_fhir(&Diary::default(), None, Some("山田 花子"), today());
        assert_eq!(resources_of(&named)[0]["name"][0]["text"], "山田 花子");
    }

    #[test]
    fn a_foreign_or_damaged_fhir_file_is_refused() {
        let text = serde_json::to_string(&to_fhir(&sample(), None, None, today())).unwrap();
        assert_eq!(from_fhir("{}", today()), Err(ImportError::NotADiary));
        assert_eq!(from_fhir("not json", today()), Err(ImportError::NotADiary));
        assert_eq!(from_fhir(r#"{"resourceType":"Bundle","type":"collection","entry":[]}"#, today()), Err(ImportError::NotADiary));
        let out_of_range = text.replacen("\"valueInteger\":7", "\"valueInteger\":70", 1);
        assert_eq!(from_fhir(&out_of_range, today()), Err(ImportError::Entry { at: "2026-11-01".into(), field: "leg_pain" }));
        let future = text.replace("2026-11-20", "2027-11-20");
        assert_eq!(from_fhir(&future, today()), Err(ImportError::Entry { at: "2027-11-20".into(), field: "date" }));
    }
}
