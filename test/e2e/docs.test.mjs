// The docs stay true to the code: the committed custom-elements manifest and the generated API
// blocks are fresh (regenerated in memory and compared, like `git diff --exit-code`), and the docs
// site builds with a page per element, every page reachable from the index and no dead link.
import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  analyzeElements,
  apiMarkdown,
  docsUpdates,
  elementsOf,
  manifestText,
  pageNameOf,
  root,
} from '../scripts/docs-analyze.mjs';
import { buildDocs } from '../scripts/docs-build.mjs';

const manifestFile = join(root, 'packages/elements/custom-elements.json');
const stale = 'is stale: run `npm run analyze` and commit the result';

describe('custom-elements manifest and API blocks', () => {
  let manifest;
  before(async () => {
    manifest = await analyzeElements();
  });

  test('the committed manifest matches a fresh analysis', () => {
    assert.ok(
      existsSync(manifestFile),
      `${relative(root, manifestFile)} is missing: run \`npm run analyze\``,
    );
    // A boolean compare: the diff of a 200 KB JSON would bury the message.
    assert.ok(
      readFileSync(manifestFile, 'utf8') === manifestText(manifest),
      `packages/elements/custom-elements.json ${stale}`,
    );
  });

  test('every element page and the theming pages hold fresh generated blocks', async () => {
    const changed = (await docsUpdates(manifest)).filter((u) => u.before !== u.after);
    assert.deepEqual(
      changed.map((u) => relative(root, u.file)),
      [],
      `generated docs blocks ${stale}`,
    );
  });

  test('every element of the manifest has a tag, a summary and documented members', () => {
    for (const el of elementsOf(manifest)) {
      assert.match(el.tagName, /^toile-[a-z0-9-]+$/);
      assert.ok(el.summary || el.description, `${el.tagName} has no @summary or description`);
      const undocumented = (el.attributes ?? []).filter((a) => !a.description).map((a) => a.name);
      assert.deepEqual(undocumented, [], `${el.tagName}: attributes without JSDoc`);
    }
  });
});

describe('analyzer setup (fixture element)', () => {
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'toile-cem-'));
    mkdirSync(join(dir, 'src/components/sample'), { recursive: true });
    writeFileSync(
      join(dir, 'custom-elements-manifest.config.mjs'),
      readFileSync(join(root, 'packages/elements/custom-elements-manifest.config.mjs'), 'utf8'),
    );
    writeFileSync(
      join(dir, 'src/components/sample/sample.ts'),
      `import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ToileElement } from '../../base/toile-element.js';
/**
 * A sample.
 * @summary Shows a sample.
 * @status experimental
 * @since 0.1.0
 * @slot footer - Footer text.
 * @csspart base - The wrapper.
 * @cssproperty [--toile-sample-color=#333] - Text colour.
 * @cssstate empty - No record.
 * @event toile-change - Once per edit.
 */
export class ToileSample extends ToileElement {
  /** Display only; false by default. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Paper size; letter by default. */
  @property({ attribute: 'page-size' }) pageSize: 'letter' | 'A4' = 'letter';
  @state() private open = false;
  #secret = 1;
  protected helper(): void {}
  override render() { return html\`\`; }
}
`,
    );
    writeFileSync(join(dir, 'src/components/sample/sample.test.ts'), 'export class Nope {}\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('infers the tag from the file name, keeps public API only, renders every table', async () => {
    const manifest = await analyzeElements(dir);
    assert.deepEqual(
      manifest.modules.map((m) => m.path),
      ['src/components/sample/sample.ts'],
    );
    const [el] = elementsOf(manifest);
    assert.equal(el.tagName, 'toile-sample');
    assert.equal(el.status, 'experimental');
    assert.deepEqual(
      el.members.map((m) => m.name),
      ['readonly', 'pageSize'],
    );
    const md = apiMarkdown(el, 'en');
    assert.match(
      md,
      /\| `pageSize` \| `page-size` \| `'letter' \\\| 'A4'` \| `'letter'` \| Paper size/,
    );
    assert.match(md, /\| `toile-change` \| `ToileChangeEvent` \| Once per edit\. \|/);
    assert.match(md, /\| `footer` \| Footer text\. \|/);
    assert.match(md, /\| `base` \| The wrapper\. \|/);
    assert.match(md, /\| `--toile-sample-color` \| `#333` \| Text colour\. \|/);
    assert.match(md, /\| `empty` \| No record\. \|/);
    assert.match(apiMarkdown(el, 'fr'), /### Propriétés et attributs/);
  });
});

/** Internal links of a built page: `[{ href, target, hash }]` with `target` relative to the site. */
function linksOf(site, page) {
  const html = readFileSync(join(site, page), 'utf8');
  return [...html.matchAll(/<a\s[^>]*href="([^"]+)"/g)]
    .map((m) => m[1].replace(/&amp;/g, '&'))
    .filter((href) => !/^([a-z]+:|\/\/)/i.test(href))
    .map((href) => {
      const [path, hash] = href.split('#');
      const target = path === '' ? page : posix.normalize(posix.join(posix.dirname(page), path));
      return { href, target, hash: hash ? decodeURIComponent(hash) : undefined };
    });
}

function htmlFiles(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(full, base);
    return e.name.endsWith('.html') ? [relative(base, full).split('\\').join('/')] : [];
  });
}

describe('docs site', () => {
  let out;
  let result;
  let manifest;
  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'toile-docs-'));
    const started = Date.now();
    result = await buildDocs({
      outDir: out,
      stageDir: join(root, 'node_modules/.cache/toile-docs-test'),
      quiet: true,
    });
    console.log(`docs site built in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  test('every docs/**/*.md is a page in French and in English', () => {
    const built = new Set(htmlFiles(out));
    for (const p of result.pages) assert.ok(built.has(p.out), `${p.out} was not built`);
    for (const lang of ['fr', 'en']) {
      for (const slug of [
        'index',
        'getting-started',
        'theming',
        'events',
        'i18n',
        'storage',
        'embedding',
        'size',
      ]) {
        assert.ok(built.has(`${lang}/${slug}.html`), `${lang}/${slug}.html is missing`);
      }
    }
  });

  test('every element of the manifest has a page in both languages with its API', () => {
    const elements = elementsOf(manifest);
    assert.ok(elements.length > 0, 'the manifest lists no element');
    for (const el of elements) {
      for (const lang of ['fr', 'en']) {
        const file = join(out, lang, 'elements', `${pageNameOf(el.tagName)}.html`);
        assert.ok(existsSync(file), `no page for <${el.tagName}> (${lang})`);
        const html = readFileSync(file, 'utf8');
        assert.match(
          html,
          /<h2 id="api">API<\/h2>/,
          `<${el.tagName}> (${lang}) has no API section`,
        );
        assert.ok(
          html.includes(`&lt;${el.tagName}&gt;`),
          `<${el.tagName}> (${lang}) does not name its tag`,
        );
        for (const a of el.attributes ?? []) {
          assert.ok(
            html.includes(`<code>${a.name}</code>`),
            `<${el.tagName}> (${lang}): attribute ${a.name} missing`,
          );
        }
        for (const e of (el.events ?? []).filter((x) => x.name)) {
          assert.ok(
            html.includes(`<code>${e.name}</code>`),
            `<${el.tagName}> (${lang}): event ${e.name} missing`,
          );
        }
      }
    }
  });

  test('element pages with a define entry embed the live element through a module script', () => {
    const tags = new Set(elementsOf(manifest).map((e) => e.tagName));
    const defined = readdirSync(join(root, 'packages/elements/src/define'))
      .filter((f) => /^toile-.*\.ts$/.test(f) && !f.endsWith('.test.ts'))
      .map((f) => f.replace(/\.ts$/, ''))
      .filter((tag) => tags.has(tag));
    assert.ok(defined.length > 0, 'no define entry for any element of the manifest');
    for (const tag of defined) {
      for (const lang of ['fr', 'en']) {
        const file = join(out, lang, 'elements', `${pageNameOf(tag)}.html`);
        const html = readFileSync(file, 'utf8');
        assert.ok(html.includes(`<${tag} data-element>`), `${tag} (${lang}): no live element`);
        assert.match(html, /<script type="module"[^>]* src="[^"]+\.js"><\/script>/);
      }
    }
  });

  test('no inline script, no external resource (strict CSP, no CDN, no web font)', () => {
    for (const page of htmlFiles(out)) {
      const html = readFileSync(join(out, page), 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      for (const [, attrs, body] of scripts) {
        assert.match(attrs, /\bsrc="/, `${page}: inline script`);
        assert.equal(body.trim(), '', `${page}: inline script body`);
      }
      assert.doesNotMatch(
        html,
        /<(script|link)\b[^>]*(src|href)="(https?:)?\/\//,
        `${page}: external resource`,
      );
      assert.doesNotMatch(html, /\son[a-z]+="/, `${page}: inline event handler`);
    }
    const css = readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.css'));
    for (const f of css)
      assert.doesNotMatch(
        readFileSync(join(out, 'assets', f), 'utf8'),
        /@import|url\(\s*['"]?https?:/,
      );
  });

  test('every page is reachable from the index and no link points to a missing page or anchor', () => {
    const pages = new Set(htmlFiles(out));
    const seen = new Set(['index.html']);
    const queue = ['index.html'];
    const broken = [];
    while (queue.length > 0) {
      const page = queue.shift();
      for (const link of linksOf(out, page)) {
        if (!pages.has(link.target)) {
          broken.push(`${page} -> ${link.href}`);
          continue;
        }
        if (link.hash) {
          const target = readFileSync(join(out, link.target), 'utf8');
          if (!target.includes(`id="${link.hash}"`))
            broken.push(`${page} -> ${link.href} (no such anchor)`);
        }
        if (!seen.has(link.target)) {
          seen.add(link.target);
          queue.push(link.target);
        }
      }
    }
    assert.deepEqual(broken, [], 'dead links');
    assert.deepEqual(
      [...pages].filter((p) => !seen.has(p)),
      [],
      'pages not reachable from index.html',
    );
  });

  test('a page in one language only is in both navs, with a note', () => {
    const single = result.pages.filter(
      (p) => !/\.(fr|en)\.md$/.test(p.source) && !p.source.startsWith('size'),
    );
    for (const p of single) {
      const html = readFileSync(join(out, p.out), 'utf8');
      assert.match(html, /<nav aria-label="(Sommaire|Contents)">/);
    }
    const notes = result.pages.filter((p) =>
      readFileSync(join(out, p.out), 'utf8').includes('class="lang-note"'),
    );
    if (single.length > 0) assert.ok(notes.length > 0, 'no language note on single-language pages');
  });
});
