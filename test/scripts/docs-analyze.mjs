// `npm run analyze`: writes packages/elements/custom-elements.json with the custom-elements manifest
// analyzer (config: packages/elements/custom-elements-manifest.config.mjs), then rewrites the
// generated blocks of the docs (material-web's update-docs approach):
//   - the API block of each element page, between `<!-- api:start toile-x -->` and `<!-- api:end -->`
//     in docs/elements/x.md (and x.fr.md / x.en.md); the block is appended when the markers are
//     missing, and a page is created when the element has none;
//   - the theming block of docs/theming.*.md, between `<!-- theming:start -->` / `<!-- theming:end -->`.
// Output is formatted with prettier, so re-running is idempotent and `prettier --check` stays green.
// `--check` writes nothing and exits 1 when the manifest or a block is stale.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import * as prettier from 'prettier';

export const root = resolve(fileURLToPath(import.meta.url), '../../..');
const TAG_PREFIX = 'toile-';

/** A glob (`**`, `*`) as a RegExp over `/`-separated relative paths. */
function globRegExp(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i += 1) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else re += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function walk(dir, base = dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : walk(full, base);
    return [relative(base, full).split('\\').join('/')];
  });
}

/**
 * Runs the analyzer over `packageDir` (default packages/elements) with its config file and returns
 * the manifest object. Writes nothing.
 */
export async function analyzeElements(packageDir = join(root, 'packages/elements')) {
  const configFile = join(packageDir, 'custom-elements-manifest.config.mjs');
  const config = existsSync(configFile)
    ? (await import(pathToFileURL(configFile).href)).default
    : { globs: ['src/components/**/*.ts'], exclude: [] };
  const include = (config.globs ?? []).map(globRegExp);
  const exclude = (config.exclude ?? []).map(globRegExp);
  const files = walk(packageDir)
    .filter((f) => include.some((r) => r.test(f)) && !exclude.some((r) => r.test(f)))
    .sort();
  const modules = files.map((f) =>
    ts.createSourceFile(f, readFileSync(join(packageDir, f), 'utf8'), ts.ScriptTarget.ES2015, true),
  );
  const plugins = [...(config.litelement ? litPlugin() : []), ...(config.plugins ?? [])];
  return create({ modules, plugins, context: { dev: false } });
}

/** The manifest as the committed file holds it. */
export function manifestText(manifest) {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Every custom element declaration of the manifest (with its module path), sorted by tag. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, modulePath: m.path })))
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

const T = {
  en: {
    api: 'API',
    generated:
      'Generated from `packages/elements/custom-elements.json` by `npm run analyze`; do not edit by hand.',
    tag: 'Tag',
    cls: 'Class',
    status: 'Status',
    since: 'Since',
    props: 'Properties and attributes',
    methods: 'Methods',
    events: 'Events',
    slots: 'Slots',
    parts: 'CSS parts',
    cssProps: 'CSS custom properties',
    states: 'CSS states',
    property: 'Property',
    attribute: 'Attribute',
    type: 'Type',
    def: 'Default',
    description: 'Description',
    name: 'Name',
    signature: 'Signature',
    event: 'Event',
    slot: 'Slot',
    part: 'Part',
    state: 'State',
    defaultSlot: '(default)',
    none: 'None.',
    propertyOnly: 'property only',
    reflects: 'reflected',
    readonly: 'read-only',
    shared: 'Shared by every element',
    sharedNote:
      'Read from `packages/elements/src/styles/`: every element starts from these host styles.',
    noElements: 'No element is in the manifest yet.',
  },
  fr: {
    api: 'API',
    generated:
      'Généré depuis `packages/elements/custom-elements.json` par `npm run analyze` ; ne pas modifier à la main. Les descriptions viennent du JSDoc (en anglais).',
    tag: 'Balise',
    cls: 'Classe',
    status: 'Statut',
    since: 'Depuis',
    props: 'Propriétés et attributs',
    methods: 'Méthodes',
    events: 'Événements',
    slots: 'Slots',
    parts: 'Parties CSS (`::part`)',
    cssProps: 'Propriétés CSS personnalisées',
    states: 'États CSS (`:state()`)',
    property: 'Propriété',
    attribute: 'Attribut',
    type: 'Type',
    def: 'Défaut',
    description: 'Description',
    name: 'Nom',
    signature: 'Signature',
    event: 'Événement',
    slot: 'Slot',
    part: 'Partie',
    state: 'État',
    defaultSlot: '(par défaut)',
    none: 'Aucun.',
    propertyOnly: 'propriété seulement',
    reflects: 'reflété',
    readonly: 'lecture seule',
    shared: 'Communes à tous les éléments',
    sharedNote:
      'Lues dans `packages/elements/src/styles/` : chaque élément part de ces styles d’hôte.',
    noElements: 'Aucun élément dans le manifeste pour l’instant.',
  },
};

/** A table cell: one line, pipes escaped. */
function cell(text) {
  return String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}
const code = (text) => (text === undefined || text === '' ? '' : `\`${cell(text)}\``);

function table(headers, rows) {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** `toile-x` -> `ToileXEvent`, read from the event classes in packages/elements/src/events/. */
export function eventClassNames(eventsDir = join(root, 'packages/elements/src/events')) {
  const names = new Map();
  for (const f of walk(eventsDir).filter((x) => x.endsWith('.ts') && !x.endsWith('.test.ts'))) {
    const text = readFileSync(join(eventsDir, f), 'utf8');
    for (const m of text.matchAll(/class (\w+) extends Event\b[\s\S]*?eventName = '([a-z-]+)'/g)) {
      names.set(m[2], m[1]);
    }
  }
  return names;
}

/** The API section of one element, in markdown, `lang` `en` or `fr` (headings only; JSDoc is English). */
export function apiMarkdown(decl, lang = 'en') {
  const t = T[lang];
  const out = [`## ${t.api}`, '', `_${t.generated}_`, ''];
  const facts = [`**${t.tag}** \`<${decl.tagName}>\``, `**${t.cls}** \`${decl.name}\``];
  if (decl.status) facts.push(`**${t.status}** ${decl.status}`);
  if (decl.since) facts.push(`**${t.since}** ${decl.since}`);
  out.push(facts.join(' · '), '');
  if (decl.summary) out.push(cell(decl.summary), '');

  const section = (title, headers, rows) => {
    out.push(`### ${title}`, '');
    out.push(rows.length > 0 ? table(headers, rows) : t.none, '');
  };
  const attrs = new Map((decl.attributes ?? []).map((a) => [a.fieldName ?? a.name, a]));
  const fields = (decl.members ?? []).filter((m) => m.kind === 'field' && !m.static);
  const fieldNames = new Set(fields.map((f) => f.name));
  const propRows = fields.map((f) => {
    const attr = attrs.get(f.name);
    const notes = [
      attr ? '' : t.propertyOnly,
      f.reflects ? t.reflects : '',
      f.readonly ? t.readonly : '',
    ].filter(Boolean);
    return [
      code(f.name),
      attr ? code(attr.name) : '',
      code(f.type?.text),
      code(f.default),
      cell([f.description ?? '', notes.length ? `(${notes.join(', ')})` : ''].join(' ')),
    ];
  });
  for (const a of decl.attributes ?? []) {
    if (a.fieldName && fieldNames.has(a.fieldName)) continue;
    propRows.push(['', code(a.name), code(a.type?.text), code(a.default), cell(a.description)]);
  }
  section(t.props, [t.property, t.attribute, t.type, t.def, t.description], propRows);

  const methods = (decl.members ?? []).filter((m) => m.kind === 'method' && !m.static);
  section(
    t.methods,
    [t.name, t.signature, t.description],
    methods.map((m) => [
      code(`${m.name}()`),
      code(
        `(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}`).join(', ')}) => ${m.return?.type?.text ?? 'void'}`,
      ),
      cell(m.description),
    ]),
  );
  const eventClasses = eventClassNames();
  section(
    t.events,
    [t.event, t.type, t.description],
    (decl.events ?? [])
      .filter((e) => e.name)
      .map((e) => [
        code(e.name),
        code(e.type?.text ?? eventClasses.get(e.name)),
        cell(e.description),
      ]),
  );
  section(
    t.slots,
    [t.slot, t.description],
    (decl.slots ?? []).map((s) => [s.name ? code(s.name) : t.defaultSlot, cell(s.description)]),
  );
  section(
    t.parts,
    [t.part, t.description],
    (decl.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
  );
  section(
    t.cssProps,
    [t.property, t.def, t.description],
    (decl.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
  );
  section(
    t.states,
    [t.state, t.description],
    (decl.cssStates ?? []).map((s) => [code(s.name), cell(s.description)]),
  );
  return out.join('\n').trimEnd();
}

/** The shared `--toile-*` tokens read from the host styles: `[{ name, fallback }]`, sorted. */
export function sharedTokens(stylesDir = join(root, 'packages/elements/src/styles')) {
  const tokens = new Map();
  for (const f of walk(stylesDir).filter((x) => x.endsWith('.ts') && !x.endsWith('.test.ts'))) {
    const text = readFileSync(join(stylesDir, f), 'utf8');
    for (const m of text.matchAll(/var\(\s*(--toile-[a-z0-9-]+)\s*(?:,\s*([^;]*?))?\)\s*[;\s]/g)) {
      if (!tokens.has(m[1])) tokens.set(m[1], m[2]?.trim() ?? '');
    }
  }
  return [...tokens]
    .map(([name, fallback]) => ({ name, fallback }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The theming page's generated list: shared tokens, then each element's properties, parts and states. */
export function themingMarkdown(manifest, lang = 'en') {
  const t = T[lang];
  const out = [`### ${t.shared}`, '', t.sharedNote, ''];
  out.push(
    table(
      [t.property, t.def],
      sharedTokens().map((tok) => [code(tok.name), code(tok.fallback)]),
    ),
    '',
  );
  const elements = elementsOf(manifest);
  if (elements.length === 0) out.push(t.noElements, '');
  for (const el of elements) {
    out.push(`### \`<${el.tagName}>\``, '');
    const rows = [
      ...(el.cssProperties ?? []).map((p) => [
        t.cssProps,
        code(p.name),
        code(p.default),
        cell(p.description),
      ]),
      ...(el.cssParts ?? []).map((p) => [
        t.parts,
        code(`::part(${p.name})`),
        '',
        cell(p.description),
      ]),
      ...(el.cssStates ?? []).map((s) => [
        t.states,
        code(`:state(${s.name})`),
        '',
        cell(s.description),
      ]),
    ];
    out.push(rows.length ? table(['', t.name, t.def, t.description], rows) : t.none, '');
  }
  return out.join('\n').trimEnd();
}

/** The docs page name of a tag: `toile-ecomap` -> `ecomap`. */
export function pageNameOf(tagName) {
  return tagName.startsWith(TAG_PREFIX) ? tagName.slice(TAG_PREFIX.length) : tagName;
}

/** The language of a page's headings: from `.fr.md` / `.en.md`, else English. */
function langOfFile(file) {
  return /\.fr\.md$/.test(file) ? 'fr' : 'en';
}

/**
 * Replaces the block between `start` and `end` markers, or appends one at the end. Only the block
 * is formatted (prettier), so the authors' prose around it is never rewritten.
 */
async function replaceBlock(text, start, end, body, file) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  const formatted = (await prettier.format(body, { ...options, parser: 'markdown' })).trimEnd();
  const block = `${start}\n\n${formatted}\n\n${end}`;
  const i = text.indexOf(start);
  const j = i < 0 ? -1 : text.indexOf(end, i + start.length);
  if (i >= 0 && j >= 0) return text.slice(0, i) + block + text.slice(j + end.length);
  return `${text.trimEnd()}\n\n${block}\n`;
}

/** Computes every generated docs file: `[{ file, before, after }]`. Writes nothing. */
export async function docsUpdates(manifest, docsDir = join(root, 'docs')) {
  const updates = [];
  const elementsDir = join(docsDir, 'elements');
  for (const el of elementsOf(manifest)) {
    const name = pageNameOf(el.tagName);
    const pages = ['', '.fr', '.en']
      .map((suffix) => join(elementsDir, `${name}${suffix}.md`))
      .filter((f) => existsSync(f));
    // An element without a page yet gets a generated one at site-build time (docs-build.mjs):
    // never create files here that an element's author may be writing at the same moment.
    for (const file of pages) {
      const before = readFileSync(file, 'utf8');
      const start = `<!-- api:start ${el.tagName} -->`;
      const body = apiMarkdown(el, langOfFile(file));
      const after = await replaceBlock(before, start, '<!-- api:end -->', body, file);
      updates.push({ file, before, after });
    }
  }
  for (const lang of ['fr', 'en']) {
    const file = join(docsDir, `theming.${lang}.md`);
    if (!existsSync(file)) continue;
    const before = readFileSync(file, 'utf8');
    const after = await replaceBlock(
      before,
      '<!-- theming:start -->',
      '<!-- theming:end -->',
      themingMarkdown(manifest, lang),
      file,
    );
    updates.push({ file, before, after });
  }
  return updates;
}

/** Files whose generated content differs from what is committed: manifest and docs blocks. */
export async function staleFiles({
  manifestFile = join(root, 'packages/elements/custom-elements.json'),
} = {}) {
  const manifest = await analyzeElements();
  const stale = [];
  const committed = existsSync(manifestFile) ? readFileSync(manifestFile, 'utf8') : undefined;
  if (committed !== manifestText(manifest)) stale.push(relative(root, manifestFile));
  for (const u of await docsUpdates(manifest)) {
    if (u.before !== u.after) stale.push(relative(root, u.file));
  }
  return stale;
}

async function main() {
  if (process.argv.includes('--check')) {
    const stale = await staleFiles();
    if (stale.length > 0) {
      console.error(`stale (run \`npm run analyze\`): ${stale.join(', ')}`);
      process.exit(1);
    }
    console.log('analyze: manifest and API blocks are up to date');
    return;
  }
  const manifest = await analyzeElements();
  const manifestFile = join(root, 'packages/elements/custom-elements.json');
  writeFileSync(manifestFile, manifestText(manifest));
  const tags = elementsOf(manifest).map((e) => e.tagName);
  console.log(
    `analyze: ${relative(root, manifestFile)}: ${tags.length} element(s) ${tags.join(' ')}`,
  );
  for (const u of await docsUpdates(manifest)) {
    if (u.before === u.after) continue;
    writeFileSync(u.file, u.after);
    console.log(`analyze: updated ${relative(root, u.file)}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
