//! The question controls. Each is a `<fieldset>` with a `<legend>`, labelled inputs, and
//! emits an [`Edit`] keyed by answer id; none reads the DOM while rendering. Those without
//! state of their own are plain functions (each component type costs the first load its own
//! lifecycle code); the two that remember a typed unit or an error are components.

use yew::prelude::*;

use crate::content::explain::id_text;
use crate::content::{Lang, M};
use crate::core::answers::{Elapsed, YesNo, MAX_MONTHS, MAX_WEEKS};
use crate::core::edit::Edit;
use crate::core::ids::AnswerId;
use crate::core::registry::Response;
use crate::platform::input::event_value;

pub use crate::content::explain::question_text;

pub struct ChoiceProps {
    /// Unique on the page: the radio group's name and the fieldset's id.
    pub name: AttrValue,
    pub legend: AttrValue,
    /// (value, label) pairs, in order.
    pub options: Vec<(&'static str, &'static str)>,
    pub selected: Option<&'static str>,
    pub on_pick: Callback<&'static str>,
    pub class: Classes,
    /// A plain-words explanation under the question.
    pub hint: Option<AttrValue>,
}

/// One choice among several, as radio buttons.
pub fn choice(props: ChoiceProps) -> Html {
    html! {
        <fieldset class={classes!("field", props.class.clone())} id={props.name.clone()}
            aria-describedby={props.hint.as_ref().map(|_| format!("{}-hint", props.name))}>
            <legend>{ props.legend.clone() }</legend>
            if let Some(hint) = &props.hint {
                <p class="hint" id={format!("{}-hint", props.name)}>{ hint.clone() }</p>
            }
            <div class="choices">
                { for props.options.iter().map(|(value, label)| {
                    let on_pick = props.on_pick.clone();
                    let value = *value;
                    html! {
                        <label class="choice">
                            <input type="radio" name={props.name.clone()} value={value}
                                checked={props.selected == Some(value)}
                                onchange={Callback::from(move |_: Event| on_pick.emit(value))} />
                            <span>{ *label }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

/// A yes / no / not sure question; `not_sure: false` for the SURE test's yes-or-no items.
pub fn yes_no_field(lang: Lang, id: AnswerId, value: Option<YesNo>, on_edit: &Callback<Edit>, not_sure: bool) -> Html {
    let replies: &[YesNo] = if not_sure { YesNo::ALL } else { &[YesNo::Yes, YesNo::No] };
    let options: Vec<_> = replies.iter().map(|r| (r.as_str(), id_text("choice", r.as_str(), None, lang))).collect();
    let on_edit = on_edit.clone();
    let on_pick = Callback::from(move |value: &'static str| {
        on_edit.emit(Edit::pick(id, YesNo::from_name(value)));
    });
    let hint = M::from_key(&format!("hint.{}", id.as_str())).map(|m| AttrValue::from(m.text(lang)));
    choice(ChoiceProps {
        name: id.as_str().into(),
        legend: question_text(id, lang).into(),
        options,
        selected: value.map(YesNo::as_str),
        on_pick,
        class: classes!("yes-no"),
        hint,
    })
}

/// Several items to tick: (answer id, label, ticked) each.
pub fn check_list(name: &'static str, legend: &'static str, items: Vec<(AnswerId, &'static str, bool)>, on_edit: &Callback<Edit>) -> Html {
    html! {
        <fieldset class="field" id={name}>
            <legend>{ legend }</legend>
            <div class="choices">
                { for items.into_iter().map(|(id, label, ticked)| {
                    let on_edit = on_edit.clone();
                    html! {
                        <label class="choice">
                            <input type="checkbox" name={id.as_str()} checked={ticked}
                                onchange={Callback::from(move |_: Event| on_edit.emit(Edit::Tick(id, !ticked)))} />
                            <span>{ label }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

pub struct ScoreProps {
    pub id: AnswerId,
    pub legend: AttrValue,
    pub max: u8,
    pub value: Option<u8>,
    pub on_edit: Callback<Edit>,
    /// A label for each point of the scale; numbers alone when empty.
    pub labels: Vec<&'static str>,
    pub hint: Option<AttrValue>,
}

/// A 0–10 symptom score or a 0–4 rating, as a row of radio buttons.
pub fn score_field(props: ScoreProps) -> Html {
    let (id, on_edit) = (props.id, props.on_edit.clone());
    let hint_id = format!("{}-hint", id.as_str());
    html! {
        <fieldset class={classes!("field", "score", (!props.labels.is_empty()).then_some("labelled"))} id={id.as_str()}
            aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())}>
            <legend>{ props.legend.clone() }</legend>
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id.clone()}>{ hint.clone() }</p>
            }
            <div class="choices scale">
                { for (0..=props.max).map(|n| {
                    let on_edit = on_edit.clone();
                    html! {
                        <label class="choice">
                            <input type="radio" name={id.as_str()} value={n.to_string()} checked={props.value == Some(n)}
                                onchange={Callback::from(move |_: Event| on_edit.emit(Edit::Set(id, Response::Number(Some(u32::from(n))))))} />
                            <span>
                                <span class="scale-number">{ n }</span>
                                if let Some(label) = props.labels.get(usize::from(n)) {
                                    <span class="scale-label">{ *label }</span>
                                }
                            </span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

/// Reads a whole number typed by a person: digits only (full-width ones too, as a Japanese
/// keyboard types them), at most `max`.
pub fn parse_amount(text: &str, max: u32) -> Result<Option<u32>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let mut value: u32 = 0;
    for c in text.chars() {
        let digit = match c {
            '0'..='9' => c as u32 - '0' as u32,
            '０'..='９' => c as u32 - '０' as u32,
            _ => return Err(()),
        };
        value = value.checked_mul(10).and_then(|v| v.checked_add(digit)).filter(|v| *v <= max).ok_or(())?;
    }
    Ok(Some(value))
}

#[derive(Properties, PartialEq)]
pub struct ElapsedProps {
    pub lang: Lang,
    pub id: AnswerId,
    pub value: Option<Elapsed>,
    pub on_edit: Callback<Edit>,
}

/// "How long ago": a number, weeks or months, or not sure. An impossible number shows a
/// message and leaves the earlier answer as it was.
#[function_component(ElapsedField)]
pub fn elapsed_field(props: &ElapsedProps) -> Html {
    let lang = props.lang;
    let id = props.id;
    let error = use_state(|| false);
    // The unit the person picked before typing a number; once there is a number, its own
    // unit shows (a link or saved answers may bring weeks to a field that started in months).
    let chosen_months = use_state(|| true);
    let (amount, in_months) = match props.value {
        Some(Elapsed::Weeks(n)) => (Some(n), false),
        Some(Elapsed::Months(n)) => (Some(n), true),
        _ => (None, *chosen_months),
    };
    let not_sure = props.value == Some(Elapsed::NotSure);
    let make = |n: u32, in_months: bool| if in_months { Elapsed::Months(n) } else { Elapsed::Weeks(n) };
    let on_amount = {
        let (on_edit, error) = (props.on_edit.clone(), error.clone());
        Callback::from(move |e: InputEvent| {
            let max = if in_months { MAX_MONTHS } else { MAX_WEEKS };
            match parse_amount(&event_value(&e), max) {
                Ok(n) => {
                    error.set(false);
                    on_edit.emit(Edit::Set(id, Response::Elapsed(n.map(|n| make(n, in_months)))));
                }
                Err(()) => error.set(true),
            }
        })
    };
    let on_unit = {
        let (on_edit, chosen_months) = (props.on_edit.clone(), chosen_months.clone());
        Callback::from(move |e: Event| {
            let in_months = event_value(&e) == "months";
            chosen_months.set(in_months);
            if let Some(n) = amount {
                on_edit.emit(Edit::Set(id, Response::Elapsed(Some(make(n, in_months)))));
            }
        })
    };
    let on_not_sure = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |_: Event| on_edit.emit(Edit::Set(id, Response::Elapsed((!not_sure).then_some(Elapsed::NotSure)))))
    };
    let base = id.as_str().replace('.', "-");
    let max = if in_months { MAX_MONTHS } else { MAX_WEEKS };
    html! {
        <fieldset class="field elapsed" id={id.as_str()}>
            <legend>{ question_text(id, lang) }</legend>
            <div class="elapsed-row">
                <label for={format!("{base}-amount")} class="visually-hidden">{ M::ElapsedAmount.text(lang) }</label>
                <input id={format!("{base}-amount")} type="text" inputmode="numeric" autocomplete="off" size="4"
                    value={amount.map(|n| n.to_string()).unwrap_or_default()} disabled={not_sure}
                    aria-invalid={error.then_some("true")} aria-describedby={error.then(|| format!("{base}-error"))}
                    oninput={on_amount} />
                <label for={format!("{base}-unit")} class="visually-hidden">{ M::ElapsedUnit.text(lang) }</label>
                <select id={format!("{base}-unit")} onchange={on_unit} disabled={not_sure}>
                    <option value="weeks" selected={!in_months}>{ M::UnitWeeks.text(lang) }</option>
                    <option value="months" selected={in_months}>{ M::UnitMonths.text(lang) }</option>
                </select>
                <label class="choice inline">
                    <input type="checkbox" checked={not_sure} onchange={on_not_sure} />
                    <span>{ M::ChoiceNotSure.text(lang) }</span>
                </label>
            </div>
            if *error {
                <p class="field-error" id={format!("{base}-error")} role="alert">
                    { crate::content::fill::error_number(lang, &max.to_string()) }
                </p>
            }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct NumberProps {
    pub lang: Lang,
    pub id: AnswerId,
    pub value: Option<u32>,
    pub max: u32,
    /// Emits the new number, or `None` when the box is emptied.
    pub on_change: Callback<Option<u32>>,
}

/// A whole number, such as months of treatment.
#[function_component(NumberField)]
pub fn number_field(props: &NumberProps) -> Html {
    let lang = props.lang;
    let error = use_state(|| false);
    let base = props.id.as_str().replace('.', "-");
    let on_input = {
        let (on_change, error, max) = (props.on_change.clone(), error.clone(), props.max);
        Callback::from(move |e: InputEvent| match parse_amount(&event_value(&e), max) {
            Ok(n) => {
                error.set(false);
                on_change.emit(n);
            }
            Err(()) => error.set(true),
        })
    };
    html! {
        <div class="field number">
            <label for={base.clone()} class="legend">{ question_text(props.id, lang) }</label>
            <input id={base.clone()} type="text" inputmode="numeric" autocomplete="off" size="4"
                value={props.value.map(|n| n.to_string()).unwrap_or_default()}
                aria-invalid={error.then_some("true")} aria-describedby={error.then(|| format!("{base}-error"))}
                oninput={on_input} />
            if *error {
                <p class="field-error" id={format!("{base}-error")} role="alert">
                    { crate::content::fill::error_number(lang, &props.max.to_string()) }
                </p>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::parse_amount;

    #[test]
    fn amounts_accept_digits_in_range_only() {
        assert_eq!(parse_amount(" 12 ", 100), Ok(Some(12)));
        assert_eq!(parse_amount("", 100), Ok(None));
        assert_eq!(parse_amount("101", 100), Err(()));
        assert_eq!(parse_amount("-3", 100), Err(()));
        assert_eq!(parse_amount("+3", 100), Err(()));
        assert_eq!(parse_amount("3.5", 100), Err(()));
        assert_eq!(parse_amount("99999999999", 100), Err(()));
        assert_eq!(parse_amount("１４", 100), Ok(Some(14)), "full-width digits");
        assert_eq!(parse_amount("\u{3000}１2 ", 100), Ok(Some(12)));
        assert_eq!(parse_amount("1e309", 100), Err(()));
        assert_eq!(parse_amount(&"9".repeat(100_000), 100), Err(()));
        assert_eq!(parse_amount("😀", 100), Err(()));
    }
}
