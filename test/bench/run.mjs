// `npm run bench`: runs every test/bench/*.bench.mjs in name order, each in its own node process.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort();
if (files.length === 0) console.log('no benchmarks yet');
let failed = 0;
for (const f of files) {
  console.log(`\n== ${f}`);
  try {
    execFileSync(process.execPath, [join(dir, f)], { stdio: 'inherit' });
  } catch {
    failed += 1;
    console.log(`${f} failed`);
  }
}
process.exit(failed > 0 ? 1 : 0);
