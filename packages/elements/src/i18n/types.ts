/** The languages Toile ships; French is the reference and the fallback. */
export type Lang = 'fr' | 'en';

/** How the tool addresses the tenant: `vous` (default) or `tu`. */
export type Address = 'vous' | 'tu';

/** Values interpolated into a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** What a message function receives besides its parameters. */
export interface MessageContext {
  readonly lang: Lang;
  readonly address: Address;
}

/**
 * One translated message: plain text, a vous/tu pair (text addressed to the tenant), or a function
 * for parameters and plurals (it receives the params and the current address and language).
 */
export type Message =
  | string
  | { readonly vous: string; readonly tu: string }
  | ((params: MessageParams, context: MessageContext) => string);

/** A namespace file's table: keys to messages. */
export type MessageTable = Readonly<Record<string, Message>>;

/** A translation of a reference (French) table: the same keys, any message shapes. */
export type Translation<T extends MessageTable> = { readonly [K in keyof T]: Message };
