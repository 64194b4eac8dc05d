import { describe, expect, it } from 'vitest';
import type { DebateGraph } from '../graph/types';
import { extractDebateGraph } from './extract';
import { AGREEMENT_CUES, CONTRAST_CUES } from './lexicon';

// The proposer's opening, shared by the fixtures below.
const opening = [
  'Mayor calls for a ban on cars in the old town',
  '',
  'Mayor Ellen Ward said on Monday that cars must leave the old town by next year.',
  '',
  '“The streets belong to the people who walk them,” said Ward.',
  '',
];

const text = [
  ...opening,
  'Despite the mayor’s determination, some traders are not sure the ban will work.',
  '',
  '“Our customers come by car, and they will go elsewhere,” said shop owner Paul Grimes.',
  '',
  'Councillor Nadia Sousa questioned whether the city had studied the traffic on nearby roads.',
  '',
  '“Nobody has shown us the numbers,” Sousa said.',
  '',
  'The cyclists’ club backed the plan and welcomed the decision.',
  '',
  '“It is overdue and we are ready to help,” said club chair Tom Reyes, who backed the mayor.',
].join('\n');

/** The position of the actor shown as `name`. */
function positionOf(g: DebateGraph, name: string) {
  const id = g.actors.find((a) => a.name === name)?.id;
  return g.positions.find((p) => p.actorId === id);
}

const stanceOf = (g: DebateGraph, name: string) => positionOf(g, name)?.stance;

describe('assignStances', () => {
  const g = extractDebateGraph([{ source: 'ban.txt', text }]);
  const stance = (name: string) => stanceOf(g, name);
  it('the headline’s proposer is for', () => expect(stance('Ellen Ward')).toBe('for'));
  it('a speaker after a counter-view ("Despite …, not sure") is against', () =>
    expect(stance('Paul Grimes')).toBe('against'));
  it('"questioned whether" is against', () => expect(stance('Nadia Sousa')).toBe('against'));
  it('"backed" is for', () => expect(stance('Tom Reyes')).toBe('for'));

  it('verbs of defence and praise are for, of attack and doubt against, in any tense', () => {
    const g = extractDebateGraph([
      {
        source: 'ban-more.txt',
        text: [
          ...opening,
          'Deputy mayor Lena Brandt defended the ban at a meeting with traders.',
          '',
          '“This is the right step for the old town,” Brandt said.',
          '',
          'Garage owner Rui Matos hit out at the plan on Tuesday.',
          '',
          '“Where are my customers supposed to park?” said Matos.',
          '',
          'Professor Ken Oduya, who studies cities, hailed the decision as overdue.',
          '',
          '“Every city that did this is better for it,” said Oduya.',
          '',
          'Residents’ leader Ada Flint was sceptical of the timetable.',
          '',
          '“Next year is too soon,” Flint said.',
        ].join('\n'),
      },
    ]);
    expect(stanceOf(g, 'Lena Brandt')).toBe('for');
    expect(stanceOf(g, 'Rui Matos')).toBe('against');
    expect(stanceOf(g, 'Ada Flint')).toBe('against');
    expect(stanceOf(g, 'Ken Oduya')).toBe('for');
  });
  it('summaries come from the actor’s own words', () => {
    expect(positionOf(g, 'Paul Grimes')?.summary).toBe(
      'Our customers come by car, and they will go elsewhere',
    );
  });

  it("the speaker of the headline's reported speech is a proposer, with no quote of its own", () => {
    const g = extractDebateGraph([
      {
        source: 'court.txt',
        text: [
          'Harbour Authority says the city must reopen the harbour road',
          '',
          'The ruling came on Friday after a long dispute over the closed road.',
          '',
          '“The closure was never lawful,” said lawyer Ines Moro, who brought the case.',
        ].join('\n'),
      },
    ]);
    const court = positionOf(g, 'Harbour Authority');
    expect(court?.stance).toBe('for');
    const claim = g.claims.find((c) => c.id === court?.claimIds[0]);
    expect(claim?.text).toBe('the city must reopen the harbour road');
  });

  it('relates opponents and supporters to the proposer', () => {
    const pos = (name: string) => positionOf(g, name)?.id;
    const has = (kind: string, from: string, to: string) =>
      g.relations.some((r) => r.kind === kind && r.source === pos(from) && r.target === pos(to));
    expect(has('opposes', 'Nadia Sousa', 'Ellen Ward')).toBe(true);
    expect(has('opposes', 'Paul Grimes', 'Ellen Ward')).toBe(true);
    expect(has('agrees-with', 'Tom Reyes', 'Ellen Ward')).toBe(true);
  });
});

describe('a counter-view', () => {
  const text = [
    ...opening,
    'However, some traders are not sure the ban will work.',
    '',
    'The ban would start in May.',
    '',
    'Buses would run every ten minutes.',
    '',
    '“We will wait and see,” said shop owner Paul Grimes.',
    '',
    '“Parking is a question for later,” said resident Ann Lowe.',
  ].join('\n');
  const g = extractDebateGraph([{ source: 'scope.txt', text }]);
  const stance = (name: string) => stanceOf(g, name);
  it('makes a speaker of the third paragraph after it against', () =>
    expect(stance('Paul Grimes')).toBe('against'));
  it('ends after three paragraphs', () => expect(stance('Ann Lowe')).toBe('neutral'));
});

describe('cue words', () => {
  const text = [
    ...opening,
    'Councillor Nadia Sousa said she DISAGREED with the plan.',
    '',
    '“Nobody has shown us the numbers,” Sousa said.',
    '',
    'Welcomed by the club, the plan found a friend in Tom Reyes.',
    '',
    '“It is overdue,” said club chair Tom Reyes.',
  ].join('\n');
  const g = extractDebateGraph([{ source: 'case.txt', text }]);
  const stance = (name: string) => stanceOf(g, name);
  it('count in capitals', () => expect(stance('Nadia Sousa')).toBe('against'));
  it('count at the start of a sentence', () => expect(stance('Tom Reyes')).toBe('for'));
});

describe('the proposer as the subject of a cue', () => {
  const text = [
    'Mayor calls for a ban on cars in the old town',
    '',
    '“Cars must go,” said Mayor Ellen Ward.',
    '',
    'Ward rejected the objections of Paul Grimes.',
    '',
    '“We will lose our customers,” said shop owner Paul Grimes.',
  ].join('\n');
  const g = extractDebateGraph([{ source: 'subject.txt', text }]);
  const stance = (name: string) => stanceOf(g, name);
  it('stays for', () => expect(stance('Ellen Ward')).toBe('for'));
  it('makes the others it names against', () => expect(stance('Paul Grimes')).toBe('against'));
});

describe('stance cue lists', () => {
  /** Whether `x` and `y` could match overlapping text: one holds the other, or x ends as y starts. */
  const overlaps = (x: string, y: string) => {
    const a = x.split(' ');
    const b = y.split(' ');
    const joined = (words: string[]) => ` ${words.join(' ')} `;
    if (joined(a).includes(joined(b)) || joined(b).includes(joined(a))) return true;
    for (let k = 1; k < a.length; k++)
      if (joined(a.slice(k)) === joined(b.slice(0, a.length - k))) return true;
    return false;
  };

  it('overlap nowhere (one search finds both kinds)', () => {
    expect(overlaps('not sure', 'sure thing')).toBe(true); // the check itself
    for (const c of CONTRAST_CUES)
      for (const a of AGREEMENT_CUES) {
        expect(overlaps(c, a) || overlaps(a, c)).toBe(false);
      }
  });
});
