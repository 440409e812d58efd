import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { PregnancyOutcome, Sex } from '@toile/core';

const H = 20;

/** The bare shape of a sex: square (male), circle (female), diamond (unknown or not recorded), rounded square (intersex). */
export function shape(sex: Sex | undefined, cls: string, grow = 0): SVGTemplateResult {
  const h = H + grow;
  switch (sex) {
    case 'male':
      return svg`<rect class=${cls} x=${-h} y=${-h} width=${2 * h} height=${2 * h}></rect>`;
    case 'female':
      return svg`<circle class=${cls} r=${h}></circle>`;
    case 'intersex':
      return svg`<rect class=${cls} x=${-h} y=${-h} width=${2 * h} height=${2 * h} rx=${h * 0.45}></rect>`;
    default:
      return svg`<polygon class=${cls} points=${`0,${-h - 2} ${h + 2},0 0,${h + 2} ${-h - 2},0`}></polygon>`;
  }
}

// The drawing's shapes are binding-free templates (one per sex, plain and index): a person costs
// one template clone and no attribute writes, which matters with hundreds of persons.
const PLAIN: Record<Sex, SVGTemplateResult> = {
  male: svg`<rect class="shape" x="-20" y="-20" width="40" height="40"></rect>`,
  female: svg`<circle class="shape" r="20"></circle>`,
  intersex: svg`<rect class="shape" x="-20" y="-20" width="40" height="40" rx="9"></rect><circle class="mark" r="5" cy="-11"></circle>`,
  unknown: svg`<polygon class="shape" points="0,-22 22,0 0,22 -22,0"></polygon>`,
};
const INDEX: Record<Sex, SVGTemplateResult> = {
  male: svg`<rect class="outer" x="-25" y="-25" width="50" height="50"></rect><rect class="shape" x="-20" y="-20" width="40" height="40"></rect>`,
  female: svg`<circle class="outer" r="25"></circle><circle class="shape" r="20"></circle>`,
  intersex: svg`<rect class="outer" x="-25" y="-25" width="50" height="50" rx="11.25"></rect><rect class="shape" x="-20" y="-20" width="40" height="40" rx="9"></rect><circle class="mark" r="5" cy="-11"></circle>`,
  unknown: svg`<polygon class="outer" points="0,-27 27,0 0,27 -27,0"></polygon><polygon class="shape" points="0,-22 22,0 0,22 -22,0"></polygon>`,
};
const X_ROUND = svg`<path class="x" d="M-14,-14L14,14M14,-14L-14,14"></path>`;
const X_SQUARE = svg`<path class="x" d="M-20,-20L20,20M20,-20L-20,20"></path>`;
const BRACKETS = svg`<path class="bracket" d="M-26,-26h-4v52h4M26,-26h4v52h-4"></path>`;

/** What a person symbol shows. */
export interface SymbolSpec {
  readonly sex: Sex | undefined;
  readonly deceased: boolean;
  readonly index: boolean;
  readonly adopted: boolean;
  /** Age written inside the symbol (age at death for the deceased). */
  readonly age?: number | undefined;
}

/**
 * A McGoldrick person symbol centred on 0,0: the shape, a double outline for the index person, an
 * X for the deceased, a small inner ring for intersex, brackets for an adopted child, the age inside.
 */
export function personSymbol(s: SymbolSpec): SVGTemplateResult {
  const sex = s.sex ?? 'unknown';
  return svg`${(s.index ? INDEX : PLAIN)[sex]}${
    s.deceased ? (sex === 'female' ? X_ROUND : X_SQUARE) : nothing
  }${s.adopted ? BRACKETS : nothing}${
    s.age !== undefined && !s.deceased ? svg`<text class="age">${s.age}</text>` : nothing
  }`;
}

/**
 * Pregnancy glyphs (McGoldrick, NSGC): pregnancy = triangle; miscarriage = small filled circle;
 * termination = small X; stillbirth = small triangle with an X.
 */
export function pregnancyGlyph(outcome: PregnancyOutcome): SVGTemplateResult {
  switch (outcome) {
    case 'ongoing':
      return svg`<polygon class="shape" points="0,-12 12,10 -12,10"></polygon>`;
    case 'miscarriage':
      return svg`<circle class="glyph-fill" r="6"></circle>`;
    case 'termination':
      return svg`<path class="x" d="M-7,-7L7,7M7,-7L-7,7"></path>`;
    case 'stillbirth':
      return svg`<polygon class="shape" points="0,-12 12,10 -12,10"></polygon><path class="x" d="M-6,-3L6,9M6,-3L-6,9"></path>`;
  }
}
