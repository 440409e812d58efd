import { enCommon } from './en/common.js';
import { frCommon } from './fr/common.js';
import type { MessageKey } from './fr.js';
import type { Address, Lang, Message, MessageParams, MessageTable } from './types.js';

// The messages in force. Only the common namespace ships with the plumbing; each element registers
// its own namespace when its module loads, so a page that uses one element carries only its strings.
const tables: Record<Lang, Record<string, Message>> = {
  fr: { ...frCommon },
  en: { ...enCommon },
};

/**
 * Adds a namespace's messages (French reference, English translation) to the tables in force.
 * Elements call it once at module load; calling it again with the same tables is harmless.
 */
export function registerMessages(frTable: MessageTable, enTable: Partial<MessageTable>): void {
  Object.assign(tables.fr, frTable);
  for (const [key, message] of Object.entries(enTable)) {
    if (message !== undefined) tables.en[key] = message;
  }
}

/** The Intl locale used for a language: Canadian French or Canadian English. */
export function intlLocale(lang: Lang): 'fr-CA' | 'en-CA' {
  return lang === 'en' ? 'en-CA' : 'fr-CA';
}

/** Maps a BCP 47 tag to a Toile language: `en`, `en-CA`… give `en`; anything else gives `fr`. */
export function toLang(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'en') return 'en';
  if (primary === 'fr') return 'fr';
  return undefined;
}

/**
 * The language of `el`: the nearest `lang` attribute on it or an ancestor, crossing shadow roots
 * through their hosts, then `<html lang>`, then French. A `lang` Toile does not ship (e.g. `es`)
 * counts as unset and the search goes on upward (so an English page still wins over it).
 */
export function resolveLang(el: Element): Lang {
  let node: Element | null = el;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) {
      const lang = toLang(withLang.getAttribute('lang'));
      if (lang) return lang;
      node = withLang.parentElement ?? hostOf(withLang);
      continue;
    }
    node = hostOf(node);
  }
  return toLang(document.documentElement.getAttribute('lang')) ?? 'fr';
}

function hostOf(el: Element): Element | null {
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Resolves `key` in `lang` (French when the English table lacks it); returns the key itself if unknown. */
export function translate(
  lang: Lang,
  key: MessageKey,
  params: MessageParams = {},
  address: Address = 'vous',
): string {
  const message: Message | undefined = tables[lang][key] ?? tables.fr[key];
  if (message === undefined) return key;
  if (typeof message === 'string') return message;
  if (typeof message === 'function') return message(params, { lang, address });
  return message[address];
}
