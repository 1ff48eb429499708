// End to end: the release build in dist/, served below a sub-path by a plain static server, in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, launchBrowser, openPage, serveDist } from './support.mjs';

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
  await session.page.locator('.level h2').first().waitFor();
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
  await page.locator('.level h2').first().waitFor();
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
