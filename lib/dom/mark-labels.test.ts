import { describe, expect, it } from 'vitest';
import type { Analysis, Statement } from '../core/types';
import { appealLabel, markSpecs, marksSummary, statementKind, statementLabel } from './mark-labels';

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
