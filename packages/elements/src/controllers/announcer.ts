import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A polite live region's text. The element renders
 * `<div class="sr-only" role="status" aria-live="polite">${announcer.message}</div>`
 * and calls `announce(text)`; the text is cleared first and set after the next render, so a
 * repeated identical message is read again.
 */
export class Announcer implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #message = '';
  #token = 0;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The text to render in the live region; empty by default. */
  get message(): string {
    return this.#message;
  }

  /** Announces `text`; resolves once it is rendered. A newer call supersedes a pending one. */
  async announce(text: string): Promise<void> {
    const token = ++this.#token;
    this.#message = '';
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    if (token !== this.#token) return;
    this.#message = text;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
  }

  hostConnected(): void {
    // Nothing to set up; present for the ReactiveController contract.
  }

  hostDisconnected(): void {
    this.#message = '';
  }
}
