// Shared by the end-to-end tests: a static file server for dist/ at a sub-path, and a Chromium launcher that
// records console errors and every request the page makes.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

export const DIST = resolve(import.meta.dirname, '../../dist');
/** The app is served below a sub-path, as a course site would, to prove that dist/ needs no rewrite rules. */
export const BASE_PATH = '/courses/python/quiz/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/**
 * A plain static server: a path maps to a file under dist/ or is a 404. No fallback, no rewrites. With `cors`, it
 * sends `Access-Control-Allow-Origin: *` as many static hosts do, which a frame sandboxed without
 * allow-same-origin (an opaque origin) needs to load the app's module script and files. With `gzip`, it sends
 * every file gzipped to a client that accepts it, as static hosts do.
 */
export async function serveDist({ host = '127.0.0.1', cors = false, gzip = false } = {}) {
  // What is served; `serve(folder)` switches it, as a deploy of a new build would.
  let root = DIST;
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://placeholder');
    if (!url.pathname.startsWith(BASE_PATH)) {
      response.writeHead(404).end('not found');
      return;
    }
    let relative = decodeURIComponent(url.pathname.slice(BASE_PATH.length)) || 'index.html';
    const file = normalize(join(root, relative));
    if (!file.startsWith(root)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      let body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (cors) headers['access-control-allow-origin'] = '*';
      if (gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, host, done));
  const { port } = server.address();
  return {
    url: `http://${host}:${port}${BASE_PATH}`,
    origin: `http://${host}:${port}`,
    close: () => new Promise((done) => server.close(done)),
    serve: (folder) => {
      root = folder;
    },
  };
}

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * A fresh page that records console errors, uncaught exceptions and the URL of every request. Service workers are
 * blocked unless `serviceWorkers: 'allow'` is passed: the page then runs as in a browser without them, and
 * Playwright's request routing sees every request (it does not see a worker's).
 */
export async function openPage(browser, { serviceWorkers = 'block' } = {}) {
  const context = await browser.newContext({ serviceWorkers });
  const page = await context.newPage();
  const consoleErrors = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  page.on('request', (request) => requests.push(request.url()));
  return { context, page, consoleErrors, requests };
}

const AXE_SOURCE = resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');

/** Runs axe-core inside the page and returns its violations, each as "rule: target, ...". */
export async function axeViolations(page) {
  await page.addScriptTag({ content: await readFile(AXE_SOURCE, 'utf8') });
  const violations = await page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

/**
 * Waits until the app runs: its own `main` has replaced the first screen that dist/index.html carries (Home for
 * a new learner, shown before the wasm arrives), and the app no longer hides while it draws (`data-starting`).
 */
export async function appReady(page) {
  await page.locator('html:not([data-starting]) main#main:not([data-prerendered])').waitFor();
}

/** A question's file as the app fetches it, read straight from dist/. */
export async function questionFile(id) {
  return JSON.parse(await readFile(join(DIST, 'questions', `${id}.json`), 'utf8'));
}

/**
 * Answers the question on screen, right or wrong, by clicking (or with the keyboard: digits and Enter), and waits
 * for the feedback. A question shown for typing gets the option's text typed instead, submitted with Ctrl+Enter
 * from the keyboard. Returns the question's id.
 */
export async function answer(page, { correct = true, keyboard = false } = {}) {
  const card = page.locator('.question');
  await card.waitFor();
  const id = await card.getAttribute('data-question');
  const question = await questionFile(id);
  const wanted = correct ? question.answers : [(question.answers[0] + 1) % question.options.length];
  if (await page.locator('#typed-answer').count()) {
    await page.locator('#typed-answer').fill(question.options[wanted[0]]);
    if (keyboard) await page.keyboard.press('Control+Enter');
    else await page.getByRole('button', { name: 'Submit' }).click();
  } else if (keyboard) {
    const shown = await page.locator('.options li').evaluateAll((items) => items.map((li) => Number(li.dataset.option)));
    for (const index of wanted) await page.keyboard.press(String(shown.indexOf(index) + 1));
    await page.keyboard.press('Enter');
  } else {
    for (const index of wanted) await page.locator(`.options li[data-option="${index}"] label`).click();
    await page.getByRole('button', { name: 'Submit' }).click();
  }
  await page.locator('.feedback').waitFor();
  return id;
}

/**
 * Answers every question until the results view, going on with Next each time; a placement's start screen is
 * passed with "Start the test". Returns how many were asked.
 */
export async function finishQuiz(page, { correct = () => true } = {}) {
  let asked = 0;
  for (;;) {
    await Promise.race([
      page.locator('.question').waitFor(),
      page.locator('.results').waitFor(),
      page.locator('.intro').waitFor(),
    ]);
    if (await page.locator('.results').count()) return asked;
    if (await page.locator('.intro').count()) {
      await page.getByRole('button', { name: 'Start the test' }).click();
      continue;
    }
    asked += 1;
    await answer(page, { correct: correct(asked) });
    await page.locator('#next-button').click();
    await page.waitForFunction((n) => !document.querySelector('.feedback') || document.querySelector('.meter-text')?.textContent.includes(String(n + 1)) || document.querySelector('.results'), asked);
  }
}
