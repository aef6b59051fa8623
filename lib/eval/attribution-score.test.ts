import { describe, expect, it } from 'vitest';
import { headTokens, prf, scoreAttributions, type AttributionDoc } from './attribution-score';

const text = 'The mayor said the bridge would reopen in May. "It is safe," Jane Doe, the city engineer, said. Polls show voters are unhappy.';
const at = (s: string): [number, number] => {
  const i = text.indexOf(s);
  if (i < 0) throw new Error(s);
  return [i, i + s.length];
};

const gold = new Map<string, AttributionDoc>([
  [
    'd1',
    {
      id: 'd1',
      text,
      attributions: [
        { content: at('the bridge would reopen in May'), source: at('The mayor'), cue: at('said'), cue_text: 'said' },
        { content: at('"It is safe,"'), source: at('Jane Doe, the city engineer,'), cue: at('said.'), cue_text: 'said' },
        { content: at('voters are unhappy'), source: at('Polls'), cue: at('show'), cue_text: 'show' },
      ],
    },
  ],
]);

describe('attribution score', () => {
  it('extracts head words like score.mjs', () => {
    expect([...headTokens('Russian President Vladimir Putin')]).toEqual(['putin']);
    expect([...headTokens('a spokesman for the State Department')]).toEqual(['spokesman']);
    expect([...headTokens('Trump and Clinton')].sort()).toEqual(['clinton', 'trump']);
    expect([...headTokens('Clinton’s communications director, Jennifer Palmieri')].sort()).toEqual(['director', 'palmieri']);
  });

  it('computes P/R/F1 with nulls for empty sides', () => {
    expect(prf(1, 2, 4)).toMatchObject({ precision: 0.5, recall: 0.25 });
    expect(prf(1, 2, 4).f1).toBeCloseTo(1 / 3);
    expect(prf(0, 0, 3).precision).toBeNull();
  });

  it('matches on >= 50% overlap of the longer span and checks source heads', () => {
    const pred = new Map<string, AttributionDoc>([
      [
        'd1',
        {
          id: 'd1',
          attributions: [
            // overlaps 30 of 35 chars: a match, with the right source
            { content: at('said the bridge would reopen in May'), source_text: 'The mayor', cue: at('said') },
            // exact quote, wrong source
            { content: at('"It is safe,"'), source_text: 'the city', cue: null },
            // a false positive
            { content: at('Polls show'), source_text: null, cue: null },
          ],
        },
      ],
    ]);
    const s = scoreAttributions(gold, pred);
    expect(s.content).toMatchObject({ tp: 2, pred: 3, gold: 3 });
    expect(s.exact.tp).toBe(1);
    expect(s.joint.tp).toBe(1);
    expect(s.source.head).toBe(0.5);
    expect(s.cue).toMatchObject({ tp: 1, pred: 1, gold: 3 });
  });

  it('restricts to speech cues without counting matches to excluded gold as errors', () => {
    const pred = new Map<string, AttributionDoc>([
      ['d1', { id: 'd1', attributions: [{ content: at('voters are unhappy'), source_text: 'Polls' }] }],
    ]);
    const s = scoreAttributions(gold, pred, { speechOnly: true });
    expect(s.goldScored).toBe(2);
    expect(s.content).toMatchObject({ tp: 0, pred: 0, gold: 2 });
    expect(scoreAttributions(gold, pred).content).toMatchObject({ tp: 1, pred: 1, gold: 3 });
  });

  it('scores a gold document without predictions as empty, unless only predicted ids count', () => {
    const none = new Map<string, AttributionDoc>();
    expect(scoreAttributions(gold, none).content.recall).toBe(0);
    expect(scoreAttributions(gold, none, { onlyPredIds: true }).documents).toBe(0);
  });
});
