/* global window -- code run in the page by playwright */
// No network, proven (issue 7): the demo, built with the repo's vite.config.ts, served with
// `default-src 'self'; connect-src 'none'` as a real header, driven everywhere a user can go
// (personas, every view and interview step, a keyboard edit, exports, an import) while every
// request is recorded. Nothing may leave for anywhere but the page's own files, and no CSP
// violation may be reported.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launch, openPage, root, serve, tempDir } from '../embedding/harness.mjs';

let out;
let server;
let browser;

before(async () => {
  out = tempDir('toile-demo-');
  const { build } = await import('vite');
  await build({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: out.dir, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  });
  server = await serve(out.dir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  out?.remove();
});

// Buttons the crawler never presses: they destroy data or lock the store (tested elsewhere).
const DESTRUCTIVE =
  /supprim|delete|effac|détrui|detrui|destroy|réinit|reinit|reset|vider|clear|verrouill|lock|retirer|remove/i;

test('the whole demo runs with no request beyond its own files', async () => {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  const { page, log, violations } = await openPage(context);
  await page.addInitScript(() => {
    window.print = () => undefined; // headless print would block nothing, but keep it inert
  });
  const requests = [];
  page.on('request', (r) => requests.push({ url: r.url(), method: r.method() }));
  page.on('dialog', (d) => void d.dismiss());
  const downloads = [];
  page.on('download', (d) => downloads.push(d));

  await page.goto(`${server.origin}/`);
  await page.waitForLoadState('networkidle');

  const clicked = new Set();
  let clicks = 0;
  let edits = 0;
  const started = Date.now();
  let stuckAtHome = false;
  // Breadth-first over what is on screen: press each not-yet-pressed, non-destructive button,
  // then look again (views, steps and personas reveal new buttons).
  while (Date.now() - started < 90_000 && clicks < 400) {
    const buttons = page.locator('button:visible, a[href^="#"]:visible, [role="tab"]:visible');
    const count = await buttons.count();
    let pressed = false;
    for (let i = 0; i < count; i++) {
      const b = buttons.nth(i);
      const key = await b
        .evaluate((el) => {
          const host = el.getRootNode().host?.localName ?? 'page';
          return `${host}|${el.localName}|${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60)}`;
        })
        .catch(() => undefined);
      if (!key || clicked.has(key) || DESTRUCTIVE.test(key)) continue;
      clicked.add(key);
      if (!(await b.isEnabled().catch(() => false))) continue;
      const chooser = page.waitForEvent('filechooser', { timeout: 400 }).catch(() => undefined);
      await b.click({ timeout: 2000 }).catch(() => undefined);
      const fc = await chooser;
      if (fc) await importFile(fc);
      await page.keyboard.press('Escape').catch(() => undefined);
      clicks += 1;
      pressed = true;
      // One keyboard edit per ecomap screen reached.
      const map = page.locator('toile-ecomap:visible').first();
      if ((await map.count()) && edits < 3) {
        const id = await map
          .evaluate((el) => el.assessment?.ecomap.ties[0]?.id)
          .catch(() => undefined);
        if (id) {
          await map
            .locator(`.node[data-id="${id}"]`)
            .focus()
            .catch(() => undefined);
          await page.keyboard.press('Delete');
          edits += 1;
        }
      }
      break;
    }
    if (!pressed) {
      // Stuck on a screen: start again from the home page; stop when that reveals nothing new.
      if (stuckAtHome) break;
      stuckAtHome = true;
      await page.goto(`${server.origin}/`);
      await page.waitForLoadState('networkidle');
    } else {
      stuckAtHome = false;
    }
  }

  // Import: the last JSON the demo exported, through every file input on the page.
  async function importFile(target) {
    const json = downloads.find((d) => /\.json$/.test(d.suggestedFilename()));
    const path = json ? await json.path() : undefined;
    if (path) await target.setFiles(path);
  }
  await page.goto(`${server.origin}/`);
  await page.waitForLoadState('networkidle');
  const inputs = page.locator('input[type="file"]');
  let imported = 0;
  for (let i = 0; i < (await inputs.count()); i++) {
    const json = downloads.find((d) => /\.json$/.test(d.suggestedFilename()));
    const path = json ? await json.path() : undefined;
    if (path) {
      await inputs
        .nth(i)
        .setInputFiles(path)
        .catch(() => undefined);
      imported += 1;
    }
  }
  await page.waitForTimeout(500);

  if (process.env.TOILE_CRAWL_DEBUG)
    console.log(
      [...clicked].join('\n'),
      downloads.map((d) => d.suggestedFilename()),
    );
  const own = server.origin;
  const foreign = requests.filter((r) => {
    const u = new URL(r.url);
    if (u.protocol === 'blob:' || u.protocol === 'data:')
      return !r.url.startsWith(`blob:${own}/`) && u.protocol !== 'data:';
    if (u.origin !== own || r.method !== 'GET') return true;
    if (u.pathname === '/favicon.ico') return false;
    const file = join(
      out.dir,
      decodeURIComponent(u.pathname.endsWith('/') ? `${u.pathname}index.html` : u.pathname),
    );
    return !(existsSync(file) && statSync(file).isFile());
  });
  console.log(
    `# demo crawl: ${clicks} controls pressed, ${edits} keyboard edits, ${downloads.length} downloads, ` +
      `${imported} imports, ${requests.length} requests (${new Set(requests.map((r) => r.url)).size} distinct)`,
  );
  assert.deepEqual(foreign, [], 'requests beyond the page’s own files');
  assert.deepEqual(await violations(), [], 'CSP violations');
  assert.deepEqual(log.pageErrors, [], 'uncaught errors');
  assert.ok(clicks >= 10, `the crawler reached the demo (${clicks} controls)`);
  assert.ok(downloads.length >= 1, 'at least one export was made');
  const html = readFileSync(join(out.dir, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /https?:\/\//, 'the built page references no absolute URL');
  await context.close();
});
