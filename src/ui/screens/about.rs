use yew::prelude::*;

use crate::content::explain::message_sources;
use crate::content::{Lang, GLOSSARY, M};
use crate::ui::widgets::glossary::{glossed, new_screen, term};
use crate::ui::widgets::sources::{all_references, reference_list, sources};

/// The readability report's figures for the Japanese text, measured by `build.rs`.
fn readability(lang: Lang) -> String {
    use crate::content::{tenths, JA_READABILITY as R};
    let (average, kanji) = (tenths(R.average_tenths()), tenths(R.kanji_tenths_percent()));
    crate::content::fill::about_readability(lang, &R.sentences.to_string(), &average, &R.longest.to_string(), &kanji)
}

/// What this aid is, who made and funds it, its dates and update policy, conflicts of
/// interest, privacy, the glossary and the numbered references: the certification items.
/// A plain function, not a component: no state of its own.
pub fn about_screen(lang: Lang, on_back: &Callback<()>) -> Html {
    new_screen();
    let cited = |m: M| html! { <p>{ glossed(m.text(lang), lang) }{ sources(&message_sources(m)) }</p> };
    html! {
        <section class="screen about" aria-labelledby="screen-heading">
            <h1 id="screen-heading" tabindex="-1">{ M::AboutTitle.text(lang) }</h1>
            { cited(M::AboutPurpose) }
            { cited(M::AboutStandards) }
            <h2>{ M::AboutDatesHeading.text(lang) }</h2>
            <ul class="dates">
                <li>{ M::AboutPublished.text(lang) }</li>
                <li>{ M::AboutReviewed.text(lang) }</li>
                <li>{ M::AboutNextReview.text(lang) }</li>
            </ul>
            <p>{ M::AboutUpdatePolicy.text(lang) }</p>
            <h2>{ M::AboutPeopleHeading.text(lang) }</h2>
            <p>{ M::AboutMadeBy.text(lang) }</p>
            <p><strong>{ M::AboutClinicalReview.text(lang) }</strong></p>
            <p>{ M::AboutFunding.text(lang) }</p>
            <p>{ M::AboutConflict.text(lang) }</p>
            <h2>{ M::AboutMethodsHeading.text(lang) }</h2>
            { cited(M::AboutMethodsSources) }
            <p>{ M::AboutMethodsLabels.text(lang) }</p>
            <p>{ M::AboutMethodsSearched.text(lang) }</p>
            <p><strong>{ M::AboutMethodsNotDone.text(lang) }</strong></p>
            <p>{ M::AboutMethodsReport.text(lang) }</p>
            <p>{ readability(lang) }</p>
            <h2>{ M::AboutLimitsHeading.text(lang) }</h2>
            { cited(M::AboutNotDiagnosis) }
            <h2>{ M::AboutPrivacyHeading.text(lang) }</h2>
            <p>{ M::AboutPrivacy.text(lang) }</p>
            <p>{ M::AboutPrivacyEmbed.text(lang) }</p>
            <h2>{ M::AboutGlossary.text(lang) }</h2>
            <dl class="glossary">
                { for GLOSSARY.iter().map(|id| {
                    let meaning = crate::content::explain::message(&format!("glossary.{id}.meaning"));
                    html! {
                        <>
                            <dt>{ term(id, lang) }</dt>
                            <dd>{ meaning.text(lang) }{ sources(&message_sources(meaning)) }</dd>
                        </>
                    }
                }) }
            </dl>
            <h2>{ M::ResultsReferences.text(lang) }</h2>
            { reference_list(lang, &all_references(), "reference-list") }
            <button type="button" class="secondary" onclick={on_back.reform(|_: MouseEvent| ())}>{ M::AboutBack.text(lang) }</button>
        </section>
    }
}
