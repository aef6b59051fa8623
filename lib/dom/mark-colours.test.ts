import { describe, expect, it } from 'vitest';
import { highlightCss } from './highlights';
import { MARK_COLOURS, markColourProperties } from './mark-colours';

describe('mark colours', () => {
  it('paints the default palette with solid underlines for named voices and dotted for others', () => {
    const css = highlightCss(MARK_COLOURS.default);
    expect(css).toContain('::highlight(sourcemark-official) { background-color: rgba(37, 99, 235, 0.16); text-decoration-line: underline; text-decoration-style: solid;');
    expect(css).toMatch(/::highlight\(sourcemark-other\)[^}]*text-decoration-style: dotted/);
    expect(css).toContain('forced-colors: active');
  });

  it('uses the Okabe–Ito colours for the colour-blind-safe palette', () => {
    const css = highlightCss(MARK_COLOURS.colorblind);
    expect(css).toContain('rgba(0, 114, 178, 0.18)'); // blue: official
    expect(css).toContain('rgba(0, 158, 115, 0.18)'); // bluish green: person
    expect(css).not.toContain('rgba(37, 99, 235');
  });

  it('defines every kind in every palette', () => {
    for (const palette of Object.values(MARK_COLOURS)) {
      for (const kind of ['official', 'person', 'other', 'appeal'] as const) {
        expect(palette[kind].bg).toMatch(/^rgba\(/);
        expect(palette[kind].line).toMatch(/^rgba\(/);
      }
    }
  });

  it('gives every colour of a palette as a custom property, for stylesheets that draw marks', () => {
    const props = new Map(markColourProperties(MARK_COLOURS.colorblind, '--mk'));
    expect(props.size).toBe(8);
    expect(props.get('--mk-official-bg')).toBe('rgba(0, 114, 178, 0.18)');
    expect(props.get('--mk-appeal-line')).toBe('rgba(204, 121, 167, 0.95)');
  });
});
