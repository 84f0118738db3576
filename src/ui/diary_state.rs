//! The symptom diary's state and every change a person can make to it (#15). Pure, like
//! `state.rs`: the diary screen renders from it, `use_kept_diary` keeps it on the device.
//! A reducer of its own, in the whole app only: the first module never shows the diary.

use std::rc::Rc;

use yew::Reducible;

use crate::core::assessment::UrgencyLevel;
use crate::core::diary::{Date, Diary, Entry, EntryError};
use crate::core::diary_export::{self, ImportError};

/// Where the diary is kept.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Keeping {
    /// Not read from the device yet: nothing is written or deleted until it is.
    #[default]
    Reading,
    /// Not turned on: nothing is stored, and nothing can be added.
    Off,
    /// On: every change is saved on this device.
    On,
    /// The device holds a diary this version cannot read: kept untouched until the person
    /// deletes it.
    Unreadable,
    /// The browser gives the app no storage here.
    NoStorage,
}

/// A message above the diary until the next change.
#[derive(Clone, Debug, PartialEq)]
pub enum DiaryNotice {
    Saved,
    Refused(EntryError),
    ImportRefused(ImportError),
    Imported(usize),
    Deleted,
    /// Saving on this device failed: the diary is off again, and the entries stay on screen.
    StorageFailed,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct DiaryState {
    pub keeping: Keeping,
    pub diary: Diary,
    /// The day the pain or numbness began, for the three-month mark (the source counts from
    /// onset; none counts it from an operation, so the diary does not ask for one).
    pub start: Option<Date>,
    /// The entry open in the form: `Some(None)` for a new one, `Some(Some(i))` to change entry `i`.
    pub editing: Option<Option<usize>>,
    /// The warning an entry just saved raised, with that entry: shown before anything else.
    pub warning: Option<(UrgencyLevel, Entry)>,
    /// A file's diary, read and checked, waiting for the person to confirm it replaces theirs.
    pub import: Option<Diary>,
    pub notice: Option<DiaryNotice>,
}

/// What the device held when the app started: the diary's text and the start date's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeptDiary {
    Nothing,
    Text { diary: String, start: Option<String> },
    NoStorage,
}

#[derive(Clone, Debug, PartialEq)]
pub enum DiaryAction {
    Loaded(KeptDiary, Date),
    TurnOn,
    /// Deletes every entry and the start date from the page and the device; the diary is off.
    DeleteAll,
    /// Another tab deleted the diary: this one stops keeping it too, or its next save would
    /// bring the deleted entries back.
    DeletedElsewhere,
    /// Opens the form for a new entry (`None`) or to change one.
    Open(Option<usize>),
    Cancel,
    Save(Entry, Date),
    Remove(usize),
    SetStart(Option<Date>),
    /// A file's text, read to replace the diary once the person confirms.
    Import(String, Date),
    ConfirmImport(bool),
    DismissWarning,
    StorageFailed,
}

impl Reducible for DiaryState {
    type Action = DiaryAction;

    fn reduce(self: Rc<Self>, action: DiaryAction) -> Rc<Self> {
        let mut next = (*self).clone();
        next.notice = None;
        match action {
            DiaryAction::Loaded(kept, today) => match kept {
                KeptDiary::Nothing => next.keeping = Keeping::Off,
                KeptDiary::NoStorage => next.keeping = Keeping::NoStorage,
                KeptDiary::Text { diary, start } => match diary_export::from_csv(&diary, today) {
                    Ok(diary) => {
                        next.keeping = Keeping::On;
                        next.diary = diary;
                        next.start = start.as_deref().and_then(Date::parse);
                    }
                    Err(_) => next.keeping = Keeping::Unreadable,
                },
            },
            DiaryAction::TurnOn => {
                if self.keeping == Keeping::Off {
                    next.keeping = Keeping::On;
                }
            }
            DiaryAction::DeleteAll => {
                let keeping = if matches!(self.keeping, Keeping::NoStorage | Keeping::Reading) { self.keeping } else { Keeping::Off };
                next = DiaryState { keeping, notice: Some(DiaryNotice::Deleted), ..DiaryState::default() };
            }
            DiaryAction::DeletedElsewhere => {
                if self.keeping == Keeping::On {
                    next = DiaryState { keeping: Keeping::Off, notice: Some(DiaryNotice::Deleted), ..DiaryState::default() };
                }
            }
            DiaryAction::Open(which) => {
                if self.keeping == Keeping::On && which.is_none_or(|i| i < self.diary.entries.len()) {
                    next.editing = Some(which);
                }
            }
            DiaryAction::Cancel => next.editing = None,
            DiaryAction::Save(entry, today) => {
                let saved = match self.editing {
                    Some(Some(index)) => next.diary.replace(index, entry.clone(), today),
                    _ => next.diary.add(entry.clone(), today),
                };
                match saved {
                    Ok(_) => {
                        next.editing = None;
                        next.notice = Some(DiaryNotice::Saved);
                        next.warning = entry.warning().map(|(level, _)| (level, entry));
                    }
                    // The form stays open with what was typed.
                    Err(error) => next.notice = Some(DiaryNotice::Refused(error)),
                }
            }
            DiaryAction::Remove(index) => {
                next.diary.remove(index);
                next.editing = None;
            }
            DiaryAction::SetStart(date) => next.start = date,
            DiaryAction::Import(text, today) => {
                let read = if text.trim_start_matches('\u{feff}').trim_start().starts_with('{') {
                    diary_export::from_fhir(&text, today)
                } else {
                    diary_export::from_csv(&text, today)
                };
                match read {
                    Ok(diary) if diary.entries.is_empty() => next.notice = Some(DiaryNotice::ImportRefused(ImportError::NotADiary)),
                    Ok(diary) if self.diary.entries.is_empty() => {
                        next.notice = Some(DiaryNotice::Imported(diary.entries.len()));
                        next.diary = diary;
                    }
                    Ok(diary) => next.import = Some(diary),
                    // A bad or foreign file changes nothing.
                    Err(error) => next.notice = Some(DiaryNotice::ImportRefused(error)),
                }
            }
            DiaryAction::ConfirmImport(replace) => {
                if let Some(diary) = next.import.take().filter(|_| replace) {
                    next.notice = Some(DiaryNotice::Imported(diary.entries.len()));
                    next.diary = diary;
                    next.editing = None;
                }
            }
            DiaryAction::DismissWarning => next.warning = None,
            DiaryAction::StorageFailed => {
                next.keeping = Keeping::Off;
                next.notice = Some(DiaryNotice::StorageFailed);
            }
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// Today, as the diary checks dates against it: the page's own `YYYY-MM-DD`
/// (`platform::document::today`, read once by the app), or 1 January 2026 should it not parse.
pub fn diary_today(text: &str) -> Date {
    Date::parse(text).unwrap_or(Date { year: 2026, month: 1, day: 1 })
}

impl DiaryState {
    /// The diary and start date as the device keeps them, while the diary is on.
    pub fn kept_text(&self) -> Option<(String, Option<String>)> {
        (self.keeping == Keeping::On).then(|| (diary_export::to_csv(&self.diary), self.start.map(|d| d.to_string())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::YesNo;

    fn reduce(state: DiaryState, action: DiaryAction) -> DiaryState {
        Rc::unwrap_or_clone(Rc::new(state).reduce(action))
    }

    fn today() -> Date {
        Date::parse("2026-11-26").unwrap()
    }

    fn entry(date: &str, leg: u8) -> Entry {
        Entry { date: Date::parse(date), leg_pain: Some(leg), ..Entry::default() }
    }

    fn on() -> DiaryState {
        reduce(off(), DiaryAction::TurnOn)
    }

    fn off() -> DiaryState {
        reduce(DiaryState::default(), DiaryAction::Loaded(KeptDiary::Nothing, today()))
    }

    #[test]
    fn nothing_is_added_or_kept_until_the_diary_is_turned_on() {
        assert_eq!(reduce(DiaryState::default(), DiaryAction::TurnOn).keeping, Keeping::Reading, "not before it is read");
        let off = reduce(off(), DiaryAction::Open(None));
        assert_eq!((off.editing, off.kept_text()), (None, None));
        let state = reduce(reduce(on(), DiaryAction::Open(None)), DiaryAction::Save(entry("2026-11-20", 6), today()));
        assert_eq!((state.diary.entries.len(), state.editing, &state.notice), (1, None, &Some(DiaryNotice::Saved)));
        let (text, start) = state.kept_text().unwrap();
        let back = reduce(DiaryState::default(), DiaryAction::Loaded(KeptDiary::Text { diary: text, start }, today()));
        assert_eq!((back.keeping, &back.diary), (Keeping::On, &state.diary), "what is kept reads back whole");
        let gone = reduce(back, DiaryAction::DeleteAll);
        assert_eq!((gone.keeping, gone.diary.entries.len(), gone.kept_text()), (Keeping::Off, 0, None));
    }

    #[test]
    fn a_refused_entry_keeps_the_form_open_and_changes_nothing() {
        let state = reduce(on(), DiaryAction::Open(None));
        let refused = reduce(state, DiaryAction::Save(entry("2026-11-27", 3), today()));
        assert_eq!(refused.notice, Some(DiaryNotice::Refused(EntryError::DateInTheFuture)));
        assert_eq!((refused.editing, refused.diary.entries.len()), (Some(None), 0));
    }

    #[test]
    fn a_warning_sign_on_an_entry_is_raised_at_the_red_flag_levels() {
        let saddle = Entry {
            checks: [Some(YesNo::Yes), Some(YesNo::No), Some(YesNo::No), Some(YesNo::No), Some(YesNo::No)],
            ..entry("2026-11-25", 5)
        };
        let state = reduce(reduce(on(), DiaryAction::Open(None)), DiaryAction::Save(saddle.clone(), today()));
        assert_eq!(state.warning, Some((UrgencyLevel::Emergency, saddle)), "new saddle numbness: call 119 now");
        let unsure = Entry {
            checks: [Some(YesNo::No), Some(YesNo::No), Some(YesNo::No), Some(YesNo::No), Some(YesNo::NotSure)],
            ..entry("2026-11-26", 5)
        };
        let state = reduce(reduce(DiaryState { warning: None, ..state }, DiaryAction::Open(None)), DiaryAction::Save(unsure, today()));
        assert_eq!(state.warning.map(|(level, _)| level), Some(UrgencyLevel::Prompt), "not sure errs towards care");
        let calm = Entry { checks: [Some(YesNo::No); 5], ..entry("2026-11-26", 2) };
        let state = reduce(reduce(DiaryState { warning: None, ..state }, DiaryAction::Open(Some(0))), DiaryAction::Save(calm, today()));
        assert_eq!((state.warning, state.diary.entries.len()), (None, 2), "an edit replaces the entry");
    }

    #[test]
    fn an_import_replaces_entries_only_when_confirmed_and_a_bad_file_changes_nothing() {
        let mut state = reduce(reduce(on(), DiaryAction::Open(None)), DiaryAction::Save(entry("2026-11-20", 6), today()));
        let mut other = Diary::default();
        other.add(entry("2026-10-01", 8), today()).unwrap();
        other.add(entry("2026-10-08", 7), today()).unwrap();
        let before = state.clone();
        for bad in ["", "not a diary", "{\"resourceType\":\"Patient\"}", "\u{feff}date,leg\r\n2026-13-01,4\r\n"] {
            state = reduce(state, DiaryAction::Import(bad.into(), today()));
            assert!(matches!(state.notice, Some(DiaryNotice::ImportRefused(_))), "{bad:?} is refused");
            assert_eq!((&state.diary, &state.import), (&before.diary, &None), "{bad:?} changes nothing");
        }
        let asked = reduce(state, DiaryAction::Import(diary_export::to_csv(&other), today()));
        assert_eq!((asked.import.as_ref(), asked.diary.entries.len()), (Some(&other), 1), "asks before replacing");
        assert_eq!(reduce(asked.clone(), DiaryAction::ConfirmImport(false)).diary, before.diary);
        let replaced = reduce(asked, DiaryAction::ConfirmImport(true));
        assert_eq!((&replaced.diary, replaced.notice), (&other, Some(DiaryNotice::Imported(2))));
        let fhir = diary_export::to_fhir(&other, None, None, today()).to_string();
        let fresh = reduce(on(), DiaryAction::Import(fhir, today()));
        assert_eq!(fresh.diary, other, "FHIR reads back too, at once into an empty diary");
    }

    #[test]
    fn a_diary_the_device_holds_but_cannot_read_is_left_alone() {
        let kept = KeptDiary::Text { diary: "damaged".into(), start: None };
        let state = reduce(DiaryState::default(), DiaryAction::Loaded(kept, today()));
        assert_eq!((state.keeping, state.kept_text()), (Keeping::Unreadable, None), "never overwritten");
        assert_eq!(reduce(state.clone(), DiaryAction::TurnOn).keeping, Keeping::Unreadable);
        assert_eq!(reduce(state, DiaryAction::DeleteAll).keeping, Keeping::Off);
        assert_eq!(reduce(off(), DiaryAction::DeletedElsewhere), off(), "nothing to stop");
        let stopped = reduce(on(), DiaryAction::DeletedElsewhere);
        assert_eq!((stopped.keeping, stopped.kept_text()), (Keeping::Off, None), "another tab's delete holds here too");
        let failed = reduce(on(), DiaryAction::StorageFailed);
        assert_eq!((failed.keeping, failed.notice), (Keeping::Off, Some(DiaryNotice::StorageFailed)));
    }
}
