import { LitElement, type CSSResultGroup } from 'lit';
import { LocalizeController } from '../i18n/localize-controller.js';
import { hostStyles } from '../styles/host.styles.js';

/**
 * The base of every Toile element: shared host styles, localization (`l10n`), a version for
 * duplicate-bundle warnings, and `emit`. Subclasses add their styles after the host ones:
 * `static override styles = [ToileElement.styles, css\`…\`]`. Never define in the class module.
 */
export abstract class ToileElement extends LitElement {
  /** The Toile version of this class, compared by `defineElement` when a tag is taken; `0.1.0`. */
  static version = '0.1.0';

  /** The shared host styles (`hostStyles`). */
  static override styles: CSSResultGroup = hostStyles;

  /** Language, address and formatting for this element; the language follows the nearest `lang`. */
  protected readonly l10n = new LocalizeController(this);

  /** Dispatches a Toile event (already bubbling and composed) from the host; returns `dispatchEvent`'s result. */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }
}
