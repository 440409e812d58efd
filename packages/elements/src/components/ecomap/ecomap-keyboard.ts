import type { EcomapNode } from '@toile/core';

const TAU = 2 * Math.PI;

/**
 * The order arrow keys walk: the tenant, the household, then the ties clockwise from the top
 * (by angle, then from the inner ring out), so focus follows the circle as the eye does.
 */
export function focusOrder(nodes: readonly EcomapNode[]): EcomapNode[] {
  const rank = (n: EcomapNode): number =>
    n.kind === 'tenant' ? 0 : n.kind === 'household' ? 1 : 2;
  const turn = (n: EcomapNode): number => (((n.angle + Math.PI / 2) % TAU) + TAU) % TAU;
  return [...nodes].sort((p, q) => rank(p) - rank(q) || turn(p) - turn(q) || p.ring - q.ring);
}

/** The id focus moves to for a navigation key, or undefined when the key is not one. */
export function navigate(
  order: readonly EcomapNode[],
  current: string | undefined,
  key: string,
): string | undefined {
  if (order.length === 0) return undefined;
  const i = Math.max(
    0,
    order.findIndex((n) => n.id === current),
  );
  const at = (j: number): string | undefined =>
    order[((j % order.length) + order.length) % order.length]?.id;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return at(i + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return at(i - 1);
    case 'Home':
      return at(0);
    case 'End':
      return at(order.length - 1);
    default:
      return undefined;
  }
}

/** Layout-unit displacement of one move-mode arrow press: 2% of the radius, 0.5% with Shift. */
export function nudge(
  key: string,
  shift: boolean,
  radius: number,
): { dx: number; dy: number } | undefined {
  const step = (shift ? 0.005 : 0.02) * radius;
  switch (key) {
    case 'ArrowRight':
      return { dx: step, dy: 0 };
    case 'ArrowLeft':
      return { dx: -step, dy: 0 };
    case 'ArrowUp':
      return { dx: 0, dy: -step };
    case 'ArrowDown':
      return { dx: 0, dy: step };
    default:
      return undefined;
  }
}
