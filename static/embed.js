// Embeds the decision aid on a clinic's page with one line:
//   <script src="https://YOUR-HOST/PATH/embed.js" data-lang="ja"
//     data-provider-name="…" data-provider-url="https://…" async></script>
// It inserts a sandboxed, lazily loaded frame of the app (which sits next to this file) in a
// compact mode, and keeps the frame as tall as the app. The frame goes right after this line;
// if the line is in <head>, at the end of <body>; with data-target="some-id", into that element.
// It accepts height messages only from the app's own origin and frame, only as
// { type: 'hernia-aid:height', height: <number> }, clamps them, and does nothing but set the
// frame's height.
(() => {
  const script = document.currentScript; // read now: it is null once this script has run
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
  // Scripts; its own origin (storage and offline use); popups for the provider link;
  // modals for the print dialog; phone links (tel:119 on the warning screens) without any
  // other top navigation. No allow-forms: the steps advance with buttons. No downloads.
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-modals allow-top-navigation-to-custom-protocols');
  frame.allow = 'clipboard-write';
  frame.style.display = 'block';
  frame.style.width = '100%';
  frame.style.height = '640px';
  frame.style.border = '0';

  const inBody = () => Boolean(document.body?.contains(script));
  const place = () => {
    const target = data.target ? document.getElementById(data.target) : null;
    if (target) target.append(frame);
    else if (inBody()) script.after(frame);
    else document.body?.append(frame);
  };
  // A target further down the page, or <body> itself, exists only once the page is parsed.
  if (document.readyState === 'loading' && (data.target || !inBody())) {
    document.addEventListener('DOMContentLoaded', place, { once: true });
  } else {
    place();
  }

  const MIN = 320;
  const MAX = 40000;
  addEventListener('message', (event) => {
    if (event.origin !== app.origin || event.source !== frame.contentWindow) return;
    const message = event.data;
    if (!message || Object.getPrototypeOf(message) !== Object.prototype) return; // plain objects only
    if (message.type !== 'hernia-aid:height') return;
    const { height } = message;
    if (!Number.isFinite(height)) return; // a number (not a string), neither NaN nor Infinity
    frame.style.height = `${Math.min(MAX, Math.max(MIN, Math.ceil(height)))}px`;
  });
})();
