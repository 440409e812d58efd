// Benchmark of <toile-genogram>, side by side with family-chart 0.9 on the same families: builds a
// bench page with vite into a temp dir, serves it on 127.0.0.1, drives Debian's Chromium headless
// through playwright-core, and prints a table. Each figure runs from setting `assessment` (or, for
// family-chart, `updateData` + `updateTree`) to the second requestAnimationFrame after
// `updateComplete`: 5 warm-ups, then 30 runs; median and p95. Families come from
// `generateFamily` (multi-generation, in-laws with their parents, remarriages, half-siblings).
// Chromium runs with --disable-gpu-vsync and --disable-frame-rate-limit so a frame is produced as
// soon as the work is done. Also prints the element's own size (define/toile-genogram minified,
// lit/d3/zod/@toile/core external, gzip -9).
/* global window */
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { chromium } from 'playwright-core';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const tmp = mkdtempSync(join(tmpdir(), 'toile-genogram-bench-'));
const core = join(root, 'packages/core/src/index.ts');
const fixtures = join(root, 'packages/core/src/layout/genogram-fixtures.ts');
const define = join(root, 'packages/elements/src/define/toile-genogram.ts');
const hasFamilyChart = existsSync(join(root, 'node_modules/family-chart/package.json'));

writeFileSync(
  join(tmp, 'index.html'),
  '<!doctype html><html lang="fr"><body style="margin:0"><div id="host" style="width:1200px"></div><div id="fc" style="width:1200px;height:900px"></div><script type="module" src="./main.ts"></script></body></html>',
);
writeFileSync(
  join(tmp, 'main.ts'),
  `import ${JSON.stringify(define)};
import { addChild } from ${JSON.stringify(core)};
import { generateFamily } from ${JSON.stringify(fixtures)};
${hasFamilyChart ? "import * as f3 from 'family-chart';" : 'const f3 = undefined;'}
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const stats = (xs) => { const s = [...xs].sort((a, b) => a - b); const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]; return { median: q(0.5), p95: q(0.95) }; };
const family = (n) => generateFamily(n, n * 7 + 1, { remarriage: 0.2, inLawParents: 0.15 });
let el;
function fresh() {
  el?.remove();
  el = document.createElement('toile-genogram');
  document.querySelector('#host').append(el);
  return el;
}
const frame = () => new Promise((r) => requestAnimationFrame(r));
// Times one step: to updateComplete, to the first animation frame, to the second (the figure).
async function timed(fn) {
  const t0 = performance.now();
  await fn();
  await el.updateComplete;
  const t1 = performance.now();
  await frame();
  const t2 = performance.now();
  await frame();
  return { total: performance.now() - t0, uc: t1 - t0, f1: t2 - t0 };
}
async function series(step, warm = 5, runs = 30) {
  const xs = [];
  for (let i = 0; i < warm + runs; i += 1) { const t = await step(i); if (i >= warm) xs.push(typeof t === 'number' ? { total: t } : t); }
  const out = stats(xs.map((x) => x.total));
  if (xs[0].uc !== undefined) { out.uc = stats(xs.map((x) => x.uc)).median; out.f1 = stats(xs.map((x) => x.f1)).median; }
  return out;
}
// family-chart's data: parents, spouses and children by id; gender M or F only (its model).
function toFamilyChart(a) {
  const g = a.genogram;
  const people = new Map(a.registry.map((p) => [p.id, p]));
  return g.memberIds.map((id) => ({
    id,
    data: { gender: people.get(id)?.sex === 'female' ? 'F' : 'M', 'first name': people.get(id)?.name ?? id },
    rels: {
      parents: g.parentChild.filter((l) => l.childId === id).map((l) => l.parentId),
      spouses: g.unions.filter((u) => u.partnerIds.includes(id)).map((u) => (u.partnerIds[0] === id ? u.partnerIds[1] : u.partnerIds[0])),
      children: g.parentChild.filter((l) => l.parentId === id).map((l) => l.childId),
    },
  }));
}
window.bench = {
  render: async (n) => {
    const base = family(n);
    fresh();
    return series(async () => { const a = structuredClone(base); el.assessment = undefined; await el.updateComplete; await frames(); return timed(() => { el.assessment = a; }); });
  },
  emptyFrames: async () => series(async () => { const t0 = performance.now(); await frames(); return performance.now() - t0; }),
  // family-chart draws the "hourglass" around its main person: ancestors, descendants and their
  // partners (and, with showSiblingsOfMain, the main person's siblings), never a sibling's family
  // or an in-law's parents. 'tenant' centres it on the index person as toile-genogram does;
  // 'founder' centres it on the oldest ancestor, which shows the most people it can.
  familyChart: async (n, centre = 'tenant') => {
    if (!f3) return undefined;
    const a = family(n);
    const base = toFamilyChart(a);
    const cont = document.querySelector('#fc');
    cont.replaceChildren();
    const main = centre === 'founder' ? a.genogram.memberIds.find((id) => !a.genogram.parentChild.some((l) => l.childId === id)) : a.tenant.personId;
    const chart = f3.createChart(cont, structuredClone(base)).setTransitionTime(0).setCardXSpacing(250).setCardYSpacing(150).setShowSiblingsOfMain(true);
    chart.setCardSvg();
    chart.updateMainId(main);
    chart.updateTree({ initial: true });
    await frames();
    const drawn = cont.querySelectorAll('.card_cont').length;
    const s = await series(async () => {
      const t0 = performance.now();
      chart.updateData(structuredClone(base));
      chart.updateMainId(main);
      chart.updateTree({ initial: true });
      await frames();
      return performance.now() - t0;
    });
    return { ...s, drawn };
  },
  familyChartCleanup: () => { document.querySelector('#fc').replaceChildren(); },
  // One run split in two calls, so a trace can cover only the timed part (for the CPU figures).
  prepareOnce: async (which, n) => {
    const a = family(n);
    if (which === 'toile') {
      fresh();
      await frames();
      window.pending = () => timed(() => { el.assessment = a; });
    } else {
      const cont = document.querySelector('#fc');
      cont.replaceChildren();
      const data = toFamilyChart(a);
      const main = a.genogram.memberIds.find((id) => !a.genogram.parentChild.some((l) => l.childId === id));
      await frames();
      window.pending = async () => {
        const t0 = performance.now();
        const chart = f3.createChart(cont, data).setTransitionTime(0).setCardXSpacing(250).setCardYSpacing(150).setShowSiblingsOfMain(true);
        chart.setCardSvg();
        chart.updateMainId(main);
        chart.updateTree({ initial: true });
        await frames();
        return performance.now() - t0;
      };
    }
  },
  runOnce: () => window.pending(),
  edit: async () => {
    const base = family(150);
    fresh();
    el.assessment = base;
    await el.updateComplete;
    return series(async (i) => {
      const u = el.assessment.genogram.unions[i % el.assessment.genogram.unions.length];
      const r = addChild(el.assessment, { unionId: u.id }, { name: 'Nouveau ' + i, sex: 'female' });
      return timed(() => { el.assessment = r.assessment; });
    });
  },
  prepareStep: async () => {
    fresh();
    el.assessment = family(150);
    el.addEventListener('toile-change', (e) => { el.assessment = e.assessment; });
    await el.updateComplete; await frames();
  },
  keyStep: async () => {
    const ids = el.layout.rows.flat();
    const pick = () => el.shadowRoot.querySelector('.person[data-id="' + ids[Math.floor(ids.length / 2)] + '"]');
    const xs = [];
    for (let i = 0; i < 35; i += 1) {
      const node = pick();
      node.focus();
      const t = await timed(() => { node.dispatchEvent(new KeyboardEvent('keydown', { key: i % 2 ? 'ArrowLeft' : 'ArrowRight', altKey: true, bubbles: true, composed: true })); });
      if (i >= 5) xs.push(t.total);
    }
    return stats(xs);
  },
  focusStep: async () => {
    const xs = [];
    for (let i = 0; i < 35; i += 1) {
      const node = el.shadowRoot.activeElement ?? el.shadowRoot.querySelector('.person');
      node.focus();
      const t = await timed(() => { node.dispatchEvent(new KeyboardEvent('keydown', { key: i % 2 ? 'ArrowLeft' : 'ArrowRight', bubbles: true, composed: true })); });
      if (i >= 5) xs.push(t.total);
    }
    return stats(xs);
  },
  dragStep: async () => {
    const node = el.shadowRoot.querySelector('.person');
    const svg = el.shadowRoot.querySelector('svg.geno');
    const r = node.querySelector('.shape').getBoundingClientRect();
    const o = { bubbles: true, composed: true, pointerId: 1, isPrimary: true, button: 0, pointerType: 'mouse' };
    node.querySelector('.shape').dispatchEvent(new PointerEvent('pointerdown', { ...o, clientX: r.x, clientY: r.y }));
    const xs = [];
    for (let i = 0; i < 35; i += 1) { const t = await timed(() => { svg.dispatchEvent(new PointerEvent('pointermove', { ...o, clientX: r.x + 10 + (i % 7) * 3, clientY: r.y + 10 })); }); if (i >= 5) xs.push(t.total); }
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
      lib: { entry: define, formats: ['es'], fileName: 'toile-genogram' },
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
  if (!file) throw new Error(`no build output in ${out}`);
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

// Main-thread CPU time (thread time of the renderer's top-level tasks, so a loaded machine does
// not inflate it) of one run, from a devtools.timeline trace.
async function cpuOfRun(page, cdp, which, n) {
  await page.evaluate(([w, k]) => window.bench.prepareOnce(w, k), [which, n]);
  const events = [];
  const onData = (d) => events.push(...d.value);
  cdp.on('Tracing.dataCollected', onData);
  const finished = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    categories: 'toplevel,devtools.timeline',
    transferMode: 'ReportEvents',
  });
  await page.evaluate(() => window.bench.runOnce());
  await cdp.send('Tracing.end');
  await finished;
  cdp.off('Tracing.dataCollected', onData);
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let cpu = 0;
  for (const e of events)
    if (
      main &&
      e.pid === main.pid &&
      e.tid === main.tid &&
      e.ph === 'X' &&
      (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
    )
      cpu += (e.tdur ?? 0) / 1000;
  return cpu;
}
async function cpuSeries(page, cdp, which, n, runs = 9) {
  const xs = [];
  for (let i = 0; i < runs + 2; i += 1) {
    const c = await cpuOfRun(page, cdp, which, n);
    if (i >= 2) xs.push(c);
  }
  xs.sort((a, b) => a - b);
  return { median: xs[Math.floor(xs.length / 2)], min: xs[0], max: xs[xs.length - 1] };
}

const fmt = (x) => (x === undefined ? '      -' : x.toFixed(1).padStart(7));
let browser;
let server;
try {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: tmp,
    resolve: {
      alias: { 'family-chart': join(root, 'node_modules/family-chart/dist/family-chart.esm.js') },
    },
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
  const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => window.benchReady === true);
  const rows = [];
  const fcRows = [];
  const loadBefore = loadavg()[0];
  const floor = await page.evaluate(() => window.bench.emptyFrames());
  for (const n of [10, 40, 150, 400]) {
    const toile = await page.evaluate((k) => window.bench.render(k), n);
    let fc;
    let fcAll;
    try {
      fc = await page.evaluate((k) => window.bench.familyChart(k, 'tenant'), n);
      fcAll = await page.evaluate((k) => window.bench.familyChart(k, 'founder'), n);
    } catch (e) {
      console.error(`family-chart ${n}: ${e.message.split('\n')[0]}`);
    }
    await page.evaluate(() => window.bench.familyChartCleanup());
    rows.push([
      `layout + first render, ${n} persons`,
      toile,
      n === 150 ? 30 : n === 400 ? 70 : undefined,
      fc,
    ]);
    fcRows.push([n, fc, fcAll]);
  }
  rows.push([
    'one edit (add a child), 150 persons',
    await page.evaluate(() => window.bench.edit()),
    16,
  ]);
  const cdp = await page.context().newCDPSession(page);
  const cpuRows = [];
  for (const n of [150, 400]) {
    const toile = await cpuSeries(page, cdp, 'toile', n);
    const fc = hasFamilyChart ? await cpuSeries(page, cdp, 'fc', n) : undefined;
    await page.evaluate(() => window.bench.familyChartCleanup());
    cpuRows.push([n, toile, fc]);
  }
  await page.evaluate(() => window.bench.prepareStep());
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const floor4 = await page.evaluate(() => window.bench.emptyFrames());
  rows.push([
    'keyboard focus step, 150, CPU 4x slower',
    await page.evaluate(() => window.bench.focusStep()),
    16,
  ]);
  rows.push([
    'keyboard move (Alt+arrow commit), 150, CPU 4x',
    await page.evaluate(() => window.bench.keyStep()),
    undefined,
  ]);
  rows.push([
    'drag step (pointermove), 150, CPU 4x slower',
    await page.evaluate(() => window.bench.dragStep()),
    16,
  ]);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  console.log(
    `\ntwo empty animation frames with the CPU 4x slower: ${floor4.median.toFixed(1)} median`,
  );
  console.log('\n<toile-genogram> benchmark (ms; 5 warm-ups, 30 runs; headless Chromium)');
  console.log(
    `load average (1 min) ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after, on ${cpus().length} CPUs; two empty animation frames: ${floor.median.toFixed(1)} median (the floor of every figure)\n`,
  );
  console.log(
    `${'case (to the 2nd frame after updateComplete)'.padEnd(48)} ${'median'.padStart(7)} ${'p95'.padStart(7)}  ${'target'.padEnd(14)} family-chart 0.9 median / p95 (ratio)`,
  );
  for (const [name, s, target, fc] of rows) {
    const verdict =
      target === undefined ? '' : s.median < target ? `< ${target} ok` : `< ${target} MISSED`;
    const ratio = fc
      ? ` ${fmt(fc.median)} / ${fmt(fc.p95)}  (${(fc.median / s.median).toFixed(1)}x${fc.median / s.median >= 3 ? ' ok' : ' < 3x'})`
      : hasFamilyChart || !name.startsWith('layout')
        ? ''
        : '  (family-chart not installed)';
    console.log(`${name.padEnd(48)} ${fmt(s.median)} ${fmt(s.p95)}  ${verdict.padEnd(14)}${ratio}`);
  }
  console.log(
    `\nsplit of the medians (ms): to updateComplete / to the 1st frame / to the 2nd frame`,
  );
  for (const [name, s] of rows)
    if (s.uc !== undefined)
      console.log(`  ${name.padEnd(46)} ${fmt(s.uc)} / ${fmt(s.f1)} / ${fmt(s.median)}`);
  if (hasFamilyChart) {
    console.log(
      `\nfamily-chart 0.9 (hourglass; cards drawn of the family's persons), median / p95 ms:`,
    );
    for (const [n, fc, all] of fcRows)
      console.log(
        `  ${String(n).padStart(3)} persons: centred on the tenant ${fc ? `${fmt(fc.median)} / ${fmt(fc.p95)} (${fc.drawn} drawn)` : '-'}; on the founder ${all ? `${fmt(all.median)} / ${fmt(all.p95)} (${all.drawn} drawn)` : '-'}`,
      );
  }
  console.log(
    `\nmain-thread CPU time of one first render, to the 2nd frame (ms, median [min-max] of 9; family-chart centred on the founder):`,
  );
  for (const [n, t, fc] of cpuRows)
    console.log(
      `  ${String(n).padStart(3)} persons: toile-genogram ${fmt(t.median)} [${t.min.toFixed(1)}-${t.max.toFixed(1)}]${fc ? `; family-chart ${fmt(fc.median)} [${fc.min.toFixed(1)}-${fc.max.toFixed(1)}] (${(fc.median / t.median).toFixed(1)}x)` : ''}`,
    );
  const kb = size.gzip / 1024;
  console.log(
    `\nelement's own code (define/toile-genogram, minified, deps external): ${(size.raw / 1024).toFixed(1)} KB raw, ${kb.toFixed(1)} KB gzip -9 (target < 15 KB: ${kb < 15 ? 'ok' : 'MISSED'})`,
  );
} finally {
  await browser?.close();
  server?.close();
  rmSync(tmp, { recursive: true, force: true });
}
