import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/test-helpers/make-doc.js';
import type { Certainty, EventTime, Polarity } from '../../core/types.js';
import { modalityOf, type Modality, type SpeechCue } from './index.js';

/** Read the trigger `word` (lower case; `word@2` for its second occurrence) in a one-sentence text. */
function read(text: string, word: string, cue?: SpeechCue): Modality {
  const doc = makeDoc(text, { published: '2024-03-10' });
  const [w, nth = '1'] = word.split('@');
  let seen = 0;
  for (const sentence of doc.sentences) {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      if (doc.tokens.lower[i] === w && ++seen === Number(nth)) {
        return modalityOf({ doc, sentence, trigger: { tokenStart: i, tokenEnd: i + 1 }, cue: cue ?? null });
      }
    }
  }
  throw new Error(`trigger "${word}" not found in: ${text}`);
}

type Case = [name: string, text: string, trigger: string, expected: Polarity | Certainty | EventTime];

const polarity: Case[] = [
  ['plain past assertion', 'Freedonia supplied rockets to Sylvania last year.', 'supplied', 'asserted'],
  ['"did not" negates its verb', 'Freedonia did not supply rockets to Sylvania.', 'supply', 'denied'],
  ['"never" with a perfect', 'We have never sold weapons to Sylvania.', 'sold', 'denied'],
  ['"never" reaches the object noun', 'We have never had arms deals with Sylvania.', 'deals', 'denied'],
  ['contracted negation', "Freedonia hasn't sent troops to the front.", 'sent', 'denied'],
  ['"no plan to" reaches the infinitive', 'We have no plan to deploy troops there.', 'deploy', 'denied'],
  [
    '"no evidence that" reaches the that-clause',
    'There is no evidence that Borduria fired the missiles.',
    'fired',
    'denied',
  ],
  [
    '"not involved in" reaches the attack',
    'The ministry said its forces were not involved in the raid.',
    'raid',
    'denied',
  ],
  [
    '"nothing to do with" reaches the killing',
    'Borduria insisted it had nothing to do with the assassination.',
    'assassination',
    'denied',
  ],
  ['"no role in"', 'The militia played no role in the bombing of the bridge.', 'bombing', 'denied'],
  ['object "no" negates its verb', 'The navy sent no ships to the strait.', 'sent', 'denied'],
  ['subject "no" negates its verb', 'No weapons were delivered to the rebels.', 'delivered', 'denied'],
  [
    '"stopped short of accusing"',
    'The alliance stopped short of accusing Borduria of the sabotage.',
    'accusing',
    'denied',
  ],
  [
    '"refused to" negates the complement',
    'Sylvania refused to extradite the suspects.',
    'extradite',
    'denied',
  ],
  [
    '"without" + gerund',
    'The spokesman repeated the accusation without providing evidence.',
    'providing',
    'denied',
  ],
  [
    '"neither ... nor": first verb',
    'Freedonia has neither funded nor armed the insurgents.',
    'funded',
    'denied',
  ],
  [
    '"neither ... nor": second verb counts once',
    'Freedonia has neither funded nor armed the insurgents.',
    'armed',
    'denied',
  ],
  [
    '"denied that" complement',
    'The ministry denied that it had supplied drones to the rebels.',
    'supplied',
    'denied',
  ],
  ['"denied" + gerund', 'Borduria denied shelling the village.', 'shelling', 'denied'],
  ['"denied involvement in" a noun', 'The group denied any involvement in the ambush.', 'ambush', 'denied'],
  [
    '"denied responsibility for"',
    'The militia swiftly denied responsibility for the blast on Friday.',
    'blast',
    'denied',
  ],
  [
    '"rejected allegations that"',
    'Sylvania rejected allegations that its agents poisoned the defector.',
    'poisoned',
    'denied',
  ],
  ['"dismissed claims of"', 'The army dismissed claims of a massacre in the valley.', 'massacre', 'denied'],
  [
    '"rejected as false" reports',
    'The palace rejected as false reports that the king had fled.',
    'fled',
    'denied',
  ],
  [
    '"refuted reports that"',
    'The ministry refuted reports that troops had crossed the border.',
    'crossed',
    'denied',
  ],
  [
    '"rejected" a proposal denies nothing',
    'Sylvania rejected the proposal to hold talks in the capital.',
    'talks',
    'asserted',
  ],
  [
    'falsity word before the claim',
    'State media spread false claims that Freedonia had bombed the dam.',
    'bombed',
    'denied',
  ],
  [
    'falsity predicate after the claim',
    'Allegations of Borduria’s role in the hacking campaign are baseless, the ministry said.',
    'hacking',
    'denied',
  ],
  [
    'claim called fabricated',
    'The minister called the reports that his army shelled the school fabricated.',
    'shelled',
    'denied',
  ],
  [
    'passive denial of a claim',
    'Reports that the convoy was attacked were denied by the ministry.',
    'attacked',
    'denied',
  ],
  [
    '"no truth to reports that"',
    'There is no truth to reports that the envoy was expelled.',
    'expelled',
    'denied',
  ],
  [
    'appositive charge he denied',
    'He was accused of bombing the embassy, a charge he denied until his death.',
    'bombing',
    'denied',
  ],
  ['"did not deny" asserts', 'The minister did not deny that the troops were sent.', 'sent', 'asserted'],
  ['"never denied" asserts', 'Borduria has never denied that it armed the militia.', 'armed', 'asserted'],
  [
    '"not only ... but also": first',
    'Freedonia not only supplied rockets but also trained the crews.',
    'supplied',
    'asserted',
  ],
  [
    '"not only ... but also": second',
    'Freedonia not only supplied rockets but also trained the crews.',
    'trained',
    'asserted',
  ],
  [
    '"no one was hurt" does not deny the attack',
    'No one was hurt in the attack on the depot.',
    'attack',
    'asserted',
  ],
  [
    'negation before "but" stays in its clause',
    'Sylvania did not comment, but its artillery shelled the town.',
    'shelled',
    'asserted',
  ],
  [
    'negation after "while" stays in its clause',
    'Borduria shelled the port while Sylvania did not respond.',
    'shelled',
    'asserted',
  ],
  [
    'negation in a second clause after "and we"',
    'We never sold them rockets and we will send them drones.',
    'send',
    'asserted',
  ],
  [
    'denial stops at ", which"',
    'Kirovia denied involvement in the blast, which followed a wave of arson attacks.',
    'attacks',
    'asserted',
  ],
  [
    'denial stops before a new statement verb',
    'The army denied the report and accused the rebels of staging the attack.',
    'staging',
    'asserted',
  ],
  [
    'the denial verb itself is asserted',
    'The ministry denied that it had supplied drones to the rebels.',
    'denied',
    'asserted',
  ],
  [
    'the rejected allegation noun is asserted',
    'Sylvania rejected allegations that its agents poisoned the defector.',
    'allegations',
    'asserted',
  ],
  ['negated occurrence denies the subject noun', 'The reported raid never took place.', 'raid', 'denied'],
  [
    'negated non-occurrence verb keeps the subject noun',
    'The airstrike did not damage the hospital.',
    'airstrike',
    'asserted',
  ],
  [
    '"did not say that" does not deny the complement',
    'The minister did not say that the army had shelled the town.',
    'shelled',
    'asserted',
  ],
  [
    'a negation in a quoted denial',
    'The envoy said, "We have never supplied any weapons to them."',
    'supplied',
    'denied',
  ],
];

const certainty: Case[] = [
  ['flat statement is certain', 'The army shelled the town on Monday.', 'shelled', 'certain'],
  [
    'named source speaking flatly is certain',
    'The minister said the army had shelled the town.',
    'shelled',
    'certain',
  ],
  [
    '"information indicates" in a quote',
    'The adviser said, "Our information indicates that Borduria is secretly arming the rebels."',
    'arming',
    'hedged',
  ],
  [
    '"our indications are that"',
    'Our indications are that Freedonia is supplying the rebels.',
    'supplying',
    'hedged',
  ],
  [
    '"intelligence suggests"',
    'Western intelligence suggests the militia carried out the bombing.',
    'carried',
    'hedged',
  ],
  ['"reportedly"', 'Borduria reportedly sent mercenaries to the region.', 'sent', 'hedged'],
  ['"allegedly"', 'The agents allegedly planted the bomb.', 'planted', 'hedged'],
  ['"is believed to"', 'The group is believed to have smuggled the weapons.', 'smuggled', 'hedged'],
  ['"is alleged to"', 'The colonel is alleged to have ordered the strike.', 'ordered', 'hedged'],
  [
    '"has been accused of" without an accuser',
    'The militia has been accused of torturing prisoners.',
    'torturing',
    'hedged',
  ],
  [
    '"accused by X of" names the accuser',
    'The militia was accused by Sylvania of torturing prisoners.',
    'torturing',
    'certain',
  ],
  ['"suspected of"', 'The trawler was suspected of smuggling explosives.', 'smuggling', 'hedged'],
  ['"appears to"', 'The drone appears to have struck the refinery.', 'struck', 'hedged'],
  [
    '"we understand that"',
    'We understand that the enemy is massing troops near the border.',
    'massing',
    'hedged',
  ],
  [
    '"credible allegations"',
    'The premier said credible allegations linked foreign agents to the killing.',
    'linked',
    'hedged',
  ],
  [
    '"officials said" without a name',
    'Officials said the rebels had seized the airport.',
    'seized',
    'hedged',
  ],
  [
    '"according to" unnamed officials',
    'The rebels seized the airport, according to unnamed officials.',
    'seized',
    'hedged',
  ],
  [
    '"according to" a named group is certain',
    'According to Amnesty, the soldiers executed the prisoners.',
    'executed',
    'certain',
  ],
  [
    '"according to available information" in a quote',
    'The ministry said: "According to available information, naval divers took part in the sabotage."',
    'took',
    'hedged',
  ],
  ['"sources said"', 'Sources said the envoy had been recalled.', 'recalled', 'hedged'],
  [
    'unowned "allegations that"',
    'The talks stalled amid allegations that Sylvania had bugged the hotel.',
    'bugged',
    'hedged',
  ],
  ['"the alleged attack"', 'The alleged attack on the embassy was condemned worldwide.', 'attack', 'hedged'],
  ['"may"', 'Borduria may use chemical weapons.', 'use', 'possible'],
  ['"could"', 'The rebels could attack the capital within days.', 'attack', 'possible'],
  ['"might"', 'Sylvania might impose sanctions on the regime.', 'impose', 'possible'],
  [
    '"would be able to"',
    'Officials worry that the rebels would be able to seize the port.',
    'seize',
    'possible',
  ],
  ['"concern that"', 'There is concern that Freedonia will supply missiles.', 'supply', 'possible'],
  ['"fears that"', 'The move raised fears that the army will invade.', 'invade', 'possible'],
  [
    '"possibility that"',
    'The minister raised the possibility that Borduria could provide missiles.',
    'provide',
    'possible',
  ],
  [
    '"threatens to": the threatened act',
    'The premier threatened to cut off gas supplies.',
    'cut',
    'possible',
  ],
  [
    '"threatens to": the threat itself',
    'The premier threatened to cut off gas supplies.',
    'threatened',
    'certain',
  ],
  ['"did not rule out"', 'The minister did not rule out sending troops.', 'sending', 'possible'],
  [
    'possible within a claimed statement',
    'The general claimed that Sylvania may use a dirty bomb.',
    'use',
    'possible',
  ],
  [
    '"no evidence that" is a hedged denial',
    'There is no evidence that the navy sank the ferry.',
    'sank',
    'hedged',
  ],
  ['"unclear whether"', 'It is unclear whether Borduria supplied the drones.', 'supplied', 'possible'],
  [
    'the denier stays certain over a hedged claim',
    'Borduria denied reports that it had allegedly shelled the convoy.',
    'shelled',
    'certain',
  ],
  [
    'hedge in another clause does not reach',
    'The army reportedly withdrew, but the rebels shelled the town.',
    'shelled',
    'certain',
  ],
  [
    "a noun subject takes its predicate's modal",
    'The offensive may begin next week.',
    'offensive',
    'possible',
  ],
];

const time: Case[] = [
  ['simple past', 'The army shelled the town.', 'shelled', 'past'],
  ['present perfect', 'Freedonia has supplied rockets to the rebels.', 'supplied', 'past'],
  ['present progressive', 'Freedonia is covertly supplying rockets to the rebels.', 'supplying', 'ongoing'],
  ['perfect progressive', 'The militia has been shelling the town for weeks.', 'shelling', 'ongoing'],
  ['"continues to"', 'Borduria continues to occupy the island.', 'occupy', 'ongoing'],
  ['simple present of an act', 'Borduria uses its pipelines as a weapon.', 'uses', 'ongoing'],
  ['historic present of a speech verb', 'The militia denies any role in the raid.', 'denies', 'past'],
  ['"will"', 'The minister will visit the capital.', 'visit', 'future'],
  ['"going to"', 'Sylvania is going to expel the envoy.', 'expel', 'future'],
  ['"plans to"', 'The secretary plans to travel to the region.', 'travel', 'future'],
  ['"no plan to"', 'We have no plan to deploy troops there.', 'deploy', 'future'],
  [
    '"vowed to continue"',
    'The minister vowed to continue supporting the government.',
    'supporting',
    'future',
  ],
  ['"may have" is past', 'The rebels may have downed the airliner.', 'downed', 'past'],
  [
    '"sought to" takes the governing verb',
    'Borduria has sought to acquire missiles abroad.',
    'acquire',
    'past',
  ],
  ['a noun under a speech verb is past', 'The group denied involvement in the ambush.', 'ambush', 'past'],
  ['a noun object takes its verb', 'The army is launching an offensive in the east.', 'offensive', 'ongoing'],
  ['"planned" on a noun', 'The secretary postponed a planned visit to the capital.', 'visit', 'future'],
  ['"ago" in the clause', 'The army occupied the town two years ago.', 'occupied', 'past'],
  ['"has long been"', 'The capital has long been critical of the blockade.', 'critical', 'ongoing'],
  [
    'a later date settles a bare noun',
    'Talks between the two sides are scheduled for March 20.',
    'talks',
    'future',
  ],
  ['a gerund under a past verb', 'Sylvania accused Borduria of shelling the port.', 'shelling', 'past'],
  [
    'a participle clause takes the main verb',
    'The shell hit the school, killing two teachers.',
    'killing',
    'past',
  ],
  [
    'a participle after an adverb takes the main verb',
    'The army withdrew, instead shelling the port.',
    'shelling',
    'past',
  ],
  [
    'a gerund in quotes under a past verb',
    'Sylvania accused Borduria of ‘shelling civilians’.',
    'shelling',
    'past',
  ],
  [
    '"does not" + verb is ongoing',
    'The capital does not recognise the new government.',
    'recognise',
    'ongoing',
  ],
  [
    '"often" makes a speech verb habitual',
    'Officials often accuse the rebels of lying.',
    'accuse',
    'ongoing',
  ],
  [
    'a vow is dated by what it promises',
    'The minister vowed to continue supporting the government.',
    'vowed',
    'future',
  ],
  [
    'a threat is dated by what it threatens',
    'Borduria threatened to cut gas supplies.',
    'threatened',
    'future',
  ],
  ['"plans to" dates the plan itself', 'The secretary plans to travel to the region.', 'plans', 'future'],
  ['"agreed to" + a noun stays past', 'The two sides agreed to a ceasefire.', 'agreed', 'past'],
  [
    'a noun under "planning" is future',
    'Kyiv accused Moscow of planning a false-flag attack.',
    'attack',
    'future',
  ],
  [
    'a subject noun of an embedded modal clause',
    'The president warned that any attack would be met with force.',
    'attack',
    'future',
  ],
  [
    'an opening adjunct takes the main verb after it',
    'The envoy, without providing evidence, said the rebels were paid.',
    'providing',
    'past',
  ],
  [
    'a participle after a passive perception verb',
    'A drone was spotted circling over the base.',
    'circling',
    'ongoing',
  ],
  [
    '"ongoing" in the clause',
    'The militia has engaged in an ongoing campaign of abductions.',
    'engaged',
    'ongoing',
  ],
];

describe('modalityOf: polarity', () => {
  it.each(polarity)('%s', (_name, text, trigger, expected) => {
    expect(read(text, trigger).polarity).toBe(expected);
  });
});

describe('modalityOf: certainty', () => {
  it.each(certainty)('%s', (_name, text, trigger, expected) => {
    expect(read(text, trigger).certainty).toBe(expected);
  });
});

describe('modalityOf: time', () => {
  it.each(time)('%s', (_name, text, trigger, expected) => {
    expect(read(text, trigger).time).toBe(expected);
  });
});
