// End to end: the release build in dist/, served below a sub-path by a plain static server, in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, launchBrowser, openPage, serveDist, appReady } from './support.mjs';

let server;
let browser;

before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function loadHome() {
  const session = await openPage(browser);
  await session.page.goto(server.url);
  await appReady(session.page);
  return session;
}

test('the first screen lists the 4 levels and the 52 sections with their question counts', async () => {
  const { page, context } = await loadHome();
  assert.deepEqual(await page.locator('.level h2').allTextContents(), [
    'Beginner',
    'Intermediate',
    'Advanced',
    'Expert',
  ]);
  assert.equal(await page.locator('.section').count(), 52);
  const perLevel = [];
  for (const level of ['beginner', 'intermediate', 'advanced', 'expert']) {
    perLevel.push(await page.locator(`[data-level="${level}"] .section`).count());
  }
  assert.deepEqual(perLevel, [9, 9, 10, 24]);
  const dataTypes = await page.locator('[data-section="data-types"]').textContent();
  assert.match(dataTypes, /Data Types and Variables/);
  assert.match(dataTypes, /\d+ questions/);
  await context.close();
});

test('the page logs no console errors', async () => {
  const { page, context, consoleErrors } = await loadHome();
  await page.waitForLoadState('networkidle');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('the page requests nothing but its own origin', async () => {
  const { page, context, requests } = await loadHome();
  await page.waitForLoadState('networkidle');
  assert.ok(requests.length >= 3, `expected the page, its script and its wasm, saw ${requests.join(', ')}`);
  const foreign = requests.filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith('data:'));
  assert.deepEqual(foreign, []);
  await context.close();
});

test('dist/ works below a sub-path with no rewrite rules: every asset it asks for is found', async () => {
  const { page, context } = await loadHome();
  const failed = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.reload();
  await appReady(page);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(failed, []);
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no accessibility violations on the first screen (${colorScheme} theme)`, async () => {
    const { page, context } = await loadHome();
    await page.emulateMedia({ colorScheme });
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
}

/** Holds the app's wasm back for `ms`, so the first screen written into index.html is all there is meanwhile. */
async function slowWasm(page, ms) {
  await page.route('**/*_bg.wasm', async (route) => {
    await new Promise((done) => setTimeout(done, ms));
    await route.continue();
  });
}

const shellTexts = (page) => page.evaluate(() => ['header', 'main', 'footer'].map((tag) => document.querySelector(tag).innerText));

test('the first screen is in index.html itself, and says what the app shows a new learner', async () => {
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const bare = await noScript.newPage();
  await bare.goto(server.url);
  const prerendered = await shellTexts(bare);
  assert.equal(await bare.locator('main[data-prerendered] .section').count(), 52);
  assert.match(prerendered[1], /Find my level/);
  assert.match(prerendered[1], /Data Types and Variables\s+\d+ questions/);
  await noScript.close();
  const { page, context } = await openPage(browser);
  await page.goto(server.url);
  await appReady(page);
  assert.deepEqual(await shellTexts(page), prerendered);
  await context.close();
});

test('the app takes over the first screen without moving anything', async () => {
  const { page, context } = await openPage(browser);
  await context.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await slowWasm(page, 800);
  await page.goto(server.url);
  await page.locator('main[data-prerendered] .section').nth(51).waitFor();
  const before = await page.locator('.level h2').evaluateAll((headings) => headings.map((h) => h.getBoundingClientRect().top));
  await appReady(page);
  await page.waitForTimeout(300);
  const after = await page.locator('.level h2').evaluateAll((headings) => headings.map((h) => h.getBoundingClientRect().top));
  assert.deepEqual(after, before);
  const shift = await page.evaluate(() => window.__shift);
  console.log(`measure: layout shift as the app takes over the first screen: ${shift.toFixed(4)}`);
  assert.ok(shift <= 0.02, `cumulative layout shift ${shift}`);
  await context.close();
});

test('a link clicked or a key pressed before the app starts still does what it says', async () => {
  const clicked = await openPage(browser);
  await slowWasm(clicked.page, 1500);
  await clicked.page.goto(server.url);
  await clicked.page.locator('main[data-prerendered]').getByRole('link', { name: 'Find my level' }).click();
  await clicked.page.locator('.intro').waitFor();
  await clicked.context.close();

  const keyed = await openPage(browser);
  await slowWasm(keyed.page, 1500);
  await keyed.page.goto(server.url);
  await keyed.page.locator('main[data-prerendered]').getByRole('link', { name: 'Beginner level quiz' }).focus();
  await appReady(keyed.page);
  assert.equal(await keyed.page.evaluate(() => document.activeElement.closest('[data-prerendered]') === null && document.activeElement.getAttribute('href')), '#/level/beginner');
  await keyed.page.keyboard.press('Enter');
  await keyed.page.locator('.question').waitFor();
  await keyed.context.close();
});

test('a link to another view does not show Home first', async () => {
  const { page, context } = await openPage(browser);
  await slowWasm(page, 1000);
  await page.goto(`${server.url}#/settings`);
  assert.equal(await page.locator('main[data-prerendered]').evaluate((main) => getComputedStyle(main).visibility), 'hidden');
  await page.locator('h1', { hasText: 'Settings' }).waitFor();
  await context.close();
});
