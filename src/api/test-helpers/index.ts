/** Test doubles for the API and UI tests: an in-memory Store over invented fixtures. */
export { createFakeStore, type FakeStore } from './fake-store.js';
export { ARTICLES, PROPOSITIONS, TRAIL } from './fixtures.js';
export { jsonOf, type LooseJson } from './http.js';
