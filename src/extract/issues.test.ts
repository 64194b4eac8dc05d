import { describe, expect, it } from 'vitest';
import type { DocumentWork } from './extract';
import { extractDebateGraph } from './extract';
import { findIssues } from './issues';

const fareArticle = (source: string, who: string) => ({
  source,
  text: [
    'City plans to double bus fares next spring',
    '',
    `The city council wants to double bus fares from April, a plan that ${who} has defended.`,
    '',
    'Bus fares have not risen in ten years, and the bus fares review says the network loses money on every route.',
    '',
    `“Bus fares must pay for the buses,” said ${who}.`,
  ].join('\n'),
});

describe('findIssues (through extractDebateGraph)', () => {
  it('labels an issue with a repeated noun phrase in plain words', () => {
    const g = extractDebateGraph([fareArticle('a.txt', 'Mayor Ellen Ward')]);
    expect(g.issues).toHaveLength(1);
    expect(g.issues[0]?.label).toBe('bus fares');
  });

  it('lets documents on one subject share an issue, and keeps another subject apart', () => {
    const g = extractDebateGraph([
      fareArticle('a.txt', 'Mayor Ellen Ward'),
      fareArticle('b.txt', 'Councillor Raj Patel'),
      {
        source: 'c.txt',
        text: 'Storm closes mountain roads\n\nHeavy snow closed three mountain roads overnight, and snow ploughs worked until dawn.\n\n“The snow came faster than forecast,” said ranger Ola Berg.',
      },
    ]);
    const issueOf = (doc: string) => g.issues.find((i) => i.documentIds.includes(doc))?.id;
    expect(issueOf('a')).toBe(issueOf('b'));
    expect(issueOf('c')).not.toBe(issueOf('a'));
  });
});

describe('findIssues on words beyond ASCII', () => {
  const work = (id: string, text: string, bodyStart: number) =>
    ({ doc: { id, title: id, text }, quotes: [], bodyStart }) as unknown as DocumentWork;

  it('lower-cases every alphabet, and a capital of any alphabet keeps a word out of labels', () => {
    const headline = 'More café terraces fill the ΟΔΟΣ square';
    const body =
      'The ΟΔΟΣ square has more café terraces each year. On the ΟΔΟΣ square, café terraces ' +
      'block the pavement, the ΟΔΟΣ square shop owners say. The ΟΔΟΣ square council wants ' +
      'café terraces gone from the ΟΔΟΣ square.';
    const set = findIssues([work('a', `${headline}\n\n${body}`, headline.length + 2)]);
    expect(set.keyTerms.get('a')).toContain('οδος');
    expect(set.keyTerms.get('a')).toContain('café');
    // "ΟΔΟΣ square" is said more often, but a name never labels
    expect(set.issues[0]?.label).toBe('café terraces');
  });
});
