// Generated at build time by .ci/post-build.mjs: every file of one build, cached under that
// build's content hash. A new build's worker waits until the person chooses to reload, so a
// page never mixes assets of two versions.
// The build's cache, named after its content hash and this worker's scope: two copies of
// the app on one origin (/ and /staging/, two clinics' paths) never delete each other's.
const BUILD = '__CACHE__';
const CACHE = `${BUILD}@${self.registration.scope}`;
// [url, the first 128 bits of the SHA-256 of its bytes, in base64] for every file of this build.
const FILES = __FILES__;
const OURS = (key) => key.endsWith(`@${self.registration.scope}`) || !key.includes('@'); // (no '@': before scopes were named)

const base64 = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)));

// Installs only a whole, byte-exact build: during a deploy that is not atomic the server
// may still send another build's index.html or miss a file. Then installing fails, the
// worker in control keeps serving the version it has, and the browser tries again later.
async function install() {
  const cache = await caches.open(CACHE);
  try {
    await Promise.all(FILES.map(async ([url, digest]) => {
      const response = await fetch(new Request(url, { cache: 'no-cache' }));
      // A redirected response cannot answer a navigation; a rewritten file (a host that
      // injects markup) fails the digest: either way, no install.
      if (!response.ok || response.redirected) throw new Error(`${url}: HTTP ${response.status}`);
      const body = await response.clone().arrayBuffer();
      if (base64((await crypto.subtle.digest('SHA-256', body)).slice(0, 16)) !== digest) throw new Error(`${url} belongs to another build`);
      await cache.put(url, response);
    }));
  } catch (error) {
    await caches.delete(CACHE);
    throw error;
  }
}

self.addEventListener('install', (event) => event.waitUntil(install()));

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('hernia-aid-') && OURS(k) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(caches.open(CACHE).then(async (cache) => {
    const hit = await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
    // Any page of the app is the app shell: routes live in the fragment.
    if (request.mode === 'navigate') {
      const shell = await cache.match('./');
      if (shell) return shell;
    }
    return fetch(request);
  }));
});
