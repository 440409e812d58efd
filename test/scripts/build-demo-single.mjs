// `npm run build:demo-single`: the demo as ONE self-contained HTML file for training rooms, which
// opens from disk (file://) with no server and no network: demo/dist-single/toile-demo.html.
// vite builds the demo into a temporary folder with a single JS chunk and a single CSS file; this
// script then inlines them (and the favicon, as a data: URL) into index.html. No new dependency.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const tmp = join(root, 'demo', '.dist-single-tmp');
const outDir = join(root, 'demo', 'dist-single');
const outFile = join(outDir, 'toile-demo.html');

rmSync(tmp, { recursive: true, force: true });
await build({
  configFile: false,
  root: join(root, 'demo'),
  base: './',
  logLevel: 'warn',
  // The demo resolves @toile/* to the TypeScript sources through the workspace packages' exports.
  build: {
    outDir: tmp,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    cssCodeSplit: false,
    modulePreload: false,
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    chunkSizeWarningLimit: 2048,
    rolldownOptions: { output: { codeSplitting: false } },
  },
});

let page = readFileSync(join(tmp, 'index.html'), 'utf8');
const assets = join(tmp, 'assets');
const files = readdirSync(assets);
const read = (name) => readFileSync(join(assets, name), 'utf8');

// Scripts: <script type="module" crossorigin src="./assets/x.js"></script> -> inline module.
page = page.replace(/<script\b[^>]*\bsrc="\.\/assets\/([^"]+\.js)"[^>]*><\/script>/g, (_, name) => {
  // "</script" inside the code would end the element early; "<\/" means the same in JS strings.
  const code = read(name).replace(/<\/script/gi, '<\\/script');
  return `<script type="module">${code}</script>`;
});
// Styles: <link rel="stylesheet" crossorigin href="./assets/x.css"> -> <style>.
page = page.replace(
  /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="\.\/assets\/([^"]+\.css)"[^>]*>/g,
  (_, name) => {
    return `<style>${read(name).replace(/<\/style/gi, '<\\/style')}</style>`;
  },
);
// Any other local file reference (the favicon) becomes a data: URL, so nothing is fetched from disk.
page = page.replace(/\bhref="\.\/((?:assets\/)?[^"]+\.svg)"/g, (_, rel) => {
  const svg = readFileSync(join(tmp, rel));
  return `href="data:image/svg+xml;base64,${svg.toString('base64')}"`;
});

const leftovers = page.match(/(?:src|href)="\.\/[^"]*"/g);
if (leftovers)
  throw new Error(`build-demo-single: references left in the page: ${leftovers.join(', ')}`);

mkdirSync(outDir, { recursive: true });
writeFileSync(outFile, page);
rmSync(tmp, { recursive: true, force: true });
const kb = (Buffer.byteLength(page) / 1024).toFixed(0);
console.log(`build-demo-single: ${outFile} (${kb} KiB, ${files.length} asset(s) inlined)`);
