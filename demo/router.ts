/**
 * The trainer's hash routes, so every view has a URL that works from file:// and can be
 * bookmarked: `#/formation` (the trainer's home), `#/persona/<id>/<step>`, and the same with a
 * `presentation/` prefix for the large-type, step-by-step mode (`#/presentation/persona/ginette/ecomap`).
 * Other hashes (`#entrevue/...`, `#app`) belong to the main app and parse as undefined.
 */
export interface TrainerRoute {
  readonly presenting: boolean;
  /** The persona id; undefined on the trainer's home. */
  readonly persona?: string;
  /** The step id; the first step when absent. */
  readonly step?: string;
}

/** Reads a trainer route from a hash; undefined when the hash is not one of the trainer's. */
export function parseTrainerRoute(hash: string): TrainerRoute | undefined {
  if (!hash.startsWith('#/')) return undefined;
  const parts = hash
    .slice(2)
    .split('/')
    .filter((p) => p !== '')
    .map((p) => decodeURIComponent(p));
  let presenting = false;
  if (parts[0] === 'presentation') {
    presenting = true;
    parts.shift();
  }
  if (parts.length === 0 || parts[0] === 'formation') return { presenting };
  if (parts[0] !== 'persona' || parts[1] === undefined) return undefined;
  return { presenting, persona: parts[1], ...(parts[2] !== undefined ? { step: parts[2] } : {}) };
}

/** The hash of a trainer route. */
export function trainerHash(route: TrainerRoute): string {
  const head = route.presenting ? '#/presentation' : '#';
  if (route.persona === undefined) return `${head}/formation`;
  const step = route.step !== undefined ? `/${encodeURIComponent(route.step)}` : '';
  return `${head}/persona/${encodeURIComponent(route.persona)}${step}`;
}
