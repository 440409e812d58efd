import type { Assessment } from '@toile/core';
import type { AssessmentStore } from '@toile/storage';

/** What the save indicator shows. `idle`: nothing opened or nothing saved yet. */
export type SaveState = 'idle' | 'saved' | 'saving' | 'offline' | 'error';

/** What `Autosaver` needs from the element. */
export interface AutosaveHost {
  /** The record to save now (pending text drafts applied first); undefined when none is open. */
  current(): Assessment | undefined;
  /** A save succeeded: `stored` is the store's copy (revision + 1), `sent` what was sent. */
  saved(stored: Assessment, sent: Assessment): void;
  /** A save failed; the edit stays in memory and `dirty` stays true. */
  failed(error: unknown): void;
  /** The state changed (re-render). */
  changed(): void;
}

/**
 * Debounced saves of one record. The element keeps its own in-memory record (whose `revision` is
 * the one the child elements saw, so their undo history survives) and this class tracks the
 * revision in storage: each `put` sends `{ ...record, revision: storedRevision }`
 * (docs/element-contract.md, "Autosave without losing undo"). Saves never overlap; an edit during
 * a save is saved right after it. A failed save keeps `dirty` and waits for the next edit.
 */
export class Autosaver {
  /** The revision in storage, which the next `put` must carry. */
  storedRevision = 0;
  /** Milliseconds between the last edit and the save; 400 by default (under the 500 ms promise). */
  delay = 400;
  /** Saves are held (while locked, or while the worker resolves a conflict); edits still count. */
  paused = false;
  /** The indicator's state. */
  state: SaveState = 'idle';
  /** When the last save succeeded. */
  savedAt: Date | undefined;

  readonly #host: AutosaveHost;
  #store: AssessmentStore | undefined;
  #dirty = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #chain: Promise<void> = Promise.resolve();
  #inFlight = 0;

  constructor(host: AutosaveHost) {
    this.#host = host;
  }

  /** The store written to; changing it drops nothing in memory. */
  set store(store: AssessmentStore | undefined) {
    this.#store = store;
  }

  /** Whether the in-memory record has edits not in storage yet. */
  get dirty(): boolean {
    return this.#dirty;
  }

  /** Whether a save is under way or waiting for its debounce. */
  get busy(): boolean {
    return this.#inFlight > 0 || this.#timer !== undefined;
  }

  /** Starts tracking a record just read from or written to the store (not dirty). */
  reset(storedRevision: number): void {
    this.cancel();
    this.storedRevision = storedRevision;
    this.#dirty = false;
    this.state = 'saved';
  }

  /** An edit happened: saves after `delay` ms of quiet. */
  schedule(): void {
    this.#dirty = true;
    if (this.paused) return;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.state = 'saving';
    this.#host.changed();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.flush();
    }, this.delay);
  }

  /** Drops a pending debounce (nothing is saved; `dirty` is kept). */
  cancel(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Saves now if there is anything to save; resolves when this and earlier saves are done. */
  flush(): Promise<void> {
    this.cancel();
    if (!this.#dirty || this.paused || !this.#store) return this.#chain;
    this.#inFlight += 1;
    this.#chain = this.#chain
      .then(() => this.#save())
      .finally(() => {
        this.#inFlight -= 1;
      });
    return this.#chain;
  }

  /** Resolves when no save is running (a pending debounce is not waited for). */
  idle(): Promise<void> {
    return this.#chain;
  }

  async #save(): Promise<void> {
    const store = this.#store;
    if (!this.#dirty || this.paused || !store) return;
    const sent = this.#host.current();
    if (!sent) return;
    this.state = 'saving';
    this.#host.changed();
    try {
      const stored = await store.put({ ...sent, revision: this.storedRevision });
      this.storedRevision = stored.revision;
      // An edit made while the write was under way is still to be saved.
      const current = this.#host.current();
      this.#dirty = current !== sent;
      this.state = 'saved';
      this.savedAt = new Date();
      this.#host.saved(stored, sent);
      if (this.#dirty) this.schedule();
    } catch (error) {
      this.state = isUnavailable(error) ? 'offline' : 'error';
      this.#host.failed(error);
    }
    this.#host.changed();
  }
}

function isUnavailable(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'code' in error && error.code === 'unavailable'
  );
}
