use yew::prelude::*;

/// 100 people as a 10 × 10 grid, the first `out_of_100` filled, read row by row; people up to
/// `up_to` (the top of a range) drawn lighter. `label` is the figure in words, the picture's
/// text alternative.
///
/// Each group of people is one `<path>`: three elements instead of two hundred keep the
/// results page quick to render, and a plain function costs no component instance. Whole-number
/// coordinates in a 1000-unit box keep float formatting out of the wasm.
pub fn icon_array(out_of_100: u8, up_to: Option<u8>, label: &str) -> Html {
    let low = u32::from(out_of_100.min(100));
    let high = u32::from(up_to.unwrap_or(out_of_100)).clamp(low, 100);
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
        <svg class="icon-array" viewBox="0 0 1000 1000" role="img" aria-label={label.to_string()} focusable="false">
            <path class="person filled" d={people(0..low)} />
            <path class="person range" d={people(low..high)} />
            <path class="person" d={people(high..100)} />
        </svg>
    }
}
