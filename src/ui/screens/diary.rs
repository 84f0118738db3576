//! The symptom diary (#15): turn it on, add an entry in under half a minute, see the chart, the
//! change since the first entry and the entries, and export, import, print or delete it all.
//! Every entry asks the warning signs that can change from day to day; a "yes" (or "not sure")
//! leads to the same warning screen as the red-flag step.

use yew::prelude::*;

use crate::content::explain::id_text;
use crate::content::{fill, Lang, M};
use crate::core::answers::YesNo;
use crate::core::assessment::UrgencyLevel;
use crate::core::diary::{DailyCheck, Date, Entry, EntryError, Walking, MAX_MEDICINES, MAX_NOTE};
use crate::core::diary_export;
use crate::core::triage;
use crate::core::Answers;
use crate::platform::{document, files, input::event_value};
use crate::ui::diary_state::{diary_today, DiaryAction, DiaryNotice, DiaryState, Keeping};
use crate::ui::screens::warning::warning_screen;
use crate::ui::widgets::banner::urgency_banner;
use crate::ui::widgets::chart::{diary_change, diary_chart, diary_table, score_name};
use crate::ui::widgets::fields::{choice, question_text, ChoiceProps};

#[derive(Properties, PartialEq)]
pub struct DiaryProps {
    pub lang: Lang,
    pub diary: UseReducerHandle<DiaryState>,
    /// Today's date, `YYYY-MM-DD`, read once by the caller.
    pub today: AttrValue,
    /// The decision aid's answers, for the FHIR export's QuestionnaireResponse.
    pub answers: Answers,
    pub on_back: Callback<()>,
}

const NUMBERS: [&str; 11] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];

fn notice_text(lang: Lang, notice: &DiaryNotice) -> (String, bool) {
    let text = |m: M| m.text(lang).to_string();
    match notice {
        DiaryNotice::Saved => (text(M::DiarySaved), false),
        DiaryNotice::Refused(EntryError::NoDate) => (text(M::DiaryRefusedNoDate), true),
        DiaryNotice::Refused(EntryError::DateInTheFuture) => (text(M::DiaryRefusedFuture), true),
        DiaryNotice::Refused(_) => (text(M::DiaryRefusedOther), true),
        DiaryNotice::ImportRefused(_) => (text(M::DiaryImportRefused), true),
        DiaryNotice::Imported(count) => (fill::diary_imported(lang, &count.to_string()), false),
        DiaryNotice::Deleted => (text(M::DiaryDeleted), false),
        DiaryNotice::StorageFailed => (text(M::DiaryStorageFailed), true),
    }
}

/// A callback (a click, a "continue") that makes one change to the diary.
fn sends<T: 'static>(diary: &UseReducerHandle<DiaryState>, action: DiaryAction) -> Callback<T> {
    let diary = diary.clone();
    Callback::from(move |_: T| diary.dispatch(action.clone()))
}

#[function_component(DiaryScreen)]
pub fn diary_screen(props: &DiaryProps) -> Html {
    let lang = props.lang;
    let state = &*props.diary;
    let today = diary_today(&props.today);

    // A warning sign on the entry just saved comes before anything else, as after the red-flag
    // step: its screen for 119 or today, its box above the diary for within days.
    let raised = state.warning.as_ref().map(|(level, entry)| {
        let answers = entry.red_flag_answers();
        let urgency = triage::urgency(&answers);
        (*level, answers, urgency)
    });
    if let Some((level, answers, urgency)) = &raised {
        if *level <= UrgencyLevel::SameDay {
            return warning_screen(lang, *level, answers, urgency, &sends(&props.diary, DiaryAction::DismissWarning));
        }
    }

    let notice = state.notice.as_ref().map(|notice| {
        let (text, alert) = notice_text(lang, notice);
        html! { <p class={classes!("diary-notice", alert.then_some("alert"))} role={if alert { "alert" } else { "status" }}>{ text }</p> }
    });
    html! {
        <section class="screen diary" aria-labelledby="screen-heading">
            <h1 id="screen-heading" tabindex="-1">{ M::DiaryTitle.text(lang) }</h1>
            <p class="lead">{ M::DiaryIntro.text(lang) }</p>
            <p class="diary-private">{ M::DiaryPrivate.text(lang) }</p>
            if let Some((_, _, urgency)) = &raised {
                <div class="diary-prompt">
                    { urgency_banner(lang, urgency) }
                    <button type="button" class="secondary" onclick={sends(&props.diary, DiaryAction::DismissWarning)}>{ M::DiaryWarningBack.text(lang) }</button>
                </div>
            }
            { notice.unwrap_or_default() }
            { match state.keeping {
                Keeping::Reading => html! {},
                Keeping::Off => html! {
                    <button type="button" class="primary" id="diary-turn-on" onclick={sends(&props.diary, DiaryAction::TurnOn)}>{ M::DiaryTurnOn.text(lang) }</button>
                },
                Keeping::NoStorage => html! { <p class="notice-text">{ M::DiaryNoStorage.text(lang) }</p> },
                Keeping::Unreadable => html! {
                    <>
                        <p class="notice-text" role="alert">{ M::DiaryUnreadable.text(lang) }</p>
                        <DeleteAll {lang} diary={props.diary.clone()} />
                    </>
                },
                Keeping::On => html! { <DiaryKept {lang} diary={props.diary.clone()} {today} answers={props.answers.clone()} /> },
            } }
            <button type="button" class="secondary diary-back" onclick={props.on_back.reform(|_: MouseEvent| ())}>{ M::AboutBack.text(lang) }</button>
        </section>
    }
}

/// What the diary's parts below the heading need: the diary kept on, parts and keeping it.
#[derive(Properties, PartialEq)]
struct PartProps {
    lang: Lang,
    diary: UseReducerHandle<DiaryState>,
    today: Date,
    answers: Answers,
}

/// The diary while it is on: the form or the button that opens it, the start day, the change,
/// the chart and table, the entries, and keeping it.
#[function_component(DiaryKept)]
fn diary_kept(props: &PartProps) -> Html {
    let (lang, state, today) = (props.lang, &*props.diary, props.today);
    let open = |which: Option<usize>| sends(&props.diary, DiaryAction::Open(which));
    let on_start = {
        let diary = props.diary.clone();
        Callback::from(move |event: Event| diary.dispatch(DiaryAction::SetStart(Date::parse(&event_value(&event)))))
    };
    let entries = &state.diary.entries;
    html! {
        <>
            if let Some(which) = state.editing {
                <DiaryForm {lang} {today} diary={props.diary.clone()} editing={which}
                    initial={which.and_then(|i| entries.get(i).cloned()).unwrap_or(Entry { date: Some(today), ..Entry::default() })} />
            } else {
                <button type="button" class="primary" id="diary-add" onclick={open(None)}>{ M::DiaryAdd.text(lang) }</button>
            }
            <div class="field diary-start">
                <label for="diary-start">{ M::DiaryStartDate.text(lang) }</label>
                <p class="hint" id="diary-start-hint">{ M::DiaryStartHint.text(lang) }</p>
                <input type="date" id="diary-start" aria-describedby="diary-start-hint" max={today.to_string()}
                    value={state.start.map(|d| d.to_string()).unwrap_or_default()} onchange={on_start} />
            </div>
            if !entries.is_empty() {
                <h2 id="diary-chart-heading">{ M::DiaryChartHeading.text(lang) }</h2>
                { diary_change(lang, &state.diary) }
                { diary_chart(lang, &state.diary, state.start) }
                { diary_table(lang, &state.diary, None) }
            }
            <h2>{ M::DiaryEntriesHeading.text(lang) }</h2>
            if entries.is_empty() {
                <p>{ M::DiaryEntriesNone.text(lang) }</p>
            }
            <ol class="diary-entries" reversed=true>
                { for entries.iter().enumerate().rev().map(|(i, entry)| html! {
                    <li>
                        { entry_summary(lang, entry) }
                        <button type="button" class="secondary" id={format!("diary-edit-{i}")} onclick={open(Some(i))}>
                            { M::DiaryEdit.text(lang) }
                            <span class="visually-hidden">{ format!(" ({})", entry.date.map(|d| d.to_string()).unwrap_or_default()) }</span>
                        </button>
                    </li>
                }) }
            </ol>
            <DiaryKeep {lang} diary={props.diary.clone()} {today} answers={props.answers.clone()} />
        </>
    }
}

/// One entry in words: the date, the scores, and whatever else was recorded.
pub fn entry_summary(lang: Lang, entry: &Entry) -> Html {
    let scores: Vec<String> = crate::core::diary::Score::ALL
        .iter()
        .filter_map(|score| score.of(entry).map(|v| format!("{} {v}", score_name(*score).text(lang))))
        .collect();
    let weakness = entry.weakness.map(|w| format!("{}: {}", M::DiaryWeakness.text(lang), id_text("choice", w.as_str(), None, lang)));
    let walking = entry.walking.map(|w| format!("{}: {}", M::DiaryWalking.text(lang), id_text("diary.walking", w.as_str(), None, lang)));
    let details: Vec<String> =
        [weakness, walking, (!entry.medicines.is_empty()).then(|| entry.medicines.clone())].into_iter().flatten().collect();
    html! {
        <div class="diary-entry">
            <h3>{ entry.date.map(|d| d.to_string()).unwrap_or_default() }</h3>
            if !scores.is_empty() {
                <p class="diary-scores">{ scores.join(" · ") }</p>
            }
            { for details.into_iter().map(|d| html! { <p>{ d }</p> }) }
            if !entry.note.is_empty() {
                <p class="diary-note">{ entry.note.clone() }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct FormProps {
    lang: Lang,
    today: Date,
    diary: UseReducerHandle<DiaryState>,
    /// `None` for a new entry.
    editing: Option<usize>,
    initial: Entry,
}

/// The entry form: its draft is its own until saved; a refused save keeps what was typed.
#[function_component(DiaryForm)]
fn diary_form(props: &FormProps) -> Html {
    let lang = props.lang;
    let draft = use_state(|| props.initial.clone());
    let change = |edit: fn(&mut Entry, &str)| {
        let draft = draft.clone();
        Callback::from(move |value: &'static str| {
            let mut entry = (*draft).clone();
            edit(&mut entry, value);
            draft.set(entry);
        })
    };
    let typed = |edit: fn(&mut Entry, String)| {
        let draft = draft.clone();
        Callback::from(move |event: InputEvent| {
            let mut entry = (*draft).clone();
            edit(&mut entry, event_value(&event));
            draft.set(entry);
        })
    };
    let score = |name: &'static str, legend: M, value: Option<u8>, edit: fn(&mut Entry, &str)| {
        choice(ChoiceProps {
            name: name.into(),
            legend: legend.text(lang).into(),
            options: NUMBERS.iter().map(|n| (*n, *n)).collect(),
            selected: value.map(|v| NUMBERS[usize::from(v)]),
            on_pick: change(edit),
            class: classes!("score", "diary-score"),
            hint: None,
        })
    };
    let yes_no = |name: String, legend: &'static str, hint: Option<M>, value: Option<YesNo>, on_pick: Callback<&'static str>| {
        choice(ChoiceProps {
            name: name.into(),
            legend: legend.into(),
            options: YesNo::ALL.iter().map(|r| (r.as_str(), id_text("choice", r.as_str(), None, lang))).collect(),
            selected: value.map(YesNo::as_str),
            on_pick,
            class: classes!("yes-no"),
            hint: hint.map(|m| m.text(lang).into()),
        })
    };
    // "Save" is a button, not a form submission: a clinic's sandboxed frame blocks those, as
    // the question steps' "next" already allows for. Enter in a field still saves where the
    // browser lets a form submit.
    let save = {
        let (draft, diary, today) = (draft.clone(), props.diary.clone(), props.today);
        Callback::from(move |()| diary.dispatch(DiaryAction::Save((*draft).clone(), today)))
    };
    let on_submit = save.reform(|event: SubmitEvent| event.prevent_default());
    let on_date = {
        let draft = draft.clone();
        Callback::from(move |event: Event| draft.set(Entry { date: Date::parse(&event_value(&event)), ..(*draft).clone() }))
    };
    let entry = &*draft;
    let checks = DailyCheck::ALL.iter().enumerate().map(|(i, check)| {
        let draft = draft.clone();
        let on_pick = Callback::from(move |value: &'static str| {
            let mut entry = (*draft).clone();
            entry.checks[i] = YesNo::from_name(value);
            draft.set(entry);
        });
        // The red-flag step's own question and explanation, so a reply means the same there and here.
        let id = check.red_flag();
        let hint = M::from_key(&format!("hint.{}", id.as_str()));
        yes_no(format!("diary-check-{}", check.as_str()), question_text(id, lang), hint, entry.checks[i], on_pick)
    });
    html! {
        <form class="diary-form" novalidate=true onsubmit={on_submit} aria-labelledby="diary-form-heading">
            <h2 id="diary-form-heading">{ if props.editing.is_some() { M::DiaryEditHeading } else { M::DiaryAdd }.text(lang) }</h2>
            <div class="field">
                <label for="diary-date">{ M::DiaryDate.text(lang) }</label>
                <input type="date" id="diary-date" required=true max={props.today.to_string()}
                    value={entry.date.map(|d| d.to_string()).unwrap_or_default()} onchange={on_date} />
            </div>
            { score("diary-leg-pain", M::DiaryLegPain, entry.leg_pain, |e, v| e.leg_pain = v.parse().ok()) }
            { score("diary-back-pain", M::DiaryBackPain, entry.back_pain, |e, v| e.back_pain = v.parse().ok()) }
            { score("diary-numbness", M::DiaryNumbness, entry.numbness, |e, v| e.numbness = v.parse().ok()) }
            { yes_no("diary-weakness".into(), M::DiaryWeakness.text(lang), None, entry.weakness, change(|e, v| e.weakness = YesNo::from_name(v))) }
            { choice(ChoiceProps {
                name: "diary-walking".into(),
                legend: M::DiaryWalking.text(lang).into(),
                options: Walking::ALL.iter().map(|w| (w.as_str(), id_text("diary.walking", w.as_str(), None, lang))).collect(),
                selected: entry.walking.map(Walking::as_str),
                on_pick: change(|e, v| e.walking = Walking::from_name(v)),
                class: classes!(),
                hint: None,
            }) }
            <fieldset class="field diary-checks">
                <legend>{ M::DiaryChecksHeading.text(lang) }</legend>
                { for checks }
            </fieldset>
            <div class="field">
                <label for="diary-medicines">{ M::DiaryMedicines.text(lang) }</label>
                <input type="text" id="diary-medicines" maxlength={MAX_MEDICINES.to_string()} value={entry.medicines.clone()}
                    oninput={typed(|e, v| e.medicines = v)} />
            </div>
            <div class="field">
                <label for="diary-note">{ M::DiaryNote.text(lang) }</label>
                <textarea id="diary-note" rows="3" maxlength={MAX_NOTE.to_string()} value={entry.note.clone()} oninput={typed(|e, v| e.note = v)} />
            </div>
            <div class="actions">
                <button type="button" class="primary" id="diary-save" onclick={save.reform(|_: MouseEvent| ())}>{ M::DiarySave.text(lang) }</button>
                <button type="button" class="secondary" onclick={sends(&props.diary, DiaryAction::Cancel)}>{ M::DiaryCancel.text(lang) }</button>
                if let Some(index) = props.editing {
                    <button type="button" class="secondary danger" id="diary-remove"
                        onclick={sends(&props.diary, DiaryAction::Remove(index))}>
                        { M::DiaryRemove.text(lang) }
                    </button>
                }
            </div>
        </form>
    }
}

/// Print, export (CSV, FHIR), import, delete all.
#[function_component(DiaryKeep)]
fn diary_keep(props: &PartProps) -> Html {
    let (lang, state, today) = (props.lang, &*props.diary, props.today);
    let name = use_state(String::new);
    let stamp = today.to_string();
    let on_csv = {
        let (diary, stamp) = (state.diary.clone(), stamp.clone());
        Callback::from(move |_: MouseEvent| {
            files::download(&format!("symptom-diary-{stamp}.csv"), "text/csv;charset=utf-8", &diary_export::to_csv(&diary))
        })
    };
    let on_fhir = {
        let (diary, answers, name) = (state.diary.clone(), props.answers.clone(), name.clone());
        Callback::from(move |_: MouseEvent| {
            let typed = name.trim();
            let bundle = diary_export::to_fhir(&diary, Some(&answers), (!typed.is_empty()).then_some(typed), today);
            files::download(&format!("symptom-diary-{stamp}.fhir.json"), "application/fhir+json", &bundle.to_string());
        })
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |event: InputEvent| name.set(event_value(&event)))
    };
    let on_import = {
        let diary = props.diary.clone();
        Callback::from(move |event: Event| {
            let diary = diary.clone();
            files::read_chosen(&event, move |text| {
                if let Some(text) = text {
                    diary.dispatch(DiaryAction::Import(text, today));
                }
            });
        })
    };
    let confirm = |replace: bool| sends(&props.diary, DiaryAction::ConfirmImport(replace));
    html! {
        <section class="diary-keep" aria-labelledby="diary-keep-heading">
            <h2 id="diary-keep-heading">{ M::DiaryKeepHeading.text(lang) }</h2>
            if !state.diary.entries.is_empty() {
                <button type="button" class="primary" id="diary-print" onclick={Callback::from(|_: MouseEvent| document::print())}>{ M::DiaryPrint.text(lang) }</button>
                <p class="hint">{ M::DiaryExportNote.text(lang) }</p>
                <button type="button" class="secondary" id="diary-export-csv" onclick={on_csv}>{ M::DiaryExportCsv.text(lang) }</button>
                <div class="field">
                    <label for="diary-export-name">{ M::DiaryExportName.text(lang) }</label>
                    <input type="text" id="diary-export-name" autocomplete="name" maxlength="100" value={(*name).clone()} oninput={on_name} />
                </div>
                <button type="button" class="secondary" id="diary-export-fhir" onclick={on_fhir}>{ M::DiaryExportFhir.text(lang) }</button>
            }
            <div class="field">
                <label for="diary-import">{ M::DiaryImport.text(lang) }</label>
                <input type="file" id="diary-import" accept=".csv,.json,text/csv,application/json,application/fhir+json" onchange={on_import} />
            </div>
            if let Some(incoming) = &state.import {
                <div class="notice" role="alertdialog" aria-labelledby="diary-import-question">
                    <p id="diary-import-question">
                        { fill::diary_import_confirm(lang, &incoming.entries.len().to_string(), &state.diary.entries.len().to_string()) }
                    </p>
                    <button type="button" class="primary" id="diary-import-replace" onclick={confirm(true)}>{ M::DiaryImportReplace.text(lang) }</button>
                    <button type="button" class="secondary" onclick={confirm(false)}>{ M::DiaryCancel.text(lang) }</button>
                </div>
            }
            <DeleteAll {lang} diary={props.diary.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct DeleteProps {
    lang: Lang,
    diary: UseReducerHandle<DiaryState>,
}

/// Deleting the whole diary, after saying what it does.
#[function_component(DeleteAll)]
fn delete_all(props: &DeleteProps) -> Html {
    let lang = props.lang;
    let confirming = use_state(|| false);
    let set = |on: bool| {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(on))
    };
    let on_delete = {
        let (diary, confirming) = (props.diary.clone(), confirming.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            diary.dispatch(DiaryAction::DeleteAll);
        })
    };
    html! {
        <div class="diary-delete">
            if *confirming {
                <p role="alert">{ M::DiaryDeleteConfirm.text(lang) }</p>
                <button type="button" class="danger" id="diary-delete-yes" onclick={on_delete}>{ M::DiaryDeleteYes.text(lang) }</button>
                <button type="button" class="secondary" onclick={set(false)}>{ M::DiaryCancel.text(lang) }</button>
            } else {
                <button type="button" class="secondary" id="diary-delete-all" onclick={set(true)}>{ M::DiaryDeleteAll.text(lang) }</button>
            }
        </div>
    }
}
