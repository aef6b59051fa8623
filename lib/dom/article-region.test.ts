// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnchorer } from './anchor';
import { findArticleRegion, holdsStart, type RegionBlock } from './article-region';
import { blocksOf } from './extract';
import { stripWhitespace } from './text-index';

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

/** Article text and tagged blocks as the extractor makes them, from the HTML of the article alone. */
function article(html: string): { text: string; blocks: RegionBlock[] } {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  const parts = blocksOf(holder);
  const blocks: RegionBlock[] = [];
  let pos = 0;
  for (const [i, b] of parts.entries()) {
    if (i) pos += 2;
    blocks.push({ start: pos, end: pos + b.text.length, tag: b.tag });
    pos += b.text.length;
  }
  return { text: parts.map((b) => b.text).join('\n\n'), blocks };
}

const STORY = `
  <p>Russian President Vladimir Putin on Thursday reaffirmed his support to Venezuela in a phone call.</p>
  <p>"Vladimir Putin expressed solidarity with the Venezuelan people," the Kremlin said in a read-out.</p>
  <h2>Reaction in Caracas</h2>
  <p>Caracas, for its part, said the leaders reaffirmed the strategic nature of their relations.</p>`;

const NAV = `<nav><ul><li>Politics</li><li>World</li><li>Vladimir Putin on Thursday reaffirmed his support</li></ul></nav>`;
const RELATED = `<aside><p>Related: Caracas, for its part, said the leaders met in Moscow last year.</p></aside>`;

describe('findArticleRegion', () => {
  it('finds the smallest element holding the first and last blocks', () => {
    const doc = page(`${NAV}<main><div class="meta">By a correspondent</div><article id="story">${STORY}</article></main>${RELATED}<footer><p>Support our journalism.</p></footer>`);
    const { text, blocks } = article(STORY);
    expect(findArticleRegion(doc, text, blocks)?.id).toBe('story');
  });

  it('does not take a container of several blocks for one block', () => {
    const doc = page(`<ul id="outer"><li>Lead item of the list, long enough to be distinctive here.<ul><li>Nested item one of the list.</li></ul></li></ul>
      <ol id="list"><li>First point of the report, long enough to be distinctive.</li><li>Last point of the report, long enough to be distinctive.</li></ol>`);
    const { text, blocks } = article('<ol><li>First point of the report, long enough to be distinctive.</li><li>Last point of the report, long enough to be distinctive.</li></ol>');
    expect(findArticleRegion(doc, text, blocks)?.id).toBe('list');
  });

  it('gives up (null: index the body) when an end cannot be found or blocks carry no tags', () => {
    const doc = page(`<article>${STORY}</article>`);
    const { text, blocks } = article(STORY);
    expect(findArticleRegion(doc, `${text}\n\nA closing paragraph that the page never showed to anyone.`, [...blocks, { start: text.length + 2, end: text.length + 59, tag: 'p' }])).toBe(
      doc.querySelector('article'),
    );
    const other = article('<p>A paragraph of some other article that is nowhere on this page.</p>');
    expect(findArticleRegion(doc, other.text, other.blocks)).toBeNull();
    expect(findArticleRegion(doc, text, blocks.map(({ start, end }) => ({ start, end })))).toBeNull();
  });
});

describe('createAnchorer with a region', () => {
  it('anchors every block and maps spans exactly as without the region', () => {
    const doc = page(`${NAV}<article id="story">${STORY}</article>${RELATED}`);
    const { text, blocks } = article(STORY);
    const scope = findArticleRegion(doc, text, blocks);
    expect(scope?.id).toBe('story');
    const scoped = createAnchorer(doc, text, blocks, { scope });
    const whole = createAnchorer(doc, text, blocks);
    expect(scoped.blocksAnchored).toBe(blocks.length);
    for (const phrase of ['Vladimir Putin on Thursday reaffirmed', 'the Kremlin said in a read-out', 'Caracas, for its part, said']) {
      const start = text.indexOf(phrase);
      const [r] = scoped.rangesFor(start, start + phrase.length);
      expect(flat(r.toString())).toBe(phrase);
      expect(r.startContainer).toBe(whole.rangesFor(start, start + phrase.length)[0].startContainer);
      expect(doc.getElementById('story')?.contains(r.startContainer)).toBe(true);
    }
  });

  it('indexes the whole body when a long block is outside the region', () => {
    // The page shows the standfirst above the region the ends were found in.
    const doc = page(`<p>Standfirst: the two leaders spoke by telephone on Thursday afternoon.</p><article id="story">${STORY}</article>`);
    const { text, blocks } = article(`<p>Standfirst: the two leaders spoke by telephone on Thursday afternoon.</p>${STORY}`);
    const scoped = createAnchorer(doc, text, blocks, { scope: doc.getElementById('story') });
    expect(scoped.blocksAnchored).toBe(blocks.length);
    const [r] = scoped.rangesFor(0, 10);
    expect(r.toString()).toBe('Standfirst');
  });

  it('finds a short block placed outside the region through the whole page', () => {
    const doc = page(`<figure><figcaption>Photo: Reuters</figcaption></figure><article id="story">${STORY}</article>`);
    const { text, blocks } = article(`${STORY}<p>Photo: Reuters</p>`);
    const scoped = createAnchorer(doc, text, blocks, { scope: doc.getElementById('story') });
    const start = text.indexOf('Photo: Reuters');
    const [r] = scoped.rangesFor(start, start + 'Photo: Reuters'.length);
    expect(r.startContainer.parentElement?.localName).toBe('figcaption');
  });

  it('searches a page-level quote in its own element first, and in the whole page when that is gone', () => {
    const doc = page(`<article id="story">${STORY}</article><div id="promo"><h3>Support our journalism</h3><p>Give once or monthly.</p></div><footer>Support our journalism</footer>`);
    const { text, blocks } = article(STORY);
    const a = createAnchorer(doc, text, blocks, { scope: doc.getElementById('story') });
    const footer = doc.querySelector('footer') as Element;
    const [inFooter] = a.findQuote('Support our journalism', [footer]);
    expect(inFooter.startContainer.parentElement).toBe(footer);
    const detached = doc.createElement('div');
    detached.textContent = 'Support our journalism';
    const [anywhere] = a.findQuote('Support our journalism', [detached]);
    expect(anywhere.startContainer.parentElement?.localName).toBe('h3');
  });

  it('finds in a page block only what the whole-page search would: nothing hidden, nothing read from a button', () => {
    const doc = page(`<article id="story">${STORY}</article>
      <div id="gone" aria-hidden="true"><p>Turn off your ad blocker</p></div>
      <div id="form"><p>Sign up for the briefing</p><button>Subscribe</button></div>
      <footer>Sign up for the briefing Subscribe</footer>`);
    const { text, blocks } = article(STORY);
    const a = createAnchorer(doc, text, blocks, { scope: doc.getElementById('story') });
    expect(a.findQuote('Turn off your ad blocker', [doc.getElementById('gone') as Element])).toEqual([]);
    expect(createAnchorer(doc, text, blocks).findQuote('Turn off your ad blocker')).toEqual([]);
    // The block's text had the button's label: its element is still in the page, so the quote is not
    // taken from unrelated text elsewhere (the footer).
    expect(a.findQuote('Sign up for the briefing Subscribe', [doc.getElementById('form') as Element])).toEqual([]);
  });
});

describe('holdsStart', () => {
  it('matches every text that holds the block once whitespace is removed, whatever characters it has', () => {
    // Every character of JavaScript's \s (what holdsStart skips), and others, regex-special ones too.
    const ws = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
    const chars = fc.constantFrom('a', 'B', '.', '*', '(', ')', '[', '\\', '$', '^', '|', '?', '+', '{', '}', '’', '😀', ...ws);
    const text = fc.array(chars, { maxLength: 60 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (raw, i, len) => {
        const own = stripWhitespace(raw);
        const from = own.length ? i % own.length : 0;
        const flat = own.slice(from, from + 1 + (len % 30));
        if (!flat) return;
        expect(holdsStart(raw, flat)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a text that lacks the block\'s start', () => {
    expect(holdsStart('The deputy\n minister said', 'Thedeputyministersaid')).toBe(true);
    expect(holdsStart('The deputy prime minister said', 'Thedeputyministersaid')).toBe(false);
    expect(holdsStart('a: The\u00a0deputy  minister', 'Thedeputyminister')).toBe(true);
    expect(holdsStart('Tx The deputy', 'Thedeputy')).toBe(true);
  });
});
