import { describe, expect, it } from 'vitest';
import { prepareText, sentenceAt, sentenceTokens } from './prepare';

describe('prepareText', () => {
  const text = 'The Kremlin said in a read-out. Caracas agreed.\n\n  \n\nIt added that talks would go on.\nRemind me later.';
  const doc = prepareText(text);

  it('splits paragraphs on line breaks and trims them', () => {
    expect(doc.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'The Kremlin said in a read-out. Caracas agreed.',
      'It added that talks would go on.',
      'Remind me later.',
    ]);
  });

  it('numbers sentences and knows their paragraph', () => {
    expect(doc.sentences).toHaveLength(4);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 2]);
    expect(doc.paragraphFirstSentence).toEqual([0, 2, 3]);
  });

  it('tokenises once, with each sentence pointing at its tokens', () => {
    expect(sentenceTokens(doc, doc.sentences[1]).map((t) => t.text)).toEqual(['Caracas', 'agreed', '.']);
    expect(doc.tokens.length).toBe(doc.sentences[doc.sentences.length - 1].tokenEnd);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('finds the sentence at an offset', () => {
    expect(sentenceAt(doc, text.indexOf('Caracas'))).toBe(1);
    expect(sentenceAt(doc, text.indexOf('added'))).toBe(2);
    expect(sentenceAt(doc, text.length + 5)).toBe(-1);
  });

  it('accepts empty text', () => {
    expect(prepareText('')).toMatchObject({ paragraphs: [], sentences: [] });
  });
});
