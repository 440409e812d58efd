import type { Point } from './geometry.js';
import type { GenogramLayout } from './genogram-types.js';

interface Seg {
  readonly a: Point;
  readonly b: Point;
  readonly family: string;
}

function cross(o: Point, a: Point, b: Point): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/** Whether two segments cross or overlap, ignoring shared end points and mere touching at an end. */
function intersects(p: Seg, q: Seg): boolean {
  const eps = 0.5;
  const d1 = cross(q.a, q.b, p.a);
  const d2 = cross(q.a, q.b, p.b);
  const d3 = cross(p.a, p.b, q.a);
  const d4 = cross(p.a, p.b, q.b);
  const lenP = Math.hypot(p.b.x - p.a.x, p.b.y - p.a.y);
  const lenQ = Math.hypot(q.b.x - q.a.x, q.b.y - q.a.y);
  if (lenP < eps || lenQ < eps) return false;
  const tolP = eps * lenP;
  const tolQ = eps * lenQ;
  if (
    ((d1 > tolQ && d2 < -tolQ) || (d1 < -tolQ && d2 > tolQ)) &&
    ((d3 > tolP && d4 < -tolP) || (d3 < -tolP && d4 > tolP))
  ) {
    return true;
  }
  // Collinear overlap (two sibling lines on one level sharing a stretch).
  if (Math.abs(d1) <= tolQ && Math.abs(d2) <= tolQ) {
    const horizontal = Math.abs(p.a.y - p.b.y) < eps && Math.abs(q.a.y - q.b.y) < eps;
    if (horizontal) {
      const lo = Math.max(Math.min(p.a.x, p.b.x), Math.min(q.a.x, q.b.x));
      const hi = Math.min(Math.max(p.a.x, p.b.x), Math.max(q.a.x, q.b.x));
      return hi - lo > eps;
    }
    const vertical = Math.abs(p.a.x - p.b.x) < eps && Math.abs(q.a.x - q.b.x) < eps;
    if (vertical) {
      const lo = Math.max(Math.min(p.a.y, p.b.y), Math.min(q.a.y, q.b.y));
      const hi = Math.min(Math.max(p.a.y, p.b.y), Math.max(q.a.y, q.b.y));
      return hi - lo > eps;
    }
  }
  return false;
}

/**
 * Pairs of parent-child lines of different families that cross (drops, sibling lines and child
 * lines; secondary step/foster lines are drawn on purpose across, so they are left out). Used by the
 * tests to show the personas draw without crossings.
 */
export function parentChildCrossings(layout: GenogramLayout): [string, string][] {
  const segs: Seg[] = [];
  const add = (pts: readonly Point[], family: string): void => {
    for (let i = 1; i < pts.length; i += 1) {
      const a = pts[i - 1];
      const b = pts[i];
      if (a && b) segs.push({ a, b, family });
    }
  };
  for (const s of layout.sibships) {
    add(s.drop, s.unitId);
    add(
      [
        { x: s.line.x1, y: s.line.y1 },
        { x: s.line.x2, y: s.line.y2 },
      ],
      s.unitId,
    );
  }
  for (const c of layout.childLinks) if (!c.secondary) add(c.points, c.unitId);
  const out: [string, string][] = [];
  for (let i = 0; i < segs.length; i += 1) {
    for (let j = i + 1; j < segs.length; j += 1) {
      const p = segs[i];
      const q = segs[j];
      if (!p || !q || p.family === q.family) continue;
      if (intersects(p, q)) out.push([p.family, q.family]);
    }
  }
  return out;
}

/** Minimal record shape read by `editedFamily`. */
interface FamilyRecord {
  readonly genogram: {
    readonly unions: readonly { readonly partnerIds: readonly [string, string] }[];
    readonly parentChild: readonly { readonly parentId: string; readonly childId: string }[];
  };
}

/**
 * The edited family of an edit (the layout's stability contract): the persons the edit touched,
 * with their partners, parents and children (each child with their in-laws: partners, the
 * partners' parents and siblings); and the siblings of the touched persons and of their
 * partners, each with their own partners and descendants (a sibling group reorders when one of them
 * joins or leaves another family, and a sibling's branch moves with them). Read in the records
 * before and after the edit.
 */
export function editedFamily(
  records: readonly FamilyRecord[],
  touched: readonly string[],
): Set<string> {
  const out = new Set(touched);
  for (const r of records) {
    const g = r.genogram;
    const partnersOf = (id: string): string[] =>
      g.unions
        .filter((u) => u.partnerIds.includes(id))
        .flatMap((u) => u.partnerIds.filter((p) => p !== id));
    const parentsOf = (id: string): string[] =>
      g.parentChild.filter((l) => l.childId === id).map((l) => l.parentId);
    const core = new Set(touched);
    for (const id of touched) {
      for (const p of partnersOf(id)) core.add(p);
      for (const p of parentsOf(id)) out.add(p);
      for (const l of g.parentChild) {
        if (l.parentId !== id) continue;
        out.add(l.childId);
        // A child's in-laws (partner, the partner's parents and siblings) are placed by the child.
        for (const p of partnersOf(l.childId)) {
          out.add(p);
          const pp = parentsOf(p);
          for (const q of pp) out.add(q);
          for (const k of g.parentChild) if (pp.includes(k.parentId)) out.add(k.childId);
        }
      }
    }
    for (const id of core) {
      out.add(id);
      const parents = parentsOf(id);
      for (const l of g.parentChild) {
        if (!parents.includes(l.parentId)) continue;
        // The sibling's branch: partners and descendants (with their partners).
        const stack = [l.childId];
        while (stack.length > 0) {
          const id2 = stack.pop() ?? '';
          if (out.has(id2) && id2 !== l.childId) continue;
          out.add(id2);
          for (const p of partnersOf(id2)) out.add(p);
          for (const k of g.parentChild)
            if (k.parentId === id2 && !out.has(k.childId)) stack.push(k.childId);
        }
      }
    }
  }
  return out;
}

/**
 * Persons outside `family` whose row (relative to the others) or left-to-right order relative to
 * each other changed between two layouts; empty when the stability contract holds.
 */
export function stabilityViolations(
  before: GenogramLayout,
  after: GenogramLayout,
  family: ReadonlySet<string>,
): string[] {
  const b = new Map(before.persons.map((p) => [p.id, p] as const));
  const a = new Map(after.persons.map((p) => [p.id, p] as const));
  const outside = [...b.keys()].filter((id) => !family.has(id) && a.has(id));
  const ref = outside[0];
  if (ref === undefined) return [];
  const rb = b.get(ref)?.y ?? 0;
  const ra = a.get(ref)?.y ?? 0;
  const bad: string[] = [];
  for (const id of outside) {
    if (Math.abs((b.get(id)?.y ?? 0) - rb - ((a.get(id)?.y ?? 0) - ra)) > 0.01)
      bad.push(`${id}: row`);
  }
  const orderIn = (l: Map<string, GenogramPersonBoxLike>): string[] =>
    outside
      .slice()
      .sort(
        (p, q) =>
          (l.get(p)?.y ?? 0) - (l.get(q)?.y ?? 0) || (l.get(p)?.x ?? 0) - (l.get(q)?.x ?? 0),
      );
  const ob = orderIn(b);
  const oa = orderIn(a);
  ob.forEach((id, i) => {
    if (oa[i] !== id) bad.push(`${id}: order`);
  });
  return bad;
}

interface GenogramPersonBoxLike {
  readonly x: number;
  readonly y: number;
}

/** Persons joined to `id` by unions and parent-child links (the connected family). */
export function connectedTo(r: FamilyRecord, id: string): Set<string> {
  const adj = new Map<string, string[]>();
  const edge = (x: string, y: string): void => {
    adj.set(x, [...(adj.get(x) ?? []), y]);
    adj.set(y, [...(adj.get(y) ?? []), x]);
  };
  for (const u of r.genogram.unions) edge(u.partnerIds[0], u.partnerIds[1]);
  for (const l of r.genogram.parentChild) edge(l.parentId, l.childId);
  const seen = new Set([id]);
  const stack = [id];
  while (stack.length > 0) {
    for (const n of adj.get(stack.pop() ?? '') ?? []) {
      if (!seen.has(n)) {
        seen.add(n);
        stack.push(n);
      }
    }
  }
  return seen;
}
