import { svg, type SVGTemplateResult } from 'lit';
import { cssProps } from '../../styles/css-props.js';
import type { EmotionalLine, GenogramLayout, Label, Sex, Vocabularies } from '@toile/core';
import { strokeFor } from '@toile/core';
import { pregnancyGlyph, shape } from './genogram-symbols.js';
import type { MessageKey } from '../../i18n/fr.js';

/** One legend entry: a sample drawing (44×24 box) and its text (a message key or a label). */
export interface LegendItem {
  readonly key: string;
  readonly text: { readonly msg: MessageKey } | { readonly label: Label };
  readonly sample: SVGTemplateResult;
}

const line = (cls: string, extra = ''): SVGTemplateResult =>
  svg`<path class=${`${cls} ${extra}`} d="M4,12H40"></path>`;

/** A relation sample along a short straight path, in its vocabulary style and colour. */
export function relationSample(style: EmotionalLine, color?: string): SVGTemplateResult {
  const stroke = strokeFor(style, [
    { x: 4, y: 12 },
    { x: 40, y: 12 },
  ]);
  // CSSOM, not a `style` attribute: a strict CSP blocks those (style-src-attr).
  const st = cssProps({ stroke: color });
  const fill = cssProps({ fill: color });
  return svg`${stroke.polylines.map(
    (p) =>
      svg`<polyline class="rel" ${st} stroke-dasharray=${stroke.dash ?? 'none'} points=${p.map((q) => `${q.x},${q.y}`).join(' ')}></polyline>`,
  )}${stroke.bars.map((b) => svg`<line class="rel" ${st} x1=${b.x1} y1=${b.y1} x2=${b.x2} y2=${b.y2}></line>`)}${stroke.arrows.map(
    (a) =>
      svg`<polygon class="rel-head" ${fill} points=${a.map((q) => `${q.x},${q.y}`).join(' ')}></polygon>`,
  )}`;
}

const small = (sex: Sex | undefined, extra?: SVGTemplateResult): SVGTemplateResult =>
  svg`<g transform="translate(22,12) scale(0.45)">${shape(sex, 'shape')}${extra ?? svg``}</g>`;

/**
 * The legend of what is drawn, in drawing order: symbols, unions, children's lines, twins,
 * pregnancies, households, then each emotional relation type in use (custom ones included).
 */
export function legendItems(
  layout: GenogramLayout,
  people: ReadonlyMap<
    string,
    { sex?: Sex | undefined; deceased?: boolean | undefined; genderIdentity?: string | undefined }
  >,
  vocab: Vocabularies,
): LegendItem[] {
  const out: LegendItem[] = [];
  const seen = new Set<string>();
  const add = (key: string, text: LegendItem['text'], sample: SVGTemplateResult): void => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ key, text, sample });
  };
  const sexes = new Set<string>();
  let deceased = false;
  let gi = false;
  for (const p of layout.persons) {
    const info = people.get(p.id);
    sexes.add(info?.sex ?? 'unknown');
    deceased ||= info?.deceased === true;
    gi ||= Boolean(info?.genderIdentity);
  }
  for (const s of ['male', 'female', 'unknown', 'intersex'] as const) {
    if (sexes.has(s)) {
      add(
        `sex-${s}`,
        { msg: `genogram.legend.${s}` },
        small(s, s === 'intersex' ? svg`<circle class="mark" r="5" cy="-11"></circle>` : undefined),
      );
    }
  }
  if (deceased)
    add(
      'deceased',
      { msg: 'genogram.legend.deceased' },
      small('male', svg`<path class="x" d="M-20,-20L20,20M20,-20L-20,20"></path>`),
    );
  if (layout.persons.some((p) => p.index)) {
    add(
      'index',
      { msg: 'genogram.legend.index' },
      svg`<g transform="translate(22,12) scale(0.42)">${shape('female', 'outer', 5)}${shape('female', 'shape')}</g>`,
    );
  }
  if (gi)
    add(
      'gi',
      { msg: 'genogram.legend.genderIdentity' },
      svg`<text class="gi" x="22" y="16">abc</text>`,
    );
  for (const u of layout.unions) {
    if (u.implicit) add('implicit', { msg: 'genogram.legend.implicit' }, line('union', 'dashed'));
    else {
      const type = vocab.unionTypes.find((t) => t.id === u.type);
      if (type)
        add(
          `union-${type.id}`,
          { label: type.label },
          line('union', type.line === 'solid' ? '' : type.line),
        );
    }
    if (u.status === 'separated')
      add(
        'separated',
        { msg: 'genogram.legend.separated' },
        svg`${line('union')}<path class="slash" d="M18,19L26,5"></path>`,
      );
    if (u.status === 'divorced')
      add(
        'divorced',
        { msg: 'genogram.legend.divorced' },
        svg`${line('union')}<path class="slash" d="M14,19L22,5M21,19L29,5"></path>`,
      );
  }
  for (const c of layout.childLinks) {
    if (c.kind !== 'biological' || c.secondary) {
      add(
        `kind-${c.kind}`,
        { label: KIND_LABELS[c.kind] ?? { fr: c.kind, en: c.kind } },
        svg`<path class=${`child k-${c.kind}`} d="M22,2V22"></path>${c.kind === 'adoptive' ? svg`<path class="bracket" d="M14,8h-3v14h3M30,8h3v14h-3"></path>` : svg``}`,
      );
    }
  }
  for (const t of layout.twins) {
    const key = t.zygosity === 'unknown' ? 'unknownZygosity' : t.zygosity;
    add(
      `twin-${t.zygosity}`,
      { msg: `genogram.legend.${key}` },
      svg`<path class="twin" d="M22,2L10,22M22,2L34,22"></path>${t.zygosity === 'MZ' ? svg`<path class="twin" d="M16,11H28"></path>` : svg``}`,
    );
  }
  for (const p of layout.pregnancies) {
    add(
      `preg-${p.outcome}`,
      { label: OUTCOME_LABELS[p.outcome] ?? { fr: p.outcome, en: p.outcome } },
      svg`<g transform="translate(22,12) scale(0.8)">${pregnancyGlyph(p.outcome)}</g>`,
    );
  }
  if (layout.households.length > 0)
    add(
      'household',
      { msg: 'genogram.legend.household' },
      svg`<rect class="hull" x="4" y="3" width="36" height="18" rx="6"></rect>`,
    );
  for (const e of layout.emotional) {
    const entry = vocab.emotionalRelations.find((x) => x.id === e.type);
    add(
      `rel-${e.type}`,
      entry ? { label: entry.label } : { label: { fr: e.type, en: e.type } },
      relationSample(e.line, e.color),
    );
  }
  return out;
}

const KIND_LABELS: Record<string, Label> = {
  biological: { fr: 'Lien biologique', en: 'Biological link' },
  adoptive: { fr: 'Adoption (tirets et crochets)', en: 'Adoption (dashes and brackets)' },
  foster: { fr: "Famille d'accueil (pointillés)", en: 'Foster care (dotted)' },
  step: { fr: 'Beau-parent (tirets longs)', en: 'Step-parent (long dashes)' },
  kinship: { fr: 'Confié·e à la famille (tiret-point)', en: 'Kinship care (dash-dot)' },
};

const OUTCOME_LABELS: Record<string, Label> = {
  ongoing: { fr: 'Grossesse (triangle)', en: 'Pregnancy (triangle)' },
  miscarriage: {
    fr: 'Fausse couche (petit disque plein)',
    en: 'Miscarriage (small filled circle)',
  },
  termination: { fr: 'Interruption de grossesse (petit X)', en: 'Termination (small X)' },
  stillbirth: {
    fr: 'Mortinaissance (triangle barré d’un X)',
    en: 'Stillbirth (triangle with an X)',
  },
};
