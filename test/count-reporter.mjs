// wtr reporter: counts passed/failed/skipped tests over every session (nested suites included) and
// writes the totals to a JSON file for test/scripts/test.sh. A session that failed to load or errored
// outside a test counts as one failed test.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

function countSuite(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
}

/** @param {{ outFile: string | URL }} options */
export function countReporter({ outFile }) {
  const file = outFile instanceof URL ? fileURLToPath(outFile) : outFile;
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, sessionErrors: 0, files: 0 };
      const files = new Set();
      for (const session of sessions) {
        files.add(session.testFile);
        const inSession = { passed: 0, failed: 0, skipped: 0 };
        countSuite(session.testResults, inSession);
        const broken =
          (session.errors?.length ?? 0) > 0 || (session.passed === false && inSession.failed === 0);
        totals.passed += inSession.passed;
        totals.failed += inSession.failed + (broken ? 1 : 0);
        totals.skipped += inSession.skipped;
        totals.sessionErrors += broken ? 1 : 0;
      }
      totals.files = files.size;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals, null, 2) + '\n');
    },
  };
}
