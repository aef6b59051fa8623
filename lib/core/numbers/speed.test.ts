import { describe, expect, it } from 'vitest';
import { prepareText } from '../text/prepare';
import { findNumbers } from './index';

// Realistic news sentences, dense in numbers, repeated into a long article.
const SENTENCES = [
  'At least 87 people have been killed in at least 22 strikes on boats in the Eastern Pacific, officials said.',
  'The company agreed to pay $4.2 million to settle the case on Sept. 11, 2001, at 10:30 a.m.',
  'Unemployment rose to 12% in March, up 1.5 percentage points from a year earlier.',
  'Hundreds of protesters gathered in the square, and tens of thousands more marched on Sunday.',
  'Between 10 and 15 soldiers were wounded, while two others fled across the border.',
  'Russian President Vladimir Putin on Thursday reaffirmed his support to Venezuela in a phone call.',
  'A digital subscription costs €6 a month, and the 2024 budget foresees 2bn euros for defence.',
  'The war began three years ago, and one of the victims was a 10-year-old boy.',
];

describe('findNumbers speed', () => {
  // The bound guards against super-linear regressions on a shared, loaded CI box; the figure printed is
  // the measurement (about 1-2 ms per 1,000 words unloaded).
  it('processes a long article in well under 25 ms per 1,000 words', () => {
    const parts: string[] = [];
    for (let k = 0; k < 2500; k++) parts.push(SENTENCES[k % SENTENCES.length] + (k % 4 === 3 ? '\n' : ' '));
    const text = parts.join('');
    const words = text.split(/\s+/).filter(Boolean).length;
    const doc = prepareText(text);
    for (let w = 0; w < 3; w++) findNumbers(doc, [], []); // warm-up: JIT and regex compilation
    const runs = 3;
    const t0 = performance.now();
    let found = 0;
    for (let r = 0; r < runs; r++) found = findNumbers(doc, [], []).length;
    const msPer1000 = (performance.now() - t0) / runs / (words / 1000);
    console.log(`numbers stage: ${msPer1000.toFixed(3)} ms per 1,000 words (${words} words, ${found} numbers)`);
    expect(found).toBeGreaterThan(2500);
    expect(msPer1000).toBeLessThan(25);
  });

  it('stays linear on hostile input: one huge sentence of figures and dashes', () => {
    const text = '$1-2 to 3 between 4 and 5 or six hundred and a half million 7,000 '.repeat(8000);
    const t0 = performance.now();
    const found = findNumbers(prepareText(text), [], []);
    expect(found.length).toBeGreaterThan(8000);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
