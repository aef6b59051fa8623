import type { Span } from '../types';

/**
 * Ranges of `text[start, end)` inside quotation marks. An appeal phrase inside quotes is someone's words
 * reported by the story ('"Please support us," the director said'), never the publisher's own ask.
 * Straight double quotes toggle; “ ” « » „ pair up. A quote left open runs to the end of the range, as
 * news style leaves a multi-paragraph quote open — treating that as quoted is the safe side. Linear.
 */
export function quoteRanges(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let open = -1;
  let closer = '';
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (open < 0) {
      if (c === '"') (open = i), (closer = '"');
      else if (c === '“') (open = i), (closer = '”');
      else if (c === '«') (open = i), (closer = '»');
      else if (c === '„') (open = i), (closer = '“');
    } else if (c === closer || (closer === '“' && c === '”')) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end });
  return out;
}

/** Cursor answering "is offset p quoted?" for non-decreasing p in O(1) amortised. */
export class QuoteCursor {
  private i = 0;
  constructor(private readonly ranges: readonly Span[]) {}
  /** True when `p` lies inside a quote range; calls must come with non-decreasing `p`. */
  inside(p: number): boolean {
    const r = this.ranges;
    while (this.i < r.length && r[this.i].end <= p) this.i++;
    return this.i < r.length && r[this.i].start <= p;
  }
}
