// @vitest-environment happy-dom
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sampleHtml } from '../../test/helpers/sample';
import { blocksOf, checkPage, collapseWhitespace, extractArticle, looksLikeArticle, parseArticle, textSizeExceeds, toExtraction } from './extract';

const sample = sampleHtml();

function linkedomDoc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function happyDoc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('extractArticle', () => {
  for (const [name, make] of [['linkedom', linkedomDoc], ['happy-dom', happyDoc]] as const) {
    it(`extracts the sample article with metadata (${name})`, () => {
      const doc = make(sample);
      const before = doc.documentElement.outerHTML;
      const r = extractArticle(doc, { url: 'https://www.themoscowtimes.com/x' });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const { text, blocks, meta } = r.extraction;
      expect(text.startsWith('Russian President Vladimir Putin on Thursday')).toBe(true);
      expect(text).toContain('"Vladimir Putin expressed solidarity with the Venezuelan people," the Kremlin said in a read-out.');
      expect(text).toContain('A Message from The Moscow Times:\n\nDear readers,');
      expect(text).not.toContain('Read more'); // the related-links aside is not article
      expect(text).not.toContain('All rights reserved');
      expect(meta).toMatchObject({ title: "Putin Reaffirms Support for Venezuela's Maduro in Phone Call", siteName: 'The Moscow Times', lang: 'en' });
      expect(meta.publishedTime).toBe('2025-12-11T18:42:00+03:00');
      for (const b of blocks) expect(text.slice(b.start, b.end).length).toBe(b.end - b.start);
      expect(blocks.map((b) => text.slice(b.start, b.end)).join('\n\n')).toBe(text);
      // Readability ran on a clone: the page is untouched.
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  }

  it('leaves a non-article page alone unless forced', () => {
    const doc = linkedomDoc('<html><body><nav><a href="/">Home</a></nav><form><input name=q></form><p>Search results</p></body></html>');
    expect(looksLikeArticle(doc)).toBe(false);
    expect(extractArticle(doc)).toMatchObject({ ok: false, reason: 'not-readerable' });
  });

  it('reports pages without a body or text instead of throwing', () => {
    const doc = linkedomDoc('<html><body></body></html>');
    expect(extractArticle(doc, { force: true }).ok).toBe(false);
  });

  it('refuses pages above the size cap', () => {
    const doc = linkedomDoc(`<html><body><p>${'word '.repeat(2000)}</p></body></html>`);
    expect(extractArticle(doc, { force: true, maxChars: 5000 })).toMatchObject({ ok: false, reason: 'too-large' });
  });
});

describe('the extraction steps', () => {
  it('checkPage + parseArticle + toExtraction give exactly what extractArticle gives', () => {
    const url = 'https://www.themoscowtimes.com/x';
    const whole = extractArticle(linkedomDoc(sample), { url });
    const doc = linkedomDoc(sample);
    expect(checkPage(doc, { url })).toEqual({ ok: true });
    const parsed = parseArticle(doc.cloneNode(true) as Document);
    expect(parsed).not.toBeNull();
    expect(toExtraction(parsed!, doc, url)).toEqual(whole);
  });

  it('checkPage refuses a non-article unless forced, and a page without a body', () => {
    const doc = linkedomDoc('<html><body><nav><a href="/">Home</a></nav><p>Search results</p></body></html>');
    expect(checkPage(doc)).toMatchObject({ ok: false, reason: 'not-readerable' });
    expect(checkPage(doc, { force: true })).toEqual({ ok: true });
  });
});

describe('textSizeExceeds', () => {
  it('counts text outside scripts and styles, and stops at the limit', () => {
    const doc = linkedomDoc(`<html><body><script>${'x'.repeat(10_000)}</script><style>${'y'.repeat(10_000)}</style><p>${'a'.repeat(900)}</p><div><p>${'b'.repeat(200)}</p></div></body></html>`);
    expect(textSizeExceeds(doc.body, 1000)).toBe(true);
    expect(textSizeExceeds(doc.body, 1100)).toBe(false);
  });

  it('checkPage trusts a small HTML size only while the DOM has not grown past it', () => {
    const doc = linkedomDoc(`<html><body><p>${'word '.repeat(2000)}</p></body></html>`);
    expect(checkPage(doc, { force: true, maxChars: 5000 })).toMatchObject({ ok: false, reason: 'too-large' });
    // The page claims 4,000 characters of HTML: the walk is skipped.
    expect(checkPage(doc, { force: true, maxChars: 5000, htmlChars: 4000 })).toEqual({ ok: true });
    // HTML over the cap: the hint is not trusted and the text is walked.
    expect(checkPage(doc, { force: true, maxChars: 5000, htmlChars: 9000 })).toMatchObject({ ok: false, reason: 'too-large' });
    const grown = linkedomDoc(`<html><body>${'<i>x</i>'.repeat(20_001)}</body></html>`);
    expect(checkPage(grown, { force: true, maxChars: 5000, htmlChars: 100 })).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('walks deep trees without recursion', () => {
    const doc = linkedomDoc(`<html><body>${'<div>'.repeat(5000)}${'z'.repeat(50)}${'</div>'.repeat(5000)}</body></html>`);
    expect(textSizeExceeds(doc.body, 49)).toBe(true);
    expect(textSizeExceeds(doc.body, 50)).toBe(false);
  });
});

describe('blocksOf', () => {
  it('splits on block elements, joins inline text and skips scripts', () => {
    const doc = linkedomDoc('<div><h2>Title</h2><p>One <a href="#">link</a>\n  here.</p><script>var x="<p>";</script><ul><li>A</li><li>B<br>C</li></ul></div>');
    expect(blocksOf(doc.querySelector('div')!).map((b) => `${b.tag}:${b.text}`)).toEqual([
      'h2:Title', 'p:One link here.', 'li:A', 'li:B', 'li:C',
    ]);
  });

  it('survives very deep nesting without recursion', () => {
    const html = `${'<div>'.repeat(5000)}deep${'</div>'.repeat(5000)}`;
    const doc = linkedomDoc(`<html><body>${html}</body></html>`);
    expect(blocksOf(doc.body).map((b) => b.text)).toEqual(['deep']);
  });

  it('reads any tree as the definition does: blocks open and close at block elements, in document order', () => {
    // The definition, as a recursive walk (fine for the small trees generated here).
    const BLOCK = new Set(['p', 'div', 'li', 'ul', 'h2', 'br', 'section', 'blockquote', 'td', 'tr', 'table', 'main']);
    const reference = (root: Node) => {
      const out: { text: string; tag: string }[] = [];
      let buf = '';
      let bufTag = 'p';
      const flush = () => {
        const t = collapseWhitespace(buf).trim();
        if (t) out.push({ text: t, tag: bufTag });
        buf = '';
      };
      const walk = (n: Node) => {
        if (n.nodeType === 3) return void (buf += n.nodeValue ?? '');
        if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
        const tag = n.nodeType === 1 ? (n as Element).localName : '';
        if (['script', 'style', 'button'].includes(tag)) return;
        const block = BLOCK.has(tag);
        if (block) {
          flush();
          if (!['br', 'div', 'section'].includes(tag)) bufTag = tag;
        }
        for (let k = n.firstChild; k; k = k.nextSibling) walk(k);
        if (block) flush();
      };
      walk(root);
      flush();
      return out;
    };
    const tags = ['p', 'div', 'li', 'ul', 'h2', 'br', 'section', 'blockquote', 'span', 'a', 'em', 'script', 'button', 'td'];
    const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom('word', ' two  words ', '\n', 'x', '', '<!-- note -->'),
        fc.tuple(fc.constantFrom(...tags), fc.array(tie('node'), { maxLength: 4 })).map(([t, kids]) => (t === 'br' ? '<br>' : `<${t}>${kids.join('')}</${t}>`)),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(html, { maxLength: 5 }), (parts) => {
        const doc = linkedomDoc(`<html><body><main>${parts.join('')}</main></body></html>`);
        const root = doc.querySelector('main')!;
        expect(blocksOf(root)).toEqual(reference(root));
        expect(blocksOf(doc.body)).toEqual(reference(doc.body));
      }),
      { numRuns: 400 },
    );
  });
});

describe('collapseWhitespace', () => {
  it('collapses NBSP, tabs and newlines', () => {
    expect(collapseWhitespace('a\u00a0\u00a0b\n\tc')).toBe('a b c');
  });

  it('leaves text with single spaces as it is', () => {
    const s = 'The Kremlin said in a read-out that the two leaders spoke.';
    expect(collapseWhitespace(s)).toBe(s);
  });

  it('replaces every whitespace run by one space, as /\\s+/g does, and commutes with trim', () => {
    // Every character of JavaScript's \s, and letters around them.
    const ws = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
    const text = fc.array(fc.constantFrom(...ws, 'a', 'b', '’'), { maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, (s) => {
        expect(collapseWhitespace(s)).toBe(s.replace(/\s+/g, ' '));
        expect(collapseWhitespace(s.trim())).toBe(s.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 2000 },
    );
  });
});
