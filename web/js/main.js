import { ApiError } from './api.js';
import { h } from './dom.js';
import { parseHash } from './router.js';
import { actorView } from './views/actor.js';
import { articleView } from './views/article.js';
import { dossierView } from './views/dossier.js';
import { overviewView } from './views/overview.js';
import { searchView } from './views/search.js';

/** First path segment -> view. A view resolves to `{ title, node, afterRender? }`. */
const VIEWS = {
  '': overviewView,
  propositions: dossierView,
  actors: actorView,
  articles: articleView,
  search: searchView,
};

const main = document.getElementById('view');
let renderCount = 0;
let lastRoute = null;

async function render() {
  const { segments, params } = parseHash(location.hash);
  const [name = '', id] = segments;
  const view = VIEWS[name];
  const token = ++renderCount;
  // Remember the focused control so re-rendering the same page (a filter change) keeps the user's place.
  const focusedId = document.activeElement?.id;
  main.setAttribute('aria-busy', 'true');
  let result;
  try {
    result = view && (name === '' || name === 'search' || id) ? await view({ id, params }) : notFound();
  } catch (error) {
    result = failure(error);
  }
  if (token !== renderCount) return; // a newer navigation won
  main.replaceChildren(result.node);
  main.removeAttribute('aria-busy');
  document.title = `${result.title} · claimtrail`;
  markCurrentNav(name);
  const route = `${name}/${id ?? ''}`;
  // On first load focus stays at the top of the document, so Tab reaches the skip link first.
  if (lastRoute !== null) {
    const keep = route === lastRoute && focusedId ? document.getElementById(focusedId) : null;
    (keep ?? main.querySelector('h1') ?? main).focus();
  }
  lastRoute = route;
  result.afterRender?.();
}

function markCurrentNav(name) {
  for (const link of document.querySelectorAll('[data-nav]')) {
    const current = link.dataset.nav === (name === 'search' ? 'search' : name === '' ? 'ledger' : '');
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

function notFound() {
  return {
    title: 'Not found',
    node: h(
      'section',
      { class: 'problem' },
      h('h1', { tabindex: '-1' }, 'Page not found'),
      h('p', {}, h('a', { href: '#/' }, 'Back to the ledger')),
    ),
  };
}

/** An API problem (or a network failure) shown as a page, with the failing fields if any. */
function failure(error) {
  const problem =
    error instanceof ApiError
      ? error.problem
      : { title: 'Cannot reach the server', detail: String(error?.message ?? error) };
  const heading = problem.status === 404 ? 'Not found' : problem.title;
  return {
    title: heading,
    node: h(
      'section',
      { class: 'problem', role: 'alert' },
      h('h1', { tabindex: '-1' }, heading),
      h('p', {}, problem.detail),
      Array.isArray(problem.errors)
        ? h(
            'ul',
            {},
            problem.errors.map((e) => h('li', {}, h('code', {}, e.field), `: ${e.message}`)),
          )
        : null,
      h('p', {}, h('a', { href: '#/' }, 'Back to the ledger')),
    ),
  };
}

// The skip link's `#view` would be read as a route; move focus instead.
document.querySelector('.skip-link')?.addEventListener('click', (event) => {
  event.preventDefault();
  (main.querySelector('h1') ?? main).focus();
});
window.addEventListener('hashchange', render);
render();
