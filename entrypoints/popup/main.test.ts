// @vitest-environment happy-dom
// The entrypoint end to end inside the fake browser: tab from ?tab=, messages over runtime, popup rendered.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { waitFor } from '@testing-library/preact';
import { isMessage, type Message } from '../../lib/protocol';

/** The popup page's root element, as in index.html. */
function mountPoint(): void {
  const root = document.createElement('div');
  root.id = 'app';
  document.body.replaceChildren(root);
}

/**
 * A fake background: records every well-formed message and hands `respond` the means to answer it (at
 * once, after a delay, or when the test says). Returns the messages received.
 */
function fakeBackground(respond: (send: (answer: unknown) => void) => void): Message[] {
  const received: Message[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if (!isMessage(message)) return undefined;
    received.push(message);
    respond(sendResponse);
    return true;
  });
  return received;
}

/** The answer for a page that is not an article. */
const NOT_ARTICLE = { status: 'not-article', url: 'https://example.com/', reason: 'no-content' };

afterEach(() => {
  fakeBrowser.reset();
  document.body.replaceChildren();
  history.replaceState(null, '', '/');
  vi.resetModules();
});

describe('popup entrypoint', () => {
  it('asks the background for the state of the ?tab= tab and renders it', async () => {
    mountPoint();
    history.replaceState(null, '', '/popup.html?tab=7');
    const received = fakeBackground((send) => send(NOT_ARTICLE));
    await import('./main');
    await waitFor(() => expect(document.body.textContent).toContain("This page doesn't look like an article."));
    expect(received).toEqual([{ type: 'popup->background:get-state', tabId: 7 }]);
  });

  it('draws a quick answer as its first render: no "Loading…" in between, one request', async () => {
    mountPoint();
    history.replaceState(null, '', '/popup.html?tab=7');
    const received = fakeBackground((send) => setTimeout(() => send(NOT_ARTICLE), 10));
    const drawn: string[] = [];
    const observer = new MutationObserver(() => drawn.push(document.body.textContent ?? ''));
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    await import('./main');
    await waitFor(() => expect(document.body.textContent).toContain("This page doesn't look like an article."));
    observer.disconnect();
    expect(drawn.some((text) => text.includes('Loading…'))).toBe(false);
    expect(received).toEqual([{ type: 'popup->background:get-state', tabId: 7 }]);
  });

  it('shows "Loading…" while a slow background answers, then the answer, still with one request', async () => {
    mountPoint();
    history.replaceState(null, '', '/popup.html?tab=7');
    let answer!: () => void;
    const received = fakeBackground((send) => (answer = () => send(NOT_ARTICLE)));
    await import('./main');
    await waitFor(() => expect(received).toHaveLength(1));
    // After FIRST_ANSWER_WAIT_MS (100 ms) without an answer.
    await waitFor(() => expect(document.body.textContent).toContain('Loading…'), { timeout: 2000 });
    answer();
    await waitFor(() => expect(document.body.textContent).toContain("This page doesn't look like an article."));
    expect(received).toHaveLength(1);
  });

  it('explains that there is no tab when none is active', async () => {
    mountPoint();
    history.replaceState(null, '', '/popup.html');
    await import('./main');
    await waitFor(() => expect(document.body.textContent).toContain('There is no open tab to analyse.'));
  });

  it('asks before the page is parsed (async script) and renders once the mount point exists', async () => {
    document.body.replaceChildren();
    history.replaceState(null, '', '/popup.html?tab=7');
    // The parser has not reached <div id="app"> yet.
    const parsing = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    const received = fakeBackground((send) => send(NOT_ARTICLE));
    try {
      await import('./main');
      await waitFor(() => expect(received).toEqual([{ type: 'popup->background:get-state', tabId: 7 }]));
      expect(document.body.textContent).toBe('');
      mountPoint();
      parsing.mockReturnValue('interactive');
      document.dispatchEvent(new Event('DOMContentLoaded'));
      await waitFor(() => expect(document.body.textContent).toContain("This page doesn't look like an article."));
    } finally {
      parsing.mockRestore();
    }
  });

  it('draws the state stored in session storage without waiting for the background, then its answer', async () => {
    mountPoint();
    history.replaceState(null, '', '/popup.html?tab=7');
    await fakeBrowser.storage.session.set({ 'tab:7': NOT_ARTICLE });
    let answer!: () => void;
    // The background (e.g. a worker being woken) answers later, and knows better: nothing analysed yet.
    const received = fakeBackground((send) => (answer = () => send({ status: 'idle', url: 'https://example.com/' })));
    const drawn: string[] = [];
    const observer = new MutationObserver(() => drawn.push(document.body.textContent ?? ''));
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    await import('./main');
    await waitFor(() => expect(document.body.textContent).toContain("This page doesn't look like an article."));
    expect(drawn.some((text) => text.includes('Loading…'))).toBe(false);
    expect(received).toEqual([{ type: 'popup->background:get-state', tabId: 7 }]);
    answer();
    await waitFor(() => expect(document.body.textContent).toContain("Sourcemark hasn't analysed this page."));
    observer.disconnect();
    expect(received).toHaveLength(1);
  });
});
