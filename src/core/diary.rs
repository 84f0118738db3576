//! The symptom diary (#15): entries a person keeps on their own device, the warning-sign check
//! on each, and the change since the first entry. Data only, like the rest of the core: the
//! words are the content layer's, and the exports (`diary_export.rs`) are data formats.
//!
//! Shown by the whole app's diary screen (`ui::screens::diary`); link-time optimisation
//! leaves it out of the first module.

use super::answers::{Answers, YesNo};
use super::assessment::UrgencyLevel;
use super::ids::{ids, AnswerId};
use super::triage;

/// The most a note may hold, in characters.
pub const MAX_NOTE: usize = 500;
/// The most the medicines field may hold, in characters: a short list, not a record.
pub const MAX_MEDICINES: usize = 100;
/// The highest pain or numbness score.
pub const MAX_DIARY_SCORE: u8 = 10;

ids! {
    /// How far the person can walk today, in bands a person can judge.
    pub enum Walking {
        Under100m => "under_100m",
        To500m => "100m_to_500m",
        To1km => "500m_to_1km",
        Over1km => "over_1km",
        NotSure => "not_sure",
    }
}

ids! {
    /// The warning signs asked with every entry: the red-flag step's questions whose answer can
    /// change from day to day (the nerve signs of the cauda equina and weakness getting worse),
    /// each asked in the red-flag step's own words.
    pub enum DailyCheck {
        SaddleNumbness => "saddle_numbness",
        UrinaryProblem => "urinary_problem",
        BowelControlLoss => "bowel_control_loss",
        BothLegs => "both_legs",
        WorseningWeakness => "worsening_weakness",
    }
}

/// How many warning-sign checks an entry has.
pub const DAILY_CHECKS: usize = DailyCheck::ALL.len();

impl DailyCheck {
    /// The red-flag question this check is: its reply is read as that question's, by the same
    /// table the red-flag step uses (`triage::RED_FLAG_RULES`).
    pub fn red_flag(self) -> AnswerId {
        match self {
            DailyCheck::SaddleNumbness => AnswerId::SaddleNumbness,
            DailyCheck::UrinaryProblem => AnswerId::UrinaryProblem,
            DailyCheck::BowelControlLoss => AnswerId::BowelControlLoss,
            DailyCheck::BothLegs => AnswerId::BothLegsNew,
            DailyCheck::WorseningWeakness => AnswerId::WorseningWeakness,
        }
    }
}

/// A calendar date, checked: `YYYY-MM-DD` from 1900 to 2999.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| super::share::digits(&text[range]).and_then(|n| u16::try_from(n).ok());
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        let date = Date { year, month: u8::try_from(month).ok()?, day: u8::try_from(day).ok()? };
        ((1900..=2999).contains(&year) && (1..=12).contains(&month) && day >= 1 && date.day <= days_in_month(year, date.month))
            .then_some(date)
    }

    /// Days since 1970-01-01 (negative before it): for weeks between two dates.
    pub fn days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let (y, m, d) = (i64::from(self.year), i64::from(self.month), i64::from(self.day));
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let year_of_era = y - era * 400;
        let day_of_year = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` days after 1970-01-01 (the inverse of [`Date::days`]).
    pub fn from_days(days: i64) -> Date {
        // Howard Hinnant's civil-from-days algorithm.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z.rem_euclid(146_097);
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
        let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Date { year: year as u16, month: month as u8, day: day as u8 }
    }

    /// This date `months` calendar months later (the last day of the month when it is shorter).
    pub fn plus_months(self, months: u32) -> Date {
        let total = u32::from(self.month) - 1 + months;
        let year = self.year.saturating_add(u16::try_from(total / 12).unwrap_or(u16::MAX));
        let month = (total % 12) as u8 + 1;
        Date { year, month, day: self.day.min(days_in_month(year, month)) }
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        _ => 31,
    }
}

/// One day's entry. Every field but the date may be left out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    pub date: Option<Date>,
    pub leg_pain: Option<u8>,
    pub back_pain: Option<u8>,
    pub numbness: Option<u8>,
    pub weakness: Option<YesNo>,
    pub walking: Option<Walking>,
    pub medicines: String,
    pub note: String,
    /// The replies to the daily warning-sign checks, in the order of `DailyCheck::ALL`.
    pub checks: [Option<YesNo>; DAILY_CHECKS],
}

/// Why an entry cannot be kept, naming the field (an id the content layer words).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryError {
    NoDate,
    DateInTheFuture,
    ScoreOutOfRange(&'static str),
    TooLong(&'static str),
}

impl Entry {
    /// Checks what a form cannot: a date no later than `today`, scores in range, texts short enough.
    pub fn validate(&self, today: Date) -> Result<(), EntryError> {
        let date = self.date.ok_or(EntryError::NoDate)?;
        if date > today {
            return Err(EntryError::DateInTheFuture);
        }
        for (field, score) in [("leg_pain", self.leg_pain), ("back_pain", self.back_pain), ("numbness", self.numbness)] {
            if score.is_some_and(|s| s > MAX_DIARY_SCORE) {
                return Err(EntryError::ScoreOutOfRange(field));
            }
        }
        if self.medicines.chars().count() > MAX_MEDICINES {
            return Err(EntryError::TooLong("medicines"));
        }
        if self.note.chars().count() > MAX_NOTE {
            return Err(EntryError::TooLong("note"));
        }
        Ok(())
    }

    /// The daily checks as the red-flag answers they are (`DailyCheck::red_flag`): the warning
    /// screen lists them as it does after the red-flag step.
    pub fn red_flag_answers(&self) -> Answers {
        let mut answers = Answers::default();
        for (check, reply) in DailyCheck::ALL.iter().zip(self.checks) {
            answers.apply(super::edit::Edit::pick(check.red_flag(), reply));
        }
        answers
    }

    /// How soon to seek care because of this entry's warning-sign checks, read by the same
    /// table as the red-flag step: `Some` for calling 119 now, being seen today (the levels that
    /// lead to a warning screen) or seeing a doctor within days, with the red-flag answers it
    /// stands for. A "not sure" errs towards care, as there.
    pub fn warning(&self) -> Option<(UrgencyLevel, Vec<AnswerId>)> {
        let urgency = triage::urgency(&self.red_flag_answers());
        (urgency.level <= UrgencyLevel::Prompt).then_some((urgency.level, urgency.because))
    }
}

/// A diary: its entries, kept in date order (several on one day keep the order they were added).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diary {
    pub entries: Vec<Entry>,
}

impl Diary {
    /// Adds a checked entry in date order; gives its position.
    pub fn add(&mut self, entry: Entry, today: Date) -> Result<usize, EntryError> {
        entry.validate(today)?;
        let at = self.entries.iter().take_while(|e| e.date <= entry.date).count();
        self.entries.insert(at, entry);
        Ok(at)
    }

    /// Replaces the entry at `index` (moving it if its date changed); an invalid entry, or an
    /// index past the end, changes nothing.
    pub fn replace(&mut self, index: usize, entry: Entry, today: Date) -> Result<usize, EntryError> {
        entry.validate(today)?;
        if index >= self.entries.len() {
            return Err(EntryError::NoDate);
        }
        self.entries.remove(index);
        self.add(entry, today)
    }

    pub fn remove(&mut self, index: usize) {
        if index < self.entries.len() {
            self.entries.remove(index);
        }
    }

    /// Each score's first and latest value, where at least two entries hold it: what the
    /// one-line summary says in words.
    pub fn change(&self) -> Vec<(Score, u8, u8)> {
        Score::ALL
            .iter()
            .filter_map(|score| {
                let mut values = self.entries.iter().filter_map(|e| score.of(e));
                let first = values.next()?;
                let last = values.next_back()?;
                Some((*score, first, last))
            })
            .collect()
    }
}

ids! {
    /// The scores a diary charts.
    pub enum Score {
        LegPain => "leg_pain",
        BackPain => "back_pain",
        Numbness => "numbness",
    }
}

impl Score {
    pub fn of(self, entry: &Entry) -> Option<u8> {
        match self {
            Score::LegPain => entry.leg_pain,
            Score::BackPain => entry.back_pain,
            Score::Numbness => entry.numbness,
        }
    }
}

/// The date three months after `start` (onset, or an operation): the source article's line
/// between early and persistent symptoms, which the chart marks.
pub fn three_month_mark(start: Date) -> Date {
    start.plus_months(super::answers::THREE_MONTHS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn dates_are_checked_and_counted() {
        assert_eq!(date("2026-02-28").to_string(), "2026-02-28");
        for bad in ["2026-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "26-01-01", "2026-01-32", "２０２６-01-01", "1899-12-31", ""]
        {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert_eq!(Date::parse("2024-02-29"), Some(Date { year: 2024, month: 2, day: 29 }));
        assert_eq!(date("1970-01-01").days(), 0);
        for text in ["1970-01-01", "2000-02-29", "2026-11-26", "1900-03-01", "2999-12-31"] {
            assert_eq!(Date::from_days(date(text).days()), date(text), "{text} back from its day count");
        }
        assert_eq!(date("2000-03-01").days() - date("2000-02-28").days(), 2, "2000 was a leap year");
        assert_eq!(date("2026-11-26").days() - date("2026-01-01").days(), 329);
        assert_eq!(three_month_mark(date("2026-11-30")), date("2027-02-28"), "the last day of a shorter month");
        assert_eq!(three_month_mark(date("2026-01-15")), date("2026-04-15"));
    }

    #[test]
    fn entries_are_checked_and_kept_in_date_order() {
        let today = date("2026-11-26");
        let mut diary = Diary::default();
        let entry = |d: &str, leg: u8| Entry { date: Some(date(d)), leg_pain: Some(leg), ..Entry::default() };
        assert_eq!(diary.add(entry("2026-11-20", 6), today), Ok(0));
        assert_eq!(diary.add(entry("2026-11-10", 8), today), Ok(0));
        assert_eq!(diary.add(entry("2026-11-25", 3), today), Ok(2));
        assert_eq!(diary.add(entry("2026-11-27", 3), today), Err(EntryError::DateInTheFuture));
        assert_eq!(diary.add(Entry { note: "あ".repeat(MAX_NOTE + 1), ..entry("2026-11-25", 3) }, today), Err(EntryError::TooLong("note")));
        assert_eq!(diary.add(Entry { numbness: Some(11), ..entry("2026-11-25", 3) }, today), Err(EntryError::ScoreOutOfRange("numbness")));
        assert_eq!(diary.add(Entry::default(), today), Err(EntryError::NoDate));
        assert_eq!(diary.entries.len(), 3, "refused entries change nothing");
        assert_eq!(diary.change(), vec![(Score::LegPain, 8, 3)]);
        assert_eq!(diary.replace(0, entry("2026-11-26", 2), today), Ok(2), "a new date moves the entry");
        assert_eq!(diary.change(), vec![(Score::LegPain, 6, 2)]);
        diary.remove(9);
        diary.remove(0);
        assert_eq!(diary.entries.len(), 2);
    }

    #[test]
    fn the_daily_checks_lead_where_the_red_flag_step_does() {
        let with = |checks: [Option<YesNo>; DAILY_CHECKS]| Entry { checks, ..Entry::default() }.warning().map(|(level, _)| level);
        use YesNo::*;
        let one = |i: usize, reply: YesNo| {
            let mut checks = [Some(No); DAILY_CHECKS];
            checks[i] = Some(reply);
            checks
        };
        assert_eq!(with([None; DAILY_CHECKS]), None);
        assert_eq!(with([Some(No); DAILY_CHECKS]), None);
        for (i, check) in DailyCheck::ALL.iter().enumerate() {
            let (yes, not_sure) = if *check == DailyCheck::WorseningWeakness {
                (UrgencyLevel::SameDay, UrgencyLevel::Prompt)
            } else {
                (UrgencyLevel::Emergency, UrgencyLevel::SameDay)
            };
            assert_eq!(with(one(i, Yes)), Some(yes), "{check:?}: yes");
            assert_eq!(with(one(i, NotSure)), Some(not_sure), "{check:?}: not sure errs towards care");
        }
        let (_, because) = Entry { checks: one(1, Yes), ..Entry::default() }.warning().unwrap();
        assert_eq!(because, vec![AnswerId::UrinaryProblem], "only the sign answered");
    }
}
