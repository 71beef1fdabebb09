import type { Scan } from './scan.js';
import { isAllCaps, lowerAt } from './tokens.js';

/**
 * Organisations known only by an acronym the gazetteer lacks: "the OPCW said", "(UNIFIL)",
 * "OPCW inspectors said". An all-capitals word of three to six letters, not among other capitals, is read as one after "the"
 * or "(" or before a speech verb; elsewhere it may be a shouted word or a code, and is left alone.
 *
 * @example
 * findAcronymOrganisations(scan); // "the OPCW" -> organization "OPCW"
 */
export function findAcronymOrganisations(scan: Scan): void {
  const { doc, lex } = scan;
  for (const s of doc.sentences) {
    if (scan.isHeadline(s.index)) continue;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const l = lowerAt(doc, i);
      if (
        scan.isClaimed(i) ||
        !/^[a-z]{3,6}$/.test(l) ||
        !isAllCaps(doc, i) ||
        isAllCaps(doc, i + 1) ||
        isAllCaps(doc, i - 2)
      )
        continue;
      if (scan.has(l, 'not-name') || lex.roles.startsWith(l)) continue;
      const before = lowerAt(doc, i - 1);
      const cued = before === 'the' || before === '(' || scan.has(lowerAt(doc, i + 1), 'speech');
      if (!cued || (before === '(' && lowerAt(doc, i + 1) !== ')')) continue;
      const name = doc.text.slice(doc.tokens.start[i]!, doc.tokens.end[i]!);
      scan.propose(i, i + 1, 'abbreviation', {
        key: `organization:${l}`,
        name,
        type: 'organization',
        code: null,
        country: null,
        role: null,
        description: null,
      });
    }
  }
}
