import { StoreNamespaceError } from './errors.js';

const NAMESPACE = /^[a-z0-9_-]{1,64}$/;

/** Checks a namespace (1-64 of a-z, 0-9, `_`, `-`) and throws `StoreNamespaceError` otherwise. */
export function assertNamespace(namespace: unknown): asserts namespace is string {
  if (typeof namespace !== 'string' || !NAMESPACE.test(namespace)) {
    throw new StoreNamespaceError(String(namespace));
  }
}

/** The IndexedDB database (and BroadcastChannel) name of a namespace: `toile:<namespace>`. */
export function namespaceKey(namespace: string): string {
  return `toile:${namespace}`;
}
