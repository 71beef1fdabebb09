/**
 * Tests assert on response bodies with `toMatchObject` and property paths; a loose type keeps
 * them readable, and the assertions themselves check the shape.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LooseJson = Record<string, any>;

/**
 * The JSON body of a response (or of a pending one).
 *
 * @example
 * const problem = await jsonOf(app.request('/api/propositions/99'));
 */
export async function jsonOf(res: Response | Promise<Response>): Promise<LooseJson> {
  return (await (await res).json()) as LooseJson;
}
