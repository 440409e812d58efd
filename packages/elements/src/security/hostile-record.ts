import { parseAssessment, type Assessment } from '@toile/core';

/** One user-text field of a record: where it is and the longest value the schema accepts there. */
export interface TextField {
  readonly path: readonly (string | number)[];
  readonly max: number;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

// The widest text the probe tries; the schema's limits are 200 (names, labels) and 5,000 (notes).
const LIMITS = [5000, 200, 64] as const;
const PROBE = '<b x="1">\u202E&amp;';

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function setAt(root: Json, path: readonly (string | number)[], value: string): void {
  let node: Json = root;
  for (const key of path.slice(0, -1)) node = (node as Record<string, Json>)[key] as Json;
  (node as Record<string | number, Json>)[path[path.length - 1] as string] = value;
}

function stringLeaves(node: Json, path: (string | number)[] = []): (string | number)[][] {
  if (typeof node === 'string') return [path];
  if (Array.isArray(node)) return node.flatMap((v, i) => stringLeaves(v, [...path, i]));
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => stringLeaves(v, [...path, k]));
  }
  return [];
}

const valid = (a: unknown): boolean => parseAssessment(a).ok;

/**
 * Finds every user-text field of `a` empirically: each string leaf is replaced by markup-like text
 * and kept only if the record still parses (ids, dates, codes and enum values refuse it), then its
 * maximum length is probed (5,000, 200 or 64). Pure and deterministic; `a` must be valid.
 */
export function userTextFields(a: Assessment): TextField[] {
  const base = clone(a) as unknown as Json;
  const fields: TextField[] = [];
  for (const path of stringLeaves(base)) {
    const probe = (text: string): boolean => {
      const copy = clone(base);
      setAt(copy, path, text);
      return valid(copy);
    };
    if (!probe(PROBE)) continue;
    const max = LIMITS.find((n) => probe(PROBE + 'x'.repeat(n - PROBE.length))) ?? PROBE.length;
    fields.push({ path, max });
  }
  return fields;
}

/**
 * A copy of `a` with every field of `fields` holding a hostile string: field `i` gets
 * `strings[(round + i) % strings.length]`, cut to the field's maximum length, so over
 * `strings.length` rounds every field holds every string once. Pure; the result stays valid.
 */
export function withHostileText(
  a: Assessment,
  fields: readonly TextField[],
  strings: readonly string[],
  round: number,
): Assessment {
  const copy = clone(a) as unknown as Json;
  fields.forEach((f, i) => {
    const s = strings[(round + i) % strings.length] ?? '';
    setAt(copy, f.path, s.slice(0, f.max));
  });
  return copy as unknown as Assessment;
}
