/**
 * Hash routes: `#/`, `#/propositions/12`, `#/actors/OST`, `#/articles/<id>?hl=10-42`,
 * `#/search?q=drones`. Path segments are URI-encoded, so any article id fits.
 */

/** `#/articles/a%2Fb?hl=1-5` -> { segments: ['articles', 'a/b'], params: URLSearchParams } */
export function parseHash(hash) {
  const raw = hash.replace(/^#/, '') || '/';
  const cut = raw.indexOf('?');
  const path = cut < 0 ? raw : raw.slice(0, cut);
  const params = new URLSearchParams(cut < 0 ? '' : raw.slice(cut + 1));
  const segments = path.split('/').filter(Boolean).map(decodeSegment);
  return { segments, params };
}

function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function query(params = {}) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Builders for every in-app link, so the route shapes live in one place. */
export const links = {
  overview: (params) => `#/${query(params)}`,
  proposition: (id) => `#/propositions/${encodeURIComponent(id)}`,
  actor: (code) => `#/actors/${encodeURIComponent(code)}`,
  article: (id, params) => `#/articles/${encodeURIComponent(id)}${query(params)}`,
  search: (q) => `#/search${query({ q })}`,
};
