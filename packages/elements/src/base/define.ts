/** A constructor that may carry the `static version` every Toile element declares. */
type VersionedConstructor = CustomElementConstructor & { readonly version?: unknown };

// Warn once per tag: a page that imports two bundles would otherwise log on every define call.
const warned = new Set<string>();

/**
 * Registers `ctor` as `tag` in `registry` (the global `customElements` by default) without ever
 * throwing: a tag already defined with the same class is a no-op; a tag defined with another class
 * keeps the existing definition and warns once when their `static version`s differ (two copies of
 * Toile on one page). Hosts that need their own tag import the class and call this with it.
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): void {
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (existing === undefined) {
    registry.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  const mine = (ctor as VersionedConstructor).version;
  const theirs = existing.version;
  if (mine !== theirs && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `<${tag}> is already defined (version ${String(theirs)}); version ${String(mine)} was not registered.`,
    );
  }
}
