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
///
/// Each group of people is one `<path>`: three elements instead of two hundred keep the
/// results page quick to render. Whole-number coordinates in a 1000-unit box keep float
/// formatting out of the wasm.
#[function_component(IconArray)]
pub fn icon_array(props: &IconArrayProps) -> Html {
    let low = u32::from(props.out_of_100.min(100));
    let high = u32::from(props.up_to.unwrap_or(props.out_of_100)).clamp(low, 100);
    let people = |range: std::ops::Range<u32>| -> String {
        range
            .map(|i| {
                let (x, y) = (i % 10 * 100 + 50, i / 10 * 100 + 50);
                // A head (a circle drawn as two arcs) and shoulders.
                format!("M{} {}a19 19 0 1 0 38 0a19 19 0 1 0-38 0M{} {}a30 30 0 0 1 60 0v22h-60z", x - 19, y - 20, x - 30, y + 22)
            })
            .collect()
    };
    html! {
        <svg class="icon-array" viewBox="0 0 1000 1000" role="img" aria-label={props.label.clone()} focusable="false">
            <path class="person filled" d={people(0..low)} />
            <path class="person range" d={people(low..high)} />
            <path class="person" d={people(high..100)} />
        </svg>
    }
}
