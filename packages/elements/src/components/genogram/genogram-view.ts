import type { GenogramRect, Point } from '@toile/core';

/** A zoomed view of the drawing: `k` times the fitted size, centred on `cx`, `cy` (layout units). */
export interface View {
  readonly k: number;
  readonly cx: number;
  readonly cy: number;
}

/** Zoom limits, relative to "fit to view" (1). */
export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 12;
/** One zoom step (+/− buttons and keys). */
export const ZOOM_STEP = 1.5;

/** The `viewBox` of a view; the whole drawing (fit to view) without one. */
export function viewBoxOf(b: GenogramRect, v: View | undefined): string {
  if (!v) return `${b.x} ${b.y} ${b.width} ${b.height}`;
  const w = b.width / v.k;
  const h = b.height / v.k;
  return `${round(v.cx - w / 2)} ${round(v.cy - h / 2)} ${round(w)} ${round(h)}`;
}

const round = (x: number): number => Math.round(x * 100) / 100;
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** Keeps the centre over the drawing, so the family cannot be panned out of sight. */
function contained(b: GenogramRect, v: View): View {
  return {
    k: v.k,
    cx: clamp(v.cx, b.x, b.x + b.width),
    cy: clamp(v.cy, b.y, b.y + b.height),
  };
}

/**
 * Zooms by `factor` around `at` (layout units; the view's centre by default), which stays put on
 * screen. `max` is the largest zoom (`MAX_ZOOM` by default; more for a big family in a small box).
 */
export function zoomView(
  b: GenogramRect,
  v: View | undefined,
  factor: number,
  at?: Point,
  max = MAX_ZOOM,
): View | undefined {
  const cur = v ?? { k: 1, cx: b.x + b.width / 2, cy: b.y + b.height / 2 };
  const k = clamp(cur.k * factor, MIN_ZOOM, Math.max(MAX_ZOOM, max));
  if (Math.abs(k - 1) < 1e-6 && !at) return undefined;
  const p = at ?? { x: cur.cx, y: cur.cy };
  const r = cur.k / k;
  return contained(b, { k, cx: p.x - (p.x - cur.cx) * r, cy: p.y - (p.y - cur.cy) * r });
}

/** Moves the view by `dx`, `dy` layout units. */
export function panView(b: GenogramRect, v: View | undefined, dx: number, dy: number): View {
  const cur = v ?? { k: 1, cx: b.x + b.width / 2, cy: b.y + b.height / 2 };
  return contained(b, { k: cur.k, cx: cur.cx + dx, cy: cur.cy + dy });
}

/** The view moved just enough to show `p` (with a margin), or the same view when it is visible. */
export function revealIn(
  b: GenogramRect,
  v: View | undefined,
  p: Point,
  margin = 60,
): View | undefined {
  if (!v) return v;
  const w = b.width / v.k / 2;
  const h = b.height / v.k / 2;
  const inside =
    p.x - margin >= v.cx - w &&
    p.x + margin <= v.cx + w &&
    p.y - margin >= v.cy - h &&
    p.y + margin <= v.cy + h;
  return inside ? v : contained(b, { k: v.k, cx: p.x, cy: p.y });
}
