/** Options of `serializeSvg`. */
export interface SerializeSvgOptions {
  /** Written as the SVG's `<title>` (its accessible name in viewers). */
  readonly title: string;
  /** Written as `<desc>` when given. */
  readonly description?: string;
  /** CSS text inlined in a `<style>` element, so the file renders without the page's styles. */
  readonly styles: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

// Everything a drawing needs, and nothing that runs code or fetches: no script, foreignObject,
// image, a, iframe, animation or external use.
const ALLOWED = new Set(
  'svg g path line polyline polygon circle ellipse rect text tspan title desc defs marker pattern clipPath mask linearGradient radialGradient stop use symbol style'.split(
    ' ',
  ),
);

/** Whether an attribute could run code or reach outside the file. */
function unsafeAttribute(name: string, value: string): boolean {
  const n = name.toLowerCase();
  if (n.startsWith('on')) return true;
  if (n === 'href' || n === 'xlink:href' || n === 'src') return !value.trim().startsWith('#');
  if (n === 'tabindex' || n === 'part' || n === 'contenteditable') return true;
  return /javascript:|url\(\s*['"]?(?!#)/i.test(value);
}

const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching the control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** CSS with imports and non-fragment `url()` removed. */
function safeCss(css: string): string {
  return css.replace(/@import[^;]*;?/gi, '').replace(/url\(\s*['"]?(?!#)[^)]*\)/gi, 'none');
}

function clean(node: Element): void {
  for (const child of [...node.childNodes]) {
    if (
      child.nodeType === Node.COMMENT_NODE ||
      child.nodeType === Node.PROCESSING_INSTRUCTION_NODE
    ) {
      child.remove();
    } else if (child instanceof Element) {
      if (
        child.namespaceURI !== SVG_NS ||
        !ALLOWED.has(child.localName) ||
        child.localName === 'style'
      ) {
        child.remove();
        continue;
      }
      clean(child);
    }
  }
  for (const attr of [...node.attributes]) {
    if (unsafeAttribute(attr.name, attr.value)) node.removeAttributeNode(attr);
  }
}

/**
 * A self-contained SVG document from a rendered `<svg>`: title, description and the given styles
 * inlined; scripts, event-handler attributes, foreignObject, images, links, external references
 * and comments removed. The live element is not changed (a clone is cleaned). User text stays
 * text: the XML serializer escapes it.
 */
export function serializeSvg(svg: SVGSVGElement, options: SerializeSvgOptions): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  clean(copy);
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('role', 'img');
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = safeCss(options.styles);
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = options.title;
  const parts: Node[] = [title];
  if (options.description) {
    const desc = document.createElementNS(SVG_NS, 'desc');
    desc.textContent = options.description;
    parts.push(desc);
  }
  parts.push(style);
  for (const old of [...copy.children])
    if (old.localName === 'title' || old.localName === 'desc') old.remove();
  copy.prepend(...parts);
  const vb = copy.viewBox.baseVal;
  if (vb.width > 0 && !copy.hasAttribute('width')) {
    copy.setAttribute('width', String(Math.round(vb.width)));
    copy.setAttribute('height', String(Math.round(vb.height)));
  }
  // User text may hold characters XML 1.0 forbids (NUL, most C0 controls, lone surrogates): the
  // serializer keeps them and the file would not parse, so they become U+FFFD.
  const xml = new XMLSerializer().serializeToString(copy).replace(NOT_XML, '\uFFFD');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}
