// The iframe embedding's entry (toile-frame.html): hosts one Toile element and speaks the
// postMessage API of docs/embedding.md with one allow-listed parent origin. It never posts to `*`
// and drops every message from another origin or window, and every malformed message.
import '../all.js';
import { ToileChangeEvent } from '../events/toile-change.js';
import { ToileErrorEvent } from '../events/toile-error.js';
import { ToileSelectEvent } from '../events/toile-select.js';
import {
  FRAME_ELEMENTS,
  parseFrameMessage,
  readParentOrigin,
  type FrameOutMessage,
  type SetAssessmentMessage,
} from './frame-protocol.js';

interface HostedElement extends HTMLElement {
  assessment: unknown;
  readonly: boolean;
}

const parentOrigin = readParentOrigin(
  location.search,
  document.querySelector('meta[name="toile-parent-origin"]')?.getAttribute('content') ?? null,
);
const slot = document.querySelector('#toile') ?? document.body;
let current: HostedElement | undefined;

// Plain data only: structured clone would also copy it, but JSON drops anything exotic an
// element might carry (frozen arrays stay arrays, class instances become records).
function post(message: FrameOutMessage): void {
  if (parentOrigin === undefined || window.parent === window) return;
  window.parent.postMessage(JSON.parse(JSON.stringify(message)) as unknown, parentOrigin);
}

function forward(event: Event): void {
  if (event instanceof ToileChangeEvent) {
    post({ type: 'toile:change', assessment: event.assessment, change: event.change });
  } else if (event instanceof ToileSelectEvent) {
    post({ type: 'toile:select', ids: event.ids });
  } else if (event instanceof ToileErrorEvent) {
    post({ type: 'toile:error', source: event.source, issues: event.issues });
  }
}

function show(message: SetAssessmentMessage): void {
  const tag = `toile-${message.element}`;
  if (current?.localName !== tag) {
    current?.remove();
    current = document.createElement(tag) as HostedElement;
    slot.append(current);
  }
  if (message.lang === undefined) current.removeAttribute('lang');
  else current.setAttribute('lang', message.lang);
  current.readonly = message.readonly ?? false;
  current.assessment = message.assessment;
}

for (const name of [
  ToileChangeEvent.eventName,
  ToileSelectEvent.eventName,
  ToileErrorEvent.eventName,
]) {
  slot.addEventListener(name, forward);
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (parentOrigin === undefined) return;
  if (event.origin !== parentOrigin || event.source !== window.parent) return;
  const message = parseFrameMessage(event.data);
  if (message) show(message);
});

if (parentOrigin === undefined) {
  console.warn(
    'toile-frame: no valid parent origin (query parameter `parentOrigin` or <meta name="toile-parent-origin">); the frame stays silent.',
  );
} else {
  post({ type: 'toile:ready', elements: FRAME_ELEMENTS });
}
