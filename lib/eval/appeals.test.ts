import { describe, expect, it } from 'vitest';
import { aggregate, locateSnippet, type LabelledPage, type PageOutcome } from './appeals';

describe('locateSnippet', () => {
  const text = 'Story.\n\n[What you need to know: Get City Today in your inbox.]\n\nOrder Reprints | Today’s Paper | Subscribe';
  it('finds a snippet regardless of case, quotes and whitespace', () => {
    const r = locateSnippet(text, "order reprints | today's paper | subscribe");
    expect(r && text.slice(r.start, r.end)).toBe('Order Reprints | Today’s Paper | Subscribe');
  });
  it('searches the longest literal piece of an abbreviated snippet', () => {
    const r = locateSnippet(text, 'What you need to know ... Get City Today in your inbox.');
    expect(r && text.slice(r.start, r.end)).toBe('Get City Today in your inbox.');
  });
  it('returns null when no piece occurs', () => {
    expect(locateSnippet(text, 'Donate now')).toBeNull();
  });
});

describe('aggregate', () => {
  const labels: LabelledPage[] = [
    { page: 'a', in_source: [{ kind: 'newsletter', text_snippet: 'x', where: 'inline' }], in_article: [{ kind: 'newsletter', text_snippet: 'x', where: 'inline' }] },
    { page: 'b', in_source: [], in_article: [] },
    { page: 'c', in_source: [{ kind: 'donation', text_snippet: 'Donate', where: 'nav' }], in_article: [] },
    { page: 'd', in_source: [{ kind: 'paywall', text_snippet: 'meter', where: 'promo' }], in_article: [] },
  ];
  const o = (page: string, art: number, pg: number, found?: boolean): PageOutcome => ({
    page,
    articleAppeals: Array.from({ length: art }, () => ({ kind: 'newsletter' as const, text: 't' })),
    pageAppeals: Array.from({ length: pg }, () => ({ kind: 'paywall' as const, text: 'p' })),
    inArticle: found === undefined ? [] : [{ kind: 'newsletter', snippet: 'x', located: true, found, kindOk: found }],
    ms: 1,
  });
  it('counts recall, false in-article flags and clean pages', () => {
    const r = aggregate(labels, [o('a', 1, 0, true), o('b', 0, 1), o('c', 0, 0), o('d', 0, 0)]);
    expect(r.inArticle).toEqual({ labelled: 1, found: 1, kindOk: 1 });
    expect(r.falseInArticle.flagged).toBe(0);
    expect(r.pageLevel).toMatchObject({ labelled: 2, found: 1, missed: ['d'] });
    expect(r.clean).toMatchObject({ pages: 1, flagged: 1, names: ['b'] });
    expect(r.navOnly).toEqual({ pages: 1, flagged: 0 });
  });
});
