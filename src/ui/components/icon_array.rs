use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IconArrayProps {
    pub out_of_100: u8,
    /// The top of a range: people between the two figures are drawn lighter.
    #[prop_or_default]
    pub up_to: Option<u8>,
    /// The figure in words: the picture's text alternative.
    pub label: AttrValue,
}

/// 100 people as a 10 × 10 grid, the first N filled, read row by row.
#[function_component(IconArray)]
pub fn icon_array(props: &IconArrayProps) -> Html {
    let low = props.out_of_100.min(100);
    let high = props.up_to.unwrap_or(low).clamp(low, 100);
    html! {
        // Whole-number coordinates (a 1000-unit box) keep float formatting out of the wasm.
        <svg class="icon-array" viewBox="0 0 1000 1000" role="img" aria-label={props.label.clone()} focusable="false">
            { for (0..100u32).map(|i| {
                let class = if i < u32::from(low) { "person filled" } else if i < u32::from(high) { "person range" } else { "person" };
                let (x, y) = (i % 10 * 100 + 50, i / 10 * 100 + 50);
                html! {
                    <g class={class}>
                        <circle cx={(x).to_string()} cy={(y - 20).to_string()} r="19" />
                        <path d={format!("M{} {}a30 30 0 0 1 60 0v22h-60z", x - 30, y + 22)} />
                    </g>
                }
            }) }
        </svg>
    }
}
