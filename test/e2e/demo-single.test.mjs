/* global document, location, getComputedStyle, indexedDB -- used inside page.evaluate callbacks, which run in the browser */
// The single-file demo (npm run build:demo-single) opened from disk in Chromium: it must work over
// file:// with no server and no network (only file:, data: and blob: requests), load the personas,
// show a persona's views by URL, and log no console error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const file = join(root, 'demo', 'dist-single', 'toile-demo.html');
const url = pathToFileURL(file).href;
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

let browser;
const requests = [];
const errors = [];

before(async () => {
  execFileSync(process.execPath, [join(root, 'test/scripts/build-demo-single.mjs')], {
    stdio: 'inherit',
  });
  assert.ok(existsSync(file), 'the single file was built');
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

after(async () => {
  await browser?.close();
});

async function openPage(hash = '', width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url + hash);
  return page;
}

test('opens from file:// and the app renders', async () => {
  const page = await openPage();
  await page.waitForSelector('toile-demo-app h1');
  assert.match(await page.title(), /Toile/);
  await page.context().close();
});

test('the trainer loads the personas and shows Ginette’s ecomap by URL', async () => {
  const page = await openPage('#/formation');
  await page.waitForSelector('toile-demo-trainer .persona-card');
  assert.equal(await page.locator('toile-demo-trainer .persona-card').count(), 4);
  await page.getByRole('button', { name: /Charger les personas/ }).click();
  await page.waitForSelector('text=Personas chargées.');
  await page.goto(url + '#/persona/ginette/ecomap');
  await page.waitForSelector('toile-demo-trainer toile-ecomap');
  const heading = await page.locator('toile-demo-trainer h2').textContent();
  assert.match(heading ?? '', /Ginette.*Écocarte/);
  // The ecomap drew its SVG with the persona's people.
  await page.waitForFunction(() => {
    const map = document.querySelector('toile-ecomap');
    return (map?.shadowRoot?.textContent ?? '').includes('Jeannine');
  });
  await page.context().close();
});

test('presentation mode: large type, one step, big next control that changes the URL', async () => {
  const page = await openPage('#/presentation/persona/samuel/resume-locataire');
  await page.waitForSelector('toile-demo-trainer toile-summary');
  assert.equal(
    await page.evaluate(() => document.documentElement.classList.contains('toile-presenting')),
    true,
  );
  const size = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  assert.equal(size, '24px');
  await page.locator('a[rel="next"]').click();
  await page.waitForFunction(() => location.hash === '#/presentation/persona/samuel/reference');
  await page.waitForSelector('toile-summary[kind="referral"]');
  await page.context().close();
});

test('reset clears only the demo’s namespace', async () => {
  const page = await openPage('#/formation');
  await page.getByRole('button', { name: /Charger les personas/ }).click();
  await page.waitForSelector('text=Personas chargées.');
  await page.getByRole('button', { name: /Réinitialiser la démo/ }).click();
  await page.getByRole('button', { name: /Confirmer/ }).click();
  await page.waitForSelector('text=Démo réinitialisée');
  const databases = await page.evaluate(async () =>
    (await indexedDB.databases()).map((d) => d.name),
  );
  assert.ok(
    databases.every((name) => name === 'toile:toile-demo'),
    `databases: ${databases.join(', ')}`,
  );
  await page.context().close();
});

test('made no network request and logged no console error', () => {
  const bad = requests.filter((r) => !/^(file|data|blob):/.test(r));
  assert.deepEqual(bad, []);
  assert.ok(requests.length > 0);
  assert.deepEqual(errors, []);
});
