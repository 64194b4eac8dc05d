import { describe, expect, it } from 'vitest';
import { AsciiWordTable } from './chars';

describe('AsciiWordTable', () => {
  const table = new AsciiWordTable([
    ['mr', 1],
    ["don't", 2],
    ['über', 3],
  ]);
  const slotOf = (text: string) => table.find(text, 0, text.length);

  it('finds a word whatever its ASCII case, with its value', () => {
    for (const w of ['mr', 'Mr', 'MR']) expect(table.value(slotOf(w))).toBe(1);
    expect(table.key(slotOf("DON'T"))).toBe("don't");
  });

  it('says -1 for an ASCII word it lacks and -2 for a word beyond ASCII', () => {
    expect(slotOf('mrs')).toBe(-1);
    expect(slotOf('m')).toBe(-1);
    expect(slotOf('Über')).toBe(-2); // left out of the table: only its string can say
  });

  it('leaves a word with ’ to its string, as any character beyond ASCII', () => {
    expect(slotOf('don’t')).toBe(-2);
  });
});
