import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { isMessage } from '../../lib/protocol';
import { stepDirection, stepMark } from './step-mark';

afterEach(() => vi.restoreAllMocks());

/** A content script's answer (`tabs.sendMessage` is typed as resolving to nothing). */
const answers = (answer: unknown) => vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(answer as never);

describe('stepDirection', () => {
  it('maps the two navigation shortcuts to next and previous, and nothing else', () => {
    expect(stepDirection('next-statement')).toBe(1);
    expect(stepDirection('previous-statement')).toBe(-1);
    expect(stepDirection('analyse-page')).toBeNull();
    expect(stepDirection('constructor')).toBeNull();
  });
});

describe('stepMark', () => {
  it('sends a valid step message to the top frame and passes the answer on', async () => {
    const send = answers({ ok: true, index: 3, total: 12, wrapped: false });
    await expect(stepMark(7, -1)).resolves.toEqual({ ok: true, index: 3, total: 12, wrapped: false });
    const [tabId, message, options] = send.mock.calls[0];
    expect(tabId).toBe(7);
    expect(message).toEqual({ type: 'background->content:step-mark', direction: -1 });
    expect(isMessage(message)).toBe(true);
    expect(options).toEqual({ frameId: 0 });
  });

  it('does nothing and throws nothing when the tab has no content script', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(stepMark(7, 1)).resolves.toEqual({ ok: false, index: -1, total: 0, wrapped: false });
  });

  it('does not trust a malformed answer', async () => {
    answers({ ok: true, index: 'three' });
    await expect(stepMark(7, 1)).resolves.toMatchObject({ ok: false });
  });
});
