// `npm run build:standalone`: one self-contained, minified ES module with every Toile element and
// its dependencies (Lit, d3, zod) bundled, for host pages without a bundler:
//   <script type="module" src="toile.js"></script>
// Output: packages/elements/dist-standalone/toile.js (+ .map), and the iframe embedding's page
// dist-standalone/frame/toile-frame.html (see docs/embedding.md). Also importable as a function
// (`buildStandalone({ outDir })`) so tests can build a copy into a temp dir.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

export const root = resolve(fileURLToPath(import.meta.url), '../../..');
export const standaloneEntry = join(root, 'packages/elements/src/all.ts');
export const standaloneDir = join(root, 'packages/elements/dist-standalone');

/**
 * Builds the standalone bundle into `outDir` (packages/elements/dist-standalone by default) and
 * returns the path of `toile.js`.
 */
export async function buildStandalone({ outDir = standaloneDir, sourcemap = true } = {}) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    // Lit's production build (no dev-mode warnings); the `development` condition stays off.
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap,
      minify: true,
      // Never inline assets as data: URLs or split CSS into <style>: the bundle has no CSS file;
      // Lit's styles are constructable stylesheets (CSP-safe).
      cssCodeSplit: false,
      lib: { entry: standaloneEntry, formats: ['es'], fileName: () => 'toile.js' },
      rolldownOptions: {
        external: () => false,
        output: { minify: true, codeSplitting: false },
      },
    },
  });
  return join(outDir, 'toile.js');
}

/**
 * Builds the iframe embedding (toile-frame.html and its assets, relative URLs) into `outDir`
 * (packages/elements/dist-standalone/frame by default) and returns the page's path.
 */
export async function buildFrame({ outDir = join(standaloneDir, 'frame') } = {}) {
  await build({
    configFile: false,
    root: join(root, 'packages/elements/src/iframe'),
    base: './',
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      // No modulepreload polyfill: it would be an inline script, refused by the frame's CSP.
      modulePreload: false,
      assetsInlineLimit: 0,
      rolldownOptions: { input: join(root, 'packages/elements/src/iframe/toile-frame.html') },
    },
  });
  return join(outDir, 'toile-frame.html');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = await buildStandalone();
  const frame = await buildFrame();
  console.log(`build:standalone: ${frame.slice(root.length + 1)}`);
  const code = readFileSync(file);
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(
    `build:standalone: ${file.slice(root.length + 1)}: ${kb(code.length)} KiB minified, ` +
      `${kb(gzipSync(code, { level: 9 }).length)} KiB gzip`,
  );
}
