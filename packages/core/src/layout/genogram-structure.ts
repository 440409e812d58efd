import type { ParentChild, ParentChildKind, Union } from '../schemas/genogram.js';
import type { Person } from '../schemas/registry.js';
import { byCodeUnit, type GenogramInput } from './genogram-types.js';

/** A family unit children hang from: a union (recorded or implicit) or a single parent. */
export interface FamilyUnit {
  readonly id: string;
  readonly parentIds: readonly string[];
  readonly union?: Union;
  /** Children (person or pregnancy node ids) in sibling order, filled by `orderSiblings`. */
  children: string[];
}

/** A node of the layout graph: a person or a pregnancy glyph. */
export interface LayoutNode {
  readonly id: string;
  readonly kind: 'person' | 'pregnancy';
  /** Position in `memberIds` (pregnancies after every person): the stable tie-breaker. */
  readonly rank: number;
  readonly year?: number;
  readonly sex?: Person['sex'];
  /** The unit the node hangs from, if any. */
  unitId?: string;
  /** Unions the node is a partner in (recorded and implicit), in partner order. */
  readonly unionIds: string[];
}

/** The family structure derived from a record, before any coordinate is chosen. */
export interface GenogramStructure {
  readonly nodes: Map<string, LayoutNode>;
  readonly units: Map<string, FamilyUnit>;
  /** Links from a child to parents outside its unit (drawn as secondary lines). */
  readonly secondary: ParentChild[];
  /** Parent-child links grouped by child id then parent id. */
  readonly linkByPair: Map<string, ParentChild>;
  readonly indexId: string;
}

/** Strength order of link kinds: the child hangs from its "strongest" pair of parents. */
const KIND_RANK: Record<ParentChildKind, number> = {
  biological: 0,
  adoptive: 1,
  kinship: 2,
  foster: 3,
  step: 4,
};

/** Partner order: `order`, then start year, then position in the record (layout spec). */
export function unionSortKey(u: Union, position: number): [number, number, number] {
  return [u.order ?? 100, u.startYear ?? 9999, position];
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Builds nodes and family units. A child hangs from the pair of its parents who share a union and
 * whose links are strongest (biological before adoptive, kinship, foster, step); two parents with no
 * union recorded get an implicit union; otherwise from its strongest single parent. Every other
 * parent link is kept as a secondary line.
 */
export function buildStructure(input: GenogramInput): GenogramStructure {
  const g = input.genogram;
  const persons = new Map<string, Person>();
  for (const e of input.registry) if (e.kind === 'person') persons.set(e.id, e);
  const nodes = new Map<string, LayoutNode>();
  g.memberIds.forEach((id, rank) => {
    const p = persons.get(id);
    if (!p || nodes.has(id)) return;
    nodes.set(id, {
      id,
      kind: 'person',
      rank,
      ...(p.birthYear !== undefined ? { year: p.birthYear } : {}),
      ...(p.sex !== undefined ? { sex: p.sex } : {}),
      unionIds: [],
    });
  });
  const units = new Map<string, FamilyUnit>();
  const unionOfPair = new Map<string, Union>();
  const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const unionPos = new Map<string, number>();
  g.unions.forEach((u, i) => {
    const [a, b] = u.partnerIds;
    if (!nodes.has(a) || !nodes.has(b) || a === b) return;
    unionPos.set(u.id, i);
    if (!unionOfPair.has(pairKey(a, b))) unionOfPair.set(pairKey(a, b), u);
    units.set(u.id, { id: u.id, parentIds: [a, b], union: u, children: [] });
  });

  const linksByChild = new Map<string, ParentChild[]>();
  const linkByPair = new Map<string, ParentChild>();
  for (const l of g.parentChild) {
    if (!nodes.has(l.parentId) || !nodes.has(l.childId) || l.parentId === l.childId) continue;
    const list = linksByChild.get(l.childId) ?? [];
    list.push(l);
    linksByChild.set(l.childId, list);
    linkByPair.set(`${l.childId}>${l.parentId}`, l);
  }
  const secondary: ParentChild[] = [];
  const implicitUnits = new Map<string, FamilyUnit>();

  const attach = (childId: string, parentIds: readonly string[]): void => {
    let unit: FamilyUnit | undefined;
    if (parentIds.length === 2) {
      const [a, b] = parentIds as [string, string];
      const u = unionOfPair.get(pairKey(a, b));
      if (u) unit = units.get(u.id);
      else {
        const id = `implicit:${pairKey(a, b)}`;
        unit = implicitUnits.get(id);
        if (!unit) {
          unit = { id, parentIds: a < b ? [a, b] : [b, a], children: [] };
          implicitUnits.set(id, unit);
        }
      }
    } else {
      const [p] = parentIds as [string];
      const id = `single:${p}`;
      unit = units.get(id);
      if (!unit) {
        unit = { id, parentIds: [p], children: [] };
        units.set(id, unit);
      }
    }
    if (!unit) return;
    unit.children.push(childId);
    const node = nodes.get(childId);
    if (node) node.unitId = unit.id;
  };

  for (const id of nodes.keys()) {
    const links = linksByChild.get(id);
    if (!links || links.length === 0) continue;
    const sorted = [...links].sort(
      (a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || byCodeUnit(a.parentId, b.parentId),
    );
    let best: [ParentChild, ParentChild] | undefined;
    let bestScore = Infinity;
    for (let i = 0; i < sorted.length; i += 1) {
      for (let j = i + 1; j < sorted.length; j += 1) {
        const a = sorted[i];
        const b = sorted[j];
        if (!a || !b || !unionOfPair.has(pairKey(a.parentId, b.parentId))) continue;
        const score = KIND_RANK[a.kind] + KIND_RANK[b.kind];
        if (score < bestScore) {
          bestScore = score;
          best = [a, b];
        }
      }
    }
    const first = sorted[0];
    const second = sorted[1];
    if (!best && first && second && KIND_RANK[first.kind] === KIND_RANK[second.kind])
      best = [first, second];
    const primary: ParentChild[] = best ?? (first ? [first] : []);
    attach(
      id,
      primary.map((l) => l.parentId),
    );
    for (const l of links) if (!primary.includes(l)) secondary.push(l);
  }

  g.pregnancies.forEach((p, i) => {
    const parents = p.parentIds.filter((id) => nodes.has(id));
    if (parents.length === 0 || nodes.has(p.id)) return;
    nodes.set(p.id, {
      id: p.id,
      kind: 'pregnancy',
      rank: g.memberIds.length + i,
      ...(p.year !== undefined ? { year: p.year } : {}),
      unionIds: [],
    });
    attach(p.id, parents.length === 2 ? parents : [parents[0] ?? '']);
  });

  for (const [id, unit] of implicitUnits) units.set(id, unit);
  // Partner lists in partner order; implicit unions after recorded ones.
  const partnerUnits = [...units.values()].filter((u) => u.parentIds.length === 2);
  partnerUnits.sort((a, b) => {
    const ka = a.union ? unionSortKey(a.union, unionPos.get(a.id) ?? 0) : [200, 9999, 0];
    const kb = b.union ? unionSortKey(b.union, unionPos.get(b.id) ?? 0) : [200, 9999, 0];
    return compareKeys(ka, kb) || byCodeUnit(a.id, b.id);
  });
  for (const u of partnerUnits) {
    for (const p of u.parentIds) nodes.get(p)?.unionIds.push(u.id);
  }
  const tenant = input.tenant.personId;
  return { nodes, units, secondary, linkByPair, indexId: tenant };
}

/** Union-find over node ids. */
class Components {
  private readonly parent = new Map<string, string>();
  find(id: string): string {
    let root = id;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root))
      root = p;
    let cur = id;
    while (cur !== root) {
      const next = this.parent.get(cur) ?? root;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }
  reset(): void {
    this.parent.clear();
  }
  join(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

/** Whether joining partners made a component that is its own ancestor (iterative DFS). */
function hasComponentCycle(
  s: GenogramStructure,
  kids: Map<string, string[]>,
  comps: Components,
): boolean {
  const edges = new Map<string, Set<string>>();
  for (const [p, cs] of kids) {
    const bp = comps.find(p);
    for (const c of cs) {
      const bc = comps.find(c);
      if (bc === bp) return true;
      let set = edges.get(bp);
      if (!set) {
        set = new Set();
        edges.set(bp, set);
      }
      set.add(bc);
    }
  }
  const state = new Map<string, number>();
  for (const id of s.nodes.keys()) {
    const root = comps.find(id);
    if (state.has(root)) continue;
    const stack: [string, string[]][] = [[root, [...(edges.get(root) ?? [])]]];
    state.set(root, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (!top) break;
      const next = top[1].pop();
      if (next === undefined) {
        state.set(top[0], 2);
        stack.pop();
        continue;
      }
      const st = state.get(next);
      if (st === 1) return true;
      if (st === undefined) {
        state.set(next, 1);
        stack.push([next, [...(edges.get(next) ?? [])]]);
      }
    }
  }
  return false;
}

/** The generation rows and the blocks (people joined by unions on one row). */
export interface Rows {
  /** Row of every node. */
  readonly row: Map<string, number>;
  /** Block (component) id of every node. */
  readonly block: Map<string, string>;
  /** Members of every block. */
  readonly members: Map<string, string[]>;
}

/**
 * Assigns generation rows. Partners share a row (their blocks merge) unless that would make someone
 * their own ancestor's row-mate; a child is at least one row under each parent (longest path from
 * the top), then every block with children is pulled down to sit right above its highest child, so
 * an in-law's parents do not float at the top of the drawing.
 */
export function assignRows(s: GenogramStructure): Rows {
  const comps = new Components();
  const kids = new Map<string, string[]>();
  for (const id of s.nodes.keys()) kids.set(id, []);
  for (const u of s.units.values()) {
    for (const p of u.parentIds) kids.get(p)?.push(...u.children);
  }
  // Secondary parents still sit above their child.
  for (const l of s.secondary) kids.get(l.parentId)?.push(l.childId);

  const compMembers = new Map<string, string[]>();
  for (const id of s.nodes.keys()) compMembers.set(id, [id]);
  // Would joining a and b create a cycle between components? Only if one reaches the other.
  const reaches = (from: string, to: string): boolean => {
    const target = comps.find(to);
    const start = comps.find(from);
    const seen = new Set<string>([start]);
    const stack: string[] = [...(compMembers.get(start) ?? [])];
    while (stack.length > 0) {
      const id = stack.pop() ?? '';
      for (const c of kids.get(id) ?? []) {
        const rc = comps.find(c);
        if (rc === target) return true;
        if (!seen.has(rc)) {
          seen.add(rc);
          stack.push(...(compMembers.get(rc) ?? []));
        }
      }
    }
    return false;
  };
  const partnerUnits = [...s.units.values()].filter((u) => u.parentIds.length === 2);
  // Fast path: join every couple, then check that no component is its own ancestor; only when one
  // is (someone partnered with a relative of another generation) redo the joins one by one.
  for (const u of partnerUnits) comps.join(u.parentIds[0] ?? '', u.parentIds[1] ?? '');
  if (hasComponentCycle(s, kids, comps)) {
    comps.reset();
    for (const u of partnerUnits) {
      const [a, b] = u.parentIds as [string, string];
      if (comps.find(a) === comps.find(b)) continue;
      if (reaches(a, b) || reaches(b, a)) continue;
      const ra = comps.find(a);
      const rb = comps.find(b);
      comps.join(a, b);
      const root = comps.find(a);
      compMembers.set(root, [...(compMembers.get(ra) ?? []), ...(compMembers.get(rb) ?? [])]);
    }
  }

  const members = new Map<string, string[]>();
  const block = new Map<string, string>();
  for (const id of s.nodes.keys()) {
    const r = comps.find(id);
    block.set(id, r);
    const list = members.get(r) ?? [];
    list.push(id);
    members.set(r, list);
  }
  // Component DAG and topological order (Kahn, ids sorted for determinism).
  const out = new Map<string, Set<string>>();
  const indeg = new Map<string, number>();
  for (const b of members.keys()) {
    out.set(b, new Set());
    indeg.set(b, 0);
  }
  for (const [p, cs] of kids) {
    const bp = block.get(p) ?? '';
    for (const c of cs) {
      const bc = block.get(c) ?? '';
      if (bc === bp) continue;
      const set = out.get(bp);
      if (set && !set.has(bc)) {
        set.add(bc);
        indeg.set(bc, (indeg.get(bc) ?? 0) + 1);
      }
    }
  }
  const queue = [...members.keys()].filter((b) => indeg.get(b) === 0).sort();
  const topo: string[] = [];
  const gen = new Map<string, number>();
  for (const b of queue) gen.set(b, 0);
  while (queue.length > 0) {
    const b = queue.shift() ?? '';
    topo.push(b);
    for (const c of out.get(b) ?? []) {
      gen.set(c, Math.max(gen.get(c) ?? 0, (gen.get(b) ?? 0) + 1));
      const d = (indeg.get(c) ?? 0) - 1;
      indeg.set(c, d);
      if (d === 0) queue.push(c);
    }
  }
  // Any block left out (a cycle in invalid data) stays on row 0 rather than failing.
  for (const b of members.keys()) if (!gen.has(b)) gen.set(b, 0);
  // A lone childless person follows their parents; everyone else pulls their parents down.
  const free = (b: string): boolean =>
    (members.get(b)?.length ?? 0) === 1 && (out.get(b)?.size ?? 0) === 0;
  for (let i = topo.length - 1; i >= 0; i -= 1) {
    const b = topo[i] ?? '';
    const cs = out.get(b);
    if (!cs || cs.size === 0) continue;
    let min = Infinity;
    for (const c of cs) if (!free(c)) min = Math.min(min, gen.get(c) ?? 0);
    if (!Number.isFinite(min)) for (const c of cs) min = Math.min(min, gen.get(c) ?? 0);
    if (min - 1 > (gen.get(b) ?? 0)) gen.set(b, min - 1);
  }
  for (const b of topo) {
    for (const c of out.get(b) ?? [])
      if (free(c)) gen.set(c, Math.max(gen.get(c) ?? 0, (gen.get(b) ?? 0) + 1));
  }
  let top = Infinity;
  for (const v of gen.values()) top = Math.min(top, v);
  const row = new Map<string, number>();
  for (const [id, b] of block) row.set(id, (gen.get(b) ?? 0) - (Number.isFinite(top) ? top : 0));
  return { row, block, members };
}

/**
 * Orders each family's children: children who married into another family go last (so the two
 * families' lines meet at the edge instead of crossing), twins stay together, then birth year and
 * record order.
 */
export function orderSiblings(
  s: GenogramStructure,
  rows: Rows,
  multipleBirths: readonly { readonly childIds: readonly string[] }[],
): void {
  const group = new Map<string, readonly string[]>();
  for (const m of multipleBirths)
    for (const id of m.childIds) if (!group.has(id)) group.set(id, m.childIds);
  // Blocks with two or more members who hang from a family: their children-of-a-family connect.
  const hanging = new Map<string, number>();
  for (const [id, node] of s.nodes) {
    if (node.unitId === undefined) continue;
    const b = rows.block.get(id) ?? id;
    hanging.set(b, (hanging.get(b) ?? 0) + 1);
  }
  const connecting = (id: string): number => {
    const b = rows.block.get(id) ?? id;
    const own = s.nodes.get(id)?.unitId !== undefined ? 1 : 0;
    return (hanging.get(b) ?? 0) - own > 0 ? 1 : 0;
  };
  for (const unit of s.units.values()) {
    if (unit.children.length < 2) continue;
    const keys = new Map<string, number[]>();
    for (const id of unit.children) {
      const n = s.nodes.get(id);
      const twins = (group.get(id) ?? [id]).filter((t) => unit.children.includes(t));
      let conn = 0;
      let year = 9999;
      let first = Infinity;
      for (const t of twins) {
        const tn = s.nodes.get(t);
        conn = Math.max(conn, connecting(t));
        year = Math.min(year, tn?.year ?? 9999);
        first = Math.min(first, tn?.rank ?? 0);
      }
      keys.set(id, [conn, year, first, n?.rank ?? 0]);
    }
    unit.children.sort((a, b) => compareKeys(keys.get(a) ?? [], keys.get(b) ?? []));
  }
}

export { compareKeys };
