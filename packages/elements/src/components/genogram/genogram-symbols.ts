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
  return svg`${s.index ? shape(s.sex, 'outer', 5) : nothing}${shape(s.sex, 'shape')}${
    s.sex === 'intersex' ? svg`<circle class="mark" r="5" cy="-11"></circle>` : nothing
  }${
    s.deceased
      ? svg`<path class="x" d=${s.sex === 'female' ? 'M-14,-14L14,14M14,-14L-14,14' : 'M-20,-20L20,20M20,-20L-20,20'}></path>`
      : nothing
  }${s.adopted ? svg`<path class="bracket" d="M-26,-26h-4v52h4M26,-26h4v52h-4"></path>` : nothing}${
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
