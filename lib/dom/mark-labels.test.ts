import { describe, expect, it } from 'vitest';
import type { Analysis, Statement } from '../core/types';
import { appealLabel, markSpecs, marksSummary, statementKind, statementLabel, stepAnnouncement } from './mark-labels';

const text =
  'In a phone call on Thursday, "Vladimir Putin expressed solidarity with the Venezuelan people," the Kremlin said in a read-out.\n\n' +
  'It added that Putin had "reiterated that the channels of direct communication remain permanently open."\n\n' +
  'If you can, please support us monthly starting from just $2.';
const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });

const readout: Statement = {
  id: 's1', ...span('"Vladimir Putin expressed solidarity with the Venezuelan people,"'), mode: 'direct',
  source: { ...span('the Kremlin'), kind: 'official', actorId: 'a1' }, cue: span('said'), cueParts: [span('in a read-out')],
  official: true, inAppeal: false,
};
const pronoun: Statement = {
  id: 's2', ...span('"reiterated that the channels of direct communication remain permanently open."'), mode: 'mixed',
  source: { ...span('It'), kind: 'official', resolved: { text: 'Caracas' } }, cue: span('added'), official: true, inAppeal: false,
};
const analysis: Analysis = {
  schemaVersion: '1.0', text, title: null, byline: null, siteName: null, publishedTime: null,
  statements: [readout, pronoun, { ...readout, id: 's3', inAppeal: true, official: false, source: null }],
  appeals: [{ kind: 'donation', ...span('If you can, please support us monthly starting from just $2.'), where: 'article', label: 'Donation appeal from the publisher' }],
  actors: [], numbers: [],
};

describe('mark labels', () => {
  it('names source, kind and cue in plain words', () => {
    expect(statementLabel(readout)).toBe('Direct quote — the Kremlin (official source), cue: “said” + “in a read-out”');
    expect(statementLabel(pronoun)).toBe('Paraphrase with quoted words — “It” (Caracas) (official source), cue: “added”');
  });

  it('labels the appeal as not part of the article', () => {
    expect(appealLabel(analysis.appeals[0])).toBe('Appeal — not part of the article: Donation appeal from the publisher');
    expect(appealLabel({ kind: 'paywall', start: null, end: null, text: 'Subscribe to read', where: 'page' })).toBe(
      'Appeal — not part of the article: Paywall from the publisher',
    );
  });

  it('marks article statements by kind, leaves statements inside appeals to the appeal mark', () => {
    const specs = markSpecs(analysis);
    expect(specs.map((m) => [m.id, m.kind])).toEqual([['s1', 'official'], ['s2', 'official'], ['appeal-0', 'appeal']]);
    expect(statementKind({ ...readout, official: false, source: { ...readout.source!, kind: 'person' } })).toBe('person');
    expect(statementKind({ ...readout, official: false, source: { ...readout.source!, kind: 'anonymous' } })).toBe('other');
    expect(marksSummary(specs, new Set(['s1', 'appeal-0']))).toBe(
      'Sourcemark marked 1 attributed statement: 1 official, 0 from named people, 0 from other sources. 1 appeal marked as not part of the article.',
    );
  });
});

describe('step announcements', () => {
  const [readoutSpec, pronounSpec] = markSpecs(analysis);

  it('says the position, who said it and the words, in that order', () => {
    expect(stepAnnouncement(readoutSpec, text, 0, 2, false)).toBe(
      'Statement 1 of 2. Direct quote — the Kremlin (official source), cue: “said” + “in a read-out”. ' +
        '"Vladimir Putin expressed solidarity with the Venezuelan people,"',
    );
  });

  it('says when the step came round from the other end', () => {
    expect(stepAnnouncement(pronounSpec, text, 1, 2, true)).toMatch(/^Wrapped around to the last statement\. Statement 2 of 2\. Paraphrase with quoted words/);
    expect(stepAnnouncement(readoutSpec, text, 0, 2, true)).toMatch(/^Wrapped around to the first statement\. Statement 1 of 2\./);
  });

  it('joins the fragments of an interrupted quote', () => {
    const page = '"Our position is unchanged," Maduro said, "and our friendship is unbreakable."';
    const spans = [{ start: 0, end: page.indexOf(' Maduro') }, { start: page.indexOf('"and'), end: page.length }];
    expect(stepAnnouncement({ ...readoutSpec, spans }, page, 0, 1, false)).toMatch(
      /cue: “said” \+ “in a read-out”\. "Our position is unchanged," … "and our friendship is unbreakable\."$/,
    );
  });

  it('cuts a run-away statement short instead of reading it for minutes', () => {
    const page = `"${'The talks will go on. '.repeat(200)}"`;
    const said = stepAnnouncement({ ...readoutSpec, spans: [{ start: 0, end: page.length }] }, page, 0, 1, false);
    expect(said.length).toBeLessThan(800);
    expect(said.endsWith('…')).toBe(true);
  });
});
