// Lighthouse on dist/, served gzipped from a local static server, with Lighthouse's default mobile profile
// (simulated slow 4G and a 4x slower CPU): the figures issue 21 sets targets for, checked and printed as `measure:`
// lines.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { CHROMIUM_ARGS, serveDist } from './support.mjs';

let server;
let chrome;

before(async () => {
  server = await serveDist({ gzip: true });
  chrome = await launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROMIUM_ARGS });
});

after(async () => {
  await chrome?.kill();
  await server?.close();
});

test('Lighthouse, mobile: performance, accessibility, best practices, LCP and CLS of the first screen', async () => {
  const { lhr } = await lighthouse(server.url, {
    port: chrome.port,
    logLevel: 'error',
    output: 'json',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  });
  const score = (id) => Math.round(lhr.categories[id].score * 100);
  const lcp = lhr.audits['largest-contentful-paint'].numericValue;
  const cls = lhr.audits['cumulative-layout-shift'].numericValue;
  const fcp = lhr.audits['first-contentful-paint'].numericValue;
  const tbt = lhr.audits['total-blocking-time'].numericValue;
  console.log(
    `measure: Lighthouse (mobile, simulated slow 4G, 4x CPU): performance ${score('performance')}, accessibility ` +
      `${score('accessibility')}, best practices ${score('best-practices')}; LCP ${(lcp / 1000).toFixed(2)} s, ` +
      `CLS ${cls.toFixed(3)}, FCP ${(fcp / 1000).toFixed(2)} s, TBT ${tbt.toFixed(0)} ms`,
  );
  const failing = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
    .map((a) => a.id);
  if (failing.length) console.log(`lighthouse: audits not passed: ${failing.join(', ')}`);
  assert.ok(score('performance') >= 98, `performance ${score('performance')}`);
  assert.equal(score('accessibility'), 100);
  assert.equal(score('best-practices'), 100);
  assert.ok(lcp <= 1500, `largest contentful paint ${lcp} ms`);
  assert.ok(cls <= 0.02, `cumulative layout shift ${cls}`);
});
