// Offline and installable: the service worker (src/offline/sw.js, written into dist/ by the build) keeps the app,
// the questions of a quiz started online and, when asked, the whole bank (through a download cut short and through
// an update), and a new build served at the same URL replaces the old one on the next load. The web app manifest
// names the app, its icons and its colours.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DIST, answer, appReady, finishQuiz, launchBrowser, openPage, serveDist } from './support.mjs';

let server;
let browser;
let work;

before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  work = await mkdtemp(join(tmpdir(), 'next-build-'));
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Loads Home and waits until the service worker controls the page (it installs after the first load). */
async function controlledHome() {
  const session = await openPage(browser, { serviceWorkers: 'allow' });
  await session.page.goto(server.url);
  await appReady(session.page);
  await session.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return session;
}

test('installable: the manifest names the app, opens to Home, and has its icons and both themes\' colours', async () => {
  const manifest = JSON.parse(await readFile(join(DIST, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.name, 'Roadmap Quiz');
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.display, 'standalone');
  const sizes = manifest.icons.map((icon) => `${icon.sizes} ${icon.type} ${icon.purpose ?? 'any'}`);
  assert.deepEqual(sizes, ['any image/svg+xml any', '192x192 image/png any', '512x512 image/png any', '512x512 image/png maskable']);
  for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
    const png = await readFile(join(DIST, icon.src));
    assert.equal(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.sizes, icon.src);
  }
  const { page, context } = await openPage(browser);
  await page.goto(server.url);
  const colours = await page.locator('meta[name="theme-color"]').evaluateAll((metas) => metas.map((m) => `${m.media} ${m.content}`));
  assert.deepEqual(colours, ['(prefers-color-scheme: light) #1d4ed8', '(prefers-color-scheme: dark) #121317']);
  assert.equal(await page.locator('link[rel="manifest"]').getAttribute('href'), 'manifest.webmanifest');
  await context.close();
});

test('loaded once, the app opens offline', async () => {
  const { page, context } = await controlledHome();
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  assert.equal(await page.locator('.section').count(), 52);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.locator('h1', { hasText: 'Settings' }).waitFor();
  await context.close();
});

test('a self-test started online finishes offline, questions not yet asked included', async () => {
  const { page, context } = await controlledHome();
  await page.goto(`${server.url}#/section/functions`);
  await answer(page);
  await page.locator('#next-button').click();
  // The first question's request had the worker fetch the rest of the section's questions.
  const total = (await readFile(join(DIST, 'catalog.json'), 'utf8')).split('"functions/').length - 1;
  const cached = () =>
    page.evaluate(async () => {
      const names = (await caches.keys()).filter((n) => n.startsWith('roadmap-quiz-questions-'));
      const keys = names.length === 1 ? await (await caches.open(names[0])).keys() : [];
      return keys.filter((k) => k.url.includes('/questions/functions/')).length;
    });
  for (let tries = 0; (await cached()) < total; tries += 1) {
    assert.ok(tries < 100, `${await cached()} of ${total} of the section's questions kept after 20 s`);
    await page.waitForTimeout(200);
  }
  await context.setOffline(true);
  const asked = await finishQuiz(page);
  assert.ok(asked >= 4, `${asked} more questions answered offline`);
  await page.locator('.results').waitFor();
  await context.close();
});

test('Settings makes the whole bank available offline, with its progress and the space it uses, and removes it', async () => {
  const { page, context } = await controlledHome();
  await page.goto(`${server.url}#/settings`);
  await page.locator('#offline-status', { hasText: 'Only the quizzes you start are kept offline' }).waitFor();
  await page.getByRole('button', { name: 'Make the whole bank available offline' }).click();
  await page.locator('#offline-progress:not([hidden])').waitFor();
  const kept = page.locator('#offline-status', { hasText: /^All \d+ questions are available offline, using \d+\.\d MB on this device\.$/ });
  await kept.waitFor({ timeout: 120_000 });
  assert.ok(await page.locator('#offline-progress').isHidden());
  // A section never visited, all offline.
  await context.setOffline(true);
  await page.goto(`${server.url}#/section/advanced-async`);
  await finishQuiz(page);
  await page.locator('.results').waitFor();
  await context.setOffline(false);
  await page.goto(`${server.url}#/settings`);
  await kept.waitFor();
  await page.getByRole('button', { name: 'Remove the offline bank' }).click();
  await page.locator('#offline-status', { hasText: 'Only the quizzes you start are kept offline' }).waitFor();
  await context.close();
});

test('a bank download cut short, its worker stopped halfway, is completed when the app next opens', async () => {
  const { page, context } = await controlledHome();
  await page.goto(`${server.url}#/settings`);
  await page.getByRole('button', { name: 'Make the whole bank available offline' }).click();
  await page.locator('#offline-status', { hasText: /^Downloading: \d+ of/ }).waitFor();
  // As a browser closed halfway would: the worker is stopped in the middle of the download.
  const devtools = await context.newCDPSession(page);
  await devtools.send('ServiceWorker.enable');
  await devtools.send('ServiceWorker.stopAllWorkers');
  const partial = await page.evaluate(async () => {
    const name = (await caches.keys()).find((n) => n.startsWith('roadmap-quiz-bank-'));
    return (await (await caches.open(name)).keys()).filter((key) => key.url.includes('/questions/')).length;
  });
  const total = (await readFile(join(DIST, 'catalog.json'), 'utf8')).match(/"[a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9-]+"/g).length;
  assert.ok(partial > 0 && partial < total, `part of the bank was kept before the stop: ${partial} of ${total}`);
  await page.reload();
  await appReady(page);
  await page.locator('#offline-status', { hasText: /^All \d+ questions are available offline/ }).waitFor({ timeout: 120_000 });
  await context.close();
});

test('without a service worker, Settings says the bank cannot be kept offline here', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(`${server.url}#/settings`);
  await page.locator('#offline-status', { hasText: 'needs a service worker' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Make the whole bank available offline' }).count(), 0);
  await context.close();
});

test('the embedded quiz keeps to the network: it registers no service worker', async () => {
  const { page, context } = await openPage(browser, { serviceWorkers: 'allow' });
  await page.goto(`${server.url}embed.html?section=strings`);
  await page.locator('.question').waitFor();
  await page.waitForLoadState('load');
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  await context.close();
});

let nextBuild;

/** A new release of the app: dist/ with another title, and its own service worker. Made once. */
async function newRelease() {
  if (!nextBuild) {
    nextBuild = join(work, 'dist');
    await cp(DIST, nextBuild, { recursive: true });
    const page = await readFile(join(nextBuild, 'index.html'), 'utf8');
    await writeFile(join(nextBuild, 'index.html'), page.replace('<title>Roadmap Quiz</title>', '<title>Roadmap Quiz (next)</title>'));
    execFileSync('cargo', ['run', '--quiet', '--bin', 'service-worker', '--', nextBuild], { cwd: resolve(import.meta.dirname, '../..'), stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return nextBuild;
}

/**
 * Serves the new release and loads the page twice: the first load finds the update and still runs the old build,
 * the second runs the new one. Returns the titles of the pages that the second load went through.
 */
async function updateTo(page, next) {
  server.serve(next);
  await page.reload();
  await appReady(page);
  await page.locator('[data-notice="update-ready"]').waitFor();
  assert.equal(await page.title(), 'Roadmap Quiz', 'the load that finds the update still runs the old build, whole');
  // The learner opens the page again later: this load has settled by then. Each page of the next load notes its
  // title as it is parsed, so that an old app started on the way would show.
  await page.waitForLoadState('networkidle');
  await page.addInitScript(() => {
    addEventListener('DOMContentLoaded', () => sessionStorage.setItem('titles', `${sessionStorage.getItem('titles') ?? ''}|${document.title}`));
  });
  await page.reload();
  const state = () =>
    page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return `title "${document.title}", waiting ${!!(r && r.waiting)} ${r && r.waiting && r.waiting.state}, active ${r && r.active && r.active.state}, controlled ${!!navigator.serviceWorker.controller}`;
    });
  await page.waitForFunction(() => document.title === 'Roadmap Quiz (next)', null, { timeout: 15_000 }).catch(async () => {
    assert.fail(`the next load did not run the new build: ${await state()}`);
  });
  await appReady(page);
  return page.evaluate(() => sessionStorage.getItem('titles'));
}

test('a new build served at the same URL: the app says an update is ready, and the next load runs it alone', async () => {
  const next = await newRelease();
  const { page, context } = await controlledHome();
  const cacheNames = () => page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('roadmap-quiz-')));
  const old = (await cacheNames()).filter((n) => n.startsWith('roadmap-quiz-shell-'));
  assert.equal(old.length, 1);
  try {
    const titles = await updateTo(page, next);
    assert.equal(titles, '|Updating Roadmap Quiz|Roadmap Quiz (next)', 'the worker\'s updating page, then the new build');
    const now = await cacheNames();
    assert.ok(!now.includes(old[0]), `the old release's caches are gone: ${now.join(', ')}`);
    assert.equal(now.filter((n) => n.startsWith('roadmap-quiz-shell-')).length, 1);
  } finally {
    server.serve(DIST);
    await context.close();
  }
});

test('the whole bank kept offline stays so through an update, as the new release\'s own files', async () => {
  const next = await newRelease();
  const { page, context } = await controlledHome();
  const banks = () => page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('roadmap-quiz-bank-')));
  try {
    await page.goto(`${server.url}#/settings`);
    await page.getByRole('button', { name: 'Make the whole bank available offline' }).click();
    const kept = page.locator('#offline-status', { hasText: /^All \d+ questions are available offline/ });
    await kept.waitFor({ timeout: 120_000 });
    const [old] = await banks();
    await updateTo(page, next);
    // Settings shows the new release's bank filling up by itself, then whole.
    await kept.waitFor({ timeout: 120_000 });
    const now = await banks();
    assert.equal(now.length, 1, `one bank: ${now.join(', ')}`);
    assert.notEqual(now[0], old, 'the old release\'s bank is gone');
    await context.setOffline(true);
    await page.goto(`${server.url}#/section/protocols`);
    await finishQuiz(page);
  } finally {
    server.serve(DIST);
    await context.close();
  }
});
