import type { ParentChildKind } from '../schemas/genogram.js';
import { DEFAULT_VOCABULARIES } from '../vocabulary/defaults.js';
import type { Vocabularies } from '../vocabulary/types.js';
import type { Point } from './geometry.js';
import { routeRelation, strokeFor } from './genogram-lines.js';
import { orderRows, placeRows } from './genogram-order.js';
import {
  assignRows,
  buildStructure,
  orderSiblings,
  type FamilyUnit,
} from './genogram-structure.js';
import {
  byCodeUnit,
  GENOGRAM_METRICS as M,
  type GenogramChildLink,
  type GenogramEmotionalPath,
  type GenogramHouseholdHull,
  type GenogramInput,
  type GenogramLayout,
  type GenogramPersonBox,
  type GenogramPregnancyGlyph,
  type GenogramSibship,
  type GenogramTwinConnector,
  type GenogramUnionBar,
  type GenogramRect,
  type GenogramSegment,
} from './genogram-types.js';

export * from './genogram-types.js';
export { strokeFor, routeRelation } from './genogram-lines.js';

/** Options of `layoutGenogram`. */
export interface GenogramLayoutOptions {
  /** Vocabularies in force (line styles of unions and relations); the built-in ones by default. */
  readonly vocabularies?: Vocabularies;
  /** Apply `genogram.offsets` (manual moves); `true` by default. */
  readonly applyOffsets?: boolean;
}

const round = (v: number): number => Math.round(v * 100) / 100;
const KIND_ORDER: readonly ParentChildKind[] = [
  'adoptive',
  'kinship',
  'foster',
  'step',
  'biological',
];
const HALF = M.symbol / 2;
const GLYPH_HALF = 12;

/**
 * Lays out a genogram: a pure, deterministic function of the record (no clock, no randomness).
 *
 * 1. Structure: each child hangs from one family unit (a union, an implicit co-parent pair or a
 *    single parent); other parent links become secondary lines.
 * 2. Rows: generations from parent-child links, partners merged onto one row (longest path, then
 *    blocks pulled down to their children).
 * 3. Order: a depth-first walk of the families (see `orderRows`), which keeps each family's
 *    children together, half-siblings under their own couple, and unrelated branches apart.
 * 4. Coordinates: alternating top-down / bottom-up exact placement per row (`placeRows`).
 * 5. Lines: union bars with slashes, sibling lines on levels chosen so that families sharing a band
 *    never cross, twins from one point, households, then emotional relations routed in a second
 *    pass around the symbols.
 *
 * Stability contract (tested in genogram.test.ts): after one edit, every person outside the
 * *edited family* keeps their row (relative to the others) and their left-to-right order relative
 * to every other person outside it. The edited family of an edit is: the persons the edit creates,
 * removes or changes, with their partners, parents and children (each child with their in-laws:
 * partners, the partners' parents and siblings); and the siblings of those persons
 * and of their partners, each with their own partners and descendants (a sibling group reorders
 * when one of them joins or leaves another family, see `orderSiblings`, and a sibling's branch
 * moves with them). `editedFamily` in genogram-testing.ts is
 * this definition as code. A removal that cuts a branch off the tenant's family makes that branch
 * a separate family, laid out on its own: it counts as edited.
 * Attribute edits that the layout does not read (names, notes, deceased, union status and type,
 * link kinds, relations, households) move nobody at all.
 */
export function layoutGenogram(
  input: GenogramInput,
  options: GenogramLayoutOptions = {},
): GenogramLayout {
  const vocab = options.vocabularies ?? DEFAULT_VOCABULARIES;
  const g = input.genogram;
  const s = buildStructure(input);
  const rows = assignRows(s);
  orderSiblings(s, rows, g.multipleBirths);
  const order = orderRows(s, rows);
  const xs = placeRows(s, order);

  let minX = Infinity;
  for (const v of xs.values()) minX = Math.min(minX, v);
  const shiftX = Number.isFinite(minX) ? M.margin + M.slot / 2 - minX : 0;
  const top = M.margin + 30;
  const pos = new Map<string, Point>();
  const applyOffsets = options.applyOffsets ?? true;
  for (const [id, x] of xs) {
    const off = applyOffsets ? g.offsets[id] : undefined;
    const row = rows.row.get(id) ?? 0;
    pos.set(id, {
      x: round(x + shiftX + (off?.dx ?? 0)),
      y: round(top + row * M.rowHeight + (off?.dy ?? 0)),
    });
  }

  // Persons and the keyboard grid (rows by row number, left to right on screen).
  const byRow = new Map<number, string[]>();
  for (const [id, node] of s.nodes) {
    if (node.kind !== 'person') continue;
    const r = rows.row.get(id) ?? 0;
    const list = byRow.get(r) ?? [];
    list.push(id);
    byRow.set(r, list);
  }
  const rowKeys = [...byRow.keys()].sort((a, b) => a - b);
  const grid: string[][] = rowKeys.map((r) =>
    (byRow.get(r) ?? []).sort(
      (a, b) => (pos.get(a)?.x ?? 0) - (pos.get(b)?.x ?? 0) || byCodeUnit(a, b),
    ),
  );
  const persons: GenogramPersonBox[] = [];
  grid.forEach((line, rowIndex) => {
    line.forEach((id, column) => {
      const p = pos.get(id) ?? { x: 0, y: 0 };
      persons.push({ id, x: p.x, y: p.y, row: rowIndex, column, index: id === s.indexId });
    });
  });
  const rowOf = new Map<string, number>();
  const colOf = new Map<string, number>();
  for (const p of persons) {
    rowOf.set(p.id, p.row);
    colOf.set(p.id, p.column);
  }
  // Order of every node (persons and pregnancies) in its block row, to know who is adjacent.
  const lineIndex = new Map<string, { row: number; i: number }>();
  for (const [r, lines] of order.rows) {
    let i = 0;
    for (const line of lines) for (const id of line) lineIndex.set(id, { row: r, i: i++ });
  }

  // Union bars.
  const unions: GenogramUnionBar[] = [];
  const anchors = new Map<string, Point>();
  const drawnUnits = [...s.units.values()].filter(
    (u) => u.parentIds.length === 2 && (u.union !== undefined || u.children.length > 0),
  );
  drawnUnits.sort((a, b) => byCodeUnit(a.id, b.id));
  // Non-adjacent unions of one row get deeper U bars so they do not overlap.
  const depthCount = new Map<number, number>();
  for (const u of drawnUnits) {
    const [ida, idb] = u.parentIds as [string, string];
    const pa = pos.get(ida);
    const pb = pos.get(idb);
    if (!pa || !pb) continue;
    const [l, r, lid, rid] = pa.x <= pb.x ? [pa, pb, ida, idb] : [pb, pa, idb, ida];
    const la = lineIndex.get(lid);
    const ra = lineIndex.get(rid);
    const adjacent =
      la !== undefined && ra !== undefined && la.row === ra.row && Math.abs(la.i - ra.i) === 1;
    const sameRow = la?.row === ra?.row;
    let points: Point[];
    let anchor: Point;
    let labelAt: Point;
    let slashAt: Point;
    let slashDir: Point;
    if (adjacent && Math.abs(l.y - r.y) < 1) {
      points = [
        { x: round(l.x + HALF), y: l.y },
        { x: round(r.x - HALF), y: r.y },
      ];
      anchor = { x: round((l.x + r.x) / 2), y: l.y };
      labelAt = { x: anchor.x, y: round(l.y - 10) };
      slashAt = { x: anchor.x - 16, y: l.y };
      slashDir = { x: 1, y: 0 };
    } else if (sameRow) {
      const level = depthCount.get(la?.row ?? 0) ?? 0;
      depthCount.set(la?.row ?? 0, level + 1);
      const bottom = round(Math.max(l.y, r.y) + M.labelDepth - 4 + (level % 3) * 5);
      points = [
        { x: round(l.x + HALF - 6), y: round(l.y + HALF) },
        { x: round(l.x + HALF - 6), y: bottom },
        { x: round(r.x - HALF + 6), y: bottom },
        { x: round(r.x - HALF + 6), y: round(r.y + HALF) },
      ];
      anchor = { x: round((l.x + r.x) / 2), y: bottom };
      labelAt = { x: anchor.x, y: round(bottom - 4) };
      slashAt = { x: anchor.x - 16, y: bottom };
      slashDir = { x: 1, y: 0 };
    } else {
      const len = Math.hypot(r.x - l.x, r.y - l.y) || 1;
      const ux = (r.x - l.x) / len;
      const uy = (r.y - l.y) / len;
      points = [
        { x: round(l.x + ux * HALF), y: round(l.y + uy * HALF) },
        { x: round(r.x - ux * HALF), y: round(r.y - uy * HALF) },
      ];
      anchor = { x: round((l.x + r.x) / 2), y: round((l.y + r.y) / 2) };
      labelAt = { x: anchor.x, y: round(anchor.y - 10) };
      slashAt = { x: anchor.x - ux * 16, y: anchor.y - uy * 16 };
      slashDir = { x: ux, y: uy };
    }
    anchors.set(u.id, anchor);
    const status = u.union?.status ?? 'active';
    const count = status === 'divorced' ? 2 : status === 'separated' ? 1 : 0;
    const slashes: GenogramSegment[] = [];
    for (let k = 0; k < count; k += 1) {
      const c = {
        x: slashAt.x + slashDir.x * (k * 7 - (count - 1) * 3.5),
        y: slashAt.y + slashDir.y * (k * 7 - (count - 1) * 3.5),
      };
      // A slash leaning right, across the bar.
      slashes.push({
        x1: round(c.x - slashDir.x * 4 - slashDir.y * 7 - 0),
        y1: round(c.y - slashDir.y * 4 + 7),
        x2: round(c.x + slashDir.x * 4),
        y2: round(c.y + slashDir.y * 4 - 7),
      });
    }
    const type = u.union?.type ?? 'implicit';
    const line = u.union
      ? (vocab.unionTypes.find((t) => t.id === type)?.line ?? 'solid')
      : 'dashed';
    unions.push({
      id: u.id,
      partnerIds: [lid, rid],
      implicit: u.union === undefined,
      type,
      status,
      line,
      points,
      anchor,
      slashes,
      labelAt,
    });
  }
  for (const u of s.units.values()) {
    if (u.parentIds.length !== 1) continue;
    const p = pos.get(u.parentIds[0] ?? '');
    if (p) anchors.set(u.id, { x: p.x, y: round(p.y + M.labelDepth - 2) });
  }

  // Sibling lines, child links and twins.
  const twinOf = new Map<
    string,
    { id: string; zygosity: 'MZ' | 'DZ' | 'unknown'; childIds: readonly string[] }
  >();
  for (const m of g.multipleBirths)
    for (const c of m.childIds) if (!twinOf.has(c)) twinOf.set(c, m);
  interface Family {
    unit: FamilyUnit;
    anchor: Point;
    attach: {
      x: number;
      ids: string[];
      twin?: { id: string; zygosity: 'MZ' | 'DZ' | 'unknown' };
    }[];
    lo: number;
    hi: number;
    band: number;
    level: number;
  }
  const families: Family[] = [];
  for (const u of s.units.values()) {
    const anchor = anchors.get(u.id);
    if (!anchor || u.children.length === 0) continue;
    const attach: Family['attach'] = [];
    const done = new Set<string>();
    for (const c of u.children) {
      if (done.has(c)) continue;
      const t = twinOf.get(c);
      const group = t ? t.childIds.filter((id) => u.children.includes(id) && pos.has(id)) : [c];
      for (const id of group) done.add(id);
      if (!pos.has(c)) continue;
      const x = group.reduce((sum, id) => sum + (pos.get(id)?.x ?? 0), 0) / group.length;
      attach.push(
        t && group.length > 1
          ? { x, ids: group, twin: { id: t.id, zygosity: t.zygosity } }
          : { x, ids: [c] },
      );
    }
    if (attach.length === 0) continue;
    const xsA = attach.map((a) => a.x);
    const parentRow = Math.min(...u.parentIds.map((p) => rows.row.get(p) ?? 0));
    families.push({
      unit: u,
      anchor,
      attach,
      lo: Math.min(anchor.x, ...xsA),
      hi: Math.max(anchor.x, ...xsA),
      band: parentRow,
      level: 0,
    });
  }
  assignLevels(families);
  const sibships: GenogramSibship[] = [];
  const childLinks: GenogramChildLink[] = [];
  const twins: GenogramTwinConnector[] = [];
  const nodeTop = (id: string): Point => {
    const p = pos.get(id) ?? { x: 0, y: 0 };
    return { x: p.x, y: round(p.y - (s.nodes.get(id)?.kind === 'pregnancy' ? GLYPH_HALF : HALF)) };
  };
  families.sort((a, b) => byCodeUnit(a.unit.id, b.unit.id));
  for (const f of families) {
    const baseY = top + f.band * M.rowHeight;
    const ly = round(
      Math.max(baseY + M.siblingLevel + (f.level % 8) * M.levelStep, f.anchor.y + 8),
    );
    sibships.push({
      unitId: f.unit.id,
      parentIds: f.unit.parentIds,
      drop: [f.anchor, { x: f.anchor.x, y: ly }],
      line: { x1: round(f.lo), y1: ly, x2: round(f.hi), y2: ly },
    });
    for (const a of f.attach) {
      for (const id of a.ids) {
        const kinds: ParentChildKind[] = [];
        const linkIds: string[] = [];
        for (const p of f.unit.parentIds) {
          const l = s.linkByPair.get(`${id}>${p}`);
          if (l) {
            kinds.push(l.kind);
            linkIds.push(l.id);
          }
        }
        const kind = KIND_ORDER.find((k) => kinds.includes(k)) ?? 'biological';
        childLinks.push({
          linkIds,
          childId: id,
          unitId: f.unit.id,
          kind,
          secondary: false,
          points: [{ x: round(a.x), y: ly }, nodeTop(id)],
        });
      }
      if (a.twin) {
        const apex = { x: round(a.x), y: ly };
        const tops = a.ids.map(nodeTop);
        const first = tops[0];
        const last = tops[tops.length - 1];
        const along = (p: Point): Point => ({
          x: round(apex.x + (p.x - apex.x) * 0.45),
          y: round(apex.y + (p.y - apex.y) * 0.45),
        });
        twins.push({
          id: a.twin.id,
          zygosity: a.twin.zygosity,
          apex,
          childIds: a.ids,
          ...(a.twin.zygosity === 'MZ' && first && last
            ? {
                bar: {
                  x1: along(first).x,
                  y1: along(first).y,
                  x2: along(last).x,
                  y2: along(last).y,
                },
              }
            : {}),
        });
      }
    }
  }
  // Secondary parents (step, foster... outside the child's own family) get their own line.
  for (const l of s.secondary) {
    const child = pos.get(l.childId);
    const parent = pos.get(l.parentId);
    if (!child || !parent) continue;
    const unitId = s.nodes.get(l.childId)?.unitId;
    const unit = unitId !== undefined ? s.units.get(unitId) : undefined;
    let start: Point = { x: parent.x, y: round(parent.y + M.labelDepth - 2) };
    for (const uid of s.nodes.get(l.parentId)?.unionIds ?? []) {
      const other = s.units.get(uid);
      if (other && unit?.parentIds.some((p) => other.parentIds.includes(p))) {
        start = anchors.get(uid) ?? start;
        break;
      }
    }
    const y = round(child.y - HALF - 16);
    childLinks.push({
      linkIds: [l.id],
      childId: l.childId,
      unitId: `secondary:${l.parentId}`,
      kind: l.kind,
      secondary: true,
      points: [
        start,
        { x: start.x, y },
        { x: round(child.x + 10), y },
        { x: round(child.x + 10), y: round(child.y - HALF) },
      ],
    });
  }

  const pregnancies: GenogramPregnancyGlyph[] = [];
  for (const p of g.pregnancies) {
    const at = pos.get(p.id);
    if (!at || s.nodes.get(p.id)?.kind !== 'pregnancy') continue;
    pregnancies.push({
      id: p.id,
      x: at.x,
      y: at.y,
      row: rows.row.get(p.id) ?? 0,
      outcome: p.outcome,
    });
  }

  const households = hulls(input, grid, pos);
  const emotional = routeEmotional(input, vocab, persons, pregnancies);

  let bx0 = Infinity;
  let by0 = Infinity;
  let bx1 = -Infinity;
  let by1 = -Infinity;
  const grow = (x0: number, y0: number, x1: number, y1: number): void => {
    bx0 = Math.min(bx0, x0);
    by0 = Math.min(by0, y0);
    bx1 = Math.max(bx1, x1);
    by1 = Math.max(by1, y1);
  };
  for (const p of persons)
    grow(p.x - M.slot / 2, p.y - HALF - 24, p.x + M.slot / 2, p.y + M.labelDepth);
  for (const p of pregnancies) grow(p.x - GLYPH_HALF, p.y - GLYPH_HALF, p.x + GLYPH_HALF, p.y + 40);
  for (const h of households)
    for (const r of h.rects) grow(r.x, r.y, r.x + r.width, r.y + r.height);
  for (const e of emotional) for (const q of e.path) grow(q.x - 6, q.y - 6, q.x + 6, q.y + 6);
  for (const u of unions) for (const q of u.points) grow(q.x, q.y, q.x, q.y);
  if (!Number.isFinite(bx0)) grow(0, 0, 0, 0);
  const bounds: GenogramRect = {
    x: round(bx0 - M.margin),
    y: round(by0 - M.margin),
    width: round(bx1 - bx0 + 2 * M.margin),
    height: round(by1 - by0 + 2 * M.margin),
  };
  return {
    persons,
    unions,
    sibships,
    childLinks,
    twins,
    pregnancies,
    households,
    emotional,
    rows: grid,
    bounds,
  };
}

/**
 * Chooses a height for every sibling line of a band so that two families' lines never cross: when
 * a family's drop lands beyond the first child of the next family (or before the last child of the
 * previous one), the reaching family's line goes higher. Families that do not overlap share level 0.
 */
function assignLevels(
  families: {
    anchor: Point;
    attach: { x: number }[];
    lo: number;
    hi: number;
    band: number;
    level: number;
  }[],
): void {
  const byBand = new Map<number, typeof families>();
  for (const f of families) {
    const list = byBand.get(f.band) ?? [];
    list.push(f);
    byBand.set(f.band, list);
  }
  for (const list of byBand.values()) {
    list.sort((a, b) => a.lo - b.lo || a.anchor.x - b.anchor.x);
    const above = new Map<number, number[]>();
    for (let i = 0; i < list.length; i += 1) {
      const fi = list[i];
      if (!fi) continue;
      for (let j = i + 1; j < list.length; j += 1) {
        const fj = list[j];
        if (!fj) continue;
        if (fj.lo > fi.hi) break;
        const firstJ = Math.min(...fj.attach.map((a) => a.x));
        const lastI = Math.max(...fi.attach.map((a) => a.x));
        // The family whose drop reaches over the other's children goes above it.
        const iHigher = fi.anchor.x >= firstJ || !(fj.anchor.x <= lastI);
        const [hiF, loF] = iHigher ? [i, j] : [j, i];
        const arr = above.get(loF) ?? [];
        arr.push(hiF);
        above.set(loF, arr);
      }
    }
    // Longest path over the "goes above" relation (memoised; a cycle falls back to level 0).
    const memo = new Map<number, number>();
    const level = (k: number, depth: number): number => {
      const known = memo.get(k);
      if (known !== undefined) return known;
      if (depth > list.length) return 0;
      let v = 0;
      for (const h of above.get(k) ?? []) v = Math.max(v, level(h, depth + 1) + 1);
      memo.set(k, v);
      return v;
    };
    list.forEach((f, k) => {
      f.level = level(k, 0);
    });
  }
}

function hulls(
  input: GenogramInput,
  grid: readonly (readonly string[])[],
  pos: Map<string, Point>,
): GenogramHouseholdHull[] {
  const out: GenogramHouseholdHull[] = [];
  for (const h of input.households) {
    const members = new Set(h.memberIds.filter((id) => pos.has(id)));
    if (members.size === 0) continue;
    const rects: GenogramRect[] = [];
    for (const line of grid) {
      let run: string[] = [];
      const flush = (): void => {
        const a = pos.get(run[0] ?? '');
        const b = pos.get(run[run.length - 1] ?? '');
        if (a && b) {
          rects.push({
            x: round(a.x - M.slot / 2 + 4),
            y: round(Math.min(a.y, b.y) - HALF - 8),
            width: round(b.x - a.x + M.slot - 8),
            height: round(Math.abs(a.y - b.y) + HALF + M.labelDepth + 4),
          });
        }
        run = [];
      };
      for (const id of line) {
        if (members.has(id)) run.push(id);
        else if (run.length > 0) flush();
      }
      if (run.length > 0) flush();
    }
    const bridges: GenogramSegment[] = [];
    for (let i = 1; i < rects.length; i += 1) {
      const a = rects[i - 1];
      const b = rects[i];
      if (!a || !b) continue;
      if (Math.abs(a.y - b.y) < 1) {
        bridges.push({
          x1: a.x + a.width,
          y1: round(a.y + a.height / 2),
          x2: b.x,
          y2: round(b.y + b.height / 2),
        });
      } else {
        bridges.push({
          x1: round(a.x + a.width / 2),
          y1: a.y + a.height,
          x2: round(b.x + b.width / 2),
          y2: b.y,
        });
      }
    }
    out.push({
      id: h.id,
      memberIds: [...members],
      rects,
      bridges,
      ...(h.label !== undefined ? { label: h.label } : {}),
    });
  }
  return out;
}

function routeEmotional(
  input: GenogramInput,
  vocab: Vocabularies,
  persons: readonly GenogramPersonBox[],
  pregnancies: readonly GenogramPregnancyGlyph[],
): GenogramEmotionalPath[] {
  const at = new Map(persons.map((p) => [p.id, p] as const));
  const obstacles: { id: string; r: GenogramRect }[] = [
    ...persons.map((p) => ({
      id: p.id,
      r: { x: p.x - HALF - 3, y: p.y - HALF - 3, width: M.symbol + 6, height: M.symbol + 30 },
    })),
    ...pregnancies.map((p) => ({
      id: p.id,
      r: {
        x: p.x - GLYPH_HALF,
        y: p.y - GLYPH_HALF,
        width: 2 * GLYPH_HALF,
        height: 2 * GLYPH_HALF,
      },
    })),
  ];
  const lanes = new Map<string, number>();
  const out: GenogramEmotionalPath[] = [];
  for (const r of input.genogram.emotionalRelations) {
    const a = at.get(r.fromId);
    const b = at.get(r.toId);
    if (!a || !b || a === b) continue;
    const key = r.fromId < r.toId ? `${r.fromId}|${r.toId}` : `${r.toId}|${r.fromId}`;
    const lane = lanes.get(key) ?? 0;
    lanes.set(key, lane + 1);
    const entry = vocab.emotionalRelations.find((e) => e.id === r.type);
    const line = entry?.line ?? 'solid';
    const rects = obstacles.filter((o) => o.id !== r.fromId && o.id !== r.toId).map((o) => o.r);
    const path = routeRelation(a, b, rects, lane);
    out.push({
      id: r.id,
      type: r.type,
      fromId: r.fromId,
      toId: r.toId,
      line,
      ...(entry?.color !== undefined ? { color: entry.color } : {}),
      path,
      stroke: strokeFor(line, path),
    });
  }
  return out;
}
