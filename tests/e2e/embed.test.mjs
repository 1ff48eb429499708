// Embedding: a course page on one loopback origin (127.0.0.1) embeds the quiz served on another (localhost), with a
// raw iframe and with embed.js, hears its messages, sizes the frame, and commands it only from the right origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { serveDist, launchBrowser, openPage, axeViolations, answer, finishQuiz } from './support.mjs';

let quiz;
let host;
let browser;
const pages = new Map();

/** The course site: serves the HTML registered under each path. */
async function serveHost() {
  const server = createServer((request, response) => {
    const body = pages.get(new URL(request.url, 'http://placeholder').pathname);
    if (body === undefined) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((done) => server.close(done)) };
}

/** A course page: `body`, plus a log of every message from the quiz's origin in window.messages. */
function coursePage(path, body, { acceptOpaque = false } = {}) {
  const quizOrigin = new URL(quiz.url).origin;
  pages.set(path, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Course</title><link rel="icon" href="data:,"></head><body>
    <main><h1>Unit 5</h1>${body}</main>
    <script>
      window.messages = [];
      addEventListener('message', (event) => {
        if (event.origin === ${JSON.stringify(quizOrigin)} || (${acceptOpaque} && event.origin === 'null')) window.messages.push(event.data);
      });
    </script></body></html>`);
  return `${host.origin}${path}`;
}

before(async () => {
  quiz = await serveDist({ host: 'localhost', cors: true });
  host = await serveHost();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await quiz?.close();
  await host?.close();
});

async function quizFrame(page, name = /embed\.html/) {
  for (;;) {
    const frame = page.frames().find((f) => name.test(f.url()));
    if (frame) {
      await frame.waitForLoadState();
      return frame;
    }
    await page.waitForTimeout(50);
  }
}

/** Waits until the iframe element's height equals the height of the page inside it (within 2 px). */
async function heightFollows(page, frame, selector) {
  let last;
  for (let i = 0; i < 100; i += 1) {
    const outer = await page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
    last = { outer, inner };
    if (inner > 100 && Math.abs(outer - inner) <= 2) return last;
    await page.waitForTimeout(50);
  }
  assert.fail(`the frame's height ${last.outer} px does not follow its content's ${last.inner} px`);
}

const right = (n) => n % 2 === 1;

test('a raw iframe (index.html?embed=1...) runs only the quiz and reports every answer and the result', async () => {
  const { page, context, consoleErrors } = await openPage(browser);
  const url = coursePage('/raw.html', `<iframe id="quiz" title="Self-test: collections" style="width:100%;border:0;height:400px"
    src="${quiz.url}index.html?embed=1&section=collections&length=5&origin=${encodeURIComponent(host.origin)}"></iframe>`);
  await page.goto(url);
  const frame = await quizFrame(page);
  await frame.locator('.question').waitFor();
  assert.equal(await frame.locator('.site-header, .site-footer, nav').count(), 0, 'no navigation in the frame');
  const asked = await finishQuiz(frame, { correct: right });
  assert.equal(asked, 5);
  await page.waitForFunction(() => window.messages.some((m) => m.type === 'completed'));
  const messages = await page.evaluate(() => window.messages);
  assert.ok(messages.every((m) => m.source === 'roadmap-quiz' && m.version === 1), 'every message carries source and version');
  assert.ok(messages.some((m) => m.type === 'ready' && m.mode === 'section' && m.scope === 'collections'));
  assert.ok(messages.some((m) => m.type === 'resize' && m.height > 100));
  const answered = messages.filter((m) => m.type === 'answered');
  assert.equal(answered.length, 5);
  assert.deepEqual(answered.map((m) => m.correct), [true, false, true, false, true]);
  assert.ok(answered.every((m) => m.questionId.startsWith('collections/') && m.skipped === false));
  const completed = messages.find((m) => m.type === 'completed');
  assert.equal(completed.mode, 'section');
  assert.equal(completed.scope, 'collections');
  assert.equal(completed.correct, 3);
  assert.equal(completed.total, 5);
  assert.equal(completed.score, 0.6);
  assert.equal(typeof completed.theta, 'number');
  assert.ok(await frame.getByRole('button', { name: 'Start again' }).isVisible());
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('embed.js creates the frame, keeps its height equal to its content and re-emits the messages as DOM events', async () => {
  const { page, context, consoleErrors } = await openPage(browser);
  const url = coursePage('/script.html', `
    <div id="strings-quiz" data-roadmap-quiz="section:strings" data-length="5" data-title="Self-test: strings"></div>
    <script>
      window.events = [];
      for (const type of ['ready', 'answered', 'completed']) {
        document.getElementById('strings-quiz').addEventListener('roadmap-quiz:' + type, (e) => window.events.push(e.detail));
      }
    </script>
    <script src="${quiz.url}embed.js"></script>`);
  await page.goto(url);
  const frame = await quizFrame(page);
  await frame.locator('.question').waitFor();
  const onQuestion = await heightFollows(page, frame, '#strings-quiz iframe');
  await answer(frame, { correct: true });
  const onFeedback = await heightFollows(page, frame, '#strings-quiz iframe');
  assert.ok(onFeedback.inner > onQuestion.inner, 'the feedback makes the content taller and the frame follows');
  await frame.locator('#next-button').click();
  await finishQuiz(frame, { correct: () => false });
  await heightFollows(page, frame, '#strings-quiz iframe');
  await page.waitForFunction(() => window.events.some((e) => e.type === 'completed'));
  const events = await page.evaluate(() => window.events);
  const completed = events.find((e) => e.type === 'completed');
  assert.equal(completed.total, 5);
  assert.equal(completed.correct, 1);
  assert.equal(events.filter((e) => e.type === 'answered').length, 5);
  assert.equal(await page.locator('#strings-quiz iframe').getAttribute('title'), 'Self-test: strings');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('data-typed="1": the embedded self-test has code questions typed, and each answered message says how', async () => {
  const { page, context, consoleErrors } = await openPage(browser);
  const url = coursePage('/typed.html', `
    <div id="typed-quiz" data-roadmap-quiz="section:data-types" data-length="5" data-typed="1"></div>
    <script>
      window.events = [];
      document.getElementById('typed-quiz').addEventListener('roadmap-quiz:answered', (e) => window.events.push(e.detail));
    </script>
    <script src="${quiz.url}embed.js"></script>`);
  await page.goto(url);
  assert.match(await page.locator('#typed-quiz iframe').getAttribute('src'), /[?&]typed=1(&|$)/);
  const frame = await quizFrame(page);
  await finishQuiz(frame);
  await page.waitForFunction(() => window.events.length === 5);
  const events = await page.evaluate(() => window.events);
  assert.ok(events.some((e) => e.typed === true), 'the data-types self-test types its output questions');
  assert.ok(events.every((e) => typeof e.typed === 'boolean' && e.correct === true));
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('embed.js loaded after the frame has started still sizes it (either side can start the handshake)', async () => {
  const { page, context } = await openPage(browser);
  const src = `${quiz.url}embed.html?section=functions&length=5&origin=${encodeURIComponent(host.origin)}`;
  const url = coursePage('/late.html', `<iframe id="late" title="Self-test: functions" style="width:100%;border:0" src="${src}"></iframe>`);
  await page.goto(url);
  const frame = await quizFrame(page);
  await frame.locator('.question').waitFor();
  const before = await page.locator('#late').evaluate((el) => el.getBoundingClientRect().height);
  assert.equal(before, 150, 'nothing sizes the frame before embed.js arrives');
  await page.addScriptTag({ url: `${quiz.url}embed.js` });
  await heightFollows(page, frame, '#late');
  await context.close();
});

test('commands from a wrong origin are ignored; from the right one, setTheme and restart work', async () => {
  const { page, context } = await openPage(browser);
  const frameFor = (id, origin) => `<iframe id="${id}" title="Quiz ${id}" style="width:100%;border:0;height:600px"
    src="${quiz.url}embed.html?section=strings&length=5&store=${id}&origin=${encodeURIComponent(origin)}"></iframe>`;
  const url = coursePage('/origins.html', frameFor('wrong', 'https://course.example') + frameFor('right', host.origin));
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll('iframe').length === 2);
  const frames = {};
  for (const id of ['wrong', 'right']) {
    frames[id] = await (await page.locator(`#${id}`).elementHandle()).contentFrame();
    await frames[id].locator('.question').waitFor();
    for (let i = 0; i < 2; i += 1) {
      await answer(frames[id]);
      await frames[id].locator('#next-button').click();
    }
    await frames[id].locator('.meter-text', { hasText: 'Question 3' }).waitFor();
  }
  const command = (id, message) =>
    page.evaluate(([id, message]) => document.getElementById(id).contentWindow.postMessage(message, '*'), [id, message]);
  for (const id of ['wrong', 'right']) {
    await command(id, { source: 'roadmap-quiz', version: 1, type: 'setTheme', theme: 'dark' });
    await command(id, { source: 'roadmap-quiz', version: 1, type: 'restart' });
  }
  await frames.right.locator('.meter-text', { hasText: 'Question 1' }).waitFor();
  assert.equal(await frames.right.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.match(await frames.wrong.locator('.meter-text').textContent(), /Question 3/, 'the wrong origin cannot restart');
  assert.notEqual(await frames.wrong.evaluate(() => document.documentElement.dataset.theme), 'dark');
  const fromWrong = await page.evaluate(() => window.messages.filter((m) => m.type === 'answered').length);
  assert.equal(fromWrong, 2, 'only the frame told the right origin hears anything: its 2 answers');
  await context.close();
});

test('a frame sandboxed without allow-same-origin runs the quiz in memory and says so in one line', async () => {
  const { page, context, consoleErrors } = await openPage(browser);
  const url = coursePage('/sandboxed.html', `<iframe id="boxed" sandbox="allow-scripts" title="Sandboxed quiz" style="width:100%;border:0;height:700px"
    src="${quiz.url}embed.html?section=collections&length=5&origin=${encodeURIComponent(host.origin)}"></iframe>`, { acceptOpaque: true });
  await page.goto(url);
  const frame = await (await page.locator('#boxed').elementHandle()).contentFrame();
  await frame.locator('.question').waitFor();
  const notice = frame.locator('[data-notice="in-memory"]');
  assert.match(await notice.textContent(), /not saved in this frame/);
  await finishQuiz(frame);
  await page.waitForFunction(() => window.messages.some((m) => m.type === 'completed'));
  const completed = await page.evaluate(() => window.messages.find((m) => m.type === 'completed'));
  assert.equal(completed.correct, 5);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('a wrong embed link says what is wrong inside the frame', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(`${quiz.url}embed.html?section=colections`);
  await page.getByRole('heading', { name: 'This quiz cannot start' }).waitFor();
  assert.match(await page.getByRole('alert').textContent(), /no section “colections”/);
  await context.close();
});

test('axe-core finds nothing inside the frame, in light and dark theme', async () => {
  for (const theme of ['light', 'dark']) {
    const { page, context } = await openPage(browser);
    const url = coursePage(`/axe-${theme}.html`, `<iframe title="Self-test: collections" style="width:100%;border:0;height:900px"
      src="${quiz.url}embed.html?section=collections&length=5&theme=${theme}&origin=${encodeURIComponent(host.origin)}"></iframe>`);
    await page.goto(url);
    const frame = await quizFrame(page);
    await frame.locator('.question').waitFor();
    assert.deepEqual(await axeViolations(frame), [], `question, ${theme}`);
    await answer(frame);
    assert.deepEqual(await axeViolations(frame), [], `feedback, ${theme}`);
    await frame.locator('#next-button').click();
    await finishQuiz(frame);
    assert.deepEqual(await axeViolations(frame), [], `result, ${theme}`);
    await context.close();
  }
});

test('the demo course page shows two embedded quizzes and logs what they report', async () => {
  const { page, context, consoleErrors } = await openPage(browser);
  await page.goto(`${quiz.url}demo-course.html`);
  await page.waitForFunction(() => document.querySelectorAll('iframe[data-roadmap-quiz-frame]').length === 2);
  const frames = [];
  for (const id of ['collections-quiz', 'placement-quiz']) {
    const frame = await (await page.locator(`#${id} iframe`).elementHandle()).contentFrame();
    await frame.locator('.question').waitFor();
    frames.push(frame);
  }
  await finishQuiz(frames[0]);
  await page.locator('#log', { hasText: 'collections-quiz: section collections finished, 5 of 5 right' }).waitFor();
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
