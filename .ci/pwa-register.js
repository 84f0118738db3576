// Service worker registration and the update handshake with the app (appended to the loader).
// The app listens for `hernia-aid:update-ready` and answers with `hernia-aid:apply-update`.
if ('serviceWorker' in navigator) {
  const hadController = Boolean(navigator.serviceWorker.controller);
  const announce = () => {
    window.herniaAidUpdateReady = true;
    dispatchEvent(new CustomEvent('hernia-aid:update-ready'));
  };
  navigator.serviceWorker.register('./service-worker.js').then((registration) => {
    if (registration.waiting && navigator.serviceWorker.controller) announce();
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) announce();
      });
    });
    addEventListener('hernia-aid:apply-update', () => registration.waiting?.postMessage('skip-waiting'));
  }).catch(() => { /* no offline support here (for example a sandboxed frame); the app still works */ });
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first worker taking control is not an update; a later one is: reload onto it whole.
    if (hadController && !reloading) {
      reloading = true;
      location.reload();
    }
  });
}
