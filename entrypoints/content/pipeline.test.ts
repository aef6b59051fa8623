import { describe, expect, it } from 'vitest';
import type { PageBlock } from '../../lib/core/types';
import { fingerprint, type PageRead } from './pipeline';

const TEXT = 'Venezuela’s leader Nicolás Maduro spoke with Vladimir Putin by phone, the Kremlin said in a read-out.';

/** A read with the parts the fingerprint depends on; the rest is what a read always carries. */
function read(text: string, blocks: PageBlock[] = [], accessibleForFree: boolean | null = null): PageRead {
  const signals = { accessibleForFree, paywallSelector: null, paywallEvidence: null, blocks };
  return { ok: true, text, blocks: [], meta: {}, signals, pageBlocks: [], timings: {} } as unknown as PageRead;
}

describe('fingerprint', () => {
  it('is equal for equal reads and differs when the text, a page block or the paywall flag changes', () => {
    const promo: PageBlock = { text: 'Support independent journalism: donate today', where: 'promo' };
    const base = fingerprint(read(TEXT, [promo]));
    expect(fingerprint(read(TEXT, [{ ...promo }]))).toBe(base);
    expect(fingerprint(read(`${TEXT} He denied it.`, [promo]))).not.toBe(base);
    expect(fingerprint(read(TEXT, [{ ...promo, where: 'modal' }]))).not.toBe(base);
    expect(fingerprint(read(TEXT, [promo, { text: 'Sign up to our newsletter', where: 'inline' }]))).not.toBe(base);
    expect(fingerprint(read(TEXT, [promo], false))).not.toBe(base);
  });

  it('does not confuse words moved between the last page block and the article text', () => {
    // Joined without a boundary, both would read "promo:DonateNow. The Kremlin said so."
    const a = read('Now. The Kremlin said so.', [{ text: 'Donate', where: 'promo' }]);
    const b = read('. The Kremlin said so.', [{ text: 'DonateNow', where: 'promo' }]);
    expect(fingerprint(a)).not.toBe(fingerprint(b));
  });
});
