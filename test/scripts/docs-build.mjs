// `npm run docs`: builds the documentation site into docs/dist (French and English).
// 1. Every docs/**/*.md is rendered with `marked` at build time into static HTML pages (our own
//    docs: marked's output is kept as is) in a staging folder, with a sidebar, a language switch
//    and UI chrome in both languages. `x.fr.md` / `x.en.md` are one page in two languages; a page
//    written in one language only appears in both navs with a note.
// 2. Element pages (docs/elements/<name>*.md) get a live example when
//    packages/elements/src/define/toile-<name>.ts exists: a module script per element imports the
//    define entry and the personas. No inline script anywhere (strict CSP), no CDN, no web fonts.
// 3. vite bundles the pages, scripts and CSS into docs/dist (relative URLs: works from any base).
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Marked } from 'marked';
import { build } from 'vite';
import { apiMarkdown, elementsOf, pageNameOf } from './docs-analyze.mjs';

export const root = resolve(fileURLToPath(import.meta.url), '../../..');
const LANGS = ['fr', 'en'];
const TAG_PREFIX = 'toile-';

const UI = {
  fr: {
    site: 'Toile — documentation',
    skip: 'Aller au contenu',
    nav: 'Sommaire',
    menu: 'Menu',
    other: 'English',
    otherLang: 'en',
    onlyIn: (l) =>
      l === 'en'
        ? 'Cette page n’existe qu’en anglais pour l’instant.'
        : 'Cette page n’existe qu’en français pour l’instant.',
    source: 'Source',
    example: 'Exemple en direct',
    persona: 'Persona (fictive)',
    exampleNote:
      'L’élément ci-dessous est le vrai composant, chargé avec une persona fictive. Les modifications restent dans cette page (rien n’est enregistré).',
    lastEvent: 'Dernier événement',
    none: 'aucun',
    other_: 'Autres pages',
    generatedPage:
      'Page générée depuis le manifeste des éléments ; la documentation rédigée de cet élément est à venir.',
    generatedSource: 'généré depuis packages/elements/custom-elements.json',
  },
  en: {
    site: 'Toile — documentation',
    skip: 'Skip to content',
    nav: 'Contents',
    menu: 'Menu',
    other: 'Français',
    otherLang: 'fr',
    onlyIn: (l) =>
      l === 'fr'
        ? 'This page is only available in French for now.'
        : 'This page is only available in English for now.',
    source: 'Source',
    example: 'Live example',
    persona: 'Persona (fictional)',
    exampleNote:
      'Below is the real component, loaded with a fictional persona. Edits stay in this page (nothing is saved).',
    lastEvent: 'Last event',
    none: 'none',
    other_: 'Other pages',
    generatedPage:
      'Page generated from the elements manifest; the written documentation of this element is coming.',
    generatedSource: 'generated from packages/elements/custom-elements.json',
  },
};

/** Sidebar sections, in order; a page goes to the first section that claims it, else "other". */
const SECTIONS = [
  { title: { fr: 'Démarrer', en: 'Start' }, pages: ['index', 'getting-started', 'embedding'] },
  {
    title: { fr: 'Guides', en: 'Guides' },
    pages: ['element-contract', 'theming', 'events', 'i18n', 'storage', 'data-model', 'fhir'],
  },
  { title: { fr: 'Éléments', en: 'Elements' }, prefix: 'elements/' },
  { title: { fr: 'Méthodologie', en: 'Methodology' }, prefix: 'methodology' },
  { title: { fr: 'Référence', en: 'Reference' }, pages: ['privacy', 'size'] },
];

function walk(dir, base = dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith('.') || e.name === 'node_modules') return [];
    const full = join(dir, e.name);
    if (e.isDirectory()) return walk(full, base);
    return [relative(base, full).split('\\').join('/')];
  });
}

/** Guesses a page's language from common words, unless it says `<!-- docs-lang: fr en -->`. */
function languagesOf(text, file) {
  const declared = /<!--\s*docs-lang:\s*([a-z ]+?)\s*-->/.exec(text);
  if (declared) return declared[1].split(/\s+/).filter((l) => LANGS.includes(l));
  const m = /\.(fr|en)\.md$/.exec(file);
  if (m) return [m[1]];
  const words = text.toLowerCase().match(/[a-zàâçéèêëîïôûùüÿœ’']+/g) ?? [];
  const count = (list) => words.filter((w) => list.has(w)).length;
  const fr = count(
    new Set(['le', 'la', 'les', 'des', 'est', 'une', 'pour', 'dans', 'avec', 'qui']),
  );
  const en = count(new Set(['the', 'is', 'and', 'of', 'to', 'with', 'for', 'which', 'are', 'an']));
  return [fr > en ? 'fr' : 'en'];
}

/** The committed custom-elements manifest, or an empty one. */
export function readManifest(file = join(root, 'packages/elements/custom-elements.json')) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { modules: [] };
}

/**
 * Every docs page: `{ slug, sources: { fr?, en? } }` where a source is `{ file, text, langs }`.
 * An element of the manifest without a page gets a generated one (title, summary and API).
 */
export function collectPages(docsDir = join(root, 'docs'), manifest = readManifest()) {
  const pages = new Map();
  const files = walk(docsDir).filter(
    (f) => f.endsWith('.md') && !f.startsWith('dist/') && !f.startsWith('site/'),
  );
  for (const file of files.sort()) {
    const slug = file.replace(/(\.(fr|en))?\.md$/, '');
    const text = readFileSync(join(docsDir, file), 'utf8');
    const langs = languagesOf(text, file);
    const page = pages.get(slug) ?? { slug, sources: {} };
    for (const l of langs) {
      // An explicit x.fr.md beats a plain x.md that was guessed French.
      if (!page.sources[l] || /\.(fr|en)\.md$/.test(file)) page.sources[l] = { file, text, langs };
    }
    pages.set(slug, page);
  }
  for (const el of elementsOf(manifest)) {
    const slug = `elements/${pageNameOf(el.tagName)}`;
    if (pages.has(slug)) continue;
    const sources = {};
    for (const lang of LANGS) {
      const text = `# \`<${el.tagName}>\`\n\n${el.summary ?? ''}\n\n_${UI[lang].generatedPage}_\n\n${apiMarkdown(el, lang)}\n`;
      sources[lang] = { file: `${slug}.md`, text, langs: [lang], generated: true };
    }
    pages.set(slug, { slug, sources });
  }
  return [...pages.values()];
}

/** GitHub-style heading ids, so `[x](data-model.md#versions-and-migration)` keeps working. */
function slugger() {
  const seen = new Map();
  return (text) => {
    const base = text
      .toLowerCase()
      .replace(/<[^>]*>/g, '')
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .trim()
      .replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}-${n}`;
  };
}

const escapeHtml = (s) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/** The output path of a page in a language, relative to the site root. */
const outPath = (lang, slug) => `${lang}/${slug}.html`;

/** A relative URL from one output file to another. */
const hrefFrom = (fromOut, toOut) =>
  posix.relative(posix.dirname(fromOut), toOut) || posix.basename(toOut);

function titleOf(text, slug) {
  const m = /^#\s+(.+)$/m.exec(text);
  return m ? m[1].replace(/`/g, '').trim() : slug;
}

function renderMarkdown(source, { lang, slug, slugs, warnings }) {
  const here = outPath(lang, slug);
  const sourceDir = posix.dirname(source.file);
  const ids = slugger();
  const marked = new Marked({ gfm: true });
  marked.use({
    walkTokens(token) {
      if (token.type !== 'link' || !token.href) return;
      const href = token.href;
      if (/^([a-z]+:|#|\/\/)/i.test(href)) return;
      const [path, hash] = href.split('#');
      if (!path.endsWith('.md')) {
        // A repository file (source, folder): not part of the site, shown as a path.
        token.repoPath = posix.normalize(posix.join('docs', sourceDir, path));
        return;
      }
      const resolved = posix.normalize(posix.join(sourceDir, path));
      const target = resolved.replace(/(\.(fr|en))?\.md$/, '');
      // `x.en.md` names a language on purpose (e.g. an anchor only the English text has).
      const explicit = /\.(fr|en)\.md$/.exec(resolved)?.[1];
      if (!slugs.has(target)) warnings.push(`${source.file}: link to missing page ${href}`);
      token.href = hrefFrom(here, outPath(explicit ?? lang, target)) + (hash ? `#${hash}` : '');
    },
    renderer: {
      heading({ tokens, depth, text }) {
        const id = ids(text);
        return `<h${depth} id="${escapeHtml(id)}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      link(token) {
        if (token.repoPath) {
          return `<span class="repo-path" title="${escapeHtml(token.repoPath)}">${this.parser.parseInline(token.tokens)}</span>`;
        }
        return false;
      },
    },
  });
  return marked.parse(source.text);
}

function exampleHtml(tag, lang, mode) {
  const t = UI[lang];
  return `<section class="example" aria-labelledby="live-example" data-example="${tag}" data-mode="${mode}">
<h2 id="live-example">${t.example}</h2>
<p class="example-note">${t.exampleNote}</p>
<p><label>${t.persona} <select data-persona></select></label></p>
<p class="example-summary" data-summary></p>
<div class="example-stage"><${tag} data-element></${tag}></div>
<p class="example-log">${t.lastEvent} : <output data-log>${t.none}</output></p>
</section>\n`;
}

function navHtml(pages, lang, current, titles) {
  const t = UI[lang];
  const claimed = new Set();
  const groups = SECTIONS.map((s) => {
    const list = pages
      .filter((p) => !claimed.has(p.slug))
      .filter((p) => (s.pages ? s.pages.includes(p.slug) : p.slug.startsWith(s.prefix)))
      .sort((a, b) =>
        s.pages ? s.pages.indexOf(a.slug) - s.pages.indexOf(b.slug) : a.slug.localeCompare(b.slug),
      );
    for (const p of list) claimed.add(p.slug);
    return { title: s.title[lang], list };
  });
  groups.push({ title: t.other_, list: pages.filter((p) => !claimed.has(p.slug)) });
  const here = outPath(lang, current);
  return groups
    .filter((g) => g.list.length > 0)
    .map(
      (g) =>
        `<h2>${escapeHtml(g.title)}</h2>\n<ul>\n${g.list
          .map((p) => {
            const to = outPath(lang, p.slug);
            const cur = p.slug === current ? ' aria-current="page"' : '';
            const only = p.sources[lang]?.langs.includes(lang)
              ? ''
              : ` <span class="lang-tag">${UI[lang].otherLang === 'en' ? 'EN' : 'FR'}</span>`;
            return `<li><a href="${hrefFrom(here, to)}"${cur}>${escapeHtml(titles.get(`${lang}:${p.slug}`))}</a>${only}</li>`;
          })
          .join('\n')}\n</ul>`,
    )
    .join('\n');
}

function pageHtml({ lang, slug, title, body, nav, note, scripts, sourceFile }) {
  const t = UI[lang];
  const here = outPath(lang, slug);
  const rel = (p) => hrefFrom(here, p);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'none'; object-src 'none'; base-uri 'none'">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)} · ${t.site}</title>
<link rel="stylesheet" href="${rel('site/style.css')}">
${scripts.map((s) => `<script type="module" src="${rel(s)}"></script>`).join('\n')}
</head>
<body>
<a class="skip" href="#main">${t.skip}</a>
<header class="top">
<a class="brand" href="${rel(`${lang}/index.html`)}">${t.site}</a>
<a class="lang-switch" href="${rel(outPath(t.otherLang, slug))}" hreflang="${t.otherLang}" lang="${t.otherLang}">${t.other}</a>
</header>
<div class="layout">
<details class="sidebar" open>
<summary>${t.menu}</summary>
<nav aria-label="${t.nav}">
${nav}
</nav>
</details>
<main id="main">
${note ? `<p class="lang-note" role="note">${note}</p>\n` : ''}${body}
<footer class="source">${t.source} : <code>${escapeHtml(sourceFile)}</code></footer>
</main>
</div>
</body>
</html>
`;
}

function rootIndexHtml() {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'none'">
<link rel="icon" href="data:,">
<title>Toile — documentation</title>
<link rel="stylesheet" href="site/style.css">
</head>
<body class="chooser">
<main id="main">
<h1>Toile</h1>
<p>Composants web pour l’entrevue d’accueil : écocarte, génogramme, risque d’isolement, profil.</p>
<p lang="en">Web components for the welcome interview: ecomap, genogram, isolation risk, profile.</p>
<ul class="choices">
<li><a href="fr/index.html" hreflang="fr">Documentation en français</a></li>
<li><a href="en/index.html" hreflang="en" lang="en">Documentation in English</a></li>
</ul>
</main>
</body>
</html>
`;
}

/**
 * Renders the docs into a staging folder and bundles them with vite into `outDir`.
 * Returns `{ outDir, pages: [{ lang, slug, out, source }], examples: [tag], warnings }`.
 */
export async function buildDocs({
  docsDir = join(root, 'docs'),
  outDir = join(root, 'docs/dist'),
  stageDir = join(root, 'node_modules/.cache/toile-docs'),
  quiet = false,
} = {}) {
  const manifest = readManifest();
  const elements = elementsOf(manifest);
  const pages = collectPages(docsDir, manifest);
  if (!pages.some((p) => p.slug === 'index')) {
    throw new Error('docs: docs/index.fr.md or docs/index.en.md is missing');
  }
  const slugs = new Set(pages.map((p) => p.slug));
  const warnings = [];
  rmSync(stageDir, { recursive: true, force: true });
  mkdirSync(stageDir, { recursive: true });
  cpSync(join(docsDir, 'site'), join(stageDir, 'site'), { recursive: true });

  const titles = new Map();
  const chosen = [];
  for (const p of pages) {
    for (const lang of LANGS) {
      const source = p.sources[lang] ?? p.sources[lang === 'fr' ? 'en' : 'fr'];
      titles.set(`${lang}:${p.slug}`, titleOf(source.text, p.slug));
      chosen.push({ page: p, lang, source });
    }
  }

  const defineDir = join(root, 'packages/elements/src/define');
  const examples = new Set();
  const written = [];
  for (const { page, lang, source } of chosen) {
    const { slug } = page;
    let body = renderMarkdown(source, { lang, slug, slugs, warnings });
    const scripts = ['site/nav.ts'];
    const element = /^elements\/([a-z0-9-]+)$/.exec(slug);
    const tag = element ? `${TAG_PREFIX}${element[1]}` : undefined;
    if (tag && existsSync(join(defineDir, `${tag}.ts`))) {
      const h2 = body.indexOf('<h2');
      const decl = elements.find((e) => e.tagName === tag);
      const has = (name) => (decl?.members ?? []).some((m) => m.name === name);
      const mode = has('store') ? 'store' : has('assessment') ? 'assessment' : 'none';
      const block = exampleHtml(tag, lang, mode);
      body = h2 >= 0 ? body.slice(0, h2) + block + body.slice(h2) : body + block;
      scripts.push(`examples/${tag}.ts`);
      examples.add(tag);
    }
    const note = source.langs.includes(lang) ? '' : UI[lang].onlyIn(source.langs[0]);
    const out = outPath(lang, slug);
    const html = pageHtml({
      lang,
      slug,
      title: titles.get(`${lang}:${slug}`),
      body,
      nav: navHtml(pages, lang, slug, titles),
      note,
      scripts,
      sourceFile: source.generated ? UI[lang].generatedSource : `docs/${source.file}`,
    });
    mkdirSync(dirname(join(stageDir, out)), { recursive: true });
    writeFileSync(join(stageDir, out), html);
    written.push({ lang, slug, out, source: source.file });
  }
  writeFileSync(join(stageDir, 'index.html'), rootIndexHtml());

  mkdirSync(join(stageDir, 'examples'), { recursive: true });
  for (const tag of examples) {
    writeFileSync(
      join(stageDir, 'examples', `${tag}.ts`),
      `// Generated by test/scripts/docs-build.mjs: the live example of <${tag}>.\n` +
        `import '@toile/elements/define/${tag}';\n` +
        `import { mountExamples } from '../site/example.js';\n\n` +
        `mountExamples();\n`,
    );
  }

  const input = Object.fromEntries(
    ['index.html', ...written.map((w) => w.out)].map((f) => [
      f.replace(/\.html$/, '').replace(/\//g, '_'),
      join(stageDir, f),
    ]),
  );
  await build({
    configFile: false,
    root: stageDir,
    base: './',
    logLevel: quiet ? 'silent' : 'warn',
    appType: 'mpa',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      // Keeps every script an external file (strict CSP) and no preload polyfill injected inline.
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0,
      // Plugin timing notes are noise here (the HTML transform runs once per page).
      rolldownOptions: { input, checks: { pluginTimings: false } },
    },
  });
  if (!quiet) for (const w of warnings) console.warn(`docs: warning: ${w}`);
  return { outDir, pages: written, examples: [...examples], warnings };
}

async function main() {
  const started = Date.now();
  const result = await buildDocs();
  console.log(
    `docs: ${result.pages.length} pages (${LANGS.join(', ')}), live examples: ${result.examples.join(' ') || 'none'} -> ${relative(root, result.outDir)} (${((Date.now() - started) / 1000).toFixed(1)}s)`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
