// Profile of <toile-genogram>'s first render and one edit (not part of `npm run bench`): builds the
// bench page, then for each case records a Chromium trace (devtools.timeline) and a CPU profile
// through CDP and prints where the main thread spent its time (script, style recalculation,
// layout, paint...), plus the split set -> updateComplete -> first frame -> second frame.
// Usage: node test/bench/genogram.profile.mjs [persons=150]
/* global window */
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const n = Number(process.argv[2] ?? 150);
const tmp = mkdtempSync(join(tmpdir(), 'toile-genogram-prof-'));
const core = join(root, 'packages/core/src/index.ts');
const fixtures = join(root, 'packages/core/src/layout/genogram-fixtures.ts');
const define = join(root, 'packages/elements/src/define/toile-genogram.ts');
writeFileSync(
  join(tmp, 'index.html'),
  '<!doctype html><html lang="fr"><body style="margin:0"><div id="host" style="width:1200px"></div><script type="module" src="./main.ts"></script></body></html>',
);
writeFileSync(
  join(tmp, 'main.ts'),
  `import ${JSON.stringify(define)};
import { addChild, layoutGenogram, parseAssessment } from ${JSON.stringify(core)};
import { generateFamily } from ${JSON.stringify(fixtures)};
const frame = () => new Promise((r) => requestAnimationFrame(r));
const family = (k) => generateFamily(k, k * 7 + 1, { remarriage: 0.2, inLawParents: 0.15 });
let el;
window.prof = {
  prepare: async () => {
    el?.remove();
    el = document.createElement('toile-genogram');
    document.querySelector('#host').append(el);
    if (window.extraCss) { const sh = new CSSStyleSheet(); sh.replaceSync(window.extraCss); el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sh]; }
    await frame(); await frame();
  },
  render: async (k) => {
    const a = family(k);
    const t0 = performance.now();
    el.assessment = a;
    await el.updateComplete;
    const t1 = performance.now();
    await frame();
    const t2 = performance.now();
    await frame();
    const t3 = performance.now();
    return { updateComplete: t1 - t0, frame1: t2 - t0, frame2: t3 - t0, nodes: el.shadowRoot.querySelectorAll('*').length };
  },
  edit: async (i) => {
    const u = el.assessment.genogram.unions[i % el.assessment.genogram.unions.length];
    const kind = window.editKind ?? 'add';
    const next = kind === 'clone' ? structuredClone(el.assessment)
      : kind === 'moveall' ? { ...el.assessment, genogram: { ...el.assessment.genogram, offsets: Object.fromEntries(el.assessment.genogram.memberIds.map((id) => [id, { dx: i + 1, dy: 0 }])) } }
      : kind === 'move' ? { ...el.assessment, genogram: { ...el.assessment.genogram, offsets: { ...el.assessment.genogram.offsets, p5: { dx: (i % 2) * 30, dy: 0 } } } }
      : addChild(el.assessment, { unionId: u.id }, { name: 'Nouveau ' + i, sex: 'female' }).assessment;
    const t0 = performance.now();
    el.assessment = next;
    await el.updateComplete;
    const t1 = performance.now();
    await frame();
    const t2 = performance.now();
    await frame();
    const t3 = performance.now();
    const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_ALL);
    let all = 0; while (walker.nextNode()) all += 1;
    return { updateComplete: t1 - t0, frame1: t2 - t0, frame2: t3 - t0, elements: el.shadowRoot.querySelectorAll('*').length, nodes: all, sheets: document.styleSheets.length + el.shadowRoot.adoptedStyleSheets.length, docNodes: document.querySelectorAll('*').length };
  },
  pure: (k) => {
    const a = family(k);
    let t0 = performance.now();
    for (let i = 0; i < 10; i += 1) parseAssessment(a);
    const parse = (performance.now() - t0) / 10;
    t0 = performance.now();
    for (let i = 0; i < 10; i += 1) layoutGenogram(a);
    const layout = (performance.now() - t0) / 10;
    return { parse, layout };
  },
  domMove: async (mode) => {
    const gs = [...el.shadowRoot.querySelectorAll('.person')];
    if (mode === 'nosheets') el.shadowRoot.adoptedStyleSheets = [];
    if (mode.startsWith('only')) el.shadowRoot.adoptedStyleSheets = [el.shadowRoot.adoptedStyleSheets[Number(mode.slice(4))]];
    if (mode.startsWith('drop:')) {
      const re = new RegExp(mode.slice(5).split(' ++ ')[0]);
      if (mode.includes(' ++ ')) { const sh = new CSSStyleSheet(); sh.replaceSync(mode.split(' ++ ')[1]); el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sh]; }
      const walk = (sh) => { for (let i = sh.cssRules.length - 1; i >= 0; i--) { const r = sh.cssRules[i]; if (r.cssRules && !r.selectorText) walk(r); else if (re.test(r.cssText)) sh.deleteRule(i); } };
      for (const sh of el.shadowRoot.adoptedStyleSheets) walk(sh);
    }
    if (mode.startsWith('add:')) { const sh = new CSSStyleSheet(); sh.replaceSync(mode.slice(4)); el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sh]; }
    if (mode === 'dump') return el.shadowRoot.adoptedStyleSheets.map((sh) => [...sh.cssRules].map((r) => r.cssText.slice(0, 90)).join(String.fromCharCode(10))).join(' ===== ');
    if (mode === 'noaria') for (const g of gs) { g.removeAttribute('aria-label'); g.removeAttribute('aria-roledescription'); g.removeAttribute('role'); }
    if (mode === 'notab') for (const g of gs) g.removeAttribute('tabindex');
    const base = gs.map((g) => g.getAttribute('transform'));
    const out = [];
    for (let k = 0; k < 30; k++) {
      gs.forEach((g, i) => { const [x, y] = base[i].slice(10, -1).split(','); g.setAttribute('transform', 'translate(' + (Number(x) + k + 1) + ',' + y + ')'); });
      const t0 = performance.now();
      el.shadowRoot.querySelector('svg').getBBox();
      out.push(performance.now() - t0);
      await frame();
    }
    return out.map((x) => x.toFixed(1)).join(' ');
  },
  empty: async () => { const t0 = performance.now(); await frame(); await frame(); return performance.now() - t0; },
};
window.profReady = true;
`,
);
const MIME = { '.html': 'text/html', '.js': 'text/javascript' };
function serve(dir) {
  const server = createServer((req, res) => {
    const path = join(
      dir,
      decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/\/$/, '/index.html'),
    );
    if (!path.startsWith(dir) || !existsSync(path)) return void res.writeHead(404).end();
    res
      .writeHead(200, { 'content-type': MIME[extname(path)] ?? 'application/octet-stream' })
      .end(readFileSync(path));
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

const TOP = new Set([
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'PrePaint',
  'Layerize',
  'UpdateLayer',
  'CompositeLayers',
  'FunctionCall',
  'EvaluateScript',
  'v8.run',
  'RunMicrotasks',
  'FireAnimationFrame',
  'TimerFire',
  'HitTest',
  'ParseHTML',
  'RasterTask',
  'Commit',
  'ScheduleStyleRecalculation',
  'IntersectionObserverController::computeIntersections',
  'ResizeObserverController::handleObservations',
  'MarkDOMContent',
  'V8.GC_SCAVENGER',
  'MinorGC',
  'MajorGC',
  'V8.GCCompactor',
  'BlinkGC.AtomicPhase',
]);
async function traced(page, cdp, fn) {
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const finished = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    categories:
      'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8,blink,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  const out = await fn();
  await cdp.send('Tracing.end');
  await finished;
  cdp.removeAllListeners('Tracing.dataCollected');
  // Sum complete events by name on the renderer main thread (CrRendererMain).
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // Thread time (tdur: CPU time of the main thread, robust to a loaded machine) by event name,
  // and the CPU time of every top-level task.
  const byName = new Map();
  let cpu = 0;
  for (const e of events) {
    if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X') continue;
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
      cpu += (e.tdur ?? 0) / 1000;
    if (e.name === 'UpdateLayoutTree' && process.env.ULT)
      console.log('  ULT', ((e.tdur ?? 0) / 1000).toFixed(1), JSON.stringify(e.args));
    if (!TOP.has(e.name)) continue;
    byName.set(e.name, (byName.get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
  }
  return {
    out,
    cpu,
    byName:
      `main-thread CPU ${cpu.toFixed(1)} ms; ` +
      [...byName]
        .sort((a, b) => b[1] - a[1])
        .filter(([, v]) => v >= 0.3)
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join(', '),
  };
}

async function profiled(cdp, fn) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const out = await fn();
  const { profile } = await cdp.send('Profiler.stop');
  // Self time by function (top 25).
  const dt = new Map();
  const ids = profile.samples;
  for (let i = 0; i < ids.length; i += 1)
    dt.set(ids[i], (dt.get(ids[i]) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  const self = new Map();
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0) / 1000);
  }
  // Inclusive time of the functions that matter (a function counted once per stack).
  const parent = new Map();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const WATCH = [
    'parseAssessment',
    'layoutGenogram',
    'describePeople',
    'legendItems',
    'drawGenogram',
    'render',
    'update',
    'willUpdate',
    'performUpdate',
    '_$AI',
    'generateFamily',
    'addChild',
  ];
  const incl = new Map();
  for (const [id, t] of dt) {
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const fn = byId.get(cur)?.callFrame.functionName;
      if (fn && WATCH.includes(fn) && !seen.has(fn)) {
        seen.add(fn);
        incl.set(fn, (incl.get(fn) ?? 0) + t / 1000);
      }
    }
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 12);
  top.push(['--- inclusive:', 0], ...[...incl].sort((a, b) => b[1] - a[1]));
  return { out, top };
}

let browser;
let server;
try {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: tmp,
    build: { outDir: join(tmp, 'dist'), emptyOutDir: true, target: 'es2022', minify: false },
  });
  server = await serve(join(tmp, 'dist'));
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      ...(process.env.VSYNC ? [] : ['--disable-gpu-vsync', '--disable-frame-rate-limit']),
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => window.profReady === true);
  if (process.env.EDIT_KIND)
    await page.evaluate((k) => {
      window.editKind = k;
    }, process.env.EDIT_KIND);
  if (process.env.EXP)
    await page.evaluate((c) => {
      window.extraCss = c;
    }, process.env.EXP);
  const cdp = await page.context().newCDPSession(page);
  console.log('pure (ms):', await page.evaluate((k) => window.prof.pure(k), n));
  console.log('two empty frames (ms):', await page.evaluate(() => window.prof.empty()));
  if (process.env.DOMMOVE !== undefined) {
    await page.evaluate(() => window.prof.prepare());
    await page.evaluate((k) => window.prof.render(k), n);
    console.log(
      'dom move',
      process.env.DOMMOVE,
      await page.evaluate((m) => window.prof.domMove(m), process.env.DOMMOVE),
    );
    process.exit(0);
  }
  for (let i = 0; i < 3; i += 1) {
    await page.evaluate(() => window.prof.prepare());
    await page.evaluate((k) => window.prof.render(k), n);
  }
  for (let i = 0; i < Number(process.env.RUNS ?? 3); i += 1) {
    await page.evaluate(() => window.prof.prepare());
    const t = await traced(page, cdp, () => page.evaluate((k) => window.prof.render(k), n));
    console.log(`render ${n}:`, JSON.stringify(t.out), '\n  trace:', t.byName);
  }
  await page.evaluate(() => window.prof.prepare());
  const p = await profiled(cdp, () => page.evaluate((k) => window.prof.render(k), n));
  console.log(`render ${n} CPU profile self ms:`, JSON.stringify(p.out));
  for (const [k, v] of p.top) console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
  if (process.env.NOTRACE) {
    const xs = [];
    for (let i = 0; i < Number(process.env.EDITS ?? 3); i += 1)
      xs.push(await page.evaluate((k) => window.prof.edit(k), i));
    console.log(
      'untraced edits, frame2 - frame1:',
      xs.map((x) => (x.frame2 - x.frame1).toFixed(0)).join(' '),
    );
    console.log(
      'untraced edits, updateComplete:',
      xs.map((x) => x.updateComplete.toFixed(0)).join(' '),
    );
  }
  for (let i = 0; i < (process.env.NOTRACE ? 0 : Number(process.env.EDITS ?? 3)); i += 1) {
    const t = await traced(page, cdp, () => page.evaluate((k) => window.prof.edit(k), i));
    console.log(`edit:`, JSON.stringify(t.out), '\n  trace:', t.byName);
  }
  const e = await profiled(cdp, () => page.evaluate(() => window.prof.edit(7)));
  console.log(`edit CPU profile self ms:`, JSON.stringify(e.out));
  for (const [k, v] of e.top) console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
} finally {
  await browser?.close();
  server?.close();
  rmSync(tmp, { recursive: true, force: true });
}
