import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  addLink,
  addTie,
  DEFAULT_VOCABULARIES,
  layoutEcomap,
  moveTie,
  removeLink,
  removeTie,
  updateEntry,
  updateTie,
  type Assessment,
  type EcomapEditResult,
  type EcomapLayout,
  type EcomapNode,
  type Label,
  type Tie,
  type Vocabularies,
} from '@toile/core';
import { ToileElement } from '../../base/toile-element.js';
import { AssessmentController } from '../../controllers/assessment-controller.js';
import { ToileErrorEvent } from '../../events/toile-error.js';
import { ToileSelectEvent } from '../../events/toile-select.js';
import { downloadBlob, fileSlug } from '../../export/download.js';
import { printSvg } from '../../export/print.js';
import { serializeSvg } from '../../export/serialize-svg.js';
import { svgToPngBlob } from '../../export/svg-to-png.js';
import { registerMessages, translate } from '../../i18n/translate.js';
import type { MessageKey } from '../../i18n/fr.js';
import { describeContext, describeTie, type DescribeContext } from './ecomap-describe.js';
import {
  drawEcomap,
  drop,
  isHighlighted,
  lift,
  markers,
  placeNode,
  type Preview,
} from './ecomap-draw.js';
import { readEditor, renderEditorForm, type EditorState } from './ecomap-editor.js';
import { buildExportSvg } from './ecomap-export.js';
import { focusOrder, navigate, nudge } from './ecomap-keyboard.js';
import { legendItems, legendSample } from './ecomap-legend.js';
import { ecomapStyles, ecomapSvgCss } from './ecomap.styles.js';
import { renderTable } from './ecomap-table.js';
import { frEcomap } from '../../i18n/fr/ecomap.js';
import { enEcomap } from '../../i18n/en/ecomap.js';

registerMessages(frEcomap, enEcomap);

// The private colour and font properties the drawing's CSS reads, resolved into exports: the ones
// `:host` declares (read from the styles rather than listed twice).
const privateVars = (): string[] => [
  ...new Set(ecomapStyles.cssText.match(/--_[\w-]+(?=:)/g) ?? []),
];

interface Drag {
  readonly id: string;
  readonly pointerId: number;
  readonly x0: number;
  readonly y0: number;
  readonly scale: number;
  moved: boolean;
}

// Two fingers: the layout point under their midpoint at the start stays under it while they
// spread or pinch (s = screen px per layout unit, sx/sy = centre of the svg box on screen).
interface Pinch {
  readonly d0: number;
  readonly k0: number;
  readonly px: number;
  readonly py: number;
  readonly s0: number;
  readonly sx: number;
  readonly sy: number;
}

interface Pan {
  readonly pointerId: number;
  readonly x0: number;
  readonly y0: number;
  readonly cx: number;
  readonly cy: number;
  readonly scale: number;
}

/**
 * A tenant's ecomap, drawn by Hartman's conventions and edited with the tenant, by pointer or
 * keyboard. The tenant (and household) sit in the central circle; ties are grouped by sector,
 * closer when stronger and more frequent. Never writes to storage: every edit is a `toile-change`.
 *
 * Keyboard: arrows move focus between nodes (around the circle), Enter edits, Delete removes,
 * M starts a move (arrows nudge, Enter confirms, Escape cancels), Ctrl/Cmd+Z undoes, Ctrl+Shift+Z
 * or Ctrl+Y redoes.
 *
 * @summary Draw and edit a tenant's ecomap (écocarte).
 * @tag toile-ecomap
 * @status experimental
 * @since 0.1.0
 *
 * @event toile-change - Once per committed edit (and on undo/redo), with the new `assessment`.
 * @event toile-select - When the focused/selected node changes; `ids` is `[tieId, contactId]`, or `[tenantId]`.
 * @event toile-error - When `assessment` is invalid or an edit is refused; `issues` lists why.
 *
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - The row of buttons.
 * @csspart canvas - The box holding the map (pointer and wheel surface).
 * @csspart legend - The legend under the map.
 * @csspart table - The table view.
 * @csspart editor - The tie editor dialog.
 * @csspart error - The error state shown for an invalid assessment.
 *
 * @cssproperty --toile-ecomap-background - Map background; #ffffff.
 * @cssproperty --toile-ecomap-text-color - Label colour; #1d1b20.
 * @cssproperty --toile-ecomap-tie-color - Tie lines and arrows; #3d3d45.
 * @cssproperty --toile-ecomap-stress-color - Stressful ties (also zig-zag); #b3261e.
 * @cssproperty --toile-ecomap-highlight-color - Highlighted ties and nodes; #0b57d0.
 * @cssproperty --toile-ecomap-person-color - Person node fill; #f3efe6.
 * @cssproperty --toile-ecomap-system-color - Organization node fill; #e3ecf7.
 * @cssproperty --toile-ecomap-tenant-color - Tenant node fill; #fff4c2.
 * @cssproperty --toile-ecomap-node-stroke - Node outlines; #3d3d45.
 * @cssproperty --toile-ecomap-centre-color - Central circle fill; #fbfaf6.
 * @cssproperty --toile-ecomap-ring-color - Closeness rings and sector lines; #9a98a0.
 * @cssproperty --toile-ecomap-link-color - Links between contacts; #6b6970.
 * @cssproperty --toile-ecomap-sector-color - Sector names; #4a4458.
 * @cssproperty --toile-ecomap-min-height - Minimum height of the map box; 18rem.
 * @cssproperty --toile-ecomap-button-background - Toolbar buttons; #ffffff.
 */
export class ToileEcomap extends ToileElement {
  static override styles = [ToileElement.styles, ecomapStyles];

  readonly #data = new AssessmentController(this, { vocabularies: () => this.vocabularies });

  /** The record to draw; invalid values show the error state. Undefined by default. */
  @property({ attribute: false })
  get assessment(): Assessment | undefined {
    return this.#data.value;
  }
  set assessment(value: unknown) {
    this.#data.set(value);
  }

  /** Vocabularies in force (sectors, relation types); core's defaults when undefined. */
  @property({ attribute: false }) vocabularies: Vocabularies | undefined = undefined;

  /** Display only: no editing affordances, no `toile-change`. False by default. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Person, system or tie ids whose ties are emphasized (others are dimmed). Empty by default. */
  @property({
    converter: { fromAttribute: (v: string | null) => (v ? v.split(/\s+/).filter(Boolean) : []) },
  })
  highlight: readonly string[] = [];

  /** Paper size of `print()`: `letter` (default) or `A4`. */
  @property({ attribute: 'page-size' }) pageSize: 'letter' | 'A4' = 'letter';

  /** The clock for the printed date when the record has no `interviewDate`; the system clock by default. */
  @property({ attribute: false }) clock: () => Date = () => new Date();

  @state() private _view: 'map' | 'table' = 'map';
  @state() private _focusId: string | undefined;
  @state() private _moving = false;
  @state() private _editor: EditorState | undefined;
  @state() private _zoom = { k: 1, cx: 0, cy: 0, fitted: true };

  @query('svg.eco') private _svg!: SVGSVGElement | null;
  @query('svg.lift') private _lift!: SVGSVGElement | null;
  @query('dialog') private _dialog!: HTMLDialogElement | null;

  #layout: EcomapLayout | undefined;
  #layoutKey: unknown[] = [];
  #drag: Drag | undefined;
  #pan: Pan | undefined;
  // The node being dragged or nudged: drawn straight into the DOM (`placeNode`), not by Lit.
  #preview: Preview | undefined;
  // Pointers down on the map (for pinch zoom) and the pinch in progress.
  #pointers = new Map<number, { x: number; y: number }>();
  #pinch: Pinch | undefined;
  #measureCtx: CanvasRenderingContext2D | null | undefined;
  #widths = new Map<string, number>();
  #font = '';
  #ctxFont = '';

  /** The current layout (layout units); undefined without a valid record. */
  get layout(): EcomapLayout | undefined {
    return this.#layout;
  }

  get #vocab(): Vocabularies {
    return this.vocabularies ?? DEFAULT_VOCABULARIES;
  }

  /** Reverts the last edit; returns whether there was one. */
  undo(): boolean {
    return !this.readonly && this.#data.undo();
  }

  /** Reapplies the last undone edit; returns whether there was one. */
  redo(): boolean {
    return !this.readonly && this.#data.redo();
  }

  /** Resets zoom and pan so the whole map fits the box. */
  fit(): void {
    this._zoom = { k: 1, cx: 0, cy: 0, fitted: true };
  }

  /** Zooms by `factor` around the view centre (2 = twice as close). */
  zoomBy(factor: number): void {
    if (!this.#layout) return;
    const b = this.#frame(this.#layout);
    const z = this._zoom;
    const cx = z.fitted ? b.x + b.width / 2 : z.cx;
    const cy = z.fitted ? b.y + b.height / 2 : z.cy;
    this._zoom = { k: Math.min(12, Math.max(0.5, z.k * factor)), cx, cy, fitted: false };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const a = this.#data.value;
    if (!a) {
      this.#layout = undefined;
      return;
    }
    this.l10n.address = a.tenant.formOfAddress;
    const key = [a, this.l10n.lang, this.vocabularies];
    if (!this.#layout || key.some((k, i) => k !== this.#layoutKey[i])) {
      this.#layout = layoutEcomap(a, {
        vocabularies: this.#vocab,
        lang: this.l10n.lang,
        measureText: (t, bold) => this.#measure(t, bold),
      });
      this.#layoutKey = key;
      if (this._focusId && !this.#layout.nodes.some((n) => n.id === this._focusId))
        this._focusId = undefined;
    }
  }

  // Canvas text metrics in the drawing's font (sector names are bold), so label boxes match the text.
  #measure(text: string, bold = false): number {
    if (this.#measureCtx === undefined) {
      this.#measureCtx = document.createElement('canvas').getContext('2d');
      const family =
        getComputedStyle(this).getPropertyValue('--_font').trim() || 'system-ui, sans-serif';
      this.#font = `12px ${family}`;
    }
    const key = bold ? `b${text}` : ` ${text}`;
    const cached = this.#widths.get(key);
    if (cached !== undefined) return cached;
    const ctx = this.#measureCtx;
    let w: number;
    if (ctx) {
      // Setting `font` parses it: only when it changes (it did for every label, 3 ms per map).
      const font = (bold ? '600 ' : '') + this.#font;
      if (font !== this.#ctxFont) ctx.font = this.#ctxFont = font;
      w = ctx.measureText(text).width * 1.04 + 1;
    } else {
      w = text.length * 7.5;
    }
    this.#widths.set(key, w);
    return w;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const dialog = this._dialog;
    if (dialog && this._editor && !dialog.open) dialog.showModal();
    if (
      changed.has('_focusId') &&
      this._focusId &&
      this.shadowRoot?.activeElement?.closest('.node')
    ) {
      this.#focusNode(this._focusId);
    }
  }

  #focusNode(id: string): void {
    const el = this.renderRoot.querySelector<SVGGElement>(`.node[data-id="${CSS.escape(id)}"]`);
    el?.focus({ preventScroll: true });
  }

  #node(id: string | undefined): EcomapNode | undefined {
    return id === undefined ? undefined : this.#layout?.nodes.find((n) => n.id === id);
  }

  #nameOf(n: EcomapNode | undefined): string {
    if (!n) return '';
    return this.#data.value?.registry.find((e) => e.id === n.entryId)?.name ?? n.entryId;
  }

  #label(key: MessageKey, params: Record<string, string>): Label {
    return { fr: translate('fr', key, params), en: translate('en', key, params) };
  }

  // `trusted`: a move or a removal of the current valid record, which core's tests prove keeps it
  // valid, so the controller skips the full re-parse (form edits carry free text and are parsed).
  #apply(result: EcomapEditResult, kind: string, label: Label, trusted = false): boolean {
    if (!result.ok) {
      this.emit(
        new ToileErrorEvent(
          [{ path: [], jsonPath: '$', code: result.code, message: result.message }],
          'assessment',
        ),
      );
      return false;
    }
    return this.#data.commit(result.assessment, { kind, label }, { trusted });
  }

  #select(id: string | undefined): void {
    if (id === this._focusId) return;
    this._focusId = id;
    const n = this.#node(id);
    this.emit(new ToileSelectEvent(n ? (n.tieId ? [n.tieId, n.entryId] : [n.entryId]) : []));
  }

  #remove(n: EcomapNode | undefined): void {
    if (!n?.tieId || this.readonly) return;
    const order = focusOrder(this.#layout?.nodes ?? []);
    const next = navigate(order, n.id, 'ArrowRight');
    const name = this.#nameOf(n);
    const a = this.#data.value;
    if (!a) return;
    if (
      this.#apply(
        removeTie(a, n.tieId),
        'tie-remove',
        this.#label('ecomap.removed', { name }),
        true,
      )
    ) {
      this._focusId = next !== n.id ? next : undefined;
      this._editor = undefined;
    }
  }

  #commitMove(n: EcomapNode, dx: number, dy: number): void {
    const a = this.#data.value;
    const R = this.#layout?.radius;
    const tie = a?.ecomap.ties.find((t) => t.id === n.tieId);
    if (!a || !R || !tie) return;
    // Tenths of a percent, within the schema's ±100000 (so the trusted commit stays valid).
    const round = (v: number): number => Math.max(-1e5, Math.min(1e5, Math.round(v * 10) / 10));
    const offset = {
      dx: round((tie.offset?.dx ?? 0) + (dx / R) * 100),
      dy: round((tie.offset?.dy ?? 0) + (dy / R) * 100),
    };
    this.#apply(
      moveTie(a, tie.id, offset),
      'tie-move',
      this.#label('ecomap.moved', { name: this.#nameOf(n) }),
      true,
    );
  }

  #onKeydown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || this._editor) return;
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key;
    if (mod && !this.readonly && (key === 'z' || key === 'Z' || key === 'y')) {
      e.preventDefault();
      if (key === 'y' || e.shiftKey) this.redo();
      else this.undo();
      return;
    }
    const target = e.composedPath()[0];
    if (!(target instanceof SVGElement) || !target.classList.contains('node')) return;
    const n = this.#node(this._focusId);
    if (this._moving && n) {
      const step = nudge(key, e.shiftKey, this.#layout?.radius ?? 100);
      e.preventDefault();
      if (step) {
        const p = this.#preview;
        this.#showPreview({ id: n.id, dx: (p?.dx ?? 0) + step.dx, dy: (p?.dy ?? 0) + step.dy });
      } else if (key === 'Enter' || key === 'm' || key === 'M') {
        const p = this.#endPreview();
        this._moving = false;
        if (p && (p.dx !== 0 || p.dy !== 0)) this.#commitMove(n, p.dx, p.dy);
      } else if (key === 'Escape') {
        this._moving = false;
        this.#endPreview();
        void this.#data.announcer.announce(this.l10n.t('ecomap.moveCancelled'));
      }
      return;
    }
    const next = navigate(focusOrder(this.#layout?.nodes ?? []), this._focusId, key);
    if (next !== undefined) {
      e.preventDefault();
      this.#select(next);
      void this.updateComplete.then(() => {
        this.#focusNode(next);
      });
      return;
    }
    if (this.readonly || !n?.tieId) return;
    if (key === 'Enter' || key === ' ') {
      e.preventDefault();
      this._editor = { mode: 'edit', tieId: n.tieId };
    } else if (key === 'Delete' || key === 'Backspace') {
      e.preventDefault();
      this.#remove(n);
    } else if (key === 'm' || key === 'M') {
      e.preventDefault();
      this._moving = true;
      this.#preview = { id: n.id, dx: 0, dy: 0 };
      void this.#data.announcer.announce(this.l10n.t('ecomap.moveMode', { name: this.#nameOf(n) }));
    }
  };

  #onFocusIn = (e: FocusEvent): void => {
    const first = e.composedPath()[0];
    const g = first instanceof Element ? first.closest('.node') : null;
    const id = g?.getAttribute('data-id') ?? undefined;
    if (id && id !== this._focusId) this.#select(id);
  };

  #onPointerDown = (e: PointerEvent): void => {
    const svgEl = this._svg;
    if (!svgEl || e.button !== 0) return;
    // A primary pointer starts a new gesture (forgets any pointer whose `pointerup` went unseen).
    if (e.isPrimary) this.#pointers.clear();
    this.#pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (this.#pointers.size === 2) {
      capture(svgEl, e.pointerId);
      this.#startPinch(svgEl);
      return;
    }
    const g = (e.target as Element).closest('.node');
    const scale = svgEl.getScreenCTM()?.a ?? 1;
    const id = g?.getAttribute('data-id') ?? undefined;
    if (id) {
      this.#select(id);
      (g as SVGGElement).focus({ preventScroll: true });
      const n = this.#node(id);
      if (this.readonly || !n?.tieId) return;
      e.preventDefault();
      capture(svgEl, e.pointerId);
      this.#drag = {
        id,
        pointerId: e.pointerId,
        x0: e.clientX,
        y0: e.clientY,
        scale,
        moved: false,
      };
      return;
    }
    if (!this.#layout) return;
    const b = this.#frame(this.#layout);
    capture(svgEl, e.pointerId);
    const z = this._zoom;
    this.#pan = {
      pointerId: e.pointerId,
      x0: e.clientX,
      y0: e.clientY,
      cx: z.fitted ? b.x + b.width / 2 : z.cx,
      cy: z.fitted ? b.y + b.height / 2 : z.cy,
      scale,
    };
  };

  #onPointerMove = (e: PointerEvent): void => {
    if (this.#pointers.has(e.pointerId))
      this.#pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (this.#pinch) {
      this.#movePinch(this.#pinch);
      return;
    }
    const d = this.#drag;
    if (d && d.pointerId === e.pointerId) {
      const dx = (e.clientX - d.x0) / d.scale;
      const dy = (e.clientY - d.y0) / d.scale;
      if (!d.moved && Math.hypot(e.clientX - d.x0, e.clientY - d.y0) < 3) return;
      d.moved = true;
      this.#showPreview({ id: d.id, dx, dy });
      return;
    }
    const p = this.#pan;
    if (p && p.pointerId === e.pointerId) {
      this._zoom = {
        ...this._zoom,
        cx: p.cx - (e.clientX - p.x0) / p.scale,
        cy: p.cy - (e.clientY - p.y0) / p.scale,
        fitted: false,
      };
    }
  };

  #onPointerUp = (e: PointerEvent): void => {
    this.#pointers.delete(e.pointerId);
    this.#pinch = undefined;
    const d = this.#drag;
    this.#pan = undefined;
    if (!d || d.pointerId !== e.pointerId) return;
    this.#drag = undefined;
    const p = this.#endPreview();
    const n = this.#node(d.id);
    if (e.type === 'pointerup' && d.moved && p && n) this.#commitMove(n, p.dx, p.dy);
  };

  // A second finger turns a drag or a pan into a pinch; the drag is dropped, uncommitted.
  #startPinch(svgEl: SVGSVGElement): void {
    const [a, b] = [...this.#pointers.values()];
    const layout = this.#layout;
    if (!a || !b || !layout) return;
    this.#drag = undefined;
    this.#pan = undefined;
    this.#endPreview();
    const r = svgEl.getBoundingClientRect();
    const s0 = svgEl.getScreenCTM()?.a ?? 1;
    const f = this.#frame(layout);
    const z = this._zoom;
    const sx = r.x + r.width / 2;
    const sy = r.y + r.height / 2;
    this.#pinch = {
      d0: Math.max(1, Math.hypot(a.x - b.x, a.y - b.y)),
      k0: z.k,
      px: (z.fitted ? f.x + f.width / 2 : z.cx) + ((a.x + b.x) / 2 - sx) / s0,
      py: (z.fitted ? f.y + f.height / 2 : z.cy) + ((a.y + b.y) / 2 - sy) / s0,
      s0,
      sx,
      sy,
    };
  }

  #movePinch(p: Pinch): void {
    const [a, b] = [...this.#pointers.values()];
    if (!a || !b) return;
    const k = Math.min(12, Math.max(0.5, (p.k0 * Math.hypot(a.x - b.x, a.y - b.y)) / p.d0));
    const s = (p.s0 * k) / p.k0;
    this._zoom = {
      k,
      cx: p.px - ((a.x + b.x) / 2 - p.sx) / s,
      cy: p.py - ((a.y + b.y) / 2 - p.sy) / s,
      fitted: false,
    };
  }

  // Moves the previewed node, lifted into its own layer, in the DOM only: no Lit update, and each
  // step repaints that layer rather than the whole map.
  #showPreview(p: Preview): void {
    this.#preview = p;
    const svg = this._svg;
    const layer = this._lift;
    const a = this.#data.value;
    const layout = this.#layout;
    if (!svg || !layer || !a || !layout) return;
    if (!layer.hasChildNodes()) lift(svg, layer, layout, p.id);
    const ties = new Map(a.ecomap.ties.map((t) => [t.id, t]));
    placeNode(layer, layout, ties, p.id, p.dx, p.dy);
  }

  // Drops the layer (the node shows where Lit drew it) and returns the preview.
  #endPreview(): Preview | undefined {
    const p = this.#preview;
    this.#preview = undefined;
    const svg = this._svg;
    const layer = this._lift;
    if (svg && layer) drop(svg, layer);
    return p;
  }

  #onWheel = (e: WheelEvent): void => {
    if (!e.ctrlKey && !e.metaKey && !this._zoom.fitted && Math.abs(e.deltaY) < 1) return;
    e.preventDefault();
    this.zoomBy(e.deltaY < 0 ? 1.15 : 1 / 1.15);
  };

  #onDblClick = (e: MouseEvent): void => {
    const id = (e.target as Element).closest('.node')?.getAttribute('data-id') ?? undefined;
    const n = this.#node(id);
    if (!this.readonly && n?.tieId) this._editor = { mode: 'edit', tieId: n.tieId };
  };

  #closeEditor(): void {
    const tieId = this._editor?.mode === 'edit' ? this._editor.tieId : undefined;
    this._editor = undefined;
    this._dialog?.close();
    const n = this.#layout?.nodes.find((x) => x.tieId === tieId);
    if (n)
      void this.updateComplete.then(() => {
        this.#focusNode(n.id);
      });
  }

  #onSubmit = (e: SubmitEvent): void => {
    e.preventDefault();
    const a = this.#data.value;
    const state = this._editor;
    if (!a || !state || this.readonly) return;
    const v = readEditor(e.target as HTMLFormElement);
    let result: EcomapEditResult;
    let tieId: string;
    if (state.mode === 'add') {
      const target =
        v.targetKind === 'existing'
          ? { existingId: v.existingId }
          : v.targetKind === 'system'
            ? { kind: 'system' as const, name: v.name, sector: v.tie.sector }
            : { kind: 'person' as const, name: v.name };
      result = addTie(a, target, v.tie);
      if (!result.ok) {
        this.#apply(result, 'tie-add', { fr: '', en: '' });
        return;
      }
      tieId = result.id;
    } else {
      tieId = state.tieId;
      result = updateTie(a, tieId, { ...v.tie, notes: v.tie.notes });
    }
    const tie = result.ok ? result.assessment.ecomap.ties.find((t) => t.id === tieId) : undefined;
    if (result.ok && tie) {
      result = updateEntry(result.assessment, tie.targetId, {
        ...(state.mode === 'edit' ? { name: v.name } : {}),
        contact: v.contact,
      });
    }
    if (result.ok && tie) result = this.#syncLinks(result.assessment, tie, v.links);
    const name = result.ok
      ? (result.assessment.registry.find((x) => x.id === tie?.targetId)?.name ?? '')
      : '';
    const added = state.mode === 'add';
    if (
      this.#apply(
        result,
        added ? 'tie-add' : 'tie-edit',
        this.#label(added ? 'ecomap.added' : 'ecomap.updated', { name }),
      )
    ) {
      this._focusId = tieId;
      this.#closeEditor();
      void this.updateComplete.then(() => {
        this.#focusNode(tieId);
      });
    }
  };

  #syncLinks(a: Assessment, tie: Tie, wanted: readonly string[]): EcomapEditResult {
    let result: EcomapEditResult = { ok: true, assessment: a, id: tie.id };
    const want = new Set(wanted);
    for (const l of a.ecomap.links) {
      const other = l.aId === tie.targetId ? l.bId : l.bId === tie.targetId ? l.aId : undefined;
      if (other !== undefined && !want.has(other) && result.ok)
        result = removeLink(result.assessment, l.id);
    }
    for (const id of want) {
      if (!result.ok) break;
      const has = result.assessment.ecomap.links.some(
        (l) => (l.aId === tie.targetId && l.bId === id) || (l.bId === tie.targetId && l.aId === id),
      );
      if (!has) result = addLink(result.assessment, tie.targetId, id);
    }
    return result.ok ? { ...result, id: tie.id } : result;
  }

  #exportTitle(): { title: string; subtitle: string } {
    const a = this.#data.value;
    const tenant = a?.registry.find((e) => e.id === a.tenant.personId)?.name ?? '';
    const date = a?.interviewDate ? new Date(`${a.interviewDate}T12:00:00`) : this.clock();
    return {
      title: this.l10n.t('ecomap.title', { name: tenant }),
      subtitle: this.l10n.t('ecomap.printDate', { date: this.l10n.formatDate(date) }),
    };
  }

  /**
   * The ecomap as a self-contained SVG document: title, date, legend and styles inlined; no
   * scripts or external references. Empty string without a valid record.
   */
  exportSvg(): string {
    // An uncommitted move (its node lifted, the original transparent) is cancelled first.
    if (this.#preview) {
      this._moving = false;
      this.#endPreview();
    }
    const a = this.#data.value;
    const map = this.renderRoot.querySelector<SVGSVGElement>('svg.eco');
    const layout = this.#layout;
    if (!a || !layout) return '';
    const { title, subtitle } = this.#exportTitle();
    const legend = legendItems(a).map((i) => ({ ...i, text: this.l10n.t(i.key) }));
    const source = map ?? this.#offscreenMap();
    const out = buildExportSvg(source, layout.bounds, title, subtitle, legend);
    const cs = getComputedStyle(this);
    const vars = privateVars()
      .map((v) => `${v}: ${cs.getPropertyValue(v).trim() || 'initial'};`)
      .join(' ');
    return serializeSvg(out, {
      title,
      description: this.l10n.t('ecomap.description', {
        name: this.#nameOf(layout.nodes[0]),
        count: String(a.ecomap.ties.length),
      }),
      styles: `svg { ${vars} }\n${ecomapSvgCss}`,
    });
  }

  // The table view has no live map; draw one, detached, for the export.
  #offscreenMap(): SVGSVGElement {
    const holder = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const t = this.#drawing();
    if (t) {
      const tmp = document.createElement('div');
      // Lit renders into a detached element synchronously.
      render(t, tmp);
      const rendered = tmp.querySelector('svg');
      if (rendered) return rendered;
    }
    return holder;
  }

  /** The ecomap as a PNG (`scale` × layout size, 2 by default). The host CSP must allow `img-src blob:`. */
  async exportPng(scale = 2): Promise<Blob> {
    const text = this.exportSvg();
    const vb = /viewBox="([^"]+)"/.exec(text)?.[1]?.split(' ').map(Number) ?? [0, 0, 800, 600];
    return svgToPngBlob(text, vb[2] ?? 800, vb[3] ?? 600, scale);
  }

  /**
   * Prints only the ecomap (title, date, legend; one page of `page-size`) from a hidden frame,
   * leaving the host page untouched. `printFn` replaces the browser dialog (tests).
   */
  async print(printFn?: (win: Window, doc: Document) => void): Promise<void> {
    const svgText = this.exportSvg();
    if (!svgText) return;
    const { title, subtitle } = this.#exportTitle();
    await printSvg({
      svgText,
      title,
      subtitle,
      pageSize: this.pageSize,
      lang: this.l10n.lang,
      ...(printFn ? { print: printFn } : {}),
    });
  }

  async #download(kind: 'svg' | 'png'): Promise<void> {
    const name = fileSlug(this.#exportTitle().title);
    try {
      if (kind === 'svg')
        downloadBlob(new Blob([this.exportSvg()], { type: 'image/svg+xml' }), `${name}.svg`);
      else downloadBlob(await this.exportPng(), `${name}.png`);
    } catch (err) {
      const message = { fr: String(err), en: String(err) };
      this.emit(
        new ToileErrorEvent(
          [{ path: [], jsonPath: '$', code: 'export_failed', message }],
          'export',
        ),
      );
    }
  }

  #describe(
    ctx: DescribeContext,
    ties: ReadonlyMap<string, Tie>,
    hl: ReadonlySet<string>,
  ): (n: EcomapNode) => string {
    return (n) => {
      const tie = n.tieId ? ties.get(n.tieId) : undefined;
      if (tie) return describeTie(ctx, tie, isHighlighted(tie, n.entryId, hl));
      const name = this.#nameOf(n);
      return `${name}, ${this.l10n.t(n.kind === 'tenant' ? 'ecomap.tenant' : 'ecomap.household')}`;
    };
  }

  #drawing(): TemplateResult | undefined {
    const a = this.#data.value;
    const layout = this.#layout;
    if (!a || !layout) return undefined;
    const ties = new Map(a.ecomap.ties.map((t) => [t.id, t] as const));
    const hl = new Set(this.highlight);
    const ctx = describeContext(a, this.#vocab, this.l10n);
    const b = this.#frame(layout);
    const z = this._zoom;
    const w = b.width / z.k;
    const h = b.height / z.k;
    const cx = z.fitted ? b.x + b.width / 2 : z.cx;
    const cy = z.fitted ? b.y + b.height / 2 : z.cy;
    const tenant = this.#nameOf(layout.nodes[0]);
    const focusId = this._focusId ?? focusOrder(layout.nodes)[0]?.id;
    const cls = `eco${hl.size ? ' dim' : ''}`;
    const viewBox = `${(cx - w / 2).toFixed(1)} ${(cy - h / 2).toFixed(1)} ${w.toFixed(1)} ${h.toFixed(1)}`;
    return html`<svg
        class=${cls}
        role="graphics-document"
        aria-label=${this.l10n.t('ecomap.title', { name: tenant })}
        aria-describedby="eco-help"
        viewBox=${viewBox}
        preserveAspectRatio="xMidYMid meet"
        @pointerdown=${this.#onPointerDown}
        @pointermove=${this.#onPointerMove}
        @pointerup=${this.#onPointerUp}
        @pointercancel=${this.#onPointerUp}
        @lostpointercapture=${this.#onPointerUp}
        @dblclick=${this.#onDblClick}
      >
        ${drawEcomap(
          {
            layout,
            ties,
            highlight: hl,
            focusId,
            movingId: this._moving ? this._focusId : undefined,
          },
          this.#describe(ctx, ties, hl),
        )}</svg
      ><svg
        class=${`${cls} lift`}
        aria-hidden="true"
        viewBox=${viewBox}
        preserveAspectRatio="xMidYMid meet"
      ></svg>`;
  }

  // The fitted view: a square around the centre whose size moves in steps of 48 units. A change
  // of viewBox makes Chromium re-shape every SVG text at the new scale (about 100 ms for 150
  // ties), so most edits must leave it as it was.
  #frame(layout: EcomapLayout): { x: number; y: number; width: number; height: number } {
    const b = layout.bounds;
    const ext = Math.max(-b.x, -b.y, b.x + b.width, b.y + b.height);
    const half = Math.ceil(ext / 48) * 48;
    return { x: -half, y: -half, width: 2 * half, height: 2 * half };
  }

  #button(key: MessageKey, onClick: () => void, disabled = false, extra = ''): TemplateResult {
    return html`<button type="button" class=${extra} ?disabled=${disabled} @click=${onClick}>
      ${this.l10n.t(key)}
    </button>`;
  }

  protected override render(): TemplateResult {
    const issues = this.#data.issues;
    if (issues) {
      return html`<div class="error" part="error" role="alert">
        <strong>${this.l10n.t('ecomap.errorTitle')}</strong>
        <p>
          ${this.l10n.t('common.invalid')}
          ${this.l10n.t('common.issueCount', { count: issues.length })}
        </p>
        <ul>
          ${issues.slice(0, 50).map((i) => html`<li>${this.l10n.label(i.message)} <code>${i.jsonPath}</code></li>`)}
        </ul>
      </div>`;
    }
    const a = this.#data.value;
    const layout = this.#layout;
    if (!a || !layout) return html`<p part="base">${this.l10n.t('common.empty')}</p>`;
    const ro = this.readonly;
    const ctx = describeContext(a, this.#vocab, this.l10n);
    const tenant = this.#nameOf(layout.nodes[0]);
    const editor = this._editor;
    const editNode =
      editor?.mode === 'edit'
        ? this.#layout?.nodes.find((n) => n.tieId === editor.tieId)
        : undefined;
    return html`<div
      class="base"
      part="base"
      @keydown=${this.#onKeydown}
      @focusin=${this.#onFocusIn}
    >
      <svg class="markers" width="0" height="0" aria-hidden="true">${markers()}</svg>
      <div
        class="toolbar"
        part="toolbar"
        role="toolbar"
        aria-label=${this.l10n.t('ecomap.toolbar')}
      >
        ${
          ro
            ? nothing
            : html`${this.#button(
                'ecomap.add',
                () => {
                  this._editor = { mode: 'add' };
                },
                false,
                'add',
              )}
              ${this.#button('common.undo', () => this.undo(), !this.#data.canUndo, 'undo')}
              ${this.#button('common.redo', () => this.redo(), !this.#data.canRedo, 'redo')}`
        }
        ${this.#button('ecomap.zoomIn', () => {
          this.zoomBy(1.4);
        })}
        ${this.#button('ecomap.zoomOut', () => {
          this.zoomBy(1 / 1.4);
        })}
        ${this.#button('ecomap.fit', () => {
          this.fit();
        })}
        ${this.#button(
          this._view === 'map' ? 'ecomap.showTable' : 'ecomap.showMap',
          () => {
            this._view = this._view === 'map' ? 'table' : 'map';
          },
          false,
          'view',
        )}
        ${this.#button('ecomap.exportSvg', () => void this.#download('svg'))}
        ${this.#button('ecomap.exportPng', () => void this.#download('png'))}
        ${this.#button('ecomap.print', () => void this.print())}
      </div>
      ${
        this._view === 'map'
          ? html`<div class="canvas" part="canvas" @wheel=${this.#onWheel}>${this.#drawing()}</div>
              <p class="help" id="eco-help">${ro ? '' : this.l10n.t('ecomap.help')}</p>`
          : renderTable(
              ctx,
              a.ecomap.ties,
              tenant,
              ro
                ? undefined
                : (id) => {
                    this._editor = { mode: 'edit', tieId: id };
                  },
            )
      }
      <ul class="legend" part="legend" aria-label=${this.l10n.t('ecomap.legend')}>
        ${legendItems(a).map(
          (i) =>
            html`<li>
              <svg width="44" height="16" viewBox="0 0 44 16" aria-hidden="true">
                ${legendSample(i.kind)}</svg
              >${this.l10n.t(i.key)}
            </li>`,
        )}
      </ul>
      <div class="sr-only" role="status" aria-live="polite">${this.#data.announcer.message}</div>
      <dialog
        part="editor"
        aria-labelledby="editor-title"
        @cancel=${(e: Event) => {
          e.preventDefault();
          this.#closeEditor();
        }}
      >
        ${
          editor
            ? renderEditorForm(editor, ctx, {
                submit: this.#onSubmit,
                cancel: () => {
                  this.#closeEditor();
                },
                remove: editNode
                  ? () => {
                      this.#remove(editNode);
                      this._dialog?.close();
                    }
                  : undefined,
              })
            : nothing
        }
      </dialog>
    </div>`;
  }
}

// Capture keeps a drag alive when the finger leaves the node; a synthetic or already-released
// pointer cannot be captured, which must not break the drag.
function capture(el: Element, pointerId: number): void {
  try {
    el.setPointerCapture(pointerId);
  } catch {
    // The drag still works while the pointer stays over the map.
  }
}
