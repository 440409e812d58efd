/** An axis-aligned box: `x`, `y` is the top-left corner. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A point in layout units. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Whether two boxes overlap by more than `tolerance` (0 by default; touching edges do not overlap). */
export function boxesIntersect(a: Box, b: Box, tolerance = 0): boolean {
  return (
    a.x + a.width - tolerance > b.x &&
    b.x + b.width - tolerance > a.x &&
    a.y + a.height - tolerance > b.y &&
    b.y + b.height - tolerance > a.y
  );
}

/** The box grown by `pad` on every side (shrunk when negative). */
export function padBox(b: Box, pad: number): Box {
  return { x: b.x - pad, y: b.y - pad, width: b.width + 2 * pad, height: b.height + 2 * pad };
}

/** The square box around a circle. */
export function circleBox(cx: number, cy: number, r: number): Box {
  return { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r };
}

/** The smallest box holding every box given; a zero box at the origin for none. */
export function unionBoxes(boxes: Iterable<Box>): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  if (x0 === Infinity) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The point of box `b` nearest to `p` (p itself when inside). */
export function nearestPointOnBox(b: Box, p: Point): Point {
  return {
    x: Math.min(Math.max(p.x, b.x), b.x + b.width),
    y: Math.min(Math.max(p.y, b.y), b.y + b.height),
  };
}

/** The point at `distance` from `from` towards `to` (or `from` when they coincide). */
export function towards(from: Point, to: Point, distance: number): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy);
  if (len === 0) return from;
  return { x: from.x + (dx / len) * distance, y: from.y + (dy / len) * distance };
}

/**
 * A uniform-grid index of boxes, so that "does this box hit anything placed so far" costs a few
 * cells instead of a scan of every box (label placement asks it hundreds of times per layout).
 */
export class BoxIndex {
  readonly #cell: number;
  // Numeric cell keys (a string key per probe cost a third of the layout time).
  readonly #cells = new Map<number, Box[]>();

  /** `cell` is the grid size in layout units (64 by default): about a label's width. */
  constructor(cell = 64) {
    this.#cell = cell;
  }

  /** Adds a box. */
  add(b: Box): void {
    this.#visit(b, (key) => {
      const list = this.#cells.get(key);
      if (list) list.push(b);
      else this.#cells.set(key, [b]);
      return false;
    });
  }

  /** Whether `b` overlaps any indexed box by more than `tolerance` (0 by default). */
  hits(b: Box, tolerance = 0): boolean {
    return this.#visit(b, (key) => {
      const list = this.#cells.get(key);
      if (!list) return false;
      for (const other of list) if (boxesIntersect(b, other, tolerance)) return true;
      return false;
    });
  }

  #visit(b: Box, fn: (key: number) => boolean): boolean {
    const c = this.#cell;
    const x0 = Math.floor(b.x / c);
    const x1 = Math.floor((b.x + b.width) / c);
    const y0 = Math.floor(b.y / c);
    const y1 = Math.floor((b.y + b.height) / c);
    for (let i = x0; i <= x1; i += 1) {
      for (let j = y0; j <= y1; j += 1) if (fn(i * 1048576 + j)) return true;
    }
    return false;
  }
}

/**
 * A conservative width estimate of `text` in a proportional sans-serif at `fontSize`, from
 * per-character classes (narrow, regular, wide, capitals). It errs on the wide side so boxes built
 * from it contain the rendered text; renderers that can measure pass their own measure instead.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (/[iljtfI.,;:'!|\s()[\]]/.test(ch)) em += 0.36;
    else if (/[mwMW@%]/.test(ch)) em += 0.98;
    else if (/[A-Z0-9ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ]/.test(ch)) em += 0.74;
    else if (ch.charCodeAt(0) > 0x2e80)
      em += 1.05; // CJK and other full-width scripts
    else em += 0.6;
  }
  return em * fontSize;
}
