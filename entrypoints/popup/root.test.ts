import { describe, expect, it } from 'vitest';
import { whenElement, type RootDocument } from './root';

/** A document stand-in whose parsing state and elements the test controls. */
function fakeDocument(readyState: DocumentReadyState, element: HTMLElement | null) {
  const listeners: Array<() => void> = [];
  const doc = {
    readyState,
    element,
    getElementById: () => doc.element,
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'DOMContentLoaded') listeners.push(listener);
    },
    /** The parser reaches the end of the document. */
    finishParsing(found: HTMLElement | null) {
      doc.element = found;
      doc.readyState = 'interactive';
      for (const l of listeners.splice(0)) l();
    },
  };
  return doc;
}

const el = {} as HTMLElement;

describe('whenElement', () => {
  it('resolves at once with an element the parser has already reached', async () => {
    const doc = fakeDocument('loading', el);
    await expect(whenElement('app', doc as unknown as RootDocument)).resolves.toBe(el);
  });

  it('waits for the end of parsing when the element is not there yet', async () => {
    const doc = fakeDocument('loading', null);
    let got: HTMLElement | null | undefined;
    const pending = whenElement('app', doc as unknown as RootDocument).then((e) => (got = e));
    await Promise.resolve();
    expect(got).toBeUndefined();
    doc.finishParsing(el);
    await pending;
    expect(got).toBe(el);
  });

  it('resolves with null when a parsed document has no such element', async () => {
    await expect(whenElement('app', fakeDocument('complete', null) as unknown as RootDocument)).resolves.toBeNull();
    const doc = fakeDocument('loading', null);
    const pending = whenElement('app', doc as unknown as RootDocument);
    doc.finishParsing(null);
    await expect(pending).resolves.toBeNull();
  });
});
