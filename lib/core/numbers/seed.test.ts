import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareText } from '../text/prepare';
import { findNumbers } from './index';

// The reference article, bundled with the repo as the sample page's text.
const SEED = new URL('../../../sample/moscow-times-putin-maduro.txt', import.meta.url);

describe('findNumbers on the reference article', () => {
  const text = readFileSync(SEED, 'utf8');
  const appealStart = text.indexOf('A Message from The Moscow Times:');
  const numbers = findNumbers(prepareText(text), [], [{ start: appealStart, end: text.length }]);

  it('finds exactly the two key numbers, unattributed', () => {
    const key = numbers.filter((n) => n.key);
    expect(key.map((n) => n.text)).toEqual(['87', '22']);
    expect(key[0]).toMatchObject({
      value: 87,
      unit: 'people',
      qualifier: 'at least',
      category: 'count',
      context: 'at least 87 people have been killed',
      inAppeal: false,
    });
    expect(key[1]).toMatchObject({ value: 22, unit: 'strikes', qualifier: 'at least', context: 'at least 22 strikes on boats' });
    for (const n of key) expect(n.statementId).toBeUndefined();
  });

  it('flags the donation amount as in the appeal and not key', () => {
    const two = numbers.find((n) => n.text === '$2');
    expect(two).toMatchObject({ value: 2, unit: 'USD', category: 'money', inAppeal: true, key: false });
  });

  it('keeps every span consistent with the text', () => {
    for (const n of numbers) {
      expect(text.slice(n.start, n.end)).toBe(n.text);
      expect(text.slice(n.contextStart, n.contextEnd)).toBe(n.context);
    }
  });
});
