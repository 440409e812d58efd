import { svg, type SVGTemplateResult } from 'lit';
import type { Assessment } from '@toile/core';
import type { MessageKey } from '../../i18n/fr.js';
import { tiePath } from './ecomap-draw.js';

/** One legend entry: what it shows and the message naming it. */
export interface LegendItem {
  readonly kind:
    | 'strong'
    | 'moderate'
    | 'tenuous'
    | 'stressful'
    | 'toward'
    | 'from'
    | 'both'
    | 'link'
    | 'person'
    | 'system'
    | 'rings';
  readonly key: MessageKey;
}

const KEYS: Record<LegendItem['kind'], MessageKey> = {
  person: 'ecomap.legendPerson',
  system: 'ecomap.legendSystem',
  strong: 'ecomap.legendStrong',
  moderate: 'ecomap.legendModerate',
  tenuous: 'ecomap.legendTenuous',
  stressful: 'ecomap.legendStressful',
  toward: 'ecomap.legendToward',
  from: 'ecomap.legendFrom',
  both: 'ecomap.legendBoth',
  link: 'ecomap.legendLink',
  rings: 'ecomap.legendRings',
};

/** The legend of what is actually drawn, in a fixed order (a legend is mandatory: codes vary). */
export function legendItems(a: Assessment): LegendItem[] {
  const ties = a.ecomap.ties;
  const targets = new Set(ties.map((t) => t.targetId));
  const kinds = new Set(a.registry.filter((e) => targets.has(e.id)).map((e) => e.kind));
  const present: Record<LegendItem['kind'], boolean> = {
    person: kinds.has('person'),
    system: kinds.has('system'),
    strong: ties.some((t) => t.strength === 'strong'),
    moderate: ties.some((t) => t.strength === 'moderate'),
    tenuous: ties.some((t) => t.strength === 'tenuous'),
    stressful: ties.some((t) => t.stressful),
    toward: ties.some((t) => t.flow === 'toward_person'),
    from: ties.some((t) => t.flow === 'from_person'),
    both: ties.some((t) => t.flow === 'both'),
    link: a.ecomap.links.length > 0,
    rings: ties.length > 0,
  };
  return (Object.keys(KEYS) as LegendItem['kind'][])
    .filter((k) => present[k])
    .map((kind) => ({ kind, key: KEYS[kind] }));
}

/** The sample drawing of a legend entry, in a 44 × 16 box at the origin. */
export function legendSample(kind: LegendItem['kind']): SVGTemplateResult {
  switch (kind) {
    case 'person':
      return svg`<circle class="shape" cx="22" cy="8" r="6"></circle>`;
    case 'system':
      return svg`<rect class="shape" x="16" y="2" width="12" height="12" rx="2"></rect>`;
    case 'rings':
      return svg`<circle class="ring" cx="4" cy="8" r="3"></circle><circle class="ring" cx="4" cy="8" r="7"></circle><circle class="shape" cx="4" cy="8" r="1.5"></circle><path class="tie tenuous" d="M14,8L42,8"></path>`;
    case 'link':
      return svg`<path class="link" d="M2,8L42,8"></path>`;
    case 'stressful':
      return svg`<path class="tie moderate stressful" d=${tiePath(2, 8, 42, 8, true)}></path>`;
    case 'toward':
      return svg`<path class="tie moderate" d="M4,8L42,8" marker-start="url(#eco-arrow-plain)"></path>`;
    case 'from':
      return svg`<path class="tie moderate" d="M2,8L40,8" marker-end="url(#eco-arrow-plain)"></path>`;
    case 'both':
      return svg`<path class="tie moderate" d="M4,8L40,8" marker-start="url(#eco-arrow-plain)" marker-end="url(#eco-arrow-plain)"></path>`;
    default:
      return svg`<path class=${`tie ${kind}`} d="M2,8L42,8"></path>`;
  }
}
