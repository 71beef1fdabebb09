import type { Doc } from '../../core/doc.js';
import type { EventTime } from '../../core/types.js';
import { referenceDate } from '../dates/index.js';
import { isQuote } from './clauses.js';
import { REPORT, clauseStart, forwardEnd, verbGroupStart, type SentenceView } from './scope.js';
import type { Operator } from './types.js';
import { isBe, isVerbal, lemmaAt, verbForm } from './words.js';

/** How a trigger's time was decided; `explicit` readings are not overridden by dates or time adverbs. */
export interface TimeReading {
  time: EventTime;
  reason: string;
  explicit: boolean;
}

/** The verb a nominal trigger hangs on: the verb before it (object) or its predicate (subject). */
export interface Governor {
  index: number;
  role: 'object' | 'subject';
  /** True when a preposition stands between the verb and the noun ("accused X of the attack"). */
  viaPreposition: boolean;
}

const MODALS = new Set([
  'will',
  'would',
  'shall',
  'may',
  'might',
  'could',
  'can',
  'must',
  'should',
  "'ll",
  'wo',
]);
const PROGRESSIVE_BE = new Set(['is', 'are', 'am', "'re", "'s", 'been', 'be']);

function covering(ops: Operator[], i: number, scope: Operator['timeScope']): Operator[] {
  return ops.filter((o) => o.kind === 'time' && o.timeScope === scope && o.scopeStart <= i && i < o.scopeEnd);
}

function strongest(ops: Operator[]): Operator | undefined {
  return ops.find((o) => o.time === 'future') ?? ops.find((o) => o.time === 'ongoing') ?? ops[0];
}

/** Speech and denial verbs: their simple present is the news "historic present", read as past. */
export function isReportVerb(v: SentenceView, i: number): boolean {
  return (v.flags[i - v.start]! & REPORT) !== 0;
}

/**
 * Time of the verb group ending at verb `v`, from its auxiliaries and inflection.
 *
 * @example
 * verbGroupTime(view, suppliedToken); // { time: 'past', reason: 'tense:perfect', explicit: true }
 */
export function verbGroupTime(v: SentenceView, i: number, depth = 0): TimeReading {
  const { doc } = v;
  const t = doc.tokens;
  const form = verbForm(doc, i);
  const from = verbGroupStart(v, i);
  const aux: string[] = [];
  for (let k = from; k < i; k++) if (doc.posOf(k) !== 'ADV') aux.push(t.lower[k]!);
  const has = (s: Set<string> | string[]) => aux.some((a) => (Array.isArray(s) ? s.includes(a) : s.has(a)));
  if (aux[aux.length - 1] === 'to' || (aux.length === 0 && i > v.start && t.lower[i - 1] === 'to')) {
    const gov = previousVerb(v, from - 1);
    if (gov !== null && depth < 3)
      return { ...verbGroupTime(v, gov, depth + 1), reason: 'tense:governing-verb' };
    return { time: 'future', reason: 'tense:infinitive', explicit: false };
  }
  const modal = aux.findIndex((a) => MODALS.has(a));
  if (modal >= 0) {
    const perfect = aux.slice(modal + 1).some((a) => a === 'have' || a === "'ve");
    return perfect
      ? { time: 'past', reason: 'tense:modal-perfect', explicit: true }
      : { time: 'future', reason: 'tense:modal', explicit: true };
  }
  if (form === 'ing') {
    if (has(PROGRESSIVE_BE)) return { time: 'ongoing', reason: 'tense:progressive', explicit: true };
    if (has(['was', 'were'])) return { time: 'past', reason: 'tense:past-progressive', explicit: true };
    let p = i - 1;
    while (p > v.start && (doc.posOf(p) === 'ADV' || isQuote(doc, p))) p--;
    const prev = p >= v.start ? doc.posOf(p) : 'X';
    // "was detected flying over", "was seen firing": what a passive perception reports is still going on.
    if (prev === 'VERB' && p - 1 >= v.start && isBe(doc, p - 1)) {
      return { time: 'ongoing', reason: 'tense:observed-participle', explicit: false };
    }
    // A gerund ("accused X of shelling") or a reduced relative ("attacks targeting the grid") takes its clause's verb.
    if (
      prev === 'ADP' ||
      prev === 'VERB' ||
      prev === 'SCONJ' ||
      prev === 'NOUN' ||
      prev === 'PROPN' ||
      prev === 'CCONJ'
    ) {
      const gov = previousVerb(v, i - 1);
      if (gov !== null && depth < 3) return { ...verbGroupTime(v, gov, depth + 1), reason: 'tense:gerund' };
      // "Peskov, without providing evidence, said ...": an opening adjunct takes the main verb after it.
      const main = gov === null ? nextFiniteVerb(v, i + 1) : null;
      if (main !== null && depth < 3)
        return { ...verbGroupTime(v, main, depth + 1), reason: 'tense:adjunct' };
    }
    // ", killing one soldier", ", instead blaming the US": a participle clause shares the main clause's time.
    if (p > v.start && v.doc.tokens.lower[p] === ',' && depth < 3) {
      const main = previousVerbBefore(v, p - 1);
      if (main !== null) return { ...verbGroupTime(v, main, depth + 1), reason: 'tense:participle-clause' };
    }
    return { time: 'ongoing', reason: 'tense:participle', explicit: false };
  }
  if (has(['has', 'have', "'ve", 'had', 'did', 'was', 'were']))
    return { time: 'past', reason: 'tense:perfect-or-past', explicit: true };
  if (has(['do', 'does'])) return { time: 'ongoing', reason: 'tense:present', explicit: true };
  // "The shell hit the school": a bare form after a singular subject can only be an irregular past.
  if (form === 'base' && aux.length === 0 && singularSubjectBefore(v, from - 1))
    return { time: 'past', reason: 'tense:past', explicit: true };
  if (has(['is', 'are', 'am', "'re"]) || form === 'present' || form === 'base') {
    if (isReportVerb(v, i)) return { time: 'past', reason: 'tense:historic-present', explicit: false };
    return { time: 'ongoing', reason: 'tense:present', explicit: false };
  }
  return { time: 'past', reason: 'tense:past', explicit: true };
}

/** The nearest verb at or before `i` in the same clause, skipping "including", "according". */
function previousVerb(v: SentenceView, i: number): number | null {
  const floor = clauseStart(v, Math.max(i, v.start));
  for (let k = i; k >= floor; k--) {
    if (isVerbal(v.doc, k) && !SKIP_VERBS.has(v.doc.tokens.lower[k]!)) return k;
  }
  return null;
}

/** "vowed to continue", "threatened to strike": a commissive verb followed by "to" + a verb. */
function commitsTo(v: SentenceView, i: number): boolean {
  const { doc } = v;
  if (v.lex.modals.matchAt(doc, i, i + 1)?.phrase.value.scope !== 'commissive') return false;
  let k = i + 1;
  while (k < v.end && doc.posOf(k) === 'ADV') k++;
  return doc.tokens.lower[k] === 'to' && k + 1 < v.end && isVerbal(doc, k + 1);
}

function singularSubjectBefore(v: SentenceView, i: number): boolean {
  if (i < v.start) return false;
  const { doc } = v;
  const w = doc.tokens.lower[i]!;
  if (w === 'he' || w === 'she' || w === 'it') return true;
  const pos = doc.posOf(i);
  if (i - 1 >= v.start && doc.tokens.lower[i - 1] === 'and') return false;
  return (pos === 'NOUN' && w === lemmaAt(doc, i)) || (pos === 'PROPN' && !w.endsWith('s'));
}

/** The first finite verb at or after `i` in the sentence. */
function nextFiniteVerb(v: SentenceView, i: number): number | null {
  for (let k = i; k < v.end; k++) {
    if (isVerbal(v.doc, k) && verbForm(v.doc, k) !== 'ing' && v.doc.tokens.lower[k - 1] !== 'to') return k;
  }
  return null;
}

/** The nearest verb at or before `i` in the sentence, across clause breaks. */
function previousVerbBefore(v: SentenceView, i: number): number | null {
  for (let k = i; k >= v.start; k--)
    if (isVerbal(v.doc, k) && !SKIP_VERBS.has(v.doc.tokens.lower[k]!)) return k;
  return null;
}

const COMPLEMENTISERS = new Set(['that', 'whether', 'if', 'who', 'which']);
const SKIP_VERBS = new Set(['including', 'according', 'regarding', 'concerning', 'involving']);

/**
 * The verb a nominal trigger hangs on, or null.
 *
 * @example
 * findGovernor(view, attackToken); // { index: 3, role: 'object', viaPreposition: true } for "denied involvement in the attack"
 */
export function findGovernor(v: SentenceView, head: number): Governor | null {
  const { doc } = v;
  let prep = false;
  for (let k = head - 1; k >= clauseStart(v, head); k--) {
    if (isVerbal(doc, k) && !SKIP_VERBS.has(doc.tokens.lower[k]!)) {
      return { index: k, role: 'object', viaPreposition: prep };
    }
    // "warned that any attack would ...": the noun opens an embedded clause; its verb follows.
    if (COMPLEMENTISERS.has(doc.tokens.lower[k]!)) break;
    if (doc.posOf(k) === 'ADP' && doc.tokens.lower[k] !== 'of') prep = true;
  }
  const end = forwardEnd(v, head);
  for (let k = head + 1; k < end; k++) {
    if (isVerbal(doc, k)) {
      let j = k;
      while (
        j + 1 < end &&
        (isVerbal(doc, j + 1) || doc.posOf(j + 1) === 'ADV' || doc.posOf(j + 1) === 'PART') &&
        doc.tokens.lower[j + 1] !== 'to'
      )
        j++;
      while (j > k && !isVerbal(doc, j)) j--;
      return { index: j, role: 'subject', viaPreposition: false };
    }
    const pos = doc.posOf(k);
    if (pos === 'SCONJ' || pos === 'PRON' || doc.tokens.lower[k] === ',') break;
  }
  return null;
}

/**
 * The time of a trigger: time-word noun modifiers ("planned visit"), then the verb group of the
 * trigger (or of the verb a nominal trigger hangs on) with modal and governing verbs ("plans to",
 * "continues to"), then time adverbs in the clause, then dates in the clause against the article date.
 */
export function timeOf(
  v: SentenceView,
  ops: Operator[],
  head: number,
  nominal: boolean,
  gov: Governor | null,
): TimeReading {
  const np = strongest(covering(ops, head, 'np'));
  if (np && nominal) return { time: np.time!, reason: `time-word:${np.label}`, explicit: true };
  // "Allegations of X's involvement ... are absurd": a bare copula says nothing of the noun's time.
  const copula = nominal && gov?.role === 'subject' && lemmaAt(v.doc, gov.index) === 'be';
  const anchor = nominal ? (copula ? null : (gov?.index ?? null)) : head;
  if (!nominal && commitsTo(v, head)) return { time: 'future', reason: 'commissive', explicit: true };
  let reading: TimeReading;
  if (anchor === null) reading = { time: 'past', reason: 'default:nominal', explicit: false };
  else if (nominal && gov!.role === 'object' && (gov!.viaPreposition || isReportVerb(v, gov!.index))) {
    reading = { time: 'past', reason: 'nominal:reported-or-prepositional', explicit: false };
  } else {
    reading = verbGroupTime(v, anchor);
    const form = verbForm(v.doc, anchor);
    const finite = reading.explicit && form !== 'base' && form !== 'ing';
    const governed = strongest(covering(ops, anchor, 'complement'));
    // A finite trigger takes a governing cue only from its own verb group ("will send"), or when it is the
    // cue and a verb follows ("plans to travel"; not "agreed to a ceasefire").
    const own =
      governed !== undefined &&
      governed.cueStart >= verbGroupStart(v, anchor) &&
      (governed.cueStart < anchor || isVerbal(v.doc, governed.cueEnd));
    if (governed && (!finite || own)) {
      reading = { time: governed.time!, reason: `governed:${governed.label}`, explicit: true };
    }
  }
  const clause = anchor === null ? undefined : strongest(covering(ops, anchor, 'clause'));
  if (clause && !(reading.explicit && reading.time === 'future')) {
    reading = { time: clause.time!, reason: `time-word:${clause.label}`, explicit: true };
  }
  if (!reading.explicit) reading = byDate(v, anchor ?? head, reading);
  return reading;
}

const articleDays = new WeakMap<Doc, string | null>();

/** The article's date as YYYY-MM-DD, parsed once per Doc. */
function articleDay(doc: Doc): string | null {
  let day = articleDays.get(doc);
  if (day === undefined) {
    day = referenceDate(doc.article.published)?.toISOString().slice(0, 10) ?? null;
    articleDays.set(doc, day);
  }
  return day;
}

function byDate(v: SentenceView, i: number, reading: TimeReading): TimeReading {
  const { doc } = v;
  const day = articleDay(doc);
  const dates = doc.get('dates');
  if (!day || dates.length === 0) return reading;
  const from = doc.tokens.start[clauseStart(v, i)]!;
  const to = doc.tokens.end[forwardEnd(v, i) - 1]!;
  for (const d of dates) {
    if (d.start < from || d.end > to) continue;
    if (d.date > day && reading.time !== 'future')
      return { time: 'future', reason: `date:${d.date}`, explicit: true };
    if (d.date < day && reading.time !== 'past')
      return { time: 'past', reason: `date:${d.date}`, explicit: true };
  }
  return reading;
}
