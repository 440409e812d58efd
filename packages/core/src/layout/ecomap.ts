/**
 * The ecomap layout: the tenant (and household) in a central circle, every other tie in a wedge of
 * its sector, at a distance that grows as the tie gets weaker and rarer.
 *
 * Why a closed-form angular layout rather than a force simulation: a force layout's positions
 * depend on every other node, so adding one tie can move the whole map, and convergence depends on
 * iteration counts and seeds. Here each node's place depends only on (a) its sector's slot on the
 * circle, (b) its ring, from its own closeness, and (c) its rank among the few ties of the same
 * sector and ring. Sectors keep a fixed home angle (the vocabulary order, so maps of different
 * tenants are comparable, as easyNWK insists) and only push their neighbours aside when they
 * overflow their home, by the least-squares amount (pool-adjacent-violators on the circle). Adding
 * or removing one tie then moves another node by at most one slot, which stays under 10% of the
 * radius because the radius never falls below `minRadius`; the radius itself grows in steps
 * (`ECOMAP_RADIUS_STEP`), so most edits leave every other sector in place. It is also O(n) and needs no DOM.
 *
 * Units: layout units are CSS pixels at zoom 1. Manual offsets (`tie.offset`) are stored in
 * hundredths of the map radius (`dx: 10` = 10% of the radius), so they keep their meaning when
 * the radius grows with the number of ties or the view is resized.
 */
import type { Assessment } from '../schemas/assessment.js';
import type { Frequency } from '../schemas/common.js';
import type { Tie } from '../schemas/ecomap.js';
import type { RegistryEntry } from '../schemas/registry.js';
import { DEFAULT_VOCABULARIES } from '../vocabulary/defaults.js';
import { pickLabel } from '../vocabulary/labels.js';
import type { Vocabularies } from '../vocabulary/types.js';
import {
  BoxIndex,
  circleBox,
  estimateTextWidth,
  nearestPointOnBox,
  padBox,
  towards,
  unionBoxes,
  type Box,
} from './geometry.js';

/** Radii of the four closeness rings, as fractions of the map radius (closest first). */
export const ECOMAP_RING_FRACTIONS: readonly number[] = [0.62, 0.75, 0.88, 1];

/** The smallest map radius in layout units (keeps one slot under 10% of the radius). */
export const ECOMAP_MIN_RADIUS = 320;

/** Arc length, in layout units, between two neighbouring nodes of a ring. */
export const ECOMAP_SLOT = 18;

/**
 * The radius grows in steps of 8% above `ECOMAP_MIN_RADIUS`, not with every tie: a new radius
 * rescales every ring and so moves every node and label, which made one edit redraw the whole map
 * (about 20 ms of style and layout for 150 ties). With steps, most edits keep the radius and move
 * only the nodes of the edited sector (and its neighbours when it widens).
 */
export const ECOMAP_RADIUS_STEP = 0.08;

/** Share of the circle the sectors may fill before the radius grows. */
const FILL = 0.7;
const NODE_R = 7;
const HOUSEHOLD_R = 8;
const TENANT_R = 11;

/** Options of `layoutEcomap`. */
export interface EcomapLayoutOptions {
  /** Vocabularies in force: sector order and names; the built-in ones by default. */
  readonly vocabularies?: Vocabularies;
  /** Language of sector names: `fr` (default) or `en`. */
  readonly lang?: string;
  /** Label font size in layout units; 12 by default. */
  readonly fontSize?: number;
  /**
   * Width of a label text at `fontSize` (`bold`: a sector name, drawn at weight 600); a
   * conservative estimate by default. Renderers that can measure (canvas `measureText`) pass it
   * so label boxes match the drawn text.
   */
  readonly measureText?: (text: string, bold?: boolean) => number;
  /** Longer names are shortened with an ellipsis on the map (never in the table); 26 by default. */
  readonly maxLabelChars?: number;
}

/** A placed label: its box, its text, and an optional leader line back to its owner. */
export interface EcomapLabel extends Box {
  /** The text drawn (names may be shortened). */
  readonly text: string;
  /** The node or sector the label belongs to. */
  readonly ownerId: string;
  /** A line from the owner to a label placed away from it. */
  readonly leader?: {
    readonly x1: number;
    readonly y1: number;
    readonly x2: number;
    readonly y2: number;
  };
}

/** What a node stands for: the tenant, a household member, or the far end of a tie. */
export type EcomapNodeKind = 'tenant' | 'household' | 'tie';

/** A placed node. */
export interface EcomapNode {
  /** The tie id for ties; the registry id for the tenant and household members without a tie. */
  readonly id: string;
  readonly kind: EcomapNodeKind;
  /** The registry entry drawn. */
  readonly entryId: string;
  readonly entryKind: 'person' | 'system';
  /** The tie, when there is one (household members may have one too). */
  readonly tieId?: string;
  /** The tie's sector; absent for the tenant and untied household members. */
  readonly sector?: string;
  /** Closeness ring, 0 (closest) to 3; -1 inside the central circle. */
  readonly ring: number;
  /** Angle from the centre in radians (0 = east, clockwise since y points down). */
  readonly angle: number;
  /** Position including the manual offset. */
  readonly x: number;
  readonly y: number;
  /** Computed position before the manual offset. */
  readonly baseX: number;
  readonly baseY: number;
  /** Node radius in layout units. */
  readonly r: number;
  readonly label: EcomapLabel;
}

/** A sector wedge that holds at least one tie. */
export interface EcomapSector {
  readonly id: string;
  /** The sector's name in the layout language. */
  readonly name: string;
  readonly startAngle: number;
  readonly endAngle: number;
  readonly count: number;
  readonly label: EcomapLabel;
}

/** A link between two contacts who know each other, as a segment between their nodes. */
export interface EcomapLinkGeometry {
  readonly id: string;
  readonly aId: string;
  readonly bId: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** The laid-out ecomap, in layout units, centred on the origin. */
export interface EcomapLayout {
  /** The map radius (outer ring). */
  readonly radius: number;
  /** Radii of the closeness rings. */
  readonly rings: readonly number[];
  /** Radius of the central (household) circle. */
  readonly centreRadius: number;
  readonly fontSize: number;
  /** The tenant first, then household members, then ties in record order. */
  readonly nodes: readonly EcomapNode[];
  readonly sectors: readonly EcomapSector[];
  readonly links: readonly EcomapLinkGeometry[];
  /** Everything drawn, labels included. */
  readonly bounds: Box;
}

const STRENGTH_SCORE = { strong: 1, moderate: 0.6, tenuous: 0.2 } as const;
const FREQUENCY_SCORE: Record<Frequency, number> = {
  very_often: 1,
  often: 0.67,
  sometimes: 0.33,
  not_at_all: 0,
};

/**
 * The closeness ring (0 closest … 3) of a tie: 65% strength, 35% contact frequency (an unknown
 * frequency counts as the middle of the scale).
 */
export function ecomapRing(tie: Pick<Tie, 'strength'>, frequency: Frequency | undefined): number {
  const f = frequency === undefined ? 0.5 : FREQUENCY_SCORE[frequency];
  const c = 0.65 * STRENGTH_SCORE[tie.strength] + 0.35 * f;
  if (c >= 0.75) return 0;
  if (c >= 0.5) return 1;
  if (c >= 0.3) return 2;
  return 3;
}

/** The tenant's household member ids (the tenant excluded). */
export function householdMemberIds(a: Assessment): string[] {
  const tenantId = a.tenant.personId;
  const household =
    (a.tenant.householdId !== undefined
      ? a.households.find((h) => h.id === a.tenant.householdId)
      : undefined) ?? a.households.find((h) => h.memberIds.includes(tenantId));
  return household ? household.memberIds.filter((id) => id !== tenantId) : [];
}

interface Pending {
  id: string;
  kind: EcomapNodeKind;
  entry: RegistryEntry | undefined;
  entryId: string;
  tie?: Tie;
  ring: number;
  angle: number;
  bx: number;
  by: number;
  r: number;
}

/**
 * Lays out the ecomap of `a`. Pure and deterministic: the same record and options give the same
 * positions. Label boxes never overlap each other nor any node.
 */
export function layoutEcomap(a: Assessment, options: EcomapLayoutOptions = {}): EcomapLayout {
  const vocab = options.vocabularies ?? DEFAULT_VOCABULARIES;
  const lang = options.lang ?? 'fr';
  const fontSize = options.fontSize ?? 12;
  const maxChars = options.maxLabelChars ?? 26;
  const measure =
    options.measureText ??
    ((t: string, bold?: boolean) => estimateTextWidth(t, fontSize) * (bold ? 1.1 : 1));
  const registry = new Map(a.registry.map((e) => [e.id, e] as const));
  const tenantId = a.tenant.personId;
  const household = householdMemberIds(a);
  const householdSet = new Set(household);

  // Sector order: vocabulary order, then unknown ids alphabetically (deterministic).
  const order = vocab.sectors.map((s) => s.id);
  const extra = [...new Set(a.ecomap.ties.map((t) => t.sector))]
    .filter((id) => !order.includes(id))
    .sort();
  const sectorIds = [...order, ...extra];
  const sectorIndex = new Map(sectorIds.map((id, i) => [id, i] as const));
  const S = sectorIds.length;

  // Group ring ties by sector and ring, in record order.
  const tieOfEntry = new Map<string, Tie>();
  const bySector = new Map<string, Tie[][]>();
  const ringOf = new Map<string, number>();
  for (const tie of a.ecomap.ties) {
    tieOfEntry.set(tie.targetId, tie);
    if (householdSet.has(tie.targetId)) continue;
    const ring = ecomapRing(tie, registry.get(tie.targetId)?.contact?.frequency);
    ringOf.set(tie.id, ring);
    let rings = bySector.get(tie.sector);
    if (!rings) {
      rings = [[], [], [], []];
      bySector.set(tie.sector, rings);
    }
    rings[ring]?.push(tie);
  }

  // Arc a sector needs at radius 1 (its widest ring), then the radius that fits all sectors.
  const need = new Map<string, number>();
  let totalNeed = 0;
  for (const [id, rings] of bySector) {
    let n = 0;
    rings.forEach((list, k) => {
      n = Math.max(n, (list.length * ECOMAP_SLOT) / (ECOMAP_RING_FRACTIONS[k] ?? 1));
    });
    need.set(id, n);
    totalNeed += n;
  }
  const growth = totalNeed / (FILL * 2 * Math.PI) / ECOMAP_MIN_RADIUS;
  const steps =
    growth > 1 ? Math.ceil(Math.log(growth) / Math.log(1 + ECOMAP_RADIUS_STEP) - 1e-9) : 0;
  const R = ECOMAP_MIN_RADIUS * (1 + ECOMAP_RADIUS_STEP) ** steps;
  const rings = ECOMAP_RING_FRACTIONS.map((f) => f * R);
  const innerRing = rings[0] ?? R;
  const centreRadius = innerRing - 1.6 * ECOMAP_SLOT;

  // Sector intervals on the circle: home centre fixed by vocabulary index, width by need.
  const start = -Math.PI / 2;
  const intervals = [...bySector.keys()]
    .map((id) => ({
      id,
      pref: start + (((sectorIndex.get(id) ?? 0) + 0.5) * 2 * Math.PI) / S,
      width: (need.get(id) ?? 0) / R,
    }))
    .sort((p, q) => p.pref - q.pref);
  const centres = placeOnCircle(intervals);

  const pending: Pending[] = [];
  const tenantEntry = registry.get(tenantId);
  pending.push({
    id: tenantId,
    kind: 'tenant',
    entry: tenantEntry,
    entryId: tenantId,
    ring: -1,
    angle: Math.PI / 2,
    bx: 0,
    by: 0,
    r: TENANT_R,
  });
  household.forEach((id, j) => {
    const angle = Math.PI + (2 * Math.PI * j) / household.length;
    const hr = Math.min(centreRadius * 0.55, 3.2 * ECOMAP_SLOT);
    const tie = tieOfEntry.get(id);
    pending.push({
      id: tie ? tie.id : id,
      kind: 'household',
      entry: registry.get(id),
      entryId: id,
      ...(tie ? { tie } : {}),
      ring: -1,
      angle,
      bx: Math.cos(angle) * hr,
      by: Math.sin(angle) * hr,
      r: HOUSEHOLD_R,
    });
  });
  const sectorSpans = new Map<string, { startAngle: number; endAngle: number; count: number }>();
  for (const [id, ringLists] of bySector) {
    const c = centres.get(id) ?? 0;
    const w = (need.get(id) ?? 0) / R;
    let count = 0;
    ringLists.forEach((list, k) => {
      const radius = rings[k] ?? R;
      const step = ECOMAP_SLOT / radius;
      list.forEach((tie, i) => {
        const angle = c + (i - (list.length - 1) / 2) * step;
        count += 1;
        pending.push({
          id: tie.id,
          kind: 'tie',
          entry: registry.get(tie.targetId),
          entryId: tie.targetId,
          tie,
          ring: k,
          angle,
          bx: Math.cos(angle) * radius,
          by: Math.sin(angle) * radius,
          r: NODE_R,
        });
      });
    });
    sectorSpans.set(id, { startAngle: c - w / 2, endAngle: c + w / 2, count });
  }

  // Manual offsets, then labels around the final positions.
  const unit = R / 100;
  const placed = pending.map((p) => {
    const off = p.tie?.offset;
    return { ...p, x: p.bx + (off ? off.dx * unit : 0), y: p.by + (off ? off.dy * unit : 0) };
  });
  const labeller = new Labeller(fontSize, measure, maxChars);
  for (const p of placed) labeller.obstacle(circleBox(p.x, p.y, p.r + 2));
  // Centre first, then ties from the inside out, so inner labels get the spots next to their node.
  const labelOrder = [...placed].sort((p, q) => p.ring - q.ring || p.angle - q.angle);
  const labels = new Map<string, EcomapLabel>();
  for (const p of labelOrder) {
    const name = p.entry?.name ?? p.entryId;
    labels.set(
      p.id,
      labeller.placeNodeLabel(
        p.id,
        name,
        p.x,
        p.y,
        p.r,
        p.kind === 'tenant' ? Math.PI / 2 : p.angle,
      ),
    );
  }
  const sectors: EcomapSector[] = [];
  for (const id of sectorIds) {
    const span = sectorSpans.get(id);
    if (!span) continue;
    const entry = vocab.sectors.find((s) => s.id === id);
    const name = entry ? pickLabel(entry.label, lang) : id;
    const mid = (span.startAngle + span.endAngle) / 2;
    const label = labeller.placeRadialLabel(`sector:${id}`, name, mid, R + NODE_R + 14);
    sectors.push({ id, name, ...span, label });
  }

  const nodes: EcomapNode[] = placed.map((p) => ({
    id: p.id,
    kind: p.kind,
    entryId: p.entryId,
    entryKind: p.entry?.kind ?? 'person',
    ...(p.tie ? { tieId: p.tie.id, sector: p.tie.sector } : {}),
    ring: p.ring,
    angle: p.angle,
    x: p.x,
    y: p.y,
    baseX: p.bx,
    baseY: p.by,
    r: p.r,
    label: labels.get(p.id) ?? { x: p.x, y: p.y, width: 0, height: 0, text: '', ownerId: p.id },
  }));
  const byEntry = new Map(nodes.map((n) => [n.entryId, n] as const));
  const links: EcomapLinkGeometry[] = [];
  for (const l of a.ecomap.links) {
    const p = byEntry.get(l.aId);
    const q = byEntry.get(l.bId);
    if (p && q)
      links.push({ id: l.id, aId: l.aId, bId: l.bId, x1: p.x, y1: p.y, x2: q.x, y2: q.y });
  }
  const bounds = padBox(
    unionBoxes([
      circleBox(0, 0, R + NODE_R),
      ...nodes.map((n) => circleBox(n.x, n.y, n.r)),
      ...nodes.map((n) => n.label),
      ...sectors.map((s) => s.label),
    ]),
    8,
  );
  return { radius: R, rings, centreRadius, fontSize, nodes, sectors, links, bounds };
}

interface Interval {
  readonly id: string;
  readonly pref: number;
  readonly width: number;
}

/**
 * Centres of non-overlapping intervals on the circle, as close as possible (least squares) to
 * their preferred centres, keeping their order: pool-adjacent-violators on a line, then blocks
 * that wrap past the end are moved to the front and the line is solved again.
 */
function placeOnCircle(items: readonly Interval[]): Map<string, number> {
  let seq = items.map((it) => ({ ...it }));
  let blocks = pav(seq);
  const TAU = 2 * Math.PI;
  for (let guard = 0; guard < items.length; guard += 1) {
    const first = blocks[0];
    const last = blocks[blocks.length - 1];
    if (!first || !last || first === last) break;
    if (last.left + last.width <= first.left + TAU + 1e-9) break;
    const moved = new Set(last.members.map((m) => m.id));
    seq = [
      ...seq.filter((m) => moved.has(m.id)).map((m) => ({ ...m, pref: m.pref - TAU })),
      ...seq.filter((m) => !moved.has(m.id)),
    ];
    blocks = pav(seq);
  }
  const out = new Map<string, number>();
  for (const b of blocks) {
    let x = b.left;
    for (const m of b.members) {
      out.set(m.id, x + m.width / 2);
      x += m.width;
    }
  }
  return out;
}

interface Block {
  members: Interval[];
  width: number;
  left: number;
}

function pav(seq: readonly Interval[]): Block[] {
  const blocks: Block[] = [];
  for (const it of seq) {
    let b: Block = { members: [it], width: it.width, left: it.pref - it.width / 2 };
    for (;;) {
      const prev = blocks[blocks.length - 1];
      if (!prev || prev.left + prev.width <= b.left) break;
      blocks.pop();
      const members = [...prev.members, ...b.members];
      let cum = 0;
      let sum = 0;
      for (const m of members) {
        sum += m.pref - cum - m.width / 2;
        cum += m.width;
      }
      b = { members, width: cum, left: sum / members.length };
    }
    blocks.push(b);
  }
  return blocks;
}

/** Greedy label placement against an index of node boxes and labels placed so far. */
class Labeller {
  readonly #index = new BoxIndex(64);
  readonly #measure: (text: string, bold?: boolean) => number;
  readonly #maxChars: number;
  readonly #height: number;
  // Radius of a circle around the origin that holds everything placed so far (the last resort).
  #extent = 0;

  constructor(
    fontSize: number,
    measure: (text: string, bold?: boolean) => number,
    maxChars: number,
  ) {
    this.#measure = measure;
    this.#maxChars = maxChars;
    this.#height = Math.ceil(fontSize * 1.4);
  }

  obstacle(b: Box): void {
    this.#index.add(b);
    this.#grow(b);
  }

  placeNodeLabel(
    ownerId: string,
    name: string,
    x: number,
    y: number,
    r: number,
    angle: number,
  ): EcomapLabel {
    const text = shorten(name, this.#maxChars);
    const w = Math.ceil(this.#measure(text)) + 4;
    const h = this.#height;
    const ux = Math.cos(angle);
    const uy = Math.sin(angle);
    const gap = 3;
    const right = { x: x + r + gap, y: y - h / 2 };
    const left = { x: x - r - gap - w, y: y - h / 2 };
    const above = { x: x - w / 2, y: y - r - gap - h };
    const below = { x: x - w / 2, y: y + r + gap };
    const side = Math.abs(ux) >= 0.38;
    const primary = side ? (ux > 0 ? right : left) : uy < 0 ? above : below;
    const tries = [
      primary,
      ...(side
        ? [uy < 0 ? above : below, uy < 0 ? below : above]
        : [ux >= 0 ? right : left, ux >= 0 ? left : right]),
      right,
      left,
      above,
      below,
      { x: x + r, y: y - r - h },
      { x: x + r, y: y + r },
      { x: x - r - w, y: y - r - h },
      { x: x - r - w, y: y + r },
    ];
    for (const t of tries) {
      const box = { x: t.x, y: t.y, width: w, height: h };
      if (!this.#index.hits(box)) return this.#commit(box, text, ownerId);
    }
    // Step away from the centre along the node's direction, with a leader line back to it.
    for (let k = 1; k <= 40; k += 1) {
      const d = r + k * h * 0.75;
      const cx = x + ux * d;
      const cy = y + uy * d;
      for (const shift of [0, -0.5, 0.5, -1, 1]) {
        const bx = (side ? (ux > 0 ? cx : cx - w) : cx - w / 2) + shift * w * (side ? 0 : 1);
        const by = cy - h / 2 + shift * h * (side ? 1 : 0);
        const box = { x: bx, y: by, width: w, height: h };
        if (!this.#index.hits(box)) return this.#commit(box, text, ownerId, { x, y, r });
      }
    }
    return this.#commit(this.#outside(angle, w, h), text, ownerId, { x, y, r });
  }

  placeRadialLabel(ownerId: string, name: string, angle: number, radius: number): EcomapLabel {
    const text = name;
    const w = Math.ceil(this.#measure(text, true)) + 4;
    const h = this.#height;
    const ux = Math.cos(angle);
    const uy = Math.sin(angle);
    for (let k = 0; k < 60; k += 1) {
      const d = radius + k * h * 0.6;
      const cx = ux * d;
      const cy = uy * d;
      // Anchor so the box grows away from the centre: start on the right, end on the left.
      const bx = ux > 0.3 ? cx : ux < -0.3 ? cx - w : cx - w / 2;
      const by = uy > 0.3 ? cy : uy < -0.3 ? cy - h : cy - h / 2;
      const box = { x: bx, y: by, width: w, height: h };
      if (!this.#index.hits(box)) return this.#commit(box, text, ownerId);
    }
    return this.#commit(this.#outside(angle, w, h), text, ownerId);
  }

  /** A box entirely outside the circle holding everything placed so far: it cannot overlap. */
  #outside(angle: number, w: number, h: number): Box {
    const d = this.#extent + Math.hypot(w, h) / 2 + 2;
    return { x: Math.cos(angle) * d - w / 2, y: Math.sin(angle) * d - h / 2, width: w, height: h };
  }

  #commit(
    box: Box,
    text: string,
    ownerId: string,
    from?: { x: number; y: number; r: number },
  ): EcomapLabel {
    this.#index.add(box);
    this.#grow(box);
    if (!from) return { ...box, text, ownerId };
    const end = nearestPointOnBox(box, from);
    const startPoint = towards(from, end, from.r);
    return {
      ...box,
      text,
      ownerId,
      leader: { x1: startPoint.x, y1: startPoint.y, x2: end.x, y2: end.y },
    };
  }

  #grow(b: Box): void {
    for (const [px, py] of [
      [b.x, b.y],
      [b.x + b.width, b.y],
      [b.x, b.y + b.height],
      [b.x + b.width, b.y + b.height],
    ] as const) {
      this.#extent = Math.max(this.#extent, Math.hypot(px, py));
    }
  }
}

/** `text` cut to `max` characters with an ellipsis. */
function shorten(text: string, max: number): string {
  const chars = Array.from(text); // code points: an ellipsis never splits a surrogate pair
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
