use yew::prelude::*;

use crate::content::explain::reference_number;
use crate::core::ids::Citation;

/// The reference numbers after a statement, like `[1, 10]`. A plain function, not a
/// component: the results show many of them, and each component instance costs a render.
pub fn sources(numbers: &[usize]) -> Html {
    if numbers.is_empty() {
        return html! {};
    }
    let list = numbers.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(", ");
    html! { <sup class="sources">{ format!("[{list}]") }</sup> }
}

/// Reference numbers for engine citations.
pub fn numbers(citations: &[Citation]) -> Vec<usize> {
    citations.iter().map(|c| reference_number(*c)).collect()
}
