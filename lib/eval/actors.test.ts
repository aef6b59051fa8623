import { describe, expect, it } from 'vitest';
import type { Actor } from '../core/types';
import { entitiesOf, mentionType, prf, scoreDocument, type TypeCounts } from './actors';

describe('actors eval scoring (same metric as ner/score.mjs)', () => {
  it('counts exact span+type matches one-to-one, per type and overall', () => {
    const gold = [
      { start: 0, end: 5, type: 'PER' },
      { start: 10, end: 15, type: 'LOC' },
      { start: 20, end: 25, type: 'ORG' },
      { start: 30, end: 35, type: 'MISC' },
    ];
    const pred = [
      { start: 0, end: 5, type: 'PER' }, // right
      { start: 0, end: 5, type: 'PER' }, // duplicate: matches nothing left
      { start: 10, end: 14, type: 'LOC' }, // wrong span
      { start: 20, end: 25, type: 'LOC' }, // wrong type
    ];
    const rows: Record<string, TypeCounts> = {};
    scoreDocument(gold, pred, ['PER', 'ORG', 'LOC'], rows);
    expect(rows.PER).toEqual({ gold: 1, pred: 2, tp: 1 });
    expect(rows.LOC).toEqual({ gold: 1, pred: 2, tp: 0 });
    expect(rows.ORG).toEqual({ gold: 1, pred: 0, tp: 0 });
    expect(rows.overall).toEqual({ gold: 3, pred: 4, tp: 1 });
    const m = prf(rows.overall);
    expect(m.p).toBeCloseTo(0.25);
    expect(m.r).toBeCloseTo(1 / 3);
    expect(m.f).toBeCloseTo(2 / 7);
    expect(prf({ gold: 0, pred: 0, tp: 0 })).toEqual({ p: 0, r: 0, f: 0 });
  });

  it('types government seats by their surface', () => {
    const gov = { id: 'a1', name: 'Kremlin', type: 'organization', aliases: [], mentions: [], statements: 0, government: true } as Actor;
    expect(mentionType(gov, 'Kremlin')).toBe('ORG');
    expect(mentionType(gov, 'Caracas')).toBe('LOC');
    const text = 'Putin met Maduro.';
    const actors: Actor[] = [
      { id: 'a1', name: 'Maduro', type: 'person', aliases: [], mentions: [{ start: 10, end: 16 }], statements: 0 },
      { id: 'a2', name: 'Putin', type: 'person', aliases: [], mentions: [{ start: 0, end: 5 }], statements: 0 },
    ];
    expect(entitiesOf(text, actors)).toEqual([
      { start: 0, end: 5, type: 'PER' },
      { start: 10, end: 16, type: 'PER' },
    ]);
  });
});
