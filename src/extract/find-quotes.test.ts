import { describe, expect, it } from 'vitest';
import { findQuotes } from './find-quotes';
import { paragraphs } from './segment';

const quotes = (text: string) =>
  findQuotes(text, paragraphs(text)).map((q) => text.slice(q.start, q.end));

describe('findQuotes', () => {
  it('pairs curly, straight, guillemet and low-high marks by direction', () => {
    expect(quotes('He said: “We will win.” She said "no", and «non» and „nein“.')).toEqual([
      'We will win.',
      'no',
      'non',
      'nein',
    ]);
  });

  it('does not take apostrophes or nested single quotes for quotes', () => {
    const text = 'Rudd’s aides said: “The ‘master key’ isn’t coming back.”';
    expect(quotes(text)).toEqual(['The ‘master key’ isn’t coming back.']);
  });

  it('keeps exact spans: text.slice(start, end) is the quote', () => {
    const text = '“Divisive fear-mongering has become a dangerous force,” said Salil Shetty.';
    const [q] = findQuotes(text, paragraphs(text));
    expect(q && text.slice(q.start, q.end)).toBe(
      'Divisive fear-mongering has become a dangerous force',
    );
    expect(q?.open).toBe(0);
  });

  it('continues a quote that ends its paragraph unclosed when the next one opens with a mark', () => {
    const text =
      'The minister told the BBC: “We need to act now.\n\n“It used to be different, but not any more.”\n\nShe left.';
    const qs = findQuotes(text, paragraphs(text));
    expect(qs.map((q) => text.slice(q.start, q.end))).toEqual([
      'We need to act now.',
      'It used to be different, but not any more.',
    ]);
    expect(qs[0]?.continues).toBe(true);
    expect(qs[1]?.continued).toBe(true);
  });

  it('tolerates an odd number of marks without losing the other quotes', () => {
    expect(quotes('He said "yes and then "no," she replied.')).toEqual(['no']);
    expect(quotes('An unbalanced “quote here. And “a real one” later.')).toContain('a real one');
  });

  it('reads single marks as the quotes of a British text whose double marks quote inside them', () => {
    expect(
      quotes(
        '‘Darren told me to “find a reason” that would stand up,’ Ms Okoro said. He called it ‘banter’.',
      ),
    ).toEqual(['Darren told me to “find a reason” that would stand up', 'banter']);
    // double marks of their own stay the quotes, with single ones inside them or beside them
    expect(
      quotes('“The ‘master key’ is gone,” she said. Critics called it ‘a sham’ and “unworkable”.'),
    ).toEqual(['The ‘master key’ is gone', 'unworkable']);
    expect(
      quotes('Plan is a ‘disaster’, says mayor\n\n“We will fight it,” the mayor said.'),
    ).toEqual(['We will fight it']);
    // (an elision's mark opens no quote that holds them: "‘Tis the season")
    expect(
      quotes(
        'Shops gear up for ‘Black Friday’\n\n‘Tis the season, and “we are ready for the crowds,” said Ann Lee.',
      ),
    ).toEqual(['we are ready for the crowds']);
  });

  it('reads single marks as quotes in a text that has no double ones (British style)', () => {
    expect(
      quotes(
        "‘We are investing record amounts,’ Shapps told MPs. Haigh called it 'a betrayal of the north'.",
      ),
    ).toEqual(['We are investing record amounts', 'a betrayal of the north']);
    // apostrophes, and a plural's possessive before a later closing mark
    expect(
      quotes('She said: ‘The voters’ patience isn’t endless, and Shapps’s plan won’t do.’'),
    ).toEqual(['The voters’ patience isn’t endless, and Shapps’s plan won’t do.']);
    // a quote over two paragraphs, each its own span
    const text = 'He said: ‘We need to act now.\n\n‘It used to be different.’\n\nShe left.';
    const qs = findQuotes(text, paragraphs(text));
    expect(qs.map((q) => text.slice(q.start, q.end))).toEqual([
      'We need to act now.',
      'It used to be different.',
    ]);
    expect(qs[1]?.continued).toBe(true);
    // a plural's possessive closes the quote when no later mark does
    expect(quotes('‘We did it for the voters’ she said.')).toEqual(['We did it for the voters']);
    // a quote ending in "-s" before a lower-case word still closes when the next mark opens
    expect(
      quotes(
        'They called the talks ‘positive discussions’ and said more. Others called them ‘a sham’.',
      ),
    ).toEqual(['positive discussions', 'a sham']);
    // a decade's elision opens nothing; a closing mark before a dash closes
    expect(quotes("Back in the '90s, Smith was a miner. 'It was hard work,' Smith said.")).toEqual([
      'It was hard work',
    ]);
    expect(quotes('‘We will never give up’—that was her message. ‘Never,’ she said.')).toEqual([
      'We will never give up',
      'Never',
    ]);
    // one double mark that makes a quote keeps the text double-quoted
    expect(quotes('"We will win the vote, and we will')).toEqual([
      'We will win the vote, and we will',
    ]);
    // not where double quotes are written as two apostrophes (old archives)
    expect(quotes("''She came on the stage,'' said Ann Lewis. It was 'new'.")).toEqual([]);
  });

  it('finds nothing in text without quotes, in RTL text or emoji', () => {
    expect(quotes('No quotes at all here.')).toEqual([]);
    expect(quotes('قال الوزير إن الخطة جيدة 🙂')).toEqual([]);
  });
});
