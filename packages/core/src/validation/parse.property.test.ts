import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseAssessment, type ParseResult } from './parse.js';
import { buildRichAssessment } from '../test-support/assessment-builders.js';

// Seeded so a failure is reproducible from the printed seed and path.
const RUNS = { numRuns: 1000, seed: 20261123 };

function checkShape(result: ParseResult): void {
  if (result.ok) {
    expect(result.value).to.be.an('object');
    return;
  }
  expect(result.issues.length).to.be.greaterThan(0);
  for (const i of result.issues) {
    expect(i.code).to.be.a('string').and.not.equal('');
    expect(i.jsonPath.startsWith('$')).to.equal(true);
    expect(i.message.fr).to.be.a('string').and.not.equal('');
    expect(i.message.en).to.be.a('string').and.not.equal('');
  }
}

/** Every [parent, key] pair of a JSON tree, so a property can pick one to break. */
function slots(root: unknown): [Record<string | number, unknown>, string | number][] {
  const out: [Record<string | number, unknown>, string | number][] = [];
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const parent = node as Record<string | number, unknown>;
    const keys: (string | number)[] = Array.isArray(node)
      ? node.map((_, i) => i)
      : Object.keys(node);
    for (const key of keys) {
      out.push([parent, key]);
      walk(parent[key]);
    }
  };
  walk(root);
  return out;
}

// Serialized once; each run parses a fresh copy, which is much cheaper than rebuilding it.
const RICH_JSON = JSON.stringify(buildRichAssessment());
const freshRecord = (): Record<string, unknown> => JSON.parse(RICH_JSON) as Record<string, unknown>;
const SLOT_COUNT = slots(freshRecord()).length;
const ID_PATTERN = /^(tenant|p-|sys-|h-|tie-)/;
const idSlotIndexes = (root: unknown): number[] =>
  slots(root).flatMap(([p, k], i) => {
    const v = p[k];
    return typeof v === 'string' && ID_PATTERN.test(v) ? [i] : [];
  });

describe('parseAssessment never throws', function () {
  // 1,000 runs each take well under a second alone; the margin is for a loaded CI machine.
  this.timeout(30000);

  it('on anything', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
        }),
        (input) => {
          checkShape(parseAssessment(input));
        },
      ),
      RUNS,
    );
  });

  it('on anything that claims to be version 1 or 2', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2),
        fc.dictionary(fc.string(), fc.anything()),
        (schemaVersion, rest) => {
          checkShape(parseAssessment({ ...rest, schemaVersion }));
        },
      ),
      RUNS,
    );
  });

  it('on a valid record with one key deleted', () => {
    fc.assert(
      fc.property(fc.nat({ max: SLOT_COUNT - 1 }), (n) => {
        const record = freshRecord();
        const slot = slots(record)[n];
        if (!slot) return;
        const [parent, key] = slot;
        if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
        else Reflect.deleteProperty(parent, key);
        checkShape(parseAssessment(record));
      }),
      RUNS,
    );
  });

  it('on a valid record with one value replaced', () => {
    fc.assert(
      fc.property(fc.nat({ max: SLOT_COUNT - 1 }), fc.anything(), (n, value) => {
        const record = freshRecord();
        const slot = slots(record)[n];
        if (!slot) return;
        const [parent, key] = slot;
        parent[key] = value;
        checkShape(parseAssessment(record));
      }),
      RUNS,
    );
  });

  it('on a valid record whose ids are replaced by other ids of the record', () => {
    const record = freshRecord();
    const all = slots(record);
    const indexes = idSlotIndexes(record);
    const ids = [
      ...new Set(
        indexes.flatMap((i) => {
          const slot = all[i];
          return slot ? [String(slot[0][slot[1]])] : [];
        }),
      ),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...indexes), fc.constantFrom(...ids), (n, id) => {
        const copy = freshRecord();
        const slot = slots(copy)[n];
        if (!slot) return;
        slot[0][slot[1]] = id;
        checkShape(parseAssessment(copy));
      }),
      RUNS,
    );
  });
});
