//! The update handshake with the service-worker registration in the loader script
//! (`.ci/pwa-register.js`): it announces `hernia-aid:update-ready`; the app answers
//! `hernia-aid:apply-update`. Before any reload onto a new version (asked for here, or
//! started in another tab) the loader sends `hernia-aid:before-reload`, and the app puts the
//! person's answers into the fragment, so the new version opens where they were.

use super::events::WindowListener;

/// Whether a new version was already waiting before the app started listening.
pub fn update_waiting() -> bool {
    web_sys::window().and_then(|w| js_sys::Reflect::get(&w, &"herniaAidUpdateReady".into()).ok()).is_some_and(|v| v.is_truthy())
}

/// Asks the waiting version to take over; the page then reloads onto it whole.
pub fn apply_update() {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new("hernia-aid:apply-update")) {
        let _ = window.dispatch_event(&event);
    }
}

/// Calls back when a new version is ready; stops when dropped.
pub fn on_update_ready(callback: impl FnMut() + 'static) -> WindowListener {
    WindowListener::new("hernia-aid:update-ready", callback)
}

/// Calls back just before the page reloads onto a new version; stops when dropped.
pub fn on_before_reload(callback: impl FnMut() + 'static) -> WindowListener {
    WindowListener::new("hernia-aid:before-reload", callback)
}
