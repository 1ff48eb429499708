// End to end: the quiz flows a learner goes through, driven in Chromium against the release build.
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

test('a section self-test runs from the home page to a result with the score and the subtopics missed', async () => {
  const { page, consoleErrors, context } = await openPage(browser);
  await page.goto(server.url);
  await page.getByRole('link', { name: 'Self-test: Collections/Data Structures' }).click();
  assert.match(page.url(), /#\/section\/collections$/);
  await page.locator('.question').waitFor();
  assert.equal(await page.locator('.meter-text').textContent(), 'Question 1 of 10');
  const asked = await finishQuiz(page, { correct: (n) => n !== 2 });
  assert.equal(asked, 10);
  assert.match(await page.locator('.results .score').textContent(), /^9 of 10 right/);
  assert.equal(await page.locator('.missed li').count(), 1);
  assert.ok((await page.locator('.study-list a').first().getAttribute('href')).startsWith('#/section/'));
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('keyboard only: digits pick, Enter submits and goes on, focus moves to the question and the feedback', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(`${server.url}#/section/strings`);
  await page.locator('.question').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'question-title');
  await answer(page, { keyboard: true });
  await page.waitForFunction(() => document.activeElement?.id === 'feedback-title');
  assert.equal(await page.locator('.feedback h2').textContent(), 'Correct');
  assert.equal(await page.locator('[aria-live="assertive"]').textContent(), 'Correct.');
  // The next question's file is held back until the leave dialog is open: arriving late, it must not take focus.
  let release;
  const held = new Promise((done) => { release = done; });
  await page.route('**/questions/**', async (route) => { await held; await route.continue(); });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.meter-text')?.textContent === 'Question 2 of 10');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Leave this quiz?' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'leave-keep');
  release();
  await page.locator('.question').waitFor();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'leave-keep', 'focus stays in the dialog');
  await page.keyboard.press('Escape');
  assert.equal(await page.getByRole('dialog').count(), 0);
  await context.close();
});

test('Enter pressed twice at once, submitting and going on before the answer is saved, still ends in a result', async () => {
  const { page, context, consoleErrors } = await openPage(browser);
  await page.goto(`${server.url}#/section/strings`);
  let asked = 0;
  for (;;) {
    await Promise.race([page.locator('.question').waitFor(), page.locator('.results').waitFor()]);
    if (await page.locator('.results').count()) break;
    asked += 1;
    const id = await page.locator('.question').getAttribute('data-question');
    const { answers } = await questionFile(id);
    const shown = await page.locator('.options li').evaluateAll((items) => items.map((li) => Number(li.dataset.option)));
    for (const index of answers) await page.keyboard.press(String(shown.indexOf(index) + 1));
    // Both key presses in one task: the second goes on (on the last question, to the result) before the save that
    // the first scheduled for the next task has run.
    await page.evaluate(() => {
      for (let i = 0; i < 2; i += 1) document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
  }
  assert.equal(asked, 10);
  assert.match(await page.locator('.results .score').textContent(), /^10 of 10 right/);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('a reload mid-quiz resumes the same question, options in the same order, with the answers so far', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(`${server.url}#/placement`);
  await page.getByRole('button', { name: 'Start the test' }).click();
  for (let i = 0; i < 3; i += 1) {
    await answer(page);
    await page.locator('#next-button').click();
  }
  await page.locator('.question').waitFor();
  const before = await page.locator('.question').getAttribute('data-question');
  const order = await page.locator('.options li').evaluateAll((items) => items.map((li) => li.dataset.option));
  const meter = await page.locator('.meter-text').textContent();
  await page.reload();
  await page.locator('.question').waitFor();
  assert.equal(await page.locator('.question').getAttribute('data-question'), before);
  assert.deepEqual(await page.locator('.options li').evaluateAll((items) => items.map((li) => li.dataset.option)), order);
  assert.equal(await page.locator('.meter-text').textContent(), meter);
  assert.match(meter, /^Question 4: this test ends after 8 to 25 questions/);
  await page.goto(server.url);
  await appReady(page);
  assert.match(await page.locator('.hero').textContent(), /Resume the placement test \(3 answered\)/);
  await context.close();
});

test('placement ends with a level, a chart of level probabilities, θ ± SE and sections to study', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(server.url);
  await page.getByRole('link', { name: 'Find my level' }).click();
  const asked = await finishQuiz(page, { correct: (n) => n % 3 !== 0 });
  assert.ok(asked >= 8 && asked <= 25, `${asked} questions`);
  assert.match(await page.locator('h1').textContent(), /^Your level: (Beginner|Intermediate|Advanced|Expert)$/);
  assert.match(await page.locator('.level-chart').getAttribute('aria-label'), /Beginner \d+%, Intermediate \d+%, Advanced \d+%, Expert \d+%/);
  assert.match(await page.locator('.ability-chart').textContent(), /θ = [+-]\d\.\d\d ± \d\.\d\d/);
  assert.ok((await page.locator('.study-list li').count()) >= 1);
  assert.ok((await page.locator('.level-info li').count()) >= 5, 'the level path, projects and must-know concepts');
  await page.getByRole('button', { name: /Go through all \d+ answers/ }).click();
  await page.waitForFunction((n) => document.querySelectorAll('.reviewed .explanation').length === n, asked);
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('link', { name: 'See your progress' }).click();
  await page.locator('.history tbody tr').first().waitFor();
  assert.match(await page.locator('.history tbody tr').first().textContent(), /Placement/);
  assert.equal(await page.locator('.trend-chart circle').count(), 1);
  assert.ok((await page.locator('.tile.low, .tile.mid, .tile.high').count()) >= 1, 'the map colours sections answered');
  await context.close();
});

test('a level quiz ends with mastery per section, weakest first', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(`${server.url}#/level/beginner`);
  await page.locator('.question').waitFor();
  assert.match(await page.locator('.meter-text').textContent(), /ends after 9 to 30 questions/);
  await finishQuiz(page, { correct: (n) => n % 2 === 0 });
  assert.match(await page.locator('h1').textContent(), /Beginner level quiz/);
  const label = await page.locator('.bar-list').getAttribute('aria-label');
  const scores = [...label.matchAll(/(\d+)%/g)].map((m) => Number(m[1]));
  assert.equal(scores.length, 9);
  assert.deepEqual(scores, [...scores].sort((a, b) => a - b));
  await context.close();
});

test('leaving asks first; discarding drops the quiz and its answers', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(`${server.url}#/section/functions`);
  await answer(page);
  await page.getByRole('button', { name: 'Leave quiz' }).click();
  await page.getByRole('button', { name: 'Discard this quiz' }).click();
  await page.locator('.hero').waitFor();
  assert.doesNotMatch(await page.locator('.hero').textContent(), /Resume/);
  await page.goto(`${server.url}#/progress`);
  await page.locator('#history-title').waitFor();
  assert.equal(await page.locator('.history').count(), 0);
  await context.close();
});

test('I don\'t know counts as missed: the question is scheduled for review tomorrow and comes back when due', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(`${server.url}#/section/data-types`);
  await page.locator('.question').waitFor();
  const id = await page.locator('.question').getAttribute('data-question');
  await page.getByRole('button', { name: "I don't know" }).click();
  assert.equal(await page.locator('.feedback h2').textContent(), 'Skipped');
  await page.waitForFunction((qid) => (localStorage.getItem('roadmap-quiz.progress') ?? '').includes(`"review":{"cards":{"${qid}"`), id);
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('roadmap-quiz.progress')));
  const due = stored.review.cards[id].due;
  assert.ok(Math.abs(due - Date.now() - 86_400_000) < 60_000, 'due in one day');
  // A day later: make the card due now, as the calendar would.
  stored.review.cards[id].due = Date.now() - 1000;
  stored.attempts = stored.attempts.map((a) => ({ ...a, finished: a.finished ?? Date.now(), summary: a.summary ?? { correct: 0, total: 1, theta: 0, se: 1 } }));
  await page.evaluate((text) => localStorage.setItem('roadmap-quiz.progress', text), JSON.stringify(stored));
  await page.goto(server.url);
  await page.reload();
  await appReady(page);
  assert.match(await page.locator('.review-due').textContent(), /^1 review question is due/);
  await page.getByRole('link', { name: 'Review now' }).click();
  await page.locator('.question').waitFor();
  assert.equal(await page.locator('.question').getAttribute('data-question'), id);
  assert.equal(await page.locator('.meter-text').textContent(), 'Question 1 of 1');
  await answer(page);
  await page.locator('#next-button').click();
  await page.locator('.results').waitFor();
  assert.match(await page.locator('.results .score').textContent(), /^1 of 1 right/);
  await context.close();
});

test('multi questions use checkboxes and are right only with every keyed option', async () => {
  const { page, context } = await openPage(browser);
  await page.route('**/questions/**', async (route) => {
    const response = await route.fetch();
    const question = await response.json();
    await route.fulfill({ response, json: { ...question, kind: 'multi', answers: [0, 1], feedback: null } });
  });
  await page.goto(`${server.url}#/section/control-flow`);
  await page.locator('.question').waitFor();
  assert.equal(await page.locator('.options input[type="checkbox"]').count(), await page.locator('.options li').count());
  await page.locator('.options li[data-option="0"] label').click();
  await page.getByRole('button', { name: 'Submit' }).click();
  assert.equal(await page.locator('.feedback h2').textContent(), 'Not quite');
  assert.match(await page.locator('.feedback .keyed').textContent(), /^The answers: /);
  await page.locator('#next-button').click();
  await page.locator('.feedback').waitFor({ state: 'detached' });
  await page.locator('.options li[data-option="1"] label').click();
  await page.locator('.options li[data-option="0"] label').click();
  await page.getByRole('button', { name: 'Submit' }).click();
  assert.equal(await page.locator('.feedback h2').textContent(), 'Correct');
  await context.close();
});

test('a question rendered as text: a prompt containing <script> shows those characters', async () => {
  const { page, context } = await openPage(browser);
  await page.route('**/questions/**', async (route) => {
    const response = await route.fetch();
    const question = await response.json();
    question.prompt = 'Is <script>window.pwned = 1</script> shown as `<b>text</b>`?';
    question.options[0] = '<img src=x onerror="window.pwned = 2">';
    await route.fulfill({ response, json: question });
  });
  await page.goto(`${server.url}#/section/strings`);
  await page.locator('.question').waitFor();
  assert.equal(await page.locator('.prompt').textContent(), 'Is <script>window.pwned = 1</script> shown as <b>text</b>?');
  assert.equal(await page.locator('.prompt code').textContent(), '<b>text</b>');
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.locator('.question script, .question img, .question b').count(), 0);
  await context.close();
});

test('code in another language is labelled with it and not highlighted as Python', async () => {
  const { page, context } = await openPage(browser);
  const now = Date.now();
  const progress = {
    app: 'roadmap-quiz', version: 4,
    attempts: [{
      id: 'lang-1', mode: 'section', section: 'deployment', started: now - 60_000, finished: now,
      answers: [{ question: 'deployment/docker/entrypoint-plus-cmd', outcome: 'correct', selected: [0], at: now - 1000 }],
      summary: { correct: 1, total: 1, theta: 0, se: 1 },
    }],
  };
  await page.goto(server.url);
  await page.evaluate((text) => localStorage.setItem('roadmap-quiz.progress', text), JSON.stringify(progress));
  await page.goto(`${server.url}#/results/lang-1`);
  await page.reload();
  await page.getByRole('button', { name: 'Go through all 1 answers' }).click();
  await page.locator('.reviewed .code').waitFor();
  assert.equal(await page.locator('.reviewed .code-lang').textContent(), 'Dockerfile code');
  assert.equal(await page.locator('.reviewed .code pre').getAttribute('aria-label'), 'Dockerfile code');
  assert.match(await page.locator('.reviewed .code pre').textContent(), /ENTRYPOINT \["python", "server\.py"\]/);
  assert.equal(await page.locator('.reviewed .code [class^="tok-"]').count(), 0, 'its quoted words and numbers are not coloured as Python strings and numbers');
  await context.close();
});

test('an unknown link shows a helpful not-found view, and so does an unknown section', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(`${server.url}#/no/such/page`);
  await appReady(page);
  assert.equal(await page.locator('h1').textContent(), 'Page not found');
  assert.match(await page.locator('main').textContent(), /Nothing lives at/);
  await page.goto(`${server.url}#/section/cooking`);
  await page.locator('h1', { hasText: 'Page not found' }).waitFor();
  assert.match(await page.locator('main').textContent(), /no section called “cooking”/);
  await page.getByRole('link', { name: 'Take the placement test' }).click();
  await page.locator('.intro').waitFor();
  await context.close();
});

test('the quiz, its feedback and the settings have no axe-core violations in light and dark themes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await openPage(browser);
    await page.emulateMedia({ colorScheme });
    await page.goto(`${server.url}#/section/functions`);
    await page.locator('.question').waitFor();
    assert.deepEqual(await axeViolations(page), [], `question, ${colorScheme}`);
    await answer(page, { correct: false });
    assert.deepEqual(await axeViolations(page), [], `feedback, ${colorScheme}`);
    await page.goto(`${server.url}#/settings`);
    await page.locator('h1', { hasText: 'Settings' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], `settings, ${colorScheme}`);
    await page.goto(`${server.url}#/progress`);
    await page.locator('.mastery-map').waitFor();
    assert.deepEqual(await axeViolations(page), [], `progress, ${colorScheme}`);
    await context.close();
  }
});

test('at 320 px wide the quiz fits without sideways scrolling and every option is a 44 px target', async () => {
  const { page, context } = await openPage(browser);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`${server.url}#/section/collections`);
  await page.locator('.question').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${overflow}px of sideways scroll`);
  for (const box of await page.locator('.option label').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) {
    assert.ok(box >= 44, `option target ${box}px`);
  }
  await context.close();
});

for (const allRight of [false, true]) {
  const [shown, never] = allRight ? ['right', 'below 50%'] : ['wrong', 'above 75%'];
  test(`a placement answered all ${shown} colours no section ${never}, on the map or on Home, and says what each rests on`, async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${server.url}#/placement`);
    await finishQuiz(page, { correct: () => allRight });
    const forbidden = allRight ? 'low' : 'high';
    await page.goto(`${server.url}#/progress`);
    await page.locator('.mastery-map .tile').nth(51).waitFor();
    const tiles = page.locator('.mastery-map .tile');
    assert.equal(await page.locator(`.mastery-map .tile.${forbidden}`).count(), 0);
    assert.ok((await page.locator('.mastery-map .tile.predicted').count()) >= 20, 'the placement predicts most sections');
    const label = await tiles.first().getAttribute('aria-label');
    assert.match(label, /^1\. .+: (weak|getting there|strong|not sure yet), (predicted from your overall level|measured|too few answers to go on): about \d+% expected right; /);
    assert.equal(await tiles.first().getAttribute('title'), label, 'the tooltip says the same');
    assert.deepEqual(await axeViolations(page), []);
    await page.goto(server.url);
    await page.locator('.section-mastery .mastery-tag').first().waitFor();
    assert.equal(await page.locator(`.section-mastery .mastery-tag.${forbidden}`).count(), 0);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
}
