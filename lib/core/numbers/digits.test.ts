import { describe, expect, it } from 'vitest';
import { readDigits } from './digits';

describe('readDigits', () => {
  it('reads English grouping and decimals', () => {
    expect(readDigits('87')).toMatchObject({ value: 87, plainInteger: true, intDigits: 2 });
    expect(readDigits('1,200')).toMatchObject({ value: 1200, plainInteger: false });
    expect(readDigits('1,200,000')?.value).toBe(1_200_000);
    expect(readDigits('4.2')?.value).toBe(4.2);
    expect(readDigits('2024')).toMatchObject({ value: 2024, plainInteger: true, intDigits: 4 });
  });

  it('accepts European grouping that cannot be English', () => {
    expect(readDigits('1.200.000')?.value).toBe(1_200_000);
    expect(readDigits('4,5')?.value).toBe(4.5);
  });

  it('reads clock times and ratios with their parts', () => {
    expect(readDigits('10:30')).toMatchObject({ value: 10, colon: { left: 10, right: 30, rightDigits: 2 } });
  });

  it('reads a glued vulgar fraction', () => {
    expect(readDigits('2½')?.value).toBe(2.5);
  });

  it('refuses version strings, non-ASCII digits and overflow', () => {
    expect(readDigits('1.2.3')).toBeNull();
    expect(readDigits('٣')).toBeNull();
    expect(readDigits('9'.repeat(400))).toBeNull();
  });
});
