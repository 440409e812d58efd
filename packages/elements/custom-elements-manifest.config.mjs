// Custom-elements manifest config (`npm run analyze`, or `npx cem analyze` from this folder).
// Paths are relative to packages/elements. Classes never self-register (style guide §5), so the
// tag comes from the class's `@tag` JSDoc, else from the file name (components/ecomap/ecomap.ts ->
// toile-ecomap), as Shoelace's manifest plugins do.
const TAG_PREFIX = 'toile-';

/** Keeps only the public API: private/protected members and `#fields` are implementation. */
function publicOnly(members = []) {
  return members.filter(
    (m) =>
      m.privacy !== 'private' &&
      m.privacy !== 'protected' &&
      !m.name.startsWith('#') &&
      !(m.static && (m.name === 'styles' || m.name === 'version')),
  );
}

/** Reads `@status` and `@since` (Shoelace-style tags the analyzer does not know) onto the class. */
function toilePlugin() {
  return {
    name: 'toile-docs',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const decl = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
      if (!decl) return;
      for (const doc of node.jsDoc ?? []) {
        for (const tag of doc.tags ?? []) {
          const name = tag.tagName.getText();
          const text = typeof tag.comment === 'string' ? tag.comment.trim() : '';
          if ((name === 'status' || name === 'since') && text) decl[name] = text;
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const match = /components\/([a-z0-9-]+)\/\1\.ts$/.exec(mod.path);
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          const isElement = decl.customElement || /Element$/.test(decl.superclass?.name ?? '');
          if (!decl.tagName && isElement && match && decl.name.startsWith('Toile')) {
            decl.tagName = `${TAG_PREFIX}${match[1]}`;
            decl.customElement = true;
          }
          decl.members = publicOnly(decl.members);
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/styles.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // The analyzer would otherwise add a `customElements` field to package.json on every run.
  packagejson: false,
  plugins: [toilePlugin()],
};
