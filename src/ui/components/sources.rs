use yew::prelude::*;

use crate::content::explain::reference_number;
use crate::core::ids::Citation;

#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    /// Numbers in the reference list at the foot of the results.
    pub numbers: Vec<usize>,
}

/// The reference numbers after a statement, like `[1, 10]`.
#[function_component(Sources)]
pub fn sources(props: &SourcesProps) -> Html {
    if props.numbers.is_empty() {
        return html! {};
    }
    let list = props.numbers.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(", ");
    html! { <sup class="sources">{ format!("[{list}]") }</sup> }
}

/// Reference numbers for engine citations.
pub fn numbers(citations: &[Citation]) -> Vec<usize> {
    citations.iter().map(|c| reference_number(*c)).collect()
}
