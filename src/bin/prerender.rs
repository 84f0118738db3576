//! Prints the app's first screen as static HTML (Japanese, the default), for the build to put
//! into index.html. The same components render it as in the browser, so the text stays in the
//! locale files.

use hernia_aid::ui::{App, AppProps};

fn main() {
    let renderer = yew::ServerRenderer::<App>::with_props(AppProps::default).hydratable(false);
    print!("{}", futures::executor::block_on(renderer.render()));
}
