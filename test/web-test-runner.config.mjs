// web-test-runner: every package's src/**/*.test.ts and the shared test/**/*.test.ts, in Chromium.
//   npm run test:unit                    all groups
//   npm run test:unit -- --group core    one package (core | storage | elements | shared)
// CHROME_PATH overrides the browser (default: Debian's /usr/bin/chromium).
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countReporter } from './count-reporter.mjs';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

// wtr refuses a group whose pattern matches no file; packages without tests yet are left out.
function hasTests(dir, skip = []) {
  const abs = join(rootDir, dir);
  let names;
  try {
    names = readdirSync(abs, { recursive: true });
  } catch {
    return false;
  }
  return names.some(
    (n) =>
      n.endsWith('.test.ts') &&
      !n.split(/[\\/]/).some((p) => p === 'node_modules' || skip.includes(p)),
  );
}

const groups = [
  { name: 'core', files: 'packages/core/src/**/*.test.ts', dir: 'packages/core/src' },
  { name: 'storage', files: 'packages/storage/src/**/*.test.ts', dir: 'packages/storage/src' },
  { name: 'elements', files: 'packages/elements/src/**/*.test.ts', dir: 'packages/elements/src' },
  { name: 'shared', files: ['test/**/*.test.ts', '!test/e2e/**'], dir: 'test', skip: ['e2e'] },
]
  .filter((g) => hasTests(g.dir, g.skip))
  .map(({ name, files }) => ({ name, files }));

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir,
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    a11ySnapshotPlugin(),
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // Background tabs get throttled timers and frames; tests run in background pages.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  // One page at a time: a second, background page gets no animation frames and no focus events,
  // which made element tests that print, export or move focus time out at random.
  concurrency: 1,
  // A whole file of element tests can take minutes on a loaded 2-core machine; fail on real hangs only.
  testsFinishTimeout: 600000,
  concurrentBrowsers: 1,
  staticLogging: true,
  testFramework: { config: { timeout: 5000 } },
  groups,
  reporters: [
    defaultReporter(),
    countReporter({ outFile: new URL('./.results/wtr.json', import.meta.url) }),
  ],
};
