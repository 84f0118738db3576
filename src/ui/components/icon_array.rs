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
        <svg class="icon-array" viewBox="0 0 100 100" role="img" aria-label={props.label.clone()} focusable="false">
            { for (0..100u8).map(|i| {
                let class = if i < low { "person filled" } else if i < high { "person range" } else { "person" };
                let (x, y) = (f32::from(i % 10) * 10.0 + 5.0, f32::from(i / 10) * 10.0 + 5.0);
                html! {
                    <g class={class}>
                        <circle cx={format!("{x}")} cy={format!("{:.1}", y - 2.0)} r="1.9" />
                        <path d={format!("M{:.1} {:.1}a3 3 0 0 1 6 0v2.2h-6z", x - 3.0, y + 2.2)} />
                    </g>
                }
            }) }
        </svg>
    }
}
