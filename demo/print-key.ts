/** What the printed recovery-key sheet says, already in the page's language. */
export interface KeySheet {
  readonly lang: string;
  readonly title: string;
  readonly key: string;
  readonly body: string;
  /** Label/value lines under the key (namespace, date). */
  readonly lines: readonly (readonly [string, string])[];
}

const SHEET_CSS = `
  body { font-family: system-ui, sans-serif; margin: 2cm; color: #000; }
  h1 { font-size: 18pt; margin: 0 0 1cm; }
  .key { font: 600 20pt/1.6 ui-monospace, 'DejaVu Sans Mono', monospace; letter-spacing: 0.08em;
         border: 2px solid #000; padding: 0.5cm; word-spacing: 0.3em; overflow-wrap: anywhere; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2cm 0.6cm; margin: 1cm 0; }
  dt { font-weight: 600; }
  dd { margin: 0; }
`;

/**
 * Prints only the recovery-key sheet: it is written into a hidden `about:blank` iframe (text
 * nodes, never HTML strings; styles through a constructed sheet, so a strict CSP allows them) and
 * that frame alone is printed, never the page with its list of names. The frame is removed after
 * printing. Returns the frame's document (tests read it).
 */
export function printKeySheet(sheet: KeySheet): Document | undefined {
  const frame = document.createElement('iframe');
  frame.src = 'about:blank';
  frame.title = sheet.title;
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.className = 'print-frame';
  document.body.append(frame);
  const win = frame.contentWindow as (Window & typeof globalThis) | null;
  const doc = frame.contentDocument;
  if (!win || !doc) {
    frame.remove();
    return undefined;
  }
  doc.documentElement.lang = sheet.lang;
  doc.title = sheet.title;
  const css = new win.CSSStyleSheet();
  css.replaceSync(SHEET_CSS);
  doc.adoptedStyleSheets = [css];
  const h1 = doc.createElement('h1');
  h1.textContent = sheet.title;
  const key = doc.createElement('p');
  key.className = 'key';
  key.textContent = sheet.key;
  const dl = doc.createElement('dl');
  for (const [label, value] of sheet.lines) {
    const dt = doc.createElement('dt');
    dt.textContent = label;
    const dd = doc.createElement('dd');
    dd.textContent = value;
    dl.append(dt, dd);
  }
  const body = doc.createElement('p');
  body.textContent = sheet.body;
  doc.body.replaceChildren(h1, key, dl, body);
  // The key must not linger in the page: the frame goes once printing is over. `print()` blocks
  // while the dialog is open in Chromium and Firefox; the delay leaves room for browsers that
  // print from a snapshot taken just after it returns, and `afterprint` does not always fire.
  const cleanup = (): void => {
    setTimeout(() => {
      frame.remove();
    }, 2000);
  };
  win.addEventListener('afterprint', cleanup, { once: true });
  win.focus();
  win.print();
  cleanup();
  return doc;
}
