// End to end: code questions answered by typing what the code prints, from the keyboard, with near misses, reloads,
// review, axe-core and a narrow screen.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { answer, axeViolations, finishQuiz, launchBrowser, openPage, questionFile, serveDist, appReady } from './support.mjs';

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

/** Presses Tab until the focused element matches `selector` (at most 80 presses): how a keyboard user gets there. */
async function tabTo(page, selector) {
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Chooses "Type the output" in Settings by clicking, then opens `hash`. */
async function typeCodeAnswers(page, hash) {
  await page.goto(`${server.url}#/settings`);
  await page.getByRole('radio', { name: 'Type the output' }).check();
  await page.waitForFunction(() => (localStorage.getItem('roadmap-quiz.progress') ?? '').includes('"code_answers":"typed"'));
  await page.goto(`${server.url}${hash}`);
}

/** Answers questions (picked ones with their key) until one is shown for typing; returns its id and file. */
async function untilTyped(page) {
  for (;;) {
    await page.locator('.question').waitFor();
    if (await page.locator('#typed-answer').count()) {
      const id = await page.locator('.question').getAttribute('data-question');
      return { id, question: await questionFile(id) };
    }
    await answer(page);
    await page.locator('#next-button').click();
    await page.locator('.feedback').waitFor({ state: 'detached' });
  }
}

test('keyboard only: choose typing in Settings, then a typed self-test from Home to the result', async () => {
  const { page, context, consoleErrors } = await openPage(browser);
  await page.goto(server.url);
  await appReady(page);
  await tabTo(page, 'a[href$="#/settings"]');
  await page.keyboard.press('Enter');
  await page.locator('h1', { hasText: 'Settings' }).waitFor();
  await tabTo(page, 'input[name="code-answers"]');
  await page.keyboard.press('ArrowDown');
  assert.ok(await page.getByRole('radio', { name: 'Type the output' }).isChecked());
  await tabTo(page, 'a[href$="#/"]');
  await page.keyboard.press('Enter');
  await tabTo(page, 'a[href$="#/section/data-types"]');
  await page.keyboard.press('Enter');
  let typed = 0;
  for (let asked = 1; ; asked += 1) {
    await Promise.race([page.locator('.question').waitFor(), page.locator('.results').waitFor()]);
    if (await page.locator('.results').count()) break;
    await page.waitForFunction(() => document.activeElement?.id === 'question-title');
    const id = await page.locator('.question').getAttribute('data-question');
    const question = await questionFile(id);
    if (await page.locator('#typed-answer').count()) {
      typed += 1;
      await tabTo(page, '#typed-answer');
      // Typed key by key: Enter in the field starts a new line rather than submitting.
      await page.keyboard.type(question.options[question.answers[0]]);
      await page.keyboard.press('Control+Enter');
    } else {
      const shown = await page.locator('.options li').evaluateAll((items) => items.map((li) => Number(li.dataset.option)));
      for (const index of question.answers) await page.keyboard.press(String(shown.indexOf(index) + 1));
      await page.keyboard.press('Enter');
    }
    await page.locator('.feedback').waitFor();
    assert.equal(await page.locator('.feedback h2').textContent(), 'Correct', id);
    await page.waitForFunction(() => document.activeElement?.id === 'feedback-title');
    await page.keyboard.press('Enter');
    await page.locator('.feedback').waitFor({ state: 'detached' });
  }
  assert.ok(typed >= 3, `${typed} of the data-types self-test's questions were typed`);
  assert.match(await page.locator('.results .score').textContent(), /^10 of 10 right/);
  await page.getByRole('button', { name: /Go through all \d+ answers/ }).click();
  assert.equal(await page.locator('.reviewed .typed-shown').count(), typed, 'the results show what was typed');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('a typed near miss shows the wrong option it matches and that option\'s feedback; anything else, where it differs', async () => {
  const { page, context } = await openPage(browser);
  await typeCodeAnswers(page, '#/section/data-types');
  const first = await untilTyped(page);
  const wrong = first.question.options.findIndex((_, i) => !first.question.answers.includes(i));
  // Pasted with Windows line endings and spaces at the ends of lines: graded as the option it reads as.
  await page.locator('#typed-answer').fill(`${first.question.options[wrong].replaceAll('\n', '  \r\n')}\r\n`);
  await page.getByRole('button', { name: 'Submit' }).click();
  assert.equal(await page.locator('.feedback h2').textContent(), 'Not quite');
  assert.match(await page.locator('.typed-as').textContent(), /reads as this option/);
  assert.equal((await page.locator('.typed-as code').textContent()), first.question.options[wrong]);
  assert.equal((await page.locator('.feedback .option-feedback').textContent()), first.question.feedback[wrong].replaceAll('`', ''));
  await page.locator('#next-button').click();
  await page.locator('.feedback').waitFor({ state: 'detached' });
  const second = await untilTyped(page);
  const key = second.question.options[second.question.answers[0]];
  await page.locator('#typed-answer').fill(`${key}<b>x</b>`);
  await page.getByRole('button', { name: 'Submit' }).click();
  const lines = key.split('\n');
  assert.match(await page.locator('.difference p').textContent(), new RegExp(`on line ${lines.length}, at column ${lines.at(-1).length + 1}:`));
  assert.match(await page.locator('.difference-lines').textContent(), /\n {8,}\^$/, 'a caret marks the column');
  assert.equal(await page.locator('.feedback b').count(), 0, 'what was typed is text, never markup');
  await context.close();
});

test('a reload mid-typing keeps the text typed so far on the same question', async () => {
  const { page, context } = await openPage(browser);
  await typeCodeAnswers(page, '#/section/strings');
  const { id } = await untilTyped(page);
  await page.locator('#typed-answer').pressSequentially('half a line\nand more');
  await page.waitForFunction(() => (localStorage.getItem('roadmap-quiz.progress') ?? '').includes('and more'));
  await page.reload();
  await page.locator('#typed-answer').waitFor();
  assert.equal(await page.locator('.question').getAttribute('data-question'), id);
  assert.equal(await page.locator('#typed-answer').inputValue(), 'half a line\nand more');
  await context.close();
});

test('a question missed by typing comes back typed in review, even with the setting back on picking', async () => {
  const { page, context } = await openPage(browser);
  await typeCodeAnswers(page, '#/section/strings');
  const { id } = await untilTyped(page);
  await page.locator('#typed-answer').fill('certainly not the output');
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.waitForFunction((qid) => (localStorage.getItem('roadmap-quiz.progress') ?? '').includes(`"review":{"cards":{"${qid}"`), id);
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('roadmap-quiz.progress')));
  // A day later, with the quiz finished and picking chosen again.
  stored.review.cards[id].due = Date.now() - 1000;
  stored.attempts = stored.attempts.map((a) => ({ ...a, pending: null, draft: undefined, finished: a.finished ?? Date.now(), summary: a.summary ?? { correct: 0, total: 1, theta: 0, se: 1 } }));
  delete stored.settings.code_answers;
  await page.evaluate((text) => localStorage.setItem('roadmap-quiz.progress', text), JSON.stringify(stored));
  await page.goto(server.url);
  await page.reload();
  await page.getByRole('link', { name: 'Review now' }).click();
  await page.locator('.question').waitFor();
  assert.equal(await page.locator('.question').getAttribute('data-question'), id);
  assert.equal(await page.locator('#typed-answer').count(), 1, 'it comes back as it was answered');
  await answer(page);
  assert.equal(await page.locator('.feedback h2').textContent(), 'Correct');
  await context.close();
});

test('typed questions, their feedback and the placement\'s start screen have no axe-core violations in either theme', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await openPage(browser);
    await page.emulateMedia({ colorScheme });
    await typeCodeAnswers(page, '#/section/data-types');
    await untilTyped(page);
    assert.deepEqual(await axeViolations(page), [], `typed question, ${colorScheme}`);
    await page.locator('#typed-answer').fill('x'.repeat(2100));
    assert.equal((await page.locator('#typed-answer').inputValue()).length, 2000, 'the field stops at 2,000 characters');
    assert.match(await page.locator('#typed-limit').textContent(), /at most 2,000 characters/);
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.locator('.difference').waitFor();
    assert.deepEqual(await axeViolations(page), [], `typed feedback, ${colorScheme}`);
    await page.getByRole('button', { name: 'Leave quiz' }).click();
    await page.getByRole('button', { name: /Discard/ }).click();
    await page.goto(`${server.url}#/placement`);
    await page.locator('.intro').waitFor();
    assert.deepEqual(await axeViolations(page), [], `placement start, ${colorScheme}`);
    await context.close();
  }
});

test('the placement\'s start screen offers typing, and a typed placement runs to a level', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(server.url);
  await page.getByRole('link', { name: 'Find my level' }).click();
  await page.locator('.intro').waitFor();
  assert.match(await page.locator('.intro').textContent(), /Typing makes the test shorter and more precise/);
  assert.ok(await page.getByRole('radio', { name: 'Pick from options' }).isChecked(), 'picking is the default');
  await page.getByRole('radio', { name: 'Type the output' }).check();
  await page.getByRole('button', { name: 'Start the test' }).click();
  const asked = await finishQuiz(page, { correct: (n) => n % 3 !== 0 });
  const typed = await page.evaluate(() => JSON.parse(localStorage.getItem('roadmap-quiz.progress')).attempts.at(-1).answers.filter((a) => a.typed).length);
  assert.ok(typed >= 1, `${typed} typed answers in ${asked}`);
  assert.match(await page.locator('h1').textContent(), /^Your level: /);
  await page.goto(`${server.url}#/settings`);
  assert.ok(await page.getByRole('radio', { name: 'Type the output' }).isChecked(), 'the start screen\'s choice is the setting');
  await context.close();
});

test('at 320 px wide a typed question and its feedback fit without sideways scrolling', async () => {
  const { page, context } = await openPage(browser);
  await page.setViewportSize({ width: 320, height: 640 });
  await typeCodeAnswers(page, '#/section/data-types');
  await untilTyped(page);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok((await overflow()) <= 0, 'question');
  const field = await page.locator('#typed-answer').boundingBox();
  assert.ok(field.width >= 240 && field.height >= 44, `field ${field.width}×${field.height}`);
  await page.locator('#typed-answer').fill('a rather long line that does not match the output at all, typed on a phone');
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.locator('.difference').waitFor();
  assert.ok((await overflow()) <= 0, 'feedback');
  await context.close();
});
