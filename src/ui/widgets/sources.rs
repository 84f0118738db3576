use yew::prelude::*;

#[cfg(feature = "full")]
use crate::content::explain::reference_number;
#[cfg(feature = "full")]
use crate::content::{reference_text, Lang, M, REFERENCE_IDS};
#[cfg(feature = "full")]
use crate::core::ids::Citation;

#[cfg(feature = "full")]
/// Reference numbers in order, each once. A table of seen numbers, not a sort: the browser
/// build then carries no sorting code (about 1.5 KB).
pub fn distinct_sorted(numbers: impl IntoIterator<Item = usize>) -> Vec<usize> {
    let mut seen = [false; 256];
    for n in numbers {
        if let Some(slot) = seen.get_mut(n) {
            *slot = true;
        }
    }
    (1..=REFERENCE_IDS.len()).filter(|n| seen[*n]).collect()
}

/// The reference numbers after a statement, like `[1, 10]`. A plain function, not a
/// component: the results show many of them, and each component instance costs a render.
pub fn sources(numbers: &[usize]) -> Html {
    if numbers.is_empty() {
        return html! {};
    }
    let list = numbers.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(", ");
    html! { <sup class="sources">{ format!("[{list}]") }</sup> }
}

#[cfg(feature = "full")]
/// The numbered references, each given number in full. Their texts arrive after the first
/// screen (`content::install_references`); until then a short note stands in. Shared by the
/// steps, the results, the printed summary and the About page.
pub fn reference_list(lang: Lang, numbers: &[usize], class: &'static str) -> Html {
    if numbers.iter().any(|n| reference_text(*n).is_none()) {
        return html! { <p class="hint references-loading">{ M::ReferencesLoading.text(lang) }</p> };
    }
    html! {
        <ol class={class}>
            { for numbers.iter().map(|n| html! { <li value={n.to_string()}>{ reference_text(*n).unwrap_or_default() }</li> }) }
        </ol>
    }
}

/// Every reference number, in order (the About page's list).
#[cfg(feature = "full")]
pub fn all_references() -> Vec<usize> {
    (1..=REFERENCE_IDS.len()).collect()
}

#[cfg(feature = "full")]
/// Reference numbers for engine citations.
pub fn numbers(citations: &[Citation]) -> Vec<usize> {
    citations.iter().map(|c| reference_number(*c)).collect()
}
