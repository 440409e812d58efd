/* global window, document -- code run in the page by playwright */
// The iframe embedding (packages/elements/src/iframe): a parent page on one origin loads the
// prebuilt frame from another; the frame answers `toile:ready`, shows the record it is sent,
// forwards edits as `toile:change`, and ignores wrong origins and malformed messages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildFrame } from '../scripts/build-standalone.mjs';
import {
  STRICT_CSP,
  buildHosts,
  launch,
  openPage,
  root,
  serve,
  tempDir,
} from '../embedding/harness.mjs';

let parentDir;
let frameDir;
let parent;
let frameHost;
let evil;
let browser;

before(async () => {
  parentDir = tempDir('toile-iframe-parent-');
  frameDir = tempDir('toile-iframe-frame-');
  await buildHosts(parentDir.dir);
  await buildFrame({ outDir: join(frameDir.dir, 'frame') });
  frameHost = await serve(frameDir.dir);
  evil = await serve(parentDir.dir);
  // The parent's own strict policy must allow the frame's origin (and, for the test, the evil one).
  parent = await serve(parentDir.dir, {
    csp: `${STRICT_CSP}; frame-src ${frameHost.origin} ${evil.origin}`,
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const s of [parent, frameHost, evil]) await s?.close();
  parentDir?.remove();
  frameDir?.remove();
});

async function openParent(query) {
  const context = await browser.newContext();
  const opened = await openPage(context);
  await opened.page.goto(
    `${parent.origin}/iframe-parent/?frame=${encodeURIComponent(frameHost.origin)}${query}`,
  );
  const messages = () =>
    opened.page
      .locator('#log li')
      .evaluateAll((lis) => lis.map((li) => JSON.parse(li.textContent)));
  return { ...opened, context, messages, frame: opened.page.frameLocator('iframe') };
}

describe('iframe embedding', () => {
  test('ready, set-assessment, a keyboard edit forwarded as toile:change', async () => {
    const { page, log, violations, context, messages, frame } = await openParent('');
    try {
      await page.waitForFunction(() => document.querySelectorAll('#log li').length > 0);
      assert.equal((await messages())[0].type, 'toile:ready');
      const map = frame.locator('toile-ecomap');
      await map.locator('svg.eco .node').first().waitFor();
      const tieId = await map.evaluate((el) => el.assessment.ecomap.ties[0].id);
      const total = await map.evaluate((el) => el.assessment.ecomap.ties.length);
      await map.locator(`.node[data-id="${tieId}"]`).focus();
      await page.keyboard.press('Delete');
      await page.waitForFunction(() => document.querySelector('#ties')?.textContent !== '');
      assert.equal(Number(await page.locator('#ties').textContent()), total - 1);
      const types = (await messages()).map((m) => m.type);
      assert.ok(types.includes('toile:select'), types.join());
      const change = (await messages()).find((m) => m.type === 'toile:change');
      assert.equal(change.change.kind, 'tie-remove');
      assert.equal(typeof change.change.label.fr, 'string');

      // An invalid record: the element refuses it and the frame forwards toile:error.
      await page.evaluate((origin) => {
        document
          .querySelector('iframe')
          .contentWindow.postMessage(
            { type: 'toile:set-assessment', assessment: { nope: true }, element: 'ecomap' },
            origin,
          );
      }, frameHost.origin);
      await page.waitForFunction(() =>
        [...document.querySelectorAll('#log li')].some((li) =>
          li.textContent.includes('toile:error'),
        ),
      );
      const error = (await messages()).find((m) => m.type === 'toile:error');
      assert.equal(error.source, 'assessment');
      assert.ok(error.issues.length > 0);
      assert.deepEqual(log.pageErrors, []);
      assert.deepEqual(await violations(), []);
    } finally {
      await context.close();
    }
  });

  test('malformed messages from the parent are ignored', async () => {
    const { page, context, messages, frame } = await openParent('&element=genogram');
    try {
      await frame.locator('toile-genogram').waitFor();
      const count = (await messages()).length;
      await page.evaluate((origin) => {
        const w = document.querySelector('iframe').contentWindow;
        const bad = [
          'toile:set-assessment',
          null,
          42,
          [],
          { type: 'toile:set-assessment', element: 'ecomap' },
          { type: 'toile:set-assessment', assessment: {}, element: 'script' },
          {
            type: 'toile:set-assessment',
            assessment: {},
            element: 'ecomap',
            lang: '"><img src=x>',
          },
          { type: 'toile:set-assessment', assessment: {}, element: 'ecomap', readonly: 'yes' },
          { type: 'toile:set-assessment', assessment: {}, element: 'ecomap', extra: 1 },
          { type: 'toile:eval', code: 'alert(1)' },
          { type: 'toile:ready' },
        ];
        for (const m of bad) w.postMessage(m, origin);
      }, frameHost.origin);
      await page.waitForTimeout(500);
      // Still the genogram, no ecomap created, nothing answered.
      assert.equal(await frame.locator('toile-ecomap').count(), 0);
      assert.equal(await frame.locator('toile-genogram').count(), 1);
      assert.equal((await messages()).length, count);
    } finally {
      await context.close();
    }
  });

  test('messages from another origin are ignored, and a wrong parent origin gets nothing', async () => {
    // 1. An evil page on a third origin, inside the parent, posts a valid message to the frame.
    const { page, context, messages, frame } = await openParent('');
    try {
      await frame.locator('toile-ecomap svg.eco .node').first().waitFor();
      const count = (await messages()).length;
      await page.evaluate((evilOrigin) => {
        const f = document.createElement('iframe');
        f.src = `${evilOrigin}/plain/`;
        f.id = 'evil';
        document.body.append(f);
      }, evil.origin);
      let target;
      for (let i = 0; i < 50 && !target; i++) {
        await page.waitForTimeout(100);
        target = page.frames().find((f) => f.url().startsWith(evil.origin));
      }
      assert.ok(target, 'the evil frame loaded');
      await target.waitForLoadState();
      await target.evaluate(() => {
        window.parent.frames[0].postMessage(
          { type: 'toile:set-assessment', assessment: {}, element: 'genogram' },
          '*',
        );
      });
      await page.waitForTimeout(500);
      assert.equal(await frame.locator('toile-genogram').count(), 0);
      assert.equal(await frame.locator('toile-ecomap').count(), 1);
      assert.equal((await messages()).length, count);
    } finally {
      await context.close();
    }

    // 2. The frame was told another parent origin: it posts nothing to us and obeys nothing.
    const wrong = await openParent(`&claim=${encodeURIComponent('https://emr.example.org')}`);
    try {
      await wrong.page.waitForTimeout(1500);
      assert.equal((await wrong.messages()).length, 0);
      await wrong.page.evaluate((origin) => {
        document
          .querySelector('iframe')
          .contentWindow.postMessage(
            { type: 'toile:set-assessment', assessment: {}, element: 'ecomap' },
            origin,
          );
      }, frameHost.origin);
      await wrong.page.waitForTimeout(300);
      assert.equal(await wrong.frame.locator('toile-ecomap').count(), 0);
    } finally {
      await wrong.context.close();
    }
  });

  test('the frame never posts to "*"', () => {
    const source = readFileSync(join(root, 'packages/elements/src/iframe/frame.ts'), 'utf8');
    assert.doesNotMatch(source, /postMessage\([^)]*['"]\*['"]/);
    assert.match(source, /postMessage\([\s\S]*?, parentOrigin\)/);
  });
});
