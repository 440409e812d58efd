// `npm run build`: one vite library build per package, from its TS sources into packages/<name>/dist.
// Packages whose entry files do not exist yet are skipped, so the build works while code is being written.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const packagesDir = join(root, 'packages');

// Bare imports that must stay imports in the library output.
const external = (id) =>
  /^(lit|lit-html|lit-element|@lit|@lit-labs|zod|idb-keyval|d3-[a-z-]+|@toile\/[a-z-]+)(\/.*)?$/.test(
    id,
  );

function entriesOf(pkgDir) {
  const src = join(pkgDir, 'src');
  const candidates = ['index.ts', 'all.ts'].map((f) => join(src, f));
  const defineDir = join(src, 'define');
  if (existsSync(defineDir)) {
    for (const f of readdirSync(defineDir)) {
      if (f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts')) {
        candidates.push(join(defineDir, f));
      }
    }
  }
  const entries = {};
  for (const file of candidates.filter((f) => existsSync(f))) {
    entries[relative(src, file).replace(/\.ts$/, '')] = file;
  }
  return entries;
}

let built = 0;
for (const name of readdirSync(packagesDir).sort()) {
  const pkgDir = join(packagesDir, name);
  const manifest = join(pkgDir, 'package.json');
  if (!existsSync(manifest)) continue;
  const pkgName = JSON.parse(readFileSync(manifest, 'utf8')).name;
  const entries = entriesOf(pkgDir);
  if (Object.keys(entries).length === 0) {
    console.log(
      `build: ${pkgName}: no entry files yet (src/index.ts, src/all.ts, src/define/*.ts), skipped`,
    );
    continue;
  }
  console.log(`build: ${pkgName}: ${Object.keys(entries).join(', ')}`);
  await build({
    configFile: false,
    root: pkgDir,
    logLevel: 'warn',
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      minify: true,
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: {
        external,
        output: {
          // Lib mode keeps whitespace in ES output unless minify is set here.
          minify: true,
          preserveModules: true,
          preserveModulesRoot: join(pkgDir, 'src'),
          entryFileNames: '[name].js',
        },
      },
    },
  });
  built += 1;
}
console.log(`build: ${built} package(s) built`);
