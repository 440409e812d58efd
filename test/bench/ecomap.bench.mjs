/* global window, requestAnimationFrame */
// Benchmark of <toile-ecomap>: builds a bench page with vite into a temp dir, serves it on
// 127.0.0.1, drives Debian's Chromium headless through playwright-core, and prints a table.
// Each figure runs from setting `assessment` (or dispatching the input event) to the second
// requestAnimationFrame after `updateComplete`: 5 warm-ups, then 30 runs; median and p95.
// Chromium runs with --disable-gpu-vsync and --disable-frame-rate-limit so a frame is produced
// as soon as the work is done: otherwise two frames of 60 Hz vsync (up to 33 ms) would hide it.
// Also prints the element's own size (its define file minified, lit/d3/zod/idb-keyval/@toile/core
// external, gzip -9).
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { chromium } from 'playwright-core';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const tmp = mkdtempSync(join(tmpdir(), 'toile-ecomap-bench-'));
const core = join(root, 'packages/core/src/index.ts');
const define = join(root, 'packages/elements/src/define/toile-ecomap.ts');

writeFileSync(
  join(tmp, 'index.html'),
  '<!doctype html><html lang="fr"><body style="margin:0"><div id="host" style="width:1000px;height:800px"></div><script type="module" src="./main.ts"></script></body></html>',
);
writeFileSync(
  join(tmp, 'main.ts'),
  `import ${JSON.stringify(define)};
import { generateEcomapAssessment, addTie, parseAssessment, layoutEcomap } from ${JSON.stringify(core)};
window.diag = () => { const a = generateEcomapAssessment({ ties: 150, seed: 150, household: 2 }); const t = (f) => { const t0 = performance.now(); for (let i = 0; i < 10; i++) f(); return (performance.now() - t0) / 10; }; return { parse: t(() => parseAssessment(a)), layout: t(() => layoutEcomap(a)), frames: 0 }; };
window.diag2 = async () => { const e = document.createElement('toile-ecomap'); document.body.append(e); const base = generateEcomapAssessment({ ties: 150, seed: 150, household: 2 }); e.assessment = base; await e.updateComplete; const out = []; for (let i = 0; i < 8; i++) { const r = addTie(e.assessment, { kind: 'person', name: 'N' + i }, { sector: 'friends' }); const t0 = performance.now(); e.assessment = r.assessment; const t1 = performance.now(); await e.updateComplete; const t2 = performance.now(); e.getBoundingClientRect(); e.shadowRoot.querySelector('svg').getBBox(); const t3 = performance.now(); out.push([t1 - t0, t2 - t1, t3 - t2].map((x) => x.toFixed(1)).join('/')); } e.remove(); return out; };
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const stats = (xs) => { const s = [...xs].sort((a, b) => a - b); const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]; return { median: q(0.5), p95: q(0.95) }; };
let el;
async function fresh() {
  el?.remove();
  el = document.createElement('toile-ecomap');
  el.style.height = '800px';
  document.querySelector('#host').append(el);
  return el;
}
async function timed(fn) { const t0 = performance.now(); await fn(); await el.updateComplete; await frames(); return performance.now() - t0; }
async function series(setup, step, warm = 5, runs = 30) {
  await setup();
  const xs = [];
  for (let i = 0; i < warm + runs; i += 1) { const t = await step(i); if (i >= warm) xs.push(t); }
  return stats(xs);
}
window.bench = {
  render: (ties) => {
    const base = generateEcomapAssessment({ ties, seed: ties, household: 2, links: Math.floor(ties / 8) });
    return series(fresh, async () => { const a = structuredClone(base); el.assessment = undefined; await el.updateComplete; await frames(); return timed(() => { el.assessment = a; }); });
  },
  edit: () => {
    const base = generateEcomapAssessment({ ties: 150, seed: 150, household: 2 });
    return series(async () => { await fresh(); el.assessment = base; await el.updateComplete; }, async (i) => {
      const r = addTie(el.assessment, { kind: 'person', name: 'Nouvelle ' + i }, { sector: 'friends' });
      return timed(() => { el.assessment = r.assessment; });
    });
  },
  prepareStep: async () => {
    await fresh();
    el.assessment = generateEcomapAssessment({ ties: 150, seed: 150, household: 2 });
    await el.updateComplete; await frames();
  },
  keyStep: async () => {
    const node = el.shadowRoot.querySelector('.node.tie');
    node.focus();
    const key = (k) => node.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
    key('m'); await el.updateComplete;
    const xs = [];
    for (let i = 0; i < 35; i += 1) { const t = await timed(() => { key(i % 2 ? 'ArrowLeft' : 'ArrowRight'); }); if (i >= 5) xs.push(t); }
    key('Escape'); await el.updateComplete;
    return stats(xs);
  },
  dragStep: async () => {
    const node = el.shadowRoot.querySelector('.node.tie');
    const svg = el.shadowRoot.querySelector('svg.eco');
    const r = node.querySelector('.shape').getBoundingClientRect();
    const o = { bubbles: true, composed: true, pointerId: 3, isPrimary: true, button: 0, pointerType: 'mouse' };
    node.querySelector('.shape').dispatchEvent(new PointerEvent('pointerdown', { ...o, clientX: r.x, clientY: r.y }));
    const xs = [];
    for (let i = 0; i < 35; i += 1) { const t = await timed(() => { svg.dispatchEvent(new PointerEvent('pointermove', { ...o, clientX: r.x + 10 + (i % 7) * 3, clientY: r.y + 10 })); }); if (i >= 5) xs.push(t); }
    svg.dispatchEvent(new PointerEvent('pointercancel', o));
    return stats(xs);
  },
};
window.benchReady = true;
`,
);

async function sizeOfDefine() {
  const out = join(tmp, 'size');
  await build({
    configFile: false,
    logLevel: 'warn',
    root: tmp,
    build: {
      outDir: out,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: { entry: define, formats: ['es'], fileName: 'toile-ecomap' },
      rolldownOptions: {
        external: (id) =>
          /^(lit|lit-html|lit-element|@lit|zod|idb-keyval|d3-[a-z-]+|@toile\/core)(\/.*)?$/.test(
            id,
          ),
        output: { minify: true },
      },
    },
  });
  const file = readdirSync(out, { recursive: true }).find((f) => /\.m?js$/.test(String(f)));
  if (!file) throw new Error(`no build output in ${out}: ${readdirSync(out).join(', ')}`);
  const code = readFileSync(join(out, file));
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
function serve(dir) {
  const server = createServer((req, res) => {
    const path = join(
      dir,
      decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/\/$/, '/index.html'),
    );
    if (!path.startsWith(dir) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': MIME[extname(path)] ?? 'application/octet-stream' })
      .end(readFileSync(path));
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

const fmt = (x) => x.toFixed(1).padStart(7);
let browser;
let server;
try {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: tmp,
    build: { outDir: join(tmp, 'dist'), emptyOutDir: true, target: 'es2022', minify: true },
  });
  const size = await sizeOfDefine();
  server = await serve(join(tmp, 'dist'));
  const port = server.address().port;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu-vsync',
      '--disable-frame-rate-limit',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => window.benchReady === true);
  if (process.env.DIAG) {
    console.log(await page.evaluate(() => window.diag()));
    console.log(await page.evaluate(() => window.diag2()));
    console.log(
      await page.evaluate(async () => {
        const t0 = performance.now();
        for (let i = 0; i < 10; i++)
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return (performance.now() - t0) / 10;
      }),
    );
  }
  const rows = [];
  for (const ties of [10, 50, 150, 500])
    rows.push([
      `layout + first render, ${ties} ties`,
      await page.evaluate((n) => window.bench.render(n), ties),
      ties === 150 ? 40 : ties === 500 ? 150 : undefined,
    ]);
  rows.push(['one edit (add a tie), 150 ties', await page.evaluate(() => window.bench.edit()), 16]);
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(() => window.bench.prepareStep());
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  rows.push([
    'keyboard move step, 150 ties, CPU 4x slower',
    await page.evaluate(() => window.bench.keyStep()),
    16,
  ]);
  rows.push([
    'drag step, 150 ties, CPU 4x slower',
    await page.evaluate(() => window.bench.dragStep()),
    16,
  ]);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  console.log('\n<toile-ecomap> benchmark (ms; 5 warm-ups, 30 runs; headless Chromium)\n');
  console.log(`${'case'.padEnd(46)} ${'median'.padStart(7)} ${'p95'.padStart(7)}  target`);
  for (const [name, s, target] of rows) {
    const verdict =
      target === undefined ? '' : s.median < target ? `< ${target} ok` : `< ${target} MISSED`;
    console.log(`${name.padEnd(46)} ${fmt(s.median)} ${fmt(s.p95)}  ${verdict}`);
  }
  const kb = size.gzip / 1024;
  console.log(
    `\nelement's own code (define/toile-ecomap, minified, deps external): ${(size.raw / 1024).toFixed(1)} KB raw, ${kb.toFixed(1)} KB gzip -9 (target < 15 KB: ${kb < 15 ? 'ok' : 'MISSED'})`,
  );
} finally {
  await browser?.close();
  server?.close();
  rmSync(tmp, { recursive: true, force: true });
}
