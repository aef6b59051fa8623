// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createAnchorer } from './anchor';
import { buildTextIndex } from './text-index';

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

const ARTICLE = [
  'Russian President Vladimir Putin on Thursday reaffirmed his support to Venezuela in a phone call with longtime ally President Nicolás Maduro, the Kremlin said.',
  'In a phone call on Thursday, "Vladimir Putin expressed solidarity with the Venezuelan people," the Kremlin said in a read-out.',
  'Read more',
  'Caracas, for its part, said the leaders "reaffirmed the strategic, solid and growing nature of their bilateral relations."',
].join('\n\n');

const HTML = `
  <nav><a href="/">Read more</a> <a>News</a></nav>
  <article>
    <p>Russian President <a href="/p">Vladimir   Putin</a> on Thursday reaffirmed his support to Venezuela in a phone call
       with longtime ally President Nicol&aacute;s&nbsp;Maduro, the Kremlin said.</p>
    <script>var readMore = "In a phone call on Thursday";</script>
    <p>In a phone call on Thursday, "Vladimir Putin expressed solidarity with the Venezuelan people," the Kremlin said in a read-out.</p>
    <h2>Read more</h2>
    <p>Caracas, for its part, said the leaders "reaffirmed the strategic, solid <em>and</em> growing nature of their bilateral relations."</p>
  </article>`;

describe('createAnchorer', () => {
  it('maps spans to ranges whose text equals the span, across inline elements and NBSPs', () => {
    const doc = page(HTML);
    const a = createAnchorer(doc, ARTICLE);
    expect(a.blocksAnchored).toBe(4);
    for (const phrase of ['Vladimir Putin on Thursday', 'Nicolás Maduro, the Kremlin said', 'solid and growing nature', 'the Kremlin said in a read-out']) {
      const start = ARTICLE.indexOf(phrase);
      const ranges = a.rangesFor(start, start + phrase.length);
      expect(ranges).toHaveLength(1);
      expect(flat(ranges[0].toString())).toBe(phrase);
    }
  });

  it('anchors a short block between its neighbours, not in the navigation', () => {
    const doc = page(HTML);
    const a = createAnchorer(doc, ARTICLE);
    const start = ARTICLE.indexOf('Read more');
    const [r] = a.rangesFor(start, start + 'Read more'.length);
    expect(r.startContainer.parentElement?.localName).toBe('h2');
  });

  it('splits a span at skipped content instead of covering it', () => {
    const doc = page('<p>The ministry said the talks <span hidden>HIDDEN</span>would resume on Monday in Geneva.</p>');
    const text = 'The ministry said the talks would resume on Monday in Geneva.';
    const ranges = createAnchorer(doc, text).rangesFor(0, text.length);
    expect(ranges.map((r) => flat(r.toString()))).toEqual(['The ministry said the talks', 'would resume on Monday in Geneva.']);
  });

  it('falls back to quote + context search when the block changed in the page', () => {
    const doc = page(`<p>Officials said on Friday that at least 87 people have been killed. A live update was added here.</p>
      <p>Officials said on Friday that at least 87 people have been killed in total, the ministry added.</p>`);
    const text = 'Officials said on Friday that at least 87 people have been killed in total, the ministry said.';
    const a = createAnchorer(doc, text);
    expect(a.blocksAnchored).toBe(0);
    const start = text.indexOf('at least 87');
    const [r] = a.rangesFor(start, start + 'at least 87 people have been killed in total'.length);
    expect(flat(r.toString())).toBe('at least 87 people have been killed in total');
  });

  it('returns no range for text that is not in the page and finds free quotes', () => {
    const doc = page('<p>Support independent journalism: donate today.</p>');
    const a = createAnchorer(doc, 'Something else entirely that was never on this page at all.');
    expect(a.rangesFor(0, 20)).toEqual([]);
    expect(flat(a.findQuote('Support independent   journalism')[0].toString())).toBe('Support independent journalism');
  });

  it('leaves an excluded element (our UI host) out of the index', () => {
    const doc = page('<p>Article text here.</p><div id="host">Article text here.</div>');
    const idx = buildTextIndex(doc.body, { exclude: doc.getElementById('host') });
    expect(idx.flat).toBe('Articletexthere.');
  });

  it('indexes a large page in bounded time and honours the size cap', () => {
    const para = '<p>' + 'The committee said the budget would rise again next year. '.repeat(20) + '</p>';
    const doc = page(para.repeat(2000));
    const t0 = performance.now();
    const idx = buildTextIndex(doc.body, { maxChars: 1_000_000 });
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(idx.truncated).toBe(true);
    expect(idx.flat.length).toBeLessThanOrEqual(1_000_000);
  });
});

describe('multi-block spans', () => {
  it('gives one range for consecutive blocks and splits only where skipped content intervenes', () => {
    const doc = page(`<div><h3>A message from the newsroom:</h3><p>Dear readers, please support our reporting.</p>
      <button>Donate</button><p>Thank you for standing with us.</p></div>`);
    const text = 'A message from the newsroom:\n\nDear readers, please support our reporting.\n\nThank you for standing with us.';
    const ranges = createAnchorer(doc, text).rangesFor(0, text.length);
    // The page has no whitespace between </h3> and <p>: compare without whitespace, as anchoring does.
    expect(ranges.map((r) => r.toString().replace(/\s+/g, ''))).toEqual([
      'Amessagefromthenewsroom:Dearreaders,pleasesupportourreporting.',
      'Thankyouforstandingwithus.',
    ]);
  });
});
