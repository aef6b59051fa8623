// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TabState } from '../lib/protocol';
import { App } from './App';
import { ClientError, type PopupClient } from './client';
import { SEED_MARKS, seedAnalysis } from './fixtures';
import { track, type Tracked } from './tracked';

afterEach(cleanup);

const URL = 'https://www.themoscowtimes.com/2025/12/11/putin-reaffirms-support-for-maduro-a91400';
const done = (visible = true): TabState => ({
  status: 'done',
  url: URL,
  analysis: seedAnalysis(),
  marks: { ...SEED_MARKS, visible },
  updatedAt: 1,
});
const analysing: TabState = { status: 'analysing', url: URL, startedAt: 1 };

/** A fake client whose getState answers with `states` in turn (the last one repeats). */
function fakeClient(states: TabState[], overrides: Partial<PopupClient> = {}) {
  let i = 0;
  const client = {
    getState: vi.fn(async () => states[Math.min(i++, states.length - 1)]),
    analyse: vi.fn(async (): Promise<TabState> => analysing),
    scrollTo: vi.fn(async () => true),
    setMarks: vi.fn(async () => true),
    ...overrides,
  };
  return client;
}

describe('App states', () => {
  it('shows a loading state until the first answer', async () => {
    let answer!: (s: TabState) => void;
    const client = fakeClient([], { getState: vi.fn(() => new Promise<TabState>((r) => (answer = r))) });
    render(<App client={client} />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    answer({ status: 'idle' });
    await screen.findByText("Sourcemark hasn't analysed this page.");
  });

  it('idle: offers to analyse, then polls until the result arrives and focuses it', async () => {
    const client = fakeClient([{ status: 'idle', url: URL }, analysing, done()]);
    render(<App client={client} pollMs={5} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Analyse this page' }));
    expect(client.analyse).toHaveBeenCalledTimes(1);
    await screen.findByText('Analysing…');
    const title = await screen.findByRole('heading', { level: 1, name: /^Putin Reaffirms Support/ });
    expect(client.getState).toHaveBeenCalledTimes(3);
    // Effects run after paint: wait for the focus move rather than racing it.
    await waitFor(() => expect(document.activeElement).toBe(title));
  });

  it('stops polling once the analysis is no longer running', async () => {
    const client = fakeClient([analysing, done()]);
    render(<App client={client} pollMs={5} />);
    await screen.findByRole('heading', { level: 1, name: /^Putin Reaffirms Support/ });
    await new Promise((r) => setTimeout(r, 40));
    expect(client.getState).toHaveBeenCalledTimes(2);
    // Opened on a finished analysis (effects have had 40 ms to run): the popup does not steal focus.
    expect(document.activeElement).toBe(document.body);
  });

  it('not-article: gives the reason and an "Analyse anyway" button', async () => {
    const client = fakeClient([{ status: 'not-article', url: URL, reason: 'not-readerable' }]);
    render(<App client={client} />);
    await screen.findByText("This page doesn't look like an article.");
    expect(screen.getByText('It has too little continuous text to read as an article.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Analyse anyway' }));
    expect(client.analyse).toHaveBeenCalledTimes(1);
    await screen.findByText('Analysing…');
  });

  it('not-article on a page the browser protects: no button that could only fail', async () => {
    render(<App client={fakeClient([{ status: 'not-article', url: 'chrome://newtab', reason: 'unsupported-page' }])} />);
    await screen.findByText("This page doesn't look like an article.");
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('error: shows the message as text and can retry', async () => {
    const client = fakeClient([{ status: 'error', url: URL, message: 'Extraction failed: <b>boom</b>' }]);
    render(<App client={client} />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Extraction failed: <b>boom</b>')).toBeTruthy();
    expect(alert.querySelector('b')).toBeNull();
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(client.analyse).toHaveBeenCalledTimes(1);
  });

  it('unreachable background: says so, with the client error wording when it has one', async () => {
    render(<App client={fakeClient([], { getState: vi.fn(() => Promise.reject(new Error('Could not establish connection'))) })} />);
    expect((await screen.findByRole('alert')).textContent).toContain("Sourcemark's background service did not answer.");
    cleanup();
    render(<App client={fakeClient([], { getState: vi.fn(() => Promise.reject(new ClientError('There is no open tab to analyse.'))) })} />);
    expect((await screen.findByRole('alert')).textContent).toContain('There is no open tab to analyse.');
  });

  it('unreachable background: "Try again" asks for the state again', async () => {
    const getState = vi.fn<() => Promise<TabState>>().mockRejectedValueOnce(new Error('gone')).mockResolvedValue(done());
    render(<App client={fakeClient([], { getState })} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { level: 1, name: /^Putin Reaffirms Support/ });
    expect(getState).toHaveBeenCalledTimes(2);
  });
});

describe('App with a first request the entrypoint already started', () => {
  /** A tracked request that has already settled, as the entrypoint hands it over when the answer was quick. */
  const settled = (outcome: NonNullable<Tracked<TabState>['outcome']>): Tracked<TabState> => ({
    promise: outcome.ok ? Promise.resolve(outcome.value) : Promise.reject(outcome.error),
    outcome,
  });

  it('draws an answer that is already in on the first render, and does not ask again', async () => {
    const client = fakeClient([done()]);
    render(<App client={client} first={settled({ ok: true, value: done() })} />);
    // Synchronously: no "Loading…" frame before the result.
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: /^Putin Reaffirms Support/ })).toBeTruthy();
    await new Promise((r) => setTimeout(r, 20));
    expect(client.getState).not.toHaveBeenCalled();
    // Opened on a finished analysis: the popup does not steal focus.
    expect(document.activeElement).toBe(document.body);
  });

  it('waits for a first request still under way instead of sending a second one', async () => {
    let answer!: (s: TabState) => void;
    const client = fakeClient([done()]);
    render(<App client={client} first={track(new Promise<TabState>((r) => (answer = r)))} />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    answer(done());
    await screen.findByRole('heading', { level: 1, name: /^Putin Reaffirms Support/ });
    expect(client.getState).not.toHaveBeenCalled();
  });

  it('a first request that failed shows why; "Try again" then asks the client', async () => {
    const first = settled({ ok: false, error: new ClientError('There is no open tab to analyse.') });
    first.promise.catch(() => undefined);
    const client = fakeClient([done()]);
    render(<App client={client} first={first} />);
    expect(screen.getByRole('alert').textContent).toContain('There is no open tab to analyse.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { level: 1, name: /^Putin Reaffirms Support/ });
    expect(client.getState).toHaveBeenCalledTimes(1);
  });

  it('an analysis still running in the first answer is polled as before', async () => {
    const client = fakeClient([done()]);
    render(<App client={client} pollMs={5} first={settled({ ok: true, value: analysing })} />);
    expect(screen.getByText('Analysing…')).toBeTruthy();
    await screen.findByRole('heading', { level: 1, name: /^Putin Reaffirms Support/ });
    expect(client.getState).toHaveBeenCalledTimes(1);
  });
});

describe('App with a stored copy first and the background\'s answer to confirm it', () => {
  const settledWith = (value: TabState): Tracked<TabState> => ({ promise: Promise.resolve(value), outcome: { ok: true, value } });
  /** A promise and the function that settles it, for answers the test releases. */
  function later<T>() {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
    return { promise, resolve, reject };
  }

  it('draws the copy at once, then the background\'s answer when it differs', async () => {
    const answer = later<TabState>();
    render(<App client={fakeClient([])} first={settledWith(done())} confirm={answer.promise} />);
    expect(screen.getByRole('heading', { level: 1, name: /^Putin Reaffirms Support/ })).toBeTruthy();
    answer.resolve({ status: 'not-article', url: URL, reason: 'no-content' });
    await screen.findByText("This page doesn't look like an article.");
  });

  it('keeps the copy when the answer says the same (a different object, same content) or fails', async () => {
    const same = later<TabState>();
    const { unmount } = render(<App client={fakeClient([])} first={settledWith(done(false))} confirm={same.promise} />);
    const toggle = screen.getByRole('checkbox') as HTMLInputElement;
    // As from storage.session vs a message: the same state, its keys in another order.
    same.resolve(Object.fromEntries(Object.entries(done(false)).reverse()) as TabState);
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByRole('checkbox')).toBe(toggle);
    expect(toggle.checked).toBe(false);
    unmount();
    const failing = later<TabState>();
    render(<App client={fakeClient([])} first={settledWith(done())} confirm={failing.promise} />);
    failing.reject(new ClientError('no answer'));
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByRole('heading', { level: 1, name: /^Putin Reaffirms Support/ })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('does not bring back an older answer once the view has moved on', async () => {
    const answer = later<TabState>();
    const client = fakeClient([], { analyse: vi.fn(async (): Promise<TabState> => done()) });
    render(<App client={client} first={settledWith({ status: 'idle', url: URL })} confirm={answer.promise} />);
    fireEvent.click(screen.getByRole('button', { name: 'Analyse this page' }));
    await screen.findByRole('heading', { level: 1, name: /^Putin Reaffirms Support/ });
    answer.resolve({ status: 'idle', url: URL });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByText("Sourcemark hasn't analysed this page.")).toBeNull();
  });

  it('has nothing to do when the first state is the answer itself', async () => {
    const state = done();
    const first = settledWith(state);
    render(<App client={fakeClient([])} first={first} confirm={first.promise} />);
    const title = screen.getByRole('heading', { level: 1, name: /^Putin Reaffirms Support/ });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByRole('heading', { level: 1, name: /^Putin Reaffirms Support/ })).toBe(title);
  });
});

describe('App actions on a finished analysis', () => {
  it('scrolls the page through the client', async () => {
    const client = fakeClient([done()]);
    render(<App client={client} />);
    const numbers = await screen.findByRole('region', { name: 'Key numbers' });
    fireEvent.click(within(numbers).getAllByRole('button')[0]);
    const n87 = seedAnalysis().numbers[0];
    expect(client.scrollTo).toHaveBeenCalledExactlyOnceWith(n87.start, n87.end);
  });

  it('tells the user when the passage could not be found in the page', async () => {
    const client = fakeClient([done()], { scrollTo: vi.fn(async () => false) });
    render(<App client={client} />);
    const statements = await screen.findByRole('region', { name: 'Statements by source' });
    fireEvent.click(within(statements).getAllByRole('button')[0]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe("That passage couldn't be found in the page."));
  });

  it('toggles the marks and re-reads the state', async () => {
    const client = fakeClient([done(true), done(false)]);
    render(<App client={client} />);
    const box = (await screen.findByRole('checkbox', { name: 'Show marks in page' })) as HTMLInputElement;
    fireEvent.click(box);
    expect(client.setMarks).toHaveBeenCalledExactlyOnceWith(false);
    await waitFor(() => expect(client.getState).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(box.disabled).toBe(false));
    expect(box.checked).toBe(false);
  });

  it('steps to the next and previous statement in the page, and explains when the page cannot', async () => {
    const stepMark = vi.fn(async (direction: 1 | -1) => direction === 1);
    render(<App client={fakeClient([done(true)], { stepMark })} />);
    const group = await screen.findByRole('group', { name: 'Statements in the page' });
    fireEvent.click(within(group).getByRole('button', { name: 'Next statement' }));
    expect(stepMark).toHaveBeenLastCalledWith(1);
    fireEvent.click(within(group).getByRole('button', { name: 'Previous statement' }));
    expect(stepMark).toHaveBeenLastCalledWith(-1);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The page could not go to that statement. Try analysing it again.'));
  });

  it('offers no step buttons without a page to step in, or with the marks hidden', async () => {
    const { unmount } = render(<App client={fakeClient([done(true)])} />);
    await screen.findByRole('checkbox', { name: 'Show marks in page' });
    expect(screen.queryByRole('group', { name: 'Statements in the page' })).toBeNull();
    unmount();
    render(<App client={fakeClient([done(false)], { stepMark: vi.fn(async () => true) })} />);
    await screen.findByRole('checkbox', { name: 'Show marks in page' });
    expect(screen.queryByRole('group', { name: 'Statements in the page' })).toBeNull();
  });

  it('puts the checkbox back and explains when the page cannot change the marks', async () => {
    const client = fakeClient([done(true)], { setMarks: vi.fn(async () => false) });
    render(<App client={client} />);
    const box = (await screen.findByRole('checkbox', { name: 'Show marks in page' })) as HTMLInputElement;
    fireEvent.click(box);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The marks could not be changed in the page.'));
    expect(box.checked).toBe(true);
    expect(box.disabled).toBe(false);
  });
});
