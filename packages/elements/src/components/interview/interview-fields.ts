import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** One choice of a select or radio group: its value and visible text. */
export type Choice = readonly [value: string, text: string];

/** A labelled `<select>` whose first option (« — ») means "not answered" (the field is then absent). */
export function selectField(o: {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly value: string | undefined;
  readonly choices: readonly Choice[];
  readonly empty?: string;
  readonly onChange: (value: string | undefined) => void;
}): TemplateResult {
  const hintId = `${o.id}-hint`;
  return html`<div class="field">
    <label for=${o.id}>${o.label}</label>
    <select
      id=${o.id}
      aria-describedby=${o.hint ? hintId : nothing}
      @change=${(e: Event) => {
        const v = (e.currentTarget as HTMLSelectElement).value;
        o.onChange(v === '' ? undefined : v);
      }}
    >
      ${o.empty === undefined ? nothing : html`<option value="" ?selected=${o.value === undefined}>${o.empty}</option>`}
      ${o.choices.map(([v, text]) => html`<option value=${v} ?selected=${o.value === v}>${text}</option>`)}
    </select>
    ${o.hint ? html`<p class="hint" id=${hintId}>${o.hint}</p>` : nothing}
  </div>`;
}

/** A fieldset of radio buttons; arrow keys move and choose, as with any native radio group. */
export function radioGroup(o: {
  readonly name: string;
  readonly legend: string;
  readonly value: string | undefined;
  readonly choices: readonly Choice[];
  readonly onChange: (value: string) => void;
  readonly detail?: TemplateResult | string;
}): TemplateResult {
  return html`<fieldset class="radios">
    <legend>${o.legend}</legend>
    <div class="choices">
      ${o.choices.map(
        ([v, text]) =>
          html`<label class="choice"
            ><input
              type="radio"
              name=${o.name}
              value=${v}
              .checked=${live(o.value === v)}
              @change=${() => {
                o.onChange(v);
              }}
            />
            ${text}</label
          >`,
      )}
    </div>
    ${o.detail ? html`<p class="hint">${o.detail}</p>` : nothing}
  </fieldset>`;
}

/**
 * A labelled text or number input. `onInput` receives every keystroke (the element keeps it as a
 * draft, saved with the next autosave); `onChange` commits it (blur or Enter).
 */
export function textField(o: {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly type?: 'text' | 'number' | 'date';
  readonly min?: number;
  readonly max?: number;
  readonly maxlength?: number;
  readonly multiline?: boolean;
  readonly onInput: (value: string) => void;
  readonly onChange: () => void;
}): TemplateResult {
  const hintId = `${o.id}-hint`;
  const input = (e: Event): void => {
    o.onInput((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value);
  };
  return html`<div class="field">
    <label for=${o.id}>${o.label}</label>
    ${
      o.multiline
        ? html`<textarea
            id=${o.id}
            rows="3"
            maxlength=${o.maxlength ?? 5000}
            aria-describedby=${o.hint ? hintId : nothing}
            .value=${o.value}
            @input=${input}
            @change=${o.onChange}
          ></textarea>`
        : html`<input
            id=${o.id}
            type=${o.type ?? 'text'}
            inputmode=${o.type === 'number' ? 'numeric' : nothing}
            min=${o.min ?? nothing}
            max=${o.max ?? nothing}
            maxlength=${o.type === 'text' || o.type === undefined ? (o.maxlength ?? 200) : nothing}
            autocomplete="off"
            aria-describedby=${o.hint ? hintId : nothing}
            .value=${o.value}
            @input=${input}
            @change=${o.onChange}
          />`
    }
    ${o.hint ? html`<p class="hint" id=${hintId}>${o.hint}</p>` : nothing}
  </div>`;
}

/** A labelled checkbox. */
export function checkboxField(o: {
  readonly id: string;
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}): TemplateResult {
  return html`<div class="field check">
    <input
      id=${o.id}
      type="checkbox"
      .checked=${live(o.checked)}
      @change=${(e: Event) => {
        o.onChange((e.currentTarget as HTMLInputElement).checked);
      }}
    />
    <label for=${o.id}>${o.label}</label>
  </div>`;
}

/** Parses a year typed in a field: an integer 1850-2200, `undefined` for an empty field, `null` if invalid. */
export function parseYear(text: string): number | undefined | null {
  const t = text.trim();
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isInteger(n) && n >= 1850 && n <= 2200 ? n : null;
}

/** Splits a comma-separated list, trimmed, without empty items or duplicates. */
export function parseList(text: string, max = 100): string[] {
  const items = text
    .split(/[,;]/)
    .map((s) => s.trim().slice(0, max))
    .filter((s) => s.length > 0);
  return [...new Set(items)];
}
