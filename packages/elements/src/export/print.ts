import { adoptFrameCss, importWithoutInlineStyles } from '../styles/frame-css.js';

/** What `printSvg` prints. */
export interface PrintOptions {
  /** A self-contained SVG document (from `serializeSvg`); it should hold its own legend. */
  readonly svgText: string;
  /** The heading printed above the drawing. */
  readonly title: string;
  /** A line under the heading, e.g. the interview date. */
  readonly subtitle?: string;
  /** Page size; `letter` by default (Quebec), or `A4`. */
  readonly pageSize?: 'letter' | 'A4';
  /** Language of the print document; `fr` by default. */
  readonly lang?: string;
  /**
   * Calls the print dialog; `window.print` of the frame by default. Tests pass a stub, which is
   * also given the frame document to inspect.
   */
  readonly print?: (win: Window, doc: Document) => void;
}

const PAGE = {
  letter: { size: 'letter', w: 7.5, h: 10 },
  A4: { size: 'A4', w: 7.27, h: 10.69 },
} as const;

/**
 * Prints only the given drawing, on one page, without hiding or restyling the host page: the
 * content goes into a hidden same-origin `<iframe>` (about:blank) built with DOM APIs only (no
 * document.write, no innerHTML, no srcdoc or blob URL, so a strict CSP is no obstacle), the frame
 * prints, and is removed afterwards. Resolves when the frame is gone.
 */
export async function printSvg(options: PrintOptions): Promise<void> {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText =
    'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden;';
  document.body.append(frame);
  try {
    const win = frame.contentWindow;
    const doc = frame.contentDocument;
    if (!win || !doc) throw new Error('The print frame is not available.');
    const page = PAGE[options.pageSize ?? 'letter'];
    doc.documentElement.setAttribute('lang', options.lang ?? 'fr');
    const pageCss = `@page { size: ${page.size}; margin: 0.5in; }
html, body { margin: 0; font-family: system-ui, sans-serif; color: #000; background: #fff; }
h1 { font-size: 16pt; margin: 0 0 4pt; }
p { margin: 0 0 8pt; font-size: 10pt; }
svg { display: block; width: 100%; height: auto; max-width: ${String(page.w)}in; max-height: ${String(page.h - 0.8)}in; }
@media print { body { break-inside: avoid; } }`;
    const titleEl = doc.createElement('title');
    titleEl.textContent = options.title;
    doc.head.append(titleEl);
    const h1 = doc.createElement('h1');
    h1.textContent = options.title;
    doc.body.append(h1);
    if (options.subtitle) {
      const p = doc.createElement('p');
      p.textContent = options.subtitle;
      doc.body.append(p);
    }
    const parsed = new DOMParser().parseFromString(options.svgText, 'image/svg+xml');
    const root = parsed.documentElement;
    if (root.localName !== 'svg') throw new Error('The SVG could not be parsed.');
    // Printing at the page width: the drawing scales by its viewBox.
    root.removeAttribute('width');
    root.removeAttribute('height');
    // No <style> element or style attribute in the frame (it inherits the page's CSP): the SVG's
    // own CSS joins the page CSS in a constructed sheet. The exported file keeps its <style>.
    const imported = importWithoutInlineStyles(doc, root);
    adoptFrameCss(win, doc, `${pageCss}\n${imported.css}`);
    doc.body.append(imported.node);
    const print =
      options.print ??
      ((w: Window) => {
        w.focus();
        w.print();
      });
    // Let the frame lay out before printing. Background tabs get no animation frames, so a short
    // timeout stands in for one there (printing must never hang on a frame that never comes).
    await new Promise<void>((r) => {
      const done = (): void => {
        r();
      };
      requestAnimationFrame(done);
      setTimeout(done, 50);
    });
    print(win, doc);
  } finally {
    // print() blocks until the dialog closes in every engine that has one; removing later would
    // leave a frame behind if the page navigates.
    frame.remove();
  }
}
