// Prints the vocabulary and enumeration tables of docs/data-model.md as markdown, read from
// packages/core/src/vocabulary/{defaults,labels}.ts so the docs follow the data.
//   node test/scripts/gen-vocab-tables.mjs > /tmp/tables.md
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(
  new URL('../../packages/core/src/vocabulary/gen-entry.ts', import.meta.url),
);
const result = await build({
  stdin: {
    contents:
      "export { DEFAULT_VOCABULARIES } from './defaults.js'; export { ENUM_LABELS } from './labels.js';",
    resolveDir: fileURLToPath(new URL('../../packages/core/src/vocabulary/', import.meta.url)),
    sourcefile: entry,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
});
const code = result.outputFiles[0].text;
const { DEFAULT_VOCABULARIES: V, ENUM_LABELS: E } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);

const cell = (v) => (v === undefined ? '' : String(v).replaceAll('|', '\\|'));
function table(headers, rows) {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

const out = [];
out.push('#### Sectors (`sectors`)\n');
out.push(
  table(
    ['id', 'fr', 'en', 'formal', 'participation'],
    V.sectors.map((s) => [
      `\`${s.id}\``,
      s.label.fr,
      s.label.en,
      s.formal ? 'yes' : 'no',
      s.participation ? 'yes' : '',
    ]),
  ),
);
out.push('\n#### Relation types (`relationTypes`)\n');
out.push(
  table(
    ['id', 'fr', 'en', 'category'],
    V.relationTypes.map((s) => [`\`${s.id}\``, s.label.fr, s.label.en, `\`${s.category}\``]),
  ),
);
out.push('\n#### Emotional relations (`emotionalRelations`)\n');
out.push(
  table(
    ['id', 'fr', 'en', 'line', 'strained', 'colour'],
    V.emotionalRelations.map((s) => [
      `\`${s.id}\``,
      s.label.fr,
      s.label.en,
      `\`${s.line}\``,
      s.strained ? 'yes' : 'no',
      s.color,
    ]),
  ),
);
out.push('\n#### Union types (`unionTypes`)\n');
out.push(
  table(
    ['id', 'fr', 'en', 'line'],
    V.unionTypes.map((s) => [`\`${s.id}\``, s.label.fr, s.label.en, `\`${s.line}\``]),
  ),
);
out.push('\n### Fixed enumerations\n');
for (const [name, values] of Object.entries(E)) {
  out.push(`#### \`${name}\`\n`);
  out.push(
    table(
      ['value', 'fr', 'en'],
      Object.entries(values).map(([k, l]) => [`\`${k}\``, l.fr, l.en]),
    ),
  );
  out.push('');
}
process.stdout.write(`${out.join('\n')}\n`);
