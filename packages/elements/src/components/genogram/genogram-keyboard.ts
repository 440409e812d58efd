import type { Assessment, GenogramLayout } from '@toile/core';

/**
 * The next person for an arrow key, over the layout grid (roving focus): left/right along the row,
 * up to a parent (else the nearest person of the row above), down to a child (else the nearest of
 * the row below), Home/End to the row's ends.
 */
export function navigate(l: GenogramLayout, a: Assessment, from: string, key: string): string {
  const box = l.persons.find((p) => p.id === from);
  if (!box) return l.persons[0]?.id ?? from;
  const row = l.rows[box.row] ?? [];
  const nearest = (ids: readonly string[] | undefined): string | undefined => {
    let best: string | undefined;
    let d = Infinity;
    for (const id of ids ?? []) {
      const p = l.persons.find((q) => q.id === id);
      if (p && Math.abs(p.x - box.x) < d) {
        d = Math.abs(p.x - box.x);
        best = id;
      }
    }
    return best;
  };
  switch (key) {
    case 'ArrowLeft':
      return row[Math.max(0, box.column - 1)] ?? from;
    case 'ArrowRight':
      return row[Math.min(row.length - 1, box.column + 1)] ?? from;
    case 'Home':
      return row[0] ?? from;
    case 'End':
      return row[row.length - 1] ?? from;
    case 'ArrowUp': {
      const parents = a.genogram.parentChild
        .filter((k) => k.childId === from)
        .map((k) => k.parentId);
      return nearest(parents) ?? nearest(l.rows[box.row - 1]) ?? from;
    }
    case 'ArrowDown': {
      const kids = a.genogram.parentChild.filter((k) => k.parentId === from).map((k) => k.childId);
      return nearest(kids) ?? nearest(l.rows[box.row + 1]) ?? from;
    }
    default:
      return from;
  }
}
