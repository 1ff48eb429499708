// LMS packages: `lms-package` builds SCORM 1.2 and 2004 zips of quizzes from dist/; each is unzipped, checked
// against its manifest, and served as an LMS serves it (deep under the LMS's own origin). A course page plays the
// LMS with scorm-again's runtime (Scorm12API as window.API, Scorm2004API as window.API_1484_11) and the tests
// assert what that runtime holds after a learner's quiz.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { DOMParser } from '@xmldom/xmldom';
import { launchBrowser, openPage, answer, finishQuiz, axeViolations } from './support.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const VENDOR = join(ROOT, 'node_modules/scorm-again/dist');
/** Where the LMS serves an unpacked package: deep, as Moodle does (pluginfile.php/<context>/mod_scorm/content/...). */
const CONTENT = '/lms/pluginfile.php/77/mod_scorm/content/3/';
const PLAYER = '/lms/mod/scorm/player.html';

/** The packages under test: name, lms-package arguments. */
const PACKAGES = {
  'section-12': ['--quiz', 'section:collections', '--standard', 'scorm12', '--length', '5', '--pass-mark', '60'],
  'section-2004': ['--quiz', 'section:collections', '--standard', 'scorm2004', '--length', '5', '--typed'],
  'section-typed-12': ['--quiz', 'section:collections', '--standard', 'scorm12', '--length', '5', '--typed'],
  'level-2004': ['--quiz', 'level:beginner', '--standard', 'scorm2004', '--pass-mark', '50'],
  'placement-12': ['--quiz', 'placement', '--standard', 'scorm12', '--pass-level', 'intermediate'],
  'placement-2004': ['--quiz', 'placement', '--standard', 'scorm2004'],
};

let work;
let server;
let browser;
const files = new Map();
const sizes = {};

const TYPES = { html: 'text/html; charset=utf-8', js: 'text/javascript', css: 'text/css', wasm: 'application/wasm', json: 'application/json', xml: 'application/xml' };

const PLAYER_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course activity</title>
<link rel="icon" href="data:,">
<script src="/lms/vendor/scorm12.js"></script><script src="/lms/vendor/scorm2004.js"></script>
<script>
  // Plays the LMS: a SCORM runtime as the standard says (window.API or window.API_1484_11), the learner's saved
  // data when relaunched, and, when asked, commits that fail.
  window.startLms = function (o) {
    var v12 = o.standard === 'scorm12';
    var api = v12 ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
    if (o.saved) api.loadFromJSON(o.saved, 'cmi');
    window.finished = false;
    window.commits = 0;
    api.on(v12 ? 'LMSFinish' : 'Terminate', function () { window.finished = true; });
    var commitName = v12 ? 'LMSCommit' : 'Commit';
    var realCommit = api[commitName].bind(api);
    var failing = o.failCommits || 0;
    var failed = false;
    api[commitName] = function (arg) {
      window.commits++;
      if (failing > 0) { failing--; failed = true; return 'false'; }
      failed = false;
      return realCommit(arg);
    };
    var errorName = v12 ? 'LMSGetLastError' : 'GetLastError';
    var realError = api[errorName].bind(api);
    api[errorName] = function () { return failed ? '101' : realError(); };
    if (v12) window.API = api; else window.API_1484_11 = api;
    window.lms = api;
    var frame = document.createElement('iframe');
    frame.id = 'sco';
    frame.title = 'Quiz';
    frame.style.cssText = 'width:100%;height:900px;border:0';
    frame.src = o.launch;
    document.body.appendChild(frame);
  };
  // What the runtime holds, as plain data.
  window.cmi = function () { return JSON.parse(JSON.stringify(window.lms.cmi)); };
</script></head><body><h1>Course</h1></body></html>`;

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'lms-packages-'));
  for (const [name, args] of Object.entries(PACKAGES)) {
    const zip = join(work, `${name}.zip`);
    execFileSync('cargo', ['run', '--release', '--locked', '--quiet', '--bin', 'lms-package', '--', ...args, '--out', zip], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    const bytes = await readFile(zip);
    sizes[name] = bytes.length;
    for (const [path, data] of Object.entries(unzipSync(bytes))) files.set(`${CONTENT}${name}/${path}`, data);
  }
  console.log(`measure: LMS packages (zip bytes): ${Object.entries(sizes).map(([n, s]) => `${n} ${s}`).join(', ')}`);
  files.set(PLAYER, new TextEncoder().encode(PLAYER_HTML));
  for (const name of ['scorm12.js', 'scorm2004.js']) files.set(`/lms/vendor/${name}`, await readFile(join(VENDOR, name)));
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://placeholder').pathname);
    const body = files.get(path);
    if (!body) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.split('.').pop()] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done()));
  if (work) await rm(work, { recursive: true, force: true });
});

/** A runtime list (interactions, objectives) as scorm-again's JSON has it, keyed by index, in order. */
const list = (byIndex) => Object.keys(byIndex).sort((a, b) => a - b).map((k) => byIndex[k]);
const origin = () => `http://127.0.0.1:${server.address().port}`;
const launchUrl = (name) => `${origin()}${CONTENT}${name}/launch.html`;

/** Opens the course page, starts the LMS runtime and the package's launch page in it; returns the frames. */
async function launch(name, { saved, failCommits } = {}) {
  const standard = name.endsWith('-12') ? 'scorm12' : 'scorm2004';
  const session = await openPage(browser);
  const { page } = session;
  await page.goto(`${origin()}${PLAYER}`);
  await page.evaluate((o) => window.startLms(o), { standard, launch: launchUrl(name), saved, failCommits });
  const sco = await (await page.locator('#sco').elementHandle()).contentFrame();
  await sco.locator('iframe').waitFor();
  const quiz = await (await sco.locator('iframe').elementHandle()).contentFrame();
  await quiz.waitForLoadState();
  return { ...session, sco, quiz, standard };
}

/** The learner closes the activity: the launch page goes away while the LMS page stays. */
async function leave(page) {
  await page.evaluate(() => { document.getElementById('sco').src = 'about:blank'; });
  await page.waitForFunction(() => window.finished === true);
}

function manifestOf(name) {
  const text = strFromU8(files.get(`${CONTENT}${name}/imsmanifest.xml`));
  return new DOMParser().parseFromString(text, 'application/xml');
}

test('every package has a manifest for its standard that lists each of its files, and the files the launch needs', () => {
  for (const name of Object.keys(PACKAGES)) {
    const doc = manifestOf(name);
    const root = doc.documentElement;
    const v12 = name.endsWith('-12');
    assert.equal(root.localName, 'manifest', name);
    assert.equal(root.namespaceURI, v12 ? 'http://www.imsproject.org/xsd/imscp_rootv1p1p2' : 'http://www.imsglobal.org/xsd/imscp_v1p1', name);
    assert.equal(doc.getElementsByTagName('schemaversion')[0].textContent, v12 ? '1.2' : '2004 4th Edition', name);
    const organizations = doc.getElementsByTagName('organizations')[0];
    const organization = doc.getElementsByTagName('organization')[0];
    assert.equal(organizations.getAttribute('default'), organization.getAttribute('identifier'), name);
    const item = organization.getElementsByTagName('item')[0];
    const resources = doc.getElementsByTagName('resource');
    assert.equal(resources.length, 1, name);
    const resource = resources[0];
    assert.equal(item.getAttribute('identifierref'), resource.getAttribute('identifier'), name);
    const adlcp = v12 ? 'http://www.adlnet.org/xsd/adlcp_rootv1p2' : 'http://www.adlnet.org/xsd/adlcp_v1p3';
    assert.equal(resource.getAttributeNS(adlcp, v12 ? 'scormtype' : 'scormType'), 'sco', name);
    assert.equal(resource.getAttribute('href'), 'launch.html', name);
    const listed = new Set(Array.from(resource.getElementsByTagName('file')).map((f) => f.getAttribute('href')));
    const packed = new Set([...files.keys()].filter((p) => p.startsWith(`${CONTENT}${name}/`)).map((p) => p.slice(`${CONTENT}${name}/`.length)));
    assert.ok(packed.has('imsmanifest.xml'), `${name}: the manifest is at the root`);
    packed.delete('imsmanifest.xml');
    assert.deepEqual([...listed].sort(), [...packed].sort(), `${name}: the manifest lists exactly the packed files`);
    const embed = strFromU8(files.get(`${CONTENT}${name}/embed.html`));
    for (const asset of embed.match(/\.\/[\w.-]+\.(?:js|wasm|css)/g)) assert.ok(packed.has(asset.slice(2)), `${name}: ${asset}`);
    for (const needed of ['launch.html', 'scorm.js', 'embed.html', 'catalog.json']) assert.ok(packed.has(needed), `${name}: ${needed}`);
    const questions = [...packed].filter((p) => p.startsWith('questions/'));
    if (name.startsWith('section')) assert.ok(questions.every((p) => p.startsWith('questions/collections/')) && questions.length >= 20, name);
    if (name.startsWith('placement')) assert.ok(questions.length >= 1700, `${name}: ${questions.length} questions`);
  }
  assert.ok(manifestOf('section-12').getElementsByTagName('adlcp:masteryscore')[0].textContent === '60');
});

test('SCORM 1.2: a self-test served deep in the LMS reports score, status, one interaction per question and the session', async () => {
  const { page, quiz, context, consoleErrors } = await launch('section-12');
  const answered = await finishQuiz(quiz, { correct: (n) => n !== 2 });
  assert.equal(answered, 5);
  await page.waitForFunction(() => window.finished === true);
  const cmi = await page.evaluate(() => window.cmi());
  assert.equal(cmi.core.score.raw, '80');
  assert.equal(cmi.core.score.min, '0');
  assert.equal(cmi.core.score.max, '100');
  assert.equal(cmi.core.lesson_status, 'passed', 'pass mark 60, 4 of 5 right');
  assert.match(cmi.core.session_time, /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  assert.equal(cmi.core.exit, 'suspend');
  const interactions = list(cmi.interactions);
  assert.equal(interactions.length, 5);
  assert.deepEqual(interactions.map((i) => i.result), ['correct', 'wrong', 'correct', 'correct', 'correct']);
  for (const i of interactions) {
    assert.match(i.id, /^collections\//);
    assert.equal(i.type, 'choice');
    assert.match(i.student_response, /^[a-z](,[a-z])*$/);
    assert.match(i.latency, /^\d{2,4}:\d{2}:\d{2}/);
    assert.match(i.time, /^\d{2}:\d{2}:\d{2}$/);
  }
  assert.match(cmi.comments, /Roadmap Quiz: 4 of 5 right/);
  assert.ok(cmi.suspend_data.length > 0 && cmi.suspend_data.length <= 4096);
  const stored = await quiz.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('roadmap-quiz')));
  assert.deepEqual(stored, [], 'the LMS keeps the place, not the browser');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('SCORM 2004: a typed self-test reports scaled score, completion, long-fill-in answers and terminates', async () => {
  const { page, quiz, context } = await launch('section-2004');
  await finishQuiz(quiz, { correct: () => true });
  await page.waitForFunction(() => window.finished === true);
  const cmi = await page.evaluate(() => window.cmi());
  assert.equal(cmi.score.raw, '100');
  assert.equal(cmi.score.scaled, '1');
  assert.equal(cmi.completion_status, 'completed');
  assert.equal(cmi.success_status, 'unknown', 'no pass mark');
  assert.match(cmi.session_time, /^PT\d+H\d+M[\d.]+S$/);
  const interactions = list(cmi.interactions);
  assert.equal(interactions.length, 5);
  assert.ok(interactions.every((i) => i.result === 'correct'));
  const typed = interactions.filter((i) => i.type === 'long-fill-in');
  assert.ok(typed.length >= 1, 'the code questions were typed');
  for (const i of typed) assert.ok(i.learner_response.length > 0 && !i.learner_response.includes('\n'));
  assert.match(interactions[0].timestamp, /^\d{4}-\d{2}-\d{2}T/);
  assert.match(interactions[0].latency, /^PT/);
  await context.close();
});

test('SCORM 2004: a level quiz reports passed by its pass mark and each section\'s mastery as an objective', async () => {
  const { page, quiz, context } = await launch('level-2004');
  const answered = await finishQuiz(quiz, { correct: () => true });
  await page.waitForFunction(() => window.finished === true);
  const cmi = await page.evaluate(() => window.cmi());
  assert.equal(cmi.success_status, 'passed');
  assert.equal(cmi.completion_status, 'completed');
  assert.equal(Number(cmi.score.raw), 100);
  assert.equal(list(cmi.interactions).length, answered);
  const objectives = list(cmi.objectives);
  assert.ok(objectives.length >= 5, `${objectives.length} sections`);
  for (const o of objectives) {
    assert.match(o.id, /^section-/);
    assert.ok(Number(o.score.raw) >= 0 && Number(o.score.raw) <= 100);
  }
  await context.close();
});

test('a placement reports its level, how sure it is, θ and SE, and passes by level (SCORM 1.2 and 2004)', async () => {
  for (const name of ['placement-12', 'placement-2004']) {
    const { page, quiz, context } = await launch(name);
    const answered = await finishQuiz(quiz, { correct: (n) => n % 3 !== 0 });
    await page.waitForFunction(() => window.finished === true);
    const cmi = await page.evaluate(() => window.cmi());
    const objective = list(cmi.objectives)[0];
    assert.match(objective.id, /^placed-(beginner|intermediate|advanced|expert)$/, name);
    assert.ok(Number(objective.score.raw) > 0, name);
    assert.equal(list(cmi.interactions).length, answered, name);
    if (name.endsWith('-12')) {
      assert.match(cmi.comments, /Placed at (Beginner|Intermediate|Advanced|Expert) \(\d+% sure; θ -?\d+\.\d\d, SE \d\.\d\d\)/);
      assert.ok(['passed', 'failed'].includes(cmi.core.lesson_status), cmi.core.lesson_status);
    } else {
      assert.match(objective.description, /Placed at \w+ \(\d+% sure; θ -?\d+\.\d\d, SE \d\.\d\d\)/);
      assert.equal(cmi.success_status, 'unknown');
    }
    await context.close();
  }
});

test('relaunched mid-quiz, the package resumes the same question; relaunched when finished, it shows the result', async () => {
  const first = await launch('section-12');
  await answer(first.quiz);
  await first.quiz.locator('#next-button').click();
  const pending = await first.quiz.locator('.question').getAttribute('data-question');
  await first.page.waitForFunction(() => (window.cmi().suspend_data || '').includes('"pending"'));
  await leave(first.page);
  const kept = await first.page.evaluate(() => window.cmi());
  assert.equal(kept.core.exit, 'suspend');
  await first.context.close();

  const saved = { suspend_data: kept.suspend_data, core: { lesson_status: kept.core.lesson_status, entry: 'resume' } };
  const second = await launch('section-12', { saved });
  await second.quiz.locator('.question').waitFor();
  assert.equal(await second.quiz.locator('.question').getAttribute('data-question'), pending);
  assert.match(await second.quiz.locator('.meter-text').textContent(), /2/);
  await finishQuiz(second.quiz);
  await second.page.waitForFunction(() => window.finished === true);
  const done = await second.page.evaluate(() => window.cmi());
  await second.context.close();

  const third = await launch('section-12', { saved: { suspend_data: done.suspend_data, core: { lesson_status: done.core.lesson_status } } });
  await third.quiz.locator('.results').waitFor();
  assert.equal(await third.quiz.locator('.question').count(), 0, 'not started over');
  await third.context.close();

  const damaged = await launch('section-12', { saved: { suspend_data: '{"kind":"something else"}' } });
  await damaged.quiz.getByText(/Your saved place in this quiz could not be used \(.*\), so the quiz starts from its first question\./).waitFor();
  await damaged.quiz.locator('.question').waitFor();
  await damaged.context.close();
});

test('SCORM 1.2: a typed answer longer than the response field is shortened visibly, never cut silently', async () => {
  const { page, quiz, context } = await launch('section-typed-12');
  const long = Array.from({ length: 40 }, (_, i) => `line ${i} of a long answer`).join('\n');
  for (;;) {
    await quiz.locator('.question').waitFor();
    if (await quiz.locator('#typed-answer').count()) break;
    await answer(quiz);
    await quiz.locator('#next-button').click();
  }
  await quiz.locator('#typed-answer').fill(long);
  await quiz.getByRole('button', { name: 'Submit' }).click();
  await page.waitForFunction(() => Object.values(window.cmi().interactions).some((i) => i.type === 'fill-in'));
  const typed = Object.values((await page.evaluate(() => window.cmi())).interactions).find((i) => i.type === 'fill-in');
  assert.equal(Array.from(typed.student_response).length, 255);
  assert.ok(typed.student_response.startsWith('line 0 of a long answer\u23celine 1'), typed.student_response);
  assert.ok(typed.student_response.endsWith('\u2026'));
  assert.equal(typed.result, 'wrong');
  await context.close();
});

test('without an LMS the quiz runs and says in one line that results will not reach the course', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(launchUrl('section-12'));
  await assert.doesNotReject(page.getByText('This quiz is not connected to a course, so your results will not reach it.').waitFor());
  assert.deepEqual(await axeViolations(page), []);
  const quiz = await (await page.locator('iframe').elementHandle()).contentFrame();
  await answer(quiz);
  await context.close();
});

test('a commit the LMS refuses is tried again once and the learner hears of it; nothing is lost', async () => {
  const once = await launch('section-2004', { failCommits: 1 });
  await answer(once.quiz);
  await once.sco.getByText(/Saving to the course failed once \(101.*\) and worked on the second try\./).waitFor();
  await once.context.close();

  const always = await launch('section-2004', { failCommits: 1000 });
  await answer(always.quiz);
  await always.sco.getByText(/Saving to the course failed \(101.*\)\. The quiz goes on/).waitFor();
  await always.quiz.locator('#next-button').click();
  await answer(always.quiz);
  await always.page.waitForFunction(() => Object.keys(window.cmi().interactions).length === 2);
  const cmi = await always.page.evaluate(() => window.cmi());
  assert.deepEqual(list(cmi.interactions).map((i) => i.result), ['correct', 'correct'], 'both answers wait for the next save');
  assert.match(cmi.suspend_data, /"answers":\[\[.*\],\[/, 'the place kept holds both answers');
  await always.context.close();
});
