import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { ClientError } from '../../components/client';
import { isMessage, type Message, type TabState } from '../../lib/protocol';
import { createNoTabClient, createPopupClient, resolveTabId, type Send } from './client';

const idle: TabState = { status: 'idle', url: 'https://example.com/news/1' };

describe('createPopupClient', () => {
  it('sends exactly the protocol messages, bound to its tab, and each passes validation', async () => {
    const sent: Message[] = [];
    const send: Send = vi.fn(async (m: Message) => {
      sent.push(m);
      return m.type === 'popup->background:get-state' || m.type === 'popup->background:analyse' ? idle : { ok: true };
    });
    const client = createPopupClient(42, send);
    await client.getState();
    await client.analyse();
    await client.scrollTo(512, 574);
    await client.setMarks(false);
    await client.stepMark?.(-1);
    expect(sent).toEqual([
      { type: 'popup->background:get-state', tabId: 42 },
      { type: 'popup->background:analyse', tabId: 42 },
      { type: 'popup->background:scroll-to', tabId: 42, start: 512, end: 574 },
      { type: 'popup->background:set-marks', tabId: 42, visible: false },
      { type: 'popup->background:step-mark', tabId: 42, direction: -1 },
    ]);
    for (const m of sent) expect(isMessage(m)).toBe(true);
  });

  it('returns a valid TabState answer as is', async () => {
    const client = createPopupClient(1, async () => idle);
    await expect(client.getState()).resolves.toEqual(idle);
  });

  it('rejects a malformed state answer with a user-facing ClientError', async () => {
    const client = createPopupClient(1, async () => ({ status: 'done', analysis: { text: 1 } }));
    const error = await client.getState().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientError);
    expect((error as Error).message).toMatch(/could not read/);
  });

  it('turns transport failures into a ClientError saying the background did not answer', async () => {
    const client = createPopupClient(1, () => Promise.reject(new Error('Could not establish connection.')));
    const error = await client.analyse().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientError);
    expect((error as Error).message).toMatch(/did not answer/);
  });

  it('reports { ok: false } from the page as failure, other answers as success', async () => {
    expect(await createPopupClient(1, async () => ({ ok: false })).scrollTo(0, 5)).toBe(false);
    expect(await createPopupClient(1, async () => ({ ok: true })).scrollTo(0, 5)).toBe(true);
    expect(await createPopupClient(1, async () => undefined).setMarks(true)).toBe(true);
  });
});

describe('createNoTabClient', () => {
  it('fails every request with the "no tab" explanation', async () => {
    const client = createNoTabClient();
    for (const call of [client.getState(), client.analyse(), client.scrollTo(0, 1), client.setMarks(true)]) {
      await expect(call).rejects.toThrow('There is no open tab to analyse.');
    }
  });
});

describe('resolveTabId', () => {
  beforeEach(() => fakeBrowser.reset());

  it('takes ?tab=<id> without asking the browser', async () => {
    const query = vi.fn();
    expect(await resolveTabId('?tab=17', query)).toBe(17);
    expect(query).not.toHaveBeenCalled();
  });

  it('refuses a malformed ?tab= rather than guessing another tab', async () => {
    const query = vi.fn();
    expect(await resolveTabId('?tab=17abc', query)).toBeNull();
    expect(await resolveTabId('?tab=-3', query)).toBeNull();
    expect(query).not.toHaveBeenCalled();
  });

  it('otherwise uses the active tab of the current window', async () => {
    // After reset the fake has no focused window: create one, as a real browser would have.
    await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.com/news/1', active: true });
    expect(await resolveTabId('', (q) => browser.tabs.query(q))).toBe(tab.id);
  });

  it('is null when there is no active tab', async () => {
    expect(await resolveTabId('', async () => [])).toBeNull();
    expect(await resolveTabId('', async () => [{}])).toBeNull();
  });
});
