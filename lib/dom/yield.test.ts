import { describe, expect, it } from 'vitest';
import { createYield, TaskClock } from './yield';

describe('createYield', () => {
  it('uses scheduler.yield when the page has it, called on the scheduler', async () => {
    const calls: unknown[] = [];
    const scheduler = {
      yield(this: unknown) {
        calls.push(this);
        return Promise.resolve();
      },
    };
    const y = createYield({ scheduler } as unknown as typeof globalThis);
    await y();
    expect(calls).toEqual([scheduler]);
  });

  it('falls back to a message channel: resolves on a later task, in order', async () => {
    const y = createYield({ MessageChannel } as unknown as typeof globalThis);
    const order: string[] = [];
    const a = y().then(() => order.push('a'));
    const b = y().then(() => order.push('b'));
    order.push('sync');
    await Promise.all([a, b]);
    expect(order).toEqual(['sync', 'a', 'b']);
  });

  it('falls back to setTimeout when nothing else exists', async () => {
    const y = createYield({} as typeof globalThis);
    let done = false;
    const p = y().then(() => (done = true));
    expect(done).toBe(false);
    await p;
    expect(done).toBe(true);
  });
});

describe('TaskClock', () => {
  it('sums steps by name, keeps the longest single step and passes results and errors through', () => {
    const clock = new TaskClock();
    const busy = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    expect(clock.time('a', () => (busy(3), 1))).toBe(1);
    clock.time('a', () => busy(3));
    clock.time('b', () => busy(1));
    expect(() => clock.time('c', () => { throw new Error('x'); })).toThrow('x');
    expect(clock.steps.a).toBeGreaterThanOrEqual(6);
    expect(clock.steps.b).toBeGreaterThanOrEqual(1);
    expect(clock.steps.c).toBeGreaterThanOrEqual(0);
    expect(clock.longest).toBeGreaterThanOrEqual(3);
    expect(clock.longest).toBeLessThan(clock.steps.a);
  });
});
