/* global window, document -- code run in the page by playwright */
// Shared plumbing for the embedding and no-network tests (node side): Chromium through
// playwright-core, a tiny static server that sends a real CSP header and records every request,
// and vite builds of the example hosts into temp dirs.
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = resolve(fileURLToPath(import.meta.url), '../../..');
export const embeddingDir = join(root, 'test/embedding');

/** The strict policy every test page is served with (no inline script or style, no eval, no network). */
export const STRICT_CSP = "default-src 'self'; connect-src 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** A fresh temp dir (removed by the returned `remove`). */
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Serves `dir` on 127.0.0.1 (a free port) with `csp` as a real `Content-Security-Policy` header on
 * every response. `requests` lists every request the server saw (method and path).
 */
export async function serve(dir, { csp = STRICT_CSP } = {}) {
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ method: req.method, path: url.pathname });
    // Chromium asks for a favicon on its own; answer it so the console stays free of 404s.
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204, { 'Content-Security-Policy': csp });
      res.end();
      return;
    }
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(dir, path));
    const headers = { 'Content-Security-Policy': csp, 'Cache-Control': 'no-store' };
    if (
      req.method !== 'GET' ||
      !(file === dir || file.startsWith(dir + sep)) ||
      !existsSync(file) ||
      !statSync(file).isFile()
    ) {
      res.writeHead(req.method === 'GET' ? 404 : 405, headers);
      res.end();
      return;
    }
    res.writeHead(200, {
      ...headers,
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    requests,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Chromium (CHROME_PATH, else /usr/bin/chromium) with the flags that keep it off the network. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
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
}

/**
 * Opens a page that records console errors and warnings, uncaught errors and
 * `securitypolicyviolation` events (listened to from an init script, before any page script).
 */
export async function openPage(context) {
  const page = await context.newPage();
  const log = { errors: [], warnings: [], pageErrors: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === 'warning') log.warnings.push(m.text());
  });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  await page.addInitScript(() => {
    const list = [];
    Object.defineProperty(window, '__cspViolations', { value: list, enumerable: false });
    document.addEventListener('securitypolicyviolation', (e) => {
      list.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const violations = () => page.evaluate(() => [...new Set(window.__cspViolations)]);
  return { page, log, violations };
}

/** Vite-builds the example hosts under test/embedding (one multi-page build) into `outDir`. */
export async function buildHosts(outDir) {
  const { build } = await import('vite');
  const vue = (await import('@vitejs/plugin-vue')).default;
  const pages = ['plain', 'react', 'vue', 'all-elements', 'two-copies', 'iframe-parent'];
  await build({
    configFile: false,
    root: embeddingDir,
    base: '/',
    logLevel: 'warn',
    plugins: [
      vue({
        template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('toile-') } },
      }),
    ],
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 5000,
      // No preload helper: it would add <link rel=modulepreload> to the page on a dynamic import,
      // which the host-page test would (rightly) count as a global side effect.
      modulePreload: false,
      rolldownOptions: {
        input: Object.fromEntries(pages.map((p) => [p, join(embeddingDir, p, 'index.html')])),
      },
    },
  });
  return outDir;
}
