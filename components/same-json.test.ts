import { describe, expect, it } from 'vitest';
import { sameJson } from './same-json';

describe('sameJson', () => {
  it('ignores the order of object keys, at any depth', () => {
    expect(sameJson({ status: 'done', marks: { placed: 1, visible: true } }, { marks: { visible: true, placed: 1 }, status: 'done' })).toBe(true);
    expect(sameJson([{ a: 1, b: [1, 2] }], [{ b: [1, 2], a: 1 }])).toBe(true);
  });

  it('sees any difference of value, type, length or members', () => {
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson([1], [1, 1])).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
    expect(sameJson({ 0: 'x' }, ['x'])).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });

  it('treats a member set to undefined as absent, as JSON does', () => {
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });
});
