//! The symptom diary on this device: read once when the whole app starts, then saved after
//! every change while it is on, and deleted when it is turned off (here or in another tab).
//! Never written before the person turns it on; a diary the device holds but this version
//! cannot read is left alone.

use yew::prelude::*;

use crate::platform::storage::{self, Shelf};
use crate::ui::diary_state::{diary_today, DiaryAction, DiaryState, Keeping, KeptDiary};

#[hook]
pub fn use_kept_diary(today: &AttrValue) -> UseReducerHandle<DiaryState> {
    let diary = use_reducer(DiaryState::default);
    let today = diary_today(today);
    {
        let dispatcher = diary.dispatcher();
        use_effect_with((), move |_| {
            let kept = match (storage::load(Shelf::Diary), storage::load(Shelf::DiaryStart)) {
                (Err(_), _) => KeptDiary::NoStorage,
                (Ok(None), _) => KeptDiary::Nothing,
                (Ok(Some(text)), start) => KeptDiary::Text { diary: text, start: start.ok().flatten() },
            };
            dispatcher.dispatch(DiaryAction::Loaded(kept, today));
            let deleted = storage::on_deleted_elsewhere(Shelf::Diary, move || dispatcher.dispatch(DiaryAction::DeletedElsewhere));
            move || drop(deleted)
        });
    }
    let kept = use_memo((diary.keeping, diary.diary.clone(), diary.start), |_| diary.kept_text());
    {
        let dispatcher = diary.dispatcher();
        use_effect_with((diary.keeping, kept), move |(keeping, kept)| match (keeping, &**kept) {
            (Keeping::On, Some((text, start))) => {
                let saved = storage::save(Shelf::Diary, text).and_then(|()| match start {
                    Some(start) => storage::save(Shelf::DiaryStart, start),
                    None => {
                        storage::clear(Shelf::DiaryStart);
                        Ok(())
                    }
                });
                if saved.is_err() {
                    // An older copy would come back on the next visit although the diary is off.
                    storage::clear(Shelf::Diary);
                    storage::clear(Shelf::DiaryStart);
                    dispatcher.dispatch(DiaryAction::StorageFailed);
                }
            }
            (Keeping::Off, _) => {
                storage::clear(Shelf::Diary);
                storage::clear(Shelf::DiaryStart);
            }
            _ => {}
        });
    }
    diary
}
