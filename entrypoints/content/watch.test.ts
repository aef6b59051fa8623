// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from './watch';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watchPage', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('re-runs once after the page is quiet, ignores our own nodes, and stops after maxRuns', async () => {
    document.body.innerHTML = '<article><p>Story</p></article>';
    const own = document.createElement('div');
    own.setAttribute('data-sourcemark', 'ui');
    const onChange = vi.fn();
    const ctl = new AbortController();
    const left = watchPage(document, { isOwn: (n) => n === own || own.contains(n), onChange, signal: ctl.signal, debounceMs: 30, maxRuns: 2 });

    document.body.append(own); // our UI host: must not trigger anything
    await tick(80);
    expect(onChange).not.toHaveBeenCalled();

    for (let i = 0; i < 3; i++) document.querySelector('article')!.append(document.createElement('p'));
    await tick(80);
    expect(onChange).toHaveBeenCalledTimes(1); // debounced into one run

    document.body.append(document.createElement('aside'));
    await tick(80);
    document.body.append(document.createElement('aside'));
    await tick(80);
    expect(onChange).toHaveBeenCalledTimes(2); // bounded
    expect(left()).toBe(0);
    ctl.abort();
  });

  it('does nothing once its signal is aborted', async () => {
    const onChange = vi.fn();
    const ctl = new AbortController();
    watchPage(document, { isOwn: () => false, onChange, signal: ctl.signal, debounceMs: 10 });
    ctl.abort();
    document.body.append(document.createElement('p'));
    await tick(50);
    expect(onChange).not.toHaveBeenCalled();
  });
});
