import type { Label } from '@toile/core';

/**
 * A view the detail page mounts in `<section id="views">`: one Toile element per view.
 *
 * To add one (e.g. the ecomap), in demo/main.ts:
 *   import '@toile/elements/define/toile-ecomap.js';
 *   registerView({ id: 'ecomap', title: { fr: 'Écocarte', en: 'Ecomap' },
 *                  create: () => document.createElement('toile-ecomap') });
 * The app sets `assessment` on the element, echoes each `toile-change` back to it, and saves the
 * record to the store (see docs/element-contract.md, "Storage").
 */
export interface DemoView {
  /** A stable id, also used for the section's id (`view-<id>`). */
  readonly id: string;
  /** The section heading. */
  readonly title: Label;
  /** Creates the view's element; called each time a record is opened. */
  readonly create: () => HTMLElement;
}

/** An element that takes a record, as every Toile map element does. */
export type AssessmentHost = HTMLElement & { assessment?: unknown };

const registry: DemoView[] = [];

/** Adds a view (a later call with the same id replaces it). */
export function registerView(view: DemoView): void {
  const at = registry.findIndex((v) => v.id === view.id);
  if (at >= 0) registry.splice(at, 1, view);
  else registry.push(view);
}

/** The registered views, in registration order. */
export function listViews(): readonly DemoView[] {
  return registry;
}
