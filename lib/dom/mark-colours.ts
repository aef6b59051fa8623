/**
 * The colours of the page marks, per palette. Pure data shared by the painter (`highlights.ts`) and the
 * settings (`lib/settings.ts`, which re-exports it for the options page and the legend).
 */

/** Page-mark colours per mark kind (background tint, underline) for a palette. */
export interface MarkColours {
  official: { bg: string; line: string };
  person: { bg: string; line: string };
  other: { bg: string; line: string };
  appeal: { bg: string; line: string };
}

/**
 * Mark colours. `colorblind` uses Okabe–Ito: blue (#0072B2) official, bluish green (#009E73) person,
 * vermillion (#D55E00) other, reddish purple (#CC79A7) appeal; the underline styles (solid/dotted) and
 * the labels still carry the meaning without colour.
 */
export const MARK_COLOURS: Record<'default' | 'colorblind', MarkColours> = {
  default: {
    official: { bg: 'rgba(37, 99, 235, 0.16)', line: 'rgba(37, 99, 235, 0.9)' },
    person: { bg: 'rgba(22, 163, 74, 0.16)', line: 'rgba(22, 163, 74, 0.9)' },
    other: { bg: 'rgba(217, 119, 6, 0.16)', line: 'rgba(217, 119, 6, 0.95)' },
    appeal: { bg: 'rgba(124, 58, 237, 0.08)', line: 'rgba(124, 58, 237, 0.9)' },
  },
  colorblind: {
    official: { bg: 'rgba(0, 114, 178, 0.18)', line: 'rgba(0, 114, 178, 0.95)' },
    person: { bg: 'rgba(0, 158, 115, 0.18)', line: 'rgba(0, 158, 115, 0.95)' },
    other: { bg: 'rgba(213, 94, 0, 0.16)', line: 'rgba(213, 94, 0, 0.95)' },
    appeal: { bg: 'rgba(204, 121, 167, 0.12)', line: 'rgba(204, 121, 167, 0.95)' },
  },
};

/**
 * A palette as CSS custom properties, `<prefix>-<kind>-bg` and `<prefix>-<kind>-line`: how the places
 * that draw marks with plain CSS (the overlay fallback, the legend's swatches) take their colours from
 * this one table instead of keeping copies of it in stylesheets.
 */
export function markColourProperties(c: MarkColours, prefix: string): [name: string, value: string][] {
  return (Object.keys(c) as (keyof MarkColours)[]).flatMap((kind): [string, string][] => [
    [`${prefix}-${kind}-bg`, c[kind].bg],
    [`${prefix}-${kind}-line`, c[kind].line],
  ]);
}
