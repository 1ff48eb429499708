// End to end: progress survives bad input. Corrupt, foreign and newer data, blocked storage, a full quota, two
// tabs, and export and import, each checked for what the learner sees and for what stays in storage.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answer, finishQuiz, launchBrowser, openPage, serveDist } from './support.mjs';

const KEY = 'roadmap-quiz.progress';
const BACKUP = 'roadmap-quiz.progress.backup';
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

/** A page whose localStorage starts with `text` under the progress key. */
async function pageWithStored(text) {
  const session = await openPage(browser);
  await session.context.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    }
  }, [KEY, text]);
  return session;
}

for (const [name, text, reason] of [
  ['damaged JSON', '{"app":"roadmap-quiz","version":2,"attempts":[', /not valid JSON/],
  ['another app\'s data', '{"todos":["milk"]}', /does not come from Roadmap Quiz/],
]) {
  test(`${name} in storage is moved to a backup, the app starts clean and says so`, async () => {
    const { page, context, consoleErrors } = await pageWithStored(text);
    await page.goto(server.url);
    const notice = page.locator('[data-notice="corrupt"]');
    await notice.waitFor();
    assert.match(await notice.textContent(), reason);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), BACKUP), text);
    assert.equal(await page.locator('.section').count(), 52, 'the app still works');
    await page.goto(`${server.url}#/settings`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the unreadable data' }).click();
    assert.equal(await readFile(await (await download).path(), 'utf8'), text);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
}

test('progress from a newer version is left untouched and the app says so', async () => {
  const newer = '{"app":"roadmap-quiz","version":99,"attempts":[],"future":true}';
  const { page, context } = await pageWithStored(newer);
  await page.goto(`${server.url}#/section/strings`);
  await page.locator('[data-notice="newer"]').waitFor();
  await answer(page);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), newer);
  await context.close();
});

test('a version 1 document is migrated and its history kept', async () => {
  const v1 = JSON.stringify({
    app: 'roadmap-quiz', version: 1,
    attempts: [{ id: 'old-1', mode: 'section', section: 'strings', started: 1700000000000, finished: 1700000060000,
      answers: [{ question: 'strings/string-basics/immutable', outcome: 'correct', selected: [0], at: 1700000001000 }],
      summary: { correct: 1, total: 1, theta: 0, se: 1 } }],
    review: { cards: {} }, settings: { theme: 'system', section_length: 10 },
  });
  const { page, context } = await pageWithStored(v1);
  await page.goto(`${server.url}#/progress`);
  await page.locator('.history tbody tr').first().waitFor();
  assert.match(await page.locator('.history tbody').textContent(), /Self-test.*Strings.*1\/1/);
  await context.close();
});

test('with storage blocked, the quiz runs in memory and says progress will not be kept', async () => {
  const { page, context, consoleErrors } = await openPage(browser);
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.goto(`${server.url}#/section/functions`);
  await page.locator('[data-notice="in-memory"]').waitFor();
  assert.match(await page.locator('[data-notice="in-memory"]').textContent(), /lasts only until you close this tab/);
  await finishQuiz(page);
  assert.match(await page.locator('.results .score').textContent(), /^10 of 10 right/);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('a full quota compacts old history, keeps scores, and tells the learner', async () => {
  const attempts = [];
  for (let k = 0; k < 30; k += 1) {
    attempts.push({ id: `h${k}`, mode: 'section', section: 'strings', started: 1700000000000 + k * 1000, finished: 1700000000500 + k * 1000,
      answers: Array.from({ length: 10 }, (_, i) => ({ question: 'strings/string-basics/immutable', outcome: i % 2 ? 'correct' : 'incorrect', selected: [i % 3], at: 1700000000100 + k * 1000 })),
      summary: { correct: 5, total: 10, theta: 0, se: 1 } });
  }
  const stored = JSON.stringify({ app: 'roadmap-quiz', version: 2, attempts, review: { cards: {} }, settings: { theme: 'system', section_length: 10 }, archive: {} });
  const { page, context } = await pageWithStored(stored);
  // A quota just above the compacted size: the first full save fails, the compacted one fits.
  await context.addInitScript((limit) => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'roadmap-quiz.progress' && value.length > limit) throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, key, value);
    };
  }, stored.length - 1000);
  await page.goto(`${server.url}#/section/strings`);
  await answer(page);
  await page.locator('[data-notice="compacted"]').waitFor();
  const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  assert.equal(saved.attempts.length, 31, 'every attempt kept');
  assert.ok(saved.attempts.every((a) => a.summary || !a.finished));
  assert.ok(Object.keys(saved.archive).length > 0, 'old answers folded into tallies');
  await context.close();
});

test('two tabs: a result finished in one shows in the other, and neither overwrites the other', async () => {
  const { page, context } = await openPage(browser);
  const other = await context.newPage();
  await page.goto(`${server.url}#/progress`);
  await other.goto(`${server.url}#/section/strings`);
  await finishQuiz(other);
  await page.locator('.history tbody tr').first().waitFor();
  assert.match(await page.locator('.history tbody').textContent(), /Strings/);
  await page.goto(`${server.url}#/section/functions`);
  await answer(page);
  const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  assert.equal(saved.attempts.length, 2, 'the other tab\'s finished attempt is still there');
  await context.close();
});

test('export writes a JSON file; import merges it, refuses a malformed file and says why', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(`${server.url}#/section/strings`);
  await finishQuiz(page);
  await page.goto(`${server.url}#/settings`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const exported = await readFile(await (await download).path(), 'utf8');
  assert.equal(JSON.parse(exported).attempts.length, 1);
  await context.close();

  const fresh = await openPage(browser);
  const folder = await mkdtemp(join(tmpdir(), 'rq-'));
  const good = join(folder, 'progress.json');
  const bad = join(folder, 'bad.json');
  await writeFile(good, exported);
  await writeFile(bad, '{"app":"roadmap-quiz","version":2,"attempts":"lots"}');
  await fresh.page.goto(`${server.url}#/settings`);
  await fresh.page.locator('#import-file').setInputFiles(bad);
  await fresh.page.locator('.message.error').waitFor();
  assert.match(await fresh.page.locator('.message').textContent(), /not a Roadmap Quiz progress file.*Nothing was changed/);
  await fresh.page.locator('#import-file').setInputFiles(good);
  await fresh.page.locator('.message.ok').waitFor();
  assert.match(await fresh.page.locator('.message').textContent(), /Added 1 attempt/);
  await fresh.page.locator('#import-file').setInputFiles(good);
  await fresh.page.waitForFunction(() => /1 attempt\(s\) were already here/.test(document.querySelector('.message')?.textContent ?? ''));
  await fresh.page.goto(`${fresh.page.url().split('#')[0]}#/progress`);
  await fresh.page.locator('.history tbody tr').first().waitFor();
  await fresh.context.close();
});

test('reset asks first, says what will be lost, and then clears everything', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(`${server.url}#/section/strings`);
  await answer(page);
  await page.goto(`${server.url}#/settings`);
  await page.getByRole('button', { name: 'Reset progress' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Reset all progress?' });
  assert.match(await dialog.textContent(), /deletes 1 attempt\(s\), your mastery, your review schedule/);
  // The dialog keeps the keyboard: focus starts on the safe choice, Tab cycles inside, Esc closes it and focus
  // goes back to the button that opened it.
  const focused = () => page.evaluate(() => document.activeElement?.textContent);
  await page.waitForFunction(() => document.activeElement?.id === 'reset-cancel');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'Delete everything');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'Keep my progress', 'Tab from the last button comes back to the first');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focused(), 'Delete everything', 'Shift+Tab from the first goes to the last');
  await page.keyboard.press('Escape');
  assert.equal(await dialog.count(), 0);
  assert.equal(await focused(), 'Reset progress');
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await page.getByRole('button', { name: 'Keep my progress' }).click();
  assert.notEqual(await page.evaluate((k) => localStorage.getItem(k), KEY), null);
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await page.getByRole('button', { name: 'Delete everything' }).click();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null);
  await context.close();
});

test('theme and self-test length settings apply and persist', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(`${server.url}#/settings`);
  await page.getByLabel('Dark').check();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await page.locator('#section-length').fill('6');
  await page.locator('#section-length').dispatchEvent('change');
  await page.reload();
  await page.locator('h1', { hasText: 'Settings' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await page.goto(`${server.url}#/section/strings`);
  await page.locator('.meter-text', { hasText: 'Question 1 of 6' }).waitFor();
  await context.close();
});
