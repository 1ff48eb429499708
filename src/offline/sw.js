/*
 * Roadmap Quiz's service worker: the app offline. Plain JavaScript; `src/bin/service-worker.rs` writes it into
 * dist/ at each build with the lists below filled in, so the files and hashes it names are exactly the build's.
 *
 * - The app shell (the page, its wasm, JS and CSS, the catalog, the manifest and icons) is cached when the worker
 *   installs. Every cache is named after the release, so two releases never mix: a new release installs beside
 *   the old one and waits, and the page tells the learner that an update is ready. The next load of the page gets
 *   a short "Updating" page instead (see UPDATING_PAGE), which has the waiting worker take over; the new worker
 *   drops the old release's caches, and the page loads again from the new release.
 * - A question file is cached when it is fetched, and the first question of a quiz also fetches the rest of the
 *   quiz's questions (its section, its level, or for a placement the whole bank), so a quiz started online
 *   finishes offline.
 * - On request from Settings (src/offline/offline-settings.js), the whole bank is fetched into a cache of its own,
 *   with its progress reported to the pages, and can be removed again. Once asked for, the bank stays wanted: a
 *   download cut short is completed, and a new release fetches its own bank, when a page of the app next opens.
 */
'use strict';

const RELEASE = '{{RELEASE}}';
/** The app shell: path relative to this file, and the hash of its content in this build. */
const SHELL = {{SHELL}};
/** Every question file of the bank, by section. */
const QUESTIONS = {{QUESTIONS}};
/** The sections of each level. */
const LEVELS = {{LEVELS}};

const SHELL_CACHE = `roadmap-quiz-shell-${RELEASE}`;
const QUIZ_CACHE = `roadmap-quiz-questions-${RELEASE}`;
const BANK_CACHE = `roadmap-quiz-bank-${RELEASE}`;
const OURS = [SHELL_CACHE, QUIZ_CACHE, BANK_CACHE];

const url = (path) => new URL(path, self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.addAll(Object.keys(SHELL).map(url))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then(async (names) => {
        const old = names.filter((n) => n.startsWith('roadmap-quiz-') && !OURS.includes(n));
        // A learner who kept the bank offline keeps it through an update: this release's own bank is fetched when
        // a page of it next opens (`keepBank`), since the old release's files must not be mixed into it.
        if (await bankWanted(old)) await (await caches.open(BANK_CACHE)).put(WANTED, new Response(''));
        await Promise.all(old.map((n) => caches.delete(n)));
      })
      .then(() => self.clients.claim()),
  );
});

/** Each page's route (`#/section/functions`), as the page tells it: a client's URL is the one it opened with. */
const routes = new Map();

self.addEventListener('message', (event) => {
  const message = event.data || {};
  if (message.type === 'skip-waiting') event.waitUntil(self.skipWaiting());
  else if (message.type === 'route' && event.source) {
    routes.set(event.source.id, String(message.route));
    event.waitUntil(keepBank());
  } else if (message.type === 'bank-status') event.waitUntil(reportBank(event.source));
  else if (message.type === 'bank-download') event.waitUntil(downloadBank());
  else if (message.type === 'bank-remove') event.waitUntil(caches.delete(BANK_CACHE).then(() => reportBank(event.source)));
});

const allQuestions = () => Object.values(QUESTIONS).flat();

/** The bank's cache holds this entry from the moment the learner asks for the bank until they remove it. */
const WANTED = url('offline-bank-wanted');

/** Whether any of these caches is a bank the learner asked for. */
async function bankWanted(names) {
  for (const name of names.filter((n) => n.startsWith('roadmap-quiz-bank-'))) {
    if ((await (await caches.open(name)).keys()).length) return true;
  }
  return false;
}

/** Sends `message` to `client`, or without one to every page of the app (a download is news to each of them). */
async function tell(client, message) {
  for (const to of client ? [client] : await self.clients.matchAll({ type: 'window' })) to.postMessage(message);
}

/** Tells `client` (or every page) how much of the bank its own cache holds, and the bytes it takes. */
async function reportBank(client, extra = {}) {
  const cache = await caches.open(BANK_CACHE);
  const keys = (await cache.keys()).filter((key) => key.url !== WANTED);
  let bytes = 0;
  for (const key of keys) bytes += (await (await cache.match(key)).arrayBuffer()).byteLength;
  await tell(client, { type: 'bank-status', cached: keys.length, total: allQuestions().length, bytes, ...extra });
}

/** The download under way, which a second request joins rather than starting another. */
let download = null;

function downloadBank() {
  download = download || fetchBank().finally(() => (download = null));
  return download;
}

/** Fetches the questions the bank's cache lacks, four at a time, telling every page how far it is. */
async function fetchBank() {
  const cache = await caches.open(BANK_CACHE);
  await cache.put(WANTED, new Response(''));
  const files = allQuestions();
  const kept = new Set((await cache.keys()).map((key) => key.url));
  const queue = files.filter((path) => !kept.has(url(path)));
  let done = files.length - queue.length;
  let failed = 0;
  // A few at a time: quick on a good connection, gentle on a poor one.
  async function fetcher() {
    for (let path = queue.shift(); path; path = queue.shift()) {
      try {
        const response = await fetch(url(path));
        if (!response.ok) throw new Error(String(response.status));
        await cache.put(url(path), response);
      } catch (e) {
        failed += 1;
      }
      done += 1;
      if (done % 25 === 0 || done === files.length) await tell(null, { type: 'bank-progress', done, total: files.length });
    }
  }
  await Promise.all([fetcher(), fetcher(), fetcher(), fetcher()]);
  await reportBank(null, { failed });
}

/** Whether this start of the worker has already seen to the bank: a bank that cannot be completed waits a start. */
let bankSeen = false;

/** Completes a bank the learner asked for and does not fully have: after an update, or a download cut short. */
async function keepBank() {
  if (bankSeen || !self.navigator.onLine) return;
  bankSeen = true;
  const cache = await caches.open(BANK_CACHE);
  if (!(await cache.match(WANTED))) return;
  if ((await cache.keys()).length - 1 < allQuestions().length) await downloadBank();
}

/** The question files a quiz can ask, from the page's route: a section's, a level's, or every one. */
function quizFiles(route) {
  const section = /^#\/section\/([a-z0-9-]+)/.exec(route);
  if (section) return QUESTIONS[section[1]] || [];
  const level = /^#\/level\/([a-z]+)/.exec(route);
  if (level) return (LEVELS[level[1]] || []).flatMap((s) => QUESTIONS[s] || []);
  if (/^#\/(placement|review)/.test(route)) return allQuestions();
  return [];
}

const prefetched = new Set();

async function prefetchQuiz(clientId) {
  const route = routes.get(clientId);
  if (!route) return;
  const files = quizFiles(route).filter((path) => !prefetched.has(path));
  if (!files.length) return;
  files.forEach((path) => prefetched.add(path));
  const cache = await caches.open(QUIZ_CACHE);
  for (const path of files) {
    if (await caches.match(url(path))) continue;
    try {
      const response = await fetch(url(path));
      if (response.ok) await cache.put(url(path), response);
    } catch (e) {
      prefetched.delete(path);
    }
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  const path = request.url.slice(self.registration.scope.length).split(/[?#]/)[0];
  // The embedded quiz and LMS packages keep to the network, as before this worker existed.
  if (path.startsWith('embed')) return;
  if (request.mode === 'navigate' && (path === '' || path === 'index.html')) {
    event.respondWith(updateFirst(request) ? updatingPage() : fromCache(url('index.html')).then((hit) => hit || fetch(request)));
  } else if (path in SHELL) {
    event.respondWith(fromCache(request.url).then((hit) => hit || fetch(request)));
  } else if (path.startsWith('questions/')) {
    event.waitUntil(prefetchQuiz(event.clientId));
    event.respondWith(
      fromCache(request.url).then(
        (hit) =>
          hit ||
          fetch(request).then((response) => {
            if (response.ok) {
              const copy = response.clone();
              caches.open(QUIZ_CACHE).then((cache) => cache.put(request.url, copy));
            }
            return response;
          }),
      ),
    );
  }
});

/*
 * Why a page of its own: a waiting worker takes over only once this one has stopped, and Chromium stops it only
 * while no request is on its way through it. Asked by the app's own page, it stopped between two of the page's
 * requests in about 1 load in 6; the next request started it again, and the new release then waited until this
 * worker went idle (still waiting after 60 s in the end-to-end test's browser). This page requests nothing at all,
 * not even an icon, so once it asks, nothing keeps this worker running.
 */
const UPDATING_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><title>Updating Roadmap Quiz</title><link rel="icon" href="data:,">
<style>
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #f7f7f5; color: #1c1d21;
    font: 1.1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  @media (prefers-color-scheme: dark) { body { background: #121317; color: #ecedf0; } }
</style></head>
<body><main><p role="status">Updating Roadmap Quiz to its new version…</p></main>
<script>
  (function (n) {
    var again = function () { again = function () {}; location.reload(); };
    n.serviceWorker.addEventListener('controllerchange', function () { again(); });
    n.serviceWorker.getRegistration().then(function (r) {
      if (r && r.waiting) r.waiting.postMessage({ type: 'skip-waiting' });
      else again();
    }, function () { again(); });
    // Should the new worker not take over, this page loads again and this worker serves the app as it is.
    setTimeout(function () { again(); }, 10000);
  })(navigator);
</script></body></html>`;

/** When the updating page was last served: within a minute, a navigation gets the app of this release instead. */
let updateTried = -Infinity;

/** Whether this navigation should get the updating page: a new release waits, and it has not just been tried. */
function updateFirst(request) {
  // A quiz embedded in a course page's frame runs what it opened with; the learner's own page updates it.
  if (!self.registration.waiting || /[?&]embed=1(&|$)/.test(new URL(request.url).search)) return false;
  if (Date.now() - updateTried < 60000) return false;
  updateTried = Date.now();
  return true;
}

function updatingPage() {
  return new Response(UPDATING_PAGE, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
}

/** A response from this release's caches only, so that two releases never mix. */
async function fromCache(href) {
  for (const name of OURS) {
    const hit = await (await caches.open(name)).match(href);
    if (hit) return hit;
  }
  return undefined;
}
