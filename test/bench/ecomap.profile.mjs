// Profile of <toile-ecomap>'s first render, one edit and a drag step (not part of `npm run bench`): builds the
// bench page, then for each case records a Chromium trace (devtools.timeline) and a CPU profile
// through CDP and prints where the main thread spent its time (script, style recalculation,
// layout, paint...), plus the split set -> updateComplete -> first frame -> second frame.
// Usage: node test/bench/ecomap.profile.mjs [ties=150]
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
const tmp = mkdtempSync(join(tmpdir(), 'toile-ecomap-prof-'));
const core = join(root, 'packages/core/src/index.ts');
const define = join(root, 'packages/elements/src/define/toile-ecomap.ts');
writeFileSync(
  join(tmp, 'index.html'),
  '<!doctype html><html lang="fr"><body style="margin:0"><div id="host" style="width:1200px"></div><script type="module" src="./main.ts"></script></body></html>',
);
writeFileSync(
  join(tmp, 'main.ts'),
  `import ${JSON.stringify(define)};
import { addTie, layoutEcomap, parseAssessment, generateEcomapAssessment } from ${JSON.stringify(core)};
const frame = () => new Promise((r) => requestAnimationFrame(r));
const gen = (k) => generateEcomapAssessment({ ties: k, seed: k, household: 2, links: Math.floor(k / 8) });
let el;
const split = async (fn) => {
  const t0 = performance.now();
  fn();
  await el.updateComplete;
  const t1 = performance.now();
  await frame();
  const t2 = performance.now();
  await frame();
  const t3 = performance.now();
  return { updateComplete: +(t1 - t0).toFixed(1), frame1: +(t2 - t0).toFixed(1), frame2: +(t3 - t0).toFixed(1) };
};
window.prof = {
  prepare: async () => {
    el?.remove();
    el = document.createElement('toile-ecomap');
    el.style.height = '800px';
    document.querySelector('#host').append(el);
    if (window.extraCss) { const sh = new CSSStyleSheet(); sh.replaceSync(window.extraCss); el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sh]; }
    await frame(); await frame();
  },
  render: async (k) => {
    const a = gen(k);
    const r = await split(() => { el.assessment = a; });
    return { ...r, nodes: el.shadowRoot.querySelectorAll('*').length };
  },
  edit: async (i) => {
    const r = addTie(el.assessment, { kind: 'person', name: 'Nouvelle ' + i }, { sector: 'friends' });
    return split(() => { el.assessment = r.assessment; });
  },
  drag: async (i) => {
    const node = el.shadowRoot.querySelector('.node.tie');
    const svg = el.shadowRoot.querySelector('svg.eco');
    const r = node.querySelector('.shape').getBoundingClientRect();
    const o = { bubbles: true, composed: true, pointerId: 3, isPrimary: true, button: 0, pointerType: 'mouse' };
    if (i === 0) node.querySelector('.shape').dispatchEvent(new PointerEvent('pointerdown', { ...o, clientX: r.x, clientY: r.y }));
    return split(() => svg.dispatchEvent(new PointerEvent('pointermove', { ...o, clientX: r.x + 10 + (i % 7) * 3, clientY: r.y + 10 })));
  },
  editorAdd: async (i) => {
    el.shadowRoot.querySelector('button.add').click();
    await el.updateComplete;
    const form = el.shadowRoot.querySelector('dialog form');
    form.querySelector('#f-name').value = 'Nouvelle ' + i;
    return split(() => form.requestSubmit());
  },
  // What one edit changes in the shadow DOM (attribute names and node insertions/removals).
  mutations: async (i) => {
    const seen = new Map();
    const mo = new MutationObserver((ms) => {
      for (const m of ms) {
        const cls = (n) => (n.getAttribute?.('class') ?? '').split(' ')[0];
        const k = m.type === 'attributes' ? m.target.nodeName + '.' + cls(m.target) + '@' + m.attributeName : m.type === 'characterData' ? 'text in ' + m.target.parentNode?.nodeName : 'childList ' + m.target.nodeName + '.' + cls(m.target) + ' +' + m.addedNodes.length + ' -' + m.removedNodes.length;
        seen.set(k, (seen.get(k) ?? 0) + 1);
      }
    });
    mo.observe(el.shadowRoot, { subtree: true, attributes: true, childList: true, characterData: true });
    await window.prof.edit(i);
    mo.disconnect();
    return [...seen].sort((a, b) => b[1] - a[1]).slice(0, 30);
  },
  pure: (k) => {
    const a = gen(k);
    let t0 = performance.now();
    for (let i = 0; i < 10; i += 1) parseAssessment(a);
    const parse = (performance.now() - t0) / 10;
    t0 = performance.now();
    for (let i = 0; i < 10; i += 1) layoutEcomap(a);
    const layout = (performance.now() - t0) / 10;
    return { parse, layout };
  },
  // Forced style recalc after changing one attribute kind on every element of a selector.
  styleExp: () => {
    const root = el.shadowRoot;
    const force = () => getComputedStyle(root.querySelector('.node text')).fill;
    const out = {};
    const run = (name, sel, fn) => {
      const els = [...root.querySelectorAll(sel)];
      force();
      let best = Infinity;
      for (let k = 0; k < 5; k += 1) {
        els.forEach((e, i) => fn(e, i, k));
        const t0 = performance.now();
        force();
        el.shadowRoot.querySelector('svg.eco').getBoundingClientRect();
        best = Math.min(best, performance.now() - t0);
      }
      out[name + ' x' + els.length] = +best.toFixed(2);
    };
    run('g transform', 'g.node', (e, i, k) => e.setAttribute('transform', 'translate(' + (i + k) + ',' + i + ')'));
    run('g style.transform', 'g.node', (e, i, k) => { e.style.transform = 'translate(' + (i + k) + 'px,' + i + 'px)'; });
    run('path d', 'path.tie', (e, i, k) => e.setAttribute('d', 'M0,0L' + (i + k) + ',' + i));
    run('text x', '.node text', (e, i, k) => e.setAttribute('x', String(i + k)));
    run('line x1', 'line.leader', (e, i, k) => e.setAttribute('x1', String(i + k)));
    run('circle cx+cy', 'g.node circle', (e, i, k) => { e.setAttribute('cx', String(i + k)); e.setAttribute('cy', String(i)); });
    run('text x+y', '.node text', (e, i, k) => { e.setAttribute('x', String(i + k)); e.setAttribute('y', String(i)); });
    run('g transform again', 'g.node', (e, i, k) => e.setAttribute('transform', 'translate(' + (i + k + 1) + ',' + i + ')'));
    run('g class', 'g.node', (e, i, k) => e.classList.toggle('zz', k % 2 === 0));
    return out;
  },
  // A re-render with nothing changed: the cost of evaluating and diffing the templates.
  rerender: async () => {
    const xs = [];
    for (let i = 0; i < 20; i += 1) { const t0 = performance.now(); el.requestUpdate(); await el.updateComplete; xs.push(performance.now() - t0); }
    xs.sort((a, b) => a - b);
    return xs[10];
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
    if (!TOP.has(e.name)) continue;
    byName.set(e.name, (byName.get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
  }
  // CPU of top-level tasks per thread (raster workers and the compositor included).
  const names = new Map(
    events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name]),
  );
  const perThread = new Map();
  for (const e of events) {
    if (
      e.ph !== 'X' ||
      (e.name !== 'ThreadControllerImpl::RunTask' &&
        e.name !== 'RunTask' &&
        e.name !== 'TaskGraphRunner::RunTask')
    )
      continue;
    const k = names.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`;
    perThread.set(k, (perThread.get(k) ?? 0) + (e.tdur ?? 0) / 1000);
  }
  const threads = [...perThread]
    .sort((a, b) => b[1] - a[1])
    .filter(([, v]) => v >= 0.5)
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(', ');
  // Self (exclusive) thread time by event name, from the nesting of complete events.
  const xs = events
    .filter(
      (e) =>
        main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.tdur !== undefined,
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const selfT = new Map();
  const stack = [];
  for (const e of xs) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts)
      stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) selfT.set(parent.name, (selfT.get(parent.name) ?? 0) - e.tdur / 1000);
    selfT.set(e.name, (selfT.get(e.name) ?? 0) + e.tdur / 1000);
    stack.push(e);
  }
  const selfTop = [...selfT]
    .sort((a, b) => b[1] - a[1])
    .filter(([, v]) => v >= 0.5)
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(', ');
  const styleArgs = xs
    .filter((e) => e.name === 'UpdateLayoutTree' && e.tdur > 500)
    .map(
      (e) =>
        `${(e.tdur / 1000).toFixed(1)}ms ${JSON.stringify(e.args?.elementCount ?? e.args?.beginData ?? e.args)}`,
    );
  return {
    out,
    cpu,
    self: `self: ${selfTop}\n   threads: ${threads}`,
    style: styleArgs.join('; '),
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
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
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
  if (process.env.EXP)
    await page.evaluate((c) => {
      window.extraCss = c;
    }, process.env.EXP);
  const cdp = await page.context().newCDPSession(page);
  console.log('pure (ms):', await page.evaluate((k) => window.prof.pure(k), n));
  console.log('two empty frames (ms):', await page.evaluate(() => window.prof.empty()));
  for (let i = 0; i < 3; i += 1) {
    await page.evaluate(() => window.prof.prepare());
    await page.evaluate((k) => window.prof.render(k), n);
  }
  for (let i = 0; i < Number(process.env.RUNS ?? 3); i += 1) {
    await page.evaluate(() => window.prof.prepare());
    const t = await traced(page, cdp, () => page.evaluate((k) => window.prof.render(k), n));
    console.log(
      `render ${n}:`,
      JSON.stringify(t.out),
      '\n  trace:',
      t.byName,
      '\n  ',
      t.self,
      '\n   style:',
      t.style,
    );
  }
  await page.evaluate(() => window.prof.prepare());
  const p = await profiled(cdp, () => page.evaluate((k) => window.prof.render(k), n));
  console.log(`render ${n} CPU profile self ms:`, JSON.stringify(p.out));
  for (const [k, v] of p.top) console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
  // PREADD=20: that many ties added to the same sector first (later edits move more nodes).
  for (let i = 0; i < Number(process.env.PREADD ?? 0); i += 1)
    await page.evaluate((k) => window.prof.edit(k), 1000 + i);
  for (let i = 0; i < 3; i += 1) {
    const t = await traced(page, cdp, () => page.evaluate((k) => window.prof.edit(k), i));
    console.log(
      `edit:`,
      JSON.stringify(t.out),
      '\n  trace:',
      t.byName,
      '\n  ',
      t.self,
      '\n   style:',
      t.style,
    );
  }
  if (process.env.STYLE)
    console.log(
      'forced style+layout per change kind (best of 5, ms):',
      await page.evaluate(() => window.prof.styleExp()),
    );
  console.log(
    're-render, nothing changed (median ms):',
    await page.evaluate(() => window.prof.rerender()),
  );
  console.log(
    'edit mutations:',
    JSON.stringify(await page.evaluate(() => window.prof.mutations(9))),
  );
  const e = await profiled(cdp, () => page.evaluate(() => window.prof.edit(7)));
  console.log(`edit CPU profile self ms:`, JSON.stringify(e.out));
  for (const [k, v] of e.top) console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
  await page.evaluate(() => window.prof.prepare());
  await page.evaluate((k) => window.prof.render(k), n);
  if (process.env.EDITOR) {
    for (let i = 0; i < 3; i += 1) await page.evaluate((j) => window.prof.editorAdd(j), 100 + i);
    const ed = await profiled(cdp, () => page.evaluate(() => window.prof.editorAdd(200)));
    console.log(`editor add CPU profile self ms:`, JSON.stringify(ed.out));
    for (const [k, v] of ed.top) console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
  }
  // THROTTLE=4 slows the CPU for the drag steps, as the benchmark does.
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.THROTTLE ?? 1) });
  for (let i = 0; i < 3; i += 1) {
    const t = await traced(page, cdp, () => page.evaluate((j) => window.prof.drag(j), i));
    console.log(
      `drag:`,
      JSON.stringify(t.out),
      '\n  trace:',
      t.byName,
      '\n  ',
      t.self,
      '\n   style:',
      t.style,
    );
  }
} finally {
  await browser?.close();
  server?.close();
  rmSync(tmp, { recursive: true, force: true });
}
