// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPage } from './pipeline';

const PARAGRAPH =
  'In a phone call on Thursday, Vladimir Putin expressed solidarity with the Venezuelan people, the Kremlin said in a read-out, ' +
  'adding that the two presidents had discussed energy cooperation and the situation in the Caribbean at some length.';

const opts = (onArticle: () => void, force = false) => ({
  force,
  onArticle,
  yieldToPage: () => Promise.resolve(),
  signal: new AbortController().signal,
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('readPage: what a page that is not an article costs', () => {
  it('stops after the check, without announcing an analysis', async () => {
    document.body.innerHTML = '<nav><a href="/">Home</a></nav><p>Short.</p>';
    const onArticle = vi.fn();
    const read = await readPage(document, 'https://example.org/', opts(onArticle));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toBe('not-readerable');
    expect(onArticle).not.toHaveBeenCalled();
  });

  it('announces the analysis once the check passed, then reads the article', async () => {
    document.body.innerHTML = `<article><h1>Putin and Maduro speak</h1>${`<p>${PARAGRAPH}</p>`.repeat(6)}</article>`;
    const onArticle = vi.fn();
    const read = await readPage(document, 'https://example.org/news/a', opts(onArticle, true));
    expect(onArticle).toHaveBeenCalledTimes(1);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.text).toContain('the Kremlin said in a read-out');
  });
});
