// Embeds the decision aid on a clinic's page with one line:
//   <script src="https://YOUR-HOST/PATH/embed.js" data-lang="ja"
//     data-provider-name="…" data-provider-url="https://…" async></script>
// It inserts a sandboxed, lazily loaded frame of the app (which sits next to this file) in a
// compact mode, and keeps the frame as tall as the app. It accepts height messages only
// from the app's own origin and frame, and clamps them.
(() => {
  const script = document.currentScript;
  if (!script || !script.src) return;
  const app = new URL('./', script.src);
  const data = script.dataset;
  const lang = data.lang === 'en' ? 'en' : 'ja';
  const params = new URLSearchParams({ embed: '1', host: location.origin, lang });
  if (data.providerName) params.set('provider', data.providerName);
  if (/^https?:\/\//i.test(data.providerUrl || '')) params.set('provider_url', data.providerUrl);

  const frame = document.createElement('iframe');
  frame.src = `${app.href}#/?${params}`;
  frame.title = data.title || (lang === 'en'
    ? 'Decision guide: pain or numbness after a lumbar disc herniation'
    : '腰椎椎間板ヘルニアのあとに続く痛み・しびれ 話し合いの準備ガイド');
  frame.loading = 'lazy';
  frame.referrerPolicy = 'no-referrer';
  // Scripts and its own origin (for offline use); links to the provider, print, copy.
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-modals');
  frame.allow = 'clipboard-write';
  frame.style.display = 'block';
  frame.style.width = '100%';
  frame.style.height = '640px';
  frame.style.border = '0';
  script.after(frame);

  const MIN = 320;
  const MAX = 20000;
  addEventListener('message', (event) => {
    if (event.origin !== app.origin || event.source !== frame.contentWindow) return;
    if (!event.data || event.data.type !== 'hernia-aid:height') return;
    const height = Number(event.data.height);
    if (!Number.isFinite(height)) return;
    frame.style.height = `${Math.min(MAX, Math.max(MIN, Math.ceil(height)))}px`;
  });
})();
