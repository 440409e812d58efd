import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Label } from '@toile/core';
import type { MessageKey } from './fr.js';
import { intlLocale, resolveLang, translate } from './translate.js';
import type { Address, Lang, MessageParams } from './types.js';

type Host = ReactiveControllerHost & HTMLElement;

// One observer for the whole page: it watches `lang` on <html> and in the light DOM below it, plus
// each connected host (whose own `lang` may sit inside a shadow root the subtree watch cannot see).
const controllers = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

function sharedObserver(): MutationObserver {
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const c of controllers) c.refresh();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return observer;
}

/**
 * Localizes one element: resolves its language (nearest `lang`, then `<html lang>`, then `fr`),
 * re-renders the host when it changes, and formats messages, labels, dates and numbers.
 */
export class LocalizeController implements ReactiveController {
  readonly #host: Host;
  #lang: Lang = 'fr';
  #address: Address = 'vous';

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** The resolved language, `fr` until the host is connected. */
  get lang(): Lang {
    return this.#lang;
  }

  /** How messages address the tenant; `vous` by default. Set it from `tenant.formOfAddress`. */
  get address(): Address {
    return this.#address;
  }

  set address(value: Address) {
    if (value === this.#address) return;
    this.#address = value;
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    controllers.add(this);
    sharedObserver().observe(this.#host, { attributes: true, attributeFilter: ['lang'] });
    this.#lang = resolveLang(this.#host);
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (controllers.size === 0 && observer) {
      observer.disconnect();
      observer = undefined;
    }
  }

  // Re-resolving before each render catches ancestors whose `lang` changed out of the observer's sight.
  hostUpdate(): void {
    this.#lang = resolveLang(this.#host);
  }

  /** Re-resolves the language and re-renders the host if it changed. */
  refresh(): void {
    const next = resolveLang(this.#host);
    if (next !== this.#lang) {
      this.#lang = next;
      this.#host.requestUpdate();
    }
  }

  /** The message `key` in the current language and address (French when English lacks it). */
  t(key: MessageKey, params?: MessageParams): string {
    return translate(this.#lang, key, params, this.#address);
  }

  /** The current language's text of a core bilingual label. */
  label(l: Label): string {
    return l[this.#lang];
  }

  /** Formats a date (a Date, an ISO string or a timestamp) for fr-CA / en-CA; a medium date by default. */
  formatDate(
    value: Date | string | number,
    options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
  ): string {
    const date = value instanceof Date ? value : new Date(value);
    return new Intl.DateTimeFormat(intlLocale(this.#lang), options).format(date);
  }

  /** Formats a number for fr-CA / en-CA. */
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(intlLocale(this.#lang), options).format(value);
  }
}
