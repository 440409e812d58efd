// `npm run size`: builds each public entry minified with vite, in memory, and prints gzip -9 sizes.
// "own" rows keep lit, d3-*, zod and idb-keyval external (our code, @toile/core included);
// "with deps" rows bundle everything, as a host without a bundler would load it.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const strict = process.argv.includes('--strict');
const thirdParty = (id) =>
  /^(lit|lit-html|lit-element|@lit|zod|idb-keyval|d3-[a-z-]+)(\/.*)?$/.test(id);

async function measure(entry, external) {
  const out = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'bundle' },
      rolldownOptions: { external, output: { minify: true, codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
  const code = outputs
    .filter((o) => o.type === 'chunk')
    .map((o) => o.code)
    .join('\n');
  return { min: Buffer.byteLength(code), gz: gzipSync(code, { level: 9 }).length };
}

const rows = [];
const add = async (name, entry, external, budgetKb) => {
  if (!existsSync(entry)) return;
  const { min, gz } = await measure(entry, external);
  rows.push({ name, min, gz, budgetKb });
};

const defineDir = join(root, 'packages/elements/src/define');
if (existsSync(defineDir)) {
  for (const f of readdirSync(defineDir).sort()) {
    if (!f.endsWith('.ts') || f.endsWith('.test.ts')) continue;
    await add(`${f.replace(/\.ts$/, '')} (own)`, join(defineDir, f), thirdParty, 15);
  }
}
await add('elements/all (own)', join(root, 'packages/elements/src/all.ts'), thirdParty, undefined);
await add('elements/all (with deps)', join(root, 'packages/elements/src/all.ts'), () => false, 90);
await add('@toile/core (own)', join(root, 'packages/core/src/index.ts'), thirdParty, undefined);
await add(
  '@toile/storage (own)',
  join(root, 'packages/storage/src/index.ts'),
  thirdParty,
  undefined,
);

const kb = (n) => (n / 1024).toFixed(1);
let over = 0;
console.log('| entry | minified KB | gzip -9 KB | budget KB | status |');
console.log('|---|---:|---:|---:|---|');
for (const r of rows) {
  const status = r.budgetKb === undefined ? '' : r.gz / 1024 <= r.budgetKb ? 'ok' : 'OVER';
  if (status === 'OVER') over += 1;
  console.log(`| ${r.name} | ${kb(r.min)} | ${kb(r.gz)} | ${r.budgetKb ?? ''} | ${status} |`);
}
if (over > 0) console.log(`${over} entr${over === 1 ? 'y is' : 'ies are'} over budget`);
if (strict && over > 0) process.exit(1);
