// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis, Statement } from '../core/types';
import { createPageMarks, type PageMarks } from './marks';
import { NO_STATEMENTS_ANNOUNCEMENT } from './mark-labels';

const PARAGRAPHS = [
  'Russian President Vladimir Putin on Thursday reaffirmed his support to Venezuela, the Kremlin said.',
  'In a phone call on Thursday, "Vladimir Putin expressed solidarity with the Venezuelan people," the Kremlin said in a read-out.',
  '"Our position is unchanged," Maduro said, "and our friendship is <strong>unbreakable</strong>."',
];
const text = PARAGRAPHS.join('\n\n');
const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, text: s });

const paraphrase: Statement = {
  id: 's1', ...at('Russian President Vladimir Putin on Thursday reaffirmed his support to Venezuela'), mode: 'indirect',
  source: { ...at('the Kremlin'), kind: 'official' }, cue: at('said'), official: true, inAppeal: false,
};
const readout: Statement = {
  id: 's2', ...at('"Vladimir Putin expressed solidarity with the Venezuelan people,"'), mode: 'direct',
  source: { ...at('the Kremlin', text.indexOf('read-out') - 30), kind: 'official' }, cue: at('said in a read-out'),
  official: true, inAppeal: false,
};
const interrupted: Statement = {
  id: 's3', ...at('"Our position is unchanged," Maduro said, "and our friendship is <strong>unbreakable</strong>."'), mode: 'direct',
  source: { ...at('Maduro', text.indexOf('Our position')), kind: 'person' }, cue: at('said', text.indexOf('Maduro said')),
  official: false, inAppeal: false,
  fragments: [at('"Our position is unchanged,"'), at('"and our friendship is <strong>unbreakable</strong>."')],
};

// Listed out of document order on purpose: navigation follows the page, not the array.
const analysis: Analysis = {
  schemaVersion: '1.0', text, title: null, byline: null, siteName: null, publishedTime: null,
  statements: [readout, interrupted, paraphrase], appeals: [], actors: [], numbers: [],
};

/** The article as a page: the third paragraph's markup-like words are text (escaped), as on a real page. */
function page(): HTMLElement {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  document.body.innerHTML = `<article>${PARAGRAPHS.map((p) => `<p>${escape(p)}</p>`).join('')}</article><label>Search <input id="q"></label>`;
  return document.querySelector('article')!;
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const selected = () => flat(document.getSelection()?.toString() ?? '');

let roots: ShadowRoot[];
let controller: AbortController;
let marks: PageMarks;
let scrolls: ScrollIntoViewOptions[];

beforeEach(() => {
  // The UI lives in a CLOSED shadow root; keep a reference to it so the test can read the live region.
  roots = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  scrolls = [];
  vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation((opts?: boolean | ScrollIntoViewOptions) => {
    scrolls.push(opts as ScrollIntoViewOptions);
  });
  page();
  controller = new AbortController();
  marks = createPageMarks(document, controller.signal);
  marks.render(analysis);
});

afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
});

const announcer = () => roots.at(-1)?.querySelector('[aria-live="assertive"]') ?? null;

describe('next / previous statement', () => {
  it('steps through the placed statements in document order, scrolling each into view and selecting it', () => {
    expect(marks.step(1)).toEqual({ ok: true, index: 0, total: 3, wrapped: false });
    expect(selected()).toBe(paraphrase.text);
    expect(marks.step(1)).toMatchObject({ ok: true, index: 1 });
    expect(selected()).toBe(readout.text);
    expect(marks.step(1)).toMatchObject({ ok: true, index: 2 });
    // An interrupted quote is selected from its first fragment to its last, attribution included.
    expect(selected()).toBe(interrupted.text);
    expect(scrolls).toHaveLength(3);
    expect(scrolls[0]).toEqual({ block: 'center', behavior: 'smooth' });
  });

  it('wraps round at both ends and says so', () => {
    expect(marks.step(-1)).toEqual({ ok: true, index: 2, total: 3, wrapped: false });
    expect(marks.step(1)).toEqual({ ok: true, index: 0, total: 3, wrapped: true });
    expect(announcer()?.textContent).toMatch(/^Wrapped around to the first statement\. Statement 1 of 3\. /);
    expect(marks.step(-1)).toEqual({ ok: true, index: 2, total: 3, wrapped: true });
    expect(announcer()?.textContent).toMatch(/^Wrapped around to the last statement\. Statement 3 of 3\. /);
  });

  it('announces position, source and the words in an assertive live region, as text', () => {
    marks.step(1);
    marks.step(1);
    expect(announcer()?.textContent).toBe(
      'Statement 2 of 3. Direct quote — the Kremlin (official source), cue: “said in a read-out”. ' +
        '"Vladimir Putin expressed solidarity with the Venezuelan people,"',
    );
    marks.step(1);
    const said = announcer()!;
    expect(said.textContent).toBe(
      'Statement 3 of 3. Direct quote — Maduro (named person), cue: “said”. ' +
        '"Our position is unchanged," … "and our friendship is <strong>unbreakable</strong>."',
    );
    // The page's "<strong>" stays words: nothing is parsed as markup.
    expect(said.children).toHaveLength(0);
    expect(said.getAttribute('aria-atomic')).toBe('true');
  });

  it('is still heard when the same sentence is announced twice in a row', () => {
    marks.render({ ...analysis, statements: [readout] });
    marks.step(1);
    marks.step(1);
    const once = announcer()!.textContent!;
    expect(once).toMatch(/^Wrapped around to the first statement\. Statement 1 of 1\. /);
    marks.step(1);
    // Same words, different text: a live region is only spoken when its text changes.
    expect(announcer()!.textContent).toBe(`${once}\u00a0`);
  });

  it('leaves the page text and markup as they were', () => {
    const article = document.querySelector('article')!;
    const before = article.innerHTML;
    for (let i = 0; i < 5; i++) marks.step(i % 2 ? -1 : 1);
    expect(article.innerHTML).toBe(before);
  });

  it('keeps its place when the marks are repainted', () => {
    marks.step(1);
    marks.step(1);
    marks.render(analysis);
    expect(marks.step(1)).toMatchObject({ ok: true, index: 2 });
  });

  it('answers ok:false and leaves no live region behind when the marks are hidden or cleared', () => {
    marks.step(1);
    marks.setVisible(false);
    expect(document.querySelector('[data-sourcemark]')).toBeNull();
    expect(marks.step(1)).toEqual({ ok: false, index: -1, total: 0, wrapped: false });
    marks.setVisible(true);
    expect(marks.step(1)).toMatchObject({ ok: true, index: 1 });
    marks.clear();
    expect(document.querySelector('[data-sourcemark]')).toBeNull();
    expect(marks.step(-1)).toEqual({ ok: false, index: -1, total: 0, wrapped: false });
  });

  it('adds nothing to a page with nothing to mark, and says so when asked for the next statement', async () => {
    expect(marks.render({ ...analysis, statements: [] })).toEqual({ placed: 0, missing: 0, visible: true });
    expect(document.querySelector('[data-sourcemark]')).toBeNull();
    expect(marks.step(1)).toEqual({ ok: false, index: -1, total: 0, wrapped: false });
    // The live region is made for the request, and speaks once it is in the page.
    expect(document.querySelector('[data-sourcemark]')).not.toBeNull();
    expect(announcer()?.textContent).toBe('');
    await new Promise((r) => setTimeout(r, 150));
    expect(announcer()?.textContent).toBe(NO_STATEMENTS_ANNOUNCEMENT);
    // From then on it answers at once.
    marks.step(-1);
    expect(announcer()?.textContent).toBe(`${NO_STATEMENTS_ANNOUNCEMENT}\u00a0`);
  });

  it('says nothing when the marks are hidden on a page with nothing to mark', () => {
    marks.render({ ...analysis, statements: [] });
    marks.setVisible(false);
    expect(marks.step(1)).toEqual({ ok: false, index: -1, total: 0, wrapped: false });
    expect(document.querySelector('[data-sourcemark]')).toBeNull();
  });

  it('jumps to a span of a page with nothing marked, flashing it in a host made for it', () => {
    // happy-dom has no layout: give each range one rendered box.
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(() => [new DOMRect(10, 20, 100, 16)] as unknown as DOMRectList);
    marks.render({ ...analysis, statements: [] });
    expect(document.querySelector('[data-sourcemark]')).toBeNull();
    const span = at('expressed solidarity with the Venezuelan people');
    expect(marks.scrollTo(span.start, span.end)).toBe(true);
    expect(scrolls).toHaveLength(1);
    expect(roots.at(-1)?.querySelectorAll('.flash').length).toBeGreaterThan(0);
  });

  it('jumps without animation for readers who prefer reduced motion', () => {
    vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => ({ matches: query.includes('reduce'), media: query }) as MediaQueryList);
    marks.step(1);
    expect(scrolls.at(-1)).toEqual({ block: 'center', behavior: 'auto' });
  });

  it('does not take the selection away from a focused form field', () => {
    const input = document.getElementById('q') as HTMLInputElement;
    input.focus();
    document.getSelection()?.removeAllRanges();
    expect(marks.step(1)).toMatchObject({ ok: true, index: 0 });
    expect(selected()).toBe('');
    expect(document.activeElement).toBe(input);
  });
});
