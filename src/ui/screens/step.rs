use yew::prelude::*;

use crate::content::{Lang, M};
use crate::platform::input::is_repeat_click;
use crate::ui::route::{Screen, STEPS};
use crate::ui::widgets::sources::reference_list;

pub struct StepProps {
    pub lang: Lang,
    pub screen: Screen,
    pub title: M,
    pub intro: Option<M>,
    pub on_back: Callback<()>,
    pub on_next: Callback<()>,
    pub children: Html,
    /// Reference numbers of the statements on this step, listed under it.
    pub sources: Vec<usize>,
}

/// A question step: heading (focused on arrival), progress, the questions, back and next.
/// A plain function, not a component: no state of its own.
pub fn step(props: &StepProps) -> Html {
    let lang = props.lang;
    let number = props.screen.step().unwrap_or(1);
    let total = STEPS.len();
    // A plain button, not a form submission: a frame sandboxed without `allow-forms` (the
    // embed, or a host's stricter sandbox) blocks submitting before any handler runs.
    let on_next = {
        let on_next = props.on_next.clone();
        Callback::from(move |e: MouseEvent| {
            if !is_repeat_click(&e) {
                on_next.emit(());
            }
        })
    };
    let on_back = props.on_back.reform(|_: MouseEvent| ());
    let next_label = if props.screen.next(&Default::default()) == Screen::Results { M::NavResults } else { M::NavNext };
    let progress = crate::content::fill::progress_step(lang, &number.to_string(), &total.to_string());
    html! {
        <section class="screen step" aria-labelledby="screen-heading">
            <p class="progress-text" id="progress-text">{ progress.clone() }</p>
            // A <progress> element, not a styled width: the page allows no inline styles.
            <progress class="progress" aria-labelledby="progress-text" max={total.to_string()} value={number.to_string()}></progress>
            <h1 id="screen-heading" tabindex="-1">{ props.title.text(lang) }</h1>
            if let Some(intro) = props.intro {
                <p class="intro">{ intro.text(lang) }</p>
            }
            <div class="questions">
                { props.children.clone() }
                <div class="step-nav">
                    <button type="button" class="secondary" onclick={on_back}>{ M::NavBack.text(lang) }</button>
                    <button type="button" class="primary" id="next-button" onclick={on_next}>{ next_label.text(lang) }</button>
                </div>
            </div>
            if !props.sources.is_empty() {
                <details class="step-sources">
                    <summary>{ M::ResultsSources.text(lang) }</summary>
                    { reference_list(lang, &props.sources, "") }
                </details>
            }
        </section>
    }
}
