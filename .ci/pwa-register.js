// Service worker registration and the update handshake with the app (appended to the loader).
// The app listens for `hernia-aid:update-ready` and answers with `hernia-aid:apply-update`;
// before any reload onto a new version it hears `hernia-aid:before-reload` and puts the
// person's answers and screen into the fragment (never sent to a server), so nothing is lost.
let reloading = false;
const reloadOntoNewVersion = () => {
  if (reloading) return;
  reloading = true;
  dispatchEvent(new CustomEvent('hernia-aid:before-reload'));
  location.reload();
};

function useServiceWorker(workers) {
  // A page opened before any worker existed is claimed once by the worker it installs, which
  // serves this same build: that first change is not an update. Every later one is. (After a
  // hard reload the page starts without a worker too, and the one that claims it may hold a
  // newer build: then this page's own wasm is in no cache, and it reloads onto that build.)
  let claimedBefore = Boolean(workers.controller);
  const ownWasm = document.querySelector('link[rel="preload"][href$=".wasm"]')?.href;
  let updating = false;
  const announce = () => {
    window.herniaAidUpdateReady = true;
    dispatchEvent(new CustomEvent('hernia-aid:update-ready'));
  };
  workers.register('./service-worker.js').then((registration) => {
    if (registration.waiting && workers.controller) announce();
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && workers.controller) announce();
      });
    });
    addEventListener('hernia-aid:apply-update', () => {
      updating = true;
      // Another tab may have switched already: then a plain reload reaches the new version.
      if (registration.waiting) registration.waiting.postMessage('skip-waiting');
      else reloadOntoNewVersion();
    });
  }).catch(() => { /* no offline support here; the app still works */ });
  // Any tab reloads when a new version takes over, so no page runs against another build's files.
  workers.addEventListener('controllerchange', () => {
    if (!claimedBefore && !updating) {
      claimedBefore = true;
      if (ownWasm) caches.match(ownWasm).then((hit) => { if (!hit) reloadOntoNewVersion(); }, () => {});
      return;
    }
    reloadOntoNewVersion();
  });
}

try {
  // Reading `navigator.serviceWorker` throws in a frame sandboxed without allow-same-origin.
  if ('serviceWorker' in navigator) useServiceWorker(navigator.serviceWorker);
} catch { /* the app runs without offline support */ }
