import { adoptFrameCss, importWithoutInlineStyles } from '../../styles/frame-css.js';

/** What `printElementContent` prints. */
export interface PrintContentOptions {
  /** The node whose content is printed (cloned; the host page is never touched). */
  readonly content: Element;
  /** The print document's title (the default file name of "Save as PDF"). */
  readonly title: string;
  /** CSS for the print document. */
  readonly css: string;
  /** Language of the print document; `fr` by default. */
  readonly lang?: string;
  /** Calls the print dialog; the frame's `print` by default. Tests pass a stub, given the frame's document. */
  readonly print?: (win: Window, doc: Document) => void;
}

/**
 * Prints a copy of rendered content alone, without hiding or restyling the host page: like the
 * shared `printSvg` (export/print.ts), it uses a hidden about:blank iframe built with DOM APIs
 * only (a deep `importNode`, never innerHTML, so user text stays text and a strict CSP is no
 * obstacle), prints it and removes it. `printSvg` takes SVG text; this takes a rendered node.
 */
export async function printElementContent(options: PrintContentOptions): Promise<void> {
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
    doc.documentElement.setAttribute('lang', options.lang ?? 'fr');
    const title = doc.createElement('title');
    title.textContent = options.title;
    doc.head.append(title);
    // No <style> element or style attribute in the frame (it inherits the page's CSP): the CSS
    // goes into a constructed sheet, inline styles are re-applied through CSSOM.
    const imported = importWithoutInlineStyles(doc, options.content);
    adoptFrameCss(win, doc, `${options.css}\n${imported.css}`);
    doc.body.append(imported.node);
    const print =
      options.print ??
      ((w: Window) => {
        w.focus();
        w.print();
      });
    // A task, not an animation frame: frames do not run in a hidden or background tab.
    await new Promise((r) => setTimeout(r, 0));
    print(win, doc);
  } finally {
    frame.remove();
  }
}
