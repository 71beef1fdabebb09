/**
 * Quotes and events are keyed by their article: row id = article seq x `ROWS_PER_ARTICLE` +
 * index in the article. An article's rows are one range of the primary key, so no separate
 * (article, index) index is written per article, and the rows of one article sit together.
 */
export const ROWS_PER_ARTICLE = 2 ** 20;

/**
 * The row id of the `index`th quote or event of article `seq`.
 *
 * @example
 * rowKey(3, 1); // 3145729
 */
export function rowKey(seq: number, index: number): number {
  return seq * ROWS_PER_ARTICLE + index;
}

/** First and last possible row ids of article `seq`'s quotes or events. */
export function articleRows(seq: number): [first: number, last: number] {
  return [seq * ROWS_PER_ARTICLE, seq * ROWS_PER_ARTICLE + ROWS_PER_ARTICLE - 1];
}
