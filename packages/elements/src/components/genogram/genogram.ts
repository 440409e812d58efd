import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from '../../styles/css-props.js';
import {
  addChild,
  addParent,
  addPartner,
  addSibling,
  layoutGenogram,
  moveGenogramPerson,
  removeFromGenogram,
  resolveVocabularies,
  updateParentChild,
  updatePerson,
  updateUnion,
  UNION_STATUSES,
  PARENT_CHILD_KINDS,
  parseAssessment,
  type Assessment,
  type GenogramEditResult,
  type GenogramLayout,
  type Label,
  type ParentChildKind,
  type Person,
  type Union,
  type UnionStatus,
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
import type { MessageParams } from '../../i18n/types.js';
import { ageOf, describePeople, referenceYear } from './genogram-describe.js';
import { drawGenogram } from './genogram-draw.js';
import { submitExtra } from './genogram-actions.js';
import { EXTRA_KEYS, renderExtra, type ExtraMode } from './genogram-dialogs.js';
import {
  field,
  readContact,
  readPerson,
  renderEditor,
  yearField,
  type EditorState,
} from './genogram-editor.js';
import { buildExportSvg } from './genogram-export.js';
import { navigate } from './genogram-keyboard.js';
import { legendItems, type LegendItem } from './genogram-legend.js';
import { genogramStyles, genogramSvgCss } from './genogram.styles.js';
import {
  MAX_ZOOM,
  panView,
  revealIn,
  viewBoxOf,
  zoomView,
  ZOOM_STEP,
  type View,
} from './genogram-view.js';
import { frGenogram } from '../../i18n/fr/genogram.js';
import { enGenogram } from '../../i18n/en/genogram.js';

registerMessages(frGenogram, enGenogram);

/** What a toolbar button does (its `data-act`). */
type ToolAction =
  | 'parent'
  | 'partner'
  | 'child'
  | 'sibling'
  | 'edit'
  | 'remove'
  | ExtraMode
  | 'undo'
  | 'redo'
  | 'zoomIn'
  | 'zoomOut'
  | 'fit'
  | 'svg'
  | 'png'
  | 'print';

interface Pan {
  readonly pointerId: number;
  readonly x0: number;
  readonly y0: number;
  readonly scale: number;
  readonly from: View | undefined;
}

interface Drag {
  readonly id: string;
  readonly pointerId: number;
  readonly x0: number;
  readonly y0: number;
  /** Layout units per CSS pixel, read once at pointerdown (no layout read per move). */
  readonly scale: number;
  dx: number;
  dy: number;
}

const ADD_KEYS: Record<string, 'parent' | 'partner' | 'child' | 'sibling'> = {
  p: 'parent',
  a: 'partner',
  e: 'child',
  c: 'child',
  f: 'sibling',
  s: 'sibling',
};

/**
 * A three-generation genogram by McGoldrick's conventions that gets blended families right:
 * remarriages with partners in order, half-siblings under their own couple, adoption, foster,
 * step and kinship links, twins, pregnancies and losses, households and emotional relations.
 * Edited with the tenant by pointer or keyboard; never writes to storage (every edit is a
 * `toile-change`). An outline view says each person and their relations in words.
 *
 * Keyboard: arrows move focus (left/right along the row, up to a parent, down to a child),
 * Home/End go to the row's ends, Enter edits, P/A/E/F (or C/S) add a parent, partner, child or
 * sibling, R edits emotional relations, T (or J) twins, G pregnancies and losses, M (or H)
 * households, L places a registry person on the genogram, Delete removes (explained, undoable),
 * Alt+arrows move the person (one commit per press; Shift for larger steps), +/−/0 zoom in, out
 * and fit to view, Ctrl/Cmd+Z undoes, Ctrl+Shift+Z or Ctrl+Y redoes. The background pans by
 * pointer drag and zooms with Ctrl+wheel.
 *
 * @summary Draw and edit a tenant's genogram (génogramme).
 * @tag toile-genogram
 * @status experimental
 * @since 0.1.0
 *
 * @event toile-change - Once per committed edit (and on undo/redo), with the new `assessment`.
 * @event toile-select - When the focused person changes; `ids` is `[personId]`, empty when cleared.
 * @event toile-error - When `assessment` or `vocabularies` is invalid or an edit is refused; `issues` says why.
 *
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - The row of buttons.
 * @csspart canvas - The scrollable box holding the drawing.
 * @csspart drawing - The `<svg>` drawing.
 * @csspart notice - The explanation shown after a removal.
 * @csspart legend - The legend of what is drawn.
 * @csspart outline - The outline view (each person in words).
 * @csspart editor - The person editor dialog.
 * @csspart error - The error state shown for invalid input.
 *
 * @cssproperty --toile-genogram-background - Drawing background; #ffffff.
 * @cssproperty --toile-genogram-text-color - Names and years; #1d1b20.
 * @cssproperty --toile-genogram-line-color - Symbols, unions and children's lines; #2b2b33.
 * @cssproperty --toile-genogram-symbol-fill - Symbol fill; #ffffff.
 * @cssproperty --toile-genogram-index-fill - Index person (tenant) fill; #fff4c2.
 * @cssproperty --toile-genogram-relation-color - Emotional relations without their own colour; #6a4c93.
 * @cssproperty --toile-genogram-household-color - Household outlines; #5f6b7a.
 * @cssproperty --toile-genogram-highlight-color - Highlighted persons; #0b57d0.
 * @cssproperty --toile-genogram-button-background - Toolbar buttons; #ffffff.
 * @cssproperty --toile-genogram-min-height - Minimum height of the drawing box; 16rem.
 * @cssproperty --toile-genogram-max-height - Maximum height of the drawing box; 75vh.
 */
export class ToileGenogram extends ToileElement {
  static override styles = [ToileElement.styles, genogramStyles];

  readonly #data = new AssessmentController(this, { vocabularies: () => this.#vocab });

  /** The record to draw; invalid values show the error state. Undefined by default. */
  @property({ attribute: false })
  get assessment(): Assessment | undefined {
    return this.#data.value;
  }
  set assessment(value: unknown) {
    this.#data.set(value);
  }

  /**
   * An organization's vocabulary configuration (extra emotional relations and union types with
   * labels, line styles and colours), merged with the built-in ones. Undefined by default.
   */
  @property({ attribute: false }) vocabularies: unknown = undefined;

  /** Display only: no editing affordances, no `toile-change`. False by default. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Person ids to emphasise (others are dimmed). Empty by default. */
  @property({
    converter: { fromAttribute: (v: string | null) => (v ? v.split(/\s+/).filter(Boolean) : []) },
  })
  highlight: readonly string[] = [];

  /** Paper size of `print()`: `letter` (default) or `A4`. */
  @property({ attribute: 'page-size' }) pageSize: 'letter' | 'A4' = 'letter';

  @state() private _focusId: string | undefined;
  @state() private _editor: EditorState | undefined;
  /** Why the dialog's last submission was refused, shown in the dialog. */
  @state() private _refusal: string | undefined;
  @state() private _drag: Drag | undefined;
  @state() private _notice: string | undefined;
  @state() private _view: View | undefined;
  #pan: Pan | undefined;

  @query('svg.main') private _svg!: SVGSVGElement | null;
  @query('dialog') private _dialog!: HTMLDialogElement | null;

  #layout: GenogramLayout | undefined;
  /** The element's width in CSS pixels, kept by a ResizeObserver (no layout read while rendering). */
  #width = 0;
  #resize: ResizeObserver | undefined;
  /** What the drawing reads besides the layout, derived once per record (not per render). */
  #derived: Derived | undefined;
  #layoutKey: unknown[] = [];
  #names = new Map<string, string>();
  #namesKey: unknown[] = [];
  #vocabKey: unknown = null;
  #resolved: Vocabularies | undefined;
  #configIssues = false;
  #listLang = '';
  #listFormat: Intl.ListFormat | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize ??= new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width ?? 0;
      if (w > 0 && Math.abs(w - this.#width) >= 1) {
        this.#width = w;
        this.requestUpdate();
      }
    });
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
  }

  /**
   * Whether names would be drawn under about 5 px (a big family fitted in a small box): they are
   * then left out of the drawing (no text layout for nothing legible) and stay in the accessible
   * names and the outline; zooming in brings them back.
   */
  #far(viewWidth: number): boolean {
    // Before the first resize report, one read of the width (the host's own box, cheap here).
    if (this.#width === 0) this.#width = this.clientWidth;
    return this.#width > 0 && (this.#width / viewWidth) * 12 < 5;
  }

  /** The current layout; undefined without a valid record. */
  get layout(): GenogramLayout | undefined {
    return this.#layout;
  }

  get #vocab(): Vocabularies | undefined {
    if (this.vocabularies !== this.#vocabKey || this.#resolved === undefined) {
      this.#vocabKey = this.vocabularies;
      const r = resolveVocabularies(this.vocabularies);
      this.#configIssues = !r.ok;
      this.#resolved = r.ok ? r.value : undefined;
      if (!r.ok) this.emit(new ToileErrorEvent(r.issues, 'config'));
    }
    return this.#resolved;
  }

  get #vocabOrDefault(): Vocabularies {
    const v = this.#vocab;
    if (v) return v;
    const d = resolveVocabularies();
    if (!d.ok) throw new Error('default vocabularies are invalid');
    return d.value;
  }

  /** Reverts the last edit; returns whether there was one. */
  undo(): boolean {
    return !this.readonly && this.#data.undo();
  }

  /** Reapplies the last undone edit; returns whether there was one. */
  redo(): boolean {
    return !this.readonly && this.#data.redo();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A refusal belongs to the dialog it was shown in.
    if (changed.has('_editor')) this._refusal = undefined;
    const a = this.#data.value;
    if (!a) {
      this.#layout = undefined;
      return;
    }
    this.l10n.address = a.tenant.formOfAddress;
    const vocab = this.#vocabOrDefault;
    const key = [a, vocab];
    if (!this.#layout || key.some((k, i) => k !== this.#layoutKey[i])) {
      this.#layout = layoutGenogram(a, { vocabularies: vocab });
      this.#layoutKey = key;
      this.#derived = derive(a, this.#layout, vocab);
      if (this._focusId && !this.#layout.persons.some((p) => p.id === this._focusId))
        this._focusId = undefined;
    }
    const nkey = [a, vocab, this.l10n.lang];
    if (nkey.some((k, i) => k !== this.#namesKey[i])) {
      this.#names = describePeople(a, vocab, this.#tools);
      this.#namesKey = nkey;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const dialog = this._dialog;
    if (dialog && this._editor && !dialog.open) dialog.showModal();
    if (
      changed.has('_focusId') &&
      this._focusId &&
      this.shadowRoot?.activeElement?.closest('.person')
    )
      this.#focus(this._focusId);
  }

  get #tools(): {
    t: (k: MessageKey, p?: MessageParams) => string;
    label: (l: Label) => string;
    list: (items: readonly string[]) => string;
  } {
    const lang = this.l10n.lang;
    if (this.#listLang !== lang) {
      this.#listLang = lang;
      this.#listFormat = new Intl.ListFormat(lang === 'en' ? 'en-CA' : 'fr-CA', {
        type: 'conjunction',
      });
    }
    const fmt = this.#listFormat;
    return {
      t: (k, p) => this.l10n.t(k, p),
      label: (l) => this.l10n.label(l),
      // One or two names need no ICU call (Intl.ListFormat is slow when run for every person).
      list: (items) =>
        items.length === 1
          ? (items[0] ?? '')
          : items.length === 2
            ? `${items[0] ?? ''} ${lang === 'en' ? 'and' : 'et'} ${items[1] ?? ''}`
            : fmt
              ? fmt.format(items)
              : items.join(', '),
    };
  }

  #focus(id: string): void {
    const box = this.#layout?.persons.find((p) => p.id === id);
    if (box && this.#layout && this._view) {
      const next = revealIn(this.#layout.bounds, this._view, box);
      if (next !== this._view) this._view = next;
    }
    this.renderRoot
      .querySelector<SVGGElement>(`.person[data-id="${CSS.escape(id)}"]`)
      ?.focus({ preventScroll: false });
  }

  #select(id: string | undefined): void {
    if (id === this._focusId) return;
    this._focusId = id;
    this.emit(new ToileSelectEvent(id ? [id] : []));
  }

  #bilingual(key: MessageKey, params: MessageParams): Label {
    return { fr: translate('fr', key, params), en: translate('en', key, params) };
  }

  #name(id: string): string {
    return this.#data.value?.registry.find((e) => e.id === id)?.name ?? id;
  }

  #apply(result: GenogramEditResult, kind: string, label: Label): boolean {
    if (!result.ok) {
      this.emit(
        new ToileErrorEvent(
          [{ path: [], jsonPath: '$', code: result.code, message: result.message }],
          'assessment',
        ),
      );
      if (this._editor) this._refusal = this.l10n.label(result.message);
      return false;
    }
    return this.#commit(result.assessment, kind, label);
  }

  /**
   * Commits through the controller; when the record's rules refuse it (the controller fires
   * `toile-error`) and a dialog is open, says why in the dialog.
   */
  #commit(next: Assessment, kind: string, label: Label): boolean {
    if (this.#data.commit(next, { kind, label })) return true;
    if (this._editor) {
      const r = parseAssessment(next, { vocabularies: this.#vocabOrDefault });
      this._refusal = r.ok
        ? this.l10n.t('common.invalid')
        : r.issues
            .slice(0, 3)
            .map((i) => this.l10n.label(i.message))
            .join(' ');
    }
    return false;
  }

  /** Removes a person (keyboard Delete or the toolbar), with an explanation shown and announced. */
  #remove(id: string): void {
    const a = this.#data.value;
    if (!a || this.readonly) return;
    const r = removeFromGenogram(a, id);
    const next = this.#layout ? navigate(this.#layout, a, id, 'ArrowRight') : undefined;
    const label =
      r.ok && r.explanation
        ? r.explanation
        : this.#bilingual('genogram.edited', { name: this.#name(id) });
    if (this.#apply(r, 'person-remove', label)) {
      this._notice = this.l10n.t('genogram.removeExplained', { text: this.l10n.label(label) });
      this._focusId = next !== id ? next : undefined;
      if (this._focusId)
        void this.updateComplete.then(() => {
          if (this._focusId) this.#focus(this._focusId);
        });
    }
  }

  #move(id: string, dx: number, dy: number): void {
    const a = this.#data.value;
    if (!a || this.readonly) return;
    const cur = a.genogram.offsets[id] ?? { dx: 0, dy: 0 };
    this.#apply(
      moveGenogramPerson(a, id, { dx: cur.dx + dx, dy: cur.dy + dy }),
      'person-move',
      this.#bilingual('genogram.moved', { name: this.#name(id) }),
    );
  }

  #onKeydown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || this._editor) return;
    const mod = e.ctrlKey || e.metaKey;
    if (mod && !this.readonly && ['z', 'Z', 'y'].includes(e.key)) {
      e.preventDefault();
      if (e.key === 'y' || e.shiftKey) this.redo();
      else this.undo();
      return;
    }
    if (!mod && !e.altKey && this.#zoomKey(e.key)) {
      e.preventDefault();
      return;
    }
    const target = (e.target as Element | null)?.closest('.person');
    const id = target?.getAttribute('data-id') ?? undefined;
    const a = this.#data.value;
    if (!id || !a || !this.#layout) return;
    if (e.altKey && e.key.startsWith('Arrow')) {
      e.preventDefault();
      const step = e.shiftKey ? 40 : 10;
      const d = {
        ArrowLeft: [-step, 0],
        ArrowRight: [step, 0],
        ArrowUp: [0, -step],
        ArrowDown: [0, step],
      }[e.key] ?? [0, 0];
      this.#move(id, d[0] ?? 0, d[1] ?? 0);
      return;
    }
    if (['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(e.key)) {
      e.preventDefault();
      const next = navigate(this.#layout, a, id, e.key);
      this.#select(next);
      this.#focus(next);
      return;
    }
    if (this.readonly || mod) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this._editor = { mode: 'edit', id };
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      this.#remove(id);
    } else {
      const key = e.key.toLowerCase();
      const relation = ADD_KEYS[key];
      const extra = EXTRA_KEYS[key];
      if (relation) {
        e.preventDefault();
        this._editor = { mode: 'add', relation, id };
      } else if (extra) {
        e.preventDefault();
        this._editor = { mode: extra, id };
      }
    }
  };

  #onToolbarClick = (e: MouseEvent): void => {
    const button = (e.target as Element | null)?.closest<HTMLButtonElement>('button[data-act]');
    if (!button || button.disabled) return;
    const act = button.dataset['act'] as ToolAction;
    const focus = this._focusId;
    switch (act) {
      case 'zoomIn':
        this.zoomIn();
        return;
      case 'zoomOut':
        this.zoomOut();
        return;
      case 'fit':
        this.fit();
        return;
      case 'svg':
        this.exportSvg();
        return;
      case 'png':
        void this.exportPng();
        return;
      case 'print':
        void this.print();
        return;
      case 'undo':
        this.undo();
        return;
      case 'redo':
        this.redo();
        return;
    }
    if (!focus || this.readonly) return;
    if (act === 'edit') this._editor = { mode: 'edit', id: focus };
    else if (act === 'remove') this.#remove(focus);
    else if (act === 'parent' || act === 'partner' || act === 'child' || act === 'sibling')
      this._editor = { mode: 'add', relation: act, id: focus };
    else this._editor = { mode: act, id: focus };
  };

  #onFocusIn = (e: FocusEvent): void => {
    const id = (e.target as Element | null)?.closest('.person')?.getAttribute('data-id');
    if (id) this.#select(id);
  };

  /** Handles +, −, 0 (zoom in, out, fit); returns whether the key was one of them. */
  #zoomKey(key: string): boolean {
    if (key === '+' || key === '=') this.zoomIn();
    else if (key === '-' || key === '_') this.zoomOut();
    else if (key === '0') this.fit();
    else return false;
    return true;
  }

  /** Zooms in one step around the centre of the view. */
  zoomIn(): void {
    if (this.#layout)
      this._view = zoomView(this.#layout.bounds, this._view, ZOOM_STEP, undefined, this.#maxZoom());
  }

  /** The largest zoom: at least twice the natural size (1 unit = 1 px), whatever the box. */
  #maxZoom(): number {
    const w = this.#layout?.bounds.width ?? 0;
    return this.#width > 0 ? (2 * w) / this.#width : MAX_ZOOM;
  }

  /** Zooms out one step (down to half the fitted size). */
  zoomOut(): void {
    if (this.#layout) this._view = zoomView(this.#layout.bounds, this._view, 1 / ZOOM_STEP);
  }

  /** Shows the whole drawing (fit to view), the initial view. */
  fit(): void {
    this._view = undefined;
  }

  /** Layout coordinates of a client point, through the drawing's current transform. */
  #toLayout(clientX: number, clientY: number): { x: number; y: number } | undefined {
    const m = this._svg?.getScreenCTM();
    if (!m || m.a === 0) return undefined;
    const inv = m.inverse();
    return {
      x: inv.a * clientX + inv.c * clientY + inv.e,
      y: inv.b * clientX + inv.d * clientY + inv.f,
    };
  }

  #onWheel = (e: WheelEvent): void => {
    if (!(e.ctrlKey || e.metaKey) || !this.#layout) return;
    e.preventDefault();
    const at = this.#toLayout(e.clientX, e.clientY);
    this._view = zoomView(
      this.#layout.bounds,
      this._view,
      e.deltaY < 0 ? 1.2 : 1 / 1.2,
      at,
      this.#maxZoom(),
    );
  };

  #onPointerDown = (e: PointerEvent): void => {
    const g = (e.target as Element | null)?.closest('.person');
    const id = g?.getAttribute('data-id');
    if (!id) {
      if (e.button !== 0 || !this.#layout) return;
      (e.currentTarget as Element).setPointerCapture(e.pointerId);
      this.#pan = {
        pointerId: e.pointerId,
        x0: e.clientX,
        y0: e.clientY,
        scale: this.#scale(),
        from: this._view,
      };
      return;
    }
    this.#select(id);
    if (this.readonly || e.button !== 0) return;
    (e.currentTarget as Element).setPointerCapture(e.pointerId);
    this._drag = {
      id,
      pointerId: e.pointerId,
      x0: e.clientX,
      y0: e.clientY,
      scale: this.#scale(),
      dx: 0,
      dy: 0,
    };
  };

  /** Layout units per CSS pixel in the current view. */
  #scale(): number {
    const m = this._svg?.getScreenCTM();
    return m && m.a > 0 ? 1 / m.a : 1;
  }

  #onPointerMove = (e: PointerEvent): void => {
    const p = this.#pan;
    if (p && p.pointerId === e.pointerId && this.#layout) {
      this._view = panView(
        this.#layout.bounds,
        p.from,
        -(e.clientX - p.x0) * p.scale,
        -(e.clientY - p.y0) * p.scale,
      );
      return;
    }
    const d = this._drag;
    if (!d || d.pointerId !== e.pointerId) return;
    this._drag = { ...d, dx: (e.clientX - d.x0) * d.scale, dy: (e.clientY - d.y0) * d.scale };
  };

  #onPointerUp = (e: PointerEvent): void => {
    if (this.#pan?.pointerId === e.pointerId) this.#pan = undefined;
    const d = this._drag;
    if (!d || d.pointerId !== e.pointerId) return;
    this._drag = undefined;
    if (Math.hypot(d.dx, d.dy) >= 3) this.#move(d.id, d.dx, d.dy);
    this.#focus(d.id);
  };

  #onPointerCancel = (): void => {
    this._drag = undefined;
    this.#pan = undefined;
  };

  #onDblClick = (e: MouseEvent): void => {
    const id = (e.target as Element | null)?.closest('.person')?.getAttribute('data-id');
    if (id && !this.readonly) this._editor = { mode: 'edit', id };
  };

  #closeEditor(): void {
    const id = this._editor?.id;
    this._dialog?.close();
    this._editor = undefined;
    if (id)
      void this.updateComplete.then(() => {
        this.#focus(id);
      });
  }

  #onSubmit = (e: SubmitEvent): void => {
    e.preventDefault();
    const st = this._editor;
    const a = this.#data.value;
    const form = e.target as HTMLFormElement;
    if (!st || !a) return;
    const data = new FormData(form);
    if (st.mode !== 'edit' && st.mode !== 'add') {
      this.#submitExtra(st.mode, st.id, a, data);
      return;
    }
    const p = readPerson(data);
    if (p.name === '') return;
    let ok: boolean;
    if (st.mode === 'edit') {
      ok = this.#submitEdit(a, st.id, p, data);
    } else {
      const input = {
        name: p.name,
        sex: p.sex,
        ...clean({
          genderIdentity: p.genderIdentity,
          birthYear: p.birthYear,
          deceased: p.deceased,
          deathYear: p.deathYear,
        }),
      } as Omit<Person, 'id' | 'kind'>;
      const kind = field(data, 'kind', 'biological') as ParentChildKind;
      let r: GenogramEditResult;
      if (st.relation === 'parent')
        r = addParent(a, st.id, input, {
          kind: PARENT_CHILD_KINDS.includes(kind) ? kind : 'biological',
        });
      else if (st.relation === 'partner') r = addPartner(a, st.id, input, readUnion(data, 'new:'));
      else if (st.relation === 'sibling') r = addSibling(a, st.id, input);
      else {
        const of = field(data, 'childOf', 'single');
        r = addChild(
          a,
          of.startsWith('union:') ? { unionId: of.slice(6) } : { parentId: st.id },
          input,
          { kind: PARENT_CHILD_KINDS.includes(kind) ? kind : 'biological' },
        );
      }
      ok = this.#apply(
        r,
        `person-add-${st.relation}`,
        this.#bilingual('genogram.added', { name: p.name }),
      );
      if (ok && r.ok) {
        this._focusId = r.id;
        this._editor = undefined;
        this._dialog?.close();
        void this.updateComplete.then(() => {
          this.#focus(r.id);
        });
        return;
      }
    }
    if (ok) this.#closeEditor();
  };

  #submitExtra(mode: ExtraMode, id: string, a: Assessment, data: FormData): void {
    const out = submitExtra(mode, id, a, data);
    if (out.kind === 'refused') {
      this.#apply(out.result, mode, out.result.message);
      this._refusal = this.l10n.label(out.result.message);
      return;
    }
    if (out.kind === 'commit') {
      const label = this.#bilingual(out.message, {
        name: out.next.registry.find((e) => e.id === out.focus)?.name ?? out.focus,
      });
      if (!this.#commit(out.next, out.change, label)) return;
      this._focusId = out.focus;
    }
    const focus = out.kind === 'commit' ? out.focus : id;
    this._dialog?.close();
    this._editor = undefined;
    void this.updateComplete.then(() => {
      this.#focus(focus);
    });
  }

  #submitEdit(
    a: Assessment,
    id: string,
    p: ReturnType<typeof readPerson>,
    data: FormData,
  ): boolean {
    let next = a;
    const step = (r: GenogramEditResult): boolean => {
      if (!r.ok) {
        this.emit(
          new ToileErrorEvent(
            [{ path: [], jsonPath: '$', code: r.code, message: r.message }],
            'assessment',
          ),
        );
        this._refusal = this.l10n.label(r.message);
        return false;
      }
      next = r.assessment;
      return true;
    };
    const old = a.registry.find((e) => e.id === id);
    const contact = readContact(data, old?.contact);
    if (!step(updatePerson(next, id, { ...p, contact }))) return false;
    for (const u of a.genogram.unions.filter((x) => x.partnerIds.includes(id))) {
      if (!step(updateUnion(next, u.id, readUnion(data, `u:${u.id}:`)))) return false;
    }
    for (const l of a.genogram.parentChild.filter((x) => x.childId === id)) {
      const kind = field(data, `l:${l.id}`, l.kind) as ParentChildKind;
      if (
        kind !== l.kind &&
        PARENT_CHILD_KINDS.includes(kind) &&
        !step(updateParentChild(next, l.id, { kind }))
      )
        return false;
    }
    return this.#commit(next, 'person-edit', this.#bilingual('genogram.edited', { name: p.name }));
  }

  #exportLegend(): (LegendItem & { label: string })[] {
    return this.#legend().map((item) => ({
      ...item,
      label: 'msg' in item.text ? this.l10n.t(item.text.msg) : this.l10n.label(item.text.label),
    }));
  }

  #legend(): readonly LegendItem[] {
    return this.#derived?.legend ?? [];
  }

  /** The drawing as a self-contained SVG document (title, drawing, legend; no script, no external reference). */
  toSvg(): string {
    const a = this.#data.value;
    const svg = this._svg;
    if (!a || !svg || !this.#layout) return '';
    const title = `${this.l10n.t('genogram.title')} — ${this.#name(a.tenant.personId)}`;
    const subtitle = a.interviewDate ?? '';
    const d = this.#derived;
    if (!d) return '';
    const drawing = drawGenogram(this.#layout, {
      ...d,
      names: this.#names,
      unionYears: this.#unionYears,
      highlight: new Set(),
      focusId: undefined,
      interactive: false,
      roledescription: this.l10n.t('genogram.person'),
      text: true,
    });
    const out = buildExportSvg(drawing, this.#layout.bounds, title, subtitle, this.#exportLegend());
    return serializeSvg(out, { title, styles: genogramSvgCss });
  }

  /** Downloads the drawing as an SVG file. */
  exportSvg(): void {
    const text = this.toSvg();
    if (!text) return;
    downloadBlob(
      new Blob([text], { type: 'image/svg+xml' }),
      `${fileSlug(this.l10n.t('genogram.title'))}.svg`,
    );
  }

  /** Downloads the drawing as a PNG file (twice the drawing's size). */
  async exportPng(): Promise<void> {
    const text = this.toSvg();
    const b = this.#layout?.bounds;
    if (!text || !b) return;
    try {
      const blob = await svgToPngBlob(text, Math.max(b.width, 600), b.height + 200, 2);
      downloadBlob(blob, `${fileSlug(this.l10n.t('genogram.title'))}.png`);
    } catch {
      this.emit(
        new ToileErrorEvent(
          [
            {
              path: [],
              jsonPath: '$',
              code: 'export_failed',
              message: { fr: 'L’export PNG a échoué.', en: 'PNG export failed.' },
            },
          ],
          'export',
        ),
      );
    }
  }

  /** Prints the drawing with its legend alone, in a hidden frame (the host page is left alone). */
  async print(printFn?: (win: Window, doc: Document) => void): Promise<void> {
    const text = this.toSvg();
    const a = this.#data.value;
    if (!text || !a) return;
    await printSvg({
      svgText: text,
      title: `${this.l10n.t('genogram.title')} — ${this.#name(a.tenant.personId)}`,
      ...(a.interviewDate ? { subtitle: a.interviewDate } : {}),
      pageSize: this.pageSize,
      lang: this.l10n.lang,
      ...(printFn ? { print: printFn } : {}),
    });
  }

  #unionYears = (u: Union): string => {
    const parts: string[] = [];
    if (u.startYear !== undefined)
      parts.push(
        this.l10n.t(
          u.type === 'married' || u.type === 'civil_union'
            ? 'genogram.years.married'
            : 'genogram.years.start',
          { year: u.startYear },
        ),
      );
    if (u.endYear !== undefined && u.status !== 'active')
      parts.push(this.l10n.t(`genogram.years.${u.status}`, { year: u.endYear }));
    return parts.join(' · ');
  };

  #renderError(): TemplateResult {
    const issues = this.#data.issues ?? [];
    return html`<div class="error" part="error" role="alert">
      <p>
        <strong>${this.l10n.t('common.invalid')}</strong>
        ${this.l10n.t('common.issueCount', { count: issues.length })}
      </p>
      <ul>
        ${issues.slice(0, 20).map((i) => html`<li><code>${i.jsonPath}</code> ${this.l10n.label(i.message)}</li>`)}
      </ul>
    </div>`;
  }

  protected override render(): TemplateResult {
    const live = html`<div class="sr-only" role="status" aria-live="polite">
      ${this.#data.announcer.message}
    </div>`;
    if (this.#data.issues || this.#configIssues)
      return html`${this.#data.issues ? this.#renderError() : html`<div class="error" part="error" role="alert">${this.l10n.t('common.invalid')}</div>`}${live}`;
    const a = this.#data.value;
    const l = this.#layout;
    const d = this.#derived;
    if (!a || !l || !d)
      return html`<p>${this.l10n.t('common.empty')}</p>
        ${live}`;
    const { people, ages, adopted, unions } = d;
    const hl = new Set(this.highlight);
    const focus = this._focusId;
    const canEdit = !this.readonly && focus !== undefined;
    const b = l.bounds;
    const far = this.#far(this._view ? b.width / this._view.k : b.width);
    const legend = this.#legend();
    // One delegated click handler (stable), each button naming its action: no listener is removed
    // and re-added on every render (a focus move re-renders the toolbar).
    const tool = (act: ToolAction, key: MessageKey, disabled = !canEdit): TemplateResult =>
      html`<button type="button" data-act=${act} ?disabled=${disabled}>
        ${this.l10n.t(key)}
      </button>`;
    return html`<div class="base" part="base">
      <div
        class="toolbar"
        part="toolbar"
        role="toolbar"
        aria-label=${this.l10n.t('genogram.toolbar')}
        @click=${this.#onToolbarClick}
      >
        ${
          this.readonly
            ? nothing
            : html`${tool('parent', 'genogram.addParent')}${tool('partner', 'genogram.addPartner')}${tool('child', 'genogram.addChild')}${tool('sibling', 'genogram.addSibling')}
              ${tool('edit', 'genogram.edit')}${tool('remove', 'genogram.remove', !canEdit || focus === a.tenant.personId)}
              ${tool('relation', 'genogram.relations')}${tool('twins', 'genogram.twins')}${tool('pregnancy', 'genogram.pregnancies')}${tool('household', 'genogram.households')}${tool('place', 'genogram.place')}
              ${tool('undo', 'common.undo', !this.#data.canUndo)}${tool('redo', 'common.redo', !this.#data.canRedo)}`
        }
        <span class="zoom" role="group" aria-label=${this.l10n.t('genogram.zoom')}
          >${tool('zoomIn', 'genogram.zoomIn', false)}${tool('zoomOut', 'genogram.zoomOut', false)}${tool('fit', 'genogram.fit', this._view === undefined)}</span
        >${tool('svg', 'genogram.exportSvg', false)}${tool('png', 'genogram.exportPng', false)}${tool('print', 'genogram.print', false)}
      </div>
      ${this._notice ? html`<p class="notice" part="notice">${this._notice}</p>` : nothing}
      <div class="canvas" part="canvas">
        <svg
          class=${`geno main${hl.size > 0 ? ' dim' : ''}${far ? ' far' : ''}`}
          part="drawing"
          role="graphics-document"
          aria-roledescription=${this.l10n.t('genogram.roledescription')}
          aria-label=${this.l10n.t('genogram.drawing', { name: this.#name(a.tenant.personId), count: l.persons.length })}
          aria-describedby="keys"
          viewBox=${viewBoxOf(b, this._view)}
          ${cssProps({ 'aspect-ratio': `${Math.round(b.width)} / ${Math.round(b.height)}` })}
          @keydown=${this.#onKeydown}
          @wheel=${this.#onWheel}
          @focusin=${this.#onFocusIn}
          @pointerdown=${this.#onPointerDown}
          @pointermove=${this.#onPointerMove}
          @pointerup=${this.#onPointerUp}
          @pointercancel=${this.#onPointerCancel}
          @lostpointercapture=${this.#onPointerCancel}
          @dblclick=${this.#onDblClick}
        >
          <rect class="bg" x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>
          ${drawGenogram(l, {
            people,
            unions,
            ages,
            adopted,
            names: this.#names,
            unionYears: this.#unionYears,
            highlight: hl,
            focusId: focus,
            interactive: !this.readonly,
            drag: this._drag,
            roledescription: this.l10n.t('genogram.person'),
            text: !far,
          })}
        </svg>
      </div>
      <p id="keys" class="sr-only">${this.readonly ? '' : this.l10n.t('genogram.keys')}</p>
      <section class="legend-box" part="legend" aria-labelledby="legend-h">
        <h2 id="legend-h">${this.l10n.t('genogram.legend')}</h2>
        <ul class="legend">
          ${legend.map(
            (item) =>
              html`<li>
                <svg class="geno" width="44" height="24" viewBox="0 0 44 24" aria-hidden="true">
                  ${item.sample}</svg
                >${'msg' in item.text ? this.l10n.t(item.text.msg) : this.l10n.label(item.text.label)}
              </li>`,
          )}
        </ul>
      </section>
      <section class="outline" part="outline" aria-labelledby="outline-h">
        <h2 id="outline-h">${this.l10n.t('genogram.outline')}</h2>
        <ul>
          ${repeat(
            l.rows.flat(),
            (id) => id,
            (id) => html`<li>${this.#names.get(id) ?? this.#name(id)}</li>`,
          )}
        </ul>
      </section>
      ${
        this._editor
          ? html`<dialog
              part="editor"
              aria-labelledby="editor-h"
              @close=${() => {
                this._editor = undefined;
                this._refusal = undefined;
              }}
              @cancel=${() => {
                this.#closeEditor();
              }}
            >
              <form method="dialog" @submit=${this.#onSubmit}>
                <div>
                  ${
                    this._editor.mode === 'edit' || this._editor.mode === 'add'
                      ? renderEditor(this._editor, a, this.#vocabOrDefault, this.#tools)
                      : renderExtra(
                          this._editor.mode,
                          this._editor.id,
                          a,
                          this.#vocabOrDefault,
                          l.rows[l.persons.find((p) => p.id === this._editor?.id)?.row ?? -1] ?? [],
                          this.#tools,
                        )
                  }
                </div>
                ${this._refusal ? html`<p class="refusal" role="alert">${this._refusal}</p>` : nothing}
                <div class="row">
                  <button
                    type="button"
                    @click=${() => {
                      this.#closeEditor();
                    }}
                  >
                    ${this.l10n.t('common.cancel')}
                  </button>
                  <button type="submit">${this.l10n.t('common.save')}</button>
                </div>
              </form>
            </dialog>`
          : nothing
      }
      ${live}
    </div>`;
  }
}

interface Derived {
  readonly people: ReadonlyMap<string, Person>;
  readonly ages: ReadonlyMap<string, number | undefined>;
  readonly adopted: ReadonlySet<string>;
  readonly unions: ReadonlyMap<string, Union>;
  readonly legend: readonly LegendItem[];
}

function derive(a: Assessment, l: GenogramLayout, vocab: Vocabularies): Derived {
  const people = new Map<string, Person>();
  for (const e of a.registry) if (e.kind === 'person') people.set(e.id, e);
  const ref = referenceYear(a);
  const ages = new Map<string, number | undefined>();
  for (const p of l.persons) {
    const person = people.get(p.id);
    if (person) ages.set(p.id, ageOf(person, ref));
  }
  const adopted = new Set(
    l.childLinks.filter((c) => c.kind === 'adoptive' && !c.secondary).map((c) => c.childId),
  );
  const unions = new Map(a.genogram.unions.map((u) => [u.id, u] as const));
  return { people, ages, adopted, unions, legend: legendItems(l, people, vocab) };
}

function clean<T extends Record<string, unknown>>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o) as [keyof T, T[keyof T]][])
    if (v !== undefined) out[k] = v;
  return out;
}

function readUnion(data: FormData, prefix: string): Partial<Omit<Union, 'id' | 'partnerIds'>> {
  const status = field(data, `${prefix}status`, 'active');
  return {
    type: field(data, `${prefix}type`, 'married'),
    status: (UNION_STATUSES as readonly string[]).includes(status)
      ? (status as UnionStatus)
      : 'active',
    startYear: yearField(data, `${prefix}startYear`),
    endYear: yearField(data, `${prefix}endYear`),
    order: yearField(data, `${prefix}order`),
  };
}
