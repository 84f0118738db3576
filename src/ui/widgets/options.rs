//! The option comparison: all eight options with the same fields. Side by side on a wide
//! screen; one at a time, chosen from a row of buttons, on a phone.

use yew::prelude::*;

use super::glossary::{glossed, own_glossary_scope};
use super::icon_array::icon_array;
use super::sources::{numbers, sources};
use crate::content::explain::{id_text, message_sources, no_figures_note, outcome_sentence, population};
use crate::content::{Lang, M};
use crate::core::assessment::{OptionView, Outcome, Status};
use crate::core::ids::OptionId;

fn status_mark(status: Status) -> &'static str {
    match status {
        Status::Met => "✓",
        Status::NotMet => "✗",
        Status::Unknown => "?",
    }
}

/// "(applies)" / "(does not apply)" / "(not known)" after a condition or requirement, so the
/// status never rests on the mark's colour alone.
pub fn status_note(status: Status, lang: Lang) -> Html {
    html! { <span class="status">{ format!(" ({})", id_text("status", status.as_str(), None, lang)) }</span> }
}

/// A plain function, not a component: it has no state, and each component type costs the first
/// load its own lifecycle code.
pub fn option_comparison(lang: Lang, options: &[OptionView], shown: OptionId, on_show: &Callback<OptionId>) -> Html {
    html! {
        <>
            <p>{ M::ResultsOptionsIntro.text(lang) }</p>
            <div class="option-tabs" role="group" aria-label={M::ResultsOptionTabs.text(lang)}>
                { for options.iter().map(|option| {
                    let (id, on_show) = (option.id, on_show.clone());
                    html! {
                        <button type="button" class="option-tab" aria-pressed={(id == shown).to_string()}
                            aria-controls={format!("option-{id}")} onclick={Callback::from(move |_: MouseEvent| on_show.emit(id))}>
                            { id_text("option", id.as_str(), Some("title"), lang) }
                        </button>
                    }
                }) }
            </div>
            <div class="option-grid">
                { for options.iter().map(|option| option_card(option, option.id == shown, lang)) }
            </div>
            <p class="note">{ M::ResultsFiguresDiffer.text(lang) }</p>
            <p class="note">{ M::ResultsEvidenceLegend.text(lang) }</p>
        </>
    }
}

/// Whom a figure describes, under every figure (IPDAS: the people studied and the time frame).
pub fn who(outcome: &Outcome, lang: Lang) -> Html {
    let population = population(outcome);
    html! { <span class="population">{ population.text(lang) }{ sources(&message_sources(population)) }</span> }
}

/// One option's text field: a heading and the cited sentence.
fn text_field(option: &str, field: &str, heading: M, lang: Lang) -> Html {
    let message = crate::content::explain::message(&format!("option.{option}.{field}"));
    html! {
        <div class={classes!("option-field", field.to_string())}>
            <h4>{ heading.text(lang) }</h4>
            <p>{ glossed(message.text(lang), lang) }{ sources(&message_sources(message)) }</p>
        </div>
    }
}

/// Every option gets the same fields in the same order; the grid aligns them across cards.
fn option_card(option: &OptionView, shown: bool, lang: Lang) -> Html {
    own_glossary_scope(|| option_card_body(option, shown, lang))
}

fn option_card_body(option: &OptionView, shown: bool, lang: Lang) -> Html {
    let id = option.id.as_str();
    html! {
        <article class={classes!("option-card", shown.then_some("is-shown"))} id={format!("option-{id}")}
            aria-labelledby={format!("option-{id}-title")}>
            <h3 id={format!("option-{id}-title")}>{ id_text("option", id, Some("title"), lang) }</h3>
            { text_field(id, "what", M::ResultsWhat, lang) }
            <div class="option-field who">
                <h4>{ M::OptionsFieldWho.text(lang) }</h4>
                if option.only_after_surgery {
                    <p class="after-surgery">{ M::OptionsOnlyAfterSurgery.text(lang) }</p>
                }
                <p>{ glossed(id_text("option", id, Some("who"), lang), lang) }{ sources(&message_sources(crate::content::explain::message(&format!("option.{id}.who")))) }</p>
                <p class="considered-when">{ M::OptionsConsideredWhen.text(lang) }</p>
                if option.considered_when.is_empty() {
                    <p class="no-conditions">{ M::OptionsNoGuidelineConditions.text(lang) }</p>
                }
                <ul class="conditions">
                    { for option.considered_when.iter().map(|c| html! {
                        <li class={classes!("condition", c.status.as_str().to_string())}>
                            <span class="mark" aria-hidden="true">{ status_mark(c.status) }</span>
                            <span>
                                { glossed(id_text("condition", c.id.as_str(), None, lang), lang) }
                                { status_note(c.status, lang) }
                            </span>
                        </li>
                    }) }
                </ul>
            </div>
            { text_field(id, "benefits", M::OptionsFieldBenefits, lang) }
            { text_field(id, "harms", M::OptionsFieldHarms, lang) }
            { text_field(id, "time", M::OptionsFieldTime, lang) }
            <div class="option-field numbers">
                <h4>{ M::ResultsNumbers.text(lang) }</h4>
                if option.facts.outcomes.is_empty() {
                    <p class="no-numbers">{ no_figures_note(&option.facts).text(lang) }</p>
                }
                { for option.facts.outcomes.iter().map(|outcome| {
                    let sentence = outcome_sentence(outcome, lang);
                    html! {
                        <figure class="outcome">
                            { icon_array(outcome.out_of_100, outcome.up_to, &sentence) }
                            <figcaption>
                                { glossed(&sentence, lang) }
                                { sources(&numbers(&[outcome.citation])) }
                                if outcome.up_to.is_some() {
                                    <span class="range-note">{ M::ResultsIconRange.text(lang) }</span>
                                }
                                { who(outcome, lang) }
                            </figcaption>
                        </figure>
                    }
                }) }
            </div>
            { text_field(id, "living", M::OptionsFieldLiving, lang) }
            <div class="option-field cost">
                <h4>{ M::ResultsCost.text(lang) }</h4>
                <p>{ glossed(id_text("insurance", option.facts.insurance.as_str(), None, lang), lang) }</p>
            </div>
            <div class="option-field evidence">
                <h4>{ M::ResultsEvidence.text(lang) }</h4>
                <p>{ id_text("evidence", option.facts.evidence.as_str(), None, lang) }{ sources(&numbers(&option.facts.citations)) }</p>
            </div>
            <div class="option-field ask">
                <h4>{ M::OptionsFieldAsk.text(lang) }</h4>
                <p>{ id_text("option", id, Some("ask"), lang) }</p>
            </div>
        </article>
    }
}
