import type {
  Household,
  ParentChildKind,
  PregnancyOutcome,
  UnionStatus,
} from '../schemas/genogram.js';
import type { Assessment } from '../schemas/assessment.js';
import type { EmotionalLine } from '../vocabulary/types.js';
import type { Point } from './geometry.js';

/** A straight segment. */
export interface GenogramSegment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** An axis-aligned rectangle. */
export interface GenogramRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What the genogram layout reads from a record (an `Assessment` fits). */
export type GenogramInput = Pick<Assessment, 'registry' | 'households' | 'genogram' | 'tenant'>;

/** A drawn person: the centre of the symbol, its row (generation) and its place in the row. */
export interface GenogramPersonBox {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Generation row, 0 at the top. */
  readonly row: number;
  /** Index of the person in their row, left to right (the keyboard grid). */
  readonly column: number;
  /** Whether this is the index person (the tenant). */
  readonly index: boolean;
}

/** A union bar between two partners, with its separation/divorce slashes. */
export interface GenogramUnionBar {
  readonly id: string;
  readonly partnerIds: readonly [string, string];
  /** `true` for a union the record does not hold: two co-parents with no union recorded. */
  readonly implicit: boolean;
  readonly type: string;
  readonly status: UnionStatus;
  readonly line: 'solid' | 'dashed' | 'dotted';
  /** The bar as a polyline (a straight bar between neighbours, a U under the row otherwise). */
  readonly points: readonly Point[];
  /** Where the children's line starts. */
  readonly anchor: Point;
  /** One slash when separated, two when divorced. */
  readonly slashes: readonly GenogramSegment[];
  /** Where the union's years are written (centre of the text block's baseline). */
  readonly labelAt: Point;
}

/** One family's children line: from the parents' anchor down to a sibling line. */
export interface GenogramSibship {
  /** The union id, or `single:<parentId>` for a single parent. */
  readonly unitId: string;
  readonly parentIds: readonly string[];
  /** The drop from the parents' anchor down to the sibling line. */
  readonly drop: readonly Point[];
  /** The sibling line, spanning the drop and every child. */
  readonly line: GenogramSegment;
}

/** The line from a sibling line (or a parent) down to one child; `secondary` for extra parents. */
export interface GenogramChildLink {
  /** The parent-child link ids drawn by this line. */
  readonly linkIds: readonly string[];
  readonly childId: string;
  readonly unitId: string;
  readonly kind: ParentChildKind;
  /** A link to a parent outside the child's main family (a step-parent, a foster parent...). */
  readonly secondary: boolean;
  readonly points: readonly Point[];
}

/** Twins or more: the lines from one point, with a bar between them for identical twins. */
export interface GenogramTwinConnector {
  readonly id: string;
  readonly zygosity: 'MZ' | 'DZ' | 'unknown';
  readonly apex: Point;
  readonly childIds: readonly string[];
  /** The identical-twins bar, when MZ. */
  readonly bar?: GenogramSegment;
}

/** A pregnancy or pregnancy loss drawn as a small glyph in its parents' children row. */
export interface GenogramPregnancyGlyph {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly row: number;
  readonly outcome: PregnancyOutcome;
}

/** A household outline: one rounded rectangle per run of neighbouring members, joined by bridges. */
export interface GenogramHouseholdHull {
  readonly id: string;
  readonly memberIds: readonly string[];
  readonly rects: readonly GenogramRect[];
  readonly bridges: readonly GenogramSegment[];
  readonly label?: string;
}

/** How an emotional relation is stroked: polylines, an optional dash pattern, arrow heads, bars. */
export interface GenogramStroke {
  readonly polylines: readonly (readonly Point[])[];
  readonly dash?: string;
  /** Closed triangles (three points each) drawn filled. */
  readonly arrows: readonly (readonly Point[])[];
  /** Extra short segments (cut-off bars). */
  readonly bars: readonly GenogramSegment[];
}

/** An emotional relation routed over the family. */
export interface GenogramEmotionalPath {
  readonly id: string;
  readonly type: string;
  readonly fromId: string;
  readonly toId: string;
  readonly line: EmotionalLine;
  readonly color?: string;
  /** The routed centre line, sampled. */
  readonly path: readonly Point[];
  readonly stroke: GenogramStroke;
}

/** The whole positioned genogram. */
export interface GenogramLayout {
  readonly persons: readonly GenogramPersonBox[];
  readonly unions: readonly GenogramUnionBar[];
  readonly sibships: readonly GenogramSibship[];
  readonly childLinks: readonly GenogramChildLink[];
  readonly twins: readonly GenogramTwinConnector[];
  readonly pregnancies: readonly GenogramPregnancyGlyph[];
  readonly households: readonly GenogramHouseholdHull[];
  readonly emotional: readonly GenogramEmotionalPath[];
  /** Person ids by row, left to right: the roving-focus grid. */
  readonly rows: readonly (readonly string[])[];
  readonly bounds: GenogramRect;
}

/** Sizes used by the layout, in layout units. */
export const GENOGRAM_METRICS = {
  /** Side of a person symbol. */
  symbol: 40,
  /** Distance between two rows. */
  rowHeight: 170,
  /** Minimum distance between the centres of two people side by side. */
  slot: 110,
  /** Distance between two partners joined by a union bar. */
  partnerSlot: 130,
  /** Width reserved for a pregnancy glyph. */
  pregnancySlot: 56,
  /** Extra gap between two families in a row. */
  blockGap: 14,
  /** Depth below the symbol centre where the name/years text ends (lines start under it). */
  labelDepth: 70,
  /** First sibling-line level below a row's centre, and the spacing of the following levels. */
  siblingLevel: 84,
  levelStep: 9,
  /** Margin around the drawing. */
  margin: 40,
} as const;

export type { Household };

/**
 * Compares two ids by UTF-16 code units: deterministic in every locale and far cheaper than
 * `localeCompare` (ICU collation), which sorting hundreds of ids made a visible share of the layout.
 */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
