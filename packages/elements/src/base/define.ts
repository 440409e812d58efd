/** The `static version` every Toile element declares, if any. */
function versionOf(ctor: CustomElementConstructor): unknown {
  return 'version' in ctor ? ctor.version : undefined;
}

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
  const existing = registry.get(tag);
  if (existing === undefined) {
    try {
      registry.define(tag, ctor);
    } catch {
      // A constructor can serve only one tag per registry; a host registering our class under a
      // second tag gets a trivial subclass instead of an exception.
      registry.define(tag, class extends (ctor as typeof HTMLElement) {});
    }
    return;
  }
  if (existing === ctor) return;
  const mine = versionOf(ctor);
  const theirs = versionOf(existing);
  if (mine !== theirs && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `<${tag}> is already defined (version ${String(theirs)}); version ${String(mine)} was not registered.`,
    );
  }
}
