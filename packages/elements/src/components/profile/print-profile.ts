import { adoptFrameCss } from '../../styles/frame-css.js';

/** One titled block of the printed profile. */
export interface PrintSection {
  readonly title: string;
  readonly items: readonly string[];
}

/** What `printProfile` prints. */
export interface PrintProfileOptions {
  readonly title: string;
  readonly subtitle?: string;
  readonly sections: readonly PrintSection[];
  readonly lang?: string;
  /** Calls the print dialog; the frame's `print` by default. Tests pass a stub. */
  readonly print?: (win: Window, doc: Document) => void;
}

/**
 * Prints only the profile, as text, without touching the host page: the content goes into a
 * hidden about:blank iframe built with DOM APIs (no innerHTML, so user text stays text and a strict
 * CSP is no obstacle), the frame prints and is removed. (The shared `printSvg` prints drawings.)
 */
export async function printProfile(options: PrintProfileOptions): Promise<void> {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText =
    'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden;';
  document.body.append(frame);
  try {
    const win = frame.contentWindow;
    const doc = frame.contentDocument;
    if (!win || !doc) return;
    doc.documentElement.setAttribute('lang', options.lang ?? 'fr');
    // A constructed sheet, not a <style> element: the frame inherits the page's CSP.
    adoptFrameCss(
      win,
      doc,
      '@page { margin: 0.6in; } body { font-family: system-ui, sans-serif; color: #000; } h1 { font-size: 16pt; } h2 { font-size: 12pt; margin: 12pt 0 4pt; } li { margin: 2pt 0; }',
    );
    const title = doc.createElement('title');
    title.textContent = options.title;
    doc.head.append(title);
    const h1 = doc.createElement('h1');
    h1.textContent = options.title;
    doc.body.append(h1);
    if (options.subtitle) {
      const p = doc.createElement('p');
      p.textContent = options.subtitle;
      doc.body.append(p);
    }
    for (const section of options.sections) {
      const h2 = doc.createElement('h2');
      h2.textContent = section.title;
      const ul = doc.createElement('ul');
      for (const item of section.items) {
        const li = doc.createElement('li');
        li.textContent = item;
        ul.append(li);
      }
      doc.body.append(h2, ul);
    }
    (
      options.print ??
      ((w: Window) => {
        w.print();
      })
    )(win, doc);
    // Let the print dialog take its snapshot before the frame goes.
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    frame.remove();
  }
}
