/* global document, window, indexedDB, IDBObjectStore, MutationObserver, HTMLIFrameElement -- used inside page callbacks, which run in the browser */
// Privacy and faults, end to end (issue 7): the built demo, served with
// `default-src 'self'; connect-src 'none'; img-src 'self' blob: data:` as a real header, driven
// through its « Protection des données » panel and its interview. Encryption (raw IndexedDB holds
// no name), lock and unlock, exports, auto-lock, retention and destroying one namespace; then
// faults: pages closed mid-save, two pages editing one record, a full disk. Every page records
// its requests (only same-origin GETs of the built files) and CSP violations (none).
// PRIVACY_SHOTS=<dir> also writes screenshots of the panel, the key and the locked list.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launch, openPage, root, serve, tempDir } from '../embedding/harness.mjs';

const CSP = "default-src 'self'; connect-src 'none'; img-src 'self' blob: data:";
const NS = 'toile-demo';
const DB = `toile:${NS}`;
const PASS = 'trois chats gris dorment';
const PASS2 = 'quatre merles chantent fort';
const SHOTS = process.env.PRIVACY_SHOTS;

let out;
let server;
let browser;
/** Faults simulated across the file, reported at the end. */
const faults = { closedMidSave: 0, closedWhileSaving: 0, conflicts: 0, quotaRefusals: 0 };

before(async () => {
  out = tempDir('toile-privacy-');
  const { build } = await import('vite');
  await build({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: out.dir, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  });
  server = await serve(out.dir, { csp: CSP });
  browser = await launch();
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
  out?.remove();
  console.log(
    `# faults simulated: ${faults.closedMidSave} pages closed mid-save (${faults.closedWhileSaving} with a save pending or in flight), ` +
      `${faults.conflicts} two-page conflicts, ${faults.quotaRefusals} quota refusals; ` +
      `total ${faults.closedMidSave + faults.conflicts + faults.quotaRefusals}`,
  );
});

/** A fresh browser context (its own IndexedDB) whose pages are all checked on `finish`. */
async function newContext(options = {}) {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  const pages = [];
  const open = async () => {
    const { page, log, violations } = await openPage(context);
    const requests = [];
    page.on('request', (r) => requests.push({ url: r.url(), method: r.method() }));
    page.on('dialog', (d) => void d.dismiss());
    await page.addInitScript(() => {
      // A print of the whole page would show every name: count calls, print nothing.
      window.__pagePrints = 0;
      window.print = () => {
        window.__pagePrints += 1;
      };
      // Record what every iframe added to the page holds once the script that added it is done.
      window.__frames = [];
      new MutationObserver((records) => {
        for (const r of records) {
          for (const n of r.addedNodes) {
            if (n instanceof HTMLIFrameElement) {
              window.__frames.push({
                src: n.getAttribute('src'),
                text: n.contentDocument?.body?.innerText ?? '',
                html: n.contentDocument?.documentElement?.outerHTML ?? '',
              });
            }
          }
        }
      }).observe(document, { childList: true, subtree: true });
      // Revisions the interview reports as saved (its `toile-saved` event is composed).
      window.__saved = [];
      document.addEventListener('toile-saved', (e) => window.__saved.push(e.assessment.revision));
    });
    const entry = { page, log, violations, requests };
    pages.push(entry);
    return entry;
  };
  const finish = async () => {
    for (const { page, log, violations, requests } of pages) {
      assertOwnRequests(requests);
      if (!page.isClosed()) assert.deepEqual(await violations(), [], 'CSP violations');
      assert.deepEqual(log.pageErrors, [], 'uncaught errors');
    }
    await context.close();
  };
  return { context, open, finish };
}

/** Only same-origin GETs of files the build produced (blob: downloads of this origin allowed). */
function assertOwnRequests(requests) {
  const own = server.origin;
  const foreign = requests.filter((r) => {
    const u = new URL(r.url);
    if (u.protocol === 'blob:') return !r.url.startsWith(`blob:${own}/`);
    if (u.protocol === 'data:' || r.url === 'about:blank') return false;
    if (u.origin !== own || r.method !== 'GET') return true;
    if (u.pathname === '/favicon.ico') return false;
    const path = decodeURIComponent(
      u.pathname.endsWith('/') ? `${u.pathname}index.html` : u.pathname,
    );
    const file = join(out.dir, path);
    return !(existsSync(file) && statSync(file).isFile());
  });
  assert.deepEqual(foreign, [], 'requests beyond the page’s own files');
  assert.ok(requests.length > 0, 'requests were recorded');
}

async function goHome(page, hash = '') {
  // A hash change alone is a same-document navigation the demo does not route on: load afresh.
  if (page.url().startsWith(server.origin)) await page.goto('about:blank');
  await page.goto(`${server.origin}/${hash}`);
  await page.waitForSelector('toile-demo-app h1');
}

/** The namespace's object store, raw: [key, value] pairs (the connection is closed after). */
function rawRecords(page, dbName = DB) {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('records')) {
            db.close();
            resolve([]);
            return;
          }
          const store = db.transaction('records', 'readonly').objectStore('records');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            db.close();
            resolve(keys.result.map((k, i) => [k, values.result[i]]));
          };
          values.onerror = () => reject(values.error);
        };
      }),
    dbName,
  );
}

async function loadPersonas(page) {
  await page.getByRole('button', { name: 'Charger les personas de démonstration' }).click();
  await page.waitForFunction(() => document.querySelectorAll('ul.records > li.record').length >= 4);
}

async function listNames(page) {
  return page.locator('ul.records > li.record .record-name').allInnerTexts();
}

async function openPanel(page) {
  if (await page.locator('toile-demo-privacy').count()) return;
  await page.locator('.header-privacy .privacy-link').click();
  await page.waitForSelector('toile-demo-privacy #privacy-title');
}

async function backToList(page) {
  await page.getByRole('button', { name: '← Retour à la liste' }).click();
  await page.waitForSelector('main h2:text("Évaluations sur cet appareil")');
}

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return {
    name: file.suggestedFilename(),
    json: JSON.parse(readFileSync(await file.path(), 'utf8')),
  };
}

/** Every person's name and every note's text in a plaintext export. */
function secretsOf(exportFile) {
  const names = new Set();
  const notes = new Set();
  for (const r of exportFile.records) {
    for (const e of r.registry ?? []) if (e.name && e.name.length >= 4) names.add(e.name);
    for (const n of r.notes ?? []) if (n.text) notes.add(n.text);
  }
  return { names: [...names], notes: [...notes] };
}

async function shot(page, name) {
  if (!SHOTS) return;
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function setUpEncryption(page) {
  await openPanel(page);
  const panel = page.locator('toile-demo-privacy');
  await panel.locator('#setup-passphrase').fill('abc');
  await assert.doesNotReject(panel.locator('#setup-strength[data-strength="short"]').waitFor());
  await panel.locator('#setup-passphrase').fill(PASS);
  await panel.locator('#setup-passphrase-again').fill(PASS);
  await panel.locator('#setup-understood').check();
  await shot(page, 'privacy-setup-1280');
  await panel.getByRole('button', { name: 'Chiffrer les données' }).click();
  await panel.locator('#recovery-key').waitFor();
  return (await panel.locator('#recovery-key').innerText()).trim();
}

test('encryption: set up in the UI, no name at rest, lock, wrong passphrase, unlock, exports', async () => {
  const { open, finish } = await newContext();
  const { page } = await open();
  await goHome(page);
  await assert.doesNotReject(page.locator('.lock-badge[data-state="none"]').waitFor());

  const recoveryKey = await setUpEncryption(page);
  assert.match(recoveryKey, /^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/, 'the recovery key is 8 groups of 4');
  const panel = page.locator('toile-demo-privacy');
  assert.match(
    await panel.locator('.recovery .warning').innerText(),
    /ne peuvent pas être récupérées/,
    'the key is shown with the warning',
  );
  await shot(page, 'privacy-recovery-1280');
  await page.setViewportSize({ width: 320, height: 800 });
  await shot(page, 'privacy-recovery-320');
  await page.setViewportSize({ width: 1280, height: 900 });

  // Print: only the key sheet, from a hidden about:blank frame; the page itself is never printed.
  await panel.locator('button.print-key').click();
  const frames = await page.evaluate(() => window.__frames);
  assert.equal(frames.length, 1, 'one print frame');
  assert.equal(frames[0].src, 'about:blank');
  assert.ok(frames[0].text.includes(recoveryKey), 'the sheet holds the key');
  assert.match(frames[0].text, /toile-demo/);
  assert.equal(
    await page.evaluate(() => window.__pagePrints),
    0,
    'window.print of the page not used',
  );
  if (SHOTS) {
    // Show the (hidden) print frame full-page for a look at the sheet.
    await page.evaluate(() => {
      const f = document.querySelector('iframe.print-frame');
      if (f)
        f.style.cssText =
          'position:fixed;inset:0;width:100vw;height:100vh;background:#fff;z-index:9;border:0';
    });
    await page.screenshot({ path: join(SHOTS, 'recovery-sheet.png') });
  }
  await page.waitForFunction(() => !document.querySelector('iframe.print-frame'), null, {
    timeout: 5000,
  });

  // Shown once: after « done » the key is nowhere in the page.
  await panel.locator('button.recovery-done').click();
  assert.equal(await page.locator('#recovery-key').count(), 0);
  assert.ok(!(await page.content()).includes(recoveryKey), 'the key is gone from the page');
  await assert.doesNotReject(
    page.locator('.app-header .lock-badge[data-state="unlocked"]').waitFor(),
  );
  await shot(page, 'privacy-panel-unlocked-1280');

  await backToList(page);
  await loadPersonas(page);
  const shownNames = await listNames(page);
  assert.equal(shownNames.length, 4);

  // A plaintext export needs an explicit confirmation; cancelling exports nothing.
  await openPanel(page);
  await panel.locator('button.export-plain').click();
  const dialog = panel.locator('#plain-dialog');
  assert.equal(await dialog.evaluate((d) => d.open && d.matches(':modal')), true, 'a modal dialog');
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await dialog.locator('button.cancel').click();
  await page.waitForTimeout(300);
  assert.equal(downloads, 0, 'cancel exports nothing');
  await panel.locator('button.export-plain').click();
  const plain = await download(page, () => dialog.locator('button.confirm').click());
  assert.equal(plain.json.format, 'toile-export');
  assert.match(plain.name, /en-clair\.json$/);
  const { names, notes } = secretsOf(plain.json);
  assert.ok(
    names.length >= 8 && notes.length >= 3,
    `secrets to look for (${names.length} names, ${notes.length} notes)`,
  );
  for (const shown of shownNames) assert.ok(names.includes(shown), `${shown} is in the export`);

  // The default export of an encrypted namespace is encrypted: no name in it.
  const encrypted = await download(page, () => panel.locator('button.export-default').click());
  assert.equal(encrypted.json.format, 'toile-encrypted-export');
  const encText = JSON.stringify(encrypted.json);
  for (const s of [...names, ...notes])
    assert.ok(!encText.includes(s), `encrypted export leaks ${s}`);

  // Consent-filtered (in clear): sections without consent are left out.
  await panel.locator('#export-consent').check();
  await panel.locator('button.export-plain').click();
  const filtered = await download(page, () => dialog.locator('button.confirm').click());
  assert.equal(filtered.json.records.length, 4);
  assert.notDeepEqual(
    filtered.json.records,
    plain.json.records,
    'consent filtering removed something',
  );
  await panel.locator('#export-consent').uncheck();

  // Raw IndexedDB: ciphertext only.
  const raw = await rawRecords(page);
  const dump = JSON.stringify(raw);
  assert.equal(raw.filter(([k]) => k !== '__toile_keys__').length, 4);
  for (const [key, value] of raw) {
    if (key === '__toile_keys__') continue;
    assert.equal(value.codec, 'aes-gcm', `${key} is encrypted`);
    assert.equal(value.tenantName, undefined);
  }
  for (const s of [...names, ...notes])
    assert.ok(!dump.includes(s), `raw IndexedDB leaks « ${s} »`);

  // Lock from the header: the list shows ids and dates only.
  await backToList(page);
  await page.locator('.app-header button.header-lock').click();
  await page.locator('.app-header .lock-badge[data-state="locked"]').waitFor();
  await page.waitForFunction(
    () => document.querySelectorAll('ul.records > li.record.locked').length === 4,
  );
  const lockedText = await page.locator('ul.records').innerText();
  for (const s of names) assert.ok(!lockedText.includes(s), `locked list shows ${s}`);
  const ids = raw.map(([k]) => k).filter((k) => k !== '__toile_keys__');
  for (const id of ids) assert.ok(lockedText.includes(id), `locked list shows id ${id}`);
  assert.match(lockedText, /Modifiée le/);
  assert.equal(await page.locator('ul.records button').count(), 0, 'no open/delete while locked');
  await shot(page, 'locked-list-1280');
  await page.setViewportSize({ width: 320, height: 800 });
  await shot(page, 'locked-list-320');
  await page.setViewportSize({ width: 1280, height: 900 });

  // A wrong passphrase: a clear message, nothing changed.
  await page.locator('.locked-note button').click();
  await panel.locator('#unlock-passphrase').fill('pas la bonne phrase');
  await panel.getByRole('button', { name: 'Déverrouiller', exact: true }).click();
  const error = panel.locator('#unlock-error');
  await error.waitFor();
  const message = await error.innerText();
  assert.match(message, /phrase de passe/i);
  assert.match(message, /Rien n’a été modifié ni détruit/);
  assert.equal(
    JSON.stringify(await rawRecords(page)),
    dump,
    'the raw data is byte for byte the same',
  );
  await shot(page, 'privacy-wrong-passphrase-1280');

  // The right one: names are back.
  await panel.locator('#unlock-passphrase').fill(PASS);
  await panel.getByRole('button', { name: 'Déverrouiller', exact: true }).click();
  await page.locator('.app-header .lock-badge[data-state="unlocked"]').waitFor();
  await backToList(page);
  await page.waitForFunction(
    () => document.querySelectorAll('ul.records > li.record:not(.locked)').length === 4,
  );
  assert.deepEqual((await listNames(page)).sort(), [...shownNames].sort());

  // The recovery key opens too (typed in lower case with spaces), and a passphrase change works.
  await page.locator('.app-header button.header-lock').click();
  await page.locator('.app-header .lock-badge[data-state="locked"]').waitFor();
  await openPanel(page);
  await panel.getByRole('button', { name: 'Utiliser la clé de récupération' }).click();
  await panel.locator('#recovery-key-input').fill(recoveryKey.toLowerCase().replaceAll('-', ' '));
  await panel.getByRole('button', { name: 'Déverrouiller', exact: true }).click();
  await page.locator('.app-header .lock-badge[data-state="unlocked"]').waitFor();
  await panel.locator('#current-passphrase').fill(PASS);
  await panel.locator('#new-passphrase').fill(PASS2);
  await panel.locator('#new-passphrase-again').fill(PASS2);
  await panel.getByRole('button', { name: 'Changer la phrase de passe' }).click();
  await panel.locator('.status:text("Phrase de passe changée")').waitFor();
  await panel.locator('button.lock-now').click();
  await panel.locator('#unlock-passphrase').fill(PASS);
  await panel.getByRole('button', { name: 'Déverrouiller', exact: true }).click();
  await error.waitFor();
  await panel.locator('#unlock-passphrase').fill(PASS2);
  await panel.getByRole('button', { name: 'Déverrouiller', exact: true }).click();
  await page.locator('.app-header .lock-badge[data-state="unlocked"]').waitFor();
  await shot(page, 'privacy-panel-1280');
  await page.setViewportSize({ width: 320, height: 800 });
  await shot(page, 'privacy-panel-320');
  await finish();
});

test('auto-lock after the configured minutes without input; input keeps it open', async () => {
  const { open, finish } = await newContext();
  const { page } = await open();
  await page.clock.install();
  await goHome(page);
  await openPanel(page);
  const panel = page.locator('toile-demo-privacy');
  await panel.locator('#auto-lock').fill('1');
  await panel.getByRole('button', { name: 'Appliquer' }).click();
  await panel.locator('.status:text("1 min")').waitFor();
  await setUpEncryption(page);
  await panel.locator('button.recovery-done').click();
  await page.locator('.app-header .lock-badge[data-state="unlocked"]').waitFor();
  await page.clock.fastForward(40_000);
  await panel.locator('#export-consent').press('Space'); // input: counts as activity
  await page.clock.fastForward(40_000);
  assert.equal(
    await page.locator('.app-header .lock-badge').getAttribute('data-state'),
    'unlocked',
  );
  await page.clock.fastForward(25_000);
  await page.locator('.app-header .lock-badge[data-state="locked"]').waitFor();
  await assert.doesNotReject(page.locator('.status:text("inactivité")').first().waitFor());
  await finish();
});

/** Ids of the stored records, from raw IndexedDB. */
async function storedIds(page) {
  return (await rawRecords(page)).map(([k]) => k).filter((k) => k !== '__toile_keys__');
}

/** The stored envelope of `id`, raw. */
async function stored(page, id) {
  return (await rawRecords(page)).find(([k]) => k === id)?.[1];
}

/** The tenant's name in a plaintext envelope's payload. */
function tenantNameIn(envelope) {
  const a = envelope.payload;
  return a.registry.find((e) => e.id === a.tenant.personId)?.name;
}

/** Opens the demo's interview on `id` at `step`, ready for input. */
async function openInterview(page, id, step) {
  await goHome(page, `#entrevue/${encodeURIComponent(id)}/${step}`);
  await page.locator(`toile-interview [part="step"][data-step="${step}"]`).waitFor();
}

test('faults: closing the page in the middle of saves leaves the last committed revision intact', async () => {
  const { open, finish } = await newContext();
  const first = await open();
  await goHome(first.page);
  await loadPersonas(first.page);
  const id = 'persona-ginette';
  const original = tenantNameIn(await stored(first.page, id));
  await first.page.close();

  // Each round types a suffix and closes the page at a different moment: before the debounce,
  // during the write, just after it.
  const delays = [0, 0, 5, 20, 60, 150, 300, 380, 420, 450, 600, 900];
  let name = original;
  for (const [round, delay] of delays.entries()) {
    const { page } = await open();
    await openInterview(page, id, 'about');
    const input = page.locator('toile-interview #name');
    assert.equal(
      await input.inputValue(),
      name,
      `round ${round}: the page resumes the stored name`,
    );
    const before = await stored(page, id);
    await input.focus();
    await page.keyboard.press('End');
    const suffix = ` r${round}`;
    await page.keyboard.type(suffix, { delay: 15 });
    if (delay) await page.waitForTimeout(delay);
    const state = await page.evaluate(() => document.querySelector('toile-interview').saveState);
    const saved = await page.evaluate(() => window.__saved.slice());
    await page.close({ runBeforeUnload: false });
    faults.closedMidSave += 1;
    if (state === 'saving') faults.closedWhileSaving += 1;

    const check = await open();
    await goHome(check.page);
    const after = await stored(check.page, id);
    assert.ok(after, `round ${round}: the record is still there`);
    // Committed revisions only: the one before, or a later one, never a torn write.
    const lastSeen = saved.length ? Math.max(...saved) : before.revision;
    assert.ok(
      after.revision >= lastSeen,
      `round ${round}: revision ${after.revision} ≥ ${lastSeen}`,
    );
    const storedName = tenantNameIn(after);
    const typed = [name, ...Array.from(suffix, (_, i) => name + suffix.slice(0, i + 1))];
    assert.ok(
      typed.includes(storedName),
      `round ${round}: « ${storedName} » is a state that was typed`,
    );
    if (after.revision === before.revision)
      assert.equal(storedName, name, 'same revision, same content');
    name = storedName;
    await check.page.close();
  }
  // The last one still opens and parses in the interview.
  const { page } = await open();
  await openInterview(page, id, 'about');
  assert.equal(await page.locator('toile-interview #name').inputValue(), name);
  assert.equal(
    await page.locator('toile-interview [part="error"], toile-interview [part="fault"]').count(),
    0,
  );
  assert.ok(
    faults.closedWhileSaving >= 1,
    'at least one page was closed with a save pending or in flight',
  );
  await finish();
});

test('faults: two pages editing one assessment surface a conflict and both edits stay recoverable', async () => {
  const { open, finish } = await newContext();
  const a = await open();
  await goHome(a.page);
  await loadPersonas(a.page);
  const id = 'persona-samuel';
  const b = await open();
  await openInterview(a.page, id, 'about');
  await openInterview(b.page, id, 'plan');
  // Hold the autosave so both edits are pending at once, then save A first.
  for (const p of [a.page, b.page]) {
    await p.evaluate(() => (document.querySelector('toile-interview').saveDelay = 60_000));
  }
  const nameA = `${await a.page.locator('toile-interview #name').inputValue()} (page A)`;
  await a.page.locator('toile-interview #name').fill(nameA);
  const noteB = 'Note écrite dans la page B pendant que la page A changeait le nom.';
  await b.page.locator('toile-interview #note-text').fill(noteB);
  await b.page.locator('toile-interview').getByRole('button', { name: 'Ajouter la note' }).click();
  await a.page.evaluate(() => document.querySelector('toile-interview').save());
  assert.equal(tenantNameIn(await stored(a.page, id)), nameA, 'page A saved');
  await b.page.evaluate(() => document.querySelector('toile-interview').save());

  const conflict = b.page.locator('toile-interview [part="conflict"]');
  await conflict.waitFor();
  faults.conflicts += 1;
  const text = await conflict.innerText();
  assert.match(text, /Cette page/i);
  assert.ok((await conflict.locator('tr.differs').count()) >= 2, 'both changed sections are shown');
  const both = await download(b.page, () => conflict.locator('button.download-both').click());
  assert.equal(both.json.format, 'toile-interview-versions');
  assert.ok(
    both.json.thisPage.notes.some((n) => n.text === noteB),
    'the download holds B’s edit',
  );
  assert.equal(
    both.json.otherTab.registry.find((e) => e.id === both.json.otherTab.tenant.personId).name,
    nameA,
    'the download holds A’s edit',
  );
  if (SHOTS) await b.page.screenshot({ path: join(SHOTS, 'conflict-1280.png'), fullPage: true });
  await conflict.locator('button.save-merge').click();
  await conflict.waitFor({ state: 'detached' });
  const merged = await stored(b.page, id);
  assert.equal(tenantNameIn(merged), nameA, 'the merged record keeps A’s name');
  assert.ok(
    merged.payload.notes.some((n) => n.text === noteB),
    'the merged record keeps B’s note',
  );
  await finish();
});

test('faults: a full disk (quota error) keeps the in-memory edit and says so', async () => {
  const { open, finish } = await newContext();
  const { page } = await open();
  await page.addInitScript(() => {
    // A full disk: every IndexedDB put throws QuotaExceededError while the flag is set.
    window.__diskFull = false;
    window.__refused = 0;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      if (window.__diskFull) {
        window.__refused += 1;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
  await goHome(page);
  await loadPersonas(page);
  const id = 'persona-marc-andre';
  await openInterview(page, id, 'about');
  const input = page.locator('toile-interview #name');
  const original = await input.inputValue();
  const before = await stored(page, id);

  await page.evaluate(() => (window.__diskFull = true));
  await input.fill(`${original} (disque plein)`);
  const fault = page.locator('toile-interview [part="fault"]');
  await fault.waitFor();
  assert.match(await fault.innerText(), /espace de stockage est plein/);
  assert.match(await fault.innerText(), /conservées dans cette page/);
  assert.equal(
    await input.inputValue(),
    `${original} (disque plein)`,
    'the edit is still on screen',
  );
  const inMemory = await page.evaluate(() => {
    const a = document.querySelector('toile-interview').assessment;
    return a.registry.find((e) => e.id === a.tenant.personId).name;
  });
  assert.equal(inMemory, `${original} (disque plein)`, 'the edit is still in memory');
  assert.deepEqual(await stored(page, id), before, 'nothing was written');
  assert.equal(
    await page.locator('toile-interview [part="status"]').getAttribute('data-state'),
    'error',
  );
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'quota-1280.png'), fullPage: true });

  // Space again: the next edit saves, with the earlier one.
  faults.quotaRefusals += await page.evaluate(() => window.__refused);
  await page.evaluate(() => (window.__diskFull = false));
  await input.press('End');
  await input.pressSequentially('!');
  await page.waitForFunction(() => document.querySelector('toile-interview').saveState === 'saved');
  const after = await stored(page, id);
  assert.equal(tenantNameIn(after), `${original} (disque plein)!`);
  assert.equal(after.revision, before.revision + 1);
  assert.equal(await fault.count(), 0, 'the message is gone once saved');
  await finish();
});

test('retention: records to review, destroy on confirmation, destroy all removes only this namespace', async () => {
  const { open, finish } = await newContext();
  const { page } = await open();
  await goHome(page);
  await loadPersonas(page);
  // Things that must survive: the host's own database, another Toile namespace, localStorage.
  await page.evaluate(() =>
    Promise.all(
      ['host-app-db', 'toile:other-ns'].map(
        (name) =>
          new Promise((resolve, reject) => {
            const req = indexedDB.open(name, 1);
            req.onupgradeneeded = () => req.result.createObjectStore('records');
            req.onerror = () => reject(req.error);
            req.onsuccess = () => {
              const tx = req.result.transaction('records', 'readwrite');
              tx.objectStore('records').put({ keep: name }, 'k');
              tx.oncomplete = () => {
                req.result.close();
                resolve();
              };
            };
          }),
      ),
    ).then(() => {
      localStorage.setItem('host-setting', 'keep me');
      localStorage.setItem('toile-demo-unrelated', 'keep me too');
    }),
  );

  // A retention date in the past, set in the interview's plan step.
  const id = 'persona-ginette';
  await openInterview(page, id, 'plan');
  await page.locator('toile-interview #retainUntil').fill('2020-01-31');
  await page.locator('toile-interview #retainUntil').dispatchEvent('change');
  await page.waitForFunction(
    async () => document.querySelector('toile-interview').saveState === 'saved',
  );
  await page.waitForFunction(() => window.__saved.length > 0);
  assert.equal((await stored(page, id)).retainUntil, '2020-01-31');

  await goHome(page, '#protection');
  const panel = page.locator('toile-demo-privacy');
  const row = panel.locator(`ul.expired li[data-id="${id}"]`);
  await row.waitFor();
  assert.equal(
    await panel.locator('ul.expired li').count(),
    1,
    'only the expired record is listed',
  );
  assert.match(await row.innerText(), /2020-01-31/);
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'retention-1280.png'), fullPage: true });

  // Cancel first: nothing is destroyed.
  await row.getByRole('button').click();
  const dialog = panel.locator('#destroy-dialog');
  assert.equal(await dialog.evaluate((d) => d.open && d.matches(':modal')), true, 'a modal dialog');
  await dialog.locator('button.cancel').click();
  assert.ok((await storedIds(page)).includes(id), 'cancel destroys nothing');
  await row.getByRole('button').click();
  await dialog.locator('button.confirm').click();
  await panel.locator('.retention-empty').waitFor();
  assert.deepEqual((await storedIds(page)).sort(), [
    'persona-famille-tremblay-diallo',
    'persona-marc-andre',
    'persona-samuel',
  ]);

  // Destroy all: the typed name must match.
  await panel.locator('button.destroy-all').click();
  const all = panel.locator('#destroy-all-dialog');
  assert.equal(await all.evaluate((d) => d.open && d.matches(':modal')), true);
  await all.locator('#destroy-all-name').fill('toile-dem');
  assert.equal(
    await all.locator('button.confirm').isDisabled(),
    true,
    'a wrong name cannot confirm',
  );
  await all.locator('#destroy-all-name').fill(NS);
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'destroy-all-1280.png') });
  await all.locator('button.confirm').click();
  await page.locator('main p.destroyed').waitFor();

  const dbs = (await page.evaluate(() => indexedDB.databases())).map((d) => d.name).sort();
  assert.ok(!dbs.includes(DB), `the namespace's database is gone (${dbs.join(', ')})`);
  assert.deepEqual(dbs, ['host-app-db', 'toile:other-ns']);
  assert.deepEqual(await rawRecords(page, 'host-app-db'), [['k', { keep: 'host-app-db' }]]);
  assert.deepEqual(await rawRecords(page, 'toile:other-ns'), [['k', { keep: 'toile:other-ns' }]]);
  assert.deepEqual(
    await page.evaluate(() => [
      localStorage.getItem('host-setting'),
      localStorage.getItem('toile-demo-unrelated'),
      localStorage.length,
    ]),
    ['keep me', 'keep me too', 2],
  );
  // Reading the databases above must not have recreated it.
  assert.ok(!(await page.evaluate(() => indexedDB.databases())).some((d) => d.name === DB));
  // Starting again gives an empty, unencrypted namespace.
  await page.getByRole('button', { name: 'Recommencer avec un espace vide' }).click();
  await page.locator('main p.empty').waitFor();
  await page.locator('.app-header .lock-badge[data-state="none"]').waitFor();
  await finish();
});
