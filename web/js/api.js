/** Talks to the claimtrail JSON API; failures become ApiError carrying the problem document. */

export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || 'Request failed');
    this.problem = problem;
    this.status = problem.status;
  }
}

/**
 * GET a JSON endpoint; empty parameters are left out.
 * @example await getJson('/api/propositions', { status: 'contested', limit: 20 })
 */
export async function getJson(path, params = {}) {
  const url = new URL(path, location.origin);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, String(value));
  }
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(body ?? { status: res.status, title: res.statusText, detail: '' });
  return body;
}
