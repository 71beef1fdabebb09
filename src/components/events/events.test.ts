import { describe, expect, it } from 'vitest';
import { readEvents, shippedEventLexicon } from './index.js';
import { eventDoc, type TestEntity } from './test-doc.js';

const lex = shippedEventLexicon();
const PARTIES: TestEntity[] = [
  { name: 'Vostria', code: 'VOS', forms: ['Vostria', 'Vostrian'] },
  { name: 'Kelmar', code: 'KEL', forms: ['Kelmar', 'Kelmari'] },
  { name: 'Dovenia', code: 'DOV', forms: ['Dovenia', 'Dovenian'] },
  { name: 'Ana Brel', type: 'person', country: 'DOV', forms: ['Ana Brel', 'Brel'] },
  { name: 'Kesta', type: 'location', forms: ['Kesta'] },
  { name: 'Daily Lantern', type: 'organization', country: 'KEL', forms: ['Daily Lantern'] },
  { name: 'Morning Bell', type: 'organization', country: 'DOV', forms: ['Morning Bell'] },
  { name: 'Red Hand', type: 'organization', code: 'REDHAND', forms: ['Red Hand'] },
  { name: 'Vostrian Defence Ministry', type: 'organization', country: 'VOS', forms: ['Defence Ministry'] },
];

/** Events of a text as compact strings: "CATEGORY/mode ACTOR->RECIPIENT polarity holder". */
function coded(
  text: string,
  quotes: { text: string; speaker: string; country: string; direct?: boolean }[] = [],
): string[] {
  return readEvents(eventDoc(text, PARTIES, quotes), lex).map(
    (e) =>
      `${e.category}/${e.mode ?? '-'} ${e.actor.join('+')}->${e.recipient.join('+')} ${e.polarity} ${e.holder.country ?? 'article'}`,
  );
}

describe('frames', () => {
  it.each([
    [
      'subject-verb-object',
      'Vostria shelled Kelmar on Monday.',
      'ASSAULT/heavy-weapons VOS->KEL asserted article',
    ],
    [
      'transfer: recipient after "to"',
      'Vostria supplied artillery shells to Kelmar.',
      'AID/military VOS->KEL asserted article',
    ],
    [
      'transfer: recipient right after the verb',
      'Vostria supplied Kelmar with rifles.',
      'AID/military VOS->KEL asserted article',
    ],
    [
      'economic aid by object',
      'Dovenia sent loans to Kelmar last year.',
      'AID/economic DOV->KEL asserted article',
    ],
    [
      'receive: "from X" is the actor',
      'Kelmar bought drones from Vostria.',
      'AID/military VOS->KEL asserted article',
    ],
    ['passive with a by-agent', 'Kelmar was attacked by Vostria.', 'ASSAULT/- VOS->KEL asserted article'],
    [
      'noun with possessor and "on"',
      'Vostria launched a drone strike on Kelmar.',
      'ASSAULT/drone VOS->KEL asserted article',
    ],
    ['demonym as actor', 'Vostrian troops invaded Kelmar.', 'ASSAULT/- VOS->KEL asserted article'],
    [
      'sanctions as a verb phrase',
      'Dovenia imposed sanctions on Vostria.',
      'SANCTION/discontinue DOV->VOS asserted article',
    ],
    [
      'request with "call on"',
      'Dovenia called on Vostria to withdraw.',
      'REQUEST/- DOV->VOS asserted article',
    ],
    ['expulsion', 'Kelmar expelled a Vostrian diplomat.', 'SANCTION/expel KEL->VOS asserted article'],
    [
      'person coded by country',
      'Ana Brel visited Kelmar on Friday.',
      'CONSULT/visit DOV->KEL asserted article',
    ],
    [
      'recipient through "like"',
      'Vostria reached out to countries like Kelmar for help.',
      'REQUEST/assist VOS->KEL asserted article',
    ],
  ])('%s', (_name, text, expected) => {
    expect(coded(text)).toContain(expected);
  });
});

describe('coordination and reciprocity', () => {
  it.each([
    [
      'coordinated subjects of a mutual verb are all actors',
      'Vostria and Dovenia agreed to a truce.',
      'AGREE/- VOS+DOV-> asserted article',
    ],
    [
      'coordinated objects are all recipients',
      'Dovenia condemned Vostria and Kelmar.',
      'ACCUSE/disapprove DOV->VOS+KEL asserted article',
    ],
    [
      'two-sided fighting makes every side an actor',
      'Vostria clashed with Kelmar near the border.',
      'ASSAULT/- VOS+KEL-> asserted article',
    ],
    [
      'the place where fighting happens is no side but its recipient',
      'Vostrian troops fought in Dovenia.',
      'ASSAULT/- VOS->DOV asserted article',
    ],
    [
      'the place of battles a light verb names is no side either',
      'Vostrian troops took part in the battles for Kesta in Dovenia.',
      'ASSAULT/- VOS->DOV asserted article',
    ],
    [
      '"each other" gives both directions',
      'Vostria and Kelmar blamed each other for the clashes.',
      'ACCUSE/allege KEL->VOS asserted article',
    ],
    [
      'a second predicate shares the subject',
      'Dovenia blamed Kelmar for the blast and called on Vostria to help.',
      'REQUEST/assist DOV->VOS asserted article',
    ],
    [
      'an infinitive after a noun takes the subject of the verb governing it',
      'Kelmar approved the covert operation to sabotage Vostria.',
      'ASSAULT/- KEL->VOS asserted article',
    ],
    [
      'a verb group of catenative verbs keeps its subject ("vowed to keep supporting")',
      'Dovenia vowed to keep supporting Kelmar.',
      'AGREE/- DOV->KEL asserted article',
    ],
    [
      '"told her X-ian counterpart" is a consultation with X',
      'Ana Brel told her Kelmari counterpart that the talks would resume.',
      'CONSULT/- DOV->KEL asserted article',
    ],
    [
      'a place recipient after "in the", with its coordinated list',
      'Vostria shelled villages in the Kelmar and Dovenia border areas.',
      'ASSAULT/heavy-weapons VOS->KEL+DOV asserted article',
    ],
    [
      'a subject after a clause opener tagged as a preposition ("as X used ...")',
      'Kelmar protested, as Vostrian troops used drones to strike Dovenia.',
      'ASSAULT/drone VOS->DOV asserted article',
    ],
    [
      'a gerund after its verb\'s preposition shares the verb\'s subject ("stopped short of")',
      'Kelmar stopped short of directly condemning Vostria.',
      'ACCUSE/disapprove KEL->VOS denied article',
    ],
    [
      'a gerund after "refrained from" shares the subject too',
      'Kelmar refrained from condemning Vostria.',
      'ACCUSE/disapprove KEL->VOS denied article',
    ],
    [
      'a participle read as a verb before its noun ("and allied militias") does not end the subject',
      'Kelmar and allied militias shelled Vostria.',
      'ASSAULT/heavy-weapons KEL->VOS asserted article',
    ],
    [
      'a second predicate after a hyphenated modifier ("Kelmar-backed") shares the first one\'s subject',
      'Vostria listed the Kelmar-backed militia as a terrorist group and imposed sanctions on Dovenia.',
      'SANCTION/discontinue VOS->DOV asserted article',
    ],
    [
      'an infinitive after an object that is no party takes the subject',
      'Kelmar ordered its troops to attack Vostria.',
      'ASSAULT/- KEL->VOS asserted article',
    ],
    [
      'a participle after the clause shares its subject',
      'Kelmar reacted swiftly to the raid, condemning Vostria.',
      'ACCUSE/disapprove KEL->VOS asserted article',
    ],
  ])('%s', (_name, text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  it.each([
    ['"the group"', 'Red Hand denied the claim. The group shelled Kelmar on Monday.'],
    [
      'a hyphenated modifier inside',
      'Red Hand denied the claim. The Vostria-backed group shelled Kelmar on Monday.',
    ],
  ])('a description of a body acts for the body it points back to: %s', (_name, text) => {
    expect(coded(text)).toContain('ASSAULT/heavy-weapons REDHAND->KEL asserted article');
  });

  it.each([
    [
      'denies an act',
      'The Defence Ministry met on Monday. The ministry denied that its troops shelled Kelmar.',
      'ASSAULT/heavy-weapons VOS->KEL denied VOS',
    ],
    [
      'acts',
      'The Defence Ministry met on Monday. Later the ministry sent rifles to Kelmar.',
      'AID/military VOS->KEL asserted article',
    ],
  ])(
    '"the ministry" stands for the ministry named before it, acting for its state: %s',
    (_name, text, expected) => {
      expect(coded(text)).toContain(expected);
    },
  );

  it("a pronoun subject of reported speech is the speaker's side", () => {
    const clause = 'they would expel the Kelmari envoy';
    const text = `Dovenia said ${clause}.`;
    const reported = [{ text: clause, speaker: 'Dovenia', country: 'DOV', direct: false }];
    expect(coded(text, reported)).toContain('THREATEN/expel DOV->KEL asserted article');
    // Inside a direct quote the pronoun is someone the speaker talks about.
    expect(coded(text, [{ ...reported[0]!, direct: true }])).not.toContain(
      'SANCTION/expel DOV->KEL asserted DOV',
    );
  });

  it("a second predicate after a quote shares the subject, not the quote's", () => {
    const quote = 'Vostria will never win this war of choice';
    const text = `Dovenia told Kelmar that “${quote}”, and vowed to attack Vostria.`;
    expect(coded(text, [{ text: quote, speaker: 'Dovenia', country: 'DOV' }])).toContain(
      'ASSAULT/- DOV->VOS asserted article',
    );
  });

  it("a participle that describes the clause's act takes no subject", () => {
    const text = 'Dovenia imposed sanctions on its banks, targeting Kelmari ships.';
    expect(coded(text).filter((e) => e.startsWith('ASSAULT/- DOV'))).toEqual([]);
  });
});

describe('accusations and denials are coded twice', () => {
  it.each([
    [
      'denial: the act denied, held by the denier',
      'Vostria denied supplying weapons to Kelmar.',
      ['AID/military VOS->KEL denied VOS'],
    ],
    [
      'accusation: ACCUSE by the article, the act held by the accuser',
      'Dovenia accused Vostria of shipping drones to Kelmar.',
      ['ACCUSE/allege DOV->VOS asserted article', 'AID/military VOS->KEL asserted DOV'],
    ],
    [
      'suspicion is an accusation: the suspected act is held by the suspecting side',
      'Dovenia suspects Vostria of shelling Kelmar.',
      ['ACCUSE/allege DOV->VOS asserted article', 'ASSAULT/heavy-weapons VOS->KEL asserted DOV'],
    ],
    [
      'an accusation of no act disapproves',
      'Dovenia accused Vostria of hypocrisy.',
      ['ACCUSE/disapprove DOV->VOS asserted article'],
    ],
    [
      'a denial without an accuser answers the accusation',
      'Dovenia accused Vostria of shelling Kelmar. Vostria denied any role.',
      ['REJECT/- VOS->DOV asserted article', 'ASSAULT/heavy-weapons VOS->KEL denied VOS'],
    ],
    [
      'denying an allegation: the speech act keeps the article as holder',
      'Vostria rejected the Dovenian allegation that it had armed Kelmar.',
      ['ACCUSE/allege DOV->VOS asserted article', 'AID/military VOS->KEL asserted DOV'],
    ],
  ])('%s', (_name, text, expected) => {
    const got = coded(text);
    for (const e of expected) expect(got).toContain(e);
  });

  it.each([
    ['denounced ... as absurd', "Vostria denounced Kelmar's claims as absurd."],
    ['condemned ... as false', "Vostria condemned Kelmar's claims as utterly false."],
    ['described ... as a lie', "Vostria described Kelmar's claims as “a lie”."],
  ])("calling the accuser's claims false denies the act they claim: %s", (_name, second) => {
    const got = coded(`Kelmar accused Vostria of shelling Dovenia. ${second}`);
    expect(got).toContain('ACCUSE/disapprove VOS->KEL asserted article');
    expect(got).toContain('ASSAULT/heavy-weapons VOS->DOV denied VOS');
  });

  it('calling the claims something other than false denies nothing', () => {
    const got = coded(
      "Kelmar accused Vostria of shelling Dovenia. Vostria denounced Kelmar's claims as dangerous.",
    );
    expect(got).not.toContain('ASSAULT/heavy-weapons VOS->DOV denied VOS');
  });

  it('the agent of a passive accusation is the accuser, never the accused', () => {
    const got = coded('A local commander was accused by Kelmar of shelling Dovenia.');
    expect(got).toContain('ASSAULT/heavy-weapons ->DOV asserted KEL');
    expect(got.filter((e) => e.startsWith('ASSAULT/heavy-weapons KEL'))).toEqual([]);
  });

  it.each([
    ['negated', 'Dovenia did not accuse Vostria of shelling Kelmar.'],
    ['stopped short of', 'Dovenia has stopped short of accusing Vostria of shelling Kelmar.'],
  ])('an accusation that is %s asserts the act for no one', (_name, text) => {
    expect(coded(text)).toEqual(['ACCUSE/allege DOV->VOS denied article']);
  });
});

describe('holders, pronouns and modality', () => {
  it('"we" inside a quote is the speaker\'s country, held by the speaker', () => {
    const text = 'Brel said: "We have never sent weapons to Kelmar."';
    expect(
      coded(text, [{ text: 'We have never sent weapons to Kelmar.', speaker: 'Ana Brel', country: 'DOV' }]),
    ).toContain('AID/military DOV->KEL denied DOV');
  });

  it.each([
    [
      "the sentence's subject state",
      'Vostria said it had attacked Kelmar.',
      'ASSAULT/- VOS->KEL asserted article',
    ],
    [
      'the nearest clause subject, not a modifier',
      'Kelmar rejected the Dovenian claim that Vostria had armed it.',
      'AID/military VOS->KEL asserted DOV',
    ],
  ])('"it" is %s', (_name, text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  it.each([
    ['a modal makes the event possible', 'Vostria could attack Kelmar.', 'possible'],
    ['a hedge makes it hedged', 'Vostria reportedly attacked Kelmar.', 'hedged'],
    ['a flat statement is certain', 'Vostria attacked Kelmar.', 'certain'],
  ])('%s', (_name, text, certainty) => {
    const [e] = readEvents(eventDoc(text, PARTIES), lex);
    expect(e?.certainty).toBe(certainty);
  });
});

describe('what is not coded, and merging', () => {
  it.each([
    ['an event with neither actor nor recipient', 'Fighting continued for days.'],
    ['a hyphenated compound', 'The Vostria-backed militia stayed home.'],
    ['aid with no recipient', 'Vostria sent a delegation.'],
    ['a transfer of something abstract', 'Vostria provided evidence to Kelmar.'],
    ['"fired X from his post" is a dismissal', 'Dovenia fired Ana Brel from her post on Monday.'],
    [
      '"speaking on condition of anonymity" is no consultation',
      'Dovenia, speaking on condition of anonymity, stayed home.',
    ],
  ])('%s', (_name, text) => {
    expect(coded(text)).toEqual([]);
  });

  it.each([
    [
      'a warning about another party reports a danger',
      'Dovenia warned that Vostria could attack Kelmar.',
      false,
    ],
    ['a warning about its own side threatens', 'Dovenia warned that its army would respond.', true],
  ])('%s', (_name, text, threat) => {
    expect(coded(text).some((e) => e.startsWith('THREATEN'))).toBe(threat);
  });

  it('drops a row without recipient when its sentence reads the same act with one', () => {
    const got = coded('Dovenia vowed to keep supporting Kelmar.');
    expect(got.filter((e) => e.startsWith('AGREE'))).toEqual(['AGREE/- DOV->KEL asserted article']);
  });

  it.each([
    ['"described Y\'s charges as ..."', 'Dovenia described the Kelmari charges as a smear.', true],
    ['"called the Y report a ..."', "Dovenia called Kelmar's report a provocation.", true],
    [
      '"rejected Y\'s claims, calling them ..."',
      "Dovenia rejected Kelmar's claims, calling them lies.",
      true,
    ],
    ['characterising something that is no claim', 'Dovenia described the Kelmari talks as useful.', false],
    ['the passive reading belongs to the holder rules', 'The Kelmari claims were described as lies.', false],
  ])("characterising a party's claim is disapproval: %s", (_name, text, disapproves) => {
    expect(coded(text).includes('ACCUSE/disapprove DOV->KEL asserted article')).toBe(disapproves);
  });

  it('a named accusation with no party accused is aimed at the one rejecting it in the sentence', () => {
    const got = coded(
      "Kelmar rejected the absurd allegation that its agents shelled Vostria, after Dovenia's bombshell accusation.",
    );
    expect(got).toContain('ACCUSE/allege DOV->KEL asserted article');
  });

  it("a clause the reporter adds after an accusation is the article's, not the accuser's", () => {
    const got = coded('Kelmar accused Dovenia of the raid, as Vostrian troops shelled Dovenia.');
    expect(got).toContain('ASSAULT/heavy-weapons VOS->DOV asserted article');
  });

  it('a rejected claim is denied by the one rejecting it', () => {
    const got = coded('Kelmar rejected as false the Vostrian claim that Dovenia shelled Vostria.');
    expect(got).toEqual(expect.arrayContaining(['ASSAULT/heavy-weapons DOV->VOS denied KEL']));
  });

  it('rejecting a proposal denies nothing', () => {
    expect(coded('Kelmar rejected the Vostrian proposal that Dovenia join the talks.').join()).not.toContain(
      'denied',
    );
  });

  it('merges the same proposition repeated by the same holder', () => {
    const got = coded('Vostria shelled Kelmar. Later, Vostria shelled Kelmar again.');
    expect(got.filter((e) => e.startsWith('ASSAULT'))).toHaveLength(1);
  });

  it('keeps one row per holder and polarity', () => {
    const got = coded('Dovenia accused Vostria of arming Kelmar. Vostria denied arming Kelmar.');
    expect(got).toEqual(
      expect.arrayContaining(['AID/military VOS->KEL asserted DOV', 'AID/military VOS->KEL denied VOS']),
    );
  });
});

describe('article-level passes', () => {
  it.each([
    [
      'a denial naming no party answers the other side of the article',
      'Vostria shelled Kelmar on Monday. Vostria denied responsibility.',
      'REJECT/- VOS->KEL asserted article',
    ],
    [
      "a sanction whose target is left out takes the actor's usual counterpart",
      'Dovenia condemned Kelmar. Dovenia imposed new sanctions.',
      'SANCTION/discontinue DOV->KEL asserted article',
    ],
    [
      "an incident described as an act by a source is that source's assertion of the incident",
      'Kelmar shelled Vostria on Monday. The shelling was described as “a deliberate attack” by Dovenia.',
      'ASSAULT/heavy-weapons ->VOS asserted DOV',
    ],
    [
      '"blamed the incident on X" is X\'s act against the incident\'s target, held by the accuser',
      'Vostria was shelled on Monday. Kelmar blamed the incident on Dovenia.',
      'ASSAULT/heavy-weapons DOV->VOS asserted KEL',
    ],
    [
      '"blamed the incident on X" accuses X',
      'Vostria was shelled on Monday. Kelmar blamed the incident on Dovenia.',
      'ACCUSE/allege KEL->DOV asserted article',
    ],
    [
      'a hyphenated modifier does not end the object phrase',
      'Dovenia sanctioned the Vostria-backed Kelmari militia.',
      'SANCTION/discontinue DOV->KEL asserted article',
    ],
    [
      'fighting between several actors takes no recipient from their other acts',
      'Vostria and Kelmar exchanged fire near the border. Vostria shelled Dovenia on Monday.',
      'ASSAULT/- VOS+KEL-> asserted article',
    ],
  ])('%s', (_name, text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  it.each([
    [
      'an attack on a thing is aimed at the state named as its owner by possessive',
      "Dovenia blew up the gas pipelines. Vostria's gas pipelines carry fuel to Kelmar.",
      'ASSAULT/destroy DOV->VOS asserted article',
    ],
    [
      'an attack on a thing is aimed at its owner named by adjective, from another sentence',
      'Dovenia sabotaged the power grid last week. The Vostrian power grid is old.',
      'ASSAULT/destroy DOV->VOS asserted article',
    ],
    [
      'the owner of the pipeline is the state it runs from',
      'The pipelines run from Vostria to Kelmar. Dovenia destroyed the pipelines.',
      'ASSAULT/destroy DOV->VOS asserted article',
    ],
    [
      'the owner may be the actor itself',
      'Kelmar accused Vostria of blowing up its own pipelines.',
      'ASSAULT/destroy VOS->VOS asserted KEL',
    ],
    [
      'a named place called a pipeline is an owned thing ("the Kesta explosion")',
      "Vostria's Kesta pipeline was hit. Dovenia denied any role in the Kesta explosion.",
      'ASSAULT/- DOV->VOS denied DOV',
    ],
    [
      "a light verb naming no act speaks of the article's incident",
      'Dovenia blew up the Vostrian power grid. Kelmar was not involved, officials said.',
      'ASSAULT/destroy KEL->VOS denied article',
    ],
    [
      'a denial of an unnamed act takes the claim of its own sentence first',
      'Vostria halted gas supplies to Dovenia. Vostria was blamed for shelling Kelmar, but it dismissed the claims.',
      'ASSAULT/heavy-weapons VOS->KEL denied VOS',
    ],
    [
      'a post-posed "X said" holds the act',
      'Vostria shelled Kelmar on Monday, Dovenia said – without evidence.',
      'ASSAULT/heavy-weapons VOS->KEL asserted DOV',
    ],
    [
      'an appositive "a claim denied by X" denies the act',
      'Vostria shelled Kelmar on Monday, Dovenia said – a claim denied by Vostria.',
      'ASSAULT/heavy-weapons VOS->KEL denied VOS',
    ],
    [
      'an appositive denial is also a rejection of the claimant',
      'Vostria shelled Kelmar on Monday, Dovenia said, a charge Vostria denies.',
      'REJECT/- VOS->DOV asserted article',
    ],
    [
      'each source after "according to" holds the act (first source)',
      'Vostria shelled Kelmar, according to an investigation by the Daily Lantern and the Morning Bell.',
      'ASSAULT/heavy-weapons VOS->KEL asserted KEL',
    ],
    [
      'each source after "according to" holds the act (second source)',
      'Vostria shelled Kelmar, according to an investigation by the Daily Lantern and the Morning Bell.',
      'ASSAULT/heavy-weapons VOS->KEL asserted DOV',
    ],
    [
      'a cooperation verb whose object is an attack organises the attack',
      'Vostrian officers coordinated the attacks on Kelmar.',
      'ASSAULT/- VOS->KEL asserted article',
    ],
    [
      'a pro-X group is coded as X',
      'A pro-Chilean group shelled Kelmar.',
      'ASSAULT/heavy-weapons CHL->KEL asserted article',
    ],
    [
      'an act "carried out by X" takes X as its actor',
      "The attack on Kelmar's power grid was carried out by Vostria.",
      'ASSAULT/destroy VOS->KEL asserted article',
    ],
    [
      '"X was to blame" speaks of the article\'s incident',
      'Dovenia shelled Kelmar. Officials in Kelmar said Vostria was to blame.',
      'ASSAULT/heavy-weapons VOS->KEL asserted article',
    ],
    [
      'an attack on a thing named by a noun, with no party, is aimed at the owner named elsewhere',
      'The strikes on the power grid were condemned. The Vostrian power grid is old.',
      'ASSAULT/destroy ->VOS asserted article',
    ],
    [
      'each body that characterises the act in the passive ("described as ... by A and B") holds it',
      "The blasts on Vostria's power grid were described as sabotage by Kelmar and Dovenia.",
      'ASSAULT/destroy ->VOS asserted DOV',
    ],
    [
      "an act on the actor's own territory gets no guessed recipient",
      'Vostria shelled Kelmar. Vostria fired artillery on its own territory.',
      'ASSAULT/heavy-weapons VOS-> asserted article',
    ],
    [
      'a pipeline belongs to the state whose gas it carries',
      'Dovenia blew up the gas pipelines. They carried gas that Vostria could send to Kelmar.',
      'ASSAULT/destroy DOV->VOS asserted article',
    ],
    [
      'an attack on a thing named as the passive subject is aimed at its owner',
      'Vostrian gas runs through the pipelines. The pipelines were deliberately blown up.',
      'ASSAULT/- ->VOS asserted article',
    ],
    [
      'each subject of "A and B have concluded that ..." holds the act (first)',
      'Vostrian gas runs through the pipelines. Kelmar and Dovenia, whose coasts are near, have concluded that the pipelines were blown up.',
      'ASSAULT/- ->VOS asserted KEL',
    ],
    [
      'each subject of "A and B have concluded that ..." holds the act (second)',
      'Vostrian gas runs through the pipelines. Kelmar and Dovenia, whose coasts are near, have concluded that the pipelines were blown up.',
      'ASSAULT/- ->VOS asserted DOV',
    ],
    [
      'a tit-for-tat act mirrors the act of its sentence, roles swapped',
      'Vostria expelled a Kelmari diplomat, prompting a tit-for-tat order from Kelmar.',
      'SANCTION/expel KEL->VOS asserted article',
    ],
  ])('%s', (_name, text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  it('a claim noun pointing back, called false, denies the claim about the speaker', () => {
    const text =
      'Kelmar accused Vostria of shelling Dovenia. Vostria said that these accusations are unfounded.';
    const got = coded(text, [
      { text: 'these accusations are unfounded', speaker: 'Vostria', country: 'VOS' },
    ]);
    expect(got).toContain('ASSAULT/heavy-weapons VOS->DOV denied VOS');
    expect(got.filter((e) => e.startsWith('REJECT/- VOS'))).toHaveLength(1);
  });

  it('an anaphoric denial answers the claim others make most often', () => {
    const text =
      'Dovenia said Vostria armed Kelmar. Kelmar said Vostria shelled Dovenia. Dovenia accused Vostria of shelling its ports. Vostria said the allegations were baseless.';
    const got = coded(text, [
      { text: 'Vostria armed Kelmar', speaker: 'Dovenia', country: 'DOV' },
      { text: 'Vostria shelled Dovenia', speaker: 'Kelmar', country: 'KEL' },
      { text: 'the allegations were baseless', speaker: 'Vostria', country: 'VOS' },
    ]);
    expect(got).toContain('ASSAULT/heavy-weapons VOS->DOV denied VOS');
    expect(got.filter((e) => e.includes(' denied VOS'))).toHaveLength(1);
  });

  it('takes the mode of the same incident from another row', () => {
    const got = coded('Vostria launched drone strikes on Kelmar. Vostria attacked Kelmar again.');
    expect(got.filter((e) => e.startsWith('ASSAULT'))).toEqual(['ASSAULT/drone VOS->KEL asserted article']);
  });

  it('the same act named elsewhere without a target gets no guessed recipient either', () => {
    const text =
      'Vostria shelled Kelmar on Monday. Kelmar accused Vostria of a plan to use chemical weapons. ' +
      'Vostria is preparing to use chemical weapons on its own territory, Kelmar claimed.';
    const got = coded(text);
    expect(got).toContain('ASSAULT/unconventional VOS-> asserted KEL');
    expect(got).not.toContain('ASSAULT/unconventional VOS->KEL asserted KEL');
  });
});

describe('PLOVER framing rules', () => {
  it.each([
    [
      'an announced visit is an intent to meet',
      'Ana Brel is willing to visit Kelmar.',
      'AGREE/- DOV->KEL asserted article',
    ],
    [
      'a refused meeting is a rejection',
      'Dovenia will not meet Vostria.',
      'REJECT/meet DOV->VOS asserted article',
    ],
    [
      'a future act under "unless" is a threat',
      'Vostria will withdraw its envoy from Kelmar unless talks resume.',
      'THREATEN/- VOS->KEL asserted article',
    ],
    [
      'sourcing leaves an announced visit an intent',
      'Ana Brel will visit Kelmar, diplomatic sources said.',
      'AGREE/- DOV->KEL asserted article',
    ],
    [
      'a declared readiness to use force is a threat',
      'Vostria is prepared to arrest Kelmari sailors.',
      'THREATEN/arrest VOS->KEL asserted article',
    ],
    [
      'failing to agree is a rejection, whenever it happened',
      'Vostria and Kelmar failed to reach an agreement on Sunday.',
      'REJECT/- VOS+KEL-> asserted article',
    ],
    [
      'a denied past act stays the act, denied',
      'Vostria has never attacked Kelmar.',
      'ASSAULT/- VOS->KEL denied article',
    ],
  ])('%s', (_name, text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  it.each([
    [
      'a blockade threatens restriction',
      'Dovenia will blockade Kelmar.',
      'THREATEN/restrict DOV->KEL asserted article',
    ],
    ['a march is no threat', 'Dovenian farmers will march in Kelmar.', 'PROTEST/demo DOV-> asserted DOV'],
    [
      'arrests threaten arrest',
      'Dovenia will arrest Vostrian smugglers.',
      'THREATEN/arrest DOV->VOS asserted article',
    ],
    [
      'expulsions threaten expulsion',
      'Dovenia will expel Vostrian diplomats.',
      'THREATEN/expel DOV->VOS asserted article',
    ],
  ])('the mode of an announced threat is its content: %s', (_name, quote, expected) => {
    expect(coded(`Brel said: "${quote}"`, [{ text: quote, speaker: 'Ana Brel', country: 'DOV' }])).toContain(
      expected,
    );
  });

  it('a party announcing its own use of force threatens it', () => {
    const text = 'Brel said: "Dovenia will strike Vostria."';
    expect(
      coded(text, [{ text: 'Dovenia will strike Vostria.', speaker: 'Ana Brel', country: 'DOV' }]),
    ).toContain('THREATEN/violence DOV->VOS asserted article');
  });

  it('"X must be ready to do Z" quoted from Y is Y\'s request to X', () => {
    const text = 'Brel said: "Vostria must be ready to meet Kelmar."';
    expect(
      coded(text, [{ text: 'Vostria must be ready to meet Kelmar.', speaker: 'Ana Brel', country: 'DOV' }]),
    ).toContain('REQUEST/- DOV->VOS asserted article');
  });

  it.each([
    [
      'a reported "X must V" is the speaker\'s demand, whatever V is',
      'Kelmar must return the ship',
      ['REQUEST/- DOV->KEL asserted article'],
    ],
    ['"must" said of the speaker\'s own side is no demand', 'Dovenia must guard the ship', []],
  ])('%s', (_name, content, expected) => {
    const got = coded(`Ana Brel said ${content}.`, [
      { text: content, speaker: 'Ana Brel', country: 'DOV', direct: false },
    ]);
    expect(got.filter((e) => e.startsWith('REQUEST'))).toEqual(expected);
  });

  it('with no speaker, "X must V" is no demand', () => {
    expect(coded('Kelmar must return the ship.')).toEqual([]);
  });

  it('"X must do Z" quoted from Y is Y\'s request to X, performed in the article', () => {
    const text = 'Brel said: "Vostria must withdraw from Kelmar."';
    expect(
      coded(text, [{ text: 'Vostria must withdraw from Kelmar.', speaker: 'Ana Brel', country: 'DOV' }]),
    ).toContain('REQUEST/- DOV->VOS asserted article');
  });
});

describe('trigger phrases', () => {
  it.each([
    [
      'a phrase may skip a possessive between its words',
      'Dovenia imposed its sanctions on Vostria.',
      'SANCTION/discontinue DOV->VOS asserted article',
    ],
    [
      'a phrase skips a hyphenated modifier as one word',
      'Dovenia imposed far-reaching sanctions on Vostria.',
      'SANCTION/discontinue DOV->VOS asserted article',
    ],
    [
      "a phrase skips a possessor's name, which is the recipient",
      "Dovenia summoned Kelmar's ambassador over the raid.",
      'ACCUSE/disapprove DOV->KEL asserted article',
    ],
    [
      'a phrase skips a proper adjective after a determiner',
      'Dovenia summoned the Kelmari ambassador over the raid.',
      'ACCUSE/disapprove DOV->- asserted article',
    ],
    [
      'the tail of a hyphenated compound may open a phrase ("four-day strike")',
      'Vostrian teachers began a four-day strike.',
      'PROTEST/strike VOS-> asserted article',
    ],
    [
      'an -ed verb after a noun the tagger reads as an adjective ("military") is a verb',
      "Vostria's military fired rockets at Kelmar.",
      'ASSAULT/heavy-weapons VOS->KEL asserted article',
    ],
    [
      'using a weapon is an attack with it ("used combat drones")',
      'Vostria used combat drones against Kelmar.',
      'ASSAULT/drone VOS->KEL asserted article',
    ],
    [
      'using heavy weapons',
      'Dovenian troops used heavy weapons against Vostria.',
      'ASSAULT/heavy-weapons DOV->VOS asserted article',
    ],
    [
      'launching a war on a state is an attack on it',
      'Fighting began in October, when Vostria launched its war on Kelmar.',
      'ASSAULT/- VOS->KEL asserted article',
    ],
  ])('%s', (_name, text, expected) => {
    expect(coded(text)).toContain(expected.replace('->- ', '-> '));
  });

  it.each([
    ['no one-word trigger ("Kelmar-backed")', 'The Kelmar-backed militia shelled Vostria.', 'SUPPORT'],
    [
      'no verb phrase ("open-ended strike" is no "end strike")',
      'Vostrian dockers began an open-ended strike.',
      'CONCEDE',
    ],
  ])('the tail of a hyphenated compound opens %s', (_name, text, category) => {
    expect(coded(text).some((e) => e.startsWith(category))).toBe(false);
  });
});

describe('coordination', () => {
  it('an infinitive after "and" starts no clause ("sent military and civilian staff to X to investigate")', () => {
    const text =
      'Dovenia sent 20 military and civilian personnel to Kelmar on Monday to investigate the blast.';
    expect(coded(text)).toContain('AID/military DOV->KEL asserted article');
  });
});

describe('counted objects', () => {
  it.each([
    [
      '"hundreds of"',
      'Vostria arrested hundreds of Kelmari fishermen.',
      'COERCE/arrest VOS->KEL asserted article',
    ],
    [
      '"more than N"',
      'Vostria detained more than 20 Kelmari fishermen.',
      'COERCE/arrest VOS->KEL asserted article',
    ],
    ['"up to N"', 'Vostria detained up to 16 Kelmari fishermen.', 'COERCE/arrest VOS->KEL asserted article'],
    [
      '"at least N"',
      'Vostria detained at least 16 Kelmari fishermen.',
      'COERCE/arrest VOS->KEL asserted article',
    ],
    [
      'goods counted in a transfer are no recipient',
      'Dovenia supplied hundreds of Vostrian drones to Kelmar.',
      'AID/military DOV->KEL asserted article',
    ],
  ])('the people counted are the recipient: %s', (_name, text, expected) => {
    expect(coded(text)).toContain(expected);
  });
});

describe('subjects with a gloss in brackets', () => {
  it.each([
    [
      'after the name',
      'Red Hand (the Hand) declared a ceasefire.',
      'RETREAT/ceasefire REDHAND-> asserted article',
    ],
    [
      'before the head noun',
      'The Red Hand (RH) group declared a ceasefire.',
      'RETREAT/ceasefire REDHAND-> asserted article',
    ],
    [
      'the party inside the brackets',
      'The group (Red Hand) declared a ceasefire.',
      'RETREAT/ceasefire REDHAND-> asserted article',
    ],
  ])('%s', (_name, text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  it('"ally" is read as a verb only with "with" ("allied militias" is no alliance)', () => {
    expect(lex.byFirst.get('ally')!.every((t) => t.words.includes('with'))).toBe(true);
  });
});

describe('protesters coded by the place of their protest', () => {
  it.each([
    ['"in X"', 'Thousands of students marched in Kelmar on Sunday.', 'PROTEST/demo KEL-> asserted article'],
    [
      '"throughout X"',
      'Dockworkers throughout Vostria staged a protest.',
      'PROTEST/demo VOS-> asserted article',
    ],
    [
      'a named party stays the actor',
      'Vostrian farmers protested in Kelmar.',
      'PROTEST/demo VOS-> asserted article',
    ],
  ])('%s', (_name, text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  it('a month name is no march', () => {
    const got = coded('KESTA, March 5 - Vostrian troops shelled Kelmar in March, officials in Kelmar said.');
    expect(got.filter((e) => e.startsWith('PROTEST'))).toEqual([]);
  });

  it('a protest with no place and no party is not coded', () => {
    expect(coded('Thousands of students marched on Sunday.')).toEqual([]);
  });
});

describe('the act a request asks for is no event', () => {
  it.each([
    ['"urged Y to V"', 'Dovenia urged Kelmar to withdraw from Kesta.', 'RETREAT'],
    ['"called on Y to V"', 'Dovenia called on Kelmar to investigate the blasts.', 'ACCUSE'],
    ['"asked Y to V"', 'Dovenia asked Kelmar to free the Vostrian sailors.', 'RETREAT'],
  ])('%s', (_name, text, content) => {
    const got = coded(text);
    expect(got.filter((e) => e.startsWith('REQUEST/')).length).toBe(1);
    expect(got.filter((e) => e.startsWith(content))).toEqual([]);
  });

  it('a past act named by a participle inside the request stays', () => {
    expect(coded('Dovenia demanded the return of ships seized by Vostria.')).toContain(
      'COERCE/seize VOS-> asserted article',
    );
  });
});

describe('codebook trigger rows', () => {
  it('closing a newspaper is censorship', () => {
    expect(
      coded('Vostria closed the independent newspaper in Kesta.').some((e) =>
        e.startsWith('COERCE/censor VOS'),
      ),
    ).toBe(true);
  });

  it('the opposition as a political camp is no rejection', () => {
    expect(
      coded('The opposition leader in Kelmar criticised Vostria.').some((e) => e.startsWith('REJECT')),
    ).toBe(false);
  });

  it.each([
    [
      'signing a treaty is support',
      'Vostria and Kelmar signed a treaty.',
      'SUPPORT/- VOS+KEL-> asserted article',
    ],
    [
      'a promise to sign is an intent',
      'Vostria will sign a treaty with Kelmar.',
      'AGREE/- VOS->KEL asserted article',
    ],
    [
      'establishing diplomatic ties is support',
      'Dovenia established diplomatic ties with Kelmar.',
      'SUPPORT/- DOV->KEL asserted article',
    ],
    [
      'crimes "committed by" X are no commitment',
      'Dovenia opened an inquiry into crimes committed by Vostrian forces.',
      'ACCUSE/investigate DOV-> asserted article',
    ],
    ['a pledge "committed to" is', 'Kelmar committed to the ceasefire.', 'AGREE/- KEL-> asserted article'],
    [
      'a pardon is a concession',
      'Kelmar pardoned two Vostrian sailors.',
      'CONCEDE/- KEL->VOS asserted article',
    ],
    [
      'accepting demands is a concession',
      'Kelmar accepted demands from Vostria.',
      'CONCEDE/- KEL->VOS asserted article',
    ],
    [
      'calling off a strike is a concession',
      'The Kelmari dockers called off their strike.',
      'CONCEDE/- KEL-> asserted article',
    ],
    [
      'cancelling restrictions is a concession',
      'Kelmar cancelled restrictions on Vostrian traders.',
      'CONCEDE/- KEL->VOS asserted article',
    ],
    ['workers on strike protest', 'Vostrian miners went on strike.', 'PROTEST/strike VOS-> asserted article'],
    [
      'stopping work is a strike',
      'Vostrian miners stopped work on Monday.',
      'PROTEST/strike VOS-> asserted article',
    ],
    [
      'reneging on a commitment is a rejection',
      'Dovenia reneged on its commitment to Kelmar.',
      'REJECT/- DOV->KEL asserted article',
    ],
    [
      'a state of emergency is martial law',
      'Vostria declared a state of emergency in Kesta.',
      'COERCE/martial-law VOS-> asserted article',
    ],
    [
      'opening a border gives access',
      'Kelmar opened its border to Vostria.',
      'RETREAT/access KEL->VOS asserted article',
    ],
    [
      'barring entry is a rejection',
      'Kelmar refused entry to Vostrian officials.',
      'REJECT/- KEL->VOS asserted article',
    ],
    [
      '"opposition to" is a rejection',
      'Kelmar voiced its opposition to Vostria.',
      'REJECT/- KEL->VOS asserted article',
    ],
    [
      'crowds taking to the streets protest',
      'Kelmari workers took to the streets.',
      'PROTEST/demo KEL-> asserted article',
    ],
    [
      '"push for" is a request',
      'Kelmar pushed hard for talks with Vostria.',
      'REQUEST/meet KEL->VOS asserted article',
    ],
    [
      'a reprimand disapproves',
      'Kelmar reprimanded Vostria over the raid.',
      'ACCUSE/disapprove KEL->VOS asserted article',
    ],
    [
      'a suspension of links reduces relations',
      'Dovenia announced a suspension of flights to Vostria.',
      'SANCTION/discontinue DOV->VOS asserted article',
    ],
  ])('%s', (_name, text, expected) => {
    expect(coded(text)).toContain(expected);
  });
});

describe('abstract objects', () => {
  it.each([
    ['"offered no evidence" is no promise', 'Vostria offered no evidence to Kelmar.'],
    ['"offered condolences" is no promise', 'Vostria offered condolences to Kelmar.'],
  ])('%s', (_name, text) => {
    expect(coded(text).filter((e) => e.startsWith('AGREE'))).toEqual([]);
  });
});

describe('names', () => {
  it('a trigger word inside a name the entities stage found, even uncoded, is no trigger', () => {
    const office: TestEntity = {
      name: 'Kesta Relief Office',
      type: 'organization',
      forms: ['Kesta Relief Office'],
    };
    const text = 'The Kesta Relief Office in Kelmar said Vostria shelled Kelmar.';
    const got = readEvents(eventDoc(text, [...PARTIES, office]), lex).map((e) => e.category);
    expect(got).not.toContain('AID');
    expect(got).toContain('ASSAULT');
  });
});

describe('abstract objects before a participle', () => {
  it.each([
    ['a letter handed over is no aid', 'Vostria sent a letter handed over to Kelmar on Monday.', false],
    ['rifles handed over are', 'Vostria said rifles handed over to Kelmar were missing.', true],
  ])('%s', (_name, text, aid) => {
    expect(coded(text).some((e) => e.startsWith('AID'))).toBe(aid);
  });
});

describe("judgements in a speaker's words", () => {
  it.each([
    ['"X is lying" accuses X', 'ACCUSE/disapprove DOV->VOS asserted article'],
    ['"X is lying" rejects X\'s claim', 'REJECT/- DOV->VOS asserted article'],
  ])('%s', (_name, expected) => {
    const text = 'Brel said: "Vostria is lying about the border."';
    expect(
      coded(text, [{ text: 'Vostria is lying about the border.', speaker: 'Ana Brel', country: 'DOV' }]),
    ).toContain(expected);
  });

  it('"X is lying" denies the act X claims of the speaker\'s side, held by the speaker', () => {
    const quote = 'Vostria is lying.';
    const text = `Vostria accused Dovenia of shelling Kelmar. Brel said: "${quote}"`;
    const got = coded(text, [{ text: quote, speaker: 'Ana Brel', country: 'DOV' }]);
    expect(got).toContain('ASSAULT/heavy-weapons DOV->KEL denied DOV');
  });

  it('with no speaker, a judgement codes nothing', () => {
    expect(coded('Vostria is lying about the border.')).toEqual([]);
  });
});

describe('lexicon', () => {
  it('covers every PLOVER category', () => {
    const cats = new Set([...lex.byFirst.values()].flat().map((t) => t.category));
    expect(cats.size).toBe(16);
  });
  it('puts the longest phrase first', () => {
    const rows = lex.byFirst.get('call')!;
    expect(rows[0]!.words.length).toBeGreaterThanOrEqual(rows[rows.length - 1]!.words.length);
  });
});
