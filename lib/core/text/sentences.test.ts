import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits ordinary news sentences', () => {
    expect(
      split('Washington has accused Venezuela\'s leftist leader of leading a drug cartel, which he denies. Maduro has said the U.S. is seeking regime change.'),
    ).toEqual([
      "Washington has accused Venezuela's leftist leader of leading a drug cartel, which he denies.",
      'Maduro has said the U.S. is seeking regime change.',
    ]);
  });

  it('keeps titles, initials and mid-sentence acronyms together', () => {
    expect(split('Mr. Smith met Dr. J. Doe in St. Louis on Sept. 11. U.S. President Donald Trump spoke later.')).toEqual([
      'Mr. Smith met Dr. J. Doe in St. Louis on Sept. 11.',
      'U.S. President Donald Trump spoke later.',
    ]);
  });

  it('ends a sentence at an acronym when a sentence starter follows', () => {
    expect(split('The tanker was seized by the U.S. The crew was detained.')).toEqual([
      'The tanker was seized by the U.S.',
      'The crew was detained.',
    ]);
  });

  it('keeps closing quotes with the sentence they close', () => {
    expect(split('"We will not be silenced." The authorities disagreed.')).toEqual([
      '"We will not be silenced."',
      'The authorities disagreed.',
    ]);
    expect(split('He said: “It is over.” Then he left!')).toEqual(['He said: “It is over.”', 'Then he left!']);
  });

  it('does not split inside quoted speech followed by a lower-case attribution', () => {
    expect(split('"Is this the end?" she asked. Nobody answered.')).toEqual(['"Is this the end?" she asked.', 'Nobody answered.']);
  });

  it('keeps a quoted question or exclamation with a named speaker after it', () => {
    expect(split('“Is it true?” Clinton said. Nobody answered.')).toEqual(['“Is it true?” Clinton said.', 'Nobody answered.']);
    expect(split('"Get out now!" Sen. Maria Lopez shouted at the protesters.')).toEqual(['"Get out now!" Sen. Maria Lopez shouted at the protesters.']);
  });

  it('still splits after a quoted question followed by a new sentence', () => {
    expect(split('“Is it true?” The question hung in the air.')).toEqual(['“Is it true?”', 'The question hung in the air.']);
    expect(split('"Why now?" Critics of the plan have asked the same.')).toEqual(['"Why now?"', 'Critics of the plan have asked the same.']);
  });

  it('handles decimals, ellipses and trailing whitespace', () => {
    expect(split('Growth was 3.5 percent... Analysts were surprised.   ')).toEqual([
      'Growth was 3.5 percent...',
      'Analysts were surprised.',
    ]);
  });

  it('respects the bounds it is given', () => {
    const t = 'First one. Second one.\n\nThird one.';
    const spans = splitSentences(t, 0, 22);
    expect(spans.map((s) => t.slice(s.start, s.end))).toEqual(['First one.', 'Second one.']);
  });

  it('is linear on adversarial input', () => {
    const t = '. '.repeat(200_000) + 'a.'.repeat(200_000);
    const t0 = performance.now();
    splitSentences(t);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
