import { noChange, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/** CSS properties (kebab-case) to set inline; `undefined` leaves or removes a property. */
export type CssProps = Readonly<Record<string, string | undefined>>;

class CssPropsDirective extends Directive {
  #names = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProps is an element directive.');
  }

  render(_props: CssProps): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [CssProps]): typeof noChange {
    const { style } = part.element as Element & ElementCSSInlineStyle;
    for (const name of this.#names) {
      if (props[name] === undefined) {
        style.removeProperty(name);
        this.#names.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.#names.add(name);
    }
    return noChange;
  }
}

/**
 * Sets inline CSS properties through CSSOM only, from the first render on (element position:
 * `<rect ${cssProps({ fill: c })}>`). A strict CSP (no 'unsafe-inline') blocks and reports the
 * `style` attribute, which Lit's `styleMap` writes on its first render; CSSOM changes are allowed.
 */
export const cssProps = directive(CssPropsDirective);
