/**
 * DOM building without HTML parsing: every piece of data becomes a text node or an attribute
 * value, so article text (untrusted) can never turn into markup or script.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Creates an element. `props`: `class`, `on` (event handlers), anything else is an attribute
 * (`true` = present, `null`/`false` = absent). Children: nodes, strings, numbers, arrays.
 * @example h('a', { href: '#/' }, 'Ledger')
 */
export function h(tag, props = {}, ...children) {
  return build(document.createElement(tag), props, children);
}

/** Same as `h` for SVG elements. @example svg('rect', { x: 0, y: 0, width: 4, height: 9 }) */
export function svg(tag, props = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), props, children);
}

function build(element, props, children) {
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'on') {
      for (const [event, handler] of Object.entries(value)) element.addEventListener(event, handler);
    } else if (name === 'class') {
      element.setAttribute('class', String(value));
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

/** Appends children, flattening arrays and skipping null/false. */
export function append(element, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** The URL if it is http(s), else null: article URLs come from the input and must not run script. */
export function safeExternalUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link to an article's original page, or nothing when the URL is missing or unsafe. */
export function externalLink(url, label) {
  const href = safeExternalUrl(url);
  return href ? h('a', { href, rel: 'noopener noreferrer external', target: '_blank' }, label) : null;
}
