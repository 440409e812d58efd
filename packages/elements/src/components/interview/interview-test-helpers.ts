import { createAssessment, type Assessment } from '@toile/core';
import type { AssessmentStore, StoreChange } from '@toile/storage';
import type { ToileInterview } from './interview.js';

/** A record as a test starts from, tenant « Ginette ». */
export function sampleRecord(id = 'a1', patch: Partial<Assessment> = {}): Assessment {
  return {
    ...createAssessment({
      id,
      now: '2026-01-05T10:00:00.000Z',
      tenantName: 'Ginette',
      tenure: 'hlm',
    }),
    ...patch,
  };
}

/** Polls `check` until it returns a truthy value (2 s at most, as the tests promise nothing faster). */
export async function until<T>(
  check: () => T | Promise<T>,
  timeout = 2000,
): Promise<NonNullable<Awaited<T>>> {
  const start = performance.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (performance.now() - start > timeout)
      throw new Error(`Timed out after ${String(timeout)} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The element's shadow root. */
export function root(el: ToileInterview): ShadowRoot {
  const r = el.shadowRoot;
  if (!r) throw new Error('no shadow root');
  return r;
}

/** The shadow-DOM element matching `selector`, or a thrown error. */
// The type parameter is the caller's claim about the element, as with querySelector<T>.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function q<T extends Element = HTMLElement>(el: ToileInterview, selector: string): T {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found`);
  return found;
}

/** The innermost focused element, through shadow roots. */
export function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** A store wrapper whose `put` can be made to fail, with a fake encryption that can lock. */
export interface FaultyStore extends AssessmentStore {
  failWith: Error | undefined;
  locked: boolean;
  emit(change: StoreChange): void;
}

/** Wraps `base`; `encrypted` adds a fake `encryption` (passphrase « bonne phrase de passe »). */
export function faultyStore(base: AssessmentStore, encrypted = false): FaultyStore {
  const listeners = new Set<(c: StoreChange) => void>();
  const store: FaultyStore = {
    ...base,
    failWith: undefined,
    locked: encrypted,
    emit(change) {
      for (const l of listeners) l(change);
    },
    put(record) {
      if (store.failWith) return Promise.reject(store.failWith);
      if (store.locked) {
        return import('@toile/storage').then(({ StoreError }) => {
          throw new StoreError('locked', { fr: 'Verrouillé.', en: 'Locked.' });
        });
      }
      return base.put(record);
    },
    subscribe(listener) {
      listeners.add(listener);
      const off = base.subscribe(listener);
      return () => {
        listeners.delete(listener);
        off();
      };
    },
  };
  if (encrypted) {
    Object.assign(store, {
      encryption: {
        status: () => Promise.resolve(store.locked ? 'locked' : 'unlocked'),
        setup: () => Promise.reject(new Error('not in tests')),
        unlock: async (p: string) => {
          const { StoreError } = await import('@toile/storage');
          if (p !== 'bonne phrase de passe') {
            throw new StoreError('wrong-passphrase', {
              fr: 'Phrase de passe incorrecte.',
              en: 'Wrong passphrase.',
            });
          }
          store.locked = false;
          store.emit({ type: 'unlocked' });
        },
        unlockWithRecoveryKey: () => Promise.reject(new Error('not in tests')),
        lock: () => {
          store.locked = true;
          store.emit({ type: 'locked', reason: 'manual' });
        },
        changePassphrase: () => Promise.reject(new Error('not in tests')),
        touch: () => undefined,
        autoLockMs: 0,
        failedAttempts: 0,
      },
    });
  }
  return store;
}
