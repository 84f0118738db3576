//! The browser entry point, built by Trunk for wasm32.

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<hernia_aid::ui::App>::new().render();
}
