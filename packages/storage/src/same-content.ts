/**
 * Whether two records hold the same content, ignoring `revision` and `updatedAt` (which only say
 * when and how often it was saved) and the order of object keys (JSON round trips may reorder them).
 */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonical(strip(a)) === canonical(strip(b));
}

function strip(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const { revision: _r, updatedAt: _u, ...rest } = value as Record<string, unknown>;
  return rest;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`).join(',')}}`;
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}
