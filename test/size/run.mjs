// `npm run size`: builds each public entry minified with vite, in memory, and prints gzip -9 sizes.
// "own" rows keep lit, d3-*, zod and idb-keyval external (our code, @toile/core included);
// "with deps" rows bundle everything, as a host without a bundler would load it.
// `--breakdown` adds two rows per element, built the same way with more kept external:
// "element only" (its define file, the components/ folders it imports — its own and those of any
// element it embeds — and their i18n namespaces; @toile/core and the shared element plumbing —
// base, controllers, events, styles, i18n core and `common`, export helpers — external) and
// "+ plumbing" (only @toile/core external); "own" adds @toile/core on top.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const strict = process.argv.includes('--strict');
const breakdown = process.argv.includes('--breakdown');
// `--markdown <file>` also writes the table as a docs page (docs/size.md), material-web style.
const markdownAt = process.argv.indexOf('--markdown');
const markdownFile = markdownAt > 0 ? process.argv[markdownAt + 1] : undefined;
const thirdParty = (id) =>
  /^(lit|lit-html|lit-element|@lit|zod|idb-keyval|d3-[a-z-]+)(\/.*)?$/.test(id);
const coreDir = join(root, 'packages/core') + sep;
const elementsSrc = join(root, 'packages/elements/src') + sep;
// The path an import points at (relative ones resolved against their importer), for the tests below.
const target = (id, importer) =>
  id.startsWith('.') && importer ? resolve(dirname(importer), id) : id;
const isCore = (id, importer) =>
  /^@toile\/core(\/.*)?$/.test(id) || target(id, importer).startsWith(coreDir);
// Shared element plumbing: any module of packages/elements/src outside components/, define/ and
// the per-element i18n namespaces (i18n/fr/<name>.ts, i18n/en/<name>.ts; `common` is shared).
const isPlumbing = (id, importer) => {
  const p = target(id, importer);
  if (!p.startsWith(elementsSrc)) return false;
  const rel = relative(elementsSrc, p).split(sep);
  if (rel[0] === 'components' || rel[0] === 'define') return false;
  return !(
    rel[0] === 'i18n' &&
    (rel[1] === 'fr' || rel[1] === 'en') &&
    !/^common\./.test(rel[2] ?? '')
  );
};
const withoutCore = (id, importer) => thirdParty(id) || isCore(id, importer);
const elementOnly = (id, importer) => withoutCore(id, importer) || isPlumbing(id, importer);

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
    const name = f.replace(/\.ts$/, '');
    if (breakdown) {
      await add(`${name} (element only)`, join(defineDir, f), elementOnly, undefined);
      await add(`${name} (+ plumbing)`, join(defineDir, f), withoutCore, undefined);
    }
    await add(`${name} (own)`, join(defineDir, f), thirdParty, 15);
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
const lines = [
  '| entry | minified KB | gzip -9 KB | budget KB | status |',
  '|---|---:|---:|---:|---|',
];
for (const r of rows) {
  const status = r.budgetKb === undefined ? '' : r.gz / 1024 <= r.budgetKb ? 'ok' : 'OVER';
  if (status === 'OVER') over += 1;
  lines.push(`| ${r.name} | ${kb(r.min)} | ${kb(r.gz)} | ${r.budgetKb ?? ''} | ${status} |`);
}
console.log(lines.join('\n'));
if (over > 0) console.log(`${over} entr${over === 1 ? 'y is' : 'ies are'} over budget`);
if (markdownFile) {
  const page = [
    '<!-- docs-lang: fr en -->',
    '<!-- Generated by `npm run size -- --markdown docs/size.md` (test/size/run.mjs); do not edit. -->',
    '',
    '# Taille des paquets / Package sizes',
    '',
    'Chaque entrée est construite par vite, minifiée, puis compressée en gzip -9. Les lignes « own »',
    'gardent lit, d3-\\*, zod et idb-keyval externes (notre code seul, `@toile/core` compris) ; « with',
    'deps » inclut tout, comme le chargerait un hôte sans bundler.',
    '',
    'Each entry is built with vite, minified, then gzipped at level 9. "own" rows keep lit, d3-\\*, zod',
    'and idb-keyval external (our code only, `@toile/core` included); "with deps" bundles everything,',
    'as a host without a bundler would load it.',
    '',
    ...lines,
    '',
    over > 0 ? `**${over} over budget.**` : 'Every entry is within its budget.',
    '',
  ].join('\n');
  const prettier = await import('prettier');
  const target = resolve(process.cwd(), markdownFile);
  const options = (await prettier.resolveConfig(target)) ?? {};
  writeFileSync(target, await prettier.format(page, { ...options, parser: 'markdown' }));
  console.log(`size: wrote ${markdownFile}`);
}
if (strict && over > 0) process.exit(1);
