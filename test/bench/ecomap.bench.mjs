/* global window, requestAnimationFrame */
// Benchmark of <toile-ecomap>: builds a bench page with vite into a temp dir, serves it on
// 127.0.0.1, drives Debian's Chromium headless through playwright-core, and prints a table.
// Each run starts at setting `assessment` (or dispatching the input event) and records three
// times: `updateComplete`, the first and the second requestAnimationFrame after it (the issue's
// figure is the second); 5 warm-ups, then 30 runs; median and p95 of each.
// This headless Chromium keeps 60 Hz frames whatever the flags (--disable-gpu-vsync and
// --disable-frame-rate-limit change nothing), so "to the second frame" cannot fall below one
// frame (16.7 ms) and is often two (33 ms): a floor, not our work. A second, instrumented pass
// therefore also measures the work itself, from a trace and a CPU profile taken together:
// "main" is the renderer main thread's CPU time (thread time of its top-level tasks: script,
// style, layout, paint) between a run's start and its second frame, "script" is the JavaScript
// CPU-profile samples in the same window.
// Also prints the element's own size (its define file minified, lit/d3/zod/idb-keyval/@toile/core
// external, gzip -9). `CASES=edit,drag` runs only some cases (render10…render500, edit, editor,
// key, drag); `DEBUG=1` also prints every run (frame 2 of the plain pass, main thread and frame 2
// of the instrumented pass).
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
let el;
async function fresh() {
  el?.remove();
  el = document.createElement('toile-ecomap');
  el.style.height = '800px';
  document.querySelector('#host').append(el);
  return el;
}
const frame = () => new Promise((r) => requestAnimationFrame(r));
let run = 0;
// One run: marks its window for the instrumented pass, returns [updateComplete, frame 1, frame 2].
async function timed(fn) {
  run += 1;
  performance.mark('run-start-' + run);
  const t0 = performance.now();
  await fn();
  await el.updateComplete;
  const t1 = performance.now();
  await frame();
  const t2 = performance.now();
  await frame();
  const t3 = performance.now();
  performance.mark('run-end-' + run);
  return [t1 - t0, t2 - t0, t3 - t0, run];
}
async function series(setup, step, warm = 5, runs = 30) {
  await setup();
  const xs = [];
  for (let i = 0; i < warm + runs; i += 1) { const t = await step(i); if (i >= warm) xs.push(t); }
  return xs;
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
  // The same edit made inside the element: the add dialog, submitted (a form edit: parsed).
  editorAdd: () => {
    const base = generateEcomapAssessment({ ties: 150, seed: 150, household: 2 });
    return series(async () => { await fresh(); el.assessment = base; await el.updateComplete; }, async (i) => {
      el.shadowRoot.querySelector('button.add').click();
      await el.updateComplete;
      const form = el.shadowRoot.querySelector('dialog form');
      form.querySelector('#f-name').value = 'Nouvelle ' + i;
      return timed(() => form.requestSubmit());
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
    return xs;
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
    return xs;
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
  const cdp = await page.context().newCDPSession(page);
  if (process.env.DIAG) {
    console.log(await page.evaluate(() => window.diag()));
    console.log(await page.evaluate(() => window.diag2()));
  }
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
    return { median: q(0.5), p95: q(0.95) };
  };
  const fmt = (s) => `${s.median.toFixed(1).padStart(6)} ${s.p95.toFixed(1).padStart(6)}`;
  const only = process.env.CASES?.split(',');
  const CASES = [
    ...[10, 50, 150, 500].map((ties) => ({
      id: `render${ties}`,
      name: `layout + first render, ${ties} ties`,
      target: ties === 150 ? 40 : ties === 500 ? 150 : undefined,
      run: (page) => page.evaluate((n) => window.bench.render(n), ties),
    })),
    {
      id: 'edit',
      name: 'one edit (add a tie), 150 ties',
      target: 16,
      run: (page) => page.evaluate(() => window.bench.edit()),
    },
    {
      id: 'editor',
      name: 'one edit via the add dialog, 150 ties',
      run: (page) => page.evaluate(() => window.bench.editorAdd()),
    },
    {
      id: 'key',
      name: 'keyboard move step, 150, CPU 4x slower',
      target: 16,
      throttle: true,
      run: (page) => page.evaluate(() => window.bench.keyStep()),
    },
    {
      id: 'drag',
      name: 'drag step, 150 ties, CPU 4x slower',
      target: 16,
      throttle: true,
      run: (page) => page.evaluate(() => window.bench.dragStep()),
    },
  ].filter((c) => !only || only.includes(c.id));

  // Runs one case; with `cdp`, under a trace and a CPU profile, returning per-run main-thread and
  // script CPU (ms) keyed by run number.
  async function runCase(page, cdp, c, instrumented) {
    if (c.throttle) {
      await page.evaluate(() => window.bench.prepareStep());
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    }
    if (!instrumented) {
      const runs = await c.run(page);
      if (c.throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      return { runs };
    }
    const events = [];
    const onData = (d) => events.push(...d.value);
    cdp.on('Tracing.dataCollected', onData);
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', {
      categories: 'toplevel,devtools.timeline,blink.user_timing',
      transferMode: 'ReportEvents',
    });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const runs = await c.run(page);
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    if (c.throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const marks = new Map();
    for (const e of events) {
      const m = /^run-(start|end)-(\d+)$/.exec(e.name ?? '');
      if (m && e.cat?.includes('user_timing')) {
        const w = marks.get(m[2]) ?? {};
        w[m[1]] = e.ts;
        marks.set(m[2], w);
      }
    }
    const thread = events.find(
      (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
    );
    const tasks = events.filter(
      (e) =>
        thread &&
        e.pid === thread.pid &&
        e.tid === thread.tid &&
        e.ph === 'X' &&
        (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'),
    );
    // Script: CPU-profile samples in JavaScript frames (not program, idle, GC or root).
    const nonJs = new Set(['(program)', '(idle)', '(garbage collector)', '(root)']);
    const js = new Map(profile.nodes.map((n) => [n.id, !nonJs.has(n.callFrame.functionName)]));
    const samples = [];
    let t = profile.startTime;
    profile.samples.forEach((id, i) => {
      t += profile.timeDeltas[i] ?? 0;
      const dt = profile.timeDeltas[i + 1] ?? 0;
      if (js.get(id)) samples.push([t, dt]);
    });
    const main = new Map();
    const script = new Map();
    for (const [n, w] of marks) {
      if (w.start === undefined || w.end === undefined) continue;
      let cpu = 0;
      for (const e of tasks) {
        if (e.ts + e.dur <= w.start || e.ts >= w.end) continue;
        // A task cut by the window counts in proportion (the first one holds the run's start).
        const inside = Math.min(e.ts + e.dur, w.end) - Math.max(e.ts, w.start);
        cpu += ((e.tdur ?? e.dur) * inside) / Math.max(1, e.dur);
      }
      main.set(Number(n), cpu / 1000);
      script.set(
        Number(n),
        samples.filter(([ts]) => ts >= w.start && ts < w.end).reduce((a, [, dt]) => a + dt, 0) /
          1000,
      );
    }
    return { runs, main, script };
  }

  const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const rows = [];
  const loads = [load()];
  for (const c of CASES) {
    const plain = await runCase(page, cdp, c, false);
    const inst = await runCase(page, cdp, c, true);
    const pick = (m) => inst.runs.map((r) => m.get(r[3])).filter((v) => v !== undefined);
    rows.push({
      ...c,
      uc: stats(plain.runs.map((r) => r[0])),
      f1: stats(plain.runs.map((r) => r[1])),
      f2: stats(plain.runs.map((r) => r[2])),
      main: stats(pick(inst.main)),
      ...(process.env.DEBUG
        ? {
            raw: [
              plain.runs.map((r) => r[2].toFixed(0)).join(' '),
              pick(inst.main)
                .map((v) => v.toFixed(0))
                .join(' '),
              inst.runs.map((r) => r[2].toFixed(0)).join(' '),
            ],
          }
        : {}),
      script: stats(pick(inst.script)),
    });
  }
  loads.push(load());
  const idle = await page.evaluate(async () => {
    const xs = [];
    for (let i = 0; i < 20; i += 1) {
      const t0 = performance.now();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      xs.push(performance.now() - t0);
    }
    return xs.sort((a, b) => a - b)[10];
  });
  console.log(
    `\n<toile-ecomap> benchmark (ms, median and p95; 5 warm-ups, 30 runs; headless Chromium; load average ${loads.join(' -> ')})`,
  );
  console.log(`two empty animation frames: ${idle.toFixed(1)} ms (the floor of "frame 2")\n`);
  console.log(
    `${'case'.padEnd(40)} ${'updateComplete'.padStart(13)} ${'frame 1'.padStart(13)} ${'frame 2'.padStart(13)} ${'main thread'.padStart(13)} ${'script'.padStart(13)}  target (frame 2)`,
  );
  for (const r of rows) {
    if (r.raw) console.log(r.raw.join('\n'));
    const verdict =
      r.target === undefined
        ? ''
        : r.f2.median < r.target
          ? `< ${r.target} ok`
          : `< ${r.target} MISSED`;
    console.log(
      `${r.name.padEnd(40)} ${fmt(r.uc)} ${fmt(r.f1)} ${fmt(r.f2)} ${fmt(r.main)} ${fmt(r.script)}  ${verdict}`,
    );
  }
  const kb = size.gzip / 1024;
  console.log(
    `\nelement + shared plumbing (define/toile-ecomap minified; lit, d3-*, zod, idb-keyval and @toile/core external): ${(size.raw / 1024).toFixed(1)} KB raw, ${kb.toFixed(1)} KB gzip -9 (target < 15 KB: ${kb < 15 ? 'ok' : 'MISSED'}); all three measures: npm run size -- --breakdown`,
  );
} finally {
  await browser?.close();
  server?.close();
  rmSync(tmp, { recursive: true, force: true });
}
