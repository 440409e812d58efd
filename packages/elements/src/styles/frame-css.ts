/**
 * Styles a same-origin frame's document with a constructed stylesheet, replacing its adopted
 * sheets. An about:blank frame inherits the page's CSP: without 'unsafe-inline' a `<style>`
 * element is blocked (and reported), a constructed sheet is not.
 */
export function adoptFrameCss(win: Window, doc: Document, css: string): void {
  // The frame's own constructor: a sheet from another realm cannot be adopted.
  const sheet = new (win as Window & typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [sheet];
}

const all = (root: Element): Element[] => [root, ...root.querySelectorAll('*')];

/**
 * Deep-imports `node` into `doc` with no inline styling a strict CSP would block: `<style>`
 * elements are dropped and their CSS returned (for `adoptFrameCss`), and `style` attributes are
 * re-applied through CSSOM. `node` itself is not changed.
 */
export function importWithoutInlineStyles(
  doc: Document,
  node: Element,
): { readonly node: Element; readonly css: string } {
  // The clean-up happens on a copy in a document without a browsing context, hence without a CSP.
  const copy = document.implementation.createHTMLDocument('').importNode(node, true);
  let css = '';
  for (const style of copy.querySelectorAll('style')) {
    css += `${style.textContent}\n`;
    style.remove();
  }
  const inline = all(copy).map((el) => {
    const value = el.getAttribute('style');
    el.removeAttribute('style');
    return value;
  });
  const out = doc.importNode(copy, true);
  all(out).forEach((el, i) => {
    const value = inline[i];
    if (value && 'style' in el) (el as Element & ElementCSSInlineStyle).style.cssText = value;
  });
  return { node: out, css };
}
