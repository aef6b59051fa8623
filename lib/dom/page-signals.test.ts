import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectAppeals } from '../core/appeals/index';
import { prepareText } from '../core/text/prepare';
import { blockText, collectPageSignals, MAX_BLOCKS, readPaywallMarkup } from './page-signals';

const ARTICLE = '<article><h1>Bridge to reopen</h1><p>City officials said on Tuesday that the bridge would reopen next month.</p><p>The mayor said crews had replaced 40 steel beams.</p></article>';
const ARTICLE_TEXT = 'Bridge to reopen\n\nCity officials said on Tuesday that the bridge would reopen next month.\n\nThe mayor said crews had replaced 40 steel beams.';

function linkedom(html: string): Document {
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}

function happy(html: string): Document {
  const w = new Window();
  w.document.body.innerHTML = html;
  return w.document as unknown as Document;
}

describe('readPaywallMarkup', () => {
  it('reads isAccessibleForFree and hasPart.cssSelector from a JSON-LD @graph', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Ledger' }, { '@type': 'NewsArticle', isAccessibleForFree: 'False', hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywalled' } }] };
    const doc = parseHTML(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body></body></html>`).document as unknown as Document;
    expect(readPaywallMarkup(doc)).toEqual({ accessibleForFree: false, paywallSelector: '.paywalled', paywallEvidence: 'json-ld' });
  });

  it('tolerates broken JSON-LD', () => {
    const raw = '{"@type":"NewsArticle","isAccessibleForFree":false,"hasPart":{"cssSelector":".premium",},}';
    const doc = parseHTML(`<html><head><script type="application/ld+json">${raw}</script></head><body></body></html>`).document as unknown as Document;
    expect(readPaywallMarkup(doc)).toMatchObject({ accessibleForFree: false, paywallSelector: '.premium' });
  });

  it('reads microdata', () => {
    const doc = linkedom('<div itemscope itemtype="http://schema.org/NewsArticle"><meta itemprop="isAccessibleForFree" content="false"></div>');
    expect(readPaywallMarkup(doc)).toMatchObject({ accessibleForFree: false, paywallEvidence: 'microdata' });
  });

  it('reports a free page as free and a page without markup as unknown', () => {
    const free = parseHTML('<html><head><script type="application/ld+json">[{"@type":"NewsArticle","isAccessibleForFree":true}]</script></head><body></body></html>').document as unknown as Document;
    expect(readPaywallMarkup(free).accessibleForFree).toBe(true);
    expect(readPaywallMarkup(linkedom(ARTICLE)).accessibleForFree).toBeNull();
  });
});

describe('collectPageSignals', () => {
  const page = `
    <header><nav><a href="/">Home</a> <a href="/subscribe">Subscribe</a> <a href="/donate">Donate</a></nav></header>
    ${ARTICLE}
    <div role="dialog" aria-modal="true"><h2>We've noticed you're adblocking</h2><p>We rely on advertising to fund our journalism.</p><button>Not now</button></div>
    <div class="x9f2k"><h3>The Morning</h3><p>Our best stories, delivered to your inbox.</p><form><input type="email" placeholder="Your email"><input type="submit" value="Sign up"></form></div>
    <div style="position: fixed; bottom: 0">You have read 3 of 5 free articles. <a href="/s">Subscribe</a></div>
    <footer><p>© 2024 The Ledger</p><form><input name="email" type="email"><textarea name="comment"></textarea></form></footer>`;

  for (const [name, make] of [['linkedom', linkedom], ['happy-dom', happy]] as const) {
    it(`finds dialogs, sign-up units and fixed banners, and leaves navigation out (${name})`, () => {
      const s = collectPageSignals(make(page), ARTICLE_TEXT);
      const blocks = s.blocks ?? [];
      const find = (re: RegExp) => blocks.find((b) => re.test(b.text));
      expect(find(/noticed you're adblocking/)?.where).toBe('modal');
      expect(find(/Not now/)?.where).toBe('modal');
      const signup = find(/delivered to your inbox/);
      expect(signup?.emailField).toBe(true);
      expect(signup?.text).toContain('Sign up');
      expect(find(/3 of 5 free articles/)?.where).toBe('banner');
      // Navigation is not reported (the core never reads a menu as an appeal), not even its "Subscribe".
      expect(find(/^Home/)).toBeUndefined();
      expect(blocks.some((b) => b.where === 'nav')).toBe(false);
      // A comment form's e-mail field is not a sign-up form.
      expect(blocks.filter((b) => b.where === 'footer').every((b) => !b.emailField)).toBe(true);
      // Article text is not reported as a page block.
      expect(blocks.some((b) => /steel beams/.test(b.text))).toBe(false);
    });
  }

  it('feeds the core: page appeals for the dialog, the sign-up unit and the meter, none for the menu', () => {
    const signals = collectPageSignals(linkedom(page), ARTICLE_TEXT);
    const appeals = detectAppeals(prepareText(ARTICLE_TEXT), signals);
    expect(appeals.every((a) => a.where === 'page')).toBe(true);
    expect(appeals.map((a) => a.kind).sort()).toEqual(['adblock', 'newsletter', 'paywall']);
  });

  for (const [name, make] of [['linkedom', linkedom], ['happy-dom', happy]] as const) {
    it(`reports blocks in document order, units grown around ask words among class-hinted ones (${name})`, () => {
      // The first unit's ask word sits in a child ("Become a member") before its parent's own words ("...to
      // our newsletter"), so text order and element order differ; the units lie between hinted blocks.
      const doc = make(`
        <div class="promo-top"><p>Spring offer: half price for a year</p></div>
        <section><div><span><b>Become a member</b> or sign up to our newsletter</span></div></section>
        <div class="offer-mid"><p>Gift an annual pass to a friend</p></div>
        <section><div><p>Please contribute what you can today</p></div></section>
        <aside><p>Read our latest investigations</p></aside>`);
      const texts = collectPageSignals(doc).blocks?.map((b) => b.text.split('\n')[0]);
      expect(texts).toEqual([
        'Spring offer: half price for a year',
        'Become a member or sign up to our newsletter',
        'Gift an annual pass to a friend',
        'Please contribute what you can today',
        'Read our latest investigations',
      ]);
    });
  }

  it('keeps one line per block element and skips scripts', () => {
    const doc = linkedom('<div id="u"><h2>Support us</h2><p>Every   contribution\n helps.</p><script>var x = 1</script><button>Donate</button></div>');
    expect(blockText(doc.getElementById('u') as Element)).toBe('Support us\nEvery contribution helps.\nDonate');
  });

  it('asks the computed style of the body\'s top levels, but never of its scripts, styles and iframes', () => {
    const doc = happy(
      '<script>var a = 1;</script><style>.x{}</style><iframe></iframe><noscript>Enable JavaScript</noscript>' +
        '<div id="bar">Subscribe now: unlimited access for $1</div><main><p>The story.</p></main>',
    );
    // The page's window (happy-dom's own types differ from the DOM's: only the method used is typed).
    const view = doc.defaultView as unknown as { getComputedStyle(el: Element): CSSStyleDeclaration };
    const asked: string[] = [];
    const gcs = view.getComputedStyle.bind(view);
    view.getComputedStyle = (el: Element) => {
      asked.push(el.localName);
      return gcs(el);
    };
    collectPageSignals(doc);
    expect(asked).toContain('div');
    expect(asked.filter((t) => ['script', 'style', 'iframe', 'noscript'].includes(t))).toEqual([]);
  });

  it('refuses a page-sized container at once, but not a short block whose scripts and styles are long', () => {
    const doc = parseHTML(
      '<html><body>' +
        `<div id="col">${'<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>'.repeat(200)}</div>` +
        `<div id="ask"><script>var config = "${'x'.repeat(20000)}";</script><style>${'.a{}'.repeat(3000)}</style>` +
        '<h3>Support us</h3><p>Every contribution helps.</p><svg><text>' + 'y'.repeat(9000) + '</text></svg></div>' +
        '</body></html>',
    ).document;
    expect(blockText(doc.getElementById('col') as Element)).toBeNull();
    expect(blockText(doc.getElementById('ask') as Element)).toBe('Support us\nEvery contribution helps.');
  });

  it('gives a nested block, read during its container\'s walk, the text it has on its own', () => {
    // Random trees of blocks, inline elements, skipped elements, inputs and text of every size: the
    // container's walk hits the character and node budgets on some, and stops before some inner blocks.
    const tags = ['div', 'p', 'section', 'h3', 'li', 'span', 'a', 'button', 'script', 'form'];
    const words = ['Subscribe', ' to  our\n newsletter ', 'x'.repeat(1700), '<input type="submit" value="Join">', '<br>', '', '<!-- c -->'];
    const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom(...words),
        fc.tuple(fc.constantFrom(...tags), fc.array(tie('node'), { maxLength: 4 })).map(([t, kids]) => `<${t}>${kids.join('')}</${t}>`),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 5 }), (parts) => {
        const doc = linkedom(`<div id="root">${parts.join('')}</div>`);
        const root = doc.getElementById('root') as Element;
        const all = Array.from(root.querySelectorAll('*'));
        const inner = { wanted: new Set(all), texts: new Map<Element, string | null>() };
        expect(blockText(root, inner)).toBe(blockText(root));
        for (const [el, text] of inner.texts) expect(text).toBe(blockText(el));
      }),
      { numRuns: 300 },
    );
  });

  it('caps the number of blocks and drops oversized containers on a large page', () => {
    const promos = Array.from({ length: 600 }, (_, i) => `<aside><p>Promo ${i}: sign up for our newsletter</p></aside>`).join('');
    const huge = `<div class="promo">${'<p>filler text paragraph</p>'.repeat(2000)}</div>`;
    const t = performance.now();
    const s = collectPageSignals(linkedom(`${ARTICLE}${promos}${huge}`), ARTICLE_TEXT);
    expect(s.blocks?.length).toBe(MAX_BLOCKS);
    expect(s.blocks?.some((b) => b.text.includes('filler text paragraph'))).toBe(false);
    expect(performance.now() - t).toBeLessThan(20_000);
  });
});
