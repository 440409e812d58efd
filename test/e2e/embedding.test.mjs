/* global window, document, getComputedStyle, customElements -- code run in the page by playwright */
// The embedding kit, end to end in Chromium (playwright-core): plain HTML, React 19 and Vue 3 hosts
// built with vite and served with a strict CSP header; every element on a styled host page (no
// CSP violation, host styles and globals untouched); two copies of the library on one page.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { buildStandalone } from '../scripts/build-standalone.mjs';
import { buildHosts, launch, openPage, root, serve, tempDir } from '../embedding/harness.mjs';

let tmp;
let server;
let browser;

before(async () => {
  tmp = tempDir('toile-embedding-');
  await buildHosts(tmp.dir);
  await buildStandalone({ outDir: join(tmp.dir, 'standalone'), sourcemap: false });
  server = await serve(tmp.dir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  tmp?.remove();
});

/** Opens `path` in a fresh context; returns the page and its logs. */
async function open(path) {
  const context = await browser.newContext({ acceptDownloads: true });
  const opened = await openPage(context);
  await opened.page.goto(`${server.origin}${path}`);
  return { ...opened, context };
}

const tieCount = (page) => page.locator('#ties').textContent();

// Focus one tie node of the ecomap (a roving-tabindex SVG group in its shadow root) and press
// Delete: the documented keyboard path for removing a tie.
async function deleteOneTie(page, scope = page) {
  const map = scope.locator('toile-ecomap');
  await map.locator('svg.eco .node').first().waitFor();
  const tieId = await map.evaluate((el) => el.assessment.ecomap.ties[0].id);
  const node = map.locator(`.node[data-id="${tieId}"]`);
  await node.focus();
  await page.keyboard.press('Delete');
  return tieId;
}

for (const host of ['plain', 'react', 'vue']) {
  describe(`${host} host`, () => {
    test('binds assessment, edits by keyboard, gets toile-change into its state, unmounts cleanly', async () => {
      const { page, log, violations, context } = await open(`/${host}/`);
      try {
        const map = page.locator('toile-ecomap');
        await map.locator('svg.eco .node').first().waitFor();
        // The framework set a property, not an attribute.
        const bound = await map.evaluate((el) => ({
          id: el.assessment?.id,
          attr: el.hasAttribute('assessment'),
        }));
        assert.equal(bound.id, 'persona-ginette');
        assert.equal(bound.attr, false);
        const before = Number(await tieCount(page));
        assert.ok(before > 1, `the host shows the tie count (${before})`);

        const removed = await deleteOneTie(page);
        await page.waitForFunction(() => document.querySelector('#changes')?.textContent === '1');
        assert.equal(Number(await tieCount(page)), before - 1);
        // The element got the state's record back and still draws it without the tie.
        const state = await map.evaluate(
          (el, id) => ({
            ties: el.assessment.ecomap.ties.length,
            gone: !el.assessment.ecomap.ties.some((t) => t.id === id),
            canUndo: el.shadowRoot.querySelector('button[aria-keyshortcuts*="Z"], button.undo')
              ? true
              : undefined,
          }),
          removed,
        );
        assert.equal(state.ties, before - 1);
        assert.ok(state.gone);

        // Undo still works after the framework re-set the property (history rule).
        await map.locator('.node').first().focus();
        await page.keyboard.press('Control+z');
        await page.waitForFunction(() => document.querySelector('#changes')?.textContent === '2');
        assert.equal(Number(await tieCount(page)), before);

        await page.click('#unmount');
        await page.waitForFunction(() => !document.querySelector('toile-ecomap'));
        // Nothing left behind throws: a language change (the shared observer), keys and clicks.
        await page.evaluate(() => {
          document.documentElement.lang = 'en';
        });
        await page.keyboard.press('Delete');
        await page.mouse.click(10, 10);
        await page.waitForTimeout(200);
        assert.deepEqual(log.pageErrors, []);
        assert.deepEqual(log.errors, []);
        assert.deepEqual(await violations(), []);
      } finally {
        await context.close();
      }
    });
  });
}

describe('every element on a strict-CSP host page with its own styles', () => {
  test('renders and works with no CSP violation, no host style change, no extra global', async () => {
    const { page, log, violations, context } = await open('/all-elements/');
    try {
      const probe = () =>
        page.evaluate(() => {
          const props = [
            'font-family',
            'font-size',
            'line-height',
            'color',
            'background-color',
            'margin-top',
            'padding-left',
            'border-top-width',
            'border-top-color',
            'letter-spacing',
            'width',
            'border-collapse',
            'box-sizing',
            'display',
          ];
          const nodes = [
            'body',
            'html',
            '#title',
            '#intro',
            '#mount-all',
            '#table',
            '#table th',
            '#table td',
            '#icon',
          ];
          const styles = {};
          for (const sel of nodes) {
            const el = document.querySelector(sel);
            const cs = getComputedStyle(el);
            styles[sel] = Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
          }
          return {
            styles,
            keys: Object.keys(window),
            styleEls: document.querySelectorAll('style, link[rel="stylesheet"], link').length,
            sheets: document.styleSheets.length,
            adopted: document.adoptedStyleSheets.length,
            rootVars: getComputedStyle(document.documentElement).getPropertyValue('--host-accent'),
          };
        });
      const before = await probe();
      await page.click('#mount-all');
      await page.waitForFunction(
        () => document.querySelector('#status')?.textContent === 'mounted',
      );
      const tags = [
        'toile-ecomap',
        'toile-genogram',
        'toile-isolation-risk',
        'toile-profile',
        'toile-summary',
        'toile-compare',
        'toile-caseload',
        'toile-interview',
      ];
      // Every element rendered something into its shadow root.
      await page.waitForFunction(
        (list) =>
          list.every((t) => {
            const el = document.querySelector(t);
            return el?.shadowRoot && el.shadowRoot.childElementCount > 0 && customElements.get(t);
          }),
        tags,
      );
      await page.locator('toile-ecomap svg.eco .node').first().waitFor();
      await page.locator('toile-genogram svg').first().waitFor();

      // One keyboard edit.
      await deleteOneTie(page);
      await page.waitForFunction(() => document.querySelector('#changes')?.textContent === '1');

      // Export SVG: the API and the toolbar's download button.
      const svg = await page.locator('toile-ecomap').evaluate((el) => el.exportSvg());
      assert.match(svg, /<svg[\s>]/);
      const genoSvg = await page.locator('toile-genogram').evaluate((el) => el.toSvg());
      assert.match(genoSvg, /<svg[\s>]/);
      const download = page.waitForEvent('download');
      await page.locator('toile-ecomap').getByRole('button', { name: /SVG/ }).first().click();
      assert.match((await download).suggestedFilename(), /\.svg$/);

      await page.waitForTimeout(300);
      const afterMount = await probe();
      assert.deepEqual(afterMount.styles, before.styles, 'host styles are unchanged');
      assert.equal(afterMount.styleEls, before.styleEls, 'no global <style>/<link> added');
      assert.equal(afterMount.sheets, before.sheets, 'no document stylesheet added');
      assert.equal(afterMount.adopted, before.adopted, 'no document-level adopted stylesheet');
      assert.equal(afterMount.rootVars, before.rootVars);
      const added = afterMount.keys.filter((k) => !before.keys.includes(k)).sort();
      // What Lit (and zod's global config) put on window; documented in docs/embedding.md.
      const allowed = [
        'litElementVersions',
        'litHtmlVersions',
        'reactiveElementVersions',
        'litPropertyMetadata',
        '__zod_globalConfig',
        '__zod_globalRegistry',
      ];
      assert.deepEqual(
        added.filter((k) => !allowed.includes(k)),
        [],
        `globals added: ${added.join(', ')}`,
      );
      console.log(`# globals added by Toile: ${added.join(', ') || 'none'}`);

      await page.click('#unmount-all');
      await page.waitForTimeout(200);
      assert.equal(await page.locator('#mount > *').count(), 0);
      assert.deepEqual(await violations(), [], 'no securitypolicyviolation');
      assert.deepEqual(log.pageErrors, []);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });
});

describe('two copies of the library on one page', () => {
  test('the page keeps working and logs at most one warning per tag', async () => {
    const { page, log, violations, context } = await open('/two-copies/');
    try {
      await page.waitForFunction(() => document.querySelector('#copies')?.textContent === '3');
      await deleteOneTie(page);
      await page.waitForFunction(() => document.querySelector('#changes')?.textContent === '1');
      assert.deepEqual(log.pageErrors, []);
      assert.deepEqual(log.errors, []);
      const perTag = new Map();
      for (const w of log.warnings) {
        const tag = /<(toile-[a-z-]+)>/.exec(w)?.[1] ?? w;
        perTag.set(tag, (perTag.get(tag) ?? 0) + 1);
      }
      assert.ok(
        [...perTag.values()].every((n) => n <= 1),
        `warnings: ${log.warnings.join(' | ')}`,
      );
      assert.deepEqual(await violations(), []);
      // The standalone copies really ran (each defines its own classes, kept out of the registry).
      const standalone = server.requests.filter((r) => r.path === '/standalone/toile.js').length;
      assert.ok(standalone >= 1);
    } finally {
      await context.close();
    }
  });
});

describe('framework typings', () => {
  test('the JSX and Vue typings accept the hosts and refuse wrong props (tsc)', () => {
    // typings-check.tsx files hold @ts-expect-error lines: tsc fails if a wrong prop is accepted.
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    try {
      execFileSync(
        process.execPath,
        [tsc, '-p', 'test/embedding/tsconfig.json', '--pretty', 'false'],
        {
          cwd: root,
          encoding: 'utf8',
        },
      );
    } catch (e) {
      assert.fail(`tsc -p test/embedding failed:\n${e.stdout ?? e}`);
    }
  });
});
