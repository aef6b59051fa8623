import { describe, expect, it } from 'vitest';
import { prepareText } from '../text/prepare';
import type { NumberMention, Span, Statement } from '../types';
import { findNumbers } from './index';

function numbers(text: string, statements: Statement[] = [], appeals: Span[] = []): NumberMention[] {
  const found = findNumbers(prepareText(text), statements, appeals);
  for (const n of found) {
    expect(text.slice(n.start, n.end)).toBe(n.text);
    expect(text.slice(n.contextStart, n.contextEnd)).toBe(n.context);
    expect(n.contextStart! <= n.start && n.contextEnd! >= n.end).toBe(true);
  }
  return found;
}

function one(text: string, surface: string): NumberMention {
  const hit = numbers(text).find((n) => n.text === surface);
  if (hit === undefined) throw new Error(`no number "${surface}" in: ${JSON.stringify(numbers(text).map((n) => n.text))}`);
  return hit;
}

function statement(text: string, content: string, id = 's1'): Statement {
  const start = text.indexOf(content);
  return {
    id, start, end: start + content.length, text: content, mode: 'direct', source: null, cue: null,
    official: false, inAppeal: false,
  };
}

describe('findNumbers: money', () => {
  it('reads currency symbols, scales and codes', () => {
    const text = 'The company agreed to pay $4.2 million to settle the case, and its rival paid US$5 billion.';
    expect(one(text, '$4.2 million')).toMatchObject({ value: 4_200_000, unit: 'USD', category: 'money', key: true });
    expect(one(text, 'US$5 billion')).toMatchObject({ value: 5e9, unit: 'USD' });
    expect(one('Ottawa pledged C$10 million in aid.', 'C$10 million')).toMatchObject({ value: 1e7, unit: 'CAD' });
  });

  it('reads glued scales and currency names after the amount', () => {
    expect(one('The bailout is worth 2bn euros over three years.', '2bn euros')).toMatchObject({ value: 2e9, unit: 'EUR' });
    expect(one('Fines reached £1.2bn last year.', '£1.2bn')).toMatchObject({ value: 1.2e9, unit: 'GBP' });
    expect(one('The deal was valued at 500 million rubles.', '500 million rubles')).toMatchObject({ value: 5e8, unit: 'RUB' });
    expect(one('The national debt passed $3 trillion.', '$3 trillion').value).toBe(3e12);
  });

  it('keeps a monthly price with its rate', () => {
    const m = one('A digital subscription costs €6 a month after the trial.', '€6');
    expect(m).toMatchObject({ value: 6, unit: 'EUR', per: 'month', category: 'money', key: true });
    expect(m.context).toContain('€6 a month');
  });

  it('does not read "five pounds of" as sterling', () => {
    expect(one('Police seized five pounds of cocaine.', 'five').unit).not.toBe('GBP');
  });
});

describe('findNumbers: percentages', () => {
  it('reads %, percent, per cent and percentage points', () => {
    const text = 'Unemployment rose to 12% in March, up 1.5 percentage points, while inflation hit 9 per cent.';
    const pct = one(text, '12%');
    expect(pct).toMatchObject({ value: 12, unit: '%', category: 'percent', key: true });
    expect(pct.context).toBe('Unemployment rose to 12% in March');
    expect(one(text, '1.5 percentage points')).toMatchObject({ value: 1.5, unit: 'percentage points' });
    expect(one(text, '9 per cent')).toMatchObject({ value: 9, unit: '%' });
  });
});

describe('findNumbers: counts', () => {
  it('finds the counted noun and qualifier', () => {
    const text = 'About 1,200 troops and nearly 300 tanks were deployed near the border.';
    expect(one(text, '1,200')).toMatchObject({ value: 1200, unit: 'troops', qualifier: 'about', category: 'count', key: true });
    expect(one(text, '300')).toMatchObject({ unit: 'tanks', qualifier: 'nearly' });
  });

  it('reads spelled-out numbers', () => {
    const text = 'Twenty-five people were arrested and a dozen police officers were injured.';
    expect(one(text, 'Twenty-five')).toMatchObject({ value: 25, unit: 'people', key: true });
    expect(one(text, 'a dozen')).toMatchObject({ value: 12, unit: 'officers' });
    expect(one('Two hundred and fifty migrants were rescued off Libya.', 'Two hundred and fifty').value).toBe(250);
    expect(one('The storm left one and a half million homes without power.', 'one and a half million').value).toBe(1.5e6);
  });

  it('gives imprecise plurals their magnitude and the phrase as qualifier', () => {
    const text = 'Hundreds of protesters gathered in the square, and tens of thousands more marched on Sunday.';
    expect(one(text, 'Hundreds')).toMatchObject({ value: 100, qualifier: 'hundreds of', unit: 'protesters', key: true });
    expect(one(text, 'tens of thousands')).toMatchObject({ value: 10_000, key: true });
  });

  it('reads ranges', () => {
    const text = 'Between 10 and 15 soldiers were wounded, while 20-25 others fled.';
    expect(one(text, 'Between 10 and 15')).toMatchObject({ value: 10, valueMax: 15, unit: 'soldiers' });
    expect(one(text, '20-25')).toMatchObject({ value: 20, valueMax: 25 });
    expect(one('Officials said 10 to 15 million people could be displaced.', '10 to 15 million')).toMatchObject({
      value: 1e7,
      valueMax: 1.5e7,
      unit: 'people',
    });
    expect(one('Two or three rockets hit the base.', 'Two or three')).toMatchObject({ value: 2, valueMax: 3 });
  });

  it('does not read a change "from 10 to 15" as a range', () => {
    const found = numbers('The death toll rose from 10 to 15 overnight.');
    expect(found.map((n) => n.text)).toEqual(['10', '15']);
  });

  it('marks a bare casualty figure key and keeps the clause before it', () => {
    const m = one('The death toll rose to 87 on Thursday.', '87');
    expect(m).toMatchObject({ key: true, category: 'count' });
    expect(m.context).toBe('The death toll rose to 87 on Thursday');
  });

  it('does not make small anaphoric counts key', () => {
    const m = one('The call came amid friction between the two countries.', 'two');
    expect(m.key).toBe(false);
  });

  it('reads fractions as proportions', () => {
    expect(one('Half of the residents have left the city.', 'Half')).toMatchObject({ value: 0.5, unit: 'fraction', key: true });
    expect(one('Two-thirds of voters backed the plan.', 'Two-thirds').value).toBeCloseTo(2 / 3);
    expect(one('Half a million people were evacuated.', 'Half a million').value).toBe(500_000);
    expect(numbers('He cut the cake in half.')).toEqual([]);
  });
});

describe('findNumbers: dates, years, durations, ordinals, ages', () => {
  it('keeps dates and times apart and never key', () => {
    const text = 'The attack happened on Sept. 11, 2001, at 10:30 a.m. local time.';
    expect(one(text, 'Sept. 11')).toMatchObject({ category: 'date', value: 11, key: false });
    expect(one(text, '2001')).toMatchObject({ category: 'year', key: false });
    expect(one(text, '10:30 a.m.')).toMatchObject({ category: 'date', key: false });
    expect(one('Talks resume on 14 March in Geneva.', '14 March').category).toBe('date');
    expect(one('The ceasefire began on the 3rd of May.', '3rd of May').category).toBe('date');
    expect(one('The filing is dated 2024-12-11.', '2024-12-11').category).toBe('date');
  });

  it('has no number in "on Thursday"', () => {
    expect(numbers('Putin on Thursday reaffirmed his support in a phone call.')).toEqual([]);
  });

  it('reads years, decades and year ranges', () => {
    expect(one('He was jailed for the 2019 attack.', '2019')).toMatchObject({ category: 'year', key: false });
    expect(one('The deal dates to the 1990s.', '1990s')).toMatchObject({ category: 'year', value: 1990 });
    expect(one('The 2019-20 season was cut short.', '2019-20')).toMatchObject({ value: 2019, valueMax: 2020, category: 'year' });
    expect(one('About 2000 people marched in the capital.', '2000')).toMatchObject({ category: 'count', unit: 'people' });
  });

  it('reads durations, including hyphenated ones, as not key', () => {
    expect(one('She was sentenced to 20 years in prison.', '20')).toMatchObject({ category: 'duration', unit: 'years', key: false });
    expect(one('The government unveiled a five-year plan.', 'five')).toMatchObject({ category: 'duration', unit: 'years' });
    expect(one('The war began three years ago.', 'three')).toMatchObject({ category: 'date', unit: 'years' });
    expect(one('Talks lasted half an hour.', 'half').category).toBe('duration');
  });

  it('reads ages, ordinals and labels as not key', () => {
    expect(one('A 10-year-old boy was among the wounded.', '10')).toMatchObject({ unit: 'years old', key: false });
    expect(one('Putin, 73, spoke to reporters.', '73')).toMatchObject({ unit: 'years old', key: false });
    expect(one('It was the 11th round of sanctions.', '11th')).toMatchObject({ category: 'ordinal', key: false });
    expect(one('The rule is set out on page 12 of the report.', '12')).toMatchObject({ category: 'ordinal', key: false });
    expect(one('The song reached No. 1 in Britain.', '1')).toMatchObject({ category: 'ordinal', key: false });
  });
});

describe('findNumbers: false positives', () => {
  it('skips pronoun "one" and numbers inside names and codes', () => {
    expect(numbers('One of the victims was a child, and no one was hurt in the second blast.')).toEqual([]);
    expect(numbers('The G7 met after COVID-19; the F-16 and the Boeing 737 were grounded, and 4G towers burned.')).toEqual([]);
    expect(numbers('Drivers in Formula One and the Group of Seven met.')).toEqual([]);
  });

  it('skips tallies like "a 5-4 ruling"', () => {
    expect(numbers('The court issued a 5-4 ruling.')).toEqual([]);
  });

  it('keeps "one" as a count before a noun', () => {
    expect(one('One person was killed and 14 were injured.', 'One')).toMatchObject({ value: 1, unit: 'people', key: true });
  });
});

describe('findNumbers: statements and appeals', () => {
  it('links a number to the statement whose content holds it and makes it key', () => {
    const text = '"We have lost three vehicles in the past week," the ministry said.';
    const s = statement(text, 'We have lost three vehicles in the past week');
    const [m] = numbers(text, [s]);
    expect(m).toMatchObject({ text: 'three', statementId: 's1', key: true });
  });

  it('does not attribute a number between the fragments of a statement', () => {
    const text = '"We will win," said the 2 officials, "and soon."';
    const s = statement(text, 'We will win," said the 2 officials, "and soon.');
    s.fragments = [
      { start: text.indexOf('We will win'), end: text.indexOf('We will win') + 11 },
      { start: text.indexOf('and soon'), end: text.indexOf('and soon') + 9 },
    ];
    const found = numbers(text, [s]);
    expect(found.find((n) => n.text === '2')?.statementId).toBeUndefined();
  });

  it('flags numbers in an appeal and never makes them key', () => {
    const text = 'Troops killed 12 people.\nPlease support us monthly starting from just $2.';
    const appeal = { start: text.indexOf('Please'), end: text.length };
    const found = numbers(text, [], [appeal]);
    expect(found.find((n) => n.text === '$2')).toMatchObject({ inAppeal: true, key: false, unit: 'USD' });
    expect(found.find((n) => n.text === '12')).toMatchObject({ inAppeal: false, key: true });
  });
});
