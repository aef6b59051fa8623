import { describe, expect, it } from 'vitest';
import { prepareText } from '../text/prepare';
import { findQuotes } from './quotes';

const quotesOf = (text: string) => {
  const doc = prepareText(text);
  return findQuotes(text, doc.paragraphs).map((q) => ({ text: text.slice(q.start, q.end), fragments: q.fragments.length, closed: q.closed }));
};

describe('findQuotes', () => {
  it('pairs straight, curly, guillemet and low-high quotes', () => {
    const t = 'He said "we will win," then “we might.” Le ministre: «nous verrons». Er sagte: „Wir kommen.“';
    expect(quotesOf(t).map((q) => q.text)).toEqual(['"we will win,"', '“we might.”', '«nous verrons»', '„Wir kommen.“']);
  });

  it('does not take apostrophes for quotes', () => {
    // Straight single quotes are too ambiguous with apostrophes to pair at all.
    expect(quotesOf("The country's leaders said it's 'not over' yet.")).toEqual([]);
    expect(quotesOf('The players’ union said it won’t ‘back down’ now.').map((q) => q.text)).toEqual(['‘back down’']);
  });

  it('continues a quote over paragraphs that re-open with a quote mark', () => {
    const t = '“We are not leaving,” she said. “This is our home.\n\n“We will rebuild it,” she added.\n\nThe mayor declined to comment.';
    const qs = quotesOf(t);
    expect(qs.map((q) => q.text)).toEqual(['“We are not leaving,”', '“This is our home.\n\n“We will rebuild it,”']);
    expect(qs[1].fragments).toBe(2);
  });

  it('ends an unclosed quote at its paragraph when the next one does not continue it', () => {
    const qs = quotesOf('He wrote: "the end is near\n\nOfficials disagreed.');
    expect(qs).toEqual([{ text: '"the end is near', fragments: 1, closed: false }]);
  });

  it('keeps nested quotes inside the outer quote', () => {
    const t = '“He told me ‘never again,’ and I believed him,” she said.';
    expect(quotesOf(t).map((q) => q.text)).toEqual(['“He told me ‘never again,’ and I believed him,”']);
  });
});

describe('findQuotes: mixed-up marks', () => {
  it('closes a curly opening with a straight mark and a straight opening with a curly one', () => {
    const t = '“Deals should not be handed out," the chairman said. "It was a huge mistake,” she added.';
    expect(quotesOf(t).map((q) => q.text)).toEqual(['“Deals should not be handed out,"', '"It was a huge mistake,”']);
  });

  it('reads a paragraph opened with a closing curly mark as a quote', () => {
    const t = 'Readers wrote in.\n”We deserve better than this campaign.” ― Ana Ruiz';
    expect(quotesOf(t).map((q) => q.text)).toEqual(['”We deserve better than this campaign.”']);
  });
});
