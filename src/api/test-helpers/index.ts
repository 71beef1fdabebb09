/** Test doubles for the API and UI tests: an in-memory Store over invented fixtures. */
export { FakeStore } from './fake-store.js';
export { ARTICLES, PROPOSITIONS, TRAIL } from './fixtures.js';
export { jsonOf, type LooseJson } from './http.js';
