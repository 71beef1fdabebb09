import type { Doc } from '../../core/doc.js';
import type { Entity } from '../../core/types.js';
import { findAcronymOrganisations } from './acronyms.js';
import { assembleEntities } from './assemble.js';
import type { CompiledLexicons } from './gazetteer.js';
import { proposeGazetteerMentions } from './gazetteer-mentions.js';
import { findInstitutions } from './institutions.js';
import { findGazetteerMatches } from './match-gazetteer.js';
import { findNameCandidates } from './names.js';
import { classifyNames } from './people.js';
import { Scan } from './scan.js';
import { findUnnamedPeople } from './unnamed.js';

/**
 * Find the entities of a document: gazetteer names (states, capitals, organisations, places),
 * institutions named by title, people and other names from context, and unnamed officials.
 * Each step claims its tokens so later steps only see what is left.
 *
 * @example
 * findEntities(makeDoc('Pyongyang denied it.'), lex).map((e) => e.code); // ['PRK']
 */
export function findEntities(doc: Doc, lex: CompiledLexicons): Entity[] {
  const scan = new Scan(doc, lex, findGazetteerMatches(doc, lex));
  findInstitutions(scan);
  proposeGazetteerMentions(scan);
  classifyNames(scan, findNameCandidates(scan));
  findAcronymOrganisations(scan);
  findUnnamedPeople(scan);
  return assembleEntities(doc, scan.proposals, {
    isNamingCue: (cue) => scan.has(cue, 'naming'),
    isLeaderTitle: (title) => lex.leaderTitles.has(title),
  });
}
