// `npm run typecheck`: tsc --noEmit over each package (core without DOM) and over the root
// tsconfig (test/, demo/, vite.config.ts and every *.test.ts). Two at a time (2-core machines).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const projects = readdirSync(join(root, 'packages'))
  .sort()
  .map((p) => join('packages', p, 'tsconfig.json'))
  .filter((p) => existsSync(join(root, p)));
projects.push('tsconfig.json');

function check(project) {
  return new Promise((done) => {
    const started = Date.now();
    const child = spawn(process.execPath, [tsc, '-p', project, '--pretty', 'false'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => {
      // "No inputs were found" (TS18003) just means the package has no sources yet.
      const empty = code !== 0 && /error TS18003/.test(out) && !/error TS(?!18003)/.test(out);
      const ok = code === 0 || empty;
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `typecheck: ${project}: ${empty ? 'no sources yet' : ok ? 'ok' : 'FAILED'} (${secs}s)`,
      );
      if (!ok) process.stdout.write(out);
      done(ok);
    });
  });
}

const queue = [...projects];
const results = [];
async function worker() {
  while (queue.length) results.push(await check(queue.shift()));
}
await Promise.all([worker(), worker()]);
process.exit(results.every(Boolean) ? 0 : 1);
