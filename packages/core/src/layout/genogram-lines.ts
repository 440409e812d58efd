import type { EmotionalLine } from '../vocabulary/types.js';
import type { Point } from './geometry.js';
import type { GenogramStroke, GenogramRect, GenogramSegment } from './genogram-types.js';

const round = (v: number): number => Math.round(v * 100) / 100;
const pt = (x: number, y: number): Point => ({ x: round(x), y: round(y) });

function lengths(path: readonly Point[]): number[] {
  const out = [0];
  for (let i = 1; i < path.length; i += 1) {
    const a = path[i - 1];
    const b = path[i];
    out.push((out[i - 1] ?? 0) + (a && b ? Math.hypot(b.x - a.x, b.y - a.y) : 0));
  }
  return out;
}

/** The point and unit tangent at arc length `t` along a polyline. */
function at(
  path: readonly Point[],
  acc: readonly number[],
  t: number,
): { p: Point; dx: number; dy: number } {
  let i = 1;
  while (i < path.length - 1 && (acc[i] ?? 0) < t) i += 1;
  const a = path[i - 1] ?? { x: 0, y: 0 };
  const b = path[i] ?? a;
  const seg = (acc[i] ?? 0) - (acc[i - 1] ?? 0);
  const k = seg > 0 ? (t - (acc[i - 1] ?? 0)) / seg : 0;
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  return {
    p: { x: a.x + (b.x - a.x) * k, y: a.y + (b.y - a.y) * k },
    dx: (b.x - a.x) / len,
    dy: (b.y - a.y) / len,
  };
}

/** A polyline shifted sideways by `d` (positive to the left of the direction of travel). */
export function offsetPolyline(path: readonly Point[], d: number): Point[] {
  return path.map((p, i) => {
    const a = path[Math.max(0, i - 1)] ?? p;
    const b = path[Math.min(path.length - 1, i + 1)] ?? p;
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    return pt(p.x + ((b.y - a.y) / len) * d, p.y - ((b.x - a.x) / len) * d);
  });
}

/** A zig-zag following a polyline, straight for `lead` units at both ends. */
export function zigzag(path: readonly Point[], amplitude = 4, step = 5, lead = 6): Point[] {
  const acc = lengths(path);
  const total = acc[acc.length - 1] ?? 0;
  const first = path[0];
  const last = path[path.length - 1];
  if (!first || !last || total < 2 * lead + step) return path.map((p) => pt(p.x, p.y));
  const out: Point[] = [pt(first.x, first.y)];
  let sign = 1;
  for (let t = lead; t <= total - lead; t += step) {
    const { p, dx, dy } = at(path, acc, t);
    out.push(pt(p.x + dy * amplitude * sign, p.y - dx * amplitude * sign));
    sign = -sign;
  }
  out.push(pt(last.x, last.y));
  return out;
}

/** The sub-polyline between arc lengths `from` and `to`. */
function slice(path: readonly Point[], acc: readonly number[], from: number, to: number): Point[] {
  const out: Point[] = [];
  const s = at(path, acc, from).p;
  out.push(pt(s.x, s.y));
  for (let i = 1; i < path.length - 1; i += 1) {
    const v = acc[i] ?? 0;
    const p = path[i];
    if (p && v > from && v < to) out.push(pt(p.x, p.y));
  }
  const e = at(path, acc, to).p;
  out.push(pt(e.x, e.y));
  return out;
}

/**
 * How a relation line is drawn along a routed path (McGoldrick): double, triple, dotted, dashed,
 * solid, zig-zag, double zig-zag, cut-off (a gap with two bars), arrow, arrowed zig-zag.
 */
export function strokeFor(line: EmotionalLine, path: readonly Point[]): GenogramStroke {
  const acc = lengths(path);
  const total = acc[acc.length - 1] ?? 0;
  const arrowed = line === 'arrow' || line === 'arrow-zigzag';
  const body =
    arrowed && total > 14 ? slice(path, acc, 0, total - 9) : path.map((p) => pt(p.x, p.y));
  const arrows: Point[][] = [];
  if (arrowed && total > 14) {
    const tip = at(path, acc, total);
    const base = at(path, acc, total - 11);
    arrows.push([
      pt(tip.p.x, tip.p.y),
      pt(base.p.x + base.dy * 5, base.p.y - base.dx * 5),
      pt(base.p.x - base.dy * 5, base.p.y + base.dx * 5),
    ]);
  }
  switch (line) {
    case 'double':
      return {
        polylines: [offsetPolyline(body, 2.5), offsetPolyline(body, -2.5)],
        arrows,
        bars: [],
      };
    case 'triple':
      return {
        polylines: [offsetPolyline(body, 4), body, offsetPolyline(body, -4)],
        arrows,
        bars: [],
      };
    case 'dotted':
      return { polylines: [body], dash: '2 4', arrows, bars: [] };
    case 'dashed':
      return { polylines: [body], dash: '8 5', arrows, bars: [] };
    case 'zigzag':
    case 'arrow-zigzag':
      return { polylines: [zigzag(body)], arrows, bars: [] };
    case 'double-zigzag': {
      const z = zigzag(body);
      return { polylines: [offsetPolyline(z, 2.5), offsetPolyline(z, -2.5)], arrows, bars: [] };
    }
    case 'cut': {
      if (total < 30) return { polylines: [body], arrows, bars: [] };
      const a = total / 2 - 7;
      const b = total / 2 + 7;
      const bars: GenogramSegment[] = [a - 2, b + 2].map((t) => {
        const { p, dx, dy } = at(path, acc, t);
        return {
          x1: round(p.x + dy * 8),
          y1: round(p.y - dx * 8),
          x2: round(p.x - dy * 8),
          y2: round(p.y + dx * 8),
        };
      });
      return { polylines: [slice(path, acc, 0, a), slice(path, acc, b, total)], arrows, bars };
    }
    case 'arrow':
    case 'solid':
      return { polylines: [body], arrows, bars: [] };
  }
}

function segmentHitsRect(a: Point, b: Point, r: GenogramRect): boolean {
  // Liang-Barsky clipping: does the segment enter the rectangle?
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const checks: [number, number][] = [
    [-dx, a.x - r.x],
    [dx, r.x + r.width - a.x],
    [-dy, a.y - r.y],
    [dy, r.y + r.height - a.y],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) {
        if (t > t1) return false;
        if (t > t0) t0 = t;
      } else {
        if (t < t0) return false;
        if (t < t1) t1 = t;
      }
    }
  }
  return true;
}

/** Samples a quadratic Bézier curve. */
function quadratic(a: Point, c: Point, b: Point, n: number): Point[] {
  const out: Point[] = [];
  for (let i = 0; i <= n; i += 1) {
    const t = i / n;
    const u = 1 - t;
    out.push(
      pt(u * u * a.x + 2 * u * t * c.x + t * t * b.x, u * u * a.y + 2 * u * t * c.y + t * t * b.y),
    );
  }
  return out;
}

/**
 * Routes an emotional relation between two symbol centres: a straight line when it touches no other
 * symbol, otherwise the first of a series of curves bowing further and further to either side that
 * clears every obstacle (or touches the fewest). `lane` separates several relations between the same
 * two people. Ends stop `radius` short of the centres so lines never cover a symbol.
 */
export function routeRelation(
  from: Point,
  to: Point,
  obstacles: readonly GenogramRect[],
  lane = 0,
  radius = 25,
): Point[] {
  const len = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const ux = (to.x - from.x) / len;
  const uy = (to.y - from.y) / len;
  const a = { x: from.x + ux * radius, y: from.y + uy * radius };
  const b = { x: to.x - ux * radius, y: to.y - uy * radius };
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  // Normal pointing "up" for a left-to-right line, so the first bow goes above the row.
  const nx = uy;
  const ny = -ux;
  const lo = { x: Math.min(a.x, b.x) - 200, y: Math.min(a.y, b.y) - 200 };
  const hi = { x: Math.max(a.x, b.x) + 200, y: Math.max(a.y, b.y) + 200 };
  const near = obstacles.filter(
    (r) => r.x + r.width >= lo.x && r.x <= hi.x && r.y + r.height >= lo.y && r.y <= hi.y,
  );
  const laneShift = lane === 0 ? 0 : (lane % 2 === 1 ? 1 : -1) * Math.ceil(lane / 2) * 12;
  const bows = [0, 34, -34, 68, -68, 110, -110, 160, -160];
  let best: Point[] = [];
  let bestHits = Infinity;
  for (const bow of bows) {
    const off = bow + laneShift;
    const path =
      off === 0
        ? [pt(a.x, a.y), pt(b.x, b.y)]
        : quadratic(a, { x: mid.x + nx * off * 2, y: mid.y + ny * off * 2 }, b, 20);
    let hits = 0;
    for (const r of near) {
      for (let i = 1; i < path.length; i += 1) {
        const p = path[i - 1];
        const q = path[i];
        if (p && q && segmentHitsRect(p, q, r)) {
          hits += 1;
          break;
        }
      }
    }
    if (hits < bestHits) {
      best = path;
      bestHits = hits;
    }
    if (hits === 0) break;
  }
  return best;
}
