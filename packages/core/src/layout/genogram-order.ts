import type { GenogramStructure, Rows } from './genogram-structure.js';
import { byCodeUnit, GENOGRAM_METRICS as M } from './genogram-types.js';

/** Partners of `id` inside one block, in partner order. */
function partnersIn(s: GenogramStructure, id: string, inBlock: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const uid of s.nodes.get(id)?.unionIds ?? []) {
    const u = s.units.get(uid);
    const other = u?.parentIds.find((p) => p !== id);
    if (other !== undefined && inBlock.has(other) && !out.includes(other)) out.push(other);
  }
  return out;
}

/**
 * Lays out one block (people joined by unions on a row) as a line. The person with the most
 * partners is the hub; their partners are placed in partner order left to right around them (the
 * earlier half on the left, the later half on the right; a single partner on the right), and each
 * partner's own other partners continue outward. Without an entry person, a couple reads man, woman.
 */
export function arrangeBlock(
  s: GenogramStructure,
  members: readonly string[],
  entry?: string,
): string[] {
  if (members.length === 1) return [...members];
  const inBlock = new Set(members);
  const score = (id: string): number[] => {
    const n = s.nodes.get(id);
    return [
      -partnersIn(s, id, inBlock).length,
      id === entry ? 0 : 1,
      entry === undefined && n?.sex === 'male' ? 0 : 1,
      n?.rank ?? 0,
    ];
  };
  let hub = members[0] ?? '';
  let best = score(hub);
  for (const id of members) {
    const sc = score(id);
    for (let i = 0; i < sc.length; i += 1) {
      const d = (sc[i] ?? 0) - (best[i] ?? 0);
      if (d < 0) {
        hub = id;
        best = sc;
        break;
      }
      if (d > 0) break;
    }
  }
  const placed = new Set<string>([hub]);
  const expand = (id: string, side: 'left' | 'right'): string[] => {
    const others = partnersIn(s, id, inBlock).filter((p) => !placed.has(p));
    for (const o of others) placed.add(o);
    const outward = others.flatMap((o) => expand(o, side));
    return side === 'left' ? [...outward, id] : [id, ...outward];
  };
  const partners = partnersIn(s, hub, inBlock);
  for (const p of partners) placed.add(p);
  const leftCount = partners.length === 1 ? 0 : Math.ceil(partners.length / 2);
  const left = partners.slice(0, leftCount).flatMap((p) => expand(p, 'left'));
  const right = partners.slice(leftCount).flatMap((p) => expand(p, 'right'));
  const line = [...left, hub, ...right];
  for (const m of members) if (!line.includes(m)) line.push(m);
  return line;
}

/** The left-to-right order of every row, as lines of blocks. */
export interface RowOrder {
  /** Blocks of each row, left to right; each block is a line of node ids. */
  readonly rows: Map<number, string[][]>;
}

/**
 * Orders rows by a depth-first walk of the families. Top blocks are visited in record order (the
 * earliest-listed person they lead to first); a block is appended to its row when first reached,
 * then its families' children are visited in sibling order. When a block joins two families (a
 * partner has their own parents), that partner's family is visited after the current walk, so it
 * lands to the right: with in-married children placed last among their siblings (see
 * `orderSiblings`) the two families meet at the edge and their lines do not cross.
 */
export function orderRows(s: GenogramStructure, rows: Rows): RowOrder {
  const out = new Map<number, string[][]>();
  const visited = new Set<string>();
  const pending: string[] = [];
  const unitsOfNode = new Map<string, string[]>();
  for (const u of s.units.values()) {
    if (u.children.length === 0) continue;
    for (const p of u.parentIds) {
      const list = unitsOfNode.get(p) ?? [];
      list.push(u.id);
      unitsOfNode.set(p, list);
    }
  }
  const visit = (b: string, entry?: string): void => {
    if (visited.has(b)) return;
    visited.add(b);
    const line = arrangeBlock(s, rows.members.get(b) ?? [], entry);
    const r = rows.row.get(line[0] ?? '') ?? 0;
    const list = out.get(r) ?? [];
    list.push(line);
    out.set(r, list);
    const pos = new Map(line.map((id, i) => [id, i] as const));
    const unitIds = new Set<string>();
    for (const id of line) for (const u of unitsOfNode.get(id) ?? []) unitIds.add(u);
    const units = [...unitIds]
      .map((id) => s.units.get(id))
      .filter((u) => u !== undefined)
      .map((u) => {
        let sum = 0;
        for (const p of u.parentIds) sum += pos.get(p) ?? line.length;
        return { u, at: sum / u.parentIds.length };
      })
      .sort((a, b) => a.at - b.at || byCodeUnit(a.u.id, b.u.id));
    for (const { u } of units) {
      for (const c of u.children) {
        const cb = rows.block.get(c);
        if (cb !== undefined && !visited.has(cb)) visit(cb, c);
      }
    }
    for (const id of line) {
      if (id === entry) continue;
      const unitId = s.nodes.get(id)?.unitId;
      const unit = unitId !== undefined ? s.units.get(unitId) : undefined;
      for (const p of unit?.parentIds ?? []) {
        const pb = rows.block.get(p);
        if (pb !== undefined && !visited.has(pb)) pending.push(pb);
      }
    }
  };
  // Roots: blocks nobody hangs from; ordered by the earliest record entry they lead to.
  const reachKey = new Map<string, number>();
  const keyOf = (b: string, stack: Set<string>): number => {
    const known = reachKey.get(b);
    if (known !== undefined) return known;
    if (stack.has(b)) return Infinity;
    stack.add(b);
    let k = Infinity;
    for (const id of rows.members.get(b) ?? []) {
      k = Math.min(k, s.nodes.get(id)?.rank ?? Infinity);
      for (const uid of unitsOfNode.get(id) ?? []) {
        for (const c of s.units.get(uid)?.children ?? []) {
          const cb = rows.block.get(c);
          if (cb !== undefined && cb !== b) k = Math.min(k, keyOf(cb, stack));
        }
      }
    }
    stack.delete(b);
    reachKey.set(b, k);
    return k;
  };
  const roots = [...rows.members.keys()].filter((b) =>
    (rows.members.get(b) ?? []).every((id) => s.nodes.get(id)?.unitId === undefined),
  );
  const keyed = roots.map((b) => ({ b, k: keyOf(b, new Set()) }));
  keyed.sort((a, b) => a.k - b.k || byCodeUnit(a.b, b.b));
  const drain = (): void => {
    while (pending.length > 0) {
      const b = pending.shift() ?? '';
      visit(b);
    }
  };
  for (const { b } of keyed) {
    visit(b);
    drain();
  }
  // Blocks only reachable through a cycle (invalid data) still get drawn.
  for (const b of [...rows.members.keys()].sort()) {
    visit(b);
    drain();
  }
  return { rows: out };
}

/** Half the width a node needs in its row. */
function half(s: GenogramStructure, id: string): number {
  return s.nodes.get(id)?.kind === 'pregnancy' ? M.pregnancySlot / 2 : M.slot / 2;
}

function sharesUnion(s: GenogramStructure, a: string, b: string): boolean {
  for (const uid of s.nodes.get(a)?.unionIds ?? []) {
    if (s.units.get(uid)?.parentIds.includes(b)) return true;
  }
  return false;
}

/**
 * Weighted isotonic regression with minimum gaps (pool adjacent violators): the positions closest
 * to `ideal` that keep the order and `gap[i]` between item i and i+1. Exact and linear.
 */
export function placeInOrder(
  ideal: readonly number[],
  weight: readonly number[],
  gap: readonly number[],
): number[] {
  const n = ideal.length;
  const shift: number[] = new Array<number>(n).fill(0);
  for (let i = 1; i < n; i += 1) shift[i] = (shift[i - 1] ?? 0) + (gap[i - 1] ?? 0);
  const pools: { w: number; wt: number; count: number }[] = [];
  for (let i = 0; i < n; i += 1) {
    const w = weight[i] ?? 1;
    pools.push({ w, wt: w * ((ideal[i] ?? 0) - (shift[i] ?? 0)), count: 1 });
    while (pools.length > 1) {
      const top = pools[pools.length - 1];
      const below = pools[pools.length - 2];
      if (!top || !below || below.wt / below.w <= top.wt / top.w) break;
      pools.pop();
      below.w += top.w;
      below.wt += top.wt;
      below.count += top.count;
    }
  }
  const out: number[] = [];
  for (const p of pools) {
    const y = p.wt / p.w;
    for (let k = 0; k < p.count; k += 1) out.push(y + (shift[out.length] ?? 0));
  }
  return out;
}

/**
 * Chooses x for every node: blocks keep their order and spacing; passes alternate between centring
 * children under their parents (top-down) and parents over their children (bottom-up), each pass
 * solved exactly row by row by `placeInOrder`, ending top-down so children sit under their family.
 */
export function placeRows(s: GenogramStructure, order: RowOrder, passes = 5): Map<string, number> {
  const x = new Map<string, number>();
  const rowKeys = [...order.rows.keys()].sort((a, b) => a - b);
  interface Item {
    readonly line: string[];
    readonly offsets: number[];
  }
  const items = new Map<number, Item[]>();
  const gaps = new Map<number, number[]>();
  for (const r of rowKeys) {
    const lines = order.rows.get(r) ?? [];
    const list: Item[] = lines.map((line) => {
      const offsets = [0];
      for (let i = 1; i < line.length; i += 1) {
        const a = line[i - 1] ?? '';
        const b = line[i] ?? '';
        offsets.push(
          (offsets[i - 1] ?? 0) + (sharesUnion(s, a, b) ? M.partnerSlot : half(s, a) + half(s, b)),
        );
      }
      return { line, offsets };
    });
    const g: number[] = [];
    for (let i = 1; i < list.length; i += 1) {
      const prev = list[i - 1];
      const next = list[i];
      if (!prev || !next) continue;
      g.push(
        (prev.offsets[prev.offsets.length - 1] ?? 0) +
          half(s, prev.line[prev.line.length - 1] ?? '') +
          half(s, next.line[0] ?? '') +
          M.blockGap,
      );
    }
    items.set(r, list);
    gaps.set(r, g);
    const pos = placeInOrder(
      list.map(() => 0),
      list.map(() => 1),
      g,
    );
    list.forEach((it, i) => {
      it.line.forEach((id, k) => x.set(id, (pos[i] ?? 0) + (it.offsets[k] ?? 0)));
    });
  }
  const unitAnchor = (parentIds: readonly string[]): number | undefined => {
    let sum = 0;
    for (const p of parentIds) {
      const v = x.get(p);
      if (v === undefined) return undefined;
      sum += v;
    }
    return sum / parentIds.length;
  };
  const childCentre = (children: readonly string[]): number | undefined => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const c of children) {
      const v = x.get(c);
      if (v === undefined) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    return lo <= hi ? (lo + hi) / 2 : undefined;
  };
  // A unit's parent anchor and children's centre, read many times per row (once per child of a
  // sibling group); `x` changes only at the end of `solveRow`, so each is computed once per row.
  const memo = new Map<string, { anchor: number | undefined; centre: number | undefined }>();
  const unitSpan = (unit: {
    readonly id: string;
    readonly parentIds: readonly string[];
    readonly children: readonly string[];
  }): { anchor: number | undefined; centre: number | undefined } => {
    let v = memo.get(unit.id);
    if (!v) {
      v = { anchor: unitAnchor(unit.parentIds), centre: childCentre(unit.children) };
      memo.set(unit.id, v);
    }
    return v;
  };
  const solveRow = (r: number, down: boolean): void => {
    memo.clear();
    const list = items.get(r) ?? [];
    const ideal: number[] = [];
    const weight: number[] = [];
    for (const it of list) {
      const base = x.get(it.line[0] ?? '') ?? 0;
      let sum = 0;
      let w = 0;
      if (down) {
        it.line.forEach((id) => {
          const uid = s.nodes.get(id)?.unitId;
          const unit = uid !== undefined ? s.units.get(uid) : undefined;
          if (!unit) return;
          const { anchor, centre } = unitSpan(unit);
          if (anchor === undefined || centre === undefined) return;
          sum += base + (anchor - centre);
          w += 1;
        });
      } else {
        const seen = new Set<string>();
        for (const id of it.line) {
          for (const uid of s.nodes.get(id)?.unionIds ?? []) seen.add(uid);
          seen.add(`single:${id}`);
        }
        for (const uid of seen) {
          const unit = s.units.get(uid);
          if (!unit || unit.children.length === 0) continue;
          const { anchor, centre } = unitSpan(unit);
          if (anchor === undefined || centre === undefined) continue;
          sum += base + (centre - anchor);
          w += 1;
        }
      }
      ideal.push(w > 0 ? sum / w : base);
      weight.push(w > 0 ? w : 0.001);
    }
    const pos = placeInOrder(ideal, weight, gaps.get(r) ?? []);
    list.forEach((it, i) => {
      it.line.forEach((id, k) => x.set(id, (pos[i] ?? 0) + (it.offsets[k] ?? 0)));
    });
  };
  for (let p = 0; p < passes; p += 1) {
    const down = p % 2 === 0;
    const seq = down ? rowKeys : [...rowKeys].reverse();
    for (const r of seq) solveRow(r, down);
  }
  return x;
}
