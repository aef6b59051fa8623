import { describe, expect, it } from 'vitest';
import { track } from './tracked';

describe('track', () => {
  it('has no outcome while the promise is pending', () => {
    expect(track(new Promise(() => undefined)).outcome).toBeUndefined();
  });

  it('records the value, already set when handlers attached later run', async () => {
    const t = track(Promise.resolve({ status: 'idle' }));
    const seen = await Promise.all([t.promise]).then(() => t.outcome);
    expect(seen).toEqual({ ok: true, value: { status: 'idle' } });
  });

  it('records a rejection (and handles it: no unhandled rejection)', async () => {
    const error = new Error('Could not establish connection');
    const t = track(Promise.reject(error));
    await Promise.allSettled([t.promise]);
    expect(t.outcome).toEqual({ ok: false, error });
  });
});
