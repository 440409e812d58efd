import type { LockReason, StoreChange } from './types.js';

const CHANGE_TYPES: ReadonlySet<string> = new Set<StoreChange['type']>([
  'put',
  'remove',
  'import',
  'destroy',
  'destroyed',
  'encryption',
  'locked',
  'unlocked',
]);
const LOCK_REASONS: ReadonlySet<string> = new Set<LockReason>([
  'manual',
  'inactivity',
  'other-tab',
  'keys-changed',
  'destroyed',
]);

/** Fans change notices out to this store's listeners and, when possible, to other tabs. */
export interface ChangeChannel {
  /** Tells local listeners and other tabs. */
  publish(change: StoreChange): void;
  /** Tells this store's listeners only (a change that concerns this tab alone, such as an auto-lock). */
  notify(change: StoreChange): void;
  subscribe(listener: (change: StoreChange) => void): () => void;
  close(): void;
}

/**
 * A channel over `BroadcastChannel(name)`; with `name` null, or where BroadcastChannel does not
 * exist (old browsers, some embedded web views), only this store's own listeners hear changes.
 */
export function createChangeChannel(name: string | null): ChangeChannel {
  const listeners = new Set<(change: StoreChange) => void>();
  const emit = (change: StoreChange): void => {
    for (const listener of [...listeners]) {
      try {
        listener(change);
      } catch (error) {
        // One faulty listener must not stop the others (nor fail the write that triggered it).
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };
  let bc: BroadcastChannel | undefined;
  if (name !== null && typeof BroadcastChannel === 'function') {
    try {
      bc = new BroadcastChannel(name);
      bc.onmessage = (event: MessageEvent<unknown>) => {
        // Any script of the origin can post on this channel: accept only well-formed notices.
        const change = toChange(event.data);
        if (change) emit(change);
      };
    } catch {
      bc = undefined;
    }
  }
  return {
    publish(change) {
      try {
        bc?.postMessage(change);
      } catch {
        // A closed or broken channel only costs other tabs a refresh; the write itself succeeded.
      }
      emit(change);
    },
    notify(change) {
      emit(change);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close() {
      bc?.close();
      bc = undefined;
      listeners.clear();
    },
  };
}

function toChange(data: unknown): StoreChange | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, id, revision, ids, reason } = data as Record<string, unknown>;
  if (typeof type !== 'string' || !CHANGE_TYPES.has(type)) return undefined;
  if (reason !== undefined && (typeof reason !== 'string' || !LOCK_REASONS.has(reason))) {
    return undefined;
  }
  if (id !== undefined && typeof id !== 'string') return undefined;
  if (revision !== undefined && typeof revision !== 'number') return undefined;
  if (ids !== undefined && !(Array.isArray(ids) && ids.every((x) => typeof x === 'string'))) {
    return undefined;
  }
  return {
    type: type as StoreChange['type'],
    ...(reason !== undefined ? { reason: reason as LockReason } : {}),
    ...(id !== undefined ? { id } : {}),
    ...(revision !== undefined ? { revision } : {}),
    ...(ids !== undefined ? { ids } : {}),
  };
}
