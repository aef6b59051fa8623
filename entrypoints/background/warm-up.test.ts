import { describe, expect, it, vi } from 'vitest';
import { formatOneDate, once } from './warm-up';

describe('once', () => {
  it('runs the work a single time, later, however often it is asked for', () => {
    const work = vi.fn();
    const later: Array<() => void> = [];
    const warm = once(work, (run) => later.push(run));
    warm();
    warm();
    expect(work).not.toHaveBeenCalled();
    expect(later).toHaveLength(1);
    later[0]();
    warm();
    expect(work).toHaveBeenCalledTimes(1);
    expect(later).toHaveLength(1);
  });

  it('swallows the failure of the work (warming up is only an optimisation)', () => {
    const warm = once(() => {
      throw new Error('no Intl');
    }, (run) => run());
    expect(() => warm()).not.toThrow();
  });

  it('defaults to the next task', async () => {
    const work = vi.fn();
    once(work)();
    expect(work).not.toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 0));
    expect(work).toHaveBeenCalledTimes(1);
  });
});

describe('formatOneDate', () => {
  it('formats without throwing', () => {
    expect(() => formatOneDate()).not.toThrow();
  });
});
